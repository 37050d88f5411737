"""`msme-advisor run` as a real process against the fake Bot API over HTTP, killed with -9."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from bot.fakeserver import FakeServer
from bot.knowledge import Knowledge
from bot.nudges import BATCH
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - a fake token
OWNER = FakeBotAPI.person(701, "en", "Zainab")


class BotProcess:
    """One `python -m bot.cli run` process (this tree's code: PYTHONPATH is set)."""

    def __init__(self, server: FakeServer, workdir: Path, args: Sequence[str] = (),
                 env: Mapping[str, str] | None = None) -> None:
        self.server, self.workdir, self.args = server, workdir, list(args)
        self.env = dict(env or {})  # over the defaults below
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self, ready: str | None = "getUpdates") -> None:
        """Start; wait until the bot calls `ready` (None: do not wait)."""
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": self.server.url,
               "ADVISOR_DB": str(self.workdir / "advisor.sqlite3"),
               "ADVISOR_TIME_SCALE": "0.00001", "ADVISOR_QUIET_HOURS": "",
               "PYTHONPATH": str(ROOT), **self.env}
        calls = self.server.count(ready) if ready else 0
        log = (self.workdir / "bot.log").open("ab")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", *self.args, env=env, cwd=self.workdir,
            stdout=log, stderr=log)
        log.close()
        if ready:
            await self.server.wait_for(lambda: self.server.count(ready) > calls, 20)

    @property
    def log(self) -> str:
        """What the process wrote so far."""
        return (self.workdir / "bot.log").read_text(errors="replace")

    async def exited(self, timeout: float = 15) -> int:
        """Wait for the process to end by itself; its exit code."""
        assert self.proc is not None
        return await asyncio.wait_for(self.proc.wait(), timeout)

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()  # SIGKILL: no shutdown hook runs
        await self.proc.wait()


@pytest.fixture
async def proc(server: FakeServer, tmp_path: Path) -> AsyncIterator[BotProcess]:
    bot = BotProcess(server, tmp_path)
    yield bot
    if bot.proc is not None and bot.proc.returncode is None:
        await bot.kill()


def question_messages(api: FakeBotAPI, number: int) -> list[dict[str, Any]]:
    """Messages asking the number-th question (the total shrinks once a size of one is known)."""
    return [m for m in api.sent_to(OWNER["id"]) if f"· {number} of " in m.get("text", "")]


def db_rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


