"""Rules that judge one cue hit against the rest of the text.

Whose closure, payment or lay-off a hit speaks of, whether it is denied, done, a condition, a
cause or an effect: each answers for `Describer._read` whether and how a hit counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.clauses import (
    PAID_BUT,
    PAID_BUT_OPTION,
    PAID_BUT_QUESTION,
    Clause,
    Hit,
    about_others,
    exactly,
    find_phrase,
    has_cue,
    has_phrase,
    number_word,
    owned,
    phrases_at,
    previous_words,
    same_word,
)
from bot.cues import (
    ANSWER,
    DOUBT,
    GENERIC,
    Cues,
)
from bot.sales import SYMBOLS

#: How far before a cue a negation still applies ("we do not really sell online").
NEGATION_REACH = 2

#: How many small words may stand between a closure and the number of what it closed.
PART_REACH = 2

#: How many words before a relative pronoun its antecedent may stand ("the mama who").
RELATIVE_REACH = 3

#: How many words may stand between a count and a way of working it speaks of ("2 girls
#: working": the count is of people, see `working_now`).
COUNTED_REACH = 2

#: Trading options that working another way now, said after them, adapts to (a closure
#: first: a limit counts only in some cases, see `adapted_after_closure`).
LIMITS = ("closed", "partly_open")

#: Units of how long something lasted ("closed 3 months"): a number in a cue of opening
#: hours may not count them (`_counts_a_stretch`); bot/over.py dates closures by them.
LASTED = frozenset({"days", "weeks", "months"})

#: The option of debts paid as they fall due.
ON_TRACK = "on_track"

#: The question whose closures, openings and ways of working `trading` weighs.
TRADING = "trading_status"

#: How many words may stand between an effect and the cause said after it ("burnt during the
#: riots"; see `effects`).
CAUSE_REACH = 3


#: The questions a condition before their cue leaves unread (see `conditioned`).
CONDITIONED = frozenset({"revenue_change", "trading_status"})


def a_condition(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a cash cue is the time of a condition, in a clause that says nothing of cash.

    "if this goes on until the end of the month I will close", "si ça continue jusqu'à la
    fin du mois": how long the trouble may last, not how long cash does; "if nothing
    changes, our savings last 2 weeks" speaks of cash and is read.
    """
    words = clauses[hit.clause].words
    return _opens_on_condition(words, cues) \
        and not has_cue(cues.amounts.get("cash_runway", ()), words)


