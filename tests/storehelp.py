"""Looks into the database for tests and benchmarks, through the store's own connection."""

from __future__ import annotations

import time

from bot.store import Store
from bot.store.nudges import CLAIM_SQL

TABLES = frozenset({
    "users", "assessments", "answers", "plans", "processed_updates", "nudges",
    "action_progress", "staff", "member_groups", "broadcasts", "deliveries", "questions",
    "relief_added", "relief_hidden", "pending_questions", "descriptions", "chart_files",
    "plan_feedback",
})


#: A script for another process (`python -c HOLDER DB SECONDS`) that holds the database's
#: write lock for SECONDS, printing "locked" once it has it.
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""

async def count(store: Store, table: str) -> int:
    """Rows in a table; table names are not user input."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table}")
    async with store.db.execute(f"SELECT COUNT(*) FROM {table}") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def nudge_counts(store: Store) -> dict[str, int]:
    """Nudges per status."""
    async with store.db.execute("SELECT status, COUNT(*) FROM nudges GROUP BY status") as cursor:
        return {row[0]: row[1] for row in await cursor.fetchall()}


async def explain_claim(store: Store) -> list[str]:
    """EXPLAIN QUERY PLAN of the nudge tick's claim query (it should use nudges_due)."""
    async with store.db.execute("EXPLAIN QUERY PLAN " + CLAIM_SQL, (time.time(), 100)) as cursor:
        return [str(row[3]) for row in await cursor.fetchall()]


async def set_plan_time(store: Store, plan_id: int, when: float) -> None:
    """Backdate a plan (a test's months and weeks)."""
    await store.db.execute("UPDATE plans SET created_at = ? WHERE id = ?", (when, plan_id))
