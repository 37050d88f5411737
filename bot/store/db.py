"""The database: one serial SQLite connection, its transactions, opening and migrating.

SQLite through aiosqlite, in WAL mode with a busy timeout. Each change is committed when
it is made, so a crash loses nothing that was acknowledged to a user. The repositories of
`bot.store` share one `SerialConnection`; SQL lives in them and here only.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import fcntl
import logging
import os
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable
from pathlib import Path
from typing import Any

import aiosqlite

from bot.store.backup import DatabaseError, copy_from, stamped_name
from bot.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)

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


class DatabaseUnavailable(DatabaseError):
    """The database cannot be used: one sentence naming the file, what is wrong, what to do."""

    def __init__(self, path: str | Path, problem: str, what_to_do: str) -> None:
        super().__init__(f"cannot use the database {path}: {problem}; {what_to_do}.")
        self.path, self.problem, self.what_to_do = str(path), problem, what_to_do


#: The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
_READ_ONLY = "make it writable for the user running the bot, or set ADVISOR_DB to a writable file"


def _in_memory(path: str | Path) -> bool:
    return str(path) == ":memory:"


def check_path(path: str | Path) -> None:
    """Check, before opening, what SQLite would report vaguely or only halfway through.

    Raises DatabaseUnavailable; a file that does not exist yet is fine (it is created).
    """
    if _in_memory(path):
        return
    target = Path(path)
    folder = target.absolute().parent
    if not folder.is_dir():
        raise DatabaseUnavailable(path, f"the folder {folder} does not exist",
                                  "create it, or set ADVISOR_DB to a file in a folder that exists")
    if target.is_dir():
        example = target / "advisor.sqlite3"
        raise DatabaseUnavailable(path, "it is a folder, not a file",
                                  f"set ADVISOR_DB to a file, such as {example}")
    if target.exists() and not target.is_file():
        raise DatabaseUnavailable(path, "it is not a regular file",
                                  "set ADVISOR_DB to a file path")
    if target.exists():
        try:
            with target.open("rb") as file:
                header = file.read(len(SQLITE_HEADER))
        except OSError as error:
            raise DatabaseUnavailable(path, f"it cannot be read ({error.strerror})",
                                      "let the user running the bot read and write it") from error
        if header and header != SQLITE_HEADER:
            raise DatabaseUnavailable(path, "it is not an SQLite database (damaged, or another"
                                      " kind of file)", "restore it from a backup, or move it"
                                      " aside and start again with an empty one")
        if not os.access(target, os.R_OK | os.W_OK):
            raise DatabaseUnavailable(path, "the file is read-only", _READ_ONLY)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(path, f"the folder {folder} is not writable (SQLite keeps its"
                                  " journal next to the file)",
                                  "make the folder writable for the user running the bot")


class InstanceLock:
    """The lock one `run` holds on its database for as long as it runs.

    An exclusive flock on `<database>.lock`: the kernel drops it when the process ends, kill -9
    included, so a crash never leaves it behind. The file stays; removing it could let two
    processes lock two different files. Reading the database (a backup, a health check) does
    not take it.
    """

    def __init__(self, fd: int, path: Path) -> None:
        self.fd, self.path = fd, path

    def release(self) -> None:
        """Let another instance start."""
        os.close(self.fd)


def lock_database(path: str | Path) -> InstanceLock | None:
    """Take the database for this process (None for ":memory:"); DatabaseUnavailable if taken.

    Two instances on one file would each recover the other's in-flight deliveries and nudges
    as crashed ones (sending them twice) and together send at twice the rate limit.
    """
    if _in_memory(path):
        return None
    check_path(path)
    return take_lock(path)


def take_lock(path: str | Path) -> InstanceLock:
    """The lock alone, without checking the file (restore replaces a damaged one)."""
    lock_path = Path(f"{path}.lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise DatabaseUnavailable(path, f"its lock file {lock_path} cannot be opened"
                                  f" ({error.strerror})", "make the folder writable for the"
                                  " user running the bot") from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        holder = os.pread(fd, 20, 0).decode(errors="replace").strip() or "unknown"
        os.close(fd)
        raise DatabaseUnavailable(path, f"another msme-advisor run is using it (process"
                                  f" {holder})", "stop that one first, or give this one its own"
                                  " ADVISOR_DB") from error
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # named in the refusal of a second run
    return InstanceLock(fd, lock_path)


def unavailable(path: str | Path, error: sqlite3.Error) -> DatabaseUnavailable:
    """SQLite's error, met while opening or upgrading, in the words of DatabaseUnavailable."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_READONLY"):
        return DatabaseUnavailable(path, "the file is read-only", _READ_ONLY)
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return DatabaseUnavailable(path, f"it is damaged or not an SQLite database ({error})",
                                   "restore it from a backup, or move it aside and start"
                                   " again with an empty one")
    if name.startswith("SQLITE_FULL"):
        return DatabaseUnavailable(path, "the disk is full", "free some space and start again")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseUnavailable(path, "another program holds it locked",
                                   "stop that program (a backup, an sqlite3 shell) and start"
                                   " again")
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return DatabaseUnavailable(path, f"it cannot be opened ({error})",
                                   "check that it and its folder are readable and writable"
                                   " for the user running the bot")
    return DatabaseUnavailable(path, f"SQLite says: {error}",
                               "check the disk, or restore the file from a backup")


