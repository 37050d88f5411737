"""The one repository module: every SQL statement of the advisor lives here.

SQLite through aiosqlite, in WAL mode with a busy timeout. Each change is committed when
it is made, so a crash loses nothing that was acknowledged to a user.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dtm
import json
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite

from bot.relief import Programme

#: Versioned migrations. Append only: a database made by an earlier version is upgraded in order.
MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE users (
        user_id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        language TEXT NOT NULL,
        language_chosen INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        first_seen REAL NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'active',
        position INTEGER NOT NULL DEFAULT 0,
        message_id INTEGER,
        started_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE INDEX assessments_user ON assessments(user_id, status);
    CREATE TABLE answers (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        option_id TEXT NOT NULL,
        typed TEXT,
        answered_at REAL NOT NULL,
        PRIMARY KEY (assessment_id, question_id)
    );
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
        record TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX plans_user ON plans(user_id, id);
    CREATE TABLE processed_updates (
        update_id INTEGER PRIMARY KEY,
        seen_at REAL NOT NULL
    );
    """),
    (2, """
    ALTER TABLE users ADD COLUMN reminders INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE nudges (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'action',
        action TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        due_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at REAL,
        sent_at REAL,
        message_id INTEGER
    );
    CREATE INDEX nudges_due ON nudges(status, due_at);
    CREATE INDEX nudges_user ON nudges(user_id, status);
    CREATE TABLE action_progress (
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        done_at REAL NOT NULL,
        PRIMARY KEY (plan_id, action)
    );
    """),
    (3, """
    ALTER TABLE users ADD COLUMN updates INTEGER;
    CREATE TABLE staff (
        staff_id INTEGER PRIMARY KEY,
        added_by INTEGER NOT NULL,
        added_at REAL NOT NULL
    );
    CREATE TABLE member_groups (
        chat_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT ',',
        active INTEGER NOT NULL DEFAULT 1,
        added_by INTEGER,
        added_at REAL NOT NULL
    );
    CREATE TABLE broadcasts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        staff_id INTEGER NOT NULL,
        staff_chat_id INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'awaiting',
        from_chat_id INTEGER,
        message_id INTEGER,
        audience TEXT,
        progress_message_id INTEGER,
        created_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        user_id INTEGER,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL DEFAULT 0,
        error TEXT,
        updated_at REAL
    );
    CREATE INDEX deliveries_due ON deliveries(status, not_before, id);
    CREATE INDEX deliveries_broadcast ON deliveries(broadcast_id, status);
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        asked_at REAL NOT NULL,
        answered_by INTEGER,
        answered_at REAL
    );
    CREATE TABLE question_messages (
        chat_id INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        PRIMARY KEY (chat_id, message_id)
    )
    """),
    (4, """
    CREATE TABLE relief_added (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        apply TEXT NOT NULL,
        deadline TEXT,
        qualifies TEXT NOT NULL,
        added_by INTEGER NOT NULL,
        added_at REAL NOT NULL
    );
    CREATE TABLE relief_hidden (
        id TEXT PRIMARY KEY,
        hidden_by INTEGER NOT NULL,
        hidden_at REAL NOT NULL
    );
    CREATE TABLE pending_questions (
        user_id INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
        since REAL NOT NULL
    )
    """),
    (5, """
    CREATE TABLE descriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        language TEXT NOT NULL,
        answers TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX descriptions_user ON descriptions(user_id, id)
    """),
]

#: Update ids are remembered this long (Telegram redelivers for at most a day) ...
UPDATE_MEMORY_SECONDS = 7 * 24 * 3600
#: ... and pruned when an update id is a multiple of this.
UPDATE_PRUNE_EVERY = 1000

#: Nudge states: pending -> sending -> sent (then done/snoozed back to pending) or failed;
#: off (reminders stopped), blocked (user blocked the bot), superseded (a newer plan).
NUDGE_STATES = ("pending", "sending", "sent", "done", "failed", "off", "blocked", "superseded")


#: Delivery states: pending -> sending -> sent, or failed / blocked (see bot/broadcast.py).
DELIVERY_STATES = ("pending", "sending", "sent", "failed", "blocked")


@dataclass(frozen=True)
class User:
    """A person who talked to the advisor in a private chat."""

    user_id: int
    chat_id: int
    language: str
    language_chosen: bool


@dataclass(frozen=True)
class Assessment:
    """An assessment in progress: where the user is, and what they answered so far."""

    id: int
    position: int
    message_id: int | None
    answers: dict[str, str]


@dataclass(frozen=True)
class Description:
    """The answers read from a one-off description (/plan <text>); the text is not kept."""

    id: int
    user_id: int
    chat_id: int
    language: str
    answers: dict[str, str]


@dataclass(frozen=True)
class StoredPlan:
    """A plan as it was made."""

    id: int
    record: dict[str, Any]
    created_at: float


@dataclass(frozen=True)
class Nudge:
    """A follow-up reminder, with what is needed to send it."""

    id: int
    user_id: int
    chat_id: int
    language: str
    plan_id: int
    kind: str
    action: str
    status: str
    attempts: int
    due_at: float


_NUDGE_COLUMNS = (
    "n.id, n.user_id, u.chat_id, u.language, n.plan_id, n.kind, n.action, n.status,"
    " n.attempts, n.due_at"
)


