"""Spanish as owners type it, round 3 of the reader: sentences of our own, in no labelled set.

Who leads from gendered self-descriptions, registration and banks by country, payment apps,
trading said through days and hours, supplies said through the goods, debts said otherwise.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("text", "expected"), [
    # who leads: the feminine of the owner, and an age
    ("soy la dueña de una papelería en Cali, tengo 27 años", {"led_by": "both"}),
    ("soy doña Marta, tengo una fonda en Oaxaca, 58 años", {"led_by": "women_led"}),
    # registration and a bank account by their local names
    ("estoy inscrito en la DIAN y tengo cuenta en Bancolombia, vendo repuestos",
     {"means": "both"}),
    ("mi tiendita no está registrada y no tengo cuenta en el banco", {"means": "neither"}),
    # payment apps by name
    ("cobramos con Yape, Plin y efectivo en la bodega", {"payments": "mobile_or_card"}),
    # trading said through days of the week
    ("cerramos los lunes y martes por la falta de clientes en el restaurante",
     {"trading_status": "partly_open"}),
    ("tengo una peluquería, ahora abro de jueves a sábado nomás",
     {"trading_status": "partly_open"}),
    # supplies said through the goods; no problem is no problem
    ("la harina nos llega con tres semanas de retraso a la panadería",
     {"supplier_risk": "some_delays"}),
    ("en la ferretería tenemos varios proveedores, no hay problema de mercadería",
     {"supplier_risk": "diversified"}),
    # debts said otherwise
    ("tengo un puesto en el mercado, dos cuotas vencidas con la cooperativa",
     {"debts": "many_overdue"}),
    ("mi restaurante: el alquiler está pagado y no debemos nada al banco",
     {"debts": "on_track"}),
    ("somos 3 en el taller de costura y no sé si llego a pagar la próxima cuota",
     {"size": "s2_9", "debts": "some_at_risk"}),
    # a neighbour's closure is not ours
    ("el hotel de al lado cerró, nosotros seguimos abiertos normal con el hostal",
     {"trading_status": "normal"}),
    # a share of before
    ("vendo verduras en el tianguis, con la sequía vendo un tercio de lo normal",
     {"sector": "retail", "crisis_type": "natural_hazard",
      "revenue_change": "down_over_half"}),
])
def test_spanish_as_owners_type_it(describer: Describer, text: str,
                                   expected: dict[str, str | None]) -> None:
    answers = describer.read(text, "es").answers
    assert {q: answers.get(q) for q in expected} == expected, answers


@pytest.mark.parametrize(("text", "expected"), [
    # a boat carries tourists as often as fish: the rest of the text decides
    ("tengo una lancha en Puerto Vallarta, hago paseos para los turistas por la bahía",
     {"sector": "tourism"}),
    ("somos pescadores, salimos en la lancha cada madrugada", {"sector": "agriculture"}),
    # a tortilla maker makes, as a bakery does; a tortilla's price is no sector
    ("tengo una tortillería en Puebla, el gas subió mucho", {"sector": "manufacturing"}),
    ("tengo una fonda, subió todo: la tortilla, el huevo, el gas", {"sector": "food_service"}),
    # a body shop repairs
    ("taller de chapa y pintura en Quito, somos 4", {"sector": "services", "size": "s2_9"}),
    # a social page called "página"
    ("vendo pasteles, tenemos página de facebook y de instagram",
     {"online_presence": "social_only"}),
    ("ferretería en Lima, también vendemos por mercadolibre",
     {"online_presence": "sells_online"}),
    # delivery only is open another way; an app for orders is not a skill level
    ("pollería en Trujillo, ya no atendemos en el local, solo delivery por whatsapp",
     {"trading_status": "open_adapted", "digital_skills": None}),
    ("clases de inglés para niños, ahora por videollamada", {"trading_status": "open_adapted"}),
    # closing earlier is partly open; the protection fee raised on us is not sales up
    ("tengo una zapatería, nos subieron la cuota de piso y ahora cierro a las 6",
     {"revenue_change": None, "trading_status": "partly_open"}),
    # goods left for two weeks are not cash for two weeks
    ("hago velas artesanales, me quedan insumos para unas 2 semanas", {"cash_runway": None}),
    ("tengo una tienda de abarrotes, la plata me alcanza para unas 2 semanas",
     {"cash_runway": "under_2w"}),
    # "sin vender" as a supposition, and as a fact
    ("tengo una peluquería, aguantamos unas 6 semanas sin vender nada",
     {"revenue_change": None}),
    ("tengo una peluquería, ya van 3 semanas sin vender nada", {"revenue_change": "stopped"}),
    # selling outside a place is not selling abroad
    ("vendo empanadas afuera del estadio", {"customers": None}),
    # staff moved to half shifts, and told every week
    ("consultorio con 3 asistentes, les bajé a medio turno y cada viernes hacemos junta",
     {"staff_change": "reduced_hours", "staff_informed": "regularly"}),
    # a truck of one's own carries goods, with a helper
    ("llevo maíz y soya con mi camión a Santa Cruz, con mi ayudante",
     {"sector": "trade", "size": "s2_9"}),
    # debts counted in instalments and bills
    ("soy taxista, debo 3 cuotas del carro a la financiera", {"debts": "many_overdue"}),
    # the currency losing value is an economic crisis
    ("tengo un abasto en Valencia, el bolívar cada día vale menos",
     {"crisis_type": "economic"}),
    # registered by the local name of it
    ("diseñadora gráfica, tengo inicio de actividades en el SII y cuenta en el banco",
     {"means": "both"}),
    ("soy autónomo, tengo un bar en Cádiz y cuenta en el Santander", {"means": "both"}),
])
def test_spanish_round3_second_pass(describer: Describer, text: str,
                                    expected: dict[str, str | None]) -> None:
    answers = describer.read(text, "es").answers
    assert {q: answers.get(q) for q in expected} == expected, answers
