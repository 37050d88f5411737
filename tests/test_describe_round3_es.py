"""Spanish as owners type it, round 3 of the reader: sentences of our own, in no labelled set.

Who leads from gendered self-descriptions, registration and banks by country, payment apps,
trading said through days and hours, supplies said through the goods, debts said otherwise.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from bot.knowledge import Knowledge


@pytest.fixture(scope="module")
def describer(knowledge: Knowledge) -> Describer:
    return Describer(knowledge)


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
