"""Fetching updates: every update parsed once, and one the library cannot read skipped alone.

PTB reads a batch of updates at once, and one it cannot read (a chat without `type`, a poll
lacking fields an older local Bot API omits) fails the whole batch: it is never confirmed,
so it is fetched again and again (hundreds of times a second, each time logged with the
users' texts) and nobody is answered.

Trying each update before PTB reads it parsed every update twice, a ninth of the CPU an
update costs (docs/BENCHMARKS.md). So the batch is read by PTB as usual, and only when that
fails is the same batch fetched again (it is not confirmed until a later offset) with each
update tried alone: one that fails is passed on as its bare update_id, which no handler
takes, so the offset moves past it and everyone else is answered. PTB's own report of the
failure, which holds the whole batch with the users' texts, is dropped from the log.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, cast

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

#: PTB's log line for a batch it could not read; it quotes every update in the batch.
_PTB_PARSE_FAILURE = "Error while parsing updates!"


def readable(raw: Any) -> dict[str, Any] | None:
    """An update as received if the library can read it, else its bare id (None: not even that).

    Logged once, without its content: an update may hold a user's text.
    """
    try:
        Update.de_json(raw, None)
        return cast(dict[str, Any], raw)
    except Exception as error:  # whatever the library raises on data it does not expect
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        fields = ", ".join(k for k in raw if k != "update_id") if isinstance(raw, dict) else "?"
        log.error("update %s skipped: it cannot be read (%s in %s)", update_id,
                  type(error).__name__, fields or "nothing")
        return {"update_id": update_id} if isinstance(update_id, int) else None


class _NoUpdateContents(logging.Filter):
    """Drops PTB's report of a batch it could not read (it holds the users' texts)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for that one report."""
        return not str(record.msg).startswith(_PTB_PARSE_FAILURE)


class ReadableUpdates(BaseRequest):
    """The getUpdates request; `careful` tries each update of the next answer alone."""

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner
        #: Telegram answered 409 Conflict: another instance polls with this token.
        self.conflict = False
        #: Set for one fetch after PTB failed to read a batch (see LenientBot).
        self.careful = False

    @property
    def read_timeout(self) -> float | None:
        """The wrapped request's."""
        return self.inner.read_timeout

    async def initialize(self) -> None:
        """Open the wrapped request."""
        await self.inner.initialize()

    async def shutdown(self) -> None:
        """Close the wrapped request."""
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """The wrapped request's call; after a 409 Conflict, no call at all.

        After a conflict the bot stops (handlers/errors.py), and PTB's last getUpdates on
        the way out would end the other instance's poll with a 409 of its own, stopping it
        too.
        """
        if self.conflict:
            return 200, b'{"ok": true, "result": []}'
        code, payload = await self.inner.do_request(url, method, request_data, read_timeout,
                                                    write_timeout, connect_timeout, pool_timeout)
        self.conflict = code == HTTPStatus.CONFLICT
        return code, payload

    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        """Telegram's answer; when careful, each update the library cannot read as its id."""
        data = BaseRequest.parse_json_payload(payload)
        result = data.get("result")
        if self.careful and data.get("ok") and isinstance(result, list):
            data["result"] = [u for u in map(readable, result) if u is not None]
        return data


class LenientBot(ExtBot[Any]):
    """PTB's bot, whose getUpdates skips an update it cannot read instead of failing."""

    __slots__ = ("_readable",)

    def __init__(self, *, updates: BaseRequest, **kwargs: Any) -> None:
        """`updates`, wrapped in ReadableUpdates, is the getUpdates request."""
        readable = ReadableUpdates(updates)
        super().__init__(get_updates_request=readable, **kwargs)
        with self._unfrozen():  # PTB's bot takes no attribute after its __init__ otherwise
            self._readable = readable
        # Bot.get_updates logs on the instance's class logger (ExtBot's, a subclass's own).
        for name in {self._LOGGER.name, ExtBot._LOGGER.name}:
            logger = logging.getLogger(name)
            if not any(isinstance(f, _NoUpdateContents) for f in logger.filters):
                logger.addFilter(_NoUpdateContents())

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        """PTB's getUpdates; a batch it cannot read is fetched again and read update by update.

        The batch is the same: the offset that would confirm it has not been sent.
        """
        try:
            return await super().get_updates(*args, **kwargs)
        except TelegramError:
            raise  # the network, Telegram's errors: PTB's Updater retries them
        except Exception:  # the batch could not be read; not logged: it holds users' texts
            log.warning("a batch of updates could not be read as a whole; reading it one by one")
        self._readable.careful = True
        try:
            return await super().get_updates(*args, **kwargs)
        finally:
            self._readable.careful = False
