"""Head-counts in a description: what is counted, whose count it is, and the count now."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.ages import OLDEST, YOUNGEST
from bot.clauses import (
    Clause,
    Hit,
    about_others,
    exactly,
    find_phrase,
    has_phrase,
    phrases_at,
    unit_after,
)
from bot.cues import (
    Cues,
)
from bot.matching import MONTHS_PER, Matcher
from bot.numbers import Quantity

#: How many words after a number a word for people may stand ("15 permanent staff").
PEOPLE_REACH = 3
#: How many words after a head-count may say it is a household ("14 dans la maison").
HOUSEHOLD_REACH = 4
#: How many words after an amount a rate ("personas al día") may end: the noun, `per`, the unit.
RATE_REACH = 4
#: How many words a field's name may have where a line opens on it ("Staff: 9", "Nb employés").
FIELD_WORDS = 2
#: From this many up an amount is money or goods ("60 000 par jour", "20 mil"), never a
#: head-count, unless a word for people follows it right away.
THOUSANDS = 1000
#: From this many up people are a population ("2 million people stranded"), never a team:
#: the advisor is for firms of up to a few hundred.
CROWD = 10_000
#: How many words before or after a duration a word of `ago` may stand.
TIME_REACH = 2
#: How many words after a count a past marker makes it a count of before ("12 que éramos").
PAST_AFTER_REACH = 3
#: How many words after a word of now a bare number may stand to count the people counted
#: before it in its clause ("workers 45 now 30", "eramos 18 ahora solo 6").
NOW_REACH = 1


def alone_now(hits: Sequence[Hit], clauses: Sequence[Clause]) -> int | None:
    """The last clause where the writer says they work alone now ("now I work alone")."""
    alone = [hit.clause for hit in hits
             if hit.cue.question == "size" and hit.cue.option == "solo" and not hit.negated
             and clauses[hit.clause].time == "now"]
    return max(alone, default=None)


#: Whose a count is when our own word names someone else ("mis proveedores", "our
#: suppliers"): theirs wherever it is said, not only beside a count of ours.
THEIRS = "theirs"


def whose_count(words: Sequence[str], at: int, cues: Cues) -> str | None:
    """Whose a count at `at` is, "ours", "others" or THEIRS, by the first word before it.

    Someone else is an `others` word or a business ("the hotel I supply sent home 60 staff"),
    but a business that opens the clause is the writer's own, named as on a phone ("bakery
    with 12 workers, ...", "taller en Maracaibo, 5 mecanicos").
    """
    for index, word in enumerate(words[:at]):
        if word in cues.ours:
            if index + 1 < at and words[index + 1] in cues.partners:
                return THEIRS  # "mis proveedores son como 15 artesanos": never us
            return "ours"
        if any(exactly(other, word) for other in cues.others):
            return "others"
        if index and any(exactly(noun, word) for noun in cues.business_nouns):
            return "others"
    return None


def head_counts(clause: Clause, cues: Cues, matcher: Matcher,
            earlier: Sequence[Clause] = ()) -> tuple[list[float], int]:
    """Head-counts in one clause ("9 drivers", "me and 9 staff", "4 + 6") and where they start.

    "we are 5" counts too; the start is the first count's. `earlier` are the clauses of its
    sentence before it: "I run a cleaning company, 9 cleaners" counts the writer too, and
    "me and my husband grow dalo, plus one worker" adds the worker to the two of them.
    """
    words = clause.words
    joined = bool(words) and words[0] in cues.joins and bool(earlier)
    found = _people(clause, cues, matcher, earlier)
    found = _now_side(words, found, cues)
    if not found:
        if joined:
            return _joined_clause(clause, cues, matcher, earlier)
        return [], 0
    counts = [value for _, value in found]
    pairs = pairwise(found)
    # "4 partners and 6 guides" are ten; "somos 6 con mi esposo y 4 muchachas" six
    if len(found) > 1 and not (_counted_us(words, found[0][0], cues) and cues.breakdown
                               & set(words[found[0][0].end : found[1][0].start])) and all(
            any(w in cues.joins for w in words[a.end : b.start]) and b.start - a.end <= 4
            for (a, _), (b, _) in pairs):
        counts = [sum(counts)]
    first, last = found[0][0], found[-1][0]
    # "we are 5" counts the writer; "somos yo y una chica" counts the others (`_counted_us`)
    inclusive = has_phrase(cues.owner_included, words) or _counted_us(words, first, cues)
    tail = words[last.end : last.end + 4]
    # "somos 9 trabajadores más yo" adds the writer; "on est 9 à bord avec moi" has them among
    # the nine already: after "we are", only an owner phrase with a join adds them.
    added = has_phrase(cues.owner, tail) and not (
        _counted_us(words, first, cues) and not any(w in cues.joins for w in tail))
    if joined and not inclusive and not any(w in cues.ours for w in words):
        # "..., plus one worker": added to those the sentence named, the writer and whoever
        # an owner phrase joins to them ("me and my husband")
        before = [w for c in earlier for w in c.words]
        named = 2 if has_phrase(cues.owner, before) else int(any(w in cues.self_words
                                                           for w in before))
        return [c + named for c in counts], first.start
    if _counted_us(words, first, cues) and not added:
        return counts, first.start
    if (added or not inclusive) and (_writer_counted(words, first, last, cues)
                                     or _runs_it(words, found, earlier, cues)):
        counts = [c + 1 for c in counts]
        # "8 teachers plus me and the secretary": each person joined after the writer
        counts = [c + _joined_after(words, last.end, matcher, cues) for c in counts]
    return counts, first.start


def _counted_now(words: Sequence[str], quantities: Sequence[Quantity],
                 found: Sequence[tuple[Quantity, float]], cues: Cues
                 ) -> list[tuple[Quantity, float]]:
    """Bare numbers right after a word of now that follow a head-count in its clause.

    "éramos 18 costureras ahora 6", "workers 45 now 30": the number now counts the same people.
    """
    if not found:
        return []
    first = found[0][0]
    marks = [at + len(p) for at, p in phrases_at(cues.times.get("now", ()), words)]
    counted = {id(q) for q, _ in found}
    return [(q, q.first) for q in quantities
            if id(q) not in counted and q.start >= first.end and not (q.share or q.percent)
            and q.first >= 1 and q.first == int(q.first) and q.first == q.second
            and any(0 <= q.start - end <= NOW_REACH for end in marks)]


def fewer_now(clause: Clause, cues: Cues, matcher: Matcher,
              earlier: Sequence[Clause] = ()) -> bool:
    """Whether a clause tells a head-count then a smaller one now ("workers 45 now 30")."""
    found = _people(clause, cues, matcher, earlier)
    now = _now_side(clause.words, found, cues)
    then = [v for q, v in found if all(q is not n for n, _ in now)]
    return bool(then) and bool(now) and max(v for _, v in now) < min(then)


def fewer_across(first: Clause, second: Clause, cues: Cues, matcher: Matcher,
                 earlier: Sequence[Clause] = ()) -> bool:
    """Whether a head-count and a bare number in the next clause tell fewer people now.

    One clause is of then and the other of now, in either order: "we were 60 workers, now 35",
    "we have 7 helpers now, before 12".
    """
    # A count kept or left is of now, marked or not ("on était 7, j'ai gardé 4").
    kept = first.time == "past" and second.time is None and kept_or_left(second.words, cues)
    if ({first.time, second.time} != {"past", "now"} and not kept) \
            or first.sentence != second.sentence:
        return False
    counted = [v for _, v in _people(first, cues, matcher, earlier)]
    if not counted or len(second.quantities) != 1:
        return False
    # A head-count of its own ("eramos 9, ahora quedamos 4"), or a bare number that is the
    # clause's last word but stop words and the writer ("now 35", "now 7 with me"):
    # "now 3 months without pay" counts no one.
    people = [v for _, v in _people(second, cues, matcher, [first])]
    bare, _ = bare_counts(second, cues)
    after = second.words[second.quantities[0].end :]
    for phrase in (*cues.owner, *cues.owner_included):
        if tuple(after[: len(phrase)]) == phrase:
            after = after[len(phrase) :]
            break
    rest = [w for w in after if w not in cues.stop_words and w not in cues.self_words]
    second_count = people or ([] if rest else bare)
    if not second_count:
        return False
    then, now = (counted, second_count) if first.time == "past" else (second_count, counted)
    return max(now) < min(then)


def kept_or_left(words: Sequence[str], cues: Cues) -> bool:
    """Whether words tell a count kept or left now ("j'ai gardé 4", "me quedé con 3")."""
    return has_phrase(cues.kept, words) or has_phrase(cues.left, words)


def _people(clause: Clause, cues: Cues, matcher: Matcher, earlier: Sequence[Clause] = ()
            ) -> list[tuple[Quantity, float]]:
    """The numbers of a clause that count people, then and now, and their values."""
    words = clause.words
    joined = bool(words) and words[0] in cues.joins and bool(earlier)
    context = any(find_phrase(c, words, {}) for c in _size_context(cues))
    collective = any(exactly(stem, w) for c in [*earlier, clause] for w in c.words
                     for stem in cues.collectives)
    links = cues.leader.links if cues.leader is not None else frozenset()
    found: list[tuple[Quantity, float]] = []
    for quantity in clause.quantities:
        value = quantity.first
        # right after the writer and a join ("me + 3", "me and a girl"): an article counts one
        owned = any(tuple(words[max(0, quantity.start - len(p)) : quantity.start]) == p
                    for p in cues.owner if p[0] in cues.self_words)
        if quantity.share or quantity.percent or (quantity.article and not (joined or owned)) \
                or value < 1 or value != int(value) or quantity.first != quantity.second:
            continue
        following = words[quantity.end : quantity.end + PEOPLE_REACH]
        if following and following[0] in cues.ordinals:
            continue  # "the next one is due the 15th and I...": a date
        if _a_duration(words, quantity, matcher):
            continue  # "3 weeks": a duration
        if _a_rate(words, quantity, cues, matcher):
            continue  # "venían 120 personas al día": customers a day, not a team
        if any(at == quantity.end for at, _ in phrases_at(cues.per_person, words)) or any(
                at + len(p) == quantity.start for at, p in phrases_at(cues.served, words)):
            continue  # "145 por persona": a price; "tamales para 300 personas": guests
        # A word for people after the next number is that number's: "me 31 and two boys".
        following = following[: next((q.start - quantity.end for q in clause.quantities
                                      if q.start >= quantity.end), len(following))]
        if following and following[0] in cues.joins:
            # a join right after a number leaves it no noun: "lo subí a 24 y la gente compra
            # menos" counts no people; "34 torcedores y empleados" keeps its own
            following = []
        before = words[max(0, quantity.start - 3) : quantity.start]
        if has_phrase(cues.amounts_not.get("size", ()), before):
            continue  # "run by two women": who owns it, not how many work there
        if _a_household(words[quantity.end : quantity.end + HOUSEHOLD_REACH], cues):
            continue  # "on est 14 dans la maison": a household, not a team
        if _age_after_people(words, quantity, clause.quantities, cues):
            continue  # "two boys 24, 27", "mis hijos de 20 y 23": ages, not more people
        if len(before) > 1 and before[-1] in links and before[-2] in cues.people \
                and YOUNGEST <= value <= OLDEST:
            continue  # "my boy is 19 and decks for me": his age ("the crew is 5" counts)
        if collective and any(w in cues.members for w in following):
            continue  # "a cooperative of 120 members", "60 farmer members": who owns it
        is_people = any(_people_word(w, cues, matcher) for w in following)
        is_people |= has_phrase(cues.people_after, words[quantity.end : quantity.end + 5])
        is_people |= has_phrase(cues.owner, words[quantity.end : quantity.end + 3])
        # "me + 3 karigor", "yo + 2 cipotas": a number right after the writer and a join counts
        # people, whatever the local word for them
        is_people |= owned
        # "teachers: 18", "guides and 4": people named before; not "18 teachers and 400
        # pupils", where the number has a noun of its own.
        is_people |= bool(before) and (before[-1] in cues.people or (
            len(before) > 1 and before[-2] in cues.people and before[-1] in cues.stop_words
            and not (following and following[0] not in cues.stop_words)))
        # "Ouvriers : 6", "Staff: 9": a line that opens on a field of people, then its count
        is_people |= (quantity.start == 0 and len(earlier) == 1
                      and 0 < len(earlier[0].words) <= FIELD_WORDS and (
                          _people_word(earlier[0].words[-1], cues, matcher)
                          or any(find_phrase(c, earlier[0].words, {})
                                 for c in _size_context(cues))))
        inclusive = context and any(_right_before(c, before, cues) for c in _size_context(cues))
        if not (is_people or inclusive):
            continue
        if value >= CROWD:
            continue
        if value >= THOUSANDS and not (following and _people_word(following[0], cues, matcher)):
            continue  # "on est à 20 mil": an amount of money, not of people
        if (about_others(words, quantity.start, quantity.end - 1, cues)
                and not _writer_runs(words, quantity.start, cues)):
            continue  # "la maquila despidió como 400 personas": the buyer's people
        found.append((quantity, value))
    return found + _counted_now(words, clause.quantities, found, cues)


def counted_before(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a phrase of `had` ends right before the count at `at` ("he had 12 lads")."""
    return any(start + len(phrase) == at for start, phrase in phrases_at(cues.had, words))


