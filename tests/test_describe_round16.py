"""Round 16 (guided by blind set 32), each kind in new sentences: crises told as long past,
lifted or calm again, in a sentence of their own after the story ("Thank God that is over."),
or only feared; kinds of crisis in everyday words; women who count themselves among "other
ladies" or "filles"; what a generator "can't carry" is no cash; late orders are no debts."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None


@pytest.mark.parametrize(("lang", "text", "question", "answer"), [
    # told as over, in its clause or in a sentence of its own after the story
    ("en", "We had the cyclone in 2016 at our guesthouse, but that is long past. Open as usual.",
     "crisis_type", ABSENT),
    ("en", "The cholera outbreak is long gone, we are a busy juice bar with 5 staff.",
     "crisis_type", ABSENT),
    ("en", "In 2019 the floods closed my bakery for four months. Thank God that is over. "
           "Now we are 7 and sell well.", "crisis_type", ABSENT),
    ("en", "The sanctions on our trucks were lifted, we deliver again, 9 drivers.",
     "crisis_type", ABSENT),
    ("fr", "La guerre de 2012 c'est loin maintenant, mon garage tourne avec six mecaniciens.",
     "crisis_type", ABSENT),
    ("fr", "Les restrictions sur le port sont levees depuis longtemps, on est neuf au magasin.",
     "crisis_type", ABSENT),
    ("es", "La inundacion del 2017 ya quedo atras, la panaderia va bien, somos cinco.",
     "crisis_type", ABSENT),
    ("es", "Los asaltos en el barrio ya paso, la zona esta tranquila desde hace rato, tengo mi "
           "tienda de ropa.", "crisis_type", ABSENT),
    # only feared
    ("en", "Sales are fine at my fruit stall. Everyone is scared the floods will come back in "
           "March.", "crisis_type", ABSENT),
    ("es", "Tengo un vivero en Cartago, nos preocupa la sequia del proximo ano.",
     "crisis_type", ABSENT),
    ("es", "Mi tienda va bien, lo que da miedo es que vuelvan los bloqueos.", "crisis_type",
     ABSENT),
    ("fr", "Ma boutique marche bien, on a peur de la secheresse l'an prochain.", "crisis_type",
     ABSENT),
    # kinds of crisis in everyday words
    ("en", "Security company, 80 guards. The minimum wage went up and clients won't pay more.",
     "crisis_type", "economic"),
    ("en", "My gift shop is quiet, cruise ships come less since spring.", "crisis_type",
     "economic"),
    ("en", "Nipah cases again, our coaching centre is inside the containment zone.",
     "crisis_type", "epidemic"),
    ("fr", "Mon maquis a Abidjan, les clients viennent moins depuis la rentree.",
     "crisis_type", "economic"),
    ("fr", "On exporte du cacao, les acheteurs commandent moins cette annee.", "crisis_type",
     "economic"),
    ("fr", "Des emeutes dans notre quartier de Port-au-Prince, ma quincaillerie reste fermee.",
     "crisis_type", "conflict"),
    ("es", "Tengo un restaurante en la playa, el oleaje se llevo la terraza.", "crisis_type",
     "natural_hazard"),
    ("es", "Vendo artesanias en Cozumel, este ano llegan menos cruceros.", "crisis_type",
     "economic"),
    # the sector, the customers, the supplies, payments and debts
    ("en", "We run an IT outsourcing firm in Manila, 30 developers.", "sector", "services"),
    ("es", "Tengo un lodge en la Amazonia con 8 empleados.", "sector", "tourism"),
    ("fr", "Mon salon a Douala, tresses et defrisage, on est trois.", "sector", "services"),
    ("es", "Somos una empresa en Iquique, reexportamos neumaticos a Bolivia.", "customers",
     "abroad"),
    ("en", "My boat brings in tuna and we sell the whole catch to the same trader.",
     "customers", "one_buyer"),
    ("en", "Pharmacy in Lae, our only importer says the container is stuck.", "supplier_risk",
     "single_at_risk"),
    ("es", "Mi taller de bicicletas, el proveedor de repuestos ya no trae nada.",
     "supplier_risk", "cut_off"),
    ("fr", "Les clients paient en liquide seulement, pas de mobile money chez nous.",
     "payments", "cash_only"),
    ("es", "Somos 40 en la fabrica, los salarios y proveedores al dia por ahora.", "debts",
     "on_track"),
    ("en", "Bakery with 6 staff, two big wedding orders are already late.", "debts", ABSENT),
    # a generator carries machines, not the business
    ("en", "No power for ten days now and the generator can't carry the ovens.", "cash_runway",
     ABSENT),
    ("en", "Our savings can carry us for three weeks at most.", "cash_runway", "under_1m"),
    # open, closed, as before; staff as before
    ("en", "Our lodge was hit by the storm, closed for repairs until June.", "trading_status",
     "closed"),
    ("fr", "Mon atelier de soudure, on travaille comme avant, rien n'a change.",
     "trading_status", "normal"),
    ("en", "Tutors still getting the same salary, nobody fired.", "staff_change", "unchanged"),
])
def test_round16_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tailoring shop in Kumasi, me and 3 other ladies sew school uniforms."),
    ("fr", "Notre salon de coiffure a Dakar, on est quatre filles."),
    ("es", "Tenemos una cocina economica en Oaxaca, somos tres chicas."),
])
def test_a_woman_among_the_women_she_counts(describer: Describer, lang: str,
                                            text: str) -> None:
    assert describer.read(text, prefer=lang).answers.get("led_by") == "women_led"


def test_two_young_founders(describer: Describer) -> None:
    text = "Taller de celulares en Leon, mi socio y yo, los dos tenemos menos de 30."
    assert describer.read(text, prefer="es").answers.get("led_by") == "youth_led"
