"""The application factory: one PTB Application for Telegram, the terminal and the tests."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
from collections.abc import AsyncIterator
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
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot import backups
from bot.advisor import Advisor
from bot.config import Settings
from bot.context import AdvisorApplication, AdvisorContext
from bot.handlers import broadcast, groups, nudges, register
from bot.knowledge import DEFAULT_LANGUAGE, Knowledge
from bot.outbound import SEND_PATIENCE, Outbound, SendLimits
from bot.processing import FairProcessor
from bot.serving import Serving

log = logging.getLogger(__name__)


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


async def _slow_down(app: Application[Any, Any, Any, Any, Any, Any], update: Update) -> None:
    """Ask a flooding user, once, to wait for the answers (their extra updates are dropped)."""
    assert isinstance(app, AdvisorApplication)  # noqa: S101 - made by build_application
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    knowledge = app.advisor.knowledge
    lang = knowledge.language(user.language_code if user else None)
    await app.bot.send_message(chat.id, knowledge.message(lang, "slow_down"))


def build_application(
    settings: Settings,
    knowledge: Knowledge,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    rate_limit: bool = False,
    serving: Serving | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """Build the advisor's Application; pass a request object to talk to a fake Bot API.

    `rate_limit` keeps Telegram's limits and retries calls lost to the network; `run` also
    passes `serving`: signals, staff alerts and the health record (bot/serving.py).
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
        .concurrent_updates(FairProcessor(settings.concurrent_updates))
    )
    if request is not None:
        builder = builder.request(request)
    # The builder's own getUpdates request, had it made one: one connection, default timeouts.
    updates = updates_request or request or HTTPXRequest(connection_pool_size=1)
    builder = builder.get_updates_request(ReadableUpdates(updates))
    # Every call goes through the one outbound queue (bot/outbound.py), so that broadcasts
    # and nudges can mark themselves as bulk; without `rate_limit` (the in-process tests and
    # the terminal) it sends at once and retries nothing.
    limits = SendLimits(per_second=settings.send_rate,
                        group_per_minute=settings.group_per_minute) if rate_limit else None
    outbound: Any = Outbound(limits, patience=SEND_PATIENCE if rate_limit else 0)
    builder = builder.rate_limiter(outbound)
    app = builder.build()
    processor = app.update_processor
    assert isinstance(processor, FairProcessor)  # noqa: S101 - set just above
    processor.on_flood = functools.partial(_slow_down, app)
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
