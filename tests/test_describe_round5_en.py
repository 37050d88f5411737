"""English readings of round 5: kinds of word a new text used and the reader missed.

Each sentence was written before it was run, as another owner would type it, for a kind
widened in this round: "me and one" as a small team, a rider on their own bike, more words
for staff (housekeepers, maids), cash as the way customers pay, another owner's layoffs and
our staff still on full days, orders taken on WhatsApp, an eviction or a demolition, customers
from the neighbourhood, ages typed "y.o", a digital agency, the month's end as a deadline
rather than as cash, Jamaican and pidgin words ("mi", "madda", "mornin", "gyal", "cyaan open",
"I don pass 40"), a set day each week to tell the staff how things stand, house calls,
"Insta and FB", customers who are the neighbours, "we make less than" as takings.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ('i ride okada in Onitsha, the motorbike is mine, fuel price doubled',
     {'sector': 'services', 'size': 'solo', 'crisis_type': 'economic'}),
    ('am a young man of 23, boda rider in kampala, the bike is mine. no fuel at the stations',
     {'size': 'solo', 'led_by': 'youth_led'}),
    ('We have a laundry in Eldoret, now its just me and two after the layoffs',
     {'sector': 'services', 'size': 's2_9', 'staff_change': 'laid_off'}),
    ('my customers pay me in cash, no mpesa, i sell vegetables at the market',
     {'payments': 'cash_only'}),
    ('i dey sell tomato for Mile 12 market, na cash i dey use.',
     {'sector': 'retail', 'payments': 'cash_only'}),
    ('The salon beside mine laid off all her girls but my 3 stylists still work full days '
     'as before',
     {'sector': 'services', 'staff_change': 'unchanged'}),
    ('I repair phones, me and one helper. The shop next to mine fired all his 5 boys but my '
     'helper still works full days like before.',
     {'size': 's2_9', 'staff_change': 'unchanged'}),
    ('we run a cafe in Gulu and we started taking orders on whatsapp since the curfew',
     {'sector': 'food_service', 'trading_status': 'open_adapted'}),
    ('the landlord told us to vacate the shop by end of month, we are a small bakery with 5 '
     'workers',
     {'size': 's2_9', 'crisis_type': 'other', 'cash_runway': None}),
    ('our barbershop was demolished by the county, now i cut hair at clients homes',
     {'sector': 'services', 'crisis_type': 'other', 'trading_status': 'open_adapted'}),
    ('i do braiding from home, my clients are all from the neighbourhood, im a 22 y.o lady',
     {'sector': 'services', 'led_by': 'both', 'customers': 'local'}),
    ('We are a digital agency in Lagos, 9 staff, clients pay by bank transfer',
     {'sector': 'services', 'size': 's2_9', 'digital_skills': 'good'}),
    ('I run a guesthouse with 3 maids and a gardener, bookings down 40%',
     {'sector': 'tourism', 'size': 's2_9', 'revenue_change': 'down_some'}),
    ('We run a small guesthouse, it is myself, my husband and 2 housekeepers.',
     {'sector': 'tourism', 'size': 's2_9'}),
    ('I have savings to last until the end of the month, my kiosk is closed',
     {'cash_runway': 'under_1m'}),
    ('Mi run a likkle cookshop inna Kingston wid 3 gyal dem, mi a 29 year old madda. We only '
     'open evenin now since di curfew.',
     {'sector': 'food_service', 'size': 's2_9', 'led_by': 'both',
      'trading_status': 'partly_open'}),
    ('Every Saturday I sit the girls down and tell them how things stand at the salon.',
     {'sector': 'services', 'staff_informed': 'regularly'}),
    ('every monday i update the workers on the orders, we have 6 tailors',
     {'size': 's2_9', 'staff_informed': 'regularly'}),
    ('I open my kiosk only mornins now, the money is finishing',
     {'sector': 'retail', 'trading_status': 'partly_open', 'cash_runway': 'under_2w'}),
    ('sir im tuk tuk driver in Galle. income down like 70 percent.',
     {'sector': 'services', 'size': 'solo', 'revenue_change': 'down_over_half'}),
    ('Mi jerk pan inna Ocho Rios mash up by di storm. Cyaan open fi now. A mi one run it.',
     {'sector': 'food_service', 'size': 'solo', 'trading_status': 'closed'}),
    ('I be mama of three, I don pass 45, my provision shop for Aba',
     {'sector': 'retail', 'led_by': 'women_led'}),
    ('our barbershop was robbed. We doing house calls for now. We on Insta and FB.',
     {'trading_status': 'open_adapted', 'online_presence': 'social_only'}),
    ('Our customers are the neighbours and the moto drivers, all cash payment. We run a canteen.',
     {'sector': 'food_service', 'customers': 'local', 'payments': 'cash_only'}),
    ('i sell chapati alone, only 300 bob left its finishing this wk',
     {'size': 'solo', 'cash_runway': 'under_2w'}),
    ('Chemist in Harare. In US dollar terms we make less than half of last year.',
     {'sector': 'retail', 'revenue_change': 'down_over_half'}),
])
def test_round5_kinds(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Someone else's place or sickness in "our area" is not where customers come from.
    ('cholera in our area, the health people closed my chop bar 2 weeks now',
     {'customers': None}),
    # A web designer's skills are not said by the trade alone.
    ('We are a small web design agency in Accra, 5 of us, revenue is up this year.',
     {'digital_skills': None}),
    # Everyone working from home says nothing of the staff kept.
    ('Travel agency, everyone works from home now, my 4 staff work full time',
     {'staff_change': None}),
    # Sitting down every day at one's own shop is not a talk with the staff.
    ('every day I sit down at the shop waiting for customers, nobody comes',
     {'staff_informed': None}),
    # "shop" in a sentence with an age is no word for staff ("a woman of 31 ... shop").
    ('I am a woman of 31 and this shop is everything to me.', {'size': None}),
    # "I make" still names a workshop when nothing else does.
    ('I make soap at home and sell it at church.', {'sector': 'manufacturing'}),
    # An importer supplying shops may sell anywhere.
    # (round 43's retrained model read the shops in Kampala as local customers; round 44's,
    # trained on four more guide sets, leaves them unread again)
    ('I import cosmetics from Dubai and supply shops in Kampala wholesale.', {'customers': None}),
    # The month's end as the date of a move is not cash.
    ('we must move out of the stall by the end of the month, the council is rebuilding',
     {'cash_runway': None}),
])
def test_round5_not_read(describer: Describer, text: str,
                         expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)
