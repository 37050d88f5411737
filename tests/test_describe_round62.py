"""Round 62's changes, with new sentences written before they were read. Owners robbed or
cheated (a single theft or scam is the crisis "other", a wave of thefts "conflict"), owners
who write short and blunt, who ask the bot what to do, who write of prices and the
currency, and who started their business lately. The first 24 sentences were written
before any of them was read (15 right at 161c8df, 19 after the round; the other five are
strict xfails with their reasons); the rest are in the shapes of the round's changes (6 of
the 38 right at 161c8df, 36 after; two strict xfails)."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Someone broke into my tailoring shop on Sunday night and took two "
           "sewing machines. I work alone. What should I do first?",
     {"sector": "manufacturing", "size": "solo", "crisis_type": "other"}),
    ("en", "A customer paid me with a fake mobile money message, I lost 300 on "
           "the goods. I sell phone accessories at a kiosk.",
     {"sector": "retail", "crisis_type": "other", "payments": "mobile_or_card"}),
    pytest.param("en", "My cashier was stealing from the till for months, about 2,000 "
                 "gone. We are a café of 6. Prices of milk also went up but that "
                 "is not the main problem.",
                 {"sector": "food_service", "size": "s2_9", "crisis_type": "other"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'stealing' is no cue ('stole' and 'stolen' are), the milk's"
                     " price reads economic, and 'a café of 6' counts no one"))),
    ("en", "Shoplifting every week on our street, three shops robbed this month, "
           "we now lock the door. Should I get cameras?",
     {"crisis_type": "conflict"}),
    ("fr", "On m'a volé la caisse au marché samedi, 600 euros. Je vends des "
           "légumes, je suis seul. Je fais quoi?",
     {"size": "solo", "crisis_type": "other"}),
    ("fr", "Un client a payé 40 sacs de ciment avec un faux virement, je tiens "
           "une quincaillerie avec mon frère.",
     {"sector": "retail", "size": "s2_9", "crisis_type": "other"}),
    ("fr", "Cambriolage de l'atelier de menuiserie mardi, ils ont pris toutes les"
           " machines, on est fermés depuis.",
     {"sector": "manufacturing", "crisis_type": "other", "trading_status": "closed"}),
    ("es", "Se metieron a robar a la tienda anoche, se llevaron la mercadería y "
           "la caja. Estamos cerrados hoy. Que hago?",
     {"sector": "retail", "crisis_type": "other", "trading_status": "closed"}),
    ("es", "Me estafaron con un cheque sin fondos de 5.000, tengo una carpintería"
           " con 4 trabajadores.",
     {"sector": "manufacturing", "size": "s2_9", "crisis_type": "other"}),
    pytest.param("es", "En el barrio roban todas las semanas, ya robaron 3 negocios, yo"
                 " cierro a las 6 ahora en vez de las 9.",
                 {"crisis_type": "conflict", "trading_status": "partly_open"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'robaron' (a theft, 'other') outweighs the week's thefts: "
                     "'roban todas las semanas' is no conflict cue ('robos todas "
                     "las semanas' is)"))),
    ("en", "salon. 3 girls. no customers since the flood. rent late 2 months",
     {"sector": "services", "crisis_type": "natural_hazard", "debts": "many_overdue"}),
    ("en", "bakery, 5 staff, flour price doubled, sales down 30%, loan paid so "
           "far",
     {"sector": "manufacturing", "crisis_type": "economic", "revenue_change": "down_some"}),
    ("fr", "garage auto. 2 mécanos + moi. plus de pièces depuis la grève au port."
           " fermé l'après-midi.",
     {"sector": "services", "size": "s2_9", "crisis_type": "blockade",
      "trading_status": "partly_open"}),
    ("es", "taxi. solo yo. paro de transportistas, 5 dias sin trabajar. sin "
           "ahorros.",
     {"sector": "services", "size": "solo", "crisis_type": "blockade"}),
    ("en", "I started my food truck eight months ago with my redundancy money. "
           "Since the road works began nobody stops, sales are down by half. "
           "Should I move?",
     {"sector": "food_service", "revenue_change": "down_over_half"}),
    ("fr", "J'ai ouvert mon salon de coiffure il y a un an avec un prêt "
           "d'honneur, je suis seule, et depuis les inondations les clientes ne "
           "viennent plus.",
     {"sector": "services", "size": "solo", "crisis_type": "natural_hazard"}),
    pytest.param("es", "Empecé mi negocio de jugos hace 6 meses con un préstamo de mi "
                 "tío, trabajo solo, y con la subida del azúcar ya no gano nada.",
                 {"sector": "food_service", "size": "solo", "crisis_type": "economic"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "no cue names a juice business ('jugos')"))),
    ("en", "The cedi lost a third of its value, my imported spare parts cost 40% "
           "more and customers only buy the cheapest. Do I raise prices?",
     {"crisis_type": "economic"}),
    pytest.param("fr", "Avec le franc fort, les clients français ne viennent plus, mon "
                 "chiffre a baissé de 25 %. Je tiens une fromagerie à deux.",
                 {"crisis_type": "economic", "revenue_change": "down_some", "size": "s2_9",
                  "sector": "retail"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'fromagerie' is a cheese dairy (manufacturing) to the cues "
                     "and a shop here; the learned reader doubts it and drops it"))),
    ("es", "El bolívar se devalúa cada semana, cambio los precios todos los "
           "lunes, vendo la mitad que el año pasado.",
     {"crisis_type": "economic", "revenue_change": "down_over_half"}),
    ("en", "Can I get a loan with no papers? I run a small chop bar, not "
           "registered, no bank account, 4 of us.",
     {"sector": "food_service", "size": "s2_9", "means": "neither"}),
    ("fr", "Est-ce que je dois fermer un mois? Mon restaurant est vide depuis "
           "l'épidémie de choléra, on est 7.",
     {"sector": "food_service", "crisis_type": "epidemic", "size": "s2_9"}),
    pytest.param("es", "¿Vale la pena seguir? Mi finca de cacao perdió la cosecha por "
                 "la plaga, somos mi esposo y yo.",
                 {"sector": "agriculture", "crisis_type": "epidemic", "size": "s2_9"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'plaga' is a doubt of the crisis (pests or a plague of "
                     "locusts), left to ask"))),
    ("en", "If the strike goes on next month will I lose my stall? For now I "
           "still open every day as usual.",
     {"trading_status": "normal"}),
])
def test_written_before(describer: Describer, lang: str, text: str,
                        expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I sell shoes at the market. A buyer showed me a fake sms for 900 and "
           "walked off with two cartons.",
     {"crisis_type": "other"}),
    ("en", "My bar is just me and my sister. Someone paid with counterfeit notes "
           "all week, I lost about 2,000.",
     {"crisis_type": "other", "size": "s2_9"}),
    ("en", "Our bakery manager was voiding transactions and pocketing the cash "
           "for a year.",
     {"crisis_type": "other"}),
    ("en", "I run a hair salon. Thieves entered through the roof on Friday and "
           "took the dryers.",
     {"crisis_type": "other", "sector": "services"}),
    ("en", "Gift shop on the high street, three of us. Shoplifting has gone mad "
           "since the summer.",
     {"crisis_type": "conflict", "size": "s2_9"}),
    ("fr", "Je tiens une quincaillerie. Un escroc m'a payé avec un faux virement "
           "de 3 000 euros.",
     {"crisis_type": "other", "sector": "retail"}),
    ("fr", "Mon garage a versé un acompte à un faux fournisseur de pièces, 4 000 "
           "euros perdus.",
     {"crisis_type": "other", "sector": "services"}),
    pytest.param("fr", "Un type s'est fait passer pour ma banque et a vidé le compte de"
                 " la boulangerie.",
                 {"crisis_type": "other"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'s'est fait passer pour' shrinks to 'passer pour' ('fait' "
                     "is a stop word), too general a cue to add"))),
    ("fr", "Je suis éleveur, une bande organisée vole le bétail dans toute la "
           "vallée.",
     {"crisis_type": "conflict"}),
    ("es", "Tengo una ferretería. Se metieron al local anoche y se llevaron las "
           "herramientas.",
     {"crisis_type": "other", "sector": "retail"}),
    ("es", "Un cliente me pagó con una transferencia falsa, tengo un minimarket "
           "con mi hermano.",
     {"crisis_type": "other", "size": "s2_9"}),
    ("es", "Mi taller de costura hizo 50 camisas y me pagaron con un cheque sin "
           "fondos.",
     {"crisis_type": "other", "sector": "manufacturing"}),
    ("es", "Tengo 30 vacas y los cuatreros ya se llevaron 4 este mes.",
     {"crisis_type": "conflict", "sector": "agriculture"}),
    ("en", "Corner shop, shutting at 5 now instead of 9 because of the trouble.",
     {"trading_status": "partly_open"}),
    ("en", "My car wash is open only when the council sends water.",
     {"trading_status": "partly_open"}),
    ("en", "We have 4 taxis, parked 2 of them since the fuel went up.",
     {"trading_status": "partly_open"}),
    ("fr", "Au restaurant on a arrêté le midi, on ouvre seulement le soir.",
     {"trading_status": "partly_open"}),
    ("fr", "Mon gîte du bas est inondé, l'autre reste ouvert.",
     {"trading_status": "partly_open"}),
    pytest.param("es", "Con la falta de gasolina ahora salimos 3 veces por semana a "
                 "pescar.",
                 {"trading_status": "partly_open"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'veces por semana' is an ignore (how often, not a fall) "
                     "that takes its words from every cue"))),
    ("es", "Mi panadería: hay días que no horneo por falta de gas.",
     {"trading_status": "partly_open"}),
    ("en", "Laundry in town, no municipal water for two weeks now.",
     {"crisis_type": "other"}),
    ("en", "I run kennels and parvo went through half the dogs, we shut for "
           "cleaning.",
     {"crisis_type": "epidemic"}),
    ("en", "My garden centre is quiet since the hosepipe ban.",
     {"crisis_type": "natural_hazard"}),
    ("fr", "Ma boulangerie souffre, la facture EDF a triplé et le prix de "
           "l'électricité nous plombe.",
     {"crisis_type": "economic", "sector": "manufacturing"}),
    ("fr", "Je tiens un café, le proprio a repris la salle, on est dehors depuis "
           "lundi.",
     {"crisis_type": "other"}),
    ("fr", "Mon épicerie livre plus rien, les agriculteurs bloquent les routes "
           "depuis 3 jours.",
     {"crisis_type": "blockade"}),
    ("fr", "Notre camping a fermé 5 jours à cause de la gastro chez les clients.",
     {"crisis_type": "epidemic"}),
    ("es", "Mi farmacia no tiene gas para la cocina de atrás, no hay cilindros en"
           " todo el pueblo.",
     {"crisis_type": "blockade"}),
    ("es", "Nuestro taller de muebles perdió al cliente grande, el importador "
           "dejó de pedir.",
     {"crisis_type": "economic"}),
    ("fr", "Mécanicienne, 28 ans, j'ai mon garage depuis un an.",
     {"led_by": "both"}),
    ("es", "Soy policía retirado, tengo 61 años, tengo una tienda de abarrotes.",
     {"led_by": "neither"}),
    ("en", "Deli in the old town, me and my wife, takings down a third.",
     {"sector": "retail"}),
    ("fr", "Sandwicherie près de la gare, on est trois.",
     {"sector": "food_service", "size": "s2_9"}),
    ("en", "Restaurant with 8 staff, they are on no hours while we repair the "
           "kitchen.",
     {"staff_change": "reduced_hours"}),
    ("es", "En mi taller los muchachos ahora vienen solo en la tarde.",
     {"staff_change": "reduced_hours"}),
    ("en", "Small brewery. We owe the maltster since January and the rent since "
           "March.",
     {"debts": "many_overdue"}),
    ("fr", "Élevage de chèvres, la MSA en retard de 3 trimestres.",
     {"debts": "many_overdue"}),
    ("fr", "Mon épicerie vrac a un site avec click and collect.",
     {"online_presence": "sells_online"}),
])
def test_round_shapes(describer: Describer, lang: str, text: str,
                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
