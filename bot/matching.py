"""Typed answers → options: number and duration parsing first, then word-by-word matching.

A reply is compared with each label and synonym word by word, leaving out the language's stop
words (`matching.stop_words`). It is recorded only when its words and a phrase's words cover
each other (or all its words belong to one option), allowing a typo in long words, and when
it is not a short or generic reply; a partial overlap only asks "did you mean". Whole-string
fuzzy ratios are not used: they took "we closed the shop" for a typo of "we are broke".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.knowledge import DEFAULT_LANGUAGE, Knowledge, Question
from bot.yamlfile import ContentError, LineList

#: Longer input cannot be a short answer; reading it all would only cost time.
MAX_INPUT = 200
#: How well a reply word stands for a phrase word: the same word, a typo in a long word
#: (enough to record), a typo in a short word (enough to ask).
EXACT, TYPO, WEAK = 1.0, 0.9, 0.6
#: Word lengths from which one typo (and from TYPO2_LENGTH, two) may still be recorded;
#: from WEAK_LENGTH one typo is enough to ask. Shorter words must be spelled right.
TYPO_LENGTH, TYPO2_LENGTH, WEAK_LENGTH = 5, 9, 4
#: A phrase whose words and the reply's cover each other this well (weighted Dice) is asked
#: about; recording needs full coverage.
LIKELY = 0.5
#: What the recorded option must lead the next one by.
MARGIN = 0.25
#: Replies whose distinctive words are shorter than this in all ("no", "not", "yes") are
#: recorded only when they are a label or synonym as typed.
MIN_SURE_CHARS = 4
#: At most this many options are offered in "did you mean", within MARGIN of the best.
MAX_CANDIDATES = 3
DAYS_PER_MONTH = 30.4
WEEKS_PER_MONTH = 4.35
#: Months per unit of time; a "people" unit is not a duration.
MONTHS_PER = {"days": 1 / DAYS_PER_MONTH, "weeks": 1 / WEEKS_PER_MONTH, "months": 1.0,
              "years": 12.0}
#: Words that may join a unit to its "half" ("a month and a half", "un mois et demi",
#: "mes y medio"): short, so a longer word between them is never skipped.
JOIN_MAX_LENGTH = 3


def normalize(text: str) -> str:
    """Lowercase, strip accents and punctuation so "Día" and "dia" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text[:MAX_INPUT].lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w.,]+", " ", plain).split())


@dataclass(frozen=True)
class Match:
    """The option a text means (`option`), or the options it may mean (`candidates`)."""

    option: str | None = None
    candidates: tuple[str, ...] = ()


