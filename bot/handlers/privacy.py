"""/privacy, /mydata and /delete: what is stored, a copy of it, and erasing it."""

from __future__ import annotations

import contextlib
import json
import logging

from telegram import (
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)
from telegram.error import TelegramError

from bot import callbacks
from bot.context import AdvisorContext
from bot.handlers.common import owner
from bot.logs import user_tag

log = logging.getLogger(__name__)


async def privacy(update: Update, context: AdvisorContext) -> None:
    """Say what is stored, why, for how long and who sees it."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    await update.effective_message.reply_text(advisor.knowledge.message(user.language, "privacy"))


async def my_data(update: Update, context: AdvisorContext) -> None:
    """Send the user's own stored data as a JSON document."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    data = await advisor.store.privacy.personal_data(user.user_id)
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    await update.effective_message.reply_document(
        InputFile(payload, filename="my-data.json"),
        caption=advisor.knowledge.message(user.language, "mydata_caption"),
    )


async def delete(update: Update, context: AdvisorContext) -> None:
    """Ask for confirmation before erasing anything."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    knowledge = advisor.knowledge
    buttons = [[
        InlineKeyboardButton(knowledge.message(user.language, f"delete_{answer}"),
                             callback_data=callbacks.delete(answer))
        for answer in ("yes", "no")
    ]]
    await update.effective_message.reply_text(
        knowledge.message(user.language, "delete_confirm"),
        reply_markup=InlineKeyboardMarkup(buttons),
    )


async def delete_answered(update: Update, context: AdvisorContext) -> None:
    """Erase everything on "yes"; keep everything on "no"."""
    query = update.callback_query
    assert query is not None  # noqa: S101
    if update.effective_chat is None or update.effective_chat.type != "private":
        await query.answer()
        return
    advisor, user = await owner(update, context)
    await query.answer()
    lang = user.language
    if callbacks.parse_delete(query.data):
        say = advisor.knowledge.message
        was_staff = user.user_id in await advisor.staff_ids()
        acted = await advisor.store.privacy.delete_user(user.user_id)
        log.info("user=%s erased their data", user_tag(user.user_id))
        lines = [say(lang, "deleted")]
        if acted:
            lines.append(say(lang, "deleted_staff_kept"))
        if user.user_id in advisor.settings.admin_ids:
            lines.append(say(lang, "deleted_staff_configured"))
        elif was_staff:
            lines.append(say(lang, "deleted_staff_removed"))
            with contextlib.suppress(TelegramError):  # back to the owners' menu
                await context.bot.delete_my_commands(scope=BotCommandScopeChat(user.user_id))
        await query.edit_message_text("\n\n".join(lines))
    else:
        await query.edit_message_text(advisor.knowledge.message(lang, "delete_kept"))
