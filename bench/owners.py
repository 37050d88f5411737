"""Owners at the busiest moment: `msme-advisor run` as a real process, as owners feel it.

The bot runs as shipped (`python -m bot.cli run`, the outbound queue keeping Telegram's
limits at ADVISOR_SEND_RATE=30) against the fake Bot API over loopback (bot/fakeserver.py),
which answers every call after 20 ms and enforces Telegram's limits itself (30 a second in
all, a burst of 3 then 1 a second per private chat, 20 a minute per group: 429 past them).
Simulated owners do the assessment by tapping, thinking 2-8 s before each tap, while a
10,000-recipient broadcast and a drain of 3,000 due nudges want the same budget.

- surge: 150 owners arriving in the first 10 s, each doing a whole assessment;
- overload: 500 owners (about 100 taps a second asked of a 30 a second budget), for a
  fixed window, after which they stop tapping and every tap still waiting must be answered;
- flood: one user sends 1,000 messages, then another sends /help: how much later is the
  answer than without the flood.

Press to next question is from pushing the tap's update to the fake API receiving the
reply (the edit that shows the next question). Usage: `python -m bench.owners [--quick]`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import Row
from bot.fakeapi import FakeBotAPI, Limits
from bot.fakeserver import FakeServer
from bot.store import Store

SECTION = "Owners"
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - the fake server's
LATENCY = 0.020
BUDGET = 30.0
STAFF_ID = 900
OWNER_BASE = 5_000_000  # owners' ids; the broadcast's recipients are below
THINK = (2.0, 8.0)
REPLY_TIMEOUT = 180.0


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


async def seed(db: Path, recipients: int, nudges_due: int) -> None:
    """A broadcast to `recipients` opted-in owners, sending; `nudges_due` nudges due now."""
    store = await Store.open(db)
    try:
        now = time.time()
        users = [(1_000_000 + i, 1_000_000 + i) for i in range(recipients)]
        async with store.transaction():
            await store.db.executemany(
                "INSERT INTO users (user_id, chat_id, language, first_seen, updates)"
                " VALUES (?, ?, 'en', ?, 1)", [(u, c, now) for u, c in users])
            await store.db.executemany(
                "INSERT INTO plans (id, user_id, record, created_at) VALUES (?, ?, '{}', ?)",
                [(u, u, now) for u, _ in users[:nudges_due]])
            await store.db.executemany(
                "INSERT INTO nudges (user_id, plan_id, action, due_at) VALUES (?, ?, ?, ?)",
                [(u, u, "cash_flow_forecast", now - 60) for u, _ in users[:nudges_due]])
        broadcast_id = await store.broadcasts.new(STAFF_ID, STAFF_ID)
        await store.broadcasts.set_content(broadcast_id, STAFF_ID, 1)
        await store.broadcasts.set_audience(broadcast_id, "users")
        await store.broadcasts.start(broadcast_id, [(c, u) for u, c in users], None)
    finally:
        await store.close()


@dataclass
class Tally:
    """What reached the fake Bot API, and what the owners felt."""

    owners: set[int] = field(default_factory=set)
    keyboards: dict[int, tuple[int, list[str]]] = field(default_factory=dict)
    waiting: dict[int, asyncio.Future[float]] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)  # taps only
    start_latencies: list[float] = field(default_factory=list)
    answered_at: list[float] = field(default_factory=list)
    calls: list[tuple[float, str]] = field(default_factory=list)  # (time, owner|copy|nudge)
    taps: int = 0
    lost: int = 0
    busy_notes: int = 0
    completed: int = 0

    def on_call(self, method: str, params: dict[str, Any], result: Any) -> None:
        """A call the fake Bot API accepted."""
        now = time.monotonic()
        if method == "answerCallbackQuery":
            if "⏳" in str(params.get("text", "")):
                self.busy_notes += 1
            return
        if params.get("chat_id") is None:
            return
        chat = int(params["chat_id"])
        if chat not in self.owners:
            self.calls.append((now, "copy" if method == "copyMessage" else "other"))
            return
        self.calls.append((now, "owner"))
        markup = params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        data = [b.get("callback_data", "") for row in markup.get("inline_keyboard", [])
                for b in row]
        message_id = int(params["message_id"]) if "message_id" in params else (
            int(result["message_id"]) if isinstance(result, dict) else 0)
        if any(d.startswith("a:") for d in data):
            self.keyboards[chat] = (message_id, data)
        elif self.keyboards.get(chat, (None,))[0] == message_id:
            del self.keyboards[chat]  # the question became the list of answers: done
        future = self.waiting.pop(chat, None)
        if future is not None and not future.done():
            future.set_result(now)


class Owners:
    """Simulated owners tapping through the assessment against a FakeServer."""

    def __init__(self, server: FakeServer, tally: Tally, seed_: int) -> None:
        self.server, self.tally = server, tally
        self.rng = random.Random(seed_)  # noqa: S311 - reproducible, not secret

    async def ask(self, user_id: int, update: dict[str, Any]) -> float | None:
        """Push an update; seconds until the owner's chat got the reply (None: never)."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.tally.waiting[user_id] = future
        pushed = time.monotonic()
        self.server.push(update)
        try:
            return await asyncio.wait_for(future, REPLY_TIMEOUT) - pushed
        except TimeoutError:
            self.tally.lost += 1
            return None

    async def owner(self, user_id: int, arrive: float, stop: float) -> None:
        """One owner: /start, then a tap per question until the plan, or until `stop`."""
        tally, rng, api = self.tally, self.rng, self.server.api
        await asyncio.sleep(max(0.0, arrive - time.monotonic()))
        person = FakeBotAPI.person(user_id)
        latency = await self.ask(user_id, api.text_update(person, "/start"))
        if latency is None:
            return
        tally.start_latencies.append(latency)
        while True:
            keyboard = tally.keyboards.get(user_id)
            if keyboard is None:
                tally.completed += 1
                return
            think = rng.uniform(*THINK)
            if time.monotonic() + think >= stop:
                return  # the window closes before this tap
            await asyncio.sleep(think)
            message_id, data = keyboard
            answers = [d for d in data if d.startswith("a:")]
            choice = rng.choice(answers) if rng.random() < 0.95 else data[-1]  # 5 % skip
            tally.taps += 1
            latency = await self.ask(user_id, api.press_update(person, message_id, choice))
            if latency is None:
                return
            tally.latencies.append(latency)
            tally.answered_at.append(time.monotonic())


