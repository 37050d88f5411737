"""English readings of round 4: descriptions written as owners type them, then kinds of word.

The first list is forty descriptions written and labelled (the blind sets' guide) before the
reader was tried on them: typos, SMS spellings, other people's troubles, plans "if this goes
on". Where the reader still leaves a labelled answer unknown the comment says which; those
are asked before the plan. The second list holds new sentences of each kind of word widened
in this round: goods and dishes sold, beauty work, a relative's shop, relocation and working
from the yard, currencies sliding, bank and marketplace names, staff on part time or not
fired, one buyer said with "nearly everything", pupils sent home by someone else.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check

#: Right answers of the cues the learned reader's second opinion drops (asked instead) or, for
#: a sector, replaces (round 36: on sets left out of its training it dropped about seven wrong
#: answers for each right one, docs/DESCRIPTIONS.md); strict, so a change shows.
DOUBTED = pytest.mark.xfail(strict=True, reason="the learned reader doubts a cue's answer")

@pytest.mark.parametrize(("text", "expected"), [
    ('i sell second hand shoes at kamukunji market, just me. since the floods nobody comes, '
     'i made maybe 500 bob this whole week, used to make 3000 a day',
     {'sector': 'retail', 'size': 'solo', 'crisis_type': 'natural_hazard',
      'revenue_change': 'down_over_half'}),
    ('We run a small guesthouse in Zanzibar, 6 rooms, me my husband and 3 staff. Bookings '
     'are down like 70% since the cholera scare, we have savings for about two months.',
     {'sector': 'tourism', 'size': 's2_9', 'crisis_type': 'epidemic',
      'revenue_change': 'down_over_half', 'cash_runway': 'm1_3'}),
    ('hi, i have a barbershop in accra, 2 boys work with me. cedi keeps falling, clippers '
     'and everything cost double now. customers still come but they cut less often',
     {'sector': 'services', 'size': 's2_9', 'crisis_type': 'economic'}),
    ('My tailoring workshop is closed for 3 weeks now because of the curfew, i had to send '
     'my 4 apprentices home. I have nothing saved honestly',
     {'sector': 'manufacturing', 'trading_status': 'closed', 'cash_runway': 'under_2w'}),
    ('we are a coffee coop of 40 farmers in Kiambu, we sell all our cherry to one exporter '
     'in Nairobi. the exporter has not paid us since march and the bank loan is 2 months '
     'overdue',
     {'sector': 'agriculture', 'customers': 'one_buyer', 'debts': 'many_overdue'}),
    ('Im 27, i do web design freelance from home, clients mostly from the UK and US. work '
     'dropped since the pound crashed. paid via paypal and payoneer',
     {'sector': 'services', 'led_by': 'youth_led', 'customers': 'abroad',
      'crisis_type': 'economic', 'payments': 'online_payments'}),
    ('bakery with 12 workers, flour price went from 38000 to 61000 a bag, we cut the night '
     'shift and 3 guys are now part time. sales are ok though',
     {'sector': 'manufacturing', 'size': 's10_49', 'crisis_type': 'economic',
      'staff_change': 'reduced_hours', 'revenue_change': 'stable_or_up'}),
    # left unread (asked instead): {'trading_status': 'partly_open'}
    ('my wife and I run a small restaurant in Beira. After the cyclone we reopened but only '
     'for lunch, dinner closed since no electricity. we still owe the landlord 2 months rent',
     {'sector': 'food_service', 'size': 's2_9', 'crisis_type': 'natural_hazard',
      'debts': 'many_overdue'}),
    ('no website no facebook nothing, people just know my shop. i only take cash. sales down '
     'a bit since fuel went up',
     {'sector': 'retail', 'online_presence': 'none', 'payments': 'cash_only',
      'revenue_change': 'down_some', 'crisis_type': 'economic'}),
    ('Our matatu sacco has 8 vehicles, fuel shortage means they park 3 days a week, drivers '
     'get paid only the days they work',
     {'sector': 'services', 'crisis_type': 'blockade', 'staff_change': 'reduced_hours',
      'trading_status': 'partly_open'}),
    ('I used to sell 200 loaves a day, now barely 60. The bread I bake myself with my sister.',
     {'sector': 'manufacturing', 'revenue_change': 'down_over_half', 'size': 's2_9'}),
    ('we export dried mango to Germany and the Netherlands, 25 women work in the packing '
     'shed. Shipping delays from the port since the dock strike',
     {'customers': 'abroad', 'size': 's10_49', 'crisis_type': 'blockade'}),
    ('Business is steady honestly, our clients are local schools and offices, we do '
     'cleaning. 15 cleaners, all kept, no change.',
     {'sector': 'services', 'size': 's10_49', 'revenue_change': 'stable_or_up',
      'staff_change': 'unchanged', 'customers': 'local'}),
    # left unread (asked instead): {'supplier_risk': 'cut_off'}
    ('im a single mum selling fish at the beach market, the fishermen cant go out cos of the '
     'storms so i have nothing to sell for 2 weeks now. my money can last maybe 5 days',
     {'sector': 'retail', 'led_by': 'women_led', 'crisis_type': 'natural_hazard',
      'cash_runway': 'under_2w', 'revenue_change': 'stopped'}),
    ('we have two shops in Lagos selling phones and accessories. closed one of them in '
     'September, the other is open normal hours. Naira crash killed our margins. we have a '
     'GTBank account and CAC registration',
     {'sector': 'retail', 'trading_status': 'partly_open', 'crisis_type': 'economic',
      'means': 'both'}),
    ('Our hotel (45 rooms, 38 staff) occupancy went from 80% to about 20% after the attacks '
     'on the highway. We have kept everyone on half salary for now.',
     {'sector': 'tourism', 'size': 's10_49', 'revenue_change': 'down_over_half',
      'crisis_type': 'conflict', 'staff_change': 'reduced_hours'}),
    ('I repair phones in a kiosk in Kampala, on my own. People pay with MTN momo or cash. '
     'Since the internet shutdown I have had fewer customers, maybe 30 percent less',
     {'sector': 'services', 'size': 'solo', 'payments': 'mobile_or_card',
      'crisis_type': 'conflict', 'revenue_change': 'down_some'}),
    ('My furniture workshop employs 7 carpenters. The timber supplier upcountry closed '
     'because of the floods and I have no other source. I havent told the guys yet.',
     {'sector': 'manufacturing', 'size': 's2_9', 'supplier_risk': 'cut_off',
      'crisis_type': 'natural_hazard', 'staff_informed': 'not_yet', 'trading_status': None}),
    ('we r a family farm, cocoa and plantain, the swollen shoot took half the trees. we sell '
     'to the LBC only. money will finish in three weeks',
     {'sector': 'agriculture', 'cash_runway': 'under_1m'}),
    ('Tour operator, 5 of us. All bookings cancelled for the season, zero clients since the '
     'ebola news. We can pay salaries for one more month, then thats it.',
     {'sector': 'tourism', 'size': 's2_9', 'revenue_change': 'stopped',
      'crisis_type': 'epidemic'}),
    ('Lost my job so I started baking cakes from home last year, selling on instagram and '
     'whatsapp, customers pay by bank transfer. Orders have doubled this month!',
     {'sector': 'manufacturing', 'online_presence': 'social_only', 'payments': 'mobile_or_card',
      'revenue_change': 'stable_or_up', 'staff_change': None}),
    pytest.param(
        'the landlord wants to evict us, we are 3 months behind on rent since the shop was '
        'flooded. 4 staff still coming',
        {'debts': 'many_overdue', 'crisis_type': 'natural_hazard', 'sector': 'retail',
         'size': 's2_9'}, marks=DOUBTED),
    ('we are a small IT company, 9 developers plus me, mostly contracts from one bank. the '
     'bank froze all projects after the election violence',
     {'sector': 'services', 'size': 's10_49', 'customers': 'one_buyer',
      'crisis_type': 'conflict'}),
    ('I ride a boda boda, the bike is mine, i used to make like 15k a day now 6k because of '
     'fuel price. i have no bank account',
     {'sector': 'services', 'revenue_change': 'down_over_half', 'crisis_type': 'economic'}),
    ('We grow tomatoes on 3 acres, the price at the market collapsed because everyone '
     'harvested at the same time.',
     {'sector': 'agriculture', 'crisis_type': 'economic', 'trading_status': None}),
    ('My salon is open only 3 days a week now, the other days no customers come. I am 31 and '
     'I do hair since I was 16.',
     {'sector': 'services', 'trading_status': 'partly_open', 'led_by': 'youth_led'}),
    ('Our school transport business (4 minibuses, 6 drivers + me) stopped completely when '
     'schools closed for the cholera outbreak. No income at all for 3 weeks.',
     {'sector': 'services', 'size': 's2_9', 'crisis_type': 'epidemic',
      'revenue_change': 'stopped'}),
    pytest.param(
        'I have a small printing shop, im not registered but i have an equity account. sales '
        'fell from 90,000 to 35,000 a month',
        {'sector': 'services', 'means': 'bank_only', 'revenue_change': 'down_over_half'},
        marks=DOUBTED),
    ('We sell wholesale rice and sugar to shops in 3 districts, trucks are stuck at the '
     'border for 2 weeks so shelves are empty. We have 11 workers, told them on Monday what '
     'is happening and will update them every week.',
     {'sector': 'trade', 'customers': 'local', 'crisis_type': 'blockade',
      'supplier_risk': 'cut_off', 'size': 's10_49', 'staff_informed': 'regularly'}),
    ('Catering for weddings and events, me and 2 girls. All events cancelled because of the '
     'gov ban on gatherings (measles). we have maybe 10 days of cash',
     {'sector': 'food_service', 'size': 's2_9', 'crisis_type': 'epidemic',
      'cash_runway': 'under_2w'}),
    ('hardware store, sales about the same as last year but suppliers deliver late, '
     'sometimes 2 weeks. we pay suppliers on time.',
     {'sector': 'retail', 'revenue_change': 'stable_or_up', 'supplier_risk': 'some_delays',
      'debts': 'on_track'}),
    ('i am a 52 yr old man with a welding shop, 3 workers. the power cuts are killing me, we '
     'work at night when light comes',
     {'sector': 'manufacturing', 'led_by': 'neither', 'size': 's2_9'}),
    # left unread (asked instead): {'size': 's2_9'}
    ('We closed the dining room and only do takeaway and delivery through glovo now, staff '
     'cut from 14 to 8',
     {'sector': 'food_service', 'trading_status': 'open_adapted', 'staff_change': 'laid_off'}),
    ('My cousins shop closed because of the riots, mine is still open but nobody buys. I '
     'sell cloth',
     {'sector': 'retail', 'crisis_type': 'conflict', 'trading_status': None}),
    ('pls help, kiosk in Harare, ZiG keeps losing value, i price in USD now, customers pay '
     'ecocash or cash. I am a woman of 44.',
     {'sector': 'retail', 'crisis_type': 'economic', 'payments': 'mobile_or_card',
      'led_by': 'women_led'}),
    # left unread (asked instead): {'crisis_type': 'economic'}
    ('Our flower farm exports roses to the Netherlands, 120 workers. Air freight costs '
     'tripled and orders fell by a third. If this continues for 2 more months we will have '
     'to lay off half the team.',
     {'sector': 'agriculture', 'size': 's50_plus', 'customers': 'abroad',
      'revenue_change': 'down_some', 'staff_change': None}),
    # left unread (asked instead): {'revenue_change': 'down_over_half'}
    ('Sold 40 bags of charcoal last month, this month 12. Roads are blocked by the rains. I '
     'work alone.',
     {'sector': 'retail', 'size': 'solo', 'crisis_type': 'natural_hazard'}),
    ('we are a youth group of 6 running a car wash in Lusaka, all under 30. water shortage '
     'means we open only mornings',
     {'sector': 'services', 'size': 's2_9', 'led_by': 'youth_led', 'trading_status': 'partly_open',
      'crisis_type': 'natural_hazard'}),
    ('Mum and I make soap and sell at church and to neighbours, people still buy like before',
     {'sector': 'manufacturing', 'size': 's2_9'}),
    ('Used to have 5 girls in the shop, had to let 3 go in june. sales dropped maybe 40%. '
     'landlord gave us till end of month',
     {'sector': 'retail', 'staff_change': 'laid_off', 'revenue_change': 'down_some'}),
])
def test_owners_descriptions(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ('the woman who sells us eggs is sick, I run the guesthouse with the cook',
     {'led_by': None}),
    ("My cousin's bar closed after the riots, mine is still open but quiet",
     {'trading_status': None}),
    ('I sell used phones and chargers from a kiosk near the station',
     {'sector': 'retail'}),
    ('we sold 300 handbags in december, now nothing',
     {'sector': 'retail'}),
    ('since the fire I do nails from my veranda, clients come to the house',
     {'trading_status': 'open_adapted', 'sector': 'services'}),
    ('After the storm we moved the shop into a container by the bus stop',
     {'trading_status': 'open_adapted', 'crisis_type': 'natural_hazard'}),
    ('the peso slid again and imported flour for my bakery costs more',
     {'crisis_type': 'economic'}),
    ("the kwacha plunged this year, my shop's stock costs twice as much",
     {'crisis_type': 'economic'}),
    ('no dollars in the banks so my shop cannot import anything',
     {'crisis_type': 'economic'}),
    ('our clinic works in a tent since the quake',
     {'crisis_type': 'natural_hazard'}),
    ('I was diagnosed with diabetes and had surgery, my niece runs the shop for now',
     {'crisis_type': 'other'}),
    ('We have a Maybank account and the company is registered',
     {'means': 'both'}),
    ('I never registered my tailoring business and I have no bank account',
     {'means': 'neither'}),
    ('I sell baby clothes on Lazada and Tokopedia',
     {'online_presence': 'sells_online'}),
    ('The gang wants money every week from my stall',
     {'crisis_type': 'conflict'}),
    ('our savings cover maybe 6 weeks of payroll at the workshop',
     {'cash_runway': 'm1_3'}),
    ('since the kidnappings enrolment at our school fell from 200 pupils to 90',
     {'revenue_change': 'down_over_half', 'crisis_type': 'conflict'}),
    ('Our 6 workers are now part time at the bakery',
     {'staff_change': 'reduced_hours', 'trading_status': None}),
    ("We didn't fire anyone, 8 staff at the restaurant",
     {'staff_change': 'unchanged'}),
    ('the university closed and sent the students home, my print shop has no customers',
     {'staff_change': None, 'revenue_change': 'stopped'}),
    ('We sell nearly everything to one supermarket chain',
     {'customers': 'one_buyer'}),
    ('Nearly all our flour comes from one mill, my bakery waits',
     {'customers': None}),
    ('Most orders come from one importer in Italy, we make furniture',
     {'supplier_risk': None, 'customers': 'one_buyer'}),
    ('We reopened part of the shop after the looting',
     {'trading_status': 'partly_open'}),
    ('my pharmacy has 3 nurses all part time, we open every day',
     {'trading_status': 'normal'}),
    ('the fishermen cannot go out because of the storms, my fish stall is empty',
     {'crisis_type': 'natural_hazard', 'sector': 'retail'}),
    ('i fry and sell kelewele and jollof by the roadside',
     {'sector': 'food_service'}),
    ('we supply hardware to shops all over the country',
     {'customers': 'local'}),
    ('the cedi keeps sliding and fuel quota is 10 litres a week for my taxi',
     {'crisis_type': 'blockade'}),
    ('my food stall: since the cholera we are not allowed to sell',
     {'trading_status': 'closed', 'crisis_type': 'epidemic'}),
    ('we have no savings at all, the salon is closed',
     {'cash_runway': 'under_2w'}),
    ('my husband lost his job so I opened a small shop',
     {'staff_change': None}),
])
def test_kinds_of_word(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


# A second batch written after the first round of changes, before they were tried on it: cash
# said as "a fortnight", debts and a supplier going under said otherwise, a card taken at the
# counter beside online booking, and a fall of exactly half (asked, not read).
@pytest.mark.parametrize(("text", "expected"), [
    ('we can hold on for a fortnight maybe, then the bakery must close',
     {'cash_runway': 'under_2w', 'sector': 'manufacturing'}),
    ('money in the account is enough for about six weeks of rent and wages at the salon',
     {'cash_runway': 'm1_3', 'sector': 'services'}),
    ('my mitumba stall makes 2000 a day now, it was 7000 before the election chaos',
     {'revenue_change': 'down_over_half', 'sector': 'retail', 'crisis_type': 'conflict'}),
    ('sales are down to a quarter of normal at my hardware shop',
     {'revenue_change': 'down_over_half', 'sector': 'retail'}),
    ('we are 2 months late on the equipment loan and the landlord is threatening us',
     {'debts': 'many_overdue'}),
    ('so far we pay every bill on time but the next rent will be hard at the guesthouse',
     {'sector': 'tourism'}),
    ('the only company that sells us packaging went bankrupt, we have stock for 2 weeks',
     {'supplier_risk': 'cut_off'}),
    ('our cement comes from 3 different suppliers so no problem there, the hardware is fine',
     {'supplier_risk': 'diversified'}),
    ('I have not yet explained to my 5 workers what is going on at the farm',
     {'staff_informed': 'not_yet', 'sector': 'agriculture'}),
    ('I only use my phone for calls and whatsapp, my daughter does the facebook page for the shop',
     {'digital_skills': 'basic', 'online_presence': 'social_only'}),
    ('we do deliveries now with 2 motorbikes instead of customers coming in to the pharmacy',
     {'trading_status': 'open_adapted', 'sector': 'retail'}),
    ('The salon is shut for renovation after the floods, reopening in 2 weeks',
     {'crisis_type': 'natural_hazard'}),
    ('we employ 23 people in our sewing unit, all still on full pay',
     {'size': 's10_49', 'staff_change': 'unchanged', 'sector': 'manufacturing'}),
    ("i'm a widow, 63, running my late husband's butchery with 2 helpers",
     {'led_by': 'women_led', 'sector': 'retail', 'size': 's2_9'}),
    ('we take cash, mpesa and card at the restaurant and have a website with online booking',
     {'payments': 'mobile_or_card', 'online_presence': 'sells_online', 'sector': 'food_service'}),
    ('the mango buyers from the city did not come this year so the fruit rotted on our farm',
     {'sector': 'agriculture'}),
    ('prices of everything doubled at the wholesalers, my kiosk customers buy half what '
     'they used to',
     # half of what they used to is "half or more" since round 44 (the brief's and the
     # option's words), no longer asked
     {'crisis_type': 'economic', 'revenue_change': 'down_over_half'}),
])
def test_second_batch(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize("text", [
    'tell me a joke about accountants',
    'write a poem about my mum',
    'good morning, who won the match last night?',
    'is this bot free? how does it work',
    'can you write me a cv for a job at the bank',
    'how do I reset my password for the app',
])
def test_off_topic_reads_nothing(describer: Describer, text: str) -> None:
    assert describer.read(text, "en").answers == {}
