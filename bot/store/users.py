"""Users: who talked to the advisor, their language, and every flag they set or earned.

The flags (reminders, active, updates) are written here only. Two of them reach into the
user's nudges, in the same transaction: stopping reminders, or blocking the bot.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.store.db import SerialConnection
from bot.store.nudges import Nudges


@dataclass(frozen=True)
class User:
    """A person who talked to the advisor in a private chat."""

    user_id: int
    chat_id: int
    language: str
    language_chosen: bool


class Users:
    """The users table."""

    def __init__(self, db: SerialConnection, nudges: Nudges) -> None:
        self.db, self.nudges = db, nudges

    async def get(self, user_id: int) -> User | None:
        """The stored user, if any."""
        # execute_fetchall is one round trip to aiosqlite's thread; execute + fetchone + the
        # cursor's close are three, and each wakes the event loop (see docs/BENCHMARKS.md).
        rows = list(await self.db.execute_fetchall(
            "SELECT user_id, chat_id, language, language_chosen FROM users WHERE user_id = ?",
            (user_id,),
        ))
        row = rows[0] if rows else None
        return User(row[0], row[1], row[2], bool(row[3])) if row else None

    async def ensure(self, user_id: int, chat_id: int, language: str) -> User:
        """Return the user, creating them with the language Telegram reports."""
        await self.db.execute(
            "INSERT INTO users (user_id, chat_id, language, first_seen) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, active = 1",
            (user_id, chat_id, language, time.time()),
        )
        user = await self.get(user_id)
        assert user is not None  # noqa: S101 - just written
        return user

    async def set_language(self, user_id: int, language: str) -> None:
        """Store the language the user chose."""
        await self.db.execute(
            "UPDATE users SET language = ?, language_chosen = 1 WHERE user_id = ?",
            (language, user_id),
        )

    async def set_reminders(self, user_id: int, on: bool, now: float) -> None:
        """Turn a user's reminders on (stopped ones come back, due now at the earliest) or off."""
        async with self.db.transaction():
            await self.db.execute(
                "UPDATE users SET reminders = ? WHERE user_id = ?", (int(on), user_id)
            )
            if on:
                await self.nudges.resume(user_id, now)
            else:
                await self.nudges.stop(user_id)

    async def reminders_on(self, user_id: int) -> bool:
        """Whether the user wants reminders."""
        async with self.db.execute(
            "SELECT reminders FROM users WHERE user_id = ?", (user_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return bool(row[0]) if row else True

    async def set_active(self, user_id: int, active: bool) -> None:
        """Blocked (403 or my_chat_member kicked): inactive, waiting nudges cancelled; or back."""
        async with self.db.transaction():
            await self.db.execute(
                "UPDATE users SET active = ? WHERE user_id = ?", (int(active), user_id)
            )
            if not active:
                await self.nudges.block(user_id)

    async def is_active(self, user_id: int) -> bool:
        """False once the user blocked the bot."""
        async with self.db.execute("SELECT active FROM users WHERE user_id = ?",
                                   (user_id,)) as cursor:
            row = await cursor.fetchone()
        return bool(row[0]) if row else False

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
