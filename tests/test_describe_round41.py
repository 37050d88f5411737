"""Round 41's changes, with new sentences written before they were read: transport strikes and
closed highways are a blockade ("rail strikes", "la huelga en la naviera", "la grève des
syndicats de transport", "tractoradas", "the hwy keeps closing", a washout); a utility
"cutting the current"; crop and herd diseases and weather by name (botrytis, TR4, mildiu,
tramuntana, harmattan, "il pleut pas"); "cobro de cupo" is extortion; falls and steady sales
said as owners say them ("he bajado un 40%", "la caja ha bajado", "money coming in a third
less", "up on last year", "le chiffre est le même qu'avant", "las ventas van subiendo");
cruise passengers and parcels posted abroad; one cannery or cooperative taking it all; staff
on fewer shifts or short time, "j'en ai libéré 6", "personne licencié"; trades (smokehouse,
halibut charter, coffee shack, conservera, quesería, paillote, tireur de pousse-pousse,
trucking outfit); trading, debts and telling the staff in owners' words. And what they must
not read: goods imported from two countries are no customers abroad, a red tide is no storm,
a customer's "pas encore l'argent" is no debt of ours."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Small bakery in Crewe. Rail strikes most Saturdays so the commuters are gone.",
     "blockade"),
    ("en", "We sell hardware on Arran, the ferry crews have been on strike for a week and "
           "nothing comes over.", "blockade"),
    ("en", "I run a diner in Fort Nelson, the Alaska Hwy keeps closing and trucks wait.",
     "blockade"),
    ("en", "Garage in Mackay, a washout took the road south and parts are stuck.", "blockade"),
    ("es", "Ferreteria en Ibiza, con la huelga en la naviera no llega el material.",
     "blockade"),
    ("es", "Tengo un camion frigorifico, las tractoradas tienen la autovia parada y no "
           "cargamos.", "blockade"),
    ("fr", "J'ai un taxi-brousse a Sokode, avec la grève des syndicats de transport on ne "
           "roule plus.", "blockade"),
    ("en", "Tailor in Blantyre, ESCOM cutting the current every afternoon, the machines stop.",
     "other"),
    ("en", "Vineyard near Stellenbosch, botrytis got into the grapes this autumn.",
     "epidemic"),
    ("en", "We grow bananas near Innisfail and TR4 turned up in the next block.", "epidemic"),
    ("es", "Tengo viñedo en Cariñena y el mildiu se ha comido media cosecha.", "epidemic"),
    ("es", "Pescador en Cadaqués, con la tramuntana no salimos desde hace dos semanas.",
     "natural_hazard"),
    ("fr", "Maraicher a Maradi, l'harmattan a tout seché, les oignons sont petits.",
     "natural_hazard"),
    ("fr", "Je fais du maraichage a Thies, ca fait 4 mois qu'il pleut pas.", "natural_hazard"),
    ("es", "Tienda de abarrotes en Trujillo, unos tipos vienen pidiendo cupo cada semana.",
     "conflict"),
])
def test_the_kind_of_crisis_in_owners_words(describer: Describer, lang: str, text: str,
                                            expected: str) -> None:
    check(describer, lang, text, {"crisis_type": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Tengo una papeleria en Vigo. He bajado un 35% desde el verano.", "down_some"),
    ("es", "Bar en Zamora, la caja ha bajado un 25% este invierno.", "down_some"),
    ("es", "Panaderia en Soria, este año vamos un 20% por debajo.", "down_some"),
    ("es", "Somos apicultores en Teruel, cobramos un 30% menos por la miel.", "down_some"),
    ("en", "Barber shop in Hull. Money coming in maybe a quarter less since the plant shut.",
     "down_some"),
    ("en", "Cafe in Dover, I'd say we down like 20 percent on last year.", "down_some"),
    ("en", "Gift shop in Whitby, trade's been good, up on last year even.", "stable_or_up"),
    ("fr", "Boucherie a Tours, le chiffre est le même qu'avant, les clients suivent.",
     "stable_or_up"),
    ("fr", "Salon de coiffure a Metz, chiffre d'affaires comme l'an dernier.", "stable_or_up"),
    ("es", "Tengo una optica en Jaen. Las ventas van subiendo poco a poco.", "stable_or_up"),
    ("en", "Our cottages in Conwy flooded and we had to cancel every booking until May.",
     "stopped"),
])
def test_sales_said_as_owners_say_them(describer: Describer, lang: str, text: str,
                                       expected: str) -> None:
    check(describer, lang, text, {"revenue_change": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I sell crafts by the harbour in Castries, mostly cruise passengers.", "abroad"),
    ("en", "I make candles in Galway and post a lot to Germany and the States.", "abroad"),
    ("en", "Crab boat out of Dutch Harbor, we deliver everything to the one cannery.",
     "one_buyer"),
    ("es", "Cultivo de fresas en Huelva, todo lo entrego a la cooperativa.", "one_buyer"),
    ("es", "Restaurante en Nerja, este verano vinieron menos britanicos.", "abroad"),
    ("fr", "Campement a Kafountine, nos clients c'est surtout des toubabs.", "abroad"),
])
def test_who_buys(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"customers": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hardware importer in Kisumu, we bring goods from China and Turkey, 6 staff."),
    ("fr", "Grossiste a Kaolack, le riz vient de Thailande et d'Inde, on est 5."),
])
def test_goods_bought_abroad_are_no_customers_abroad(describer: Describer, lang: str,
                                                     text: str) -> None:
    check(describer, lang, text, {"customers": None})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Pub in Ludlow, 6 of us, the 3 bar staff are getting less shifts.", "reduced_hours"),
    ("en", "Joinery in Bolton, 20 staff, I put 8 people on short time in May.",
     "reduced_hours"),
    ("es", "Taller en Burgos, somos 9, hemos bajado la jornada a 30 horas.", "reduced_hours"),
    ("fr", "Menuiserie a Rodez, j'avais 12 ouvriers, j'en ai libéré 4.", "laid_off"),
    ("fr", "Imprimerie a Nancy, 7 salariés, j'ai gardé tout le monde, rien n'a changé.",
     "unchanged"),
    ("en", "Orchard in Kent, 6 of us, I had to send 2 of the pickers home early.", "laid_off"),
])
def test_what_happened_to_the_staff(describer: Describer, lang: str, text: str,
                                    expected: str) -> None:
    check(describer, lang, text, {"staff_change": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We run a smokehouse in Sitka, salmon in jars, sales steady.", "manufacturing"),
    ("en", "Halibut charter out of Seward, one boat, bookings down a third.", "tourism"),
    ("en", "I have a coffee shack by the beach in Byron Bay.", "food_service"),
    ("en", "Small trucking outfit in Regina, 4 rigs, lost a contract.", "trade"),
    ("es", "Conservera en Santoña, anchoas, somos 30.", "manufacturing"),
    ("es", "Tenemos una queseria en Idiazabal, 6 personas.", "manufacturing"),
    ("fr", "J'ai une paillote sur la plage a Saint-Gilles, on est 4.", "food_service"),
    ("fr", "Je suis tireur de pousse-pousse a Toamasina, je loue le pousse.", "services"),
])
def test_trades(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"sector": expected})


@pytest.mark.parametrize(("lang", "text", "question", "expected"), [
    ("en", "Bookshop in Hay, 3 of us, we're closed sundays now to save on heating.",
     "trading_status", "partly_open"),
    ("en", "Egg farm in Tipperary, bird flu next door, we're not trading at all.",
     "trading_status", "closed"),
    ("fr", "Campement a Toubab Dialaw, le feu a pris 3 cases, on tourne avec les 5 qui "
           "restent.", "trading_status", "partly_open"),
    ("es", "Ferreteria en Lugo, el alquiler y el mayorista van al dia.", "debts", "on_track"),
    ("es", "Tiendita en Chimbote, ya se me paso el pago al proveedor de gaseosas.", "debts",
     "many_overdue"),
    ("fr", "Brasserie a Namur, 5 salaries, on paie nos factures, rien en retard.", "debts",
     "on_track"),
    ("es", "Pizzeria en Tarija, 4 empleados, les avise por el grupo de whatsapp.",
     "staff_informed", "partly"),
    ("fr", "Hotel a Grasse, 9 salaries, le personnel a ete prevenu une fois par mail.",
     "staff_informed", "partly"),
    ("es", "Limpiezas en Mahon, 8 chicas, cada domingo les mando como va la cosa.",
     "staff_informed", "regularly"),
])
def test_trading_debts_and_telling_the_staff(describer: Describer, lang: str, text: str,
                                            question: str, expected: str) -> None:
    check(describer, lang, text, {question: expected})


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("es", "Cultivo mejillones en Cambados, 4 personas, la marea roja cerro la extraccion.",
     "crisis_type"),
    ("fr", "Couturiere a Kaolack avec 2 apprenties, les clientes n'ont pas encore l'argent "
           "pour la Tabaski.", "debts"),
])
def test_what_is_not_read(describer: Describer, lang: str, text: str, question: str) -> None:
    check(describer, lang, text, {question: None})
