"""Fair per user (bot/processing.py), through the real Application as `run` processes updates:
the update queue, PTB's fetcher and the advisor's update processor.

A flood of one user's updates never holds more than one processing slot, another user is
answered at once, the flood is answered once with "slow down" and its excess dropped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application, running
from bot.config import Settings
from bot.fakeapi import FakeBotAPI, InProcessRequest, Limits
from bot.knowledge import Knowledge
from bot.processing import PER_USER_QUEUE, FairProcessor
from tests.conftest import Harness

FLOODER = FakeBotAPI.person(6001, "en", "Flo")
OTHERS = [FakeBotAPI.person(6100 + i, "en", f"Other{i}") for i in range(3)]
SLOTS = 2  # few slots, so that a flood holding them would show


async def until(condition: Any, timeout: float = 10.0) -> None:
    """Wait until condition() holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.005)


@pytest.fixture
async def processing(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[Harness]:
    """The advisor processing updates from its update queue, with Telegram's limits kept."""
    api = FakeBotAPI()
    api.limits = Limits(per_second=30, chat_per_second=1.0)
    db_path = tmp_path / "advisor.sqlite3"
    settings = Settings(db_path=str(db_path), concurrent_updates=SLOTS)
    app = build_application(settings, knowledge, request=InProcessRequest(api, 0.05),
                            rate_limit=True)
    async with running(app):
        await app.start()  # the fetcher: updates go through the update processor
        try:
            yield Harness(app, api, db_path)
        finally:
            await app.stop()


def queue(h: Harness, raw: dict[str, Any]) -> None:
    """An update as polling delivers it: into the Application's update queue."""
    h.app.update_queue.put_nowait(Update.de_json(raw, h.app.bot))


def replies(h: Harness, user: dict[str, Any]) -> list[str]:
    return [str(p.get("text", "")) for m, p in h.api.calls
            if m == "sendMessage" and p.get("chat_id") == user["id"]]


async def test_a_flood_holds_one_slot_and_another_user_is_answered_at_once(
    processing: Harness,
) -> None:
    h = processing
    processor = h.app.update_processor
    assert isinstance(processor, FairProcessor)
    flood = 300
    for i in range(flood):
        queue(h, h.api.text_update(FLOODER, f"hello {i}"))
    await until(lambda: processor.dropped >= flood - PER_USER_QUEUE)
    # Each of the flood's replies waits for Telegram's one a second in that chat, and still
    # the flood has one slot: the others are answered at once.
    began = time.monotonic()
    for other in OTHERS:
        queue(h, h.api.text_update(other, "/help"))
    await until(lambda: all(replies(h, o) for o in OTHERS), timeout=5)
    waited = time.monotonic() - began
    assert waited < 1.0, waited
    assert processor.current_concurrent_updates <= 1 + len(OTHERS)
    assert len(replies(h, FLOODER)) <= 4  # a burst of three and one more, in that time
    # One "slow down" for the whole flood, and nobody else lost anything.
    await until(lambda: any("a lot of messages" in t for t in replies(h, FLOODER)))
    assert sum("a lot of messages" in t for t in replies(h, FLOODER)) == 1
    assert all("/assess" in replies(h, o)[0] for o in OTHERS)
    assert processor.dropped == flood - PER_USER_QUEUE  # one running, nine waiting


async def test_one_users_updates_run_in_order_and_the_queue_forgets_them(
    processing: Harness,
) -> None:
    h = processing
    processor = h.app.update_processor
    assert isinstance(processor, FairProcessor)
    owner = OTHERS[0]
    queue(h, h.api.text_update(owner, "/start"))
    queue(h, h.api.text_update(owner, "Shop"))  # typed answers, right behind the /start
    queue(h, h.api.text_update(owner, "just me"))
    await until(lambda: len(replies(h, owner)) >= 3)
    texts = replies(h, owner)
    # A business of one: the staff questions are not counted.
    assert "1 of 16" in texts[0] and "2 of 16" in texts[1] and "3 of 14" in texts[2]
    assert processor.dropped == 0
    await until(lambda: not processor.current_concurrent_updates)
