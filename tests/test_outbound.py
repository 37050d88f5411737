"""The one outbound queue (bot/outbound.py) through the real Application: Telegram's limits
kept, owners' replies before broadcasts and nudges, 429s honoured, owners told when busy.

The in-process Bot API enforces the limits (bot/fakeapi.py Limits: 429 past them); each
test records when every call reached it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application, running
from bot.config import Settings
from bot.fakeapi import FakeBotAPI, InProcessRequest, Limits
from bot.knowledge import Knowledge
from bot.outbound import BULK, INTERACTIVE, Outbound
from tests.conftest import STAFF, Harness

RATE = 10.0  # the budget of these tests, calls a second (Telegram's is 30)
OWNERS = [FakeBotAPI.person(5000 + i, "en", f"Owner{i}") for i in range(30)]


async def until(condition: Any, timeout: float = 10.0) -> None:
    """Wait until condition() holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.005)


class Recorder:
    """When each call reached the fake Bot API: (time, method, chat id)."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.calls: list[tuple[float, str, int]] = []
        api.listeners.append(self.record)

    def record(self, method: str, params: dict[str, Any], result: Any) -> None:
        chat = params.get("chat_id")
        self.calls.append((time.monotonic(), method, int(chat) if chat is not None else 0))

    def budgeted(self, since: float = 0.0) -> list[tuple[float, str, int]]:
        """Calls that count against the budget (all with a chat but callback answers)."""
        return [c for c in self.calls if c[2] and c[1] != "answerCallbackQuery" and c[0] >= since]

    def busiest_second(self) -> int:
        """The most budgeted calls in any one-second window."""
        times = [t for t, _, _ in self.budgeted()]
        return max((sum(1 for u in times if t <= u < t + 1) for t in times), default=0)


@pytest.fixture
async def limited(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[tuple[Harness, Recorder]]:
    """The advisor as `run` ships it (the outbound queue keeping limits) at RATE a second."""
    api = FakeBotAPI()
    api.limits = Limits(per_second=RATE, chat_per_second=1.0)
    db_path = tmp_path / "advisor.sqlite3"
    settings = Settings(db_path=str(db_path), admin_ids=frozenset({STAFF["id"]}),
                        send_rate=RATE, broadcast_per_second=100, time_scale=0.001,
                        quiet_hours=None)  # nudges go out whatever the hour the test runs
    app = build_application(settings, knowledge, request=InProcessRequest(api, 0.05),
                            rate_limit=True)
    recorder = Recorder(api)
    async with running(app):
        yield Harness(app, api, db_path), recorder


async def start_broadcast(h: Harness, recipients: int) -> None:
    """A broadcast to `recipients` opted-in owners, written as /broadcast's Send writes it."""
    store = h.store
    users = [(100_000 + i, 100_000 + i) for i in range(recipients)]
    async with store.transaction():
        await store.db.executemany(
            "INSERT INTO users (user_id, chat_id, language, first_seen, updates)"
            " VALUES (?, ?, 'en', 0, 1)", users)
    broadcast_id = await store.broadcasts.new(STAFF["id"], STAFF["id"])
    await store.broadcasts.set_content(broadcast_id, STAFF["id"], 1)
    await store.broadcasts.set_audience(broadcast_id, "users")
    await store.broadcasts.start(broadcast_id, [(c, u) for u, c in users], None)
    h.app.advisor.broadcasts.kick()


def outbound(h: Harness) -> Outbound:
    limiter = h.app.bot.rate_limiter
    assert isinstance(limiter, Outbound)
    return limiter


async def test_owner_replies_overtake_a_broadcast_queued_before_them(
    limited: tuple[Harness, Recorder],
) -> None:
    h, rec = limited
    await start_broadcast(h, 60)
    queue = outbound(h).queues[BULK]
    await until(lambda: len(queue) >= 20)  # the worker has a backlog waiting for the budget
    fed = time.monotonic()
    await asyncio.gather(*(h.say(owner, "/start") for owner in OWNERS[:3]))
    after = rec.budgeted(since=fed)
    owner_ids = {o["id"] for o in OWNERS[:3]}
    first = [chat for _, _, chat in after[:4]]
    # The three welcomes went within the next four calls, ahead of ~20 copies queued earlier.
    assert owner_ids <= set(first), first
    assert outbound(h).granted[INTERACTIVE] >= 3
    await h.app.advisor.broadcasts.idle()
    assert h.api.too_many == 0
    assert rec.busiest_second() <= RATE * 1.1


async def test_bulk_uses_the_whole_budget_when_owners_are_quiet(
    limited: tuple[Harness, Recorder],
) -> None:
    h, rec = limited
    began = time.monotonic()
    await start_broadcast(h, 40)
    await h.app.advisor.broadcasts.idle()
    took = time.monotonic() - began
    copies = [c for c in rec.budgeted() if c[1] == "copyMessage"]
    assert len(copies) == 40 and h.api.too_many == 0
    assert rec.busiest_second() <= RATE * 1.1
    assert took < 40 / RATE + 1.5  # at the budget, not below it


