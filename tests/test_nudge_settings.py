"""Settings of the nudges, and the upgrade of a version-1 database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings
from bot.store import Store
from bot.store.migrations import MIGRATIONS
from tests.storehelp import explain_claim, nudge_counts


def test_nudge_settings_defaults_and_errors() -> None:
    settings = load_settings({}, None, require_token=False)
    assert (settings.tz, settings.quiet_hours, settings.send_rate) == ("UTC", (21, 8), 30.0)
    custom = load_settings({"ADVISOR_TZ": "Africa/Nairobi", "ADVISOR_QUIET_HOURS": "",
                            "ADVISOR_SEND_RATE": "12.5"}, None, require_token=False)
    assert (custom.tz, custom.quiet_hours, custom.send_rate) == ("Africa/Nairobi", None, 12.5)
    for key, value in [("ADVISOR_TZ", "Mars/Olympus"), ("ADVISOR_QUIET_HOURS", "9pm-8am"),
                       ("ADVISOR_QUIET_HOURS", "21-24"), ("ADVISOR_SEND_RATE", "0"),
                       # staff must be people: not 0, not Telegram's own accounts
                       ("ADVISOR_ADMIN_IDS", "900, 0"), ("ADVISOR_ADMIN_IDS", "777000"),
                       ("ADVISOR_ADMIN_IDS", "1087968824"),
                       ("ADVISOR_ADMIN_IDS", "99999999999999999999")]:
        with pytest.raises(SettingsError, match=key):
            load_settings({key: value}, None, require_token=False)


async def test_version_1_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
        db.executescript(MIGRATIONS[0][1])
        db.execute("INSERT INTO schema_version VALUES (1)")
        db.execute("INSERT INTO users (user_id, chat_id, language, first_seen)"
                   " VALUES (5, 5, 'en', 0)")
    store = await Store.open(path)
    try:
        assert await store.schema_version() >= 2
        assert await store.users.reminders_on(5)
        assert await nudge_counts(store) == {}
        assert any("nudges_due" in line for line in await explain_claim(store))
    finally:
        await store.close()
