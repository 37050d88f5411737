"""The application factory: one PTB Application for Telegram, the terminal and the tests."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections.abc import AsyncIterator, Awaitable
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot import backups
from bot.advisor import Advisor
from bot.config import Settings
from bot.context import AdvisorApplication, AdvisorContext
from bot.handlers import broadcast, groups, nudges, register
from bot.knowledge import DEFAULT_LANGUAGE, Knowledge
from bot.outbound import SEND_PATIENCE, Outbound, SendLimits
from bot.polling import LenientBot
from bot.processing import FairProcessor
from bot.serving import Serving

log = logging.getLogger(__name__)


async def _post_init(app: Application[Any, Any, Any, Any, Any, Any],
                     serving: Serving | None) -> None:
    """Start the advisor, publish the menus and descriptions per language, start the nudges."""
    assert isinstance(app, AdvisorApplication)  # noqa: S101 - made by build_application
    advisor = app.advisor
    on_progress, on_finished = broadcast.progress_reporter(app.bot, advisor)
    await advisor.start(broadcast.telegram_sender(app.bot),
                        nudges.telegram_sender(app.bot, advisor), on_progress, on_finished)
    knowledge = advisor.knowledge
    # All at once, not one after another: polling starts when they are done, and each is a
    # round trip to Telegram (12 for three languages, 3 more per staff member).
    calls: list[Awaitable[Any]] = []
    for lang in knowledge.languages:
        code = None if lang == DEFAULT_LANGUAGE else lang
        # Private chats get the owners' commands; groups only /plan <description>, the one
        # command that answers there (the others point to a private chat).
        for scope, key in ((BotCommandScopeAllPrivateChats(), "commands"),
                           (BotCommandScopeAllGroupChats(), "group_commands")):
            commands = [BotCommand(name, str(text))
                        for name, text in knowledge.text(lang, key).items()]
            calls.append(app.bot.set_my_commands(commands, scope=scope, language_code=code))
        # What a person sees before pressing Start, and in the bot's profile and shared links.
        description, short = advisor.descriptions(lang)
        calls.append(app.bot.set_my_description(description, language_code=code))
        calls.append(app.bot.set_my_short_description(short, language_code=code))
    calls += [groups.set_staff_menu(app.bot, knowledge, staff_id)
              for staff_id in sorted(await advisor.staff_ids())]
    await asyncio.gather(*calls)
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
    # Every call goes through the one outbound queue (bot/outbound.py), so that broadcasts
    # and nudges can mark themselves as bulk; without `rate_limit` (the in-process tests and
    # the terminal) it sends at once and retries nothing.
    limits = SendLimits(per_second=settings.send_rate,
                        group_per_minute=settings.group_per_minute) if rate_limit else None
    outbound: Any = Outbound(limits, patience=SEND_PATIENCE if rate_limit else 0)
    # The requests the builder would make itself: 256 connections for calls, one for polling.
    bot = LenientBot(
        token=settings.token or "123456:in-process-token-not-used-on-the-network",
        base_url=f"{settings.api_url}/bot", base_file_url=f"{settings.api_url}/file/bot",
        request=request or HTTPXRequest(connection_pool_size=256),
        updates=updates_request or request or HTTPXRequest(connection_pool_size=1),
        defaults=Defaults(parse_mode=ParseMode.HTML,
                          link_preview_options=LinkPreviewOptions(is_disabled=True)),
        rate_limiter=outbound)
    app = (
        Application.builder()
        .application_class(AdvisorApplication, kwargs={"advisor": Advisor(knowledge, settings)})
        .context_types(ContextTypes(context=AdvisorContext))
        .bot(bot)
        .post_init(lambda app: _post_init(app, serving))
        .post_shutdown(lambda app: _post_shutdown(app, serving))
        .concurrent_updates(FairProcessor(settings.concurrent_updates))
        .build()
    )
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
