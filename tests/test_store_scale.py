"""What keeps the store's figures flat as businesses grow: the summary /stats counts, and the
indexes /delete needs (bot/store/migrations.py, version 21)."""

from __future__ import annotations

import collections
import json
import sqlite3
import time
from pathlib import Path

from bot import stats
from bot.knowledge import Knowledge
from bot.plan import build_plan
from bot.store import Store
from bot.store.migrations import MIGRATIONS


async def test_a_database_from_before_the_summary_gets_it_and_stats_count_the_same(
    tmp_path: Path, knowledge: Knowledge
) -> None:
    path = tmp_path / "old.sqlite3"
    worst = {q.id: q.options[0].id for q in knowledge.questions}
    best = {q.id: q.options[-1].id for q in knowledge.questions}
    records = [build_plan(knowledge, a).to_record() for a in (worst, best)]
    now = time.time()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
        for version, script in MIGRATIONS:
            if version < 21:
                db.executescript(script)
                db.execute("INSERT INTO schema_version VALUES (?)", (version,))
        for user in range(1, 9):
            db.execute("INSERT INTO users (user_id, chat_id, language, first_seen)"
                       " VALUES (?, ?, 'en', 0)", (user, user))
            # Each business: an old worst-case plan, then its latest (worst or best).
            for record in (records[0], records[user % 2]):
                db.execute("INSERT INTO plans (user_id, record, created_at) VALUES (?, ?, ?)",
                           (user, json.dumps(record), now - 86400 * user))
    store = await Store.open(path)
    try:
        counts = await store.insight.counts(now - stats.WEEK, stats.AT_RISK_BELOW, 5)
        latest = [records[u % 2] for u in range(1, 9)]
        for area in {a for r in latest for a, s in r["scores"].items() if s is not None}:
            scored = [r["scores"][area] for r in latest if r["scores"].get(area) is not None]
            assert counts.at_risk[area] == (sum(stats.at_risk(s) for s in scored), len(scored))
        firsts = collections.Counter(r["items"][0][0] for r in latest if r["items"])
        assert counts.first_actions == sorted(firsts.items(), key=lambda p: (-p[1], p[0]))[:5]
        assert counts.assessed == 8 and counts.assessed_since == 7  # days 1 to 7 of 8
        # A new plan replaces the business's row; erasing the business removes it.
        await store.plans.add(1, records[1])
        assert (await store.insight.counts(0, stats.AT_RISK_BELOW, 5)).assessed == 8
        await store.privacy.delete_user(1)
        assert (await store.insight.counts(0, stats.AT_RISK_BELOW, 5)).assessed == 7
    finally:
        await store.close()


async def test_erasing_a_person_reads_no_whole_table(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "advisor.sqlite3")
    try:
        for table in ("deliveries", "action_progress", "questions", "nudges", "plans",
                      "latest_plans", "latest_scores", "assessments", "descriptions"):
            plan = [row[3] for row in await store.db.execute_fetchall(
                f"EXPLAIN QUERY PLAN DELETE FROM {table} WHERE user_id = ?", (1,))]
            assert not any(line.startswith("SCAN") for line in plan), (table, plan)
        for child, column in (("nudges", "plan_id"), ("plans", "assessment_id"),
                              ("question_messages", "question_id")):
            plan = [row[3] for row in await store.db.execute_fetchall(
                f"EXPLAIN QUERY PLAN SELECT 1 FROM {child} WHERE {column} = ?", (1,))]
            assert not any(line.startswith("SCAN") for line in plan), (child, plan)
    finally:
        await store.close()
