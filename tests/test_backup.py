"""Backups while the bot works, restore, the copy before an upgrade, and the daily backups."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from bot.app import running
from bot.backups import DUE_AFTER, daily_backups, run_daily
from bot.broadcast import Limits
from bot.cli import main
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.store import DatabaseError, Store, backup_database, lock_database, restore_database
from bot.store.migrations import MIGRATIONS
from tests.conftest import STAFF, Harness, staff_app
from tests.test_bso import opt_in

OWNER = FakeBotAPI.person(4242, "en", "Wanjiru")
RECIPIENTS = 150


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


def tables(path: Path) -> list[str]:
    return [row[0] for row in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    return {table: sorted(rows(path, f"SELECT * FROM {table}"), key=repr)
            for table in tables(path)}


def keys(path: Path) -> dict[str, set[Any]]:
    """The rowids of every table (a WITHOUT ROWID table: its primary keys): which rows exist."""
    found = {}
    for table in tables(path):
        primary = [r[1] for r in sorted(rows(path, f"PRAGMA table_info({table})"),
                                        key=lambda r: r[5]) if r[5]]
        sql = rows(path, f"SELECT sql FROM sqlite_master WHERE name = '{table}'")[0][0]
        key = ", ".join(primary) if "WITHOUT ROWID" in sql.upper() else "rowid"
        found[table] = {tuple(row) for row in rows(path, f"SELECT {key} FROM {table}")}
    return found


async def test_backup_during_a_broadcast_and_an_assessment_then_restore(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    db_path, copy_path = tmp_path / "advisor.sqlite3", tmp_path / "copy.sqlite3"
    api = FakeBotAPI()
    app = staff_app(knowledge, api, db_path)
    half = len(knowledge.questions) // 2
    async with running(app):
        harness = Harness(app, api, db_path)
        for number in range(RECIPIENTS):
            await opt_in(harness, FakeBotAPI.person(20_000 + number))
        app.advisor.broadcasts.limits = Limits(per_second=100)  # about 1.5 s of sending
        await harness.say(STAFF, "/broadcast")
        await harness.say(STAFF, "Training on Thursday")
        await harness.press(STAFF, "Businesses")
        await harness.press(STAFF, "✅ Send")
        await harness.say(OWNER, "/start")
        for _ in range(half):
            await harness.press(OWNER, 0)
        while not any(m == "copyMessage" for m, _ in api.calls):
            await asyncio.sleep(0.01)

        before = keys(db_path)
        copy = await asyncio.to_thread(backup_database, db_path, copy_path)
        after = keys(db_path)

        for _ in range(len(knowledge.questions)):  # the assessment goes on to its plan
            if await app.advisor.store.plans.latest(OWNER["id"]) is not None:
                break
            await harness.press(OWNER, 0)
        await app.advisor.broadcasts.idle()

    assert copy.path == copy_path and copy.size == copy_path.stat().st_size
    assert not Path(f"{copy_path}-wal").exists()  # one self-contained file
    copied = keys(copy_path)
    for table in before:
        assert before[table] <= copied[table] <= after[table], table
    with sqlite3.connect(copy_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        statuses = dict(db.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status"))
        assert sum(statuses.values()) == RECIPIENTS  # written at Send, before the copy
        assert statuses.get("pending", 0) > 0  # the copy was taken mid-broadcast
        assert db.execute("SELECT COUNT(*) FROM answers").fetchone() == (half,)
        assert db.execute("SELECT COUNT(*) FROM plans").fetchone() == (0,)

    final = dump(db_path)
    assert len(final["answers"]) > half and final["plans"]
    kept = restore_database(copy_path, db_path)
    assert dump(db_path) == dump(copy_path)  # every row of the copy, nothing else
    assert kept is not None and dump(kept) == final  # the replaced database, whole

    restarted = staff_app(knowledge, api, db_path)  # the restored database works
    async with running(restarted):
        await restarted.advisor.broadcasts.idle()  # resumes the copy's pending deliveries
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status"
                          ).fetchall() == [("sent", RECIPIENTS)]


def test_backup_and_restore_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ADVISOR_DB", "advisor.sqlite3")
    assert main(["backup", "copy.sqlite3"]) == 1
    assert capsys.readouterr().err == "msme-advisor: advisor.sqlite3 does not exist.\n"
    with sqlite3.connect("advisor.sqlite3") as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
    (tmp_path / "backups").mkdir()
    assert main(["backup", "backups"]) == 0
    out = capsys.readouterr().out
    written = next((tmp_path / "backups").iterdir())
    assert out.startswith(f"Backed up advisor.sqlite3 to {written} (")
    assert "integrity ok" in out
    (tmp_path / "broken.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x01" * 500)
    assert main(["restore", "broken.sqlite3"]) == 1
    assert "broken.sqlite3 is not a readable SQLite database" in capsys.readouterr().err
    with sqlite3.connect("advisor.sqlite3") as db:
        db.execute("INSERT INTO t VALUES (2)")
    running = lock_database("advisor.sqlite3")  # as a running bot holds it
    assert running is not None
    assert main(["restore", str(written)]) == 3
    assert "another msme-advisor run is using it" in capsys.readouterr().err
    running.release()
    assert main(["restore", str(written)]) == 0
    assert "the database it replaced is kept as" in capsys.readouterr().out
    with sqlite3.connect("advisor.sqlite3") as db:
        assert db.execute("SELECT x FROM t").fetchall() == [(1,)]


def old_database(path: Path, versions: list[int]) -> None:
    """A database as an earlier (or later) version of the advisor left it."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
        db.executescript(MIGRATIONS[0][1])
        db.executemany("INSERT INTO schema_version VALUES (?)", [(v,) for v in versions])
        db.execute("INSERT INTO users (user_id, chat_id, language, first_seen)"
                   " VALUES (5, 5, 'en', 0)")


