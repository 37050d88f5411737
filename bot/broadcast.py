"""The broadcast delivery worker: paced, resumable, and free of any Telegram import.

Deliveries are rows in SQLite. The worker claims due rows (pending -> sending), sends each
through an injected async `send(chat_id, from_chat_id, message_id)`, and records the outcome
(sent, failed with a reason, blocked). A row left 'sending' by a crash goes back to pending
at start, so a restart resumes; duplicates are bounded by the sends that were in flight.

The send function raises the exceptions of bot.sending; a thin adapter maps Telegram's errors
onto them.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.sending import Blocked, Migrated, Permanent, RetryLater, Transient

log = logging.getLogger(__name__)


class Delivery(Protocol):
    """One message of a broadcast to one chat, as the queue hands it out."""

    @property
    def id(self) -> int:
        """The delivery's id."""

    @property
    def broadcast_id(self) -> int:
        """The broadcast it belongs to."""

    @property
    def chat_id(self) -> int:
        """Where it goes."""

    @property
    def user_id(self) -> int | None:
        """The owner it goes to; None for a group."""

    @property
    def attempts(self) -> int:
        """Sends tried so far."""

    @property
    def from_chat_id(self) -> int:
        """The chat of the message to copy."""

    @property
    def message_id(self) -> int:
        """The message to copy."""


class DeliveryQueue(Protocol):
    """Durable deliveries and their broadcasts (the store's broadcasts repository)."""

    async def recover_deliveries(self) -> int:
        """Deliveries left 'sending' by a crash go back to pending; how many."""

    async def claim_deliveries(self, limit: int, now: float) -> Sequence[Delivery]:
        """Move up to `limit` due deliveries to 'sending' and return them."""

    async def finish_delivery(self, delivery_id: int, status: str, error: str | None = None,
                              chat_id: int | None = None) -> None:
        """Record the outcome of one delivery: sent, failed or blocked."""

    async def retry_delivery(self, delivery_id: int, not_before: float, error: str | None,
                             chat_id: int | None = None, count_attempt: bool = True) -> None:
        """Put a delivery back in the queue, not before a time."""

    async def next_due(self) -> float | None:
        """When the earliest pending delivery becomes due; None when none is pending."""

    async def delivery_counts(self, broadcast_id: int) -> dict[str, int]:
        """Deliveries of a broadcast by status."""

    async def delivery_errors(self, broadcast_id: int) -> dict[str, int]:
        """Failed deliveries of a broadcast, counted by reason."""

    async def sending(self) -> list[int]:
        """Broadcasts still being delivered."""

    async def complete(self, broadcast_id: int) -> bool:
        """Mark a broadcast done once nothing of it is pending or sending."""


#: How far behind schedule the pacer may catch up (any one second stays within 2% of the rate).
CATCH_UP = 0.02

Send = Callable[[int, int, int], Awaitable[None]]
Progress = Callable[[int, dict[str, int]], Awaitable[None]]
Finished = Callable[[int, dict[str, int], dict[str, int]], Awaitable[None]]
Inactive = Callable[[int, int | None], Awaitable[None]]
Moved = Callable[[int, int], Awaitable[None]]


@dataclass(frozen=True)
class Limits:
    """Sending limits (Telegram's: 30 messages a second, 20 a minute per group)."""

    per_second: float = 30.0
    per_group_per_minute: int = 20
    max_in_flight: int = 30
    max_attempts: int = 5
    backoff: float = 1.0
    progress_every: float = 2.0


@dataclass
class Pacer:
    """A token bucket for the overall rate and a sliding minute for each group."""

    limits: Limits
    clock: Callable[[], float] = time.monotonic
    _next: float = 0.0
    _paused_until: float = 0.0
    _groups: dict[int, collections.deque[float]] = field(default_factory=dict)
    rate: float = 0.0

    def __post_init__(self) -> None:
        self.rate = self.rate or self.limits.per_second

    def pause(self, seconds: float) -> None:
        """Send nothing for a while (after a 429), then 10% slower than before."""
        if self.clock() >= self._paused_until:  # one slow-down per flood, not per refusal
            self.rate = max(1.0, self.rate * 0.9)
        self._paused_until = max(self._paused_until, self.clock() + seconds)

    def group_wait(self, chat_id: int) -> float:
        """Seconds until the group may receive another message (0: now)."""
        if chat_id >= 0:
            return 0.0
        window = self._groups.get(chat_id)
        if window is None:
            return 0.0
        now = self.clock()
        while window and window[0] <= now - 60:
            window.popleft()
        if len(window) < self.limits.per_group_per_minute:
            return 0.0
        return window[0] + 60 - now

    def note_group(self, chat_id: int) -> None:
        """Count a message sent to a group."""
        if chat_id < 0:
            self._groups.setdefault(chat_id, collections.deque()).append(self.clock())

    async def slot(self) -> None:
        """Wait for the next slot of the overall rate (and for any pause to end)."""
        while True:
            now = self.clock()
            start = max(self._next, self._paused_until, now)
            if start <= now:
                # Sleeping overshoots a little; catching up at most CATCH_UP seconds keeps
                # the average at the limit while an idle spell saves up no burst.
                interval = 1 / self.rate
                self._next = max(self._next, now - CATCH_UP) + interval
                return
            await asyncio.sleep(start - now)


