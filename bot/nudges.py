"""Follow-up nudges: when they are due, quiet hours, and the sender that delivers them.

Nudges are rows in SQLite. The sender claims due rows in a transaction (pending -> sending),
sends them through an injected function, then marks them sent; rows left in 'sending' by a
crash are sent again at its first round after a restart, so only those in flight can repeat.
Domain code: no telegram import. Times are Unix timestamps (seconds).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.knowledge import Knowledge, NudgeConfig
from bot.logs import user_tag
from bot.plan import Plan
from bot.sending import Blocked, Permanent, RetryLater, Transient
from bot.store import Nudge, Store

log = logging.getLogger(__name__)

HOUR = 3600.0
#: Nudges claimed per transaction; at most this many can repeat after a crash.
BATCH = 30
#: Sends a claimed nudge and gives the message id; raises bot.sending's exceptions.
SendNudge = Callable[[Nudge], Awaitable[int]]


def parse_quiet_hours(text: str) -> tuple[int, int] | None:
    """'21-8' -> (21, 8); '' -> None (no quiet hours). Raises ValueError when malformed."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})\s*-\s*(\d{1,2})", text)
    if not match or not all(0 <= int(h) <= 23 for h in match.groups()):
        raise ValueError(text)
    start, end = int(match.group(1)), int(match.group(2))
    return None if start == end else (start, end)


def is_quiet(ts: float, quiet: tuple[int, int] | None, tz: str) -> bool:
    """Whether a moment falls in the quiet window [start, end) of local hours."""
    if quiet is None:
        return False
    start, end = quiet
    hour = datetime.fromtimestamp(ts, ZoneInfo(tz)).hour
    return start <= hour < end if start < end else hour >= start or hour < end


def next_allowed(ts: float, quiet: tuple[int, int] | None, tz: str) -> float:
    """The moment itself, or the end of the quiet window it falls in (local morning)."""
    if not is_quiet(ts, quiet, tz):
        return ts
    assert quiet is not None  # noqa: S101 - is_quiet is False without a window
    local = datetime.fromtimestamp(ts, ZoneInfo(tz))
    morning = local.replace(hour=quiet[1], minute=0, second=0, microsecond=0)
    if morning <= local:
        morning += timedelta(days=1)
    return morning.timestamp()


def plan_nudges(
    knowledge: Knowledge, plan: Plan, now: float, config: NudgeConfig, scale: float
) -> list[tuple[str, str, float]]:
    """(kind, action, due) for each action of a plan whose horizon has a delay.

    The horizon is the plan's: a week action moved to this month is followed up then.
    """
    nudges = []
    for item in plan.items:
        if item.action not in knowledge.actions:
            continue
        horizon = plan.horizon(knowledge, item)
        if horizon in config.after_plan:
            nudges.append(("action", item.action, now + config.after_plan[horizon]
                           * HOUR * scale))
    return nudges


def at_risk(scores: dict[str, int | None], config: NudgeConfig) -> list[str]:
    """Areas whose score is below the re-check threshold."""
    return [area for area, score in scores.items()
            if score is not None and score < config.recheck_below]


def recheck_nudge(
    scores: dict[str, int | None], now: float, config: NudgeConfig, scale: float
) -> list[tuple[str, str, float]]:
    """The re-check invitation (kind 'recheck', the at-risk areas as its action), if any."""
    areas = at_risk(scores, config)
    if not areas:
        return []
    return [("recheck", ",".join(areas), now + config.recheck * HOUR * scale)]


def compare_scores(
    then: dict[str, int | None], now: dict[str, int | None]
) -> list[tuple[str, int, int]]:
    """(area, score then, score now) for areas scored both times."""
    return [(area, old, new) for area, old in then.items()
            if old is not None and (new := now.get(area)) is not None]


def tick_interval(scale: float) -> float:
    """Seconds between ticks: 30 s at real speed, down to 0.2 s in fast demos and tests."""
    return max(0.2, min(30.0, 30.0 * scale * 1000))


@dataclass
class NudgeSender:
    """Sends the due nudges through `send`, never more than BATCH claimed and unsent."""

    store: Store
    send: SendNudge
    config: NudgeConfig
    quiet_hours: tuple[int, int] | None
    tz: str
    time_scale: float
    _recovered: bool = False

    async def send_due(self, now: float | None = None, budget: float = 5.0) -> int:
        """Send the due nudges, batch by batch, for up to `budget` seconds; give how many went."""
        if not self._recovered:
            requeued = await self.store.nudges.requeue_in_flight()
            if requeued:
                log.warning("%s nudges were in flight at the last stop: sending them again",
                            requeued)
            self._recovered = True
        started = time.monotonic()
        sent = 0
        in_flight: set[asyncio.Task[bool]] = set()
        # At most BATCH nudges are claimed and unsent at any time (the most a crash can
        # repeat); more are claimed as soon as half of them went, so the send limit is the
        # bottleneck.
        while True:
            moment = time.time() if now is None else now
            room = BATCH - len(in_flight)
            more = (room >= BATCH // 2 and time.monotonic() - started < budget
                    and not is_quiet(moment, self.quiet_hours, self.tz))
            batch = await self.store.nudges.claim_due(moment, room) if more else []
            in_flight |= {asyncio.ensure_future(self._send_one(n)) for n in batch}
            if not in_flight:
                break
            if len(batch) < room and more:  # nothing more due: just finish what is in flight
                budget = 0
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            sent += sum(task.result() for task in done)
        if sent:
            log.info("nudges: %d sent", sent)
        return sent

    async def _send_one(self, nudge: Nudge) -> bool:
        """Send one claimed nudge and record the outcome; True when it was delivered."""
        store, config = self.store, self.config
        try:
            message_id = await self.send(nudge)
        except Blocked:
            log.info("user=%s blocked the bot: reminders cancelled", user_tag(nudge.user_id))
            await store.nudges.failed(nudge.id)
            await store.users.set_active(nudge.user_id, False)
            return False
        except RetryLater as error:
            await store.nudges.retry(nudge.id, time.time() + error.seconds,
                                    config.max_attempts + 1)
            return False
        except Permanent:
            log.warning("nudge %s refused by Telegram", nudge.id, exc_info=True)
            await store.nudges.failed(nudge.id)
            return False
        except Transient:  # network trouble, timeouts, 5xx: try again later
            log.warning("nudge %s not sent, retrying later", nudge.id, exc_info=True)
            retry = time.time() + config.retry * HOUR * self.time_scale
            await store.nudges.retry(nudge.id, retry, config.max_attempts)
            return False
        await store.nudges.sent(nudge.id, message_id)
        return True
