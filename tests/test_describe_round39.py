"""Round 39's changes, with new sentences written before they were read: of two ages read, the
one said more plainly is the writer's ("sold fish 30 years ... I'm 64"); an age said "now"
after "j'ai", "tengo" or a word for a person is an age, not how long something lasted; the
name and age after a greeting ("Good evening. Mrs Phiri here, 47"); a name and its age in
one clause or in brackets ("im Kofi 26", "soy Marcos (31) y"); a name given after an
introduction, the age said further on; a title then any names opening the text; an age
written with a letter for the sex ("24f"); a number after "we were" that counts things is no
head-count; robberies, a trough of rain, a norovirus closure and a fuel depot's explosion in
the owners' words."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "Sold fish at the market 30 years. I'm 64, a widow now, my grandson types this. "
           "Fuel is short and trips are few.", "women_led"),
    ("en", "I opened the tailoring shop as a young widow in 1996. I am 61 now and we are 4 "
           "women sewing school uniforms.", "women_led"),
    ("es", "Tengo la ferreteria hace 27 años en Sucre. Soy hombre, tengo 59, y las ventas "
           "bajaron.", "neither"),
])
def test_the_plainer_age_is_the_writers(describer: Describer, lang: str, text: str,
                                        answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("fr", "J'ai repris la menuiserie en 2009, je suis un homme de 54 ans maintenant. Les "
           "commandes baissent.", "neither"),
    ("es", "Tengo una panaderia en Oruro, soy mujer y tengo 47 años ahora, vendemos menos.",
     "women_led"),
])
def test_an_age_said_now_is_an_age(describer: Describer, lang: str, text: str,
                                   answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "Good evening. Mrs Phiri here, 47, I sell chitenge cloth at the market.",
     "women_led"),
    ("es", "Buenas tardes, soy la Marisol, tengo 29, vendo empanadas en la plaza.", "both"),
    ("en", "hello. me (Halima, 24) and my cousin sell juice by the bus stop.", "both"),
])
def test_who_writes_after_a_greeting(describer: Describer, lang: str, text: str,
                                     answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "im Kofi 26, i repair fridges in Tema, business is slow.", "youth_led"),
    ("es", "Hola, soy Marcos (31) y tengo una ferreteria chica en Tarija.", "youth_led"),
    ("en", "so tired, im Grace (23), i braid hair from my room in Kitwe.", "both"),
])
def test_a_name_with_its_age(describer: Describer, lang: str, text: str,
                             answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("es", "Buenas noches. Le escribe Teodoro, tengo un taller de motos en Tarija, tengo 56 "
           "años y poco trabajo.", "neither"),
    ("en", "Mrs Adjoa Mensah-Boateng, I run a chop bar in Kumasi, I am 50.", "women_led"),
])
def test_a_name_given_at_the_start(describer: Describer, lang: str, text: str,
                                   answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "hey 24f, i make candles and sell them on etsy, orders are down.", "both"),
    ("en", "29 m, own a food truck in Lusaka, fuel is killing me.", "youth_led"),
    ("fr", "31f, je fais des gâteaux à la maison et je livre à Abidjan.", "both"),
    ("fr", "slt moi c Mariam 25f, je vends du jus de bissap à Dakar, ça marche moins.", "both"),
])
def test_an_age_with_a_letter_for_the_sex(describer: Describer, lang: str, text: str,
                                          answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


def test_a_price_in_francs_is_no_age(describer: Describer) -> None:
    text = "Ma boulangerie à Bouaké, la baguette est à 75 f, les clients achètent moins."
    assert describer.read(text, "fr").answers.get("led_by") is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tent hire in Mwanza. We were doing 15 weddings a month, now 5, people have no "
           "money."),
    ("en", "Sound system hire. We were doing 20 shows a month before the ban, now 6."),
])
def test_things_counted_after_we_were_are_no_team(describer: Describer, lang: str,
                                                  text: str) -> None:
    answers = describer.read(text, lang).answers
    assert "staff_change" not in answers
    assert answers.get("size") not in ("s10_49", "s50_plus")


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("es", "Tengo una verduleria en Lambare, nos asaltaron dos veces este mes y la gente ya "
           "no sale.", "conflict"),
    ("es", "Mi kiosco en Luque, los motochorros pasan todas las noches, vendo menos.",
     "conflict"),
    ("es", "Tengo una tienda de ropa, con la vaguada se metio el agua y perdi mercaderia.",
     "natural_hazard"),
    ("fr", "Je suis mytilicultrice à Cancale, la vente est interdite à cause du norovirus, on "
           "vend plus rien.", "epidemic"),
    ("fr", "Notre épicerie à Cayenne, on a été braqués deux fois cette année, on ferme plus "
           "tôt.", "conflict"),
    ("fr", "Je vends du charbon et du pétrole à Conakry, depuis l'explosion du dépôt de "
           "carburant je n'ai plus rien à vendre.", "blockade"),
])
def test_crisis_words_of_round_39(describer: Describer, lang: str, text: str,
                                  answer: str) -> None:
    assert describer.read(text, lang).answers.get("crisis_type") == answer
