"""The database: one serial SQLite connection, its transactions, opening and migrating.

SQLite through aiosqlite, in WAL mode with a busy timeout. Each change is committed when
it is made, so a crash loses nothing that was acknowledged to a user. The repositories of
`bot.store` share one `SerialConnection`; SQL lives in them and here only.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.migrations import MIGRATIONS

#: Set while the current task holds the lock (inside `SerialConnection.transaction`).
_holding: contextvars.ContextVar[bool] = contextvars.ContextVar("store_holding", default=False)


class _Cursor:
    """A cursor run on the event loop, with aiosqlite's awaitable methods."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        """Rows changed by the statement."""
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        """The id of the row inserted."""
        return self._cursor.lastrowid

    async def fetchone(self) -> Any:
        """The next row, or None."""
        return self._cursor.fetchone()

    async def fetchall(self) -> list[Any]:
        """The remaining rows."""
        return self._cursor.fetchall()

    async def close(self) -> None:
        """Release the statement."""
        self._cursor.close()


class _Statement:
    """One statement on the shared connection, awaited or used as `async with ... as cursor`."""

    def __init__(self, run: Callable[[], Awaitable[Any]], lock: asyncio.Lock) -> None:
        self._run, self._lock = run, lock
        self._cursor: Any = None

    async def _go(self) -> Any:
        if _holding.get():  # inside this task's transaction: the lock is already ours
            return await self._run()
        async with self._lock:
            return await self._run()

    def __await__(self) -> Generator[Any, None, Any]:
        return self._go().__await__()

    async def __aenter__(self) -> Any:
        self._cursor = await self._go()
        return self._cursor

    async def __aexit__(self, *exc: object) -> None:
        await self._cursor.close()


class SerialConnection:
    """One SQLite connection, one statement or one transaction at a time.

    Handlers for different users, the nudge tick and the broadcast worker share one
    connection. Without the lock, a single statement from one task could run between another
    task's BEGIN and COMMIT, join that transaction and vanish with its ROLLBACK, or read its
    uncommitted rows. Every statement therefore takes the lock that `transaction` holds for
    a whole transaction.

    Statements run on the event loop itself: the advisor's are indexed lookups and
    single-row writes of a few microseconds, and handing each to aiosqlite's worker thread
    cost more than running it (the benchmark's updates/s doubled; docs/BENCHMARKS.md).
    Statements that may touch many rows (exports, erasure, statistics, a broadcast's
    deliveries) pass `offload=True` to `execute_fetchall` or `executemany` and run on
    aiosqlite's thread over the same connection, under the same lock, so the loop keeps
    serving other users meanwhile.
    """

    def __init__(self, conn: sqlite3.Connection, threaded: aiosqlite.Connection) -> None:
        self.conn, self.threaded = conn, threaded
        self.lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One write transaction: committed as a whole or not at all.

        Opened inside another transaction of the same task, it is part of that one: a
        repository's write can then join a write of another aggregate (a plan and its
        nudges, a user's flag and their nudges) and both commit or roll back together.
        """
        if _holding.get():
            yield
            return
        async with self.lock:
            token = _holding.set(True)
            try:
                await self.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    await self.execute("ROLLBACK")
                    raise
                await self.execute("COMMIT")
            finally:
                _holding.reset(token)

    def execute(self, sql: str, parameters: Iterable[Any] = ()) -> _Statement:
        """Run one statement on the loop; await it for the cursor or use `async with`."""

        async def inline() -> _Cursor:
            return _Cursor(self.conn.execute(sql, tuple(parameters)))

        return _Statement(inline, self.lock)

    def executemany(
        self, sql: str, parameters: Iterable[Iterable[Any]], offload: bool = False
    ) -> _Statement:
        """Run one statement for each parameter set."""
        if offload:  # aiosqlite's cursor is done with before the lock is released
            return _Statement(lambda: self.threaded.executemany(sql, parameters), self.lock)

        async def inline() -> _Cursor:
            return _Cursor(self.conn.executemany(sql, [tuple(p) for p in parameters]))

        return _Statement(inline, self.lock)

    def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] = (), offload: bool = False
    ) -> _Statement:
        """Run one statement and return all its rows."""
        if offload:
            return _Statement(lambda: self.threaded.execute_fetchall(sql, parameters),
                              self.lock)

        async def inline() -> list[Any]:
            return self.conn.execute(sql, tuple(parameters)).fetchall()

        return _Statement(inline, self.lock)

    async def close(self) -> None:
        """Close the connection (aiosqlite's thread closes it and ends)."""
        async with self.lock:
            await self.threaded.close()


async def open_database(path: str | Path) -> SerialConnection:
    """Open (creating or upgrading) the database at path; ":memory:" works too."""
    opened: list[sqlite3.Connection] = []

    def connect() -> sqlite3.Connection:
        # Used from the loop and from aiosqlite's thread, never at once (the lock).
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        opened.append(conn)
        return conn

    threaded = await aiosqlite.Connection(connect, 64)
    conn = opened[0]
    for pragma in ("busy_timeout = 5000", "journal_mode = WAL",
                   # NORMAL is durable across an application crash in WAL mode, and
                   # much faster than FULL.
                   "synchronous = NORMAL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    db = SerialConnection(conn, threaded)
    await migrate(db)
    return db


async def migrate(db: SerialConnection) -> None:
    """Apply the migrations this database has not seen yet, each in its own transaction."""
    await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    async with db.execute("SELECT version FROM schema_version") as cursor:
        applied = {row[0] for row in await cursor.fetchall()}
    # Any version not applied yet, in order: migrations made on parallel branches may
    # arrive after a later one was applied.
    for version, script in sorted(MIGRATIONS):
        if version in applied:
            continue
        statements = [s for s in script.split(";") if s.strip()]
        async with db.transaction():
            for statement in statements:
                await db.execute(statement)
            await db.execute("INSERT INTO schema_version VALUES (?)", (version,))


async def schema_version(db: SerialConnection) -> int:
    """The newest migration applied."""
    async with db.execute("SELECT MAX(version) FROM schema_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row and row[0] is not None else 0
