"""Daily automatic backups into ADVISOR_BACKUP_DIR, and how many are kept (no Telegram).

The running bot checks every hour; a backup is due when the newest daily copy in the folder
is 23 hours old or more (or there is none), so a restart never skips a day nor makes two.
Daily copies are named `<database>-YYYYMMDD-HHMMSS.sqlite3` (UTC); only those count and
only those are pruned, never a backup made by hand or before an upgrade.
"""

from __future__ import annotations

import calendar
import re
import time
from pathlib import Path

from bot.store import Copy, backup_database, stamped_name

#: How often the running bot looks whether a backup is due, in seconds.
CHECK_EVERY = 3600.0
#: A daily copy younger than this means none is due (a little under a day: see above).
DUE_AFTER = 23 * 3600.0


def daily_backups(folder: Path, database: Path) -> list[tuple[float, Path]]:
    """The folder's daily copies of the database, oldest first, with their times."""
    pattern = re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})\.sqlite3$")
    found = []
    for path in folder.glob(f"{database.stem}-*.sqlite3") if folder.is_dir() else []:
        matched = pattern.match(path.name)
        if matched:
            made = calendar.timegm(time.strptime(matched.group(1), "%Y%m%d-%H%M%S"))
            found.append((float(made), path))
    return sorted(found)


def run_daily(database: Path, folder: Path, keep: int, now: float | None = None) -> Copy | None:
    """Make today's copy if it is due, then delete all but the newest `keep` daily copies."""
    moment = time.time() if now is None else now
    existing = daily_backups(folder, database)
    if existing and moment - existing[-1][0] < DUE_AFTER:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    copy = backup_database(database, folder / stamped_name(database, moment))
    for _, old in daily_backups(folder, database)[:-keep]:
        old.unlink(missing_ok=True)
    return copy
