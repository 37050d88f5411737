"""Health: `msme-advisor health` and GET /healthz, the record the running bot keeps, and errors
told to the staff chat."""

from __future__ import annotations

import asyncio
import logging
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.alerts import StaffAlerts
from bot.app import running
from bot.cli import main
from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer
from bot.health import verdict
from bot.knowledge import Knowledge
from bot.link import Link
from bot.serving import Serving
from bot.store import HealthRecord
from tests.conftest import Harness, staff_app
from tests.test_network_faults import free_port
from tests.test_process import BotProcess

ROOT = Path(__file__).resolve().parent.parent
STAFF_CHAT = -100888


def health(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", "health", *args],  # noqa: S603
                          cwd=tmp_path, capture_output=True, text=True, timeout=30, check=False,
                          env={"PYTHONPATH": str(ROOT),
                               "ADVISOR_DB": str(tmp_path / "advisor.sqlite3")})


def test_verdicts() -> None:
    now = 10_000.0
    assert verdict(None, now)[0] is False
    assert verdict(HealthRecord(now - 5, now - 20), now) == (
        True, "ok: the database answers and the bot reached Telegram 20 s ago.")
    assert verdict(HealthRecord(now - 5, None), now) == (
        False, "the bot has not reached Telegram since it started.")
    assert verdict(HealthRecord(now - 5, now - 400), now) == (
        False, "the bot last reached Telegram 6 min 40 s ago.")
    assert verdict(HealthRecord(now - 900, now - 900), now) == (
        False, "the bot has not recorded its health for 15 min 0 s: is it running?")


async def test_health_follows_the_running_bot(server: FakeServer, tmp_path: Path) -> None:
    missing = health(tmp_path)
    assert (missing.returncode, missing.stderr) == (
        1, f"msme-advisor: {tmp_path / 'advisor.sqlite3'} does not exist.\n")
    bot = BotProcess(server, tmp_path)
    try:
        await bot.start()
        for _ in range(100):  # the first record is written a second after start
            checked = await asyncio.to_thread(health, tmp_path)
            if checked.returncode == 0:
                break
            await asyncio.sleep(0.1)
        assert checked.returncode == 0, checked.stdout
        assert checked.stdout.startswith("ok: the database answers and the bot reached "
                                         "Telegram ")
    finally:
        await bot.kill()
    # Killed seconds after its last good call: the record is fresh, the lock is gone.
    dead = await asyncio.to_thread(health, tmp_path)
    assert dead.returncode == 1
    assert dead.stdout == f"unhealthy: no msme-advisor run holds {tmp_path / 'advisor.sqlite3'}\n"
    await asyncio.sleep(1.2)
    stale = await asyncio.to_thread(health, tmp_path, "--max-age", "1")
    assert stale.returncode == 1
    # At least the 1.2 s slept; more when the machine is slow to start the command.
    found = re.match(r"unhealthy: the bot has not recorded its health for (\d+) s: is it "
                     r"running\?\n$", stale.stdout)
    assert found is not None and int(found.group(1)) >= 1, stale.stdout


async def test_webhook_serves_healthz(server: FakeServer, tmp_path: Path) -> None:
    port = free_port()
    bot = BotProcess(server, tmp_path, ["--webhook-url", "https://advisor.example/hook",
                                        "--listen", "127.0.0.1", "--port", str(port)])
    try:
        await bot.start(ready="setWebhook")
        async with httpx.AsyncClient() as client:
            for _ in range(100):
                try:
                    answer = await client.get(f"http://127.0.0.1:{port}/healthz")
                    if answer.status_code == 200:
                        break
                except httpx.ConnectError:
                    pass
                await asyncio.sleep(0.1)
            assert answer.status_code == 200, answer.text
            assert answer.text.startswith("ok: the database answers")
    finally:
        await bot.kill()


async def test_webhook_bot_checks_in_when_quiet(knowledge: Knowledge, tmp_path: Path) -> None:
    """No update, no call: the health job asks getMe once Telegram was quiet for a minute."""
    api = FakeBotAPI()
    link = Link("https://api.telegram.org")
    serving = Serving(link)
    app = staff_app(knowledge, api, tmp_path / "advisor.sqlite3")
    async with running(app):
        link.last_ok = time.time() - 120
        calls = sum(1 for m, _ in api.calls if m == "getMe")
        context = type("Job", (), {"bot": app.bot, "advisor": app.advisor})()
        await serving.keep_record(context)  # type: ignore[arg-type]
        assert sum(1 for m, _ in api.calls if m == "getMe") == calls + 1
        record = await app.advisor.store.health.read()
        assert record is not None and time.time() - record.written_at < 5


async def test_errors_reach_the_staff_chat_once_per_kind_per_window(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    api = FakeBotAPI()
    app = staff_app(knowledge, api, tmp_path / "advisor.sqlite3", staff_chat_id=STAFF_CHAT)
    serving = Serving(Link("https://api.telegram.org"))
    now = [0.0]
    owner = FakeBotAPI.person(6060, "en", "Private Person")
    async with running(app):
        harness = Harness(app, api, tmp_path / "advisor.sqlite3")
        alerts = StaffAlerts(lambda kind, count: serving.alert(app, kind, count),
                             asyncio.get_running_loop(), clock=lambda: now[0])
        logging.getLogger().addHandler(alerts)
        try:
            await harness.say(owner, "/start")
            with harness.store.db.conn:  # a fault under the running bot
                harness.store.db.conn.execute("DROP TABLE answers")
            for _ in range(3):  # three failures: one alert
                await harness.press(owner, 0)
            now[0] += 601
            await harness.press(owner, 0)  # after 10 minutes: the next, with the count
            await asyncio.sleep(0.1)
        finally:
            logging.getLogger().removeHandler(alerts)
    sent = [m["text"] for m in api.sent_to(STAFF_CHAT)]
    assert sent == [
        "⚠️ The advisor met an error: <code>sqlite3.OperationalError</code> (1 time(s) since "
        "the last alert about it). The log has the details; no user data is shown here.",
        "⚠️ The advisor met an error: <code>sqlite3.OperationalError</code> (3 time(s) since "
        "the last alert about it). The log has the details; no user data is shown here."]
    assert not any("6060" in text or "Private" in text for text in sent)


def test_health_command_needs_no_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main(["health"]) == 1
    assert "advisor.sqlite3 does not exist" in capsys.readouterr().err
