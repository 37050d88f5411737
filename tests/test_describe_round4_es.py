"""Spanish as owners type it, round 4 of the reader: sentences of our own, in no labelled set.

Written and labelled before they were read, then the kinds of miss fixed as word families:
who works with the writer only when the helper is named ("yo tengo una tienda" is not two
people), a relative's business, plans "si esto sigue así", customers who do not come, none of
what is sold said by its name, dollars as the currency of sales, supplies named by the goods,
closed some days, new products, one buyer, the currency falling, man-made causes.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # "yo tengo una cafetería" says nothing of how many work; a named helper does
    ("q hago? mi vecina tiene una fonda y cerro, yo tengo una cafeteria y sigo abierta normal",
     {"sector": "food_service", "trading_status": "normal", "size": None}),
    ("yo tengo una papeleria y vendo tambien recargas", {"sector": "retail", "size": None}),
    ("yo y una ayudante atendemos la fruteria", {"sector": "retail", "size": "s2_9"}),
    ("yo y mis hijas hacemos tamales para vender", {"size": "s2_9"}),
    ("tengo una pulperia, mi hija me ayuda en las tardes", {"size": "s2_9"}),
    ("mi mujer y yo atendemos el colmado", {"size": "s2_9"}),
    ("pesco en lancha con 3 compañeros, el precio del pescado bajo y el combustible esta por "
     "las nubes", {"sector": "agriculture", "size": "s2_9", "crisis_type": "economic"}),
    # a relative's or a neighbour's business is not ours
    ("mi hermano tiene un camion y le fue mal con la gasolina, yo tengo una barberia y estoy "
     "bien", {"sector": "services", "size": None}),
    ("mi cuñada tiene una tienda de ropa, yo tengo un taller mecanico",
     {"sector": "services"}),
    ("mi cuñado que tiene un restaurante cerro, yo sigo con mi tienda abierta",
     {"sector": "retail", "trading_status": "normal"}),
    # "no despedí a nadie": nobody is the object, not someone else the next clause is about
    ("no despedi a nadie pero les baje el sueldo a la mitad a los 4",
     {"staff_change": "reduced_hours"}),
])
def test_who_works_and_whose_business(describer: Describer, text: str,
                                      expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a plan "if this goes on" is not what was done
    ("si esto sigue asi voy a tener que cerrar y despedir a los 3 muchachos",
     {"trading_status": None, "staff_change": None}),
    ("tengo 10 empleados, si no consigo otro cliente me toca despedir a la mitad",
     {"staff_change": None}),
    ("si las cosas siguen igual tendremos que cerrar la tienda en enero",
     {"trading_status": None}),
    # ...while what was done is read
    ("tuvimos q despedir a 20 por la caida de pedidos, la planta procesadora da trabajo a 85 "
     "personas", {"staff_change": "laid_off", "size": "s50_plus"}),
    ("a 2 de las muchachas les tuve que dar las gracias en la panaderia",
     {"staff_change": "laid_off"}),
    ("mi restaurante tiene 12 empleados y a ninguno despedi todavia",
     {"staff_change": "unchanged", "size": "s10_49"}),
    ("pasamos a los 9 empleados a media jornada, abrimos solo en las mañanas",
     {"staff_change": "reduced_hours", "trading_status": "partly_open"}),
])
def test_plans_and_what_was_done_with_staff(describer: Describer, text: str,
                                           expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # customers or tourists who do not come are no supply cut, and no sales
    ("tenemos un hostal en cusco, con los paros y bloqueos no llega ningun turista, cero "
     "reservas este mes. nos alcanza para 1 mes mas o menos",
     {"sector": "tourism", "revenue_change": "stopped", "supplier_risk": None,
      "cash_runway": "under_1m"}),
    ("en la cevicheria ya no llegan clientes desde la marea roja", {"supplier_risk": None}),
    # none of what is sold, said by its name
    ("mi negocio de catering perdio todos los eventos, ningun contrato desde marzo, tengo "
     "ahorros como para tres meses", {"sector": "food_service", "revenue_change": "stopped",
                                      "cash_runway": "m1_3"}),
    ("el taller de carpinteria esta cerrado desde la riada, cero facturacion",
     {"revenue_change": "stopped", "trading_status": "closed"}),
    ("soy taxista, llevo 2 meses sin trabajar por la pierna rota",
     {"sector": "services", "revenue_change": "stopped"}),
    ("el gimnasio no tiene ni un alumno desde la cuarentena", {"revenue_change": "stopped"}),
    # dollars are the currency of sales; the dollar's price is said with its article
    ("las ventas cayeron de 800 dolares diarios a 200, el dolar se disparo",
     {"revenue_change": "down_over_half", "crisis_type": "economic"}),
    ("mi comedor vendia 150 almuerzos al dia, hoy vendo 40 o 50",
     {"sector": "food_service", "revenue_change": "down_over_half"}),
    ("nuestro hotel tiene 30 habitaciones y 22 trabajadores, la ocupacion esta en 15% cuando "
     "lo normal es 70%", {"sector": "tourism", "size": "s10_49",
                          "revenue_change": "down_over_half"}),
    ("tengo una libreria chiquita, la gente ya no compra libros, vendo tipo 20% de lo normal, "
     "debo dos meses de luz", {"sector": "retail", "revenue_change": "down_over_half",
                               "debts": "many_overdue"}),
    # a little: "algo, no mucho"; the same: "parecidas"
    ("en la lavanderia las ventas bajaron algo, no mucho", {"revenue_change": "down_some"}),
    ("las ventas siguen parecidas en la ferreteria", {"revenue_change": "stable_or_up"}),
    ("el business esta down como un 30% en mi barberia", {"revenue_change": "down_some"}),
    ("no tenemos deudas con nadie gracias a dios, pero las ventas bajaron como un 25%",
     {"debts": "on_track", "revenue_change": "down_some"}),
    ("el credito del camion lo estamos pagando al dia", {"debts": "on_track"}),
])
def test_sales_said_by_what_is_sold(describer: Describer, text: str,
                                   expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # supplies named by the goods; a container is late only when said so
    ("la clinica veterinaria sigue igual, ni mas ni menos clientes, pero las vacunas no "
     "llegan hace un mes", {"sector": "services", "revenue_change": "stable_or_up",
                            "supplier_risk": "cut_off"}),
    ("importo repuestos de china, el contenedor esta retenido en el puerto hace 6 semanas",
     {"sector": "trade", "supplier_risk": "some_delays"}),
    ("importamos juguetes y el contenedor sale 30% mas caro", {"supplier_risk": None}),
    ("el proveedor de tela quebro y no tengo otro, la fabrica sigue abierta pero no se hasta "
     "cuando", {"supplier_risk": "cut_off"}),
    # an investor's fund and a notice to leave are not our cash
    ("un fondo compro el edificio de la academia y nos dio 3 meses para irnos",
     {"cash_runway": None, "crisis_type": "other"}),
    ("desde el derrame de petroleo no salimos a pescar", {"crisis_type": "other"}),
])
def test_supplies_and_causes(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # closed some days of the week, on the days of cuts, or moved home
    ("Me extorsionan los mareros, cobran renta cada semana, ya cerre 2 dias a la semana",
     {"crisis_type": "conflict", "trading_status": "partly_open"}),
    ("con el racionamiento tenemos que cerrar los dias que cortan el agua en el autolavado",
     {"trading_status": "partly_open"}),
    ("con la inundacion tuve que mudar todo a mi casa y atiendo en mi casa a las clientas",
     {"trading_status": "open_adapted"}),
    ("mi academia de ingles paso todo a clases por zoom, los alumnos pagan con tarjeta en la "
     "web", {"sector": "services", "trading_status": "open_adapted",
             "payments": "online_payments"}),
    ("en mi academia de baile las clases siguen normal", {"trading_status": "normal"}),
    ("se nos inundo la bodega y perdimos toda la mercaderia, la tienda esta cerrada hasta "
     "nuevo aviso", {"crisis_type": "natural_hazard", "trading_status": "closed",
                     "sector": "retail"}),
])
def test_trading(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # one buyer said as "era para una maquila"; abroad said by the nationality
    ("casi todo lo que cosemos era para una maquila que ya no pide", {"customers": "one_buyer"}),
    ("el 80% de lo que facturo es un solo hotel", {"customers": "one_buyer"}),
    ("es un solo local pequeño en el centro", {"customers": None}),
    ("mis clientes son mayormente brasileros, vendo perfumes", {"customers": "abroad"}),
    ("la unica empresa que nos compra la leche dejo de pagar hace 2 meses, vendemos toda la "
     "leche a ellos", {"customers": "one_buyer"}),
    ("exportamos cafe organico a alemania y usa, somos una cooperativa de 40 familias",
     {"sector": "agriculture", "customers": "abroad"}),
    # the currency falling, prices marked up
    ("el peso se sigue cayendo y cada semana remarco precios en el almacen",
     {"crisis_type": "economic"}),
    # registered and banked said otherwise
    ("mi esposa y yo tenemos una ferreteria registrada en la camara de comercio, cuenta en "
     "banco pichincha, clientes del barrio", {"sector": "retail", "size": "s2_9",
                                              "means": "both", "customers": "local"}),
    ("estamos dados de alta en el SAT y manejamos todo por BBVA, vendemos juguetes",
     {"means": "both"}),
])
def test_customers_crisis_and_means(describer: Describer, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a woman alone, said of herself; the premises say nothing of the sector
    ("vendo en una mesa en la feria, estoy sola desde que se fue mi marido",
     {"led_by": "women_led"}),
    ("tengo una bodega, soy yo sola con mi hija", {"led_by": "women_led"}),
    ("soy costurera, trabajo sola en mi casa, ahora hago cubrebocas porq ya nadie pide vestidos",
     {"size": "solo", "led_by": "women_led", "sector": "manufacturing"}),
    ("Tengo 26 anos y soy dueña de un salon de belleza, no tenemos pagina web ni nada, solo "
     "whatsapp", {"led_by": "both", "sector": "services", "online_presence": "none"}),
    ("Soy agricultor, tengo 62 años, cultivo maiz y frijol. La sequia acabo con la mitad de la "
     "cosecha", {"sector": "agriculture", "led_by": "neither", "crisis_type": "natural_hazard"}),
    ("Estoy atrasado 3 meses con el alquiler del local y el banco me llama todos los dias",
     {"debts": "many_overdue", "sector": None}),
    ("tengo un beauty salon y atiendo con cita", {"sector": "services"}),
    ("soy motoconchista en santo domingo, la moto es mia", {"sector": "services"}),
])
def test_who_leads_and_sector_words(describer: Describer, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("hola tengo una tiendita de abarrotes en Tegucigalpa, desde q subio todo la gente compra "
     "la mitad de lo q compraba, me queda plata para unas dos semanas nomas",
     {"sector": "retail", "crisis_type": "economic", "cash_runway": "under_2w"}),
    ("Somos 7 en la panaderia contando a mi esposo y a mi. La harina llega tarde desde q "
     "cerraron la frontera", {"sector": "manufacturing", "size": "s2_9",
                              "supplier_risk": "some_delays", "crisis_type": "blockade"}),
    ("buenas, mi taller de costura esta cerrado desde el huracan, se mojaron las maquinas. "
     "eramos 6 costureras, ahora quedamos mi hermana y yo",
     {"sector": "manufacturing", "crisis_type": "natural_hazard", "trading_status": "closed",
      "size": "s2_9"}),
    ("manejo un taxi, soy yo solo. Con la inseguridad ya no trabajo de noche, solo de dia. "
     "Saco como un tercio de lo que sacaba", {"sector": "services", "size": "solo",
                                             "crisis_type": "conflict",
                                             "revenue_change": "down_over_half"}),
    # A strict xfail from round 53 to 58 (that round's learned reader doubted the sector of a
    # text naming only what it sells online); round 59's retrained reader reads it again.
    ("vendo ropa por instagram y tiktok, cobro por transferencia y nequi, el negocio va bien "
     "la verdad, vendo mas que el año pasado",
     {"sector": "retail", "online_presence": "social_only", "payments": "mobile_or_card",
      "revenue_change": "stable_or_up"}),
    ("no tengo cuenta de banco ni estoy registrada, vendo tamales en la calle, solo efectivo",
     {"means": "neither", "sector": "food_service", "payments": "cash_only"}),
    ("Desarrollo paginas web para clientes en españa y mexico, trabajo solo desde la casa, me "
     "pagan por paypal", {"sector": "services", "size": "solo", "customers": "abroad",
                          "payments": "online_payments"}),
    ("les conte a los trabajadores como estamos, cada semana hacemos una reunion",
     {"staff_informed": "regularly"}),
    ("todavia no le dije nada a mis empleados, no quiero que se asusten",
     {"staff_informed": "not_yet"}),
    ("Vendo verdura en el mercado municipal, pago mi puesto puntual, no debo nada",
     {"sector": "retail", "debts": "on_track"}),
])
def test_owners_texts_read_whole(describer: Describer, text: str,
                                 expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # staff on ERTE (furlough) are not the team working now
    ("el restaurante sigue cerrado por la riada y los 6 cocineros estan en ERTE",
     {"staff_change": "reduced_hours", "size": None}),
    ("tengo 12 empleados, a 3 los mande a un ERTE y el resto trabaja media jornada",
     {"staff_change": "reduced_hours", "size": "s10_49"}),
    # a fall counted in units while prices climb is not a fall of takings
    ("en la libreria las unidades vendidas estan como 30% abajo, pero con la inflacion "
     "facturo parecido", {"revenue_change": None}),
    # a war far away is no local conflict; a trade war is economic
    ("exportamos flores, por la guerra en ucrania los pagos se atrasaron",
     {"crisis_type": None}),
    ("con la guerra comercial los pedidos de la fabrica bajaron", {"crisis_type": "economic"}),
])
def test_furlough_units_and_far_wars(describer: Describer, text: str,
                                     expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # words of two meanings: a father is not potatoes, one supplier is not one buyer
    ("mi papa tiene 70 y me dejo la ferreteria, yo tengo 28, ahora la manejo yo",
     {"sector": "retail"}),
    ("sembramos papa y haba en la finca", {"sector": "agriculture"}),
    ("dependo de un solo proveedor de harina y ahora tiene problemas con el gasoil",
     {"supplier_risk": "single_at_risk", "customers": None}),
    ("dependemos de un solo comprador, la exportadora", {"customers": "one_buyer"}),
    ("vendo pollos asados en mi local, somos 3", {"sector": "food_service"}),
    ("somos un colectivo de mujeres artesanas que hacemos bolsos",
     {"sector": "manufacturing"}),
    ("la carga de trabajo bajo mucho en mi peluqueria", {"sector": "services"}),
    ("tengo 2 camiones de carga y los fletes bajaron", {"sector": "trade"}),
    # a food stall in the market is food service
    ("soy una señora de 54 años, tengo un puesto de comida en el mercado",
     {"led_by": "women_led", "sector": "food_service"}),
    # the shop closed, selling online now: open and working differently
    ("cerramos la tienda fisica y ahora solo vendemos por la pagina web con pago en linea",
     {"trading_status": "open_adapted", "online_presence": "sells_online",
      "payments": "online_payments"}),
    # more work than ever; not a peso coming in; the rent going up
    ("el taller de motos no para, tenemos mas trabajo que nunca, 4 mecanicos y yo",
     {"revenue_change": "stable_or_up", "size": "s2_9"}),
    ("desde las lluvias no entra un peso al taller de costura, somos 4 costureras",
     {"revenue_change": "stopped", "crisis_type": "natural_hazard", "size": "s2_9"}),
    ("me sube la renta del local 40% y las ventas igual que el año pasado",
     {"crisis_type": "economic", "revenue_change": "stable_or_up"}),
    ("tengo 23 años y junto con 2 amigos abrimos una agencia de marketing digital",
     {"led_by": "youth_led", "sector": "services", "size": "s2_9"}),
])
def test_words_of_two_meanings_and_everyday_phrases(describer: Describer, text: str,
                                                    expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize("text", [
    "Cuantos dias tiene un año bisiesto?",
    "hola buenas noches, gracias por la ayuda de ayer!!",
])
def test_off_topic_reads_nothing(describer: Describer, text: str) -> None:
    assert describer.read(text, prefer="es").answers == {}
