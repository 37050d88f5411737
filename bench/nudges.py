"""Benchmark (not a test): 100,000 pending nudges, 10,000 due, drained at the send limit.

The due nudges are sent to the fake Bot API over HTTP, in its own process.

    PYTHONPATH=. python bench/nudges.py [--rate 200] [--total 100000] [--due 10000]

Prints the claim query's plan, the drain rate against the limit, and memory while draining.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench import Row
from bot.app import build_application, running
from bot.config import Settings
from bot.content import load_knowledge
from bot.knowledge import default_root
from bot.store import Store
from tests.storehelp import explain_claim, nudge_counts

SECTION = "Nudges"
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - the fake server's


async def seed(db: Path, total: int, due: int, users: int, action: str) -> None:
    """Users with a plan each, and `total` pending nudges of which `due` are due now."""
    store = await Store.open(db)
    await store.close()
    now = time.time()
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT INTO users (user_id, chat_id, language, first_seen)"
                         " VALUES (?, ?, 'en', ?)", [(u, u, now) for u in range(1, users + 1)])
        conn.executemany("INSERT INTO plans (id, user_id, record, created_at)"
                         " VALUES (?, ?, '{}', ?)", [(u, u, now) for u in range(1, users + 1)])
        rows = []
        for i in range(total):
            user = i % users + 1
            when = now - 3600 + i * 0.001 if i < due else now + 86400 + i
            rows.append((user, user, action, when))
        conn.executemany("INSERT INTO nudges (user_id, plan_id, action, due_at)"
                         " VALUES (?, ?, ?, ?)", rows)


async def drain(rate: float, total: int, due: int) -> dict[str, object]:
    """Seed, then drain the due nudges through the real tick at `rate`; return the figures."""
    knowledge = load_knowledge(default_root())
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        await seed(db, total, due, min(due, 5000), next(iter(knowledge.actions)))
        seeded = time.perf_counter() - started
        # The fake Bot API runs in its own process: its memory (it keeps every message) and
        # its CPU are not the bot's.
        server = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.fakeserver", "0", stdout=asyncio.subprocess.PIPE)
        assert server.stdout is not None  # noqa: S101
        # "fake Bot API at http://127.0.0.1:PORT: set TELEGRAM_API_URL=..."
        url = (await server.stdout.readline()).decode().split()[4].rstrip(":")
        # The server prints every message it is sent; unread, its pipe fills after about
        # 2,000 of them and the server stops answering. Drain it.
        drain = asyncio.create_task(_discard(server.stdout))
        settings = Settings(token=TOKEN, api_url=url, db_path=str(db), quiet_hours=None,
                            send_rate=rate)
        app = build_application(settings, knowledge, rate_limit=True)
        try:
            async with running(app):
                store = app.advisor.store
                plan = " | ".join(await explain_claim(store))
                tracemalloc.start()
                samples: list[tuple[int, int, float]] = []
                sent = 0
                started = time.perf_counter()
                while True:
                    tracemalloc.reset_peak()
                    went = await app.advisor.nudges.send_due(budget=5.0)
                    if went == 0:
                        break
                    sent += went
                    peak = tracemalloc.get_traced_memory()[1]
                    samples.append((sent, peak, time.perf_counter() - started))
                elapsed = time.perf_counter() - started
                tracemalloc.stop()
                counts = await nudge_counts(store)
        finally:
            server.kill()
            await server.wait()
            drain.cancel()
    return {"seeded": seeded, "plan": plan, "sent": sent, "elapsed": elapsed,
            "rate": sent / elapsed if elapsed else 0.0, "counts": counts, "samples": samples}


async def _discard(stream: asyncio.StreamReader) -> None:
    """Read a stream to its end, keeping nothing."""
    while await stream.read(65536):
        pass


async def run(quick: bool = False) -> list[Row]:
    """For `python -m bench`: 100,000 pending nudges, 3,000 due, at 60/s (--quick: a tenth).

    60/s is twice Telegram's 30/s and below what the bot and the fake HTTP server reach
    together on a 2-CPU machine (about 150/s), so the figure measures the bot's pacing, not
    the fake server; 10,000 due at 30/s is the script's own default run (5 minutes).
    """
    rate, total, due = 60.0, (10_000 if quick else 100_000), (300 if quick else 3_000)
    r = await drain(rate, total, due)
    share = 100 * float(r["rate"]) / rate  # type: ignore[arg-type]
    peak = max((p for _, p, _ in r["samples"]), default=0) / 1e6  # type: ignore[attr-defined]
    note = f"{due:,} due of {total:,} pending, limit {rate:.0f}/s"
    return [
        Row(SECTION, "due nudges drained", share, "% of limit", "≥ 95 %", share >= 95, note),
        Row(SECTION, "nudges sent", float(r["sent"]), "", f"= {due:,}",  # type: ignore[arg-type]
            r["sent"] == due),
        Row(SECTION, "python heap peak per 5 s slice", peak, "MB"),
    ]


async def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=200.0, help="send limit, messages/s")
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    args = parser.parse_args()
    r = await drain(args.rate, args.total, args.due)
    samples = r["samples"]
    print(f"seeded {args.total} nudges ({args.due} due) in {r['seeded']:.1f} s")
    print("EXPLAIN QUERY PLAN:", r["plan"])
    print(f"drained {r['sent']} due nudges in {r['elapsed']:.1f} s: {r['rate']:.1f}/s against "
          f"a limit of {args.rate:.0f}/s ({100 * float(r['rate']) / args.rate:.1f}%)")  # type: ignore[arg-type]
    print("statuses after:", r["counts"])
    print("python heap peak per 5 s slice (sent so far: peak):",
          ", ".join(f"{s}: {p / 1e6:.2f} MB" for s, p, _ in samples))  # type: ignore[attr-defined]
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
