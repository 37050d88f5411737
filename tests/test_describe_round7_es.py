"""Spanish as owners type it, round 7 of the reader: sentences of our own, in no labelled set.

Written and labelled before they were read, of the kinds blind set 11 missed, each fixed as a
word family: who leads said through a first name ("soy Marta", "me llamo Ramon"), being ill
in the feminine or masculine, a husband or wife who helps, an age in slang ("34 tacos", "31
pirulos"); dollars missing or a currency devalued; a loan instalment the writer may not
manage, or several fallen due; one buyer told as a share of the work; payment apps of more
countries; staff hours or days cut ("les tuve que bajar las horas"), staff who had to go,
staff never told or told every week.
A name that is also a city, a sick wife, "yo misma" alone, one instalment due or a menu cut
reads nothing.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # a first name says who writes
    ("hola, soy Lupita, tengo una tiendita de abarrotes en Toluca, tengo 61 años",
     {"led_by": "women_led"}),
    ("me llamo Rosa y tengo una fonda en Puebla, las ventas bajaron",
     {"led_by": "women_led"}),
    ("soy Ramon, 55 años, tengo una ferreteria en Tegucigalpa",
     {"led_by": "neither"}),
    # a city is not a name
    ("soy de Rosario, tengo una verduleria con mi hermano", {"led_by": None}),
    # ill, helped by her husband; an age in slang ("yo misma" alone is not read: labelled
    # sets leave it)
    ("yo misma hago los pasteles en mi reposteria de Cuenca y ya no me alcanza",
     {"led_by": None}),
    ("tengo una zapateria en Leon, estoy enfermo desde marzo y tengo 60 años",
     {"led_by": "neither"}),
    ("tengo una estetica en Cali, mi marido me ayuda con las cuentas",
     {"led_by": "women_led"}),
    ("tengo 31 pirulos y una cerveceria artesanal en Cordoba", {"led_by": "youth_led"}),
    # the wife is ill, not the writer
    ("tengo un taller de motos en Lima y mi esposa esta enferma", {"led_by": None}),
])
def test_who_leads_said_by_name_and_state(describer: Describer, text: str,
                                          expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una libreria en La Paz, no hay dolares y los libros importados cuestan el doble",
     {"crisis_type": "economic"}),
    ("vendo celulares en Caracas, el bolivar se devaluo otra vez y nadie compra",
     {"crisis_type": "economic"}),
    ("tengo una tienda de ropa en Asuncion, por la falta de divisas no puedo importar",
     {"crisis_type": "economic"}),
])
def test_money_itself_scarce_or_worth_less(describer: Describer, text: str,
                                           expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo un taller de costura, la cuota del banco vence el 15 y no se si la voy a poder pagar",
     {"debts": "some_at_risk"}),
    ("hago fletes en Quito, se me vencieron 2 cuotas del prestamo de la camioneta",
     {"debts": "many_overdue"}),
    # one instalment fallen due, the next to come, is not many overdue
    ("hago fletes en Quito, tengo 1 cuota vencida del prestamo, otra viene",
     {"debts": None}),
    # customers who want their money back are not a debt of ours
    ("tengo una agencia de viajes, los clientes quieren que les devuelva la plata",
     {"debts": None}),
])
def test_debts_due_and_at_risk(describer: Describer, text: str,
                               expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una granja de pollos, un supermercado se lleva como el 80% de la produccion",
     {"customers": "one_buyer"}),
    ("hacemos mantenimiento de oficinas, el 70% del trabajo es un banco de Lima",
     {"customers": "one_buyer"}),
])
def test_one_buyer_told_as_a_share(describer: Describer, text: str,
                                   expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una farmacia en Cochabamba, me pagan en efectivo o con QR del banco",
     {"payments": "mobile_or_card"}),
    ("tengo un food truck en Monterrey, cobro con Clip y efectivo",
     {"payments": "mobile_or_card"}),
    ("vendo tortas en Guatemala, me pagan por Zigi o en efectivo",
     {"payments": "mobile_or_card"}),
])
def test_payment_apps_of_more_countries(describer: Describer, text: str,
                                        expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una pasteleria en Trujillo, a las chicas les tuvimos que bajar las horas",
     {"staff_change": "reduced_hours"}),
    ("tengo un salon de unas, somos 4, les tuve que reducir los dias a 3 por semana",
     {"staff_change": "reduced_hours"}),
    ("tenia 3 ayudantes en el taller de motos y les toco irse, no habia trabajo",
     {"staff_change": "laid_off"}),
    # the menu cut is not the staff cut
    ("tengo una cevicheria en Chiclayo, tuvimos que reducir la carta por los precios",
     {"staff_change": None}),
    ("tengo una academia de refuerzo escolar en Arecibo, tengo 4 tutoras", {"size": "s2_9"}),
])
def test_staff_hours_cut_or_let_go(describer: Describer, text: str,
                                   expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo un vivero en Tandil, nunca les hemos dicho a los chicos como estan los numeros",
     {"staff_informed": "not_yet"}),
    ("tengo una lavanderia en Merida, no se como decirles a las muchachas que no hay trabajo",
     {"staff_informed": "not_yet"}),
    ("somos 6 en la carpinteria, les escribo cada semana por whatsapp como vamos",
     {"staff_informed": "regularly"}),
])
def test_staff_told_or_never_told(describer: Describer, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)
