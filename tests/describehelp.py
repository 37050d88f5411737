"""What the description tests share: reading a text and checking the answers named."""

from __future__ import annotations

from bot.describe import Describer


def check(describer: Describer, lang: str, text: str, expected: dict[str, str | None]) -> None:
    """The answers named (None: not read) are as expected; others are not checked."""
    answers = describer.read(text, lang).answers
    assert {q: answers.get(q) for q in expected} == expected, answers