class BotProcess:
    """`python -m bot.cli run` (this tree's code) against the fake server."""

    def __init__(self, url: str, db: Path, log: Path, extra: dict[str, str] | None = None):
        self.env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": url,
                    "ADVISOR_DB": str(db), "ADVISOR_QUIET_HOURS": "",
                    "ADVISOR_SEND_RATE": str(BUDGET), "PYTHONPATH": str(ROOT), **(extra or {})}
        self.log = log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self, server: FakeServer) -> None:
        """Start and wait for the first getUpdates."""
        with self.log.open("ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", env=self.env, cwd=self.log.parent,
                stdout=out, stderr=out)
        await server.wait_for(lambda: server.count("getUpdates") > 0, 30)

    async def stop(self) -> None:
        """Kill it: everything measured has happened, a clean stop would only take time."""
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.kill()
        await self.proc.wait()


@dataclass
class LoadResult:
    """The figures of one load."""

    owners: int
    recipients: int
    seconds: float
    window: float
    latencies: list[float]
    start_latencies: list[float]
    answers_per_second: float
    owner_calls_per_second: float
    broadcast_per_second: float
    other_bulk_per_second: float
    too_many: int
    lost: int
    taps: int
    busy_notes: int
    completed: int
    busiest_second: int


async def load(owners: int, arrive_over: float, window: float | None,
               recipients: int = 10_000, nudges_due: int = 3_000) -> LoadResult:
    """Run `owners` against the bot while the broadcast and nudges drain; return figures.

    `window` None: until every owner finished the assessment; else owners stop tapping
    `window` seconds after the start and the taps in flight are waited for.
    """
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        await seed(db, recipients, nudges_due)
        server = FakeServer()
        server.latency = LATENCY
        server.api.limits = Limits(per_second=BUDGET, chat_per_second=1.0)
        tally = Tally(owners={OWNER_BASE + i for i in range(owners)})
        server.api.listeners.append(tally.on_call)
        await server.start()
        bot = BotProcess(server.url, db, Path(folder) / "bot.log")
        try:
            await bot.start(server)
            began = time.monotonic()
            stop = began + window if window is not None else float("inf")
            crowd = Owners(server, tally, owners)
            rng = random.Random(owners)  # noqa: S311 - reproducible, not secret
            await asyncio.gather(*(crowd.owner(OWNER_BASE + i, began + rng.uniform(0, arrive_over),
                                                stop) for i in range(owners)))
            ended = time.monotonic()
        finally:
            await bot.stop()
            await server.stop()
        # The steady part: from when every owner has arrived until the last answer asked for.
        start_at = began + arrive_over + 2.0
        end_at = min(stop, ended)
        span = max(1e-9, end_at - start_at)
        inside = [(t, kind) for t, kind in tally.calls if start_at <= t < end_at]
        kinds = Counter(kind for _, kind in inside)
        times = sorted(t for t, _ in tally.calls)
        busiest = 0
        j = 0
        for i, t in enumerate(times):  # the most calls in any one-second window
            while times[j] <= t - 1.0:
                j += 1
            busiest = max(busiest, i - j + 1)
        return LoadResult(
            owners=owners, recipients=recipients, seconds=ended - began, window=span,
            latencies=tally.latencies,
            start_latencies=tally.start_latencies,
            answers_per_second=sum(1 for t in tally.answered_at if start_at <= t < end_at) / span,
            owner_calls_per_second=kinds["owner"] / span,
            broadcast_per_second=kinds["copy"] / span,
            other_bulk_per_second=kinds["other"] / span,
            too_many=server.api.too_many, lost=tally.lost, taps=tally.taps,
            busy_notes=tally.busy_notes, completed=tally.completed, busiest_second=busiest)