async def open_database(path: str | Path, backup_dir: Path | None = None) -> SerialConnection:
    """Open (creating or upgrading) the database at path; ":memory:" works too.

    Before an upgrade a copy is written to backup_dir (default: beside the database).
    Raises DatabaseUnavailable, never leaving a connection or its thread behind.
    """
    check_path(path)
    opened: list[sqlite3.Connection] = []

    def connect() -> sqlite3.Connection:
        # Used from the loop and from aiosqlite's thread, never at once (the lock).
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        opened.append(conn)
        return conn

    try:
        threaded = await aiosqlite.Connection(connect, 64)  # stops its thread if this fails
    except sqlite3.Error as error:
        raise unavailable(path, error) from error
    try:
        conn = opened[0]
        for pragma in ("busy_timeout = 5000", "journal_mode = WAL",
                       # NORMAL is durable across an application crash in WAL mode, and
                       # much faster than FULL.
                       "synchronous = NORMAL", "foreign_keys = ON",
                       # What is deleted is overwritten with zeros, not left in free pages
                       # where a copy of the file would still show it (some builds of
                       # SQLite do so by default, not all).
                       "secure_delete = ON"):
            conn.execute(f"PRAGMA {pragma}")
        db = SerialConnection(conn, threaded)
        await migrate(db, Path(path), backup_dir)
    except BaseException as error:
        await threaded.close()  # its thread would keep the process alive
        if isinstance(error, sqlite3.Error):
            raise unavailable(path, error) from error
        raise
    return db


async def check_database(path: str | Path, backup_dir: Path | None = None) -> None:
    """Open the database (creating or upgrading it) and close it; raises DatabaseUnavailable."""
    db = await open_database(path, backup_dir)
    await db.close()


async def migrate(db: SerialConnection, path: Path | None = None,
                  backup_dir: Path | None = None) -> None:
    """Apply the migrations this database has not seen yet, each in its own transaction.

    A database that has migrations this version does not know was written by a newer
    version: it is refused, untouched. An existing database is copied before an upgrade.
    """
    await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    async with db.execute("SELECT version FROM schema_version") as cursor:
        applied = {row[0] for row in await cursor.fetchall()}
    known = {version for version, _ in MIGRATIONS}
    if applied - known:
        raise DatabaseUnavailable(
            path or "in memory", f"it was written by a newer version of the advisor (database "
            f"version {max(applied)}; this version knows up to {max(known)})",
            "run that version, or restore the backup taken before it upgraded the database")
    pending = sorted(known - applied)
    if pending and applied and path is not None and str(path) != ":memory:":
        folder = backup_dir or path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseUnavailable(path, f"the backup folder {folder} cannot be created "
                                      f"({error.strerror})", "create it, or set "
                                      "ADVISOR_BACKUP_DIR to a writable folder") from None
        target = folder / stamped_name(path, time.time(), before_version=pending[0])
        async with db.lock:  # nothing else runs yet; the lock makes that plain
            copy = copy_from(db.conn, target, str(path))
        log.info("database copied to %s before its upgrade to version %s", copy.path,
                 pending[-1])
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
