"""After a plan: 👍/👎 "was this plan useful?", and the optional one-line comment after it.

The question is asked under each new plan (bot/handlers/common.py, ask_feedback). A press
records the answer (a second press changes it) and invites one line; the owner's next text in
the private chat is that line (a row in SQLite: plan_feedback.awaiting), ended by the line,
Skip, /cancel or a new assessment. /stats summarises both; /feedback, for anything else, is
relayed to the staff like /ask (bot/handlers/questions.py).
"""

from __future__ import annotations

import contextlib

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop

from bot import callbacks
from bot.context import AdvisorContext
from bot.handlers.common import owner, private_press, visible

#: The longest comment kept: one line.
MAX_COMMENT_CHARS = 300


async def pressed(update: Update, context: AdvisorContext) -> None:
    """👍 / 👎 under a plan: record it and invite a line; Skip: no line after all."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    say, lang = advisor.knowledge.message, user.language
    press = callbacks.parse_feedback(query.data)
    if press is None:
        await query.answer(say(lang, "feedback_stale"), show_alert=True)
        return
    plan_id, choice = press
    if choice == "s":
        await advisor.store.feedback.stop_awaiting(user.user_id)
        await query.answer()
        await _edit(query.message, say(lang, "feedback_thanks"))
        return
    if not await advisor.store.feedback.rate(user.user_id, plan_id, choice == "u"):
        await query.answer(say(lang, "feedback_stale"), show_alert=True)
        return
    await query.answer()
    skip = InlineKeyboardButton(say(lang, "feedback_skip"),
                                callback_data=callbacks.feedback(plan_id, "s"))
    mark = "👍" if choice == "u" else "👎"
    await _edit(query.message, f"{mark} {say(lang, 'feedback_invite')}",
                InlineKeyboardMarkup([[skip]]))


async def _edit(message: object, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    if isinstance(message, Message):
        with contextlib.suppress(BadRequest):  # pressed twice: already says so
            await message.edit_text(text, reply_markup=markup)


async def typed_comment(update: Update, context: AdvisorContext) -> None:
    """The text after 👍/👎 is the comment: keep it, and nothing else reads it.

    Without an awaited comment the text goes on to the other handlers.
    """
    message, tg_user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None  # noqa: S101 - filtered
    advisor = context.advisor
    if tg_user is None or await advisor.store.feedback.awaiting(tg_user.id) is None:
        return
    advisor, user = await owner(update, context)
    say, lang = advisor.knowledge.message, user.language
    text = " ".join(visible(message.text).split())
    if len(text) > MAX_COMMENT_CHARS:
        await message.reply_text(say(lang, "feedback_too_long", limit=MAX_COMMENT_CHARS))
        raise ApplicationHandlerStop  # still awaited: a shorter one is welcome
    await advisor.store.feedback.comment(user.user_id, text)
    await message.reply_text(say(lang, "feedback_noted"))
    raise ApplicationHandlerStop
