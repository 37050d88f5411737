"""What several handler modules share: who is asking, guards, and sending a plan.

Handler modules import nothing from each other, only from here.
"""

from __future__ import annotations

import functools
import html
import math
import unicodedata
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram import User as TelegramUser
from telegram.constants import ChatID, ChatType
from telegram.error import BadRequest
from telegram.ext import ExtBot

from bot import callbacks
from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.describe import understood, understood_lines, unjudged_areas
from bot.outbound import FOLLOW_UP, Outbound
from bot.plan import Plan, build_plan, render_blocks, split_messages
from bot.store import User

Handler = Callable[[Update, AdvisorContext], Coroutine[Any, Any, None]]
#: Replies queued longer than this, in seconds, are announced in a button's (free) answer.
BUSY_AFTER = 2.0

# --- who is asking -------------------------------------------------------------------------


async def owner(update: Update, context: AdvisorContext) -> tuple[Advisor, User]:
    """The advisor and the stored user behind a private-chat update, created on first contact."""
    advisor = context.advisor
    tg_user = update.effective_user
    chat = update.effective_chat
    assert tg_user is not None and chat is not None  # noqa: S101 - filters guarantee both
    user = await advisor.store.users.get(tg_user.id)
    if user is None or user.chat_id != chat.id:
        language = advisor.knowledge.language(tg_user.language_code)
        user = await advisor.store.users.ensure(tg_user.id, chat.id, language)
    return advisor, user


async def language_of(advisor: Advisor, tg_user: TelegramUser | None) -> str:
    """The language a person chose with /language, else their Telegram app's; stores nothing."""
    if tg_user is None:
        return advisor.knowledge.language(None)
    stored = await advisor.store.users.get(tg_user.id)
    return stored.language if stored else advisor.knowledge.language(tg_user.language_code)


async def is_staff(advisor: Advisor, update: Update) -> bool:
    """Staff by the sender's numeric user id; anonymous admins and channels are not staff."""
    user = update.effective_user
    message = update.effective_message
    if user is None or user.id == ChatID.ANONYMOUS_ADMIN:
        return False
    if message is not None and message.sender_chat is not None:
        return False
    return user.id in await advisor.staff_ids()


#: Format characters that carry meaning in some scripts: ZWNJ, ZWJ (emoji), LRM, RLM.
_KEPT_FORMAT = {"\u200c", "\u200d", "\u200e", "\u200f"}


def visible(text: str) -> str:
    """Text without control characters and bidi overrides, for echoing or relaying it.

    Right-to-left scripts are kept; what goes is what could hide text or turn the rest of
    our message around (U+202E and friends), plus NUL, escape sequences and the like.
    """
    return "".join(c for c in text if c in "\n\t" or c in _KEPT_FORMAT
                   or unicodedata.category(c) not in ("Cc", "Cf"))


# --- guards --------------------------------------------------------------------------------


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


def busy_note(advisor: Advisor, bot: Bot, lang: str) -> str | None:
    """What a button's answer says while replies wait for Telegram's budget; None if they don't.

    The answer to a press is free and immediate, so an owner learns at once that the next
    question is coming, and about when, instead of waiting in silence.
    """
    limiter = getattr(bot, "rate_limiter", None)
    wait = limiter.wait_estimate() if isinstance(limiter, Outbound) else 0.0
    if wait < BUSY_AFTER:
        return None
    return advisor.knowledge.message(lang, "busy", seconds=math.ceil(wait))


def staff_only(handler: Handler) -> Handler:
    """Refuse, with one clear sentence, anyone who is not staff; nothing else happens."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: AdvisorContext) -> None:
        advisor = context.advisor
        if await is_staff(advisor, update):
            await handler(update, context)
            return
        refusal = advisor.knowledge.message(
            await language_of(advisor, update.effective_user), "staff_only")
        if update.callback_query is not None:
            await update.callback_query.answer(refusal, show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(refusal)

    return guarded


# --- sending a plan ------------------------------------------------------------------------


def ext_bot(message: Message) -> ExtBot[Any]:
    """The Application's bot behind a message: an ExtBot, which takes `rate_limit_args`."""
    bot = message.get_bot()
    assert isinstance(bot, ExtBot)  # noqa: S101 - the Application's bot is one
    return bot


def plan_keyboard(advisor: Advisor, user: User) -> list[list[InlineKeyboardButton]]:
    """The rows of buttons under a plan's last message."""
    say = advisor.knowledge.message
    return [[InlineKeyboardButton(say(user.language, "button_download"),
                                  callback_data=callbacks.DOWNLOAD)],
            [InlineKeyboardButton(say(user.language, "plan_ask_button"),
                                  callback_data=callbacks.ASK)]]


