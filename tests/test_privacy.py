"""/privacy, /mydata and /delete against the real database."""

from __future__ import annotations

import json
import sqlite3

from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from tests.conftest import Harness

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
