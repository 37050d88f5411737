"""The assessment conversation: /start, /assess, /cancel, answer buttons and typed answers.

State lives in SQLite (store.assessments), not in a ConversationHandler, so every step is
durable the moment it is taken and buttons keep working after a restart. A finished
assessment's plan is stored by the advisor (Advisor.adopt_plan) and sent by common.send_plan.
"""

from __future__ import annotations

import contextlib
import html
import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot import assessment as flow
from bot import callbacks
from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import (
    ask_feedback,
    busy_note,
    continue_description,
    ext_bot,
    language_of,
    offer_updates,
    owner,
    private_press,
    send_plan,
    visible,
)
from bot.knowledge import Knowledge
from bot.logs import user_tag
from bot.matching import normalize
from bot.nudges import compare_scores
from bot.outbound import FOLLOW_UP
from bot.plan import Plan, build_plan
from bot.store import Assessment, StoredPlan, User

log = logging.getLogger(__name__)

#: Typed answers longer than this are not answers; Telegram allows 4096.
MAX_ANSWER_CHARS = 300


@dataclass(frozen=True)
class _Wording:
    """The assessment's texts in one language, looked up and escaped once, not at every tap."""

    questions: tuple[str, ...]  # by position: "<b>the question</b>"
    labels: dict[tuple[str, str], str]  # (question, option): the label, for buttons
    shown: dict[tuple[str, str], str]  # the same, escaped for the answers so far
    areas: dict[str, str]  # area names, as given
    escaped_areas: dict[str, str]  # the same, escaped
    pair: str  # "{name}: {value}"
    back: str
    skip: str


#: (id of the knowledge, language) -> (that knowledge, its wording); a handful at most.
_WORDINGS: dict[tuple[int, str], tuple[Knowledge, _Wording]] = {}


def _wording(knowledge: Knowledge, lang: str) -> _Wording:
    """The assessment's texts in a language (made on first use)."""
    found = _WORDINGS.get((id(knowledge), lang))
    if found is not None and found[0] is knowledge:
        return found[1]
    questions = tuple(
        f"<b>{html.escape(str(knowledge.text(lang, 'questions', question.id, 'text')))}</b>"
        for question in knowledge.questions)
    labels = {(q.id, o.id): knowledge.answer_label(lang, q.id, o.id)
              for q in knowledge.questions for o in q.options}
    areas = {area: str(knowledge.text(lang, "areas", area)) for area in knowledge.areas}
    wording = _Wording(
        questions, labels, {key: html.escape(label) for key, label in labels.items()},
        areas, {area: html.escape(name) for area, name in areas.items()},
        str(knowledge.text(lang, "messages", "plan_pair")),
        knowledge.message(lang, "button_back"), knowledge.message(lang, "button_skip"))
    if len(_WORDINGS) > 32:  # knowledge reloaded many times (tests): start afresh
        _WORDINGS.clear()
    _WORDINGS[(id(knowledge), lang)] = (knowledge, wording)
    return wording


def _answers_so_far(advisor: Advisor, lang: str, answers: dict[str, str], before: int) -> str:
    """The answers to the questions asked before `before`, one line per area, latest first.

    In an expandable quote: on a small phone it takes three lines until the owner opens it,
    and the area just answered is the one in view. A skipped question shows as ⏭; one not
    asked for these answers (ask_when) is left out.
    """
    knowledge = advisor.knowledge
    wording = _wording(knowledge, lang)
    by_area: dict[str, list[str]] = {}
    for question in knowledge.questions[:before]:
        if not knowledge.applies(question, answers):
            continue
        option = answers.get(question.id)
        label = wording.shown.get((question.id, option), "⏭") if option else "⏭"
        by_area.setdefault(question.area, []).append(label)
    if not by_area:
        return ""
    lines = [wording.pair.format(name=wording.escaped_areas[area], value=" · ".join(labels))
             for area, labels in reversed(by_area.items())]
    return "<blockquote expandable>" + "\n".join(lines) + "</blockquote>\n"


def _question_text(advisor: Advisor, lang: str, assessment: Assessment, position: int,
                   lead: str = "") -> str:
    """A question with its progress, the answers so far above it (and `lead`, HTML, above)."""
    knowledge = advisor.knowledge
    wording = _wording(knowledge, lang)
    question = flow.question_at(knowledge, position)
    # The count depends on the answers (questions that do not apply are not counted).
    number, total = flow.progress(knowledge, assessment.answers, position)
    progress = knowledge.message(lang, "progress", area=wording.areas[question.area],
                                 number=number, total=total)
    summary = _answers_so_far(advisor, lang, assessment.answers, position)
    top = f"{lead}\n\n" if lead else ""
    return f"{top}{summary}<i>{html.escape(progress)}</i>\n{wording.questions[position]}"


