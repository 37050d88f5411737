"""French descriptions of a sixth round, by kind of phrase, each with sentences of its own.

Round 6 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West Africa, Haiti, Belgium, Quebec and the Maghreb type them. None of them is
in a set of tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # a stop said through its effects: vehicles parked, boats at the quay, premises destroyed
    ("Transport de sable a Thies, 3 camions. Plus de gasoil, les camions sont gares depuis lundi.",
     {"trading_status": "closed"}),
    ("Pecheur a Kayar, nos pirogues restent a quai depuis la tempete.",
     {"trading_status": "closed"}),
    ("Ma boutique a Abobo a ete demolie par la mairie, tout est par terre.",
     {"trading_status": "closed"}),
    # open only in daylight or when there is power
    ("Atelier de soudure a Ouaga, on n ouvre que quand il y a du courant.",
     {"trading_status": "partly_open"}),
    ("Taxi moto a Port-au-Prince, m pa ka travay apre 5h, twò danje.",
     {"trading_status": "partly_open"}),
    # moved to video or to the clients' homes
    ("Centre de formation a Tunis, on a bascule les cours en visio depuis mars.",
     {"trading_status": "open_adapted"}),
    # back at work slowly after a stop: asked, not read
    ("Menuisier a Namur, trois mois a l arret apres l accident, je reprends doucement.",
     {"trading_status": None}),
    # debts said by what is late, or repayments stopped
    ("Garage a Sherbrooke, les mensualites du pont elevateur sont en retard depuis avril.",
     {"debts": "many_overdue"}),
    ("Boutique de pagnes a Lome, je ne rembourse plus ma tontine depuis 2 mois.",
     {"debts": "many_overdue"}),
    ("Le loyer et les impots de la boutique sont deja en retard. Quincaillerie a Kaolack.",
     {"debts": "many_overdue"}),
    # a woman said by a feminine form of herself; a man by his
    ("Je suis decouragee, mon salon de couture a Bouake ne marche plus comme avant.",
     {"led_by": "women_led"}),
    ("Restauratrice a Dakar? non, je suis une tantie de 52 ans qui vend du thiep au marche.",
     {"led_by": "women_led"}),
    ("J ai ete oblige de fermer mon garage a Kinshasa, j ai 58 ans.",
     {"led_by": "neither"}),
    # Haitian Creole: alone, no bank account, not registered
    ("Mwen se yon fanm, m vann pwa nan mache a, m travay pou kont mwen, m pa gen kont labank.",
     {"led_by": "women_led", "size": "solo"}),
    # Belgian status and banks
    ("Independante a titre principal a Liege, compte pro chez KBC, salon de coiffure.",
     {"means": "both"}),
])
def test_round6(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