#: Set while the current task holds the store's lock (inside `Store.transaction`).
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
    uncommitted rows. Every statement therefore takes the lock that `Store.transaction`
    holds for a whole transaction.

    Statements run on the event loop itself: the advisor's are indexed lookups and
    single-row writes of a few microseconds, and handing each to aiosqlite's worker thread
    cost more than running it (the benchmark's updates/s doubled; docs/BENCHMARKS.md).
    Statements that may touch many rows (exports, erasure, statistics, a broadcast's
    deliveries) pass `offload=True` to `execute_fetchall` or `executemany` and run on
    aiosqlite's thread over the same connection, under the same lock, so the loop keeps
    serving other users meanwhile.
    """

    def __init__(
        self, conn: sqlite3.Connection, threaded: aiosqlite.Connection, lock: asyncio.Lock
    ) -> None:
        self.conn, self.threaded, self.lock = conn, threaded, lock

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


def _compact(value: Any) -> Any:
    """Lists as tuples, strings interned: the same ids recur in every plan."""
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, list):
        return tuple(_compact(item) for item in value)
    if isinstance(value, dict):
        return {sys.intern(key): _compact(item) for key, item in value.items()}
    return value


def plan_record(text: str) -> dict[str, Any]:
    """A stored plan's record, read-only and compact.

    A decoded plan is mostly action and question ids; decoded naively each plan held its
    own copies (about 4.7 KB each), interned and in tuples they are shared (see the memory
    benchmark in docs/BENCHMARKS.md).
    """
    record: dict[str, Any] = _compact(json.loads(text))
    return record


class Store:
    """Async access to the advisor's SQLite database."""

    def __init__(self, conn: sqlite3.Connection, threaded: aiosqlite.Connection) -> None:
        # One connection is shared by handlers for many users at once, the nudge tick and
        # the broadcast worker: statements and transactions take turns (SerialConnection).
        self._tx_lock = asyncio.Lock()
        self.db = SerialConnection(conn, threaded, self._tx_lock)

    @classmethod
    async def open(cls, path: str | Path) -> Store:
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
        store = cls(conn, threaded)
        await store.migrate()
        return store

    async def close(self) -> None:
        """Close the connection."""
        await self.db.close()

    async def migrate(self) -> None:
        """Apply the migrations this database has not seen yet, each in its own transaction."""
        await self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)"
        )
        async with self.db.execute("SELECT version FROM schema_version") as cursor:
            applied = {row[0] for row in await cursor.fetchall()}
        # Any version not applied yet, in order: migrations made on parallel branches may
        # arrive after a later one was applied.
        for version, script in sorted(MIGRATIONS):
            if version in applied:
                continue
            statements = [s for s in script.split(";") if s.strip()]
            async with self.transaction():
                for statement in statements:
                    await self.db.execute(statement)
                await self.db.execute("INSERT INTO schema_version VALUES (?)", (version,))

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One write transaction: committed as a whole or not at all."""
        async with self._tx_lock:
            token = _holding.set(True)
            try:
                await self.db.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    await self.db.execute("ROLLBACK")
                    raise
                await self.db.execute("COMMIT")
            finally:
                _holding.reset(token)

    async def schema_version(self) -> int:
        """The newest migration applied."""
        async with self.db.execute("SELECT MAX(version) FROM schema_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # --- updates -------------------------------------------------------------------------

    async def first_sight_of_update(self, update_id: int) -> bool:
        """Record an update id; False when it was processed before (a redelivery).

        Telegram keeps an unconfirmed update for at most 24 hours, so ids older than a week
        can never come back: every 1,000th update prunes them, and the table stays the size
        of a week's traffic instead of growing for ever.
        """
        now = time.time()
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO processed_updates VALUES (?, ?)", (update_id, now)
        )
        if update_id % UPDATE_PRUNE_EVERY == 0:
            await self.db.execute("DELETE FROM processed_updates WHERE seen_at < ?",
                                  (now - UPDATE_MEMORY_SECONDS,))
        return cursor.rowcount == 1

    # --- users ---------------------------------------------------------------------------

    async def user(self, user_id: int) -> User | None:
        """The stored user, if any."""
        # execute_fetchall is one round trip to aiosqlite's thread; execute + fetchone + the
        # cursor's close are three, and each wakes the event loop (see docs/BENCHMARKS.md).
        rows = list(await self.db.execute_fetchall(
            "SELECT user_id, chat_id, language, language_chosen FROM users WHERE user_id = ?",
            (user_id,),
        ))
        row = rows[0] if rows else None
        return User(row[0], row[1], row[2], bool(row[3])) if row else None

    async def ensure_user(self, user_id: int, chat_id: int, language: str) -> User:
        """Return the user, creating them with the language Telegram reports."""
        await self.db.execute(
            "INSERT INTO users (user_id, chat_id, language, first_seen) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, active = 1",
            (user_id, chat_id, language, time.time()),
        )
        user = await self.user(user_id)
        assert user is not None  # noqa: S101 - just written
        return user

    async def set_language(self, user_id: int, language: str) -> None:
        """Store the language the user chose."""
        await self.db.execute(
            "UPDATE users SET language = ?, language_chosen = 1 WHERE user_id = ?",
            (language, user_id),
        )

    # --- assessments ---------------------------------------------------------------------

    async def start_assessment(self, user_id: int) -> int:
        """Begin a new assessment, cancelling any that was open (and an awaited question)."""
        async with self.transaction():
            # Typed text is an answer again: a question awaited from "Ask an advisor" is dropped.
            await self.db.execute("DELETE FROM pending_questions WHERE user_id = ?", (user_id,))
            await self.db.execute(
                "UPDATE assessments SET status = 'cancelled', finished_at = ?"
                " WHERE user_id = ? AND status = 'active'",
                (time.time(), user_id),
            )
            cursor = await self.db.execute(
                "INSERT INTO assessments (user_id, started_at) VALUES (?, ?)",
                (user_id, time.time()),
            )
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def active_assessment(self, user_id: int) -> Assessment | None:
        """The user's open assessment with its answers so far."""
        # One query, one round trip (was two queries, six round trips).
        rows = list(await self.db.execute_fetchall(
            "SELECT a.id, a.position, a.message_id, n.question_id, n.option_id"
            " FROM (SELECT id, position, message_id FROM assessments"
            "       WHERE user_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1) a"
            " LEFT JOIN answers n ON n.assessment_id = a.id",
            (user_id,),
        ))
        if not rows:
            return None
        answers = {r[3]: r[4] for r in rows if r[3] is not None}
        return Assessment(rows[0][0], rows[0][1], rows[0][2], answers)

    async def record_answer(
        self, assessment_id: int, question_id: str, option_id: str | None,
        typed: str | None, next_position: int, drop: Iterable[str] = (),
    ) -> None:
        """Store an answer (None: skipped) and move on, in one transaction.

        `drop` names questions whose answers no longer count (they no longer apply).
        """
        async with self.transaction():
            await self.db.executemany(
                "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                [(assessment_id, dropped) for dropped in drop],
            )
            if option_id is None:
                await self.db.execute(
                    "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                    (assessment_id, question_id),
                )
            else:
                await self.db.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                    (assessment_id, question_id, option_id, typed, time.time()),
                )
            await self.db.execute(
                "UPDATE assessments SET position = ? WHERE id = ?", (next_position, assessment_id)
            )

    async def move_to(self, assessment_id: int, position: int) -> None:
        """Go to another question (Back)."""
        await self.db.execute(
            "UPDATE assessments SET position = ? WHERE id = ?", (position, assessment_id)
        )

    async def set_question_message(self, assessment_id: int, message_id: int) -> None:
        """Remember which message shows the current question."""
        await self.db.execute(
            "UPDATE assessments SET message_id = ? WHERE id = ?", (message_id, assessment_id)
        )

    async def cancel_assessment(self, user_id: int) -> bool:
        """Stop the open assessment; False when there was none."""
        cursor = await self.db.execute(
            "UPDATE assessments SET status = 'cancelled', finished_at = ?"
            " WHERE user_id = ? AND status = 'active'",
            (time.time(), user_id),
        )
        return cursor.rowcount > 0

    async def finish_assessment(
        self, user_id: int, assessment_id: int, record: dict[str, Any],
        nudges: list[tuple[str, str, float]] | None = None,
    ) -> int:
        """Close the assessment and store its plan (and its nudges: kind, action, due) together."""
        async with self.transaction():
            await self.db.execute(
                "UPDATE assessments SET status = 'done', finished_at = ? WHERE id = ?",
                (time.time(), assessment_id),
            )
            cursor = await self.db.execute(
                "INSERT INTO plans (user_id, assessment_id, record, created_at)"
                " VALUES (?, ?, ?, ?)",
                (user_id, assessment_id, json.dumps(record), time.time()),
            )
            plan_id = cursor.lastrowid
            assert plan_id is not None  # noqa: S101
            if nudges:
                await self._add_nudges(user_id, plan_id, nudges)
        return plan_id

    async def latest_plan(self, user_id: int) -> StoredPlan | None:
        """The user's most recent plan."""
        async with self.db.execute(
            "SELECT id, record, created_at FROM plans WHERE user_id = ? ORDER BY id DESC LIMIT 1",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return StoredPlan(row[0], plan_record(row[1]), row[2]) if row else None

    # --- descriptions (/plan <text>) ------------------------------------------------------

    async def save_description(
        self, user_id: int, chat_id: int, language: str, answers: dict[str, str]
    ) -> int:
        """Store the answers read from a description; the user need not have a private chat."""
        now = time.time()
        cursor = await self.db.execute(
            "INSERT INTO descriptions (user_id, chat_id, language, answers, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (user_id, chat_id, language, json.dumps(answers), now, now),
        )
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def latest_description(self, user_id: int) -> Description | None:
        """The user's newest description, from any chat."""
        rows = list(await self.db.execute_fetchall(
            "SELECT id, user_id, chat_id, language, answers FROM descriptions"
            " WHERE user_id = ? ORDER BY id DESC LIMIT 1", (user_id,),
        ))
        if not rows:
            return None
        row = rows[0]
        return Description(row[0], row[1], row[2], row[3], json.loads(row[4]))

    async def correct_description(self, description_id: int, answers: dict[str, str]) -> None:
        """Replace a description's answers after the user corrected one."""
        await self.db.execute(
            "UPDATE descriptions SET answers = ?, updated_at = ? WHERE id = ?",
            (json.dumps(answers), time.time(), description_id),
        )

    async def add_plan(
        self, user_id: int, record: dict[str, Any],
        nudges: list[tuple[str, str, float]] | None = None,
    ) -> int:
        """Store a plan made without an assessment (from a description) as the latest one.

        Its nudges replace the waiting ones of an earlier plan, as a finished assessment's do.
        """
        async with self.transaction():
            cursor = await self.db.execute(
                "INSERT INTO plans (user_id, record, created_at) VALUES (?, ?, ?)",
                (user_id, json.dumps(record), time.time()),
            )
            plan_id = cursor.lastrowid
            assert plan_id is not None  # noqa: S101
            if nudges:
                await self._add_nudges(user_id, plan_id, nudges)
        return plan_id

    async def _personal_tables(self) -> list[str]:
        """Tables holding a user_id column: what one person's data is spread over."""
        async with self.db.execute(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
            " WHERE m.type = 'table' AND c.name = 'user_id' ORDER BY m.name"
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def personal_data(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Everything stored about one user, table by table (answers through assessments)."""
        data: dict[str, list[dict[str, Any]]] = {}
        for table in await self._personal_tables():
            rows = await self.db.execute_fetchall(
                f"SELECT * FROM {table} WHERE user_id = ?", (user_id,),  # noqa: S608 - names from sqlite_master
                offload=True)
            data[table] = [dict(row) for row in rows]
        rows = await self.db.execute_fetchall(
            "SELECT answers.* FROM answers JOIN assessments a ON a.id = answers.assessment_id"
            " WHERE a.user_id = ?", (user_id,), offload=True)
        data["answers"] = [dict(row) for row in rows]
        for plan in data.get("plans", []):
            plan["record"] = json.loads(plan["record"])
        return data

    async def delete_user(self, user_id: int) -> None:
        """Erase everything stored about a user, in one transaction."""
        tables = await self._personal_tables()
        async with self.transaction():
            await self.db.execute(
                "DELETE FROM answers WHERE assessment_id IN"
                " (SELECT id FROM assessments WHERE user_id = ?)", (user_id,)
            )
            # Children first: every table but users, then the user row itself.
            for table in sorted(tables, key=lambda name: name == "users"):
                await self.db.execute(
                    f"DELETE FROM {table} WHERE user_id = ?", (user_id,)  # noqa: S608
                )

    async def count(self, table: str) -> int:
        """Rows in a table (for tests and reports); table names are not user input."""
        if table not in {"users", "assessments", "answers", "plans", "processed_updates",
                         "nudges", "action_progress", "staff", "member_groups", "broadcasts",
                         "deliveries", "questions", "relief_added", "relief_hidden",
                         "pending_questions", "descriptions"}:
            raise ValueError(f"unknown table {table}")
        async with self.db.execute(f"SELECT COUNT(*) FROM {table}") as cursor:  # noqa: S608
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    # --- nudges --------------------------------------------------------------------------

    async def _add_nudges(
        self, user_id: int, plan_id: int, nudges: list[tuple[str, str, float]]
    ) -> None:
        """Inside a transaction: replace the user's waiting nudges by those of a new plan."""
        await self.db.execute(
            "UPDATE nudges SET status = 'superseded'"
            " WHERE user_id = ? AND status IN ('pending', 'off', 'sent')",
            (user_id,),
        )
        await self.db.executemany(
            "INSERT INTO nudges (user_id, plan_id, kind, action, due_at, status)"
            " SELECT user_id, ?, ?, ?, ?,"
            " CASE WHEN reminders = 1 AND active = 1 THEN 'pending' ELSE 'off' END"
            " FROM users WHERE user_id = ?",
            [(plan_id, kind, action, due, user_id) for kind, action, due in nudges],
        )

    async def claim_due(self, now: float, limit: int) -> list[Nudge]:
        """Move up to `limit` due nudges from pending to sending, oldest first, atomically."""
        async with self.transaction():
            async with self.db.execute(
                "SELECT id FROM nudges WHERE status = 'pending' AND due_at <= ?"
                " ORDER BY due_at LIMIT ?",
                (now, limit),
            ) as cursor:
                ids = [row[0] for row in await cursor.fetchall()]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            await self.db.execute(
                f"UPDATE nudges SET status = 'sending', claimed_at = ?, attempts = attempts + 1"  # noqa: S608
                f" WHERE id IN ({marks})",
                (now, *ids),
            )
            async with self.db.execute(
                f"SELECT {_NUDGE_COLUMNS} FROM nudges n JOIN users u USING (user_id)"  # noqa: S608
                f" WHERE n.id IN ({marks}) ORDER BY n.due_at",
                ids,
            ) as cursor:
                rows = await cursor.fetchall()
        return [Nudge(*row) for row in rows]

    async def requeue_in_flight(self) -> int:
        """After a crash: nudges left in 'sending' go back to pending (they may repeat once)."""
        cursor = await self.db.execute(
            "UPDATE nudges SET status = 'pending' WHERE status = 'sending'"
        )
        return cursor.rowcount

    async def nudge_sent(self, nudge_id: int, message_id: int) -> None:
        """A nudge reached Telegram."""
        await self.db.execute(
            "UPDATE nudges SET status = 'sent', sent_at = ?, message_id = ?"
            " WHERE id = ? AND status = 'sending'",
            (time.time(), message_id, nudge_id),
        )

    async def nudge_retry(self, nudge_id: int, due_at: float, max_attempts: int) -> None:
        """Sending failed for a passing reason: try again later, or give up after max_attempts."""
        await self.db.execute(
            "UPDATE nudges SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END,"
            " due_at = ? WHERE id = ? AND status = 'sending'",
            (max_attempts, due_at, nudge_id),
        )

    async def nudge_failed(self, nudge_id: int) -> None:
        """Sending failed for good."""
        await self.db.execute(
            "UPDATE nudges SET status = 'failed' WHERE id = ? AND status = 'sending'", (nudge_id,)
        )

    async def nudge(self, nudge_id: int) -> Nudge | None:
        """One nudge by id."""
        async with self.db.execute(
            f"SELECT {_NUDGE_COLUMNS} FROM nudges n JOIN users u USING (user_id)"  # noqa: S608
            " WHERE n.id = ?",
            (nudge_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return Nudge(*row) if row else None

    async def complete_action(self, nudge_id: int) -> bool:
        """Done pressed on a sent nudge: record the action as done; False if it was not open."""
        async with self.transaction():
            cursor = await self.db.execute(
                "UPDATE nudges SET status = 'done' WHERE id = ? AND status = 'sent'", (nudge_id,)
            )
            if cursor.rowcount != 1:
                return False
            await self.db.execute(
                "INSERT OR IGNORE INTO action_progress (user_id, plan_id, action, done_at)"
                " SELECT user_id, plan_id, action, ? FROM nudges WHERE id = ?",
                (time.time(), nudge_id),
            )
            # The other nudges of the same action (the month one after the week one) are moot.
            await self.db.execute(
                "UPDATE nudges SET status = 'done' WHERE status IN ('pending', 'off')"
                " AND (plan_id, action) = (SELECT plan_id, action FROM nudges WHERE id = ?)",
                (nudge_id,),
            )
        return True

    async def close_nudge(self, nudge_id: int) -> bool:
        """A sent nudge was acted on (the re-check accepted); False if it was not open."""
        cursor = await self.db.execute(
            "UPDATE nudges SET status = 'done' WHERE id = ? AND status = 'sent'", (nudge_id,)
        )
        return cursor.rowcount == 1

    async def snooze(self, nudge_id: int, due_at: float) -> bool:
        """Later pressed on a sent nudge: back to pending; False if it was not open."""
        cursor = await self.db.execute(
            "UPDATE nudges SET status = 'pending', due_at = ? WHERE id = ? AND status = 'sent'",
            (due_at, nudge_id),
        )
        return cursor.rowcount == 1

    async def set_reminders(self, user_id: int, on: bool, now: float) -> None:
        """Turn a user's reminders on (stopped ones come back, due now at the earliest) or off."""
        async with self.transaction():
            await self.db.execute(
                "UPDATE users SET reminders = ? WHERE user_id = ?", (int(on), user_id)
            )
            if on:
                await self.db.execute(
                    "UPDATE nudges SET status = 'pending', due_at = MAX(due_at, ?)"
                    " WHERE user_id = ? AND status = 'off'",
                    (now, user_id),
                )
            else:
                await self.db.execute(
                    "UPDATE nudges SET status = 'off'"
                    " WHERE user_id = ? AND status IN ('pending', 'sent')",
                    (user_id,),
                )

    async def reminders_on(self, user_id: int) -> bool:
        """Whether the user wants reminders."""
        async with self.db.execute(
            "SELECT reminders FROM users WHERE user_id = ?", (user_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return bool(row[0]) if row else True

    async def set_active(self, user_id: int, active: bool) -> None:
        """Blocked (403 or my_chat_member kicked): inactive, waiting nudges cancelled; or back."""
        async with self.transaction():
            await self.db.execute(
                "UPDATE users SET active = ? WHERE user_id = ?", (int(active), user_id)
            )
            if not active:
                await self.db.execute(
                    "UPDATE nudges SET status = 'blocked'"
                    " WHERE user_id = ? AND status IN ('pending', 'sending', 'off')",
                    (user_id,),
                )

    async def is_active(self, user_id: int) -> bool:
        """False once the user blocked the bot."""
        async with self.db.execute("SELECT active FROM users WHERE user_id = ?",
                                   (user_id,)) as cursor:
            row = await cursor.fetchone()
        return bool(row[0]) if row else False

    async def done_actions(self, plan_id: int) -> set[str]:
        """Actions of a plan marked done."""
        async with self.db.execute(
            "SELECT action FROM action_progress WHERE plan_id = ?", (plan_id,)
        ) as cursor:
            return {row[0] for row in await cursor.fetchall()}

    async def nudge_counts(self) -> dict[str, int]:
        """Nudges per status (for tests, benchmarks and reports)."""
        async with self.db.execute(
            "SELECT status, COUNT(*) FROM nudges GROUP BY status"
        ) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def explain_claim(self) -> list[str]:
        """EXPLAIN QUERY PLAN of the claim query (the benchmark shows it uses nudges_due)."""
        async with self.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM nudges WHERE status = 'pending' AND due_at <= ?"
            " ORDER BY due_at LIMIT ?",
            (time.time(), 100),
        ) as cursor:
            return [str(row[3]) for row in await cursor.fetchall()]


    # --- support organisation: staff, member groups, opt-in (issue 5) ---------------------

    async def stored_staff(self) -> list[int]:
        """Staff added with /admin add (the ADVISOR_ADMIN_IDS are not stored)."""
        async with self.db.execute("SELECT staff_id FROM staff ORDER BY staff_id") as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def add_staff(self, staff_id: int, added_by: int) -> bool:
        """Store a staff member; False when they were already stored."""
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO staff VALUES (?, ?, ?)", (staff_id, added_by, time.time())
        )
        return cursor.rowcount == 1

    async def remove_staff(self, staff_id: int) -> bool:
        """Remove a stored staff member; False when there was none."""
        cursor = await self.db.execute("DELETE FROM staff WHERE staff_id = ?", (staff_id,))
        return cursor.rowcount == 1

    async def register_group(self, chat_id: int, title: str, added_by: int | None) -> None:
        """Register (or reactivate) a member group, keeping its tags."""
        await self.db.execute(
            "INSERT INTO member_groups (chat_id, title, added_by, added_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(chat_id) DO UPDATE SET title = excluded.title, active = 1,"
            " added_by = excluded.added_by",
            (chat_id, title, added_by, time.time()),
        )

    async def set_group_active(self, chat_id: int, active: bool) -> bool:
        """Mark a registered group active or inactive; False when it is not registered."""
        cursor = await self.db.execute(
            "UPDATE member_groups SET active = ? WHERE chat_id = ?", (int(active), chat_id)
        )
        return cursor.rowcount == 1

    async def migrate_group(self, old_id: int, new_id: int) -> bool:
        """Move a group's registration (and its pending deliveries) to its supergroup id."""
        async with self.transaction():
            cursor = await self.db.execute(
                "UPDATE OR IGNORE member_groups SET chat_id = ? WHERE chat_id = ?",
                (new_id, old_id),
            )
            moved = cursor.rowcount == 1
            await self.db.execute(
                "UPDATE deliveries SET chat_id = ? WHERE chat_id = ? AND status = 'pending'",
                (new_id, old_id),
            )
        return moved

    async def groups(self, tag: str | None = None, active_only: bool = False) -> list[Group]:
        """Registered member groups, optionally with one tag or only the active ones."""
        sql = "SELECT chat_id, title, tags, active FROM member_groups WHERE 1 = 1"
        args: list[Any] = []
        if tag is not None:
            sql += " AND instr(tags, ?) > 0"
            args.append(f",{tag},")
        if active_only:
            sql += " AND active = 1"
        async with self.db.execute(sql + " ORDER BY title, chat_id", args) as cursor:
            rows = await cursor.fetchall()
        return [Group(r[0], r[1], tuple(t for t in r[2].split(",") if t), bool(r[3]))
                for r in rows]

    async def tag_group(self, chat_id: int, tag: str, add: bool = True) -> bool:
        """Add (or remove) a tag on a group; False when the group is not registered."""
        groups = [g for g in await self.groups() if g.chat_id == chat_id]
        if not groups:
            return False
        tags = set(groups[0].tags)
        if add:
            tags.add(tag)
        else:
            tags.discard(tag)
        await self.db.execute(
            "UPDATE member_groups SET tags = ? WHERE chat_id = ?",
            ("," + "".join(f"{t}," for t in sorted(tags)), chat_id),
        )
        return True

    async def set_updates(self, user_id: int, on: bool) -> None:
        """Opt a user in to (or out of) the organisation's updates."""
        await self.db.execute("UPDATE users SET updates = ? WHERE user_id = ?",
                              (int(on), user_id))

    async def updates_choice(self, user_id: int) -> bool | None:
        """The user's opt-in: True, False, or None when never asked."""
        async with self.db.execute("SELECT updates FROM users WHERE user_id = ?",
                                   (user_id,)) as cursor:
            row = await cursor.fetchone()
        return None if row is None or row[0] is None else bool(row[0])

    async def opted_in(self) -> list[tuple[int, int]]:
        """(user_id, chat_id) of active users who opted in to updates."""
        async with self.db.execute(
            "SELECT user_id, chat_id FROM users WHERE updates = 1 AND active = 1 ORDER BY user_id"
        ) as cursor:
            return [(r[0], r[1]) for r in await cursor.fetchall()]

    # --- broadcasts ----------------------------------------------------------------------

    async def new_broadcast(self, staff_id: int, staff_chat_id: int) -> int:
        """Start a draft that awaits its content; earlier unsent drafts are dropped."""
        async with self.transaction():
            await self.db.execute(
                "UPDATE broadcasts SET status = 'cancelled' WHERE staff_id = ?"
                " AND status IN ('awaiting', 'draft')", (staff_id,))
            cursor = await self.db.execute(
                "INSERT INTO broadcasts (staff_id, staff_chat_id, created_at) VALUES (?, ?, ?)",
                (staff_id, staff_chat_id, time.time()))
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def broadcast(self, broadcast_id: int) -> Broadcast | None:
        """One broadcast by id."""
        async with self.db.execute(
            "SELECT id, staff_id, staff_chat_id, status, from_chat_id, message_id, audience,"
            " progress_message_id FROM broadcasts WHERE id = ?", (broadcast_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return Broadcast(*row) if row else None

    async def awaiting_broadcast(self, staff_id: int) -> int | None:
        """The staff member's draft that waits for its content, if any."""
        async with self.db.execute(
            "SELECT id FROM broadcasts WHERE staff_id = ? AND status = 'awaiting'"
            " ORDER BY id DESC LIMIT 1", (staff_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def set_broadcast_content(
        self, broadcast_id: int, from_chat_id: int, message_id: int
    ) -> None:
        """The message to copy: the draft now needs an audience."""
        await self.db.execute(
            "UPDATE broadcasts SET from_chat_id = ?, message_id = ?, status = 'draft'"
            " WHERE id = ? AND status = 'awaiting'", (from_chat_id, message_id, broadcast_id))

    async def set_broadcast_audience(self, broadcast_id: int, audience: str) -> bool:
        """Choose the audience of a draft; False when it is no longer a draft."""
        cursor = await self.db.execute(
            "UPDATE broadcasts SET audience = ? WHERE id = ? AND status = 'draft'",
            (audience, broadcast_id))
        return cursor.rowcount == 1

    async def cancel_broadcast(self, broadcast_id: int) -> bool:
        """Drop a draft; False when it was already sent or cancelled."""
        cursor = await self.db.execute(
            "UPDATE broadcasts SET status = 'cancelled' WHERE id = ?"
            " AND status IN ('awaiting', 'draft')", (broadcast_id,))
        return cursor.rowcount == 1

    async def start_broadcast(
        self, broadcast_id: int, recipients: list[tuple[int, int | None]],
        progress_message_id: int | None,
    ) -> bool:
        """Write the broadcast and one delivery per (chat_id, user_id), in one transaction.

        False when the draft was already sent or cancelled (a second press of Send).
        """
        async with self.transaction():
            cursor = await self.db.execute(
                "UPDATE broadcasts SET status = 'sending', progress_message_id = ?"
                " WHERE id = ? AND status = 'draft'", (progress_message_id, broadcast_id))
            if cursor.rowcount != 1:
                return False
            await self.db.executemany(
                "INSERT INTO deliveries (broadcast_id, chat_id, user_id) VALUES (?, ?, ?)",
                [(broadcast_id, chat, user) for chat, user in recipients], offload=True)
        return True

    async def recover_deliveries(self) -> int:
        """After a crash: deliveries left 'sending' go back to 'pending' (may duplicate)."""
        cursor = await self.db.execute(
            "UPDATE deliveries SET status = 'pending' WHERE status = 'sending'")
        return cursor.rowcount

    async def claim_deliveries(self, limit: int, now: float) -> list[Delivery]:
        """Move up to `limit` due pending deliveries to 'sending' and return them."""
        async with self.transaction():
            async with self.db.execute(
                "SELECT d.id, d.broadcast_id, d.chat_id, d.user_id, d.attempts,"
                " b.from_chat_id, b.message_id FROM deliveries d"
                " JOIN broadcasts b ON b.id = d.broadcast_id"
                " WHERE d.status = 'pending' AND d.not_before <= ? ORDER BY d.id LIMIT ?",
                (now, limit),
            ) as cursor:
                rows = await cursor.fetchall()
            await self.db.executemany(
                "UPDATE deliveries SET status = 'sending', updated_at = ? WHERE id = ?",
                [(now, row[0]) for row in rows])
        return [Delivery(*row) for row in rows]

    async def finish_delivery(
        self, delivery_id: int, status: str, error: str | None = None,
        chat_id: int | None = None,
    ) -> None:
        """Record the outcome of one delivery: sent, failed or blocked (maybe to a new chat)."""
        if status not in DELIVERY_STATES:
            raise ValueError(status)
        await self.db.execute(
            "UPDATE deliveries SET status = ?, error = ?, attempts = attempts + 1,"
            " chat_id = COALESCE(?, chat_id), updated_at = ? WHERE id = ?",
            (status, error, chat_id, time.time(), delivery_id))

    async def retry_delivery(
        self, delivery_id: int, not_before: float, error: str | None,
        chat_id: int | None = None, count_attempt: bool = True,
    ) -> None:
        """Put a delivery back in the queue, not before a time (and maybe to a new chat)."""
        await self.db.execute(
            "UPDATE deliveries SET status = 'pending', not_before = ?, error = ?,"
            " attempts = attempts + ?, chat_id = COALESCE(?, chat_id), updated_at = ?"
            " WHERE id = ?",
            (not_before, error, int(count_attempt), chat_id, time.time(), delivery_id))

    async def next_due(self) -> float | None:
        """When the earliest pending delivery becomes due; None when none is pending."""
        async with self.db.execute(
            "SELECT MIN(not_before) FROM deliveries WHERE status = 'pending'") as cursor:
            row = await cursor.fetchone()
        return float(row[0]) if row and row[0] is not None else None

    async def delivery_counts(self, broadcast_id: int) -> dict[str, int]:
        """Deliveries of a broadcast by status."""
        async with self.db.execute(
            "SELECT status, COUNT(*) FROM deliveries WHERE broadcast_id = ? GROUP BY status",
            (broadcast_id,)) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def delivery_errors(self, broadcast_id: int) -> dict[str, int]:
        """Failed deliveries of a broadcast, counted by reason."""
        async with self.db.execute(
            "SELECT error, COUNT(*) FROM deliveries WHERE broadcast_id = ? AND status = 'failed'"
            " GROUP BY error ORDER BY COUNT(*) DESC", (broadcast_id,)) as cursor:
            return {str(row[0]): row[1] for row in await cursor.fetchall()}

    async def sending_broadcasts(self) -> list[int]:
        """Broadcasts still being delivered."""
        async with self.db.execute(
            "SELECT id FROM broadcasts WHERE status = 'sending' ORDER BY id") as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def complete_broadcast(self, broadcast_id: int) -> bool:
        """Mark a broadcast done once nothing of it is pending or sending."""
        cursor = await self.db.execute(
            "UPDATE broadcasts SET status = 'done', finished_at = ? WHERE id = ?"
            " AND status = 'sending' AND NOT EXISTS (SELECT 1 FROM deliveries WHERE"
            " broadcast_id = ? AND status IN ('pending', 'sending'))",
            (time.time(), broadcast_id, broadcast_id))
        return cursor.rowcount == 1

    # --- questions to a human ------------------------------------------------------------

    async def ask_question(self, user_id: int, text: str) -> int:
        """Store an owner's question for the staff."""
        cursor = await self.db.execute(
            "INSERT INTO questions (user_id, text, asked_at) VALUES (?, ?, ?)",
            (user_id, text, time.time()))
        assert cursor.lastrowid is not None  # noqa: S101
        return cursor.lastrowid

    async def note_question_message(self, chat_id: int, message_id: int,
                                    question_id: int) -> None:
        """Remember the staff-side message that carries a question (replies answer it)."""
        await self.db.execute("INSERT OR REPLACE INTO question_messages VALUES (?, ?, ?)",
                              (chat_id, message_id, question_id))

    async def question_asker(self, chat_id: int, message_id: int) -> tuple[int, int] | None:
        """(question id, owner's chat id) for a staff-side question message."""
        async with self.db.execute(
            "SELECT q.id, u.chat_id FROM question_messages m JOIN questions q"
            " ON q.id = m.question_id JOIN users u ON u.user_id = q.user_id"
            " WHERE m.chat_id = ? AND m.message_id = ?", (chat_id, message_id)) as cursor:
            row = await cursor.fetchone()
        return (int(row[0]), int(row[1])) if row else None

    async def answer_question(self, question_id: int, staff_id: int) -> None:
        """Record who answered a question."""
        await self.db.execute(
            "UPDATE questions SET answered_by = ?, answered_at = ? WHERE id = ?",
            (staff_id, time.time(), question_id))

    async def await_question(self, user_id: int) -> None:
        """The owner pressed "Ask an advisor": their next text in the private chat is it."""
        await self.db.execute("INSERT OR REPLACE INTO pending_questions VALUES (?, ?)",
                              (user_id, time.time()))

    async def question_pending(self, user_id: int) -> bool:
        """Whether the owner's next text is a question for the staff."""
        rows = list(await self.db.execute_fetchall(
            "SELECT 1 FROM pending_questions WHERE user_id = ?", (user_id,)))
        return bool(rows)

    async def drop_pending_question(self, user_id: int) -> bool:
        """Stop waiting for the owner's question; False when none was awaited."""
        cursor = await self.db.execute("DELETE FROM pending_questions WHERE user_id = ?",
                                       (user_id,))
        return cursor.rowcount == 1

    # --- relief programmes changed in the chat (combined with knowledge/relief.yaml) -----

    async def relief_changes(self) -> tuple[list[Programme], list[str]]:
        """(programmes added by staff, ids hidden by staff)."""
        async with self.db.execute(
            "SELECT id, name, apply, deadline, qualifies FROM relief_added ORDER BY added_at, id"
        ) as cursor:
            added = [
                Programme(r[0], r[1], r[2], dtm.date.fromisoformat(r[3]) if r[3] else None,
                          {k: tuple(v) for k, v in json.loads(r[4]).items()})
                for r in await cursor.fetchall()
            ]
        async with self.db.execute("SELECT id FROM relief_hidden ORDER BY id") as cursor:
            hidden = [str(r[0]) for r in await cursor.fetchall()]
        return added, hidden

    async def add_relief(self, programme: Programme, staff_id: int) -> None:
        """Store a programme a staff member added."""
        deadline = programme.deadline.isoformat() if programme.deadline else None
        await self.db.execute(
            "INSERT INTO relief_added VALUES (?, ?, ?, ?, ?, ?, ?)",
            (programme.id, programme.name, programme.apply, deadline,
             json.dumps({k: list(v) for k, v in programme.qualifies.items()}), staff_id,
             time.time()))

    async def remove_relief(self, programme_id: str, staff_id: int,
                            shipped: bool) -> None:
        """Remove a programme: delete a chat-added one, hide one shipped in the file."""
        if shipped:
            await self.db.execute("INSERT OR IGNORE INTO relief_hidden VALUES (?, ?, ?)",
                                  (programme_id, staff_id, time.time()))
        else:
            await self.db.execute("DELETE FROM relief_added WHERE id = ?", (programme_id,))

    # --- insight -------------------------------------------------------------------------

    async def latest_plans(self) -> list[tuple[int, float, dict[str, Any]]]:
        """(user_id, created_at, record) of each user's latest plan."""
        rows = await self.db.execute_fetchall(
            "SELECT user_id, created_at, record FROM plans WHERE id IN"
            " (SELECT MAX(id) FROM plans GROUP BY user_id)", offload=True)
        return [(r[0], r[1], plan_record(r[2])) for r in rows]

    async def actions_done(self) -> tuple[int, int] | None:
        """(actions marked done, businesses with one or more) if progress is tracked."""
        async with self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'action_progress'"
        ) as cursor:
            if await cursor.fetchone() is None:
                return None
        async with self.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT p.user_id) FROM action_progress a"
            " JOIN plans p ON p.id = a.plan_id") as cursor:
            row = await cursor.fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)


@dataclass(frozen=True)
class Group:
    """A member group the bot serves."""

    chat_id: int
    title: str
    tags: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class Broadcast:
    """A broadcast: draft, sending, done or cancelled."""

    id: int
    staff_id: int
    staff_chat_id: int
    status: str
    from_chat_id: int | None
    message_id: int | None
    audience: str | None
    progress_message_id: int | None


@dataclass(frozen=True)
class Delivery:
    """One message of a broadcast to one chat."""

    id: int
    broadcast_id: int
    chat_id: int
    user_id: int | None
    attempts: int
    from_chat_id: int
    message_id: int
