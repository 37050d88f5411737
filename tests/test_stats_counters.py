"""/stats' report, "businesses like yours" and /guidance from counters (migration 22).

The reference is the report as it was computed before the counters: every business's latest
plan read back and decoded, its actions done, each month's latest plan, everyone who
started (the queries below are the ones /stats ran then), through `stats.insight`. The
counters must give the same report, figure for figure and suppression for suppression, on
data made through the real Application and store: plans replaced, backdated into other
months, actions marked done and undone, people erased, profile answers missing.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from bot import guidance, stats
from bot.advisor import tallies_of
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.plan import build_plan
from bot.store import Store
from bot.store.migrations import MIGRATIONS
from tests.conftest import STAFF, Harness
from tests.storehelp import set_plan_time

DAY = 24 * 3600
MONTH = 31 * DAY


async def reference(store: Store) -> tuple[list[stats.Business],
                                           list[tuple[str, dict[str, int | None]]], int]:
    """Businesses, months and started as /stats read them from every plan, before counters."""
    db = store.db
    rows = await db.execute_fetchall(
        "SELECT user_id, created_at, record FROM plans WHERE id IN"
        " (SELECT MAX(id) FROM plans GROUP BY user_id)")
    done: dict[int, set[str]] = {}
    for user_id, action in await db.execute_fetchall(
            "SELECT a.user_id, a.action FROM action_progress a WHERE a.plan_id IN"
            " (SELECT MAX(id) FROM plans GROUP BY user_id)"):
        done.setdefault(user_id, set()).add(action)
    acted = {r[0] for r in await db.execute_fetchall(
        "SELECT DISTINCT user_id FROM action_progress")}
    businesses = []
    for user_id, made, text in rows:
        record = json.loads(text)
        businesses.append(stats.Business(
            made, record.get("answers", {}), record.get("scores", {}),
            tuple(item[0] for item in record.get("items", ())),
            frozenset(done.get(user_id, ())), user_id in acted))
    months = [(r[0], dict(json.loads(r[1]).get("scores", {})))
              for r in await db.execute_fetchall(
                  "SELECT strftime('%Y-%m', created_at, 'unixepoch'), record FROM plans"
                  " WHERE id IN (SELECT MAX(id) FROM plans"
                  " GROUP BY user_id, strftime('%Y-%m', created_at, 'unixepoch'))")]
    started = (await db.execute_fetchall(
        "SELECT COUNT(*) FROM (SELECT user_id FROM assessments UNION"
        " SELECT user_id FROM plans UNION SELECT user_id FROM descriptions)"))[0][0]
    return businesses, months, int(started)


def figures(report: stats.Report) -> Any:
    """Everything a report shows and how it was suppressed."""
    return ([(t.id, t.rows, t.columns, t.values) for t in report.tables],
            report.hidden, report.ledger.counts)


def answers_for(knowledge: Knowledge, rng: random.Random) -> dict[str, str]:
    """Random answers, a profile answer sometimes missing and sectors bunched."""
    answers = {q.id: rng.choice(q.options).id for q in knowledge.questions}
    if rng.random() < 0.5:
        answers["sector"] = rng.choice(("retail", "food_service"))
    for question in ("sector", "size", "led_by"):
        if rng.random() < 0.12:
            answers.pop(question)
    return answers


async def varied(bot: Harness, knowledge: Knowledge, seed: int, owners: int) -> list[int]:
    """Owners with plans made, replaced, backdated, acted on and erased; their ids."""
    rng = random.Random(seed)
    store: Store = bot.store
    ids = list(range(5000, 5000 + owners))
    for user_id in ids:
        await store.users.ensure(user_id, user_id, "en")
        for _ in range(1 + (rng.random() < 0.3)):  # some replace their plan
            plan = build_plan(knowledge, answers_for(knowledge, rng))
            plan_id = await store.plans.add(user_id, plan.to_record())
            if rng.random() < 0.6:  # months back, and days within them
                await set_plan_time(store, plan_id, time.time() - rng.randint(0, 3) * MONTH
                                    - rng.randint(1, 20) * DAY - rng.random() * 3600)
            for item in plan.items:
                if rng.random() < 0.25:
                    assert await store.nudges.toggle_done(user_id, plan_id, item.action)
                    if rng.random() < 0.2:  # and undone
                        assert not await store.nudges.toggle_done(user_id, plan_id,
                                                                  item.action)
    for user_id in rng.sample(ids, 3):
        await store.privacy.delete_user(user_id)
    return ids


async def test_the_counters_give_the_report_every_plan_gave(
    org: Harness, knowledge: Knowledge
) -> None:
    await varied(org, knowledge, seed=15, owners=70)
    # Owners through the bot: one finishes the assessment, one starts and stops.
    finisher, starter = FakeBotAPI.person(6001), FakeBotAPI.person(6002)
    await org.say(finisher, "/start")
    await org.answer_all(finisher)
    await org.say(starter, "/start")
    await org.press(starter, 0)
    advisor = org.app.advisor
    businesses, months, started = await reference(advisor.store)
    assert len(businesses) == 68 and started == 69  # 70 - 3 erased + 1 finished; + 1 started
    expected = stats.insight(businesses, months, started, await advisor.store.insight.opted_in(),
                             stats.Feedback(*(await advisor.store.feedback.summary())[:2],
                                            tuple((await advisor.store.feedback.summary())[2])),
                             knowledge)
    report = await advisor.insight()
    assert figures(report) == figures(expected)
    # Hand-counted too: businesses by sector, and an action's plans and done.
    sector = report.table("sector")
    retail = sum(b.answers.get("sector") == "retail" for b in businesses)
    assert retail >= 5 and sector.get("retail", "businesses") in (retail, stats.HIDDEN)
    action = report.table("actions").rows[0]
    assert report.ledger.counts[("action", action, "in_plans")] == sum(
        action in b.actions for b in businesses)
    assert report.ledger.counts[("action", action, "done")] == sum(
        action in b.done for b in businesses)
    await org.say(STAFF, "/stats")
    assert "Assessed, all time: <b>68</b>" in "\n".join(org.texts(STAFF["id"]))


async def test_businesses_like_yours_from_the_counters(org: Harness, knowledge: Knowledge) -> None:
    ids = await varied(org, knowledge, seed=16, owners=60)
    advisor = org.app.advisor
    businesses, _, _ = await reference(advisor.store)
    rows = await advisor.store.db.execute_fetchall(
        "SELECT user_id, record FROM plans WHERE id IN (SELECT MAX(id) FROM plans"
        " GROUP BY user_id)")
    latest = {r[0]: json.loads(r[1]) for r in rows}
    compared = 0
    for user_id in ids:
        if user_id not in latest:
            continue  # erased
        plan = build_plan(knowledge, latest[user_id]["answers"])
        expected = None
        for shared in stats.PEER_GROUPS:
            if not all(q in plan.answers for q in shared):
                continue
            others = [dict(r["scores"]) for u, r in latest.items() if u != user_id
                      and all(r["answers"].get(q) == plan.answers[q] for q in shared)]
            expected = stats.peer_medians(shared, others)
            if expected is not None:
                break
        assert await advisor.peers(user_id, plan) == expected
        compared += expected is not None
    assert compared >= 20
    assert len(businesses) == 57


async def test_a_database_from_version_21_gets_the_counters(
    tmp_path: Path, knowledge: Knowledge
) -> None:
    path = tmp_path / "old.sqlite3"
    rng = random.Random(21)
    now = time.time()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
        for version, script in MIGRATIONS:
            if version <= 21:
                db.executescript(script)
                db.execute("INSERT INTO schema_version VALUES (?)", (version,))
        db.execute("PRAGMA foreign_keys = ON")
        for user in range(1, 41):
            db.execute("INSERT INTO users (user_id, chat_id, language, first_seen)"
                       " VALUES (?, ?, 'en', 0)", (user, user))
            db.execute("INSERT INTO assessments (user_id, started_at) VALUES (?, 0)", (user,))
            if user % 8 == 0:
                continue  # started, no plan
            for n in range(1 + user % 2):
                record = build_plan(knowledge, answers_for(knowledge, rng)).to_record()
                made = now - (user % 4) * MONTH - n * DAY - user * 60
                plan_id = db.execute(
                    "INSERT INTO plans (user_id, record, created_at) VALUES (?, ?, ?)",
                    (user, json.dumps(record), made)).lastrowid
                for item in record["items"][:user % 3]:
                    db.execute("INSERT INTO action_progress VALUES (?, ?, ?, 0)",
                               (user, plan_id, item[0]))
            # What Plans.add kept at version 21.
            latest = db.execute("SELECT id, created_at, record FROM plans WHERE user_id = ?"
                                " ORDER BY id DESC LIMIT 1", (user,)).fetchone()
            items = json.loads(latest[2])["items"]
            db.execute("INSERT INTO latest_plans VALUES (?, ?, ?, ?)",
                       (user, latest[0], latest[1] + 0.001, items[0][0] if items else None))
    store = await Store.open(path)
    try:
        since = now - stats.WEEK
        businesses, months, started = await reference(store)
        expected = stats.tally(businesses, months, now)
        counts = await store.insight.report_counts(since)
        got = tallies_of(counts)
        assert started == counts.started == 40
        for name in ("cells", "scores", "months", "month_scores", "actions"):
            assert dict(getattr(got, name)) == {k: v for k, v in
                                                getattr(expected, name).items() if v}, name
        assert got.this_week == expected.this_week
        # Plans after the upgrade keep them, and so does erasing a business.
        await store.plans.add(2, build_plan(knowledge, answers_for(knowledge, rng)).to_record())
        await store.privacy.delete_user(3)
        businesses, months, started = await reference(store)
        got = tallies_of(await store.insight.report_counts(since))
        expected = stats.tally(businesses, months, time.time())
        assert dict(got.cells) == {k: v for k, v in expected.cells.items() if v}
        assert dict(got.month_scores) == {k: v for k, v in expected.month_scores.items() if v}
        assert started == 39
    finally:
        await store.close()


async def test_guidance_from_the_signals_counted(org: Harness, knowledge: Knowledge) -> None:
    await varied(org, knowledge, seed=17, owners=40)
    advisor = org.app.advisor
    businesses, _, _ = await reference(advisor.store)
    records = [{"answers": b.answers} for b in businesses]
    expected = guidance.findings(knowledge, records)
    assert any(f.part for f in expected)
    assert await advisor.guidance() == expected
    # Plans counted under other content (a changed guidance.yaml) are evaluated again.
    await advisor.store.db.execute(
        "UPDATE latest_plans SET signals = '[]', signals_key = 'before' WHERE user_id % 3 = 0")
    whole, current, _ = await advisor.store.insight.signal_counts(advisor.signals_key)
    assert whole == len(businesses) > current
    assert await advisor.guidance() == expected
    whole, current, _ = await advisor.store.insight.signal_counts(advisor.signals_key)
    assert whole == current == len(businesses)
