"""A staff member registers a group, broadcasts and reads /stats against a real process,
which is killed with -9 mid-broadcast and restarted."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.fakeapi import BOT_USER, FakeBotAPI
from bot.fakeserver import FakeServer
from tests.conftest import STAFF
from tests.test_process import BotProcess

OWNERS = 300


@pytest.fixture
async def proc(
    server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[BotProcess]:
    monkeypatch.setenv("ADVISOR_ADMIN_IDS", str(STAFF["id"]))
    monkeypatch.setenv("ADVISOR_BROADCAST_PER_SECOND", "150")
    bot = BotProcess(server, tmp_path)
    yield bot
    if bot.proc is not None and bot.proc.returncode is None:
        await bot.kill()


def last_text(api: FakeBotAPI) -> str:
    sent = api.sent_to(STAFF["id"])
    return str(sent[-1].get("text", "")) if sent else ""


def copies(api: FakeBotAPI) -> Counter[int]:
    return Counter(int(p["chat_id"]) for m, p in api.calls if m == "copyMessage")


async def press(server: FakeServer, label: str) -> None:
    found = server.api.last_keyboard(STAFF["id"])
    assert found is not None
    message_id, buttons = found
    data = next(d for text, d in buttons if text.startswith(label))
    server.push(server.api.press_update(STAFF, message_id, data))


async def test_staff_registers_broadcasts_survives_kill_and_reads_stats(
    server: FakeServer, proc: BotProcess, tmp_path: Path
) -> None:
    api = server.api
    await proc.start()
    group = {"id": -100777, "type": "supergroup", "title": "Market traders"}
    server.push({"update_id": api.next_update_id(), "my_chat_member": {
        "chat": group, "from": STAFF, "date": 1,
        "old_chat_member": {"user": BOT_USER, "status": "left"},
        "new_chat_member": {"user": BOT_USER, "status": "member"}}})
    await server.wait_for(lambda: bool(api.sent_to(group["id"])), 10)
    db_path = tmp_path / "advisor.sqlite3"
    with sqlite3.connect(db_path) as db:  # owners who opted in earlier
        db.executemany("INSERT INTO users (user_id, chat_id, language, first_seen, updates)"
                       " VALUES (?, ?, 'en', 0, 1)",
                       [(20_000 + i, 20_000 + i) for i in range(OWNERS)])
    server.push(api.text_update(STAFF, "/broadcast"))
    await server.wait_for(lambda: "Send me the message" in last_text(api), 10)
    server.push(api.text_update(STAFF, "Relief desk opens Monday"))
    await server.wait_for(lambda: "Who should receive" in last_text(api), 10)
    await press(server, "Businesses that opted in")
    await server.wait_for(lambda: "recipients?" in last_text(api), 10)
    await press(server, "✅ Send")
    await server.wait_for(lambda: sum(copies(api).values()) > 60, 20)
    await proc.kill()
    sent_before = sum(n for chat, n in copies(api).items() if chat >= 20_000)
    assert 0 < sent_before < OWNERS
    await proc.start()
    await server.wait_for(lambda: all(copies(api)[20_000 + i] for i in range(OWNERS)), 30)
    received = copies(api)
    duplicates = sum(received[20_000 + i] - 1 for i in range(OWNERS))
    assert duplicates <= 30  # no more than the sends in flight at the kill
    await server.wait_for(lambda: any("Broadcast finished" in m.get("text", "")
                                      for m in api.sent_to(STAFF["id"])), 10)
    server.push(api.text_update(STAFF, "/stats"))
    await server.wait_for(lambda: "Members at a glance" in last_text(api), 10)
    stats: Any = api.sent_to(STAFF["id"])[-1]["text"]
    assert "Opted in to updates: <b>300</b>" in stats
