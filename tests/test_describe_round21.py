"""Round 21 (guided by the plans the fourteen older sealed sets had calmed, and their off-topic
texts read), each kind in new sentences: staff who are mostly part time are no business open
part time; offices gone to working from home, a currency losing value, tariffs and shortages
as economic crises; roads and tankers blocked, a state of emergency and tensions in a
district; debts overdue for months in more words (VAT late two months, a salary not touched,
tontine turns missed, credit cut) and at risk ("the next one I am not sure"), a plan to pay
the tax office as on track, and a buyer who has not paid us as their debt; "c'est eux qui
achètent tout" as one buyer; a wife's trade is not the business's; everyone paying by card is
no debt paid; and cooking questions are about cooking."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # staff part time, not the business
    ("en", "Window cleaning firm in Bristol, 18 staff mostly part time, orders fell 20%.",
     "trading_status", ABSENT),
    ("en", "Cafe in Leeds, we open part time now, only mornings.", "trading_status",
     "partly_open"),
    # economic crises in more words
    ("en", "Our office catering lost three clients, everyone works from home now.",
     "crisis_type", "economic"),
    ("en", "Print shop in Harare, the ZiG loses value every month, paper is in USD.",
     "crisis_type", "economic"),
    ("fr", "Couturiere a Yaounde, le pagne a grimpe et les clientes discutent tout.",
     "crisis_type", "economic"),
    ("fr", "Garage a Sherbrooke, les pieces arrivent en retard depuis les tarifs.",
     "crisis_type", "economic"),
    # blockades and conflict
    ("es", "Tengo una panaderia en Popayan, bloquearon la carretera hace una semana.",
     "crisis_type", "blockade"),
    ("fr", "Boutique a Gao, les camions de riz sont bloques sur la route par les groupes armes.",
     "crisis_type", "blockade"),
    ("en", "Bar in Spanish Town, since the SOE we close at 8, sales down a lot.",
     "crisis_type", "conflict"),
    ("fr", "Pharmacie a Bangui, avec les tensions dans le quartier les clients ne sortent plus.",
     "crisis_type", "conflict"),
    # debts
    ("en", "Hotel laundry in Crete, our VAT is late 2 months.", "debts", "many_overdue"),
    ("en", "Sawmill in Mutare, we have not paid ZESA for 4 months.", "debts", "many_overdue"),
    ("en", "Road works for the council, they have not paid us for 3 months.", "debts", ABSENT),
    ("en", "Loan paid every month so far, but the next one I am not sure.", "debts",
     "some_at_risk"),
    ("en", "Builders in Leeds, on a time to pay plan with HMRC and keeping to it.", "debts",
     "on_track"),
    ("es", "Ferreteria en Trujillo, el mayorista ya nos cortaron el credito.", "debts",
     "many_overdue"),
    ("fr", "Ecole privee a Kaya, les maitres n'ont pas touche leur salaire depuis 3 mois.",
     "debts", "many_overdue"),
    ("fr", "Je vends des beignets a Pikine, la tontine j'ai rate deux tours.", "debts",
     "many_overdue"),
    ("fr", "Salon a Abidjan, tout le monde paye par Wave ou en cash.", "debts", ABSENT),
    # buyers, trades
    ("fr", "Cooperative de cacao, on vend a la SCOOP, c'est eux qui achetent tout.",
     "customers", "one_buyer"),
    ("fr", "Je suis taxi-moto a Niamey, ma femme vend des galettes au marche.", "sector",
     "services"),
    # cooking questions
    ("en", "how do you make egusi soup thick, mine is always watery", "sector", ABSENT),
    ("en", "how much rice for jollof for 12 people", "size", ABSENT),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round21_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
