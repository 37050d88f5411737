"""/help, /language, and the catch-alls: groups, unknown commands, non-text messages."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import callbacks
from bot.context import AdvisorContext
from bot.handlers.common import is_staff, language_of, owner


async def help_command(update: Update, context: AdvisorContext) -> None:
    """List the commands."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    knowledge = advisor.knowledge
    lines = [knowledge.message(user.language, "help_title")]
    for name, text in knowledge.text(user.language, "commands").items():
        lines.append(f"/{name} – {html.escape(str(text))}")
    if await is_staff(advisor, update):  # staff also have their own commands in the menu
        lines.append("")
        for name, text in knowledge.text(user.language, "staff_commands").items():
            lines.append(f"/{name} – {html.escape(str(text))}")
    await update.effective_message.reply_text("\n".join(lines))


async def language(update: Update, context: AdvisorContext) -> None:
    """Offer the languages as buttons, each named in its own language."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    knowledge = advisor.knowledge
    buttons = [[InlineKeyboardButton(str(knowledge.text(code, "language_name")),
                                     callback_data=callbacks.language(code))]
               for code in knowledge.languages]
    await update.effective_message.reply_text(
        knowledge.message(user.language, "choose_language"),
        reply_markup=InlineKeyboardMarkup(buttons))


async def language_chosen(update: Update, context: AdvisorContext) -> None:
    """Store the chosen language; an unknown code changes nothing."""
    query = update.callback_query
    assert query is not None  # noqa: S101
    advisor = context.advisor
    code = callbacks.parse_language(query.data) or ""
    if code not in advisor.knowledge.texts or update.effective_chat is None \
            or update.effective_chat.type != "private":
        await query.answer()
        return
    _, user = await owner(update, context)
    await advisor.store.users.set_language(user.user_id, code)
    await query.answer()
    await query.edit_message_text(advisor.knowledge.message(code, "language_set"))


async def in_group(update: Update, context: AdvisorContext) -> None:
    """Personal commands in a group: point to a private chat instead of answering there."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None  # noqa: S101
    lang = await language_of(advisor, update.effective_user)
    command = (message.text or "").split(maxsplit=1)[0].split("@")[0].lstrip("/").lower()
    # /start and /assess open the assessment; the others open the private chat as it is.
    start = "?start=assess" if command in ("start", "assess") else ""
    link = f"https://t.me/{context.bot.username}{start}"
    button = InlineKeyboardButton(advisor.knowledge.message(lang, "open_private"), url=link)
    await message.reply_text(advisor.knowledge.message(lang, "private_only"),
                             reply_markup=InlineKeyboardMarkup([[button]]))


async def unknown_command(update: Update, context: AdvisorContext) -> None:
    """A command we do not have."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    await update.effective_message.reply_text(
        advisor.knowledge.message(user.language, "unknown_command"))


async def not_text(update: Update, context: AdvisorContext) -> None:
    """Stickers, photos, voice and the like: say what we can read."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    text = advisor.knowledge.message(user.language, "only_text")
    await update.effective_message.reply_text(text)


async def stale_button(update: Update, context: AdvisorContext) -> None:
    """Any button no other handler claims: old or forged data. Say so; change nothing."""
    query = update.callback_query
    assert query is not None  # noqa: S101
    advisor = context.advisor
    lang = await language_of(advisor, query.from_user)
    await query.answer(advisor.knowledge.message(lang, "stale_button"), show_alert=True)