def _question_keyboard(
    advisor: Advisor, lang: str, assessment: Assessment, position: int
) -> InlineKeyboardMarkup:
    knowledge = advisor.knowledge
    wording = _wording(knowledge, lang)
    question = flow.question_at(knowledge, position)
    chosen = assessment.answers.get(question.id)
    rows = []
    for option in question.options:
        mark = "✓ " if option.id == chosen else ""
        data = callbacks.answer("a", assessment.id, position, option.index, question.id)
        rows.append([InlineKeyboardButton(mark + wording.labels[question.id, option.id],
                                          callback_data=data)])
    controls = []
    if flow.previous_position(knowledge, assessment.answers, position) is not None:
        controls.append(InlineKeyboardButton(
            wording.back,
            callback_data=callbacks.answer("b", assessment.id, position, None, question.id)))
    controls.append(InlineKeyboardButton(
        wording.skip,
        callback_data=callbacks.answer("k", assessment.id, position, None, question.id)))
    rows.append(controls)
    return InlineKeyboardMarkup(rows)


async def ask(
    advisor: Advisor, user: User, assessment: Assessment, message: Message, lead: str = ""
) -> None:
    """Send the current question as a new message (`lead`, HTML, above it) and remember it."""
    lang = user.language
    sent = await message.get_bot().send_message(
        user.chat_id,
        _question_text(advisor, lang, assessment, assessment.position, lead),
        reply_markup=_question_keyboard(advisor, lang, assessment, assessment.position),
    )
    await advisor.store.assessments.set_question_message(assessment.id, sent.message_id)


async def _show(
    advisor: Advisor, user: User, assessment: Assessment, message: Message, in_place: bool
) -> None:
    """Show the current question: in the pressed message (one edit), else as a new message.

    A tap turns the message it was made on into the next question, so an answer costs one
    rate-limited call; a typed answer gets a new message, below the owner's own text.
    """
    if not in_place:
        await ask(advisor, user, assessment, message)
        return
    lang, position = user.language, assessment.position
    try:
        await message.edit_text(
            _question_text(advisor, lang, assessment, position),
            reply_markup=_question_keyboard(advisor, lang, assessment, position))
    except BadRequest as error:
        if "not modified" in error.message.lower():
            return  # a repeated tap: it already shows this question
        await ask(advisor, user, assessment, message)  # the message is gone: a new one
        return
    if assessment.message_id != message.message_id:  # a "did you mean" message took over
        await advisor.store.assessments.set_question_message(assessment.id, message.message_id)


async def _advance(
    advisor: Advisor, user: User, assessment: Assessment, option_id: str | None,
    typed: str | None, message: Message, in_place: bool,
) -> None:
    """Store an answer (or a skip) for the current question and ask the next, or finish.

    `in_place`: the owner tapped a button of `message`, which becomes the next question.
    """
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
    if following < len(knowledge.questions):
        await advisor.store.assessments.record_answer(assessment.id, question.id, option_id,
                                                      typed, following, drop=dropped)
        # What record_answer wrote, without reading it back.
        await _show(advisor, user, Assessment(assessment.id, following, assessment.message_id,
                                              answers), message, in_place)
        return
    # The plan is built, and the last answer stored with it, before the question message
    # says so: if either fails, nothing has changed and the answer can be given again.
    plan = build_plan(knowledge, answers)
    answer = (question.id, option_id, typed, following)
    previous, plan_id = await advisor.adopt_plan(user.user_id, plan,
                                                 assessment_id=assessment.id, last=answer)
    await _send_new_plan(advisor, user, plan, plan_id, previous, message, in_place)


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
    previous, plan_id = await advisor.adopt_plan(user.user_id, plan,
                                                 assessment_id=assessment.id)
    await _send_new_plan(advisor, user, plan, plan_id, previous, message, in_place=False)
    return True


