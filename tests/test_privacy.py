"""/privacy, /mydata and /delete against the real database."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from tests.conftest import STAFF, Harness
from tests.test_bso import HELPER, db, group_chat, membership, opt_in

OWNER = FakeBotAPI.person(601, "en", "Kofi")
OTHER = FakeBotAPI.person(602, "en", "Lena")


def rows_for(harness: Harness, user_id: int) -> int:
    with sqlite3.connect(harness.db_path) as db:
        total = 0
        for table in ("users", "assessments", "plans"):
            total += db.execute(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?",
                                (user_id,)).fetchone()[0]
        total += db.execute("SELECT COUNT(*) FROM answers JOIN assessments a ON"
                            " a.id = answers.assessment_id WHERE a.user_id = ?",
                            (user_id,)).fetchone()[0]
    return total


async def complete(bot: Harness, user: dict[str, object], knowledge: Knowledge) -> int:
    await bot.say(user, "/start")
    return await bot.answer_all(user, 0)


async def test_privacy_explains(bot: Harness) -> None:
    await bot.say(OWNER, "/privacy")
    text = bot.last(OWNER["id"])
    assert "How long" in text and "Who sees it" in text and "/delete" in text
    # /ask sends a question with the area scores: said here, and asked before sending.
    assert "/ask" in text and "area scores, not your name" in text


async def test_mydata_sends_own_data_only(bot: Harness, knowledge: Knowledge) -> None:
    asked = await complete(bot, OWNER, knowledge)
    await complete(bot, OTHER, knowledge)
    await bot.say(OWNER, "/mydata")
    sent = [p for m, p in bot.api.calls if m == "sendDocument"]
    assert len(sent) == 1 and sent[0]["chat_id"] == OWNER["id"]
    data = await bot.store.privacy.personal_data(OWNER["id"])
    assert data["users"][0]["user_id"] == OWNER["id"]
    assert len(data["answers"]) == asked
    assert data["plans"][0]["record"]["items"]
    assert all(row["user_id"] == OWNER["id"] for row in data["assessments"])
    json.dumps(data)  # it is what the document carries


async def test_delete_erases_everything_after_confirmation(
    bot: Harness, knowledge: Knowledge
) -> None:
    await complete(bot, OWNER, knowledge)
    await complete(bot, OTHER, knowledge)
    other_before = rows_for(bot, OTHER["id"])
    await bot.say(OWNER, "/delete")
    await bot.press(OWNER, "No")
    assert rows_for(bot, OWNER["id"]) > 0
    await bot.say(OWNER, "/delete")
    await bot.press(OWNER, "Yes")
    assert "erased" in bot.last(OWNER["id"])
    assert rows_for(bot, OWNER["id"]) == 0
    assert rows_for(bot, OTHER["id"]) == other_before


def person_columns(harness: Harness) -> list[tuple[str, str]]:
    """(table, column) of every column that can hold a person's or a chat's id."""
    with sqlite3.connect(harness.db_path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [(t, c[1]) for t in tables for c in db.execute(f"PRAGMA table_info({t})")
                if c[1] in ("user_id", "staff_id") or c[1].endswith(("_by", "chat_id"))]


def holding(harness: Harness, person: int) -> list[str]:
    """Every table.column where a row still holds this id."""
    with sqlite3.connect(harness.db_path) as db:
        return [f"{t}.{c}" for t, c in person_columns(harness)
                if db.execute(f"SELECT COUNT(*) FROM {t} WHERE {c} = ?", (person,)).fetchone()[0]]


async def broadcast_from(org: Harness, staff: dict[str, Any], text: str, audience: str) -> None:
    await org.say(staff, "/broadcast")
    await org.say(staff, text)
    await org.press(staff, audience)
    await org.press(staff, "✅ Send")
    await org.app.advisor.broadcasts.idle()


async def test_staff_member_delete_erases_every_reference(
    org: Harness, knowledge: Knowledge
) -> None:
    """A staff member who did everything staff do, then /delete: their id is nowhere."""
    helper = HELPER["id"]
    await org.say(STAFF, f"/admin add {helper}")
    await org.say(HELPER, "/admin add 777")  # someone they made staff
    await org.feed(membership(org.api, group_chat(-100610, "Dyers"), HELPER, "left", "member"))
    await org.say(HELPER, "/relief add Dye grant | - | - | https://example.org/dye")
    await org.app.advisor.store.relief.remove("shipped_grant", helper, shipped=True)
    await complete(org, OWNER, knowledge)
    await org.say(OWNER, "/ask Where do I buy indigo?")
    await org.press(OWNER, "✅ Send")
    relayed = next(m for m in org.api.sent_to(helper) if "indigo" in m.get("text", ""))
    reply = org.api.text_update(HELPER, "At the cooperative.")
    reply["message"]["reply_to_message"] = relayed
    await org.feed(reply)
    await opt_in(org, OWNER)
    await broadcast_from(org, HELPER, "Fair on Friday", "Businesses")  # sent
    await org.say(HELPER, "/broadcast")  # and a draft
    with sqlite3.connect(org.db_path) as conn:  # and one going out, its deliveries not yet due
        going = conn.execute("INSERT INTO broadcasts (staff_id, staff_chat_id, status,"
                             " from_chat_id, message_id, audience, created_at)"
                             " VALUES (?, ?, 'sending', ?, 5, 'all', 0)",
                             (helper, helper, helper)).lastrowid
        conn.executemany("INSERT INTO deliveries (broadcast_id, chat_id, not_before)"
                         " VALUES (?, ?, 9e12)", [(going, -100610), (going, -100611)])
    assert set(holding(org, helper)) >= {
        "staff.staff_id", "staff.added_by", "member_groups.added_by",
        "questions.answered_by", "question_messages.chat_id", "relief_added.added_by",
        "relief_hidden.hidden_by", "broadcasts.staff_id", "broadcasts.staff_chat_id",
        "broadcasts.from_chat_id"}

    await org.say(HELPER, "/delete")
    await org.press(HELPER, "Yes")
    said = org.last(helper)
    assert "erased" in said and "What you did as staff stays, without your id" in said
    assert "You are no longer staff." in said
    assert holding(org, helper) == []
    assert any(m == "deleteMyCommands" and p["scope"]["chat_id"] == helper
               for m, p in org.api.calls)
    # The organisation's record stays.
    assert helper not in await org.app.advisor.staff_ids()
    assert 777 in await org.app.advisor.staff_ids()
    assert db(org, "SELECT title, added_by FROM member_groups") == [("Dyers", None)]
    assert [p.name for p in await org.app.advisor.directory()] == ["Dye grant"]
    assert db(org, "SELECT answered_by, answered_at IS NOT NULL FROM questions") == [(None, 1)]
    assert db(org, "SELECT status, staff_id, from_chat_id FROM broadcasts ORDER BY id") == [
        ("done", 0, None), ("cancelled", 0, None), ("sending", 0, None)]
    assert db(org, "SELECT status, error FROM deliveries WHERE broadcast_id = ?", going) == [
        ("failed", "stopped: the sender erased their data")] * 2
    # A staff member through ADVISOR_ADMIN_IDS is told they still are.
    await org.say(STAFF, "/delete")
    await org.press(STAFF, "Yes")
    assert "still staff through the ADVISOR_ADMIN_IDS setting" in org.last(STAFF["id"])
    assert holding(org, STAFF["id"]) == []


def on_disk(harness: Harness, marker: bytes) -> list[str]:
    """Which of the database's files hold these bytes anywhere, free pages included."""
    files = [harness.db_path, harness.db_path.with_name(harness.db_path.name + "-wal")]
    return [f.name for f in files if f.exists() and marker in f.read_bytes()]


async def test_erased_text_does_not_linger_on_disk(bot: Harness) -> None:
    """secure_delete zeroes what is deleted; a checkpoint clears the older copies in the WAL."""
    marker = "Zebrafinch accounts overdue Qx7"
    await bot.say(OWNER, f"/ask {marker}")
    await bot.say(OTHER, "/ask Where can I sell online?")  # kept: the page stays in use
    assert on_disk(bot, marker.encode()) != []
    await bot.say(OWNER, "/delete")
    await bot.press(OWNER, "Yes")
    assert on_disk(bot, marker.encode()) == []
    assert on_disk(bot, b"Where can I sell online?") != []
    # Some builds of SQLite zero deleted data by default, not all: the store asks for it.
    assert (await bot.store.db.execute_fetchall("PRAGMA secure_delete"))[0][0] == 1
