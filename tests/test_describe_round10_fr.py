"""French descriptions of a tenth round, by kind of phrase, each with sentences of its own.

Round 10 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Madagascar, Haiti and the Maghreb type them. None of
them is in a set of tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # a relative's or a neighbour tradesman's closure is theirs, not ours
    ("Le salon de ma cousine à Lomé a fermé, moi je continue.",
     {"trading_status": None}),
    ("Le restaurant de mon oncle à Bamako a fermé avec les coupures.",
     {"trading_status": None}),
    ("Épicerie à Kaolack, le boulanger du quartier travaille 3 jours sur 7 seulement.",
     {"trading_status": None}),
    # a listing on Airbnb or Booking is a marketplace page of ours (the brief of round 41, which
    # every set since was labelled with); delivering through Yango is not
    ("Maison d'hôtes à Saly, on est aussi sur Airbnb.",
     {"online_presence": "website_or_marketplace"}),
    ("Gîte à Kribi, les réservations arrivent via Booking.",
     {"online_presence": "website_or_marketplace"}),
    ("Restaurant à Abidjan, on livre avec Yango dans Cocody.",
     {"online_presence": None}),
    # a bank transfer is a payment by card or phone as round 41's brief defines it
    # (tests/descriptions/WRITERS_BRIEF_41.md: "mobile money, card machine, bank transfer,
    # cheque"); round 10 held it was none. Round 48 read "par virement" so: over every set's
    # texts with a transfer, 26 payments more right, 5 more wrong (older writers' labels).
    ("Bureau d'études à Dakar, nos clients paient par virement.",
     {"payments": "mobile_or_card"}),
    # all of a harvest or a catch to a single buyer
    ("Riziculteur à Bagré, je vends toute ma récolte à un seul commerçant.",
     {"customers": "one_buyer"}),
    pytest.param("Pêcheur à Joal, je vends tout mon poisson à une seule mareyeuse du quai.",
                 {"customers": "one_buyer", "size": None},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "round 52's retrained learned reader gives 'solo' 0.9 or more here (a "
                     "fisher alone is what most such lines say); the cues read no size"))),
    pytest.param("Tailleur à Bobo, maintenant un seul hôtel me donne du travail.",
                 {"customers": "one_buyer", "size": None},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "round 54's retrained learned reader gives 'solo' here (a tailor with "
                     "one client reads as working alone); the cues read no size"))),
    # wholesale to shops of the town, to petty traders: customers here
    ("Savonnerie à Conakry, je vends en gros à 25 boutiques de la ville.",
     {"customers": "local"}),
    ("Poissonnerie à Mbour, on vend aux banabanas du marché central.",
     {"customers": "local"}),
    # paying a debt at the end of the month is no cash that ends then
    ("Boutique à Kara, je dois 500 000 au grossiste, je sais pas comment payer à la fin du mois.",
     {"cash_runway": None}),
    # alone with a child is two people
    ("Je suis seule avec mon fils dans la boutique maintenant, à Ziguinchor.",
     {"size": "s2_9"}),
    ("Garage à Pikine, je travaille avec 3 mecanos.",
     {"size": "s2_9"}),
    # sales the same as last year, told with "pareil"
    ("Quincaillerie à Bouaké, on vend pareil que l'an passé.",
     {"revenue_change": "stable_or_up"}),
    ("Pressing à Libreville, le chiffre est pareil qu'avant, c'est les produits qui montent.",
     {"revenue_change": "stable_or_up"}),
    # open only when there is power; reopened online after a fire
    ("Atelier de soudure à Kindia, on ouvre seulement quand la SEG donne le courant.",
     {"trading_status": "partly_open"}),
    ("Friperie à Dakar, après l'incendie du marché j'ai rouvert en ligne.",
     {"trading_status": "open_adapted"}),
    # figures shared with the staff every week; staff still paid
    ("Boutique à Douala, chaque lundi je partage les chiffres avec mes vendeuses.",
     {"staff_informed": "regularly"}),
    ("Menuiserie à Cap-Haïtien, mes 4 ouvriers je continue de les payer même sans travail.",
     {"staff_change": "unchanged"}),
    # a roof torn off by the wind; supplies that trickle in
    ("Poulailler à Tuléar, le vent a arraché le toit la semaine passée.",
     {"crisis_type": "natural_hazard"}),
    ("Boulangerie à Zinder, la farine arrive au compte-goutte depuis la frontière.",
     {"supplier_risk": "some_delays"}),
    # a story told in the imperfect, or survived, is not today's closure
    ("Épicerie à Niamey, en 2022 on fermait le vendredi à cause des coupures.",
     {"trading_status": None}),
    ("Hôtel à Grand-Bassam, le covid on a fermé 6 mois, on a survécu.",
     {"trading_status": None}),
])
def test_round10(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
