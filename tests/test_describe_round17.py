"""Round 17 (guided by blind set 34), each kind in new sentences: a crisis told as weathered
("now ok", "on s'en est remis", "c'est rouvert"); open as usual in everyday words; sales at
last year's level; fuel, freight and buyers' cuts as the economy; one buyer taking almost all;
a count of pupils is no staff, a seasonal workforce is; nephews and shop assistants; women
among the women they name, young founders all under 30; a clause that opens with "je" speaks
of the writer whatever the clause before it named; a payment made "but" the next one
worrying is at risk. Part two (guided by blind set 36): a text that says nothing is wrong now
names no crisis of now; an over marker followed by "and" ends where "and" starts what is now;
fears, a job application, and more words for kinds of crisis, debts, staff and buyers."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None


#: Part one's sentences (the kinds of blind set 34).
PART_ONE = [
    # weathered: the crisis of then is not the one now
    ("en", "Two years back the cyclone took our roof, now ok. We run a small hotel, 6 staff.",
     "crisis_type", ABSENT),
    ("en", "The floods in May reached our street but we lost nothing, thank god. Bakery, 4 of us.",
     "crisis_type", ABSENT),
    ("fr", "La secheresse de l'an passe on s'en est remis, la ferme compte 8 ouvriers.",
     "crisis_type", ABSENT),
    ("fr", "Le salon a ete ferme deux semaines en mars pour le cholera, c'est rouvert.",
     "crisis_type", ABSENT),
    ("es", "La tormenta de agosto paso cerca pero no perdimos nada, gracias a Dios. Somos 5 en "
           "la panaderia.", "crisis_type", ABSENT),
    # open as usual, in everyday words
    ("en", "My boda and me, still working every day like always.", "trading_status", "normal"),
    ("en", "Garage with 3 mechanics, everything is normal now.", "trading_status", "normal"),
    ("fr", "Mon taxi a ete vole en mai mais j'en ai un autre, tout roule normalement.",
     "trading_status", "normal"),
    ("es", "Tengo una ferreteria, todo esta normal, somos 4.", "trading_status", "normal"),
    # sales at last year's level
    ("en", "Lodge with 12 staff, bookings are even better than last year.", "revenue_change",
     "stable_or_up"),
    ("fr", "Notre gite, les reservations au niveau d'avant, 5 employes.", "revenue_change",
     "stable_or_up"),
    ("es", "Hostal en Cusco, las reservas al nivel de antes, somos 6.", "revenue_change",
     "stable_or_up"),
    # the economy: fuel, freight, prices the trouble, buyers cutting
    ("en", "I drive a matatu, 2 conductors. Diesel up again this month.", "crisis_type",
     "economic"),
    ("en", "We export cashews, 30 workers, freight went up and the problem is the prices.",
     "crisis_type", "economic"),
    ("en", "Security firm, 40 guards. Two clients paused their contracts this year.",
     "crisis_type", "economic"),
    ("fr", "Taxi-brousse a Thies, 2 chauffeurs, le carburant a augmente encore.", "crisis_type",
     "economic"),
    ("fr", "On exporte du cajou, 25 ouvriers, le cout du fret nous tue.", "crisis_type",
     "economic"),
    ("es", "Panaderia con 5 empleados, el gas subio otra vez.", "crisis_type", "economic"),
    ("es", "Fabrica de calzado, 40 obreros, la marca redujo los pedidos a la mitad.",
     "crisis_type", "economic"),
    # one buyer takes almost all
    ("en", "Three vans, almost all our work is for one courier company.", "customers",
     "one_buyer"),
    ("fr", "Ferme de mangues, presque tout part chez un exportateur de Bamako.", "customers",
     "one_buyer"),
    ("es", "Cultivo de pina, casi todo va a una sola empacadora.", "customers", "one_buyer"),
    # buyers abroad
    ("en", "Leather studio, most orders come from Germany and Japan now.", "customers",
     "abroad"),
    ("es", "Escuela de salsa en Cali, alumnos de Colombia y algunos de Francia.", "customers",
     "abroad"),
    # who works: pupils are not staff, a seasonal crew is
    ("fr", "College prive a Lome, 22 professeurs et 600 eleves.", "size", "s10_49"),
    ("en", "Private school, 15 teachers and 300 pupils.", "size", "s10_49"),
    ("en", "Tea estate, about 70 pickers in season.", "size", "s50_plus"),
    ("es", "Colmado en Santiago, yo y mi sobrina.", "size", "s2_9"),
    ("es", "Tienda de zapatos con 3 dependientas.", "size", "s2_9"),
    # women among the women they name, young founders
    ("en", "I weave baskets with 5 other women in Bolgatanga.", "led_by", "women_led"),
    ("fr", "Je fais du savon avec 4 autres femmes a Bouake.", "led_by", "women_led"),
    ("es", "Somos un grupo de 12 costureras en Masaya.", "led_by", "women_led"),
    ("es", "Agencia de viajes en Lima, 6 personas, todos menores de 30.", "led_by",
     "youth_led"),
    ("en", "Design studio in Accra, 7 of us, all under 30.", "led_by", "youth_led"),
    # how we pay, supply and use tools
    ("en", "Accounting office, 9 staff. The rent is paid so far but the tax due next month "
           "worries me.", "debts", "some_at_risk"),
    ("fr", "Garage, 4 employes. Le loyer est paye pour l'instant mais l'echeance de mars "
           "m'inquiete.", "debts", "some_at_risk"),
    ("es", "Taller, 4 empleados. El prestamo lo pagamos al dia pero la cuota de marzo me "
           "preocupa.", "debts", "some_at_risk"),
    ("en", "Salon, 3 staff. The loan is paid on time but the price of dye worries me.", "debts",
     "on_track"),
    ("es", "Ferreteria en Cordoba, los proveedores a veces no entregan.", "supplier_risk",
     "some_delays"),
    ("fr", "Soudeur a Bobo, moi et 2 apprentis, le telephone je sais juste appeler.",
     "digital_skills", "none"),
    ("en", "Marketing agency, 11 people, all fine with tech.", "digital_skills", "good"),
    ("en", "Candle studio, we sell on our own webshop.", "online_presence", "sells_online"),
    ("fr", "Le marche ou j'avais mon etal a brule, maintenant je couds chez moi.",
     "trading_status", "open_adapted"),
    # not a reading
    ("en", "Fruit stall, the fire took half my stock, open again today.", "revenue_change",
     ABSENT),
    ("en", "Two tuk tuks, the app cut the pay per trip.", "staff_change", ABSENT),
    ("en", "We do deliveries now instead of customers coming in to the shop.", "sector",
     "retail"),
]

#: Part two's sentences (the kinds of blind set 36).
PART_TWO = [
    # nothing wrong now: a crisis named was then, or is only feared
    ("en", "Juice bar, 4 staff. Nothing is wrong right now, but in 2021 the floods shut us "
           "for a month.", "crisis_type", ABSENT),
    ("fr", "Pas de gros probleme pour ma boutique, mais on a eu le cholera en 2022.",
     "crisis_type", ABSENT),
    ("es", "Ahorita no hay crisis, solo quiero ideas. Hace dos anos el huracan nos cerro.",
     "crisis_type", ABSENT),
    ("es", "Soy disenadora en Bogota, con la inflacion me va bien la verdad. No tengo ninguna "
           "crisis.", "crisis_type", ABSENT),
    # over, then "and" what is now
    ("en", "The strike at the port is over and we are open as usual, 6 staff.",
     "crisis_type", ABSENT),
    ("en", "The strike at the port is over and we are open as usual, 6 staff.",
     "trading_status", "normal"),
    ("fr", "Le choléra c'est fini et on travaille comme avant, 3 employés.", "trading_status",
     "normal"),
    # only feared
    ("en", "Pharmacy, 5 staff. Sales fine, but I am worried about another wave of cholera.",
     "crisis_type", ABSENT),
    ("fr", "Garage a Abidjan, 4 employes. On entend que les troubles pourraient reprendre.",
     "crisis_type", ABSENT),
    ("es", "Hotelito en Roatan, todo va bien, pero me preocupa que llegue otro huracan.",
     "crisis_type", ABSENT),
    # a job application reads nothing
    ("en", "Good morning, I am writing to apply for the position of driver. I have five years "
           "of experience and my CV is attached.", "cash_runway", ABSENT),
    # kinds of crisis, payments and staff in other words
    ("en", "Hardware shop, 3 staff. Since the cedi was devalued people buy less.",
     "crisis_type", "economic"),
    ("es", "Finca de cacao, los precios se cayeron este ano, 6 trabajadores.", "crisis_type",
     "economic"),
    ("fr", "Scierie a Dimbokro, 20 ouvriers. Le pont s'est effondre, les camions ne passent "
           "plus.", "crisis_type", "blockade"),
    ("es", "Transporte con 3 camiones, las cuotas del banco ya se vencieron.", "debts",
     "many_overdue"),
    ("fr", "Entreprise de gardiennage, 30 agents, retards a la TVA et aux fournisseurs.",
     "debts", "many_overdue"),
    ("fr", "Boutique de pagnes, moi seule, l'echeance du credit va etre difficile.", "debts",
     "some_at_risk"),
    ("es", "Pasteleria, 9 empleadas, hemos reducido los turnos del personal.", "staff_change",
     "reduced_hours"),
    ("fr", "Boulangerie, 7 employes, on a coupe les heures a 30 par semaine.", "staff_change",
     "reduced_hours"),
    ("es", "Taller de motos, somos 4, no he quitado a nadie.", "staff_change", "unchanged"),
    ("es", "Camaronera con 60 empleados, el principal comprador es una empresa de China.",
     "customers", "one_buyer"),
    ("fr", "Verger de mangues, on vend tout a la meme usine de jus.", "customers", "one_buyer"),
    ("es", "Lavanderia en Quito, sin plata ya, somos 2.", "cash_runway", "under_2w"),
    ("fr", "Pour l'instant les affaires sont normales au salon, 3 coiffeuses.",
     "trading_status", "normal"),
    ("fr", "Atelier de broderie, 2 apprenties, les commandes baissent un peu.",
     "revenue_change", "down_some"),
    ("en", "We sell spices on Alibaba, 14 staff, and the team is comfortable with online tools.",
     "online_presence", "website_or_marketplace"),
    ("en", "We sell spices on Alibaba, 14 staff, and the team is comfortable with online tools.",
     "digital_skills", "good"),
    ("en", "Mobile money agent in Blantyre, just me.", "sector", "services"),
    ("en", "I make and sell school bags in Onitsha with 2 apprentices.", "sector",
     "manufacturing"),
    ("es", "Tour operador en Cancun, 12 guias.", "sector", "tourism"),
    ("fr", "Nous louons trois gites en Guadeloupe avec mon mari.", "sector", "tourism"),
    ("es", "Cooperativa de mujeres en Puno, nuestra presidenta nos reune cada semana.",
     "led_by", "women_led"),
    ("es", "Cooperativa de mujeres en Puno, nuestra presidenta nos reune cada semana.",
     "staff_informed", "regularly"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), PART_ONE + PART_TWO)
def test_round17_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
