"""Round 49's changes, with new sentences written before they were read: a part of the
business shut while the rest still works is partly open ("the bar is shut, the rooms still
open", "cerramos el local del centro, los otros dos siguen abiertos", "l'atelier est fermé, le
magasin tourne"); kinds of crisis in the words of short first messages and of managers
(strikes of boats and ports, pests, repeated thefts, a machine broken down, fuel missing at
the port, the biggest account lost). And what they must not read: a closure with nothing
said still open stays closed; "still open" alone is no part."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pub with rooms in Kinsale, 9 staff. The kitchen is shut since the fire inspector "
           "came, the bar and the rooms are still open."),
    ("en", "Two shops in Dunedin. We closed the one on George St, the other is still trading."),
    ("en", "Garden centre, 14 staff. Cafe closed till the new oven arrives, the nursery side "
           "still running as usual."),
    ("es", "Tengo dos ferreterías en Talca. Cerramos la del centro por los robos, la otra sigue "
           "abierta."),
    ("es", "Hostal en Mendoza, 12 habitaciones. Cerramos el restaurante hace un mes, el resto "
           "del hostal sigue funcionando."),
    pytest.param("fr", "Boulangerie-pâtisserie à Rodez, 7 salariés. Le labo pâtisserie est "
                       "fermé depuis l'inondation, la boulangerie continue.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'continue' alone is no sign the rest works: beside a closure it read 4 "
                     "texts wrong for none right ('la guerre continue', 'le loyer continue')"))),
    ("fr", "Camping à Royan. On a fermé la piscine et le snack, le reste du camping reste "
           "ouvert."),
])
def test_part_shut_rest_open(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"trading_status": "partly_open"})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Cafe in Timaru. Closed since the flood, the whole place is gutted.", "closed"),
    ("es", "Peluquería en Salta, cerrada desde el lunes, me operaron de la rodilla.", "closed"),
])
def test_whole_closure_stays_closed(describer: Describer, lang: str, text: str, expected: str
                                    ) -> None:
    check(describer, lang, text, {"trading_status": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bakery in Wagga, we're still open and sales are ok."),
    ("fr", "Épicerie à Gap, toujours ouverte, les clients viennent moins."),
])
def test_still_open_alone_is_no_part(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, prefer=lang).answers.get("trading_status") != "partly_open"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "water taxi in Picton. the ferry crews are on strike since monday, no passengers",
     "blockade"),
    ("en", "grain farm near Moree, the locusts went through the wheat last week", "epidemic"),
    ("en", "hardware store in Mackay, broken into 3 times since october, they take the power "
           "tools every time", "conflict"),
    ("en", "fish and chips in Ulladulla. the fryer packed it in on friday, tech cant come till "
           "next week", "other"),
    ("en", "engineering shop in Kalgoorlie, 30 staff. we lost our biggest account when the mine "
           "went to a perth firm", "economic"),
    ("fr", "pecheur a Sfax, 4 marins. pas de gasoil au port depuis 10 jours, on reste a quai",
     "blockade"),
    ("fr", "maraicher a Agadir, les criquets ont mangé toute la parcelle de tomates",
     "epidemic"),
    ("fr", "boulangerie a Thies, le four est tombé en panne lundi, le technicien vient de Dakar",
     "other"),
    ("es", "lancha de turismo en Puerto Madryn, huelga del puerto desde el martes, cero "
           "salidas", "blockade"),
    ("es", "olivar en Jaén, la xylella ya me ha secado 40 olivos", "epidemic"),
    pytest.param("es", "taller mecanico en Rosario, nos robaron 3 veces este mes, se llevan "
                       "las herramientas", "conflict",
                 marks=pytest.mark.xfail(strict=True, reason=(
                           "the ignore phrase 'veces al mes' (how often, not how much) takes "
                           "'veces este mes' with the gap a cue allows, so the count of thefts "
                           "is lost and one theft reads 'other'"))),
    ("es", "panaderia en Cusco, se malogro el horno el jueves y el tecnico llega recien el "
           "lunes", "other"),
])
def test_kinds_of_crisis(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"crisis_type": expected})
