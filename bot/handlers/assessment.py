"""The assessment conversation: /start, /assess, /cancel, answer buttons and typed answers.

State lives in SQLite (store.assessments), not in a ConversationHandler, so every step is
durable the moment it is taken and buttons keep working after a restart. A finished
assessment's plan is stored by the advisor (Advisor.adopt_plan) and sent by common.send_plan.
"""

from __future__ import annotations

import contextlib
import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot import assessment as flow
from bot import callbacks
from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import (
    ask_feedback,
    continue_description,
    language_of,
    offer_updates,
    owner,
    private_press,
    send_plan,
    visible,
)
from bot.logs import user_tag
from bot.matching import normalize
from bot.nudges import compare_scores
from bot.plan import Plan, build_plan
from bot.store import Assessment, StoredPlan, User

log = logging.getLogger(__name__)

#: Typed answers longer than this are not answers; Telegram allows 4096.
MAX_ANSWER_CHARS = 300


def _progress(advisor: Advisor, lang: str, answers: dict[str, str], position: int) -> str:
    knowledge = advisor.knowledge
    question = flow.question_at(knowledge, position)
    number, total = flow.progress(knowledge, answers, position)
    return knowledge.message(
        lang, "progress", area=knowledge.text(lang, "areas", question.area),
        number=number, total=total,
    )


def _question_text(
    advisor: Advisor, lang: str, answers: dict[str, str], position: int
) -> str:
    question = flow.question_at(advisor.knowledge, position)
    text = advisor.knowledge.text(lang, "questions", question.id, "text")
    shown = html.escape(_progress(advisor, lang, answers, position))
    return f"<i>{shown}</i>\n<b>{html.escape(text)}</b>"


def _question_keyboard(
    advisor: Advisor, lang: str, assessment: Assessment, position: int
) -> InlineKeyboardMarkup:
    knowledge = advisor.knowledge
    question = flow.question_at(knowledge, position)
    chosen = assessment.answers.get(question.id)
    rows = []
    for option in question.options:
        label = knowledge.answer_label(lang, question.id, option.id)
        mark = "✓ " if option.id == chosen else ""
        data = callbacks.answer("a", assessment.id, position, option.index)
        rows.append([InlineKeyboardButton(mark + label, callback_data=data)])
    controls = []
    if flow.previous_position(knowledge, assessment.answers, position) is not None:
        controls.append(InlineKeyboardButton(
            knowledge.message(lang, "button_back"),
            callback_data=callbacks.answer("b", assessment.id, position)))
    controls.append(InlineKeyboardButton(
        knowledge.message(lang, "button_skip"),
        callback_data=callbacks.answer("k", assessment.id, position)))
    rows.append(controls)
    return InlineKeyboardMarkup(rows)


async def ask(
    advisor: Advisor, user: User, assessment: Assessment, message: Message
) -> None:
    """Send the current question as a new message and remember it."""
    lang = user.language
    sent = await message.get_bot().send_message(
        user.chat_id,
        _question_text(advisor, lang, assessment.answers, assessment.position),
        reply_markup=_question_keyboard(advisor, lang, assessment, assessment.position),
    )
    await advisor.store.assessments.set_question_message(assessment.id, sent.message_id)


async def _acknowledge(
    advisor: Advisor, user: User, message_id: int | None, answers: dict[str, str],
    position: int, answer: str | None, message: Message,
) -> None:
    """Edit the question message to show what was answered, removing its buttons."""
    if message_id is None:
        return
    lang = user.language
    note = (advisor.knowledge.message(lang, "answered", answer=answer) if answer
            else advisor.knowledge.message(lang, "skipped"))
    text = f"{_question_text(advisor, lang, answers, position)}\n{html.escape(note)}"
    # The message may be too old or already show this; the answer is stored anyway.
    with contextlib.suppress(BadRequest):
        await message.get_bot().edit_message_text(text, chat_id=user.chat_id,
                                                  message_id=message_id)


async def _advance(
    advisor: Advisor, user: User, assessment: Assessment, option_id: str | None,
    typed: str | None, message: Message,
) -> None:
    """Store an answer (or a skip) for the current question and ask the next, or finish."""
    knowledge = advisor.knowledge
    position = assessment.position
    question = flow.question_at(knowledge, position)
    answers = dict(assessment.answers)
    if option_id:
        answers[question.id] = option_id
    else:
        answers.pop(question.id, None)
    # A changed answer (after Back) can make later questions not apply: their answers go.
    dropped = flow.dropped_answers(knowledge, answers)
    answers = knowledge.applicable_answers(answers)
    following = flow.next_position(knowledge, answers, position)
    label = knowledge.answer_label(user.language, question.id, option_id) if option_id else None
    if following < len(knowledge.questions):
        await advisor.store.assessments.record_answer(assessment.id, question.id, option_id,
                                                      typed, following, drop=dropped)
        await _acknowledge(advisor, user, assessment.message_id, assessment.answers, position,
                           label, message)
        fresh = await advisor.store.assessments.active(user.user_id)
        assert fresh is not None  # noqa: S101 - just written
        await ask(advisor, user, fresh, message)
        return
    # The plan is built, and the last answer stored with it, before the question message
    # says "answered": if either fails, nothing has changed and the answer can be given again.
    plan = build_plan(knowledge, answers)
    answer = (question.id, option_id, typed, following)
    previous = await advisor.adopt_plan(user.user_id, plan, assessment_id=assessment.id,
                                        last=answer)
    await _acknowledge(advisor, user, assessment.message_id, assessment.answers, position,
                       label, message)
    await _send_new_plan(advisor, user, plan, previous, message)


