"""Round 35's cue changes, with new sentences: a fall said with the participle "caído"; a
wage or the rent right before an amount ("i cut their pay 30%") is not sales."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("text", "change"), [
    ("Las ventas se han caído más de la mitad.", "down_over_half"),
    ("Las ventas han caído un 30 por ciento.", "down_some"),
    ("se nos ha caido todo, las ventas en un 70%", "down_over_half"),
])
def test_a_fall_said_with_caido(describer: Describer, text: str, change: str) -> None:
    assert describer.read(text, "es").answers.get("revenue_change") == change


def test_a_roof_that_fell_is_no_sales_change(describer: Describer) -> None:
    text = "el techo se ha caido y perdimos la mitad del stock"
    assert "revenue_change" not in describer.read(text, "es").answers


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "3 boys work with me, i cut their pay 30%."),
    ("en", "Tailor in Lusaka, the two helpers agreed I reduce their wages by 25 %."),
    ("fr", "Mes apprentis travaillent toujours, j'ai baissé leur salaire de 20 %."),
    ("es", "a los muchachos les bajé el sueldo un 25 %, trabajan menos horas"),
])
def test_a_cut_of_pay_is_no_sales_change(describer: Describer, lang: str, text: str) -> None:
    assert "revenue_change" not in describer.read(text, lang).answers


@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "we are 5 staff and sales down 40% since the strike", "down_some"),
    ("en", "I cut the staff pay, sales fell 70%", "down_over_half"),
    ("es", "Las ventas bajaron un 30 %, y el alquiler subió", "down_some"),
    # "pay" after the amount is how customers pay, not a wage
    ("en", "i work alone, sales drop like 40 percent customers pay transfer", "down_some"),
])
def test_a_fall_of_sales_beside_pay_is_still_read(describer: Describer, lang: str, text: str,
                                                  change: str) -> None:
    assert describer.read(text, lang).answers.get("revenue_change") == change
