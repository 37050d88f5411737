"""/plan, its questions and correction buttons, and 📄 Download: the latest plan, a PDF.

`/plan` alone shows the latest plan (in a group, how to use it). `/plan <description>` reads
a few sentences (bot/describe.py). In private: what was understood, then, if the answers that
change a plan most are unknown (bot/sharpen.py), those questions, at most 3, one at a time,
with buttons, typed answers and Skip; then the full plan, stored as the latest, with one
button per item to correct it. In a group: what was understood, the top actions with their
ITC points and the answers that would sharpen them, with a deep link (/start plan) that asks
exactly those questions in private before the full plan. The full plan never goes to a group.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop

from bot import callbacks
from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import (
    continue_description,
    language_of,
    owner,
    private_press,
    send_described_plan,
    send_plan,
    understood_html,
    visible,
)
from bot.matching import normalize
from bot.plan import Plan, build_plan, split_messages
from bot.sharpen import unanswered
from bot.store import Description, User

#: Actions a group sees; the full plan is in private.
GROUP_ACTIONS = 3


async def plan(update: Update, context: AdvisorContext) -> None:
    """/plan <description> anywhere; /plan alone: the latest plan (private) or how to use it."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None  # noqa: S101
    if context.args:
        await _describe(update, context)
    elif chat.type == ChatType.PRIVATE:
        await _show_latest(update, context)
    else:
        advisor = context.advisor
        lang = await language_of(advisor, update.effective_user)
        await message.reply_text(
            html.escape(advisor.knowledge.message(lang, "describe_group_usage")))


