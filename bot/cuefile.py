"""conversations/lang/<lang>.describe.yaml → bot.cues.Cues, checked with file and line.

Each section is explained in docs/DESCRIPTIONS.md; a fault names the file and the line of the
text at fault (tests/bad_content/ holds one failing file per kind of fault). Cues may name a
word class (`<daypart>`): a cue is made for each word of the class.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import product
from typing import Any

from bot.clauses import PAID_BUT, PAID_BUT_OPTION, PAID_BUT_QUESTION
from bot.cues import (
    ANSWER,
    BOUNDS_WITHOUT_NUMBER,
    DOUBT,
    GAP,
    GENERIC,
    IGNORE,
    NUMBER_MARK,
    TRAIT,
    Change,
    ClassCue,
    Cue,
    CueFault,
    Cues,
    Leader,
    NameList,
    Rephrase,
    Together,
    make_cue,
    words_of,
)
from bot.knowledge import Knowledge, Question
from bot.numbers import NumberWords
from bot.yamlfile import ContentError, LineDict, LineList

#: What a "#" is written as while a cue's words are cut, so that it survives as a word.
_PLACEHOLDER = "qqnumberqq"
#: A "*" standing alone in a cue is a gap ("miss * here"): kept, so that a cue that must
#: appear as written still lets words stand there.
_GAP_WRITTEN = re.compile(r"(?<!\S)\*(?!\S)")
_GAP_HOLDER = "qqgapqq"
#: Times a clause may be marked with.
TIMES = ("past", "now", "future")


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


class _Spec:
    """One language's `describe:` mapping, read with errors that name file and line."""

    def __init__(self, spec: LineDict) -> None:
        self.spec = spec

    def where(self, key: str) -> str:
        return self.spec.where(key)

    def phrases(self, key: str, within: LineDict | None = None) -> tuple[tuple[str, ...], ...]:
        node = self.spec if within is None else within
        return tuple(_phrases(node.get(key, LineList()), node.where(key), key))

    def words(self, key: str) -> frozenset[str]:
        return frozenset(w for p in self.phrases(key) for w in p)

    def mapping(self, key: str) -> LineDict:
        return _map(self.spec.get(key, LineDict()), self.spec.where(key), f"'{key}'")

    def questions(self, knowledge: Knowledge, key: str) -> frozenset[str]:
        ids = self.spec.get(key, LineList())
        if not isinstance(ids, list):
            raise ContentError(f"{self.where(key)}: '{key}' must be a list of questions")
        return frozenset(_question(knowledge, str(q), self.where(key)).id for q in ids)


