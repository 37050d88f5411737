"""Round 26 (guided by blind sets 67 and 68, sealed through round 25 and read after it, and
71 and 72, new; sets 69 and 70, written before it, sealed through it), each kind in new
sentences: nothing wrong now, or a crisis only planned for ("in case another typhoon comes",
"au cas où", "prepararnos si"); prices of what a business buys rising ("le bois a encore
augmenté", "el maíz subió"); half the customers gone still asked (exactly half), more
orders than last year, "vendo lo mismo", "ventas abajo"; parked at home, "sigo cerrado", "on
sort plus", "rouvert à moitié"; months of a loan missed by name, "je dois deux loyers", paid
every month; a road open again beside "trabajamos normal"; a supplier's boat that no longer
comes is no fall of sales; a main client or buyer gone (contract ended, bankrupt) is an
economic crisis, "fewer buyers" in the question's own words (a supplier gone is not)."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # nothing wrong now, or only planned for
    ("en", "Bakery in Cebu, 5 of us. No problem with business right now, we just want a plan "
     "in case another typhoon comes.", "crisis_type", ABSENT),
    ("en", "Salon in Kampala, business is normal, nothing bad now. Cholera last year scared "
     "people but it is ok.", "crisis_type", ABSENT),
    ("en", "We sell fabrics in Lagos. Work is normal now. We are afraid if the strikes start "
     "again we lose customers.", "crisis_type", ABSENT),
    ("fr", "Pharmacie a Lome, 6 employes. Tout va normalement en ce moment, je veux juste un "
     "plan au cas ou une nouvelle epidemie arrive.", "crisis_type", ABSENT),
    ("es", "Panaderia en Quito, 8 personas. Ningun problema grave, solo quiero prepararnos si "
     "hay otro terremoto.", "crisis_type", ABSENT),
    # what the business buys costs more
    ("fr", "Menuiserie a Thies. Le bois a encore augmente, +30% depuis janvier.",
     "crisis_type", "economic"),
    ("fr", "Le gasoil a encore augmente, on ne roule plus que 4 jours par semaine.",
     "crisis_type", "economic"),
    ("es", "Somos cafetaleros. El precio del cafe se vino abajo este año.", "crisis_type",
     "economic"),
    ("es", "Tortilleria en Tlaxcala, la harina subio otra vez.", "crisis_type", "economic"),
    ("en", "Our biggest client, a hotel chain, ended the contract last month and that was half "
     "our work.", "crisis_type", "economic"),
    ("fr", "Notre principal client a fait faillite en fevrier, il prenait presque tout.",
     "crisis_type", "economic"),
    ("fr", "Notre fournisseur de tissu a fait faillite en fevrier.", "crisis_type", ABSENT),
    ("en", "Guesthouse in Hoi An. Covid is long gone and this year is better than ever.",
     "crisis_type", ABSENT),
    # sales
    # exactly half was asked from round 3 to round 43; since round 44 it is "half or more",
    # as the writers' brief and the option say
    ("en", "Tea stall, 3 of us. Half our customers gone since the power cuts.",
     "revenue_change", "down_over_half"),
    ("fr", "Depuis janvier on a perdu la moitie du chiffre.", "revenue_change",
     "down_over_half"),
    ("fr", "La moitie de nos clients ont arrete de commander.", "revenue_change", ABSENT),
    # (read since round 56, which made "abajo" a word of a fall)
    ("es", "Las ventas abajo mas del 70% desde el paro.", "revenue_change", "down_over_half"),
    ("fr", "La moitie de nos clients sont au Senegal.", "revenue_change", ABSENT),
    ("fr", "Cette annee j'ai plus de clients que l'an dernier.", "revenue_change",
     "stable_or_up"),
    ("es", "Las ventas abajo como 40% desde el paro.", "revenue_change", "down_some"),
    ("es", "Vendemos 30% mas que el año pasado.", "revenue_change", "stable_or_up"),
    # Round 63 took out "vendo lo mismo" as sales stable: over every set its answer was right
    # once and unsaid 5 times ("vendo lo mismo de siempre" is what is sold, not how much).
    pytest.param("es", "Vendo lo mismo pero gano menos por los precios.", "revenue_change",
                 "stable_or_up",
                 marks=pytest.mark.xfail(strict=True, reason="round 63 took the cue out")),
    ("en", "Good news, bookings doubled since the new road opened.", "revenue_change",
     "stable_or_up"),
    ("en", "Guesthouse in Hoi An. Covid is long gone and this year is better than ever.",
     "revenue_change", "stable_or_up"),
    ("fr", "Le bateau du fournisseur ne vient plus depuis un mois.", "revenue_change",
     ABSENT),
    # trading
    ("en", "I drive my own matatu, no fuel since Monday, I am parked at home.",
     "trading_status", "closed"),
    ("es", "Cerre el local hace diez dias por las amenazas y sigo cerrado.",
     "trading_status", "closed"),
    ("fr", "Notre salon a rouvert a moitie dans un local prete.", "trading_status",
     "partly_open"),
    ("fr", "Pecheur a Mbour, avec la houle on sort plus depuis une semaine.",
     "trading_status", "closed"),
    ("es", "El puente se cayo en enero, ya esta arreglado y trabajamos normal.",
     "trading_status", "normal"),
    ("en", "Storm took the roof in September, no sales at all.", "revenue_change",
     "stopped"),
    # debts
    ("en", "The loan on the truck, I missed March and April and the bank keeps calling.",
     "debts", "many_overdue"),
    ("fr", "Je dois deux loyers au proprietaire et il menace.", "debts", "many_overdue"),
    ("fr", "Le pret de la banque, je paie normalement chaque mois.", "debts", "on_track"),
    ("en", "Car loan is 300 a month and I have paid every month so far.", "debts",
     "on_track"),
    ("es", "La hipoteca del local la pagamos al dia.", "debts", "on_track"),
    # crises named in slang, queues, remittances; homework about one
    ("en", "Sewing shop in Osh, our trucks wait 9 days at the border to Kazakhstan.",
     "crisis_type", "blockade"),
    ("es", "Tienda en Duran, nos llego la vacuna, piden 50 dolares semanales.", "crisis_type",
     "conflict"),
    ("es", "Comedor en Jalapa, ya no llegan remesas del norte.", "crisis_type",
     "economic"),
    ("en", "homework: why do floods hurt farmers in Bangladesh? for my geography class",
     "sector", ABSENT),
    ("es", "tarea: explica en 150 palabras por que la inflacion afecta a las pymes, para mi "
     "clase de economia", "crisis_type", ABSENT),
    ("en", "The only mill that buys our cane closed down in May and nobody is buying.",
     "trading_status", ABSENT),
    # debts
    ("en", "Loans paid on time till now but the tax bill in March is at risk.", "debts",
     "some_at_risk"),
    ("en", "Rent is paid to May but not sure after that.", "debts", "some_at_risk"),
    ("en", "I am one month late on the shop rent.", "debts", "many_overdue"),
    ("en", "We still owe SARS the VAT from last quarter.", "debts", "many_overdue"),
    ("fr", "L'echeance du pret tombe lundi et je n'ai pas de quoi payer.", "debts",
     "some_at_risk"),
    ("fr", "Le credit de la moto, ca va etre juste en decembre.", "debts", "some_at_risk"),
    ("fr", "Les echeances du pret sont payees jusqu'ici.", "debts", "on_track"),
    ("fr", "Dans la tontine je suis en retard de trois tours.", "debts", "many_overdue"),
    ("es", "Le debo al proveedor dos quincenas y me estan presionando.", "debts",
     "many_overdue"),
    # buyers
    ("en", "A Dutch retailer takes 70 percent of our output.", "customers", "one_buyer"),
    ("es", "Una empacadora se lleva toda la fruta que sacamos.", "customers", "one_buyer"),
    ("fr", "La cooperative prend tout notre cacao.", "customers", "one_buyer"),
    pytest.param("fr", "Je revends le poisson a Dakar et en Gambie.", "customers", "abroad",
                 marks=pytest.mark.xfail(strict=True, reason="a cue loose enough for it reads "
                                         "'revendeurs dans tout l'ouest algérien' as abroad")),
    # trades
    ("en", "We keep bees near Kitui, 120 hives, my wife and I.", "sector", "agriculture"),
    ("es", "Soy caficultora en Huila, 3 hectareas.", "sector", "agriculture"),
    ("en", "Noodle stall in Penang, me and my son.", "sector", "food_service"),
    ("fr", "Je vends des chaussures et des bijoux au marche de Treichville.", "sector",
     "retail"),
    ("fr", "Cultivatrice a Kindia, l'an passe j'ai vendu trente sacs de riz.", "sector",
     "agriculture"),
    ("en", "I sell abayas and scarves from home in Jeddah.", "sector", "retail"),
    ("en", "We run 5 minivans between Osh and Bishkek.", "sector", "services"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round26_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
