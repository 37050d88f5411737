"""Small helpers shared by the handler modules."""

from __future__ import annotations

import unicodedata

from telegram import CallbackQuery, Update
from telegram import User as TelegramUser
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.app import Advisor, advisor_of
from bot.store import User


async def owner(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[Advisor, User]:
    """The advisor and the stored user behind a private-chat update, created on first contact."""
    advisor = advisor_of(context)
    tg_user = update.effective_user
    chat = update.effective_chat
    assert tg_user is not None and chat is not None  # noqa: S101 - filters guarantee both
    user = await advisor.store.users.get(tg_user.id)
    if user is None or user.chat_id != chat.id:
        language = advisor.knowledge.language(tg_user.language_code)
        user = await advisor.store.users.ensure(tg_user.id, chat.id, language)
    return advisor, user


#: Format characters that carry meaning in some scripts: ZWNJ, ZWJ (emoji), LRM, RLM.
_KEPT_FORMAT = {"\u200c", "\u200d", "\u200e", "\u200f"}


def visible(text: str) -> str:
    """Text without control characters and bidi overrides, for echoing or relaying it.

    Right-to-left scripts are kept; what goes is what could hide text or turn the rest of
    our message around (U+202E and friends), plus NUL, escape sequences and the like.
    """
    return "".join(c for c in text if c in "\n\t" or c in _KEPT_FORMAT
                   or unicodedata.category(c) not in ("Cc", "Cf"))


async def language_of(advisor: Advisor, tg_user: TelegramUser | None) -> str:
    """The language a person chose with /language, else their Telegram app's; stores nothing."""
    if tg_user is None:
        return advisor.knowledge.language(None)
    stored = await advisor.store.users.get(tg_user.id)
    return stored.language if stored else advisor.knowledge.language(tg_user.language_code)


async def private_press(update: Update) -> CallbackQuery | None:
    """A button press on a message in a private chat, where personal buttons live.

    A press anywhere else is answered (so the button's spinner stops) and gives None.
    """
    query = update.callback_query
    assert query is not None  # noqa: S101 - registered as a CallbackQueryHandler
    chat = update.effective_chat
    if query.message is None or chat is None or chat.type != ChatType.PRIVATE:
        await query.answer()
        return None
    return query
