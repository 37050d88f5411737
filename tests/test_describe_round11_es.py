"""Spanish as owners type it, round 11 of the reader: sentences of our own, in no labelled set.

Of the kinds blind set 21 missed or over-read, each fixed as a word family: who sews or weaves
for sale, fish farmed in cages, a crop called "mine", people carried by boat, a freelancer
alone; a river over its banks, oil prices and nobody spending, a currency revalued; the
premises taken by fire or flood, the boat that cannot sail, something more sold to get by;
supplies weeks late (not customers slow to pay); a debt paid bit by bit; all of it sold to
one buyer; foreigners still coming; nothing left to sell; a woman alone with her children,
her husband's word, her status in the feminine; a bank account denied after it is named;
fish that died are no death in the family.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ("soy confeccionista en La Victoria, hago polos para tiendas del centro",
     {"sector": "manufacturing"}),
    ("hacemos tejidos en Cotacachi con mi mama, los vendemos en la plaza",
     {"sector": "manufacturing"}),
    ("tengo jaulas de tilapia y trucha en la represa, el alimento subio mucho",
     {"sector": "agriculture"}),
    ("la helada quemo toda mi papa y el haba, no tengo nada pa vender este mes",
     {"sector": "agriculture", "revenue_change": "stopped"}),
    ("manejo un bote de pasajeros entre Iquitos y Nauta, la gasolina sube cada semana",
     {"sector": "services"}),
    ("soy disenadora grafica freelance en Guadalajara, mis clientes pagan tarde",
     {"size": "solo", "led_by": "women_led"}),
])
def test_trades_and_working_alone(describer: Describer, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una fonda en Tabasco, el rio Grijalva se desbordo y el agua entro hasta la cocina",
     {"crisis_type": "natural_hazard"}),
    ("tengo una tienda de celulares en Luanda y con la crisis del petroleo ya nadie gasta",
     {"crisis_type": "economic"}),
    ("vendo artesanias a turistas gringos, con el peso revaluado me pagan menos",
     {"crisis_type": "economic"}),
    ("crio cuyes en Cajamarca, con la sequia se me murio la mitad de los animales",
     {"crisis_type": "natural_hazard"}),
    ("tengo una bodega en Chimbote, el huaico se llevo mi local y ahora estoy donde mi tia",
     {"trading_status": "closed"}),
    ("yo llevo mi tienda de abarrotes sola desde hace 12 años en Arequipa",
     {"trading_status": None}),
    ("hago paseos en lancha en Tortuguero, el canal tiene tanta arena que no se puede navegar",
     {"trading_status": "closed"}),
    ("tengo una libreria en Oruro, para sobrevivir ahora vendo tambien utiles y fotocopias",
     {"trading_status": "open_adapted"}),
])
def test_crisis_and_trading(describer: Describer, text: str,
                            expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una ferreteria en Leon, el cemento que pido a Managua se demora semanas",
     {"supplier_risk": "some_delays"}),
    ("tengo una imprenta en Cordoba, las municipalidades tardan semanas en pagar",
     {"supplier_risk": None}),
    ("tengo un minimarket en Temuco, al banco le voy pagando poco a poco la cuota",
     {"debts": "some_at_risk"}),
    ("tengo un colmado en Santiago, pagamos poco de luz porque cerramos temprano",
     {"debts": None}),
    ("hago cestas de palma en Yucatan y casi todo le vendo a una tienda de Cancun",
     {"customers": "one_buyer"}),
    ("tenemos un hostal en Pisac, los nacionales no vienen pero los extranjeros vienen igual",
     {"customers": "abroad"}),
])
def test_supplies_debts_and_customers(describer: Describer, text: str,
                                      expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo un puesto de jugos en Guayaquil, sola con mis 3 hijos, el azucar subio",
     {"led_by": "women_led"}),
    ("tengo una ferreteria en Masaya. Mi marido dice que vendamos todo y nos vayamos",
     {"led_by": "women_led"}),
    ("Soy la owner de una tienda de ropa en Miami, tengo LLC",
     {"led_by": "women_led"}),
    # a municipal patente is a registration; the bank account denied (round 45 reads both
    # "patente sí" and "cuenta en el banco no", where round 11 could only leave them out)
    ("tengo una pulperia en Chinandega, patente si tengo, cuenta en el banco no",
     {"means": "registered_only"}),
    ("tengo un taller de motos en Tegucigalpa, soy un viejo de 64 años",
     {"led_by": "neither"}),
])
def test_who_leads_and_means(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)
