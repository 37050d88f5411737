"""Relief programmes changed in the chat, combined at use with knowledge/relief.yaml."""

from __future__ import annotations

import datetime as dtm
import json
import time

from bot.relief import Programme
from bot.store.db import SerialConnection


class Relief:
    """The relief_added and relief_hidden tables."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def changes(self) -> tuple[list[Programme], list[str]]:
        """(programmes added by staff, ids hidden by staff)."""
        async with self.db.execute(
            "SELECT id, name, apply, deadline, qualifies FROM relief_added ORDER BY added_at, id"
        ) as cursor:
            added = [
                Programme(r[0], r[1], r[2], dtm.date.fromisoformat(r[3]) if r[3] else None,
                          {k: tuple(v) for k, v in json.loads(r[4]).items()})
                for r in await cursor.fetchall()
            ]
        async with self.db.execute("SELECT id FROM relief_hidden ORDER BY id") as cursor:
            hidden = [str(r[0]) for r in await cursor.fetchall()]
        return added, hidden

    async def add(self, programme: Programme, staff_id: int) -> None:
        """Store a programme a staff member added."""
        deadline = programme.deadline.isoformat() if programme.deadline else None
        await self.db.execute(
            "INSERT INTO relief_added VALUES (?, ?, ?, ?, ?, ?, ?)",
            (programme.id, programme.name, programme.apply, deadline,
             json.dumps({k: list(v) for k, v in programme.qualifies.items()}), staff_id,
             time.time()))

    async def remove(self, programme_id: str, staff_id: int, shipped: bool) -> None:
        """Remove a programme: delete a chat-added one, hide one shipped in the file."""
        if shipped:
            await self.db.execute("INSERT OR IGNORE INTO relief_hidden VALUES (?, ?, ?)",
                                  (programme_id, staff_id, time.time()))
        else:
            await self.db.execute("DELETE FROM relief_added WHERE id = ?", (programme_id,))
