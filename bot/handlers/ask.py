"""/ask: an owner's question goes to the staff; a staff reply goes back to the owner.

Owners never see which staff member answered; staff see the question and the owner's area
scores, never the owner's name or account.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, BaseHandler, CommandHandler, ContextTypes, filters

from bot.app import advisor_of
from bot.handlers.common import owner, visible
from bot.handlers.members import is_staff, lang_of, staff_ids
from bot.knowledge import DEFAULT_LANGUAGE

MAX_QUESTION_CHARS = 1000


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the owner's question to the staff chat, or to each staff member privately."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None and message.text is not None  # noqa: S101
    say = advisor.knowledge.message
    text = visible(message.text.partition(" ")[2]).strip()
    if not text:
        await message.reply_text(say(user.language, "ask_usage"))
        return
    if len(text) > MAX_QUESTION_CHARS:
        await message.reply_text(say(user.language, "ask_too_long",
                                     limit=f"{MAX_QUESTION_CHARS:,}"))
        return
    question_id = await advisor.store.ask_question(user.user_id, text)
    plan = await advisor.store.latest_plan(user.user_id)
    scores = ", ".join(
        f"{advisor.knowledge.text(DEFAULT_LANGUAGE, 'areas', area)} {score}"
        for area, score in (plan.record["scores"].items() if plan else []) if score is not None
    ) or say(DEFAULT_LANGUAGE, "ask_no_scores")
    relay = say(DEFAULT_LANGUAGE, "ask_relay", id=question_id, scores=html.escape(scores),
                text=html.escape(text))
    targets = ([advisor.settings.staff_chat_id] if advisor.settings.staff_chat_id
               else sorted(await staff_ids(advisor)))
    delivered = 0
    for chat_id in targets:
        try:
            sent = await context.bot.send_message(chat_id, relay)
        except TelegramError:
            continue  # a staff member who never opened a chat with the bot
        await advisor.store.note_question_message(chat_id, sent.message_id, question_id)
        delivered += 1
    await message.reply_text(say(user.language, "ask_sent" if delivered else "ask_nobody"))


async def staff_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A staff member's reply to a relayed question: send it to the owner. True if handled."""
    message = update.effective_message
    if message is None or message.reply_to_message is None or not message.text:
        return False
    advisor = advisor_of(context)
    asker = await advisor.store.question_asker(message.chat.id,
                                               message.reply_to_message.message_id)
    if asker is None or not await is_staff(advisor, update):
        return False
    assert update.effective_user is not None  # noqa: S101 - checked by is_staff
    question_id, owner_chat = asker
    owner_user = await advisor.store.user(owner_chat)
    lang = owner_user.language if owner_user else DEFAULT_LANGUAGE
    say = advisor.knowledge.message
    try:
        await context.bot.send_message(owner_chat, say(lang, "ask_answer",
                                                       text=html.escape(visible(message.text))))
    except TelegramError:
        await message.reply_text(say(lang_of(advisor, update), "ask_answer_failed"))
        raise ApplicationHandlerStop from None
    await advisor.store.answer_question(question_id, update.effective_user.id)
    await message.reply_text(say(lang_of(advisor, update), "ask_answer_sent"))
    return True


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers."""
    return [CommandHandler("ask", ask, filters=filters.ChatType.PRIVATE)]
