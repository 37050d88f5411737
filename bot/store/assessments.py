"""Assessments and descriptions: the answers an owner gave, by buttons or in one text."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.store.db import SerialConnection
from bot.store.feedback import Feedback
from bot.store.plans import Plans, Signals
from bot.store.questions import Questions


@dataclass(frozen=True)
class Assessment:
    """An assessment in progress: where the user is, and what they answered so far."""

    id: int
    position: int
    message_id: int | None
    answers: dict[str, str]


#: An answer as `record_answer` stores it: question, option (None: skipped), the text typed
#: (None: a button), the position to move to.
LastAnswer = tuple[str, str | None, str | None, int]


@dataclass(frozen=True)
class Description:
    """The answers read from a one-off description (/plan <text>); the text is not kept."""

    id: int
    user_id: int
    chat_id: int
    language: str
    answers: dict[str, str]
    #: The questions still to ask before the plan, in order (empty: the plan can be shown).
    asking: tuple[str, ...] = ()
    #: The private message asking the first of them, once sent.
    question_message: int | None = None


class Assessments:
    """The assessments, answers and descriptions tables."""

    def __init__(self, db: SerialConnection, plans: Plans, questions: Questions,
                 feedback: Feedback) -> None:
        self.db, self.plans, self.questions, self.feedback = db, plans, questions, feedback

    async def start(self, user_id: int) -> int:
        """Begin a new assessment, cancelling any open one (and an awaited question, comment)."""
        async with self.db.transaction():
            # Typed text is an answer again: a question awaited from "Ask an advisor" is
            # dropped, and so is a comment awaited after 👍/👎.
            await self.questions.drop_pending(user_id)
            await self.feedback.stop_awaiting(user_id)
            await self.db.execute(
                "UPDATE assessments SET status = 'cancelled', finished_at = ?"
                " WHERE user_id = ? AND status = 'active'",
                (time.time(), user_id),
            )
            cursor = await self.db.execute(
                "INSERT INTO assessments (user_id, started_at) VALUES (?, ?)",
                (user_id, time.time()),
            )
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def active(self, user_id: int) -> Assessment | None:
        """The user's open assessment with its answers so far."""
        # One query, one round trip (was two queries, six round trips).
        rows = list(await self.db.execute_fetchall(
            "SELECT a.id, a.position, a.message_id, n.question_id, n.option_id"
            " FROM (SELECT id, position, message_id FROM assessments"
            "       WHERE user_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1) a"
            " LEFT JOIN answers n ON n.assessment_id = a.id",
            (user_id,),
        ))
        if not rows:
            return None
        answers = {r[3]: r[4] for r in rows if r[3] is not None}
        return Assessment(rows[0][0], rows[0][1], rows[0][2], answers)

    async def record_answer(
        self, assessment_id: int, question_id: str, option_id: str | None,
        typed: str | None, next_position: int, drop: Iterable[str] = (),
    ) -> None:
        """Store an answer (None: skipped) and move on, in one transaction.

        `drop` names questions whose answers no longer count (they no longer apply).
        """
        dropped = [(assessment_id, question) for question in drop]
        async with self.db.transaction():
            if dropped:
                await self.db.executemany(
                    "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?", dropped)
            if option_id is None:
                await self.db.execute(
                    "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                    (assessment_id, question_id),
                )
            else:
                await self.db.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                    (assessment_id, question_id, option_id, typed, time.time()),
                )
            await self.db.execute(
                "UPDATE assessments SET position = ? WHERE id = ?", (next_position, assessment_id)
            )

    async def move_to(self, assessment_id: int, position: int) -> None:
        """Go to another question (Back)."""
        await self.db.execute(
            "UPDATE assessments SET position = ? WHERE id = ?", (position, assessment_id)
        )

    async def set_question_message(self, assessment_id: int, message_id: int) -> None:
        """Remember which message shows the current question."""
        await self.db.execute(
            "UPDATE assessments SET message_id = ? WHERE id = ?", (message_id, assessment_id)
        )

    async def set_aside(self, user_id: int) -> None:
        """Mark the open assessment's question as no longer what the owner last saw.

        A description's plan came since: their next typed text shows the question again
        instead of answering it.
        """
        await self.db.execute(
            "UPDATE assessments SET message_id = NULL WHERE user_id = ? AND status = 'active'",
            (user_id,),
        )

    async def cancel(self, user_id: int) -> bool:
        """Stop the open assessment; False when there was none."""
        cursor = await self.db.execute(
            "UPDATE assessments SET status = 'cancelled', finished_at = ?"
            " WHERE user_id = ? AND status = 'active'",
            (time.time(), user_id),
        )
        return cursor.rowcount > 0

    async def finish(
        self, user_id: int, assessment_id: int, record: dict[str, Any],
        nudges: list[tuple[str, str, float]] | None = None,
        last: LastAnswer | None = None, signals: Signals | None = None,
    ) -> int:
        """Close the assessment and store its plan (and its nudges: kind, action, due) together.

        With `last`, the answer to the last question is stored in the same transaction: were
        it saved alone and the plan then failed, the assessment would sit past its last
        question with no plan.
        """
        async with self.db.transaction():
            if last is not None:
                await self.record_answer(assessment_id, *last)
            await self.db.execute(
                "UPDATE assessments SET status = 'done', finished_at = ? WHERE id = ?",
                (time.time(), assessment_id),
            )
            return await self.plans.add(user_id, record, nudges, assessment_id, signals)

    # --- descriptions (/plan <text>): their plans are stored by Plans.add ------------------

    async def save_description(
        self, user_id: int, chat_id: int, language: str, answers: dict[str, str],
        asking: tuple[str, ...] = (),
    ) -> int:
        """Store the answers read from a description, and the questions its plan waits for.

        The user need not have a private chat: a group's description waits for /start plan.
        """
        now = time.time()
        cursor = await self.db.execute(
            "INSERT INTO descriptions (user_id, chat_id, language, answers, asking,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, chat_id, language, json.dumps(answers), json.dumps(list(asking)), now,
             now),
        )
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def latest_description(self, user_id: int) -> Description | None:
        """The user's newest description, from any chat."""
        rows = list(await self.db.execute_fetchall(
            "SELECT id, user_id, chat_id, language, answers, asking, question_message"
            " FROM descriptions WHERE user_id = ? ORDER BY id DESC LIMIT 1", (user_id,),
        ))
        if not rows:
            return None
        row = rows[0]
        return Description(row[0], row[1], row[2], row[3], json.loads(row[4]),
                           tuple(json.loads(row[5])), row[6])

    async def answer_description(self, description_id: int, answers: dict[str, str],
                                 asking: tuple[str, ...]) -> None:
        """Store an answer to (or a skip of) the question a description's plan waited for.

        The next question, if any, has no message yet: it is asked again by `asked`.
        """
        await self.db.execute(
            "UPDATE descriptions SET answers = ?, asking = ?, question_message = NULL,"
            " updated_at = ? WHERE id = ?",
            (json.dumps(answers), json.dumps(list(asking)), time.time(), description_id),
        )

    async def asked(self, description_id: int, message_id: int) -> None:
        """Remember the private message that asks a description's next question."""
        await self.db.execute(
            "UPDATE descriptions SET question_message = ?, updated_at = ? WHERE id = ?",
            (message_id, time.time(), description_id),
        )

    async def stop_asking(self, user_id: int) -> None:
        """Forget the questions the user's descriptions were waiting for (a new assessment)."""
        await self.db.execute(
            "UPDATE descriptions SET asking = '[]', question_message = NULL"
            " WHERE user_id = ? AND asking != '[]'", (user_id,),
        )

    async def correct_description(self, description_id: int, answers: dict[str, str]) -> None:
        """Replace a description's answers after the user corrected one."""
        await self.db.execute(
            "UPDATE descriptions SET answers = ?, updated_at = ? WHERE id = ?",
            (json.dumps(answers), time.time(), description_id),
        )
