"""A crisis told as over, or an illness of the writer's own, is not the business's crisis now.

"We survived the tsunami in 2004, that is long over", "le covid on avait fermé deux mois mais
ça c'est fini", "el terremoto ya pasó": a marker of something over (`over:` in the cue file)
that ends a clause makes what that clause, and the clauses of its sentence before it, say of
the questions in `over_questions:` (the crisis, whether the business trades) about then, not
now. What comes after the marker ("now the problem is no petrol") is read as ever.

"2020 covid we closed 3 months, now prices are the problem", "en août on a fermé 2 mois,
maintenant...", "hace dos años cerramos un mes, ahora...": a clause dated in the past (a year, a
month or season, `dated:`, or years counted back, `ago:`), and the clauses after it in its
sentence, tell a story of then once a later clause speaks of now: a closure said there is not
whether the business trades, and a crisis said only there yields to one said elsewhere (or,
long ago, to one dated by a month, or to nothing when a later sentence opens on "now"). "Since
2023", "depuis septembre", "desde enero" start what still goes on: they date nothing.

"The typhoon last October broke our roof ... all good now", "après le séisme de 2023 on a
fermé 2 mois, maintenant on est complet": a crisis told of then (dated, or said in the past)
before a clause that says the business is back as it was (`recovered:`) is over too.

"Hasta ahora estoy al día pero octubre no sé", "loan repayments are up to date but I'm worried
about the one due in May": payments made until now, then a doubt of the next after a contrast
(`unsure:`), say one may be missed: at risk, not on track. So does a sentence that names
something the business pays (`payables:`) and a doubt ("boat loan due the 15th, paid Jan and
Feb, March I dont know", "el alquiler es el 5, este mes ya pagué, el otro no sé"), where the
cues said nothing else of debts or said them paid.

"El dengue me tiene en cama", "j'ai attrapé le palu", "I got malaria": a disease said beside
words of falling ill (`ill:`) is the writer's illness, not an epidemic the business lives in.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.clauses import (
    Clause,
    Hit,
    exactly,
    has_phrase,
    number_word,
    phrases_at,
    unit_after,
)
from bot.cues import ANSWER, Cues
from bot.judging import LASTED, kept_positions, names_a_payable
from bot.numbers import digits, phrase_at

#: The answer a disease gives, which an illness of the writer's own does not.
EPIDEMIC = ("crisis_type", "epidemic")
#: How many words before a disease, or after it, words of falling ill may stand.
ILL_BEFORE = 4
ILL_AFTER = 4
#: The years a four-digit number is read as a date in ("2020 covid we closed 3 months").
YEARS = (1980, 2039)
#: How many words before a date a word of `since` makes it a start, not a date ("since 2023").
SINCE_REACH = 3
#: How many words from a word of `ago` a count of years may stand ("hace dos años").
AGO_REACH = 3
#: The crisis question: one said only of then yields to one said elsewhere.
CRISIS = "crisis_type"
#: What a story of then stops being read as: whether the business trades now.
TRADING = "trading_status"
#: How many words may open a sentence before its word of now ("and now", "pero ahora").
NOW_OPENS = 2
#: How many words before a phrase of being back a negation denies it ("not yet back to normal").
NOT_BACK = 3
#: How many words before a payable a negation denies it ("no loan, no rent").
NO_PAYABLE = 2
#: How many words (stop words aside) may follow a doubt that still doubts paying ("si je
#: peux", "si vamos a llegar"); more name something else ("if we can open a second shop").
DOUBT_TAIL = 2
#: Payments made so far, and what a doubt of the next one makes of them.
ON_TRACK = ("debts", "on_track")
AT_RISK = "some_at_risk"


def told_over(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) of an over question said in or before a clause marked as over.

    Those of a story told of then, before a clause of now, too (`told_then`).
    """
    cuts = {number: cut for number, clause in enumerate(clauses)
            if (cut := _ends_over(clause, cues)) is not None
            and _over_of_it(number, clause, cut, hits, cues)}
    over = set(cuts)
    last = {clauses[n].sentence: n for n in sorted(over)}  # the last over clause of each
    # "Ebola shut us for a year. Thank God that is over.": a sentence that opens by telling
    # something is over, and names nothing it asks of, ends the sentence before it.
    for n in sorted(over):
        sentence = clauses[n].sentence
        if (n > 0 and clauses[n - 1].sentence == sentence - 1 and sentence - 1 not in last
                and not any(hit.clause == n and hit.cue.question in cues.over_questions
                            for hit in hits)):
            last[sentence - 1] = n - 1
    return {k for k, hit in enumerate(hits)
            if hit.cue.question in cues.over_questions
            and hit.clause <= last.get(clauses[hit.clause].sentence, -1)
            and not _after_cut(hit, clauses[hit.clause], cuts.get(hit.clause), cues)
            } | told_then(hits, clauses, cues) | recovered_since(hits, clauses, cues)


