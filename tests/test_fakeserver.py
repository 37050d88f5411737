"""The fake Bot API over HTTP, driven by the real Application through PTB's HTTPXRequest."""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application, running
from bot.config import Settings
from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer
from bot.knowledge import Knowledge
from tests.conftest import Harness

ROOT = Path(__file__).resolve().parent.parent
OWNER = FakeBotAPI.person(801, "en", "Chidi")
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - a fake token


@pytest.fixture
async def http_bot(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[tuple[Harness,
                                                                               FakeServer]]:
    server = FakeServer()
    await server.start()
    db = tmp_path / "http.sqlite3"
    app = build_application(Settings(token=TOKEN, api_url=server.url, db_path=str(db),
                                     quiet_hours=None), knowledge)
    async with running(app):
        yield Harness(app, server.api, db), server
    await server.stop()


def statuses(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, attempts FROM nudges ORDER BY id").fetchall()


async def test_form_encoded_calls_reach_the_fake_api(
    http_bot: tuple[Harness, FakeServer], knowledge: Knowledge
) -> None:
    h, server = http_bot
    await h.say(OWNER, "/start")
    assert server.count("sendMessage") == 1  # the welcome and the first question
    _, buttons = h.api.last_keyboard(OWNER["id"]) or (0, [])
    assert buttons and all(data.startswith("a:") for _, data in buttons[:-1])
    await h.press(OWNER, 0)
    assert server.count("editMessageText") == 1  # the question became the next one
    assert server.count("sendMessage") == 1


async def test_server_errors_are_retried_and_403_deactivates(
    http_bot: tuple[Harness, FakeServer], knowledge: Knowledge
) -> None:
    h, server = http_bot
    await h.say(OWNER, "/start")
    await h.answer_all(OWNER, 0)
    with sqlite3.connect(h.db_path) as conn:
        conn.execute("UPDATE nudges SET due_at = ? WHERE id = 1", (time.time() - 1,))
    server.fail_next(1, 502)
    assert await h.app.advisor.nudges.send_due() == 0
    assert statuses(h.db_path)[0] == ("pending", 1)  # retried later, not lost
    with sqlite3.connect(h.db_path) as conn:
        conn.execute("UPDATE nudges SET due_at = ? WHERE id = 1", (time.time() - 1,))
    assert await h.app.advisor.nudges.send_due() == 1
    assert statuses(h.db_path)[0] == ("sent", 2)
    server.api.blocked.add(OWNER["id"])
    with sqlite3.connect(h.db_path) as conn:
        conn.execute("UPDATE nudges SET due_at = ? WHERE id = 2", (time.time() - 1,))
    assert await h.app.advisor.nudges.send_due() == 0
    assert statuses(h.db_path)[1] == ("failed", 1)
    assert all(s in {"sent", "failed", "blocked"} for s, _ in statuses(h.db_path))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_shell_demo_server_and_send_command(tmp_path: Path) -> None:
    """The README's demo, driven from a shell: serve, run the bot, send a user's message."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_API_URL": f"http://127.0.0.1:{port}",
           "ADVISOR_DB": str(tmp_path / "advisor.sqlite3")}
    server = subprocess.Popen([sys.executable, "-m", "bot.fakeserver", str(port)],  # noqa: S603
                              env=env, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    assert f"fake Bot API at http://127.0.0.1:{port}" in server.stdout.readline()
    with (tmp_path / "bot.log").open("wb") as log:
        bot = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env, cwd=tmp_path,
                               stdout=log, stderr=log)
    try:
        sent = await asyncio.to_thread(
            subprocess.run, [sys.executable, "-m", "bot.fakeserver", "send", "--port",
                             str(port), "--user", "42", "--wait", "30", "/start"],
            env=env, capture_output=True, text=True, timeout=60, check=True)
        assert "Welcome to the MSME Crisis Advisor" in sent.stdout
        assert "What does your business mainly do?" in sent.stdout
        assert "<b>" not in sent.stdout  # shown as text, not HTML
    finally:
        bot.terminate()
        bot.wait(20)
        server.terminate()
        shown, _ = server.communicate(timeout=10)
    assert "[to 42] 👋 Welcome" in shown  # the server's own window shows it too
    nobody = subprocess.run([sys.executable, "-m", "bot.fakeserver", "send", "--port",  # noqa: S603
                             str(port), "hello"], env=env, capture_output=True, text=True,
                            timeout=30, check=False)
    assert nobody.returncode == 1
    assert f"start one with `python -m bot.fakeserver {port}`" in nobody.stderr
