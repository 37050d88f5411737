"""Errors told to the staff chat: one message per kind of error at most every 10 minutes.

`StaffAlerts` is a log handler: every ERROR (or worse) logged anywhere becomes an alert of its
kind, the exception's type (or, without one, the logger's name). The log message itself is
never sent, since a library's message may quote a user's update; the staff see what failed
and how often, and find the details in the log.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

#: At most one alert per kind in this many seconds; the next one says how many were held back.
WINDOW = 600.0

Alert = Callable[[str, int], Awaitable[None]]


def kind_of(record: logging.LogRecord) -> str:
    """What failed, without data: the exception's type, else the logger's name."""
    if record.exc_info and record.exc_info[0] is not None:
        kind = record.exc_info[0]
        module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
        return f"{module}{kind.__qualname__}"
    return record.name


class StaffAlerts(logging.Handler):
    """Sends `alert(kind, count)` on the loop for errors, throttled per kind."""

    def __init__(self, alert: Alert, loop: asyncio.AbstractEventLoop,
                 clock: Callable[[], float] = time.monotonic, window: float = WINDOW) -> None:
        super().__init__(logging.ERROR)
        self.alert, self.loop, self.clock, self.window = alert, loop, clock, window
        self._last: dict[str, float] = {}
        self._held: Counter[str] = Counter()
        self._guard = threading.Lock()  # errors are logged from worker threads too
        self._tasks: set[asyncio.Task[Any]] = set()

    def emit(self, record: logging.LogRecord) -> None:
        """Count the error; alert if its kind has not been alerted within the window."""
        if record.name == __name__:  # a failed alert must not alert about itself
            return
        kind, now = kind_of(record), self.clock()
        with self._guard:
            self._held[kind] += 1
            last = self._last.get(kind)
            if last is not None and now - last < self.window:
                return
            count = self._held.pop(kind)
            self._last[kind] = now
        self.loop.call_soon_threadsafe(self._start, kind, count)

    def _start(self, kind: str, count: int) -> None:
        task = self.loop.create_task(self._send(kind, count))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, kind: str, count: int) -> None:
        try:
            await self.alert(kind, count)
        except Exception as error:  # any failure: logged below ERROR, so never an alert
            logging.getLogger(__name__).warning("could not alert the staff chat (%s): %s",
                                                kind, error)
