"""French descriptions of a fifth round, by kind of phrase, each with sentences of its own.

Round 5 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Madagascar, Belgium and Quebec type them, labelled by
the guide of the blind sets (None: nothing is read). None of them is in a set of
tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # a strike of the port or of the transporters blocks the chain: a blockade
    ("Quincaillerie a Cotonou, le port est en greve depuis 10 jours, rien ne sort.",
     {"crisis_type": "blockade"}),
    ("Les camionneurs sont en greve, mon ciment reste a Abidjan. Depot de materiaux a Bouake.",
     {"crisis_type": "blockade"}),
    # staff let go said "libérer", "remercier", "laisser partir"
    ("Atelier de couture a Bamako, j ai du liberer mes 4 apprentis le mois passe.",
     {"staff_change": "laid_off"}),
    ("Restaurant a Douala, j ai remercie 3 serveuses depuis la crise.",
     {"staff_change": "laid_off"}),
    # a shop of a service is the service
    ("J ai une boutique de couture a Parakou, les clientes ne viennent plus.",
     {"sector": "services"}),
    ("Ma boutique de reparation de telephones a Kindu a ete pillee.",
     {"sector": "services"}),
    # "if this goes on until the end of the month" is a threat, not cash
    ("Si ca dure jusqu a la fin du mois je ferme. Boutique a Niamey.",
     {"cash_runway": None}),
    # one buyer named as one company
    ("Nous vendons toute la vanille a une seule entreprise d export a Sambava.",
     {"customers": "one_buyer"}),
    ("Je commande mes pieces chez un seul grossiste a Lome, atelier de soudure.",
     {"customers": None}),
    # takeaway only is the business adapted
    ("Maquis a Yopougon, la salle est fermee, on fait uniquement a emporter maintenant.",
     {"trading_status": "open_adapted"}),
    # delays said in the plural, with their length
    ("Pharmacie a Bukavu, les medicaments arrivent avec des retards de 2 semaines.",
     {"supplier_risk": "some_delays"}),
    # meeting the staff on a week-day
    ("Hotel a Kribi, 12 employes. Je les reunis chaque lundi pour faire le point.",
     {"staff_informed": "regularly"}),
    # company forms are registration; the husband who names his wife is a man
    ("Garage a Namur, on est une SRL avec un compte a la banque. Ma femme dit que je "
     "travaille trop, j ai 58 ans.",
     {"means": "both", "led_by": "neither"}),
    # pupils are no livestock; working alone now, after the team
    ("Je donne des cours a 12 eleves a Yaounde, je suis seul.",
     {"sector": "services", "size": "solo"}),
    ("J etais avec 2 apprentis, maintenant je couds seule a la maison. Couturiere a Lome.",
     {"size": "solo"}),
    # a cooperative that delivers to one exporter is not one person
    # not read yet: size s50_plus ("membres" is no word for people at work)
    ("Cooperative de cafe a Dschang, 200 membres, on livre tout a un seul exportateur.",
     {"size": None, "customers": "one_buyer"}),
])
def test_round5(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