@dataclass
class Matcher:
    """Matches typed text to the options of one question in one language."""

    question: Question
    phrases: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    numbers: dict[str, float] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    stop_words: frozenset[str] = frozenset()
    #: Each phrase's distinctive words (parallel to `phrases`).
    words: list[tuple[str, ...]] = field(default_factory=list)
    #: Every distinctive word → the phrases that contain it.
    index: dict[str, list[int]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)
    #: Each phrase without spaces (parallel to `phrases`), for replies with spaces misplaced.
    letters: list[str] = field(default_factory=list)

    def add(self, phrase: str, owner: str) -> None:
        """Learn one label or synonym (already normalized) of an option."""
        if not phrase or phrase in self.phrases:
            return
        number = len(self.phrases)
        self.phrases.append(phrase)
        self.owners.append(owner)
        self.letters.append(phrase.replace(" ", ""))
        words = tuple(dict.fromkeys(
            content_words(phrase, self.stop_words) or content_words(phrase, frozenset())))
        self.words.append(words)
        for word in dict.fromkeys(words):
            if word not in self.index:
                self.index[word] = []
                self.vocabulary.append(word)
            self.index[word].append(number)

    def read_number(self, text: str) -> float | None:
        """The amount in the question's unit (months or people), if the text states one.

        "a month and a half" is 1.5 months; a bare unit with a half ("mes y medio") is one
        and a half of it; years count as twelve months.
        """
        read = self.read_amount(text)
        return read[0] if read else None

    def read_amount(self, text: str) -> tuple[float, str | None] | None:
        """The amount as `read_number` reads it, with the unit named next to it, if any.

        A unit word with one typo ("weesk", "semainse") is read as that unit.
        """
        tokens = [self.unit_word(t) for t in text.split()]
        for i, token in enumerate(tokens):
            value = _number(token, self.numbers)
            if value is None:
                if self.question.unit == "months" and self.units.get(token) in MONTHS_PER \
                        and self.half_after(tokens, i):
                    return 1.5 * MONTHS_PER[self.units[token]], self.units[token]
                continue
            if i + 1 < len(tokens) and value == 0.5 and _number(tokens[i + 1], self.numbers):
                i += 1  # "half a month"
            at = next((j for j in range(i + 1, min(i + 3, len(tokens)))
                       if tokens[j] in self.units), None)
            if at is None and i + 3 < len(tokens) and tokens[i + 3] in self.units \
                    and _number(tokens[i + 2], self.numbers):
                at = i + 3  # a range: "3 or 4 weeks", "trois ou quatre semaines"
            unit = self.units[tokens[at]] if at is not None else None
            is_article = token in self.numbers and self.numbers[token] == 1 and unit is None
            if is_article and not token.isdigit():
                continue  # "a" or "un" alone is not a number
            if self.question.unit == "people":
                return (value, unit) if unit in (None, "people") else None
            if unit == "people":
                return None
            if at is not None and self.half_after(tokens, at):
                value += 0.5
            return value * MONTHS_PER.get(unit or "", 1.0), unit
        return None

    def unit_word(self, token: str) -> str:
        """The unit word a token is, allowing one typo in long words; else the token."""
        if token in self.units or len(token) < TYPO_LENGTH or token in self.numbers:
            return token
        hit = process.extractOne(token, list(self.units), scorer=OSA.distance, score_cutoff=1)
        return hit[0] if hit else token

    def half_after(self, tokens: list[str], at: int) -> bool:
        """Whether the unit at `at` is followed by "and a half" (a short joining word, a half)."""
        rest = tokens[at + 1 : at + 4]
        if not rest or len(rest[0]) > JOIN_MAX_LENGTH or _number(rest[0], self.numbers):
            return False
        halves = [k for k, word in enumerate(rest[1:], 1)
                  if not word.isdigit() and self.numbers.get(word) == 0.5]
        # "and half" or "and a half": only an article may stand between.
        return bool(halves) and all(self.numbers.get(w) == 1 for w in rest[1 : halves[0]])

    def by_number(self, value: float) -> str:
        """The first option whose upper bound holds the value."""
        for option in self.question.options:
            if option.upto is None or value <= option.upto:
                return option.id
        return self.question.options[-1].id

    def by_amount(self, plain: str) -> Match | None:
        """The option of an amount the text states, if it states one.

        A number of months without its unit ("10") is only asked about: it may mean days or
        weeks ("trois ou qautre semaines" is not three months). Two
        amounts in different options ("2 weeks to 1 month" with a typo) offer both.
        """
        read = self.read_amount(plain)
        if read is None:
            return None
        value, unit = read
        options = [self.by_number(value)]
        tokens = plain.split()
        last = max(i for i, t in enumerate(tokens) if _number(t, self.numbers) is not None)
        if last > 0:
            other = self.read_number(" ".join(tokens[last:]))
            if other is not None and self.by_number(other) != options[0]:
                options.append(self.by_number(other))
        if len(options) > 1 or (self.question.unit == "months" and unit is None):
            return Match(candidates=tuple(options))
        return Match(options[0])

    def by_letters(self, plain: str) -> Match:
        """Offer the phrases the text spells with spaces misplaced or one or two typos.

        "hal fopen" is "half open": the letters are compared without spaces. Only asked
        about, never recorded: without word boundaries there is no telling words apart.
        """
        letters = plain.replace(" ", "")
        if len(letters) < TYPO_LENGTH + 1:
            return Match()
        limit = 2 if len(letters) >= 2 * TYPO_LENGTH else 1
        hits = process.extract(letters, self.letters, scorer=OSA.distance,
                               score_cutoff=limit, limit=None)
        ranked = sorted(hits, key=lambda hit: hit[1])
        owners = dict.fromkeys(self.owners[number] for _, _, number in ranked)
        return Match(candidates=tuple(owners)[:MAX_CANDIDATES])

    def similar(self, word: str) -> list[tuple[str, float]]:
        """Known words the reply word stands for, with how well (EXACT, TYPO or WEAK)."""
        found = [(word, EXACT)] if word in self.index else []
        if len(word) < WEAK_LENGTH or word.isdigit():
            return found  # short words and numbers must be typed as they are
        for other, distance, _ in process.extract(word, self.vocabulary, scorer=OSA.distance,
                                                  score_cutoff=2, limit=None):
            shorter = min(len(word), len(other))
            if distance == 0 or other.isdigit():
                continue
            if (distance == 1 and shorter >= TYPO_LENGTH) or shorter >= TYPO2_LENGTH:
                found.append((other, TYPO))
            elif distance == 1 and shorter >= WEAK_LENGTH:
                found.append((other, WEAK))
        return found

    def match(self, text: str) -> Match:
        """Read a typed answer; ambiguous text gives candidates, nonsense gives nothing."""
        plain = normalize(text)
        if not plain:
            return Match()
        if plain in self.phrases:
            return Match(self.owners[self.phrases.index(plain)])
        if self.question.unit:
            amount = self.by_amount(plain)
            if amount is not None:
                return amount
        reply = content_words(plain, self.stop_words)
        if not reply:
            return Match()  # only generic words: "we", "the", "business"
        found = self.by_words(reply)
        if found.option is None and not found.candidates:
            return self.by_letters(plain)
        return found

    def by_words(self, reply: tuple[str, ...]) -> Match:
        """Compare the distinctive words of a reply with those of every phrase."""
        # For each phrase touched: its words found, and the reply words that found them.
        in_phrase: dict[int, dict[str, float]] = {}
        in_reply: dict[int, dict[int, float]] = {}
        for at, word in enumerate(reply):
            for known, quality in self.similar(word):
                for number in self.index[known]:
                    found = in_phrase.setdefault(number, {})
                    found[known] = max(found.get(known, 0.0), quality)
                    used = in_reply.setdefault(number, {})
                    used[at] = max(used.get(at, 0.0), quality)
        best: dict[str, float] = {}
        recordable: set[str] = set()
        belongs: dict[str, set[int]] = {}  # option → reply words found among its phrases
        for number, found in in_phrase.items():
            owner, words, used = self.owners[number], self.words[number], in_reply[number]
            score = (sum(found.values()) + sum(used.values())) / (len(words) + len(reply))
            best[owner] = max(best.get(owner, 0.0), score)
            strong = [at for at, quality in used.items() if quality >= TYPO]
            belongs.setdefault(owner, set()).update(strong)
            if len(strong) == len(reply) and all(
                    found.get(w, 0.0) >= TYPO for w in words):
                recordable.add(owner)
        if not best:
            return Match()
        if len(reply) > 1:  # every word of the reply is this option's ("behind on rent")
            recordable |= {o for o, at in belongs.items()
                           if len(at) == len(reply) and best[o] >= LIKELY}
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        top_score = ranked[0][1]
        if sum(len(w) for w in reply) >= MIN_SURE_CHARS and len(recordable) == 1:
            (only,) = recordable
            if all(score <= best[only] - MARGIN for o, score in ranked if o != only):
                return Match(only)
        if top_score < LIKELY:
            return Match()
        return Match(candidates=tuple(
            o for o, score in ranked[:MAX_CANDIDATES] if score >= max(LIKELY, top_score - MARGIN)))