def _over_of_it(number: int, clause: Clause, cut: int, hits: Sequence[Hit], cues: Cues
                ) -> bool:
    """Whether a marker of something over speaks of the crisis, not of what a cue names.

    "That one is over", "the curfew is finished", "ya lo arreglamos": yes; "cash is finished"
    is a cue of money left (a `careful` question other than those over), gone, not over. A
    cue after the "and" that ends the over part is of now ("covid is long gone and this
    year is better than ever").
    """
    return not any(hit.clause == number and hit.cue.kind == ANSWER
                   and hit.cue.question in cues.careful
                   and hit.cue.question not in cues.over_questions
                   and not _after_cut(hit, clause, cut, cues) for hit in hits)


def _after_cut(hit: Hit, clause: Clause, cut: int | None, cues: Cues) -> bool:
    """Whether a hit stands after the "and" that ends an over part of its clause."""
    if cut is None or cut >= len(clause.words):
        return False
    kept = kept_positions(clause.words, cues)
    return hit.positions[0] < len(kept) and kept[hit.positions[0]] > cut


def told_then(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) of a story told of then, before a clause of now.

    A closure in a dated clause is not whether the business trades now; a crisis said only in
    dated clauses yields to a crisis said in others ("2020 covid ..., now prices"), or, if
    dated long ago, to one dated by a month; and one dated long ago yields even alone when a
    later sentence opens on now ("During covid we got by. Now our biggest contract moved").
    """
    dated = _dated_clauses(clauses, cues)
    if not dated:
        return set()
    # A later clause of now: its time is now, or something began and goes on ("desde").
    now = [n for n, clause in enumerate(clauses) if n not in dated and (
        clause.time == "now" or has_phrase(cues.since, clause.words))]
    then = {n: far for n, far in dated.items() if any(later > n for later in now)}
    # A crisis of a dated clause yields to one said undated, before or after it: "la
    # frontière est fermée ... Pendant le covid c'était fermé aussi" is the border's.
    elsewhere = {hit.cue.option for hit in hits if hit.cue.question == CRISIS
                 and not hit.negated and hit.clause not in dated}
    # ... and one dated long ago to one dated by a month: "covid first. then a ram raid in
    # march" is the ram raid's
    lately = {hit.cue.option for hit in hits if hit.cue.question == CRISIS
              and not hit.negated and dated.get(hit.clause) is False}
    # ... when dated by an era ("pendant le covid"): a month may start what still goes on,
    # and a number like a year may be an amount ("the rial passed 2000 for one dollar")
    dated = {n: far for n, far in dated.items()
             if n in then or _not_since_any(cues.era, clauses[n].words, cues)}
    found = set()
    for k, hit in enumerate(hits):
        if hit.clause not in dated:
            continue
        if hit.cue.question == TRADING:
            if hit.clause in then and (then[hit.clause] or _lasted(clauses[hit.clause], cues)):
                found.add(k)
        elif hit.cue.question == CRISIS:
            # a crisis of then said alone stands: its writers label it as still hitting
            # ("Otis nos destrozó en octubre 2023 ... ahora"), so it is not dropped; unless
            # it was long ago and a later sentence opens on now ("During covid we survived
            # on deep cleans. Now our biggest contract moved"): that one is the story now
            others = elsewhere | (lately if dated[hit.clause] else set())
            if others - {hit.cue.option} or (
                    then.get(hit.clause) and _turns_to_now(hit.clause, clauses, cues)
                    and not _goes_on(clauses[hit.clause], cues)):
                found.add(k)
    return found


def _goes_on(clause: Clause, cues: Cues) -> bool:
    """Whether a dated clause tells what began then and still goes on.

    "Stopped since the flood in 2023": a word of `since` in it, unless the clause is dated by
    an era ("pendant le covid", "durante la pandemia": those words say when, not since when).
    """
    return has_phrase(cues.since, clause.words) and not has_phrase(cues.era, clause.words)


def _turns_to_now(number: int, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a later sentence opens on a word of now ("Now", "Ahora", "but now")."""
    now = cues.times.get("now", ())
    seen = {clauses[number].sentence}
    for clause in clauses[number + 1:]:
        if clause.sentence in seen:
            continue
        seen.add(clause.sentence)
        if any(at < NOW_OPENS for at, _ in phrases_at(now, clause.words)):
            return True
    return False


