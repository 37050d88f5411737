"""The support organisation's people and places: staff added in the chat, and member groups."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from bot.store.broadcasts import Broadcasts
from bot.store.db import SerialConnection


@dataclass(frozen=True)
class Group:
    """A member group the bot serves."""

    chat_id: int
    title: str
    tags: tuple[str, ...]
    active: bool


class Groups:
    """The staff and member_groups tables."""

    def __init__(self, db: SerialConnection, broadcasts: Broadcasts) -> None:
        self.db, self.broadcasts = db, broadcasts

    async def staff(self) -> list[int]:
        """Staff added with /admin add (the ADVISOR_ADMIN_IDS are not stored)."""
        async with self.db.execute("SELECT staff_id FROM staff ORDER BY staff_id") as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def add_staff(self, staff_id: int, added_by: int) -> bool:
        """Store a staff member; False when they were already stored."""
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO staff VALUES (?, ?, ?)", (staff_id, added_by, time.time())
        )
        return cursor.rowcount == 1

    async def remove_staff(self, staff_id: int) -> bool:
        """Remove a stored staff member; False when there was none."""
        cursor = await self.db.execute("DELETE FROM staff WHERE staff_id = ?", (staff_id,))
        return cursor.rowcount == 1

    async def register(self, chat_id: int, title: str, added_by: int | None) -> None:
        """Register (or reactivate) a member group, keeping its tags."""
        await self.db.execute(
            "INSERT INTO member_groups (chat_id, title, added_by, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(chat_id) DO UPDATE SET title = excluded.title, active = 1,"
            " added_by = excluded.added_by",
            (chat_id, title, added_by, time.time()),
        )

    async def set_active(self, chat_id: int, active: bool) -> bool:
        """Mark a registered group active or inactive; False when it is not registered."""
        cursor = await self.db.execute(
            "UPDATE member_groups SET active = ? WHERE chat_id = ?", (int(active), chat_id)
        )
        return cursor.rowcount == 1

    async def migrate(self, old_id: int, new_id: int) -> bool:
        """Move a group's registration (and its pending deliveries) to its supergroup id."""
        async with self.db.transaction():
            cursor = await self.db.execute(
                "UPDATE OR IGNORE member_groups SET chat_id = ? WHERE chat_id = ?",
                (new_id, old_id),
            )
            moved = cursor.rowcount == 1
            await self.broadcasts.move_pending(old_id, new_id)
        return moved

    async def find(self, tag: str | None = None, active_only: bool = False) -> list[Group]:
        """Registered member groups, optionally with one tag or only the active ones."""
        sql = "SELECT chat_id, title, tags, active FROM member_groups WHERE 1 = 1"
        args: list[Any] = []
        if tag is not None:
            sql += " AND instr(tags, ?) > 0"
            args.append(f",{tag},")
        if active_only:
            sql += " AND active = 1"
        async with self.db.execute(sql + " ORDER BY title, chat_id", args) as cursor:
            rows = await cursor.fetchall()
        return [Group(r[0], r[1], tuple(t for t in r[2].split(",") if t), bool(r[3]))
                for r in rows]

    async def tag(self, chat_id: int, tag: str, add: bool = True) -> bool:
        """Add (or remove) a tag on a group; False when the group is not registered."""
        groups = [g for g in await self.find() if g.chat_id == chat_id]
        if not groups:
            return False
        tags = set(groups[0].tags)
        if add:
            tags.add(tag)
        else:
            tags.discard(tag)
        await self.db.execute(
            "UPDATE member_groups SET tags = ? WHERE chat_id = ?",
            ("," + "".join(f"{t}," for t in sorted(tags)), chat_id),
        )
        return True