async def _finish_overdue(
    advisor: Advisor, user: User, assessment: Assessment, message: Message
) -> bool:
    """Finish an assessment found past its last question; False when it is not.

    All its answers are stored, its plan is not: the plan failed after the last answer was
    saved (before they shared a transaction), or the questionnaire has been shortened since.
    """
    knowledge = advisor.knowledge
    if not flow.past_last_question(assessment, knowledge):
        return False
    answers = {}
    for question_id, option_id in assessment.answers.items():
        question = knowledge.question(question_id)
        if question is not None and question.option(option_id) is not None:
            answers[question_id] = option_id
    answers = knowledge.applicable_answers(answers)
    plan = build_plan(knowledge, answers)
    previous = await advisor.adopt_plan(user.user_id, plan, assessment_id=assessment.id)
    await _send_new_plan(advisor, user, plan, previous, message)
    return True


async def _send_new_plan(
    advisor: Advisor, user: User, plan: Plan, previous: StoredPlan | None, message: Message
) -> None:
    """A finished assessment's plan, the change since the previous plan, the updates offer."""
    await message.get_bot().send_message(user.chat_id,
                                         advisor.knowledge.message(user.language, "plan_intro"))
    await send_plan(advisor, user, plan, message)
    if previous is not None:
        await _send_comparison(advisor, user, previous.record.get("scores", {}),
                               dict(plan.scores), message)
    await ask_feedback(advisor, user, message.get_bot())
    await offer_updates(advisor, user, message)


async def _send_comparison(advisor: Advisor, user: User, then: dict[str, int | None],
                           now: dict[str, int | None], message: Message) -> None:
    """After a new plan: the area scores of the previous plan and of this one."""
    rows = compare_scores(then, now)
    if not rows:
        return
    knowledge, lang = advisor.knowledge, user.language
    lines = [knowledge.message(lang, "recheck_compare")]
    for area, old, new in rows:
        name = str(knowledge.text(lang, "areas", area))
        lines.append(html.escape(knowledge.message(lang, "plan_pair", name=name,
                                                   value=f"{old} → {new} ({new - old:+d})")))
    await message.get_bot().send_message(user.chat_id, "\n".join(lines))


async def start(update: Update, context: AdvisorContext) -> None:
    """Welcome the owner, then continue the open assessment or begin one.

    `/start plan`, the deep link under a plan in a group, continues the owner's latest
    description instead: the questions its plan waits for, then the full plan (without a
    description, the assessment begins).
    """
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    if context.args == ["plan"]:
        latest = await advisor.store.assessments.latest_description(user.user_id)
        if latest is not None:
            await continue_description(advisor, user, latest, message, intro=True)
            return
        await message.reply_text(advisor.welcome(user.language))
        await begin(advisor, user, message)
        return
    current = await advisor.store.assessments.active(user.user_id)
    if current is not None and await _finish_overdue(advisor, user, current, message):
        return
    if current is not None:
        await message.reply_text(advisor.knowledge.message(user.language, "welcome_back"))
        await ask(advisor, user, current, message)
        return
    await message.reply_text(advisor.welcome(user.language))
    await begin(advisor, user, message)


async def begin(advisor: Advisor, user: User, message: Message) -> None:
    """Start a fresh assessment and ask its first question."""
    # A description's questions, if any were waiting, give way: typed text is for this now.
    await advisor.store.assessments.stop_asking(user.user_id)
    await advisor.store.assessments.start(user.user_id)
    log.info("assessment started user=%s", user_tag(user.user_id))
    fresh = await advisor.store.assessments.active(user.user_id)
    assert fresh is not None  # noqa: S101
    await ask(advisor, user, fresh, message)


async def assess(update: Update, context: AdvisorContext) -> None:
    """Start the assessment over."""
    advisor, user = await owner(update, context)
    assert update.effective_message is not None  # noqa: S101
    await begin(advisor, user, update.effective_message)


