"""Plans: every plan made, from an assessment or from a description; the latest one counts."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from typing import Any

from bot.store.db import SerialConnection
from bot.store.nudges import Nudges

#: /guidance's signals a plan's answers hold: (the content's key, guidance ids).
Signals = tuple[str, list[str]]


@dataclass(frozen=True)
class StoredPlan:
    """A plan as it was made."""

    id: int
    record: dict[str, Any]
    created_at: float


def _compact(value: Any) -> Any:
    """Lists as tuples, strings interned: the same ids recur in every plan."""
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, list):
        return tuple(_compact(item) for item in value)
    if isinstance(value, dict):
        return {sys.intern(key): _compact(item) for key, item in value.items()}
    return value


def plan_record(text: str) -> dict[str, Any]:
    """A stored plan's record, read-only and compact.

    A decoded plan is mostly action and question ids; decoded naively each plan held its
    own copies (about 4.7 KB each), interned and in tuples they are shared (see the memory
    benchmark in docs/BENCHMARKS.md).
    """
    record: dict[str, Any] = _compact(json.loads(text))
    return record


class Plans:
    """The plans table."""

    def __init__(self, db: SerialConnection, nudges: Nudges) -> None:
        self.db, self.nudges = db, nudges

    async def add(
        self, user_id: int, record: dict[str, Any],
        nudges: list[tuple[str, str, float]] | None = None, assessment_id: int | None = None,
        signals: Signals | None = None,
    ) -> int:
        """Store a plan as the user's latest, from an assessment or (None) a description.

        Its nudges (kind, action, due) replace the waiting ones of an earlier plan, in the
        same transaction. `signals`: the /guidance signals its answers hold, and the key of
        the content they were evaluated with (without them, /guidance evaluates it later).
        """
        async with self.db.transaction():
            cursor = await self.db.execute(
                "INSERT INTO plans (user_id, assessment_id, record, created_at)"
                " VALUES (?, ?, ?, ?)",
                (user_id, assessment_id, json.dumps(record), time.time()),
            )
            plan_id = cursor.lastrowid
            assert plan_id is not None  # noqa: S101
            await self._summarise(user_id, plan_id, record, signals or ("", []))
            if nudges:
                await self.nudges.add_for_plan(user_id, plan_id, nudges)
        return plan_id

    async def _summarise(self, user_id: int, plan_id: int, record: dict[str, Any],
                         signals: Signals) -> None:
        """Keep the user's rows of latest_plans and latest_scores, which /stats counts."""
        # Deleted, then inserted (not REPLACE): the triggers that keep /stats's counters
        # see the old row go and the new one come. plan_summary reads the record as the
        # migration that made these columns did (bot/store/migrations.py, version 22).
        await self.db.execute("DELETE FROM latest_plans WHERE user_id = ?", (user_id,))
        await self.db.execute(
            "INSERT INTO latest_plans (user_id, plan_id, created_at, first_action, sector,"
            " size, led_by, risk, scores, actions, acted, signals_key, signals)"
            " SELECT user_id, plan_id, created_at, first_action, sector, size, led_by, risk,"
            " scores, actions, EXISTS (SELECT 1 FROM action_progress a"
            " WHERE a.user_id = s.user_id), ?, ? FROM plan_summary s WHERE plan_id = ?",
            (signals[0], json.dumps(signals[1]), plan_id))
        await self.db.execute("DELETE FROM latest_scores WHERE user_id = ?", (user_id,))
        await self.db.executemany(
            "INSERT INTO latest_scores VALUES (?, ?, ?)",
            [(user_id, area, score) for area, score in record.get("scores", {}).items()
             if score is not None])

    async def latest(self, user_id: int) -> StoredPlan | None:
        """The user's most recent plan."""
        async with self.db.execute(
            "SELECT id, record, created_at FROM plans WHERE user_id = ? ORDER BY id DESC LIMIT 1",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return StoredPlan(row[0], plan_record(row[1]), row[2]) if row else None
