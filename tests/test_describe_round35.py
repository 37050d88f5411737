"""Round 35's cue change, with new sentences: a fall said with the participle "caído"."""

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
