"""Round 48's changes, with new sentences written before they were read: an amount said of a
period just gone ("last week", "la semana pasada", "ces 3 derniers mois") is the amount now
beside what was normal or last year, and before beside a "now"; a correction with no comma
before it ("30% no wait 60%", "350 perdón quise decir 450"); a scale said only with the amount
now carries to the one before; kinds of crisis in owners' words. And what they must not read: a
period just gone beside a rate of another period, "last fortnight" as cash that lasts a
fortnight."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Fish shop in Whitby. Normally we take about 9k a week, last week 3,100.",
     "down_over_half"),
    ("en", "Bike hire in Keswick. Past fortnight we took $2,300, same fortnight last year "
           "was around $3,000.", "down_some"),
    ("es", "Verdulería en Temuco. Lo normal son 900 mil por semana, la semana pasada 420 mil.",
     "down_over_half"),
    ("fr", "Crêperie à Vannes. Chiffre des 2 derniers mois 18 000 €, même période l'an passé "
           "24 000 €.", "down_some"),
    ("es", "Ferretería en Osorno. Vendimos 30 millones el mes pasado, el mismo mes del año "
           "pasado 45.", "down_some"),
    ("en", "Barber in Leeds. Last month I made 4,000, this month so far 1,500.",
     "down_over_half"),
    ("fr", "Fleuriste à Niort. Normalement 4 000 € par mois, le mois dernier 2 500 €.",
     "down_some"),
])
def test_period_just_gone(describer: Describer, lang: str, text: str, expected: str
                          ) -> None:
    check(describer, lang, text, {"revenue_change": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Cafe in Bath. Last 3 months we took 60k all up, normally 25k a month."),
])
def test_total_against_rate(describer: Describer, lang: str, text: str) -> None:
    assert "revenue_change" not in describer.read(text, prefer=lang).answers


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Deli in Ludlow. Last fortnight we sold 80 sandwiches a day."),
    ("en", "Pub in Kendal. We took 2,000 last fortnight and it was quiet."),
])
def test_fortnight_gone_is_no_runway(describer: Describer, lang: str, text: str) -> None:
    assert "cash_runway" not in describer.read(text, prefer=lang).answers


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gift shop in Oban, takings down 20% no wait 70% since the ferry stopped.",
     "down_over_half"),
    ("fr", "Librairie à Morlaix, le chiffre a baissé de 20% non pardon 60%.",
     "down_over_half"),
    ("es", "Panadería en Tandil, antes 500 panes por día, ahora 400 perdón quise decir 200.",
     "down_over_half"),
])
def test_correction_with_no_comma(describer: Describer, lang: str, text: str, expected: str
                                  ) -> None:
    check(describer, lang, text, {"revenue_change": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Feed store in Moree, the mouse plague is eating our stock.", "epidemic"),
    ("en", "Panel beater in Gympie, the creek came up overnight and flooded the workshop.",
     "natural_hazard"),
    pytest.param("en", "Lodge on King Island, the airport is closed for repairs so no guests.",
                 "blockade", marks=pytest.mark.xfail(strict=True, reason=(
                     "'airport* closed' is ignored (a closed airport says nothing of trading); "
                     "without it, 3 crises of the sets read wrong for 1 read right"))),
    ("en", "Kayak tours on Bruny Island, the little ferry keeps breaking down.", "blockade"),
    ("fr", "Maraîcher près de Nantes, la rivière a débordé mardi et tout est sous l'eau.",
     "natural_hazard"),
    ("fr", "Tabac presse à Lens, deux vols à main armée depuis l'été.", "conflict"),
    ("es", "Viñedo en Cauquenes, llegó la lobesia y el SAG nos controla.", "epidemic"),
    ("es", "Taller de tejidos en Putre, un aluvión nos llenó de barro el local.",
     "natural_hazard"),
    ("es", "Ganadería en Arauca, en dos meses me robaron 15 reses.", "conflict"),
])
def test_kinds_of_crisis(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"crisis_type": expected})


def test_young_mum_is_both(describer: Describer) -> None:
    check(describer, "fr", "Je suis une jeune maman de 27 ans, je fais des bougies à Auray.",
          {"led_by": "both"})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Orchard near Shepparton, me and half a dozen pickers.", "s2_9"),
    ("es", "Taller de costura en Oaxaca, somos media docena de costureras.", "s2_9"),
])
def test_share_of_a_number(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"size": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Cab driver in Katherine, got rocks thrown at the car last week.", "conflict"),
    ("es", "Fonda en Tuxpan, vinieron a pedir cuota la semana pasada.", "conflict"),
    ("fr", "Betteravier près de Péronne, la jaunisse a touché mes parcelles.", "epidemic"),
    ("fr", "Boulangerie à Fumay, depuis que l'usine a fermé on vend moins.", "economic"),
])
def test_more_kinds_of_crisis(describer: Describer, lang: str, text: str, expected: str
                              ) -> None:
    check(describer, lang, text, {"crisis_type": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Dog grooming van in Ballarat, me (F, 52) and a junior.", "women_led"),
    ("en", "Phone repairs in Suva. Me: M, 27, two staff.", "youth_led"),
    ("en", "hey im 31f and i sell candles at the Rotorua market.", "both"),
    ("fr", "Traiteur à Ziguinchor, moi (F, 46) et mes deux nièces.", "women_led"),
])
def test_sex_marked_beside_an_age(describer: Describer, lang: str, text: str, expected: str
                                  ) -> None:
    check(describer, lang, text, {"led_by": expected})


def test_metres_are_no_sex_mark(describer: Describer) -> None:
    answers = describer.read("Puits à Kaffrine, on a creusé, 40 m, l'eau est revenue.", "fr")
    assert "led_by" not in answers.answers


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Potière à Vallauris, atelier au village. J'ai 47 ans, je vends aux touristes.",
     "women_led"),
    ("fr", "Vigneron dans le Layon, 12 hectares. J'ai 33 ans et je reprends la ferme.",
     "youth_led"),
    ("es", "Carpintero en Cuenca, muebles a medida. Tengo 52 años y dos ayudantes.", "neither"),
    ("es", "Buenas, costurera en Masaya, trabajo en mi casa. Tengo 29 años.", "both"),
])
def test_a_trade_heading_the_text_is_the_writer(describer: Describer, lang: str, text: str,
                                                expected: str) -> None:
    check(describer, lang, text, {"led_by": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Camaronera en El Oro, 30 trabajadores, vendemos a una empacadora."),
    ("fr", "Boulangerie à Laval. Mon boucher a fermé, je suis tout seul à 44 ans."),
])
def test_no_writer_from_a_business_word(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") != "women_led"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hi, Siobhan here, 38, I run a gift shop in Dingle.", "women_led"),
    ("es", "Hola, soy Ainhoa, tengo 29 y tengo una librería en Bilbao.", "both"),
    ("fr", "Bonjour, moi c'est Erwan, 52 ans, crêperie à Quimper.", "neither"),
])
def test_more_first_names(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"led_by": expected})
