"""Spanish as owners type it, round 9 of the reader: sentences of our own, in no labelled set.

Written and labelled before they were read, of the kinds blind sets 14, 15 and 16 missed or
over-read, each fixed as a word family: how often prices were raised is no fall of sales; a
team told in the imperfect ("trabajaba con 3 maestros") is the team before; her feelings in
the feminine; part-time only when it is a change ("pasamos todos a 6 horas"), never how one
helper works; the team told the numbers each weekday; back to normal; classes moved to Zoom
or Meet; a web of our own; skills said by what the owner builds or cannot use; cleaning,
burritos and shoes sold; buyers who cross the border; bookings nearly all cancelled; not
one ride; the only one who supplies. Others without internet and member families
("familias socias") read nothing of ours.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # how often prices rose is not how much sales fell
    ("tengo una tienda de ropa en Cali, subimos los precios 3 veces este mes y vienen menos",
     {"revenue_change": None}),
    ("se me quemo la panaderia en Tarija, trabajaba con 4 ayudantes, ahora no tengo nada",
     {"size": None}),
    ("tengo una verduleria en Rosario y me siento bien abrumada con las deudas",
     {"led_by": "women_led"}),
    ("tengo un taller de motos en Leon, estoy bien abrumado, no entra nada",
     {"led_by": None}),
    # others without internet, and the families of a cooperative, are not us
    ("doy clases de matematica en Encarnacion por zoom pero los alumnos no tienen internet",
     {"online_presence": None}),
    ("somos una cooperativa de platano en Uraba con 40 familias socias",
     {"led_by": None}),
])
def test_over_reading_narrowed(describer: Describer, text: str,
                               expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("somos 5 en la agencia de viajes y pasamos todos a media jornada desde marzo",
     {"staff_change": "reduced_hours"}),
    # one helper who works part-time is how he works, not a cut
    ("tengo una libreria en Zaragoza y trabajo con una chica a media jornada",
     {"staff_change": None}),
    ("tengo una ferreteria en Santa Ana con 6 empleados, cada lunes les cuento como vamos",
     {"staff_informed": "regularly"}),
    ("despues del temblor estuvimos cerrados una semana, ya volvimos a la normalidad",
     {"trading_status": "normal"}),
    ("tengo una academia de musica en Cuenca, por la inseguridad pasamos las clases a zoom",
     {"trading_status": "open_adapted"}),
])
def test_staff_and_trading(describer: Describer, text: str,
                           expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tenemos una bodega de vinos en Mendoza con web propia e Instagram",
     {"online_presence": "website_or_marketplace"}),
    ("soy fotografa en Lima y yo armo las webs de mis clientes", {"digital_skills": "good"}),
    ("tengo una sastreria en Sucre, la compu no es lo mio, mi nieto me ayuda",
     {"digital_skills": "none"}),
    ("tengo un negocio de limpieza de oficinas en Monterrey, somos 9",
     {"sector": "services"}),
    ("vendo burritos afuera de la fabrica en Juarez", {"sector": "food_service"}),
    ("vendo ropa y zapatos en el mercado de Chimaltenango, los precios subieron",
     {"sector": "retail"}),
])
def test_web_skills_and_sectors(describer: Describer, text: str,
                                expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una tienda en Tacna, casi todos mis clientes son chilenos que cruzan los sabados",
     {"customers": "abroad"}),
    ("tenemos un hostal en Cusco y con el paro se han cancelado casi todas las reservas",
     {"revenue_change": "down_over_half"}),
    ("soy taxista en Cucuta, llevo 10 dias sin hacer una carrera por el paro",
     {"revenue_change": "stopped"}),
    ("tengo una farmacia en Cobija, la distribuidora de Santa Cruz es la unica que me surte",
     {"supplier_risk": "single_at_risk"}),
])
def test_buyers_sales_and_suppliers(describer: Describer, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)
