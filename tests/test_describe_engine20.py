"""The reader's engine, part 20: three rules of part 18 kept to what they are about.

A minus sign before a percentage is a fall of sales only right after a word of sales; a doubt
after debts paid on time turns them only when it doubts paying; those let go leave the rest
only when no one is taken back later and the lay-off is not for a while.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. A minus sign before a percentage of something else than sales is not a fall of sales.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Sales are steady, profit -20% because of fuel.", "stable_or_up"),
    ("fr", "Les ventes sont stables, la marge -10 % à cause du prix de la farine.",
     "stable_or_up"),
    ("es", "Las ventas están estables, el margen -10% por el precio del gas.", "stable_or_up"),
    ("en", "my margin -15% since the fuel price went up", None),
    ("en", "the electricity bill -20% since we put solar panels", None),
    ("fr", "la marge -10 % à cause de la farine", None),
    ("es", "el margen -15% por el gas", None),
    ("en", "sales -40% since the bridge collapsed", "down_some"),
    ("en", "takings −60 % this month", "down_over_half"),
    ("fr", "nos ventes -30 % depuis la grève", "down_some"),
    ("es", "ventas −70 % desde el paro", "down_over_half"),
    ("en", "customers buy less since the floods, I would say -30%", "down_some"),
    ("es", "los clientes compran menos, yo diría -30%", "down_some"),
])
def test_a_minus_sign_is_of_what_stands_before_it(describer: Describer, lang: str, text: str,
                                                  expected: str | None) -> None:
    check(describer, lang, text, {"revenue_change": expected})


# 2. Paid on time, then a doubt of something else than paying: still on track.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We pay the loan on time, but I don't know if we can open a second shop.",
     "on_track"),
    ("en", "the rent I pay on time, but I don't know if I can hire another cook", "on_track"),
    ("en", "we pay our loan on time, but not sure if we can reopen the second branch this year",
     "on_track"),
    ("en", "the rent we pay on time, but I don't know if we can in january", "some_at_risk"),
    ("en", "we pay the loan on time, but next month I don't know if we can manage it",
     "some_at_risk"),
    ("en", "we pay the loan on time but I'm not sure if we can pay it after june",
     "some_at_risk"),
    ("fr", "on paie le crédit à temps, mais le mois prochain je ne sais pas si on pourra "
           "ouvrir le dimanche", "on_track"),
    ("fr", "on paie le crédit à temps, mais le mois prochain je ne sais pas", "some_at_risk"),
    ("fr", "le prêt on le paie à temps, mais je ne sais pas si on pourra payer l'échéance de "
           "mars", "some_at_risk"),
    ("es", "pagamos el préstamo a tiempo, pero no sé hasta cuándo podremos abrir la tienda",
     "on_track"),
    ("es", "la cuota la pagamos al día, pero no sabemos hasta cuándo vamos a poder pagar",
     "some_at_risk"),
    ("es", "el alquiler lo pago al día, pero no sé si podremos pagar en diciembre",
     "some_at_risk"),
])
def test_a_doubt_turns_debts_only_when_of_paying(describer: Describer, lang: str, text: str,
                                                 expected: str) -> None:
    check(describer, lang, text, {"debts": expected})


# 3. Those let go leave the rest, unless some are taken back or the lay-off is for a while.
# (A count said in the past, "j'avais 12", "tenía 12", is no count now: then nothing is read.)
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I had 12 workers last year, I laid off 5 of them in March and took back 4 in June.",
     None),
    ("en", "I had 10 workers, I laid off 2 of them for 3 days.", "s10_49"),
    ("en", "we had 12 staff, I laid off 5 of them in april and hired 3 new ones in july",
     "s10_49"),
    ("en", "I had 14 workers, I laid off 6 of them for two weeks in the rainy season",
     "s10_49"),
    ("en", "I had 11 staff, I had to let 4 of them go for a month", "s10_49"),
    ("en", "I had 12 workers, I laid off 5 of them 2 weeks ago", "s2_9"),
    ("fr", "j'avais 12 employés, j'en ai licencié 5 pendant 3 semaines", None),
    ("fr", "nous étions 14 à l'atelier, j'en ai licencié 6 en mars et j'en ai repris 4 "
           "en juin", None),
    pytest.param("es", "tenía 12 trabajadores, despedí a 5 por 2 semanas durante las lluvias",
                 None, marks=pytest.mark.xfail(strict=True, reason=(
                     "round 48's learned model fills s10_49 at 0.9 from the 12 once had (as "
                     "the English twin above reads it); the cues alone read no count"))),
    ("es", "éramos 15 en el restaurante, despedí a 7 en agosto y volví a contratar a 3 en "
           "octubre", None),
])
def test_a_lay_off_undone_or_for_a_while_leaves_the_count(describer: Describer, lang: str,
                                                          text: str,
                                                          expected: str | None) -> None:
    check(describer, lang, text, {"size": expected})
