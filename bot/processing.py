"""How updates are processed: many users at once, each user's in order, floods dropped.

PTB hands every update to the Application's update processor as its own task. With PTB's
default one update runs at a time, and every owner would wait for every other owner's Bot
API calls and database writes. `FairProcessor` runs up to `max_concurrent_updates` updates
at once, of different users; one user's updates run one after another, in arrival order (an
answer, then the next).

PTB's own processor takes one of those slots *before* the subclass sees the update, so a
user's queued updates would hold every slot while they wait for each other: one user sending
a thousand messages made another's /help wait 22 s. Here an update first waits for its
user's turn, holding nothing, and only then takes a slot: a user's updates never hold more
than one slot. A user with `per_user_queue` updates in hand is flooding: further
updates are dropped, and the first drop is answered once with a request to slow down
(`on_flood`); nobody else's update is ever dropped or queued behind theirs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

#: Updates of one user in hand at once (one running, the rest waiting); more are a flood.
PER_USER_QUEUE = 10

OnFlood = Callable[[Update], Awaitable[None]]


@dataclass
class _User:
    """One user's turn and how many of their updates wait for it."""

    turn: asyncio.Lock = field(default_factory=asyncio.Lock)
    waiting: int = 0
    warned: bool = False


class FairProcessor(BaseUpdateProcessor):
    """Updates of different users at once, one user's in order and in one slot at most."""

    def __init__(self, max_concurrent_updates: int, per_user_queue: int = PER_USER_QUEUE,
                 on_flood: OnFlood | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self.per_user_queue = per_user_queue
        self.on_flood = on_flood
        #: Updates dropped as floods, since the start.
        self.dropped = 0
        self._users: dict[object, _User] = {}

    @staticmethod
    def key(update: object) -> object:
        """The user (else the chat) an update belongs to; None for anything else."""
        if isinstance(update, Update):
            if update.effective_user is not None:
                return ("user", update.effective_user.id)
            if update.effective_chat is not None:
                return ("chat", update.effective_chat.id)
        return None

    # PTB marks process_update final: its version takes a slot before the user's turn, the
    # very thing this class exists to avoid (see the module docstring).
    async def process_update(  # type: ignore[misc]
        self, update: object, coroutine: Awaitable[Any]
    ) -> None:
        """Wait for the user's turn holding nothing, then for a slot; drop a flood."""
        key = self.key(update)
        if key is None:
            async with self._semaphore:  # PTB's slots
                await coroutine
            return
        user = self._users.get(key)
        if user is None:
            user = self._users[key] = _User()
        if user.waiting >= self.per_user_queue:
            await self._drop(update, coroutine, user)
            return
        user.waiting += 1
        try:
            async with user.turn, self._semaphore:
                await coroutine
        finally:
            user.waiting -= 1
            if not user.waiting:
                del self._users[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Unused: process_update does the work (PTB requires the method)."""
        await coroutine

    async def _drop(self, update: object, coroutine: Awaitable[Any], user: _User) -> None:
        """Drop a flooding user's update; the first of a flood is answered once."""
        if isinstance(coroutine, Coroutine):
            coroutine.close()  # never run: no "never awaited" warning
        self.dropped += 1
        if user.warned or self.on_flood is None or not isinstance(update, Update):
            return
        user.warned = True  # until their queue has drained
        log.warning("user %s is flooding: their updates are dropped for now",
                    self.key(update))
        try:
            await self.on_flood(update)
        except Exception:  # telling them is a courtesy; a failure changes nothing else
            log.exception("could not ask %s to slow down", self.key(update))

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""
