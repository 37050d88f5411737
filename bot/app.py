"""The application factory: one PTB Application for Telegram, the terminal and the tests."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from http import HTTPStatus
from typing import Any, cast

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseUpdateProcessor,
    ContextTypes,
    Defaults,
)
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot import backups
from bot.advisor import Advisor
from bot.config import Settings
from bot.context import AdvisorApplication, AdvisorContext
from bot.handlers import broadcast, groups, nudges, register
from bot.knowledge import DEFAULT_LANGUAGE, Knowledge
from bot.serving import Serving

log = logging.getLogger(__name__)

#: How long a call to Telegram is retried through network errors and 5xx answers, in seconds.
SEND_PATIENCE = 120.0
#: The longest wait between two tries.
MAX_BACKOFF = 5.0


class PatientRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries calls lost to the network, timeouts and 5xx answers.

    PTB retries getUpdates by itself but raises on any other call, so without this a reply
    whose sendMessage met a dropped connection, a 502 or an outage would be lost. A timed-out
    call may have reached Telegram, so a retry can repeat a message: duplicates are bounded by
    the number of tries.
    """

    def __init__(self, *args: Any, patience: float = SEND_PATIENCE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.patience = patience

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send through the rate limiter; on a network error or 5xx try again with backoff."""
        deadline = time.monotonic() + self.patience
        delay = 0.5
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data,
                                                      rate_limit_args)
            except BadRequest:  # a NetworkError subclass, but the request itself is wrong
                raise
            except NetworkError as error:
                if time.monotonic() + delay > deadline:
                    raise
                # debug: a network outage is reported by bot/link.py, once a minute
                log.debug("%s failed (%s); trying again in %.1f s", endpoint, error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)


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


class ReadableUpdates(BaseRequest):
    """The getUpdates request, passing on only updates the library can read.

    PTB reads a batch of updates at once, and one it cannot read (a chat without `type`, a
    poll lacking fields an older local Bot API omits) fails the whole batch: it is never
    confirmed, so it is fetched again and again (hundreds of times a second, each time logged
    with the users' texts) and nobody is answered. Here each update is tried first, and one
    that fails is passed on as its bare update_id, which no handler takes: the offset moves
    past it and everyone else is answered.
    """

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner
        #: Telegram answered 409 Conflict: another instance polls with this token.
        self.conflict = False

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

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """Telegram's answer, with every update the library cannot read reduced to its id."""
        data = BaseRequest.parse_json_payload(payload)
        result = data.get("result")
        if data.get("ok") and isinstance(result, list):
            data["result"] = [u for u in map(readable, result) if u is not None]
        return data


async def _post_init(app: Application[Any, Any, Any, Any, Any, Any],
                     serving: Serving | None) -> None:
    """Start the advisor, publish the menus and descriptions per language, start the nudges."""
    assert isinstance(app, AdvisorApplication)  # noqa: S101 - made by build_application
    advisor = app.advisor
    on_progress, on_finished = broadcast.progress_reporter(app.bot, advisor)
    await advisor.start(broadcast.telegram_sender(app.bot),
                        nudges.telegram_sender(app.bot, advisor), on_progress, on_finished)
    knowledge = advisor.knowledge
    for lang in knowledge.languages:
        code = None if lang == DEFAULT_LANGUAGE else lang
        # Private chats get the owners' commands; groups only /plan <description>, the one
        # command that answers there (the others point to a private chat).
        for scope, key in ((BotCommandScopeAllPrivateChats(), "commands"),
                           (BotCommandScopeAllGroupChats(), "group_commands")):
            commands = [BotCommand(name, str(text))
                        for name, text in knowledge.text(lang, key).items()]
            await app.bot.set_my_commands(commands, scope=scope, language_code=code)
        # What a person sees before pressing Start, and in the bot's profile and shared links.
        description, short = advisor.descriptions(lang)
        await app.bot.set_my_description(description, language_code=code)
        await app.bot.set_my_short_description(short, language_code=code)
    for staff_id in sorted(await advisor.staff_ids()):
        await groups.set_staff_menu(app.bot, knowledge, staff_id)
    nudges.schedule(app)
    if advisor.settings.backup_dir is not None and app.job_queue is not None:
        app.job_queue.run_repeating(_daily_backup, interval=backups.CHECK_EVERY, first=30,
                                    name="backup")
    if serving is not None:
        await serving.start(app)


async def _daily_backup(context: AdvisorContext) -> None:
    """The JobQueue's hourly look whether the day's backup is due."""
    await context.advisor.daily_backup()


async def _post_shutdown(app: Application[Any, Any, Any, Any, Any, Any],
                         serving: Serving | None) -> None:
    """Stop the advisor's senders and close the store."""
    assert isinstance(app, AdvisorApplication)  # noqa: S101 - made by build_application
    if serving is not None:
        await serving.stop(app)
    await app.advisor.stop()


class PerUserProcessor(BaseUpdateProcessor):
    """Updates of different users run concurrently; one user's updates run in arrival order.

    With PTB's default (one update at a time) every user waits for every other user's Bot
    API calls and database writes: at a real Bot API's tens of milliseconds per call a busy
    bot would serve only a few updates a second. An owner's own updates must still be
    handled in order (an answer, then the next), so each user (or, without one, each chat)
    has a lock; the locks are dropped when nobody waits on them.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[object, tuple[asyncio.Lock, list[int]]] = {}

    @staticmethod
    def key(update: object) -> object:
        """The user (else the chat) an update belongs to; other objects share one key."""
        if isinstance(update, Update):
            if update.effective_user is not None:
                return ("user", update.effective_user.id)
            if update.effective_chat is not None:
                return ("chat", update.effective_chat.id)
        return None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update once its user's earlier updates are done."""
        key = self.key(update)
        entry = self._locks.get(key)
        if entry is None:
            entry = self._locks[key] = (asyncio.Lock(), [0])
        lock, waiting = entry
        waiting[0] += 1
        try:
            async with lock:
                await coroutine
        finally:
            waiting[0] -= 1
            if not waiting[0]:
                del self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""


def build_application(
    settings: Settings,
    knowledge: Knowledge,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    rate_limit: bool = False,
    serving: Serving | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """Build the advisor's Application; pass a request object to talk to a fake Bot API.

    `run` passes `serving`: signals, staff alerts and the health record (bot/serving.py).
    """
    # PTB's own switch for RetryAfter.retry_after as a timedelta: PTB reads that property
    # when it makes a RetryAfter (on any 429), and without the switch every one of them warns
    # that the int form is deprecated (an error under our tests). Set for the process, before
    # the first request; an operator's own setting wins.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    builder = (
        Application.builder()
        .application_class(AdvisorApplication, kwargs={"advisor": Advisor(knowledge, settings)})
        .context_types(ContextTypes(context=AdvisorContext))
        .token(settings.token or "123456:in-process-token-not-used-on-the-network")
        .base_url(f"{settings.api_url}/bot")
        .base_file_url(f"{settings.api_url}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .post_init(lambda app: _post_init(app, serving))
        .post_shutdown(lambda app: _post_shutdown(app, serving))
        .concurrent_updates(PerUserProcessor(settings.concurrent_updates))
    )
    if request is not None:
        builder = builder.request(request)
    # The builder's own getUpdates request, had it made one: one connection, default timeouts.
    updates = updates_request or request or HTTPXRequest(connection_pool_size=1)
    builder = builder.get_updates_request(ReadableUpdates(updates))
    if rate_limit:
        limiter: Any = PatientRateLimiter(overall_max_rate=settings.send_rate, max_retries=3)
        builder = builder.rate_limiter(limiter)
    app = builder.build()
    register(app)
    return app


@contextlib.asynccontextmanager
async def running(app: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[None]:
    """Initialise the app and its hooks without polling, for the terminal, tests and benchmarks."""
    async with app:
        assert app.post_init is not None  # noqa: S101 - set by build_application
        await app.post_init(app)
        try:
            yield
        finally:
            assert app.post_shutdown is not None  # noqa: S101
            await app.post_shutdown(app)
