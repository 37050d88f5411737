"""Nudges through the real Application and database: sending, Done, Later, Stop, /progress,
quiet hours, blocked users, and recovery of nudges in flight."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot import callbacks
from bot import nudges as domain
from bot.app import build_application, running
from bot.config import Settings
from bot.fakeapi import FakeBotAPI, InProcessRequest
from bot.knowledge import Knowledge
from bot.plan import Plan
from tests.conftest import Harness, worst_with_staff

OWNER = FakeBotAPI.person(601, "en", "Kofi")
OTHER = FakeBotAPI.person(602, "en", "Ama")
DAY = 86400.0


def nudge_app(knowledge: Knowledge, api: FakeBotAPI, db_path: Path, **settings: Any) -> Any:
    return build_application(Settings(db_path=str(db_path), quiet_hours=None, **settings),
                             knowledge, request=InProcessRequest(api, poll_timeout=0.05))


@pytest.fixture
async def nb(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[Harness]:
    api = FakeBotAPI()
    app = nudge_app(knowledge, api, tmp_path / "advisor.sqlite3")
    async with running(app):
        yield Harness(app, api, tmp_path / "advisor.sqlite3")


def rows(h: Harness, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(h.db_path) as db:
        return db.execute(sql, args).fetchall()


async def make_plan(h: Harness, knowledge: Knowledge, user: dict[str, Any] = OWNER) -> None:
    await h.say(user, "/start")
    await h.answer_all(user, worst_with_staff)


def nudge_messages(h: Harness, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in h.api.sent_to(chat_id) if "Reminder from your action plan" in
            m.get("text", "")]


async def test_plan_creates_week_and_month_nudges(nb: Harness, knowledge: Knowledge) -> None:
    before = time.time()
    await make_plan(nb, knowledge)
    found = rows(nb, "SELECT action, status, due_at FROM nudges WHERE user_id = ?"
                 " AND kind = 'action'", OWNER["id"])
    assert found and all(status == "pending" for _, status, _ in found)
    stored = await nb.store.plans.latest(OWNER["id"])
    plan = Plan.from_record(stored.record)
    horizons = {i.action: plan.horizon(knowledge, i) for i in plan.items}
    # The worst case has more week actions than the week holds: some are followed up later.
    assert any(knowledge.actions[a].horizon == "week" and h == "month"
               for a, h in horizons.items())
    for action, _, due in found:
        horizon = horizons[action]  # the plan's horizon, not the action's own
        assert horizon in {"week", "month"}
        days = {"week": 3, "month": 10}[horizon]
        assert before + days * DAY <= due <= time.time() + days * DAY
    # Nothing is due yet.
    assert await nb.app.advisor.nudges.send_due() == 0
    assert nudge_messages(nb, OWNER["id"]) == []


async def test_due_nudge_is_sent_once_with_buttons_and_done_updates_progress(
    nb: Harness, knowledge: Knowledge
) -> None:
    await make_plan(nb, knowledge)
    week = rows(nb, "SELECT COUNT(*) FROM nudges n WHERE due_at < ?", time.time() + 4 * DAY)[0][0]
    later = time.time() + 3.5 * DAY
    assert await nb.app.advisor.nudges.send_due(now=later) == week
    assert await nb.app.advisor.nudges.send_due(now=later) == 0  # sent once
    sent = nudge_messages(nb, OWNER["id"])
    assert len(sent) == week
    _, buttons = nb.api.last_keyboard(OWNER["id"]) or (0, [])
    assert [b for b, _ in buttons] == ["✅ Done", "⏰ Later", "🔕 Stop reminders"]
    assert all(len(d.encode()) <= 64 for _, d in buttons)
    await nb.press(OWNER, "✅ Done")
    done = rows(nb, "SELECT action FROM action_progress")
    assert len(done) == 1
    assert "✅ Done:" in nb.last(OWNER["id"])
    await nb.say(OWNER, "/progress")
    report = nb.last(OWNER["id"])
    title = knowledge.text("en", "actions", done[0][0], "title")
    assert f"✅ {title}" in report and "⬜" in report
    assert "1 of " in report and "/100" in report
    # The same action's month nudge (if any) is not sent any more.
    assert rows(nb, "SELECT COUNT(*) FROM nudges WHERE action = ? AND status = 'pending'",
                done[0][0])[0][0] == 0


async def test_later_reschedules_and_old_button_goes_stale(
    nb: Harness, knowledge: Knowledge
) -> None:
    await make_plan(nb, knowledge)
    t = time.time() + 3.5 * DAY
    await nb.app.advisor.nudges.send_due(now=t)
    message_id, buttons = nb.api.last_keyboard(OWNER["id"]) or (0, [])
    later_data = next(d for label, d in buttons if label.startswith("⏰"))
    nudge_id = int(later_data.split(":")[1])
    await nb.feed(nb.api.press_update(OWNER, message_id, later_data))
    status, due = rows(nb, "SELECT status, due_at FROM nudges WHERE id = ?", nudge_id)[0]
    assert status == "pending" and due >= time.time() + 0.9 * DAY
    # Pressing the same button again changes nothing.
    await nb.feed(nb.api.press_update(OWNER, message_id, later_data))
    assert rows(nb, "SELECT status, due_at FROM nudges WHERE id = ?", nudge_id)[0] == (
        status, due)
    assert await nb.app.advisor.nudges.send_due(now=due + 1) >= 1
    status, attempts = rows(nb, "SELECT status, attempts FROM nudges WHERE id = ?", nudge_id)[0]
    assert status == "sent" and attempts == 2
    # The first message's Done belongs to attempt 1: stale, nothing is marked done.
    done_data = callbacks.nudge(nudge_id, 1, "d")
    await nb.feed(nb.api.press_update(OWNER, message_id, done_data))
    assert rows(nb, "SELECT COUNT(*) FROM action_progress")[0][0] == 0


async def test_stop_turns_reminders_off_and_on_again(nb: Harness, knowledge: Knowledge) -> None:
    await make_plan(nb, knowledge)
    t = time.time() + 3.5 * DAY
    await nb.app.advisor.nudges.send_due(now=t)
    await nb.press(OWNER, "🔕")
    assert "Reminders are off" in nb.last(OWNER["id"])
    assert rows(nb, "SELECT reminders FROM users WHERE user_id = ?", OWNER["id"])[0][0] == 0
    assert rows(nb, "SELECT COUNT(*) FROM nudges WHERE status = 'pending'")[0][0] == 0
    assert await nb.app.advisor.nudges.send_due(now=t + 20 * DAY) == 0
    await nb.say(OWNER, "/reminders")
    assert "Reminders are off." in nb.last(OWNER["id"])
    await nb.say(OWNER, "/reminders on")
    assert rows(nb, "SELECT reminders FROM users WHERE user_id = ?", OWNER["id"])[0][0] == 1
    assert await nb.app.advisor.nudges.send_due(now=t + 20 * DAY) > 0


async def test_forged_and_foreign_presses_change_nothing(
    nb: Harness, knowledge: Knowledge
) -> None:
    await make_plan(nb, knowledge)
    await make_plan(nb, knowledge, OTHER)
    await nb.app.advisor.nudges.send_due(now=time.time() + 3.5 * DAY)
    message_id, buttons = nb.api.last_keyboard(OWNER["id"]) or (0, [])
    before = rows(nb, "SELECT id, status, due_at, attempts FROM nudges ORDER BY id")
    theirs = next(d for label, d in buttons if label.startswith("✅"))
    forged = [theirs, "n:999999:1:d", "n:1:1:x", "n:abc", "n:" + "9" * 60]
    for data in forged:
        await nb.feed(nb.api.press_update(OTHER, message_id, data))
    assert rows(nb, "SELECT id, status, due_at, attempts FROM nudges ORDER BY id") == before
    assert rows(nb, "SELECT COUNT(*) FROM action_progress")[0][0] == 0
    assert "no longer open" in str(nb.api.calls[-1][1].get("text", ""))


async def test_quiet_hours_hold_nudges_until_morning(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    db = tmp_path / "q.sqlite3"
    app = build_application(Settings(db_path=str(db), quiet_hours=(21, 8), tz="UTC"),
                            knowledge, request=InProcessRequest(api, poll_timeout=0.05))
    async with running(app):
        h = Harness(app, api, db)
        await make_plan(h, knowledge)
        dues = [due for (due,) in rows(h, "SELECT due_at FROM nudges")]
        assert all(not domain.is_quiet(d, (21, 8), "UTC") for d in dues)
        first = min(dues)
        night = datetime.fromtimestamp(first + DAY, UTC).replace(hour=23).timestamp()
        assert await app.advisor.nudges.send_due(now=night) == 0
        morning = datetime.fromtimestamp(night + DAY, UTC).replace(hour=8, minute=5).timestamp()
        assert await app.advisor.nudges.send_due(now=morning) > 0


def test_next_allowed_moves_to_local_morning() -> None:
    nairobi = datetime(2026, 3, 2, 22, 30, tzinfo=UTC).timestamp()  # 01:30 in Nairobi
    moved = domain.next_allowed(nairobi, (21, 8), "Africa/Nairobi")
    assert datetime.fromtimestamp(moved, UTC) == datetime(2026, 3, 3, 5, 0, tzinfo=UTC)
    noon = datetime(2026, 3, 2, 12, tzinfo=UTC).timestamp()
    assert domain.next_allowed(noon, (21, 8), "UTC") == noon
    assert domain.next_allowed(noon, None, "UTC") == noon
    assert domain.parse_quiet_hours("") is None
    with pytest.raises(ValueError, match="25"):
        domain.parse_quiet_hours("25-8")


async def test_blocked_user_is_inactive_and_unblock_reactivates(
    nb: Harness, knowledge: Knowledge
) -> None:
    await make_plan(nb, knowledge)
    nb.api.blocked.add(OWNER["id"])
    await nb.app.advisor.nudges.send_due(now=time.time() + 3.5 * DAY)
    assert rows(nb, "SELECT active FROM users WHERE user_id = ?", OWNER["id"])[0][0] == 0
    counts = dict(rows(nb, "SELECT status, COUNT(*) FROM nudges GROUP BY status"))
    assert "pending" not in counts and counts.get("blocked", 0) > 0 and counts["failed"] >= 1
    nb.api.blocked.discard(OWNER["id"])
    bot_member = {"user": {"id": 7000000001, "is_bot": True, "first_name": "b"},
                  "status": "member"}
    change = {"chat": {"id": OWNER["id"], "type": "private", "first_name": "Kofi"},
              "from": OWNER, "date": int(time.time()),
              "old_chat_member": {**bot_member, "status": "kicked", "until_date": 0},
              "new_chat_member": bot_member}
    await nb.feed({"update_id": nb.api.next_update_id(), "my_chat_member": change})
    assert rows(nb, "SELECT active FROM users WHERE user_id = ?", OWNER["id"])[0][0] == 1


async def test_nudges_in_flight_at_a_crash_are_sent_after_restart(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    db = tmp_path / "crash.sqlite3"
    api = FakeBotAPI()
    app = nudge_app(knowledge, api, db)
    async with running(app):
        await make_plan(Harness(app, api, db), knowledge)
        claimed = await app.advisor.store.nudges.claim_due(time.time() + 3.5 * DAY, 2)
    assert len(claimed) == 2  # claimed, then the process "died" before sending
    api2 = FakeBotAPI()
    app2 = nudge_app(knowledge, api2, db)
    async with running(app2):
        h = Harness(app2, api2, db)
        assert await app2.advisor.nudges.send_due(now=time.time() + 3.5 * DAY) >= 2
        sent_ids = {int(d.split(":")[1]) for m in nudge_messages(h, OWNER["id"])
                    for row in m["reply_markup"]["inline_keyboard"] for d in
                    [b["callback_data"] for b in row] if d.endswith(":d")}
        assert {n.id for n in claimed} <= sent_ids
        assert rows(h, "SELECT COUNT(*) FROM nudges WHERE status = 'sending'")[0][0] == 0


async def test_recheck_invitation_compares_scores_then_and_now(
    nb: Harness, knowledge: Knowledge
) -> None:
    await make_plan(nb, knowledge)  # the worst answers: every scored area at risk
    (areas, due), = rows(nb, "SELECT action, due_at FROM nudges WHERE kind = 'recheck'")
    assert set(areas.split(",")) == {"cash", "operations", "staff", "digital"}
    assert due >= time.time() + 27.9 * DAY
    await nb.app.advisor.nudges.send_due(now=due + 1)
    invitation = [t for t in nb.texts(OWNER["id"]) if "Four weeks since your plan" in t]
    assert len(invitation) == 1 and "Cash" in invitation[0]
    message = next(m for m in nb.api.sent_to(OWNER["id"]) if "Four weeks" in m.get("text", ""))
    message_id = message["message_id"]
    recheck_data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert recheck_data.endswith(":r")
    forged_done = recheck_data[:-1] + "d"  # Done is not a button of the invitation
    await nb.feed(nb.api.press_update(OWNER, message_id, forged_done))
    assert rows(nb, "SELECT COUNT(*) FROM action_progress")[0][0] == 0
    await nb.feed(nb.api.press_update(OWNER, message_id, recheck_data))
    assert f"1 of {len(knowledge.questions)}" in nb.last(OWNER["id"])
    await nb.answer_all(OWNER, lambda question: len(question.options) - 1)  # the best answers
    comparison = next(t for t in reversed(nb.texts(OWNER["id"])) if "then → now" in t)
    assert "(+" in comparison
    assert rows(nb, "SELECT COUNT(*) FROM plans")[0][0] == 2


async def test_mydata_and_delete_cover_nudges_and_progress(
    nb: Harness, knowledge: Knowledge
) -> None:
    await make_plan(nb, knowledge)
    await make_plan(nb, knowledge, OTHER)
    await nb.app.advisor.nudges.send_due(now=time.time() + 3.5 * DAY)
    await nb.press(OWNER, "✅")
    data = await nb.store.privacy.personal_data(OWNER["id"])
    assert data["nudges"] and len(data["action_progress"]) == 1
    assert all(row["user_id"] == OWNER["id"] for row in data["nudges"])
    await nb.say(OWNER, "/delete")
    await nb.press(OWNER, "Yes")
    for table in ("nudges", "action_progress"):
        assert rows(nb, f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", OWNER["id"]) == [(0,)]
    assert rows(nb, "SELECT COUNT(*) FROM nudges WHERE user_id = ?", OTHER["id"])[0][0] > 0
