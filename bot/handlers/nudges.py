"""Follow-up nudges on Telegram: their text and buttons, sending them, /progress, /reminders.

The advisor's nudge sender (bot/nudges.py) decides what is due and records what happened;
here are the Telegram side of it (the message, its buttons, Telegram's errors in the
domain's words) and the JobQueue tick that makes it send.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ExtBot

from bot import callbacks
from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import owner, private_press
from bot.knowledge import AREAS_SCORED
from bot.nudges import tick_interval
from bot.outbound import BULK, retry_seconds
from bot.plan import Plan
from bot.sending import Blocked, Permanent, RetryLater, Transient
from bot.store import Nudge

log = logging.getLogger(__name__)

#: Characters of an action's title on its /progress button (longer titles end in "…").
BUTTON_CHARS = 48


def _title(advisor: Advisor, lang: str, nudge: Nudge) -> str:
    try:
        return str(advisor.knowledge.text(lang, "actions", nudge.action, "title"))
    except KeyError:
        return nudge.action


def _text(advisor: Advisor, nudge: Nudge) -> str:
    knowledge, lang = advisor.knowledge, nudge.language
    if nudge.kind == "recheck":
        areas = ", ".join(str(knowledge.text(lang, "areas", a)) for a in nudge.action.split(","))
        return knowledge.message(lang, "recheck", areas=html.escape(areas))
    return knowledge.message(lang, "nudge", title=html.escape(_title(advisor, lang, nudge)))


def _keyboard(advisor: Advisor, nudge: Nudge) -> InlineKeyboardMarkup:
    say = advisor.knowledge.message
    first = ("recheck_button", "r") if nudge.kind == "recheck" else ("nudge_done_button", "d")
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(say(nudge.language, first[0]),
                             callback_data=callbacks.nudge(nudge.id, nudge.attempts, first[1])),
        InlineKeyboardButton(say(nudge.language, "nudge_later_button"),
                             callback_data=callbacks.nudge(nudge.id, nudge.attempts, "l")),
    ], [
        InlineKeyboardButton(say(nudge.language, "nudge_stop_button"),
                             callback_data=callbacks.nudge(nudge.id, nudge.attempts, "s")),
    ]])


def telegram_sender(bot: ExtBot[Any], advisor: Advisor) -> Callable[[Nudge], Awaitable[int]]:
    """The nudge sender's send function: sendMessage, Telegram's errors mapped to the domain's.

    Bulk: it goes out when no owner's reply is waiting (bot/outbound.py).
    """

    async def send(nudge: Nudge) -> int:
        try:
            sent = await bot.send_message(nudge.chat_id, _text(advisor, nudge),
                                          reply_markup=_keyboard(advisor, nudge),
                                          rate_limit_args=BULK)
        except Forbidden as error:
            raise Blocked(error.message) from error
        except RetryAfter as error:
            raise RetryLater(retry_seconds(error)) from error
        except BadRequest as error:
            raise Permanent(error.message) from error
        except TelegramError as error:  # network trouble, timeouts, 5xx: try again later
            raise Transient(error.message) from error
        return sent.message_id

    return send


async def tick(context: AdvisorContext) -> None:
    """The JobQueue callback: send what is due, then schedule the next tick.

    A chain of one-off jobs rather than run_repeating: a tick that takes longer than the
    interval (a big backlog at the send limit) never overlaps the next one.
    """
    advisor = context.advisor
    interval = tick_interval(advisor.settings.time_scale)
    stopping = False
    try:
        await advisor.nudges.send_due(budget=max(1.0, interval * 4))
    except asyncio.CancelledError:
        # The bot is stopping (the terminal chat's input ended mid-tick): the scheduler would
        # log a cancelled job as an error with a traceback. Nothing is lost: a nudge claimed
        # and not sent goes back to pending at the next start.
        stopping = True
    finally:
        if not stopping:  # after any other fault too: the chain must go on
            schedule(context.application, interval)


def schedule(app: Application[Any, Any, Any, Any, Any, Any], when: float = 0.1) -> None:
    """Start (or continue) the tick chain; its jobs run once the application starts."""
    if app.job_queue is None:
        log.warning("no JobQueue: nudges will not be sent")
        return
    app.job_queue.run_once(tick, when=when, name="nudges")


async def pressed(update: Update, context: AdvisorContext) -> None:
    """✅ Done / ⏰ Later / 🔕 Stop on a nudge; forged or stale presses change nothing.

    The re-check invitation's button begins an assessment: handlers/assessment.py.recheck.
    """
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    lang = user.language
    press = callbacks.parse_nudge(query.data)
    nudge = await advisor.pressed_nudge(user.user_id, press)
    if press is None or nudge is None or press.choice == "r":
        await query.answer(advisor.knowledge.message(lang, "nudge_stale"), show_alert=True)
        return
    title = html.escape(_title(advisor, lang, nudge))
    if press.choice == "d":
        ok = await advisor.store.nudges.complete_action(nudge.id)
        note = advisor.knowledge.message(lang, "nudge_marked_done", title=title)
    elif press.choice == "l":
        ok = await advisor.store.nudges.snooze(nudge.id, advisor.snoozed_until())
        note = advisor.knowledge.message(lang, "nudge_snoozed", title=title)
    else:
        await advisor.store.users.set_reminders(user.user_id, False, time.time())
        ok = True
        note = advisor.knowledge.message(lang, "nudge_stopped")
    if not ok:  # a concurrent press got there first
        await query.answer(advisor.knowledge.message(lang, "nudge_stale"), show_alert=True)
        return
    await query.answer()
    if isinstance(query.message, Message):
        with contextlib.suppress(BadRequest):
            await query.message.edit_text(note)


def _progress_view(advisor: Advisor, lang: str, plan_id: int, plan: Plan,
                   done: set[str]) -> tuple[str, InlineKeyboardMarkup]:
    """/progress' text (the checklist, the count, the area scores) and a ✅ button per action."""
    knowledge = advisor.knowledge
    items = plan.items
    lines = [knowledge.message(lang, "progress_title"), ""]
    buttons = []
    for index, item in enumerate(items):
        mark = "✅" if item.action in done else "⬜"
        title = str(knowledge.text(lang, "actions", item.action, "title"))
        lines.append(f"{mark} {html.escape(title)}")
        label = f"{mark} {index + 1}. {title}"
        label = label if len(label) <= BUTTON_CHARS else label[:BUTTON_CHARS - 1] + "…"
        buttons.append([InlineKeyboardButton(
            label, callback_data=callbacks.progress(plan_id, index))])
    lines += ["", html.escape(knowledge.message(
        lang, "progress_count", done=sum(i.action in done for i in items), total=len(items)))]
    lines += ["", html.escape(knowledge.message(lang, "plan_scores"))]
    for area in AREAS_SCORED:
        score = plan.scores.get(area)
        name = str(knowledge.text(lang, "areas", area))
        shown = f"{score}/100" if score is not None else knowledge.message(
            lang, "plan_score_unknown")
        lines.append(html.escape(knowledge.message(lang, "plan_pair", name=name, value=shown)))
    if items:
        lines += ["", html.escape(knowledge.message(lang, "progress_hint"))]
    return "\n".join(lines)[:4096], InlineKeyboardMarkup(buttons)


