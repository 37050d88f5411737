"""The reader's engine, part 6: misreads that no cue can mend, each with sentences of its own.

A rise of something bought (an input, a price, a currency) is no rise of our sales; amounts
counted before and after across clauses and sentences, in either order; a half or "less than
before" is never a rise; days or evenings worked before and after are a schedule, not sales.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. A rise reads as our sales only when what rose is our sales, orders, customers or "we".
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Our customers have no money and diesel went up 50%", None),
    ("en", "Customers complain because flour rose 40% this year", None),
    ("en", "Clients are few, the paper rate is up 100% since the rupee fall", None),
    ("en", "Our customers are from the village and cement increased 35% since March", None),
    ("en", "The dollar went up 20% and our customers buy imported phones", None),
    ("en", "Our orders went up 20% this month", "stable_or_up"),
    ("en", "Customers increased by 30% since we moved", "stable_or_up"),
    ("fr", "Les clients n'ont pas d'argent et le wax a monté de 30%", None),
    ("fr", "Pour les clients c'est dur, la farine a augmenté de 25% depuis janvier", None),
    ("fr", "Le tissu a augmenté de 20% et l'huile de 15%, les clients râlent", None),
    ("fr", "Le dollar a monté de 12% cette année, mes commandes viennent de Chine", None),
    ("fr", "Mes clientes se plaignent, le sac de ciment a pris 40%", None),
    ("fr", "Nos ventes ont augmenté de 20% depuis mars", "stable_or_up"),
    ("fr", "Les commandes ont monté de 10% ce mois", "stable_or_up"),
    ("es", "La harina subio 120% en el ano, los clientes se quejan", None),
    ("es", "El cemento aumento 40% y mis clientes no pueden pagar", None),
    ("es", "El dolar subio 30% y los pedidos vienen de fuera", None),
    ("es", "Con los clientes es dificil, el azucar subio un 50%", None),
    ("es", "Mis clientes dicen que el pollo aumento 25%", None),
    ("es", "Las ventas subieron 20% este mes", "stable_or_up"),
    ("es", "Los pedidos aumentaron 15% desde enero", "stable_or_up"),
])
def test_a_rise_of_something_bought_is_no_rise_of_sales(describer: Describer, lang: str,
                                                        text: str, change: str | None) -> None:
    check(describer, lang, text, {"revenue_change": change})


# 2. Counted before and after, across clauses and sentences, in either order.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "This October we had 6 guests only, last October more than 90", "down_over_half"),
    ("en", "Students 210 before, now about 40", "down_over_half"),
    ("en", "We used to fill 40 tables, these days maybe 15", "down_over_half"),
    ("en", "Last year we sold 300 cakes for Christmas. This year 200 only", "down_some"),
    ("en", "Last season we had 80 bookings, this season 50", "down_some"),
    ("en", "Last Ramadan we sold 200 boxes of dates, this Ramadan 60", "down_over_half"),
    ("en", "We had 23 operators, now 14", None),
    ("en", "One ream was 4500 before, now 9800", None),
    ("fr", "Je suis tailleur. L'an dernier on a cousu 120 tenues pour la fete, cette annee "
     "35 seulement",
     "down_over_half"),
    ("fr", "Avant on servait 200 repas par jour. Maintenant 90", "down_over_half"),
    ("fr", "Cette annee 60 inscriptions, l'an dernier 100", "down_some"),
    ("fr", "L'an passé on a fait 50 mariages, cette année 12", "down_over_half"),
    ("fr", "On avait 12 ouvriers, maintenant 5", None),
    ("fr", "Le sac etait a 15000 avant, maintenant 22000", None),
    ("es", "Vendiamos 80 panes al dia. Hoy vendemos 30", "down_over_half"),
    ("es", "El año pasado vendimos 400 roscas, este año 150", "down_over_half"),
    ("es", "Antes atendiamos 60 mesas. Ahora unas 20", "down_over_half"),
    ("es", "Este mes 30 pedidos, el mes pasado 45", "down_some"),
    ("es", "Teniamos 10 empleados, ahora 4", None),
    ("es", "El cemento estaba a 300 antes, ahora 520", None),
])
def test_counted_before_and_after(describer: Describer, lang: str, text: str,
                                  change: str | None) -> None:
    check(describer, lang, text, {"revenue_change": change})


# 3. A half of before, or less than before, is never a rise.
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La harina subio 120% en el año y la gente compra la mitad de facturas que antes; "
           "el pan lo siguen llevando pero menos"),
    ("es", "los clientes piden la mitad que antes"),
    ("es", "La gente compra la mitad que antes y el azucar subio"),
    ("en", "Customers buy half of what they used to, and prices went up"),
    ("fr", "Les clients achetent la moitie, et le wax a augmente"),
    ("es", "vendemos menos que antes, la gente lleva la mitad"),
    ("es", "Los clientes compran un tercio de lo que compraban antes"),
    ("en", "people buy half as much bread as before"),
    ("en", "customers order half of what they used to"),
    ("en", "they still come but buy less than before"),
    ("en", "customers buy a third of what they used to"),
    ("fr", "les clients achetent la moitie de ce qu'ils achetaient"),
    ("fr", "les gens prennent moins qu'avant"),
    ("fr", "on vend le tiers d'avant"),
    ("fr", "les clients viennent toujours mais achetent moins qu'avant"),
])
def test_a_half_or_less_than_before_is_no_rise(describer: Describer, lang: str,
                                               text: str) -> None:
    assert describer.read(text, lang).answers.get("revenue_change") != "stable_or_up"


# 4. Days or evenings worked before and after are a schedule, not sales.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The power cuts took us from 5 evenings a week to 2"),
    ("en", "We open 3 days instead of 6"),
    ("en", "We now work 2 days a week, before 6"),
    ("en", "The mall cut us from 7 days to 4"),
    ("fr", "On ouvre 3 jours au lieu de 6"),
    ("fr", "On travaille maintenant 2 soirs par semaine au lieu de 5"),
    ("fr", "Avant on ouvrait 6 jours, maintenant 3"),
    ("fr", "On est passé de 7 jours a 4 jours d'ouverture"),
    ("es", "Abrimos 3 dias en vez de 6"),
    ("es", "Antes trabajabamos 6 dias, ahora 3"),
    ("es", "Pasamos de 5 noches por semana a 2"),
    ("es", "Solo abrimos 2 dias a la semana, antes 6"),
])
def test_days_worked_are_a_schedule_not_sales(describer: Describer, lang: str,
                                              text: str) -> None:
    check(describer, lang, text, {"revenue_change": None})
