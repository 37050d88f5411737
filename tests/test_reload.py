"""/reload and SIGHUP: edited content used after a check, the old content kept on any fault."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import running
from bot.cli import main
from bot.content import load_knowledge
from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer
from bot.knowledge import default_root
from bot.yamlfile import ContentFiles
from tests.conftest import STAFF, Harness, staff_app

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - a fake token
OWNER = FakeBotAPI.person(3131, "en", "Kofi")
STAFF_CHAT = -100999
WELCOME = "Welcome to the MSME Crisis Advisor."
OURS = "Welcome to the Chamber's crisis advisor."


def content_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    assert main(["content", "init", str(folder)]) == 0
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
async def own(tmp_path: Path) -> AsyncIterator[tuple[Harness, Path]]:
    """The advisor with STAFF as staff, reading its content from an own copy."""
    folder = content_copy(tmp_path)
    knowledge = load_knowledge(ContentFiles(default_root(), folder))
    api = FakeBotAPI()
    app = staff_app(knowledge, api, tmp_path / "advisor.sqlite3", content_dir=folder)
    async with running(app):
        yield Harness(app, api, tmp_path / "advisor.sqlite3"), folder


async def test_reload_uses_edited_content(own: tuple[Harness, Path]) -> None:
    bot, folder = own
    await bot.say(OWNER, "/start")
    assert WELCOME in bot.texts(OWNER["id"])[0]
    edit(folder / "conversations/lang/en.messages.yaml", WELCOME, OURS)
    await bot.say(STAFF, "/reload")
    knowledge = bot.app.advisor.knowledge
    assert bot.last(STAFF["id"]).startswith(
        f"✅ Content reloaded: {len(knowledge.questions)} questions, "
        f"{len(knowledge.actions)} actions, {len(knowledge.rules)} rules; languages en, es, fr")
    await bot.say(OWNER, "/assess")
    await bot.say(FakeBotAPI.person(3132, "en"), "/start")
    assert OURS in bot.texts(3132)[0]
    await bot.press(OWNER, 0)  # the assessment begun before the reload goes on
    assert " 2 of " in bot.last(OWNER["id"])


async def test_reload_of_broken_content_keeps_the_old(own: tuple[Harness, Path]) -> None:
    bot, folder = own
    edit(folder / "conversations/lang/en.messages.yaml", WELCOME, OURS)
    rules = folder / "knowledge/rules.yaml"
    edit(rules, "is:", "iz:")
    await bot.say(STAFF, "/reload")
    reply = bot.last(STAFF["id"])
    assert reply.startswith("❌ The content was not reloaded: the bot keeps the content it had.")
    assert f"<pre>{rules}:" in reply  # check's message: file and line
    await bot.say(OWNER, "/start")
    assert WELCOME in bot.texts(OWNER["id"])[0]  # nothing of the broken content is used


async def test_reload_and_whoami_for_whom(own: tuple[Harness, Path]) -> None:
    bot, _ = own
    await bot.say(OWNER, "/reload")
    assert "for the support organisation's staff only" in bot.last(OWNER["id"])
    await bot.say(OWNER, "/whoami")
    assert bot.last(OWNER["id"]) == (
        "Your Telegram user id is <code>3131</code>. Whoever sets up the advisor puts the "
        "staff's ids in ADVISOR_ADMIN_IDS.")
    group = {"id": -100555, "type": "supergroup", "title": "Staff"}
    await bot.feed(bot.api.text_update(OWNER, "/whoami", chat=group))
    assert bot.texts(-100555)[-1].endswith(
        "This chat's id is <code>-100555</code> (for ADVISOR_STAFF_CHAT_ID, if this is the "
        "staff group).")


async def test_sighup_reloads_and_tells_the_staff_chat(server: FakeServer,
                                                       tmp_path: Path) -> None:
    folder = content_copy(tmp_path)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": server.url,
           "ADVISOR_DB": str(tmp_path / "advisor.sqlite3"), "PYTHONPATH": str(ROOT),
           "ADVISOR_CONTENT_DIR": str(folder), "ADVISOR_STAFF_CHAT_ID": str(STAFF_CHAT)}
    with (tmp_path / "bot.log").open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path, stdout=log,
            stderr=log)
    api = server.api
    try:
        await server.wait_for(lambda: server.count("getUpdates") > 0, 20)
        edit(folder / "conversations/lang/en.messages.yaml", WELCOME, OURS)
        proc.send_signal(signal.SIGHUP)
        # A reload checks the content as `check` does (a few seconds of CPU; more on a busy
        # machine), in a thread, while the bot goes on answering.
        await server.wait_for(lambda: bool(api.sent_to(STAFF_CHAT)), 60)
        assert api.sent_to(STAFF_CHAT)[-1]["text"].startswith("✅ Content reloaded")
        edit(folder / "knowledge/rules.yaml", "is:", "iz:")
        proc.send_signal(signal.SIGHUP)
        await server.wait_for(lambda: len(api.sent_to(STAFF_CHAT)) == 2, 60)
        assert "❌ The content was not reloaded" in api.sent_to(STAFF_CHAT)[-1]["text"]
        server.push(api.text_update(OWNER, "/start"))
        await server.wait_for(lambda: bool(api.sent_to(OWNER["id"])), 20)
        assert OURS in api.sent_to(OWNER["id"])[0]["text"]  # the last good content
    finally:
        proc.terminate()
        assert await proc.wait() == 0
    log_text = (tmp_path / "bot.log").read_text()
    assert "INFO bot.advisor: content reloaded: " in log_text
    assert "content not reloaded, the content in use stays" in log_text
