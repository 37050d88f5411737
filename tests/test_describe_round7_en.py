"""English readings of round 7: text never seen, read by kinds of word rather than sentences.

Each sentence was written before it was run, as another owner would type it, for a kind
widened in this round: a woman's title or a group of women the writer belongs to, a wife
said by a man of some age; a currency's rate moving, bills and duties gone up, buyers
abroad cutting orders, customers without money; a bill pending or due and a payment
unsure, payments missed, a loan paid every month; one client's share of the income; the
payment apps of many countries; street food named by its dish next to a stall or cart;
then cooking gas short, thugs collecting, a weekly word to the staff, half days open.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # Who leads: a title said of oneself, women counted with the writer, a wife and an age.
    ('My name is Mrs Okafor, I sell fabrics in Onitsha.', {'led_by': 'women_led'}),
    ("I'm a woman of 31 with a small bakery in Kigali.", {'led_by': 'both'}),
    ('I am 47 years old, me and my wife run a hardware shop in Gweru.',
     {'led_by': 'neither'}),
    ('We are 12 women including me, we weave baskets in Bolgatanga.',
     {'led_by': 'women_led'}),
    # The economy: a rate, bills and duties up, buyers abroad, customers without money.
    ('The cedi went from 12 to 16 to the dollar in three months, my imported shoes cost too '
     'much now.', {'crisis_type': 'economic'}),
    ('Our buyer in the UK cut orders by half since January, we sew school uniforms.',
     {'crisis_type': 'economic'}),
    ('Energy bills went up so much that we can barely keep the laundry going.',
     {'crisis_type': 'economic'}),
    ('Customers have no money since the mine laid people off, my salon is empty most days.',
     {'crisis_type': 'economic'}),
    ('The new import duties on fabric made everything double price at my boutique.',
     {'crisis_type': 'economic'}),
    # Debts: a bill due and unsure, bills pending, payments missed; a loan kept up.
    ("The VAT bill is due next month and I'm not sure we'll make it.",
     {'debts': 'some_at_risk'}),
    ('Electricity bill and shop rent both pending, the landlord keeps calling.',
     {'debts': 'many_overdue'}),
    ('3 payments missed on the truck lease already.', {'debts': 'many_overdue'}),
    ('We are paying the sacco loan every month, never missed one.', {'debts': 'on_track'}),
    # One client's share of the income.
    ('The main client is 60% of my income, a hotel chain in Nairobi.',
     {'customers': 'one_buyer'}),
    ('One roaster takes 70% of our coffee.', {'customers': 'one_buyer'}),
    # Payment apps by country.
    ('Customers pay cash or M-PAiSA at my stall.', {'payments': 'mobile_or_card'}),
    ('Parents pay the fees by KBZPay.', {'payments': 'mobile_or_card'}),
    ('most customers pay with Sinpe, some cash', {'payments': 'mobile_or_card'}),
    ('Customers pay cash or with Transfermovil at the cafeteria.',
     {'payments': 'mobile_or_card'}),
    ('clients pay by Whish or cash', {'payments': 'mobile_or_card'}),
    # Street food named by its dish at a stall, stand or cart.
    ('I run a kottu stall near the bus stand in Kandy.', {'sector': 'food_service'}),
    ('Pupusa stand in San Miguel, me and my sister.', {'sector': 'food_service'}),
    ('dibi spot in Dakar, 3 of us grilling at night', {'sector': 'food_service'}),
    ('tacos cart in Tijuana, just me', {'sector': 'food_service'}),
    # Written after the first run, for the kinds widened next: cooking gas short, thugs
    # collecting, a weekly word to the staff, pets groomed, half days open,
    # pidgin and patois for almost nothing and for the team.
    ('Small bakery in Galle, no LP gas for two weeks, we bake with firewood now.',
     {'crisis_type': 'blockade'}),
    ('Area boys come every week to collect money from my stall.',
     {'crisis_type': 'conflict'}),
    ('Every Friday I tell them how the orders look.', {'staff_informed': 'regularly'}),
    ('I do dog grooming from a van in Cardiff.', {'sector': 'services'}),
    ('Since the flood the workshop opens only half day.',
     {'trading_status': 'partly_open'}),
    ('mi sell jerk chicken, sales almos nutten since di storm',
     {'revenue_change': 'down_over_half'}),
    ('We be 5 for the shop.', {'size': 's2_9'}),
])
def test_round7_kinds(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A refund asked by customers is not a debt of ours.
    ('Customers want their money back for the cancelled trips.', {'debts': None}),
    # Cards printed and sold are goods, not how customers pay.
    ('We print wedding cards and business cards in Aba.', {'payments': None}),
    # A wife, without an age, says nothing of who leads.
    ('Me and my wife run a hardware shop in Gweru.', {'led_by': None}),
    # A dish cooked at home is not a business.
    ('how do I make kottu at home for my family?', {'sector': None}),
    # A small share of sales is not one buyer.
    ('About 20% of our sales are online now.', {'customers': None}),
    # How long the fishing has stopped is not how long the cash lasts.
    ('Three weeks no fishing, the boats are broken.', {'cash_runway': None}),
    # "My wife runs it" is hers, and says nothing of the writer.
    ('My wife runs the salon, I am 50.', {'led_by': None}),
])
def test_round7_not_read(describer: Describer, text: str,
                         expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)
