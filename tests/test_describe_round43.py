"""Round 43's changes, with new sentences written before they were read: who writes, said
beside an age or a spouse ("a 61 year old nan", "me and the wife", "soy un chaval de 27", "je
suis maraîchère, 33 ans"); an age said with "old" outweighs the years of a trade; payments made
so far, then a doubt of the next after "but", are at risk; takings said before a rate ("20
thousand a month before"), and a year-ago figure after "same months"; crises and trades as
owners name them (break-ins, shoplifting, foulbrood, ferries cancelled, roads and streets shut,
a kitchen fire; hens, resellers, bird guides, fruit pulp). And what they must not
read: a spouse's own business, a doubt of what to do, not of paying. An emoji before a space
ends a sentence as a full stop would."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tearoom in Whitby, I'm a 61 year old nan and still baking every scone myself.",
     "women_led"),
    ("en", "Fish and chip shop in Ayr. I'm 47 and a grandad already, my lad fries.", "neither"),
    ("en", "Butchers in Louth, 3 of us. Me and the wife have run it since 1990, I'm 59.",
     "neither"),
    ("en", "Florist in Truro, my husband and I run it, I'm 44.", "women_led"),
    ("en", "Barber in Leeds, im 24 and a girl, yes a girl barber lol.", "both"),
    ("es", "Buenas, soy un chaval de 27 y tengo una cerveceria en Logroño.", "youth_led"),
    ("es", "Tengo 31 años, soy la que lleva la panaderia de mi tia en Jaen.", "both"),
    ("es", "Tienda de abarrotes en Riobamba, tengo 52, desde que murio mi esposo la llevo yo.",
     "women_led"),
    ("fr", "Je suis maraîchère à Quimper, 33 ans, je vends au marché.", "both"),
    ("fr", "Pressing à Vannes, j'ai 46 ans, je suis vraiment épuisée.", "women_led"),
    ("fr", "J'ai 57 ans, je tiens la quincaillerie avec mon mari à Lorient.", "women_led"),
])
def test_who_writes_beside_an_age(describer: Describer, lang: str, text: str,
                                  expected: str) -> None:
    check(describer, lang, text, {"led_by": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "58 year old" is the age; "farming 30 years" is the trade's
    ("en", "Dairy near Taupo. I'm a 58 year old bloke, been milking here 30 years.",
     {"led_by": "neither"}),
    # a spouse who runs their own business says nothing of who leads this one
    ("en", "My wife runs a salon in town, I fix cars in my own garage.", {"led_by": None}),
])
def test_the_age_and_the_spouse(describer: Describer, lang: str, text: str,
                                expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Bakery in Derby. The loan is up to date but I'm not sure about the March one.",
     "some_at_risk"),
    ("en", "Rent paid so far but next month idk, sales are down.", "some_at_risk"),
    ("es", "Peluqueria en Quito, hasta ahora estoy al dia pero diciembre no se.",
     "some_at_risk"),
    ("fr", "Garage à Brest, les traites sont payées mais je suis pas sûr pour avril.",
     "some_at_risk"),
    # a doubt of what to do, not of paying: on track still
    ("en", "Everything is paid up to date but I'm not sure what to do about the website.",
     "on_track"),
    ("es", "Estoy al dia con todo pero no se que hacer con la tienda.", "on_track"),
])
def test_paid_so_far_then_a_doubt(describer: Describer, lang: str, text: str,
                                  expected: str) -> None:
    check(describer, lang, text, {"debts": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gift shop in Oban. September we took in about 4,000, same month last year was "
     "13,000.", "down_over_half"),
    # the takings before, then a month's figure said with "was": not a rise
    ("en", "Garage in Perth, we billed 20 thousand a month before, June was 6,100.", None),
])
def test_takings_then_and_now(describer: Describer, lang: str, text: str,
                              expected: str | None) -> None:
    check(describer, lang, text, {"revenue_change": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Corner shop in Hull, 4 break ins this year and shoplifting every day.", "conflict"),
    ("en", "Beekeeper near Rotorua, foulbrood found in 30 hives, all burned.", "epidemic"),
    ("en", "B&B on Mull, the ferries cancelled again for a week, no guests.", "blockade"),
    ("en", "Pizzeria in Luton, a kitchen fire last week and we can't cook.", "other"),
    ("es", "Bar en Tudela, se nos prendio fuego la cocina el domingo.", "other"),
    ("es", "Hostal en Hermigua, la carretera lleva tres semanas cortada, no suben turistas.",
     "blockade"),
    ("fr", "Bar à Marmande, la rue est barrée pour les travaux depuis 6 mois.", "blockade"),
])
def test_crises_in_owners_words(describer: Describer, lang: str, text: str,
                                expected: str) -> None:
    check(describer, lang, text, {"crisis_type": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We keep 4,000 laying hens near Ballymena, egg prices are down.", "agriculture"),
    ("en", "I resell trainers and hoodies from my bedroom, sales are slow.", "retail"),
    ("es", "Soy guia de aves en Mindo, los turistas no llegan.", "tourism"),
    ("es", "Hacemos pulpa de fruta en Tumaco, la luz se va todos los dias.", "manufacturing"),
])
def test_trades_in_owners_words(describer: Describer, lang: str, text: str,
                                expected: str) -> None:
    check(describer, lang, text, {"sector": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an emoji before a space ends a sentence: what comes before it is told, not asked
    ("fr", "Boulangerie à Rennes, j'ai 3 mois de loyer de retard 😓 vous pouvez m'aider ?",
     {"debts": "many_overdue"}),
    ("es", "Tienda en Loja, las ventas bajaron un 60% 😞 que me aconsejan?",
     {"revenue_change": "down_over_half"}),
])
def test_an_emoji_ends_a_sentence(describer: Describer, lang: str, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
