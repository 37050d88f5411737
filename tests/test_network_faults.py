"""`msme-advisor run` as a real process while the Bot API misbehaves: outages, 5xx, 429,
dropped connections, slow answers; and the webhook's secret token.

Each test drives the fake Bot API over loopback (bot/fakeserver.py) and reads what reached
it; the outage test takes the 30 seconds the issue names, the others a few seconds each.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer, Logged
from tests.test_process import BotProcess

OUTAGE = 30.0  # seconds, as in the issue
STARTUP_OUTAGE = 5.0
SILENCE = 8.0
BEFORE, DURING, AFTER = (FakeBotAPI.person(i, "en", n) for i, n in
                         ((711, "Ama"), (712, "Bola"), (713, "Chen")))


@pytest.fixture
async def proc(server: FakeServer, tmp_path: Path) -> AsyncIterator[BotProcess]:
    bot = BotProcess(server, tmp_path)
    yield bot
    if bot.proc is not None and bot.proc.returncode is None:
        await bot.kill()


def texts(server: FakeServer, user: dict[str, Any]) -> list[str]:
    return [str(m.get("text", "")) for m in server.api.sent_to(user["id"])]


def helped(server: FakeServer, user: dict[str, Any]) -> int:
    """How many /help answers reached the user."""
    return sum("/assess" in t and "/plan" in t for t in texts(server, user))


def welcomed(server: FakeServer, user: dict[str, Any]) -> int:
    return sum("1 of " in t for t in texts(server, user))


def gap_after(log: list[Logged], method: str, status: int) -> float:
    """Seconds from the first `method` call answered `status` to the next call of it."""
    calls = [e for e in log if e.method == method]
    first = next(i for i, e in enumerate(calls) if e.status == status)
    return calls[first + 1].at - calls[first].at


def db_rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


async def test_30_second_outage_while_polling_loses_nothing(
    server: FakeServer, proc: BotProcess, tmp_path: Path
) -> None:
    await proc.start()
    # The reply to /start is on its way when the Bot API goes away for 30 seconds.
    server.down_next(OUTAGE, method="sendMessage")
    server.push(server.api.text_update(BEFORE, "/start"))
    await server.wait_for(lambda: server.down, 10)
    began = time.monotonic()
    server.push(server.api.text_update(DURING, "/help"))  # written by a user meanwhile
    await server.wait_for(lambda: not server.down, OUTAGE + 5)
    assert time.monotonic() - began >= OUTAGE - 0.5
    assert proc.proc is not None and proc.proc.returncode is None
    back = time.monotonic()
    server.push(server.api.text_update(AFTER, "/help"))
    await server.wait_for(lambda: welcomed(server, BEFORE) and helped(server, DURING)
                          and helped(server, AFTER), 40)
    recovered = time.monotonic() - back
    assert recovered < 25  # PTB's polling backoff is capped at 30 s; sends retry every <= 5 s
    assert welcomed(server, BEFORE) == 1  # the dropped call never reached the chat: no repeat
    assert helped(server, DURING) == helped(server, AFTER) == 1
    db = tmp_path / "advisor.sqlite3"
    assert db_rows(db, f"SELECT position FROM assessments WHERE user_id = {BEFORE['id']}") \
        == [(0,)]
    # The outage is logged once when it starts and once when it ends, not at every retry.
    warnings = [line for line in proc.log.splitlines() if " WARNING " in line]
    assert len(warnings) == 2, proc.log
    assert "Telegram (127.0.0.1) cannot be reached" in warnings[0]
    assert "Telegram (127.0.0.1) answers again after 3" in warnings[1]


async def test_api_down_at_start_up(tmp_path: Path) -> None:
    server = FakeServer()
    await server.start()
    await server.stop()  # the port is known and refuses connections
    proc = BotProcess(server, tmp_path)
    try:
        await proc.start(ready=None)
        await asyncio.sleep(STARTUP_OUTAGE)
        assert proc.proc is not None and proc.proc.returncode is None, proc.log
        await server.start()
        await server.wait_for(lambda: server.count("getUpdates") > 0, 20)
        server.push(server.api.text_update(AFTER, "/help"))
        await server.wait_for(lambda: helped(server, AFTER) == 1, 10)
    finally:
        if proc.proc is not None and proc.proc.returncode is None:
            await proc.kill()
        await server.stop()


async def test_5xx_and_429_on_get_updates_and_send_message(
    server: FakeServer, proc: BotProcess
) -> None:
    await proc.start()
    # getUpdates: two 502s, then a 429 asking for 2 seconds. BEFORE's update is taken by the
    # poll already waiting; DURING's has to get through the faults.
    server.fail_next(2, 502, method="getUpdates")
    server.fail_next(1, 429, retry_after=2, method="getUpdates")
    server.push(server.api.text_update(BEFORE, "/help"))
    await server.wait_for(lambda: helped(server, BEFORE) == 1, 10)
    server.push(server.api.text_update(DURING, "/help"))
    await server.wait_for(lambda: helped(server, DURING) == 1, 20)
    assert [e.status for e in server.log if e.method == "getUpdates"].count(502) == 2
    assert 2.0 <= gap_after(server.log, "getUpdates", 429) <= 2.0 + 2

    # sendMessage: a 500, then a 429 asking for 2 seconds.
    server.fail_next(1, 500, method="sendMessage")
    server.fail_next(1, 429, retry_after=2, method="sendMessage")
    server.push(server.api.text_update(AFTER, "/help"))
    await server.wait_for(lambda: helped(server, AFTER) == 1, 20)
    assert 2.0 <= gap_after(server.log, "sendMessage", 429) <= 2.0 + 2
    assert gap_after(server.log, "sendMessage", 500) < 2  # a 5xx is retried promptly
    assert helped(server, BEFORE) == helped(server, DURING) == 1


async def test_dropped_connections_and_slow_answers_on_send_message(
    server: FakeServer, proc: BotProcess
) -> None:
    await proc.start()
    server.drop_next(1, "sendMessage", processed=False)  # lost on the way to Telegram
    server.push(server.api.text_update(BEFORE, "/help"))
    await server.wait_for(lambda: helped(server, BEFORE) >= 1, 15)
    server.drop_next(1, "sendMessage", processed=True)  # sent, but the answer was lost
    server.push(server.api.text_update(DURING, "/help"))
    await server.wait_for(lambda: helped(server, DURING) >= 2, 15)
    server.delay_next(1, 6.0, "sendMessage")  # longer than PTB's 5-second read timeout
    server.push(server.api.text_update(AFTER, "/help"))
    await server.wait_for(lambda: helped(server, AFTER) >= 2, 20)
    await asyncio.sleep(0.5)
    assert helped(server, BEFORE) == 1  # not sent before the drop: no duplicate
    assert helped(server, DURING) == 2  # sent, then retried: one duplicate, no more
    assert helped(server, AFTER) == 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def post_update(port: int, path: str, update: dict[str, Any],
                      secret: str | None) -> int:
    """POST an update to the bot's webhook as Telegram would; the HTTP status."""
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    deadline = time.monotonic() + 10
    async with httpx.AsyncClient() as client:
        while True:
            try:
                response = await client.post(f"http://127.0.0.1:{port}/{path}", json=update,
                                             headers=headers)
                return response.status_code
            except httpx.ConnectError:  # the webhook server is still starting
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.1)


