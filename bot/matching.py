"""Typed answers → options: number and duration parsing first, then fuzzy matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from bot.knowledge import Knowledge, Question

#: Longer input cannot be a short answer; reading it all would only cost time.
MAX_INPUT = 200
SURE = 86
LIKELY = 75
POSSIBLE = 62
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

    def read_number(self, text: str) -> float | None:
        """The amount in the question's unit (months or people), if the text states one.

        "a month and a half" is 1.5 months; a bare unit with a half ("mes y medio") is one
        and a half of it; years count as twelve months.
        """
        tokens = text.split()
        for i, token in enumerate(tokens):
            value = _number(token, self.numbers)
            if value is None:
                if self.question.unit == "months" and self.units.get(token) in MONTHS_PER \
                        and self.half_after(tokens, i):
                    return 1.5 * MONTHS_PER[self.units[token]]
                continue
            if i + 1 < len(tokens) and value == 0.5 and _number(tokens[i + 1], self.numbers):
                i += 1  # "half a month"
            at = next((j for j in range(i + 1, min(i + 3, len(tokens)))
                       if tokens[j] in self.units), None)
            unit = self.units[tokens[at]] if at is not None else None
            is_article = token in self.numbers and self.numbers[token] == 1 and unit is None
            if is_article and not token.isdigit():
                continue  # "a" or "un" alone is not a number
            if self.question.unit == "people":
                return value if unit in (None, "people") else None
            if unit == "people":
                return None
            if at is not None and self.half_after(tokens, at):
                value += 0.5
            return value * MONTHS_PER.get(unit or "", 1.0)
        return None

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

    def match(self, text: str) -> Match:
        """Read a typed answer; ambiguous text gives candidates, nonsense gives nothing."""
        plain = normalize(text)
        if not plain:
            return Match()
        if plain in self.phrases:
            return Match(self.owners[self.phrases.index(plain)])
        if self.question.unit:
            value = self.read_number(plain)
            if value is not None:
                return Match(self.by_number(value))
        hits = process.extract(plain, self.phrases, scorer=fuzz.WRatio, limit=8,
                               score_cutoff=POSSIBLE)
        best: dict[str, float] = {}
        for _, score, index in hits:
            owner = self.owners[index]
            best[owner] = max(best.get(owner, 0.0), score)
        if not best:
            return Match()
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        top, top_score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if top_score >= SURE and top_score - runner_up >= 5:
            return Match(top)
        if top_score >= LIKELY and top_score - runner_up >= 15:
            return Match(top)  # a typo of one option, with nothing else close
        return Match(candidates=tuple(o for o, s in ranked[:3] if s >= top_score - 15))


def _number(token: str, words: dict[str, float]) -> float | None:
    if re.fullmatch(r"\d+([.,]\d+)?", token):
        return float(token.replace(",", "."))
    return words.get(token)


def matcher_for(knowledge: Knowledge, lang: str, question: Question) -> Matcher:
    """Build the matcher of a question from its labels and synonyms in one language."""
    matcher = Matcher(question)
    for code in dict.fromkeys((lang, "en")):  # English phrasings are understood everywhere
        texts: Any = knowledge.texts.get(code, {}).get("questions", {}).get(question.id, {})
        for option in question.options:
            spec = texts.get("options", {}).get(option.id, {})
            for phrase in [spec.get("label", ""), *(spec.get("synonyms") or [])]:
                plain = normalize(str(phrase))
                if plain and plain not in matcher.phrases:
                    matcher.phrases.append(plain)
                    matcher.owners.append(option.id)
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
