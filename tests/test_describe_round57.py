"""Round 57's changes, with new sentences written before they were read. Owners who say much
about what is not so, who write about the people in and around the business, whose town was
hit as a whole, and who count money in and out: the reader keeps to what is so now, for this
business, and to what the writer counts."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hardware shop in town. No loans, we don't owe anybody a cent.",
     {"debts": "on_track"}),
    ("en", "Welding workshop, 4 of us. Nobody was sent home, all still full days.",
     {"staff_change": "unchanged"}),
    ("fr", "Mon salon de coiffure n'a jamais fermé, même pendant l'inondation.",
     {"trading_status": None}),
    ("fr", "Boutique de téléphones à Bohicon. Pas de site, pas de page Facebook, rien.",
     {"online_presence": "none"}),
    ("es", "Tengo una panadería, no hemos despedido a nadie, seguimos los 5.",
     {"staff_change": "unchanged", "size": "s2_9"}),
    ("es", "Mi tienda de abarrotes no tiene deudas, gracias a Dios todo pagado.",
     {"debts": "on_track"}),
])
def test_what_is_not_so(describer: Describer, lang: str, text: str,
                        expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tailoring shop. It's me, my sister and the girl who sews the hems, so 3 of us.",
     {"size": "s2_9"}),
    ("en", "Guest house, 6 rooms. The 2 cleaners work part time, mornings only.",
     {"trading_status": None}),
    ("fr", "Je tiens une épicerie. Je travaille seule avec une aide deux matins par semaine.",
     {"size": "s2_9"}),
    ("fr", "Garage à Rodez, on est 4 avec moi. Le mécanicien est à mi-temps depuis mars.",
     {"size": "s2_9", "trading_status": None}),
    ("es", "Restaurante en Zarzal, somos 6. A los meseros les reduje los turnos, ahora "
           "trabajan solo viernes y sábado.", {"staff_change": "reduced_hours",
                                               "trading_status": None}),
    ("es", "Atiendo la papelería yo sola, mi hija viene a veces.", {"sector": "retail"}),
])
def test_people_around_the_business(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The butcher next to me closed last month. My grocery stall is still open but sales "
           "are down about a third.", {"trading_status": None, "revenue_change": "down_some"}),
    ("en", "Our supplier in Kisumu lost his truck in the floods, so my pharmacy waits 2 weeks "
           "for stock.", {"sector": "retail", "supplier_risk": "some_delays"}),
    # Written before it was read and left: the factory that closed is named first and wins
    # the sector; preferring a trade said as ours ("mon maquis") was tried and taken back
    # (over every set, sector +20 −47).
    pytest.param("fr", "Les clients n'ont plus d'argent depuis que l'usine a fermé. Mon maquis "
                 "vend moitié moins.", {"sector": "food_service",
                                        "revenue_change": "down_over_half"},
                 marks=pytest.mark.xfail(strict=True, reason="another's trade named first")),
    ("es", "El proveedor subió todo un 20%, y mi ferretería vende menos.",
     {"sector": "retail", "crisis_type": "economic"}),
])
def test_others_troubles_first(describer: Describer, lang: str, text: str,
                               expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Written before it was read and left: "last month" is read as the time before and the
    # month named first as now; reading the story in order was tried and taken back (it
    # calmed two plans of older sets).
    pytest.param("en", "My salon: in March we took 900,000 a month, last month only 300,000.",
                 {"revenue_change": "down_over_half"},
                 marks=pytest.mark.xfail(strict=True, reason="a named month against last month")),
    ("en", "Bakery. Savings would cover about 3 weeks if nothing sold.",
     {"cash_runway": "under_1m", "revenue_change": None}),
    ("fr", "Mon restaurant: on a de quoi tenir un mois si personne ne vient.",
     {"revenue_change": None, "trading_status": None}),
    ("es", "Tengo una tienda, tenemos ahorrado para dos semanas si no vendemos nada.",
     {"revenue_change": None}),
    ("es", "Mi tortillería: el kilo lo subí a 25 y la gente compra menos, somos 3.",
     {"size": "s2_9"}),
    ("fr", "Boulangerie: la farine a pris 30% et les gens achètent moins, on est 4.",
     {"size": "s2_9", "crisis_type": "economic"}),
])
def test_money_in_and_out(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


# Written after the round's changes, in their shapes.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a pipe that burst floods the building: "other", not a natural hazard
    ("es", "Tengo una librería. Reventó una tubería del piso de arriba y se inundó la bodega.",
     {"crisis_type": "other"}),
    ("fr", "Ma boulangerie: un tuyau a pété sous le fournil, tout est inondé.",
     {"crisis_type": "other"}),
    ("en", "Hair salon. A pipe burst upstairs and the shop flooded last night.",
     {"crisis_type": "other"}),
    # fuel dear beside a power cut is what the cut costs
    ("en", "Print shop, me and 2 workers. Power goes off 8 hours a day and generator fuel is "
           "too expensive.", {"crisis_type": "other"}),
    ("fr", "Atelier de couture. Les délestages tous les jours, le groupe tourne mais le gasoil "
           "coûte trop cher.", {"crisis_type": "other"}),
    ("es", "Panadería. Apagones todos los días, la planta gasta mucho diesel y el diesel está "
           "carísimo.", {"crisis_type": "other"}),
    # "soy" + a masculine trade, with an age
    ("es", "Soy ganadero, 58 años, tengo 40 vacas en el llano.", {"led_by": "neither"}),
    # a women's group
    ("en", "We are 9 mamas making soap in Jinja, our women group sells at the market.",
     {"led_by": "women_led"}),
    # a condition is no sales
    ("en", "Bakery. We could last 5 weeks if nothing sold.", {"revenue_change": None}),
    # the staff's hours, in the clause before
    ("es", "Tengo una ferretería. A los empleados les reduje los turnos, ahora vienen solo "
           "martes y jueves.", {"staff_change": "reduced_hours", "trading_status": None}),
])
def test_the_rounds_shapes(describer: Describer, lang: str, text: str,
                           expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