async def cancel(update: Update, context: AdvisorContext) -> None:
    """Back out of an awaited question or comment (after 👍/👎), else stop the assessment."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None and update.effective_user is not None  # noqa: S101
    if await advisor.store.questions.drop_pending(update.effective_user.id):
        lang = await language_of(advisor, update.effective_user)
        await message.reply_text(advisor.knowledge.message(lang, "ask_cancelled"))
        return  # the question, and nothing else
    if await advisor.store.feedback.stop_awaiting(update.effective_user.id):
        lang = await language_of(advisor, update.effective_user)
        await message.reply_text(advisor.knowledge.message(lang, "feedback_thanks"))
        return  # the awaited comment, and nothing else
    advisor, user = await owner(update, context)
    stopped = await advisor.store.assessments.cancel(user.user_id)
    key = "cancelled" if stopped else "nothing_to_cancel"
    await message.reply_text(advisor.knowledge.message(user.language, key))


async def pressed(update: Update, context: AdvisorContext) -> None:
    """An answer, Back or Skip button; stale or forged presses change nothing."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    press = callbacks.parse_answer(query.data)
    current = await advisor.store.assessments.active(user.user_id)
    if current is not None and flow.past_last_question(current, advisor.knowledge):
        await query.answer()
        assert isinstance(query.message, Message)  # noqa: S101 - checked by private_press
        await _finish_overdue(advisor, user, current, query.message)
        return
    if press is None or not flow.current_press_valid(press, current, advisor.knowledge):
        await query.answer(advisor.knowledge.message(user.language, "stale_button"),
                           show_alert=True)
        return
    assert current is not None  # noqa: S101 - checked by current_press_valid
    await query.answer()
    message = query.message
    assert isinstance(message, Message)  # noqa: S101 - accessible: we just sent it
    if press.kind == "b":
        back = flow.previous_position(advisor.knowledge, current.answers, press.position)
        previous = press.position if back is None else back
        await advisor.store.assessments.move_to(current.id, previous)
        await _show_in_place(advisor, user, current, previous, message)
        return
    option_id = None
    if press.kind == "a" and press.option_index is not None:
        option_id = flow.question_at(advisor.knowledge, press.position).options[
            press.option_index].id
    # A press from a "did you mean" message acknowledges the question message, not that one.
    await _advance(advisor, user, current, option_id, None, message)
    if current.message_id != message.message_id:
        with contextlib.suppress(BadRequest):
            await message.edit_reply_markup(None)


async def _show_in_place(
    advisor: Advisor, user: User, assessment: Assessment, position: int, message: Message
) -> None:
    """Turn the pressed message into the question at `position` (used by Back)."""
    moved = Assessment(assessment.id, position, message.message_id, assessment.answers)
    await message.edit_text(
        _question_text(advisor, user.language, assessment.answers, position),
        reply_markup=_question_keyboard(advisor, user.language, moved, position),
    )
    await advisor.store.assessments.set_question_message(assessment.id, message.message_id)


async def typed(update: Update, context: AdvisorContext) -> None:
    """A typed answer: matched to an option, or asked about, or explained; never dropped."""
    message = update.effective_message
    assert message is not None and message.text is not None  # noqa: S101
    advisor, user = await owner(update, context)
    knowledge = advisor.knowledge
    current = await advisor.store.assessments.active(user.user_id)
    if current is None:
        await message.reply_text(knowledge.message(user.language, "nothing_to_do"))
        return
    if await _finish_overdue(advisor, user, current, message):
        return
    if len(message.text) > MAX_ANSWER_CHARS:
        await message.reply_text(knowledge.message(user.language, "text_too_long"))
        return
    question = flow.question_at(knowledge, current.position)
    plain = normalize(message.text)
    for key, kind in (("skip_words", "k"), ("back_words", "b")):
        words = {normalize(w) for w in knowledge.message(user.language, key).split(",")}
        if plain in words:
            if kind == "k":
                await _advance(advisor, user, current, None, None, message)
            elif (back := flow.previous_position(knowledge, current.answers,
                                                 current.position)) is not None:
                await advisor.store.assessments.move_to(current.id, back)
                moved = await advisor.store.assessments.active(user.user_id)
                assert moved is not None  # noqa: S101
                await ask(advisor, user, moved, message)
            else:  # "back" on the first question: nothing before it; ask it again
                await ask(advisor, user, current, message)
            return
    match = advisor.matchers.get(user.language, question).match(message.text)
    if match.option is not None:
        await _advance(advisor, user, current, match.option, message.text, message)
        return
    if match.candidates:
        buttons = [
            [InlineKeyboardButton(
                knowledge.answer_label(user.language, question.id, option_id),
                callback_data=callbacks.answer("a", current.id, current.position,
                                          question.option(option_id).index),  # type: ignore[union-attr]
            )]
            for option_id in match.candidates
        ]
        await message.reply_text(knowledge.message(user.language, "did_you_mean"),
                                 reply_markup=InlineKeyboardMarkup(buttons))
        return
    shown = html.escape(" ".join(visible(message.text).split())[:60]) or "…"
    await message.reply_text(knowledge.message(user.language, "not_understood", text=shown))
    await ask(advisor, user, current, message)


async def recheck(update: Update, context: AdvisorContext) -> None:
    """The re-check invitation's button (a nudge): begin a fresh assessment."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    nudge = await advisor.pressed_nudge(user.user_id, callbacks.parse_nudge(query.data))
    if nudge is None or not await advisor.store.nudges.close(nudge.id):
        await query.answer(advisor.knowledge.message(user.language, "nudge_stale"),
                           show_alert=True)
        return
    await query.answer()
    assert isinstance(query.message, Message)  # noqa: S101 - we sent it
    with contextlib.suppress(BadRequest):
        await query.message.edit_reply_markup(None)
    await begin(advisor, user, query.message)
