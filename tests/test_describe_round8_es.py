"""Spanish as owners type it, round 8 of the reader: sentences of our own, in no labelled set.

Written and labelled before they were read, of the kinds blind sets 12 and 13 missed, each
fixed as a word family: extortion in its local words (renta, vacuna, cupo, piso, a letter
with a bullet); vendors removed, premises demolished, the owner's illness as another crisis;
prices that rise each month; trading cut to the owner's fewer hours or to the part of the
place still standing; not one load, trip or sale; one buyer who is a trader or an exporter;
customers mostly foreign; a woman counted among her team ("yo incluida"); the company's
legal form ("la SL", "LLC"); knowing the digital tools well.
A print shop says no sector; cards printed or sold, goods from a country, customers still
to be found, a crisis long over and a theft from someone else read nothing of those.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una tortilleria en Tegucigalpa y los mareros nos cobran la renta cada semana",
     {"crisis_type": "conflict"}),
    ("tengo una ferreteria en Duran, a los negocios del barrio nos cobran vacuna desde enero",
     {"crisis_type": "conflict"}),
    ("tengo un minimercado en Cucuta, nos llego una carta con una bala pidiendo plata",
     {"crisis_type": "conflict"}),
    ("en Tumaco los grupos nos cobran el cupo, tengo una panaderia con 4 empleados",
     {"crisis_type": "conflict"}),
    # someone else's theft is not the crisis of this business
    ("tengo una lancha en Esmeraldas y la semana pasada le robaron el motor a mi vecino",
     {"crisis_type": None}),
])
def test_extortion_in_local_words(describer: Describer, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("vendia elotes en la plaza de Toluca pero el municipio nos retiro a todos los puestos",
     {"crisis_type": "other"}),
    ("el dueño va a demoler el edificio y tengo que sacar mi sastreria en un mes",
     {"crisis_type": "other"}),
    ("soy zapatero en Arequipa, me tengo que operar de la cadera y no puedo trabajar",
     {"crisis_type": "other"}),
    ("tengo una estetica en Guadalajara, los tintes suben cada mes y las clientas no vuelven",
     {"crisis_type": "economic"}),
    # a near closure long ago is not a closure now
    ("en la pandemia casi cierro mi cafeteria, eso ya paso, ahora el problema es el alquiler",
     {"trading_status": None}),
])
def test_other_crises_and_prices_each_month(describer: Describer, text: str,
                                            expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("soy taxista en Barranquilla, ahora trabajo menos horas porque la gasolina no alcanza",
     {"trading_status": "partly_open"}),
    ("se nos inundo la bodega del restaurante pero seguimos atendiendo en la parte que quedo",
     {"trading_status": "partly_open"}),
    ("el hotel tiene abiertas solo 4 habitaciones de 12 despues del sismo",
     {"trading_status": "partly_open"}),
    ("con el paro llevamos 10 dias sin mover ni una sola carga, tengo 3 camiones",
     {"revenue_change": "stopped"}),
    ("desde que cerraron el mercado no estoy vendiendo nada, vendo quesos",
     {"revenue_change": "stopped"}),
])
def test_trading_cut_or_stopped(describer: Describer, text: str,
                                expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("somos 12 productores de cacao y todo lo compra un solo exportador de Guayaquil",
     {"customers": "one_buyer"}),
    ("tenemos una posada en Antigua, los huespedes son casi todos extranjeros",
     {"customers": "abroad"}),
    # goods from abroad and customers still to be found are not customers abroad
    ("tengo una tienda en Queens, vendo productos colombianos y ecuatorianos",
     {"customers": None}),
    ("hago muebles en Cartago, quiero buscar clientes en Panama, me recomienda?",
     {"customers": None}),
])
def test_who_buys(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tenemos un spa en Medellin, somos 6 chicas yo incluida", {"led_by": "women_led"}),
    ("tengo un vivero en Murcia, la SL tiene cuenta en el Sabadell", {"means": "both"}),
    ("my tienda en Miami es LLC y tengo cuenta en Wells Fargo", {"means": "both"}),
    ("somos 3 en la agencia de viajes, sabemos usar bien las herramientas digitales",
     {"digital_skills": "good"}),
    ("soy dev freelance en Montevideo y trabajo para pymes de aca", {"digital_skills": "good"}),
    # a print shop says no sector; cards printed are not a way of paying
    ("tengo una imprenta en Quito, hacemos tarjetas de presentacion y volantes",
     {"sector": None, "payments": None}),
    ("imprenta en Managua, somos 4, bajaron los pedidos", {"sector": None}),
])
def test_who_leads_means_skills_and_print_shops(describer: Describer, text: str,
                                                expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)
