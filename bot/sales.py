"""How sales changed, read from a description's numbers.

Before and after, shares of normal, falls and rises, and the amounts that are prices or
counts instead of sales.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot.clauses import Clause, Hit, Said, exactly, has_cue, has_phrase, number_word, phrases_at
from bot.cues import (
    Change,
    Cues,
)
from bot.matching import MONTHS_PER
from bot.numbers import FRACTION, MINUS, PLUS, RANGE, Quantity, phrase_at

#: Words that are kept as words but are never part of a cue.
SYMBOLS = frozenset({PLUS, MINUS, RANGE, FRACTION})  # "%" is a word of cues ("% capacity")


#: How many words before an amount a marker ("used to", "now") may stand.
MARK_REACH = 4


#: How many words after an amount "now" may stand ("500 a day now").
MARK_AFTER_REACH = 4
#: How many words after an amount a period just gone may name it ("640 last fortnight").
RECENT_AFTER = 3
#: The marks of an amount said of a period just gone, one ("last week") or several ("the
#: past 3 days": a total); which side it stands on follows from the other amount.
RECENT, TOTAL = "recent", "total"


#: How many words either side of the two amounts of a rise a word of sales must stand ("we
#: sold 200 loaves a day, now 260"; not "we sell chickens ... feed was 450 now 600").
SALES_NEAR = 6
#: How many words before an amount a word for a price makes it one ("prices up 40%").
PRICE_REACH = 3
#: How many words after a one-word cue of a rise may name what rose ("augmenté les prix").
PRICE_AFTER = 2
#: How many words before a bare share a rise must stand to be its own ("sales up by half").
SHARE_RISE_REACH = 2
#: How many words before a "que" a verb of giving may stand ("nous donne que la moitié").
GIVEN_REACH = 2


#: How many words after a share a "normal" word may stand ("60% de notre chiffre habituel").
SHARE_REACH = 6


#: How many words after an amount may name what it is of ("half *salary*", "moitié *du loyer*").
NOT_INSIDE_REACH = 3
#: Added to the fall a share of before states when "or less" follows it ("half as much as
#: before, or less"): past the fall said, so half or less left is a fall of more than half.
OR_LESS = 1.0


#: The weight of an answer read from an amount ("3 weeks", "down 30%"): figures are what the
#: owner measured, so they outweigh words, and two figures that disagree leave it unknown.
AMOUNT = (99, 99)
#: The weight of a fall right on an edge (exactly half): read, but any other figure wins.
EDGE = (98, 98)
#: An amount now without the scale the amount before it said takes that scale when, so
#: scaled, it stays within this many times the amount before ("80 mil ... ahora 50").
SCALE_SPAN = 10
#: The smallest scale carried so ("mil", "thousand", "lakh"): "vingt" in "quatre-vingt-dix"
#: is a multiplier of its own number only.
SCALE_MIN = 1000
#: How many words beside an amount now its clause may hold for the amount to take the scale
#: of the one before: "ahora 50", "now only 60" (not "closing at 8 instead of 2 ...").
BARE_WORDS = 2
#: How many words before an amount a word of the clock makes it hours (`_of_hours`).
HOURS_REACH = 4
#: The years a four-digit number dates the other amounts of its clause in ("2023: 410
#: clientes, 2025: 170", "Gross: 2022 $92,000 / 2025 $38,600").
DATING_YEARS = (1990, 2039)
#: How many words may stand between such a year and the amount it dates.
DATED_REACH = 3


def sales_changes(clauses: list[Clause], change: Change, cues: Cues) -> list[Said]:
    """What amounts say about a change: a percentage, a share of normal, before → after."""
    said: list[Said] = []
    # "Our biggest client, 70% of our work, cut the contract by 40%": a fall in a sentence
    # that weighs a part of the business is that part's, not the whole business's.
    parts = {clause.sentence for clause in clauses for quantity in clause.quantities
             if _portion(clause.words, quantity, change, cues)}
    for number, clause in enumerate(clauses):
        words = _unhedged(clause.words, change, cues)
        if clause.sentence in parts:
            continue
        previous = clauses[number - 1] if number else None
        following = (clauses[number + 1] if number + 1 < len(clauses)
                     and clauses[number + 1].sentence == clause.sentence else None)
        same_sentence = previous is not None and previous.sentence == clause.sentence
        context = has_cue(change.context, words) or (
            same_sentence and previous is not None and has_cue(change.context, previous.words)
        ) or _elliptic(words, clause.quantities, previous, change, cues)
        compared = not context and _compared(words, clause.quantities, change, cues)
        context = context or compared
        down = has_cue(change.down, words) or (
            same_sentence and previous is not None and has_cue(change.down, previous.words)
            and not has_cue(change.up, words))
        up = has_cue(change.up, words) and not has_cue(change.down, words)
        for quantity in clause.quantities:
            if _about_price(words, quantity, change):
                continue  # "prices up 40%": not sales
            if _given(words, quantity, cues):
                continue  # "the mill gives us 40% of what we order": a supply, not sales
            if has_phrase(cues.not_inside.get(change.question, ()),
                          words[quantity.end : quantity.end + NOT_INSIDE_REACH]):
                continue  # "paying the teachers half salary", "la moitié du loyer": not sales
            if _pay_before(words, quantity, change, cues):
                continue  # "i cut their pay 30%", "bajé el sueldo un 25 %": not sales
            if _from_level(words, quantity, clause.quantities, change):
                continue  # "bajó de 75% a 50%": where it stood and where it is, paired later
            if _risen(words, quantity, change, cues) and not _rise_of_ours(words, quantity,
                                                                          change, cues):
                continue  # "le papier a augmenté de 40% et les clients commandent moins"
            # "más de la mitad": the "more" that places a share is no rise, so a fall said in
            # the clause before still holds ("las ventas bajaron muchísimo, más de la mitad")
            bare = [*_unqualified(words, quantity, change), *words[quantity.start :]]
            placed = up and not has_cue(change.up, bare)
            fell = down or (placed and same_sentence and previous is not None
                            and has_cue(change.down, previous.words))
            fall = _times_less(quantity, words, change, cues) if context else None
            # "les clients achètent moins, je dirais -30%": the amount of a fall said before
            told = compared or (same_sentence and previous is not None
                                and has_cue(change.context, previous.words)
                                and has_cue(change.down, previous.words))
            # "la mitad que antes, o menos": "or less" after it, in its clause or the next
            after = [*words[quantity.end :], *(following.words[:2] if following else [])]
            fall = fall or _fall(quantity, words, change, context, fell, up and not placed,
                                 cues, told, _or_less(after, change, cues))
            if fall is not None and fall[0] < 0 and not _rise_of_ours(words, quantity, change,
                                                                       cues):
                continue  # "le wax a monté de 30%": a rise of something bought
            if fall is None:
                continue
            # "la mitad que antes": half or more, unless another figure says otherwise ("half
            # day now ... sales down 40 pc": the half is of the hours)
            weight = EDGE if change.unsure(fall) else AMOUNT
            if weight == EDGE and quantity.share and not _half_of_sales(words, quantity,
                                                                        change, cues):
                continue  # "sold half the birds", "half the days": half of something else
            options = {change.option(fall[0]), change.option(fall[1])}
            if len(options) == 1:  # "40-60 %" could be either: not read
                said.append(Said(change.question, options.pop(), weight, clause.time))
    said += _before_after(clauses, change, cues)
    return said


def _pay_before(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues) -> bool:
    """Whether a wage (a `not_inside` phrase of two words or more) is right before the amount.

    Only with no word of sales between: "their pay 30%" is pay, "5 staff and sales down 40%"
    sales; one word is not enough before the amount ("l'usine nous paie 20% de moins": "paie"
    is the verb, and the price is ours).
    """
    before = words[max(0, quantity.start - NOT_INSIDE_REACH) : quantity.start]
    phrases = [p for p in cues.not_inside.get(change.question, ()) if len(p) > 1]
    return any(not has_cue(change.context, before[at + len(phrase):])
               for at, phrase in phrases_at(phrases, before))


def _from_level(words: Sequence[str], quantity: Quantity, quantities: Sequence[Quantity],
                change: Change) -> bool:
    """Whether a percentage is one of two levels, from one to the other ("de 75% a 50%").

    A percentage right after a `from_` word with a later one right after a `to` word, or that
    later one: the two are read as before and after (a fall of a third), not as a fall of
    75 % or a share of 50 % left.
    """
    def after(phrases: Sequence[tuple[str, ...]], item: Quantity) -> bool:
        return item.percent and _ends_at(phrases, list(words[: item.start])) == item.start - 1

    if after(change.from_, quantity):
        return any(later.start > quantity.end and after(change.to, later)
                   for later in quantities)
    return after(change.to, quantity) and any(
        earlier.end < quantity.start and after(change.from_, earlier) for earlier in quantities)


def _elliptic(words: Sequence[str], quantities: Sequence[Quantity], previous: Clause | None,
              change: Change, cues: Cues) -> bool:
    """Whether a clause that opens with a fall, naming nothing, is of the takings.

    "Down about 30%.", "Bajó como un 35%.", "Baisse d'environ 25 %.": an owner who names
    nothing before the fall means the business's takings. Not a loss of goods ("lost 60% of
    the stock"), a cut of shifts, nor after a clause about a price ("le prix a chuté. Baisse
    de 30 %").
    """
    kept = _plain(words, cues)
    if not kept or _first(change.down, kept) != 0 or has_cue(change.up, kept):
        return False
    if has_cue(change.price, kept) or any(w in cues.people for w in kept):
        return False
    amounts = [q for q in quantities if q.percent or q.share]
    if len(amounts) != 1:
        return False
    # the amount right after the fall, a hedge between at most ("baisse d'environ 25 %"),
    # of nothing but sales ("perdu les 2/3 de la récolte", "cut the shifts by a third": not)
    amount = amounts[0]
    between = _plain(words[: amount.start], cues)
    if len(between) > 2 or not _of_before(words[amount.end :], change, cues):
        return False
    return previous is None or not has_cue(change.price, previous.words)


def _compared(words: Sequence[str], quantities: Sequence[Quantity], change: Change,
              cues: Cues) -> bool:
    """Whether a clause that names nothing weighs a turn against a time before.

    "-25% vs l'an dernier", "about 30 percent less than last season", "maybe 20% down on
    last", "comparado con el verano pasado bajamos un 15%": a percentage that turns, set
    against an earlier year or season, is of the business's takings. Not of a price or of
    people ("costs up 20% on last year", "30% fewer staff than last year"), nor with a
    second figure to weigh it against.
    """
    amounts = [q for q in quantities if q.percent]
    # the leftmost phrase of the time set against, the longest where two start there
    found = min(phrases_at(change.compared, words), key=lambda hit: (hit[0], -len(hit[1])),
                default=None)
    if len(amounts) != 1 or found is None:
        return False
    at, said = found[0], len(found[1])
    kept = _plain(words, cues)
    if has_cue(change.price, kept) or any(w in cues.people for w in kept):
        return False
    amount = amounts[0]
    signed = words[amount.start - 1 : amount.start] in ([MINUS], [PLUS])
    near = _plain(words[max(0, amount.start - 2) : amount.end + 2], cues)
    if not signed and not has_cue(change.down + change.up, near):
        return False
    # Nothing else named between the amount and the time it is set against ("30% more rain
    # than last year" is of rain); a sign allows a period ("-25% sur sept/oct vs l'an
    # dernier").
    between = words[amount.end : at] if at >= amount.end else words[at + said : amount.start]
    named = [w for w in _plain(between, cues) if not has_cue(change.down + change.up, [w])]
    return len(named) <= (3 if at < amount.start else 2 if signed else 0)


def _plain(words: Sequence[str], cues: Cues) -> list[str]:
    """The words that can be part of a cue: no stop word, no symbol."""
    return [w for w in words if w not in cues.stop_words and w not in SYMBOLS]


def _or_less(after: Sequence[str], change: Change, cues: Cues) -> bool:
    """Whether "or less" ("o menos", "ou moins") follows an amount, after what it is of."""
    return any(w in cues.grammar.ranges and has_cue(change.down, after[k + 1 : k + 2])
               for k, w in enumerate(after[:SHARE_REACH]))


def _unhedged(words: list[str], change: Change, cues: Cues) -> list[str]:
    """The words with "more or less" ("más o menos", "plus ou moins") made a word of range.

    A rise, a word of range and a fall in a row hedge the amount they stand by ("las ventas
    más o menos un tercio"); they are neither a rise nor a fall ("menos" no loss).
    """
    hedged = list(words)
    for at in range(1, len(words) - 1):
        if (words[at] in cues.grammar.ranges and has_cue(change.up, words[at - 1 : at])
                and has_cue(change.down, words[at + 1 : at + 2])):
            hedged[at - 1] = hedged[at + 1] = words[at]
    return hedged


def _fall(quantity: Quantity, words: Sequence[str], change: Change, context: bool,
          down: bool, up: bool, cues: Cues, told: bool = False, below: bool = False
          ) -> tuple[float, float] | None:
    """The fall in percent (low, high) an amount states, if it states one.

    `told`: the clause before, in the sentence, says a fall of sales, which a signed amount
    may give the size of ("les clients achètent moins, je dirais -30%"). `below`: "or less"
    follows the amount ("half as much as before, or less").
    """
    if not (quantity.percent or quantity.share) or quantity.article:
        return None
    if up and quantity.share and not quantity.percent and not has_cue(
            change.up, words[max(0, quantity.start - SHARE_RISE_REACH) : quantity.start]):
        up = False  # "desde que subió el maíz vendo la mitad": the maize rose, not the share
    scale = 1.0 if quantity.percent else 100.0
    low, high = quantity.low * scale, quantity.high * scale
    tail = words[quantity.end : quantity.end + SHARE_REACH]
    head = words[max(0, quantity.start - 2) : quantity.start]
    if _a_period(words, quantity, change, cues):
        return None  # "revenue -20% this quarter": "quarter" is a period here, not a share
    if quantity.percent and head[-1:] == [PLUS]:
        # "turnover +15%": a rise, unless of a price said before it ("el precio del saco +30 %")
        priced = has_cue(change.price, words[: quantity.start])
        return (-low, -high) if context and not priced else None
    if quantity.percent and head[-1:] == [MINUS]:
        # "revenue -40% this quarter": a fall, unless of a price said before it; "sales are
        # steady, profit -20%" is of something else than sales
        priced = has_cue(change.price, words[: quantity.start])
        signed = told or _of_sales(words[: quantity.start - 1], change, cues)
        return (low, high) if context and signed and not priced else None
    if any(w in cues.people for w in tail[:3]):
        return None  # "half the staff", "la moitié de l'équipe": not sales
    if quantity.share and (has_cue(change.price, tail[:1]) or has_cue(
            cues.not_inside.get(change.question, ()), tail[:1])):
        return None  # "sold at half price", "put them on half pay": a price, a wage
    # "60% of our usual" is a share; "20% less than last year" is a fall.
    share_at = _first(change.share, tail)
    if share_at is None and tail[:1] and tail[0] in cues.of_words and _year(tail[1:2]):
        share_at = 0  # "less than half of 2019": a share of that year's
    turn_at = _first(change.down + change.up, tail)
    of_normal = share_at is not None and (turn_at is None or share_at < turn_at)
    # "less than half", "plus de 50 %": past the amount said, not at it
    near = words[max(0, quantity.start - 3) : quantity.start]
    past = ((has_phrase(change.more, near) and 1.0) or (has_phrase(change.less, near) and -1.0)
            or 0.0)
    if not past and change.unsure((low, high)) and any(w in cues.almost for w in near[-2:]):
        past = -1.0  # "casi la mitad", "almost by half": just under half, on the edge
    # "on a perdu 80 % de notre chiffre", "we lost 60% of our sales": a loss said right
    # before a share is a fall of that share; "dropped to 40 %", "baissé à 40 %" is what is
    # left ("a" of "on a perdu" is no "to": the loss comes after it).
    # "less than half" is no loss: "less" says where the share stands ("moins de", "menos").
    qualifiers = {p[0] for p in change.more + change.less}
    lost = _ends_at([p for p in change.down if p[-1] not in qualifiers], head)
    left = _ends_at(change.to, head)
    if left is not None and (any(w not in cues.stop_words for w in head[left + 1 :])
                             or _verb_to(head, left, cues)):
        left = None  # "le sac a pris 40 %": "a" is a verb here, no "dropped to"
    # "fell to less than half", "tombées à moins de la moitié", "bajaron a menos de la mitad":
    # the "to" stands before the "less" or "more" that places the share, so the share is
    # still what is left, placed below or above it (a fall of more than half, or less)
    bare_head = _unqualified(words, quantity, change)[-2:]
    placed_at = _ends_at(change.to, bare_head)
    to_placed = (bool(past) and left is None and placed_at is not None
                 and all(w in cues.stop_words for w in bare_head[placed_at + 1 :]))
    if to_placed:
        lost = None
    loss = lost is not None and (left is None or lost > left)
    # "las ventas bajaron muchísimo, más de la mitad": a fall said just before, and "more than"
    # a bare share, is a fall of more than that share, not what is left of before
    fallen = past > 0 and down and not [w for w in tail if w not in cues.stop_words]
    if told and past and not loss and left is None and not to_placed and not up \
            and _only_the_amount(words, quantity, change, cues):
        # "las ventas bajaron, no tanto como la mitad": the size of the fall said before
        return low + past, high + past
    if past and not loss and left is None and not fallen and _of_before(
            tail, change, cues) and not has_cue(
            change.down + change.up, [*_unqualified(words, quantity, change), *tail]):
        # "je vends moins de la moitié d'avant", "un poco más de la mitad": the only turn is
        # the "less" or "more" that places the share, so it is a share of before
        of_normal = True
    if loss:
        if not (context or of_normal):
            return None
        return low + past, high + past
    if of_normal or left is not None or to_placed or (quantity.share and not down and not up):
        if not (context or of_normal):
            return None
        # a share of before ("a third of normal"): less than half of it is a fall of more
        fall = (100 - high - past, 100 - low - past)
        if below:
            # "la mitad que antes, o menos": what is left is at most that, so the fall is at
            # least the one said; half or less of before is a fall of more than half
            return fall[0] + OR_LESS, fall[1] + OR_LESS
        return fall
    if not context:
        return None
    if up:
        return -low, -high
    if down:
        return low + past, high + past
    return None


def _half_of_sales(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues
                   ) -> bool:
    """Whether a bare half is of the takings: nothing after it, a word of them, or a share.

    "vende la mitad", "half our customers", "la moitié du chiffre", "half what we used to"
    are; "half the birds", "half the days", "la mitad del ganado" are of something else, and
    a half with a negation after it ("half the students have not paid") is left asked.
    """
    tail = words[quantity.end : quantity.end + SHARE_REACH]
    if any(w in cues.negations for w in words[quantity.end :]):
        return False  # "half the students have not paid": owed, not sales lost
    after = [w for w in tail[:3] if w not in cues.stop_words]
    if not after or has_cue(change.context, after[:1]):
        return True
    return _first(change.share, tail) in (0, tail.index(after[0]))


def _only_the_amount(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues
                     ) -> bool:
    """Whether a clause says only the amount, placed above or below it ("not quite half")."""
    placing = {w for p in change.more + change.less for w in p} | cues.almost
    rest = [*words[: quantity.start], *words[quantity.end :]]
    return all(w in cues.stop_words or w in placing for w in rest)


def _of_sales(before: Sequence[str], change: Change, cues: Cues) -> bool:
    """Whether a sign after these words is of sales: a word of `context` ends right before it.

    Stop words aside ("las ventas -35%", "notre chiffre d'affaires -40%", "CA -35%"), and
    one word of manner ("revenue roughly -40%", "turnover was roughly -60%"); a clause that
    is only the amount goes on from the one before ("les commandes ont diminué, environ -40
    %"). Not "profit -20%", "la marge -10 %", said beside sales that are steady. The period
    the figure is of may stand between ("CA novembre -45%", "Ventas 2024 -26%", "revenue Q3
    -18%").
    """
    kept = [i for i, w in enumerate(before) if w not in cues.stop_words
            and not has_phrase(change.periods, [w]) and not _year([w])]
    if not kept:
        return True
    ends = {*kept[-2:], *range(kept[-1] + 1, len(before))}  # the stop words after the last
    return any(_ends_at(change.context, before[: end + 1]) == end for end in ends)


def _a_period(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues) -> bool:
    """Whether a share is the period of a time or an amount said.

    "this quarter", "last quarter" (a one-word share), "1,800 a quarter" (after a number).
    """
    if not quantity.share or not quantity.start:
        return False
    before = words[quantity.start - 1 : quantity.start]
    if number_word(before[0], cues.grammar.values) is not None:
        return True  # "£1,800 a quarter": an amount's period, as "a month" is
    if quantity.end - quantity.start != 1:
        return False
    times = change.before + change.after
    return not has_phrase(times, before) and _when(times, [*before, words[quantity.start]], cues)


def _of_before(tail: Sequence[str], change: Change, cues: Cues) -> bool:
    """Whether what follows a share leaves it a share of our own before.

    Nothing of anything ("we sell less than half"), or of before, of a year or of our sales
    ("moins de la moitié d'avant", "ni a la mitad de las ventas de antes"); not "plus de la
    moitié des lianes", a share of something else.
    """
    if not tail or tail[0] not in cues.of_words:
        return True
    named = [w for w in tail[1:] if w not in cues.stop_words]
    return bool(named) and (has_cue(change.context, named[:1]) or _year(named)
                            or _first(change.before + change.share, named[:2]) == 0)


def _unqualified(words: Sequence[str], quantity: Quantity, change: Change) -> list[str]:
    """The words before an amount without the "less than" or "more than" that places it."""
    head = list(words[: quantity.start])
    for phrase in change.more + change.less:
        at = _ends_at([phrase], head[-3:])
        if at is not None:
            begin = len(head) - len(head[-3:]) + at - len(phrase) + 1
            return head[:begin] + head[begin + len(phrase) :]
    return head


def _portion(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues) -> bool:
    """Whether an amount weighs a part of the business ("70% of our work", "80 % du chiffre").

    A share or percentage "of" our whole, with no turn, "to" or "normal" said before it in
    its clause nor after it, is what one client, product or contract is worth to us, not a
    fall: "our biggest client, 70% of our work", "el hotel que compra el 60 % de nuestro pan".
    """
    if not (quantity.percent or quantity.share) or quantity.article:
        return False
    tail = words[quantity.end : quantity.end + SHARE_REACH]
    if not tail or tail[0] not in cues.of_words or _first(change.share, tail) is not None:
        return False
    if not any(w in cues.ours or has_cue(change.context, [w]) for w in tail[1:4]):
        return False
    turns = change.down + change.up + change.to + change.more + change.less
    return (_first(turns, words[: quantity.start]) is None
            and _first(turns, words[quantity.end :]) is None)


def _given(words: Sequence[str], quantity: Quantity, cues: Cues) -> bool:
    """Whether a share is of what someone gives, lends, or what is ordered or produced.

    The verb stands in the amount's subject ("the mill gives us", "el banco me presta el") or
    in what the share is of ("of what we order", "de lo que produzco").
    """
    if not (quantity.percent or quantity.share):
        return False
    begin = _subject_start(words, quantity, cues)
    if begin and words[begin - 1] in cues.relatives:
        # "la minoterie nous donne que la moitié": a "que" right before the share may be the
        # "only" of a "ne ... que" said without its "ne"; a verb of giving just before it counts
        begin = max(0, begin - 1 - GIVEN_REACH)
    span = [*words[begin : quantity.start], *words[quantity.end : quantity.end + SHARE_REACH]]
    return _first(cues.given, span) is not None


def _subject_start(words: Sequence[str], quantity: Quantity, cues: Cues) -> int:
    """Where the subject of an amount begins: back to a subject break or a relative pronoun."""
    stops = cues.subject_breaks | cues.relatives
    begin = quantity.start
    while begin and words[begin - 1] not in stops:
        begin -= 1
    return begin


def _rise_of_ours(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues
                  ) -> bool:
    """Whether a rise an amount states is of our sales, not of something bought.

    Its subject is what is said before the amount, back to a subject break or a relative
    pronoun: "our orders went up 20%" and "we grew 15%" are ours; "diesel went up 50%",
    "le wax a monté de 30%" or "la harina subió 120%" are prices, whatever the clause says of
    customers. A rise with no subject of its own ("up 20% this month") is read from its clause.
    """
    subject = words[_subject_start(words, quantity, cues) : quantity.start]
    # as written, not by way of a typo: "pollo" is no "pedidos"
    if _first(change.context, subject) is not None or any(w in cues.ours for w in subject):
        return True
    turns = change.up + change.down + change.more + change.less
    return all(w in cues.stop_words or w in SYMBOLS or _first(turns, [w]) is not None
               for w in subject)


def _risen(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues) -> bool:
    """Whether a rise, and no fall, is said between an amount's subject and the amount.

    The turn said of an amount is the one before it in its own subject's words: in "el papel
    subió 40% y los clientes piden menos", the 40% rose with the paper, whatever the clause
    says of customers after it.
    """
    span = words[_subject_start(words, quantity, cues) : quantity.start]
    return _first(change.up, span) is not None and _first(change.down, span) is None


def _ends_at(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> int | None:
    """Where the last of the phrases found as written in the words ends, if one is found."""
    ends = [i + len(p) - 1 for p in phrases for i in range(len(words) - len(p) + 1)
            if all(exactly(w, words[i + k]) for k, w in enumerate(p))]
    return max(ends, default=None)


def _verb_to(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether the "to" word at `at` follows a negation, so is a verb: "n'a" is no "à".

    Phones type "na" for "n'a", and Lingala's "na" ("ventes ekiti na 25 %", down by 25 %)
    is respelled so too; either way no "dropped to 25 %" is said.
    """
    return at > 0 and words[at - 1] in cues.negations


def _year(words: Sequence[str]) -> bool:
    """Whether the words start with a year ("2019")."""
    return bool(words) and words[0].isdigit() and 1950 <= int(words[0]) <= 2100


def _times_less(quantity: Quantity, words: Sequence[str], change: Change, cues: Cues
                ) -> tuple[float, float] | None:
    """The fall "N times less" states ("je vends 4 fois moins": a quarter of before)."""
    tail = words[quantity.end : quantity.end + 2]
    if (len(tail) < 2 or tail[0] not in cues.frequency or not has_phrase(change.down, tail[1:])
            or quantity.share or quantity.percent or quantity.low <= 1):
        return None
    return 100 * (1 - 1 / quantity.low), 100 * (1 - 1 / quantity.high)


def price_said(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a cue of a change speaks of a price before it.

    A one-word cue ("up", "augmenté") after any price word near, or right before one ("on a
    augmenté les prix"); a cue of a rise whose gap holds a price ("augmenté les prix et les
    clients"); a longer one that says a share of before with no turn ("half of what") after a
    price word with no word of sales between: "prices are half what they were", not "prices
    rose and sales are half of what they were", nor "le prix a doublé, les ventes ont chuté
    de moitié".
    """
    plain = _plain(clause.words, cues)
    near = plain[max(0, hit.positions[0] - PRICE_REACH) : hit.positions[0]]
    # "on a augmenté les prix", "we raised our prices": what rose is named right after it
    then = plain[hit.positions[-1] + 1 : hit.positions[-1] + 1 + PRICE_AFTER]
    # "augmenté les prix et les clients": a gap in the cue holds the price that rose
    inside = [plain[i] for i in range(hit.positions[0] + 1, hit.positions[-1])
              if i not in hit.positions]
    for change in cues.changes:
        if change.question != hit.cue.question:
            continue
        if has_cue(change.price, inside) and has_cue(change.up, list(hit.cue.words)):
            return True
        if len(hit.cue.words) == 1:
            if has_cue(change.price, near) or has_cue(change.price, then):
                return True
            continue
        share = any(w in fraction for fraction in cues.grammar.fractions for w in hit.cue.words)
        if not share or has_cue(change.down + change.up, list(hit.cue.words)):
            continue
        at = max((i for i in range(len(near)) if has_cue(change.price, near[i : i + 1])),
                 default=None)
        if at is not None and not has_cue(change.context, near[at:]):
            return True
    return False


def price_before(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a cue of a rise that is its whole clause goes on a clause of a price.

    "El gramo está a buen precio, mejor que nunca": the price is better than ever, which
    says nothing of sales.
    """
    clause = clauses[hit.clause]
    own = _plain(clause.words, cues)
    if hit.clause == 0 or len(own) != len(hit.positions) or any(
            has_cue(change.context, own) for change in cues.changes):
        return False  # "essence trop chère, je gagne presque rien": what we earn
    previous = clauses[hit.clause - 1]
    if previous.sentence != clause.sentence:
        return False
    plain = _plain(previous.words, cues)
    return any(change.question == hit.cue.question and hit.cue.option == change.up_option
               and has_cue(change.price, plain) and not has_cue(change.context, plain)
               for change in cues.changes)


def usual_rise(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a cue of good sales speaks of what is usual, not of now.

    "en plein été qui est normalement ma meilleure saison": the season is usually the best,
    which says nothing of sales this summer.
    """
    return any(change.question == hit.cue.question and hit.cue.option == change.up_option
               and has_cue(change.usual, clause.words) for change in cues.changes)


def _about_price(words: Sequence[str], quantity: Quantity, change: Change) -> bool:
    """Whether an amount is a price or a cost ("fuel went from 4500 to 7000 a litre").

    The word right after the amount is what was counted ("9,000 litres a day", "40 cajas"),
    so it makes no price; a price word one further does ("20 a litre", "35 el saco").
    """
    near = [*words[max(0, quantity.start - PRICE_REACH) : quantity.end],
            *words[quantity.end + 1 : quantity.end + 2]]
    return has_cue(change.price, near)


def _first(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> int | None:
    """Where the first of the phrases starts in the words (no gaps), if one does."""
    for i in range(len(words)):
        for phrase in phrases:
            if all(i + k < len(words) and exactly(w, words[i + k]) for k, w in enumerate(phrase)):
                return i
    return None


def _before_after(clauses: list[Clause], change: Change, cues: Cues) -> list[Said]:
    """Two amounts of takings, one before and one now ("we used to do 120, now 40").

    Read in one sentence, or across two that follow each other when each holds one side
    ("Avant on servait 200 repas. Maintenant 90").
    """
    by_sentence: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_sentence.setdefault(clause.sentence, []).append(clause)
    groups = list(by_sentence.values())
    said: list[Said] = []
    skip = False
    for number, group in enumerate(groups):
        if skip:
            skip = False
            continue
        found = _pair(group, change, cues)
        if found is None and number + 1 < len(groups):
            found = _pair(group, change, cues, groups[number + 1])
            skip = found is not None
        if found:
            said.append(Said(change.question, found, AMOUNT))
    return said


def _pair(group: list[Clause], change: Change, cues: Cues, following: list[Clause] | None = None
          ) -> str | None:
    """The option an amount before and one now in a sentence say, if they say one.

    With the sentence `following`, each of the two must hold one amount, marked, on its own
    side, and neither may count people ("On était 11. Maintenant 6" is a team).
    """
    sides: list[list[tuple[str, Quantity]]] = []
    apart = 0  # the clauses that hold an amount
    periods: dict[int, tuple[str | None, bool]] = {}  # by id: the period said, and a rate
    paid: set[int] = set()  # by id: amounts paid to us ("nos pagaban 300 por saco")
    normal: set[int] = set()  # by id: amounts said to be normal ("normal is 70")
    scaled: dict[int, float] = {}  # by id: the scale word said in an amount ("80 mil")
    bare: set[int] = set()  # by id: amounts said with hardly a word more ("ahora 50")
    weighed: dict[int, float] = {}  # by id: the kilos of the weight said ("2 tonnes": 1000)
    dated: dict[int, float] = {}  # by id: the year said in an unmarked amount's clause
    monthed: dict[int, str] = {}  # by id: the month named in an unmarked amount's clause
    said_in: dict[int, Sequence[str]] = {}  # by id: the words of the clause it is said in
    for sentence in (group, following or []):
        sides.append([])
        for clause in sentence:
            to_us = has_phrase(cues.paid_us, clause.words)
            year = dating_year(clause, cues)
            found = [(mark, q) for mark, q in _marks(clause, change, cues, year)
                     if to_us or not (_about_price(clause.words, q, change)
                                      or _of_hours(clause.words, q, cues))]
            if to_us:
                paid.update(id(q) for _, q in found)
            normal.update(id(q) for _, q in found if _normal_is(
                clause.words[max(0, q.start - MARK_REACH) : q.start], change, cues))
            sides[-1] += found
            said_in.update({id(q): clause.words for _, q in found})
            scaled.update({id(q): _scale(clause.words[q.start : q.end], cues) for _, q in found})
            weighed.update({id(q): cues.weights[clause.words[q.end]] for _, q in found
                            if q.end < len(clause.words) and clause.words[q.end] in cues.weights})
            bare.update(id(q) for _, q in found if len(clause.words) - (q.end - q.start)
                        <= BARE_WORDS)
            apart += bool(found)
            periods.update({id(q): (_period(clause.words, q, cues),
                                    _rated(clause.words, q, change)) for _, q in found})
            if year is not None:
                dated.update({id(q): year.first for mark, q in found if not mark})
            month = next((w for w in clause.words if (w,) in cues.dated
                          and w not in cues.stop_words), None)
            if month is not None:
                monthed.update({id(q): month for mark, q in found if not mark})
    marked = sides[0] + sides[1]
    if len(marked) < 2:
        return None  # a before and a now take two amounts; most sentences hold fewer
    marks = {mark for mark, _ in marked}
    totals = {id(q) for mark, q in marked if mark == TOTAL}
    if marks & {RECENT, TOTAL}:
        # A period just gone is now beside what was normal ("normally 11k a week, last week
        # 4,800") and before beside a now ("last month 400, this month 100").
        side = "after" if "before" in marks and "after" not in marks else "before"
        marked = [(side if mark in (RECENT, TOTAL) else mark, q) for mark, q in marked]
    words = [w for clause in group + (following or []) for w in clause.words]
    told = has_cue(change.context, words) or has_phrase(change.rate, words)
    counted = has_phrase(cues.amounts.get("size", ()), words) or any(
        w in cues.people for w in words)
    earlier = [q for mark, q in marked if mark == "before"]
    later = [q for mark, q in marked if mark == "after"]
    others = [q for mark, q in marked if not mark]
    # "very few now, before 6 or 7 rides a day, now 1 or 2": on a side told twice, an amount
    # in words ("few", "quelques", "pocos") yields to the one amount in digits.
    earlier, later = _in_digits(earlier), _in_digits(later)
    if not (earlier or later) and len(others) == 2 and all(id(q) in dated for q in others) \
            and dated[id(others[0])] != dated[id(others[1])]:
        # "En 2023 tuvimos 410 clientes, en 2025 solo 170": the earlier year is before
        first, second = sorted(others, key=lambda q: dated[id(q)])
        earlier, later, others = [first], [second], []
    elif not (earlier or later) and len(others) == 2 and apart >= 2 \
            and all(id(q) in monthed for q in others) \
            and monthed[id(others[0])] != monthed[id(others[1])]:
        # "en octubre entregué 40 toneladas, en noviembre 12": two months, each in its own
        # clause, told in the order they came
        earlier, later, others = [others[0]], [others[1]], []
    # "de 120 alumnos quedamos con 70": what is left says the two are one count, then and now
    kept = has_phrase(cues.left, words)
    if following is None and len(earlier) == 1 and not later and len(others) == 1:
        later = others  # "vendo unas 50 por día, antes 120": the other one is now
    elif (following is None and len(later) == 1 and not earlier and len(others) == 1
          and marked.index(("", others[0])) < marked.index(("after", later[0]))):
        # One amount said first, then one now, is then and now when the first is a rate
        # ("we sold about 300 tacos a day, now not even 100"), a price paid to us ("they
        # paid us 300 a bag, now 200": our takings), or what is left ("we had 90 students,
        # we're left with 40").
        rated, paid_to_us = periods[id(others[0])][1], id(others[0]) in paid
        if rated or paid_to_us or kept:
            earlier, others = others, []
            told = told or (paid_to_us and not rated)
    if following is not None and (
            len(sides[0]) != 1 or len(sides[1]) != 1 or others or len(earlier) != 1 or counted):
        return None
    if not told and (len(earlier) != 1 or len(later) != 1 or others or counted
                     or (apart < 2 and not kept) or has_cue(change.price, words)):
        # Not said to be sales ("L'an dernier on a cousu 120 tenues, cette année 35"): only
        # one amount marked before and one now, each in a clause of its own (not the hours
        # "de 8 a 3"), of no people and no price, and a fall
        return None
    if not (earlier and later):
        return None
    before, after = earlier[0], later[0]
    # the words the two are said among: a voice-typed run-on is one clause of forty words
    near = [w for q in (before, after)
            for w in said_in[id(q)][max(0, q.start - SALES_NEAR) : q.end + SALES_NEAR]]
    paid_before = id(before) in paid
    if before.percent != after.percent and not (
            id(before) in normal and not before.percent and before.high <= 100):
        return None  # "now 10%, normal is 70": a normal of 100 or less beside a percentage
    if before.high <= 0:
        return None
    if id(after) in totals and periods[id(before)][1]:
        return None  # "last 2 months $38k total, normally $30k a month": a total against a rate
    (period_before, rate_before), (period_after, rate_after) = (periods[id(before)],
                                                                periods[id(after)])
    if (period_before and period_after and period_before != period_after
            and not (rate_before and rate_after)):
        return None  # "el mes pasado 400 panes, esta semana 100": a month against a week
    scale = scaled.get(id(before), 1.0)
    if (scale >= SCALE_MIN and scaled.get(id(after), 1.0) == 1 and not after.percent
            and id(after) in bare
            and after.high * scale <= before.high * SCALE_SPAN):
        after = _times(after, scale)  # "80 mil al mes, ahora 50": the scale of both
    scale = scaled.get(id(after), 1.0)
    if (scale >= SCALE_MIN and scaled.get(id(before), 1.0) == 1 and not before.percent
            and before.high < SCALE_MIN and before.high * scale <= after.high * SCALE_SPAN):
        # "48 millones el mes pasado, el mismo mes del año pasado 110": the scale said now
        before = _times(before, scale)
    if id(before) in weighed and id(after) in weighed:
        # "2 tonnes par mois ..., là 600 kilos": both in kilos
        before, after = _times(before, weighed[id(before)]), _times(after, weighed[id(after)])
    falls = (100 * (1 - after.high / before.low), 100 * (1 - after.low / before.high))
    options = {change.option(max(min(f, 100), -100)) for f in falls}
    if change.up_option in options and (not told or has_cue(change.price, words) or not (
            has_cue(change.context, near) or has_phrase(change.rate, near)
            or paid_before)):
        # a count that rose, of what no one said is sold, or said beside a price ("le litre
        # au marché noir 2000 F au lieu de 775"), is more likely a price; so is one whose
        # sales word stands further off in a long sentence ("I sell to one man ... a bag of
        # feed was 450 now 600")
        return None
    return options.pop() if len(options) == 1 else None


def dating_year(clause: Clause, cues: Cues) -> Quantity | None:
    """The one year, typed in four digits, that dates the other amounts of a clause.

    "Enero-octubre 2023 tuvimos 410 clientes": 2023 dates the 410. Only the clause's first
    amount, before another: not a lone number ("vendo 2000 panes"), one after the amount it
    would date ("6000 a day now 2000"), nor one of two years.
    """
    years = [q for q in clause.quantities
             if q.end - q.start == 1 and len(clause.words[q.start]) == 4
             and clause.words[q.start].isdigit()
             and DATING_YEARS[0] <= q.first <= DATING_YEARS[1] and q.first == q.second]
    if len(years) != 1 or len(clause.quantities) < 2 or clause.quantities[0] is not years[0]:
        return None
    # "En 2019", "enero-octubre 2023", a clause that opens on it: a date; "cashing 2000 a
    # day" is an amount
    if years[0].start and clause.words[years[0].start - 1] not in cues.year_before:
        return None
    # "En 2019 tenia 80%": the amount it dates close after it; "was 2019 and 3 buyers
    # closed" joins another thing
    between = clause.words[years[0].end : clause.quantities[1].start]
    if len(between) > DATED_REACH or any(w in cues.joins for w in between):
        return None
    return years[0]


def _of_hours(words: Sequence[str], quantity: Quantity, cues: Cues) -> bool:
    """Whether a word of the clock stands a few words before an amount.

    "hours cut from 32 to 20 a week", "open 7 am to 1 pm": hours worked or opened, not takings.
    """
    before = words[max(0, quantity.start - HOURS_REACH) : quantity.start]
    return any(w in cues.clock for w in before)


def _times(quantity: Quantity, factor: float) -> Quantity:
    """An amount with both its ends multiplied ("50" said after "80 mil": 50,000)."""
    return replace(quantity, first=quantity.first * factor, second=quantity.second * factor)


def _scale(words: Sequence[str], cues: Cues) -> float:
    """The scale words of an amount multiplied ("80 mil": 1000), 1 when it says none."""
    scale = 1.0
    for word in words:
        scale *= cues.grammar.scales.get(word, 1.0)
    return scale


def _in_digits(side: list[Quantity]) -> list[Quantity]:
    """The amounts of one side, less those in words when one alone is in digits."""
    digits = [q for q in side if not q.word]
    return digits if len(side) > 1 and len(digits) == 1 else side


def _period(words: Sequence[str], quantity: Quantity, cues: Cues) -> str | None:
    """The unit of the period said before an amount in its clause ("last month 400": months).

    A unit right after a number is a duration ("3 weeks ago"), not the period of the amount;
    a letter is none ("j'ai" is no "j" of days).
    """
    for at in range(quantity.start - 1, -1, -1):
        unit = cues.units.get(words[at]) if len(words[at]) > 2 else None
        if unit in MONTHS_PER and not (at and number_word(words[at - 1],
                                                          cues.grammar.values) is not None):
            return unit
    return None


def _rated(words: Sequence[str], quantity: Quantity, change: Change) -> bool:
    """Whether a rate follows an amount ("300 tacos a day", "20 réservations par mois")."""
    return has_phrase(change.rate, words[quantity.end : quantity.end + MARK_AFTER_REACH])


def _marks(clause: Clause, change: Change, cues: Cues,
           year: Quantity | None) -> list[tuple[str, Quantity]]:
    """Amounts of a clause marked as before, now or neither (""), less durations and counts.

    `year` is the clause's `dating_year`: the year that dates the others is none of them.
    """
    words = clause.words
    amounts = [q for q in clause.quantities
               if not (q.share or q.article) and not _is_count_or_time(words, q, cues)
               and not _in_recent(words, q, change, cues) and q is not year]
    marked: list[tuple[str, Quantity]] = []
    for k, quantity in enumerate(amounts):
        head = words[max(0, quantity.start - MARK_REACH) : quantity.start]
        tail = words[quantity.end : quantity.end + MARK_AFTER_REACH]
        if k + 1 < len(amounts) and has_phrase(change.instead,
                                         words[quantity.end : amounts[k + 1].start]):
            marked += [("after", quantity), ("before", amounts[k + 1])]  # "X au lieu de Y"
            break
        after_from = has_phrase(change.from_, head[-2:])
        if k + 1 < len(amounts) and has_phrase(
                cues.left, words[max(quantity.end, amounts[k + 1].start - 4) :
                                 amounts[k + 1].start]):
            # "from 120 pupils we're left with 70", "sur 120 élèves il nous reste 70"
            marked += [("before", quantity), ("after", amounts[k + 1])]
            break
        if after_from and quantity.first > quantity.second:
            # "from 90k to 30k" is read as one range by the number grammar; falling, it is two
            marked += [("before", replace(quantity, second=quantity.first)),
                       ("after", replace(quantity, first=quantity.second))]
            break
        if after_from and k + 1 < len(amounts) and has_phrase(
                change.to, words[max(quantity.end, amounts[k + 1].start - 2) :
                                 amounts[k + 1].start]):
            marked += [("before", quantity), ("after", amounts[k + 1])]  # "from 600 to 250"
            break
        fell_to = (has_phrase(change.to, head[-1:]) and not _verb_to(head, len(head) - 1, cues)
                   and has_cue(change.down + change.up, head))
        recent = _recent(head, change, cues) or _recent(tail[:RECENT_AFTER], change, cues)
        if recent:
            marked.append((recent, quantity))  # "last week 4,800": which side, by the other
        elif _when(change.before, head, cues) or _normal_is(head, change, cues):
            marked.append(("before", quantity))  # "used to do 120", "normal is 70"
        elif (_when(change.after, head, cues) or has_phrase(change.after, tail) or fell_to
              or has_phrase(cues.left, head)):
            marked.append(("after", quantity))  # "now 40", "bajamos a 70"
        elif has_phrase(change.before, tail[:1]) or (
                has_cue(change.context, tail[:1]) and has_phrase(change.before, tail[1:2])) or (
                _rated(words, quantity, change)
                and has_phrase(change.before, tail[phrase_at(tail, 0, change.rate):][:1])):
            # "students 210 before", "150 pupils before", "25 thousand a month before"
            marked.append(("before", quantity))
        else:
            marked.append(("", quantity))
    if len(marked) == 1 and not marked[0][0]:
        # The one amount of a clause that opens with when it was ("l'an passé on a fait 50
        # mariages", "cette année 12"): that time is its mark, however far.
        sides = [side for side, phrases in (("before", change.before), ("after", change.after))
                 if _when(phrases, words[: marked[0][1].start], cues)]
        if len(sides) == 1:
            marked = [(sides[0], marked[0][1])]
    return marked


def _recent(words: Sequence[str], change: Change, cues: Cues) -> str:
    """The mark of a period just gone the words name ("last week"), or "".

    A number between the words of the phrase is left out, and makes the amount a total of
    several periods ("the past 3 days": TOTAL).
    """
    kept = [w for w in words if number_word(w, cues.grammar.values) is None]
    if not has_phrase(change.recent, kept):
        return ""
    return RECENT if has_phrase(change.recent, words) else TOTAL


def _in_recent(words: Sequence[str], quantity: Quantity, change: Change, cues: Cues) -> bool:
    """Whether the amount is the number of a period just gone ("les 3 derniers mois").

    The phrase around it ends on the unit it counts; "300 semana pasada" is an amount said of
    last week.
    """
    left = words[max(0, quantity.start - 2) : quantity.start]
    right = words[quantity.end : quantity.end + 2]
    return any(phrase in change.recent and cues.units.get(phrase[-1]) in MONTHS_PER
               for i in range(len(left) + 1) for j in range(1, len(right) + 1)
               if (phrase := tuple(left[i:]) + tuple(right[:j])))


def _normal_is(head: Sequence[str], change: Change, cues: Cues) -> bool:
    """Whether a word for normal stands right before an amount ("normal is 70").

    What is normal is how it was before, as "normally" says ("lo normal es 80").
    """
    near = head[-3:]
    at = _ends_at([p for p in change.share if len(p) == 1], near)
    return at is not None and all(w in cues.stop_words for w in near[at + 1 :])


def _when(phrases: Sequence[tuple[str, ...]], words: Sequence[str], cues: Cues) -> bool:
    """Whether the words hold one of the phrases of a time, any other period in its unit's place.

    "last year" also says "last October", "el año pasado" also "el mes pasado", "cette
    année" also "cette saison": the period may be any word but a number. The other words
    agree with the period's gender ("la semana pasada", "esta semana"): an article for an
    article, an ending -o for -a.
    """
    if has_phrase(phrases, words):
        return True
    for phrase in phrases:
        slots = [k for k, w in enumerate(phrase) if len(w) > 2 and cues.units.get(w) in MONTHS_PER]
        if len(phrase) < 2 or len(slots) != 1:
            continue
        for i in range(len(words) - len(phrase) + 1):
            if all(_agrees(w, words[i + k], cues) if k != slots[0] else
                   words[i + k].isalpha() and words[i + k] not in cues.grammar.values
                   for k, w in enumerate(phrase)) and any(
                       _agrees(w, words[i + k], cues, articles=False)
                       for k, w in enumerate(phrase) if k != slots[0]):
                return True
    return False


def _agrees(cue_word: str, word: str, cues: Cues, articles: bool = True) -> bool:
    """A word of a time phrase as written or in another gender ("pasado" → "pasada").

    With `articles`, an article stands for any article ("el año" → "la semana"); a phrase
    needs one other word of its own besides ("la moitié" is no "ce mois").
    """
    if exactly(cue_word, word):
        return True
    if cue_word in cues.stop_words and len(cue_word) <= 3:
        if not articles:
            return False
        return word in cues.stop_words and len(word) <= 3 and word.isalpha()
    endings = "aoe"
    return (len(cue_word) > 3 and len(word) == len(cue_word) and cue_word[:-1] == word[:-1]
            and cue_word[-1] in endings and word[-1] in endings)


def _is_count_or_time(words: Sequence[str], quantity: Quantity, cues: Cues) -> bool:
    """Whether an amount is a head-count, a duration ("3 weeks") or how often, not takings."""
    following = words[quantity.end : quantity.end + 2]
    named = [w for w in words[quantity.end : quantity.end + 3] if w not in cues.stop_words]
    if named[:1] and (named[0] in cues.schedule or named[0] in cues.clock):
        return True  # "a las 5 de la tarde": an hour; "2 soirs": a schedule
    if any(w in cues.people or cues.units.get(w) == "people" for w in following):
        return True
    if following[:1] and (following[0] in cues.frequency or following[0] in cues.clock
                           or following[0] in cues.schedule):
        # "on sort 3 fois par semaine au lieu de 6": trips, not takings; "close 4pm now
        # instead of 8pm": hours, not takings; "from 5 evenings a week to 2": a schedule
        return True
    return bool(following) and cues.units.get(following[0]) in MONTHS_PER
