"""Each kind of misreading the reader was rebuilt for, with sentences of its own.

The kinds are those of issue 13 (negation and who did what; numbers; who leads; sectors and
places; regional phrases), plus the rule that a cash or trading answer the text is unsure
of is never read. None of these sentences is in a labelled set (tests/descriptions/): they
test the rules, not the sets.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a negation reaches its own words, not the rest of the text
    ("en", "we have no website, no instagram, nothing online at all",
     {"online_presence": "none"}),
    ("en", "just a tiktok account, that is all we have online",
     {"online_presence": "social_only"}),
    ("en", "we only have a LinkedIn page", {"online_presence": "social_only"}),
    ("fr", "la carte ne marche plus, les clients paient en espèces seulement",
     {"payments": "cash_only"}),
    # someone else closing is not the business closing
    ("en", "our fabric supplier closed down in March",
     {"supplier_risk": "cut_off", "trading_status": None}),
    ("en", "the mill that sells us maize closed last month",
     {"trading_status": None, "sector": None}),
    ("fr", "le grossiste qui nous livrait a fermé", {"trading_status": None}),
    ("en", "the council shut the bus station, so our kiosk lost its customers",
     {"trading_status": None}),
    # part of the day closed is partly open; a new way of selling is open, adapted
    ("en", "we open for breakfast only, afternoons closed", {"trading_status": "partly_open"}),
    ("es", "solo abrimos en las mañanas, las tardes cerrado",
     {"trading_status": "partly_open"}),
    ("en", "we stopped the stall at the market and now deliver to homes",
     {"trading_status": "open_adapted"}),
    # customers and suppliers named after "sell to", "sells us" are not the sector
    ("fr", "on vend aux boutiques du quartier", {"sector": None}),
])
def test_negation_and_who_did_what(describer: Describer, lang: str, text: str,
                                   expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # before → after, a share of normal, a percentage of before
    ("en", "we used to sell 200 loaves a day, now around 70",
     {"revenue_change": "down_over_half"}),
    ("en", "takings are a quarter of normal", {"revenue_change": "down_over_half"}),
    ("en", "we make about a fifth of what we made before", {"revenue_change": "down_over_half"}),
    ("fr", "pas même un tiers de nos ventes d'avant", {"revenue_change": "down_over_half"}),
    ("es", "vendemos un 40 % de lo que vendíamos", {"revenue_change": "down_over_half"}),
    ("es", "antes facturábamos 9000 al mes, ahora 7000", {"revenue_change": "down_some"}),
    # number words and approximations
    ("en", "cash for twelve days", {"cash_runway": "under_2w"}),
    ("en", "savings for five or six weeks", {"cash_runway": "m1_3"}),
    ("es", "dinero para tres semanas", {"cash_runway": "under_1m"}),
    ("fr", "une vingtaine de jours de trésorerie", {"cash_runway": "under_1m"}),
    # head-counts: the writer counts too; what is now, not what was
    ("en", "me and 12 workers", {"size": "s10_49"}),
    ("en", "I have 9 cleaners", {"size": "s10_49"}),
    ("en", "we were 15, now 7", {"size": "s2_9"}),
    ("fr", "on était 12, maintenant 8", {"size": "s2_9"}),
    ("es", "éramos 12, ahora 8", {"size": "s2_9"}),
])
def test_numbers(describer: Describer, lang: str, text: str,
                 expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I'm 31, a woman, and I own the shop", {"led_by": "both"}),
    ("en", "I'm 58, a man, I own a garage", {"led_by": "neither"}),
    ("en", "my wife helps me in the shop", {"led_by": None}),
    ("fr", "je suis la gérante, j'ai 30 ans", {"led_by": "both"}),
    ("fr", "je travaille avec ma femme", {"led_by": None}),
    ("es", "soy la propietaria, tengo 52 años", {"led_by": "women_led"}),
    ("es", "tengo 29 años y soy el dueño", {"led_by": "youth_led"}),
])
def test_who_leads(describer: Describer, lang: str, text: str,
                   expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "sector"), [
    ("en", "I sew school uniforms, I'm a dressmaker", "manufacturing"),
    ("en", "I drive a taxi in Lusaka", "services"),
    ("en", "we truck cement from the port to building sites", "trade"),
    ("en", "web design studio, 3 developers", "services"),
    ("en", "cocoa cooperative in Ashanti", "agriculture"),
    ("en", "we process our own cashew into kernels", "agriculture"),
    ("fr", "je suis pêcheur, j'ai une pirogue", "agriculture"),
    ("es", "tengo una pupusería en el centro", "food_service"),
])
def test_sectors(describer: Describer, lang: str, text: str, sector: str) -> None:
    check(describer, lang, text, {"sector": sector})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "estamos al corriente con el banco", {"debts": "on_track"}),
    ("es", "cerré el negocio", {"trading_status": "closed"}),
    ("es", "estoy quebrado", {"trading_status": "closed"}),
    ("es", "los empleados están en ERTE", {"staff_change": "reduced_hours"}),
    ("fr", "les employés sont au chômage partiel", {"staff_change": "reduced_hours"}),
    ("en", "customers pay with MTN MoMo or Airtel Money", {"payments": "mobile_or_card"}),
    ("fr", "on prend Wave et Orange Money", {"payments": "mobile_or_card"}),
    ("es", "nos pagan por Nequi o Yape", {"payments": "mobile_or_card"}),
    ("fr", "les clients paient avec MonCash", {"payments": "mobile_or_card"}),
    # code-switching
    ("fr", "le business marche plus, zero client", {"revenue_change": "stopped"}),
    ("es", "las ventas están down 30%", {"revenue_change": "down_some"}),
])
def test_regional_phrases(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("en", "money for 3-4 months", "cash_runway"),  # under or over 3 months: not sure
    ("en", "cash for 2 weeks, maybe 3 months", "cash_runway"),
    ("en", "we are closed. we are open as usual.", "trading_status"),
    ("en", "sales are down 40-60%", "revenue_change"),
    ("fr", "la boutique est fermée, on ouvre comme d'habitude", "trading_status"),
])
def test_an_unsure_cash_or_trading_answer_is_not_read(describer: Describer, lang: str,
                                                      text: str, question: str) -> None:
    assert question not in describer.read(text, lang).answers


def test_off_topic_texts_read_nothing(describer: Describer) -> None:
    for text in ["how do I change my whatsapp profile picture",
                 "recette du mafé : arachide, tomate, oignon, viande",
                 "feliz navidad a todos 🎄"]:
        assert describer.read(text).answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the kind of crisis, once; two kinds, or a cause of either kind, leave it to be asked
    ("en", "since the cholera outbreak few customers come", {"crisis_type": "epidemic"}),
    ("en", "the river flooded our yard in May", {"crisis_type": "natural_hazard"}),
    ("fr", "avec la dévaluation du franc tout coûte plus cher pour mon atelier",
     {"crisis_type": "economic"}),
    ("es", "no hay gasolina para mi taxi desde hace un mes", {"crisis_type": "blockade"}),
    ("es", "por la violencia de las pandillas cerramos temprano", {"crisis_type": "conflict"}),
    # a hazard and the price rises it brings: the hazard (round 3: the cause is the answer)
    ("en", "the drought and the inflation hit us together", {"crisis_type": "natural_hazard"}),
    ("en", "the drought and the locust swarms and now cholera", {"crisis_type": None}),
    ("en", "the curfew keeps customers away", {"crisis_type": None}),
    # power cuts alone are something else (round 14); with another kind, that kind
    ("fr", "les délestages nous empêchent de travailler", {"crisis_type": "other"}),
    # papers and the bank: both must be said, and a negation flips one
    ("en", "the business is registered but we have no bank account",
     {"means": "registered_only"}),
    ("fr", "pas enregistré, pas de compte en banque", {"means": "neither"}),
    ("es", "tenemos cuenta bancaria pero no tenemos RUC", {"means": "bank_only"}),
    ("en", "we bank with Equity", {"means": None}),
    # who buys
    ("en", "we sell everything to one supermarket chain", {"customers": "one_buyer"}),
    ("fr", "nos clients sont surtout des touristes italiens", {"customers": "abroad"}),
    ("es", "exportamos flores a Holanda", {"customers": "abroad"}),
    ("es", "nuestros clientes son la gente del barrio", {"customers": "local"}),
    ("fr", "je fabrique du savon avec 6 autres femmes du quartier", {"customers": None}),
])
def test_crisis_means_and_customers(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
