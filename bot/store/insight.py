"""Aggregates for the support organisation's /stats: read only, across users.

Read from counters that triggers keep (bot/store/migrations.py, version 15) as each
business's latest plan, opt-in and actions done change: /stats costs the same at a million
businesses as at ten (docs/BENCHMARKS.md, Store).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.db import SerialConnection

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
    """Reads of the counters kept over latest_plans, latest_scores and action_progress."""

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
