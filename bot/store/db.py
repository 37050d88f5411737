"""The database: one serial SQLite connection, its transactions, opening and migrating.

SQLite through aiosqlite, in WAL mode. Each change is committed when it is made, so a crash
loses nothing that was acknowledged to a user. The repositories of `bot.store` share one
`SerialConnection`; SQL lives in them and here only.

The event loop never waits for the database. Short statements run on the loop with SQLite's
busy timeout at zero: if another process (a backup, an operator's sqlite3) holds the write
lock, the statement fails at once and is run again in the database thread, which may wait.
Every wait, for our own lock and then SQLite's, ends after `PATIENCE` seconds with
`StoreBusy`, which the error handler turns into "please try again". Long reads (/stats, a
person's export) run on a second, read-only connection in its own thread, so they hold up
neither the loop nor anyone's writes, and are interrupted after `SLOW_READ_LIMIT` seconds.
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
#: When the update the current task is processing has waited long enough for the database
#: (`SerialConnection.start_update`): its statements wait no longer than that in all.
_update_deadline: contextvars.ContextVar[float] = contextvars.ContextVar(
    "store_update_deadline", default=float("inf"))

#: The longest a statement or a transaction waits for the database, in seconds.
PATIENCE = 3.0
#: The longest a long read (statistics, an export) may run, in seconds.
SLOW_READ_LIMIT = 10.0
#: SQLite's primary result codes for "someone else holds the lock".
_LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class StoreBusy(Exception):
    """The database stayed locked, or a long read ran, past its time: try again later."""


def _is_locked(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite refused because another connection holds a lock."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _LOCKED


def _is_read(sql: str) -> bool:
    """A statement that changes nothing (SELECT, WITH ... SELECT, EXPLAIN)."""
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    return head in {"SELECT", "WITH", "EXPLAIN"} and "RETURNING" not in sql.upper()


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


#: Runs a statement given the moment its waiting must end (time.monotonic()).
_Run = Callable[[float], Awaitable[Any]]


class _Statement:
    """One statement on the shared connection, awaited or used as `async with ... as cursor`."""

    def __init__(self, run: _Run, db: SerialConnection) -> None:
        self._run, self._db = run, db
        self._cursor: Any = None

    async def _go(self) -> Any:
        deadline = min(time.monotonic() + PATIENCE, _update_deadline.get())
        if _holding.get():  # inside this task's transaction: the lock is already ours
            return await self._run(deadline)
        await self._db.acquire(deadline)
        try:
            return await self._run(deadline)
        finally:
            self._db.lock.release()

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
    cost more than running it (the benchmark's updates/s doubled; docs/BENCHMARKS.md). The
    thread takes a statement when the loop must not: one that would wait for another
    process's lock, or one that may touch many rows (`offload=True`: a broadcast's
    deliveries, erasing a person). Long reads go to `reader`, a second connection.
    """

    def __init__(self, conn: sqlite3.Connection, threaded: aiosqlite.Connection,
                 reader: aiosqlite.Connection | None = None) -> None:
        self.conn, self.threaded, self.reader = conn, threaded, reader
        self.lock = asyncio.Lock()
        #: Writes that may wait (`defer`): they join the next transaction, or `flush`.
        self.deferred: list[tuple[str, tuple[Any, ...]]] = []

    @staticmethod
    def start_update() -> None:
        """The current task begins an update: its statements wait PATIENCE in all, not each.

        Its reads come first and do not wait for another process's write lock, but they do
        queue behind a transaction that waits for it; a write would then wait as long again.
        """
        _update_deadline.set(time.monotonic() + PATIENCE)

    def defer(self, sql: str, parameters: Iterable[Any] = ()) -> None:
        """A write that can wait for the next transaction begun (of any task), or `flush`.

        It commits with that transaction's writes, at no commit of its own: the redelivery
        guard's update ids (bot/store/updates.py), one per update, cost a commit each.
        """
        self.deferred.append((sql, tuple(parameters)))

    async def flush(self) -> None:
        """Write the deferred writes now, in a transaction of their own."""
        if self.deferred:
            async with self.transaction():
                pass  # transaction() writes them first

    async def acquire(self, deadline: float) -> None:
        """Take the lock, or raise StoreBusy at the deadline."""
        if not self.lock.locked():  # the usual case: no timer to set up and cancel
            await self.lock.acquire()
            return
        try:
            async with asyncio.timeout(deadline - time.monotonic()):
                await self.lock.acquire()
        except TimeoutError:
            raise StoreBusy("the database is busy") from None

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
        await self.acquire(min(time.monotonic() + PATIENCE, _update_deadline.get()))
        token = _holding.set(True)
        try:
            await self.execute("BEGIN IMMEDIATE")
            writes, self.deferred = self.deferred, []
            try:
                for sql, parameters in writes:
                    await self.execute(sql, parameters)
                yield
            except BaseException:
                await self.execute("ROLLBACK")
                self.deferred[:0] = writes  # they wait for the next one
                raise
            await self.execute("COMMIT")
        finally:
            _holding.reset(token)
            self.lock.release()

    async def _in_thread(self, call: Callable[[aiosqlite.Connection], Awaitable[Any]],
                         deadline: float) -> Any:
        """Run `call` in the database thread, where SQLite may wait until the deadline."""
        wait_ms = max(0, int((deadline - time.monotonic()) * 1000))
        await self.threaded.execute(f"PRAGMA busy_timeout = {wait_ms}")
        try:
            return await call(self.threaded)
        except sqlite3.OperationalError as error:
            if _is_locked(error):
                raise StoreBusy("the database stayed locked") from error
            raise
        finally:
            await self.threaded.execute("PRAGMA busy_timeout = 0")

    def _statement(self, inline: Callable[[], Any],
                   threaded: Callable[[aiosqlite.Connection], Awaitable[Any]],
                   offload: bool) -> _Statement:
        """On the loop unless `offload`; in the thread when the loop would have to wait."""

        async def run(deadline: float) -> Any:
            if not offload:
                try:
                    return inline()
                except sqlite3.OperationalError as error:
                    if not _is_locked(error):
                        raise
            return await self._in_thread(threaded, deadline)

        return _Statement(run, self)

    def execute(self, sql: str, parameters: Iterable[Any] = (),
                offload: bool = False) -> _Statement:
        """Run one statement; await it for the cursor or use `async with`."""
        params = tuple(parameters)
        return self._statement(lambda: _Cursor(self.conn.execute(sql, params)),
                               lambda conn: conn.execute(sql, params), offload)

    def executemany(
        self, sql: str, parameters: Iterable[Iterable[Any]], offload: bool = False
    ) -> _Statement:
        """Run one statement for each parameter set."""
        rows = [tuple(p) for p in parameters]
        return self._statement(lambda: _Cursor(self.conn.executemany(sql, rows)),
                               lambda conn: conn.executemany(sql, rows), offload)

    def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] = (), offload: bool = False
    ) -> Awaitable[Any]:
        """Run one statement and return all its rows; a long read (offload) on the reader."""
        params = tuple(parameters)
        if offload and self.reader is not None and _is_read(sql) and not _holding.get():
            return self._slow_read(sql, params)
        return self._statement(lambda: self.conn.execute(sql, params).fetchall(),
                               lambda conn: conn.execute_fetchall(sql, params), offload)

    async def _slow_read(self, sql: str, params: tuple[Any, ...]) -> Any:
        """A long read on the read-only connection, interrupted past SLOW_READ_LIMIT."""
        assert self.reader is not None  # noqa: S101 - checked by the caller
        task = asyncio.ensure_future(self.reader.execute_fetchall(sql, params))
        try:
            return await asyncio.wait_for(asyncio.shield(task), SLOW_READ_LIMIT)
        except TimeoutError:
            await self.reader.interrupt()
            with contextlib.suppress(sqlite3.OperationalError):
                await task
            raise StoreBusy("the read took too long") from None
        except sqlite3.OperationalError as error:
            if _is_locked(error):
                raise StoreBusy("the database stayed locked") from error
            raise

    async def close(self) -> None:
        """Write what was deferred, close the connections (aiosqlite's threads end)."""
        try:
            await self.flush()
        except (StoreBusy, sqlite3.Error) as error:  # locked, read-only, full: they are lost
            log.warning("%d update id(s) not recorded at close: %s", len(self.deferred), error)
        async with self.lock:
            if self.reader is not None:
                await self.reader.close()
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
    db = None
    try:
        conn = opened[0]
        for pragma in ("journal_mode = WAL",
                       # NORMAL is durable across an application crash in WAL mode, and
                       # much faster than FULL.
                       "synchronous = NORMAL", "foreign_keys = ON",
                       # What is deleted is overwritten with zeros, not left in free pages
                       # where a copy of the file would still show it (some builds of
                       # SQLite do so by default, not all).
                       "secure_delete = ON"):
            conn.execute(f"PRAGMA {pragma}")
        db = SerialConnection(conn, threaded)
        # Start-up may wait for the lock (nobody is served yet); the loop never does after.
        conn.execute(f"PRAGMA busy_timeout = {int(PATIENCE * 1000)}")
        await migrate(db, Path(path), backup_dir)
        conn.execute("PRAGMA busy_timeout = 0")
        if not _in_memory(path):  # another connection would be another, empty database
            db.reader = await aiosqlite.connect(str(path), isolation_level=None)
            db.reader.row_factory = sqlite3.Row
            for pragma in ("query_only = ON", f"busy_timeout = {int(PATIENCE * 1000)}"):
                await db.reader.execute(f"PRAGMA {pragma}")
    except BaseException as error:
        # Their threads would keep the process alive.
        if db is not None:
            await db.close()
        else:
            await threaded.close()
        if isinstance(error, sqlite3.Error):
            raise unavailable(path, error) from error
        if isinstance(error, StoreBusy):
            raise DatabaseUnavailable(path, "another program holds it locked",
                                      "stop that program (a backup, an sqlite3 shell) and"
                                      " start again") from error
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
        statements = _statements(script)
        async with db.transaction():
            for statement in statements:
                await db.execute(statement)
            await db.execute("INSERT INTO schema_version VALUES (?)", (version,))


def _statements(script: str) -> list[str]:
    """A script's statements: split at semicolons that end one (a trigger holds several)."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip())
    return statements


async def schema_version(db: SerialConnection) -> int:
    """The newest migration applied."""
    async with db.execute("SELECT MAX(version) FROM schema_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row and row[0] is not None else 0
