"""Questions to a human: an owner's question, the staff-side messages carrying it, the reply.

Also the question an owner is about to type after pressing "Ask an advisor".
"""

from __future__ import annotations

import time

from bot.store.db import SerialConnection


class Questions:
    """The questions, question_messages and pending_questions tables."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def ask(self, user_id: int, text: str, kind: str = "question") -> int:
        """Store an owner's question (or, kind "feedback", anything else) for the staff."""
        cursor = await self.db.execute(
            "INSERT INTO questions (user_id, text, asked_at, kind) VALUES (?, ?, ?, ?)",
            (user_id, text, time.time(), kind))
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def unsent(self, question_id: int, user_id: int) -> str | None:
        """The text of this owner's question if it has gone to no staff member yet."""
        rows = list(await self.db.execute_fetchall(
            "SELECT text FROM questions q WHERE id = ? AND user_id = ? AND answered_by IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM question_messages m WHERE m.question_id = q.id)",
            (question_id, user_id)))
        return str(rows[0][0]) if rows else None

    async def drop_unsent(self, question_id: int, user_id: int) -> bool:
        """Forget this owner's question if it has gone to no staff member; False otherwise."""
        cursor = await self.db.execute(
            "DELETE FROM questions WHERE id = ? AND user_id = ? AND answered_by IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM question_messages m WHERE m.question_id = id)",
            (question_id, user_id))
        return cursor.rowcount == 1

    async def note_message(self, chat_id: int, message_id: int, question_id: int) -> None:
        """Remember the staff-side message that carries a question (replies answer it)."""
        await self.db.execute("INSERT OR REPLACE INTO question_messages VALUES (?, ?, ?)",
                              (chat_id, message_id, question_id))

    async def asker(self, chat_id: int, message_id: int) -> tuple[int, int] | None:
        """(question id, owner's chat id) for a staff-side question message."""
        async with self.db.execute(
            "SELECT q.id, u.chat_id FROM question_messages m JOIN questions q"
            " ON q.id = m.question_id JOIN users u ON u.user_id = q.user_id"
            " WHERE m.chat_id = ? AND m.message_id = ?", (chat_id, message_id)) as cursor:
            row = await cursor.fetchone()
        return (int(row[0]), int(row[1])) if row else None

    async def answer(self, question_id: int, staff_id: int) -> None:
        """Record who answered a question."""
        await self.db.execute(
            "UPDATE questions SET answered_by = ?, answered_at = ? WHERE id = ?",
            (staff_id, time.time(), question_id))

    async def await_from(self, user_id: int) -> None:
        """The owner pressed "Ask an advisor": their next text in the private chat is it."""
        await self.db.execute("INSERT OR REPLACE INTO pending_questions VALUES (?, ?)",
                              (user_id, time.time()))

    async def pending(self, user_id: int) -> bool:
        """Whether the owner's next text is a question for the staff."""
        rows = list(await self.db.execute_fetchall(
            "SELECT 1 FROM pending_questions WHERE user_id = ?", (user_id,)))
        return bool(rows)

    async def drop_pending(self, user_id: int) -> bool:
        """Stop waiting for the owner's question; False when none was awaited."""
        cursor = await self.db.execute("DELETE FROM pending_questions WHERE user_id = ?",
                                       (user_id,))
        return cursor.rowcount == 1
