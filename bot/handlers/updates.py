"""Redelivered updates (same update_id after a restart) are processed only once."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, ContextTypes, TypeHandler

from bot.app import advisor_of


async def drop_repeats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop an update that was already processed."""
    if not await advisor_of(context).store.first_sight_of_update(update.update_id):
        raise ApplicationHandlerStop


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers."""
    return [TypeHandler(Update, drop_repeats)]
