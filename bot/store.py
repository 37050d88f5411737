"""The one repository module: every SQL statement of the advisor lives here.

SQLite through aiosqlite, in WAL mode with a busy timeout. Each change is committed when
it is made, so a crash loses nothing that was acknowledged to a user.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite

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
]

#: Nudge states: pending -> sending -> sent (then done/snoozed back to pending) or failed;
#: off (reminders stopped), blocked (user blocked the bot), superseded (a newer plan).
NUDGE_STATES = ("pending", "sending", "sent", "done", "failed", "off", "blocked", "superseded")


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


class Store:
    """Async access to the advisor's SQLite database."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db
        # One connection is shared by handlers and the nudge tick: transactions take turns.
        self._tx_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating or upgrading) the database at path; ":memory:" works too."""
        db = await aiosqlite.connect(str(path), isolation_level=None)
        db.row_factory = aiosqlite.Row
        await db.execute("PRAGMA busy_timeout = 5000")
        await db.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable across an application crash in WAL mode, and much faster than FULL.
        await db.execute("PRAGMA synchronous = NORMAL")
        await db.execute("PRAGMA foreign_keys = ON")
        store = cls(db)
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
        async with self.db.execute("SELECT MAX(version) FROM schema_version") as cursor:
            row = await cursor.fetchone()
        current = row[0] if row and row[0] is not None else 0
        for version, script in MIGRATIONS:
            if version <= current:
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
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            await self.db.execute("COMMIT")

    async def schema_version(self) -> int:
        """The newest migration applied."""
        async with self.db.execute("SELECT MAX(version) FROM schema_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # --- updates -------------------------------------------------------------------------

    async def first_sight_of_update(self, update_id: int) -> bool:
        """Record an update id; False when it was processed before (a redelivery)."""
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO processed_updates VALUES (?, ?)", (update_id, time.time())
        )
        return cursor.rowcount == 1

    # --- users ---------------------------------------------------------------------------

    async def user(self, user_id: int) -> User | None:
        """The stored user, if any."""
        async with self.db.execute(
            "SELECT user_id, chat_id, language, language_chosen FROM users WHERE user_id = ?",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
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
        """Begin a new assessment, cancelling any that was open."""
        async with self.transaction():
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
        async with self.db.execute(
            "SELECT id, position, message_id FROM assessments"
            " WHERE user_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1",
            (user_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        async with self.db.execute(
            "SELECT question_id, option_id FROM answers WHERE assessment_id = ?", (row[0],)
        ) as cursor:
            answers = {q: o for q, o in await cursor.fetchall()}
        return Assessment(row[0], row[1], row[2], answers)

    async def record_answer(
        self, assessment_id: int, question_id: str, option_id: str | None,
        typed: str | None, next_position: int,
    ) -> None:
        """Store an answer (None: skipped) and move on, in one transaction."""
        async with self.transaction():
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
        return StoredPlan(row[0], json.loads(row[1]), row[2]) if row else None

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
            async with self.db.execute(
                f"SELECT * FROM {table} WHERE user_id = ?", (user_id,)  # noqa: S608 - names from sqlite_master
            ) as cursor:
                data[table] = [dict(row) for row in await cursor.fetchall()]
        async with self.db.execute(
            "SELECT answers.* FROM answers JOIN assessments a ON a.id = answers.assessment_id"
            " WHERE a.user_id = ?", (user_id,)
        ) as cursor:
            data["answers"] = [dict(row) for row in await cursor.fetchall()]
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
                         "nudges", "action_progress"}:
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
