"""/broadcast: content, preview, audience, Send; plus the Telegram adapter of the worker."""

from __future__ import annotations

import contextlib
import datetime as dtm
import os
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app import Advisor, advisor_of
from bot.broadcast import (
    Blocked,
    Limits,
    Migrated,
    Permanent,
    RetryLater,
    Send,
    Transient,
    Worker,
)
from bot.handlers.ask import staff_reply, typed_question
from bot.handlers.members import is_staff, lang_of, set_staff_menu, staff_ids, staff_only

# Opt in to RetryAfter.retry_after as a timedelta (PTB 22.2+ warns about the int form).
os.environ.setdefault("PTB_TIMEDELTA", "1")

BROADCAST_PATTERN = r"^bc:\d{1,12}:(x|s|a:(all|users|t:[a-z0-9_-]{1,24}))$"
App = Application[Any, Any, Any, Any, Any, Any]


def telegram_sender(bot: Bot) -> Send:
    """The worker's send function: copyMessage, with Telegram's errors mapped to the domain's."""

    async def send(chat_id: int, from_chat_id: int, message_id: int) -> None:
        try:
            await bot.copy_message(chat_id, from_chat_id, message_id)
        except RetryAfter as error:
            wait = error.retry_after
            raise RetryLater(wait.total_seconds() if isinstance(wait, dtm.timedelta)
                             else float(wait)) from error
        except ChatMigrated as error:
            raise Migrated(error.new_chat_id) from error
        except Forbidden as error:
            raise Blocked(error.message) from error
        except BadRequest as error:  # a subclass of NetworkError: check it first
            raise Permanent(error.message) from error
        except NetworkError as error:  # timeouts, 5xx, connection errors
            raise Transient(error.message) from error
        except TelegramError as error:
            raise Permanent(error.message) from error

    return send


def worker_of(app: App) -> Worker:
    """The running delivery worker."""
    worker: Worker = app.bot_data["broadcaster"]
    return worker


async def start_worker(app: App) -> None:
    """Start-up hook: make the worker, resume unfinished broadcasts, set staff menus."""
    advisor: Advisor = app.bot_data["advisor"]
    settings = advisor.settings
    store = advisor.store

    async def progress(broadcast_id: int, counts: dict[str, int]) -> None:
        await _edit_progress(app, broadcast_id, counts, None)

    async def finished(broadcast_id: int, counts: dict[str, int],
                       errors: dict[str, int]) -> None:
        await _edit_progress(app, broadcast_id, counts, errors)

    async def inactive(chat_id: int, user_id: int | None) -> None:
        if user_id is not None:
            await store.users.set_active(user_id, False)  # also stops their nudges
        else:
            await store.groups.set_active(chat_id, False)

    async def migrated(old_id: int, new_id: int) -> None:
        await store.groups.migrate(old_id, new_id)

    worker = Worker(
        store.broadcasts, telegram_sender(app.bot),
        Limits(per_second=settings.broadcast_per_second,
               per_group_per_minute=settings.group_per_minute),
        time_scale=settings.time_scale, on_progress=progress, on_finished=finished,
        on_inactive=inactive, on_migrated=migrated,
    )
    app.bot_data["broadcaster"] = worker
    await worker.start()
    for staff_id in sorted(await staff_ids(advisor)):
        await set_staff_menu(app, staff_id)


async def stop_worker(app: App) -> None:
    """Shut-down hook: stop sending (the next start resumes)."""
    worker = app.bot_data.get("broadcaster")
    if isinstance(worker, Worker):
        await worker.stop()


async def _edit_progress(
    app: App, broadcast_id: int, counts: dict[str, int], errors: dict[str, int] | None
) -> None:
    advisor: Advisor = app.bot_data["advisor"]
    broadcast = await advisor.store.broadcasts.get(broadcast_id)
    if broadcast is None or broadcast.progress_message_id is None:
        return
    say = advisor.knowledge.message
    lang = DEFAULT_LANG
    total = sum(counts.values())
    done = total - counts.get("pending", 0) - counts.get("sending", 0)
    if errors is None:
        text = say(lang, "broadcast_progress", done=f"{done:,}", total=f"{total:,}")
    else:
        reasons = "; ".join(f"{reason} ({count:,})" for reason, count in errors.items())
        text = say(lang, "broadcast_report", delivered=f"{counts.get('sent', 0):,}",
                   failed=f"{counts.get('failed', 0):,}",
                   blocked=f"{counts.get('blocked', 0):,}", total=f"{total:,}")
        if reasons:
            text += "\n" + say(lang, "broadcast_reasons", reasons=reasons)
    with contextlib.suppress(TelegramError):
        await app.bot.edit_message_text(text, chat_id=broadcast.staff_chat_id,
                                        message_id=broadcast.progress_message_id,
                                        parse_mode=None)


DEFAULT_LANG = "en"


