"""French descriptions of a ninth round, by kind of phrase, each with sentences of its own.

Round 9 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Haiti, the Maghreb, France and Quebec type them. None
of them is in a set of tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # staff kept N of M, "on en a gardé", sent home, put "à pied": a lay-off
    ("Couturière à Bouaké, j'ai gardé 1 apprentie sur 4, les autres je les ai renvoyées.",
     {"staff_change": "laid_off"}),
    ("Menuiserie à Jérémie, on était 8, on en a gardé 3 après le cyclone.",
     {"staff_change": "laid_off"}),
    ("Dépanneur à Trois-Rivières, j'ai dû mettre deux commis à pied en janvier.",
     {"staff_change": "laid_off"}),
    # same hours, same days: nothing changed; hours cut with "diminuer"
    ("Garage à Thiès, mes mécaniciens gardent leurs heures, personne n'est renvoyé.",
     {"staff_change": "unchanged"}),
    ("Salon de coiffure à Libreville, les filles travaillent toujours les mêmes jours.",
     {"staff_change": "unchanged"}),
    ("Cantine à Niamey, j'ai diminué les heures des serveuses à cause des coupures.",
     {"staff_change": "reduced_hours"}),
    # the owner riding half the time is no staff change
    ("Mototaxi à Parakou, je roule la moitié du temps, pas d'essence.",
     {"staff_change": None}),
    # staff told on a weekday or every week
    ("Je parle à mes employés chaque vendredi de la situation, boutique à Kindia.",
     {"staff_informed": "regularly"}),
    ("Atelier de couture à Sokodé, chaque semaine je fais un point avec les apprentis.",
     {"staff_informed": "regularly"}),
    # petrol stations "à sec" are no cash of ours; a supply that "almost" stopped is asked
    ("Boulangerie à Mopti, les stations sont à sec depuis une semaine, on cuit au bois.",
     {"cash_runway": None}),
    ("Boutique à Jacmel, le riz n'arrive presque plus de Port-au-Prince.",
     {"supplier_risk": None}),
    # open part of the day; open another way
    ("Épicerie à Port-Gentil, on ouvre uniquement le matin depuis les coupures.",
     {"trading_status": "partly_open"}),
    ("Traiteur à Cotonou, on fait de la livraison dans le quartier.",
     {"trading_status": "open_adapted"}),
    # "maintenant" before a delivery stays a doubt (closed before?): asked, not read
    ("Traiteur à Cotonou, maintenant on fait de la livraison dans le quartier.",
     {"trading_status": None}),
    # customers all over the country; hikers from abroad
    ("Je vends mes savons à des boutiques un peu partout au Bénin.",
     {"customers": "local"}),
    ("Auberge à Ifrane, nos clients sont surtout des randonneurs allemands.",
     {"customers": "abroad"}),
    # neither account nor papers; a bank account of a sole trader
    ("Quincaillerie à Kankan, j'ai ni compte ni papiers pour la boutique.",
     {"means": "neither"}),
    ("Je suis auto-entrepreneuse à Lyon, je fais des gâteaux, compte pro au Crédit Mutuel.",
     {"means": "both"}),
    # no phone skills, a child who writes; a web agency
    ("Ma fille écrit pour moi, je connais pas le téléphone, je vends du charbon à Kisangani.",
     {"digital_skills": "none"}),
    ("Agence web à Dakar, 5 développeurs, nos clients européens ont coupé les budgets.",
     {"digital_skills": "good"}),
    # crises in local words: a fire in Creole, the owner ill, a city fallen
    ("Boutik mwen boule nan dife nan mache Jacmel, m pa gen anyen.",
     {"crisis_type": "natural_hazard"}),
    ("Je suis tombée malade en mars, mon étal de légumes à Kaolack est fermé depuis.",
     {"crisis_type": "other"}),
    ("Vendeuse de beignets à Goma, depuis que la ville est tombée les clients fuient.",
     {"crisis_type": "conflict"}),
    # a woman told by an adjective after an adverb; a Creole market seller
    ("Je suis vraiment fatiguée, mon maquis à Daloa ne marche plus comme avant.",
     {"led_by": "women_led"}),
    ("Machann legim nan mache Petyonvil, je vends seule.",
     {"sector": "retail", "size": "solo"}),
])
def test_round9(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
