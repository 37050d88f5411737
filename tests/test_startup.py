"""Start-up failures of `msme-advisor run`: one sentence, the exit code, never the token."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sqlite3
import sys
from pathlib import Path

from bot.fakeserver import FakeServer
from bot.store.migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - a fake token


async def run_bot(tmp_path: Path, api_url: str, seconds: float = 60,
                  **settings: str) -> tuple[int | None, str]:
    """Start `msme-advisor run`; its exit code (None if still running after `seconds`,
    then stopped) and everything it printed."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api_url,
           "ADVISOR_DB": str(tmp_path / "advisor.sqlite3"), "PYTHONPATH": str(ROOT),
           **settings}
    output = tmp_path / "output.txt"
    with output.open("wb") as sink:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", env=env, cwd=tmp_path, stdout=sink,
            stderr=sink)
    try:
        code: int | None = await asyncio.wait_for(proc.wait(), seconds)
    except TimeoutError:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 30)
        code = None
    return code, output.read_text(encoding="utf-8")


async def test_rejected_token_is_one_sentence_and_exit_2(
    server: FakeServer, tmp_path: Path
) -> None:
    server.fail_next(1, 401, method="getMe")
    code, out = await run_bot(tmp_path, server.url)
    assert code == 2
    assert out.splitlines() == [
        "msme-advisor: Telegram rejected TELEGRAM_BOT_TOKEN (it was revoked or mistyped): "
        "copy the token again from @BotFather (/mybots, API Token)."]
    assert TOKEN not in out and "ABCDEFGHIJ" not in out


async def test_database_from_a_newer_version_is_one_sentence(
    server: FakeServer, tmp_path: Path
) -> None:
    path = tmp_path / "advisor.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO schema_version VALUES (999)")
        db.commit()
    code, out = await run_bot(tmp_path, server.url)
    assert code == 3
    assert out.splitlines() == [
        f"msme-advisor: cannot use the database {path}: it was written by a newer version of "
        f"the advisor (database version 999; this version knows up to "
        f"{max(v for v, _ in MIGRATIONS)}); run that version, or restore the backup taken "
        f"before it upgraded the database."]
    assert TOKEN not in out


async def test_unreachable_api_is_named_once_and_the_bot_waits(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    code, out = await run_bot(tmp_path, f"http://127.0.0.1:{closed}", seconds=6)
    assert code is None  # still waiting for Telegram when stopped
    lines = out.splitlines()
    assert len(lines) == 1, out  # no line per failed try
    assert lines[0].endswith(
        "WARNING bot.link: Telegram (127.0.0.1) cannot be reached (httpx.ConnectError: All "
        "connection attempts failed); the bot keeps trying and reports every minute until "
        "it answers")
    assert TOKEN not in out and "ABCDEFGHIJ" not in out
