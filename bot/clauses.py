"""The pieces of a description being read, and how a typed word meets a cue's.

A description is cut into clauses; cues found in them are hits, and what a hit says for a
question is said. A typed word matches a cue's word exactly, with an agreement ending, or as
a typo; a cue's words may stand a little apart. Whose words they are: us or someone else.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.cues import (
    GAP,
    NUMBER_MARK,
    Cue,
    Cues,
)
from bot.lexicon import is_real_word
from bot.numbers import Quantity, digits

#: Words a cue may skip between two of its words (after stop words are dropped).
MAX_GAP = 2


#: The kind of a `paid_but` cue, and what it answers once read (see bot.judging.still_paid).
PAID_BUT = "paid_but"
PAID_BUT_QUESTION, PAID_BUT_OPTION = "debts", "some_at_risk"


#: Stop words a cue may also stretch over, besides MAX_GAP words ("closed in the evening").
STOP_GAP = 6


#: A typo is accepted only in words this long, and this close to the cue's word.
TYPO_MIN_LENGTH = 5


TYPO_SCORE = 88


#: The longest word taken for a pronoun when no cue uses it ("he", "she", "il", "él").
PRONOUN_LENGTH = 3

#: How many words before a word for someone else a word of `at_place` may stand ("in Spanish
#: Town", "a Petion-Ville").
PLACE_REACH = 3


#: Endings that only make a word plural or feminine ("s", "e", "es", "a", "as", "x").
AGREEMENT = frozenset({"s", "e", "es", "a", "as", "x"})


@dataclass
class Clause:
    """One clause: its words (stop words kept), sentence, time, and the word that ended it."""

    words: list[str]
    sentence: int
    time: str | None
    after: str | None
    quantities: list[Quantity]
    self_said: bool = False  # the writer speaks of themself in its sentence ("I", "my")
    asked: bool = False  # its sentence is a question: it asks, it does not tell
    answer: bool = False  # a fragment answering the question before it ("? like 10 days")


@dataclass(frozen=True)
class Hit:
    """A cue found in a clause: where its words are, and whether it is negated."""

    cue: Cue
    positions: tuple[int, ...]
    negated: bool
    exact: int
    limited: bool = False  # followed by an exception word ("except", "sauf", "menos")
    clause: int = 0
    hedged: bool = False  # softened by a word such as "almost", "presque", "casi"
    whole_kind: str | None = None  # the plural a closure is of ("closed all *schools*")


@dataclass(frozen=True)
class Said:
    """One thing the text says about a question, from a cue or from an amount."""

    question: str
    option: str
    weight: tuple[int, int]
    time: str | None = None
    negated: bool = False
    generic: bool = False
    main: bool = False  # said as the main trouble ("the biggest problem is the rupee")

    @property
    def specific(self) -> bool:
        """Said by a specific cue, or by a generic one said as the main trouble.

        "prices up, but the worst is the power cuts": the generic cue counts as much then.
        """
        return not self.generic or self.main


def previous_words(clauses: Sequence[Clause], number: int) -> list[str]:
    """The words of the clause before, when it is of the same sentence."""
    if number and clauses[number - 1].sentence == clauses[number].sentence:
        return clauses[number - 1].words
    return []


def exactly(cue_word: str, word: str) -> bool:
    """The word as the cue spells it (any ending after a "*"), not by way of a typo."""
    if cue_word.endswith("*"):
        return word.startswith(cue_word[:-1])
    return cue_word == word


def same_word(cue_word: str, word: str, typos: bool = True) -> bool:
    """A typed word is a cue's word: exactly, with an agreement ending, or as a typo."""
    if not typos:
        return exactly(cue_word, word)
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        # The typed word's start may be a letter shorter or longer ("wholsale", "wholesale").
        return word.startswith(stem) or (len(stem) >= TYPO_MIN_LENGTH
                                         and word[:1] == stem[:1]
                                         and not is_real_word(word) and any(
            fuzz.ratio(stem, word[:size]) >= TYPO_SCORE
            for size in (len(stem) - 1, len(stem), len(stem) + 1)
            if TYPO_MIN_LENGTH <= size <= len(word)))
    if cue_word == word:
        return True
    if word[:1] != cue_word[:1]:
        return False  # a typo keeps the first letter: "players" is not "layers"
    shorter, longer = sorted((cue_word, word), key=len)
    if longer.startswith(shorter):
        # A plural or feminine of the word ("couturier", "couturière") is the word; another
        # form ("close", "closed"; "finish", "finished") is not a typo of it.
        return len(shorter) >= TYPO_MIN_LENGTH and longer[len(shorter):] in AGREEMENT
    return (len(cue_word) >= TYPO_MIN_LENGTH and len(word) >= TYPO_MIN_LENGTH
            and fuzz.ratio(cue_word, word) >= TYPO_SCORE
            and not is_real_word(word))  # "selling" is a word, not a typo of "shelling"


