"""The event loop never waits for the database (bot/store/db.py), through the real Application.

Another process holds SQLite's write lock: the loop keeps running (no stall of note), an
update arriving meanwhile is answered "try again" after the store's patience, or served as
soon as the lock is free if that comes first. A long read is interrupted, not waited for.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import time
from collections.abc import AsyncIterator

import pytest

from bot.fakeapi import FakeBotAPI
from bot.store import StoreBusy, db
from tests.conftest import Harness
from tests.storehelp import HOLDER

OWNER = FakeBotAPI.person(7001, "en", "Lina")


class LoopWatch:
    """The longest the event loop was late for a 10 ms tick: how long it stalled."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(0.01)
            self.worst = max(self.worst, time.monotonic() - before - 0.01)

    async def __aenter__(self) -> LoopWatch:
        self._task = asyncio.ensure_future(self._run())
        await asyncio.sleep(0.02)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


@pytest.fixture
async def locked_for(bot: Harness) -> AsyncIterator[object]:
    """Start another process that holds the write lock for a given time."""
    procs: list[asyncio.subprocess.Process] = []

    async def hold(seconds: float) -> None:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", HOLDER, str(bot.db_path), str(seconds),
            stdout=asyncio.subprocess.PIPE)
        procs.append(proc)
        assert proc.stdout is not None
        assert (await proc.stdout.readline()).strip() == b"locked"

    yield hold
    for proc in procs:
        await proc.wait()


async def test_a_lock_held_past_the_patience_gets_try_again_and_no_stall(
    bot: Harness, locked_for: object,
) -> None:
    await locked_for(db.PATIENCE + 2)  # type: ignore[operator]
    async with LoopWatch() as watch:
        began = time.monotonic()
        await bot.say(OWNER, "/start")
        waited = time.monotonic() - began
    texts = bot.texts(OWNER["id"])
    assert texts == ["⏳ The advisor is very busy for a moment and could not take that in. "
                     "Please try again in a minute."]
    assert db.PATIENCE - 0.5 <= waited <= db.PATIENCE + 1.5
    assert watch.worst < 0.3, f"the loop stalled {watch.worst:.3f} s"
    # Once the lock is free, the same message works.
    await asyncio.sleep(2.5)
    await bot.say(OWNER, "/start")
    assert "1 of 16" in bot.last(OWNER["id"])


async def test_a_short_lock_is_waited_out_in_the_thread(
    bot: Harness, locked_for: object,
) -> None:
    await locked_for(1.0)  # type: ignore[operator]
    async with LoopWatch() as watch:
        await bot.say(OWNER, "/start")
    assert "1 of 16" in bot.last(OWNER["id"])
    assert watch.worst < 0.3, f"the loop stalled {watch.worst:.3f} s"


async def test_a_button_pressed_while_locked_is_answered_in_its_alert(
    bot: Harness, locked_for: object,
) -> None:
    await bot.say(OWNER, "/start")
    await locked_for(db.PATIENCE + 1)  # type: ignore[operator]
    await bot.press(OWNER, 0)
    alerts = [p for m, p in bot.api.calls if m == "answerCallbackQuery" and p.get("text")]
    assert alerts and "try again" in alerts[-1]["text"]
    assert not any("went wrong" in t for t in bot.texts(OWNER["id"]))


async def test_a_long_read_is_interrupted_and_the_loop_keeps_serving(
    bot: Harness, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(db, "SLOW_READ_LIMIT", 0.3)
    endless = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
               " SELECT COUNT(*) FROM n")
    async with LoopWatch() as watch:
        began = time.monotonic()
        with pytest.raises(StoreBusy):
            await bot.store.db.execute_fetchall(endless, offload=True)
        assert time.monotonic() - began < 2
        await bot.say(OWNER, "/start")  # and the store serves as before
    assert "1 of 16" in bot.last(OWNER["id"])
    assert watch.worst < 0.3, f"the loop stalled {watch.worst:.3f} s"
    with sqlite3.connect(bot.db_path) as conn:  # nothing was left locked
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")


async def test_taps_queued_behind_a_waiting_transaction_wait_the_patience_in_all(
    bot: Harness, locked_for: object,
) -> None:
    """Each update waits PATIENCE for the database in all, not for each statement.

    The second owner's first read queues behind the first owner's transaction, which waits
    for the other process; its own write must not then wait as long again.
    """
    other = FakeBotAPI.person(7002, "en", "Omar")
    await bot.say(OWNER, "/start")
    await bot.say(other, "/start")
    await locked_for(db.PATIENCE * 3)  # type: ignore[operator]
    waited: list[float] = []

    async def tap(person: dict[str, object], after: float) -> None:
        await asyncio.sleep(after)
        began = time.monotonic()
        await bot.press(person, 0)
        waited.append(time.monotonic() - began)

    await asyncio.gather(tap(OWNER, 0.0), tap(other, 1.0))
    alerts = [p for m, p in bot.api.calls if m == "answerCallbackQuery" and p.get("text")]
    assert len(alerts) == 2 and all("try again" in a["text"] for a in alerts)
    assert max(waited) <= db.PATIENCE + 1.0, waited
