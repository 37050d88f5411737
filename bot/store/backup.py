"""Consistent copies of the database while the bot runs, their check, and restoring one.

With WAL on, the newest changes live in the `-wal` file beside the database, so copying the
database file backs up little or nothing. SQLite's online backup API copies the database as
one read transaction sees it (WAL included) without stopping the writers; each copy is then
checked with `PRAGMA integrity_check` and switched to a single self-contained file (rollback
journal), and only then given its final name, so a half-written backup never looks like one.
These functions block: the running bot calls them in a thread.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path


class DatabaseError(Exception):
    """The database cannot be used as asked; the message is one sentence for the operator."""


@dataclass(frozen=True)
class Copy:
    """A verified copy of the database."""

    path: Path
    size: int
    seconds: float


def _connect_existing(path: Path) -> sqlite3.Connection:
    """Open a database that must already exist (never create an empty one by mistake)."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist.")
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot open {path}: {error}.") from None


def _check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DatabaseError unless the database passes integrity_check."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} is not a readable SQLite database ({error}).") from None
    if problems != ["ok"]:
        raise DatabaseError(f"{path} is damaged: {problems[0]}.")


def copy_from(source: sqlite3.Connection, target: Path, source_name: str) -> Copy:
    """Write a checked copy of an open database to target (replacing it only when done)."""
    started = time.monotonic()
    target = target.resolve()
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)  # one read transaction: a consistent snapshot
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
            _check(copy, partial)
        os.replace(partial, target)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"cannot back up {source_name} to {target}: {error}.") from None
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"cannot write {target}: {error.strerror}.") from None
    except DatabaseError:
        partial.unlink(missing_ok=True)
        raise
    return Copy(target, target.stat().st_size, time.monotonic() - started)


def backup_database(database: Path, target: Path) -> Copy:
    """A checked copy of the database file at target, made while the bot may be writing."""
    if target.is_dir():
        target = target / stamped_name(database, time.time())
    with contextlib.closing(_connect_existing(database)) as source:
        return copy_from(source, target, str(database))


def restore_database(backup: Path, database: Path) -> Path | None:
    """Put a checked backup in the database's place; return where the replaced one was kept.

    The bot must be stopped. The current database is first copied aside (with what its WAL
    holds), then the backup is written into the database through SQLite, so a leftover
    `-wal` file cannot mix older changes into the restored data.
    """
    with contextlib.closing(_connect_existing(backup)) as source:
        _check(source, backup)
        kept = None
        if database.exists():
            kept = database.with_name(
                f"{database.name}.replaced-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}")
            with contextlib.closing(sqlite3.connect(database)) as current:
                try:
                    copy_from(current, kept, str(database))
                except DatabaseError:  # a damaged database: keep its bytes as they are
                    current.close()
                    os.replace(database, kept)
                    for suffix in ("-wal", "-shm"):
                        Path(f"{database}{suffix}").unlink(missing_ok=True)
        try:
            with contextlib.closing(sqlite3.connect(database)) as target:
                source.backup(target)
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                _check(target, database)
        except sqlite3.Error as error:
            raise DatabaseError(f"cannot write {database}: {error}.") from None
    return kept


def stamped_name(database: Path, now: float, before_version: int | None = None) -> str:
    """advisor-20261201-030000.sqlite3, or advisor-before-v6-20261201-030000.sqlite3."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(now))
    middle = f"-before-v{before_version}" if before_version is not None else ""
    return f"{database.stem}{middle}-{stamp}.sqlite3"
