"""Update ids already processed, so a redelivered update is not handled twice."""

from __future__ import annotations

import time

from bot.store.db import SerialConnection

#: Update ids are remembered this long (Telegram redelivers for at most a day) ...
UPDATE_MEMORY_SECONDS = 7 * 24 * 3600
#: ... and pruned when an update id is a multiple of this.
UPDATE_PRUNE_EVERY = 1000


class Updates:
    """The processed_updates table."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def first_sight(self, update_id: int) -> bool:
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