def conditioned(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a sales or trading cue is what happens only if something else does.

    "we have saved for three weeks of costs if nobody comes", "could last 6 wks if nothing
    sold": a condition word before the cue in its own clause makes it a hypothesis, not how
    the business trades now. Other questions keep their reading ("if it rains our stall
    floods" still names the crisis).
    """
    if hit.cue.question not in CONDITIONED or not hit.positions:
        return False
    start = kept_positions(clause.words, cues)[hit.positions[0]]
    return any(w in cues.conditions for w in clause.words[:start])


def _opens_on_condition(words: Sequence[str], cues: Cues) -> bool:
    """Whether a clause opens on a condition word ("if", "si")."""
    return bool(words) and words[0] in cues.conditions


def trading(hit: Hit, option: str, hits: Sequence[Hit], clauses: Sequence[Clause],
             cues: Cues) -> str | None:
    """What a trading cue says once its clause is weighed (None: it says nothing of us).

    "Our loan is paid normally": `normal` said of what the business pays is not its trading.
    "We closed those 2 rooms": a closure of a number of things is of part of the business.
    "Rumichaca closed 12 days by the border closure": a closure in a clause about a place
    (road, border, port), with no word for us or a business, is the place's. "Closed, now
    we sell from the van": working another way now, after a closure, is open and adapted.
    """
    clause = clauses[hit.clause]
    words = clause.words
    if hit.negated:
        return option
    if option == "normal" and names_a_payable(words, cues):
        return None
    if option == "closed" and (closes_a_part(hit, clause, cues)
                               or rest_still_open(hit, clauses, cues)):
        return "partly_open"
    if option == "normal" and _says_rest_open(words, cues) and any(
            other.cue.option == "closed" and other.cue.question == hit.cue.question
            and other.clause != hit.clause and not other.negated
            and not clauses[other.clause].asked
            and clauses[other.clause].time not in ("past", "future") for other in hits):
        return None  # "..., the rest still open as usual": the part left, beside a closure
    if option == "closed" and closure_of_a_place(hit, words, cues):
        return None
    if option == "partly_open" and _counts_a_stretch(hit, words, cues):
        return None
    if option == "partly_open" and (
            _of_the_staff(hit, clauses, cues) or staff_said(hit, clauses, cues)
            or any(w in cues.one_person for w in words)):
        return None  # "now I told him mornings only": his hours, not the business's
    if hit.cue.kind == DOUBT and adapted_after_closure(hit, hits, clauses, cues):
        return "open_adapted"
    return option


def staff_said(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a part-time cue is of the staff named before it.

    "2 housekeepers part time", "une vendeuse à mi-temps": named before the cue in its
    clause; "a los meseros les reduje los turnos, ahora trabajan solo viernes": in the
    clause before, of its sentence, where the cue's own clause names no one of ours ("ahora
    abrimos solo viernes" would be the business). "La gente" or "people" is anyone.
    """
    clause = clauses[hit.clause]
    if _staff_named(clause.words[: kept_positions(clause.words, cues)[hit.positions[0]]], cues):
        return True
    if not hit.clause or clauses[hit.clause - 1].sentence != clause.sentence:
        return False
    return _staff_named(clauses[hit.clause - 1].words, cues) \
        and not any(w in cues.ours for w in clause.words)


def _staff_named(words: Sequence[str], cues: Cues) -> bool:
    """Whether the words name staff: a word for people that is not anyone ("la gente")."""
    return any(w in cues.people and w not in cues.crowd for w in words)


def _of_the_staff(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a part-time cue opening its clause (one word after) is of the staff before.

    "Mes 2 employées je les ai gardées, mais demi-journée seulement", "my 3 workers, half
    days only": the clause holds nothing but the cue, and the one before it, in its sentence,
    counts the staff (not people in general).
    """
    if not hit.clause:
        return False
    clause, before = clauses[hit.clause], clauses[hit.clause - 1]
    kept = kept_positions(clause.words, cues)
    if before.sentence != clause.sentence or hit.positions[0] != 0 \
            or len(kept) > len(hit.positions) + 1:
        return False  # "abrimos solo en las mañanas": the business opens
    # a head-count of them ("mes 2 employées"), not a trade ("my barber shop")
    return bool(before.quantities) and _staff_named(before.words, cues)


def still_paid(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a doubt of how long ("but I don't know for how long") is of a payment made.

    "La cuota la voy pagando pero no sé hasta cuándo", "le crédit je le paie mais je ne
    sais pas jusqu'à quand": its own clause names, before it, a payable falling due ("rent
    is due Friday and I don't think I'll manage"), or the clause before it, in its sentence,
    names what the business pays (or the one before that does: "tengo un préstamo, estoy al
    día pero no sé hasta cuándo") and says nothing else the reader knows (not "the rent went
    up 20 %, but...").
    """
    if not doubts_paying(hit, clauses[hit.clause], cues):
        return False  # "..., but I don't know if we can open a second shop": not of paying
    if _due_before(hit, clauses[hit.clause], cues):
        return True  # "the loan payment is due end of month and I don't know if I'll make it"
    if hit.clause == 0:
        return False
    before = clauses[hit.clause - 1]
    if before.sentence != clauses[hit.clause].sentence:
        return False  # cut off by "but" or by a comma ("the loan I pay, but ...")
    earlier = clauses[hit.clause - 2] if hit.clause >= 2 else None
    if not names_a_payable(before.words, cues) and not (
            earlier is not None and earlier.sentence == before.sentence
            and names_a_payable(earlier.words, cues)):
        return False  # "tengo un préstamo, todavía estoy al día pero no sé hasta cuándo"
    if any(w in cues.negations for w in before.words):
        return False  # "the loan I can't pay, but ...": not a payment still made
    # "la cuota sube 20 % ... pero": something else said of it; "we pay it on time, but I
    # don't know for how long" is a payment made, whose doubt turns it (`turned_to_risk`);
    # a word of the trade says nothing else of it ("taxi loan payment due Monday, don't
    # think I'll reach")
    return not any(other.clause == hit.clause - 1 and other.cue.kind in (ANSWER, GENERIC)
                   and other.cue.question != "sector" and not _paid_as_due(other)
                   for other in hits)


def _due_before(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether the doubt's own clause names, before it, a payable falling due.

    "Rent is due Friday and I don't know if I will make it", "el préstamo vence en agosto y no
    sé cómo": a payable and a word of falling due (`due`), not denied, then the doubt.
    """
    first = kept_positions(clause.words, cues)[hit.positions[0]]
    before = clause.words[:first]
    return (names_a_payable(before, cues) and any(w in cues.due for w in before)
            and not any(w in cues.negations for w in before))


#: How many letters of a verb of paying (`paid_us`: "pay", "paie", "paga") another form of it
#: starts with ("payer", "pagar", "payment").
PAY_STEM = 4


def doubts_paying(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a doubt of debts ("I don't know if we can") doubts paying, not something else.

    What follows it in its clause names a payable or a form of a verb of paying ("if we can
    pay", "si on pourra payer", "si podremos pagar"), or nothing: stop words, times ("in
    december") and words of the cues of debts at risk ("much longer", "podré") aside, or one
    verb of what was said before ("how long I can keep that"). "I don't know if we can open
    a second shop" doubts the shop.
    """
    words = clause.words
    kept = kept_positions(words, cues)
    if hit.positions[-1] >= len(kept):
        return True
    tail = list(words[kept[hit.positions[-1]] + 1 :])
    said = words[kept[hit.positions[0]] :]
    verbs = [max(p, key=len) for p in cues.paid_us]  # "pay" of "pay us", "paie" of "nous paie"
    paying = any(w.startswith(v[:PAY_STEM]) for v in verbs for w in said)
    if paying or names_a_payable(said, cues):
        return True
    timed: set[int] = set()
    for phrases in (*cues.times.values(), cues.dated, cues.era):
        for at, phrase in phrases_at(phrases, tail):
            timed.update(range(at, at + len(phrase)))
    doubting = {w for kind in (PAID_BUT, ANSWER) for w in cues.words_by_answer.get(
        (kind, PAID_BUT_QUESTION, PAID_BUT_OPTION), ())}
    named = [w for k, w in enumerate(tail) if k not in timed and w not in cues.stop_words
             and w not in doubting and w not in SYMBOLS]
    # "how long I can keep that", "if we can manage it": a verb of what was said before
    return not named or (len(named) == 1 and tail[-1] in cues.stop_words)


def _paid_as_due(hit: Hit) -> bool:
    """Whether a hit says debts are paid as they fall due ("we pay on time")."""
    return (hit.cue.question == PAID_BUT_QUESTION and hit.cue.option == ON_TRACK
            and not hit.negated)


def owed_with_payables(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause],
                        cues: Cues) -> bool:
    """Whether a supplier's lateness is ours: the supplier is listed with what we pay.

    "Electricity bill, machine lease and thread supplier all late 2 months": a list that
    names a payable before the supplier, in a sentence where a debt is read, is of payments
    we are late with, not of goods late to arrive.
    """
    if hit.negated:
        return False
    clause = clauses[hit.clause]
    first = kept_positions(clause.words, cues)[hit.positions[0]]
    listed = [w for c in clauses[: hit.clause] if c.sentence == clause.sentence
              for w in c.words] + clause.words[:first]
    if not names_a_payable(listed, cues):
        return False
    return any(other.cue.question == "debts" and not other.negated
               and clauses[other.clause].sentence == clause.sentence for other in hits)


def names_a_payable(words: Sequence[str], cues: Cues) -> bool:
    """Whether the words name something the business pays (a loan, rent, an instalment)."""
    return any(exactly(p, w) for p in cues.payables for w in words)


def our_kind(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether the kind of business a closure is of (`Hit.whole_kind`) is the writer's.

    The closure's clause names one sector, and it is every sector the text says: "the county
    closed all schools and tuition centres" is a school's closure; said beside "my tailoring
    shop", it is not.
    """
    plural = hit.whole_kind or ""
    sectors = [h for h in hits if h.cue.question == "sector" and h.cue.kind == ANSWER
               and not h.negated]
    named = {h.cue.option for h in sectors if h.clause == hit.clause}
    return bool(plural) and len(named) == 1 and {h.cue.option for h in sectors} == named


def anothers_trade(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a sector is said in a relative clause about someone else.

    "The mama who sells rolex at our stage closed her stall", "la tante qui vend des
    beignets", "el compadre que tiene la panadería": the antecedent of the relative pronoun
    before the cue (within RELATIVE_REACH words before it) is an `others` word, so the trade
    is theirs. Not a business named as ours in it ("my friend who works at my bakery"), nor
    a place named after a small word ("the tourists who come to the workshop").
    """
    if hit.cue.question != "sector":
        return False
    words = clause.words
    kept = kept_positions(words, cues)
    if hit.positions[-1] >= len(kept):
        return False
    first = kept[hit.positions[0]]
    relative = max((i for i, w in enumerate(words[:first]) if w in cues.relatives), default=-1)
    if relative <= 0 or not any(exactly(other, w) for other in cues.others
                                for w in words[max(0, relative - RELATIVE_REACH) : relative]):
        return False
    # "los turistas que llegan al taller": a place they come to, after a small word that is
    # no article ("a bakery") nor their possessive ("her stall"), may be ours
    before = words[first - 1]
    if before in cues.stop_words and not (before in cues.grammar.articles
                                          or before in cues.theirs or before in cues.relatives):
        return False
    return not any(owned(words, kept[p], cues, named_other=False) for p in hit.positions)


def by_nobody(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a staff change right after a word for no one is denied ("personne licencié").

    "Personne" is also "a person", so it is no negation of its own: only right before a
    staff change said as a participle or a verb ("tous les salaires payés, personne
    licencié, mêmes horaires").
    """
    if hit.negated or hit.cue.question != "staff_change":
        return False
    words = clause.words
    first = kept_positions(words, cues)[hit.positions[0]]
    if first == 0 or words[first - 1] not in cues.nobody:
        return False
    # "une personne licenciée" counts one person: it is no one only without a number.
    return first < 2 or number_word(words[first - 2], cues.grammar.values) is None


#: How many words a clause of a list may hold ("Internet", "site web", "page Facebook").
LIST_WORDS = 3


def denied_by_nothing(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a list that holds the hit is closed by a clause of nothing.

    "Internet, Facebook, rien du tout", "site web, Instagram, rien": the hit's clause and
    those after it in its sentence are short, up to one that is only a `nothing_after`
    phrase. "On a une page Facebook, rien d'autre" is no such list.
    """
    if hit.negated or len(clauses[hit.clause].words) > LIST_WORDS:
        return False
    sentence = clauses[hit.clause].sentence
    for clause in clauses[hit.clause + 1 :]:
        if clause.sentence != sentence:
            return False
        if tuple(clause.words) in cues.nothing_after:
            return True
        if len(clause.words) > LIST_WORDS:
            return False
    return False


def none_let_go(hit: Hit, cues: Cues) -> bool:
    """Whether a cue of an unchanged team only denies a lay-off ("nobody was fired").

    "No hemos despedido a nadie" says no one left, not that hours stayed: a negation or a
    word for no one is part of the cue, unlike "we kept everyone on full shifts".
    """
    return any(w in cues.negations or w in cues.nobody for w in hit.cue.words)


def short_week(clauses: list[Clause], cues: Cues) -> bool:
    """Whether the text puts the work on fewer days of the week ("3 jours par semaine")."""
    for clause in clauses:
        if clause.time in ("past", "future"):
            continue  # "we used to work 6 days a week": no cut said
        words = clause.words
        for phrase in cues.short_week:
            for i in range(1, len(words) - len(phrase) + 1):
                if all(exactly(w, words[i + k]) for k, w in enumerate(phrase)):
                    days = number_word(words[i - 1], cues.grammar.values)
                    if days is not None and 0 < days < 6:
                        return True
    return False


def not_done(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a lay-off is what was not done ("fewer hours rather than let anyone go").

    After `rather` ("rather than", "au lieu de", "en vez de"): what was done instead is
    said before it, or nothing is.
    """
    words = clause.words
    first = kept_positions(words, cues)[hit.positions[0]]
    return has_phrase(cues.rather, words[max(0, first - NEGATION_REACH - 2) : first])


def cash_or_another(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether cash is named with another way of paying after "or" ("cash or M-PAiSA").

    Not "cash only": the word after the cue must be one of `alternatives` with a word after.
    """
    words = clause.words
    last = kept_positions(words, cues)[hit.positions[-1]]
    return (last + 2 < len(words) and words[last + 1] in cues.alternatives
            and any(w not in cues.stop_words for w in words[last + 2 : last + 4]))


def wallet_only(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a way of paying is only where the owner keeps money, not how customers pay.

    "No bank account, I keep everything on my phone", "guardo la plata en Nequi": a
    `wallet` phrase in the hit's clause or the one before it in its sentence, and no word of
    paying (`paid_with`, "customers pay me on M-Pesa") in the hit's clause.
    """
    words = clauses[hit.clause].words
    return (has_phrase(cues.wallet, words)
            or has_phrase(cues.wallet, previous_words(clauses, hit.clause))) \
        and not has_phrase(cues.paid_with, words)


def working_now(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> list[Hit]:
    """Ways of working now said with "now" after the verb, after a closure.

    "The shop cannot open, we sell from the van now": the doubt "now * sell*" in a clause
    marked as now, with its "now" elsewhere in the clause. Only where a closure came before,
    so each is read as open and adapted (`adapted_after_closure`); alone it says nothing.
    """
    now = cues.times.get("now", ())
    doubts = [c for c in cues.of_kind.get(DOUBT, ()) if c.question == TRADING
              and len(c.words) > 1 and (c.words[0],) in now]
    found: list[Hit] = []
    for number, clause in enumerate(clauses):
        if clause.time != "now" or any(h.clause == number and h.cue.question == TRADING
                                       for h in hits):
            continue
        if has_phrase(cues.times.get("past", ()), clause.words):
            continue  # "before we make 5-6k a day now zero": then and now, not a way of work
        kept = kept_positions(clause.words, cues)
        plain = [clause.words[i] for i in kept]
        for cue in doubts:
            place = find_phrase(cue.words[1:], plain, cues.grammar.values, origin=kept)
            if place is None:
                continue
            if _counted_before(clause, kept[place[0][0]]):
                continue  # "I have 2 girls working with me, they at home now": staff counted
            last = kept[place[0][-1]]
            if last and clause.words[last - 1] in cues.possessives:
                continue  # "today the schools that give her most of her work": a noun
            hit = Hit(cue, place[0], False, 0, False, number, False)
            if adapted_after_closure(hit, hits, clauses, cues):
                found.append(hit)
                break
    return found


def _counted_before(clause: Clause, at: int) -> bool:
    """Whether a count stands just before the word at `at` ("2 girls working", "3 of us").

    Those counted do the work: it is a head count, not a way the business works now.
    """
    return any(q.end <= at <= q.end + COUNTED_REACH and not (q.percent or q.article)
               for q in clause.quantities)


def kept_positions(words: Sequence[str], cues: Cues) -> list[int]:
    """Where the words a cue is matched on (no stop words, no symbols) are in a clause."""
    return [i for i, w in enumerate(words) if w not in cues.stop_words and w not in SYMBOLS]


def closes_a_part(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a closure is of a number of things ("closed 2 rooms", "cerramos 2 puestos").

    Not of a time ("closed 10 days", "fermé 3 fois", "closed at 4 pm"): the number must be
    followed by something counted that is not a unit, how often, an hour or a word of when
    ("biz closed 4 now": "4" is typed for "for").
    """
    words = clause.words
    at = kept_positions(words, cues)[hit.positions[-1]] + 1
    skipped = 0
    while at < len(words) and words[at] in cues.stop_words and skipped < PART_REACH:
        at, skipped = at + 1, skipped + 1
    if at + 1 >= len(words) or number_word(words[at], cues.grammar.values) is None:
        return False
    if has_phrase(cues.since, words[at - skipped : at]):
        return False  # "closed since 12 March": a date
    thing = words[at + 1]
    return (thing not in cues.units and thing not in cues.frequency and thing not in cues.clock
            and thing not in cues.stop_words and thing not in SYMBOLS
            and number_word(thing, cues.grammar.values) is None
            and not has_phrase(cues.since, [thing])
            and not any((thing,) in phrases for phrases in cues.times.values()))


def rest_still_open(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether another clause says the rest of the business still works: a closure of a part.

    "The kitchen is shut, the bar and rooms still open", "cerramos la del centro, la otra
    sigue abierta": told in a clause of its own, after the closure or before it, not denied
    ("the other is not open either") and not of another time.
    """
    for number, clause in enumerate(clauses):
        if number == hit.clause or clause.time in ("past", "future"):
            continue
        if any(w in cues.negations for w in clause.words):
            continue
        if _says_rest_open(clause.words, cues):
            return True
    return False


def _says_rest_open(words: Sequence[str], cues: Cues) -> bool:
    """Whether a clause says the rest still works, as written or its stop words dropped.

    "The rest of the hotel is open": "rest * open" with four words between, three of them
    stop words; "still running" holds one ("still").
    """
    return has_cue(cues.rest_open, words) or has_cue(
        cues.rest_open, [w for w in words if w not in cues.stop_words])


def _counts_a_stretch(hit: Hit, words: Sequence[str], cues: Cues) -> bool:
    """Whether a number in a cue of opening hours counts days, weeks or months instead.

    "close 4 now" is a closing hour; "close 10 days now" is how long a closure has lasted.
    """
    kept = kept_positions(words, cues)
    cue = hit.cue.words
    for k, (word, at) in enumerate(zip(cue, hit.positions, strict=False)):
        names_unit = k + 1 < len(cue) and cue[k + 1] in cues.units  # "open # days a week"
        if word == "#" and at < len(kept) and not names_unit:
            after = kept[at] + 1
            if after < len(words) and cues.units.get(words[after]) in LASTED:
                return True
    return False


def closure_of_a_place(hit: Hit, words: Sequence[str], cues: Cues) -> bool:
    """Whether a clause that closes something names a place and neither us nor a business.

    "Rumichaca cerrado hace 12 días por cierre de frontera", "route fermée depuis 10 jours":
    the place's closure; "we are closed because of the border" and "the shop is closed"
    still speak of a business.
    """
    cue_at = {kept_positions(words, cues)[p] for p in hit.positions}
    others = [w for i, w in enumerate(words) if i not in cue_at]
    if any(w in cues.ours for w in words):
        return False
    if any(exactly(noun, w) for noun in cues.business_nouns for w in others):
        return False  # not the closure's own word: "ferme" is also a farm
    return any(exactly(place, w) for place in cues.places for w in words)


def adapted_after_closure(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause],
                           cues: Cues) -> bool:
    """Whether working another way now follows a closure or a limit: it works, adapted.

    "The market is closed, now I sell in front of my house"; "on peut plus circuler certains
    jours ... maintenant on fait de la livraison dans le quartier": a limit said before, now
    worked around, or a place it moved to said after it (`_from_elsewhere`). Not a reopening
    ("closed 6 weeks, now we reopened"): whether it is fully open is asked.
    """
    clause = clauses[hit.clause]
    now = cues.times.get("now", ())
    if clause.time != "now" or (hit.cue.words[0],) not in now:
        return False  # "now * sell*", not "on a rouvert un petit point de vente"
    kept = kept_positions(clause.words, cues)
    said = [clause.words[kept[p]] for p in hit.positions]
    single = [c.words[0] for c in cues.of_kind.get(DOUBT, ()) if c.question == TRADING
              and len(c.words) == 1]
    if any(same_word(cue, w) for cue in single for w in said):
        return False
    # A limit only before "now" said with the way of working ("maintenant on fait de la
    # livraison"), not with "now" elsewhere in the clause ("all still working now").
    limits = LIMITS if len(hit.positions) == len(hit.cue.words) else LIMITS[:1]
    return any(other.cue.question == TRADING and other.cue.option in limits
               and not other.negated and other.clause <= hit.clause
               and clauses[other.clause].time != "now"
               and (other.clause < hit.clause or other.positions[-1] < hit.positions[0])
               for other in hits) or _from_elsewhere(hit, clause, kept, cues)


def _from_elsewhere(hit: Hit, clause: Clause, kept: Sequence[int], cues: Cues) -> bool:
    """Whether the work done now is done somewhere it was not: a place of `moved_to` after it.

    "ahora estoy reparando cauchos en el frente de la casa de mi mamá", "maintenant je tresse
    les clientes chez ma maman": the premises were lost in words no cue reads (an eviction, a
    roof fallen in, a kiosk removed), the place says the business moved.
    """
    at = kept[hit.positions[-1]]
    if about_others(clause.words, at, at, cues):
        return False  # "contracts ended as everyone works from home now": their work
    return has_cue(cues.moved_to, clause.words[at + 1:])


def strike_stops_goods(hit: Hit, hits: Sequence[Hit], cues: Cues) -> bool:
    """Whether a strike read as a conflict is a blockade: the text says goods are stopped.

    "le port est en grève, mes marchandises sont bloquées", "the strike, my goods are stuck":
    a supply cut off or a blockade said beside it; riots or looting said too stay a conflict
    (the first tier of the crisis's causes).
    """
    if hit.cue.question != "crisis_type" or hit.cue.option != "conflict" or not all(
            w in cues.strikes or w in cues.stop_words for w in hit.cue.words):
        return False
    return any(not other.negated and (
        (other.cue.question == "supplier_risk" and other.cue.option == "cut_off")
        or (other.cue.question == "crisis_type" and other.cue.option == "blockade"))
        for other in hits)


def staff_alike(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a generic "same as before" speaks of the staff, not of sales.

    "5 staff still full time, same like before", "los empleados siguen igual": a generic
    cue of sales unchanged in a clause that names the staff and no word of sales; people in
    general (`crowd`: "people still buying same like before") are the customers.
    """
    if hit.cue.question != "revenue_change" or hit.cue.kind != GENERIC:
        return False
    change = next((c for c in cues.changes if c.question == "revenue_change"), None)
    return (any(w in cues.people and w not in cues.crowd for w in clause.words)
            and not (change and has_cue(change.context, clause.words)))


#: How many words before a word of `agents` a blockade may end ("blocus des routes par").
AGENT_REACH = 3


def blocked_by(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a conflict read is who blocks the roads: the crisis is the blockade.

    "le blocus des jihadistes", "les routes sont bloquées par les djihadistes", "los bloqueos
    de carreteras por las protestas", "roads blocked by the rebels": a word of `agents` ("by",
    "par", "por") right before the conflict (stop words aside), a blockade before it in its
    clause, at most `AGENT_REACH` words before the agent ("le blocus des routes par les
    jihadistes"). "The war cut the road" names the war first, and "the road is blocked and the
    town was attacked by the rebels" gives the agent to the attack: a conflict still.
    """
    if hit.cue.question != "crisis_type" or hit.cue.option != "conflict" or hit.negated:
        return False
    words = clauses[hit.clause].words
    kept = kept_positions(words, cues)
    at = kept[hit.positions[0]] - 1
    while at >= 0 and words[at] in cues.stop_words and words[at] not in cues.agents:
        at -= 1
    if at < 0 or words[at] not in cues.agents:
        return False
    return any(other.clause == hit.clause and other.cue.question == "crisis_type"
               and other.cue.option == "blockade" and not other.negated
               and 0 < at - kept[other.positions[-1]] <= AGENT_REACH for other in hits)


def contrasted_hits(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) that give way to what the rest of their sentence says.

    Someone else's before a "but" that says ours (`_theirs_before_ours`); debts on track
    before a clause that says a payment may not be made (`turned_to_risk`); the least of the
    ways a question adds up, hedged ("cash mostly": `hedged_least`).
    """
    return (_theirs_before_ours(hits, clauses, cues)
            | {k for k, hit in enumerate(hits) if turned_to_risk(hit, hits, clauses, cues)
               or hedged_least(hit, clauses[hit.clause], cues)})


def turned_to_risk(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether debts said to be on track are turned, later in the sentence, into a risk.

    "Tenemos un préstamo, vamos al día, pero con la baja del precio quizás no lleguemos a
    pagar la cuota", "on paie à temps, mais on ne pourra pas payer l'échéance de décembre":
    a later clause names what is paid and denies something of it, and no cue of debts reads
    it ("..., no rent is late" is read, and on track too). The risk, said last, is what the
    writer turns to: the reader asks rather than read the debts as on track. A later clause
    read as some at risk ("but next month I don't know if we can") is read so, when it
    doubts paying (`doubts_paying`), not something else ("if we can open a second shop").
    """
    if not _paid_as_due(hit):
        return False
    sentence = clauses[hit.clause].sentence
    # "the loan we pay on time but next month I don't know if we can": a risk of paying read
    # after it in the sentence is what the writer turns to
    if any(other.clause > hit.clause and clauses[other.clause].sentence == sentence
           and other.cue.question == PAID_BUT_QUESTION and other.cue.option == PAID_BUT_OPTION
           and not other.negated and doubts_paying(other, clauses[other.clause], cues)
           and (other.cue.kind != PAID_BUT or still_paid(other, hits, clauses, cues))
           for other in hits):
        return True
    read = {other.clause for other in hits if other.cue.question == PAID_BUT_QUESTION}
    return any(later.sentence == sentence and number not in read
               and names_a_payable(later.words, cues)
               and any(w in cues.negations for w in later.words)
               for number, later in enumerate(clauses[hit.clause + 1 :], start=hit.clause + 1))


def hedged_least(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether the least option of a question whose options add up is hedged: not the only.

    "Customers pay cash mostly", "les clients paient surtout en espèces", "casi todo es en
    efectivo": cash, and other ways too, so not "cash only" (which others are is not said).
    """
    order = cues.highest.get(hit.cue.question)
    if hit.negated or not order or hit.cue.option != order[0]:
        return False
    return hit.hedged or has_phrase(cues.mostly, clause.words)


def _theirs_before_ours(hits: Sequence[Hit], clauses: Sequence[Clause],
                        cues: Cues) -> set[int]:
    """The hits (by index) said of someone else before a "but" that says ours.

    "la boulangerie d'en face a licencié 3 personnes mais j'ai gardé mes employés": of one
    sentence, a clause naming none of us gives way, on a question about us, to a later
    clause after a break that names us and answers it too.
    """
    dropped: set[int] = set()
    for k, hit in enumerate(hits):
        clause = clauses[hit.clause]
        if hit.cue.question not in cues.about_us or any(w in cues.ours for w in clause.words):
            continue
        # someone named ("la boulangerie d'en face", "the factory"), not a clause with no
        # subject said ("laid off 2 but we kept the rest" is ours)
        if not any(exactly(noun, w) for w in clause.words
                   for noun in (*cues.others, *cues.business_nouns)):
            continue
        if any(other.cue.question == hit.cue.question and other.clause > hit.clause
               and clauses[other.clause].sentence == clause.sentence
               and not other.negated
               and any(w in cues.ours for w in clauses[other.clause].words)
               and any(c.after in cues.breaks
                       for c in clauses[hit.clause : other.clause])
               for other in hits):
            dropped.add(k)
    return dropped


def effect_hits(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) that say what a cause said right after them brought about.

    "burnt during the riots", "brûlé pendant les émeutes", "quemado en los disturbios": of two
    options of one tier of `causes` in one clause, the one said a few words later is the
    cause, so the crisis; two joined by "and" ("the floods and the cholera") are both said.
    """
    effects: set[int] = set()
    for number, effect in enumerate(hits):
        tiers = cues.causes.get(effect.cue.question)
        if not tiers or effect.negated or not effect.cue.option:
            continue
        words = clauses[effect.clause].words
        kept = kept_positions(words, cues)
        for cause in hits:
            if (not _one_tier(effect, cause, tiers)
                    or cause.positions[0] <= effect.positions[0]):
                continue
            end = max(p for p in effect.positions if p < cause.positions[0])
            between = words[kept[end] + 1 : kept[cause.positions[0]]]
            if len(between) <= CAUSE_REACH and not any(
                    w in cues.joins or w in cues.breaks or w in cues.subject_breaks
                    for w in between) and not (between and all(w in cues.did for w in between)):
                effects.add(number)  # not "la roya nos quemó": that one is its verb
        if _done_by(effect, hits, words, kept, tiers, cues):
            effects.add(number)
    return effects


def _one_tier(effect: Hit, cause: Hit, tiers: Sequence[Sequence[str]]) -> bool:
    """Whether `cause` is another option of `effect`'s tier, said plainly in its clause."""
    return (cause.clause == effect.clause and cause.cue.question == effect.cue.question
            and not cause.negated and cause.cue.option not in ("", effect.cue.option)
            and any(effect.cue.option in t and cause.cue.option in t for t in tiers))


def _done_by(effect: Hit, hits: Sequence[Hit], words: Sequence[str], kept: Sequence[int],
             tiers: Sequence[Sequence[str]], cues: Cues) -> bool:
    """Whether a one-word cue is what a cause said just before it did to the business.

    "la roya nos quemó la mitad", "le swollen shoot a attaqué mes cacaoyers": a verb of
    another option of the cause's tier, past only little words ("nos", "a") and no "and",
    tells what the disease did, not a second crisis (the little words are `did`).
    """
    if len(effect.cue.words) != 1:
        return False
    for cause in hits:
        if not _one_tier(effect, cause, tiers) or cause.positions[-1] >= effect.positions[0]:
            continue
        between = words[kept[cause.positions[-1]] + 1 : kept[effect.positions[0]]]
        if 0 < len(between) <= CAUSE_REACH and all(w in cues.did for w in between):
            return True
    return False


def resolved(doubt: Hit, hits: Iterable[Hit], clauses: Sequence[Clause]) -> bool:
    """Whether a plain cue later in a doubt's sentence says what the doubt left open.

    "We reopened" could be fully or partly open; "... but only for lunch" says which.
    """
    sentence = clauses[doubt.clause].sentence
    return any(hit.cue.kind == ANSWER and hit.cue.question == doubt.cue.question
               and not hit.negated and clauses[hit.clause].sentence == sentence
               and (hit.clause, hit.positions[0]) > (doubt.clause, doubt.positions[-1])
               for hit in hits)


def feared(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a kind of crisis is only feared: "j'ai peur qu'il y ait des troubles".

    Words of fear stand before the cue in its clause; "les clientes ont peur" (customers
    afraid now) names no fear of something to come, so it is not among them. A clause that
    opens on a condition and tells what will be, or asks ("If a cyclone comes like Freddy",
    "if the kwacha is devalued again should I buy stock", "Si llega la roya otra vez, ¿qué
    hago?"), names what may come.
    """
    clause = clauses[hit.clause]
    if _opens_on_condition(clause.words, cues) and (
            clause.time == "future" or any(
                c.asked for c in clauses[hit.clause:] if c.sentence == clause.sentence)):
        return True
    start = kept_positions(clause.words, cues)[hit.positions[0]]
    return has_phrase(cues.feared, clause.words[:start])


def torn(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether the writer says they cannot tell which trouble is worse ("no sé cuál pesa más").

    Of two kinds of crisis the text names, neither is then the one hitting most.
    """
    return any(has_phrase(cues.torn, clause.words) for clause in clauses)


def calm_now(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether the text says nothing is wrong now ("no tengo ninguna crisis").

    A crisis it names was then, or is only feared, and is not the answer.
    """
    return any(has_phrase(cues.calm_now, clause.words) for clause in clauses)
