"""Readings of round 15: kinds of sentence a fresh set (blind set 30) showed misread or
missed, each written here anew, in English, French and Spanish.

A past marker right after a word of comparison compares and dates nothing ("open every day
like before", "ouvert comme avant", "igual que antes"), so such a clause still answers how
the business is now; a crisis only heard of elsewhere ("we hear talk of cholera on the
coast") or feared ("nos da miedo") is not the crisis now, nor one the writer rebuilt from
("we rebuilt already"); one instalment missed is a payment at risk, several are overdue;
working at night when the power comes back is open, working differently; days of the week
"only" are part-open; French teens in words ("dix-huit"); Haitian Creole words for a fried
food seller, being alone and things being dear; and words for trades that were missing
(tea room, kopitiam, plumber, dive shop, chipa seller, an electronics shop), a woman who
calls herself "a mama" or "filipina", prices "so mahal". Written after the pass that reads
them; three did not read at first: "abre igual que antes" (now a cue), "machann fritay" (the
longer cue now wins over "machann", retail) and "am a mama with a small tailoring shop",
left as a known miss.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # 1. A comparison with before is no past.
    ('en', 'Barber shop in Leeds, open every day like before, just fewer customers.',
     {'trading_status': 'normal'}),
    ('fr', 'Boulangerie à Sousse, on est ouverts tous les jours comme avant.',
     {'trading_status': 'normal'}),
    ('fr', "Le salon ferme plus tôt qu'avant, à 17h.", {'trading_status': 'partly_open'}),
    ('es', 'Mi ferretería abre igual que antes pero la gente compra menos.',
     {'trading_status': 'normal'}),
    # ...while a story of before still is one.
    ('en', 'We used to have 14 staff, now 9.', {'size': 's2_9'}),
    ('es', 'vendemos la tercera parte de lo que vendíamos antes', {'revenue_change':
                                                                 'down_over_half'}),
    # 2. A crisis heard of elsewhere, feared, or rebuilt from.
    ('en', 'Beach bar in Watamu, full season. We hear talk of cholera up the coast.',
     {'crisis_type': None}),
    ('es', 'Hostal en Utila, temporada buena. Nos da miedo la temporada de huracanes.',
     {'crisis_type': None}),
    ('en', 'Our shop lost the roof in the cyclone but we rebuilt already, sales normal now.',
     {'crisis_type': None}),
    ('fr', "Restaurant à Goma, on entend parler d'Ebola à Butembo, mais ici tout va bien.",
     {'crisis_type': None}),
    # 3. One instalment missed is at risk; several are overdue.
    ('en', 'Poultry farm, I missed the June instalment on the bank loan.',
     {'debts': 'some_at_risk'}),
    ('en', 'I have missed three installments on the van.', {'debts': 'many_overdue'}),
    # 4. Working at night when the power is back is working differently.
    ('en', 'Welding shop in Lusaka, we work at night when the power comes back.',
     {'trading_status': 'open_adapted'}),
    ('fr', 'Menuiserie à Conakry, on travaille la nuit quand le courant revient.',
     {'trading_status': 'open_adapted'}),
    ('es', 'Panadería en Maracay, con los apagones trabajamos de noche cuando llega la luz.',
     {'trading_status': 'open_adapted'}),
    ('en', 'Café in Whitby, we cut down to Friday to Sunday only.',
     {'trading_status': 'partly_open'}),
    # 5. French teens in words.
    ('fr', 'Hôtel à Kribi, dix-huit employés.', {'size': 's10_49'}),
    ('fr', 'Garage à Thiès, on est dix-sept.', {'size': 's10_49'}),
    # 6. Haitian Creole.
    ('fr', 'machann fritay Pétion-Ville, mwen sèl, tout bagay chè anpil',
     {'sector': 'food_service', 'crisis_type': 'economic'}),
    ('es', 'che ha\'e chipera, vendo chipa en Luque', {'sector': 'food_service'}),
    # 7. Trades, a woman, prices.
    ('en', 'I run a tea room in Ludlow with my sister.', {'sector': 'food_service'}),
    ('en', 'kopitiam in Ipoh, 6 of us.', {'sector': 'food_service'}),
    ('en', 'Plumber in Truro, on my own.', {'sector': 'services'}),
    ('es', 'Dive shop en Taganga, somos seis.', {'sector': 'tourism'}),
    ('es', 'Casa de electrónica en Iquique, 9 empleados.', {'sector': 'retail'}),
    pytest.param('en', 'am a mama with a small tailoring shop in Kisumu',
                 {'led_by': 'women_led'}, marks=pytest.mark.xfail(
                     strict=True, reason="'am a mama' with no 'I' before a shop named in "
                     "the same clause is not taken as said of the writer")),
    ('en', 'filipina here in Doha, I bake and deliver cakes', {'led_by': 'women_led'}),
    ('en', 'sari-sari store, customers buy less, everything is so mahal now',
     {'crisis_type': 'economic'}),
])
def test_round15_kinds(describer: Describer, lang: str, text: str,
                       expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
