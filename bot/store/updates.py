"""Update ids already processed, so a redelivered update is not handled twice."""

from __future__ import annotations

import time

from bot.store.db import SerialConnection

#: Update ids are remembered this long (Telegram redelivers for at most a day) ...
UPDATE_MEMORY_SECONDS = 7 * 24 * 3600
#: ... and pruned when an update id is a multiple of this.
UPDATE_PRUNE_EVERY = 1000
#: Update ids waiting for a transaction are written at once past this many.
DEFERRED_AT_MOST = 100
#: Ids above the ceiling remembered in memory; past this many the ceiling moves up to them.
RECENT_AT_MOST = 10_000
SEEN = "INSERT OR IGNORE INTO processed_updates VALUES (?, ?)"


class Updates:
    """The processed_updates table."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db
        #: No id above this is in the table, but for those in `recent` (None: not read yet).
        self.ceiling: int | None = None
        self.recent: set[int] = set()

    async def first_sight(self, update_id: int) -> bool:
        """Record an update id; False when it was processed before (a redelivery).

        The id is written with the next transaction (the update's own, if it writes), not
        by a commit of its own (SerialConnection.defer): a commit per update was the
        costliest statement of a tap. An update whose changes were committed therefore has
        its id committed with or before them; one that changed nothing may, after a crash in
        that moment, be answered again.

        Telegram keeps an unconfirmed update for at most 24 hours, so ids older than a week
        can never come back: every 1,000th update prunes them, and the table stays the size
        of a week's traffic instead of growing for ever.
        """
        self.db.start_update()
        if self.ceiling is None:
            rows = await self.db.execute_fetchall("SELECT max(update_id) FROM processed_updates")
            self.ceiling = rows[0][0] if rows and rows[0][0] is not None else -1
        # Telegram numbers updates in increasing order, so an id above every id stored and
        # not seen since is new without a query (a statement saved on every update). An id
        # below them (ids restart at random after a week without updates) is looked up.
        if update_id in self.recent:
            return False
        if update_id <= self.ceiling:
            if any(sql == SEEN and parameters[0] == update_id
                   for sql, parameters in self.db.deferred):
                return False
            rows = await self.db.execute_fetchall(
                "SELECT 1 FROM processed_updates WHERE update_id = ?", (update_id,))
            if rows:
                return False
        else:
            self.recent.add(update_id)
            if len(self.recent) > RECENT_AT_MOST:  # all of them are in the table or deferred
                self.ceiling = max(self.recent)
                self.recent.clear()
        now = time.time()
        self.db.defer(SEEN, (update_id, now))
        if update_id % UPDATE_PRUNE_EVERY == 0 or len(self.db.deferred) >= DEFERRED_AT_MOST:
            await self.db.flush()
        if update_id % UPDATE_PRUNE_EVERY == 0:
            await self.db.execute("DELETE FROM processed_updates WHERE seen_at < ?",
                                  (now - UPDATE_MEMORY_SECONDS,))
        return True
