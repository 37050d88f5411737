"""Round 55's changes, with new sentences written before they were read. Owners who write
about what they owe (group loans, rent behind, a wholesaler's credit), who begin with the
business's history before today, whose customers are hit first (a mine closed, tourists gone),
or who count their stock more than their money: the reader keeps to what is true now."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "debts"), [
    ("en", "Hardware shop. I borrowed 50,000 from the SACCO and I'm 2 months behind on the "
           "repayments.", "many_overdue"),
    ("en", "Butchery in town. Rent and the supplier's credit are all paid up to date.",
     "on_track"),
    ("fr", "Boutique de pagnes. J'ai pris un crédit à la microfinance, je rembourse chaque "
           "semaine mais ce mois je ne sais pas si j'y arriverai.", "some_at_risk"),
    ("fr", "Mon restaurant: le propriétaire réclame 4 mois de loyer impayés.", "many_overdue"),
    ("es", "Tengo una papelería y debo 3 meses de renta al dueño del local.", "many_overdue"),
    ("es", "Farmacia chica. Voy al corriente con el préstamo de la caja, pero no sé si pueda "
           "pagar la próxima cuota.", "some_at_risk"),
])
def test_what_is_owed_and_when(describer: Describer, lang: str, text: str, debts: str) -> None:
    check(describer, lang, text, {"debts": debts})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My grandfather opened the shop in 1962 with 3 workers; today it's just me.",
     {"size": "solo"}),
    ("fr", "Mon père avait 20 employés dans les années 90, aujourd'hui on est 4 dans la "
           "menuiserie.", {"size": "s2_9"}),
    ("es", "La panadería la fundó mi abuelo en 1950. Hoy somos 6 y vendemos la mitad que antes.",
     {"size": "s2_9", "revenue_change": "down_over_half"}),
    ("en", "We've had the hotel since 1985 and came through the 2008 crash and covid, but this "
           "drought is the worst, the river is dry and the lodges are empty.",
     {"crisis_type": "natural_hazard"}),
])
def test_the_business_now_not_its_history(describer: Describer, lang: str, text: str,
                                          expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "General shop. Since the cement factory closed in March half the town has no work "
           "and my sales are down by half.",
     {"crisis_type": "economic", "revenue_change": "down_over_half"}),
    ("es", "Tengo una ferretería. Desde que cerró la mina la gente no tiene plata y las ventas "
           "cayeron un 40%.", {"crisis_type": "economic", "revenue_change": "down_some"}),
    ("fr", "Je tiens une crêperie. Les touristes ne viennent plus, je ne vends presque rien.",
     {"revenue_change": "down_over_half"}),
])
def test_customers_hit_first(describer: Describer, lang: str, text: str,
                             expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Tienda de abarrotes. Se me vencieron 30 cajas de yogur porque no hay luz desde el "
           "lunes.", {"crisis_type": "other"}),
    ("en", "Wholesale of sugar and flour. The supplier in Nairobi has had no stock for 3 weeks "
           "so the store is half empty.", {"sector": "trade"}),
    ("fr", "Ma boutique: le grossiste ne me fait plus crédit, je paie tout cash maintenant.",
     {"sector": "retail"}),
])
def test_stock_counted(describer: Describer, lang: str, text: str,
                       expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My cousin owes me 5,000 shillings and won't pay back, what should I do?"),
    ("fr", "Mon grand-père a fondé le club de foot du village en 1955, il aurait 100 ans."),
    ("es", "Oiga, ¿cuánto cuesta mandar un giro a Lima? Es para mi hermana."),
])
def test_no_business_in_it(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Taxi in town. Since the mine shut nobody has money and my fares are down a lot.",
     {"crisis_type": "economic"}),
    ("fr", "Je vends des beignets. Les fonctionnaires ne sont pas payés depuis 3 mois, les gens "
           "n'ont plus l'argent.", {"crisis_type": "economic"}),
    ("es", "Tengo una tienda de ropa. Desde que cerró la mina la gente anda apretada.",
     {"crisis_type": "economic"}),
    ("en", "Mechanic workshop, 4 of us. I'm 2 months late paying the parts supplier.",
     {"debts": "many_overdue"}),
    ("es", "Tengo un taller de soldadura. La cuota del préstamo ya se me pasó 2 semanas.",
     {"debts": "many_overdue"}),
    ("fr", "Boulangerie. Les revendeuses qui prennent le pain à crédit ne remboursent plus.",
     {"debts": None}),
    ("es", "Los turistas se fueron a otra playa. El restaurante sigue abierto. Éramos 12, ahora "
           "somos 7.", {"staff_change": "laid_off"}),
    ("en", "We were 8 in the bakery, now 5, the other 3 went back to their village.",
     {"staff_change": None}),
    ("en", "Tomato farm, 2 acres. Tuta absoluta is destroying the crop.",
     {"crisis_type": "epidemic"}),
    ("es", "Tengo 6 cabañas. Se reventó una tubería y tengo 2 cabañas cerradas.",
     {"crisis_type": "other"}),
    ("fr", "Ma crêperie: les clients ne viennent plus, on vend presque rien.",
     {"revenue_change": "down_over_half"}),
    ("en", "I'm a grain trader, 300 bags of maize in the store.", {"sector": "trade"}),
])
def test_in_the_shapes_of_the_round(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "payments"), [
    ("en", "Vegetable stall, just me. No bank, I keep my money on M-Pesa.", None),
    ("en", "Vegetable stall. Customers pay me on M-Pesa and I keep my money on it too.",
     "mobile_or_card"),
    ("en", "Haulage, 3 trucks and me. The fuel card bill is due on Friday.", None),
    ("fr", "Je tiens un kiosque de recharge. Mon épargne est sur mon compte MoMo.", None),
    ("es", "Vendo empanadas en la calle. Guardo la plata en Nequi.", None),
])
def test_where_money_is_kept_is_no_way_of_paying(describer: Describer, lang: str, text: str,
                                                 payments: str | None) -> None:
    check(describer, lang, text, {"payments": payments})
