"""One queue for everything the bot sends: Telegram's limits, and owners before bulk.

Every Bot API call that names a chat passes through `Outbound`, a PTB rate limiter (the
Application's bot hands it each call). It keeps one budget for all of them: at most
ADVISOR_SEND_RATE calls a second (Telegram's 30) in all, about one a second per private chat
(a burst of three, as a plan's messages are), and 20 a minute per group. Telegram does not
say whether replies to users count towards the 30 a second, so everything counts here; only
answerCallbackQuery and calls without a chat (getMe, setMyCommands) go straight through.

Replies to an owner's own action are `INTERACTIVE` (the default) and go first; the rest of
a reply already begun (`FOLLOW_UP`: the plan after "Here is your action plan") lets them by
for up to 2 s, then goes first; broadcasts and nudges pass `rate_limit_args=BULK` and get
what the others leave.
Within a class calls go in arrival order, skipping a chat that must wait (so one chat's
burst does not hold the others up), and one chat's calls never overtake each other.

A 429 stops every send for its retry_after; an interactive call then queues again (up to
MAX_FLOOD_RETRIES times), a bulk call raises RetryAfter to its worker, which reschedules it
in the database. Calls lost to the network, timeouts and 5xx answers are retried with
backoff for up to `patience` seconds: a timed-out call may have reached Telegram, so a retry
can repeat a message (duplicates are bounded by the tries).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dtm
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

#: The classes of calls, as `rate_limit_args` (PTB drops a falsy value, so strings): a
#: reply to an owner's own action; the rest of a reply already begun (a plan's messages
#: after the edit that announces it); broadcasts and nudges.
INTERACTIVE = "interactive"
FOLLOW_UP = "follow-up"
BULK = "bulk"
#: A follow-up lets interactive calls go first for at most this long, in seconds.
FOLLOW_UP_PATIENCE = 2.0
#: How long a call is retried through network errors and 5xx answers, in seconds.
SEND_PATIENCE = 120.0
#: The longest wait between two tries.
MAX_BACKOFF = 5.0
#: An interactive call refused with 429 queues again this many times before giving up.
MAX_FLOOD_RETRIES = 3
#: How far behind schedule the budget may catch up after a late wake-up, in seconds.
CATCH_UP = 0.02


@dataclass(frozen=True)
class SendLimits:
    """Telegram's limits, as the bot keeps them."""

    per_second: float = 30.0
    chat_per_second: float = 1.0
    chat_burst: float = 3.0
    group_per_minute: int = 20


@dataclass
class _Call:
    """A call waiting for its turn."""

    chat: int | str
    turn: asyncio.Future[None]
    since: float


@dataclass
class _Chat:
    """What one chat has used: a token bucket (private chats) or a minute's sends (groups)."""

    tokens: float
    at: float
    sent: collections.deque[float] = field(default_factory=collections.deque)


def retry_seconds(error: RetryAfter) -> float:
    """A RetryAfter's wait in seconds (PTB gives a timedelta or, in older modes, an int)."""
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, dtm.timedelta) else float(wait)


