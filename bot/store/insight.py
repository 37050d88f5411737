"""Aggregates for the support organisation's /stats: read only, across users."""

from __future__ import annotations

from typing import Any

from bot.store.db import SerialConnection
from bot.store.plans import plan_record


class Insight:
    """Reads over the plans and action_progress tables."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def latest_plans(self) -> list[tuple[int, float, dict[str, Any]]]:
        """(user_id, created_at, record) of each user's latest plan."""
        rows = await self.db.execute_fetchall(
            "SELECT user_id, created_at, record FROM plans WHERE id IN"
            " (SELECT MAX(id) FROM plans GROUP BY user_id)", offload=True)
        return [(r[0], r[1], plan_record(r[2])) for r in rows]

    async def actions_done(self) -> tuple[int, int] | None:
        """(actions marked done, businesses with one or more) if progress is tracked."""
        async with self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'action_progress'"
        ) as cursor:
            if await cursor.fetchone() is None:
                return None
        async with self.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT p.user_id) FROM action_progress a"
            " JOIN plans p ON p.id = a.plan_id") as cursor:
            row = await cursor.fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)
