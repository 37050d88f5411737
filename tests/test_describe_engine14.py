"""The reader's engine, part 14: misreads no cue can mend, each with sentences of its own.

A rise said of what its own subject names (paper, diesel) is a price, whatever the clause says
of customers after it; what a buyer pays us is our takings. How long a crisis has lasted is
no runway. An expectation ("we expect", "on prévoit", "esperamos") speaks of what is to come.
Before and after of units: a rate said first, then now, is a fall; a month set against a week
is no comparison.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


def _open(reason: str) -> pytest.MarkDecorator:
    """A reading left for later, which must still fail: it is mended elsewhere when it passes."""
    return pytest.mark.xfail(strict=True, reason=reason)


# 1. A price that rose is not our sales; what we are paid is.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Paper went up like 40% this year and customers order fewer flyers", None),
    ("en", "paper n toner prices doubled", None),
    ("en", "Cement rose 25% since January", None),
    ("en", "the price of diesel went up 30 %", None),
    ("en", "The exporter pays us 20% less per bag now", "down_some"),
    pytest.param("en", "Our turnover holds more or less but the margin melted", "stable_or_up",
                 marks=_open("a margin's fall beside steady takings is read by cues, not here")),
    ("fr", "Le papier a augmenté de 40% cette année et les clients commandent moins", None),
    ("fr", "les meches, les defrisants, tout a double", None),
    ("fr", "le prix du gasoil a monté de 30 %", None),
    ("fr", "Le ciment a pris 25% depuis janvier", None),
    ("fr", "L'usine nous paie 20% de moins par kilo de cacao", "down_some"),
    ("fr", "Le chiffre tient a peu pres mais la marge a fondu", "stable_or_up"),
    ("es", "El papel subio como 40% este ano y los clientes piden menos volantes", None),
    ("es", "el precio del diesel subio 30 %", None),
    ("es", "La harina se duplico desde enero", None),
    ("es", "el cemento aumento un 25%", None),
    ("es", "el exportador nos paga un 20% menos por quintal", "down_some"),
    pytest.param("es", "la inscripcion bajo como un 25%", "down_some",
                 marks=_open("enrolment is no word of sales in the cues yet")),
    ("es", "Las ventas se mantienen mas o menos pero el margen se derritio", "stable_or_up"),
    ("en", "Our sales went up 20% this month", "stable_or_up"),
    ("fr", "Nos ventes ont baissé de 30% et le gasoil a augmenté", "down_some"),
    ("es", "calculo que facturo un 30% menos que el año pasado", "down_some"),
    ("en", "The landlord charged us 300 a month, now he wants 450", None),
    ("fr", "Le bailleur nous fait payer 300 par mois, maintenant 450", None),
    ("es", "la mara me cobra renta de 1500 a la semana y ahora la subieron a 2500", None),
    ("es", "Nos pagaban 300 por saco, ahora 200", "down_some"),
    ("fr", "Le grossiste me payait 300 le sac, maintenant 200", "down_some"),
])
def test_a_price_rise_is_no_sales_change(describer: Describer, lang: str, text: str,
                                         expected: str | None) -> None:
    check(describer, lang, text, {"revenue_change": expected})


# 2. How long the crisis has lasted is no runway; how long we can hold is.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "No diesel for 10 days now, zero sales since", None),
    ("en", "like 3 weeks of blockade and nothing sold", None),
    ("en", "we can hold out maybe ten days", "under_2w"),
    ("en", "We have two months of wages in the bank, more or less", "m1_3"),
    pytest.param("en", "we can last another 2-3 weeks max", "under_1m",
                 marks=_open("a range from two weeks straddles two options and is asked")),
    ("fr", "Depuis 10 jours pas de gasoil, zero vente depuis", None),
    ("fr", "trois semaines de blocus, rien vendu", None),
    pytest.param("fr", "on tient encore 2-3 semaines maximum", "under_1m",
                 marks=_open("a range from two weeks straddles two options and is asked")),
    pytest.param("fr", "On a deux mois de salaires en banque, a peu pres", "m1_3",
                 marks=_open("wages in the bank are no cash cue in French yet")),
    ("fr", "je peux tenir une dizaine de jours", "under_2w"),
    ("es", "como 3 semanas de bloqueo y no vendemos nada", None),
    ("es", "Hace 10 dias sin diesel, cero ventas desde entonces", None),
    ("es", "me alcanza para unas 3 semanas", "under_1m"),
    ("es", "aguantamos unos diez dias mas", "under_2w"),
    # (round 51 read money "en el banco" as cash left)
    ("es", "Tenemos dos meses de sueldos en el banco, mas o menos", "m1_3"),
])
def test_how_long_we_hold_is_the_runway(describer: Describer, lang: str, text: str,
                                        expected: str | None) -> None:
    check(describer, lang, text, {"cash_runway": expected})


# 3. An expectation of output is no sales now; a fall already in our sales is.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "we expect maybe one third of a normal harvest", None),
    ("en", "the cows give much less milk", None),
    ("en", "next month we will sell maybe half of usual", None),
    ("en", "we sell about a third of normal now", "down_over_half"),
    ("en", "our sales fell by a third since the flood", "down_some"),
    ("fr", "on prevoit peut-etre un tiers d'une recolte normale", None),
    pytest.param("fr", "les vaches donnent beaucoup moins de lait", None,
                 marks=_open("'beaucoup moins' is a cue of sales wherever it stands")),
    ("fr", "le mois prochain on vendra la moitie de d'habitude", None),
    ("fr", "je vends un tiers de d'habitude", "down_over_half"),
    ("es", "esperamos como un tercio de una cosecha normal", None),
    ("es", "las vacas dan mucho menos leche", None),
    ("es", "el mes que viene vamos a vender la mitad de lo normal", None),
    ("es", "vendo un tercio de lo normal", "down_over_half"),
    ("en", "We expect to sell even less. Our sales already fell 70%", "down_over_half"),
    ("fr", "On prevoit une mauvaise saison. Nos ventes ont deja baisse de 70%", "down_over_half"),
    ("es", "Esperamos un mal año. Las ventas ya bajaron un 70%", "down_over_half"),
])
def test_an_expectation_is_no_sales_now(describer: Describer, lang: str, text: str,
                                        expected: str | None) -> None:
    check(describer, lang, text, {"revenue_change": expected})


# 4. Before and after of units: a rate said first; a month against a week is nothing.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We sold about 300 tacos a day, now not even 100", "down_over_half"),
    ("en", "from about 20 bookings a month to 3", "down_over_half"),
    ("en", "last month 400 loaves, this week 100", None),
    ("en", "we used to do 50 haircuts a week, now 35 a week", "down_some"),
    ("fr", "On vendait 300 baguettes par jour, maintenant meme pas 100", "down_over_half"),
    ("fr", "de 20 reservations par mois a 3", "down_over_half"),
    ("fr", "Le mois dernier 400 pains, cette semaine 100", None),
    ("fr", "avant 50 coupes par semaine, maintenant 35 par semaine", "down_some"),
    ("es", "Vendiamos como 300 tacos diarios, ahora ni 100", "down_over_half"),
    ("es", "de unas 20 reservas al mes a 3", "down_over_half"),
    ("es", "El mes pasado 400 panes, esta semana 100", None),
    ("es", "antes 50 cortes por semana, ahora 35 por semana", "down_some"),
    ("en", "last year 300 plates a day, this month 100 plates a day", "down_over_half"),
])
def test_units_before_and_after(describer: Describer, lang: str, text: str,
                                expected: str | None) -> None:
    check(describer, lang, text, {"revenue_change": expected})