def content_words(plain: str, stop_words: frozenset[str]) -> tuple[str, ...]:
    """The distinctive words of normalized text: no stop words, "can t" read as "cant"."""
    words: list[str] = []
    for token in plain.split():
        word = token.strip(".,")
        if word == "t" and words:
            words[-1] += word  # the apostrophe of "can't" became a space
        elif word:
            words.append(word)
    return tuple(w for w in words if w not in stop_words)


def stop_words_of(knowledge: Knowledge, lang: str) -> frozenset[str]:
    """The stop words of a language and English (English phrasings are read everywhere)."""
    words: set[str] = set()
    for code in dict.fromkeys((lang, DEFAULT_LANGUAGE)):
        spec: Any = knowledge.texts.get(code, {}).get("matching") or {}
        words.update(normalize(str(w)) for w in spec.get("stop_words") or [])
    return frozenset(words)


def _phrases(knowledge: Knowledge, lang: str) -> Iterable[tuple[str, str, str, str]]:
    """Every label and synonym of a language: (question, option, raw text, normalized)."""
    questions: Any = knowledge.texts.get(lang, {}).get("questions", {})
    for question in knowledge.questions:
        texts = questions.get(question.id, {})
        for option in question.options:
            spec = texts.get("options", {}).get(option.id, {})
            for phrase in [spec.get("label", ""), *(spec.get("synonyms") or [])]:
                yield question.id, option.id, str(phrase), normalize(str(phrase))


