"""Round 31 (guided by blind sets 85 and 86, sealed through round 30 and read after it, and
91 and 92, new; sets 89 and 90, written before it, sealed through it), each kind in new
sentences written before they were run: a run-on voice note is cut again at words that start
a new thought, so one "if" no longer makes the whole note a condition; who leads a business
told of in the third person ("writing for my dad, he is 48", "the owner is Mrs ..., 58",
"escribo por mi tía, tiene 49 años") is read from that person, not the writer; closed beside
partly open or working differently is partly open or working differently; closing earlier,
delivering to customers, supplies weeks late, a supplier that stopped delivering; "now zero"
is sales stopped, and a currency's letters typed against an amount ("K900", "Ksh4,000") leave
the amount to be read; a percentage after "from" with another after "to" is a level ("bajó
del 75% al 30%"), not a fall of 75 %."""

from __future__ import annotations

import pytest

from bot.describe import Describer

SENTENCES = [
    # written first (31), before any change of the round
    ("en", "My bar in Mzuzu now opens only friday and saturday nights.",
     "trading_status", "partly_open"),
    ("en", "we used to open till 10 at night, now we close at 6 because of the curfew",
     "trading_status", "partly_open"),
    # Read since round 49: a closure beside "still open" is of a part (`rest_open`).
    ("en", "The restaurant is still open but the upstairs room is shut since the roof fell.",
     "trading_status", "partly_open"),
    ("fr", "La boutique ouvre seulement le matin maintenant, l'apres-midi on ferme.",
     "trading_status", "partly_open"),
    ("es", "Ahora solo abrimos de lunes a miercoles, el resto de la semana cerrado.",
     "trading_status", "partly_open"),
    pytest.param(
        "en", "We closed the dining room and now only do takeaway and deliveries by boda.",
        "trading_status", "open_adapted", marks=pytest.mark.xfail(strict=True, reason=(
            "older sets call takeaway partly open and delivery working "
            "differently; told both, the question stays asked"))),
    ("fr", "On ne vend plus au marche, on livre chez les clients avec la moto.",
     "trading_status", "open_adapted"),
    ("es", "Ya no abrimos el local, ahora vendemos por whatsapp y entregamos a domicilio.",
     "trading_status", "open_adapted"),
    ("en", "shop closed for 3 weeks now, the market was burnt.",
     "trading_status", "closed"),
    ("fr", "Mon salon est ferme depuis le 10 octobre.",
     "trading_status", "closed"),
    ("es", "Tuve que cerrar el taller desde agosto, no hay trabajo.",
     "trading_status", "closed"),
    ("en", "We are open every day as usual but customers are few.",
     "trading_status", "normal"),
    ("es", "Seguimos abiertos normal, el problema son los precios.",
     "trading_status", "normal"),
    pytest.param(
        "en", "All my fabric comes from one trader in Kampala and he says the border "
        "delays will get worse.",
        "supplier_risk", "single_at_risk", marks=pytest.mark.xfail(strict=True, reason=(
            "'will' makes the whole clause future, and supplies are read only as "
            "they are now"))),
    ("fr", "Notre seul fournisseur de farine a arrete de livrer depuis deux semaines.",
     "supplier_risk", "cut_off"),
    ("es", "Los pedidos de insumos llegan con 2 o 3 semanas de atraso.",
     "supplier_risk", "some_delays"),
    ("en", "I had to let go 3 of my 5 workers last month.",
     "staff_change", "laid_off"),
    ("fr", "Les employes travaillent maintenant 3 jours sur 6, a mi-salaire.",
     "staff_change", "reduced_hours"),
    ("es", "Despedi a dos de los ayudantes en septiembre.",
     "staff_change", "laid_off"),
    ("en", "nobody lost their job, all 6 still with us full time",
     "staff_change", "unchanged"),
    ("en", "money in the account can cover rent and wages for maybe five weeks.",
     "cash_runway", "m1_3"),
    ("fr", "Avec ce qui reste en caisse on tient peut-etre dix jours.",
     "cash_runway", "under_2w"),
    ("es", "Lo ahorrado nos alcanza para unas tres semanas mas.",
     "cash_runway", "under_1m"),
    ("en", "we have savings for about 4 months of costs",
     "cash_runway", "over_3m"),
    ("en", "Before the floods I sold 40 bags a week, now maybe 12.",
     "revenue_change", "down_over_half"),
    ("fr", "Le chiffre d'affaires a baisse d'environ 20 %.",
     "revenue_change", "down_some"),
    ("es", "Vendemos casi lo mismo que el ano pasado.",
     "revenue_change", "stable_or_up"),
    ("es", "No he vendido nada desde que cerraron la frontera.",
     "revenue_change", "stopped"),
    ("en", "rent for october and november still not paid to the landlord",
     "debts", "many_overdue"),
    ("fr", "Je suis a jour avec la banque et les impots.",
     "debts", "on_track"),
    ("es", "La cuota del prestamo de diciembre no se si la voy a poder pagar.",
     "debts", "some_at_risk"),
    # written after the run-on cut and the leader were drafted, before they were run (18)
    ("en", "ok so I sell phones and airtime in Mbale town me and my brother the problem"
     " is the dollar so the phones are expensive now sales going down maybe "
     "thirty percent if it continue like this we can survive maybe two months "
     "only",
     "revenue_change", "down_some"),
    ("en", "ok so I sell phones and airtime in Mbale town me and my brother the problem"
     " is the dollar so the phones are expensive now sales going down maybe "
     "thirty percent if it continue like this we can survive maybe two months "
     "only",
     "cash_runway", "m1_3"),
    ("en", "eh good evening I run a small bar in Lilongwe area 25 since the fuel crisis"
     " people are not coming so we close at eight now instead of midnight and my "
     "three workers I pay them half because the sales is less than half of last "
     "year",
     "revenue_change", "down_over_half"),
    ("fr", "bon alors moi je fais la couture a Lome avec trois apprenties depuis que le"
     " prix du tissu a monte les clientes viennent moins donc on gagne peut etre "
     "la moitie ou moins de ce qu'on gagnait si ca continue je vais fermer",
     "revenue_change", "down_over_half"),
    ("es", "bueno mire yo tengo una tiendita en Guayaquil con mi hija entonces desde "
     "que empezaron las extorsiones la gente ya no sale y vendo como un cuarenta "
     "por ciento menos porque cierro a las cinco si sigue asi no se que voy a "
     "hacer",
     "revenue_change", "down_some"),
    ("en", "I run a clinic pharmacy, not sure if we can pay the rent next month",
     "debts", "some_at_risk"),
    ("en", "Typing this for my grandmother, she is 74 and still runs her tailoring shop in Zomba.",
     "led_by", "women_led"),
    ("en", "Writing for my brother Kato, he is 29, he has a boda boda business in Gulu.",
     "led_by", "youth_led"),
    ("en", "Field visit note: Mrs Achieng, 31, owns a small hotel in Kisumu with 6 staff.",
     "led_by", "both"),
    ("en", "Our chairman Mr Phiri, 63, started the transport company in 1998.",
     "led_by", "neither"),
    ("fr", "J'écris pour mon oncle, il a 57 ans, il a une boulangerie à Kara.",
     "led_by", "neither"),
    ("fr", "Je suis la comptable. La patronne a 34 ans et elle gère trois boutiques à Cotonou.",
     "led_by", "both"),
    ("es", "Le escribo por mi tía, tiene 49 años y vende comida en el mercado de Quetzaltenango.",
     "led_by", "women_led"),
    ("es", "Soy el contador. El dueño es don Ernesto (66), tiene una ferretería en San Miguel.",
     "led_by", "neither"),
    ("es", "Escribo por mi sobrino Luis, de 24 años, que tiene un taller de motos en Cuenca.",
     "led_by", "youth_led"),
    pytest.param(
        "en", "I'm 23 and I help my mother, she is 52 and owns a bakery in Kingston.",
        "led_by", "women_led", marks=pytest.mark.xfail(strict=True, reason=(
            "helping a relative is not read as writing for her, so the writer's "
            "age is taken for the owner's"))),
    ("en", "Good morning madam, I am 26 and I have a salon in Lira.",
     "led_by", "youth_led"),
    # a woman who runs it with her husband: first written expecting "both", kept at her age
    # alone ("youth_led") while the older sets left who leads unlabelled there; since round 43
    # a wife's sex counts once her age is said too (writers of the newer sets label it, and on
    # every set it gained 72 right answers for none wrong), so "both" as first written
    ("en", "My husband and I run a grocery in Belize City, I am 30.", "led_by", "both"),
    # written after 'zero' and a currency's glued letters were drafted, before they were run (6)
    ("en", "Boda boda in Kampala, I used to make USh50,000 a day, now USh15,000.",
     "revenue_change", "down_over_half"),
    ("en", "My matatu made Ksh4,000 a day before the strike, now zero.",
     "revenue_change", "stopped"),
    ("fr", "Mon taxi-moto faisait 20 000 FC par jour, maintenant zero.",
     "revenue_change", "stopped"),
    ("es", "Mi puesto vendia Q800 a la semana, ahora Q300.",
     "revenue_change", "down_over_half"),
    ("en", "I sell airtime in Lusaka, K1,200 a week before, now about K900.",
     "revenue_change", "down_some"),
    ("en", "We are a team of 4 on the road past the M23 checkpoint near Goma, we sell fuel.",
     "size", "s2_9"),
    # written after a level 'from X% to Y%' was drafted, before they were run (4)
    ("es", "Mi hostal en Granada: la ocupacion cayo del 80% al 35% este otoño.",
     "revenue_change", "down_over_half"),
    # read nothing when first run: the later percentage was also read as a share left
    ("fr", "Notre gîte à Bouillante : le remplissage est passé de 60 % à 45 %.",
     "revenue_change", "down_some"),
    ("es", "Tengo una tienda, las ventas bajaron un 20% y los precios subieron de 10% a 15%.",
     "revenue_change", "down_some"),
    ("en", "Our lodge in Kasane: occupancy dropped from 70% to 25% since the floods.",
     "revenue_change", "down_over_half"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round31_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer
