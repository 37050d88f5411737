"""Round 33 (guided by blind sets 93 and 94, sealed through round 32 and read after it, and
99 and 100, new; sets 97 and 98, written before it, sealed through it), each kind in new
sentences written before they were run: an amount corrected on a line of its own ("sales fell
30%" then "sorry I meant 60%"); "two and a half months"; a debt not paid said by the writer
("I did not pay the rent", "j'ai pas payé le grossiste"), and a doubt of paying in the clause
after a payable falling due that names the trade; who leads from an age said right after the
name the writer gives ("my name is Brian Otieno, 29"), or before "and" ("tengo 26 y..."), from
titles ("Hajiya", "Mr", "doña"), more first names, and a husband's words ("my husband says",
"my late husband"), or from the ending of the word after "je suis", "estoy" ("dégoûtée",
"desesperado"); a price of what is sold that fell, or a currency that fell, is an economic
crisis; a part-time cue opening the clause after a head-count of staff is of the staff; a
cyclone warning is of a cyclone to come; a few more words of trades."""

from __future__ import annotations

import pytest

from bot.describe import Describer

SENTENCES = [
    # written first, before any change of the round: a correction on its own line
    ('en', 'Sales fell about 30%\nsorry I meant 60%', 'revenue_change', 'down_over_half'),
    ('en', 'we are 8 in the shop\nsorry 12', 'size', 's10_49'),
    ('fr', 'les ventes ont baissé de 20%\npardon je voulais dire 70%', 'revenue_change',
     'down_over_half'),
    ('fr', "avec la caisse je tiens 3 semaines\nnon pardon, plutôt deux mois", 'cash_runway',
     'm1_3'),
    ('es', 'las ventas bajaron un 25%\nperdón, quise decir un 65%', 'revenue_change',
     'down_over_half'),
    ('es', 'somos 5 en el taller\nno, 4', 'size', 's2_9'),
    ('en', 'Sales are down 40%.\nSorry for the long message, thank you.', 'revenue_change',
     'down_some'),
    # probed before "and a half" was read
    ('en', 'I have 2 and a half months of cash left.', 'cash_runway', 'm1_3'),
    ('en', 'Savings for one and a half months, then nothing.', 'cash_runway', 'm1_3'),
    # written before the debts and who-leads changes were run
    ('en', 'My church loan of 300 is late already, and the shop is quiet.', 'debts',
     'many_overdue'),
    ('en', 'The rent for the stall was due on the 5th, I have not paid it.', 'debts',
     'many_overdue'),
    ('en', 'taxi loan payment due monday, dont think i will reach', 'debts', 'some_at_risk'),
    ('es', 'Estoy atrasado con la cuota de la moto y no hay trabajo.', 'debts', 'many_overdue'),
    ('fr', "Je suis en retard sur le loyer de l'atelier, deux mois.", 'debts', 'many_overdue'),
    ('en', 'I am 47, a man who has sold shoes for 25 years in this market.', 'led_by',
     'neither'),
    ('en', 'My late husband opened this shop, I run it alone since 2018.', 'led_by',
     'women_led'),
    ('en', 'I sell vegetables at Kisumu market, my husband says I should stop but I refuse.',
     'led_by', 'women_led'),
    ('es', 'Soy un viejo de 66 años, tengo una ferreteria en Oruro.', 'led_by', 'neither'),
    ('es', 'Tengo un puesto de jugos en el mercado, atiendo sola desde las 6.', 'led_by',
     'women_led'),
    ('en', 'Hajiya Binta here, I sell spices and grains at Kurmi market.', 'led_by',
     'women_led'),
    ('fr', "Je suis Hadjia Mariam, j'ai une boutique de pagnes à Maradi.", 'led_by',
     'women_led'),
    # (a strict xfail until round 34: a title or name opening the text right before an age
    # is the writer's, `names`)
    ('en', 'Alhaji Musa, 60 years, I have a rice mill in Kano.', 'led_by', 'neither'),
    ('en', 'I run a hardware shop with my husband in Eldoret.', 'led_by', None),
    # probed before the cues of not paying were added
    ('en', 'I did not pay the rent for May.', 'debts', 'many_overdue'),
    ('en', 'The feed supplier I did not pay him for February and March, he is vexing.',
     'debts', 'many_overdue'),
    ('en', 'I did not pay attention to the news, now the shop is empty.', 'debts', None),
    ('en', 'Customers did not pay us for 2 months.', 'debts', None),
    ('fr', "J'ai pas payé le grossiste ce mois.", 'debts', 'many_overdue'),
    ('es', 'No he pagado el alquiler del local.', 'debts', 'many_overdue'),
    # who leads: an age right after the name the writer gives, titles, a husband's words
    ('en', 'My name is Brian Otieno, 29, I sell second-hand shoes in Gikomba.', 'led_by',
     'youth_led'),
    ('en', 'Hello, my name is Rahul Verma, 52, I have a sweet shop in Indore.', 'led_by',
     'neither'),
    ('fr', "Je m'appelle Koffi Mensah, 38 ans, je tiens un maquis à Lomé.", 'led_by',
     'neither'),
    ('es', 'Me llamo Rosa Quispe, 24, vendo choclos en el mercado de Cusco.', 'led_by',
     'both'),
    ('en', 'I am Mr. Tembo, 61 years of age, I run a grocery in Kitwe.', 'led_by', 'neither'),
    ('en', 'Hajiya Binta here, 50 years, I sell spices and grains at Kurmi market.', 'led_by',
     'women_led'),
    ('fr', "Je suis Hadja Kadi, j'ai une boutique de pagnes à Maradi.", 'led_by',
     'women_led'),
    ('en', 'Alhaji Sule here, 60 years, I have a rice mill in Kano.', 'led_by', 'neither'),
    ('en', 'My husband says I should close my tailoring shop but I refuse.', 'led_by',
     'women_led'),
    ('en', 'My late husband started this restaurant, I run it since 2015.', 'led_by',
     'women_led'),
    ('es', 'Mi difunto esposo abrió esta tienda y ahora la llevo yo.', 'led_by', 'women_led'),
    ('fr', "Mon mari dit que je dois fermer ma boutique, mais je continue.", 'led_by',
     'women_led'),
    pytest.param(
        'fr', "Je suis âgé de 57 ans et je tiens une quincaillerie à Thiès.", 'led_by',
        'neither', marks=pytest.mark.xfail(strict=True, reason=(
            "cue words take a feminine ending, so 'âgé' would match 'âgée' too: not a man's"))),
    ('es', 'Soy Ignacio Paredes, de 45 años, tengo una ferreteria en Sucre.', 'led_by',
     'neither'),
    ('en', 'I am John, I have 14 workers in my furniture shop.', 'led_by', None),
    ('en', 'My name is Ama, 4 of us work in the bakery.', 'led_by', 'women_led'),
    # probed before an age right before "and" was read
    ('es', 'soy Daniela, tengo 26 y doy clases de ingles online desde Barquisimeto', 'led_by',
     'both'),
    ('en', 'I am 31 and my shop is closed since Monday.', 'led_by', 'youth_led'),
    ('es', 'tengo 3 y 4 empleados segun la semana', 'led_by', None),
    # found in a guide set after the change: a letter and a number are no age
    ('fr', "Avec la guerre du M23 et la frontière qui ferme, mon chiffre a baissé. Je suis "
           "une femme de 41 ans.", 'led_by', 'women_led'),
    # a doubt of paying after a payable falling due, in the clause after a word of the trade
    ('en', 'taxi loan payment due monday, dont think i will reach', 'debts', 'some_at_risk'),
    # a part-time cue alone after the staff is of the staff, not the business's hours
    ('fr', 'Ma pharmacie: mes 2 employées je les ai gardées mais demi-journée seulement.',
     'trading_status', None),
    ('fr', 'Ma boutique est ouverte, mais demi-journée seulement.', 'trading_status',
     'partly_open'),
    # a warning of a cyclone announces one to come: no hazard hitting now (written after the
    # first try, which took every warning and broke "tied up since the storm warning")
    ('en', 'Dear Sirs, the cyclone warning for Shefa has been raised and schools will close '
           'tomorrow. Stay safe.', 'crisis_type', None),
    ('fr', "Mon épicerie: l'alerte cyclonique est annoncée pour demain.", 'crisis_type', None),
    ('es', 'Mi tienda: hay alerta de huracan para el fin de semana.', 'crisis_type', None),
    ('en', 'Our boat is tied up at the jetty since the storm warning, no fishing.',
     'crisis_type', 'natural_hazard'),
    # a price of what is sold that fell, or a currency that fell
    ('en', 'I cut copra. This year the price he pays has gone down from 40 vatu to 25.',
     'crisis_type', 'economic'),
    ('fr', "Je suis couturière. Depuis que le naira est tombé elles viennent plus.",
     'crisis_type', 'economic'),
    ('fr', "Je vends du poulpe, l'usine a baissé le prix au kilo de presque la moitié.",
     'crisis_type', 'economic'),
    # found in a guide set after the change: the business opening part-time after its staff
    ('es', 'Panaderia con 7 trabajadores, abrimos solo en las mañanas.', 'trading_status',
     'partly_open'),
    # selling from home is working differently only when said as a change ("ahora")
    ('es', 'Soy Bryan, vendo ropa deportiva desde mi casa en Guayaquil, por mi tiendita '
           'online.', 'trading_status', None),
    ('es', 'Se quemó el local. Ahora vendo desde la casa por whatsapp.', 'trading_status',
     'open_adapted'),
    # the word after "je suis", "estoy": its ending says the writer's sex (probed before)
    ('fr', "Mon café: je suis dégoûtée, on doit partir fin mars.", 'led_by', 'women_led'),
    ('fr', "J'ai 31 ans, j'ai tout mis dans mon café, je suis dégoûtée.", 'led_by', 'both'),
    ('fr', "Je suis au lycée le matin et je vends des beignets le soir.", 'led_by', None),
    ('es', 'Tengo 52 años, mi ferreteria no vende: estoy desesperado.', 'led_by', 'neither'),
    ('es', 'Mi tienda: estoy cerrada desde el lunes por el paro.', 'led_by', None),
    # an age right after a name, then "and": the writer's age, not a team of 32 ("N and I";
    # probed before the change, which read it so)
    ('en', "I'm Aline, 31 and I run a salon in Kigali.", 'led_by', 'both'),
    ('en', "I'm Aline, 31 and I run a salon in Kigali.", 'size', None),
    ('en', 'My name is Brian, 3 of us work in the shop.', 'size', 's2_9'),
    # found in the last read of the change: a line of its own corrects only with the amount
    # and its unit, so "sorry 3 more things" counts things and leaves the 70 % as said
    ('en', 'My shop: sales are down 70%.\nSorry 3 more things to say: rent is late.',
     'revenue_change', 'down_over_half'),
    # found in the last read of the change: a description after "this is" is no name, and
    # "N years" with more words after it is a time ("20 years in business"), not an age
    ('en', 'This is bad, 20 years in business and never seen this, my shop is empty.',
     'led_by', None),
    ('fr', "C'est la galère, 40 ans que je fais ce métier, ma boutique ne vend plus.",
     'led_by', None),
    ('en', 'My name is Rahul, 29 years old, I sell shoes in Pune.', 'led_by', 'youth_led'),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round33_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
