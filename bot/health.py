"""Whether the running bot is healthy, from the record it keeps in its database (no Telegram).

Healthy means: the database answers, the bot wrote its record lately, and Telegram answered
one of its calls lately. `msme-advisor health` (for Docker's HEALTHCHECK and the systemd
timer) and, in webhook mode, GET /healthz give this verdict.
"""

from __future__ import annotations

from bot.logs import duration
from bot.store import HealthRecord

#: Telegram must have answered within this many seconds, and the record be this fresh.
MAX_AGE = 300.0
#: How often the running bot writes its record.
RECORD_EVERY = 30.0
#: After this long without a call answered, the bot checks in with Telegram (getMe): a quiet
#: bot in webhook mode makes no calls of its own.
CHECK_IN_AFTER = 60.0


def verdict(record: HealthRecord | None, now: float,
            max_age: float = MAX_AGE) -> tuple[bool, str]:
    """(healthy, one sentence saying why) for the record the running bot last wrote."""
    if record is None:
        return False, ("the bot has not recorded its health yet: is msme-advisor run running "
                       "on this database?")
    if now - record.written_at > max_age:
        return False, (f"the bot has not recorded its health for "
                       f"{duration(now - record.written_at)}: is it running?")
    if record.telegram_ok_at is None:
        return False, "the bot has not reached Telegram since it started."
    age = now - record.telegram_ok_at
    if age > max_age:
        return False, f"the bot last reached Telegram {duration(age)} ago."
    return True, f"ok: the database answers and the bot reached Telegram {duration(age)} ago."
