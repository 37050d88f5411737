"""What several handler modules share: who is asking, guards, and sending a plan.

Handler modules import nothing from each other, only from here.
"""

from __future__ import annotations

import functools
import html
import logging
import math
import unicodedata
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)
from telegram import User as TelegramUser
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ExtBot

from bot import callbacks
from bot.advisor import Advisor
from bot.config import person_id
from bot.context import AdvisorContext
from bot.knowledge import AREAS_SCORED
from bot.locales import number_text
from bot.logs import user_tag
from bot.outbound import FOLLOW_UP, Outbound
from bot.plan import Plan, build_plan, render_blocks, split_messages
from bot.stats import standing
from bot.store import Description, User

log = logging.getLogger(__name__)

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
    if user is None or not person_id(user.id):  # the anonymous admin, Telegram's services
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


def staff_place(advisor: Advisor, update: Update) -> bool:
    """A private chat, or the staff chat: where staff commands are answered."""
    chat = update.effective_chat
    return chat is not None and (chat.type == ChatType.PRIVATE
                                 or chat.id == advisor.settings.staff_chat_id)


def staff_only(handler: Handler) -> Handler:
    """Refuse, with one clear sentence, anyone who is not staff; nothing else happens.

    In any chat but a private one and the staff chat the sentence is "in a private chat,
    please", to staff too: /admin list, /groups and /stats would show a member group the
    staff's ids, the other groups and the figures.
    """

    @functools.wraps(handler)
    async def guarded(update: Update, context: AdvisorContext) -> None:
        advisor = context.advisor
        placed = staff_place(advisor, update)
        if placed and await is_staff(advisor, update):
            await handler(update, context)
            return
        refusal = advisor.knowledge.message(
            await language_of(advisor, update.effective_user),
            "staff_only" if placed else "staff_private_only")
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
                    lead: str = "", edit: Message | None = None,
                    follow_up: bool = False) -> None:
    """Send a plan: its score chart and the text with the programmes it qualifies for.

    `lead` (HTML) goes above the text. With `edit`, that message (the last question, just
    answered) becomes the text's first part and the chart follows it; else the chart comes
    first. The first call answers the owner; the rest of the reply (and all of it with
    `follow_up`, when the owner has just been told it is coming) are follow-ups: other
    owners' next questions may go first for a moment (bot/outbound.py).
    """
    programmes = await advisor.offered(plan.answers)
    blocks = render_blocks(advisor.knowledge, user.language, plan, "html", programmes)
    texts = split_messages([lead, *blocks] if lead else blocks)
    parts, bot, begun = len(texts), ext_bot(message), follow_up

    def priority() -> str | None:
        return FOLLOW_UP if begun else None

    if edit is not None:
        try:
            markup = InlineKeyboardMarkup(plan_keyboard(advisor, user)) if len(texts) == 1 \
                else None
            await edit.edit_text(texts[0], reply_markup=markup)
            texts, begun = texts[1:], True
        except BadRequest:  # the message is gone: the plan comes as new messages
            pass
    begun = await send_score_chart(advisor, user, plan, bot, priority()) or begun
    for number, text in enumerate(texts, 1):
        last = number == len(texts)
        markup = InlineKeyboardMarkup(plan_keyboard(advisor, user)) if last else None
        await bot.send_message(user.chat_id, text, reply_markup=markup,
                               rate_limit_args=priority())
        begun = True
    log.info("plan sent user=%s messages=%d programmes=%d", user_tag(user.user_id), parts,
             len(programmes))


async def send_score_chart(advisor: Advisor, user: User, plan: Plan, bot: ExtBot[Any],
                           priority: str | None = None) -> bool:
    """The plan's area scores as an image, the PDF's chart: uploaded once, then by file_id.

    `priority`: the outbound class of the plan it goes with (bot/outbound.py). False when
    there is nothing to chart.
    """
    if all(plan.scores.get(area) is None for area in AREAS_SCORED):
        return False
    # Imported here: ReportLab and Pillow cost about 0.2 s, paid by the first plan.
    from bot.charts import drawn, plan_chart, plan_chart_key

    knowledge, lang = advisor.knowledge, user.language
    key = plan_chart_key(knowledge, lang, plan)
    caption = "\n\n".join([html.escape(knowledge.message(lang, "plan_chart_caption")),
                           *await _peer_lines(advisor, user, plan)])
    cached = await advisor.store.charts.file_id(key)
    if cached is not None:
        try:
            await bot.send_photo(user.chat_id, cached, caption=caption, rate_limit_args=priority)
            return True
        except BadRequest:  # Telegram no longer has it (another bot token, say): upload
            await advisor.store.charts.forget(key)
    image = await drawn(plan_chart, knowledge, lang, plan)
    sent = await bot.send_photo(user.chat_id, InputFile(image, filename="scores.jpg"),
                                caption=caption, rate_limit_args=priority)
    if sent.photo:
        await advisor.store.charts.remember(key, sent.photo[-1].file_id)
    return True


