"""English readings of round 9: text never seen, read by kinds of word rather than sentences.

Each sentence was written before it was run, as another owner (or someone who is not one)
would type it, for a kind mended in this round: someone looking for a job is no business,
whatever trade they offer; "am 23" after a greeting is an age, not 23 riders; takings told as
"I make a third less" are not goods made; customers who left for abroad are not customers
abroad; a day's takings are not one buyer; shops across the country are local customers;
a shop shut some days "now" is shut, not shut some days of the week; the internet shut by
the state is not our shop shut.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check

#: Every answer a job seeker's text could be misread as: none of them is read.
NOTHING = {'sector': None, 'size': None, 'led_by': None, 'customers': None,
           'trading_status': None, 'staff_change': None}


@pytest.mark.parametrize("text", [
    'Hello sir, I am looking for a driving job in Saudi, I have 6 years experience.',
    'pls i need job as cook or waiter in any hotel in Doha, 4 yrs experience',
    'Good morning madam, am searching for security guard job, any vacancy in Lagos?',
    'I want welder job in Dubai, I have my own tools and 10 years of experience. Hire me.',
    'Hi, I am a driver with 12 years experience, looking for job in Qatar or Oman.',
    'Dear sir I am seeking employment as housemaid or nanny in Kuwait, please help.',
])
def test_round9_job_seekers_read_nothing(describer: Describer, text: str) -> None:
    check(describer, "en", text, NOTHING)


@pytest.mark.parametrize(("text", "expected"), [
    # "am 23" after a greeting is the writer's age, not 23 riders.
    ('hello am 26 okada rider for Benin, na my own bike.',
     {'size': 'solo', 'led_by': 'youth_led'}),
    ('hi am 24 tuk tuk driver in Colombo, the tuk tuk is mine.',
     {'size': 'solo', 'led_by': 'youth_led'}),
    # Takings told by how much less we make: no goods are made.
    ('I sell airtime and phone accessories in Lusaka, i make about half less now.',
     {'sector': 'retail'}),
    # Customers who left for abroad are not customers abroad.
    ('My salon in Harare is empty, many of my customers have gone to South Africa.',
     {'customers': None}),
    ('Half my regular clients migrated to Canada last year, my bakery in Lahore is slow.',
     {'customers': None}),
    # A day's takings are not one buyer.
    ('Before I could sell 30k for one day at my stall, now na 10k.',
     {'customers': None}),
    # Shops and supermarkets across the country buy from us.
    ('We make peanut butter and supply about 40 shops across Malawi.',
     {'customers': 'local'}),
    ('Our farm sells to 3 supermarkets and the town market.', {'customers': 'local'}),
    # Shut for some days, told with "now": shut, not shut some days of the week.
    ('Flood came, my barbershop closed 5 days now, no customers.',
     {'trading_status': 'closed'}),
    ('The restaurant is closed 2 weeks already since the fire.',
     {'trading_status': 'closed'}),
    ('Shop closed 9 days, no sale since the flood.', {'trading_status': 'closed'}),
    # Someone else's border closed some weeks ago is not our shop closed.
    ('Since the border closed 3 weeks ago our trucks are stuck, we sell nothing.',
     {'trading_status': None}),
    # Shut some days of the week now, still.
    ('My boutique is closed 2 days a week now because of the protests.',
     {'trading_status': 'partly_open'}),
    # The internet shut by the state is not our school shut.
    ('Tuition centre in Manipur, the internet is shut so online classes not possible, we '
     'teach only in the mornings now.',
     {'trading_status': 'partly_open'}),
    # Titles, savings and counts in the writer's words (Ghana, the Philippines).
    ('People call me Auntie Akos, I fry yam and sell by the station.',
     {'led_by': 'women_led'}),
    ('Sari-sari store sa Iloilo, tatlo kami nagbabantay, ipon good for 4 days na lang.',
     {'size': 's2_9', 'cash_runway': 'under_2w'}),
    ('Yung ahente sa bayan sya bumibili ng lahat ng gulay namin.',
     {'customers': 'one_buyer'}),
    # The staff kept on their hours; told the news every few days.
    ('Bakery in Accra, 9 staff, all still on the same hours.',
     {'staff_change': 'unchanged'}),
    ('Shop closed by the flood, I call my workers every 3 days and give them the news.',
     {'staff_informed': 'regularly'}),
    # Clients' budgets frozen: an economic crisis.
    ('Our design studio lost work, the NGOs we serve say their budgets are frozen.',
     {'crisis_type': 'economic'}),
    # A supplier who cannot send anything: supplies cut off.
    ('Our supplier in Mombasa cannot send anything since the floods cut the road.',
     {'supplier_risk': 'cut_off'}),
])
def test_round9_kinds(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Staff sent home is not sure to be let go; sent home for good is.
    ('Flood in the shop, 5 workers I sent home for now.', {'staff_change': None}),
    ('We sent them home for good, only my son and I now.', {'staff_change': 'laid_off'}),
])
def test_round9_not_sure(describer: Describer, text: str,
                         expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)
