"""The application factory: one PTB Application for Telegram, the terminal and the tests."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import AsyncIterator
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
from telegram.request import BaseRequest

from bot.advisor import Advisor
from bot.config import Settings
from bot.context import AdvisorApplication, AdvisorContext
from bot.handlers import broadcast, groups, nudges, register
from bot.knowledge import DEFAULT_LANGUAGE, Knowledge
from bot.outbound import SEND_PATIENCE, Outbound, SendLimits
from bot.processing import FairProcessor


async def _post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Start the advisor, publish the command menus in every language, start the nudge tick."""
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
    for staff_id in sorted(await advisor.staff_ids()):
        await groups.set_staff_menu(app.bot, knowledge, staff_id)
    nudges.schedule(app)


async def _post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop the advisor's senders and close the store."""
    assert isinstance(app, AdvisorApplication)  # noqa: S101 - made by build_application
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
) -> Application[Any, Any, Any, Any, Any, Any]:
    """Build the advisor's Application; pass a request object to talk to a fake Bot API.

    `rate_limit` keeps Telegram's limits and retries calls lost to the network (`run`).
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
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .concurrent_updates(FairProcessor(settings.concurrent_updates))
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(updates_request or request)
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
