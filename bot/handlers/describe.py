"""/plan <description>: a one-off plan from a few sentences, in a private chat or a group.

Private: what was understood (one button per item to correct it), then the full plan, stored
as the latest plan. Group: what was understood and the top actions, with a deep link
(/start plan) to the full plan in private; the full plan never goes to a group.
"""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.app import Advisor, advisor_of
from bot.describe import MAX_DESCRIPTION, understood, understood_lines, unjudged_areas
from bot.handlers.assessment import begin, send_plan
from bot.handlers.common import language_of, owner
from bot.handlers.nudges import nudges_for_plan
from bot.plan import Plan, answer_label, build_plan, short_name, split_messages
from bot.store import User

#: d:<description>:<question index> shows the options; a third part picks one (x: leave out).
PRESS = re.compile(r"^d:(\d{1,12}):(\d{1,3})(?::(\d{1,3}|x))?$")
CALLBACK_PATTERN = r"^d:"
LEAVE_OUT = "x"
GROUP_ACTIONS = 3


def _understood_lines(advisor: Advisor, lang: str, answers: dict[str, str]) -> list[str]:
    return ["• " + html.escape(line)
            for line in understood_lines(advisor.knowledge, lang, answers)]


def _description_text(message: Message) -> str:
    """What follows the command (and the bot's name) in the message."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


async def describe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Read the description, store its answers, and answer in full (private) or short (group)."""
    advisor = advisor_of(context)
    message, chat, tg_user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None and tg_user is not None  # noqa: S101
    knowledge = advisor.knowledge
    user: User | None = None
    if chat.type == ChatType.PRIVATE:
        _, user = await owner(update, context)
        lang = user.language
    else:
        lang = await language_of(advisor, tg_user)
    text = _description_text(message)
    if len(text) > MAX_DESCRIPTION:
        await message.reply_text(knowledge.message(lang, "describe_too_long",
                                                   limit=MAX_DESCRIPTION))
        return
    reading = advisor.describer.read(text, prefer=lang)
    if not reading.answers:
        await message.reply_text(knowledge.message(lang, "describe_nothing"))
        return
    description_id = await advisor.store.assessments.save_description(
        tg_user.id, chat.id, reading.lang, reading.answers)
    if user is not None:
        await send_full(advisor, user, description_id, reading.answers, message)
        return
    plan = build_plan(knowledge, reading.answers)
    lines = [html.escape(knowledge.message(lang, "describe_understood_group")),
             *_understood_lines(advisor, lang, reading.answers), ""]
    lines.append(f"<b>{html.escape(knowledge.message(lang, 'describe_group_top'))}</b>")
    for number, item in enumerate(plan.items[:GROUP_ACTIONS], start=1):
        title = knowledge.text(lang, "actions", item.action, "title")
        lines.append(f"{number}. {html.escape(str(title))}")
    lines += ["", html.escape(knowledge.message(lang, "describe_group_private"))]
    link = f"https://t.me/{context.bot.username}?start=plan"
    button = InlineKeyboardButton(knowledge.message(lang, "describe_open_private"), url=link)
    messages = split_messages(["\n".join(lines)])
    for text in messages[:-1]:
        await message.reply_text(text)
    await message.reply_text(messages[-1], reply_markup=InlineKeyboardMarkup([[button]]))


async def send_full(
    advisor: Advisor, user: User, description_id: int, answers: dict[str, str], message: Message
) -> None:
    """What was understood with a correction button per item, the plan, and what is missing."""
    knowledge = advisor.knowledge
    lang = user.language
    lines = [html.escape(knowledge.message(lang, "describe_understood")),
             *_understood_lines(advisor, lang, answers)]
    buttons = []
    for item in understood(knowledge, answers):
        position = next(i for i, q in enumerate(knowledge.questions) if q.id == item.question)
        # The list above shows each answer; the button names only the item, so that it is
        # not cut off on a narrow phone ("Staff and customers told: Yes, with regular…").
        text = f"✏️ {short_name(advisor.knowledge, lang, item.question)}"
        data = f"d:{description_id}:{position}"
        buttons.append([InlineKeyboardButton(text, callback_data=data)])
    bot = message.get_bot()
    for part in split_messages(["\n".join(lines)]):
        await bot.send_message(user.chat_id, part, reply_markup=InlineKeyboardMarkup(buttons))
    plan = build_plan(knowledge, answers)
    # The follow-ups now follow this plan, the one /plan and Download show.
    await advisor.store.plans.add(user.user_id, plan.to_record(),
                                  nudges=nudges_for_plan(advisor, plan))
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


