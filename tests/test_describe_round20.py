"""Round 20 (its first part guided by blind sets 47 and 48, its second by 47 to 52, all
written after the sector question named its trades), each kind in new sentences: a crisis
the business is back from ("busy again", "ils sont revenus", "ça tourne comme avant", "nos
recuperamos de la sequía"), dated in summers ago, or told finished ("that is finish"); a
crisis only feared ("worried the", "on a peur des"); animal disease, tariffs, road closures
by strike and cancelled orders as crises; sales that did not fall or that hold; a trade
running normally again; "seul", "seule", "sola" as a clause of their own (the writer alone,
and a woman); an age said after a counted team; trades by their words (fishing as a verb, a
lokanta, rafting, a salon, processing, an auto); one buyer in local words; and small kinds of
payments, staff, debts, supplies and skills. Second part: "their shop closed" is the buyer's;
money left said at the start of a clause is the writer's; "cash is finished" is no crisis
over; a negation does not reach past "since"; one buyer beats buyers abroad; power cuts
beside a storm are the storm's; crises, fears, recoveries, sales, debts and trading in more
local words."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # a crisis the business is back from is not the crisis now
    ("en", "Beach bar in Mui Ne. Covid nearly closed us in 2021 but now its busy again.",
     "crisis_type", ABSENT),
    ("en", "Small lodge in Kaikoura, the landslides 2 summers ago cut the road, now bookings "
           "are back.", "crisis_type", ABSENT),
    ("en", "hello, i sell phone cases in Medan. Covid time was hard but that is finish.",
     "crisis_type", ABSENT),
    ("fr", "Ma creperie a Saint-Malo a ete inondee en mars 2023, maintenant ca tourne comme "
           "avant.", "crisis_type", ABSENT),
    ("fr", "Apres le cyclone les clients avaient disparu, maintenant ils sont revenus.",
     "crisis_type", ABSENT),
    ("es", "Mi panaderia en Piura, ya nos recuperamos de las lluvias, todo normal.",
     "crisis_type", ABSENT),
    # near misses: the crisis after the recovery, or a new one, stands
    ("es", "ya nos recuperamos de la pandemia pero ahora el dengue nos cerro el local",
     "crisis_type", "epidemic"),
    ("en", "Bakery in Sukhumi, power cuts every evening and we are not busy again yet.",
     "crisis_type", "other"),
    # a crisis only feared
    ("en", "Guesthouse in Roseau, full all winter, just worried the hurricane season will "
           "hit us again.", "crisis_type", ABSENT),
    ("fr", "Fromagerie en Savoie, tout va bien, on a peur des tarifs americains l'an prochain.",
     "crisis_type", ABSENT),
    ("fr", "Les attaques continuent, les clients restent chez eux et on a peur des bandits.",
     "crisis_type", "conflict"),
    # crises in words not known before
    ("fr", "Eleveur de chevres dans le Tarn, la FCO a touche la moitie du troupeau.",
     "crisis_type", "epidemic"),
    ("fr", "Scierie au Saguenay, les tarifs americains ont ferme notre marche aux Etats-Unis.",
     "crisis_type", "economic"),
    ("es", "Con los cierres de via por el paro de camioneros no llega nada a mi tienda.",
     "crisis_type", "blockade"),
    ("en", "Shoe factory in Agra, our buyer in Italy cancelled the orders for spring.",
     "crisis_type", "economic"),
    # sales that did not fall, or hold
    ("es", "El proveedor de envases quebro, pero las ventas no han bajado.", "revenue_change",
     "stable_or_up"),
    ("fr", "La facture de gaz a double, le chiffre tient mais la marge fond.", "revenue_change",
     "stable_or_up"),
    ("en", "warung in Makassar, sales down about 10 persen since the rice price went up",
     "revenue_change", "down_some"),
    # trading as usual again
    ("en", "Our print shop in Chittagong lost a week in the floods, now running full again.",
     "trading_status", "normal"),
    ("fr", "Taxi-moto a Cotonou, ca roule normal, pas de souci.", "trading_status", "normal"),
    # "seul", "seule", "sola" as a clause of their own
    ("fr", "Couturiere a Bobo, seule, les clientes paient par Orange Money.", "size", "solo"),
    ("fr", "Couturiere a Bobo, seule, les clientes paient par Orange Money.", "led_by",
     "women_led"),
    ("es", "Vendo frutas en el mercado de Bazurto, sola, todo en efectivo.", "led_by",
     "women_led"),
    ("fr", "La seule chose qui manque, c'est le gasoil.", "size", ABSENT),
    pytest.param("es", "Solo pido un consejo, sola no puedo con las deudas del local.", "size",
                 ABSENT, marks=pytest.mark.xfail(strict=True, reason=(
                     "round 47: the retrained learned reader fills a size of one from 'sola'"))),
    # an age after a team already counted
    ("es", "Somos 6 personas en la agencia, yo tengo 28.", "led_by", "youth_led"),
    ("es", "Empleados, tengo 20 y no se como pagarles.", "led_by", ABSENT),
    # trades by their words
    ("en", "Me and my cousins fish from Lamu, the catch is small this month.", "sector",
     "agriculture"),
    ("en", "We run a lokanta in Izmir, lunch trade is slow.", "sector", "food_service"),
    ("es", "Tenemos tours de rafting en el rio Pacuare, temporada floja.", "sector", "tourism"),
    ("es", "Mi salon en Caguas no tiene luz desde el lunes, tengo 3 estilistas.", "sector",
     "services"),
    ("fr", "Cooperative a Kaolack, on transforme l'arachide en huile.", "sector",
     "manufacturing"),
    ("fr", "Je vends des telephones a Bamako, mes colis arrivent par agence de voyage.",
     "sector", "retail"),
    ("en", "I drive my own auto in Chennai, CNG queue two hours.", "sector", "services"),
    # one buyer, said in local words
    ("fr", "On vend le cacao au pisteur du village, il est seul a acheter chez nous.",
     "customers", "one_buyer"),
    ("es", "Vendo la leche al acopiador, es el unico que compra por aqui.", "customers",
     "one_buyer"),
    ("en", "Jeans unit in Lahore, we sew for one big brand from Spain.", "customers",
     "one_buyer"),
    ("es", "Facturamos a clientes en Miami y en Texas.", "customers", "abroad"),
    # payments, staff, debts, supplies, online, skills
    ("en", "carinderia in Cebu, walk-in customers, cash lang.", "payments", "cash_only"),
    ("fr", "Maraichere a Thies, que du liquide au marche.", "payments", "cash_only"),
    ("fr", "Usine de portes a Quebec, on a du mettre vingt gars a pied.", "staff_change",
     "laid_off"),
    ("en", "Fewer customers since the curfew but I havent sent anyone home.", "staff_change",
     "unchanged"),
    ("es", "A las costureras les mando un audio cada viernes con las novedades.",
     "staff_informed", "regularly"),
    ("en", "Rent is due on the 5th and not sure we can pay it.", "debts", "some_at_risk"),
    ("fr", "Atelier de menuiserie, le courant coupe, on n'arrive plus a livrer a temps.",
     "debts", ABSENT),
    ("en", "Our fabric supplier fled the fighting, nothing comes now.", "supplier_risk",
     "cut_off"),
    ("fr", "Les productrices ne viennent plus, on n'a plus de matiere premiere.",
     "supplier_risk", "cut_off"),
    ("es", "Vendo tortillas en la esquina, del celular solo se contestar llamadas.",
     "digital_skills", "none"),
]

SECOND_PART = [
    # someone else's shop, our money
    ("en", "We make bags for one shop in Berlin, no orders since May, they said their shop "
           "closed.", "trading_status", ABSENT),
    ("en", "The landlord and the flour mill both unpaid, no money left.", "cash_runway",
     "under_2w"),
    ("en", "Our supplier shut down, he has no money left.", "cash_runway", ABSENT),
    ("en", "Stall in Kisumu closed a week because of the riots, cash is finished.",
     "crisis_type", "conflict"),
    ("en", "Our guesthouse in Fiji: guests dont come since the cyclone hit the island.",
     "crisis_type", "natural_hazard"),
    ("en", "no website and facebook, only phone calls", "online_presence", "none"),
    # one buyer over buyers abroad; a lost client is no single buyer
    ("en", "Toy factory in Dongguan, our main buyer is one American chain, 85% of orders.",
     "customers", "one_buyer"),
    ("en", "Web studio in Accra, clients mostly in Canada, we lost one client last month.",
     "customers", "abroad"),
    ("es", "Vendemos la leche al acopio, el cliente principal es una planta de Nestle.",
     "customers", "one_buyer"),
    # power cuts after a storm are the storm's
    ("en", "The storm blew off our roof and no light for two weeks.", "crisis_type",
     "natural_hazard"),
    # crises in local words
    ("en", "Tailoring shop in Aba, NEPA has taken light, the machines are off.",
     "crisis_type", "other"),
    ("en", "Our client in Texas cut the contract, revenue down 60%.", "crisis_type", "economic"),
    ("es", "En mi barrio hay balazos cada noche, cerramos temprano.", "crisis_type",
     "conflict"),
    ("es", "Me piden vacuna cada semana en el taller.", "crisis_type", "conflict"),
    ("es", "colmado en santiago, to ta caro y la gente no compra", "crisis_type", "economic"),
    ("es", "Cuatro meses sin lluvia, el ganado flaco.", "crisis_type", "natural_hazard"),
    ("fr", "Deux clients ont resilie leur contrat de nettoyage.", "crisis_type", "economic"),
    # fears and recoveries
    ("es", "Tenemos ahorros, ahora con miedo por la temporada de huracanes.", "crisis_type",
     ABSENT),
    ("fr", "Le cyclone a casse la pirogue en mars, on l'a reparee, maintenant ca va.",
     "crisis_type", ABSENT),
    ("es", "La inundacion de octubre nos cerro un mes, reabri y ya va bien.", "crisis_type",
     ABSENT),
    ("en", "The protests in June closed our road, now things are calm again.", "crisis_type",
     ABSENT),
    # sales, debts and trading
    ("en", "Dive shop in Dahab, zero dives this week.", "revenue_change", "stopped"),
    ("fr", "Le taxi est en panne, zero recette depuis lundi.", "revenue_change", "stopped"),
    ("fr", "Depuis les attaques, nos ventes divisees par trois.", "revenue_change",
     "down_over_half"),
    ("fr", "Cacao: l'an dernier 1500 francs le kilo, cette annee 900.", "revenue_change",
     ABSENT),
    ("fr", "Nos 3 plus gros clients ont arrete les contrats.", "revenue_change", ABSENT),
    ("en", "Paid the bank every month so far but next month I dont see how.", "debts",
     "some_at_risk"),
    ("fr", "Le loyer, la banque, le grossiste: tout est en retard.", "debts", "many_overdue"),
    ("fr", "Pas de retard de paiement pour l'instant.", "debts", "on_track"),
    ("fr", "Atelier de couture a Bamako, ca marche normal.", "trading_status", "normal"),
    ("es", "Esta semana cerramos dos dias por los bloqueos.", "trading_status", "partly_open"),
    ("en", "Pho stall in Hue, customers pay by QR or cash.", "payments", "mobile_or_card"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES + SECOND_PART)
def test_round20_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
