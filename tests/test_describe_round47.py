"""Round 47's changes, with new sentences written before they were read: a turn of a
clause that names nothing, set against a time before, is of the takings ("25% down on last
year", "-30 % par rapport à l'an dernier", "comparado con el año pasado bajamos un 20 %"); a
form's field and its value are one clause ("Ventas: cero"); "je perds 20 %" is a fall; trades
in owners' words. And what they must not read: a rise of rain or of a thing bought, set
against last year."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Guest house in Oban. This autumn we're 25% down on last year.", "down_some"),
    ("en", "Pottery studio in Rye, about 40 percent less than a normal season.", "down_some"),
    ("fr", "Épicerie fine à Dinan. -30 % par rapport à l'an dernier sur l'automne.",
     "down_some"),
    ("fr", "Gîte à Florac, la saison a fait +15 % sur l'an dernier.", "stable_or_up"),
    ("es", "Ferretería en Rancagua. Comparado con el año pasado bajamos un 20 %.", "down_some"),
    ("es", "Heladería en Mendoza, este verano -60 % respecto al anterior.", "down_over_half"),
    ("fr", "Fleuriste à Vitré. Je perds 20 % de chiffre depuis la fermeture du pont.",
     "down_some"),
])
def test_turn_against_before(describer: Describer, lang: str, text: str, expected: str
                             ) -> None:
    check(describer, lang, text, {"revenue_change": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sheep farm near Brecon. We had 30% more rain than last year, the fields are "
           "soaked."),
    ("fr", "Boulangerie à Vire. Le beurre a pris 25 % par rapport à l'an dernier."),
])
def test_no_turn_of_ours(describer: Describer, lang: str, text: str) -> None:
    assert "revenue_change" not in describer.read(text, prefer=lang).answers


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Nombre: Panadería La Espiga\nVentas: cero\nTrabajamos: 3", {"revenue_change":
                                                                        "stopped"}),
    ("en", "Business: fish and chips, Hastings\nSales: zero since the pier shut",
     {"revenue_change": "stopped"}),
    ("fr", "Activité : salon de coiffure à Redon\nVentes : zéro depuis le 3",
     {"revenue_change": "stopped"}),
])
def test_form_fields(describer: Describer, lang: str, text: str, expected: dict[str, str]
                     ) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Boat trips from Ullapool to the Summer Isles, 2 of us.", "tourism"),
    ("en", "Swim school in Dundee, the pool roof is leaking.", "services"),
    ("es", "Tostamos café en Pereira con marca propia.", "manufacturing"),
    ("fr", "Négoce agricole près de Chartres, collecte de céréales.", "trade"),
])
def test_trades(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"sector": expected})
