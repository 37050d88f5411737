"""Faults inside the Application: failing handlers, redelivered updates, hostile buttons."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.store import DatabaseUnavailable, Store
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


async def test_update_ids_below_those_seen_are_looked_up_not_dropped(bot: Harness) -> None:
    """Ids restart lower after a week without updates: a lower id is new unless stored."""
    redelivered = bot.api.text_update(OWNER, "/start")
    redelivered["update_id"] = 900_000
    with sqlite3.connect(bot.db_path) as db:  # processed before a restart
        db.execute("INSERT INTO processed_updates VALUES (900000, ?)", (time.time(),))
    await bot.feed(redelivered)
    assert bot.texts(OWNER["id"]) == []
    lower = bot.api.text_update(OWNER, "/privacy")
    lower["update_id"] = 1_000
    await bot.feed(lower)
    assert len(bot.texts(OWNER["id"])) == 1  # answered: never seen
    await bot.feed(lower)  # redelivered in the same run
    assert len(bot.texts(OWNER["id"])) == 1


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


def assessment_row(bot: Harness) -> tuple[str, int]:
    with sqlite3.connect(bot.db_path) as db:
        row = db.execute("SELECT status, position FROM assessments WHERE user_id = ?",
                         (OWNER["id"],)).fetchone()
    return row[0], row[1]


def table_count(bot: Harness, table: str) -> int:
    with sqlite3.connect(bot.db_path) as db:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


async def test_plan_that_cannot_be_saved_leaves_the_last_question_open(
    bot: Harness, knowledge: Knowledge
) -> None:
    """The disk fills at the last answer: nothing is saved, and the answer counts later."""
    last = len(knowledge.questions) - 1
    await bot.say(OWNER, "/start")
    for _ in range(last):  # the second option of each: a team, so every question is asked
        await bot.press(OWNER, 1)
    with sqlite3.connect(bot.db_path) as db:  # a write failure in SQLite itself, not a mock
        db.execute("CREATE TRIGGER full BEFORE INSERT ON plans"
                   " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    await bot.press(OWNER, 1)
    assert "something went wrong" in bot.last(OWNER["id"])
    # The last answer went with the plan: still at the last question, which stays open.
    assert assessment_row(bot) == ("active", last)
    assert table_count(bot, "answers") == last
    assert table_count(bot, "plans") == table_count(bot, "nudges") == 0
    with sqlite3.connect(bot.db_path) as db:
        db.execute("DROP TRIGGER full")  # space freed
    await bot.press(OWNER, 1)  # the same button again
    assert assessment_row(bot) == ("done", last + 1)
    assert table_count(bot, "answers") == last + 1
    assert table_count(bot, "plans") == 1 and table_count(bot, "nudges") > 0
    assert any("Your crisis action plan" in t for t in bot.texts(OWNER["id"]))


@pytest.mark.parametrize("action", ["/start", "typed", "button"])
async def test_assessment_past_its_last_question_is_finished(
    bot: Harness, knowledge: Knowledge, action: str
) -> None:
    """An owner stuck by an earlier version (answer saved, plan lost) gets the plan."""
    total = len(knowledge.questions)
    await bot.say(OWNER, "/start")
    for _ in range(total - 1):  # the second option of each: every question is asked
        await bot.press(OWNER, 1)
    last = knowledge.questions[-1]
    with sqlite3.connect(bot.db_path) as db:  # the state the old two writes left behind
        aid = db.execute("SELECT id FROM assessments").fetchone()[0]
        db.execute("INSERT INTO answers VALUES (?, ?, ?, NULL, 0)",
                   (aid, last.id, last.options[0].id))
        db.execute("UPDATE assessments SET position = ? WHERE id = ?", (total, aid))
    before = len(bot.texts(OWNER["id"]))
    if action == "/start":
        await bot.say(OWNER, "/start")
    elif action == "typed":
        await bot.say(OWNER, "yes")
    else:
        await bot.press(OWNER, 0)  # the last question's button, shown before the fault
    new = bot.texts(OWNER["id"])[before:]
    assert any("Your crisis action plan" in t for t in new), new
    assert not any("something went wrong" in t or "Welcome back" in t for t in new)
    assert assessment_row(bot) == ("done", total)
    assert table_count(bot, "plans") == 1 and table_count(bot, "nudges") > 0
    await bot.say(OWNER, "/plan")
    assert "Your crisis action plan" in "\n".join(bot.texts(OWNER["id"])[-3:])


async def test_unusable_database_leaves_no_connection_thread(tmp_path: Path) -> None:
    """A damaged file is found after connecting: the connection's thread is stopped too."""
    path = tmp_path / "damaged.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    content = bytearray(path.read_bytes())
    content[100:] = b"\xff" * (len(content) - 100)  # the header intact, the pages not
    path.write_bytes(bytes(content))
    before = set(threading.enumerate())
    with pytest.raises(DatabaseUnavailable, match="damaged or not an SQLite database"):
        await Store.open(path)
    await asyncio.sleep(0.1)  # a stopping thread ends on its own
    assert set(threading.enumerate()) <= before
