"""A free-text description of a business → answers to the assessment's questions.

The cues are data (`describe:` in conversations/lang/<lang>.describe.yaml): phrases per
question and option, stop words, negations, and the words that make a number an amount of
cash time, of people or a percentage of sales; plus `respell` (words typed without an
apostrophe), `ignore` (phrases that answer nothing), `exceptions`/`excepted` ("except the
drivers" limits a cue) and `highest` (payment methods add up). A question the text says
nothing about stays unknown: only a cue can answer it, and a cue's words must all appear, in
order, in one clause (see docs/DESCRIPTIONS.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from bot.knowledge import Cue, Cues, Knowledge, Percent, Question
from bot.matching import MONTHS_PER, Matcher, Matchers
from bot.yamlfile import ContentError, LineDict, LineList

#: Longest description read; Telegram allows 4096 characters but a description is a few lines.
MAX_DESCRIPTION = 1500
#: Words a cue may skip between two of its words (after stop words are dropped).
MAX_GAP = 2
#: How far before a cue a negation still applies ("we do not really sell online").
NEGATION_REACH = 2
#: A typo is accepted only in words this long, and this close to the cue's word.
TYPO_MIN_LENGTH = 5
TYPO_SCORE = 85
NUMBER_MARK = "#"
_PLACEHOLDER = "qqnumberqq"
#: A longer stretch of years is an age ("29 years", "27 ans"), not how long cash lasts.
MAX_RUNWAY_YEARS = 5


@dataclass(frozen=True)
class Reading:
    """What a description says: the language it was read in and the answers it gives."""

    lang: str
    answers: dict[str, str]


def words_of(text: str, star: bool = False) -> list[str]:
    """Lowercase words without accents; apostrophes split ("don't" → don, t; "n'a" → n, a).

    With `star`, a word may end in "*" (a cue's "any ending").
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.findall(r"\d+(?:[.,]\d+)?|%|[^\W\d_]+" + (r"\*?" if star else ""), plain)


def clauses_of(text: str) -> list[list[str]]:
    """The text's clauses (split at sentence marks, commas, semicolons and brackets)."""
    parts = re.split(r"[.!?;:\n()]+(?!\d)|,(?!\d)|\s[-–—]\s", text[:MAX_DESCRIPTION])
    return [words for part in parts if (words := words_of(part))]


# --- reading the data ---------------------------------------------------------------------


def _phrases(value: Any, where: str, what: str) -> list[tuple[str, ...]]:
    if not isinstance(value, list):
        raise ContentError(f"{where}: {what} must be a list of phrases")
    found = []
    for i, item in enumerate(value):
        at = value.where(i) if isinstance(value, LineList) else where
        if not isinstance(item, str) or not words_of(item):
            raise ContentError(f"{at}: {what} must hold words, got {item!r}")
        found.append(tuple(words_of(item, star=True)))
    return found


def _map(value: Any, where: str, what: str) -> LineDict:
    if not isinstance(value, LineDict):
        raise ContentError(f"{where}: {what} must be a mapping")
    return value


def parse_cues(knowledge: Knowledge, lang: str) -> Cues:
    """Read and check one language's `describe:` section; faults name the file and line."""
    spec = knowledge.texts.get(lang, {}).get("describe")
    if spec is None:
        raise ContentError(f"conversations/lang/{lang}.describe.yaml: 'describe' is missing")
    spec = _map(spec, f"{lang} texts", "'describe'")

    def words(key: str) -> frozenset[str]:
        return frozenset(w for p in _phrases(spec.get(key, LineList()), spec.where(key), key)
                         for w in p)

    stop_words = words("stop_words")
    negations = words("negations")
    result = Cues(
        lang, stop_words - negations, negations, words("breaks"), [], {}, {}, {},
        words("people"),
        tuple(_phrases(spec.get("percent_words", LineList()), spec.where("percent_words"),
                       "percent_words")),
    )
    result.exceptions = words("exceptions")
    respell = spec.get("respell", LineList())
    if not isinstance(respell, list):
        raise ContentError(f"{spec.where('respell')}: 'respell' must be a list")
    for item in respell:  # "cant = can't": the word as typed, then as the cues spell it
        typed, _, spelled = str(item).partition("=")
        if len(words_of(typed)) != 1 or not words_of(spelled):
            raise ContentError(f"{spec.where('respell')}: respell {item!r} is not 'word = words'")
        result.respell[words_of(typed)[0]] = tuple(words_of(spelled))
    for i, raw in enumerate(ignored := spec.get("ignore", LineList())):
        at = ignored.where(i) if isinstance(ignored, LineList) else spec.where("ignore")
        result.cues.append(_cue("", "", raw, at, result))  # takes its words, answers nothing
    highest = spec.get("highest", LineList())
    if not isinstance(highest, list):
        raise ContentError(f"{spec.where('highest')}: 'highest' must be a list of questions")
    for qid in highest:
        question = _question(knowledge, str(qid), spec.where("highest"))
        result.highest[question.id] = tuple(o.id for o in question.options)
    questions = _map(spec.get("questions"), spec.where("questions"), "'describe.questions'")
    for qid, options in questions.items():
        question = _question(knowledge, qid, questions.where(qid))
        options = _map(options, questions.where(qid), f"cues of '{qid}'")
        for oid, phrases in options.items():
            _option(question, oid, options.where(oid))
            if not isinstance(phrases, LineList):
                raise ContentError(f"{options.where(oid)}: cues of '{qid}.{oid}' must be a list")
            for i, phrase in enumerate(phrases):
                result.cues.append(_cue(qid, oid, phrase, phrases.where(i), result))
    for section in ("negated", "combine", "excepted"):
        table = _map(spec.get(section, LineDict()), spec.where(section), f"'{section}'")
        for qid, pairs in table.items():
            question = _question(knowledge, qid, table.where(qid))
            pairs = _map(pairs, table.where(qid), f"'{section}.{qid}'")
            for key, value in pairs.items():
                _option(question, key, pairs.where(key))
                targets = value if isinstance(value, list) else [value]
                for target in targets:
                    _option(question, str(target), pairs.where(key))
            if section in ("negated", "excepted"):
                getattr(result, section)[qid] = {str(k): str(v) for k, v in pairs.items()}
            else:
                result.combine[qid] = {str(k): tuple(str(t) for t in v)
                                       for k, v in pairs.items()}
    amounts = _map(spec.get("amounts", LineDict()), spec.where("amounts"), "'amounts'")
    for qid, phrases in amounts.items():
        question = _question(knowledge, qid, amounts.where(qid))
        if question.unit is None:
            raise ContentError(f"{amounts.where(qid)}: '{qid}' has no unit to read amounts in")
        result.amounts[qid] = tuple(_phrases(phrases, amounts.where(qid), f"amounts.{qid}"))
    percents = _map(spec.get("percent", LineDict()), spec.where("percent"), "'percent'")
    for qid, raw in percents.items():
        question = _question(knowledge, qid, percents.where(qid))
        raw = _map(raw, percents.where(qid), f"'percent.{qid}'")
        _option(question, str(raw.get("up_option")), raw.where("up_option"))
        bands = _map(raw.get("bands"), raw.where("bands"), "'bands'")
        for oid in bands:
            _option(question, oid, bands.where(oid))
            if not isinstance(bands[oid], (int, float)):
                raise ContentError(f"{bands.where(oid)}: a band needs its highest percentage")
        context, down, up = (tuple(_phrases(raw.get(k), raw.where(k), k))
                             for k in ("context", "down", "up"))
        result.percents.append(Percent(
            qid, context, down, up, str(raw.get("up_option")),
            tuple(sorted((float(v), k) for k, v in bands.items())),
        ))
    return result


def _question(knowledge: Knowledge, qid: str, where: str) -> Question:
    question = knowledge.question(qid)
    if question is None:
        raise ContentError(f"{where}: unknown question '{qid}'")
    return question


def _option(question: Question, oid: str, where: str) -> None:
    if question.option(oid) is None:
        raise ContentError(f"{where}: question '{question.id}' has no option '{oid}'")


def _cue(qid: str, oid: str, raw: Any, where: str, cues: Cues) -> Cue:
    low = high = None
    if isinstance(raw, LineDict):  # {cue: "# years old", max: 34}
        low, high = raw.get("min"), raw.get("max")
        if any(v is not None and not isinstance(v, (int, float)) for v in (low, high)):
            raise ContentError(f"{where}: 'min' and 'max' of a cue must be numbers")
        raw = raw.get("cue")
    if not isinstance(raw, str):
        raise ContentError(f"{where}: a cue of '{qid}.{oid}' must be a text")
    words = tuple(w for w in words_of(raw.replace(NUMBER_MARK, f" {_PLACEHOLDER} "), star=True)
                  if w not in cues.stop_words)
    words = tuple(NUMBER_MARK if w == _PLACEHOLDER else w for w in words)
    if not words or all(w == NUMBER_MARK for w in words):
        raise ContentError(f"{where}: cue {raw!r} of '{qid}.{oid}' has only stop words")
    if (low is not None or high is not None) and NUMBER_MARK not in words:
        raise ContentError(f"{where}: cue {raw!r} has 'min'/'max' but no '#'")
    written = tuple(words_of(raw, star=True))
    phrase = written if len(words) == 1 and len(written) > 1 else None
    return Cue(qid, oid, words, len(written), low, high, phrase)


def described_languages(knowledge: Knowledge) -> list[str]:
    """Languages with cues to read descriptions in."""
    return [lang for lang in knowledge.languages if "describe" in knowledge.texts[lang]]


# --- reading a description ----------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    cue: Cue
    positions: tuple[int, ...]
    negated: bool
    exact: int
    limited: bool = False  # followed by an exception word ("except", "sauf", "menos")


def _exactly(cue_word: str, word: str) -> bool:
    """The word as the cue spells it (any ending after a "*"), not by way of a typo."""
    if cue_word.endswith("*"):
        return word.startswith(cue_word[:-1])
    return cue_word == word


def _same(cue_word: str, word: str) -> bool:
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        return word.startswith(stem) or (
            len(stem) >= TYPO_MIN_LENGTH and fuzz.ratio(stem, word[: len(stem)]) >= TYPO_SCORE)
    if cue_word == word:
        return True
    return (len(cue_word) >= TYPO_MIN_LENGTH and len(word) >= TYPO_MIN_LENGTH
            and fuzz.ratio(cue_word, word) >= TYPO_SCORE)


def _find(phrase: tuple[str, ...], words: list[str], numbers: Mapping[str, float],
          start: int = 0, gap: int = MAX_GAP) -> tuple[tuple[int, ...], float | None] | None:
    """Positions of a phrase's words in order with small gaps, and the number "#" stood for."""
    for first in range(start, len(words)):
        positions: list[int] = []
        value: float | None = None
        at = first
        for k, cue_word in enumerate(phrase):
            limit = at + 1 if k == 0 else min(len(words), at + 1 + gap)
            found = None
            for j in range(at, limit):
                if cue_word == NUMBER_MARK:
                    number = _number(words[j], numbers)
                    if number is not None:
                        found, value = j, number
                        break
                elif _same(cue_word, words[j]):
                    found = j
                    break
            if found is None:
                break
            positions.append(found)
            at = found + 1
        else:
            return tuple(positions), value
    return None


def _number(word: str, numbers: Mapping[str, float]) -> float | None:
    if re.fullmatch(r"\d+([.,]\d+)?", word):
        return float(word.replace(",", "."))
    return numbers.get(word)


class Describer:
    """Reads descriptions in every language that has cues."""

    def __init__(self, knowledge: Knowledge, matchers: Matchers | None = None) -> None:
        self.knowledge = knowledge
        self.matchers = matchers or Matchers(knowledge)
        self.cues = knowledge.cues  # parsed and checked when the content was loaded

    def read(self, text: str, lang: str | None = None, prefer: str | None = None) -> Reading:
        """Answers the text gives, read in `lang`, or in the language that fits it best.

        The fit is the answers found plus the language's small words the text uses; a tie
        goes to `prefer` (the user's language), then to English.
        """
        if lang in self.cues:
            return Reading(lang, self._read(text, lang))
        order = sorted(self.cues, key=lambda code: code != prefer)
        readings = [Reading(code, self._read(text, code)) for code in order]
        words = words_of(text[:MAX_DESCRIPTION])

        def fit(reading: Reading) -> int:
            stops = self.cues[reading.lang].stop_words | self.cues[reading.lang].negations
            return len(reading.answers) + sum(w in stops for w in words)

        return max(readings, key=fit)

    def _read(self, text: str, lang: str) -> dict[str, str]:
        cues = self.cues[lang]
        numbers = self.matchers.get(lang, self.knowledge.questions[0]).numbers
        answers: dict[str, str] = {}
        pieces = [piece for clause in clauses_of(text)
                  for piece in _split(_respell(clause, cues.respell), cues.breaks)]
        clauses = [words for words, _ in pieces]
        for qid in cues.amounts:
            option = self._amount(clauses, lang, qid)
            if option is not None:
                answers[qid] = option
        for percent in cues.percents:
            if percent.question not in answers:
                option = _percent(clauses, percent, numbers, cues.percent_words)
                if option is not None:
                    answers[percent.question] = option
        hits: list[_Hit] = []
        for clause, after in pieces:
            hits += _hits(clause, cues, numbers, after)
        for qid, option in _choose(hits, cues).items():
            answers.setdefault(qid, option)
        for qid, table in cues.combine.items():
            for target, parts in table.items():
                if qid in answers and all(_said(hits, qid, p) for p in parts):
                    answers[qid] = target
        return {q.id: answers[q.id] for q in self.knowledge.questions if q.id in answers}

    def _amount(self, clauses: list[list[str]], lang: str, qid: str) -> str | None:
        """An amount of time (cash runway) or of people (size) stated near its cue words."""
        question = self.knowledge.question(qid)
        assert question is not None  # noqa: S101 - checked when the cues were read
        matcher = self.matchers.get(lang, question)
        context = self.cues[lang].amounts[qid]
        values: list[float] = []
        for words in clauses:
            if question.unit == "months" and not any(_find(c, words, {}) for c in context):
                continue
            for i in range(len(words)):
                value = _amount_at(matcher, words, i, self.cues[lang].people, context)
                if value is not None:
                    values.append(value)
        if not values:
            return None
        # Of several head-counts the largest is the business ("40 staff, we let 10 go").
        return matcher.by_number(max(values) if question.unit == "people" else values[0])


def _respell(words: list[str], respell: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Words typed without an apostrophe, spelled as the cues spell them ("dont" → don t)."""
    return [part for word in words for part in respell.get(word, (word,))]


def _split(words: list[str], breaks: frozenset[str]) -> list[tuple[list[str], str | None]]:
    """Cut a clause at words like "but", which end a negation's reach.

    Each part comes with the word that cut it off (None at the end of the clause).
    """
    parts: list[tuple[list[str], str | None]] = [([], None)]
    for word in words:
        if word in breaks:
            parts[-1] = (parts[-1][0], word)
            parts.append(([], None))
        else:
            parts[-1][0].append(word)
    return [p for p in parts if p[0]]


def _amount_at(matcher: Matcher, words: list[str], i: int, people: frozenset[str],
               context: tuple[tuple[str, ...], ...]) -> float | None:
    number = _number(words[i], matcher.numbers)
    if number is None:
        unit = matcher.units.get(words[i])
        if (matcher.question.unit == "months" and unit in MONTHS_PER
                and (i == 0 or _number(words[i - 1], matcher.numbers) is None)
                and matcher.half_after(words, i)):
            return 1.5 * MONTHS_PER[unit]  # "mes y medio": one and a half, no number said
        return None
    following = words[i + 1 : i + 4]
    if following and number != 0.5 and _number(following[0], matcher.numbers) is not None:
        return None  # "a few weeks": the amount is the next word
    is_word = not words[i][0].isdigit()
    if matcher.question.unit == "months":
        units = [matcher.units.get(w) for w in following[:2]]
        if not any(u in MONTHS_PER for u in units):
            return None
        if "years" in units and number > MAX_RUNWAY_YEARS:
            return None  # "29 years": an age
        return matcher.read_number(" ".join(words[i : i + 6]))
    if number == 1 and is_word:
        return None  # "a waiter", "un employé": an article, not a head-count
    if number < 1 or number != int(number):
        return None  # "half the staff": a share, not a head-count
    if any(matcher.units.get(w) == "people" or w in people for w in following[:3]):
        return number
    before = words[max(0, i - 3) : i]
    if any(_find(c, before, {}) for c in context) and not any(
            matcher.units.get(w) for w in following[:1]):
        return number
    return None


def _percent(clauses: list[list[str]], spec: Percent, numbers: Mapping[str, float],
             percent_words: tuple[tuple[str, ...], ...]) -> str | None:
    for words in clauses:
        if not any(_find(c, words, {}) for c in spec.context):
            continue
        for i, word in enumerate(words):
            value = _number(word, {})
            if value is None or not any(_find(p, words[i + 1 : i + 1 + len(p)], {})
                                        for p in percent_words):
                continue
            if any(_find(c, words, {}) for c in spec.up):
                return spec.up_option
            if any(_find(c, words, {}) for c in spec.down):
                return next((o for top, o in spec.bands if value <= top), spec.bands[-1][1])
    return None


def _hits(words: list[str], cues: Cues, numbers: Mapping[str, float],
          after: str | None = None) -> list[_Hit]:
    """Every cue found in one clause; longer cues win the words they share with shorter.

    `after` is the word that ended the clause ("except"...), if it cut a sentence.
    """
    kept = [(i, w) for i, w in enumerate(words) if w not in cues.stop_words]
    plain = [w for _, w in kept]
    index = {i: k for k, (i, _) in enumerate(kept)}
    found: list[_Hit] = []
    for cue in cues.cues:
        start = 0
        while (match := _match(cue, words, plain, index, numbers, start)) is not None:
            positions, value, start = match
            if value is not None and not (
                    (cue.low is None or value >= cue.low)
                    and (cue.high is None or value <= cue.high)):
                continue
            own_negation = any(w in cues.negations for w in cue.words)
            inside = plain[positions[0] : positions[-1] + 1]
            before = plain[max(0, positions[0] - NEGATION_REACH) : positions[0]]
            negated = not own_negation and any(w in cues.negations for w in before + inside)
            exact = sum(_exactly(w, plain[p]) for p, w in zip(positions, cue.words, strict=True))
            nxt = plain[positions[-1] + 1] if positions[-1] + 1 < len(plain) else after
            found.append(_Hit(cue, positions, negated, exact, nxt in cues.exceptions))
            break
    # Cues with more words first, a plain reading before a negated one ("plus aucun client":
    # "aucun client" rather than "plus de clients" negated), then counting stop words, exact
    # before typos, then reading order.
    found.sort(key=lambda h: (-len(h.cue.words), h.negated, -h.cue.strength, -h.exact,
                              h.positions[0]))
    taken: set[int] = set()
    kept_hits = []
    for hit in found:
        if taken.isdisjoint(hit.positions):
            taken.update(hit.positions)
            kept_hits.append(hit)
    return kept_hits


def _match(cue: Cue, words: list[str], plain: list[str], index: Mapping[int, int],
           numbers: Mapping[str, float], start: int
           ) -> tuple[tuple[int, ...], float | None, int] | None:
    """Where a cue is in a clause (positions among the words kept), its number, next start.

    A cue with a `phrase` must appear as written, stop words and all.
    """
    if cue.phrase is None:
        found = _find(cue.words, plain, numbers, start)
        return None if found is None else (found[0], found[1], found[0][0] + 1)
    while (found := _find(cue.phrase, words, numbers, start, gap=0)) is not None:
        start = found[0][0] + 1
        positions = tuple(index[p] for p in found[0] if p in index)
        if len(positions) == len(cue.words):
            return positions, found[1], start
    return None


def _choose(hits: Iterable[_Hit], cues: Cues) -> dict[str, str]:
    """One option per question: the longest plain cue (first one on a tie), else a negation.

    In a `highest` question the highest option said wins ("cash or M-Pesa" is mobile money);
    a cue followed by an exception word means its `excepted` option ("partly").
    """
    best: dict[str, tuple[str, tuple[int, int]]] = {}
    fallback: dict[str, str] = {}
    for hit in hits:
        qid = hit.cue.question
        if not qid:
            continue  # an `ignore` phrase: its words mean nothing here
        if hit.negated:
            target = cues.negated.get(qid, {}).get(hit.cue.option)
            if target is not None:
                fallback.setdefault(qid, target)
            continue
        option = hit.cue.option
        if hit.limited:
            option = cues.excepted.get(qid, {}).get(option, option)
        weight = (len(hit.cue.words), hit.cue.strength)
        if qid in cues.highest:
            weight = (cues.highest[qid].index(option), 0)
        if qid not in best or weight > best[qid][1]:
            best[qid] = (option, weight)
    return {**fallback, **{qid: option for qid, (option, _) in best.items()}}


def _said(hits: Iterable[_Hit], qid: str, option: str) -> bool:
    return any(h.cue.question == qid and h.cue.option == option and not h.negated for h in hits)


# --- presenting what was understood --------------------------------------------------------


@dataclass(frozen=True)
class Understood:
    """One answer read from a description, in the words of a language."""

    area: str
    question: str
    answer: str


def understood(knowledge: Knowledge, answers: Mapping[str, str]) -> list[Understood]:
    """The answers in questionnaire order, as ids."""
    return [Understood(q.area, q.id, answers[q.id]) for q in knowledge.questions
            if q.id in answers]


def understood_lines(knowledge: Knowledge, lang: str, answers: Mapping[str, str]) -> list[str]:
    """What was understood, one plain-text line per answer ("Cash lasts: Under 2 weeks")."""
    return [knowledge.message(lang, "describe_item",
                              question=knowledge.short_name(lang, item.question),
                              answer=knowledge.answer_label(lang, item.question, item.answer))
            for item in understood(knowledge, answers)]


def unjudged_areas(knowledge: Knowledge, scores: Mapping[str, int | None]) -> list[str]:
    """Scored areas the answers say nothing about."""
    return [area for area, score in scores.items() if score is None and area in knowledge.areas]