def recovered_since(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) of an over question told of then, before the business is back.

    "La DANA nos inundó en octubre ... ya reabrimos y vamos bien otra vez": the clause of a
    crisis must be dated, said in the past or after a word of `after_then` ("after the
    volcano we rebuilt everything, all good now"), without a word of `since` ("since the quake
    the coop is still rebuilding" goes on), and a phrase later in the text says, not denied,
    not asked and not as a condition, that the business is back as it was. What the words of
    being back answer themselves ("ya volvimos a la normalidad": open as normal) stands.
    """
    back = [(n, at, end) for n, clause in enumerate(clauses)
            for at, end in _back_at(clause, cues)]
    if not back:
        return set()
    then = _dated_clauses(clauses, cues)
    found = set()
    for k, hit in enumerate(hits):
        clause = clauses[hit.clause]
        if hit.cue.question not in cues.over_questions:
            continue
        start = kept_positions(clause.words, cues)[hit.positions[0]]
        ends = [end for n, at, end in back if n == hit.clause and at <= start]
        if ends:
            # Said with or after the words of being back: now; unless it is what they are
            # back from ("ya nos recuperamos de la pandemia").
            if all(_recovered_from(clause, end, start, cues) for end in ends):
                found.add(k)
            continue
        if not any((n, at) > (hit.clause, start) for n, at, _ in back):
            continue
        if hit.clause in then or ((clause.time == "past" or cues.after_then & set(
                clause.words[:start])) and not has_phrase(cues.since, clause.words)):
            found.add(k)
    return found


def _back_at(clause: Clause, cues: Cues) -> list[tuple[int, int]]:
    """Where a clause says the business is back as it was ("now everything normal").

    Each place as (start, end) of the words of being back.
    """
    if clause.asked or cues.conditions & set(clause.words):
        return []
    return [(at, at + len(phrase)) for at, phrase in phrases_at(cues.recovered, clause.words)
            if not set(clause.words[max(0, at - NOT_BACK) : at]) & cues.negations]


def _recovered_from(clause: Clause, end: int, start: int, cues: Cues) -> bool:
    """Whether words of being back end in "of" right before a hit ("recuperamos de la DANA").

    Only stop words may stand between that "of" and the hit: what they are back from.
    """
    between = clause.words[end:start]
    return bool(between) and between[0] in cues.of_words and all(
        w in cues.stop_words or w in cues.of_words for w in between)


def _lasted(clause: Clause, cues: Cues) -> bool:
    """Whether a clause tells how long something lasted ("closed 3 months", "un mes")."""
    return any(unit_after(clause, q, cues) in LASTED
               for q in clause.quantities)


def _dated_clauses(clauses: Sequence[Clause], cues: Cues) -> dict[int, bool]:
    """The clauses dated in the past, and the clauses after each in its sentence.

    Each tells whether it is dated by a year (long ago) rather than a month, which may have
    started what still goes on ("fermé le territoire en juin"): a closure dated by a month
    is of then only when it tells how long it lasted. A later clause of the sentence with its
    own time ("now", "if") or a word of `since` speaks of that time instead.
    """
    found: dict[int, bool] = {}
    for n, clause in enumerate(clauses):
        if (far := _dated(clause.words, cues)) is not None:
            found[n] = far
        elif (n - 1 in found and clauses[n - 1].sentence == clause.sentence
              and clause.time in (None, "past") and not has_phrase(cues.since, clause.words)):
            found[n] = found[n - 1]
    return found


def _dated(words: Sequence[str], cues: Cues) -> bool | None:
    """How a clause is dated in the past: by a year or years ago, by a month, or not at all.

    True for a year ("2020", "two years ago", "last year"), False for a month or season
    ("last june"), None for no date; a date after a word of `since` is a start ("since
    2023"), no date.
    """
    for at, word in enumerate(words):
        year = digits(word) if len(word) == 4 else None
        if year is not None and YEARS[0] <= year <= YEARS[1] and not (
                at + 1 < len(words) and words[at + 1] in cues.units) and _not_since(
                    words, at, cues):
            return True
    if _not_since_any(cues.era, words, cues):
        return True  # "covid time we closed", "pendant le covid": long ago, as a year
    found: bool | None = None
    for phrases, counted in ((cues.dated, False), (cues.ago, True)):
        for at, phrase in phrases_at(phrases, words):
            if counted and not _years_beside(words, at, at + len(phrase), cues):
                continue  # "hace 8 meses ... abrió una obra": begun lately, it goes on
            if _not_since(words, at, cues):
                # "last year", "l'an dernier", "el año pasado" date by a year, as "2020"
                # does; of two dates ("il y a deux ans ... pendant le covid"), the year
                found = found or counted or any(cues.units.get(w) == "years" for w in phrase)
    return found


def _not_since_any(phrases: Sequence[tuple[str, ...]], words: Sequence[str], cues: Cues
                   ) -> bool:
    """Whether one of `phrases` stands in the words with no word of `since` right before."""
    return any(_not_since(words, at, cues) for at, _ in phrases_at(phrases, words))


def _not_since(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether no word of `since` (other than one of `ago`) comes right before a date."""
    return not begun_at(words, at, cues)


def begun_at(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word of `since` (not one of `ago`) comes right before the time at `at`.

    "Since last week", "depuis la semaine dernière", "desde el mes pasado": a past time
    after it is when something began that still goes on, not a story of then.
    """
    before = words[max(0, at - SINCE_REACH) : at]
    since = [p for p in cues.since if p not in cues.ago]
    return has_phrase(since, before)


def _years_beside(words: Sequence[str], start: int, end: int, cues: Cues) -> bool:
    """Whether years are counted right before or after a word of `ago` ("two years ago")."""
    near = [*words[max(0, start - AGO_REACH) : start], *words[end : end + AGO_REACH]]
    return any(cues.units.get(w) == "years" for w in near) and any(
        number_word(w, cues.grammar.values) is not None or w in cues.grammar.articles
        for w in near)


def _ends_over(clause: Clause, cues: Cues) -> int | None:
    """Where the over part of a clause ends, if a marker of something over ends it.

    Only stop words and time words, none a number, may follow the marker ("ya terminó hace
    rato"); not anything else ("it is over 50 %", "c'est fini de payer" speak of something
    else), but an "and" after it starts what is now ("that's finished now and bookings came
    back"): the index of that word, or the clause's length; None if no marker ends it.
    """
    words = clause.words
    ands = cues.joins & cues.subject_breaks
    for i, phrase in phrases_at(cues.over, words):
        start = i + len(phrase)
        cut = next((k for k in range(start, len(words)) if words[k] in ands), len(words))
        if all((w in cues.stop_words or w in cues.over_after)
               and number_word(w, cues.grammar.values) is None for w in words[start:cut]):
            return cut
    return None


def taken_ill(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) of an epidemic that is the writer's own illness ("me dio dengue").

    Words of falling ill ("kept me in bed", "j'ai attrapé", "me dio") within a few words
    before or after the disease, in a clause where the writer speaks of themself; "covid
    closed my shop" has none, so it is the crisis.
    """
    found = set()
    for k, hit in enumerate(hits):
        if (hit.cue.question, hit.cue.option) != EPIDEMIC or hit.negated:
            continue
        words = clauses[hit.clause].words
        if not any(w in cues.self_words for w in words):
            continue
        at = _word_at(hit, words, cues)
        if at is None:
            continue
        near = words[max(0, at - ILL_BEFORE) : at + 1 + ILL_AFTER]
        if has_phrase(cues.ill, near):
            found.add(k)
    return found


def _word_at(hit: Hit, words: Sequence[str], cues: Cues) -> int | None:
    """Where a hit's first word is among all a clause's words (stop words too)."""
    kept = kept_positions(words, cues)
    first = hit.positions[0]
    return kept[first] if first < len(kept) else None


def paid_till_now(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether payments said made so far are followed by a doubt of the next one.

    After the payments, in their sentence, a contrast (`breaks`: "but", "pero", "mais") and
    words of doubt (`unsure`) in the same clause or one after it: "up to date but I'm worried
    about May", "hasta ahora estoy al día pero octubre no sé"; not a doubt that names
    something else after "if" (`_asks_another`). A question asks, it doubts nothing.
    """
    for hit in hits:
        if (hit.cue.question, hit.cue.option) != ON_TRACK or hit.negated:
            continue
        clause = clauses[hit.clause]
        kept = kept_positions(clause.words, cues)
        last = hit.positions[-1]
        # what follows the payments in their sentence, with the words that cut its clauses
        # ("but" ends the clause of "up to date")
        after = [*(clause.words[kept[last] + 1 :] if last < len(kept) else []), clause.after]
        for later in clauses[hit.clause + 1 :]:
            if later.sentence != clause.sentence or later.asked:
                break
            after += [*later.words, later.after]
        contrast = next((k for k, w in enumerate(after) if w in cues.breaks), None)
        if contrast is None:
            continue
        doubted = [w for w in after[contrast + 1 :] if w is not None]
        if any(not phrase_at(doubted, at + len(phrase), cues.undecided)
               and not _asks_another(doubted[at + len(phrase) :], cues)
               for at, phrase in phrases_at(cues.unsure, doubted)):
            return True  # not "but I don't know what to do", nor "... if we can open a
            # second shop": a doubt of what comes
    return False


def payable_doubted(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a sentence names a payable of the business's and doubts, in it, paying.

    "Insurance for all the cars $3,200 due the 28th and I dont know where thats coming from",
    "échéance du prêt engrais en mars, je sais pas comment": a payable (`payables:`), not denied
    just before ("no loan"), and words of doubt (`unsure:`) that do not ask what to do ("I
    don't know what to do"), fear what may come (`feared:`, "me preocupa que suban el
    alquiler") or name something else after them (more than `DOUBT_TAIL` words: "I don't know
    if we can open a second shop"), in one sentence of statements; a personal payable ("his
    rent", `private:`) is not the business's.
    """
    sentences: dict[int, list[Clause]] = {}
    for clause in clauses:
        if not clause.asked:
            sentences.setdefault(clause.sentence, []).append(clause)
    for told in sentences.values():
        words = [w for clause in told for w in clause.words]
        if any(phrases_at(cues.private, words)):
            continue
        if not any(any(exactly(p, w) for p in cues.payables)
                   and not any(n in cues.negations for n in words[max(0, k - NO_PAYABLE):k])
                   for k, w in enumerate(words)):
            continue
        for clause in told:
            feared = {k for at, phrase in phrases_at(cues.feared, clause.words)
                      for k in range(at, at + len(phrase))}
            # not "I'm scared the light bill goes up" (a fear), "I don't know if we can open
            # a second shop" (a doubt of something else)
            if any(not phrase_at(clause.words, at + len(phrase), cues.undecided)
                   and at not in feared
                   and not _doubts_another(clause.words[at + len(phrase) :], cues)
                   for at, phrase in phrases_at(cues.unsure, clause.words)):
                return True
    return False


def _asks_another(tail: Sequence[str], cues: Cues) -> bool:
    """Whether a doubt goes on with "if" and names something other than paying after it.

    "..., but I don't know if we can open a second shop"; not "but not sure we'll get
    through winter", which doubts what pays the bills.
    """
    return bool(tail) and tail[0] in cues.conditions and _doubts_another(tail[1:], cues)


def _doubts_another(tail: Sequence[str], cues: Cues) -> bool:
    """Whether what follows a doubt names something other than paying ("open a second shop")."""
    named = [w for w in tail if w not in cues.stop_words and not w.isdigit()]
    return len(named) > DOUBT_TAIL and not names_a_payable(tail, cues)
