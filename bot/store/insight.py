"""Aggregates for the support organisation's /stats: read only, across users.

Everything comes from counters that triggers keep (bot/store/migrations.py, versions 21 and
22) as each business's latest plan, opt-in and actions done change, at the same cost at a
million businesses as at ten (docs/BENCHMARKS.md, Store): the report's breakdowns, months,
actions and score distributions, the peer comparison, and /guidance's signals (evaluated by
the advisor as each plan is made, and for every latest plan again after the content changed).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.store.db import SerialConnection

#: plan_hours counts latest plans by the hour they were made in.
HOUR = 3600
#: The profile answers latest_plans keeps, which the counters group by.
PROFILE = ("sector", "size", "led_by")


@dataclass(frozen=True)
class ReportCounts:
    """The counters behind /stats' report (migration 22); '' is a profile answer missing."""

    cells: list[tuple[str, str, str, str, bool, int]]  # sector, size, led_by, risk, acted, n
    scores: list[tuple[str, str, str, str, int, int]]  # sector, size, led_by, area, score, n
    this_week: int
    months: list[tuple[str, str, int]]  # month, risk, n
    month_scores: list[tuple[str, str, int, int]]  # month, area, score, n
    actions: list[tuple[str, int, int]]  # action, in latest plans, done there
    started: int


@dataclass(frozen=True)
class PeerCounts:
    """Businesses sharing profile answers: how many, and each area's scores (score -> n)."""

    count: int
    histograms: dict[str, dict[int, int]]


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

    async def report_counts(self, since: float) -> ReportCounts:
        """What /stats' report counts, from the counters: a few hundred rows at any size.

        `since`: the start of "this week", counted to the second (plan_hours for the whole
        hours after it, the latest plans of its own hour by their time).
        """
        db = self.db
        cells = await db.execute_fetchall(
            "SELECT sector, size, led_by, risk, acted, n FROM cell_counts WHERE n > 0")
        scores = await db.execute_fetchall(
            "SELECT sector, size, led_by, area, score, n FROM cell_scores WHERE n > 0")
        hour = int(since // HOUR)
        week = await db.execute_fetchall(
            "SELECT (SELECT COALESCE(SUM(n), 0) FROM plan_hours WHERE hour > ?)"
            " + (SELECT COUNT(*) FROM latest_plans WHERE created_at >= ? AND created_at < ?"
            "    AND CAST(created_at / 3600 AS INTEGER) = ?)",
            (hour, since, (hour + 2) * HOUR, hour))
        months = await db.execute_fetchall(
            "SELECT month, risk, n FROM month_counts WHERE n > 0")
        month_scores = await db.execute_fetchall(
            "SELECT month, area, score, n FROM month_scores WHERE n > 0")
        actions = await db.execute_fetchall(
            "SELECT action, in_plans, done FROM action_counts WHERE in_plans > 0")
        return ReportCounts(
            cells=[(str(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]), int(r[5]))
                   for r in cells],
            scores=[(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]))
                    for r in scores],
            this_week=int(week[0][0]),
            months=[(str(r[0]), str(r[1]), int(r[2])) for r in months],
            month_scores=[(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in month_scores],
            actions=[(str(r[0]), int(r[1]), int(r[2])) for r in actions],
            started=await self._counter("started"))

    async def signal_counts(self, key: str) -> tuple[int, int, dict[str, int]]:
        """(latest plans, of those evaluated under `key`, guidance id -> signals held)."""
        rows = await self.db.execute_fetchall(
            "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(CASE WHEN key = ? THEN n END), 0)"
            " FROM signal_keys", (key,))
        held = await self.db.execute_fetchall(
            "SELECT guidance, n FROM signal_counts WHERE key = ? AND n > 0", (key,))
        return int(rows[0][0]), int(rows[0][1]), {str(g): int(n) for g, n in held}

    async def unevaluated(self, key: str, limit: int) -> list[tuple[int, dict[str, Any]]]:
        """(user_id, answers) of latest plans whose signals were not evaluated under `key`."""
        rows = await self.db.execute_fetchall(
            "SELECT l.user_id, json_extract(p.record, '$.answers') FROM latest_plans l"
            " JOIN plans p ON p.id = l.plan_id WHERE l.signals_key < ? OR l.signals_key > ?"
            " LIMIT ?", (key, key, limit), offload=True)
        return [(int(r[0]), dict(json.loads(r[1] or "{}"))) for r in rows]

    async def evaluated(self, key: str, held: list[tuple[int, list[str]]]) -> None:
        """Store the signals latest plans hold under `key`: (user_id, guidance ids)."""
        async with self.db.transaction():
            await self.db.executemany(
                "UPDATE latest_plans SET signals = ?, signals_key = ? WHERE user_id = ?",
                [(json.dumps(ids), key, user_id) for user_id, ids in held], offload=True)

    async def peers(self, user_id: int, profile: Mapping[str, str]) -> PeerCounts:
        """Other businesses whose latest plan has these profile answers: how many, and scores.

        Read from the counters (the same at any size), less the owner's own latest plan.
        """
        unknown = set(profile) - set(PROFILE)
        if unknown:
            raise ValueError(f"not a profile question: {sorted(unknown)}")
        # Only column names of PROFILE and "?" placeholders are added.
        where = " AND ".join(f"{question} = ?" for question in profile) or "1"
        values = list(profile.values())
        rows = await self.db.execute_fetchall(
            f"SELECT COALESCE(SUM(n), 0) FROM cell_counts WHERE {where}", values)  # noqa: S608
        count = int(rows[0][0])
        histograms: dict[str, dict[int, int]] = {}
        for area, score, n in await self.db.execute_fetchall(
                f"SELECT area, score, SUM(n) FROM cell_scores WHERE {where}"  # noqa: S608
                " GROUP BY area, score", values):
            histograms.setdefault(str(area), {})[int(score)] = int(n)
        own = await self.db.execute_fetchall(
            "SELECT sector, size, led_by, scores FROM latest_plans WHERE user_id = ?",
            (user_id,))
        if own and all(dict(zip(PROFILE, own[0][:3], strict=True)).get(q) == v
                       for q, v in profile.items()):
            count -= 1
            for area, score in json.loads(own[0][3]).items():
                histogram = histograms.get(area, {})
                histogram[score] = histogram.get(score, 0) - 1
        return PeerCounts(count, {area: {s: n for s, n in h.items() if n > 0}
                                  for area, h in histograms.items()})
