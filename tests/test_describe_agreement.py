"""How far two careful people agree: the ceiling a reader of descriptions can be held to.

Blind sets 16 and 19 were labelled a second time, by someone who saw neither the writer's
labels nor the reader, from the same guide (tests/descriptions/second_labeller/). Their
labels are scored against the writer's exactly as the reader is (test_describe_accuracy's
measure), so the figures set side by side in docs/DESCRIPTIONS.md compare like with like.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest

from bot.knowledge import Knowledge
from tests.test_describe_accuracy import FOLDER, GOAL_RECALL, load, measure, table

SECOND = FOLDER / "second_labeller"
#: What two people reached (96 % and 94 % precision, 98 % recall): blind19's writer left out
#: the crisis when two were current, the second labeller named the main one.
HUMAN_PRECISION = 0.93


@dataclass
class _Labels:
    answers: dict[str, str]


class SecondLabeller:
    """Answers each text with the second person's labels, as a reader would answer it."""

    def __init__(self, folder: Path) -> None:
        self.labels = {str(case["text"]): {q: str(a) for q, a in (case["expect"] or {}).items()}
                       for cases in load(folder).values() for case in cases}

    def read(self, text: str, prefer: str | None = None) -> _Labels:
        return _Labels(self.labels[text])


@pytest.mark.parametrize("name", ["blind16", "blind19"])
def test_a_second_careful_labeller_meets_the_goal(knowledge: Knowledge, name: str) -> None:
    """Two people agree well above the goal: it is a reader's gap, not the labels' noise."""
    first, second = load(FOLDER / name), load(SECOND / name)
    assert {f: [c["text"] for c in cases] for f, cases in first.items()} == \
        {f: [c["text"] for c in cases] for f, cases in second.items()}
    result = measure(knowledge, FOLDER / name, describer=cast(Any, SecondLabeller(SECOND / name)))
    print(f"\n{name}, second labeller against the writer:\n" + table(result))
    total = result.total
    assert total.precision is not None and total.recall is not None
    assert total.precision >= HUMAN_PRECISION and total.recall >= GOAL_RECALL
    assert result.offtopic_read == [] and result.calm == []
