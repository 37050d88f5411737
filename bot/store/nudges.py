"""Nudges: follow-up reminders of a plan's actions, and the actions marked done.

A nudge goes pending -> sending -> sent (then done, or snoozed back to pending) or failed;
off (reminders stopped), blocked (the user blocked the bot), superseded (a newer plan),
ticked (its action was ticked off in /progress; back to pending if it is unticked).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.store.db import SerialConnection


@dataclass(frozen=True)
class Nudge:
    """A follow-up reminder, with what is needed to send it."""

    id: int
    user_id: int
    chat_id: int
    language: str
    plan_id: int
    kind: str
    action: str
    status: str
    attempts: int
    due_at: float


_NUDGE_COLUMNS = (
    "n.id, n.user_id, u.chat_id, u.language, n.plan_id, n.kind, n.action, n.status,"
    " n.attempts, n.due_at"
)

#: The due nudges, oldest first (parameters: now, limit); served by the nudges_due index.
CLAIM_SQL = (
    "SELECT id FROM nudges WHERE status = 'pending' AND due_at <= ?"
    " ORDER BY due_at LIMIT ?"
)


class Nudges:
    """The nudges and action_progress tables (what was done is what nudges stop for)."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def add_for_plan(
        self, user_id: int, plan_id: int, nudges: list[tuple[str, str, float]]
    ) -> None:
        """Replace the user's waiting nudges by those of a new plan (kind, action, due)."""
        async with self.db.transaction():
            await self.db.execute(
                "UPDATE nudges SET status = 'superseded'"
                " WHERE user_id = ? AND status IN ('pending', 'off', 'sent')",
                (user_id,),
            )
            await self.db.executemany(
                "INSERT INTO nudges (user_id, plan_id, kind, action, due_at, status)"
                " SELECT user_id, ?, ?, ?, ?,"
                " CASE WHEN reminders = 1 AND active = 1 THEN 'pending' ELSE 'off' END"
                " FROM users WHERE user_id = ?",
                [(plan_id, kind, action, due, user_id) for kind, action, due in nudges],
            )

    async def claim_due(self, now: float, limit: int) -> list[Nudge]:
        """Move up to `limit` due nudges from pending to sending, oldest first, atomically."""
        async with self.db.transaction():
            async with self.db.execute(CLAIM_SQL, (now, limit)) as cursor:
                ids = [row[0] for row in await cursor.fetchall()]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            await self.db.execute(
                f"UPDATE nudges SET status = 'sending', claimed_at = ?, attempts = attempts + 1"  # noqa: S608
                f" WHERE id IN ({marks})",
                (now, *ids),
            )
            async with self.db.execute(
                f"SELECT {_NUDGE_COLUMNS} FROM nudges n JOIN users u USING (user_id)"  # noqa: S608
                f" WHERE n.id IN ({marks}) ORDER BY n.due_at",
                ids,
            ) as cursor:
                rows = await cursor.fetchall()
        return [Nudge(*row) for row in rows]

    async def requeue_in_flight(self) -> int:
        """After a crash: nudges left in 'sending' go back to pending (they may repeat once)."""
        cursor = await self.db.execute(
            "UPDATE nudges SET status = 'pending' WHERE status = 'sending'"
        )
        return cursor.rowcount

    async def sent(self, nudge_id: int, message_id: int) -> None:
        """A nudge reached Telegram."""
        await self.db.execute(
            "UPDATE nudges SET status = 'sent', sent_at = ?, message_id = ?"
            " WHERE id = ? AND status = 'sending'",
            (time.time(), message_id, nudge_id),
        )

    async def retry(self, nudge_id: int, due_at: float, max_attempts: int) -> None:
        """Sending failed for a passing reason: try again later, or give up after max_attempts."""
        await self.db.execute(
            "UPDATE nudges SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END,"
            " due_at = ? WHERE id = ? AND status = 'sending'",
            (max_attempts, due_at, nudge_id),
        )

    async def failed(self, nudge_id: int) -> None:
        """Sending failed for good."""
        await self.db.execute(
            "UPDATE nudges SET status = 'failed' WHERE id = ? AND status = 'sending'", (nudge_id,)
        )

    async def get(self, nudge_id: int) -> Nudge | None:
        """One nudge by id."""
        async with self.db.execute(
            f"SELECT {_NUDGE_COLUMNS} FROM nudges n JOIN users u USING (user_id)"  # noqa: S608
            " WHERE n.id = ?",
            (nudge_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return Nudge(*row) if row else None

    async def complete_action(self, nudge_id: int) -> bool:
        """Done pressed on a sent nudge: record the action as done; False if it was not open."""
        async with self.db.transaction():
            cursor = await self.db.execute(
                "UPDATE nudges SET status = 'done' WHERE id = ? AND status = 'sent'", (nudge_id,)
            )
            if cursor.rowcount != 1:
                return False
            await self.db.execute(
                "INSERT OR IGNORE INTO action_progress (user_id, plan_id, action, done_at)"
                " SELECT user_id, plan_id, action, ? FROM nudges WHERE id = ?",
                (time.time(), nudge_id),
            )
            # The other nudges of the same action (the month one after the week one) are moot.
            await self.db.execute(
                "UPDATE nudges SET status = 'done' WHERE status IN ('pending', 'off')"
                " AND (plan_id, action) = (SELECT plan_id, action FROM nudges WHERE id = ?)",
                (nudge_id,),
            )
        return True

    async def close(self, nudge_id: int) -> bool:
        """A sent nudge was acted on (the re-check accepted); False if it was not open."""
        cursor = await self.db.execute(
            "UPDATE nudges SET status = 'done' WHERE id = ? AND status = 'sent'", (nudge_id,)
        )
        return cursor.rowcount == 1

    async def snooze(self, nudge_id: int, due_at: float) -> bool:
        """Later pressed on a sent nudge: back to pending; False if it was not open."""
        cursor = await self.db.execute(
            "UPDATE nudges SET status = 'pending', due_at = ? WHERE id = ? AND status = 'sent'",
            (due_at, nudge_id),
        )
        return cursor.rowcount == 1

    async def resume(self, user_id: int, now: float) -> None:
        """Reminders back on: stopped nudges wait again, due now at the earliest."""
        await self.db.execute(
            "UPDATE nudges SET status = 'pending', due_at = MAX(due_at, ?)"
            " WHERE user_id = ? AND status = 'off'",
            (now, user_id),
        )

    async def stop(self, user_id: int) -> None:
        """Reminders off: the user's waiting and sent nudges stop."""
        await self.db.execute(
            "UPDATE nudges SET status = 'off'"
            " WHERE user_id = ? AND status IN ('pending', 'sent')",
            (user_id,),
        )

    async def block(self, user_id: int) -> None:
        """The user blocked the bot: nothing of theirs is sent any more."""
        await self.db.execute(
            "UPDATE nudges SET status = 'blocked'"
            " WHERE user_id = ? AND status IN ('pending', 'sending', 'off')",
            (user_id,),
        )

    async def toggle_done(self, user_id: int, plan_id: int, action: str) -> bool:
        """Tick an action of a plan off, or untick it; True when it is now done.

        A ticked action's nudges stop (ticked); unticked, they wait again, due now at the
        earliest, or stay off when the owner turned reminders off.
        """
        now = time.time()
        async with self.db.transaction():
            cursor = await self.db.execute(
                "DELETE FROM action_progress WHERE plan_id = ? AND action = ? AND user_id = ?",
                (plan_id, action, user_id))
            if cursor.rowcount:
                await self.db.execute(
                    "UPDATE nudges SET due_at = MAX(due_at, ?), status = (SELECT CASE WHEN"
                    " reminders = 1 AND active = 1 THEN 'pending' ELSE 'off' END FROM users"
                    " WHERE users.user_id = nudges.user_id)"
                    " WHERE plan_id = ? AND action = ? AND status = 'ticked'",
                    (now, plan_id, action))
                return False
            await self.db.execute(
                "INSERT INTO action_progress (user_id, plan_id, action, done_at)"
                " VALUES (?, ?, ?, ?)", (user_id, plan_id, action, now))
            await self.db.execute(
                "UPDATE nudges SET status = 'ticked' WHERE plan_id = ? AND action = ?"
                " AND kind = 'action' AND status IN ('pending', 'off', 'sent')",
                (plan_id, action))
        return True

    async def done_actions(self, plan_id: int) -> set[str]:
        """Actions of a plan marked done."""
        async with self.db.execute(
            "SELECT action FROM action_progress WHERE plan_id = ?", (plan_id,)
        ) as cursor:
            return {row[0] for row in await cursor.fetchall()}
