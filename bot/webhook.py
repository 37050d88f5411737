"""The webhook: Telegram POSTs each update to `msme-advisor run --webhook-url URL`.

PTB's own webhook server reads every request body whole before looking at anything (ten
parallel 90 MB POSTs took the process from 57 to 788 MB), answers 500 to a body that is not
JSON, and 400 to an update it cannot read, which Telegram then sends again and again. Here a
request is checked in this order, and its body is read only after the first three pass:

1. the secret header Telegram sends (`secret_token` of setWebhook): else 403;
2. a declared length (411 without one) of at most 1 MB (else 413; an update is a few KB);
3. the body, read up to that length, must be a JSON object with an integer `update_id`:
   else 400;
4. an update the library cannot read is logged once and skipped, answered 200 (bot.app's
   `readable`), as getUpdates does.

The Application runs as PTB's run_webhook would run it, with the server above in place of
PTB's: start-up waits for Telegram, SIGINT and SIGTERM stop it cleanly.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import tornado.web
from telegram import Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import Application
from tornado.httpserver import HTTPServer

from bot.app import running
from bot.polling import readable
from bot.serving import HealthHandler, Serving

log = logging.getLogger(__name__)

#: The largest request body read; Telegram's updates are a few kilobytes.
MAX_BODY = 1024 * 1024
#: The longest wait between two tries to reach Telegram at start-up, in seconds.
MAX_WAIT = 30.0
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - the header's name


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """One POST from Telegram: checked as the module says, then queued for the Application."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: Application[Any, Any, Any, Any, Any, Any], secret: str) -> None:
        """Per request: the Application to hand updates to, the secret to expect."""
        self.app, self.secret = app, secret
        self.body = bytearray()

    def prepare(self) -> None:
        """The secret, then the declared length, before a byte of the body is read."""
        sent = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(sent.encode(), self.secret.encode()):
            raise tornado.web.HTTPError(403)
        length = self.request.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise tornado.web.HTTPError(411)
        if int(length) > MAX_BODY:
            raise tornado.web.HTTPError(413)
        connection = self.request.connection
        if connection is not None:
            connection.set_max_body_size(MAX_BODY)  # type: ignore[attr-defined]

    def data_received(self, chunk: bytes) -> None:
        """Collect the body (at most its declared length, checked above)."""
        self.body += chunk

    async def post(self) -> None:
        """Queue the update; 400 for a body that is not one."""
        try:
            data = json.loads(self.body)
        except ValueError:
            data = None
        if not isinstance(data, dict) or type(data.get("update_id")) is not int:
            raise tornado.web.HTTPError(400)
        raw = readable(data)  # an update the library cannot read becomes its bare id
        assert raw is not None  # noqa: S101 - it has an update_id
        await self.app.update_queue.put(Update.de_json(raw, self.app.bot))
        self.finish()

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """No page: the status says it."""
        self.finish()


async def _patiently(call: Callable[[], Awaitable[Any]], what: str, stop: asyncio.Event) -> bool:
    """Call until Telegram answers, waiting 1 s, growing to 30 s; False when stopped first."""
    wait = 1.0
    while not stop.is_set():
        try:
            await call()
            return True
        except BadRequest:  # a NetworkError subclass, but the call itself is wrong
            raise
        except NetworkError as error:
            # debug: bot/link.py says once that Telegram cannot be reached, then once a minute
            log.debug("%s failed (%s); trying again in %.0f s", what, error, wait)
            try:
                await asyncio.wait_for(stop.wait(), wait)
            except TimeoutError:
                wait = min(wait * 1.5, MAX_WAIT)
    return False


async def serve(app: Application[Any, Any, Any, Any, Any, Any], listen: str, port: int,
                path: str, url: str, secret: str, serving: Serving | None = None) -> None:
    """Set the webhook, serve updates at /path on listen:port until SIGINT or SIGTERM.

    With `serving`, GET /healthz on the same port answers how the bot is (bot/serving.py).
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    # getMe first, as PTB's start-up does; `running` initialises only once.
    if not await _patiently(app.initialize, "getMe", stop):
        return
    async with running(app):

        async def set_webhook() -> None:
            await app.bot.set_webhook(url, secret_token=secret,
                                      allowed_updates=Update.ALL_TYPES)

        if not await _patiently(set_webhook, "setWebhook", stop):
            return
        routes: list[Any] = [(rf"/{path}/?", UpdateHandler, {"app": app, "secret": secret})]
        if serving is not None:
            routes.append((r"/healthz", HealthHandler, {"serving": serving, "app": app}))
        server = HTTPServer(  # log_function: no line per update
            tornado.web.Application(routes, log_function=lambda handler: None),
            max_body_size=MAX_BODY)
        server.listen(port, address=listen)
        await app.start()
        log.info("webhook listening on %s:%s", listen, port)
        try:
            await stop.wait()
        finally:
            server.stop()
            await server.close_all_connections()
            await app.stop()
