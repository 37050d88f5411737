"""One error handler for the whole Application."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, TelegramError

from bot.context import AdvisorContext
from bot.handlers.common import language_of

log = logging.getLogger(__name__)


async def on_error(update: object, context: AdvisorContext) -> None:
    """Log the failure with its update id and tell the user their answers are safe."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, BadRequest) and "not modified" in context.error.message.lower():
        # A second tap on a button whose first tap already edited the message: nothing failed.
        log.info("update %s: message already shows that", update_id)
        return
    log.error("update %s failed", update_id, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    advisor = context.advisor
    try:
        lang = await language_of(advisor, update.effective_user)
    except Exception:  # the store may be what failed
        lang = advisor.knowledge.language(None)
    try:
        await context.bot.send_message(
            update.effective_chat.id, advisor.knowledge.message(lang, "error")
        )
    except TelegramError:
        log.warning("could not tell chat %s about the error", update.effective_chat.id)
