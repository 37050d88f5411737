"""Round 51's changes, with new sentences written before they were read: a ship, a ferry, a
plane or a flight that does not come is a blockade; a part of a business shut while the rest
"of the hotel is open" is partly open; a disease of crops or animals named (a blight, a
fungus, a bacteria) is an epidemic. And what they must not lose: a fisher's own boat, a
cruise ship that skipped the port, an owner's mother's illness."""

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