def _right_before(phrase: tuple[str, ...], before: Sequence[str], cues: Cues) -> bool:
    """Whether "we were", "somos" stands before a number with no word of doing between.

    "we were about 12", "somos solo los dos" count us; "we were doing 12 events every
    weekend" counts the events (`tallies`).
    """
    found = find_phrase(phrase, before, {})
    if found is None:
        return False
    return not any(w in cues.tallies for w in before[found[0][-1] + 1 :])


def _now_side(words: Sequence[str], found: list[tuple[Quantity, float]], cues: Cues
              ) -> list[tuple[Quantity, float]]:
    """Of two counts or more in a clause, those of now when it tells before and now.

    Those after a word of now or of what is left ("éramos 15 y ahora quedamos 9", "we were
    20 and now we are left 6"); or those a past marker does not follow ("quedamos 3 de los
    12 que éramos", "il en reste 4 sur les 12 qu'on était").
    """
    if len(found) < 2:
        return found
    marks = [at for at, _ in phrases_at([*cues.times.get("now", ()), *cues.left], words)]
    if marks:
        later = [(q, v) for q, v in found if q.start > min(marks)]
        if later and len(later) < len(found):
            return later
    past = cues.times.get("past", ())
    now = [(q, v) for q, v in found
           if not has_phrase(past, words[q.end : q.end + PAST_AFTER_REACH])]
    return now if now else found


