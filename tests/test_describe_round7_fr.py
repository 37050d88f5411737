"""French descriptions of a seventh round, by kind of phrase, each with sentences of its own.

Round 7 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Haiti, the Maghreb, Lebanon, Belgium and Quebec type
them. None of them is in a set of tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # who leads: a trade or a title said after "suis", a feminine adjective; a staff member's
    # trade is someone else's; years in the trade are no age
    ("Je suis marchande de poisson a Cotonou, j'ai 52 ans, le marche est vide.",
     {"led_by": "women_led"}),
    ("Bonsoir, je suis Madame Kabore, 44 ans, j'ai une boutique de pagnes a Ouaga.",
     {"led_by": "women_led"}),
    ("Je suis un vieux boucher de 63 ans a Bamako, les boeufs sont trop chers.",
     {"led_by": "neither"}),
    ("J'ai une boutique a Lome, ma caissiere est partie, moi j'ai 48 ans.",
     {"led_by": None}),
    ("Garage a Trois-Rivieres, ca fait 25 ans que je repare des chars.",
     {"led_by": None}),
    # an economic crisis said by customers without money, scarce dollars, tariffs, cut budgets
    ("Salon de couture a Bouake, les clientes n'ont plus d'argent, on fait moins de 30 %.",
     {"crisis_type": "economic"}),
    ("Quincaillerie a Beyrouth, penurie de dollars, les fournisseurs veulent du cash.",
     {"crisis_type": "economic"}),
    ("Atelier de textile a Monastir, nos clients europeens ont coupe leurs budgets.",
     {"crisis_type": "economic"}),
    ("J'exporte du karite vers les Etats-Unis, les nouveaux droits de douane m'ont tue.",
     {"crisis_type": "economic"}),
    # debts: a named debt one cannot pay, or paid as usual
    ("Boulangerie a Conakry, l'echeance du pret je pourrai pas la payer ce mois.",
     {"debts": "some_at_risk"}),
    ("Gite a Spa, le credit de la maison est paye normalement, rien en retard.",
     {"debts": "on_track"}),
    # no money comes in at all; the boats do not go out
    ("Atelier de soudure a Pointe-Noire, aucune rentree depuis un mois.",
     {"revenue_change": "stopped"}),
    ("Pecheurs a Mbour, on ne sort plus en mer depuis la tempete.",
     {"trading_status": "closed"}),
    # a clientele named by its nationality is abroad
    ("Riad a Essaouira, clientele surtout francaise et espagnole, tout est annule.",
     {"customers": "abroad"}),
    # a supplier late by some weeks; a broken machine is not the workshop closed
    ("Menuiserie a Gitega, la machine est cassee et le fournisseur livre avec 3 semaines"
     " de retard.",
     {"supplier_risk": "some_delays", "trading_status": None}),
    # sales words "as before" of something else
    ("Je ne peux plus porter les sacs comme avant depuis l'operation. Boutique a Thies.",
     {"revenue_change": None}),
    # the livestock trade is trade, not farming
    ("Je suis commercant de betail a Garoua, les routes sont coupees.",
     {"sector": "trade"}),
    # Haitian Creole sales said as falling by more than half
    ("Mwen gen yon ti boutik Gonayiv, vant yo desann plis pase mwatye.",
     {"revenue_change": "down_over_half"}),
    # street food sold at a stall, and mobile wallets of more countries
    ("Je vends l'alloco et le poisson braise au carrefour a Yamoussoukro, seule avec ma fille.",
     {"sector": "food_service"}),
    ("Epicerie a Nouakchott, les clients paient par Bankily ou Masrvi.",
     {"payments": "mobile_or_card"}),
    ("Cafe a Tunis, on accepte D17 et Flouci en plus du cash.",
     {"payments": "mobile_or_card"}),
])
def test_round7(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
