"""Round 51's changes, with new sentences written before they were read (40 of 48 right at
first, 46 after; two fail on purpose, with their reasons). A ship, a ferry, a plane or a flight
that does not come is a blockade; a part of a business shut while the rest "of the hotel is
open" is partly open, and so are days closed; a disease of crops or animals named (a blight, a
fungus, a bacteria) is an epidemic; cash left, debts overdue, suppliers, staff, helpers,
customers and sectors in the words of owners who tell a day, a worry or a plan (the batch of
money and people sentences was written after the cues were, in their shapes: all 22 right at
first, which says less). And what they must not lose: a fisher's own boat, a cruise ship that
skipped the port, an owner's mother's illness, a plan for next winter; a family's news told
by a woman alone reads nothing, a stall told by one still reads."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "General store on Kiribati's outer islands, me and my brother. The supply ship from "
           "Tarawa didnt come this month, half the shelves are empty."),
    ("en", "Dive shop on Lord Howe, 3 of us. Two flights cancelled this week and the plane is "
           "grounded for repairs, so our divers cant get here."),
    ("fr", "Épicerie à Ouessant, je suis seule. Le navire n'est pas venu depuis 8 jours, plus "
           "de lait ni de pain sur les rayons."),
    ("fr", "Pension de famille à Maupiti avec mon mari. La goélette est en panne à Papeete, "
           "on cuisine avec ce qui reste."),
    ("es", "Tienda en Isla Mujeres, somos 3. El barco de carga no vino esta semana y no tengo "
           "refrescos ni cerveza."),
    ("es", "Hostal en la isla de Ometepe, 6 habitaciones. Los vuelos a Managua cancelados y "
           "la lancha de San Jorge suspendida, no llegan turistas."),
])
def test_carriers_that_do_not_come(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"crisis_type": "blockade"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Motel in Westport, 16 units. The flood got into the back block so we shut those 6 "
           "units, the rest of the motel is open."),
    ("fr", "Camping à Pornic. L'orage a cassé les sanitaires du haut, on a fermé cette partie,"
           " le reste du camping est ouvert."),
    ("es", "Restaurante en Valdivia. Se inundó la terraza y la cerramos, el resto del local "
           "sigue abierto al público."),
])
def test_rest_of_the_business_open(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"trading_status": "partly_open"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Coffee farm in Kona, 4 acres, me and my wife. Coffee leaf rust is all over the "
           "trees this year, we'll lose most of the crop."),
    ("en", "Potato grower near Ballarat. Late blight got into two paddocks after the rain."),
    ("fr", "Je cultive la vanille à Taha'a. Une pourriture des racines a tué la moitié des "
           "lianes cette année."),
    ("es", "Tengo un criadero de pollos en Cajamarca, 2,000 aves. El veterinario dice que es "
           "una bacteria, se me mueren 30 al día."),
    ("es", "Cafetal en Jinotega, 5 manzanas. La roya acabó con la mitad de la cosecha."),
])
def test_diseases_of_crops_and_animals(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"crisis_type": "epidemic"})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Guest house in Port Vila, 8 rooms. This year most cruise ships skipped Vila and "
           "the conferences went elsewhere, bookings are down by half.",
     {"crisis_type": "economic"}),
    ("fr", "Je tiens une épicerie à Rodez. Ma mère a une maladie du coeur, je ferme le mardi "
           "pour l'accompagner à l'hôpital.", {"crisis_type": None, "led_by": None}),
])
def test_what_they_must_not_read(describer: Describer, lang: str, text: str,
                                 expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


def test_our_own_boat_is_no_blockade(describer: Describer) -> None:
    text = ("Fisherman in Tofino, just me. My own boat broke down last week and the part takes "
            "a month.")
    assert describer.read(text, "en").answers.get("crisis_type") != "blockade"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Fish and chip shop in Oban, 4 of us. Maybe 5 weeks of wages left in the account, "
           "then I don't know.", {"cash_runway": "m1_3"}),
    ("en", "Joinery in Hawera, me and 3 lads. If the council doesn't pay us we last about 10 "
           "days.", {"cash_runway": "under_2w"}),
    ("es", "Panadería en Sucre, somos 4. Guardado tengo pa un mes más o menos.",
     {"cash_runway": "under_1m"}),
    ("fr", "Quincaillerie à Mopti. J'ai raté l'échéance de juin du prêt, la banque m'appelle.",
     {"debts": "many_overdue"}),
    ("es", "Tienda en Oruro: al distribuidor de aceite le debo 3 pedidos vencidos.",
     {"debts": "many_overdue"}),
    ("en", "Builders merchant in Nelson, 8 staff. We buy from 5 different suppliers so stock is "
           "fine.", {"supplier_risk": "diversified"}),
    ("en", "Bike repair in Hilo, just me. Parts take 3 weeks instead of 4 days since the barge "
           "cut back.", {"supplier_risk": "some_delays"}),
])
def test_money_and_supplies_said_plainly(describer: Describer, lang: str, text: str,
                                         expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Cafe in Picton, 7 of us. The casuals lost their weekend shifts since the ferry cut.",
     {"staff_change": "reduced_hours"}),
    ("es", "Restaurante en Trujillo, somos 6. A los mozos les pago solo los días que abrimos.",
     {"staff_change": "reduced_hours"}),
    ("fr", "Boulangerie à Thiès, 5 avec moi. Personne n'est au chômage, tout le monde travaille.",
     {"staff_change": "unchanged"}),
    ("en", "Market garden in Levin, my niece helps me on weekends.", {"size": "s2_9"}),
    ("es", "Soy pescador en Ancón, salgo con mi hermano en el bote.", {"size": "s2_9"}),
    ("en", "Surf school in Raglan. Most of our students are German backpackers.",
     {"customers": "abroad"}),
    ("en", "Log trucks in Gisborne, 5 trucks. Our one contractor only needs 3 of them now.",
     {"customers": "one_buyer"}),
    ("en", "Pizza place in Ashburton, 6 staff. We're closed Mondays and Tuesdays now.",
     {"trading_status": "partly_open"}),
    ("es", "Pensión en Cusco, somos 4. Ahora cerramos los domingos y lunes.",
     {"trading_status": "partly_open"}),
    ("en", "Gift shop in Akaroa, 2 of us. Sales are down a third. Next winter we'll probably "
           "only open weekends.", {"trading_status": None}),
    ("fr", "Restaurant à Vannes, 9 salariés. Il faudra sans doute fermer le lundi l'an "
           "prochain.", {"trading_status": None}),
])
def test_people_customers_and_days_said_plainly(describer: Describer, lang: str, text: str,
                                                expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Water taxi in Russell, just me. Zero fares this week with the storm.",
     {"sector": "services"}),
    ("es", "Tengo una combi en la ruta Puno - Juliaca, manejo yo.", {"sector": "services"}),
    ("fr", "Groupement de femmes savonnières à Kaolack, 12 femmes.",
     {"sector": "manufacturing"}),
    ("es", "Hacemos pisco en una pisquera chica de Ica, somos 5.",
     {"sector": "manufacturing"}),
])
def test_sector_words(describer: Describer, lang: str, text: str,
                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Dairy farm in Southland, 3 of us. The bank balance covers about 6 weeks of bills.",
     {"cash_runway": "m1_3"}),
    pytest.param("fr",
                 "Garage à Niort, 4 salariés. Sur le compte il y a de quoi payer les salaires 3 "
                 "semaines.", {"cash_runway": "under_1m"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'il y a' (there is) is also 'ago': a duration after it is not read as "
                     "cash left"))),
    ("es", "Ferretería en Loja, somos 3. Lo que hay en el banco nos da para unos 2 meses.",
     {"cash_runway": "m1_3"}),
    ("en", "Lodge in Lakes Entrance, 5 staff. The supply boat hasn't come for two weeks.",
     {"crisis_type": "blockade"}),
    ("fr", "Snack à Dzaoudzi. La barge ne vient plus depuis la grève.",
     {"crisis_type": "blockade"}),
    ("es", "Tienda en Chiloé. El transbordador está suspendido, no llega mercadería.",
     {"crisis_type": "blockade", "supplier_risk": "cut_off"}),
])
def test_said_another_way(describer: Describer, lang: str, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("fr",
                 "Ma soeur ne me parle plus depuis le mariage, je suis seule avec les enfants et "
                 "le loyer, je suis fatiguée. Que faire ?",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'les enfants' count as people who work (children help in many family "
                     "businesses), so the rule leaves the reading of a woman alone"))),
    ("es", "Mi papá está internado en Cuenca y necesito plata para los remedios, estoy sola con "
           "esto, qué hago?"),
])
def test_a_family_s_news_reads_nothing(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}


def test_a_trade_said_alone_still_reads(describer: Describer) -> None:
    text = "vendo empanadas en la feria de Tarija, sola nomás, todo bien por ahora"
    assert describer.read(text, "es").answers.get("size") == "solo"
