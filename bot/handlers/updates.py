"""Updates not to process: redeliveries (processed once), edits and channel posts (never)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.app import advisor_of
from bot.handlers.common import language_of


async def drop_repeats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop an update that was already processed."""
    if not await advisor_of(context).store.updates.first_sight(update.update_id):
        raise ApplicationHandlerStop


async def not_read(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit or a channel post: change nothing; in a private chat, say edits are not read.

    PTB hands edited messages to CommandHandler and to filters such as TEXT, so without
    this an edited answer would count as a new answer and an edited command would run again.
    """
    message = update.edited_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        advisor = advisor_of(context)
        lang = await language_of(advisor, message.from_user)
        await message.reply_text(advisor.knowledge.message(lang, "edited_ignored"))
    raise ApplicationHandlerStop


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """The repeat filter (handler group -2)."""
    return [TypeHandler(Update, drop_repeats)]


def unread_handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """Edits and channel posts, stopped before any feature sees them (group -1, first)."""
    return [MessageHandler(filters.UpdateType.EDITED | filters.UpdateType.CHANNEL_POSTS,
                           not_read)]
