"""The writer's age and who leads the business, read from ages, decades and traits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.clauses import (
    Clause,
    Hit,
    number_word,
)
from bot.cues import (
    NUMBER_MARK,
    TRAIT,
    Cues,
)
from bot.judging import kept_positions

#: The traits an age alone says.
AGE_TRAITS = frozenset({"young", "older"})

#: The longest word between a word for the writer and a bare age ("j'ai 26", "I'm 26").
BARE_AGE_VERB = 2

#: How many words before a word for people its number may stand ("10 profes").
COUNT_REACH = 2

#: The years a decade said as an age spans ("la vingtaine": 20 to 29).
DECADE = 10

#: The traits of who the writer is, a woman or a man ("young guy", "jeune femme").
GENDER_TRAITS = frozenset({"woman", "man"})

#: How many more words make a cue of the writer's sex clearly beat the other one.
CLEARLY_LONGER = 2

#: How many words a name or a role at the start of a text may have ("boda rider, 23").
HEAD_WORDS = 3


def age_at_start(clauses: Sequence[Clause], cues: Cues) -> str | None:
    """The trait of an age said right after the writer's name or role at the start.

    "Rashida, 41, small garment unit", "boda rider, 23 yrs", "Rosa, 25, tengo una tienda":
    a first clause of a few words without a number, then one that is only a number (and a
    word for years); its trait is the `#` age trait (young, older) whose bounds hold it.
    """
    if len(clauses) >= 2 and clauses[0].sentence == clauses[1].sentence:
        head = clauses[0].words
        if 1 <= len(head) <= HEAD_WORDS and not clauses[0].quantities \
                and (value := _only_age(clauses[1], cues)) is not None:
            return age_trait(value, cues)
    # "I'm a pharmacist, woman, 31", "coiffeuse, femme, 28 ans": anywhere, an age said alone
    # right after a clause that is only a word for the writer's sex is the writer's.
    for before, clause in pairwise(clauses):
        # The age alone first: the person words are gathered from the cues only then.
        if before.sentence == clause.sentence and before.words \
                and (value := _only_age(clause, cues)) is not None \
                and all(w in _person_words(cues) or w in cues.stop_words for w in before.words):
            return age_trait(value, cues)
    return None


def _only_age(clause: Clause, cues: Cues) -> float | None:
    """The number of a clause that is only a number and perhaps a word for years ("31 ans")."""
    age = clause.words
    if not 1 <= len(age) <= 2:
        return None
    value = number_word(age[0], cues.grammar.values)
    if value is None or (len(age) == 2 and cues.units.get(age[1]) != "years"):
        return None
    return value


def _person_words(cues: Cues) -> frozenset[str]:
    """The words of the traits of who the writer is, a woman or a man ("woman", "femme")."""
    return frozenset(w for c in cues.of_kind.get(TRAIT, ()) if c.option in GENDER_TRAITS
                     and len(c.words) == 1 for w in c.words
                     if w not in cues.stop_words and w not in cues.self_words)


def age_trait(value: float, cues: Cues) -> str | None:
    """The `#` age trait (young, older) whose bounds hold an age."""
    for cue in cues.of_kind.get(TRAIT, ()):
        if (NUMBER_MARK in cue.words and cue.low is not None
                and cue.high is not None and cue.low <= value <= cue.high
                and cue.option in AGE_TRAITS):
            return cue.option
    return None


def bare_age(clauses: Sequence[Clause], cues: Cues) -> str | None:
    """The trait of an age said bare after a word for the writer, ending its clause.

    "tengo 26", "j'ai 26.", "soy hombre y tengo 50": no noun follows the number, so it counts
    no one ("tengo 3 empleados" does); a sentence with a word for people is about a team.
    """
    for clause in clauses:
        words = clause.words
        if not clause.quantities or clause.asked or clause.answer or clause.time == "past":
            continue
        last = clause.quantities[-1]
        if last.end != len(words) or last.share or last.percent or last.article \
                or last.first != last.second or last.first != int(last.first):
            continue
        start = last.start
        # "j'ai la vingtaine", "j'ai la quarantaine": a decade, an article before its word
        decade = (last.word and start > 0 and words[start - 1] in cues.stop_words
                  and words[start - 1] not in cues.self_words)
        before = words[max(0, start - 2 - decade) : start - decade]
        if not before or not (before[-1] in cues.self_words or (
                len(before) == 2 and before[0] in cues.self_words
                and len(before[1]) <= BARE_AGE_VERB)):
            continue  # "tengo 26", "j ai 26", "i m 26"; not "we are 26"
        sentence = [w for c in clauses if c.sentence == clause.sentence for w in c.words]
        if any((w in cues.people or cues.units.get(w) == "people")
               and not _counted(sentence, k, cues) for k, w in enumerate(sentence)):
            continue  # "empleados, tengo 20": a team; not "7 personas, yo tengo 29"
        trait = age_trait(last.first, cues)
        if decade and age_trait(last.first + DECADE - 1, cues) != trait:
            continue  # "j'ai la trentaine": 30 to 39, young or not
        return trait
    return None


def _counted(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether the word for people at `at` has its number right before it ("10 profes")."""
    return any(number_word(w, cues.grammar.values) is not None
               for w in words[max(0, at - COUNT_REACH) : at])


