"""Chart images already sent: Telegram's file_id of each, so no chart is uploaded twice."""

from __future__ import annotations

import time

from bot.store.db import SerialConnection


class Charts:
    """The chart_files table."""

    def __init__(self, db: SerialConnection) -> None:
        self.db = db

    async def file_id(self, key: str) -> str | None:
        """The file_id Telegram gave a chart, if it was sent before."""
        async with self.db.execute("SELECT file_id FROM chart_files WHERE key = ?",
                                   (key,)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def remember(self, key: str, file_id: str) -> None:
        """Keep the file_id of a chart just uploaded."""
        await self.db.execute("INSERT OR REPLACE INTO chart_files VALUES (?, ?, ?)",
                              (key, file_id, time.time()))

    async def forget(self, key: str) -> None:
        """Telegram no longer knows the file: the next send uploads it again."""
        await self.db.execute("DELETE FROM chart_files WHERE key = ?", (key,))