def _counted_us(words: Sequence[str], first: Quantity, cues: Cues) -> bool:
    """Whether a count follows "we are" ("on est 9", "somos 9"): everyone, the writer too.

    Not one right after the writer and a join ("somos yo y una chica"): the others only.
    """
    if has_phrase(cues.owner, words[max(0, first.start - 2) : first.start]):
        return False
    return any(find_phrase(c, words[max(0, first.start - 3) : first.start], {})
               for c in _size_context(cues))


def _segments(words: Sequence[str], cues: Cues) -> list[list[str]]:
    """The words after each join ("plus me and the cook": "me", "the cook")."""
    segments: list[list[str]] = []
    for word in words:
        if word in cues.joins:
            segments.append([])
        elif segments:
            segments[-1].append(word)
    return [s for s in segments if s]


def _is_writer(segment: Sequence[str], cues: Cues) -> bool:
    """Whether words joined to a count are the writer ("me", "moi", "yo", "myself")."""
    return all(w in cues.self_words for w in segment)


def _is_person(segment: Sequence[str], matcher: Matcher, cues: Cues) -> bool:
    """Whether words joined to a count name one more person.

    A word for people ("and the cook"), a noun a relative pronoun follows ("my brother who
    does the books", "ma femme qui tient les comptes"), or a noun after a small word that ends
    the words ("y la secretaria") or says where they work ("and the wife in the office"); a
    number or the writer is none.
    """
    if _is_writer(segment, cues):
        return False
    at = 0  # past "the", "my", "la", "mi"
    while at < len(segment) - 1 and at < 2 and (segment[at] in cues.stop_words
                                                 or segment[at] in cues.self_words):
        at += 1
    word = segment[at]
    if _people_word(word, cues, matcher):
        return True
    if at == 0 or any(c.isdigit() for c in word):
        return False
    # "and the wife in the office": a noun and where that person works
    return at + 1 == len(segment) or segment[at + 1] in cues.relatives \
        or segment[at + 1] in cues.at_place