async def test_an_upgrade_copies_the_database_first(tmp_path: Path) -> None:
    path, folder = tmp_path / "advisor.sqlite3", tmp_path / "backups"
    old_database(path, [1])
    store = await Store.open(path, folder)
    await store.close()
    copies = list(folder.iterdir())
    assert len(copies) == 1 and copies[0].name.startswith("advisor-before-v2-")
    with sqlite3.connect(copies[0]) as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
        assert db.execute("SELECT user_id FROM users").fetchall() == [(5,)]
    store = await Store.open(path, folder)  # up to date: no copy
    await store.close()
    assert len(list(folder.iterdir())) == 1
    fresh = await Store.open(tmp_path / "new.sqlite3", folder)  # new: nothing to keep
    await fresh.close()
    assert len(list(folder.iterdir())) == 1


async def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "advisor.sqlite3"
    newest = max(v for v, _ in MIGRATIONS)
    old_database(path, [*range(1, newest + 1), newest + 1])
    before = dump(path)
    with pytest.raises(DatabaseError) as raised:
        await Store.open(path)
    assert str(raised.value) == (
        f"cannot use the database {path}: it was written by a newer version of the advisor "
        f"(database version {newest + 1}; this version knows up to {newest}); run that "
        f"version, or restore the backup taken before it upgraded the database.")
    assert dump(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["advisor.sqlite3"]  # no copy, all closed


def test_daily_backups_are_made_once_a_day_and_pruned(tmp_path: Path) -> None:
    database, folder = tmp_path / "advisor.sqlite3", tmp_path / "backups"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE t (x)")
    folder.mkdir()
    (folder / "advisor-before-v6-20200101-000000.sqlite3").write_bytes(b"kept")
    (folder / "manual.sqlite3").write_bytes(b"kept")
    day = 86400.0
    start = time.time()
    made = [run_daily(database, folder, keep=3, now=start + n * day) for n in range(5)]
    assert all(copy is not None for copy in made)
    assert run_daily(database, folder, keep=3, now=start + 4 * day + DUE_AFTER - 60) is None
    daily = daily_backups(folder, database)
    assert [path for _, path in daily] == [copy.path for copy in made[2:] if copy]
    assert (folder / "manual.sqlite3").exists()
    assert (folder / "advisor-before-v6-20200101-000000.sqlite3").exists()


async def test_the_running_bot_makes_the_daily_backup(knowledge: Knowledge,
                                                      tmp_path: Path) -> None:
    db_path, folder = tmp_path / "advisor.sqlite3", tmp_path / "backups"
    app = staff_app(knowledge, FakeBotAPI(), db_path, backup_dir=folder)
    async with running(app):
        await app.advisor.daily_backup()
        await app.advisor.daily_backup()  # not due again
    assert [p.name[:8] for _, p in daily_backups(folder, db_path)] == ["advisor-"]
