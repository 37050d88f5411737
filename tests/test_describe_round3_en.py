"""English words of round 3, each kind tested with sentences of its own (none is in a set).

Families of words rather than phrases: crisis kinds (diseases, rebels, theft and hacking,
checkpoints, a currency losing value), one buyer and local or foreign customers, registry,
bank and mobile-money names, sectors (stalls, matatus, schools, processing, crops only when
grown), sales before -> after and "N times less", staff days cut, production stopped; and
what must not be read: someone else's staff or job, an age as a head-count, takings as a
workshop, a burglary as being broke, a hypothetical "if no work comes".
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ("Our tailoring shop in Harare, the typhoid outbreak kept people home.",
     {"crisis_type": "epidemic", "sector": "manufacturing"}),
    ("Flash floods washed away my vegetable stall at the market.",
     {"crisis_type": "natural_hazard", "sector": "retail"}),
    ("I run a pharmacy in Goma, the rebels took the town and soldiers are everywhere.",
     {"crisis_type": "conflict", "sector": "retail"}),
    ("My boutique was looted twice and there is gunfire every night.",
     {"crisis_type": "conflict"}),
    ("Since the cedi depreciated my fabric costs went up 3 times.",
     {"crisis_type": "economic"}),
    ("Someone hacked our shop's Facebook page and scammed our customers.",
     {"crisis_type": "other"}),
    ("The council evicted all the traders from the bus park, my stall was demolished.",
     {"crisis_type": "other"}),
    ("Roadworks in front of the restaurant for 4 months, customers cannot park.",
     {"crisis_type": "other", "sector": "food_service"}),
    ("Our trucks wait days at the checkpoints, the transporters strike blocked the highway.",
     {"crisis_type": "blockade", "sector": "trade"}),
    # A burglary is not being broke: "broke into" says nothing of the cash.
    ("Thieves broke into the workshop and stole the sewing machines.",
     {"crisis_type": "other", "sector": "manufacturing", "cash_runway": None}),
])
def test_crisis_kinds_as_families_of_words(describer: Describer, text: str,
                                           expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("We grow avocados and the packhouse in Thika buys all our fruit.",
     {"customers": "one_buyer", "sector": "agriculture"}),
    ("Our dairy sells all the milk to one processor.",
     {"customers": "one_buyer", "sector": "agriculture"}),
    ("Our lodge lives from foreign tourists, hardly any locals come.",
     {"customers": "abroad"}),
    ("My customers are the families in my village.", {"customers": "local"}),
    # Crops are a farm only when grown: a cafe's avocado toast is not.
    ("We run a small cafe, avocado toast is our best seller.",
     {"sector": "food_service"}),
])
def test_customers_and_crops(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The shop is registered with BRELA and we bank with CRDB.", {"means": "both"}),
    ("No business licence, no bank account, I keep the money at home.", {"means": "neither"}),
    ("Registered with ZIMRA and I have a CBZ account.", {"means": "both"}),
    ("Customers pay with Telebirr or cash.", {"payments": "mobile_or_card"}),
    ("Most pay by bKash, some by cash.", {"payments": "mobile_or_card"}),
    ("People pay with EcoCash or swipe.", {"payments": "mobile_or_card"}),
    # A skill, not how customers pay.
    ("I run a barber shop. I can do whatsapp and mobile banking, not much more than that.",
     {"payments": None, "digital_skills": "basic"}),
])
def test_registry_bank_and_mobile_money_names(describer: Describer, text: str,
                                              expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("I am a seamstress, I make school uniforms at home.", {"sector": "manufacturing"}),
    ("I drive a matatu on the Thika road.", {"sector": "services"}),
    ("I have a keke napep in Kano.", {"sector": "services"}),
    ("We run a small primary school with 120 pupils.", {"sector": "services"}),
    ("We have a cassava processing unit in Ogun.", {"sector": "agriculture"}),
    ("We are a coffee cooperative of 300 farmers.", {"sector": "agriculture"}),
    ("I sell tomatoes and onions at Gikomba market.", {"sector": "retail"}),
    ("Our small dive shop in Dahab lost its boat in the storm.", {"sector": "tourism"}),
    # Takings, not a workshop; a relative's job is not the business.
    ("I make 300 a day now, before 900.",
     {"sector": None, "revenue_change": "down_over_half"}),
    ("I sell charcoal. My husband works in a factory.", {"sector": "retail"}),
    # "phone repair shop" is a repairer, not a phone shop.
    ("Phone repair shop near the bus stage, just me.", {"sector": "services", "size": "solo"}),
])
def test_sectors(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales are three times less than before.", {"revenue_change": "down_over_half"}),
    ("We used to sell 200 loaves a day, now about 60.", {"revenue_change": "down_over_half"}),
    ("Weekly takings went from about 800 dollars to 500.", {"revenue_change": "down_some"}),
    ("Orders are twice what they were, we cannot keep up.",
     {"revenue_change": "stable_or_up"}),
    ("Turnover is down a fifth.", {"revenue_change": "down_some"}),
    # A fall from before is not a share of before: "down 30% from before" is 30 %.
    ("Our bookings are down about 30% from before.", {"revenue_change": "down_some"}),
    ("Not one paying guest since the cyclone.", {"revenue_change": "stopped"}),
    # What would happen is not what is.
    ("Savings can carry me for two months if no work comes.",
     {"revenue_change": None, "cash_runway": "m1_3"}),
    ("Our savings can carry us for about three weeks.", {"cash_runway": "under_1m"}),
])
def test_sales_and_cash_in_numbers(describer: Describer, text: str,
                                   expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The 6 workers now come only 3 days a week.",
     {"staff_change": "reduced_hours", "size": "s2_9", "trading_status": None}),
    ("I cut the girls' days from six to four.", {"staff_change": "reduced_hours"}),
    ("I kept them all but they do 3 days a week now.", {"staff_change": "reduced_hours"}),
    ("I did not lay off anyone, everyone is still on full pay.",
     {"staff_change": "unchanged"}),
    ("We did not lay off anyone, shifts are same as before.",
     {"staff_change": "unchanged", "revenue_change": None}),
    # Someone else's staff.
    ("Our supplier laid off half his workers, we are fine.", {"staff_change": None}),
    ("We brief the staff every week on how things are.", {"staff_informed": "regularly"}),
])
def test_staff(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Production has stopped at our factory.", {"trading_status": "closed"}),
    ("We are closed temporarily since the floods.", {"trading_status": "closed"}),
    ("We open only on weekends now.", {"trading_status": "partly_open"}),
    ("The restaurant works at half capacity.", {"trading_status": "partly_open"}),
    ("Because of the curfew i only open 8am to 1pm now.", {"trading_status": "partly_open"}),
    ("Only 4 rooms can be used, the rest are closed.", {"trading_status": "partly_open"}),
    ("We closed the dining room and do takeaway and delivery.",
     {"trading_status": "open_adapted"}),
])
def test_trading(describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("We do not owe anything to anyone.", {"debts": "on_track"}),
    ("Thank God i dont owe anybody, the shop rent is paid till June.", {"debts": "on_track"}),
    ("Rent is two months behind and the loan is overdue.", {"debts": "many_overdue"}),
    ("Loan paid so far, but the next instalment i am not sure.",
     {"debts": "some_at_risk"}),
    # Goods arriving weeks late are a supply delay, not a debt.
    ("The fabric from China is arriving 3 weeks late.",
     {"debts": None, "supplier_risk": "some_delays"}),
    ("The supplier of cement is late by 2 weeks.", {"supplier_risk": "some_delays"}),
    ("I buy from 4 different importers so stock is not a problem.",
     {"supplier_risk": "diversified"}),
])
def test_debts_and_supplies(describer: Describer, text: str,
                            expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm a 29 yr old lady, I own the bakery.", {"led_by": "both"}),
    ("Im a 31 year old mum selling chapati.", {"led_by": "both"}),
    ("Am a 23 yr old girl, I sell thrift clothes online.", {"led_by": "both"}),
    ("I am a man of 50 running a garage.", {"led_by": "neither"}),
    ("I am 70, my late wife started this bakery.", {"led_by": "neither"}),
    # The wife who runs the shop leads it, not the husband who writes.
    ("My wife runs the shop, I am 45.", {"led_by": None}),
    # An age is not a head-count.
    ("Im 40 and I have 2 girls working in the salon.", {"size": "s2_9"}),
    ("Mi nuh owe nobody nutten, mi nuh tek card, cash only.",
     {"debts": "on_track", "payments": "cash_only"}),
    ("Mi run a likkle shop, mi nuh know nutten bout computer.", {"digital_skills": "none"}),
    ("Our sales are even higher than last year.", {"revenue_change": "stable_or_up"}),
    # A price is not sales.
    ("I run a bar. Prices are higher than last year.", {"revenue_change": None}),
])
def test_who_leads_and_regional_phrases(describer: Describer, text: str,
                                        expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("we r 4 in d shop, sales dwn 30%",
     {"size": "s2_9", "sector": "retail", "revenue_change": "down_some"}),
    ("We owe the bank 3 instalments already.", {"debts": "many_overdue"}),
    ("Our only supplier of eggs is in Nakuru and he cannot deliver.",
     {"supplier_risk": "cut_off"}),
    ("Too much rain destroyed the maize on our farm.",
     {"crisis_type": "natural_hazard", "sector": "agriculture"}),
    ("I'm a guy of 28 with a car wash.", {"led_by": "youth_led", "sector": "services"}),
    ("Our transport company has 12 buses.", {"sector": "services"}),
    # Armed robbery could be insecurity or a theft: the kind is asked, not guessed.
    ("Armed robbers attacked the shop last week.", {"crisis_type": None}),
])
def test_sms_spellings_and_everyday_phrases(describer: Describer, text: str,
                                            expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize("text", [
    "My phone got hacked, how do I recover my Instagram account?",
    "I fix my own car at home on weekends, it's a hobby.",
    "I'm 25 and I want to learn to code, where should I start?",
    "Is it true the dollar went from 800 to 1500 naira?",
    "Someone stole my bike yesterday, should I call the police?",
    "Can I make money fast with a side hustle? Asking for my nephew.",
])
def test_off_topic_texts_with_new_words_read_nothing(describer: Describer, text: str) -> None:
    assert describer.read(text, prefer="en").answers == {}


@pytest.mark.parametrize(("text", "expected"), [
    # Where the savings are kept is not how customers pay.
    ("Me and my wife sell chapati and tea, we keep our money in mpesa.",
     {"payments": None, "sector": "food_service", "size": "s2_9"}),
    ("Our buyer in France stopped ordering after the coup.", {"customers": "abroad"}),
    ("Bookings are normal, mostly from Germany and Italy.", {"revenue_change": "stable_or_up"}),
    ("The loan instalment with the bank is 2 months late.", {"debts": "many_overdue"}),
    ("Small hotel, 9 staff, I cut the staff to half salary.",
     {"staff_change": "reduced_hours"}),
    ("I'm a barber, me and one boy.", {"size": "s2_9"}),
    ("We do soap making at home, me and my sister.",
     {"sector": "manufacturing", "size": "s2_9"}),
])
def test_savings_customers_and_pay(describer: Describer, text: str,
                                   expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the kwacha fell, customers cannot afford new shoes.",
     {"crisis_type": "economic"}),
    ("Cooking gas went up almost double at our canteen.", {"crisis_type": "economic"}),
    ("Almost all our loads are for one sugar company.", {"customers": "one_buyer"}),
    ("A hotel chain was buying most of our eggs, they stopped.", {"customers": "one_buyer"}),
    ("A fire outbreak gutted the timber market where my shop is.",
     {"crisis_type": "natural_hazard"}),
    ("I am a grab driver in Cebu, just me.", {"sector": "services", "size": "solo"}),
    ("Our tuition centre moved the classes online via zoom.",
     {"sector": "services", "trading_status": "open_adapted"}),
    # The woman is the writer only when she says so of herself.
    ("I am a seamstress, 41 yrs, with 2 apprentices.", {"led_by": "women_led"}),
    ("My daughter is a seamstress and my son drives a matatu.", {"led_by": None}),
    ("We sell bags, most orders come through our shopify site.",
     {"online_presence": "sells_online"}),
    # A client closing down is not our closure.
    ("Our cleaning firm lost its biggest client, a warehouse, that closed down.",
     {"trading_status": None}),
    ("We had 20 cleaners, 6 had to go.", {"staff_change": "laid_off"}),
    # A loan from the agro dealer names a lender, not our sector.
    ("I farm beans, I owe the input loan from the agro dealer.", {"sector": "agriculture"}),
])
def test_currency_buyers_fires_and_work_said_of_oneself(describer: Describer, text: str,
                                                        expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("My bakery: no website, no facebook, nothing.", {"online_presence": "none"}),
    ("Consulting firm, only a LinkedIn page.", {"online_presence": "social_only"}),
    ("Our flour supplier shut down, we still bake.", {"trading_status": None}),
    ("Cafe: lunch only, evenings closed.", {"trading_status": "partly_open"}),
    ("Savings will last seven or eight weeks.", {"cash_runway": "m1_3"}),
    ("Me and 9 staff run the garage.", {"size": "s10_49"}),
    ("We were 11, now 6.", {"size": "s2_9"}),
    ("I'm 29 and it's my shop, I'm the owner, a woman.", {"led_by": "both"}),
    ("Sales are 5 times lower than last year.", {"revenue_change": "down_over_half"}),
    # Short words have no plural of their own: "taxis", "farms", "cafes" are written out.
    ("I run two taxis in Kigali.", {"sector": "services"}),
    ("We are a fish selling business at the landing site.", {"sector": "retail"}),
])
def test_the_issues_kinds_in_new_words(describer: Describer, text: str,
                                       expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # The staff's days or hours are not the shop's opening.
    ("Our bakery is busy as ever, I put the bakers on 4 days a week to save wages.",
     {"staff_change": "reduced_hours", "trading_status": None}),
    ("We cut the cleaners to 3 days a week since the contract ended.",
     {"staff_change": "reduced_hours", "trading_status": None}),
    ("Tyre shop, 5 mechanics, we kept them on the same hours.",
     {"staff_change": "unchanged", "trading_status": None}),
    ("The shop is open only 3 days a week now.", {"trading_status": "partly_open"}),
    # Someone closing a bridge or the internet is the crisis, not our door.
    ("My stall is near the river, the army closed the bridge and buyers can't come.",
     {"crisis_type": "blockade", "trading_status": None}),
    ("Our call centre in Khartoum: the internet was shut down for a week.",
     {"crisis_type": "conflict", "trading_status": None}),
    ("Electronics shop, the government shut down the internet during the protests.",
     {"crisis_type": "conflict", "trading_status": None}),
    # Closed, then open again: asked, not read as closed.
    ("The salon was shut for the floods, we reopen this week with fewer clients.",
     {"trading_status": None}),
    ("My restaurant has been closed since the storm, no date to reopen.",
     {"trading_status": "closed"}),
    # Catching fish is fishing, even when it is sold at the market.
    ("Me and my cousin fish out of Negril, we sell the catch at the market.",
     {"sector": "agriculture"}),
    ("We go out fishing every night with two canoes.", {"sector": "agriculture"}),
    # Subcontracting for one firm: one buyer, even an exporting one.
    ("Knitting unit, we subcontract for one export house, all our work comes from them.",
     {"customers": "one_buyer"}),
    ("Our furniture is all for one hotel chain, we only work for one client.",
     {"customers": "one_buyer"}),
    # Foreigners by their nicknames.
    ("Dive shop in Bali, most of our guests are Aussies and Kiwis.",
     {"customers": "abroad", "sector": "tourism"}),
    # More trades count as people.
    ("Chemist in Kano, I employ 3 pharmacists and 2 cashiers.", {"size": "s2_9"}),
    ("Dental clinic, me and 4 dentists.", {"size": "s2_9"}),
])
def test_staff_days_crossings_reopening_fishing_and_subcontracting(
        describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Shipments we send being late are not our supplies arriving late.
    ("Garment unit, the port was congested, 3 shipments late to our buyer.",
     {"supplier_risk": None}),
    ("Hardware shop, the shipments from China are late by 3 weeks.",
     {"supplier_risk": "some_delays"}),
])
def test_shipments_late_only_when_they_come_to_us(describer: Describer, text: str,
                                                  expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Only 300 rand left, it's finishing this week.", {"cash_runway": "under_2w"}),
    ("Lodge in Kasane, zero guests since the floods.", {"revenue_change": "stopped"}),
    ("Taxi owner, 4 installments behind with the bank.", {"debts": "many_overdue"}),
    ("Our print shop is behind 3 months on the equipment loan.", {"debts": "many_overdue"}),
    ("My minibus waits in the fuel queue all night.", {"crisis_type": "blockade"}),
    ("I sell shoes at the roadside, I am a woman, no licence and no bank account.",
     {"means": "neither"}),
    ("Hair salon, 4 girls, they work half day now.", {"staff_change": "reduced_hours"}),
    ("We weave sarees on six handlooms in our house.", {"sector": "manufacturing"}),
    ("The city council came with a bulldozer and pulled down all our stalls.",
     {"crisis_type": "other"}),
    ("My barbershop: customers reduced since fuel went up, sales down a bit.",
     {"revenue_change": "down_some"}),
    ("Poultry farm, a supermarket buys about 70% of my eggs.", {"customers": "one_buyer"}),
    ("Cattle farm, the butcher in town buys 3 of my cows a month.", {"customers": None}),
    ("Print shop, 6 staff, I have a meeting with them every Monday morning.",
     {"staff_informed": "regularly"}),
])
def test_new_word_families_for_cash_debts_crisis_and_staff(
        describer: Describer, text: str, expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)
