"""Faults inside the Application: failing handlers, redelivered updates, hostile buttons."""

from __future__ import annotations

import logging
import sqlite3
import time

import pytest

from bot.fakeapi import FakeBotAPI
from tests.conftest import Harness
from tests.storehelp import count

OWNER = FakeBotAPI.person(701, "en", "Ama")


async def test_failing_update_is_logged_and_user_told(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.say(OWNER, "/start")
    with sqlite3.connect(bot.db_path) as db:
        db.execute("DROP TABLE plans")  # a real fault in the store, not a mock
    update = bot.api.text_update(OWNER, "/plan")
    with caplog.at_level(logging.ERROR):
        await bot.feed(update)
    assert "something went wrong" in bot.last(OWNER["id"])
    assert "answers are safe" in bot.last(OWNER["id"])
    assert any(str(update["update_id"]) in r.getMessage() for r in caplog.records)


async def test_same_update_twice_is_processed_once(bot: Harness) -> None:
    update = bot.api.text_update(OWNER, "/start")
    await bot.feed(update)
    count = len(bot.texts(OWNER["id"]))
    await bot.feed(update)
    assert len(bot.texts(OWNER["id"])) == count
    with sqlite3.connect(bot.db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM assessments").fetchone()[0] == 1


async def test_unknown_button_data_is_answered_and_ignored(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    message_id, _ = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    for data in ["del:maybe", "l:xx", "<script>", "x" * 64, "nudge:1:done"]:
        await bot.feed(bot.api.press_update(OWNER, message_id, data))
    answered = [p for m, p in bot.api.calls if m == "answerCallbackQuery"]
    assert len(answered) == 5
    assert await count(bot.store, "plans") == 0
    user = await bot.store.users.get(OWNER["id"])
    assert user is not None and user.language == "en"


async def test_language_switch_is_stored(bot: Harness) -> None:
    await bot.say(OWNER, "/language")
    _, buttons = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    assert buttons[0][1] == "l:en"
    await bot.press(OWNER, "English")
    user = await bot.store.users.get(OWNER["id"])
    assert user is not None and user.language_chosen


async def test_old_update_ids_are_pruned_recent_ones_kept(bot: Harness) -> None:
    """The repeat filter forgets ids older than a week, so its table does not grow for ever."""
    from bot.store.updates import UPDATE_MEMORY_SECONDS, UPDATE_PRUNE_EVERY

    await bot.feed(bot.api.text_update(OWNER, "/start"))
    with sqlite3.connect(bot.db_path) as db:  # an id seen long ago, and one seen yesterday
        db.execute("INSERT INTO processed_updates VALUES (7, ?)",
                   (time.time() - UPDATE_MEMORY_SECONDS - 60,))
        db.execute("INSERT INTO processed_updates VALUES (8, ?)", (time.time() - 86400,))
    update = bot.api.text_update(OWNER, "/privacy")
    update["update_id"] = UPDATE_PRUNE_EVERY * 5
    await bot.feed(update)
    with sqlite3.connect(bot.db_path) as db:
        ids = {row[0] for row in db.execute("SELECT update_id FROM processed_updates")}
    assert 7 not in ids and 8 in ids and UPDATE_PRUNE_EVERY * 5 in ids
    count = len(bot.texts(OWNER["id"]))
    await bot.feed(update)  # still known after the pruning: not answered twice
    assert len(bot.texts(OWNER["id"])) == count
