"""One person's data across every table: the export (/privacy) and the erasure."""

from __future__ import annotations

import json
from typing import Any

from bot.store.db import SerialConnection

#: Written where a staff member's id was, in columns that cannot be empty: no Telegram user
#: has id 0 (and /admin add refuses it).
ERASED = 0

#: Where a person's id is kept other than in a user_id column: what they did as staff.
#: (table, column, what erasing does): "delete" the row, "clear" sets NULL, "anonymise" sets
#: ERASED. What stays is the organisation's record, without the person: the groups they
#: registered stay registered, the programmes they added stay listed (and those they hid
#: hidden), the staff they added stay staff, the owners' questions they answered stay answered.
STAFF_REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("staff", "staff_id", "delete"),  # no longer staff (ADVISOR_ADMIN_IDS aside)
    ("staff", "added_by", "anonymise"),
    ("member_groups", "added_by", "clear"),
    ("questions", "answered_by", "clear"),
    ("question_messages", "chat_id", "delete"),  # owners' questions in their private chat
    ("relief_added", "added_by", "anonymise"),
    ("relief_hidden", "hidden_by", "anonymise"),
)



class Privacy:
    """Every table with a user_id column, and the answers through assessments."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def _personal_tables(self) -> list[str]:
        """Tables holding a user_id column: what one person's data is spread over."""
        async with self.db.execute(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
            " WHERE m.type = 'table' AND c.name = 'user_id' ORDER BY m.name"
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def personal_data(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Everything stored about one user, table by table (answers through assessments)."""
        data: dict[str, list[dict[str, Any]]] = {}
        for table in await self._personal_tables():
            rows = await self.db.execute_fetchall(
                f"SELECT * FROM {table} WHERE user_id = ?", (user_id,),  # noqa: S608 - names from sqlite_master
                offload=True)
            data[table] = [dict(row) for row in rows]
        rows = await self.db.execute_fetchall(
            "SELECT answers.* FROM answers JOIN assessments a ON a.id = answers.assessment_id"
            " WHERE a.user_id = ?", (user_id,), offload=True)
        data["answers"] = [dict(row) for row in rows]
        for plan in data.get("plans", []):
            plan["record"] = json.loads(plan["record"])
        # What they did as staff, which /delete erases their id from.
        for table, column, _ in STAFF_REFERENCES:
            rows = await self.db.execute_fetchall(
                f"SELECT * FROM {table} WHERE {column} = ?", (user_id,),  # noqa: S608 - names above
                offload=True)
            if rows:
                data.setdefault(f"staff:{table}", []).extend(dict(row) for row in rows)
        rows = await self.db.execute_fetchall(
            "SELECT * FROM broadcasts WHERE staff_id = ? OR staff_chat_id = ?"
            " OR from_chat_id = ?", (user_id,) * 3, offload=True)
        if rows:
            data["staff:broadcasts"] = [dict(row) for row in rows]
        return data

    async def delete_user(self, user_id: int) -> bool:
        """Erase everything stored about a user, in one transaction; True if they were staff.

        Rows with their user_id go; where they acted as staff (STAFF_REFERENCES, broadcasts)
        their id is erased and the organisation's record kept.
        """
        tables = await self._personal_tables()
        # In the database thread: an owner's rows are few, but the loop never runs a delete.
        async with self.db.transaction():
            acted = await self._erase_staff(user_id)
            await self.db.execute(
                "DELETE FROM answers WHERE assessment_id IN"
                " (SELECT id FROM assessments WHERE user_id = ?)", (user_id,), offload=True
            )
            # Children first: every table but users, then the user row itself.
            for table in sorted(tables, key=lambda name: name == "users"):
                await self.db.execute(
                    f"DELETE FROM {table} WHERE user_id = ?", (user_id,),  # noqa: S608
                    offload=True)
        # The pages as they were before the erasure are still in the write-ahead log until
        # a checkpoint copies the zeroed ones over and empties it.
        await self.db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)", offload=True)
        return acted

    async def _erase_staff(self, staff_id: int) -> bool:
        """Erase a person's id where they acted as staff; True if it was anywhere."""
        found = False
        for table, column, how in STAFF_REFERENCES:
            if how == "delete":
                sql = f"DELETE FROM {table} WHERE {column} = ?"  # noqa: S608 - names above
            else:
                value = "NULL" if how == "clear" else str(ERASED)
                sql = f"UPDATE {table} SET {column} = {value} WHERE {column} = ?"  # noqa: S608
            cursor = await self.db.execute(sql, (staff_id,))
            found = found or cursor.rowcount > 0
        # Their broadcasts: the content is copied from their private chat, so one still
        # going out stops (its undelivered recipients are marked failed) and drafts are
        # dropped; the record of each (audience, deliveries) stays, without them.
        # A broadcast names its staff member, their chat and the message copied from it.
        their = (staff_id,) * 3
        await self.db.execute(
            "UPDATE broadcasts SET status = 'cancelled' WHERE status IN ('awaiting', 'draft')"
            " AND (staff_id = ? OR staff_chat_id = ? OR from_chat_id = ?)", their)
        await self.db.execute(
            "UPDATE deliveries SET status = 'failed', error = 'stopped: the sender erased"
            " their data' WHERE status = 'pending' AND broadcast_id IN (SELECT id FROM"
            " broadcasts WHERE staff_id = ? OR staff_chat_id = ? OR from_chat_id = ?)", their)
        cursor = await self.db.execute(
            "UPDATE broadcasts SET staff_id = ?, staff_chat_id = ?, from_chat_id = NULL,"
            " message_id = NULL, progress_message_id = NULL"
            " WHERE staff_id = ? OR staff_chat_id = ? OR from_chat_id = ?",
            (ERASED, ERASED, *their))
        return found or cursor.rowcount > 0