def age_of_writer(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether an age word without a number ("young", "jeune", "joven") is the writer's.

    It is beside a word for a woman or a man ("young guy", "jeune femme"), or in a clause
    where the writer speaks of themself ("I am young", "soy joven") or the one that opens the
    text ("Young entrepreneur, ...", "we are a youth group"), unless it qualifies a word for
    other people ("young workers", "los clientes jóvenes") or what is ours ("nos jeunes
    clients"); elsewhere it is said of something else ("the drought killed many young
    plants").
    """
    if NUMBER_MARK in hit.cue.words or len(hit.cue.words) > 1:
        return True
    clause = clauses[hit.clause].words
    origin = kept_positions(clause, cues)
    words = [clause[i] for i in origin]
    at = hit.positions[0]
    near = [w for w in words[max(0, at - 1) : at + 2] if w != words[at]]
    persons = {w for c in cues.of_kind.get(TRAIT, ()) if c.option in GENDER_TRAITS
               for w in c.words if w not in cues.stop_words and w not in cues.self_words}
    if any(w in persons for w in near):
        return True
    if any(w in cues.people or cues.units.get(w) == "people" or w in cues.members
           for w in near):
        return False
    if origin[at] and clause[origin[at] - 1] in cues.ours:
        return False  # "our young customers", "nos jeunes clients": ours, not us
    return hit.clause == 0 or any(w in cues.self_words for w in clause)


def derived_answers(traits: set[str], cues: Cues) -> dict[str, str]:
    """The answers traits make (`derive`, first match first); opposite traits cancel out."""
    opposite = {**cues.trait_negated, **{v: k for k, v in cues.trait_negated.items()}}
    kept = {t for t in traits if opposite.get(t) not in traits}
    found = {}
    for qid, rules in cues.derive.items():
        option = next((oid for oid, needs in rules if all(n in kept for n in needs)), None)
        if option is not None:
            found[qid] = option
    return found


def without_ages(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> list[Clause]:
    """The clauses without the numbers an age cue read ("a woman of 33", "I'm 29").

    Such a number is someone's age, never a head-count: "I'm a woman of 33 and I own a small
    shop, I have two attendants" is three people, not 33.
    """
    aged: dict[int, set[int]] = {}
    for hit in hits:
        if hit.cue.kind != TRAIT or hit.cue.option not in AGE_TRAITS \
                or NUMBER_MARK not in hit.cue.words:
            continue
        origin = kept_positions(clauses[hit.clause].words, cues)
        aged.setdefault(hit.clause, set()).add(origin[hit.positions[hit.cue.words.index(
            NUMBER_MARK)]])
    return [replace(clause, quantities=[q for q in clause.quantities
                                        if not any(q.start <= at < q.end
                                                   for at in aged.get(n, ()))])
            if n in aged else clause for n, clause in enumerate(clauses)]


def writer_not(said_of_self: dict[str, int]) -> str | None:
    """Of a woman and a man both said of the writer, the one said in far fewer words.

    "My wife and I do everything plus one lady for cleaning": "my wife and I" names the
    writer a man, and the lady is someone else. Cues close in length leave both ("soy
    señora ... yo solo sé usar WhatsApp": "solo" is "only" there, not a man alone).
    """
    woman, man = said_of_self.get("woman", 0), said_of_self.get("man", 0)
    if not (woman and man) or abs(woman - man) < CLEARLY_LONGER:
        return None
    return "woman" if woman < man else "man"
