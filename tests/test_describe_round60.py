"""Round 60's changes, with new sentences written before they were read. Owners whose trouble
comes through their suppliers, owners hit by an order of the authorities, owners who are ill
or short of hands, and owners who sell through their phone: the reader keeps to what this
business does now. The first 24 sentences were written before any of them was read (18 right
at 37a1999, 18 after the round; the other six are strict xfails with their reasons); the rest
are in the shapes of the round's changes."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Our flour supplier closed last month, so we bake half of what we used to. The "
           "bakery is still open, 5 of us.", {"trading_status": None, "size": "s2_9",
                                              "sector": "manufacturing"}),
    pytest.param("en", "The wholesaler now wants cash up front, no more credit. I run a small "
                 "shop alone.", {"sector": "retail", "size": "solo"},
                 marks=pytest.mark.xfail(strict=True, reason="the wholesaler, a supplier, is "
                                         "read as the trade; a rule making a supplier named "
                                         "with 'the' someone else's lost 3 right answers")),
    ("fr", "Le fournisseur de tissu ne livre plus depuis deux mois, je suis couturière, "
           "je travaille seule.", {"sector": "manufacturing", "size": "solo",
                                   "supplier_risk": "cut_off"}),
    pytest.param("fr", "Nos pièces détachées sont bloquées au port depuis 3 semaines, le "
                 "garage tourne au ralenti.", {"sector": "services", "crisis_type": "blockade"},
                 marks=pytest.mark.xfail(strict=True, reason="goods stuck at a port read as "
                                         "a supply cut, not as a blockade")),
    ("es", "El proveedor ya no nos fía y el alimento para los pollos subió el doble. "
           "Tenemos 2000 pollos.", {"sector": "agriculture", "crisis_type": "economic"}),
    ("es", "La fábrica que nos vendía las telas cerró, ahora compramos más caro en otro "
           "lado.", {"trading_status": None}),
])
def test_supply_side(describer: Describer, lang: str, text: str,
                     expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The council closed the market for two weeks for renovation, so I sell from my "
           "house now.", {"trading_status": "open_adapted"}),
    ("en", "Curfew from 7pm means my bar opens only in the afternoon, sales down by half.",
     {"sector": "food_service", "trading_status": "partly_open",
      "revenue_change": "down_over_half"}),
    pytest.param("fr", "La mairie a interdit les terrasses à cause des travaux, on a perdu "
                 "un tiers du chiffre.", {"sector": "food_service",
                                          "revenue_change": "down_some"},
                 marks=pytest.mark.xfail(strict=True, reason="terraces name no café (a mason "
                                         "builds them too)")),
    ("fr", "Le préfet a fermé la frontière, mes camions ne passent plus.",
     {"crisis_type": "blockade"}),
    ("es", "Prohibieron las bolsas plásticas y yo vendía bolsas en el mercado, ya no "
           "vendo nada.", {"sector": "retail", "revenue_change": "stopped"}),
    pytest.param("es", "Con el toque de queda cerramos a las 6, antes a las 10.",
                 {"trading_status": "partly_open", "crisis_type": "conflict"},
                 marks=pytest.mark.xfail(strict=True, reason="a curfew is a doubt: unrest or "
                                         "an outbreak may have ordered it")),
])
def test_rules_and_orders(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I broke my arm so the salon is closed until I heal, I work alone.",
     {"sector": "services", "size": "solo", "trading_status": "closed"}),
    ("en", "My only worker is pregnant and at home now, so it is just me at the stall.",
     {"size": "solo"}),
    ("fr", "Je suis malade depuis un mois, ma fille tient la boutique le matin seulement.",
     {"trading_status": "partly_open", "sector": "retail"}),
    ("fr", "Mon associé est décédé en mai, je suis seul au garage maintenant.",
     {"size": "solo", "sector": "services"}),
    ("es", "Estuve hospitalizada 3 semanas y la fonda estuvo cerrada, ya abrimos otra vez.",
     {"sector": "food_service", "trading_status": None}),
    ("es", "Mi esposo se enfermó y ahora yo manejo el taxi, somos solo nosotros dos.",
     {"sector": "services", "size": "s2_9"}),
])
def test_health_and_hands(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param("en", "I take orders on WhatsApp and deliver by okada, customers pay with "
                 "bank transfer.", {"online_presence": "social_only",
                                    "payments": "mobile_or_card"},
                 marks=pytest.mark.xfail(strict=True, reason="WhatsApp orders alone: the "
                                         "writers leave the online presence unlabelled in "
                                         "254 of 300 such texts, and so does the reader")),
    ("en", "No facebook, no smartphone, just my small phone for calls.",
     {"online_presence": "none"}),
    ("fr", "On vend surtout par Instagram maintenant, les clients paient par virement.",
     {"online_presence": "social_only"}),
    ("fr", "Je n'ai pas de page internet, les clients viennent à la boutique et paient en "
           "liquide.", {"online_presence": "none", "payments": "cash_only"}),
    pytest.param("es", "Vendo por WhatsApp y entrego en moto, me pagan por Nequi.",
                 {"online_presence": "social_only", "payments": "mobile_or_card"},
                 marks=pytest.mark.xfail(strict=True, reason="as above: WhatsApp alone is "
                                         "left unlabelled")),
    ("es", "No tengo datos en el celular, así que no puedo ver los pedidos.",
     {"online_presence": None}),
])
def test_selling_by_phone(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Two troubles and the owner cannot tell which is worse: no kind of crisis is named.
    ("en", "The flood took our stock, then the cedi fell. Dunno which is worse honestly.",
     {"crisis_type": None}),
    ("fr", "La grêle a abîmé les vergers et les taxes américaines ont gelé les commandes, "
           "franchement c'est quoi le pire ?", {"crisis_type": None}),
    ("es", "La sequía secó la milpa y el maíz subió, la neta no sabría decir qué pesa más.",
     {"crisis_type": None}),
    # One trouble said as the main one.
    ("es", "Vendemos la mitad desde la inundación. Lo que más nos pega ahora es la "
           "extorsión, nos cobran cada semana.", {"crisis_type": "conflict"}),
    # A storm in French words; water "taken" in centimetres is no price rise.
    ("fr", "Un gros orage a arraché le toit de l'atelier mardi.",
     {"crisis_type": "natural_hazard"}),
    ("fr", "L'atelier a pris 30 cm d'eau pendant la nuit.", {"crisis_type": None}),
    # A price that went up a lot is no rise in sales.
    ("en", "The price of fabric went up a lot this year. I sew alone.",
     {"revenue_change": None, "size": "solo"}),
    # Cheques that bounced on us are customers' debts, not ours.
    ("en", "Three customers paid with cheques and the cheques bounced.", {"debts": None}),
    ("fr", "Beaucoup de fonctionnaires prennent à crédit et paient en retard.",
     {"debts": None}),
    # Most of the work for one buyer.
    ("en", "Most of our work is county government, workshops and trainings.",
     {"customers": "one_buyer"}),
    ("en", "Almost all our peanut butter goes to one supermarket chain.",
     {"customers": "one_buyer"}),
    ("es", "Casi todo nuestro negocio es el consorcio de la obra.", {"customers": "one_buyer"}),
    ("es", "La lana se la vendo toda a una barraca de Trelew.", {"customers": "one_buyer"}),
    ("fr", "Presque tout part au programme des cantines scolaires.",
     {"customers": "one_buyer"}),
    ("fr", "Notre gros client c'est l'hôpital, presque 70% du chiffre.",
     {"customers": "one_buyer"}),
    # How they pay.
    ("es", "Todo lo vendo a un solo coyote que me paga en efectivo.",
     {"payments": "cash_only"}),
    ("en", "My regulars ring me. Always cash, never had a card machine.",
     {"payments": "cash_only"}),
    ("en", "People pay on Etsy and I post it from the post office.",
     {"payments": "online_payments"}),
    # The owner's health as the crisis.
    ("en", "I'm 8 months pregnant and the doctor said bed rest, my sister runs the chop bar.",
     {"crisis_type": "other"}),
    ("fr", "Burn-out depuis le printemps, j'ai lâché deux clients.", {"crisis_type": "other"}),
    ("es", "Estoy con embarazo de riesgo, reposo absoluto, mi esposo maneja la combi.",
     {"crisis_type": "other"}),
    ("es", "Una de las muchachas está embarazada y le dieron incapacidad dos semanas.",
     {"crisis_type": None}),
    ("en", "My wife just gave birth, petrol is scarce and I ride boda 2 days a week.",
     {"crisis_type": "blockade"}),
    # Telling the staff, and suppliers who delay.
    ("en", "Every week I send a WhatsApp message to the teachers so they know.",
     {"staff_informed": "regularly"}),
    ("fr", "J'envoie un texto chaque matin à toute l'équipe.", {"staff_informed": "regularly"}),
    ("es", "Cada semana nos reunimos con los empleados para contarles.",
     {"staff_informed": "regularly"}),
    ("en", "My suppliers in Lagos now delay goods 2 to 3 weeks.",
     {"supplier_risk": "some_delays"}),
])
def test_round_shapes(describer: Describer, lang: str, text: str,
                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
