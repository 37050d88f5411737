"""/ask and /feedback: an owner's question, or anything else, to the staff; their reply back.

Owners never see which staff member answered; staff see the question and the owner's area
scores, never the owner's name or account, and the owner is told so before anything is sent:
/ask <question> asks Send or Cancel first. The "Ask an advisor" button under a plan says it
when it asks for the question: the owner's next text in the private chat is the question.
That wait is a row in SQLite (pending_questions), ended by the question, /cancel, the Cancel
button, /ask or a new assessment.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
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
    assert message is not None  # noqa: S101
    say = advisor.knowledge.message
    text = await _text_after_command(message, say, user.language, "ask_usage")
    if text is None:
        return  # nothing is awaited or relayed
    await advisor.store.questions.drop_pending(user.user_id)  # asked: no longer awaited
    # Sent only once the owner has read what goes with it (the button's way says so first).
    question_id = await advisor.store.questions.ask(user.user_id, text)
    buttons = [[InlineKeyboardButton(say(user.language, "ask_send_button"),
                                     callback_data=callbacks.ask_confirm(question_id, True)),
                InlineKeyboardButton(say(user.language, "ask_cancel_button"),
                                     callback_data=callbacks.ask_confirm(question_id, False))]]
    await message.reply_text(say(user.language, "ask_confirm"),
                             reply_markup=InlineKeyboardMarkup(buttons))


async def feedback(update: Update, context: AdvisorContext) -> None:
    """/feedback <anything>: to the staff, as /ask but without the area scores, so at once."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    text = await _text_after_command(message, advisor.knowledge.message, user.language,
                                     "feedback_usage")
    if text is None:
        return
    question_id = await advisor.store.questions.ask(user.user_id, text, "feedback")
    await message.reply_text(await _relay(advisor, user, question_id, text, context,
                                          kind="feedback"))


async def _text_after_command(message: Message, say: Callable[..., str], lang: str,
                              usage: str) -> str | None:
    """The text after /ask or /feedback; None, with the reason told, when empty or too long."""
    assert message.text is not None  # noqa: S101 - command handlers get text
    text = visible(message.text.partition(" ")[2]).strip()
    if not text:
        await message.reply_text(say(lang, usage))
        return None
    if len(text) > MAX_QUESTION_CHARS:
        await message.reply_text(say(lang, "ask_too_long", limit=f"{MAX_QUESTION_CHARS:,}"))
        return None
    return text


async def _relay(advisor: Advisor, user: User, question_id: int, text: str,
                 context: AdvisorContext, kind: str = "question") -> str:
    """Send a stored question (or feedback) to the staff chat, or to each staff member.

    Returns what to tell the owner: that it went, or that nobody could be reached. Feedback
    goes without the area scores: the owner was not asked to share them.
    """
    say = advisor.knowledge.message
    plan = await advisor.store.plans.latest(user.user_id)
    scores = ", ".join(
        f"{advisor.knowledge.text(DEFAULT_LANGUAGE, 'areas', area)} {score}"
        for area, score in (plan.record["scores"].items() if plan else []) if score is not None
    ) or say(DEFAULT_LANGUAGE, "ask_no_scores")
    if kind == "question":
        relay = say(DEFAULT_LANGUAGE, "ask_relay", id=question_id,
                    scores=html.escape(scores), text=html.escape(text))
    else:
        relay = say(DEFAULT_LANGUAGE, "feedback_relay", id=question_id, text=html.escape(text))
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
    thanks = "ask_sent" if kind == "question" else "feedback_sent"
    return say(user.language, thanks if delivered else "ask_nobody")


async def ask_pressed(update: Update, context: AdvisorContext) -> None:
    """"Ask an advisor" under a plan: await the question; its Cancel button backs out."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    say = advisor.knowledge.message
    confirm = callbacks.parse_ask_confirm(query.data)
    if confirm is not None:
        await _confirmed(advisor, user, *confirm, query, context)
        return
    await query.answer()
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


async def _confirmed(advisor: Advisor, user: User, question_id: int, send: bool,
                     query: CallbackQuery, context: AdvisorContext) -> None:
    """Send or Cancel under an /ask question; a second press finds it gone."""
    say = advisor.knowledge.message
    text = await advisor.store.questions.unsent(question_id, user.user_id)
    if text is None:
        await query.answer(say(user.language, "stale_button"), show_alert=True)
        return
    await query.answer()
    if not send:
        await advisor.store.questions.drop_unsent(question_id, user.user_id)
        await query.edit_message_text(say(user.language, "ask_cancelled"))
        return
    await query.edit_message_text(await _relay(advisor, user, question_id, text, context))


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
    question_id = await advisor.store.questions.ask(user.user_id, text)
    await message.reply_text(await _relay(advisor, user, question_id, text, context))
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
