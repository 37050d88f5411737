"""`msme-advisor run` as a real process meeting what should not stop it, or should stop it
cleanly: updates the library cannot read, a second instance on the same database, Telegram's
409 Conflict, and a database it cannot use at start-up.

Each test starts the process against the fake Bot API on loopback (bot/fakeserver.py) and
reads what reached it, the process's log and its exit code.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import subprocess
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer
from tests.test_network_faults import free_port
from tests.test_process import BotProcess

OWNER, NEXT = FakeBotAPI.person(721, "en", "Dede"), FakeBotAPI.person(722, "en", "Efua")
#: A user's text in an unreadable update: it must not reach the log.
PRIVATE_TEXT = "our takings fell to 48,213 this month"


@pytest.fixture
async def proc(server: FakeServer, tmp_path: Path) -> AsyncIterator[BotProcess]:
    bot = BotProcess(server, tmp_path)
    yield bot
    if bot.proc is not None and bot.proc.returncode is None:
        await bot.kill()


def helped(server: FakeServer, user: dict[str, Any]) -> int:
    """How many /help answers reached the user."""
    return sum("/assess" in str(m.get("text", "")) and "/plan" in str(m.get("text", ""))
               for m in server.api.sent_to(user["id"]))


async def test_unreadable_updates_are_skipped_once_and_the_next_user_answered(
    server: FakeServer, proc: BotProcess
) -> None:
    api = server.api
    await proc.start()
    # A chat without its type, and a poll without the fields an older local Bot API omits.
    chatless = api.text_update(OWNER, PRIVATE_TEXT, chat={"id": OWNER["id"]})
    poll = api.raw_update({"poll": {"id": "77", "question": PRIVATE_TEXT}})
    server.push(chatless)
    server.push(poll)
    server.push(api.text_update(NEXT, "/help"))
    await server.wait_for(lambda: helped(server, NEXT) == 1, 10)
    polls = server.count("getUpdates")
    await asyncio.sleep(1.0)
    assert server.count("getUpdates") - polls <= 2  # long polling again, not refetching
    assert api.sent_to(OWNER["id"]) == []
    log = proc.log
    for update in (chatless, poll):
        assert log.count(f"update {update['update_id']} skipped: it cannot be read") == 1, log
    assert PRIVATE_TEXT not in log and "48,213" not in log
    assert "Traceback" not in log and "CRITICAL" not in log


def read_only(path: Path) -> Callable[[], None] | None:
    """Make a file read-only even for root (immutable); the undo, or None where impossible."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return lambda: path.chmod(0o644)
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)  # noqa: S603, S607
    if done.returncode != 0:
        return None
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)  # noqa: S603, S607


