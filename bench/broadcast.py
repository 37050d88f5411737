"""Broadcast benchmark (not a test): 10,000 recipients against a rate-limited fake Bot API.

The fake answers 429 (retry after 1 s) whenever more than the limit is sent in any one-second
window. Limits are scaled up from Telegram's 30/s so a run takes well under a minute. Runs:

- nominal: the worker is configured at the fake's limit (expect >= 95% of it, zero 429s);
- overdriven: the worker is configured at twice the limit (expect 429s, honoured, none lost).

Usage: PYTHONPATH=. python bench/broadcast.py [--recipients 10000] [--limit 400]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench import Row
from bot.app import build_application, running
from bot.config import Settings
from bot.content import load_knowledge
from bot.fakeapi import FakeBotAPI, InProcessRequest, Limits
from bot.knowledge import default_root

STAFF_ID = 900
SECTION = "Broadcasts"


async def one_broadcast(recipients: int, limit: float, worker_rate: float) -> dict[str, float]:
    """One broadcast to `recipients` opted-in users; returns the figures."""
    with tempfile.TemporaryDirectory() as folder:
        api = FakeBotAPI()
        api.limits = Limits(per_second=limit)
        settings = Settings(db_path=str(Path(folder) / "bench.sqlite3"),
                            admin_ids=frozenset({STAFF_ID}), broadcast_per_second=worker_rate)
        app = build_application(settings, load_knowledge(default_root()),
                                request=InProcessRequest(api, 0.05))
        async with running(app):
            store = app.advisor.store
            users = [(100_000 + i, 100_000 + i) for i in range(recipients)]
            async with store.transaction():
                await store.db.executemany(
                    "INSERT INTO users (user_id, chat_id, language, first_seen, updates)"
                    " VALUES (?, ?, 'en', 0, 1)", users)
            broadcast_id = await store.broadcasts.new(STAFF_ID, STAFF_ID)
            await store.broadcasts.set_content(broadcast_id, STAFF_ID, 1)
            await store.broadcasts.set_audience(broadcast_id, "users")
            await store.broadcasts.start(broadcast_id, [(c, u) for u, c in users], None)
            worker = app.advisor.broadcasts
            started = time.perf_counter()
            worker.kick()
            await worker.idle()
            elapsed = time.perf_counter() - started
            counts = await store.broadcasts.delivery_counts(broadcast_id)
        received = Counter(chat for chat, _ in api.messages)  # copies the fake accepted
        delivered = sum(1 for u, _ in users if received[u] >= 1)
        return {
            "recipients": recipients, "limit": limit, "worker_rate": worker_rate,
            "seconds": elapsed, "rate": counts.get("sent", 0) / elapsed,
            "share_of_limit": counts.get("sent", 0) / elapsed / limit,
            "answers_429": api.too_many, "lost": recipients - delivered,
            "duplicates": sum(received[u] - 1 for u, _ in users if received[u] > 1),
        }


async def run(quick: bool = False) -> list[Row]:
    """For `python -m bench`: both cases, 10,000 recipients (1,000 with --quick) at 400/s."""
    recipients, limit = (1_000 if quick else 10_000), 400.0
    rows: list[Row] = []
    for name, factor in (("nominal", 1.0), ("overdriven ×2", 2.0)):
        r = await one_broadcast(recipients, limit, limit * factor)
        note = (f"{recipients:,} recipients, fake limit {limit:.0f}/s, worker at "
                f"{r['worker_rate']:.0f}/s: {r['answers_429']} × 429, {r['lost']} lost, "
                f"{r['duplicates']} duplicates")
        share = 100 * r["share_of_limit"]
        if factor == 1.0:
            rows.append(Row(SECTION, f"{name}: achieved rate", share, "% of limit", "≥ 95 %",
                            share >= 95, note))
            rows.append(Row(SECTION, f"{name}: 429s, recipients lost",
                            r["answers_429"] + r["lost"], "", "0",
                            r["answers_429"] == 0 and r["lost"] == 0))
        else:
            rows.append(Row(SECTION, f"{name}: recipients lost", r["lost"], "", "0",
                            r["lost"] == 0, note))
    return rows


def main() -> None:
    """Run both cases and print a Markdown table row for each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--limit", type=float, default=400.0)
    args = parser.parse_args()
    print("| run | recipients | fake limit/s | worker rate/s | seconds | achieved/s "
          "| % of limit | 429s | lost | duplicates |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, factor in (("nominal", 1.0), ("overdriven", 2.0)):
        r = asyncio.run(one_broadcast(args.recipients, args.limit, args.limit * factor))
        print(f"| {name} | {r['recipients']:,} | {r['limit']:.0f} | {r['worker_rate']:.0f} "
              f"| {r['seconds']:.1f} | {r['rate']:.1f} | {100 * r['share_of_limit']:.1f}% "
              f"| {r['answers_429']} | {r['lost']} | {r['duplicates']} |")


if __name__ == "__main__":
    main()