def find_phrase(phrase: tuple[str, ...], words: Sequence[str], numbers: Mapping[str, float],
          start: int = 0, gap: int = MAX_GAP, typos: bool = True,
          origin: Sequence[int] | None = None
          ) -> tuple[tuple[int, ...], float | None] | None:
    """Positions of a phrase's words in order with small gaps, and the number "#" stood for.

    Without `typos`, words must be spelled as the phrase spells them. `origin` is where each
    word stood before stop words were dropped: those dropped count towards the gap too, so
    "card" and "website" eight words apart are not one cue. A `GAP` in the phrase lets up to
    MAX_GAP words stand there (two, twice as many) even where `gap` allows none; it has no
    position of its own.
    """
    for first in range(start, len(words)):
        positions: list[int] = []
        value: float | None = None
        at = first
        widened = 0
        for cue_word in phrase:
            if cue_word == GAP:
                widened += MAX_GAP if positions else 0  # before the first word: no gap
                continue
            reach = max(gap, widened)
            limit = at + 1 if not positions else min(len(words), at + 1 + reach)
            if origin is not None and positions:
                limit = min(limit, bisect_right(origin, origin[at - 1] + 1 + reach + STOP_GAP))
            found = None
            for j in range(at, limit):
                if cue_word == NUMBER_MARK:
                    number = number_word(words[j], numbers)
                    if number is not None:
                        found, value = j, number
                        break
                elif same_word(cue_word, words[j], typos):
                    found = j
                    break
            if found is None:
                break
            positions.append(found)
            at = found + 1
            widened = 0
        else:
            if positions:
                return tuple(positions), value
    return None


