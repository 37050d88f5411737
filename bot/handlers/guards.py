"""Updates not to process: redeliveries (processed once), edits and channel posts (never)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from bot.context import AdvisorContext
from bot.handlers.common import language_of


async def drop_repeats(update: Update, context: AdvisorContext) -> None:
    """Stop an update that was already processed."""
    if not await context.advisor.store.updates.first_sight(update.update_id):
        raise ApplicationHandlerStop


async def not_read(update: Update, context: AdvisorContext) -> None:
    """An edit or a channel post: change nothing; in a private chat, say edits are not read.

    PTB hands edited messages to CommandHandler and to filters such as TEXT, so without
    this an edited answer would count as a new answer and an edited command would run again.
    """
    message = update.edited_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        advisor = context.advisor
        lang = await language_of(advisor, message.from_user)
        await message.reply_text(advisor.knowledge.message(lang, "edited_ignored"))
    raise ApplicationHandlerStop
