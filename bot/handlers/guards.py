"""Updates not to process: redeliveries once; edits, channel and business posts never."""

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
    """An edit, a channel post or a business message: change nothing; say edits are not read.

    Only an edit in a private chat is answered. PTB hands edited messages to CommandHandler
    and to filters such as TEXT, so without this an edited answer would count as a new answer
    and an edited command would run again; a business message would be taken for an owner's.
    """
    message = update.edited_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        advisor = context.advisor
        lang = await language_of(advisor, message.from_user)
        await message.reply_text(advisor.knowledge.message(lang, "edited_ignored"))
    raise ApplicationHandlerStop


async def no_data(update: Update, context: AdvisorContext) -> None:
    """A button press without data: answered, and nothing else.

    PTB hands a press without data to the first handler that has a pattern, whichever it is;
    a press with data goes on to the handlers of its pattern.
    """
    query = update.callback_query
    assert query is not None  # noqa: S101 - registered as a CallbackQueryHandler
    if query.data or query.game_short_name:
        return
    await query.answer()
    raise ApplicationHandlerStop
