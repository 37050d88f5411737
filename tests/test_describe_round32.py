"""Round 32 (guided by blind sets 89 and 90, sealed through round 31 and read after it, and
95 and 96, new; sets 93 and 94, written before it, sealed through it), each kind in new
sentences written before they were run: a road, border, bridge or port named after a verb of
blocking, or said closed, is a blockade, and so is a motor fuel that is missing ("il n'y a
plus d'essence", "no hay nafta"); prices of goods doubled, a currency fallen, an eviction; a
doubt of paying said after a payable falling due in the same clause ("the rent is due Friday
and I don't know if I'll make it") is a debt at risk, and a payable still unpaid is overdue;
a head-count followed by a household's words ("on est 14 dans la maison") is no team; a share
of what went abroad is no share of sales left; staff who come fewer days, staff sent home or
let go, trading only by day or only to order, and payments late or hard to pay, said in words
the guide sets used; a first name the writer gives ("I'm Nomsa, 26", "moi c'est Hinano") says
whether a woman or a man leads."""

from __future__ import annotations

import pytest

from bot.describe import Describer

SENTENCES = [
    # written first (23), before any change of the round
    ('en', 'They blocked the border at the bridge since Monday, my lorries cannot pass.',
     'crisis_type', 'blockade'),
    ('en', 'Protesters have blocked the main road to town for a week, my shop gets no stock.',
     'crisis_type', 'blockade'),
    ('fr', 'Les transporteurs ont bloqué la frontière depuis 5 jours, mes camions attendent.',
     'crisis_type', 'blockade'),
    ('es', 'Los camioneros bloquearon el puente hace una semana y mi mercaderia no llega.',
     'crisis_type', 'blockade'),
    ('en', 'There is no petrol in Bo for two weeks now, my taxi is parked.',
     'crisis_type', 'blockade'),
    ('fr', "Il n'y a plus d'essence à Niamey depuis dix jours, mon taxi-moto ne roule pas.",
     'crisis_type', 'blockade'),
    ('es', 'No hay nafta en el pueblo desde el lunes, mi remis esta parado.',
     'crisis_type', 'blockade'),
    ('en', 'My shop sells fabric, and the cloth has gone up almost double since January.',
     'crisis_type', 'economic'),
    ('es', 'Mi tienda de ropa en Rivera: con el real caido los brasileros ya no cruzan a comprar.',
     'crisis_type', 'economic'),
    ('fr', 'Mon restaurant à Lomé: le prix du gaz a doublé et les clients viennent moins.',
     'crisis_type', 'economic'),
    ('en', 'I farm maize near Mzimba, no rain since two months and half the crop dried up.',
     'crisis_type', 'natural_hazard'),
    ('es', 'Tengo ganado en el Chaco, no llueve hace cinco meses y los tajamares estan secos.',
     'crisis_type', 'natural_hazard'),
    ('en', 'I run a phone repair stall, the landlord told us all we must leave the building '
           'by month end.',
     'crisis_type', 'other'),
    ('es', 'Tengo una pupuseria y los mareros me cobran la renta cada semana.',
     'crisis_type', 'conflict'),
    ('en', 'My shop in Lyari, the gang sends a bhatta slip every month now.',
     'crisis_type', 'conflict'),
    ('en', "My shop rent is due on Friday and I don't think I will manage to pay it.",
     'debts', 'some_at_risk'),
    ('en', "The truck loan payment is due end of month and I don't know if I will make it.",
     'debts', 'some_at_risk'),
    ('es', 'El crédito del banco vence en agosto y no sé cómo lo voy a pagar.',
     'debts', 'some_at_risk'),
    ('fr', "Je m'inquiète pour le remboursement du prêt à la caisse le mois prochain.",
     'debts', 'some_at_risk'),
    ('en', 'My bakery: the electricity bill from last month is still not paid.',
     'debts', 'many_overdue'),
    ('es', 'El alquiler del local se vencio en mayo y todavia lo debo.',
     'debts', 'many_overdue'),
    ('fr', "Le loyer de la boutique, ça fait deux mois que je ne l'ai pas payé.",
     'debts', 'many_overdue'),
    ('en', 'Our guest house: the VAT for March is late.',
     'debts', 'many_overdue'),
    # written after the first changes, for the off-topic head-count and the share abroad
    # (a strict xfail until round 34: "à la maison" right after the number is a household,
    # after a word for staff it is where they were sent, "8 employés à la maison")
    ("fr", "Il pleut depuis hier, on est 9 à la maison avec les cousins, tu viens ?",
     "size", None),
    ("en", "Any recipe for jollof for 12 people? my in-laws come on sunday",
     "size", None),
    ("fr", "On est 6 à l'atelier de couture, moi compris.",
     "size", "s2_9"),
    ("es", "Hacemos quesos; el 40% de lo que vendiamos iba al extranjero y ahora la frontera "
           "esta cerrada.", "revenue_change", None),
    ("en", "My workshop makes sandals, 60% of what we made was exported before the ban.",
     "revenue_change", None),
    ("en", "We sell about a third of what we sold before the floods.",
     "revenue_change", "down_over_half"),
    # second part: written after its cues were drafted, before they were run
    ('en', 'The three girls come 2 days only now since the power cuts.',
     'staff_change', 'reduced_hours'),
    ('es', 'A los choferes les estoy dando 2 dias por semana.',
     'staff_change', 'reduced_hours'),
    ('fr', 'Mes apprentis viennent 3 jours maintenant.',
     'staff_change', 'reduced_hours'),
    ('en', 'I had 5 helpers at the bakery, sent 3 home last month.',
     'staff_change', 'laid_off'),
    ('es', 'Tuve que liquidar a 4 costureras en mayo.',
     'staff_change', 'laid_off'),
    ('en', 'Our boat is just sitting at the jetty, nothing to sell now.',
     'trading_status', 'closed'),
    ('es', 'Mi panaderia: ahora solo hago pasteles por encargo.',
     'trading_status', 'open_adapted'),
    ('en', "The generator loan payment is due next week and I don't know where the money "
           "will come from.",
     'debts', 'some_at_risk'),
    ('es', 'La cuota del camion vence el viernes y no se si llego.',
     'debts', 'some_at_risk'),
    ('fr', 'Le loyer de ce mois va être dur à payer.',
     'debts', 'some_at_risk'),
    ('fr', "La traite de la moto, je l'ai pas payée ce mois.",
     'debts', 'many_overdue'),
    # third part: a first name said by the writer, written before the names were run
    ('en', "Hello, I'm Lerato, 27, I run a small catering business in Maseru.",
     'led_by', 'both'),
    ('fr', "Bonjour, je m'appelle Aminata, j'ai 45 ans et je vends du poisson fumé.",
     'led_by', 'women_led'),
    # a strict xfail until round 33 read an age right after the name the writer gives
    ('en', 'My name is Kwame, 58, I have a carpentry shop in Kumasi.', 'led_by', 'neither'),
    ('en', 'The price rose here last month and my shop is slow.',
     'led_by', None),
    ('fr', "Moi c'est Didier, 61 ans, garagiste à Bangui.",
     'led_by', 'neither'),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round32_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
