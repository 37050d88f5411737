"""The core benchmarks: updates, plans, matching, start-up and memory (issue 8)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bench import Row
from bot.app import build_application, running
from bot.config import Settings
from bot.fakeapi import FakeBotAPI, InProcessRequest
from bot.knowledge import Action, Knowledge, Question, default_root, load_knowledge
from bot.matching import Matchers, normalize
from bot.plan import build_plan, render_blocks
from bot.rules import Condition, Rule

SECTION = "Core"
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
AnyApp = Application[Any, Any, Any, Any, Any, Any]


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


# --- 1. updates through the whole Application ---------------------------------------------


class LeanFakeBotAPI(FakeBotAPI):
    """The in-process Bot API without the call log, which would grow without bound."""

    def __init__(self) -> None:
        super().__init__()
        self.keyboards: dict[int, tuple[int, list[str]]] = {}

    def call(self, method: str, params: dict[str, Any]) -> Any:
        """Answer a method like FakeBotAPI, remembering only each chat's newest keyboard."""
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            return super().call(method, params)
        result = handler(params)
        markup = params.get("reply_markup")
        if method == "sendMessage" and markup:
            if isinstance(markup, str):
                markup = json.loads(markup)
            data = [b.get("callback_data", "") for row in markup.get("inline_keyboard", [])
                    for b in row]
            self.keyboards[int(params["chat_id"])] = (int(result["message_id"]), data)
        return result

    def forget_chat(self, chat_id: int) -> None:
        """Drop a finished chat's messages, as Telegram's servers would hold them, not us."""
        for key in [k for k in self.messages if k[0] == chat_id]:
            del self.messages[key]
        self.keyboards.pop(chat_id, None)


@dataclasses.dataclass
class Timings:
    """Per-update processing times and the wall-clock span of a run."""

    per_update: list[float] = dataclasses.field(default_factory=list)
    wall: float = 0.0

    @property
    def rate(self) -> float:
        """Updates per second over the whole run."""
        return len(self.per_update) / self.wall if self.wall else 0.0


class Driver:
    """Feeds updates through getUpdates to a polling Application and times each one.

    The Application runs as `msme-advisor run` runs it: an Updater long-polling the Bot API
    and `Application.start()` processing the update queue one update at a time (the advisor
    does not set concurrent_updates). Processing time is measured around
    `Application.process_update`, which the update fetcher calls for each update.
    """

    def __init__(self, app: AnyApp, api: FakeBotAPI) -> None:
        self.app, self.api = app, api
        self.timings = Timings()
        self.waiting: dict[int, asyncio.Future[None]] = {}
        original = app.process_update

        async def timed(update: object) -> None:
            start = time.perf_counter()
            try:
                await original(update)
            finally:
                self.timings.per_update.append(time.perf_counter() - start)
                if isinstance(update, Update):
                    future = self.waiting.pop(update.update_id, None)
                    if future is not None and not future.done():
                        future.set_result(None)

        app.process_update = timed  # type: ignore[method-assign]

    async def send(self, raw: dict[str, Any]) -> None:
        """Queue an update on the Bot API and wait until the app has processed it."""
        future = asyncio.get_running_loop().create_future()
        self.waiting[raw["update_id"]] = future
        await self.api.updates.put(raw)
        await future

    async def run(self, users: list[Callable[[], Awaitable[None]]]) -> Timings:
        """Start polling, run every user at once, stop; return the timings."""
        assert self.app.updater is not None  # noqa: S101 - built with an updater
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)
        await self.app.start()
        start = time.perf_counter()
        try:
            await asyncio.gather(*(user() for user in users))
        finally:
            self.timings.wall = time.perf_counter() - start
            await self.app.updater.stop()
            await self.app.stop()
        return self.timings


async def assessment_user(
    driver: Driver, api: LeanFakeBotAPI, user_id: int, rng: random.Random,
    record: list[dict[str, Any]] | None = None,
) -> None:
    """One owner: /start, then a button for every question until the plan arrives."""
    person = api.person(user_id)

    async def send(raw: dict[str, Any]) -> None:
        if record is not None:
            record.append(raw)
        await driver.send(raw)

    await send(api.text_update(person, "/start"))
    for _ in range(64):  # far more than the questions; stops a run-away loop
        keyboard = api.keyboards.pop(user_id, None)
        if keyboard is None:
            break  # the plan was sent: no keyboard left to press
        message_id, data = keyboard
        answers = [d for d in data if d.startswith("a:")]
        choice = rng.choice(answers) if answers and rng.random() < 0.95 else data[-1]  # skip
        await send(api.press_update(person, message_id, choice))
    api.forget_chat(user_id)


async def advisor_updates(knowledge: Knowledge, users: int, db: Path) -> tuple[Timings, list[
        list[dict[str, Any]]]]:
    """Run `users` assessments at once through the advisor; return timings and the updates."""
    api = LeanFakeBotAPI()
    app = build_application(Settings(db_path=str(db)), knowledge,
                            request=InProcessRequest(api, poll_timeout=1.0))
    rng = random.Random(8)
    records: list[list[dict[str, Any]]] = [[] for _ in range(users)]
    async with running(app):
        driver = Driver(app, api)

        def user(i: int) -> Callable[[], Awaitable[None]]:
            return lambda: assessment_user(driver, api, 100_000 + i, rng, records[i])

        timings = await driver.run([user(i) for i in range(users)])
    return timings, records


async def bare_updates(records: list[list[dict[str, Any]]]) -> Timings:
    """The same updates, user by user, through a bare PTB Application with an echo handler."""
    api = LeanFakeBotAPI()
    request = InProcessRequest(api, poll_timeout=1.0)
    app = (Application.builder().token(TOKEN).request(request).get_updates_request(request)
           .build())

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is not None:
            text = update.message.text if update.message and update.message.text else "echo"
            await context.bot.send_message(chat.id, text)

    app.add_handler(TypeHandler(Update, echo))
    async with app:
        driver = Driver(app, api)

        def user(raws: list[dict[str, Any]]) -> Callable[[], Awaitable[None]]:
            async def replay() -> None:
                for raw in raws:
                    await driver.send({**raw, "update_id": api.next_update_id()})
            return replay

        return await driver.run([user(raws) for raws in records])


async def bench_updates(knowledge: Knowledge, users: int) -> list[Row]:
    """Benchmark 1: the advisor against bare PTB over the in-process transport."""
    with tempfile.TemporaryDirectory() as tmp:
        ours, records = await advisor_updates(knowledge, users, Path(tmp) / "bench.sqlite3")
    bare = await bare_updates(records)
    p50 = percentile(ours.per_update, 50) * 1000
    p99 = percentile(ours.per_update, 99) * 1000
    ratio = ours.rate / bare.rate if bare.rate else 0.0
    n = len(ours.per_update)
    note = f"{users} users at once, {n} updates"
    return [
        Row(SECTION, "advisor: updates/s", ours.rate, "/s", note=note),
        Row(SECTION, "advisor: p50 per update", p50, "ms"),
        Row(SECTION, "advisor: p99 per update", p99, "ms", "≤ 25 ms", p99 <= 25),
        Row(SECTION, "bare PTB echo: updates/s", bare.rate, "/s", note="same updates"),
        Row(SECTION, "bare PTB echo: p50 per update",
            percentile(bare.per_update, 50) * 1000, "ms"),
        Row(SECTION, "bare PTB echo: p99 per update",
            percentile(bare.per_update, 99) * 1000, "ms"),
        Row(SECTION, "advisor / bare throughput", ratio * 100, "%", "≥ 40 %", ratio >= 0.4),
    ]
