"""The assessment as a sequence: positions, and whether a button press still counts.

The buttons' data is written and read in bot/callbacks.py.
"""

from __future__ import annotations

from typing import Protocol

from bot.callbacks import AnswerPress
from bot.knowledge import Knowledge, Question


class OpenAssessment(Protocol):
    """What a press is checked against: which assessment is open, and at which question."""

    @property
    def id(self) -> int:
        """The open assessment's id."""

    @property
    def position(self) -> int:
        """The position of its current question."""


def current_press_valid(
    press: AnswerPress, assessment: OpenAssessment | None, knowledge: Knowledge
) -> bool:
    """A press counts only on the open assessment's current question with a real option."""
    if assessment is None or press.assessment_id != assessment.id:
        return False
    if press.position != assessment.position or press.position >= len(knowledge.questions):
        return False
    if press.option_index is not None:
        return press.option_index < len(knowledge.questions[press.position].options)
    return True


def question_at(knowledge: Knowledge, position: int) -> Question:
    """The question at a position of the assessment."""
    return knowledge.questions[position]
