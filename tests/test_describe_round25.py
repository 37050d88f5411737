"""Round 25 (guided by blind sets 65 and 66, sealed through round 24 and read after it; sets
67 and 68, written after round 24, sealed through round 25), each kind in new sentences:
"ventas abajo un 70 %", "efectivo nomás" (respelled, so the cue must be too), cash "con lo que
hay en la cuenta", "la seca", algal blooms, big waves; "estoy parado", "on a arrêté depuis",
"open with only 6 rooms", "fishing again like normal"; most of the production to one
carmaker; staff paid anyway, told every day or every Monday, sent home, on 6 hours; "will miss
the loan"; "salaries late" of the government are no debt of ours; more trades (scierie, dev
web, ferme perlière, desert camp, dev shop)."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # sales, cash, payments
    ("es", "Pizzeria en Arequipa, ventas abajo un 60% por el paro.", "revenue_change",
     "down_over_half"),
    ("es", "Vendo jugos en Trujillo, cobro en efectivo nomas.", "payments", "cash_only"),
    ("es", "Con lo que hay en la cuenta pagamos 3 semanas mas.", "cash_runway", "under_1m"),
    ("es", "Almacen en Salto, las ventas bien, como siempre.", "revenue_change",
     "stable_or_up"),
    ("en", "Seamstress in Brasov, orders are like always.", "revenue_change", "stable_or_up"),
    # crises
    ("es", "Chacra en Paysandu, la seca nos mato la soja.", "crisis_type", "natural_hazard"),
    ("en", "We fish from Kilwa, big waves all week, the boat stays on the beach.",
     "crisis_type", "natural_hazard"),
    ("fr", "Epicerie a Tunis, la farine a double depuis mars.", "crisis_type", "economic"),
    # trading
    ("es", "me robaron la moto y estoy parado, cero ingresos", "trading_status", "closed"),
    ("fr", "Taxi-brousse a Kayes, on a arrete depuis 2 semaines.", "trading_status",
     "closed"),
    ("en", "Lodge in Vanua Levu, the storm took 3 roofs, we are open with only 4 rooms.",
     "trading_status", "partly_open"),
    ("en", "Typhoon broke our banca last year, fixed now, we are fishing again like normal.",
     "trading_status", "normal"),
    # buyers, staff, debts
    ("es", "Fabrica de resortes en Cordoba, casi toda la produccion va a una sola "
     "automotriz.", "customers", "one_buyer"),
    ("fr", "Restaurant a Hue, 12 employes, ils sont payes quand meme.", "staff_change",
     "unchanged"),
    ("fr", "Hotel a Sapa, j'envoie des messages aux employes tous les jours.",
     "staff_informed", "regularly"),
    ("en", "Call centre in Cebu, every Monday we do a call with the whole team.",
     "staff_informed", "regularly"),
    ("en", "Dairy in Giza, 40 workers, we stopped the night shift.", "staff_change",
     "reduced_hours"),
    ("en", "boda rider in Gulu, i will miss the bike loan this month", "debts",
     "some_at_risk"),
    ("en", "phone shop in Basra, gov salaries late 3 months so nobody buys", "debts", ABSENT),
    # trades and traits
    ("fr", "Scierie a Kribi, 40 ouvriers.", "sector", "manufacturing"),
    ("fr", "On a une boite de dev web a Abidjan, 7 personnes.", "sector", "services"),
    ("en", "We run a desert camp near Merzouga, 8 tents.", "sector", "tourism"),
    ("en", "Cleaning firm in Nassau, 20 staff, mostly women like me.", "led_by", "women_led"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round25_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
