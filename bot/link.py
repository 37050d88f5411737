"""The link to Telegram: when it last answered, and outages said once, then every minute.

`Link` is told of every call's outcome by `MonitoredRequest` (PTB's HTTP client, wrapped).
When Telegram cannot be reached it logs one warning naming the host, then one a minute
saying how long it has been down, then one when it answers again, instead of a line per
failed try. `last_ok` is the time of the last call Telegram answered, which the running bot
records for `msme-advisor health`.
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
from telegram.error import NetworkError
from telegram.request import HTTPXRequest, RequestData

from bot.logs import duration

log = logging.getLogger(__name__)

#: How often an ongoing outage is reported, in seconds.
REPORT_EVERY = 60.0


class Link:
    """Whether Telegram answers, as seen by every call the bot makes."""

    def __init__(self, api_url: str, clock: Callable[[], float] = time.time,
                 report_every: float = REPORT_EVERY) -> None:
        self.host = urlsplit(api_url).hostname or api_url
        self.clock, self.report_every = clock, report_every
        self.last_ok: float | None = None
        self.down_since: float | None = None
        self._next_report = 0.0

    def answered(self, sent_at: float | None = None) -> None:
        """Telegram answered a call (whatever it said) made at sent_at.

        An answer to a call made before the outage was noticed (a long poll under way) says
        nothing about now: it does not end the outage.
        """
        now = self.clock()
        if self.down_since is not None and (sent_at is None or sent_at >= self.down_since):
            log.warning("Telegram (%s) answers again after %s", self.host,
                        duration(now - self.down_since))
            self.down_since = None
        self.last_ok = now

    def failed(self, error: BaseException) -> None:
        """A call did not reach Telegram, timed out, or met a server error."""
        now = self.clock()
        if self.down_since is None:
            self.down_since, self._next_report = now, now + self.report_every
            log.warning("Telegram (%s) cannot be reached (%s); the bot keeps trying and "
                        "reports every minute until it answers", self.host, error)
        elif now >= self._next_report:
            self._next_report = now + self.report_every
            log.warning("Telegram (%s) has been unreachable for %s", self.host,
                        duration(now - self.down_since))


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context, as httpx makes it, for every client: each costs ~50 ms at a start."""
    return httpx.create_ssl_context()


class MonitoredRequest(HTTPXRequest):
    """PTB's HTTP client, telling a Link how each call went."""

    def __init__(self, link: Link, **kwargs: Any) -> None:
        kwargs.setdefault("httpx_kwargs", {"verify": _tls()})
        super().__init__(**kwargs)
        self.link = link

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Make the call; a network error, a timeout or a 5xx answer counts as down."""
        sent_at = self.link.clock()
        try:
            code, payload = await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout,
                pool_timeout)
        except NetworkError as error:  # TimedOut included
            self.link.failed(error)
            raise
        if code >= 500:
            self.link.failed(RuntimeError(f"HTTP {code}"))
        else:
            self.link.answered(sent_at)
        return code, payload
