"""The advisor's SQLite database: a thin front over one repository per aggregate.

Every SQL statement lives in this package. `Store` opens one serial connection (`db.py`)
and hands it to each repository (`store.users.get(...)`, `store.nudges.claim_due(...)`).
A write that spans aggregates (a plan and its nudges, a user's flag and their nudges) runs
in one transaction: a repository's `transaction()` opened inside another's joins it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from bot.store import db as _db
from bot.store.assessments import Assessment, Assessments, Description, LastAnswer
from bot.store.backup import Copy, DatabaseError, backup_database, restore_database, stamped_name
from bot.store.broadcasts import Broadcast, Broadcasts, Delivery
from bot.store.charts import Charts
from bot.store.db import (
    DatabaseUnavailable,
    InstanceLock,
    SerialConnection,
    StoreBusy,
    check_database,
    lock_database,
    take_lock,
)
from bot.store.feedback import Feedback
from bot.store.groups import Group, Groups
from bot.store.health import Health, HealthRecord, read_health
from bot.store.insight import Insight, PeerCounts, ReportCounts
from bot.store.nudges import Nudge, Nudges
from bot.store.plans import Plans, StoredPlan
from bot.store.privacy import Privacy
from bot.store.questions import Questions
from bot.store.relief import Relief
from bot.store.updates import Updates
from bot.store.users import User, Users

__all__ = [
    "Assessment", "Broadcast", "Copy", "DatabaseError", "DatabaseUnavailable", "Delivery",
    "Description", "Group", "HealthRecord", "InstanceLock", "LastAnswer", "Nudge", "PeerCounts",
    "ReportCounts", "Store", "StoreBusy", "StoredPlan", "User", "backup_database",
    "check_database", "lock_database", "read_health", "restore_database", "stamped_name",
    "take_lock",
]


class Store:
    """The open database and its repositories, which share its connection."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db
        self.updates = Updates(db)
        self.nudges = Nudges(db)
        self.users = Users(db, self.nudges)
        self.plans = Plans(db, self.nudges)
        self.questions = Questions(db)
        self.feedback = Feedback(db)
        self.assessments = Assessments(db, self.plans, self.questions, self.feedback)
        self.broadcasts = Broadcasts(db)
        self.groups = Groups(db, self.broadcasts)
        self.relief = Relief(db)
        self.privacy = Privacy(db)
        self.insight = Insight(db)
        self.charts = Charts(db)
        self.health = Health(db)

    @classmethod
    async def open(cls, path: str | Path, backup_dir: Path | None = None) -> Store:
        """Open (creating or upgrading) the database at path; ":memory:" works too.

        An existing database is copied to backup_dir (default: beside it) before an upgrade;
        one written by a newer version raises DatabaseError.
        """
        return cls(await _db.open_database(path, backup_dir))

    async def close(self) -> None:
        """Close the connection."""
        await self.db.close()

    def transaction(self) -> contextlib.AbstractAsyncContextManager[None]:
        """One write transaction over any repositories: committed whole or not at all."""
        return self.db.transaction()

    async def schema_version(self) -> int:
        """The newest migration applied."""
        return await _db.schema_version(self.db)
