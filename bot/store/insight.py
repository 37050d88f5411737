"""Aggregates for the support organisation's /stats: read only, across users.

Counts come from counters that triggers keep (bot/store/migrations.py, version 21) as each
business's latest plan, opt-in and actions done change, at the same cost at a million
businesses as at ten (docs/BENCHMARKS.md, Store). The report's breakdowns, months and
suppression need each business's latest plan: those are long reads (the reader connection).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.store.db import SerialConnection
from bot.store.plans import plan_record

#: plan_hours counts latest plans by the hour they were made in.
HOUR = 3600


@dataclass(frozen=True)
class PlanCounts:
    """Businesses by their latest plan."""

    assessed_since: int
    assessed: int
    at_risk: dict[str, tuple[int, int]]  # area -> (businesses at risk, businesses scored)
    first_actions: list[tuple[str, int]]  # the most frequent first actions, most first


class Insight:
    """Reads of the counters (latest_plans, latest_scores, action_progress) and of the plans."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def counts(self, since: float, at_risk_below: int, top: int) -> PlanCounts:
        """Businesses assessed since a time (to the hour) and in all, at risk, first actions."""
        rows = await self.db.execute_fetchall(
            "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(CASE WHEN hour >= ? THEN n END), 0)"
            " FROM plan_hours", (int(since // HOUR),))
        assessed, assessed_since = rows[0][0], rows[0][1]
        areas = await self.db.execute_fetchall(
            "SELECT area, SUM(n), SUM(CASE WHEN score < ? THEN n ELSE 0 END)"
            " FROM score_counts GROUP BY area", (at_risk_below,))
        firsts = await self.db.execute_fetchall(
            "SELECT action, n FROM first_action_counts WHERE n > 0 ORDER BY n DESC, action"
            " LIMIT ?", (top,))
        return PlanCounts(int(assessed_since), int(assessed),
                          {r[0]: (int(r[2]), int(r[1])) for r in areas},
                          [(r[0], int(r[1])) for r in firsts])

    async def opted_in(self) -> int:
        """How many active users opted in to updates."""
        return await self._counter("opted_in")

    async def actions_done(self) -> tuple[int, int]:
        """(actions marked done, businesses with one or more)."""
        return await self._counter("actions_done"), await self._counter("businesses_acting")

    async def _counter(self, key: str) -> int:
        rows = await self.db.execute_fetchall(
            "SELECT n FROM insight_counts WHERE key = ?", (key,))
        return int(rows[0][0]) if rows else 0

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
        rows = await self.db.execute_fetchall(
            "SELECT COUNT(*) FROM (SELECT user_id FROM assessments UNION"
            " SELECT user_id FROM plans UNION SELECT user_id FROM descriptions)", offload=True)
        return int(rows[0][0]) if rows else 0

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
        shared = "".join(" AND json_extract(p.record, ?) = ?" for _ in profile)
        parameters: list[Any] = [user_id]
        for question, option in profile.items():
            parameters += [f"$.answers.{question}", option]
        # Only "?" placeholders are added, a pair per answer.
        # latest_plans names each business's latest plan: no GROUP BY over every plan made.
        sql = ("SELECT json_extract(p.record, '$.scores') FROM latest_plans l"  # noqa: S608
               " JOIN plans p ON p.id = l.plan_id WHERE l.user_id != ?" + shared)
        rows = await self.db.execute_fetchall(sql, parameters, offload=True)
        return [dict(json.loads(row[0] or "{}")) for row in rows]
