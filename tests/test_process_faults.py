"""`msme-advisor run` as a real process meeting what should not stop it, or should stop it
cleanly: updates the library cannot read, a second instance on the same database, Telegram's
409 Conflict, and a database it cannot use at start-up.

Each test starts the process against the fake Bot API on loopback (bot/fakeserver.py) and
reads what reached it, the process's log and its exit code.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer
from tests.test_process import BotProcess

OWNER, NEXT = FakeBotAPI.person(721, "en", "Dede"), FakeBotAPI.person(722, "en", "Efua")
#: A user's text in an unreadable update: it must not reach the log.
PRIVATE_TEXT = "our takings fell to 48,213 this month"


@pytest.fixture
async def proc(server: FakeServer, tmp_path: Path) -> AsyncIterator[BotProcess]:
    bot = BotProcess(server, tmp_path)
    yield bot
    if bot.proc is not None and bot.proc.returncode is None:
        await bot.kill()


def helped(server: FakeServer, user: dict[str, Any]) -> int:
    """How many /help answers reached the user."""
    return sum("/assess" in str(m.get("text", "")) and "/plan" in str(m.get("text", ""))
               for m in server.api.sent_to(user["id"]))


async def test_unreadable_updates_are_skipped_once_and_the_next_user_answered(
    server: FakeServer, proc: BotProcess
) -> None:
    api = server.api
    await proc.start()
    # A chat without its type, and a poll without the fields an older local Bot API omits.
    chatless = api.text_update(OWNER, PRIVATE_TEXT, chat={"id": OWNER["id"]})
    poll = api.raw_update({"poll": {"id": "77", "question": PRIVATE_TEXT}})
    server.push(chatless)
    server.push(poll)
    server.push(api.text_update(NEXT, "/help"))
    await server.wait_for(lambda: helped(server, NEXT) == 1, 10)
    polls = server.count("getUpdates")
    await asyncio.sleep(1.0)
    assert server.count("getUpdates") - polls <= 2  # long polling again, not refetching
    assert api.sent_to(OWNER["id"]) == []
    log = proc.log
    for update in (chatless, poll):
        assert log.count(f"update {update['update_id']} skipped: it cannot be read") == 1, log
    assert PRIVATE_TEXT not in log and "48,213" not in log
    assert "Traceback" not in log and "CRITICAL" not in log