async def test_a_chat_gets_a_short_burst_then_one_a_second(
    limited: tuple[Harness, Recorder],
) -> None:
    h, rec = limited
    owner = OWNERS[0]
    for _ in range(5):
        await h.say(owner, "/help")
    sends = [t for t, _, chat in rec.budgeted() if chat == owner["id"]]
    assert len(sends) == 5 and h.api.too_many == 0
    assert sends[2] - sends[0] < 0.5  # three at once ...
    assert sends[3] - sends[0] >= 0.9 and sends[4] - sends[3] >= 0.9  # ... then one a second


async def test_a_press_is_answered_at_once_with_the_wait_when_replies_queue(
    limited: tuple[Harness, Recorder],
) -> None:
    h, _ = limited
    owner = OWNERS[0]
    await h.say(owner, "/start")
    found = h.api.last_keyboard(owner["id"])
    assert found is not None
    message_id, buttons = found
    # Many owners at once: their welcomes queue for a few seconds of the budget.
    crowd = [asyncio.ensure_future(h.say(o, "/start")) for o in OWNERS[1:]]
    await until(lambda: len(outbound(h).queues[INTERACTIVE]) >= 25)
    pressed = asyncio.ensure_future(h.feed(h.api.press_update(owner, message_id,
                                                              buttons[0][1])))
    await until(lambda: any(m == "answerCallbackQuery" for m, _ in h.api.calls))
    answer = next(p for m, p in h.api.calls if m == "answerCallbackQuery")
    assert "Many owners are answering right now" in answer["text"]
    assert not pressed.done()  # the answer came before the next question, which still waits
    await asyncio.gather(pressed, *crowd)
    assert "2 of 16" in h.last(owner["id"]) and h.api.too_many == 0


async def test_a_429_stops_every_send_for_its_wait_and_the_reply_still_arrives(
    limited: tuple[Harness, Recorder],
) -> None:
    h, rec = limited
    owner, other = OWNERS[0], OWNERS[1]
    h.api.fail_next(owner["id"], 429, "Too Many Requests: retry after 1", {"retry_after": 1})
    first = asyncio.ensure_future(h.say(owner, "/start"))
    await until(lambda: outbound(h).flooded)
    refused = time.monotonic()
    await h.say(other, "/help")  # queued behind the pause, not sent into it
    await first
    assert "1 of 16" in h.last(owner["id"])
    sends = rec.budgeted(since=refused)
    assert sends and sends[0][0] - refused >= 0.9
    assert outbound(h).flooded == 1


async def test_owner_replies_overtake_due_nudges(limited: tuple[Harness, Recorder]) -> None:
    h, rec = limited
    store, now = h.store, time.time()
    users = [(200_000 + i, 200_000 + i) for i in range(30)]
    async with store.transaction():
        await store.db.executemany(
            "INSERT INTO users (user_id, chat_id, language, first_seen) VALUES (?, ?, 'en', 0)",
            users)
        await store.db.executemany(
            "INSERT INTO plans (id, user_id, record, created_at) VALUES (?, ?, '{}', 0)",
            users)
        await store.db.executemany(
            "INSERT INTO nudges (user_id, plan_id, action, due_at) VALUES (?, ?, ?, ?)",
            [(u, u, "cash_13_week_forecast", now - 60) for u, _ in users])
    drain = asyncio.ensure_future(h.app.advisor.nudges.send_due())
    await until(lambda: len(outbound(h).queues[BULK]) >= 20)  # the nudges wait their turn
    fed = time.monotonic()
    await h.say(OWNERS[0], "/start")
    assert [c[2] for c in rec.budgeted(since=fed)][:2].count(OWNERS[0]["id"]) == 1
    assert await drain == 30 and h.api.too_many == 0


async def test_a_staff_alert_refused_with_429_still_arrives(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    """Alerts are follow-ups, not bulk: a 429 delays one instead of dropping it."""
    from bot.link import Link
    from bot.serving import Serving

    staff_chat = -1009000001
    api = FakeBotAPI()
    db_path = tmp_path / "advisor.sqlite3"
    settings = Settings(db_path=str(db_path), admin_ids=frozenset({STAFF["id"]}),
                        send_rate=RATE, staff_chat_id=staff_chat)
    app = build_application(settings, knowledge, request=InProcessRequest(api, 0.05),
                            rate_limit=True)
    async with running(app):
        api.fail_next(staff_chat, 429, "Too Many Requests: retry after 1", {"retry_after": 1})
        await Serving(Link("https://api.telegram.org")).alert(app, "ValueError", 2)
        assert outbound(Harness(app, api, db_path)).flooded == 1
    assert [m["text"] for m in api.sent_to(staff_chat)] == [knowledge.message(
        "en", "error_alert", kind="ValueError", count=2)]