class Outbound(BaseRateLimiter[str]):
    """The scheduler of every outbound call: one budget, interactive calls first."""

    def __init__(self, limits: SendLimits | None = None, patience: float = SEND_PATIENCE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`limits` None sends at once (the in-process tests); 429s then raise."""
        self.limits = limits
        self.patience = patience
        self.clock = clock
        self.queues: dict[str, collections.deque[_Call]] = {
            INTERACTIVE: collections.deque(), FOLLOW_UP: collections.deque(),
            BULK: collections.deque()}
        #: Calls let through, by class; 429 answers received.
        self.granted: collections.Counter[str] = collections.Counter()
        self.flooded = 0
        self._chats: dict[int | str, _Chat] = {}
        self._next = 0.0
        self._paused_until = 0.0
        self._starts: collections.deque[float] = collections.deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        """Nothing to open: the dispatcher starts with the first call that must wait."""

    async def shutdown(self) -> None:
        """Stop the dispatcher; calls still queued are cancelled."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for queue in self.queues.values():
            for call in queue:
                call.turn.cancel()
            queue.clear()

    # --- what the handlers may ask ---------------------------------------------------------

    def wait_estimate(self) -> float:
        """Seconds an interactive call made now would wait for its turn (about)."""
        if self.limits is None:
            return 0.0
        now = self.clock()
        waiting = len(self.queues[INTERACTIVE]) + len(self.queues[FOLLOW_UP])
        ahead = waiting / self.limits.per_second
        return max(0.0, self._paused_until - now, self._next - now) + ahead

    # --- PTB's entry point -----------------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: str | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Wait for the call's turn, make it; on 429 or a network fault, as the module says."""
        chat = _chat_of(endpoint, data)
        kind = rate_limit_args if rate_limit_args in (FOLLOW_UP, BULK) else INTERACTIVE
        deadline = self.clock() + self.patience
        delay, floods = 0.5, 0
        while True:
            if chat is not None and self.limits is not None:
                await self._turn(chat, kind)
                await self._window()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                self.flooded += 1
                seconds = retry_seconds(error)
                self._paused_until = max(self._paused_until, self.clock() + seconds)
                log.warning("%s refused with 429: nothing is sent for %.0f s", endpoint, seconds)
                if kind == BULK or self.limits is None or floods >= MAX_FLOOD_RETRIES:
                    raise
                floods += 1
            except BadRequest:  # a NetworkError subclass, but the request itself is wrong
                raise
            except NetworkError as error:
                if self.clock() + delay > deadline:
                    raise
                # debug: a network outage is reported by bot/link.py, once a minute
                log.debug("%s failed (%s); trying again in %.1f s", endpoint, error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)

    # --- the queue -------------------------------------------------------------------------

    async def _window(self) -> None:
        """Start no more than the budget's calls in any one second, counted as they start.

        The dispatcher spaces its turns evenly; a call can still start late (the loop was
        busy with a batch of updates) and bunch up with the next ones on their way to
        Telegram. Counting where calls really start keeps the budget there too.
        """
        assert self.limits is not None  # noqa: S101 - only with limits
        limit = max(1, int(self.limits.per_second))
        while True:
            now = self.clock()
            while self._starts and self._starts[0] <= now - 1.0:
                self._starts.popleft()
            if len(self._starts) < limit:
                self._starts.append(now)
                return
            await asyncio.sleep(self._starts[0] + 1.0 - now)

    async def _turn(self, chat: int | str, kind: str) -> None:
        """Queue a call and wait until the dispatcher lets it go."""
        turn = asyncio.get_running_loop().create_future()
        self.queues[kind].append(_Call(chat, turn, self.clock()))
        self._wake.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._dispatch())
        await turn  # cancelled with the caller: the dispatcher skips it

    async def _dispatch(self) -> None:
        """Let calls go one at a time, each at the overall rate, the best ready one first."""
        assert self.limits is not None  # noqa: S101 - only started with limits
        interval = 1 / self.limits.per_second
        while True:
            now = self.clock()
            start = max(self._next, self._paused_until)
            if start > now:
                await asyncio.sleep(start - now)
                continue
            call, kind, ready_at = self._pick(now)
            if call is None:
                self._wake.clear()
                # Nothing queued: wait for a call; else for the first chat that may receive.
                queued = any(self.queues.values())
                timeout = max(0.001, ready_at - now) if queued else None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout)
                continue
            self.queues[kind].remove(call)
            self._next = max(self._next, now - CATCH_UP) + interval
            self._use(call.chat, now)
            self.granted[kind] += 1
            call.turn.set_result(None)

    def _pick(self, now: float) -> tuple[_Call | None, str, float]:
        """The first call of the best class whose chat may receive now; else when one may.

        Follow-ups that have waited FOLLOW_UP_PATIENCE go first, then interactive calls,
        then the other follow-ups, then bulk.
        """
        ready_at = float("inf")
        aged = now - FOLLOW_UP_PATIENCE
        for kind, oldest_only in ((FOLLOW_UP, True), (INTERACTIVE, False), (FOLLOW_UP, False),
                                  (BULK, False)):
            queue = self.queues[kind]
            for call in list(queue):
                if oldest_only and call.since > aged:
                    break  # in arrival order: the rest are younger still
                if call.turn.done():  # its caller gave up (cancelled)
                    queue.remove(call)
                    continue
                when = self._ready_at(call.chat, now)
                if when <= now:
                    return call, kind, now
                ready_at = min(ready_at, when)
        return None, INTERACTIVE, ready_at

    def _ready_at(self, chat: int | str, now: float) -> float:
        """When a chat may receive its next message."""
        assert self.limits is not None  # noqa: S101
        state = self._chats.get(chat)
        if state is None:
            return now
        if _is_group(chat):
            while state.sent and state.sent[0] <= now - 60:
                state.sent.popleft()
            if len(state.sent) < self.limits.group_per_minute:
                return now
            return state.sent[0] + 60
        tokens = min(self.limits.chat_burst,
                     state.tokens + (now - state.at) * self.limits.chat_per_second)
        if tokens >= 1:
            return now
        return now + (1 - tokens) / self.limits.chat_per_second

    def _use(self, chat: int | str, now: float) -> None:
        """Count a call let go to a chat."""
        assert self.limits is not None  # noqa: S101
        state = self._chats.get(chat)
        if _is_group(chat):
            if state is None:
                state = self._chats[chat] = _Chat(0.0, now)
            state.sent.append(now)
            return
        if state is None:
            state = self._chats[chat] = _Chat(self.limits.chat_burst, now)
        state.tokens = min(self.limits.chat_burst,
                           state.tokens + (now - state.at) * self.limits.chat_per_second) - 1
        state.at = now
        if len(self._chats) > 10_000:  # forget chats whose bucket is full again
            self._forget(now)

    def _forget(self, now: float) -> None:
        """Drop the state of chats that could take a full burst or a full minute again."""
        assert self.limits is not None  # noqa: S101
        full = self.limits.chat_burst / self.limits.chat_per_second
        for chat in [c for c, s in self._chats.items()
                     if (s.sent[-1] if s.sent else s.at) < now - max(full, 60)]:
            del self._chats[chat]


def _chat_of(endpoint: str, data: dict[str, Any]) -> int | str | None:
    """The chat a call sends to, or None for calls the budget leaves alone."""
    if endpoint == "answerCallbackQuery":
        return None
    chat = data.get("chat_id")
    if chat is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        return int(chat)
    return str(chat)  # "@channelname"


def _is_group(chat: int | str) -> bool:
    """Groups and channels have negative ids (or a @name); private chats positive ones."""
    return isinstance(chat, str) or chat < 0
