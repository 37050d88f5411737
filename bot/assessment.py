"""The assessment as a sequence: positions, button data, and what a press means."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from bot.knowledge import Knowledge, Question

#: a:<assessment>:<position>:<option index> answers; b: goes back; k: skips.
PRESS = re.compile(r"^(a|b|k):(\d{1,12}):(\d{1,3})(?::(\d{1,3}))?$")
CALLBACK_PATTERN = r"^[abk]:"


@dataclass(frozen=True)
class Press:
    """A decoded button press of the assessment."""

    kind: str
    assessment_id: int
    position: int
    option_index: int | None = None


def encode(kind: str, assessment_id: int, position: int, option_index: int | None = None) -> str:
    """Button data for a press; at most 1+1+12+1+3+1+3 = 22 bytes, well under Telegram's 64."""
    suffix = f":{option_index}" if option_index is not None else ""
    return f"{kind}:{assessment_id}:{position}{suffix}"


def decode(data: str | None) -> Press | None:
    """Parse button data; anything malformed is None."""
    match = PRESS.match(data or "")
    if not match:
        return None
    kind, aid, pos, index = match.groups()
    if (kind == "a") != (index is not None):
        return None
    return Press(kind, int(aid), int(pos), int(index) if index is not None else None)


class OpenAssessment(Protocol):
    """What a press is checked against: which assessment is open, and at which question."""

    @property
    def id(self) -> int:
        """The open assessment's id."""

    @property
    def position(self) -> int:
        """The position of its current question."""


def current_press_valid(
    press: Press, assessment: OpenAssessment | None, knowledge: Knowledge
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
