"""Round 37's cue changes, with new sentences written before they were read: years spent at a
trade are no age; a choice asked about ("or keep going", "¿cierro o sigo abierta?", "do I let
him go") is no fact; a pavement closed, a wage paid "le temps que", nothing said "à
personne", a page someone is urged to make, cash on delivery, staff on normal hours are
nothing of ours; a savings group, a date and a population are no team; a name alone opening a
text, a man's trade, a grandmother, rent paid for some weeks, missed instalments, a single
brand, mildew, Marburg, shorter weeks and a voice note's fillers are read."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize("text", [
    "I am a welder, been welding 22 years, me and 2 apprentices.",
    "my mother sells fish in Buchanan, been selling 30 yrs, she has one helper",
])
def test_years_at_a_trade_are_no_age(describer: Describer, text: str) -> None:
    assert describer.read(text, "en").answers.get("led_by") not in ("youth_led", "both")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Barber shop, 3 chairs. Do we shut on Sundays or keep going 7 days?"),
    ("en", "How do I know if my bakery should close for two weeks or keep going?"),
])
def test_a_choice_to_keep_going_is_no_runway(describer: Describer, lang: str,
                                             text: str) -> None:
    assert "cash_runway" not in describer.read(text, lang).answers


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿Cierro dos semanas o sigo abierto? Tengo una barberia en David."),
    ("es", "Mi cafeteria esta en una calle con obras, la acera esta cerrada hace un mes."),
])
def test_a_question_or_a_closed_pavement_is_no_closing(describer: Describer, lang: str,
                                                       text: str) -> None:
    assert describer.read(text, lang).answers.get("trading_status") != "closed"


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("fr", "Mon garage a brule, je paie les gars le temps que l'assurance rembourse.",
     "debts"),
    ("fr", "J'ai une boulangerie, 12 employes. Je n'ai encore rien dit a personne du pret.",
     "debts"),
    ("fr", "Je tiens un food truck avec une amie a temps partiel.", "staff_change"),
    ("en", "My dad sells shoes, I keep telling him to open a facebook page.",
     "online_presence"),
    ("en", "Printing shop with 4 staff. Should I let two of them go?", "staff_change"),
    ("es", "Tengo una tienda, quizas les baje el sueldo a los muchachos.", "staff_change"),
    ("en", "Bakery, 10 staff. The mill now wants cash on delivery for the flour.",
     "trading_status"),
    ("en", "Sawmill with 14 workers, prices down, staff still on normal hours.",
     "trading_status"),
    ("en", "Catering firm, 6 staff. We lost the lunch job with a big school in March.",
     "staff_change"),
    ("en", "We export tea, price down 30%, volumes same as last year.", "revenue_change"),
    ("en", "Haulage, 5 trucks. A round trip that was 3 days is now 8.", "trading_status"),
    ("es", "Tengo una tienda y la gente compra menos porque no hay dinero.", "cash_runway"),
    ("fr", "Maraichere a Kara, on arrose au puits mais c'est pas assez, la moitie des planches "
     "ont seche.", "revenue_change"),
])
def test_nothing_of_ours_is_read(describer: Describer, lang: str, text: str,
                                 question: str) -> None:
    assert question not in describer.read(text, lang).answers


def test_cash_only_when_cards_are_not_trusted(describer: Describer) -> None:
    text = "Roti shop in Couva, cash only, she doh trust Linx."
    assert describer.read(text, "en").answers.get("payments") == "cash_only"


@pytest.mark.parametrize(("lang", "text", "question", "answer"), [
    ("en", "Salon in Suva, we can pay rent and wages for maybe 2 more weeks.", "cash_runway",
     "under_2w"),
    ("en", "I am a fisherman, 58 years old, one boat in Lautoka.", "led_by", "neither"),
    ("fr", "Ma femme tient une boutique de pagnes a Oyem, elle a 29 ans.", "led_by", "both"),
    ("fr", "On coud pour une seule grande marque de Libreville.", "customers", "one_buyer"),
    ("fr", "Il livre tout son cacao a la cooperative de Oyem.", "customers", "one_buyer"),
    ("fr", "Mon taxi: j'ai rate 3 versements du credit.", "debts", "many_overdue"),
    ("fr", "Maraichere, le mildiou a tout pris sur les tomates.", "crisis_type", "epidemic"),
    ("en", "Lodge in Nadi, since the Marburg scare the bookings stopped.", "crisis_type",
     "epidemic"),
    ("fr", "Je vends des legumes, on a vendu moins de la moitie de l'an passe.",
     "revenue_change", "down_over_half"),
    ("fr", "mon atelier de couture marche plus bien depuis la crise", "revenue_change",
     "down_some"),
    ("fr", "Je m'appelle Awa, jeune femme de 25 ans, je vends des pagnes a Conakry.",
     "led_by", "both"),
    ("en", "Guest house in Gizo. The loan is paid so far but next 3 months I dont know how.",
     "debts", "some_at_risk"),
    ("en", "Joinery, 8 of us. With what we have we can go about 6 weeks.", "cash_runway",
     "m1_3"),
    # a voice note with no stop: "half of before" compares, it dates nothing
    ("en", "um my salon in Suva we doing like half of before you know I can pay the rent for "
     "maybe two more weeks", "cash_runway", "under_2w"),
    # a filler cuts a run-on voice note, so "since" before it holds no runway after it
    ("en", "hello I drive a taxi in Monrovia since the uh the fuel went up I work less um "
     "the money I have can carry me maybe two more weeks", "cash_runway", "under_2w"),
    ("fr", "Nous sechons le poisson, 12 femmes. Depuis l'incendie on a arrete la production.",
     "trading_status", "closed"),
    ("en", "Printing works, 40 staff, all on 4 days a week since June.", "staff_change",
     "reduced_hours"),
    ("en", "Salon in Honiara, I put my 2 girls on commission only.", "staff_change",
     "reduced_hours"),
    ("es", "Tengo 2 taxis y los choferes se turnan en el que funciona.", "staff_change",
     "reduced_hours"),
    ("en", "Bakery in Juba, we bake every other day now.", "trading_status", "partly_open"),
    ("fr", "Je fais le pain 3 fois par semaine au lieu de 6.", "trading_status",
     "partly_open"),
    ("en", "Lodge in Maun with two restaurants, we closed one of our restaurants.",
     "trading_status", "partly_open"),
])
def test_read(describer: Describer, lang: str, text: str, question: str,
              answer: str) -> None:
    assert describer.read(text, lang).answers.get(question) == answer


def test_a_population_is_no_team(describer: Describer) -> None:
    text = ("Did you hear, the cyclone left 40,000 people homeless in the west. my aunt's "
            "village is flooded, praying for them")
    assert describer.read(text, "en").answers == {}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I sell vegetables at Gizo market, I keep my money in a chama group of 15 women."),
    ("fr", "Je vends du poisson fume a Kara, je suis dans une tontine de 25 femmes."),
    ("es", "Vendo ropa en Bata, estoy en un njangi de 18 mujeres."),
    ("fr", "Je tiens un salon de coiffure a Lome, le loyer c'etait pour le 5, on est le 19."),
])
def test_a_savings_group_or_a_date_is_no_team(describer: Describer, lang: str,
                                             text: str) -> None:
    assert describer.read(text, lang).answers.get("size") not in ("s10_49", "s50_plus")



@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "bonjour j'ai besoin de conseil svp, merci"),
    ("fr", "Tu sais si le bac est ouvert demain? Mon chum pis moi on va voir sa mere."),
    ("fr", "l'orage a tue 6 personnes au village de ma tante, que Dieu les garde"),
])
def test_off_topic_reads_nothing(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "Joseph, tailoring shop in Buchanan, me and 2 apprentices. I am 48.", "neither"),
    ("fr", "Awa, salon de coiffure a Oyem, 3 filles avec moi. J'ai 41 ans.", "women_led"),
    ("en", "we are a group of 9 women making soap in Juba", "women_led"),
    ("en", "I am a grandmother, 64, I sell cassava at Auki market.", "women_led"),
    ("fr", "je suis fumeuse de poisson a Conakry depuis 12 ans", "women_led"),
])
def test_who_leads(describer: Describer, lang: str, text: str, answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


def test_a_greeting_gives_no_name(describer: Describer) -> None:
    text = "Hi Grace, I have a hardware shop in Suva, I am 50."
    assert "led_by" not in describer.read(text, "en").answers
