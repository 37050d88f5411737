"""English readings of round 10: text never seen, read by kinds of word rather than sentences.

Each sentence was written before it was run, as another owner (or someone who is not one)
would type it, for a kind mended in this round: a shop open again after a shut spell is not
shut (Taglish and Pidgin too); a question about what the bot stores or how a dish is cooked
names no trade; fuel, feed or flour dearer and a currency floated or falling are economic, as
are orders from abroad lost; the Red Sea attacks and a border shut by the state are a
blockade; nothing sold or paid since is a stop of sales; one buyer taking nearly all; shops
supplied wholesale are local customers.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # Shut for some days, open again now: not shut.
    ('May sari-sari store ako sa Pasig, 2 days kaming sarado dahil sa baha. bukas ulit '
     'kami pero kaunti ang paninda.', {'trading_status': None}),
    ('My chop bar for Kumasi close 4 days after the fire for the market, we don open again '
     'but customers few.', {'trading_status': None}),
    ('We were shut for a week after the riots, the salon is open again now.',
     {'trading_status': None}),
    # Open again only next week: shut now.
    ('My barbershop is closed since monday because of the flood, we open again next week.',
     {'trading_status': 'closed'}),
    # Prices of fuel, feed and flour, and a currency, moving: economic.
    ('I run a bakery in Kano, flour go from 40k reach 75k per bag, customers no fit buy.',
     {'crisis_type': 'economic'}),
    ('Poultry farm in Nakuru with 2 workers, feed went from 2800 to 3600 a bag this year.',
     {'crisis_type': 'economic'}),
    ('My minibus in Harare, diesel don go up again and the fare is the same.',
     {'crisis_type': 'economic'}),
    ('Small pharmacy in Tehran, the rial is falling every week and my suppliers want cash.',
     {'crisis_type': 'economic'}),
    ('Since they floated the naira my shop in Onitsha cannot restock phones.',
     {'crisis_type': 'economic'}),
    ('Our garment unit in Tiruppur lost a big German order in August, 30 workers idle.',
     {'crisis_type': 'economic'}),
    # The Red Sea attacks and a border shut by the state: a blockade.
    ('We import tiles to Mombasa, since the Red Sea attacks our containers come 5 weeks late.',
     {'crisis_type': 'blockade'}),
    ('My trucks carry onions from Sokoto to Niamey but government shut the border, no work.',
     {'crisis_type': 'blockade'}),
    # Nothing sold or paid since.
    ('My kiosk in Kibera burnt in the protests, no selling since that day.',
     {'revenue_change': 'stopped'}),
    ('I run a nursery school in Kaduna, not one parent has paid fees this term.',
     {'revenue_change': 'stopped'}),
    ('Mi a fisherman in Port Antonio, mi cyaan go sea since the storm.',
     {'revenue_change': 'stopped', 'trading_status': 'closed'}),
    # One buyer taking nearly everything.
    ('I grow pineapples in Nsawam and one trader buys almost all my harvest.',
     {'customers': 'one_buyer'}),
    ('Our fish farm in Kafue sells to a middle man, one broker takes all my tilapia.',
     {'customers': 'one_buyer'}),
    # Shops supplied wholesale: local customers.
    ('We pack spices in Karachi and sell wholesale to about 60 shops in the city.',
     {'customers': 'local'}),
    ('Paper bag workshop in Accra, we supply 25 shops at Makola and Kaneshie.',
     {'customers': 'local'}),
    # Wallets named by brand (Myanmar).
    ('Tea shop in Mandalay, 4 staff, most customers pay by KBZ Pay or Wave Pay now.',
     {'payments': 'mobile_or_card'}),
    # Our own shops are not customers.
    ('I have 2 shops in Nairobi selling phone accessories.', {'customers': None}),
])
def test_round10_kinds(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize("text", [
    'Hello, who owns this bot? Do you store my messages and my phone number?',
    'does this app store our chats? who reads them, the police?',
    'how long do i cook egusi soup so it does not burn? visitors coming',
    # "30 people" are guests: the off-topic gate sees a recipe with no business word beside it.
    'pls how to cook jollof rice for a party of 30 people',
])
def test_round10_offtopic_reads_nothing(describer: Describer, text: str) -> None:
    assert describer.read(text, "en").answers == {}
