"""Follow-up nudges: the periodic tick that sends them, their buttons, /progress, /reminders.

Nudges are rows in SQLite (store.nudges). The tick claims due rows in a transaction
(pending -> sending), sends them, then marks them sent; rows left in 'sending' by a crash
are re-queued at the first tick after a restart, so only those in flight can repeat.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
from typing import Any

from telegram import ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    filters,
)

from bot import nudges as domain
from bot.app import Advisor, advisor_of
from bot.handlers.assessment import begin
from bot.handlers.common import owner, private_press
from bot.knowledge import AREAS_SCORED
from bot.plan import Plan
from bot.store import Nudge, User

log = logging.getLogger(__name__)

#: Nudges claimed per transaction; at most this many can repeat after a crash.
BATCH = 30
RECOVERED_KEY = "nudges_recovered"


def config_of(app: Application[Any, Any, Any, Any, Any, Any]) -> domain.NudgeConfig:
    """The nudge delays, read once from knowledge/nudges.yaml."""
    advisor: Advisor = app.bot_data["advisor"]
    return domain.load_config(advisor.knowledge.root)


def nudges_for_plan(advisor: Advisor, plan: Plan,
                    now: float | None = None) -> list[tuple[str, str, float]]:
    """The nudge rows for a new plan, moved out of quiet hours."""
    settings = advisor.settings
    config = domain.load_config(advisor.knowledge.root)
    moment = time.time() if now is None else now
    rows = domain.plan_nudges(advisor.knowledge, [i.action for i in plan.items], moment,
                              config, settings.time_scale)
    rows += domain.recheck_nudge(dict(plan.scores), moment, config, settings.time_scale)
    return [(kind, action, domain.next_allowed(due, settings.quiet_hours, settings.tz))
            for kind, action, due in rows]


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
    lang = advisor.knowledge.message
    first = ("recheck_button", "r") if nudge.kind == "recheck" else ("nudge_done_button", "d")
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(lang(nudge.language, first[0]),
                             callback_data=domain.encode(nudge.id, nudge.attempts, first[1])),
        InlineKeyboardButton(lang(nudge.language, "nudge_later_button"),
                             callback_data=domain.encode(nudge.id, nudge.attempts, "l")),
    ], [
        InlineKeyboardButton(lang(nudge.language, "nudge_stop_button"),
                             callback_data=domain.encode(nudge.id, nudge.attempts, "s")),
    ]])


async def _send_one(app: Application[Any, Any, Any, Any, Any, Any], nudge: Nudge) -> bool:
    """Send one claimed nudge and record the outcome; True when it reached Telegram."""
    advisor: Advisor = app.bot_data["advisor"]
    store, config = advisor.store, config_of(app)
    text = _text(advisor, nudge)
    try:
        sent = await app.bot.send_message(nudge.chat_id, text,
                                          reply_markup=_keyboard(advisor, nudge))
    except Forbidden:
        log.info("user %s blocked the bot: reminders cancelled", nudge.user_id)
        await store.nudges.failed(nudge.id)
        await store.users.set_active(nudge.user_id, False)
        return False
    except RetryAfter as error:
        wait = error.retry_after
        seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
        await store.nudges.retry(nudge.id, time.time() + seconds, config.max_attempts + 1)
        return False
    except BadRequest:
        log.warning("nudge %s refused by Telegram", nudge.id, exc_info=True)
        await store.nudges.failed(nudge.id)
        return False
    except TelegramError:  # network trouble, timeouts, 5xx: try again later
        log.warning("nudge %s not sent, retrying later", nudge.id, exc_info=True)
        retry = time.time() + config.retry * domain.HOUR * advisor.settings.time_scale
        await store.nudges.retry(nudge.id, retry, config.max_attempts)
        return False
    await store.nudges.sent(nudge.id, sent.message_id)
    return True


async def run_tick(app: Application[Any, Any, Any, Any, Any, Any], now: float | None = None,
                   budget: float = 5.0) -> int:
    """Send the due nudges, batch by batch, for up to `budget` seconds; return how many went."""
    advisor: Advisor = app.bot_data["advisor"]
    store, settings = advisor.store, advisor.settings
    if not app.bot_data.get(RECOVERED_KEY):
        requeued = await store.nudges.requeue_in_flight()
        if requeued:
            log.warning("%s nudges were in flight at the last stop: sending them again", requeued)
        app.bot_data[RECOVERED_KEY] = True
    started = time.monotonic()
    sent = 0
    in_flight: set[asyncio.Task[bool]] = set()
    # At most BATCH nudges are claimed and unsent at any time (the most a crash can repeat);
    # more are claimed as soon as half of them went, so the send limit is the bottleneck.
    while True:
        moment = time.time() if now is None else now
        room = BATCH - len(in_flight)
        more = (room >= BATCH // 2 and time.monotonic() - started < budget
                and not domain.is_quiet(moment, settings.quiet_hours, settings.tz))
        batch = await store.nudges.claim_due(moment, room) if more else []
        in_flight |= {asyncio.ensure_future(_send_one(app, n)) for n in batch}
        if not in_flight:
            break
        if len(batch) < room and more:  # nothing more due: just finish what is in flight
            budget = 0
        done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
        sent += sum(task.result() for task in done)
    return sent


async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The JobQueue callback: send what is due, then schedule the next tick.

    A chain of one-off jobs rather than run_repeating: a tick that takes longer than the
    interval (a big backlog at the send limit) never overlaps the next one.
    """
    interval = domain.tick_interval(advisor_of(context).settings.time_scale)
    try:
        await run_tick(context.application, budget=max(1.0, interval * 4))
    finally:
        if context.job_queue is not None:
            context.job_queue.run_once(tick, when=interval, name="nudges")