def _joined_after(words: Sequence[str], end: int, matcher: Matcher, cues: Cues) -> int:
    """How many people are joined one by one to a count and the writer ("plus me and the cook").

    Only with an owner phrase after the count: each person after a join (`_is_person`).
    """
    tail = list(words[end:])
    if not has_phrase(cues.owner, tail):
        return 0
    return sum(_is_person(s, matcher, cues) for s in _segments(tail, cues))


def _joined_clause(clause: Clause, cues: Cues, matcher: Matcher,
                   earlier: Sequence[Clause]) -> tuple[list[float], int]:
    """A clause of people joined to the count of the clause before, and the writer.

    "5 camiones y 8 choferes, más mi señora que lleva las cuentas y yo": 8, one more, and the
    writer (unless the count's clause already counted them, "tengo 8 choferes").
    """
    segments = _segments(clause.words, cues)
    writer = any(_is_writer(s, cues) for s in segments)
    persons = sum(_is_person(s, matcher, cues) for s in segments)
    if not (writer and persons) or clause.quantities:
        return [], 0
    for back in range(len(earlier) - 1, -1, -1):
        counts, _ = head_counts(earlier[back], cues, matcher, earlier[:back])
        if counts:
            counted = any(w in cues.self_words for w in earlier[back].words)
            return [c + persons + (0 if counted else 1) for c in counts], 0
    return [], 0


