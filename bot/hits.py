"""Which cues a clause holds: each cue's words found in it, negated, hedged or someone else's.

The reader (bot/describe.py) asks this of every clause. A cue's words must all appear, in
order, a little apart at most, spelled so, by their stem or as a typo (never a trait from a
typo); a negation before a cue, or one after it ("la carte marche plus"), denies it; longer
cues win the words they share with shorter ones, ignore phrases win first; a cue of an `own`
question about someone else ("our supplier shut down") is dropped, and an age after a word
for other people ("two boys 24") is theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process

from bot.ages import BARE_AGE_VERB, opposite_traits
from bot.clauses import (
    AGREEMENT,
    GAP,
    TYPO_MIN_LENGTH,
    TYPO_SCORE,
    Clause,
    Hit,
    exactly,
    find_phrase,
    has_phrase,
    number_word,
    owned,
    same_word,
)
from bot.cues import DOUBT, IGNORE, NUMBER_MARK, TRAIT, Cue, Cues
from bot.judging import NEGATION_REACH
from bot.lexicon import is_real_word
from bot.numbers import phrase_at
from bot.sales import SYMBOLS
from bot.whose import someone_elses, we_are, whole_kind

#: How far after a cue a trailing negation applies ("la carte marche plus").
NEGATION_AFTER_REACH = 2
#: The question whose cue reads what the business is ("ma ferme": a farm).
SECTOR = "sector"
#: How many words (stop words left out) before an age a word for people makes it theirs.
AGE_REACH = 3


def present_words(cues: Cues, words: set[str]) -> set[str]:
    """The cue words that match a word of the text (spelled so, by their stem, or a typo)."""
    found = {NUMBER_MARK}
    long = [w for w in words if len(w) >= TYPO_MIN_LENGTH and not is_real_word(w)]
    # A plural or feminine of a one-word cue ("storms", "tormentas") is the word, as `same_word`
    # reads it, though a real word is never taken for a typo; in a longer cue the word is
    # held by grammar ("licencié personne" is nobody, "2 personnes" are two people).
    agreed = {w[: -len(end)] for w in words for end in AGREEMENT
              if w.endswith(end) and len(w) - len(end) >= TYPO_MIN_LENGTH}
    agreed &= cues.single_words
    for cue_word in cues.vocabulary:
        if cue_word in words or cue_word in agreed:
            found.add(cue_word)
        elif cue_word.endswith("*"):
            if any(same_word(cue_word, w) for w in words):
                found.add(cue_word)
        elif len(cue_word) >= TYPO_MIN_LENGTH and process.extractOne(
                cue_word, long, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE):
            found.add(cue_word)
    return found


def clause_hits(clause: Clause, number: int, cues: Cues,
          candidates: Iterable[Cue], previous: Sequence[str] = (),
          named: frozenset[str] = frozenset()) -> list[Hit]:
    """Every cue found in one clause; longer cues win the words they share with shorter.

    Ignore phrases win first; a `self` cue needs a word for the writer in the clause, an
    `alone` one a clause of nothing else; a cue of an `own` question about someone else ("our
    supplier shut down") is dropped.
    """
    words = clause.words
    kept = [(i, w) for i, w in enumerate(words) if w not in cues.stop_words and w not in SYMBOLS]
    plain = [w for _, w in kept]
    origin = [i for i, _ in kept]
    index = {i: k for k, (i, _) in enumerate(kept)}
    speaks_of_self = clause.self_said
    numbers = cues.grammar.values
    # Words that end a negation's reach ("tourists nuh come *since* the hurricane"); an "and"
    # goes on with it ("no website and facebook").
    breaks = [k for k, w in enumerate(words)
              if (w in cues.subject_breaks and w not in cues.joins) or w in cues.negation_ends]
    found: list[Hit] = []
    for cue in candidates:
        if (cue.self_only and not speaks_of_self) or (cue.alone and len(plain) != len(cue.words)):
            continue
        start = 0
        while (match := _match(cue, words, plain, index, numbers, start, origin)) is not None:
            positions, value, start = match
            if value is not None and not (
                    (cue.low is None or value >= cue.low)
                    and (cue.high is None or value <= cue.high)):
                continue
            between = words[origin[positions[0]] + 1 : origin[positions[-1]]]  # a gap's words
            if _since_inside(cue, between, cues):
                continue  # "fermé depuis lundi": since a day, not closed on that day
            if _split_by(cue, between, cues):
                continue  # "baissé les salaires de moitié": pay, not sales
            own_negation = any(w in cues.negations for w in cue.words)
            inside = plain[positions[0] : positions[-1] + 1]
            broken = max((k for k in breaks if k < origin[positions[0]]), default=-1)
            reach = [k for k in origin[max(0, positions[0] - NEGATION_REACH) : positions[0]]
                     if k > broken]
            before = [words[k] for k in reach]
            negated = not own_negation and (
                (any(w in cues.negations for w in before)
                 and not _restricted(words, reach, origin[positions[0]], cues))
                or any(w in cues.negations for w in inside)
                or _denied_after(words, origin, plain, positions[-1], cues)
                # "plus de cartes": a clause that opens with it is without them
                or (positions[0] == 1 and plain[0] in cues.negations_after))
            exact = sum(exactly(w, plain[p]) for p, w in zip(positions, cue.words, strict=True))
            nxt = plain[positions[-1] + 1] if positions[-1] + 1 < len(plain) else clause.after
            hedged = (not any(w in cues.almost for w in cue.words)  # "casi nada" is a cue
                      and any(w in cues.almost for w in before[-1:] + inside))
            found.append(Hit(cue, positions, negated, exact, nxt in cues.exceptions, number,
                              hedged))
            if cue.question not in cues.own:
                break
            # "the border closed so our shop is closed too": an own question's cue may find
            # its words taken by another question's cue; a later match of it still speaks.
    # Ignore phrases first, then cues with more words, a plain reading before a negated one
    # ("plus aucun client": "aucun client" rather than "plus de clients" negated), then
    # counting stop words, exact before typos, then reading order.
    found.sort(key=lambda h: (h.cue.kind != IGNORE, -len(h.cue.words), h.negated,
                              -h.cue.strength, -h.exact, h.positions[0]))
    taken: dict[str, set[int]] = {}
    answered: dict[tuple[str, str], set[int]] = {}  # the words each answer's cues took
    ignored: set[int] = set()
    kept_hits = []
    spoken: set[int] = set()  # own cues already kept: one reading each per clause
    theirs: set[int] = set()  # words of cues dropped as someone else's
    for hit in found:
        if id(hit.cue) in spoken:
            continue
        if hit.cue.kind == TRAIT:  # a trait takes no words: "young women" is two traits
            if NUMBER_MARK in hit.cue.words and _age_of_others(hit, plain, cues):
                continue  # "mes deux fils de 19 et 22 ans": their ages, not the writer's
            if NUMBER_MARK in hit.cue.words and _a_time(hit, words, kept, cues):
                continue  # "just me at my stall 19 years now": how long, not an age
            if ignored.isdisjoint(hit.positions):
                kept_hits.append(hit)
            continue
        # Cues of different questions may share words ("web dev": a sector and a skill), but
        # an `own` question's cue gives way to any other ("border closed", "ferme de").
        if hit.cue.kind == IGNORE and (owned(words, kept[hit.positions[0]][0], cues)
                                       or words[kept[hit.positions[0]][0]] in named):
            continue  # "school* closed" is ignored of others' schools, not of "my school"
        rivals = taken.get(hit.cue.question, set()) | ignored
        if hit.cue.question in cues.own and hit.cue.kind != DOUBT and not we_are(
                words, kept[hit.positions[0]][0], cues):
            answer = (hit.cue.question, hit.cue.option)
            rivals = rivals.union(*(at for other, at in answered.items()  # a doubt still
                                    if (answer, other) not in cues.share_words))  # casts its
        elif hit.cue.question in cues.own:
            # "ma ferme de manioc": the word a sector cue read as what we do ("ferme", a
            # farm) is no closure, even said of ours
            rivals = rivals | taken.get(SECTOR, set())
        if _names_us(hit, plain, cues):
            # "ya está abierta y trabajamos normal": "abierta normal" was the road's; the
            # words it took still speak of us in a cue that says "we"
            rivals = rivals - theirs
        if rivals.isdisjoint(hit.positions):
            taken.setdefault(hit.cue.question, set()).update(hit.positions)
            answered.setdefault((hit.cue.question, hit.cue.option), set()).update(hit.positions)
            if hit.cue.kind == IGNORE:
                ignored.update(hit.positions)
            first, last = kept[hit.positions[0]][0], kept[hit.positions[-1]][0]
            if someone_elses(hit, words, first, last, cues, previous, named):
                if hit.cue.question in cues.own and (
                        kind := whole_kind(words, first, last, cues)):
                    # "the county closed all schools and tuition centres": whoever ordered
                    # it, a closure of every business of our kind is ours (see `our_kind`).
                    kept_hits.append(replace(hit, whole_kind=kind))
                    spoken.add(id(hit.cue))
                else:
                    theirs.update(hit.positions)
                continue
            if hit.cue.question in cues.own and _counted_thing(hit, words, kept, cues):
                continue  # "solo 90 almuerzos": how many lunches, not open for lunch only
            if hit.cue.question in cues.own:
                spoken.add(id(hit.cue))
            kept_hits.append(hit)
    return _without_skipped_over(kept_hits, plain, cues)


#: Two questions read from one channel's words: neither's cue is a piece of the other's.
ONE_CHANNEL = {"online_presence", "payments"}


def _without_skipped_over(hits: list[Hit], plain: Sequence[str], cues: Cues) -> list[Hit]:
    """Drop a cue that read across a word another question's longer cue holds between.

    "nobody's lost their job": "nobody ... job" (no work in town) skips "lost", which
    "nobody lost their job" (no one laid off) reads with it; the shorter reading is a piece
    of the longer one's, not a fact of its own. Where customers are seen and how they pay
    (`ONE_CHANNEL`) are read from the same words ("reservan y pagan en nuestra web"). A
    negation skipped changes nothing ("salaires ... pas payés" in "ne sont pas payés").
    """
    spans = [(set(h.positions), h.cue.question) for h in hits if h.cue.kind != TRAIT]
    return [h for h in hits if h.cue.kind == TRAIT or not any(
        question != h.cue.question and {question, h.cue.question} != ONE_CHANNEL
        and set(h.positions) < held
        and any(h.positions[0] < p < h.positions[-1] and plain[p] not in cues.negations
                for p in held - set(h.positions))
        for held, question in spans)]


def _names_us(hit: Hit, plain: Sequence[str], cues: Cues) -> bool:
    """Whether a cue's own words say "we" or "I" ("trabajamos normal", "we are open")."""
    return any(plain[p] in cues.ours for p in hit.positions)


def _split_by(cue: Cue, between: Sequence[str], cues: Cues) -> bool:
    """Whether a word its question may not hold (`not_inside`) stands between a cue's words."""
    barred = (cues.not_inside.get(f"{cue.question}.{cue.option}")
              or cues.not_inside.get(cue.question))
    return barred is not None and has_phrase(barred, between)


def _since_inside(cue: Cue, between: Sequence[str], cues: Cues) -> bool:
    """Whether a word of `since` splits a cue: what follows it is when something began.

    "closed since Monday", "fermé depuis lundi", "cerrada desde el lunes" are closed, not
    "closed on Mondays"; a cue that holds the word itself ("closed since"), or as written
    ("on travaille quand il y a le courant": "il y a" is "there is"), keeps it.
    """
    return has_phrase(cues.since, between) and not has_phrase(cues.since,
                                                             cue.phrase or cue.words)


def _restricted(words: Sequence[str], reach: Sequence[int], start: int, cues: Cues) -> bool:
    """Whether the negations before a cue only restrict it ("ne ... que": only).

    "je ne vends que le soir", "on ne fait plus que 2 départs" deny nothing: every
    negation in reach restricts with a word after it (`restricting`: "ne"), and such a word
    (`restriction`: "que") stands between the last one and the cue.
    """
    negations = [k for k in reach if words[k] in cues.negations]
    if not negations or any(words[k] not in cues.restricting for k in negations):
        return False
    return any(w in cues.restriction for w in words[negations[-1] + 1 : start])


def _denied_after(words: Sequence[str], origin: Sequence[int], plain: Sequence[str],
                  last: int, cues: Cues) -> bool:
    """Whether a negation after a cue (kept word `last`) denies it ("la carte marche plus").

    Not one that opens what follows it: "plus" before "de", "aucun", a number or a word it
    compares ("blocus du carburant plus d'essence", "plus d'1 an", "plus aucune réservation",
    "déménagé plus haut") or a subject denied by
    its own "ne" ("la crise de l'immobilier, plus personne ne commande"); nor a "pas" that
    closes a "ne" said after the cue ("ville morte on ne peut pas sortir"); nor one after a
    subject pronoun, which opens a verb of its own ("la chute du naira, ils viennent plus").
    """
    for k in range(last + 1, min(len(plain), last + 1 + NEGATION_AFTER_REACH)):
        word = plain[k]
        if any(w in cues.pronouns for w in words[origin[last] + 1 : origin[k]]):
            return False  # "la chute du naira, ils viennent plus": a verb of its own
        if word in cues.negations and word not in cues.negations_after:
            return False  # "ne ... pas": a negation of its own, of what follows the cue
        if word not in cues.negations_after:
            continue
        at = origin[k] + 1
        following = words[at] if at < len(words) else None
        if following is not None and (following in cues.of_words
                                      or following in cues.compared
                                      or following in cues.negations
                                      or number_word(following, cues.grammar.values) is not None):
            continue  # "plus de", "plus aucun", "plus 3": more of what follows, or none
        if at + 1 < len(words) and words[at] not in cues.stop_words \
                and words[at + 1] in cues.negations and words[at + 1] not in cues.negations_after:
            continue  # "plus personne ne commande": a subject of its own, denied by its "ne"
        return True
    return False


def _counted_thing(hit: Hit, words: Sequence[str], kept: Sequence[tuple[int, str]],
                   cues: Cues) -> bool:
    """Whether a cue's first word limits a number of things ("only 40 lunches (a night)").

    "only", "solo", "seulement" right before a number and a thing limit a quantity, not the
    opening hours; a number of days or hours ("only 3 days", "seulement 4 h") is still how
    long it opens, and an hour said further on ("cerramos a las 5 de la tarde") is not right
    after the cue's first word.
    """
    if len(hit.positions) < 2 or NUMBER_MARK in hit.cue.words:
        return False
    if hit.cue.phrase is not None and GAP in hit.cue.phrase:
        return False  # "seulement * chambres sur": the cue itself leaves room for the number
    first, second = kept[hit.positions[0]][0], kept[hit.positions[1]][0]
    if second - first < 2 or number_word(words[first + 1], cues.grammar.values) is None:
        return False
    thing = words[first + 2]
    return cues.units.get(thing) is None and thing not in cues.clock


def _a_time(hit: Hit, words: Sequence[str], kept: Sequence[tuple[int, str]],
            cues: Cues) -> bool:
    """Whether an age cue that ends on a word for years is how long something has run.

    A word of now follows it ("just me at my stall 19 years now", "20 ans maintenant"), unless
    the writer says it of themself right before ("j'ai", "tengo", "I'm"); after most other
    words ("j'ai 26 ans je tiens un salon", "27 yrs from Rubavu") it is an age.
    """
    if cues.units.get(hit.cue.words[-1]) != "years":
        return False
    at = kept[hit.positions[hit.cue.words.index(NUMBER_MARK)]][0]
    before = words[max(0, at - 2) : at]
    if before and (before[-1] in cues.self_words or (
            len(before) == 2 and before[0] in cues.self_words
            and len(before[1]) <= BARE_AGE_VERB)):
        return False  # "j'ai 52 ans maintenant", "tengo 52 años ahora": the writer's age
    lead = cues.leader
    if lead is not None and len(before) == 2 and before[1] in lead.links \
            and (before[0] in lead.woman or before[0] in lead.man):
        return False  # "un homme de 52 ans maintenant": a person's age
    after = words[kept[hit.positions[-1]][0] + 1 :]
    return phrase_at(after, 0, cues.times.get("now", ())) > 0


def _age_of_others(hit: Hit, plain: Sequence[str], cues: Cues) -> bool:
    """Whether an age cue's number follows a word for other people: it is their age.

    "two boys 24", "mis hijos de 20 y 23 años"; not with a word for the writer between.
    """
    for word in reversed(plain[max(0, hit.positions[0] - AGE_REACH) : hit.positions[0]]):
        if word in cues.self_words:
            return False
        if word in cues.people or cues.units.get(word) == "people":
            return True
    return False


def _match(cue: Cue, words: list[str], plain: list[str], index: Mapping[int, int],
           numbers: Mapping[str, float], start: int, origin: Sequence[int] | None = None
           ) -> tuple[tuple[int, ...], float | None, int] | None:
    """Where a cue is in a clause (positions among the words kept), its number, next start.

    A cue with a `phrase` must appear as written, stop words and all. A trait is never read
    from a typo: "panadera" is one word off "panadería", "vendedor" one off "vendedora".
    """
    typos = cue.kind != TRAIT
    if cue.phrase is None:
        found = find_phrase(cue.words, plain, numbers, start, typos=typos, origin=origin)
        return None if found is None else (found[0], found[1], found[0][0] + 1)
    while (found := find_phrase(cue.phrase, words, numbers, start, gap=0,
                                typos=typos)) is not None:
        start = found[0][0] + 1
        positions = tuple(index[p] for p in found[0] if p in index)
        if len(positions) == len(cue.words):
            return positions, found[1], start
    return None


def without_opposites_inside(hits: Sequence[Hit], cues: Cues) -> list[Hit]:
    """The hits, less a trait whose words lie inside a longer hit of its opposite trait.

    "cuenta de banco no tengo" is unbanked: its "cuenta de banco" (banked) is part of it,
    not a second fact that would cancel it ("RUC sí, cuenta de banco no" is registered only).
    """
    opposite = opposite_traits(cues)
    traits = [hit for hit in hits if hit.cue.kind == TRAIT and hit.cue.option in opposite]
    return [hit for hit in hits if not (
        hit.cue.kind == TRAIT and any(
            other.clause == hit.clause and other.cue.option == opposite.get(hit.cue.option)
            and set(hit.positions) < set(other.positions) for other in traits))]
