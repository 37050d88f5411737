"""The running bot's health record: when it last wrote it, and last reached Telegram.

`msme-advisor health` reads it from another process (`read_health`), with a read-only
connection that neither creates nor upgrades the database.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from bot.store.backup import DatabaseError
from bot.store.db import SerialConnection


@dataclass(frozen=True)
class HealthRecord:
    """What the running bot last recorded about itself."""

    written_at: float
    telegram_ok_at: float | None


class Health:
    """The health table: one row, rewritten every half minute by the running bot."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def record(self, telegram_ok_at: float | None) -> None:
        """Write the record now, with the time Telegram last answered."""
        await self.db.execute(
            "INSERT INTO health (id, written_at, telegram_ok_at) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET written_at = excluded.written_at,"
            " telegram_ok_at = excluded.telegram_ok_at", (time.time(), telegram_ok_at))

    async def read(self) -> HealthRecord | None:
        """The record as last written."""
        rows = list(await self.db.execute_fetchall(
            "SELECT written_at, telegram_ok_at FROM health WHERE id = 1"))
        return HealthRecord(rows[0][0], rows[0][1]) if rows else None

    async def ping(self) -> None:
        """A query that needs the database to answer."""
        await self.db.execute_fetchall("SELECT COUNT(*) FROM health")


def read_health(path: Path, timeout: float = 5.0) -> HealthRecord | None:
    """The record as the running bot last wrote it (None before it first did)."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist.")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                timeout=timeout)) as db:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if "health" not in tables:
                return None
            row = db.execute("SELECT written_at, telegram_ok_at FROM health").fetchone()
    except sqlite3.Error as error:
        raise DatabaseError(f"the database {path} does not answer ({error}).") from None
    return HealthRecord(row[0], row[1]) if row else None
