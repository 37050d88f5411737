"""One person's data across every table: the export (/privacy) and the erasure."""

from __future__ import annotations

import json
from typing import Any

from bot.store.db import SerialConnection


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
        return data

    async def delete_user(self, user_id: int) -> None:
        """Erase everything stored about a user, in one transaction."""
        tables = await self._personal_tables()
        async with self.db.transaction():
            await self.db.execute(
                "DELETE FROM answers WHERE assessment_id IN"
                " (SELECT id FROM assessments WHERE user_id = ?)", (user_id,)
            )
            # Children first: every table but users, then the user row itself.
            for table in sorted(tables, key=lambda name: name == "users"):
                await self.db.execute(
                    f"DELETE FROM {table} WHERE user_id = ?", (user_id,)  # noqa: S608
                )
