"""Amounts written in a description, in digits or in words, read from its word list.

"twenty five", "vingt-cinq", "veinticinco", "1.5 lakh", "20 000", "40-50 thousand", "seven or
eight", "siete u ocho", "une trentaine", "a third", "2/3", "la tercera parte", "30 %": each is
one `Quantity` with the positions it takes. The words are data (`describe.number_words` and the
language's `numbers:`); the text is first cut into words by `bot.cues.words_of`, which keeps
"%", "+", "~" (a range between digits, "2-3"), "÷" (a fraction between digits, "2/3") and
"−" (a minus sign before a percentage, "-40%").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

#: The word a digit range ("2-3", "2–3"), a digit fraction ("2/3") and a minus sign before
#: a percentage ("-40%") become; "+" stays itself.
RANGE, FRACTION, PLUS, MINUS = "~", "÷", "+", "\u2212"
#: Tens that a following unit word adds to ("twenty five", "treinta y dos"), ten included
#: for teens written in two words ("dix-huit").
_TENS = frozenset(range(10, 100, 10))
#: Tens that take a number up to nineteen after them ("soixante-dix", "soixante-quinze").
_TO_NINETEEN = frozenset({60})


@dataclass(frozen=True)
class NumberWords:
    """One language's words for numbers."""

    values: Mapping[str, float]  # whole numbers and approximations: "seven", "trentaine"
    scales: Mapping[str, float] = field(default_factory=dict)  # "thousand", "lakh", "mil"
    fractions: Mapping[tuple[str, ...], float] = field(default_factory=dict)  # "a third"
    joins: frozenset[str] = frozenset()  # inside one number: "vingt et un", "treinta y dos"
    ranges: frozenset[str] = frozenset()  # between two numbers: "seven or eight", "3 ou 4"
    articles: frozenset[str] = frozenset()  # 1 only before a unit, scale or fraction: "a week"
    percent: tuple[tuple[str, ...], ...] = ()  # "%", "per cent", "por ciento"
    halves: tuple[tuple[str, ...], ...] = ()  # after a number: "and a half", "et demi"


@dataclass(frozen=True)
class Quantity:
    """An amount in a text: one number or a range, or a share of a whole (a fraction)."""

    first: float
    second: float  # the same as `first` unless a range ("3 or 4", "2-3")
    start: int
    end: int  # the position after its last word
    share: bool = False  # "a third", "2/3": a fraction of a whole, not a count
    percent: bool = False  # followed by "%" or "per cent"
    article: bool = False  # "a"/"un" alone: 1 only before a unit ("a week", "un mois")
    word: bool = False  # written in words, not digits

    @property
    def low(self) -> float:
        """The smaller end."""
        return min(self.first, self.second)

    @property
    def high(self) -> float:
        """The larger end."""
        return max(self.first, self.second)


#: The least number in words a share may be of, as one amount ("half a dozen": 6); a share
#: before a smaller one ("half a day") stays a share.
WHOLE_OF_A_SHARE = 12


def digits(word: str) -> float | None:
    """A number written in digits ("12", "1.5", "1,5"), else None."""
    if re.fullmatch(r"\d+([.,]\d+)?", word):
        return float(word.replace(",", "."))
    return None


def quantities(words: Sequence[str], grammar: NumberWords) -> list[Quantity]:
    """Every amount in a list of words, in order, none overlapping."""
    found: list[Quantity] = []
    i = 0
    while i < len(words):
        quantity = quantity_at(words, i, grammar)
        if quantity is None:
            i += 1
            continue
        found.append(quantity)
        i = quantity.end
    return found