async def _show_latest(update: Update, context: AdvisorContext) -> None:
    """Send the latest plan as it was made, in the user's current language."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    stored = await advisor.store.plans.latest(user.user_id)
    if stored is None:
        await message.reply_text(advisor.knowledge.message(user.language, "no_plan_yet"))
        return
    plan = Plan.from_record(stored.record).without_removed(advisor.knowledge)
    await send_plan(advisor, user, plan, message)


def _description_text(message: Message) -> str:
    """What follows the command (and the bot's name) in the message."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


async def _describe(update: Update, context: AdvisorContext) -> None:
    """Read the description, store its answers, and answer in full (private) or short (group)."""
    advisor = context.advisor
    message, chat, tg_user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None and tg_user is not None  # noqa: S101
    knowledge = advisor.knowledge
    user: User | None = None
    if chat.type == ChatType.PRIVATE:
        _, user = await owner(update, context)
        lang = user.language
    else:
        lang = await language_of(advisor, tg_user)
    from bot.describe import MAX_DESCRIPTION  # the reader loads after `run` polls

    text = _description_text(message)
    if len(text) > MAX_DESCRIPTION:
        await message.reply_text(knowledge.message(lang, "describe_too_long",
                                                   limit=MAX_DESCRIPTION))
        return
    reading = advisor.describer.read(text, prefer=lang)
    if not reading.answers:
        await message.reply_text(knowledge.message(lang, "describe_nothing"))
        return
    asking = tuple(unanswered(knowledge, reading.answers))
    description_id = await advisor.store.assessments.save_description(
        tg_user.id, chat.id, reading.lang, reading.answers, asking)
    if user is not None:
        # An assessment left open is not what the owner now looks at: text typed after this
        # plan must not answer its question unseen (bot/handlers/assessment.py, typed).
        await advisor.store.assessments.set_aside(user.user_id)
        if asking:  # what was understood, then the questions; the plan comes after them
            lines = [html.escape(knowledge.message(lang, "describe_understood_group")),
                     *understood_html(advisor, lang, reading.answers)]
            for part in split_messages(["\n".join(lines)]):
                await message.reply_text(part)
        description = Description(description_id, tg_user.id, chat.id, reading.lang,
                                  reading.answers, asking)
        await continue_description(advisor, user, description, message, intro=True)
        return
    plan = build_plan(knowledge, reading.answers)
    lines = [html.escape(knowledge.message(lang, "describe_understood_group")),
             *understood_html(advisor, lang, reading.answers), ""]
    lines.append(f"<b>{html.escape(knowledge.message(lang, 'plan_start_here'))}</b>")
    for number, item in enumerate(plan.items[:GROUP_ACTIONS], start=1):  # "Start here"
        title = knowledge.text(lang, "actions", item.action, "title")
        point = knowledge.actions[item.action].point
        why = knowledge.text(lang, "actions", item.action, "why")
        line = knowledge.message(lang, "describe_group_action", number=number, title=title,
                                 point=point)
        lines.append(f"{html.escape(line)}\n   <i>{html.escape(str(why))}</i>")
    if asking:
        names = ", ".join(knowledge.short_name(lang, qid) for qid in asking)
        lines += ["", html.escape(knowledge.message(lang, "describe_group_sharpen",
                                                    questions=names))]
    lines += ["", html.escape(knowledge.message(lang, "describe_group_private"))]
    link = f"https://t.me/{context.bot.username}?start=plan"
    button = InlineKeyboardButton(knowledge.message(lang, "describe_open_private"), url=link)
    messages = split_messages(["\n".join(lines)])
    for text in messages[:-1]:
        await message.reply_text(text)
    await message.reply_text(messages[-1], reply_markup=InlineKeyboardMarkup([[button]]))


async def correction_pressed(update: Update, context: AdvisorContext) -> None:
    """A correction button: show a question's options, or store the option chosen."""
    query = update.callback_query
    chat = update.effective_chat
    assert query is not None  # noqa: S101
    advisor = context.advisor
    knowledge = advisor.knowledge
    press = callbacks.parse_correction(query.data)
    latest = await advisor.store.assessments.latest_description(query.from_user.id)
    valid = (
        press is not None and latest is not None and chat is not None
        and chat.type == ChatType.PRIVATE and isinstance(query.message, Message)
        and press.description_id == latest.id
        and press.question_index < len(knowledge.questions)
    )
    if valid:
        assert press is not None  # noqa: S101 - for mypy
        question = knowledge.questions[press.question_index]
        choice = press.choice
        valid = choice in (None, callbacks.LEAVE_OUT) or int(choice) < len(question.options)
    if not valid:
        lang = await language_of(advisor, query.from_user)
        await query.answer(knowledge.message(lang, "describe_stale"), show_alert=True)
        return
    assert press is not None and latest is not None  # noqa: S101
    assert isinstance(query.message, Message)  # noqa: S101
    _, user = await owner(update, context)
    await query.answer()
    lang = user.language
    short = knowledge.short_name(lang, question.id)
    if choice is None:
        rows = []
        for option in question.options:
            mark = "✓ " if latest.answers.get(question.id) == option.id else ""
            label = knowledge.answer_label(lang, question.id, option.id)
            data = callbacks.correction(latest.id, press.question_index, option.index)
            rows.append([InlineKeyboardButton(mark + label, callback_data=data)])
        rows.append([InlineKeyboardButton(
            knowledge.message(lang, "describe_leave_out"),
            callback_data=callbacks.correction(latest.id, press.question_index,
                                               callbacks.LEAVE_OUT))])
        text = knowledge.text(lang, "questions", question.id, "text")
        await query.message.reply_text(
            f"<b>{html.escape(knowledge.message(lang, 'describe_choose', question=text))}</b>",
            reply_markup=InlineKeyboardMarkup(rows))
        return
    answers = dict(latest.answers)
    if choice == callbacks.LEAVE_OUT:
        answers.pop(question.id, None)
        note = knowledge.message(lang, "describe_left_out", question=short)
    else:
        option_id = question.options[int(choice)].id
        answers[question.id] = option_id
        note = knowledge.message(lang, "describe_corrected", question=short,
                                 answer=knowledge.answer_label(lang, question.id, option_id))
    await advisor.store.assessments.correct_description(latest.id, answers)
    await query.message.edit_text(html.escape(note))
    await send_described_plan(advisor, user, latest.id, answers, query.message)


async def sharpen_pressed(update: Update, context: AdvisorContext) -> None:
    """An answer (or Skip) to a question asked after a description; stale presses do nothing."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    knowledge = advisor.knowledge
    press = callbacks.parse_sharpen(query.data)
    latest = await advisor.store.assessments.latest_description(user.user_id)
    question = (knowledge.questions[press.question_index]
                if press is not None and press.question_index < len(knowledge.questions)
                else None)
    valid = (press is not None and question is not None and latest is not None
             and press.description_id == latest.id and latest.asking[:1] == (question.id,)
             and (press.choice == callbacks.SKIP or int(press.choice) < len(question.options)))
    if not valid:
        await query.answer(knowledge.message(user.language, "describe_stale"), show_alert=True)
        return
    assert press is not None and question is not None and latest is not None  # noqa: S101
    await query.answer()
    option = None if press.choice == callbacks.SKIP else question.options[int(press.choice)].id
    assert isinstance(query.message, Message)  # noqa: S101 - we sent it
    await _answer_asked(advisor, user, latest, option, query.message)


async def sharpen_typed(update: Update, context: AdvisorContext) -> None:
    """A typed answer to the question a description's plan waits for, if one was asked.

    Runs before the assessment reads text; without such a question the text goes on.
    """
    message, tg_user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None  # noqa: S101 - filtered
    advisor = context.advisor
    latest = (await advisor.store.assessments.latest_description(tg_user.id)
              if tg_user is not None else None)
    if latest is None or not latest.asking or latest.question_message is None:
        return
    advisor, user = await owner(update, context)
    knowledge, lang = advisor.knowledge, user.language
    question = knowledge.question(latest.asking[0])
    assert question is not None  # noqa: S101 - the questionnaire's, checked when asked
    skips = {normalize(w) for w in knowledge.message(lang, "skip_words").split(",")}
    match = advisor.matchers.get(lang, question).match(message.text)
    if normalize(message.text) in skips or match.option is not None:
        await _answer_asked(advisor, user, latest, match.option, message)
    elif match.candidates:
        position = knowledge.questions.index(question)
        index = {o.id: o.index for o in question.options}
        rows = [[InlineKeyboardButton(
            knowledge.answer_label(lang, question.id, oid),
            callback_data=callbacks.sharpen(latest.id, position, index[oid]))]
            for oid in match.candidates]
        await message.reply_text(knowledge.message(lang, "did_you_mean"),
                                 reply_markup=InlineKeyboardMarkup(rows))
    else:
        shown = html.escape(" ".join(visible(message.text).split())[:60]) or "…"
        await message.reply_text(knowledge.message(lang, "not_understood", text=shown))
        await continue_description(advisor, user, latest, message)
    raise ApplicationHandlerStop


async def _answer_asked(advisor: Advisor, user: User, description: Description,
                        option: str | None, message: Message) -> None:
    """Store the answer (None: skipped), show it on the question, then ask on or plan."""
    knowledge, lang = advisor.knowledge, user.language
    qid = description.asking[0]
    answers = dict(description.answers)
    short = knowledge.short_name(lang, qid)
    if option is None:
        answers.pop(qid, None)
        note = knowledge.message(lang, "describe_left_out", question=short)
    else:
        answers[qid] = option
        note = knowledge.message(lang, "describe_corrected", question=short,
                                 answer=knowledge.answer_label(lang, qid, option))
    await advisor.store.assessments.answer_description(description.id, answers,
                                                       description.asking[1:])
    if description.question_message is not None:
        # The question may be too old to edit; the answer is stored anyway.
        with contextlib.suppress(BadRequest):
            await message.get_bot().edit_message_text(
                html.escape(note), chat_id=user.chat_id,
                message_id=description.question_message)
    fresh = await advisor.store.assessments.latest_description(user.user_id)
    assert fresh is not None  # noqa: S101 - just written
    await continue_description(advisor, user, fresh, message)


async def download(update: Update, context: AdvisorContext) -> None:
    """📄 Download: the latest plan as a PDF; forged data or a missing plan gets a clear answer."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    knowledge, lang = advisor.knowledge, user.language
    if query.data != callbacks.DOWNLOAD:
        await query.answer(knowledge.message(lang, "pdf_stale"), show_alert=True)
        return
    await query.answer()
    stored = await advisor.store.plans.latest(user.user_id)
    if stored is None:
        await context.bot.send_message(user.chat_id, knowledge.message(lang, "no_plan_yet"))
        return
    plan = Plan.from_record(stored.record).without_removed(knowledge)
    made = datetime.fromtimestamp(stored.created_at, ZoneInfo(advisor.settings.tz)).date()
    # Imported here: ReportLab takes about 0.1 s to import, paid on the first Download only.
    from bot.pdf import pdf_filename, render_pdf

    await context.bot.send_chat_action(user.chat_id, ChatAction.UPLOAD_DOCUMENT)
    # Rendering takes tens of milliseconds: keep the event loop free meanwhile.
    programmes = await advisor.offered(plan.answers)
    data = await asyncio.to_thread(render_pdf, knowledge, lang, plan, made, programmes,
                                   advisor.settings.branding)
    await context.bot.send_document(
        user.chat_id, InputFile(data, filename=pdf_filename(knowledge, lang, made)),
        caption=knowledge.message(lang, "pdf_caption"),
    )