def phrases_at(phrases: Iterable[tuple[str, ...]],
               words: Sequence[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Where each of the phrases appears as written (no gaps, no typos): (start, phrase).

    Phrase by phrase in their order, each from the left.
    """
    for p in phrases:
        for i in range(len(words) - len(p) + 1):
            if all(exactly(w, words[i + k]) for k, w in enumerate(p)):
                yield i, p


def unit_after(clause: Clause, quantity: Quantity, cues: Cues) -> str | None:
    """The unit the word right after an amount names ("3 semanas": weeks), if any."""
    return (cues.units.get(clause.words[quantity.end]) if quantity.end < len(clause.words)
            else None)


def has_phrase(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> bool:
    """Whether any of the phrases appears as written (no gaps, no typos) in the words."""
    return next(phrases_at(phrases, words), None) is not None


def number_word(word: str, numbers: Mapping[str, float]) -> float | None:
    """The number a word stands for, in digits or in words; None for any other word."""
    value = digits(word)
    return value if value is not None else numbers.get(word)


def has_cue(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> bool:
    """Whether any of the phrases is found in the words, numbers as written."""
    return any(find_phrase(p, words, {}) for p in phrases)


def about_others(words: Sequence[str], first: int, last: int, cues: Cues,
                  previous: Sequence[str] = ()) -> bool:
    """Whether the words at first..last speak of someone else ("the school closed").

    Their subject is the nearest word for someone before them, unless a word for us or a
    subject break comes first; in a relative clause ("the mill *that* sold us flour closed")
    it is the word before the relative pronoun.
    """
    if any(w in cues.self_words or w in cues.ours for w in words[first : min(first + 2,
                                                                           last + 1)]):
        return False  # "je couds chez moi", "now we sell by the roadside": a cue that opens
        # with us, or with one word and us, names its subject
    relative = max((i for i, w in enumerate(words[:first]) if w in cues.relatives), default=-1)
    if relative > 0 and any(exactly(other, w) for w in words[max(0, relative - 3) : relative]
                            for other in cues.others):
        return True
    # "the police closed *my bar*": whoever did it, what was closed is ours.
    if any(owned(words, at, cues, named_other=False)
           for at in range(last + 2, min(len(words), last + 4))):
        return False
    # A clause that starts without a subject ("..., está toda cerrada") goes on speaking of
    # the last one named in the clause before it, in the same sentence ("obras en mi calle").
    before = [*previous, *words[:first]]
    if previous and first and all(_no_subject(w, cues) for w in words[:first]):
        # "The wholesaler I buy from burnt down, he is closed": a clause whose subject is a
        # pronoun goes on with the one the clause before it opened with ("despedimos" names
        # its own subject).
        for i, word in enumerate(previous):
            if word in cues.ours and not (i + 1 < len(previous) and any(
                    exactly(other, previous[i + 1]) for other in cues.others)):
                break  # "my shop, ..." (not "my supplier", whom the words below weigh)
            if any(exactly(other, word) for other in cues.others) and not _a_verb(
                    previous, i, cues):
                return not owned(previous, i, cues)
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in cues.subject_breaks and before[i + 1 :] and all(
                w in cues.stop_words for w in before[i + 1 :]):
            continue  # "se quemó y está cerrado": "and" with no new subject goes on
        if word in cues.ours or word in cues.subject_breaks:
            break
        if any(exactly(other, word) for other in cues.others) and not _a_verb(
                before, i, cues) and not _placed(before, i, cues):
            return not owned(before, i, cues)
    if last + 1 < len(words) and words[last + 1] in cues.of_words:
        return any(exactly(other, w) for w in words[last + 2 : last + 5]
                   for other in cues.others)  # "the closure of the border"
    return False


def _placed(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word for someone else is where something is ("my salon in Spanish Town").

    A word of `at_place` at most PLACE_REACH words before it, with only the other words of
    a name between ("in Spanish Town", not "in Mzuzu, the market"), makes it a place named
    after a subject, not the subject.
    """
    for k in range(at - 1, max(-1, at - 1 - PLACE_REACH), -1):
        if words[k] in cues.at_place:
            return True
        if (words[k] in cues.stop_words or words[k] in cues.ours
                or words[k] in cues.subject_breaks) or any(
                exactly(other, words[k]) for other in cues.others):
            return False
    return False


def _no_subject(word: str, cues: Cues) -> bool:
    """Whether a word before a cue names no one new: a stop word or a pronoun ("he", "it").

    A pronoun is a short word that names no one else and no business ("bar", "spa").
    """
    if word in cues.ours:
        return False
    return (word in cues.stop_words or word in cues.subjects
            or (len(word) <= PRONOUN_LENGTH and digits(word) is None
                and not any(exactly(noun, word)
                            for noun in (*cues.others, *cues.business_nouns))))


def _a_verb(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word for someone else is said as a verb here, so names no one.

    "ça marche", "le magasin marche comme d'habitude", "ça marche plus": after a pronoun or
    a business (its subject), or denied by a negation that follows it; "le marché" is not.
    """
    before = words[at - 1] if at else ""
    if before in cues.subjects or any(exactly(noun, before) for noun in cues.business_nouns):
        return True
    following = [w for w in words[at + 1 : at + 3] if w not in cues.stop_words]
    return bool(following) and following[0] in cues.negations_after and (
        at + 2 >= len(words) or words[at + 2] not in cues.of_words)


def owned(words: Sequence[str], at: int, cues: Cues, named_other: bool = True) -> bool:
    """Whether the word at `at` is a business of ours: "my nursery school", "notre hôtel".

    A sector word after "my" or "our"; with `named_other`, only one that could also name
    someone else's business (an `others` word such as "school"), not a verb ("I make").
    """
    return (any(w in cues.ours for w in words[max(0, at - 2) : at])
            and (not named_other or any(exactly(other, words[at]) for other in cues.others))
            and any(exactly(noun, words[at]) for noun in cues.business_nouns))