async def start_plan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The deep link from a group: the full plan of the latest description, else the assessment."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    latest = await advisor.store.assessments.latest_description(user.user_id)
    if latest is None:
        await message.reply_text(advisor.knowledge.message(user.language, "welcome"))
        await begin(advisor, user, message)
        return
    await send_full(advisor, user, latest.id, latest.answers, message)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A correction button: show a question's options, or store the option chosen."""
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None  # noqa: S101
    advisor = advisor_of(context)
    knowledge = advisor.knowledge
    match = PRESS.match(query.data or "")
    latest = await advisor.store.assessments.latest_description(query.from_user.id)
    valid = (
        match is not None and latest is not None and chat is not None
        and chat.type == ChatType.PRIVATE and isinstance(query.message, Message)
        and int(match.group(1)) == latest.id and int(match.group(2)) < len(knowledge.questions)
    )
    if valid:
        assert match is not None  # noqa: S101 - for mypy
        question = knowledge.questions[int(match.group(2))]
        choice = match.group(3)
        valid = choice in (None, LEAVE_OUT) or int(choice) < len(question.options)
    if not valid:
        lang = await language_of(advisor, query.from_user)
        await query.answer(knowledge.message(lang, "describe_stale"), show_alert=True)
        return
    assert match is not None and latest is not None  # noqa: S101
    assert isinstance(query.message, Message)  # noqa: S101
    _, user = await owner(update, context)
    await query.answer()
    lang = user.language
    short = short_name(advisor.knowledge, lang, question.id)
    if choice is None:
        rows = []
        for option in question.options:
            mark = "✓ " if latest.answers.get(question.id) == option.id else ""
            label = answer_label(knowledge, lang, question.id, option.id)
            data = f"d:{latest.id}:{match.group(2)}:{option.index}"
            rows.append([InlineKeyboardButton(mark + label, callback_data=data)])
        rows.append([InlineKeyboardButton(
            knowledge.message(lang, "describe_leave_out"),
            callback_data=f"d:{latest.id}:{match.group(2)}:{LEAVE_OUT}")])
        text = knowledge.text(lang, "questions", question.id, "text")
        await query.message.reply_text(
            f"<b>{html.escape(knowledge.message(lang, 'describe_choose', question=text))}</b>",
            reply_markup=InlineKeyboardMarkup(rows))
        return
    answers = dict(latest.answers)
    if choice == LEAVE_OUT:
        answers.pop(question.id, None)
        note = knowledge.message(lang, "describe_left_out", question=short)
    else:
        option_id = question.options[int(choice)].id
        answers[question.id] = option_id
        note = knowledge.message(lang, "describe_corrected", question=short,
                                 answer=answer_label(knowledge, lang, question.id, option_id))
    await advisor.store.assessments.correct_description(latest.id, answers)
    await query.message.edit_text(html.escape(note))
    await send_full(advisor, user, latest.id, answers, query.message)


async def group_usage(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/plan without a description in a group: say how to use it."""
    advisor = advisor_of(context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    lang = await language_of(advisor, update.effective_user)
    await message.reply_text(html.escape(advisor.knowledge.message(lang, "describe_group_usage")))


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers; registered before the assessment's /start and the /plan one."""
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    return [
        CommandHandler("plan", describe, filters=private | groups, has_args=True),
        CommandHandler("plan", group_usage, filters=groups),
        CommandHandler("start", start_plan,
                       filters=private & filters.Regex(r"^/start(@\w+)?\s+plan\s*$")),
        CallbackQueryHandler(pressed, pattern=CALLBACK_PATTERN),
    ]