def check_matching(knowledge: Knowledge) -> None:
    """Validate `matching.stop_words` of every language (called when content is loaded)."""
    for lang in knowledge.languages:
        spec: Any = knowledge.texts[lang].get("matching")
        words = spec.get("stop_words") if isinstance(spec, dict) else None
        if words is None:
            if lang == DEFAULT_LANGUAGE:
                raise ContentError("conversations/lang/en.yaml: en lacks matching.stop_words")
            knowledge.warnings.append(f"{lang}: no matching.stop_words (English ones are used)")
            continue
        if not isinstance(words, list):
            where = spec.where("stop_words") if hasattr(spec, "where") else lang
            raise ContentError(f"{where}: matching.stop_words must be a list")
        answers = {plain: f"{qid}.{oid}" for code in dict.fromkeys((lang, DEFAULT_LANGUAGE))
                   for qid, oid, _, plain in _phrases(knowledge, code)}
        seen: set[str] = set()
        for i, word in enumerate(words):
            where = words.where(i) if isinstance(words, LineList) else lang
            plain = normalize(str(word))
            if not isinstance(word, str) or len(plain.split()) != 1:
                raise ContentError(f"{where}: stop word {word!r} must be one word")
            if plain in seen:
                raise ContentError(f"{where}: stop word {word!r} is listed twice")
            if plain in answers:
                raise ContentError(
                    f"{where}: stop word {word!r} is itself an answer ({answers[plain]})")
            seen.add(plain)


def _number(token: str, words: dict[str, float]) -> float | None:
    if re.fullmatch(r"\d+([.,]\d+)?", token):
        return float(token.replace(",", "."))
    return words.get(token)


def matcher_for(knowledge: Knowledge, lang: str, question: Question) -> Matcher:
    """Build the matcher of a question from its labels and synonyms in one language."""
    matcher = Matcher(question, stop_words=stop_words_of(knowledge, lang))
    for code in dict.fromkeys((lang, DEFAULT_LANGUAGE)):  # English is understood everywhere
        for qid, oid, raw, plain in _phrases(knowledge, code):
            if qid == question.id:
                matcher.add(plain, oid)
                if "-" in raw:  # "m-pesa" is also typed "mpesa"
                    matcher.add(normalize(raw.replace("-", "")), oid)
                if " / " in raw:  # "Shop / retail": either part is an answer
                    for part in raw.split(" / "):
                        matcher.add(normalize(part), oid)
    for key, value in knowledge.text(lang, "numbers").items():
        matcher.numbers[normalize(str(key))] = float(value)
    for unit, words in knowledge.text(lang, "units").items():
        for word in words:
            matcher.units[normalize(str(word))] = unit
    return matcher


class Matchers:
    """A cache of matchers per language and question, built on first use."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._cache: dict[tuple[str, str], Matcher] = {}

    def get(self, lang: str, question: Question) -> Matcher:
        """The matcher for this question in this language."""
        key = (lang, question.id)
        if key not in self._cache:
            self._cache[key] = matcher_for(self.knowledge, lang, question)
        return self._cache[key]
