"""Round 19 (guided by blind sets 37 to 40 and 42, then 43), each kind in new sentences: a
crisis told of then (dated, said in the past, or "after" it) before a clause that says the
business is back as it was is over ("the flood in March ... now everything normal", "après
la grève de l'an dernier, ça a repris normalement", "la DANA del año pasado ... ya vamos bien
otra vez"), unless that clause is denied, asked or a condition, or the crisis is said to go
on ("since"); a crisis said after the recovery stands; the answer of the recovered clause
itself stands; a crisis only worried about ("worried about", "only worry is", "peur pour",
"preocupados por"); "the big problem is" as the main one; a tuck shop, crops and an
electronics shop as sectors; "seule dans mon commerce"; "la moitié de ce que je gagnais"."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # a crisis of then, the business back as it was: no crisis now
    ("en", "Our cafe in Cairns, the cyclone in February flooded the kitchen. We cleaned up and "
           "now everything normal, busy most days.", "crisis_type", ABSENT),
    ("en", "Hardware shop in Derna. After the floods we rebuilt the store, all good now.",
     "crisis_type", ABSENT),
    ("fr", "Mon salon a Pointe-a-Pitre, on a ferme pendant la greve de l'an dernier mais ca a "
           "repris normalement.", "crisis_type", ABSENT),
    ("fr", "Gite de 5 chambres en Ardeche. Apres l'incendie de 2022 les clients sont revenus, "
           "on est complet en aout.", "crisis_type", ABSENT),
    ("es", "Tengo una ferreteria en Valencia, la DANA del año pasado nos inundo el almacen. "
           "Ya vamos bien otra vez.", "crisis_type", ABSENT),
    ("es", "Hostal en Cusco, en enero las protestas cerraron el aeropuerto pero ya volvieron "
           "los turistas.", "crisis_type", ABSENT),
    # near misses: not yet back, back only as a wish, or the crisis goes on
    ("en", "Our cafe in Cairns, the cyclone in February flooded the kitchen and we are not "
           "back to normal yet.", "crisis_type", "natural_hazard"),
    ("en", "Our cafe in Cairns, the cyclone in February flooded the kitchen, if we get back to "
           "normal by June we survive.", "crisis_type", "natural_hazard"),
    ("es", "Mi tienda en Jujuy, desde las inundaciones de marzo vendemos poco, ojala volvamos "
           "a la normalidad.", "crisis_type", "natural_hazard"),
    # a crisis said after the recovery is the crisis now
    ("en", "Guesthouse in Kandy, after the floods in 2023 we were back to normal, but now the "
           "big problem is prices, everything doubled.", "crisis_type", "economic"),
    # the answer of the recovered clause itself stands
    ("es", "Agencia de viajes en Punta Cana, con el huracan de agosto cerramos una semana, pero "
           "ya volvimos a la normalidad.", "trading_status", "normal"),
    # a crisis only worried about
    ("en", "Beach bar in Zanzibar, fully booked this month. We are a bit worried about the "
           "cyclone season.", "crisis_type", ABSENT),
    ("en", "Tour company in Luxor, bookings fine. Only worry is the unrest near the border.",
     "crisis_type", ABSENT),
    ("fr", "Restaurant a Bamako, tout va. J'ai peur pour la saison si les attaques reprennent.",
     "crisis_type", ABSENT),
    ("es", "Restaurante en Quito, vamos bien, pero estamos preocupados por los apagones que "
           "anuncian.", "crisis_type", ABSENT),
    # the main problem said with "big problem"
    ("en", "Hardware shop in Kathmandu. The earthquake cracked one wall, our big problem: the "
           "rupee falling, prices keep going up.", "crisis_type", "economic"),
    # sectors and sizes in words not known before
    ("en", "tuckshop in Bulawayo, sales down by half since june", "sector", "retail"),
    ("en", "Drought in Kitui dried our crops, 5 acres, me and my two sons.", "sector",
     "agriculture"),
    ("es", "Tengo una tienda de electronica en Asuncion con 4 empleados.", "sector", "retail"),
    ("fr", "Je suis seule dans mon commerce de pagnes a Lome.", "size", "solo"),
    ("fr", "Ma boutique de telephones, je fais la moitie de ce que je vendais avant.",
     "revenue_change", "down_over_half"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round19_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
