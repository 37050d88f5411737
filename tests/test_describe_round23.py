"""Round 23 (guided by blind sets 55 and 56, unsealed once sets 59 and 60 were written, and by
blind sets 61 and 62), each kind in new sentences: a scale after a range's second end is not
the first end's when that end was said in full ("from 600 to nineteen hundred"); a bill is a
price, not takings; "cash for 4 months" beside "all bills" is no cash only; "cannot" denies;
an age before "and"; a share of orders from one brand is one buyer; debts behind, at risk and
on track, staff told every morning, selling as usual, and more words for trades, crises,
traits and ways to pay; working alone at home is no adaptation; "no hay ventas en línea" is
no sales stopped; "todo lo entregamos a la cooperativa" is one buyer, not delivery. Then the
plans sealed sets 59 and 60 had calmed (4) and their off-topic texts read (2), after their
last measurement: a buyer who takes most of what we make, power cuts some days a week that
are no opening hours, dear fuel, earning almost nothing, pages of homework, a joke."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # numbers, prices and cash
    ("en", "Bakery in Cork, sales went from 700 to twelve hundred a week.", "revenue_change",
     ABSENT),
    ("en", "Cafe in York, gas bill went from 500 to fourteen hundred.", "revenue_change",
     ABSENT),
    ("en", "We pay all bills on time and have cash for about 5 months.", "payments", ABSENT),
    ("en", "We pay all bills on time and have cash for about 5 months.", "cash_runway",
     "over_3m"),
    # denials, ages, buyers
    ("en", "Shop in Lusaka, this month I cannot pay the landlord on time.", "debts",
     "some_at_risk"),
    ("en", "am 26 and i sell shoes at Kamukunji with 2 boys.", "led_by", "youth_led"),
    ("en", "am 26 and i sell shoes at Kamukunji with 2 boys.", "size", "s2_9"),
    ("en", "Shirt factory in Tiruppur, 90 percent of orders are from one US brand.",
     "customers", "one_buyer"),
    # debts, staff, trading
    ("en", "Three tuk tuks in Kandy, 2 loans at the bank already behind.", "debts",
     "many_overdue"),
    ("en", "Import firm in Amman, instalments are due and we are struggling to cover them.",
     "debts", "some_at_risk"),
    ("en", "Cleaning firm in Lautoka, 20 staff, I send updates every morning on the group.",
     "staff_informed", "regularly"),
    ("en", "I sell roti from a cart in Chaguanas, selling as usual, just want to grow.",
     "trading_status", "normal"),
    ("en", "Garment unit in Negombo, 80 workers, moved everyone to 4 day week.",
     "staff_change", "reduced_hours"),
    # trades
    ("en", "i carve wooden masks in Rotorua and sell to tourists, just me.", "sector",
     "manufacturing"),
    ("en", "I drive a taptap in Jacmel with my cousin.", "sector", "services"),
    # French
    ("fr", "Coiffeuse a Beyrouth, la livre vaut plus rien, les clientes viennent moins.",
     "crisis_type", "economic"),
    ("fr", "Groupement de femmes a Kaya, le groupement est reconnu et on a un compte a la "
     "caisse populaire.", "means", "both"),
    ("fr", "Couturiere a Bouake, je travaille seule a la maison.", "trading_status", ABSENT),
    ("fr", "Boulangerie a Tours, on a du baisser les heures de l'apprenti.", "staff_change",
     "reduced_hours"),
    ("fr", "Mon magasin a brule la semaine passee, depuis je vends rien.", "revenue_change",
     "stopped"),
    ("fr", "Directrice d'une ecole privee a Lome, 8 enseignants.", "led_by", "women_led"),
    ("fr", "Creperie a Brest, 4 salaries, paiement CB et especes.", "payments",
     "mobile_or_card"),
    # Spanish
    ("es", "Taller en San Pedro Sula, cosemos camisas para una marca, 60 operarias.",
     "sector", "manufacturing"),
    ("es", "Hacemos mezcal en Oaxaca, somos 5. No hay ventas en linea.", "revenue_change",
     ABSENT),
    ("es", "Ferreteria en Trujillo, 3 empleados, las deudas al dia por ahora.", "debts",
     "on_track"),
    ("es", "Criamos alpacas en Puno, la nevada mato varias crias.", "crisis_type",
     "natural_hazard"),
    ("es", "Abasto en Valencia, Carabobo, la luz se va 8 horas diarias.", "crisis_type",
     "other"),
    ("es", "Soy chavo de 23 y tengo un puesto de tacos en Puebla.", "led_by", "youth_led"),
    ("es", "Granja de cerdos en Itapua, 9 peones, vendemos todo al frigorifico.", "customers",
     "one_buyer"),
    ("es", "Cafetal en Caranavi, todo lo entregamos a la cooperativa.", "customers",
     "one_buyer"),
    ("es", "Cafetal en Caranavi, todo lo entregamos a la cooperativa.", "trading_status",
     ABSENT),
    # the plans sealed sets 59 and 60 had calmed, and their off-topic texts read
    ("en", "Knitwear unit in Lahore, our buyer in Spain takes most of what we make.",
     "customers", "one_buyer"),
    ("en", "Shoe factory in Sialkot, 60 workers, power cuts 3 days a week.", "trading_status",
     ABSENT),
    ("es", "Soy mototaxista en Piura, la gasolina cara y hago menos viajes.", "crisis_type",
     "economic"),
    # Round 63 took out "gagne presque rien" as a fall of more than half: over every set its
    # answer was right 4 times and unsaid 12 (what is earned is a margin, not sales).
    pytest.param("fr", "Taxi-moto a Lome, essence trop chere, je gagne presque rien.",
                 "revenue_change", "down_over_half",
                 marks=pytest.mark.xfail(strict=True, reason="round 63 took the cue out")),
    ("es", "tarea: un resumen de la independencia de Chile, 3 paginas para el lunes",
     "online_presence", ABSENT),
    ("fr", "c'est l'histoire d'un boulanger qui rate son pain... tu la connais?", "sector",
     ABSENT),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round23_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
