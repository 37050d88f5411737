"""Broadcasts and their deliveries: one row per recipient, claimed by bot/broadcast.py's worker.

A broadcast goes awaiting (its content) -> draft (its audience) -> sending -> done, or
cancelled. A delivery goes pending -> sending -> sent, or failed / blocked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.store.db import SerialConnection

#: Delivery states: pending -> sending -> sent, or failed / blocked (see bot/broadcast.py).
DELIVERY_STATES = ("pending", "sending", "sent", "failed", "blocked")


@dataclass(frozen=True)
class Broadcast:
    """A broadcast: draft, sending, done or cancelled."""

    id: int
    staff_id: int
    staff_chat_id: int
    status: str
    from_chat_id: int | None
    message_id: int | None
    audience: str | None
    progress_message_id: int | None


@dataclass(frozen=True)
class Delivery:
    """One message of a broadcast to one chat."""

    id: int
    broadcast_id: int
    chat_id: int
    user_id: int | None
    attempts: int
    from_chat_id: int
    message_id: int


class Broadcasts:
    """The broadcasts and deliveries tables."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def new(self, staff_id: int, staff_chat_id: int) -> int:
        """Start a draft that awaits its content; earlier unsent drafts are dropped."""
        async with self.db.transaction():
            await self.db.execute(
                "UPDATE broadcasts SET status = 'cancelled' WHERE staff_id = ?"
                " AND status IN ('awaiting', 'draft')", (staff_id,))
            cursor = await self.db.execute(
                "INSERT INTO broadcasts (staff_id, staff_chat_id, created_at) VALUES (?, ?, ?)",
                (staff_id, staff_chat_id, time.time()))
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def get(self, broadcast_id: int) -> Broadcast | None:
        """One broadcast by id."""
        async with self.db.execute(
            "SELECT id, staff_id, staff_chat_id, status, from_chat_id, message_id, audience,"
            " progress_message_id FROM broadcasts WHERE id = ?", (broadcast_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return Broadcast(*row) if row else None

    async def awaiting(self, staff_id: int) -> int | None:
        """The staff member's draft that waits for its content, if any."""
        async with self.db.execute(
            "SELECT id FROM broadcasts WHERE staff_id = ? AND status = 'awaiting'"
            " ORDER BY id DESC LIMIT 1", (staff_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def set_content(self, broadcast_id: int, from_chat_id: int, message_id: int) -> None:
        """The message to copy: the draft now needs an audience."""
        await self.db.execute(
            "UPDATE broadcasts SET from_chat_id = ?, message_id = ?, status = 'draft'"
            " WHERE id = ? AND status = 'awaiting'", (from_chat_id, message_id, broadcast_id))

    async def set_audience(self, broadcast_id: int, audience: str) -> bool:
        """Choose the audience of a draft; False when it is no longer a draft."""
        cursor = await self.db.execute(
            "UPDATE broadcasts SET audience = ? WHERE id = ? AND status = 'draft'",
            (audience, broadcast_id))
        return cursor.rowcount == 1

    async def cancel(self, broadcast_id: int) -> bool:
        """Drop a draft; False when it was already sent or cancelled."""
        cursor = await self.db.execute(
            "UPDATE broadcasts SET status = 'cancelled' WHERE id = ?"
            " AND status IN ('awaiting', 'draft')", (broadcast_id,))
        return cursor.rowcount == 1

    async def start(
        self, broadcast_id: int, recipients: list[tuple[int, int | None]],
        progress_message_id: int | None,
    ) -> bool:
        """Write the broadcast and one delivery per (chat_id, user_id), in one transaction.

        False when the draft was already sent or cancelled (a second press of Send).
        """
        async with self.db.transaction():
            cursor = await self.db.execute(
                "UPDATE broadcasts SET status = 'sending', progress_message_id = ?"
                " WHERE id = ? AND status = 'draft'", (progress_message_id, broadcast_id))
            if cursor.rowcount != 1:
                return False
            await self.db.executemany(
                "INSERT INTO deliveries (broadcast_id, chat_id, user_id) VALUES (?, ?, ?)",
                [(broadcast_id, chat, user) for chat, user in recipients], offload=True)
        return True

    async def move_pending(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: its pending deliveries go to the new id."""
        await self.db.execute(
            "UPDATE deliveries SET chat_id = ? WHERE chat_id = ? AND status = 'pending'",
            (new_chat_id, old_chat_id),
        )

    async def recover_deliveries(self) -> int:
        """After a crash: deliveries left 'sending' go back to 'pending' (may duplicate)."""
        cursor = await self.db.execute(
            "UPDATE deliveries SET status = 'pending' WHERE status = 'sending'")
        return cursor.rowcount

    async def claim_deliveries(self, limit: int, now: float) -> list[Delivery]:
        """Move up to `limit` due pending deliveries to 'sending' and return them."""
        async with self.db.transaction():
            async with self.db.execute(
                "SELECT d.id, d.broadcast_id, d.chat_id, d.user_id, d.attempts,"
                " b.from_chat_id, b.message_id FROM deliveries d"
                " JOIN broadcasts b ON b.id = d.broadcast_id"
                " WHERE d.status = 'pending' AND d.not_before <= ? ORDER BY d.id LIMIT ?",
                (now, limit),
            ) as cursor:
                rows = await cursor.fetchall()
            await self.db.executemany(
                "UPDATE deliveries SET status = 'sending', updated_at = ? WHERE id = ?",
                [(now, row[0]) for row in rows])
        return [Delivery(*row) for row in rows]

    async def finish_delivery(
        self, delivery_id: int, status: str, error: str | None = None,
        chat_id: int | None = None,
    ) -> None:
        """Record the outcome of one delivery: sent, failed or blocked (maybe to a new chat)."""
        if status not in DELIVERY_STATES:
            raise ValueError(status)
        await self.db.execute(
            "UPDATE deliveries SET status = ?, error = ?, attempts = attempts + 1,"
            " chat_id = COALESCE(?, chat_id), updated_at = ? WHERE id = ?",
            (status, error, chat_id, time.time(), delivery_id))

    async def retry_delivery(
        self, delivery_id: int, not_before: float, error: str | None,
        chat_id: int | None = None, count_attempt: bool = True,
    ) -> None:
        """Put a delivery back in the queue, not before a time (and maybe to a new chat)."""
        await self.db.execute(
            "UPDATE deliveries SET status = 'pending', not_before = ?, error = ?,"
            " attempts = attempts + ?, chat_id = COALESCE(?, chat_id), updated_at = ?"
            " WHERE id = ?",
            (not_before, error, int(count_attempt), chat_id, time.time(), delivery_id))

    async def next_due(self) -> float | None:
        """When the earliest pending delivery becomes due; None when none is pending."""
        async with self.db.execute(
            "SELECT MIN(not_before) FROM deliveries WHERE status = 'pending'") as cursor:
            row = await cursor.fetchone()
        return float(row[0]) if row and row[0] is not None else None

    async def delivery_counts(self, broadcast_id: int) -> dict[str, int]:
        """Deliveries of a broadcast by status."""
        async with self.db.execute(
            "SELECT status, COUNT(*) FROM deliveries WHERE broadcast_id = ? GROUP BY status",
            (broadcast_id,)) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def delivery_errors(self, broadcast_id: int) -> dict[str, int]:
        """Failed deliveries of a broadcast, counted by reason."""
        async with self.db.execute(
            "SELECT error, COUNT(*) FROM deliveries WHERE broadcast_id = ? AND status = 'failed'"
            " GROUP BY error ORDER BY COUNT(*) DESC", (broadcast_id,)) as cursor:
            return {str(row[0]): row[1] for row in await cursor.fetchall()}

    async def sending(self) -> list[int]:
        """Broadcasts still being delivered."""
        async with self.db.execute(
            "SELECT id FROM broadcasts WHERE status = 'sending' ORDER BY id") as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def complete(self, broadcast_id: int) -> bool:
        """Mark a broadcast done once nothing of it is pending or sending."""
        cursor = await self.db.execute(
            "UPDATE broadcasts SET status = 'done', finished_at = ? WHERE id = ?"
            " AND status = 'sending' AND NOT EXISTS (SELECT 1 FROM deliveries WHERE"
            " broadcast_id = ? AND status IN ('pending', 'sending'))",
            (time.time(), broadcast_id, broadcast_id))
        return cursor.rowcount == 1