async def _send_new_plan(
    advisor: Advisor, user: User, plan: Plan, plan_id: int, previous: StoredPlan | None,
    message: Message, in_place: bool,
) -> None:
    """A finished assessment's plan, what changed, the feedback question, the updates offer.

    The question message (`in_place`, else a new message) becomes the plan's first part,
    under every answer; the rest follows as FOLLOW_UP (bot/outbound.py).
    """
    knowledge, lang = advisor.knowledge, user.language
    lead = (_answers_so_far(advisor, lang, dict(plan.answers), len(knowledge.questions))
            + knowledge.message(lang, "plan_intro"))
    await send_plan(advisor, user, plan, message, lead, edit=message if in_place else None)
    if previous is not None:
        await _send_comparison(advisor, user, previous.record.get("scores", {}),
                               dict(plan.scores), message)
    await ask_feedback(advisor, user, ext_bot(message), plan_id)
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
    await ext_bot(message).send_message(user.chat_id, "\n".join(lines),
                                        rate_limit_args=FOLLOW_UP)


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
        await begin(advisor, user, message, advisor.welcome(user.language))
        return
    current = await advisor.store.assessments.active(user.user_id)
    if current is not None and await _finish_overdue(advisor, user, current, message):
        return
    if current is not None:
        await ask(advisor, user, current, message,
                  advisor.knowledge.message(user.language, "welcome_back"))
        return
    await begin(advisor, user, message, advisor.welcome(user.language))


async def begin(advisor: Advisor, user: User, message: Message, lead: str = "") -> None:
    """Start a fresh assessment and ask its first question (`lead`, HTML, above it)."""
    # A description's questions, if any were waiting, give way: typed text is for this now.
    await advisor.store.assessments.stop_asking(user.user_id)
    await advisor.store.assessments.start(user.user_id)
    log.info("assessment started user=%s", user_tag(user.user_id))
    fresh = await advisor.store.assessments.active(user.user_id)
    assert fresh is not None  # noqa: S101
    await ask(advisor, user, fresh, message, lead)


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
        await query.answer(busy_note(advisor, query.get_bot(), user.language))
        assert isinstance(query.message, Message)  # noqa: S101 - checked by private_press
        await _finish_overdue(advisor, user, current, query.message)
        return
    if press is None or not flow.current_press_valid(press, current, advisor.knowledge):
        await query.answer(advisor.knowledge.message(user.language, "stale_button"),
                           show_alert=True)
        return
    assert current is not None  # noqa: S101 - checked by current_press_valid
    message = query.message
    assert isinstance(message, Message)  # noqa: S101 - accessible: we just sent it
    if flow.press_outdated(press, advisor.knowledge):
        # The questions changed under an open assessment (an upgrade): the button meant
        # another question. Show the question now at this position instead of guessing.
        await query.answer(advisor.knowledge.message(user.language, "stale_button"))
        await _show(advisor, user, current, message, in_place=True)
        return
    await query.answer(busy_note(advisor, query.get_bot(), user.language))
    if press.kind == "b":
        back = flow.previous_position(advisor.knowledge, current.answers, press.position)
        previous = press.position if back is None else back
        await advisor.store.assessments.move_to(current.id, previous)
        moved = Assessment(current.id, previous, current.message_id, current.answers)
        await _show(advisor, user, moved, message, in_place=True)
        return
    option_id = None
    if press.kind == "a" and press.option_index is not None:
        option_id = flow.question_at(advisor.knowledge, press.position).options[
            press.option_index].id
    # The pressed message (the question, or a "did you mean" under a typed answer) becomes
    # the next question; an older question message above keeps its now stale buttons.
    await _advance(advisor, user, current, option_id, None, message, in_place=True)


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
    if current.message_id is None:  # set aside by a description's plan: show where it stands
        await ask(advisor, user, current, message,
                  knowledge.message(user.language, "welcome_back"))
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
                await _advance(advisor, user, current, None, None, message, in_place=False)
            elif (back := flow.previous_position(knowledge, current.answers,
                                                 current.position)) is not None:
                await advisor.store.assessments.move_to(current.id, back)
                await ask(advisor, user, Assessment(current.id, back, current.message_id,
                                                    current.answers), message)
            else:  # "back" on the first question: nothing before it; ask it again
                await ask(advisor, user, current, message)
            return
    match = advisor.matchers.get(user.language, question).match(message.text)
    if match.option is not None:
        await _advance(advisor, user, current, match.option, message.text, message,
                       in_place=False)
        return
    if match.candidates:
        buttons = [
            [InlineKeyboardButton(
                knowledge.answer_label(user.language, question.id, option_id),
                callback_data=callbacks.answer(
                    "a", current.id, current.position,
                    question.option(option_id).index,  # type: ignore[union-attr]
                    question.id),
            )]
            for option_id in match.candidates
        ]
        await message.reply_text(knowledge.message(user.language, "did_you_mean"),
                                 reply_markup=InlineKeyboardMarkup(buttons))
        return
    shown = html.escape(" ".join(visible(message.text).split())[:60]) or "…"
    await ask(advisor, user, current, message,
              knowledge.message(user.language, "not_understood", text=shown))


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
