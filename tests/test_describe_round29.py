"""Round 29 (guided by blind sets 77 and 78, sealed through round 28 and read after it, and
83 and 84, new; sets 81 and 82, written before it, sealed through it), each kind in new
sentences: an earlier crisis named to compare ("worse than covid", "peor que en la
pandemia") or told of then ("covid time we closed", "pendant le covid") is not the crisis
now; a scale said once ("120 mil ... ahora 70") is the scale of both amounts; diseases of
plants and animals are epidemics; strikes of couriers, dockers and truckers and a general
shutdown are blockades; "me + 4 <helpers>" counts the team; foreign guests named by where
they come from are customers abroad; one buyer that exports is still one buyer; a complaint
about one's bank and a school question are no business."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # an earlier crisis named to compare, or told of then, is not the crisis now
    ("en", "we run a juice bar in Hawassa. covid time we closed 2 months. now is worse than "
     "covid, the birr lost half its value and fruit prices doubled.", "crisis_type",
     "economic"),
    ("en", "we run a juice bar in Hawassa. covid time we closed 2 months. now is worse than "
     "covid, the birr lost half its value and fruit prices doubled.", "trading_status",
     ABSENT),
    ("es", "Tengo una ferreteria en Maracay. Esto esta peor que en la pandemia, el dolar se "
     "dispara cada semana y nadie compra.", "crisis_type", "economic"),
    ("fr", "Ma boutique de pagnes a Abidjan. Pendant le covid on avait fermé 2 mois. "
     "Maintenant c'est la vie chère, le sac de riz a doublé, les clientes achètent moins.",
     "crisis_type", "economic"),
    ("fr", "C'est pire que le covid, le dinar a chuté et les clients achètent plus rien.",
     "crisis_type", "economic"),
    # a scale said once is the scale of both amounts
    ("es", "El año pasado facturabamos 80 mil al mes, ahora 50.", "revenue_change",
     "down_some"),
    ("en", "Last year we made 200 thousand a month, now 60.", "revenue_change",
     "down_over_half"),
    # diseases of plants and animals are epidemics
    ("es", "La roya nos quemo media plantacion de cafe este año.", "crisis_type", "epidemic"),
    ("en", "white spot virus killed the shrimp in 3 of our ponds", "crisis_type", "epidemic"),
    ("fr", "La fièvre catarrhale a tué 6 vaches chez nous depuis septembre.", "crisis_type",
     "epidemic"),
    ("es", "La lengua azul nos mato 40 ovejas en el verano.", "crisis_type", "epidemic"),
    ("en", "Our orange grove has greening disease, most trees are sick.", "crisis_type",
     "epidemic"),
    ("fr", "Le swollen shoot a attaqué la moitié de mes cacaoyers.", "crisis_type",
     "epidemic"),
    ("fr", "Mon verger de mangues à Kindia : l'anthracnose a détruit les fruits cette saison.",
     "crisis_type", "epidemic"),
    # strikes and shutdowns that stop goods moving are blockades
    ("en", "hartal again this week, shop shut 3 days, goods not coming from Chittagong.",
     "crisis_type", "blockade"),
    ("en", "The courier strike started, 40 parcels stuck at the depot.", "crisis_type",
     "blockade"),
    ("fr", "Grève des dockers au port, mes conteneurs sont bloqués depuis 3 semaines.",
     "crisis_type", "blockade"),
    ("es", "Los camioneros tienen cortada la ruta por el paro, no llega mercaderia.",
     "crisis_type", "blockade"),
    # who works, said with a plus or a local word for helpers
    ("en", "Tailoring shop in Dhaka, me + 3 karigor.", "size", "s2_9"),
    ("en", "chai stall in Pune, me and bhai only.", "size", "s2_9"),
    ("es", "Tengo una fonda en Comayagua, yo + 2 cipotas.", "size", "s2_9"),
    ("en", "kirana shop, me + son, open only mornings.", "size", "s2_9"),
    # foreign guests named by where they come from are customers abroad
    ("es", "Tenemos una posada en Piriapolis, este verano los argentinos vinieron mucho "
     "menos.", "customers", "abroad"),
    ("fr", "Notre hôtel à Saly, les français ont annulé presque toutes les réservations.",
     "customers", "abroad"),
    ("en", "Our guest house in Watamu, the Italians are most of our guests.", "customers",
     "abroad"),
    # one buyer that exports is one buyer
    ("en", "We sell all our shrimp to 1 depot only, they export it.", "customers",
     "one_buyer"),
    ("es", "Le vendemos todo el cafe a una sola cooperativa que exporta.", "customers",
     "one_buyer"),
    # a registration and a bank account said in shop words
    ("en", "Pharmacy in Multan, drug license have, account in Meezan bank.", "means", "both"),
    ("en", "We are pvt ltd, current acc with HDFC.", "means", "both"),
    # bills unpaid for months are overdue; no phone at all is no digital skill
    ("es", "La luz tiene 3 meses sin pagar.", "debts", "many_overdue"),
    ("es", "Tengo un taller, no uso celular, ni whatsapp ni nada.", "digital_skills", "none"),
    # sectors said in few words
    ("en", "Tuk driver in Matara, the tuk is mine.", "sector", "services"),
    ("fr", "J'ai un secrétariat photocopie à côté de l'université.", "sector", "services"),
    ("es", "Hago delivery en moto en Asuncion, soy yo solo.", "sector", "services"),
    ("es", "Tenemos una amasanderia, hacemos pan y empanadas.", "sector", "manufacturing"),
    # written while the round went on, each before it was run: weights compared in kilos; an
    # era long past; a price better than ever; a crisis of then beside one undated; counts
    # of staff then and now; a new place to sell; price rises said as "2x"; a buyer's loss
    ("fr", "Avant on livrait 3 tonnes de mangues par mois, maintenant 900 kilos.",
     "revenue_change", "down_over_half"),
    ("es", "Antes cosechabamos 2 toneladas al mes en la finca, ahora 1500 kilos.",
     "revenue_change", "down_some"),
    ("en", "My salon in Kisumu. During covid we closed for 4 months. Now prices of everything "
     "doubled.", "crisis_type", "economic"),
    # a crisis of then said alone stood until round 42 (dropping it everywhere lost 13 texts
    # whose writers label a dated crisis as still hitting); long past, before a sentence
    # that opens on now, it is the story of then (bot/over.py, `_turns_to_now`)
    ("fr", "Mon atelier de couture à Lomé. Pendant le covid on avait beaucoup de travail. "
     "Maintenant les clients payent en retard.", "crisis_type", ABSENT),
    ("es", "Tengo una finca de cacao en Tumaco. El cacao esta a buen precio, mejor que nunca.",
     "revenue_change", ABSENT),
    ("fr", "Ma boutique à Gisenyi : la frontière est fermée depuis mars. Pendant le covid "
     "c'était fermé aussi.", "crisis_type", "blockade"),
    ("en", "Our bakery in Gulu: staff 20 now 12.", "staff_change", "laid_off"),
    ("fr", "Atelier de couture, on était 15 couturières maintenant 9.", "staff_change",
     "laid_off"),
    ("es", "Restaurante en Tegucigalpa, eramos 12 meseros ahora 5.", "size", "s2_9"),
    ("en", "Our shop burned, now we sell from a table by the road.", "trading_status",
     "open_adapted"),
    ("en", "Tea shop in Lahore, milk price 2x since June.", "crisis_type", "economic"),
    ("en", "We make uniforms, our buyer lost its main customer in Europe.", "crisis_type",
     "economic"),
    # an owner's complaint about the bank's app is still about the business
    ("en", "The bank app keeps failing and customer service is useless, at the shop sales fell "
     "by two thirds.", "revenue_change", "down_over_half"),
]

#: Texts that are not a business describing itself: nothing is read.
OFF_TOPIC = [
    ("en", "my bank took money twice for one transfer and customer care keeps me on hold, "
     "worst bank ever"),
    ("fr", "Ma banque a encore bloqué ma carte, le service client ne répond jamais, je vais "
     "changer de banque"),
    ("es", "Una pregunta para la tarea del colegio: que es una crisis economica? dame 2 "
     "ejemplos"),
    ("en", "why did the farmer bring a ladder to the market? because prices went up lol"),
    ("es", "Mi banco me cobro dos veces la misma compra y nadie contesta en atencion al "
     "cliente"),    ("es", "por que el panadero no duerme? porque tiene que madrugar jaja"),
    ("es", "Ayuda con un deber del colegio: dame ejemplos de crisis economica"),
    ("en", "this bank don hold my money for 5 days, customer care no dey answer"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round29_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer


@pytest.mark.parametrize(("lang", "text"), OFF_TOPIC)
def test_round29_off_topic(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, prefer=lang).answers == {}
