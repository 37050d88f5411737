"""One error handler for the whole Application, which also hears of getUpdates' errors."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Conflict, NetworkError, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.context import AdvisorApplication, AdvisorContext
from bot.handlers.common import language_of
from bot.logs import user_tag
from bot.store import StoreBusy

log = logging.getLogger(__name__)


async def on_error(update: object, context: AdvisorContext) -> None:
    """Log the failure with its update id and tell the user their answers are safe."""
    update_id = update.update_id if isinstance(update, Update) else None
    if update is None and isinstance(context.error, Conflict):
        _stop_for_conflict(context, context.error)
        return
    if isinstance(context.error, BadRequest) and "not modified" in context.error.message.lower():
        # A second tap on a button whose first tap already edited the message: nothing failed.
        log.info("update %s: message already shows that", update_id)
        return
    if isinstance(context.error, StoreBusy) and isinstance(update, Update):
        await _try_again(update, context)
        raise ApplicationHandlerStop  # the update's other handlers would only wait again
    if update is None and isinstance(context.error, NetworkError):
        # getUpdates met the network: PTB tries again, and bot/link.py reports the outage
        log.debug("polling failed: %s", context.error)
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
        log.warning("could not tell chat %s about the error", user_tag(update.effective_chat.id))


async def _try_again(update: Update, context: AdvisorContext) -> None:
    """The database stayed locked: say so at once, without asking the database anything."""
    log.warning("update %s: %s; the user is asked to try again", update.update_id, context.error)
    knowledge = context.advisor.knowledge
    user = update.effective_user
    text = knowledge.message(knowledge.language(user.language_code if user else None),
                             "store_busy")
    if update.callback_query is not None:  # free, and it stops the button's spinner
        try:
            await update.callback_query.answer(text, show_alert=True)
            return
        except TelegramError:  # answered already, before the database refused
            pass
    if update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, text)
        except TelegramError:
            log.warning("could not ask %s to try again", update.update_id)


def _stop_for_conflict(context: AdvisorContext, error: Conflict) -> None:
    """Telegram answered getUpdates with 409: one log line, then stop.

    Telegram says so while another instance polls with the same token (each poll ends the
    other's) or while a webhook is set. Two instances would both answer every user, each
    at the full rate limit; PTB would log a traceback for each 409 and poll on.
    """
    application = context.application
    if not isinstance(application, AdvisorApplication) or application.conflict:
        return
    application.conflict = True
    log.error("Telegram refused getUpdates (%s): another instance is using this bot's token;"
              " this one stops", error.message)
    application.stop_running()
