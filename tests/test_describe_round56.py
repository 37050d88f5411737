"""Round 56's changes, with new sentences written before they were read. Owners who write
about how they sell and get paid, family businesses told with family life, a crisis told as
the events the owner lives through, and what is sold to whom: the reader keeps to what the
business is and does now."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Fruit stall at the market. Most people pay cash, a few send M-Pesa now.",
     {"payments": "mobile_or_card"}),
    ("en", "Our cafe takes cards and we started selling coffee beans on our website, customers "
           "pay online.", {"payments": "online_payments"}),
    ("fr", "Ma boutique de pagnes: tout se fait en espèces, pas de Flooz ni de carte.",
     {"payments": "cash_only"}),
    ("fr", "Les clients commandent sur WhatsApp et paient par T-Money à la livraison.",
     {"payments": "mobile_or_card"}),
    ("es", "Vendo tamales, me pagan con Yape o en efectivo.", {"payments": "mobile_or_card"}),
    ("es", "Tenemos página de Facebook pero nada de ventas por internet.",
     {"online_presence": "social_only"}),
])
def test_how_they_sell_and_get_paid(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My husband and I run the bakery with our two sons.", {"size": "s2_9"}),
    ("en", "I'm 52, I run the guest house with my daughter since my husband passed.",
     {"led_by": "women_led", "size": "s2_9"}),
    ("fr", "C'est ma femme qui tient la boutique, moi je conduis le taxi. Je suis seul sur le "
           "taxi.", {"sector": "services"}),
    ("es", "Mi esposa y yo atendemos la bodega, los chicos ayudan después del colegio.",
     {"sector": "retail"}),
])
def test_family_businesses(describer: Describer, lang: str, text: str,
                           expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The river came up over the bridge on Tuesday and the shop had a metre of water in "
           "it.", {"crisis_type": "natural_hazard"}),
    ("en", "Boys with guns stop the buses at the junction every night now, so nobody comes to "
           "the bar.", {"crisis_type": "conflict"}),
    # Written before they were read and left: neither names a business (no trade, no sales,
    # no staff, no "my"), so the off-topic guard keeps them unread, as it keeps "the price
    # of flour went up again" from a household.
    pytest.param("fr", "Le prix du sac de farine est passé de 18 000 à 26 000 en deux mois, "
                 "je ne peux plus suivre.", {"crisis_type": "economic"},
                 marks=pytest.mark.xfail(strict=True, reason="no word of a business")),
    pytest.param("es", "Hace tres semanas que no llueve nada y el maíz se está secando.",
                 {"crisis_type": "natural_hazard"},
                 marks=pytest.mark.xfail(strict=True, reason="no word of a business")),
    ("es", "Los camioneros bloquearon la carretera y no llega mercadería desde Piura.",
     {"crisis_type": "blockade"}),
])
def test_crisis_told_as_events(describer: Describer, lang: str, text: str,
                               expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We grow tea on 4 acres and sell all the leaf to the factory in town.",
     {"sector": "agriculture", "customers": "one_buyer"}),
    ("fr", "Je fais du savon artisanal que je vends aux touristes et à une boutique en "
           "Belgique.", {"sector": "manufacturing"}),
    ("es", "Hago joyería de plata y la vendo a los turistas gringos que llegan a Taxco.",
     {"sector": "manufacturing", "customers": "abroad"}),
    ("en", "Small welding shop, we make gates and window grills for people in the estate.",
     {"sector": "manufacturing"}),
])
def test_what_is_sold_to_whom(describer: Describer, lang: str, text: str,
                              expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "debts"), [
    ("en", "Boda rider in town, I missed 3 fridays on the bike loan already.", "many_overdue"),
    ("en", "Hair salon. The rent was due last week and I still don't have it.", "many_overdue"),
    ("en", "Our hardware shop is 2 months in arrears and they will take the stock next week.",
     "many_overdue"),
    ("es", "Tengo una tienda de ropa y ya llevo 2 meses de mora con la cooperativa.",
     "many_overdue"),
    ("fr", "Mon salon de coiffure: la date de l'échéance est passée depuis 10 jours.",
     "many_overdue"),
])
def test_what_is_already_overdue(describer: Describer, lang: str, text: str,
                                 debts: str) -> None:
    check(describer, lang, text, {"debts": debts})


# Written after the round's changes, in their shapes, before they were read.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a clause cut before "and" + a subject of another time
    ("en", "Tailoring shop. We are 3 months behind on rent and they will lock the door on "
           "Friday.", {"debts": "many_overdue"}),
    # a count kept after a count of before
    ("fr", "Atelier de soudure. On était 9, j'ai gardé 5.",
     {"size": "s2_9", "staff_change": "laid_off"}),
    # "ne ... que" says only
    ("fr", "Mon maquis: je n'ouvre que le soir maintenant.", {"trading_status": "partly_open"}),
    # a fire in the building is no natural hazard
    ("es", "Tengo una panadería. La semana pasada se quemó el local por un cortocircuito.",
     {"crisis_type": "other"}),
    ("en", "Hardware shop. Fire in our store on Sunday took half the stock.",
     {"crisis_type": "other"}),
    # sales figures said another way
    ("es", "Tengo una ferretería, las ventas van 40% abajo desde enero.",
     {"revenue_change": "down_some"}),
    ("fr", "Agence de voyage: le chiffre d'affaires est à zéro depuis mars.",
     {"revenue_change": "stopped"}),
])
def test_the_rounds_shapes(describer: Describer, lang: str, text: str,
                           expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my uncle lost his job at the mine and is behind on his car loan, he's not a business "
           "just a worker. what help is there?"),
    ("es", "Mi hermano debe 3 meses de arriendo y lo quieren sacar. Él no tiene negocio ni "
           "trabajo."),
])
def test_not_about_a_business(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}
