"""Round 22 (guided by blind sets 53 and 54, unsealed once sets 55 and 56 were written, and by
blind sets 57 and 58), each kind in new sentences: words of being open as usual also say the
business trades normally, not only that sales held ("business is back to normal": both), and
"ya reabrimos" has reopened; a stop word cannot be dropped from "sell only to"; a pay cut by
half is no fall of sales by half, and "vendemos menos de la mitad de lo normal" is no normal
trading; cards that do not work leave cash only; "no puedo usar secador" is no lack of
digital skills and "se daña" no storm; an age said alone ("am 27", "tengo 26,", "we are
both 26"); a crisis people only talk of is feared; homework naming a trade is off-topic;
and more words for crises, closures, sectors, payments and debts."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # open as usual, and sales as before
    ("en", "Print shop in Kisii, flood in April, now business is back to normal.",
     "trading_status", "normal"),
    ("en", "Print shop in Kisii, flood in April, now business is back to normal.",
     "revenue_change", "stable_or_up"),
    ("fr", "Boutique a Lome, on a ferme 2 semaines en mars, maintenant ca a repris normal.",
     "trading_status", "normal"),
    ("es", "Heladeria en Tarija, el granizo rompio el techo, ya reabrimos y va todo normal.",
     "trading_status", "normal"),
    ("es", "Panaderia en Salta, 4 empleados, vendemos menos de la mitad de lo normal.",
     "trading_status", ABSENT),
    # a stop word that matters
    ("en", "Bakery in Kalamata, 5 of us, we sell only from our shop, cash or card.",
     "customers", ABSENT),
    # pay, not sales
    ("fr", "Imprimerie a Niamey, 12 salaries, on a baisse les salaires de moitie.",
     "revenue_change", ABSENT),
    ("fr", "Imprimerie a Niamey, 12 salaries, on a baisse les salaires de moitie.",
     "staff_change", "reduced_hours"),
    ("en", "Cafe in Tyre, we cut the menu to half and cook on gas bottles now.",
     "revenue_change", ABSENT),
    ("en", "Cafe in Tyre, 9 staff, we cut everyone's salary by half.", "staff_change",
     "reduced_hours"),
    # cards that do not work
    ("en", "Pharmacy in Hamra, cards don't work anymore so it is cash only.", "payments",
     "cash_only"),
    ("fr", "Je vends du poisson fume a Mbour, je prends que le cash.", "payments",
     "cash_only"),
    # not digital skills, not a storm
    ("es", "Barberia en Maracay, con los apagones no puedo usar la maquina.",
     "digital_skills", ABSENT),
    ("es", "Frutería en Quito, sin luz la fruta se daña rapido.", "crisis_type", "other"),
    ("es", "No tenemos pagina ni nada en internet, solo el local.", "digital_skills", ABSENT),
    # ages said alone
    ("en", "Hello. Am 25, I sell phone cases at Kariakoo with my brother.", "led_by",
     "youth_led"),
    ("es", "Soy costurera en Chimbote, tengo 24, trabajo sola en mi casa.", "led_by", "both"),
    ("en", "Shawarma cart in Irbid, me and my cousin, we are both 27.", "led_by", "youth_led"),
    ("en", "Shawarma cart in Irbid, me and my cousin, we are both 27.", "size", "s2_9"),
    # feared, not now
    ("fr", "Maquis a Bouake, on dit que le prix du gaz va encore monter, j'ai peur.",
     "crisis_type", ABSENT),
    ("en", "Guesthouse in Roseau, bookings fine, but hurricane season is coming.",
     "crisis_type", ABSENT),
    # homework naming a trade
    ("es", "ayuda con mi tarea: que es la contabilidad de costos, ejemplos por favor",
     "sector", ABSENT),
    # more words
    ("es", "Tengo un vivero en Pasto, por los bloqueos en la carretera no llegan clientes.",
     "crisis_type", "blockade"),
    ("es", "Trabajo de chofer de minibus en Cochabamba, el vehiculo es mio.", "sector",
     "services"),
    ("es", "Mi finca de cacao en Manabi, con el fenomeno del niño perdimos media cosecha.",
     "crisis_type", "natural_hazard"),
    ("fr", "Je suis pecheur a Joal, on peche plus depuis 10 jours a cause de la houle.",
     "trading_status", "closed"),
    ("fr", "Fleuriste a Lille, 2 salariees, les mariages sont annules.", "sector", "retail"),
    ("fr", "Je suis vendeuse de legumes, j'ai pas paye les trois dernieres echeances.",
     "debts", "many_overdue"),
    ("en", "Welding shop in Aba, 4 of us. Customers pay transfer or POS mostly.", "payments",
     "mobile_or_card"),
    ("en", "Cleaning firm in Hull, 14 cleaners, so everyone's on fewer hours now.", "staff_change",
     "reduced_hours"),
    ("en", "Boda rider in Jinja, fuel imepanda sana, fewer passengers.", "crisis_type",
     "economic"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round22_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
