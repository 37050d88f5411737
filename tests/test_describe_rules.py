"""The general reading rules: halves and years, head counts, apostrophes, exceptions,
phrases that answer nothing, and payment methods adding up."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from bot.knowledge import Knowledge
from bot.matching import Matchers


@pytest.mark.parametrize(("lang", "typed", "months"), [
    ("en", "two weeks and a half", 2.5 / 4.35),
    ("en", "a month and a half", 1.5),
    ("en", "3 months and a half", 3.5),
    ("fr", "un mois et demi", 1.5),
    ("fr", "1 an", 12.0),
    ("es", "mes y medio", 1.5),
    ("es", "un año", 12.0),
])
def test_durations_with_halves_and_years(knowledge: Knowledge, lang: str, typed: str,
                                         months: float) -> None:
    question = knowledge.question("cash_runway")
    assert question is not None
    matcher = Matchers(knowledge).get(lang, question)
    value = matcher.read_number(typed.replace("ñ", "n"))
    assert value == pytest.approx(months)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "savings for a month and a half", {"cash_runway": "m1_3"}),
    ("fr", "on a de l'argent pour un an et demi", {"cash_runway": "over_3m"}),
    ("es", "el dinero nos alcanza para mes y medio", {"cash_runway": "m1_3"}),
    ("es", "tengo 31 años y ahorros para 2 meses", {"cash_runway": "m1_3"}),
    ("en", "we are 5 of us at the workshop", {"sector": "manufacturing", "size": "s2_9"}),
    ("en", "I have 3 technicians", {"size": "s2_9"}),
    ("en", "me and my daughter", {"size": "s2_9"}),
])
def test_amounts(describer: Describer, lang: str, text: str, expected: dict[str, str]) -> None:
    answers = describer.read(text, lang).answers
    assert {q: answers.get(q) for q in expected} == expected


def test_apostrophes_typed_without_them(describer: Describer) -> None:
    assert describer.read("we havent told the staff", "en").answers["staff_informed"] == \
        "not_yet"
    assert describer.read("we dont sell online", "en").answers == {"online_presence": "none"}


# Round 42's retrained model read a restaurant from "staff" alone (0.70, at the sector's
# threshold); round 50's does not.
def test_a_line_about_the_staff_says_no_sector(describer: Describer) -> None:
    assert describer.read("we havent told the staff", "en").answers == {
        "staff_informed": "not_yet"}


def test_an_exception_limits_a_cue(describer: Describer) -> None:
    assert describer.read("we kept everyone except the drivers",
                          "en").answers["staff_change"] == "laid_off"
    assert describer.read("mantuvimos a todos salvo a los choferes",
                          "es").answers["staff_change"] == "laid_off"
    assert describer.read("on a gardé tout le monde sauf les chauffeurs",
                          "fr").answers["staff_change"] == "laid_off"
    assert describer.read("we kept everyone", "en").answers["staff_change"] == "unchanged"


def test_a_road_or_market_closing_is_not_the_business_closing(describer: Describer) -> None:
    assert "trading_status" not in describer.read("the roads are closed", "en").answers
    assert "trading_status" not in describer.read("depuis la fermeture du marché",
                                                  "fr").answers
    assert describer.read("our shop is closed", "en").answers["trading_status"] == "closed"


def test_the_highest_payment_method_said_wins(describer: Describer) -> None:
    assert describer.read("clients pay cash or Airtel Money",
                          "en").answers["payments"] == "mobile_or_card"
    assert describer.read("paiement en espèces ou Moov Money",
                          "fr").answers["payments"] == "mobile_or_card"
    assert describer.read("we only take cash", "en").answers["payments"] == "cash_only"


def test_short_cues_must_appear_as_written(describer: Describer) -> None:
    # "al día" (up to date) is not any "día"; "unos meses" is not any "meses".
    answers = describer.read("tenemos caja para 10 días", "es").answers
    assert answers == {"cash_runway": "under_2w"}
    assert "cash_runway" not in describer.read("cerrado hace 3 meses", "es").answers
