"""Round 59's changes, with new sentences written before they were read. Owners who are owed
money, owners hit by two troubles at once, farmers and processors, and owners who mix
languages: the reader keeps to what this business owes and does now. The first 24 sentences
were written before any of them was read (15 right at ad1d719, 19 after the round; the other
five are strict xfails with their reasons); the rest are in the shapes of the round's changes."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param("en", "The county owes me 300,000 for the school desks I delivered in March. "
                 "I am up to date with my own loan.", {"sector": "manufacturing",
                                                       "debts": "on_track"},
                 marks=pytest.mark.xfail(strict=True, reason="desks delivered name no making")),
    ("en", "Customers who bought on credit are not paying back, about 40,000 out there. "
           "My rent is two months late.", {"debts": "many_overdue"}),
    ("fr", "La mairie me doit trois factures depuis juin, mais je paie mes fournisseurs à "
           "l'heure.", {"debts": "on_track"}),
    pytest.param("fr", "Les parents paient les frais de scolarité en retard, on a 12 "
                 "enseignants.", {"sector": "services", "size": "s10_49", "debts": None},
                 marks=pytest.mark.xfail(strict=True, reason="school fees and teachers alone "
                                         "read as nothing")),
    ("es", "La cooperativa no nos paga el café que entregamos en enero. Somos 4 en la "
           "finca.", {"sector": "agriculture", "size": "s2_9", "debts": None}),
    pytest.param("es", "Me rebotaron dos cheques de un cliente y ya no puedo pagar la cuota "
                 "del banco de este mes.", {"debts": "many_overdue"},
                 marks=pytest.mark.xfail(strict=True, reason="'ya no puedo pagar' unread")),
])
def test_money_owed_to_us(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The floods took the bridge so the lorries cannot reach us, and now there is "
           "cholera in the village too.", {"crisis_type": None}),
    ("en", "Power goes off every day and last week thieves broke into the shop twice.",
     {"trading_status": None}),
    ("fr", "Avec la sécheresse les vaches donnent moins de lait et l'aliment a doublé de "
           "prix.", {"sector": "agriculture"}),
    ("fr", "Mon restaurant est fermé depuis l'inondation, j'ai 6 salariés au chômage "
           "partiel.", {"trading_status": "closed", "staff_change": "reduced_hours",
                        "crisis_type": "natural_hazard"}),
    ("es", "Con el paro de transportistas no llega la harina, y encima subió el gas.",
     {"supplier_risk": "cut_off"}),
    ("es", "Me enfermé de dengue y la panadería estuvo cerrada dos semanas, ya volvimos a "
           "abrir.", {"trading_status": None}),
])
def test_two_troubles(describer: Describer, lang: str, text: str,
                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I keep 40 goats and 200 layers near Machakos, me and my two sons.",
     {"sector": "agriculture", "size": "s2_9"}),
    ("en", "We mill maize flour and pack it in 2 kg bags, 9 workers.",
     {"sector": "manufacturing", "size": "s2_9"}),
    ("fr", "Je presse des noix pour faire de l'huile, je travaille seul.",
     {"sector": "manufacturing", "size": "solo"}),
    ("fr", "Planteur de cacao, la récolte a baissé de moitié à cause du swollen shoot.",
     {"sector": "agriculture", "revenue_change": "down_over_half"}),
    ("es", "Compro cardamomo a los productores y lo vendo por mayor a exportadores.",
     {"sector": "trade"}),
    pytest.param("es", "Tengo 30 colmenas, este año la miel bajó a la tercera parte por la "
                 "sequía.", {"sector": "agriculture", "revenue_change": "down_over_half",
                             "crisis_type": "natural_hazard"},
                 marks=pytest.mark.xfail(strict=True, reason="a harvest's fall is not read "
                                         "as sales")),
])
def test_producers(describer: Describer, lang: str, text: str,
                   expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ete sen? My chop bar for Obuasi, sales down small, maybe 20 percent. Me and 3 "
           "girls.", {"sector": "food_service", "size": "s2_9", "revenue_change": "down_some"}),
    pytest.param("en", "Chale the cocoa money never come, I dey owe the input dealer since "
                 "August.", {"debts": "many_overdue"},
                 marks=pytest.mark.xfail(strict=True, reason="three words between 'owe' and "
                                         "'since' are more than a cue's gap")),
    ("fr", "Mbote, nazali na boutique na Kikwit, les ventes ont baissé de moitié, je suis "
           "seule.", {"size": "solo", "revenue_change": "down_over_half"}),
    ("fr", "Wallah c'est dur, mon kebab ferme à 15h maintenant au lieu de minuit.",
     {"sector": "food_service", "trading_status": "partly_open"}),
    ("es", "Allillanchu, tengo mi chacra de cacao en Tingo María, la plata no alcanza, "
           "everything is so expensive.", {"sector": "agriculture"}),
    ("es", "Volví de Texas y abrí un taller de llantas, somos mi hermano y yo, todo cash.",
     {"sector": "services", "size": "s2_9", "payments": "cash_only"}),
])
def test_mixing_languages(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "They demolished the stalls at the bus park. Now I sell my sandals from a mat in "
           "front of my uncle's house.", {"trading_status": "open_adapted"}),
    ("fr", "Le toit de l'atelier est tombé avec la pluie, maintenant je couds chez ma tante.",
     {"trading_status": "open_adapted"}),
    ("es", "Nos quitaron el puesto por la obra, ahora vendo en la puerta de la casa de mi "
           "suegra.", {"trading_status": "open_adapted"}),
    # Others working from home are no business moving: the office workers, not us
    ("en", "Our canteen lost its lunch trade because everyone works from home now.",
     {"trading_status": None}),
    ("en", "I buy sorghum from farmers around Kitui and sell it to millers in Nairobi.",
     {"sector": "trade"}),
    ("fr", "J'achète le karité aux productrices et je revends à Bamako.", {}),
    ("es", "Compramos el cacao a los productores de la zona y lo llevamos a Lima.",
     {"sector": "trade"}),
    ("en", "We sell our yoghurt to hotels and schools in town.", {"customers": "local"}),
    ("es", "Le vendo el pan a tiendas y comedores del barrio.", {"customers": "local"}),
    ("fr", "Je suis seule dans ma boutique depuis que ma vendeuse est partie.",
     {"size": "solo"}),
    ("es", "Tengo una vulcanizadora, soy el único que trabaja ahí.", {"size": "solo"}),
    ("en", "We haven't had proper rain since March and the pasture is gone.",
     {"crisis_type": "natural_hazard"}),
    ("en", "The fire started from a faulty wire in the shop next to ours and burnt our stock.",
     {"crisis_type": "other"}),
    ("fr", "Le feu est parti de la cuisine du voisin, l'incendie a tout brûlé chez nous.",
     {"crisis_type": "other"}),
    ("es", "Hay muchos robos en el mercado, ya entraron a tres puestos este mes.",
     {"crisis_type": "conflict"}),
    ("es", "Tengo una ferretería. Hay paro y la carretera Puno - Juliaca está bloqueada "
           "desde el martes.",
     {"crisis_type": "blockade"}),
    ("fr", "Les routiers bloquent les ronds-points depuis lundi, rien n'arrive.",
     {"crisis_type": "blockade"}),
    ("es", "La tienda estuvo cerrada una semana por la inundación, ya volvimos a abrir.",
     {"trading_status": None}),
])
def test_the_rounds_shapes(describer: Describer, lang: str, text: str,
                           expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