@dataclass
class Worker:
    """Delivers every pending delivery, then waits for more."""

    queue: DeliveryQueue
    send: Send
    limits: Limits = field(default_factory=Limits)
    time_scale: float = 1.0
    on_progress: Progress | None = None
    on_finished: Finished | None = None
    on_inactive: Inactive | None = None
    on_migrated: Moved | None = None
    sent_total: int = 0
    rate_limited: int = 0
    _wake: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task[None] | None = None
    _in_flight: set[asyncio.Task[None]] = field(default_factory=set)
    _last_progress: dict[int, float] = field(default_factory=dict)
    _pacer: Pacer | None = None

    @property
    def pacer(self) -> Pacer:
        """The pacer (made on first use)."""
        if self._pacer is None:
            self._pacer = Pacer(self.limits)
        return self._pacer

    async def start(self) -> None:
        """Recover rows a crash left 'sending', then run in the background."""
        recovered = await self.queue.recover_deliveries()
        if recovered:
            log.warning("%d deliveries were in flight at a crash; sending them again", recovered)
        self.kick()

    def kick(self) -> None:
        """Make sure the worker runs and looks for due deliveries now."""
        self._wake.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop sending; rows in flight stay 'sending' until the next start."""
        tasks = [t for t in (self._task, *self._in_flight) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._task = None

    async def idle(self) -> None:
        """Wait until nothing is pending or in flight (for tests and benchmarks)."""
        while True:
            if self._task is None or self._task.done():
                if self._task is not None and self._task.exception() is not None:
                    raise self._task.exception()  # type: ignore[misc]
                if await self.queue.next_due() is None and not self._in_flight:
                    return
                self.kick()
            await asyncio.sleep(0.01)

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            due = await self.queue.claim_deliveries(self.limits.max_in_flight, time.time())
            for delivery in due:
                await self._dispatch(delivery)
            if due:
                continue
            if self._in_flight:
                await asyncio.wait(self._in_flight)
                continue
            await self._finish_broadcasts()
            next_due = await self.queue.next_due()
            if next_due is None:
                return  # kick() starts a new run when a broadcast is sent
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.0, next_due - time.time()))

    async def _dispatch(self, delivery: Delivery) -> None:
        wait = self.pacer.group_wait(delivery.chat_id)
        if wait > 0:
            await self.queue.retry_delivery(delivery.id, time.time() + wait, None,
                                            count_attempt=False)
            return
        while len(self._in_flight) >= self.limits.max_in_flight:
            await asyncio.wait(self._in_flight, return_when=asyncio.FIRST_COMPLETED)
        await self.pacer.slot()
        self.pacer.note_group(delivery.chat_id)
        task = asyncio.get_running_loop().create_task(self._guarded(delivery))
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)

    async def _guarded(self, delivery: Delivery) -> None:
        """Deliver one; an unexpected fault is logged, and the row is retried at restart."""
        try:
            await self._deliver(delivery)
        except Exception:
            log.exception("delivery %s failed unexpectedly", delivery.id)

    async def _deliver(self, delivery: Delivery, moved_to: int | None = None) -> None:
        """Send one delivery (to the group's new id after a migration) and record the outcome."""
        followed = moved_to is not None
        chat_id = delivery.chat_id if moved_to is None else moved_to
        try:
            await self.send(chat_id, delivery.from_chat_id, delivery.message_id)
        except RetryLater as flood:
            self.rate_limited += 1
            self.pacer.pause(flood.seconds * self.time_scale)
            await self.queue.retry_delivery(
                delivery.id, time.time() + flood.seconds * self.time_scale, "flood control",
                count_attempt=False)
            return
        except Migrated as moved:
            if self.on_migrated is not None:
                await self.on_migrated(chat_id, moved.new_chat_id)
            if followed:
                await self.queue.finish_delivery(delivery.id, "failed", "migrated twice")
                return
            await self._deliver(delivery, moved.new_chat_id)
            return
        except Blocked:
            await self.queue.finish_delivery(delivery.id, "blocked", "blocked")
            if self.on_inactive is not None:
                await self.on_inactive(chat_id, delivery.user_id)
        except Transient as error:
            reason = str(error) or "network error"
            if delivery.attempts + 1 >= self.limits.max_attempts:
                await self.queue.finish_delivery(delivery.id, "failed", reason)
            else:
                delay = self.limits.backoff * 2 ** delivery.attempts * self.time_scale
                await self.queue.retry_delivery(delivery.id, time.time() + delay, reason,
                                                chat_id=chat_id)
                self._wake.set()
                return
        except Permanent as error:
            await self.queue.finish_delivery(delivery.id, "failed", str(error) or "refused")
        else:
            await self.queue.finish_delivery(delivery.id, "sent",
                                             chat_id=chat_id if followed else None)
            self.sent_total += 1
        await self._progress(delivery.broadcast_id)

    async def _progress(self, broadcast_id: int) -> None:
        now = time.monotonic()
        if now - self._last_progress.get(broadcast_id, 0.0) < self.limits.progress_every:
            return
        self._last_progress[broadcast_id] = now
        counts = await self.queue.delivery_counts(broadcast_id)
        log.info("broadcast %s: %s", broadcast_id, _counted(counts))
        if self.on_progress is not None:
            await self.on_progress(broadcast_id, counts)

    async def _finish_broadcasts(self) -> None:
        for broadcast_id in await self.queue.sending():
            if not await self.queue.complete(broadcast_id):
                continue
            counts = await self.queue.delivery_counts(broadcast_id)
            log.info("broadcast %s finished: %s", broadcast_id, _counted(counts))
            if self.on_finished:
                await self.on_finished(broadcast_id, counts,
                                       await self.queue.delivery_errors(broadcast_id))


def _counted(counts: dict[str, int]) -> str:
    """Delivery counts for the log: sent=120 pending=30."""
    return " ".join(f"{status}={number}" for status, number in sorted(counts.items()))