async def flood(messages: int = 1000, probes: int = 5) -> tuple[float, float, int]:
    """(median /help reply without a flood, with one, 429s): one user floods, another asks."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        server = FakeServer()
        server.latency = LATENCY
        server.api.limits = Limits(per_second=BUDGET, chat_per_second=1.0)
        flooder, asker = FakeBotAPI.person(OWNER_BASE + 1), FakeBotAPI.person(OWNER_BASE + 2)
        tally = Tally(owners={asker["id"]})
        server.api.listeners.append(tally.on_call)
        await server.start()
        bot = BotProcess(server.url, db, Path(folder) / "bot.log")
        crowd = Owners(server, tally, 1)
        try:
            await bot.start(server)

            async def probe() -> float:
                waits = []
                for _ in range(probes):
                    await asyncio.sleep(1.1)  # the asker's own one a second
                    wait = await crowd.ask(asker["id"], server.api.text_update(asker, "/help"))
                    waits.append(wait if wait is not None else REPLY_TIMEOUT)
                return sorted(waits)[len(waits) // 2]

            calm = await probe()
            for i in range(messages):
                server.push(server.api.text_update(flooder, f"spam {i}"))
            await asyncio.sleep(0.5)  # the flood is fetched and queued
            flooded = await probe()
        finally:
            await bot.stop()
            await server.stop()
        return calm, flooded, server.api.too_many


def load_rows(name: str, r: LoadResult, goal_p95: float | None) -> list[Row]:
    """The table's rows for one load."""
    p50, p95, p99 = (percentile(r.latencies, p) for p in (50, 95, 99))
    note = (f"{r.owners} owners, {r.taps:,} taps, {r.completed} finished, steady "
            f"{r.window:.0f} s; a {r.recipients:,}-recipient broadcast and 3,000 nudges waiting")
    rows = [
        Row(SECTION, f"{name}: press to next question p50", p50, "s", note=note),
        Row(SECTION, f"{name}: press to next question p95", p95, "s",
            f"≤ {goal_p95} s" if goal_p95 else "≤ 3 × p50",
            p95 <= goal_p95 if goal_p95 else p95 <= 3 * p50),
        Row(SECTION, f"{name}: press to next question p99", p99, "s"),
        Row(SECTION, f"{name}: /start to first question p95",
            percentile(r.start_latencies, 95), "s"),
        Row(SECTION, f"{name}: answers/s", r.answers_per_second, "/s",
            note=f"owners' calls {r.owner_calls_per_second:.1f}/s of {BUDGET:.0f}/s"),
    ]
    if goal_p95 is None:
        share = r.owner_calls_per_second / BUDGET * 100
        rows.append(Row(SECTION, f"{name}: owners' share of the budget", share, "%", "≥ 95 %",
                        share >= 95, "the calls owners' taps cost, of ADVISOR_SEND_RATE"))
        rows.append(Row(SECTION, f"{name}: taps told the wait (busy note)",
                        100 * r.busy_notes / max(1, r.taps), "%",
                        note="answerCallbackQuery text when replies queue over 2 s"))
    rows += [
        Row(SECTION, f"{name}: broadcast's share of the budget",
            r.broadcast_per_second / BUDGET * 100, "%",
            note=f"nudges and other bulk {r.other_bulk_per_second:.1f}/s"),
        Row(SECTION, f"{name}: 429s, taps unanswered", r.too_many + r.lost, "", "0",
            r.too_many == 0 and r.lost == 0,
            f"{r.too_many} × 429, {r.lost} lost; busiest second {r.busiest_second} calls"),
    ]
    return rows


