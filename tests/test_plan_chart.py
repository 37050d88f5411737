"""The plan's score chart as an image in the chat: sent with the plan, uploaded once per look.

The image is the PDF's chart (bot/pdf.py's score_chart) painted to JPEG; Telegram's file_id
of an uploaded chart is kept, so the same chart goes by file_id afterwards.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image

from bot.app import running
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from tests.conftest import Harness, make_app
from tests.storehelp import count


def photos(bot: Harness, chat_id: int) -> list[dict[str, Any]]:
    """The sendPhoto calls to a chat (answered or refused)."""
    return [p for m, p in bot.api.calls if m == "sendPhoto" and int(p["chat_id"]) == chat_id]


def file_ids(bot: Harness, chat_id: int) -> list[str]:
    """The file_id of each photo the chat has."""
    return [m["photo"][-1]["file_id"] for m in bot.api.sent_to(chat_id) if "photo" in m]


async def assess(bot: Harness, user: dict[str, Any], knowledge: Knowledge) -> None:
    await bot.say(user, "/start")
    for _ in knowledge.questions:
        await bot.press(user, 1)


async def test_the_chart_comes_with_the_plan_and_is_uploaded_once(
    bot: Harness, knowledge: Knowledge
) -> None:
    first, second = FakeBotAPI.person(1101), FakeBotAPI.person(1102)
    await assess(bot, first, knowledge)
    [upload] = photos(bot, 1101)
    _, raw, _ = next(iter(upload["_files"].values()))
    image = Image.open(io.BytesIO(raw))
    assert image.format == "JPEG" and 600 <= image.width <= 1400 and image.height < image.width
    assert upload["caption"] == knowledge.message("en", "plan_chart_caption")
    # The last question message becomes the plan's first part (one call fewer); the chart,
    # whose bars the plan's text explains, comes right under it.
    calls = [(m, p) for m, p in bot.api.calls if int(p.get("chat_id", 0) or 0) == 1101
             and m in ("sendMessage", "sendPhoto", "editMessageText")]
    index = next(i for i, (m, _) in enumerate(calls) if m == "sendPhoto")
    method, params = calls[index - 1]
    assert method == "editMessageText" and "Your crisis action plan" in params["text"]
    assert await count(bot.store, "chart_files") == 1

    await assess(bot, second, knowledge)  # the same answers: the same chart
    [again] = photos(bot, 1102)
    assert "_files" not in again and again["photo"] == file_ids(bot, 1101)[0]
    await bot.say(first, "/plan")
    assert len(photos(bot, 1101)) == 2 and "_files" not in photos(bot, 1101)[1]
    assert await count(bot.store, "chart_files") == 1

    french = FakeBotAPI.person(1103, "fr")
    await assess(bot, french, knowledge)  # other words on it: another image
    assert "_files" in photos(bot, 1103)[0]
    assert photos(bot, 1103)[0]["caption"] == knowledge.message("fr", "plan_chart_caption")


async def test_a_file_id_telegram_forgot_is_uploaded_again(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    db_path = tmp_path / "advisor.sqlite3"
    owner = FakeBotAPI.person(1110)
    for attempt in range(2):  # a second Bot API never saw the first's files; same database
        api = FakeBotAPI()
        async with running(app := make_app(knowledge, api, db_path)):
            bot = Harness(app, api, db_path)
            await assess(bot, owner, knowledge)
            sent = photos(bot, 1110)
            assert len(sent) == attempt + 1  # the second time: refused, then uploaded
            assert "_files" in sent[-1]
            [key] = await _keys(bot)
            assert await bot.store.charts.file_id(key) == file_ids(bot, 1110)[0]


async def _keys(bot: Harness) -> list[str]:
    async with bot.store.db.execute("SELECT key FROM chart_files") as cursor:
        return [row[0] for row in await cursor.fetchall()]


async def test_no_chart_when_no_area_is_judged(bot: Harness) -> None:
    owner = FakeBotAPI.person(1120)
    await bot.say(owner, "/plan we run a small shop, just me")
    for _ in range(3):  # the questions that would sharpen the plan, all skipped
        await bot.press(owner, "Skip")
    assert "Your crisis action plan" in "\n".join(bot.texts(1120))
    assert photos(bot, 1120) == []