async def _peer_lines(advisor: Advisor, user: User, plan: Plan) -> list[str]:
    """How the plan's scores stand against businesses like the owner's, one line per area.

    Nothing when fewer than 5 such businesses have a plan.
    """
    peers = await advisor.peers(user.user_id, plan)
    if peers is None:
        return []
    knowledge, lang = advisor.knowledge, user.language
    group = ", ".join(knowledge.answer_label(lang, q, plan.answers[q]) for q in peers.shared)
    lines = [knowledge.message(lang, "peers_title", group=html.escape(group),
                               count=number_text(lang, peers.count))]
    for area in AREAS_SCORED:
        score, median = plan.scores.get(area), peers.medians.get(area)
        if score is None or median is None:
            continue
        lines.append(html.escape(knowledge.message(
            lang, f"peers_{standing(score, median)}", area=knowledge.text(lang, "areas", area),
            score=score, median=median)))
    return ["\n".join(lines)]


def understood_html(advisor: Advisor, lang: str, answers: dict[str, str]) -> list[str]:
    """What a description was understood to say, one bullet per answer."""
    from bot.describe import understood_lines  # the reader loads after `run` polls

    return ["• " + html.escape(line)
            for line in understood_lines(advisor.knowledge, lang, answers)]


async def send_described_plan(
    advisor: Advisor, user: User, description_id: int, answers: dict[str, str], message: Message
) -> None:
    """A description's plan in full, stored as the latest plan (and followed up by nudges).

    First what was understood, with a correction button per item; then the plan; then what
    it could not judge.
    """
    from bot.describe import understood  # the reader loads after `run` polls

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
    bot = ext_bot(message)
    for part in split_messages(["\n".join(lines)]):
        await bot.send_message(user.chat_id, part, reply_markup=InlineKeyboardMarkup(buttons))
    plan = build_plan(knowledge, answers)
    # The follow-ups now follow this plan, the one /plan and Download show.
    _, plan_id = await advisor.adopt_plan(user.user_id, plan)
    # The rest of a reply already begun (bot/outbound.py FOLLOW_UP).
    await send_plan(advisor, user, plan, message, follow_up=True)
    await bot.send_message(user.chat_id, html.escape(_missing_note(advisor, lang, plan)),
                           rate_limit_args=FOLLOW_UP)
    await ask_feedback(advisor, user, bot, plan_id)


async def ask_feedback(advisor: Advisor, user: User, bot: ExtBot[Any],
                       plan_id: int | None = None) -> None:
    """Under a new plan: was it useful? 👍 / 👎 (handlers/feedback.py takes the answer).

    `plan_id`: the plan's, if known (else the owner's latest). Always the rest of a reply
    already begun: a FOLLOW_UP (bot/outbound.py).
    """
    if plan_id is None:
        stored = await advisor.store.plans.latest(user.user_id)
        if stored is None:
            return
        plan_id = stored.id
    say = advisor.knowledge.message
    buttons = [InlineKeyboardButton(say(user.language, "feedback_yes"),
                                    callback_data=callbacks.feedback(plan_id, "u")),
               InlineKeyboardButton(say(user.language, "feedback_no"),
                                    callback_data=callbacks.feedback(plan_id, "d"))]
    await bot.send_message(user.chat_id, say(user.language, "feedback_ask"),
                           reply_markup=InlineKeyboardMarkup([buttons]), rate_limit_args=FOLLOW_UP)


async def continue_description(
    advisor: Advisor, user: User, description: Description, message: Message,
    intro: bool = False,
) -> None:
    """A description's plan, or first the next question it waits for (bot/sharpen.py).

    With `intro`, the question comes after "Two quick questions so the plan fits:".
    """
    if not description.asking:
        await send_described_plan(advisor, user, description.id, description.answers, message)
        return
    knowledge, lang = advisor.knowledge, user.language
    qid = description.asking[0]
    position = next(i for i, q in enumerate(knowledge.questions) if q.id == qid)
    question = knowledge.questions[position]
    lines = []
    if intro:
        count = min(len(description.asking), 3)
        lines.append(html.escape(knowledge.message(lang, f"describe_ask_intro_{count}")))
    lines.append(f"<b>{html.escape(str(knowledge.text(lang, 'questions', qid, 'text')))}</b>")
    rows = [[InlineKeyboardButton(
        knowledge.answer_label(lang, qid, option.id),
        callback_data=callbacks.sharpen(description.id, position, option.index))]
        for option in question.options]
    rows.append([InlineKeyboardButton(
        knowledge.message(lang, "button_skip"),
        callback_data=callbacks.sharpen(description.id, position, callbacks.SKIP))])
    # A reply to the owner's own description or answer: interactive (bot/outbound.py).
    sent = await ext_bot(message).send_message(user.chat_id, "\n".join(lines),
                                               reply_markup=InlineKeyboardMarkup(rows))
    await advisor.store.assessments.asked(description.id, sent.message_id)


def _missing_note(advisor: Advisor, lang: str, plan: Plan) -> str:
    from bot.describe import unjudged_areas  # the reader loads after `run` polls

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