@staff_only
async def broadcast_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start a broadcast: the next message is its content."""
    advisor = advisor_of(context)
    message = update.effective_message
    assert message is not None and update.effective_user is not None  # noqa: S101
    lang = await lang_of(advisor, update)
    if message.chat.type != "private":
        await message.reply_text(advisor.knowledge.message(lang, "broadcast_private"))
        return
    broadcast_id = await advisor.store.broadcasts.new(update.effective_user.id, message.chat.id)
    cancel = InlineKeyboardButton(advisor.knowledge.message(lang, "broadcast_cancel"),
                                  callback_data=f"bc:{broadcast_id}:x")
    await message.reply_text(advisor.knowledge.message(lang, "broadcast_ask_content"),
                             reply_markup=InlineKeyboardMarkup([[cancel]]))


async def capture_content(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Staff's reply to an /ask question, an owner's awaited question, or broadcast content."""
    advisor = advisor_of(context)
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    if await staff_reply(update, context):
        raise ApplicationHandlerStop  # an answer to an owner's /ask, relayed
    if message.chat.type != "private":
        return
    if await typed_question(update, context):
        raise ApplicationHandlerStop  # the text after "Ask an advisor", relayed
    broadcast_id = await advisor.store.broadcasts.awaiting(user.id)
    if broadcast_id is None or not await is_staff(advisor, update):
        return  # not a broadcast: the other handlers deal with it
    lang = await lang_of(advisor, update)
    say = advisor.knowledge.message
    if not (message.text or message.photo or message.document):
        await message.reply_text(say(lang, "broadcast_kinds"))
        raise ApplicationHandlerStop
    await advisor.store.broadcasts.set_content(broadcast_id, message.chat.id, message.message_id)
    await message.reply_text(say(lang, "broadcast_preview"))
    await context.bot.copy_message(message.chat.id, message.chat.id, message.message_id)
    await message.reply_text(say(lang, "broadcast_choose"),
                             reply_markup=await _audience_buttons(advisor, lang, broadcast_id))
    raise ApplicationHandlerStop


async def _recipients(advisor: Advisor, audience: str) -> list[tuple[int, int | None]]:
    """(chat_id, user_id) of everyone an audience reaches now."""
    store = advisor.store
    if audience == "users":
        return [(chat, user) for user, chat in await store.users.opted_in()]
    tag = audience[2:] if audience.startswith("t:") else None
    return [(g.chat_id, None) for g in await store.groups.find(tag=tag, active_only=True)]


async def _audience_buttons(
    advisor: Advisor, lang: str, broadcast_id: int
) -> InlineKeyboardMarkup:
    say = advisor.knowledge.message
    groups = await advisor.store.groups.find(active_only=True)
    rows = [[InlineKeyboardButton(say(lang, "audience_all", count=len(groups)),
                                  callback_data=f"bc:{broadcast_id}:a:all")]]
    for tag in sorted({t for g in groups for t in g.tags}):
        count = sum(1 for g in groups if tag in g.tags)
        rows.append([InlineKeyboardButton(say(lang, "audience_tag", tag=tag, count=count),
                                          callback_data=f"bc:{broadcast_id}:a:t:{tag}")])
    users = len(await advisor.store.users.opted_in())
    rows.append([InlineKeyboardButton(say(lang, "audience_users", count=users),
                                      callback_data=f"bc:{broadcast_id}:a:users")])
    rows.append([InlineKeyboardButton(say(lang, "broadcast_cancel"),
                                      callback_data=f"bc:{broadcast_id}:x")])
    return InlineKeyboardMarkup(rows)


def _audience_name(advisor: Advisor, lang: str, audience: str) -> str:
    say = advisor.knowledge.message
    if audience == "users":
        return say(lang, "audience_name_users")
    if audience.startswith("t:"):
        return say(lang, "audience_name_tag", tag=audience[2:])
    return say(lang, "audience_name_all")


@staff_only
async def broadcast_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Audience, Send and Cancel buttons; only the staff member who made the draft may press."""
    query = update.callback_query
    assert query is not None and query.data is not None  # noqa: S101
    advisor = advisor_of(context)
    lang = await lang_of(advisor, update)
    say = advisor.knowledge.message
    _, raw_id, action = query.data.split(":", 2)
    broadcast = await advisor.store.broadcasts.get(int(raw_id))
    if broadcast is None or broadcast.staff_id != query.from_user.id \
            or broadcast.status not in ("awaiting", "draft"):
        await query.answer(say(lang, "broadcast_closed"), show_alert=True)
        return
    await query.answer()
    if action == "x":
        await advisor.store.broadcasts.cancel(broadcast.id)
        await query.edit_message_text(say(lang, "broadcast_cancelled"))
        return
    if action.startswith("a:"):
        audience = action[2:]
        if not await advisor.store.broadcasts.set_audience(broadcast.id, audience):
            return
        count = len(await _recipients(advisor, audience))
        buttons = InlineKeyboardMarkup([[
            InlineKeyboardButton(say(lang, "broadcast_send"),
                                 callback_data=f"bc:{broadcast.id}:s"),
            InlineKeyboardButton(say(lang, "broadcast_cancel"),
                                 callback_data=f"bc:{broadcast.id}:x"),
        ]])
        await query.edit_message_text(
            say(lang, "broadcast_confirm", audience=_audience_name(advisor, lang, audience),
                count=f"{count:,}"), reply_markup=buttons)
        return
    if broadcast.audience is None or query.message is None:
        return
    recipients = await _recipients(advisor, broadcast.audience)
    progress_id = query.message.message_id
    if not await advisor.store.broadcasts.start(broadcast.id, recipients, progress_id):
        return
    await query.edit_message_text(say(lang, "broadcast_progress", done="0",
                                      total=f"{len(recipients):,}"))
    worker_of(context.application).kick()


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers in the default group."""
    return [
        CommandHandler("broadcast", broadcast_command),
        CallbackQueryHandler(broadcast_pressed, pattern=BROADCAST_PATTERN),
    ]


def early_handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """Handlers that run before the assessment sees a message (the broadcast content)."""
    content = ~filters.COMMAND & filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL
    return [MessageHandler(content, capture_content)]