async def send_plan(advisor: Advisor, user: User, plan: Plan, message: Message,
                    lead: str = "", edit: Message | None = None) -> None:
    """Send a plan with the programmes it qualifies for, split at block boundaries.

    `lead` (HTML) goes above it. With `edit`, that message (the last question, just
    answered) becomes the plan's first part, and the rest are follow-ups: other owners'
    next questions may go first for a moment (bot/outbound.py).
    """
    programmes = await advisor.offered(plan.answers)
    blocks = render_blocks(advisor.knowledge, user.language, plan, "html", programmes)
    texts = split_messages([lead, *blocks] if lead else blocks)
    for number, text in enumerate(texts, 1):
        last = number == len(texts)
        markup = InlineKeyboardMarkup(plan_keyboard(advisor, user)) if last else None
        if number == 1 and edit is not None:
            try:
                await edit.edit_text(text, reply_markup=markup)
                continue
            except BadRequest:  # the message is gone: the plan comes as new messages
                pass
        await ext_bot(message).send_message(
            user.chat_id, text, reply_markup=markup,
            rate_limit_args=FOLLOW_UP if edit is not None and number > 1 else None)


def understood_html(advisor: Advisor, lang: str, answers: dict[str, str]) -> list[str]:
    """What a description was understood to say, one bullet per answer."""
    return ["• " + html.escape(line)
            for line in understood_lines(advisor.knowledge, lang, answers)]


async def send_described_plan(
    advisor: Advisor, user: User, description_id: int, answers: dict[str, str], message: Message
) -> None:
    """A description's plan in full, stored as the latest plan (and followed up by nudges).

    First what was understood, with a correction button per item; then the plan; then what
    it could not judge.
    """
    knowledge = advisor.knowledge
    lang = user.language
    lines = [html.escape(knowledge.message(lang, "describe_understood")),
             *understood_html(advisor, lang, answers)]
    buttons = []
    for item in understood(knowledge, answers):
        position = next(i for i, q in enumerate(knowledge.questions) if q.id == item.question)
        # The list above shows each answer; the button names only the item, so that it is
        # not cut off on a narrow phone ("Staff and customers told: Yes, with regular…").
        text = f"✏️ {knowledge.short_name(lang, item.question)}"
        data = callbacks.correction(description_id, position)
        buttons.append([InlineKeyboardButton(text, callback_data=data)])
    bot = message.get_bot()
    for part in split_messages(["\n".join(lines)]):
        await bot.send_message(user.chat_id, part, reply_markup=InlineKeyboardMarkup(buttons))
    plan = build_plan(knowledge, answers)
    # The follow-ups now follow this plan, the one /plan and Download show.
    await advisor.adopt_plan(user.user_id, plan)
    await send_plan(advisor, user, plan, message)
    await bot.send_message(user.chat_id, html.escape(_missing_note(advisor, lang, plan)))


def _missing_note(advisor: Advisor, lang: str, plan: Plan) -> str:
    knowledge = advisor.knowledge
    total = len(knowledge.questions)
    areas = unjudged_areas(knowledge, plan.scores)
    if areas:
        names = ", ".join(str(knowledge.text(lang, "areas", a)) for a in areas)
        return knowledge.message(lang, "describe_unjudged", areas=names, total=total)
    return knowledge.message(lang, "describe_partial", known=len(plan.answers), total=total)


# --- the organisation's updates (asked after the first plan, and by /updates) ---------------


def updates_keyboard(advisor: Advisor, lang: str) -> InlineKeyboardMarkup:
    """Yes / No to the organisation's updates."""
    say = advisor.knowledge.message
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(say(lang, "updates_yes"), callback_data=callbacks.updates(True)),
        InlineKeyboardButton(say(lang, "updates_no"), callback_data=callbacks.updates(False)),
    ]])


async def offer_updates(advisor: Advisor, user: User, message: Message) -> None:
    """After the first plan: ask once whether the owner wants the organisation's updates."""
    if await advisor.store.users.updates_choice(user.user_id) is not None:
        return
    await advisor.store.users.set_updates(user.user_id, False)  # asked; off until they say yes
    await ext_bot(message).send_message(
        user.chat_id, advisor.knowledge.message(user.language, "updates_offer"),
        reply_markup=updates_keyboard(advisor, user.language), rate_limit_args=FOLLOW_UP)