def sqlite_file(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    return path


async def test_database_faults_at_start_up_are_one_sentence_and_an_exit(
    server: FakeServer, tmp_path: Path
) -> None:
    """Each fault: one sentence naming the path and what to do, exit 3, Telegram not called."""
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all\n" * 200)
    damaged = sqlite_file(tmp_path / "damaged.sqlite3")
    content = bytearray(damaged.read_bytes())
    content[100:4096] = b"\xff" * (4096 - 100)  # the schema page, past the header
    damaged.write_bytes(bytes(content))
    locked = sqlite_file(tmp_path / "readonly.sqlite3")
    undo = read_only(locked)
    cases = {
        "not SQLite": (junk, "not an SQLite database", "restore it from a backup"),
        "damaged": (damaged, "damaged", "restore it from a backup"),
        "missing folder": (tmp_path / "nowhere" / "advisor.sqlite3", "does not exist",
                           "create it"),
        "a folder": (tmp_path, "it is a folder", "set ADVISOR_DB to a file"),
    }
    if undo is not None:
        cases["read-only"] = (locked, "read-only", "make it writable")
    try:
        procs = {}
        for name, (path, _, _) in cases.items():
            workdir = tmp_path / name.replace(" ", "-")
            workdir.mkdir()
            procs[name] = BotProcess(server, workdir, env={"ADVISOR_DB": str(path)})
            await procs[name].start(ready=None)
        codes = await asyncio.gather(*(p.exited() for p in procs.values()))
    finally:
        if undo is not None:
            undo()
        for bot in procs.values():
            if bot.proc is not None and bot.proc.returncode is None:
                await bot.kill()
    for (name, (path, problem, to_do)), code in zip(cases.items(), codes, strict=True):
        log = procs[name].log.strip()
        assert code == 3, (name, log)
        assert len(log.splitlines()) == 1, (name, log)  # one sentence, no traceback
        assert f"cannot use the database {path}" in log and problem in log and to_do in log, log
    assert server.requests == 0  # each stopped before calling Telegram


async def test_second_instance_on_the_same_database_is_refused(
    server: FakeServer, proc: BotProcess, tmp_path: Path
) -> None:
    await proc.start()
    assert proc.proc is not None
    second = BotProcess(server, tmp_path / "second", env={
        "ADVISOR_DB": str(tmp_path / "advisor.sqlite3")})
    (tmp_path / "second").mkdir()
    await second.start(ready=None)
    assert await second.exited() == 3
    refusal = second.log.strip()
    assert len(refusal.splitlines()) == 1, refusal
    assert f"another msme-advisor run is using it (process {proc.proc.pid})" in refusal
    assert "give this one its own ADVISOR_DB" in refusal
    assert proc.proc.returncode is None  # the first goes on, and answers
    server.push(server.api.text_update(NEXT, "/help"))
    await server.wait_for(lambda: helped(server, NEXT) == 1, 10)
    await proc.kill()  # kill -9 frees the lock: the next start works
    await proc.start()
    server.push(server.api.text_update(OWNER, "/help"))
    await server.wait_for(lambda: helped(server, OWNER) == 1, 10)


async def test_conflict_409_is_one_log_line_then_a_stop(
    server: FakeServer, proc: BotProcess
) -> None:
    """Telegram answers 409 while another instance polls with the same token."""
    server.fail_next(1, 409, method="getUpdates")
    await proc.start(ready=None)
    assert await proc.exited() == 4
    log = proc.log
    said = [line for line in log.splitlines() if " INFO " not in line]
    assert len(said) == 1, log  # one line: no traceback, no retries logged
    assert "Telegram refused getUpdates (Conflict: " in said[0]
    assert "another instance is using this bot's token; this one stops" in said[0]
    # The refused poll was the last: none on the way out, which would end the other's poll.
    assert server.count("getUpdates") == 1


async def connect(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    deadline = time.monotonic() + 10
    while True:
        try:
            return await asyncio.open_connection("127.0.0.1", port)
        except ConnectionError:  # the webhook server is still starting
            assert time.monotonic() < deadline
            await asyncio.sleep(0.1)


def request_head(path: str, head: dict[str, str]) -> bytes:
    lines = [f"POST /{path} HTTP/1.1", "Host: advisor.example",
             *(f"{k}: {v}" for k, v in head.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def raw_post(port: int, path: str, head: dict[str, str], body: bytes = b"") -> int:
    """POST these headers and this body (maybe less than declared); the status code.

    A server that waits for the whole declared body before answering does not answer.
    """
    reader, writer = await connect(port)
    try:
        writer.write(request_head(path, head) + body)
        status = await asyncio.wait_for(reader.readline(), 5)
    finally:
        writer.close()
    return int(status.split()[1])


async def flood(port: int, path: str, head: dict[str, str], size: int) -> None:
    """POST `size` bytes of body, however the server ends it."""
    reader, writer = await connect(port)
    chunk = b"x" * 65536
    with contextlib.suppress(ConnectionError):
        writer.write(request_head(path, head))
        for _ in range(size // len(chunk)):
            writer.write(chunk)
            await writer.drain()
        await asyncio.wait_for(reader.read(), 5)
    writer.close()


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("VmHWM:"))) / 1024


async def test_webhook_checks_secret_and_size_before_the_body_and_answers_400(
    server: FakeServer, tmp_path: Path
) -> None:
    port = free_port()
    proc = BotProcess(server, tmp_path, ["--webhook-url", "https://advisor.example/hook",
                                         "--listen", "127.0.0.1", "--port", str(port)])
    try:
        await proc.start(ready="setWebhook")
        assert proc.proc is not None
        params = next(p for m, p in server.api.calls if m == "setWebhook")
        secret, path = str(params["secret_token"]), str(params["url"]).rsplit("/", 1)[1]
        good = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
        wrong = {**good, "X-Telegram-Bot-Api-Secret-Token": "guess"}
        huge = str(90 * 1024 * 1024)
        # Answered before a byte of the body is sent: it is never waited for, nor read.
        assert await raw_post(port, path, {**wrong, "Content-Length": huge}) == 403
        assert await raw_post(port, path, {**good, "Content-Length": huge}) == 413
        assert await raw_post(port, path, {**good, "Transfer-Encoding": "chunked"}) == 411
        before = peak_rss_mb(proc.proc.pid)
        await asyncio.gather(*(flood(port, path, {**(wrong if i % 2 else good),
                                                  "Content-Length": huge}, 8 * 1024 * 1024)
                               for i in range(10)))
        assert peak_rss_mb(proc.proc.pid) - before < 20  # ten of them at once: none read
        # With the secret, a body that is not an update: 400.
        for body in (b"not json", b"[1, 2]", b'{"message": {}}', b'{"update_id": "7"}'):
            head = {**good, "Content-Length": str(len(body))}
            assert await raw_post(port, path, head, body) == 400, body
        # An update the library cannot read: skipped (200, else Telegram sends it again).
        chatless = server.api.text_update(OWNER, PRIVATE_TEXT, chat={"id": OWNER["id"]})
        helping = server.api.text_update(NEXT, "/help")
        for update in (chatless, helping):
            body = json.dumps(update).encode()
            head = {**good, "Content-Length": str(len(body))}
            assert await raw_post(port, path, head, body) == 200
        await server.wait_for(lambda: helped(server, NEXT) == 1, 10)
        log = proc.log
        assert log.count(f"update {chatless['update_id']} skipped") == 1
        assert PRIVATE_TEXT not in log and "Traceback" not in log
        assert server.api.sent_to(OWNER["id"]) == []
    finally:
        if proc.proc is not None and proc.proc.returncode is None:
            await proc.kill()
