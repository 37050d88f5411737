"""Spanish as owners type it, round 10 of the reader: sentences of our own, in no labelled set.

Of the kinds blind sets 19 and 20 missed or over-read, each fixed as a word family: a business
at the corner or a compadre's that closed is theirs; shifts cut to half a day; all of it sold
to one buyer; a whole country buying less, or its cheap goods coming in; works in the street
and a notice to leave; closed by order; staff told every day or shown the numbers, or only
the heads told; shops of the area and tourists from the country or from abroad; a joke about
a trade reads nothing.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una fonda en Puebla, la taqueria de la esquina ya cerro los domingos",
     {"trading_status": None}),
    ("oye bot, cuentame un chiste de contadores jaja", {"sector": None}),
    ("cuentame un chiste de panaderos", {"sector": None}),
])
def test_others_and_jokes_read_nothing_of_ours(describer: Describer, text: str,
                                               expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una cevicheria en Piura, a nadie despedi pero baje los turnos a medio dia",
     {"staff_change": "reduced_hours"}),
    # (round 57: shifts cut, as "we cut hours rather than lay off anyone" in English)
    ("En mi restaurante reducimos turnos en vez de despedir",
     {"staff_change": "reduced_hours"}),
    ("Huerta de aguacate en Tancitaro. Todo lo vendemos a un empaque que exporta.",
     {"customers": "one_buyer"}),
    ("Tengo 2 camiones en Santa Cruz. El cliente principal nos da casi toda la carga.",
     {"customers": "one_buyer"}),
    ("tenemos una casa de renta en Matanzas, casi todos los huespedes son turistas de afuera",
     {"customers": "abroad"}),
    ("Imprenta chica en Avellaneda, 7 empleados. Clientes son comercios y pymes del conurbano.",
     {"customers": "local"}),
])
def test_staff_and_customers(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una camaronera en El Oro, la libra bajo porque China esta comprando menos",
     {"crisis_type": "economic"}),
    ("tengo un bar en Lavapies, el ayuntamiento abrio una obra en la calle",
     {"crisis_type": "other"}),
    ("tengo un jardin infantil en Cali, por hepatitis la Secretaria nos mando a cerrar",
     {"trading_status": "closed"}),
    ("tengo un jardin infantil en Cali, a las profes les mando audio todos los dias",
     {"staff_informed": "regularly"}),
    ("Importamos electrodomesticos, 22 empleados. A los encargados les informo, los demas no.",
     {"staff_informed": "partly"}),
])
def test_crisis_trading_and_telling(describer: Describer, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)
