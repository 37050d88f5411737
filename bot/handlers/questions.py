"""/ask: an owner's question goes to the staff; a staff reply goes back to the owner.

Owners never see which staff member answered; staff see the question and the owner's area
scores, never the owner's name or account. The "Ask an advisor" button under a plan does the
same in two steps: the owner's next text in the private chat is the question. That wait is a
row in SQLite (pending_questions), ended by the question, /cancel, the Cancel button, /ask or
a new assessment.
"""

from __future__ import annotations

import contextlib
import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import callbacks
from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import is_staff, language_of, owner, private_press, visible
from bot.knowledge import DEFAULT_LANGUAGE
from bot.store import User

MAX_QUESTION_CHARS = 1000


async def ask(update: Update, context: AdvisorContext) -> None:
    """/ask <question>: send it to the staff."""
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
        return  # nothing is awaited or relayed
    await advisor.store.questions.drop_pending(user.user_id)  # asked: no longer awaited
    await _relay(advisor, user, text, message, context)


async def _relay(advisor: Advisor, user: User, text: str, message: Message,
                 context: AdvisorContext) -> None:
    """Send the owner's question to the staff chat, or to each staff member privately."""
    say = advisor.knowledge.message
    question_id = await advisor.store.questions.ask(user.user_id, text)
    plan = await advisor.store.plans.latest(user.user_id)
    scores = ", ".join(
        f"{advisor.knowledge.text(DEFAULT_LANGUAGE, 'areas', area)} {score}"
        for area, score in (plan.record["scores"].items() if plan else []) if score is not None
    ) or say(DEFAULT_LANGUAGE, "ask_no_scores")
    relay = say(DEFAULT_LANGUAGE, "ask_relay", id=question_id, scores=html.escape(scores),
                text=html.escape(text))
    targets = ([advisor.settings.staff_chat_id] if advisor.settings.staff_chat_id
               else sorted(await advisor.staff_ids()))
    delivered = 0
    for chat_id in targets:
        try:
            sent = await context.bot.send_message(chat_id, relay)
        except TelegramError:
            continue  # a staff member who never opened a chat with the bot
        await advisor.store.questions.note_message(chat_id, sent.message_id, question_id)
        delivered += 1
    await message.reply_text(say(user.language, "ask_sent" if delivered else "ask_nobody"))


async def ask_pressed(update: Update, context: AdvisorContext) -> None:
    """"Ask an advisor" under a plan: await the question; its Cancel button backs out."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    await query.answer()
    say = advisor.knowledge.message
    if query.data == callbacks.ASK_CANCEL:
        if await advisor.store.questions.drop_pending(user.user_id):
            await query.edit_message_text(say(user.language, "ask_cancelled"))
        else:  # the question was sent (or cancelled) already: only the button goes
            with contextlib.suppress(BadRequest):
                await query.edit_message_reply_markup(None)
        return
    await advisor.store.questions.await_from(user.user_id)
    cancel = InlineKeyboardButton(say(user.language, "ask_cancel_button"),
                                  callback_data=callbacks.ASK_CANCEL)
    await context.bot.send_message(user.chat_id, say(user.language, "ask_type_question"),
                                   reply_markup=InlineKeyboardMarkup([[cancel]]))


async def typed_question(update: Update, context: AdvisorContext) -> None:
    """The text after "Ask an advisor" is the question: relay it, and nothing else reads it.

    Runs before the assessment sees the text, so an owner in the middle of an assessment
    does not have their question taken for an answer. Without an awaited question, the
    text goes on to the other handlers.
    """
    message = update.effective_message
    tg_user = update.effective_user
    assert message is not None and message.text is not None  # noqa: S101 - filtered
    advisor = context.advisor
    if tg_user is None or not await advisor.store.questions.pending(tg_user.id):
        return
    advisor, user = await owner(update, context)
    text = visible(message.text).strip()
    if len(text) > MAX_QUESTION_CHARS:
        await message.reply_text(advisor.knowledge.message(user.language, "ask_too_long",
                                                           limit=f"{MAX_QUESTION_CHARS:,}"))
        raise ApplicationHandlerStop  # still awaited: a shorter one is welcome
    await advisor.store.questions.drop_pending(user.user_id)
    await _relay(advisor, user, text, message, context)
    raise ApplicationHandlerStop


async def staff_reply(update: Update, context: AdvisorContext) -> None:
    """A staff member's reply to a relayed question: send it to the owner, and stop there.

    Any other reply goes on to the other handlers.
    """
    message = update.effective_message
    assert message is not None and message.text is not None  # noqa: S101 - filtered
    if message.reply_to_message is None:
        return
    advisor = context.advisor
    asker = await advisor.store.questions.asker(message.chat.id,
                                               message.reply_to_message.message_id)
    if asker is None or not await is_staff(advisor, update):
        return
    assert update.effective_user is not None  # noqa: S101 - checked by is_staff
    question_id, owner_chat = asker
    owner_user = await advisor.store.users.get(owner_chat)
    lang = owner_user.language if owner_user else DEFAULT_LANGUAGE
    staff_lang = await language_of(advisor, update.effective_user)
    say = advisor.knowledge.message
    try:
        await context.bot.send_message(owner_chat, say(lang, "ask_answer",
                                                       text=html.escape(visible(message.text))))
    except TelegramError:
        await message.reply_text(say(staff_lang, "ask_answer_failed"))
        raise ApplicationHandlerStop from None
    await advisor.store.questions.answer(question_id, update.effective_user.id)
    await message.reply_text(say(staff_lang, "ask_answer_sent"))
    raise ApplicationHandlerStop