def _writer_runs(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether the writer is the subject of a clause before a count ("I run a school...").

    "I run a school with 11 teachers", "j'ai une école avec 11 enseignants": the school named
    is the writer's, so its staff are theirs.
    """
    for i in range(at - 1, -1, -1):
        word = words[i]
        if word in cues.self_words:
            return True
        if word in cues.relatives or word in cues.us_words:
            return False
        # "... and the factory laid off 400" opens a subject; "a nursery and primary school"
        # goes on naming one
        if word in cues.subject_breaks and (i + 1 >= at or words[i + 1] in cues.stop_words):
            return False
    return False


def _runs_it(words: Sequence[str], found: Sequence[tuple[Quantity, float]],
             earlier: Sequence[Clause], cues: Cues) -> bool:
    """Whether the writer is one more than a count of staff in a clause of its own.

    "I run a cleaning company, 9 cleaners": the writer spoke of themself in an earlier clause
    of the sentence. Not when the count's clause names us ("we are 5" counts everyone), and
    only a count of staff words ("9 cleaners").
    """
    if (not any(w in cues.self_words for c in earlier for w in c.words)
            or any(w in cues.ours for w in words)):
        return False
    return all(any(w in cues.people and w not in cues.ours
                   for w in words[q.end : q.end + PEOPLE_REACH]) for q, _ in found)


def _a_household(after: Sequence[str], cues: Cues) -> bool:
    """Whether the words after a head-count say it is a household's ("somos 6 en la casa").

    The place comes right after the number, or after a word for people in general ("14
    personnes dans la maison"); "6 ouvriers à la maison" are staff sent home.
    """
    start = 1 if after and after[0] in cues.crowd else 0
    return any(i == start for i, _ in phrases_at(cues.household, after))


def _age_after_people(words: Sequence[str], quantity: Quantity,
                      found: Sequence[Quantity], cues: Cues) -> bool:
    """Whether a number right after people already counted or named as ours is their age.

    "two boys 24", "deux fils de 19 et 22 ans": the boys were counted by "two";
    "mis hijos de 20 y 23": my children, of 20 and 23. "a team of 12" stays a head-count.
    """
    at = quantity.start - 1
    if at >= 0 and words[at] in cues.of_words:
        at -= 1
    if at < 0 or not (words[at] in cues.people or cues.units.get(words[at]) == "people"):
        return False
    if len(words) == 2 and at == 0 and cues.leader is not None \
            and cues.leader.person(words[0]):
        return True  # "hey! girl 29, own a nail studio": one person and her age
    if any(w in cues.people for w in words[quantity.end : quantity.end + 1]):
        return False  # "mi equipo de 12 personas": a count of people after all
    counted = any(q.end == at and not q.article for q in found)
    possessed = at > 0 and words[at - 1] in cues.ours and words[at + 1] in cues.of_words
    return counted or possessed


def _size_context(cues: Cues) -> tuple[tuple[str, ...], ...]:
    """The phrases that make a number a head-count that includes the writer ("we are")."""
    return cues.amounts.get("size", ())


def _writer_counted(words: Sequence[str], first: Quantity, last: Quantity,
                    cues: Cues) -> bool:
    """Whether the writer is one more than the count ("me and 9 staff", "I have 9 drivers")."""
    before = words[: first.start]
    if has_phrase(cues.owner, words[max(0, first.start - 3) : first.start]):
        return True  # "me and 9", "moi + 2"
    if has_phrase(cues.owner, words[last.end : last.end + 4]):
        return True  # "9 staff plus me", "9 y yo"
    if any(w in cues.self_words for w in words[last.end + 1 : last.end + 4]):
        return True  # "one girl remains with me", "2 chicas conmigo"
    return any(w in cues.self_words for w in before)  # "I have 9 drivers", "mes 4 serveuses"


def let_go_number(clause: Clause, cues: Cues, matcher: Matcher) -> float | None:
    """How many a clause of a lay-off lets go ("let 5 of them go", "j'ai dû en licencier 4").

    Its first whole number that is no duration, share, money or someone else's count; None
    where it names none ("I let them all go") or the lay-off is for a while ("laid off 2 of
    them for 3 days", "pendant 3 semaines", "por 2 semanas": they come back).
    """
    if _for_a_while(clause, cues, matcher):
        return None
    found = _let_go(clause, cues, matcher)
    return None if found is None else found.first


def rest_in_clause(clause: Clause, count: float, at: int, cues: Cues,
                   matcher: Matcher) -> float | None:
    """What is left of a count in a clause of a lay-off that names the number let go too.

    "tenía 6 empleados y despedí a 2", "laid off 4 of our 10 workers": two whole numbers of
    people, the larger the count that starts at `at` (the writer may be in it: "I had 10
    staff and let 4 go"), leave the larger less the smaller. One number ("12 staff all laid
    off"), a count that is the smaller ("I have 3 trucks and laid off 2 drivers": those let
    go), a lay-off for a while ("for 3 weeks") or a third number: None, not told.
    """
    words = clause.words
    if _for_a_while(clause, cues, matcher):
        return None
    people = [q for q in clause.quantities if _a_number_of_people(words, q, matcher)]
    if len(people) != 2 or people[0].first == people[1].first:
        return None
    low, high = sorted(people, key=lambda q: q.first)
    if high.start != at or not high.first <= count <= high.first + 1:
        return None
    return count - low.first


def taken_back(clauses: Sequence[Clause], number: int, cues: Cues, matcher: Matcher) -> bool:
    """Whether, after the number let go in clause `number`, its sentence counts more taken on.

    "I laid off 5 of them in March and took back 4 in June", "j'en ai repris 4", "volví a
    contratar a 3": a whole number of people after those let go, in their clause or a later
    one of the sentence, not of those left now ("..., now 7 remain", "so we're 14 now"): how
    many work now is not told.
    """
    gone = _let_go(clauses[number], cues, matcher)
    if gone is None:
        return False
    sentence = clauses[number].sentence
    for later in clauses[number:]:
        if later.sentence != sentence:
            break
        if later.time == "now" or has_phrase(cues.left, later.words):
            continue  # "..., so we're 14 now": those left, counted
        after = gone.end if later is clauses[number] else 0
        if any(q.start >= after and _a_number_of_people(later.words, q, matcher)
               and not _counted_us(later.words, q, cues)  # "..., we are 14"
               for q in later.quantities):
            return True
    return False


def _let_go(clause: Clause, cues: Cues, matcher: Matcher) -> Quantity | None:
    """The number a clause of a lay-off lets go, where it names one (see `let_go_number`)."""
    words = clause.words
    if has_phrase(cues.left, words):
        return None  # "después de los despidos quedamos 11": those left, counted
    for quantity in clause.quantities:
        if _counted_us(words, quantity, cues):
            return None  # "after the lay-offs we are 11": all of us now
        if not _a_number_of_people(words, quantity, matcher):
            continue
        if said_now(words, quantity.start, cues):
            return None  # "now 22 after we let some go": those left, not those let go
        if whose_count(words, quantity.start, cues) in ("others", THEIRS) or about_others(
                words, quantity.start, quantity.end - 1, cues):
            return None  # "the factory laid off 400": theirs
        return quantity
    return None


def said_now(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word for now stands right before the count at `at` ("now 22", "ahora 9")."""
    return has_phrase(cues.times.get("now", ()), words[max(0, at - 2) : at])


def _a_number_of_people(words: Sequence[str], quantity: Quantity, matcher: Matcher) -> bool:
    """Whether an amount may be a number of people: whole, no share, money or time."""
    value = quantity.first
    if (quantity.share or quantity.percent or quantity.article or value < 1
            or value != int(value) or quantity.first != quantity.second
            or value >= THOUSANDS):
        return False
    return not _a_duration(words, quantity, matcher)  # "laid off 2 weeks ago": a time


def _a_duration(words: Sequence[str], quantity: Quantity, matcher: Matcher) -> bool:
    """Whether a unit of time follows an amount within two words ("3 weeks", "2 mois")."""
    return any(matcher.units.get(w) in MONTHS_PER
               for w in words[quantity.end : quantity.end + 2])


def _people_word(word: str, cues: Cues, matcher: Matcher) -> bool:
    """Whether a word names people: a people word of the cues or a unit of people."""
    return word in cues.people or matcher.units.get(word) == "people"


def _a_rate(words: Sequence[str], quantity: Quantity, cues: Cues, matcher: Matcher) -> bool:
    """Whether a word of `per` and a unit of time follow an amount's noun ("120 people a day").

    People counted by the day, week or month ("120 personas al día", "200 clients par
    semaine") come and go: customers or visitors, not those who work in the business.
    """
    after = words[quantity.end : quantity.end + RATE_REACH]
    return any(w in cues.per and matcher.units.get(unit) in MONTHS_PER
               for w, unit in pairwise(after))


def _for_a_while(clause: Clause, cues: Cues, matcher: Matcher) -> bool:
    """Whether a clause says how long something lasts ("laid off 2 of them for 3 weeks")."""
    return any(_lasting(clause.words, q, cues, matcher) for q in clause.quantities)


def _lasting(words: Sequence[str], quantity: Quantity, cues: Cues, matcher: Matcher) -> bool:
    """Whether an amount is how long something lasts ("for 3 days", "pendant un mois").

    A number of days, weeks or months not dated by a word of `ago` ("2 weeks ago", "il y a
    2 semaines", "hace 2 semanas"): then it says when.
    """
    if not _a_duration(words, quantity, matcher):
        return False
    before = words[max(0, quantity.start - TIME_REACH) : quantity.start]
    after = words[quantity.end : quantity.end + 1 + TIME_REACH]
    return not (has_phrase(cues.ago, before) or has_phrase(cues.ago, after))


def bare_counts(clause: Clause, cues: Cues) -> tuple[list[float], int]:
    """A bare number in a "now" clause after a past head-count ("..., now 6"); where it starts."""
    for quantity in clause.quantities:
        unit = unit_after(clause, quantity, cues)
        if unit is not None and unit != "people":
            continue  # "..., i've got about 2 months": a duration, no head-count
        if not (quantity.share or quantity.percent or quantity.article) and quantity.first >= 1:
            tail = clause.words[quantity.end : quantity.end + 3]
            return [quantity.first + (1 if has_phrase(cues.owner, tail) else 0)], quantity.start
    return [], 0
