"""Spanish as owners type it, round 5 of the reader: sentences of our own, in no labelled set.

Written and labelled before they were read, of the kinds blind set 9 missed, each fixed as a
word family: a frequency is not staff told ("una vez a la semana"), aid or money that does not
arrive is not supplies, the money coming in is not cash in hand, repairers say what they mend
(spare parts are theirs, not a shop), some branches closed, who is left ("quedamos 12 con todo
y yo"), one buyer said as "la misma", a young owner said in slang.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # a frequency is not telling the staff
    ("tengo una panaderia con 4 empleados, la harina llega una vez al mes",
     {"staff_informed": None}),
    ("vamos al mercado una vez por semana a vender el queso", {"staff_informed": None}),
    # aid, insurance, payments that do not come are not supplies cut off
    ("tengo una ferreteria, pedi el bono del gobierno pero no me llega",
     {"sector": "retail", "supplier_risk": None}),
    ("el seguro no paga y la ayuda del municipio todavia no llega, el restaurante sigue "
     "cerrado", {"supplier_risk": None}),
    ("la ayuda todavia no llega, el restaurante sigue cerrado",
     {"supplier_risk": None, "trading_status": "closed"}),
    ("tengo una farmacia y no me llegan los pedidos del distribuidor hace 3 semanas",
     {"supplier_risk": "cut_off"}),
    # the money coming in is takings, not cash in hand
    ("con la sequia no hay agua y el dinero que entra es la mitad, tengo una granja de "
     "pollos", {"cash_runway": None, "sector": "agriculture"}),
])
def test_what_does_not_arrive(describer: Describer, text: str,
                              expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # repairers: spare parts are what they buy
    ("arreglo celulares en el centro de Lima, los repuestos subieron mucho",
     {"sector": "services"}),
    ("mi esposo y yo reparamos motos, los repuestos no llegan", {"sector": "services"}),
    ("tenemos una tienda de repuestos para carros en Medellin", {"sector": "retail"}),
    ("somos 3 tecnicos, reparamos computadoras a domicilio", {"sector": "services",
                                                                "size": "s2_9"}),
    ("tengo un jardin de niños en Puebla con 5 maestras", {"sector": "services"}),
    ("sala cuna en Temuco, 14 guaguas y 3 tias", {"sector": "services"}),
])
def test_repairers_and_care(describer: Describer, text: str,
                            expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # some branches closed is partly open
    ("por la extorsion cerre 2 de las 4 farmacias", {"trading_status": "partly_open"}),
    ("con la crisis cerramos una sucursal, la otra sigue", {"trading_status": "partly_open"}),
    ("cerramos 3 locales y dejamos solo el del centro", {"trading_status": "partly_open"}),
    # who is left, the writer counted
    ("eramos 20, despues de los despidos quedamos 11 con todo y yo", {"size": "s10_49"}),
    ("quedamos 5 contando conmigo", {"size": "s2_9"}),
    # staff who left are not the team now
    ("mis 2 empleadas se fueron a trabajar a otro salon, ahora estoy sola", {"size": "solo"}),
    ("mis 3 ayudantes renunciaron, ahora trabajo sola", {"size": "solo"}),
])
def test_branches_and_who_is_left(describer: Describer, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("todo el cafe se lo vendemos a la misma cooperativa desde hace años",
     {"customers": "one_buyer"}),
    ("las camisas las cosemos para la misma empresa, no tenemos otro cliente",
     {"customers": "one_buyer"}),
    # a young owner said in slang
    ("soy una chava de 24 y tengo una tiendita de ropa en Monterrey",
     {"led_by": "both", "sector": "retail"}),
    ("soy un pibe de 23, hago delivery en moto en Rosario", {"led_by": "youth_led"}),
    # a helper called "muchacha" is not the writer
    ("tengo una fonda, me ayuda una muchacha de 19", {"led_by": None}),
])
def test_one_buyer_and_young(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)