async def test_kill_mid_assessment_continues_at_same_question(
    server: FakeServer, proc: BotProcess, knowledge: Knowledge, tmp_path: Path
) -> None:
    api = server.api
    await proc.start()
    server.push(api.text_update(OWNER, "/start"))
    await server.wait_for(lambda: bool(question_messages(api, 1)))
    for number in range(1, 5):
        message = question_messages(api, number)[-1]
        data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        server.push(api.press_update(OWNER, message["message_id"], data))
        await server.wait_for(lambda n=number: bool(question_messages(api, n + 1)))
    await asyncio.sleep(0.2)  # let the question message id be stored
    await proc.kill()
    db = tmp_path / "advisor.sqlite3"
    assert db_rows(db, "SELECT position FROM assessments WHERE status = 'active'") == [(4,)]
    fifth = question_messages(api, 5)[-1]

    await proc.start()
    # The button of the message sent before the kill still works.
    data = fifth["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    server.push(api.press_update(OWNER, fifth["message_id"], data))
    await server.wait_for(lambda: bool(question_messages(api, 6)))
    assert db_rows(db, "SELECT position FROM assessments WHERE status = 'active'") == [(5,)]
    assert db_rows(db, "SELECT COUNT(*) FROM answers")[0][0] == 5
    assert len(question_messages(api, 6)) == 1  # not asked twice


async def _seed_nudges(db: Path, knowledge: Knowledge, count: int) -> None:
    store = await Store.open(db)
    await store.close()
    action = next(iter(knowledge.actions))
    now = time.time()
    with sqlite3.connect(db) as conn:
        for i in range(count):
            uid = 10_000 + i
            conn.execute("INSERT INTO users (user_id, chat_id, language, first_seen)"
                         " VALUES (?, ?, 'en', ?)", (uid, uid, now))
            plan = conn.execute("INSERT INTO plans (user_id, record, created_at)"
                                " VALUES (?, '{}', ?)", (uid, now)).lastrowid
            # Overdue by up to a day: they must be sent (once), not forgotten.
            conn.execute("INSERT INTO nudges (user_id, plan_id, action, due_at)"
                         " VALUES (?, ?, ?, ?)", (uid, plan, action, now - 86400 + i))


def sent_nudge_ids(api: FakeBotAPI) -> list[int]:
    ids = []
    for method, params in api.calls:
        if method == "sendMessage" and '"n:' in str(params.get("reply_markup", "")):
            data = str(params["reply_markup"]).split('"n:', 1)[1]
            ids.append(int(data.split(":", 1)[0]))
    return ids


async def test_kill_mid_nudge_loses_none_and_repeats_only_in_flight(
    server: FakeServer, proc: BotProcess, knowledge: Knowledge, tmp_path: Path
) -> None:
    db = tmp_path / "advisor.sqlite3"
    count = 90
    await _seed_nudges(db, knowledge, count)
    await proc.start()
    await server.wait_for(lambda: len(sent_nudge_ids(server.api)) >= 25, 20)
    await proc.kill()
    in_flight = {r[0] for r in db_rows(db, "SELECT id FROM nudges WHERE status = 'sending'")}
    sent_before = sent_nudge_ids(server.api)
    assert len(sent_before) < count

    await proc.start()

    def drained() -> bool:
        left = db_rows(db, "SELECT COUNT(*) FROM nudges WHERE status IN ('pending', 'sending')")
        return left[0][0] == 0

    deadline = time.monotonic() + 20
    while not drained():
        assert time.monotonic() < deadline, "nudges not drained after restart"
        await asyncio.sleep(0.1)
    ids = sent_nudge_ids(server.api)
    assert set(ids) == {r[0] for r in db_rows(db, "SELECT id FROM nudges")}  # none lost
    repeated = {i for i in set(ids) if ids.count(i) > 1}
    assert repeated <= in_flight and len(repeated) <= BATCH
    assert all(ids.count(i) <= 2 for i in set(ids))
    assert db_rows(db, "SELECT status, COUNT(*) FROM nudges GROUP BY status") == [("sent", count)]


async def test_demo_nudge_done_then_progress(
    server: FakeServer, proc: BotProcess, knowledge: Knowledge, tmp_path: Path
) -> None:
    """The issue's demo: a plan, its 3-day nudge a few seconds later, Done, /progress."""
    # The first option everywhere: a business of one, so the staff questions are not asked.
    total = len(knowledge.applicable_answers({q.id: q.options[0].id for q in knowledge.questions}))
    api = server.api
    await proc.start()
    server.push(api.text_update(OWNER, "/start"))
    for number in range(1, total + 1):
        await server.wait_for(lambda n=number: bool(question_messages(api, n)))
        message = question_messages(api, number)[-1]
        data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        server.push(api.press_update(OWNER, message["message_id"], data))

    def nudge() -> dict[str, Any] | None:
        return next((m for m in api.sent_to(OWNER["id"])
                     if "Reminder from your action plan" in m.get("text", "")), None)

    # 72 hours at ADVISOR_TIME_SCALE=0.00001 are about 2.6 seconds.
    await server.wait_for(lambda: nudge() is not None, 15)
    message = nudge()
    assert message is not None
    done = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    server.push(api.press_update(OWNER, message["message_id"], done))
    await server.wait_for(lambda: any("✅ Done:" in m.get("text", "")
                                      for m in api.sent_to(OWNER["id"])))
    server.push(api.text_update(OWNER, "/progress"))
    await server.wait_for(lambda: "Your progress" in api.sent_to(OWNER["id"])[-1].get("text", ""))
    report = api.sent_to(OWNER["id"])[-1]["text"]
    assert "✅ " in report and "1 of " in report
    db = tmp_path / "advisor.sqlite3"
    assert db_rows(db, "SELECT COUNT(*) FROM action_progress") == [(1,)]