async def test_webhook_refuses_updates_without_the_secret(
    server: FakeServer, tmp_path: Path
) -> None:
    port = free_port()
    proc = BotProcess(server, tmp_path, ["--webhook-url", "https://advisor.example/hook",
                                         "--listen", "127.0.0.1", "--port", str(port)])
    try:
        await proc.start(ready="setWebhook")
        params = next(p for m, p in server.api.calls if m == "setWebhook")
        secret, url = str(params.get("secret_token", "")), str(params["url"])
        assert len(secret) >= 32 and url.startswith("https://advisor.example/hook/")
        path = url.rsplit("/", 1)[1]
        db = tmp_path / "advisor.sqlite3"
        for wrong in (None, "", "not-the-secret", secret[:-1]):
            update = server.api.text_update(BEFORE, "/start")
            assert await post_update(port, path, update, wrong) == 403
        await asyncio.sleep(0.5)
        assert texts(server, BEFORE) == []
        assert db_rows(db, "SELECT COUNT(*) FROM processed_updates") == [(0,)]
        assert db_rows(db, "SELECT COUNT(*) FROM users") == [(0,)]
        update = server.api.text_update(BEFORE, "/start")
        assert await post_update(port, path, update, secret) == 200
        await server.wait_for(lambda: welcomed(server, BEFORE) == 1, 10)
        assert db_rows(db, "SELECT COUNT(*) FROM users") == [(1,)]
        assert server.count("getUpdates") == 0
    finally:
        if proc.proc is not None and proc.proc.returncode is None:
            await proc.kill()


async def test_silent_api_times_out_and_recovers(server: FakeServer, proc: BotProcess) -> None:
    """The API accepts connections but answers nothing for 8 s (over the 5 s read timeout)."""
    await proc.start()
    outage = asyncio.create_task(server.outage(SILENCE, refuse=False))
    await server.wait_for(lambda: server.down, 5)
    server.push(server.api.text_update(DURING, "/help"))
    await outage
    await server.wait_for(lambda: helped(server, DURING) == 1, 20)
    server.push(server.api.text_update(AFTER, "/help"))
    await server.wait_for(lambda: helped(server, AFTER) == 1, 10)
    await asyncio.sleep(0.5)
    assert helped(server, DURING) == helped(server, AFTER) == 1  # held calls were not done
