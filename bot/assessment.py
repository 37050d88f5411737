"""The assessment as a sequence: positions, and whether a button press still counts.

A position is a question's index in the questionnaire. A question whose `ask_when` fails for
the answers so far is not asked: moving on, going back and counting skip it, and an answer
that changes an earlier one drops the answers of questions that no longer apply. The buttons'
data is written and read in bot/callbacks.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from bot.callbacks import AnswerPress, question_tag
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


def press_outdated(press: AnswerPress, knowledge: Knowledge) -> bool:
    """Whether a press's button was made for another question than the one at its position.

    That happens when an upgrade changed the questions while an assessment was open.
    """
    return press.tag is not None and press.tag != question_tag(
        knowledge.questions[press.position].id)


def past_last_question(assessment: OpenAssessment, knowledge: Knowledge) -> bool:
    """Every question answered or skipped, yet the assessment is open: it awaits its plan."""
    return assessment.position >= len(knowledge.questions)


def question_at(knowledge: Knowledge, position: int) -> Question:
    """The question at a position of the assessment."""
    return knowledge.questions[position]


def next_position(knowledge: Knowledge, answers: Mapping[str, str], after: int) -> int:
    """The next question to ask after `after`; len(questions) when the assessment is done."""
    for position in range(after + 1, len(knowledge.questions)):
        if knowledge.applies(knowledge.questions[position], answers):
            return position
    return len(knowledge.questions)


def previous_position(
    knowledge: Knowledge, answers: Mapping[str, str], before: int
) -> int | None:
    """The question Back leads to from `before`; None on the first one asked."""
    for position in range(before - 1, -1, -1):
        if knowledge.applies(knowledge.questions[position], answers):
            return position
    return None


def progress(knowledge: Knowledge, answers: Mapping[str, str], position: int) -> tuple[int, int]:
    """(number, total) for "3 of 16": among the questions asked for these answers."""
    asked = [i for i, q in enumerate(knowledge.questions) if knowledge.applies(q, answers)]
    number = sum(1 for i in asked if i < position) + 1
    return number, max(len(asked), number)


def dropped_answers(knowledge: Knowledge, answers: Mapping[str, str]) -> list[str]:
    """Questions answered earlier that no longer apply (e.g. staff after a size of one)."""
    kept = knowledge.applicable_answers(answers)
    return [q.id for q in knowledge.questions if q.id in answers and q.id not in kept]


def max_questions(knowledge: Knowledge) -> int:
    """The most questions any path through the assessment asks.

    Only answers that some `ask_when` names change the path, so the walk branches on those
    (each option, and left unanswered) and goes straight through the others.
    """
    named = {name for q in knowledge.questions if q.ask_when for name in q.ask_when.questions()}

    def walk(position: int, answers: dict[str, str]) -> int:
        if position >= len(knowledge.questions):
            return 0
        question = knowledge.questions[position]
        if not knowledge.applies(question, answers):
            return walk(position + 1, answers)
        if question.id not in named:
            return 1 + walk(position + 1, answers)
        choices = [walk(position + 1, {**answers, question.id: o.id}) for o in question.options]
        return 1 + max([walk(position + 1, answers), *choices])

    return walk(0, {})
