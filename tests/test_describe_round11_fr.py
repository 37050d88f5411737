"""French descriptions of an eleventh round, by kind of phrase, each with sentences of its own.

Round 11 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Haiti and the Congo type them, some mixing Lingala,
Wolof or Creole. None of them is in a set of tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # prices told by what went up, in the owner's words (and Lingala, Wolof)
    ("Vendeuse de pain à Dakar, la farine a doublé de prix.",
     {"crisis_type": "economic"}),
    ("Maquis à Bouaké, le poulet a monté fort, les clients disent c'est trop cher.",
     {"crisis_type": "economic"}),
    ("Boulangerie à Kinshasa, ntalo ya farine emati mingi.",
     {"crisis_type": "economic"}),
    ("Restaurant à Thiès, lepp dafa seer, les gens viennent moins.",
     {"crisis_type": "economic"}),
    # a loan still paid, "but next month I don't know": a payment at risk
    ("Je loue des pirogues à Mbour, le prêt à la CMS je paie encore mais le mois prochain "
     "je ne sais pas.",
     {"debts": "some_at_risk"}),
    ("Couturière à Lomé. La traite je la paie encore, mais après je sais pas.",
     {"debts": "some_at_risk"}),
    # closed some days a week is open the others
    ("Boutique à Bamako, je ferme 3 jours par semaine à cause des coupures.",
     {"trading_status": "partly_open"}),
    ("Pressing à Cotonou, on ferme deux jours sur sept maintenant.",
     {"trading_status": "partly_open"}),
    # a ban by the authorities on our vehicles; a ban on selling for an epidemic is the epidemic
    ("Je fais moto-taxi à Cotonou, la mairie a interdit les motos sur le pont.",
     {"crisis_type": "other"}),
    ("Poissonnière à Conakry, la mairie a interdit la vente au marché à cause d'Ebola.",
     {"crisis_type": "epidemic"}),
    # the biggest contract is one buyer; civil servants paid late are not our customers
    ("Agence de gardiennage à Douala, notre plus gros contrat c'est une banque, 70% du chiffre.",
     {"customers": "one_buyer"}),
    ("Librairie à Yaoundé, les fonctionnaires sont payés en retard, la rentrée est mauvaise.",
     {"customers": None}),
    # a team of women, told in the past of the count
    ("Restaurant à Kaolack, on était 6 femmes, maintenant on reste 4.",
     {"led_by": "women_led"}),
    # we can no longer go and buy our goods (Creole too)
    ("Machann pwason Jakmèl, m pa ka al achte pwason Pòtoprens ankò.",
     {"supplier_risk": "cut_off"}),
    ("Je vends du charbon à Bukavu, je peux plus aller acheter la marchandise avec la route.",
     {"supplier_risk": "cut_off"}),
    # a students' strike closes the campus: no war, no blockade
    ("Photocopie devant le campus à Dakar, les étudiants sont en grève depuis 3 semaines.",
     {"crisis_type": None}),
    # "the customers say it's good" is no price rise
    ("Je vends des beignets à Pikine, les clients disent c'est bon.",
     {"crisis_type": None}),
])
def test_round11(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