def _tiers(knowledge: Knowledge, spec: _Spec, key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """`causes`, `outranks`: per question, tiers of its options (lists of lists)."""
    table = spec.mapping(key)
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for qid, tiers in table.items():
        question = _question(knowledge, qid, table.where(qid))
        if not isinstance(tiers, list) or not all(isinstance(t, list) for t in tiers):
            raise ContentError(f"{table.where(qid)}: {key} of '{qid}' must be a list of lists")
        for tier in tiers:
            for oid in tier:
                _option(question, str(oid), table.where(qid))
        found[qid] = tuple(tuple(str(o) for o in tier) for tier in tiers)
    return found


def _names(spec: _Spec, classes: dict[str, tuple[str, ...]]) -> dict[str, NameList]:
    """`names`: per sex ("woman", "man"), the classes of first names and titles that say it."""
    table = spec.mapping("names")
    found = {}
    for sex in table:
        if sex not in ("woman", "man"):
            raise ContentError(f"{table.where(sex)}: 'names' are of 'woman' or 'man', not {sex!r}")
        words: set[str] = set()
        for name in spec.phrases(sex, table):
            if " ".join(name) not in classes:
                raise ContentError(f"{table.where(sex)}: 'names.{sex}' lists an unknown class "
                                   f"{' '.join(name)!r}")
            words.update(w for entry in classes[" ".join(name)] for w in entry.split())
        # the same given names stand in every language's file: one string each, once pickled
        found[sex] = NameList(tuple(sorted(sys.intern(w) for w in words)))
    return found


def _leader(spec: _Spec) -> Leader | None:
    """`leader`: the words that tell who leads a business told of in the third person."""
    if "leader" not in spec.spec:
        return None
    node = _Spec(spec.mapping("leader"))
    words = {key: frozenset(_single_words(node, key))
             for key in ("woman", "man", "titles", "links", "years", "addressed",
                         "spouses", "durations")}
    if not words["woman"] or not words["man"]:
        raise ContentError(f"{spec.where('leader')}: 'leader' needs words for 'woman' and 'man'")
    return Leader(roles=node.phrases("roles"), age_opens=node.phrases("age_opens"), **words)


def _answer_pairs(knowledge: Knowledge, spec: _Spec, key: str) -> tuple[Together, ...]:
    """`go_together`, `share_words`: pairs of [question, option, question, option]."""
    where = spec.where(key)
    pairs = spec.spec.get(key, LineList())
    if not isinstance(pairs, list):
        raise ContentError(f"{where}: '{key}' must be a list of pairs")
    result = []
    for index, pair in enumerate(pairs):
        at = pairs.where(index) if isinstance(pairs, LineList) else where  # the pair's line
        if not isinstance(pair, list) or len(pair) != 4:
            raise ContentError(f"{at}: each of '{key}' is [question, option, "
                               "question, option]")
        first, second = (str(pair[0]), str(pair[1])), (str(pair[2]), str(pair[3]))
        if first[0] == second[0]:
            raise ContentError(f"{at}: a '{key}' pair names two questions, "
                               f"not '{first[0]}' twice")
        for qid, oid in (first, second):
            _option(_question(knowledge, qid, at), oid, at)
        result.append((first, second))
    return tuple(result)


def parse_cues(knowledge: Knowledge, lang: str) -> Cues:
    """Read and check one language's `describe:` section; faults name the file and line."""
    raw = knowledge.texts.get(lang, {}).get("describe")
    if raw is None:
        raise ContentError(f"conversations/lang/{lang}.describe.yaml: 'describe' is missing")
    spec = _Spec(_map(raw, f"{lang} texts", "'describe'"))
    _no_repeats(spec.spec)
    negations = spec.words("negations")
    stop_words = spec.words("stop_words") - negations
    classes = _classes(spec)
    result = Cues(
        lang, stop_words, negations, spec.words("breaks"), [], {}, {}, spec.words("people"),
        _grammar(knowledge, lang, spec),
    )
    result.exceptions = spec.words("exceptions")
    result.negations_after = spec.words("negations_after")
    result.restricting = spec.words("restricting")
    result.restriction = spec.words("restriction")
    result.pronouns = spec.words("pronouns")
    result.compared = spec.words("compared")
    result.did = spec.words("did")
    result.weights = _weights(spec)
    result.self_words = spec.words("self")
    result.us_words = spec.words("us")
    result.ours = result.self_words | result.us_words
    result.behalf = spec.phrases("behalf")
    result.behalf_us = frozenset(_single_words(spec, "behalf_us"))
    result.behalf_not = frozenset(_single_words(spec, "behalf_not"))
    result.behalf_rephrase = _rephrase(spec, "behalf_respell")
    result.leader = _leader(spec)
    result.places = tuple(_single_words(spec, "places"))
    result.payables = tuple(_single_words(spec, "payables"))
    result.due = frozenset(_single_words(spec, "due"))
    result.rather = spec.phrases("rather")
    result.main = spec.phrases("main")
    result.feared = spec.phrases("feared")
    result.unsure = spec.phrases("unsure")
    result.undecided = spec.phrases("undecided")
    result.calm_now = spec.phrases("calm_now")
    result.torn = spec.phrases("torn")
    result.given = spec.phrases("given")
    result.left = spec.phrases("left")
    result.had = spec.phrases("had")
    result.per_person = spec.phrases("per_person")
    result.served = spec.phrases("served")
    result.breakdown = spec.words("breakdown")
    result.kept = spec.phrases("kept")
    result.household = spec.phrases("household")
    result.names = _names(spec, classes)
    result.roles = {sex: frozenset(e for e in classes.get(sex, ()) if e.isalpha())
                    for sex in result.names}
    result.introductions = spec.phrases("introductions")
    result.introduced = frozenset(_single_words(spec, "introduced"))
    result.of_age = frozenset(_single_words(spec, "of_age"))
    result.gendered_after = spec.phrases("gendered_after")
    result.woman_endings = tuple(_single_words(spec, "woman_endings"))
    result.man_endings = tuple(_single_words(spec, "man_endings"))
    result.gendered_not = frozenset(_single_words(spec, "gendered_not"))
    marks = spec.mapping("sex_marks")
    for sex in marks:
        if sex not in ("woman", "man"):
            raise ContentError(f"{marks.where(sex)}: 'sex_marks' is of 'woman' and 'man', "
                               f"not {sex!r}")
        for letter in _phrases(marks[sex], marks.where(sex), "sex_marks"):
            result.sex_marks[" ".join(letter)] = sex
    result.nobody = frozenset(_single_words(spec, "nobody"))
    result.nothing_after = spec.phrases("nothing_after")
    result.short_week = spec.phrases("short_week")
    result.went_away = spec.phrases("went_away")
    result.wallet = spec.phrases("wallet")
    result.paid_with = spec.phrases("paid_with")
    result.alternatives = frozenset(_single_words(spec, "alternatives"))
    for key in ("shortened", "titles", "conditions", "theirs", "place_prepositions", "strikes",
                "agents", "crowd", "after_then", "subjects", "members", "going", "addresses",
                "pointing", "partners", "greetings", "tallies", "ordinals"):
        setattr(result, key, frozenset(_single_words(spec, key)))
    result.collectives = tuple(_single_words(spec, "collectives"))
    result.verb_endings = tuple(_single_words(spec, "verb_endings"))
    result.schedule = frozenset(_single_words(spec, "schedule"))
    # A place named before a closure is its subject like any other someone ("l'aéroport est
    # fermé"); after it, what was closed ("ils ont fermé le pont").
    others = _single_words(spec, "others")
    result.others = tuple(others + [p for p in result.places if p not in others])
    result.of_words = spec.words("of")
    result.relatives = spec.words("relatives")
    result.at_place = spec.words("at_place")
    others_before = spec.mapping("others_before")
    for qid in others_before:
        _question(knowledge, qid, others_before.where(qid))
        result.others_before[qid] = spec.phrases(qid, others_before)
    result.subject_breaks = spec.words("subject_breaks")
    result.new_subjects = spec.words("new_subjects")
    result.negation_ends = spec.words("negation_ends")
    result.year_before = spec.words("year_before")
    result.indoor_fire = spec.phrases("indoor_fire")
    result.fire_words = spec.words("fire_words")
    result.indoor_flood = spec.phrases("indoor_flood")
    result.flood_words = spec.words("flood_words")
    result.moved_to = spec.phrases("moved_to")
    result.power_words = spec.words("power_words")
    result.fuel_words = spec.words("fuel_words")
    result.visitors = spec.words("visitors")
    result.held = spec.phrases("held")
    result.costs = spec.phrases("costs")
    result.monthly = spec.phrases("monthly")
    result.run_on = frozenset(_single_words(spec, "run_on"))
    result.run_on_kept = frozenset(_single_words(spec, "run_on_kept"))
    result.possessives = frozenset(_single_words(spec, "possessives"))
    result.one_person = frozenset(_single_words(spec, "one_person"))
    result.per = frozenset(_single_words(spec, "per"))
    result.topic = spec.words("topic")
    result.elsewhere = frozenset(_single_words(spec, "elsewhere"))
    result.household_topic = spec.words("household_topic")
    result.aside = spec.phrases("aside")
    result.riddles = spec.phrases("riddles")
    result.riddle_labels = frozenset(_single_words(spec, "riddle_labels"))
    result.private = spec.phrases("private")
    result.no_business = spec.phrases("no_business")
    result.answered = spec.phrases("answered")
    result.paid_us = spec.phrases("paid_us")
    result.joins = spec.words("joins")
    result.owner = spec.phrases("owner")
    result.owner_included = spec.phrases("owner_included")
    result.people_after = spec.phrases("people_after")
    result.since = spec.phrases("since")
    result.alike = spec.phrases("alike")
    result.already = spec.phrases("already")
    result.rest_open = spec.phrases("rest_open")
    result.corrections = spec.phrases("corrections")
    result.corrections_inside = spec.phrases("corrections_inside")
    result.over = spec.phrases("over")
    result.over_after = spec.words("over_after")
    result.recovered = spec.phrases("recovered")
    result.over_questions = spec.questions(knowledge, "over_questions")
    result.ill = spec.phrases("ill")
    result.dated = spec.phrases("dated")
    result.ago = spec.phrases("ago")
    result.era = spec.phrases("era")
    result.beside = spec.phrases("beside")
    proposed = spec.mapping("proposed")
    for qid in proposed:
        _question(knowledge, qid, proposed.where(qid))
        result.proposed[qid] = spec.phrases(qid, proposed)
    result.own = spec.questions(knowledge, "own")
    result.about_us = spec.questions(knowledge, "about_us") | result.own
    result.current = spec.questions(knowledge, "current")
    result.careful = spec.questions(knowledge, "careful")
    result.not_future = spec.questions(knowledge, "not_future")
    result.go_together = _answer_pairs(knowledge, spec, "go_together")
    shared = _answer_pairs(knowledge, spec, "share_words")
    result.share_words = frozenset(shared) | {(b, a) for a, b in shared}  # either way round
    result.almost = spec.words("almost")
    result.mostly = spec.phrases("mostly")
    result.frequency = spec.words("frequency")
    result.clock = spec.words("clock")
    result.causes = _tiers(knowledge, spec, "causes")
    result.outranks = _tiers(knowledge, spec, "outranks")
    times = spec.mapping("time")
    for name in times:
        if name not in TIMES:
            raise ContentError(f"{times.where(name)}: a time is one of {', '.join(TIMES)}")
        result.times[name] = spec.phrases(name, times)
    # "we expect a third of a normal harvest": an expectation is a time to come, as "will" is
    result.times["future"] = (*result.times.get("future", ()), *spec.phrases("expected"))
    _parse_respell(spec, result)
    context = _Context(result, classes)
    for i, phrase in enumerate(ignored := spec.spec.get("ignore", LineList())):
        at = ignored.where(i) if isinstance(ignored, LineList) else spec.where("ignore")
        result.entries += context.cues("", "", phrase, at, IGNORE)  # takes its words, nothing more
    for section in ("highest", "worst"):
        for qid in spec.questions(knowledge, section):
            ordered = _question(knowledge, qid, spec.where(section))
            getattr(result, section)[qid] = tuple(o.id for o in ordered.options)
    for section, kind in (("questions", ANSWER), ("generic", GENERIC)):
        questions = spec.mapping(section)
        for qid, options in questions.items():
            question = _question(knowledge, qid, questions.where(qid))
            options = _map(options, questions.where(qid), f"cues of '{qid}'")
            for oid, phrases in options.items():
                _option(question, oid, options.where(oid))
                if not isinstance(phrases, LineList):
                    raise ContentError(
                        f"{options.where(oid)}: cues of '{qid}.{oid}' must be a list")
                for i, phrase in enumerate(phrases):
                    result.entries += context.cues(qid, oid, phrase, phrases.where(i), kind)
    doubts = spec.mapping("doubts")
    for qid, phrases in doubts.items():
        _question(knowledge, qid, doubts.where(qid))
        if not isinstance(phrases, LineList):
            raise ContentError(f"{doubts.where(qid)}: doubts of '{qid}' must be a list")
        for i, phrase in enumerate(phrases):  # answers nothing, and leaves a careful one open
            result.entries += context.cues(qid, "", phrase, phrases.where(i), DOUBT)
    # "the loan I pay, but I don't know for how long": debts at risk, read only after a clause
    # that names what the business pays (see bot.judging.still_paid).
    paid_but = spec.spec.get("paid_but", LineList())
    if not isinstance(paid_but, LineList):
        raise ContentError(f"{spec.where('paid_but')}: 'paid_but' must be a list")
    if paid_but:
        _option(_question(knowledge, PAID_BUT_QUESTION, spec.where("paid_but")),
                PAID_BUT_OPTION, spec.where("paid_but"))
    for i, phrase in enumerate(paid_but):
        result.entries += context.cues(PAID_BUT_QUESTION, PAID_BUT_OPTION, phrase,
                                    paid_but.where(i), PAID_BUT)
    _traits(knowledge, spec, result, context)
    for section in ("negated", "excepted", "almost_means"):
        table = spec.mapping(section)
        for qid, pairs in table.items():
            question = _question(knowledge, qid, table.where(qid))
            pairs = _map(pairs, table.where(qid), f"'{section}.{qid}'")
            for key, value in pairs.items():
                _option(question, key, pairs.where(key))
                _option(question, str(value), pairs.where(key))
            getattr(result, section)[qid] = {str(k): str(v) for k, v in pairs.items()}
    amounts = spec.mapping("amounts")
    for qid, phrases in amounts.items():
        question = _question(knowledge, qid, amounts.where(qid))
        if question.unit is None:
            raise ContentError(f"{amounts.where(qid)}: '{qid}' has no unit to read amounts in")
        if isinstance(phrases, LineDict):  # {context: [...], not: [...]}
            result.amounts_not[qid] = spec.phrases("not", phrases)
            phrases = phrases.get("context", LineList())
        result.amounts[qid] = tuple(_phrases(phrases, amounts.where(qid), f"amounts.{qid}"))
    inside = spec.mapping("not_inside")
    for key in inside:  # a question, or one option of it ("trading_status.normal")
        qid, _, oid = str(key).partition(".")
        question = _question(knowledge, qid, inside.where(key))
        if oid:
            _option(question, oid, inside.where(key))
        result.not_inside[str(key)] = spec.phrases(key, inside)
    changes = spec.mapping("change")
    for qid, raw_change in changes.items():
        result.changes.append(_change(knowledge, spec, qid, raw_change, changes.where(qid)))
    result.small_words = frozenset(result.grammar.values) | stop_words | negations
    result.units = {w: str(unit) for unit, names in knowledge.text(lang, "units").items()
                    for name in names for w in words_of(str(name))}
    return result


def _no_repeats(node: Any) -> None:
    """No list repeats an item word for word.

    A cue added again to a list that held it is a slip that reads nothing new (rounds kept
    adding them), and each costs start-up time. Lists inside a list (the pairs of
    `share_words`) are items, not lists of cues.
    """
    if isinstance(node, LineDict):
        for value in node.values():
            _no_repeats(value)
    elif isinstance(node, LineList):
        seen: dict[str, int] = {}
        for i, item in enumerate(node):
            if isinstance(item, LineDict):
                _no_repeats(item)
            key = repr(sorted(item.items())) if isinstance(item, dict) else repr(item)
            if key in seen:
                first = node.where(seen[key]).rpartition(":")[2]
                raise ContentError(f"{node.where(i)}: {item!r} repeats the item of line "
                                   f"{first} in the same list")
            seen[key] = i


def _weights(spec: _Spec) -> dict[str, float]:
    """`weights`: words for a weight by how many kilos it holds ({1000: [tonnes, tons]})."""
    found: dict[str, float] = {}
    raw = spec.mapping("weights")
    for kilos, names in raw.items():
        try:
            value = float(kilos)
        except ValueError:
            raise ContentError(f"{raw.where(kilos)}: a weight must be a number of kilos, "
                               f"got {kilos!r}") from None
        found.update({w: value for p in _phrases(names, raw.where(kilos), "weights") for w in p})
    return found


def _single_words(spec: _Spec, key: str) -> list[str]:
    """A list of single words (a word may end in "*")."""
    found = []
    for phrase in spec.phrases(key):
        if len(phrase) != 1:
            raise ContentError(f"{spec.where(key)}: '{key}' lists single words, not {phrase!r}")
        found.append(phrase[0])
    return found


def _classes(spec: _Spec) -> dict[str, tuple[str, ...]]:
    """Named word lists a cue may use as `<name>`.

    A class may also be one text of single words (`fgiven: >- aada aadhya ...`): thousands of
    first names then parse, and stay in the loaded content, as one string, not a list of
    thousands each with its line.
    """
    table = spec.mapping("classes")
    found = {}
    for name in table:
        value = table[name]
        if isinstance(value, str):
            words = words_of(value)
            if not words:
                raise ContentError(f"{table.where(name)}: class '{name}' holds no words")
            found[name] = tuple(words)
        else:
            found[name] = tuple(" ".join(p) for p in spec.phrases(name, table))
    return found


def _grammar(knowledge: Knowledge, lang: str, spec: _Spec) -> NumberWords:
    """The number words: the language's `numbers:` and `describe.number_words`."""
    raw = spec.mapping("number_words")
    values = {w: float(v) for k, v in knowledge.text(lang, "numbers").items()
              for w in words_of(str(k)) if isinstance(v, (int, float))}
    fractions = {tuple(k.split()): v for k, v in _numbers(raw, "fractions", phrase=True).items()}

    def words(key: str) -> frozenset[str]:
        return frozenset(w for p in spec.phrases(key, raw) for w in p)

    return NumberWords(
        values={**values, **_numbers(raw, "values")}, scales=_numbers(raw, "scales"),
        fractions=fractions, joins=words("joins"), ranges=words("ranges"),
        articles=words("articles"), percent=spec.phrases("percent", raw),
        halves=spec.phrases("halves", raw),
    )


def _numbers(raw: LineDict, key: str, phrase: bool = False) -> dict[str, float]:
    table = _map(raw.get(key, LineDict()), raw.where(key), f"'number_words.{key}'")
    found = {}
    for word, value in table.items():
        if not isinstance(value, (int, float)) or not words_of(word) or (
                len(words_of(word)) > 1 and not phrase):
            raise ContentError(f"{table.where(word)}: '{word}' must be a word and a number")
        found[" ".join(words_of(word))] = float(value)
    return found


def _rephrase(spec: _Spec, key: str) -> Rephrase:
    """`key`: "phrase = words" items, longest phrase first, then in the file's order."""
    items = spec.spec.get(key, LineList())
    if not isinstance(items, list):
        raise ContentError(f"{spec.where(key)}: '{key}' must be a list")
    found = []
    for index, item in enumerate(items):
        typed, _, spelled = str(item).partition("=")
        if not words_of(typed) or not words_of(spelled):
            at = items.where(index) if isinstance(items, LineList) else spec.where(key)
            raise ContentError(f"{at}: {key} {item!r} is not 'words = words'")
        found.append((tuple(words_of(typed)), tuple(words_of(spelled))))
    return tuple(sorted(found, key=lambda pair: -len(pair[0])))


def _parse_respell(spec: _Spec, result: Cues) -> None:
    respell = spec.spec.get("respell", LineList())
    if not isinstance(respell, list):
        raise ContentError(f"{spec.where('respell')}: 'respell' must be a list")
    for item in respell:  # "cant = can't": the word as typed, then as the cues spell it
        typed, _, spelled = str(item).partition("=")
        if len(words_of(typed)) != 1 or not words_of(spelled):
            raise ContentError(f"{spec.where('respell')}: respell {item!r} is not 'word = words'")
        result.respell[words_of(typed)[0]] = tuple(words_of(spelled))


def _traits(knowledge: Knowledge, spec: _Spec, result: Cues, context: _Context) -> None:
    """Traits (their cues), what a negated one means, and the answers they make."""
    traits = spec.mapping("traits")
    for name, phrases in traits.items():
        if not isinstance(phrases, LineList):
            raise ContentError(f"{traits.where(name)}: cues of trait '{name}' must be a list")
        for i, phrase in enumerate(phrases):
            result.entries += context.cues(name, name, phrase, phrases.where(i), TRAIT)
    negated = spec.mapping("trait_negated")
    for name, opposite in negated.items():
        result.trait_negated[name] = str(opposite)
    known = set(traits) | set(result.trait_negated.values())
    for name in negated:
        if name not in known:
            raise ContentError(f"{negated.where(name)}: unknown trait '{name}'")
    derive = spec.mapping("derive")
    for qid, rules in derive.items():
        question = _question(knowledge, qid, derive.where(qid))
        rules = _map(rules, derive.where(qid), f"'derive.{qid}'")
        result.derive[qid] = []
        for oid, needs in rules.items():
            _option(question, oid, rules.where(oid))
            if not isinstance(needs, list) or not needs:
                raise ContentError(f"{rules.where(oid)}: 'derive.{qid}.{oid}' lists traits")
            for need in needs:
                if str(need) not in known:
                    raise ContentError(f"{rules.where(oid)}: unknown trait '{need}'")
            result.derive[qid].append((oid, tuple(str(n) for n in needs)))


def _change(knowledge: Knowledge, spec: _Spec, qid: str, raw: Any, where: str) -> Change:
    question = _question(knowledge, qid, where)
    raw = _map(raw, where, f"'change.{qid}'")
    _option(question, str(raw.get("up_option")), raw.where("up_option"))
    bands = _map(raw.get("bands"), raw.where("bands"), "'bands'")
    for oid in bands:
        _option(question, oid, bands.where(oid))
        if not isinstance(bands[oid], (int, float)):
            raise ContentError(f"{bands.where(oid)}: a band needs its highest percentage")
    for key in ("context", "down", "up"):
        if key not in raw:
            raise ContentError(f"{raw.where()}: 'change.{qid}' needs '{key}'")
    lists = {key: spec.phrases(key, raw) for key in
             ("context", "down", "up", "share", "to", "before", "after", "instead", "rate",
              "price", "more", "less", "usual", "compared", "recent", "periods")}
    lists["from_"] = spec.phrases("from", raw)  # "from 600 to 250" ("from" is a keyword)
    if qid == "revenue_change":
        # "el exportador nos paga un 20% menos": what we are paid is our takings, a price
        # that falls for us as a seller, not one we pay; what we are charged is a price
        lists["context"] = (*lists["context"], *spec.phrases("paid_us"))
        # "la mara me cobra 1500 y ahora 2500": what someone charges us is a price we pay
        lists["price"] = (*lists["price"], *spec.phrases("charged_us"))
    unsure = raw.get("unsure_at", [])
    if not isinstance(unsure, list) or not all(isinstance(v, (int, float)) for v in unsure):
        raise ContentError(f"{raw.where('unsure_at')}: 'unsure_at' is a list of percentages")
    return Change(qid, up_option=str(raw.get("up_option")),
                  unsure_at=tuple(float(v) for v in unsure),
                  bands=tuple(sorted((float(v), k) for k, v in bands.items())), **lists)


def _question(knowledge: Knowledge, qid: str, where: str) -> Question:
    question = knowledge.question(qid)
    if question is None:
        raise ContentError(f"{where}: unknown question '{qid}'")
    return question


def _option(question: Question, oid: str, where: str) -> None:
    if question.option(oid) is None:
        raise ContentError(f"{where}: question '{question.id}' has no option '{oid}'")


class _Context:
    """Builds cues: stop words dropped, bounds checked, word classes checked (filled later)."""

    def __init__(self, cues: Cues, classes: Mapping[str, tuple[str, ...]]) -> None:
        self.stop_words = cues.stop_words
        self.classes = classes
        self._cuts: dict[str, tuple[str, ...]] = {}
        self._ways: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], ...], _Kinds]] = {}

    def cues(self, qid: str, oid: str, raw: Any, where: str,
             kind: str) -> list[Cue | ClassCue]:
        """The cue as written; one with `<class>` words as a ClassCue, filled in for each text.

        If some filling could be faulty, it is filled in at once, each filling checked.
        """
        low = high = None
        self_only = alone = False
        if isinstance(raw, LineDict):  # {cue: "# years old", max: 34, self: true}
            low, high, self_only = raw.get("min"), raw.get("max"), bool(raw.get("self"))
            alone = bool(raw.get("alone"))  # {cue: "seule", alone: true}: a clause of its own
            if any(v is not None and not isinstance(v, (int, float)) for v in (low, high)):
                raise ContentError(f"{where}: 'min' and 'max' of a cue must be numbers")
            unknown = set(raw) - {"cue", "min", "max", "self", "alone"}
            if unknown:
                raise ContentError(f"{where}: a cue has no '{sorted(unknown)[0]}'")
            raw = raw.get("cue")
        if not isinstance(raw, str):
            raise ContentError(f"{where}: a cue of '{qid}.{oid}' must be a text")
        if alone and "<" in raw:
            raise ContentError(f"{where}: an 'alone' cue may not use a <class>")
        if "<" not in raw:  # most cues: one way to write them, nothing to fill in
            return [self._cue(qid, oid, (raw,), list(self._cut(raw)), raw, where, kind, low,
                              high, self_only, alone)]
        parts = re.split(r"(<\w+>)", raw)
        choices: list[tuple[str, ...]] = []
        for part in parts:
            if part.startswith("<") and part.endswith(">"):
                if part[1:-1] not in self.classes:
                    raise ContentError(f"{where}: cue {raw!r} uses unknown class {part}")
                choices.append(self.classes[part[1:-1]])
            else:
                choices.append((part,))
        # Each part is cut once, not once per filling: a class of 60 words makes 60 cues
        # of the same other parts, and cutting is most of what a start spends on cues.
        cut_ways = [self._cut_ways(choice) for choice in choices]
        cut_choices = tuple(ways for ways, _ in cut_ways)
        if len(parts) > 1 and not _faulty([k for _, k in cut_ways], low, high):
            # Checked without being filled in: bot.cues.ClassCue fills in what a text holds.
            return [ClassCue(qid, oid, cut_choices, kind, low, high, self_only)]
        return [self._cue(qid, oid, filled, [w for part in cut for w in part], raw,
                          where, kind, low, high, self_only)
                for filled, cut in zip(product(*choices), product(*cut_choices), strict=True)]

    def _cut_ways(self, choice: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], _Kinds]:
        """Each way to write a part, cut, and what kinds of words they hold: once per class."""
        found = self._ways.get(choice)
        if found is None:
            ways = tuple(self._cut(way) for way in choice)
            stop = self.stop_words
            kinds = []
            for way in ways:
                said = [w for w in way if w != GAP]
                kinds.append((any(w in stop for w in said), NUMBER_MARK in said,
                              any(w not in stop and w != NUMBER_MARK for w in said)))
            found = ways, _Kinds(
                only_stop=any(not num and not other for _, num, other in kinds),
                clean=any(not st and not other for st, _, other in kinds),
                clean_number=any(not st and not other and num for st, num, other in kinds),
                no_number=any(not num for _, num, _ in kinds))
            self._ways[choice] = found
        return found

    def _cut(self, text: str) -> tuple[str, ...]:
        """A cue's words, "#" and "*" gaps marked; the same text is cut only once."""
        cut = self._cuts.get(text)
        if cut is None:
            marked = _GAP_WRITTEN.sub(f" {_GAP_HOLDER} ", text.replace(NUMBER_MARK,
                                                                       f" {_PLACEHOLDER} "))
            # Interned: some 40,000 cues share a few thousand words, one string each.
            cut = tuple({_PLACEHOLDER: NUMBER_MARK, _GAP_HOLDER: GAP}.get(w, sys.intern(w))
                        for w in words_of(marked, star=True))
            self._cuts[text] = cut
        return cut

    def _cue(self, qid: str, oid: str, filled: tuple[str, ...], cut: list[str], raw: str,
             where: str, kind: str, low: float | None, high: float | None,
             self_only: bool, alone: bool = False) -> Cue:
        try:
            return make_cue(qid, oid, cut, kind, low, high, self_only, self.stop_words, alone)
        except CueFault as fault:
            if str(fault) == BOUNDS_WITHOUT_NUMBER:
                raise ContentError(f"{where}: cue {raw!r} has 'min'/'max' but no '#'") from None
            text = " ".join(" ".join(filled).split())
            of = f" of '{qid}.{oid}'" if qid else ""  # an ignore cue answers nothing
            raise ContentError(f"{where}: cue {text!r}{of} has only stop words") from None


@dataclass(frozen=True)
class _Kinds:
    """What the ways to write one part of a cue hold: whether some way holds..."""

    only_stop: bool  # only stop words (or nothing)
    clean: bool  # no stop word, nothing but numbers (or nothing)
    clean_number: bool  # that, and a number
    no_number: bool  # no number


def _faulty(parts: list[_Kinds], low: float | None, high: float | None) -> bool:
    """Whether some filling of a cue's classes breaks a rule of `make_cue`.

    Each rule holds of a filling when each part's words have some property, so it is broken
    by some filling when each part has a way that has it (and, for a number alone, one part
    has a way with a number).
    """
    only_stop = all(part.only_stop for part in parts)
    numbers_only = all(part.clean for part in parts) and any(p.clean_number for p in parts)
    unbounded = (low is not None or high is not None) and all(p.no_number for p in parts)
    return only_stop or numbers_only or unbounded


def described_languages(knowledge: Knowledge) -> list[str]:
    """Languages with cues to read descriptions in."""
    return [lang for lang in knowledge.languages if "describe" in knowledge.texts[lang]]
