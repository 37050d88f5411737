"""English readings of round 6: text never seen, read by kinds of word rather than sentences.

Each sentence was written before it was run, as another owner would type it, for a kind
widened in this round: a stop or a cut of trading said through its effects (part of the
premises shut, shut some days a week, nothing moving, no fees coming in), instalments and rent
late without a count of months, money owed to "the tyre guy", a whole team's hours now against
before, "nobody sent away", a woman's title said of oneself, "girl" as a worker, a currency
sliding, dearer finance and weak demand, a third of the takings lost, "normally" as the
earlier amount; then ages said as a decade or a degree just finished, loan payments skipped
or chased, a shut said through locks, idle machines or boats kept on the beach, and takings
said by tables, orders dried up or a dip.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ('We have a lodge in Livingstone, after the storm the second floor is closed and we use '
     'only the ground floor rooms.',
     {'sector': 'tourism', 'trading_status': 'partly_open'}),
    ('my tailoring shop in Mzuzu, we work only 3 days a week because of the strikes',
     {'trading_status': 'partly_open'}),
    ('I run a minibus, 2 drivers and me. No fuel in town for 10 days, nothing moving at all.',
     {'size': 's2_9', 'revenue_change': 'stopped'}),
    ('daycare in Nakuru, 4 of us. schools ordered closed for the outbreak and zero fees since '
     'last month',
     {'revenue_change': 'stopped'}),
    ('Two instalments late on the van loan and I owe the landlord for March.',
     {'debts': 'many_overdue'}),
    ('small welding shop, we are late on the rent and the bank loan is late too',
     {'sector': 'manufacturing', 'debts': 'many_overdue'}),
    ('I owe the spare parts guy 40k and my EMI is pending since 2 months',
     {'debts': 'many_overdue'}),
    ('We didnt sack anyone at the bakery, but everyone does 5 hours now instead of 8.',
     {'staff_change': 'reduced_hours'}),
    ('We laid off nobody at the lodge.', {'staff_change': 'unchanged'}),
    ('We have 6 housekeepers, nobody sent away, all on the same hours as before.',
     {'staff_change': 'unchanged'}),
    ('I am chairwoman of a weavers group in Kisii, 52 years old.',
     {'led_by': 'women_led'}),
    ('im a 24 yo girl selling thrift clothes on instagram from my room',
     {'led_by': 'both'}),
    ('Hardware store in Lusaka. The kwacha keeps sliding and everything we import costs more.',
     {'sector': 'retail', 'crisis_type': 'economic'}),
    ('Our print shop lost two big clients, the interest rate on our overdraft jumped and '
     'demand is down everywhere.',
     {'crisis_type': 'economic'}),
    ('Since the floods we lose about a third of our customers every week, the road is bad.',
     {'revenue_change': 'down_some'}),
    ('Normally 60 plates a day at my canteen, this month 20 on a good day.',
     {'sector': 'food_service', 'revenue_change': 'down_over_half'}),
    ('Bus stand kabab stall, me and my brother, we go only 4 days now because of the protests',
     {'sector': 'food_service', 'trading_status': 'partly_open'}),
    # Written after the first run, for the kinds widened next: ages in other words, more
    # debts said without months, a shut said through locks, idle machines or boats ashore.
    ('I started a juice bar in Mombasa, I am in my twenties and a woman.',
     {'led_by': 'both'}),
    ('Fresh graduate here, I run a small poultry farm outside Kumasi with my cousin.',
     {'led_by': 'youth_led'}),
    ('I am a father of four and 47 years old, I fix phones in Kano.', {'led_by': 'neither'}),
    ('We skipped two loan payments and the landlord is chasing us for the rent.',
     {'debts': 'many_overdue'}),
    ('the salaries for May are still not paid and the sacco loan repayments are behind',
     {'debts': 'many_overdue'}),
    ('Our furniture workshop: the machines are idle since the power went, 9 of us at home.',
     {'trading_status': 'closed'}),
    ('Fishing crew of 5, the boats stay on the beach because of the storm warnings.',
     {'trading_status': 'closed'}),
    ('We havent opened the boutique since the riots, the shop is locked.',
     {'trading_status': 'closed'}),
    # Takings said by tables, dried-up orders, a dip.
    ('We used to serve 40 tables on a Friday, now about 12.',
     {'revenue_change': 'down_over_half'}),
    ('Since the strike the orders just dried up at our print shop.',
     {'revenue_change': 'down_over_half'}),
    ('Sales dipped maybe 15% this month at the pharmacy.', {'revenue_change': 'down_some'}),
])
def test_round6_kinds(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "girl" alone is a worker ("me and two girls"), not the writer.
    ('I run a small salon with two girls who braid, we are open every day.',
     {'led_by': None}),
    # Someone else's title is not the writer's.
    ('My daughter is a seamstress and my mother is the chairlady of the church group.',
     {'led_by': None}),
    # The market shut some days is the market's ("market* closed" is ignored): the days we
    # work are said of us, or not at all.
    ('my tailoring shop in Mzuzu, the market is shut 3 days a week because of the strikes',
     {'trading_status': None}),
    # Working from home says nothing of the staff kept.
    ('We all work from home now to save on the office rent.', {'staff_change': None}),
    # The buyer abroad who takes our orders is not our supplier.
    ('Most of our orders come from one importer in Germany.', {'supplier_risk': None}),
    # Stock lost in a flood is not the takings.
    ('We lost a third of our stock in the flood.', {'revenue_change': None}),
    # Someone else's grandmother, or a market locked, is not about us.
    ('My grandmother started this shop and I run it now.', {'led_by': None}),
    ('the market is locked since the riots', {'trading_status': None}),
    # A normal price is not takings.
    ('Cement is normally 9000 a bag, now 14000.', {'revenue_change': None}),
])
def test_round6_not_read(describer: Describer, text: str,
                         expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)
