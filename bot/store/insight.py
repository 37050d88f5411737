"""Aggregates for the support organisation's /stats: read only, across users."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bot.store.db import SerialConnection
from bot.store.plans import plan_record


class Insight:
    """Reads over the plans, action_progress, assessments and descriptions tables."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def latest_plans(self) -> list[tuple[int, float, dict[str, Any]]]:
        """(user_id, created_at, record) of each user's latest plan."""
        rows = await self.db.execute_fetchall(
            "SELECT user_id, created_at, record FROM plans WHERE id IN"
            " (SELECT MAX(id) FROM plans GROUP BY user_id)", offload=True)
        return [(r[0], r[1], plan_record(r[2])) for r in rows]

    async def done_on_latest(self) -> dict[int, set[str]]:
        """Each user's actions marked done on their latest plan."""
        rows = await self.db.execute_fetchall(
            "SELECT a.user_id, a.action FROM action_progress a WHERE a.plan_id IN"
            " (SELECT MAX(id) FROM plans GROUP BY user_id)", offload=True)
        done: dict[int, set[str]] = {}
        for user_id, action in rows:
            done.setdefault(int(user_id), set()).add(str(action))
        return done

    async def acted(self) -> set[int]:
        """Users who marked an action done, on any of their plans."""
        rows = await self.db.execute_fetchall(
            "SELECT DISTINCT user_id FROM action_progress", offload=True)
        return {int(row[0]) for row in rows}

    async def started(self) -> int:
        """Users who began an assessment, described their business or got a plan."""
        async with self.db.execute(
            "SELECT COUNT(*) FROM (SELECT user_id FROM assessments UNION"
            " SELECT user_id FROM plans UNION SELECT user_id FROM descriptions)") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def monthly_scores(self) -> list[tuple[str, dict[str, int | None]]]:
        """(YYYY-MM, area scores) of each user's latest plan in each month (UTC)."""
        rows = await self.db.execute_fetchall(
            "SELECT strftime('%Y-%m', created_at, 'unixepoch'), record FROM plans WHERE id IN"
            " (SELECT MAX(id) FROM plans"
            "  GROUP BY user_id, strftime('%Y-%m', created_at, 'unixepoch'))", offload=True)
        return [(str(r[0]), dict(json.loads(r[1]).get("scores", {}))) for r in rows]

    async def peer_scores(self, user_id: int,
                          profile: Mapping[str, str]) -> list[dict[str, int | None]]:
        """The area scores of other users' latest plans with these profile answers."""
        shared = "".join(" AND json_extract(record, ?) = ?" for _ in profile)
        parameters: list[Any] = [user_id]
        for question, option in profile.items():
            parameters += [f"$.answers.{question}", option]
        # Only "?" placeholders are added, a pair per answer.
        sql = ("SELECT json_extract(record, '$.scores') FROM plans WHERE id IN"  # noqa: S608
               " (SELECT MAX(id) FROM plans GROUP BY user_id) AND user_id != ?" + shared)
        rows = await self.db.execute_fetchall(sql, parameters, offload=True)
        return [dict(json.loads(row[0] or "{}")) for row in rows]