def schedule(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Start the tick chain once the application starts (needs the job-queue extra)."""
    if app.job_queue is None:
        log.warning("no JobQueue: nudges will not be sent")
        return
    app.job_queue.run_once(tick, when=0.1, name="nudges")


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """✅ Done / ⏰ Later / 🔕 Stop on a nudge; forged or stale presses change nothing."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    lang = user.language
    press = domain.decode(query.data)
    nudge = await advisor.store.nudges.get(press[0]) if press else None
    if (press is None or nudge is None or nudge.user_id != user.user_id
            or nudge.attempts != press[1] or nudge.status != "sent"
            or (press[2] in "dr" and (press[2] == "r") != (nudge.kind == "recheck"))):
        await query.answer(advisor.knowledge.message(lang, "nudge_stale"), show_alert=True)
        return
    title = html.escape(_title(advisor, lang, nudge))
    choice = press[2]
    if choice == "r":
        if not await advisor.store.nudges.close(nudge.id):
            await query.answer(advisor.knowledge.message(lang, "nudge_stale"), show_alert=True)
            return
        await query.answer()
        assert isinstance(query.message, Message)  # noqa: S101 - we sent it
        with contextlib.suppress(BadRequest):
            await query.message.edit_reply_markup(None)
        await begin(advisor, user, query.message)
        return
    if choice == "d":
        ok = await advisor.store.nudges.complete_action(nudge.id)
        note = advisor.knowledge.message(lang, "nudge_marked_done", title=title)
    elif choice == "l":
        config, settings = config_of(context.application), advisor.settings
        due = domain.next_allowed(time.time() + config.later * domain.HOUR * settings.time_scale,
                                  settings.quiet_hours, settings.tz)
        ok = await advisor.store.nudges.snooze(nudge.id, due)
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


async def send_comparison(advisor: Advisor, user: User, then: dict[str, int | None],
                          now: dict[str, int | None], message: Message) -> None:
    """After a new plan: the area scores of the previous plan and of this one."""
    rows = domain.compare_scores(then, now)
    if not rows:
        return
    knowledge, lang = advisor.knowledge, user.language
    lines = [knowledge.message(lang, "recheck_compare")]
    for area, old, new in rows:
        name = str(knowledge.text(lang, "areas", area))
        lines.append(html.escape(knowledge.message(lang, "plan_pair", name=name,
                                                   value=f"{old} → {new} ({new - old:+d})")))
    await message.get_bot().send_message(user.chat_id, "\n".join(lines))


async def progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The latest plan's actions as a checklist, and the area scores."""
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
    items = plan.items
    lines = [knowledge.message(lang, "progress_title"), ""]
    for item in items:
        mark = "✅" if item.action in done else "⬜"
        title = str(knowledge.text(lang, "actions", item.action, "title"))
        lines.append(f"{mark} {html.escape(title)}")
    lines += ["", html.escape(knowledge.message(
        lang, "progress_count", done=sum(i.action in done for i in items), total=len(items)))]
    lines += ["", html.escape(knowledge.message(lang, "plan_scores"))]
    for area in AREAS_SCORED:
        score = plan.scores.get(area)
        name = str(knowledge.text(lang, "areas", area))
        shown = f"{score}/100" if score is not None else knowledge.message(
            lang, "plan_score_unknown")
        lines.append(html.escape(knowledge.message(lang, "plan_pair", name=name, value=shown)))
    await message.reply_text("\n".join(lines)[:4096])


async def reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
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


async def member_changed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Blocked (kicked) or unblocked (member) in a private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    store = advisor_of(context).store
    if await store.users.get(change.from_user.id) is None:
        return
    if status == ChatMember.BANNED:
        await store.users.set_active(change.from_user.id, False)
    elif status == ChatMember.MEMBER:
        await store.users.set_active(change.from_user.id, True)


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers."""
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("progress", progress, filters=private),
        CommandHandler("reminders", reminders, filters=private),
        CallbackQueryHandler(pressed, pattern=domain.CALLBACK_PATTERN),
        ChatMemberHandler(member_changed, ChatMemberHandler.MY_CHAT_MEMBER),
    ]
