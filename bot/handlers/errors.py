"""One error handler for the whole Application."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.app import advisor_of

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with its update id and tell the user their answers are safe."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed", update_id, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    advisor = advisor_of(context)
    user = update.effective_user
    lang = advisor.knowledge.language(user.language_code if user else None)
    try:
        await context.bot.send_message(
            update.effective_chat.id, advisor.knowledge.message(lang, "error")
        )
    except TelegramError:
        log.warning("could not tell chat %s about the error", update.effective_chat.id)