async def progress(update: Update, context: AdvisorContext) -> None:
    """The latest plan's actions as a checklist, a ✅ button per action, and the area scores."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    knowledge, lang = advisor.knowledge, user.language
    stored = await advisor.store.plans.latest(user.user_id)
    if stored is None:
        await message.reply_text(knowledge.message(lang, "progress_none"))
        return
    plan = Plan.from_record(stored.record).without_removed(knowledge)
    done = await advisor.store.nudges.done_actions(stored.id)
    text, markup = _progress_view(advisor, lang, stored.id, plan, done)
    await message.reply_text(text, reply_markup=markup)


async def progress_pressed(update: Update, context: AdvisorContext) -> None:
    """An action's button under /progress: tick it off (its nudges stop) or back on."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    knowledge, lang = advisor.knowledge, user.language
    press = callbacks.parse_progress(query.data)
    stored = await advisor.store.plans.latest(user.user_id)
    plan = Plan.from_record(stored.record).without_removed(knowledge) if stored else None
    if (press is None or stored is None or plan is None or press[0] != stored.id
            or press[1] >= len(plan.items)):
        await query.answer(knowledge.message(lang, "progress_stale"), show_alert=True)
        return
    action = plan.items[press[1]].action
    ticked = await advisor.store.nudges.toggle_done(user.user_id, stored.id, action)
    title = str(knowledge.text(lang, "actions", action, "title"))
    await query.answer(knowledge.message(lang, "progress_ticked" if ticked
                                         else "progress_unticked", title=title)[:200])
    done = await advisor.store.nudges.done_actions(stored.id)
    text, markup = _progress_view(advisor, lang, stored.id, plan, done)
    if isinstance(query.message, Message):
        with contextlib.suppress(BadRequest):  # two quick presses: already up to date
            await query.message.edit_text(text, reply_markup=markup)


async def reminders(update: Update, context: AdvisorContext) -> None:
    """/reminders on|off, or the current state."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    knowledge, lang = advisor.knowledge, user.language
    arg = (context.args or [""])[0].lower()
    if arg in {"on", "off"}:
        await advisor.store.users.set_reminders(user.user_id, arg == "on", time.time())
        await message.reply_text(knowledge.message(lang, f"reminders_{arg}"))
        return
    state = "on" if await advisor.store.users.reminders_on(user.user_id) else "off"
    await message.reply_text(knowledge.message(
        lang, "reminders_usage", state=knowledge.message(lang, f"reminders_state_{state}")))


async def member_changed(update: Update, context: AdvisorContext) -> None:
    """Blocked (kicked) or unblocked (member) in a private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    store = context.advisor.store
    if await store.users.get(change.from_user.id) is None:
        return
    if status == ChatMember.BANNED:
        await store.users.set_active(change.from_user.id, False)
    elif status == ChatMember.MEMBER:
        await store.users.set_active(change.from_user.id, True)