def quantity_at(words: Sequence[str], i: int, grammar: NumberWords) -> Quantity | None:
    """The amount that starts at word `i`, if one does."""
    fraction = _fraction_at(words, i, grammar)
    if fraction is not None:
        share, end = fraction
        whole = _single(words, end, grammar)
        if (whole is not None and not whole[2] and digits(words[end]) is None
                and whole[0] >= WHOLE_OF_A_SHARE):
            # "half a dozen", "media docena", "half a million": a share of a number in words
            return Quantity(share * whole[0], share * whole[0], i, whole[1], word=True)
        return Quantity(share, share, i, end, share=True, word=True)
    single = _single(words, i, grammar)
    if single is None:
        return None
    value, end, article = single
    is_word = digits(words[i]) is None
    half = phrase_at(words, end, grammar.halves)
    if half and not article:  # "2 and a half months", "deux mois et demi" is not 2
        value, end = value + 0.5, end + half
    fraction = _fraction_at(words, end, grammar)
    if fraction is not None and value >= 1:  # "two thirds", "one tenth", "a third"
        share, after = fraction
        return Quantity(value * share, value * share, i, after, share=True, word=True)
    if end + 1 < len(words) and words[end] == FRACTION:  # "2/3"
        below = digits(words[end + 1])
        if below:
            return Quantity(value / below, value / below, i, end + 2, share=True)
    second = value
    if end + 1 < len(words) and (words[end] == RANGE or words[end] in grammar.ranges):
        other = _single(words, end + 1, grammar)
        if other is not None and not other[2]:
            second, after, _ = other
            scaled = [grammar.scales[w] for w in words[end + 2 : after] if w in grammar.scales]
            # "40-50 thousand": the scale is both ends'; "600 to nineteen hundred": a first
            # end already past the scale was said in full.
            if (scaled and not any(w in grammar.scales for w in words[i:end])
                    and value < scaled[-1]):
                value *= scaled[-1]
            end, article = after, False
    percent = phrase_at(words, end, grammar.percent)
    if percent:
        return Quantity(value, second, i, end + percent, percent=True, word=is_word)
    if end < len(words) and words[end] == PLUS:  # "2000+": at least
        end += 1
    return Quantity(value, second, i, end, article=article, word=is_word)


def _single(words: Sequence[str], i: int, grammar: NumberWords
            ) -> tuple[float, int, bool] | None:
    """One number at `i` (no range): its value, the position after it, whether an article."""
    if i >= len(words):
        return None
    word = words[i]
    value = digits(word)
    end = i + 1
    article = False
    if value is None:
        if word in grammar.articles:
            following = words[end] if end < len(words) else ""
            if following in grammar.values or digits(following) is not None:
                return _single(words, end, grammar)  # "une trentaine", "a 100": the number
            if following not in grammar.scales:
                return 1.0, end, True
            value = 1.0
        elif word in grammar.values:
            value = float(grammar.values[word])
            if value in _TENS and end < len(words):
                unit, skip = words[end], 0
                if unit in grammar.joins and end + 1 < len(words):
                    unit, skip = words[end + 1], 1
                small = grammar.values.get(unit)
                top = 20 if value in _TO_NINETEEN else 10  # "soixante et onze"
                if small is not None and 1 <= small < top and small == int(small):
                    value += small
                    end += 1 + skip
        else:
            return None
    scale = 0.0
    while end < len(words) and words[end] in grammar.scales:
        if grammar.scales[words[end]] < 100 <= value:
            break  # "cent vingt" is 120: "vingt" multiplies only "quatre" ("quatre-vingts")
        scale = grammar.scales[words[end]]
        value *= scale
        end += 1
    if not scale and digits(word) is None and value >= 100 and value % 100 == 0:
        scale = 100.0  # "cent", "hundred" said alone: "cent vingt vaches"
    rest = _rest_at(words, end, scale, grammar)
    if rest is not None:
        value, end = value + rest[0], rest[1]
    return value, end, article


def _rest_at(words: Sequence[str], end: int, scale: float, grammar: NumberWords
             ) -> tuple[float, int] | None:
    """The smaller number in words that goes on a round one, and the position after it.

    "cent vingt", "quatre-vingt-dix", "two hundred and fifty", "mil quinientos".
    """
    if not scale or end >= len(words):
        return None
    at = end + 1 if words[end] in grammar.joins and end + 1 < len(words) else end
    if digits(words[at]) is not None or words[at] not in grammar.values:
        return None
    rest = _single(words, at, grammar)
    if rest is None or rest[2] or rest[0] >= scale:
        return None
    return rest[0], rest[1]


def _fraction_at(words: Sequence[str], i: int, grammar: NumberWords
                 ) -> tuple[float, int] | None:
    """A fraction word or phrase at `i` ("third", "tercera parte"): its share and end."""
    best: tuple[float, int] | None = None
    for phrase, share in grammar.fractions.items():
        if tuple(words[i : i + len(phrase)]) == phrase and (
                best is None or i + len(phrase) > best[1]):
            best = (share, i + len(phrase))
    return best


def phrase_at(words: Sequence[str], i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The length of the longest phrase found at `i`, else 0."""
    return max((len(p) for p in phrases if tuple(words[i : i + len(p)]) == p), default=0)
