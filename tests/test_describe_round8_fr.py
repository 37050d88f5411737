"""French descriptions of an eighth round, by kind of phrase, each with sentences of its own.

Round 8 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Madagascar, Haiti, the Maghreb, Belgium and Quebec type
them. None of them is in a set of tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # trading cut by its effects: half the day on the road, a market limited to some days,
    # work stopped "depuis" some time
    ("Taxi-moto a Lome, je roule que la moitie de la journee maintenant, y a plus d essence.",
     {"trading_status": "partly_open"}),
    ("Ma table de legumes a Kindu: depuis Ebola le marche est limite a 3 jours.",
     {"trading_status": "partly_open", "sector": "retail"}),
    ("Atelier de menuiserie a Parakou, on travaille plus depuis deux semaines.",
     {"trading_status": "closed"}),
    ("Garage a Kaolack, on ne travaille plus depuis 10 jours, le hangar est sous l eau.",
     {"trading_status": "closed"}),
    # a neighbour's shop that burnt is not ours closed; visiting cards are no card payment
    ("Salon de coiffure a Port-Vila, la boutique voisine a brule, nous on ouvre de 9h a 13h.",
     {"trading_status": "partly_open"}),
    ("Je fais des cartes de visite et des faire-part a Dakar, les commandes ont baisse.",
     {"payments": None}),
    # printing alone names no sector; a pharmacist sells at retail
    ("Imprimerie a Bobo, on imprime des affiches, le papier a double de prix.",
     {"sector": None}),
    ("Je suis pharmacien a Kindia, les grossistes livrent en retard.",
     {"sector": "retail"}),
    # crisis of other kinds: thieves who took the tools, an eviction by the owner, an injury
    ("Atelier de couture a Douala, des voleurs ont tout pris, ils ont pris 3 machines.",
     {"crisis_type": "other"}),
    ("Creche a Kigali, le proprietaire veut recuperer la maison, on doit partir en juin.",
     {"crisis_type": "other"}),
    ("Je suis coiffeuse a Sherbrooke, je me suis casse la jambe, 6 semaines sans travailler.",
     {"crisis_type": "other"}),
    # crisis economic: a currency that lost against the dollar, cut budgets said in the singular
    ("Quincaillerie a Lubumbashi, le franc congolais a perdu beaucoup face au dollar.",
     {"crisis_type": "economic"}),
    ("Cabinet de formation a Sfax, nos clients ont reduit leur budget formation cette annee.",
     {"crisis_type": "economic"}),
    # one customer who is most of the work
    ("Societe de gardiennage a Abidjan, notre plus gros client fait 70% du chiffre.",
     {"customers": "one_buyer"}),
    # hours cut for everyone is the staff's change, not the shop half open
    ("Boulangerie a Jacmel, on a mis tout le monde a mi-temps a cause des gangs.",
     {"staff_change": "reduced_hours", "trading_status": None}),
    ("Garage a Namur, j'ai du reduire les heures de mes deux mecaniciens.",
     {"staff_change": "reduced_hours"}),
    # full-time staff are no debt paid on time; young plants are no young owner
    ("Hotel a Kribi, je garde 4 employes a temps plein sur 10.",
     {"debts": None}),
    ("Je suis planteur a Daloa, la secheresse a tue les jeunes plants de cacao.",
     {"led_by": None}),
    # house cleaning and repairs of fridges are services
    ("Je fais du menage chez des particuliers a Liege, toute seule.",
     {"sector": "services"}),
    ("Je repare les frigos et les clims a Ziguinchor avec un apprenti.",
     {"sector": "services"}),
])
def test_round8(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
