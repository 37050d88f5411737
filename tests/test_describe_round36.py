"""Round 36's cue changes, with new sentences written before they were read: debts owed for
a number of months; keeping people "up to date" and paying "por día" are no payments on
track; a month compared with the same month last year is no "same as last year"; a cross
word taken for a broke one, someone's own cloth, "la misma historia" and millions of people
are nothing of a business."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Small garage in Kitwe, the parts dealer is owed for three months now."),
    ("en", "my printing shop owes the paper supplier, they are owed for 2 months"),
    ("es", "Tengo un taller, tenemos una deuda de tres meses con el dueño del local."),
    ("es", "panadería chica, ya es una deuda de 2 meses con el de la harina"),
])
def test_a_debt_of_months_is_overdue(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers.get("debts") == "many_overdue"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I run a bakery, I call my two buyers each week to keep them up to date."),
    ("en", "we have a joinery and keep the staff up to date every Monday"),
    ("es", "Tengo una carpintería, a los ayudantes les pago por día trabajado."),
    ("es", "vendo comida, a la muchacha le pago por dia"),
])
def test_informing_or_a_daily_wage_is_no_payment_on_track(describer: Describer, lang: str,
                                                          text: str) -> None:
    assert "debts" not in describer.read(text, lang).answers


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I have a shop in Kisumu, loan and rent paid up to date."),
    ("es", "Tengo una tienda y le pago al día a mis proveedores."),
])
def test_payments_on_track_still_read(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers.get("debts") == "on_track"


def test_at_risk_after_on_track_next_month(describer: Describer) -> None:
    text = ("Tengo una fonda en Ponce. El préstamo lo tengo al día, pero el mes que viene se "
            "me va a hacer difícil.")
    assert describer.read(text, "es").answers.get("debts") == "some_at_risk"


@pytest.mark.parametrize("text", [
    "Our guesthouse: bookings this month 12, same month last year 40.",
    "Restaurant in Nadi, this week we did 200 covers, same week last year 500.",
])
def test_the_same_month_last_year_is_no_stable_sales(describer: Describer, text: str) -> None:
    assert describer.read(text, "en").answers.get("revenue_change") != "stable_or_up"


def test_sales_the_same_as_last_year_still_read(describer: Describer) -> None:
    text = "I sell shoes at Gikomba, sales same as last year."
    assert describer.read(text, "en").answers.get("revenue_change") == "stable_or_up"


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("fr", "Je suis fâchée contre ma voisine, elle fait du bruit toute la nuit", "cash_runway"),
    ("fr", "ma cousine a déchiré mon pagne au mariage", "sector"),
    ("es", "otra vez lo mismo con mi cuñado, siempre la misma historia", "customers"),
    ("en", "Cyclone in the north, 3 million people without power, pray for them", "size"),
])
def test_words_of_daily_life_read_nothing_of_a_business(describer: Describer, lang: str,
                                                        text: str, question: str) -> None:
    assert question not in describer.read(text, lang).answers


def test_broke_in_french_still_reads_cash(describer: Describer) -> None:
    text = "J'ai une petite boutique de pagnes à Lomé, je suis fauchée, plus rien en caisse."
    assert describer.read(text, "fr").answers.get("cash_runway") is not None


@pytest.mark.parametrize(("lang", "text", "led_by"), [
    ("en", "Hello! I'm Chiamaka, 30, I sell fabrics at Onitsha main market", "both"),
    ("en", "Hi, my name is Tanvir, 44, I have a phone repair shop in Sylhet", "neither"),
    ("es", "Hola, soy Ximena, 28 años, tengo una cafetería en Cusco", "both"),
    ("fr", "Bonjour, je m'appelle Ablavi, 52 ans, je vends du poisson fumé à Lomé", "women_led"),
    # a word that is also a name stays out of the lists: the age alone
    ("en", "Hi! I'm Precious, 26, I run a salon in Gaborone", "youth_led"),
])
def test_a_first_name_given_before_the_age_says_the_sex(describer: Describer, lang: str,
                                                          text: str, led_by: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == led_by


@pytest.mark.parametrize("text", [
    "I am writing for my aunt who runs a fabric shop in Kampala. She has 1 helper.",
    "writing for my dad, he has a small garage in Kitwe. He has one apprentice.",
])
def test_written_for_someone_their_helpers_count_them_too(describer: Describer,
                                                          text: str) -> None:
    # the head-count reads "she" as the one who runs it, as every other rule of such a text
    # (left: "Elle a 1 serveuse", and Spanish, which drops the subject: "Tiene 1 empleado")
    assert describer.read(text, "en").answers.get("size") == "s2_9"