async def run(quick: bool = False) -> list[Row]:
    """For `python -m bench`: surge, overload, flood (--quick: short windows, 2,000 recipients)."""
    # Quick: owners arrive over 5 s and tap for 11 s, measured from 7 s (all arrived) to 11 s.
    arrive, recipients = (5.0, 2_000) if quick else (10.0, 10_000)
    surge = await load(150, arrive_over=arrive, window=11.0 if quick else None,
                       recipients=recipients)
    overload = await load(500, arrive_over=arrive, window=11.0 if quick else 120.0,
                          recipients=recipients)
    calm, flooded, floods_429 = await flood(messages=1000, probes=2 if quick else 5)
    delay = max(0.0, flooded - calm)
    return [
        *load_rows("surge (150 owners)", surge, 1.5),
        *load_rows("overload (500 owners)", overload, None),
        Row(SECTION, "flood: another user's reply delayed by", delay, "s", "≤ 0.3 s",
            delay <= 0.3, f"/help median {calm:.2f} s calm, {flooded:.2f} s while one user "
            f"sent 1,000 messages; {floods_429} × 429"),
    ]


def main() -> None:
    """Run and print the rows."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--load", choices=["surge", "overload", "flood"], default=None)
    parser.add_argument("--owners", type=int, default=None)
    parser.add_argument("--window", type=float, default=None)
    args = parser.parse_args()
    if args.load is None:
        rows = asyncio.run(run(args.quick))
    elif args.load == "flood":
        calm, flooded, too_many = asyncio.run(flood())
        rows = [Row(SECTION, "flood delay", flooded - calm, "s",
                    note=f"calm {calm:.2f}, flooded {flooded:.2f}, {too_many} × 429")]
    else:
        owners = args.owners or (150 if args.load == "surge" else 500)
        window = args.window if args.window is not None else (
            None if args.load == "surge" else 120.0)
        result = asyncio.run(load(owners, 10.0, window))
        rows = load_rows(args.load, result, 1.5 if args.load == "surge" else None)
    for row in rows:
        print(f"{row.name}: {row.value:.3f} {row.unit}  {row.goal} {row.met} {row.note}")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
