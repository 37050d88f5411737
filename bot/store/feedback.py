"""Owners' feedback on their plans: 👍 or 👎, and the optional one-line comment after it."""

from __future__ import annotations

import time

from bot.store.db import SerialConnection


class Feedback:
    """The plan_feedback table; a row awaiting its comment makes the owner's next text it."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def rate(self, user_id: int, plan_id: int, useful: bool) -> bool:
        """Record whether the user found their plan useful; a second press changes it.

        The comment is awaited next. False when the plan is not theirs.
        """
        async with self.db.transaction():
            await self.db.execute(
                "UPDATE plan_feedback SET awaiting = 0 WHERE user_id = ?", (user_id,))
            cursor = await self.db.execute(
                "INSERT INTO plan_feedback (plan_id, user_id, useful, awaiting, rated_at)"
                " SELECT id, user_id, ?, 1, ? FROM plans WHERE id = ? AND user_id = ?"
                " ON CONFLICT (plan_id) DO UPDATE SET useful = excluded.useful, awaiting = 1,"
                " rated_at = excluded.rated_at",
                (int(useful), time.time(), plan_id, user_id))
        return cursor.rowcount == 1

    async def awaiting(self, user_id: int) -> int | None:
        """The plan whose comment the user's next text is, if one is awaited."""
        async with self.db.execute(
            "SELECT plan_id FROM plan_feedback WHERE user_id = ? AND awaiting = 1",
            (user_id,)) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def comment(self, user_id: int, text: str) -> bool:
        """Store the awaited comment; False when none was awaited."""
        cursor = await self.db.execute(
            "UPDATE plan_feedback SET comment = ?, awaiting = 0"
            " WHERE user_id = ? AND awaiting = 1", (text, user_id))
        return cursor.rowcount >= 1

    async def stop_awaiting(self, user_id: int) -> bool:
        """No comment after all (Skip, /cancel, a new assessment); False if none was awaited."""
        cursor = await self.db.execute(
            "UPDATE plan_feedback SET awaiting = 0 WHERE user_id = ? AND awaiting = 1",
            (user_id,))
        return cursor.rowcount >= 1

    async def summary(self) -> tuple[int, int, list[tuple[float, str]]]:
        """(useful, not useful, [(when, comment)] newest first), by each user's latest rating."""
        rows = await self.db.execute_fetchall(
            "SELECT useful, comment, rated_at FROM plan_feedback WHERE plan_id IN"
            " (SELECT MAX(plan_id) FROM plan_feedback GROUP BY user_id)"
            " ORDER BY rated_at DESC", offload=True)
        useful = sum(1 for row in rows if row[0])
        comments = [(float(row[2]), str(row[1])) for row in rows if row[1]]
        return useful, len(rows) - useful, comments
