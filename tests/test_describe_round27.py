"""Round 27 (guided by blind sets 69 and 70, sealed through round 26 and read after it, and
75 and 76, new; sets 73 and 74, written before it, sealed through it), each kind in new
sentences: a text written on someone's behalf ("writing for my aunty", "escribo por mi
hermana", "j'écris pour ma mère") names a woman who runs the business, not the writer; no
savings at all is cash for under two weeks ("no tengo ahorros", "ni un centavo"); "less
than half of what they bought" is a fall of more than half, and so is a third sold
after a price rose ("since fuel went up we sell a third"); a share of a quota someone
gives us ("ne nous donne que la moitié") is no change of sales; working only some days a
week is partly open, selling from another place is open and working differently; a payment
due that may not be met ("no sé con qué lo voy a pagar") is at risk."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # written on someone's behalf: the person named runs the business
    ("en", "Im writing for my aunty, she runs a small food store in Otara and her supplier "
     "stopped shipping.", "led_by", "women_led"),
    ("en", "Writing for my mum who sells fish at Makola market, 2 girls help her.", "led_by",
     "women_led"),
    ("en", "Writing for my uncle, he has a hardware shop in Kumasi with 4 workers.", "led_by",
     ABSENT),
    ("es", "Escribo por mi tia que tiene una fonda en Puebla, trabaja con dos ayudantes.",
     "led_by", "women_led"),
    ("es", "Le escribo por mi mamá, tiene una bodega en Callao.", "led_by", "women_led"),
    ("es", "Escribo por mi papa que tiene un taller de costura en El Alto.", "led_by", ABSENT),
    ("fr", "J'écris pour ma mère qui tient une boutique de pagnes à Lomé.", "led_by",
     "women_led"),
    ("fr", "J'ecris pour ma soeur, elle a un salon de coiffure a Libreville.", "led_by",
     "women_led"),
    ("fr", "J'écris pour mon oncle qui a une menuiserie à Bangui.", "led_by", ABSENT),
    ("es", "Escribo por mi tío que tiene una panadería en Cusco, él y dos ayudantes.",
     "sector", "manufacturing"),
    ("es", "Mi tío tiene una panadería; yo vendo ropa en Gamarra.", "sector", "retail"),
    # no savings at all: under two weeks
    ("es", "Tengo un puesto de jugos en Lima, no tengo ahorros, vivo del dia.", "cash_runway",
     "under_2w"),
    ("es", "Mi fonda cerro por la lluvia y ahorros no tengo.", "cash_runway", "under_2w"),
    ("es", "El puesto esta cerrado hace una semana y ya no tengo ni un centavo.",
     "cash_runway", "under_2w"),
    ("es", "Abrimos una cuenta de ahorros en la cooperativa.", "cash_runway", ABSENT),
    # less than half of before: more than half gone
    ("en", "Customers are buying less than half of what they bought last year.",
     "revenue_change", "down_over_half"),
    ("fr", "Les clients achètent moins de la moitié de ce qu'ils achetaient avant.",
     "revenue_change", "down_over_half"),
    ("es", "La gente compra menos de la mitad de lo que compraba antes.", "revenue_change",
     "down_over_half"),
    # a rise of what a business buys, then a share of sales: the share is what is left
    # (found trying `msme-advisor chat` as an owner: "vende la mitad" had read as a rise)
    ("es", "Desde que subio la harina vendo un tercio de lo normal.", "revenue_change",
     "down_over_half"),
    ("en", "Since fuel went up we sell a third.", "revenue_change", "down_over_half"),
    ("es", "Desde que subió el maíz vende la mitad.", "revenue_change", "down_over_half"),
    ("en", "Sales went up by half this year.", "revenue_change", "stable_or_up"),
    # a share of what someone gives us is no change of sales
    ("fr", "La minoterie ne nous donne que la moitié du quota et le sac est 2 fois plus cher.",
     "revenue_change", ABSENT),
    ("fr", "Le moulin nous donne que le tiers de la farine commandée.", "revenue_change",
     ABSENT),
    # some days a week: partly open; another place: open, working differently
    ("en", "Because of the ghost towns he opens only 3 days in the week now.",
     "trading_status", "partly_open"),
    ("es", "Por los bloqueos el taller trabaja solo 3 dias a la semana.", "trading_status",
     "partly_open"),
    # Round 59: read since a way of working now followed by a place it moved to ("from home")
    # says the business moved (bot/judging.py `_from_elsewhere`); a strict xfail until then.
    ("en", "The fire burned her stall, now she sells from home.", "trading_status",
     "open_adapted"),
    ("fr", "La mairie a cassé notre maquis, maintenant on vend sous un hangar derrière.",
     "trading_status", "open_adapted"),
    pytest.param("es", "La municipalidad la saco de la esquina, ahora vende en otra calle.",
                 "trading_status", "open_adapted", marks=pytest.mark.xfail(strict=True,
                 reason="the municipality of the clause before is read as who sells now")),
    # a payment due that may not be met
    ("es", "El credito vence en junio y no se con que lo voy a pagar.", "debts",
     "some_at_risk"),
    ("en", "Chair rent is due friday, it will be tight.", "debts", "some_at_risk"),
    ("en", "Still paying everything on time but it's tight.", "debts", "on_track"),
    ("fr", "Le loyer tombe le 5 et je ne sais pas avec quoi je vais le payer.", "debts",
     "some_at_risk"),
    # "EE.UU." is one word of an initialism, not the end of a sentence
    ("es", "Hacemos muebles en Leon, casi todos los clientes son de EE.UU. y Canada.",
     "customers", "abroad"),
    ("es", "Un tercio de lo que vendemos va a clientes en EE.UU. Somos 7.", "size", "s2_9"),
    # the dollar falling or scarce, staples rising: prices, currency
    ("es", "Agencia de diseño en La Paz. Con la crisis de dolares los clientes pagan tarde.",
     "crisis_type", "economic"),
    ("es", "Exportamos flores; con la caida del dolar ganamos menos pesos.", "crisis_type",
     "economic"),
    ("fr", "Boutique a Thiaroye. Le ciment et le fer ont encore monte ce mois.", "crisis_type",
     "economic"),
    # a job sought is no business of the writer's
    ("es", "Buenas tardes, me postulo para el puesto de cajero, tengo 3 años de experiencia.",
     "sector", ABSENT),
    # processing a crop is making, a buyer gone is fewer buyers
    ("en", "We are 12 women processing cassava into gari in Ho.", "sector", "manufacturing"),
    ("en", "I dey make school shoes for Aba market, me and 3 boys.", "sector", "manufacturing"),
    ("en", "Small diner in Ohio, 6 of us.", "sector", "food_service"),
    ("fr", "Mon kebab à Saint-Denis, 3 salariés.", "sector", "food_service"),
    ("fr", "Groupement de femmes qui transforment le karité en beurre a Tamale.", "sector",
     "manufacturing"),
    ("fr", "L'importateur qui prenait presque tout a annulé sa commande.", "crisis_type",
     "economic"),
    ("es", "Tenemos 2 buses parados y pasamos a los choferes a medio turno.", "staff_change",
     "reduced_hours"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round27_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
