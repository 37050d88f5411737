"""How long cash lasts, from the money held and what a month costs.

"My savings around 80,000, monthly cost about 35,000", "il me reste 3 800 € sur le compte pro,
charges fixes 1 900 €/mois", "tengo ahorrado 2000 dólares y gasto 1000 al mes": an amount
beside words of money held (`held` in the cue file) and one beside words of costs (`costs`)
and of a month (`monthly`) give the months the money lasts. Read only when each is said once:
two amounts held, or two monthly costs, say too little of which to divide.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.clauses import Clause, has_phrase
from bot.cues import Cues
from bot.numbers import Quantity

#: How many words before or after an amount its words of money held or of costs may stand.
NEAR = 4
#: Amounts below this are counts or durations ("2 months"), not money.
SMALLEST = 100


def held_months(clauses: Sequence[Clause], cues: Cues) -> tuple[float, float] | None:
    """The months the money held lasts at the monthly costs said, low and high, if told."""
    held: list[Quantity] = []
    monthly: list[Quantity] = []
    for clause in clauses:
        if clause.time in ("past", "future") or clause.asked:
            continue
        words = clause.words
        for quantity in clause.quantities:
            if quantity.share or quantity.percent or quantity.low < SMALLEST:
                continue
            before = words[max(0, quantity.start - NEAR) : quantity.start]
            after = words[quantity.end : quantity.end + NEAR]
            if has_phrase(cues.monthly, [*before[-3:], *after[:2]]):
                if has_phrase(cues.costs, before):
                    monthly.append(quantity)
            elif has_phrase(cues.held, before) or has_phrase(cues.held, after):
                held.append(quantity)
    if len(held) != 1 or len(monthly) != 1 or monthly[0].low <= 0:
        return None
    return held[0].low / monthly[0].high, held[0].high / monthly[0].low
