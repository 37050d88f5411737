"""/broadcast: content, preview, audience, Send; plus the Telegram side of the delivery worker.

The worker (bot/broadcast.py) is the advisor's; here are its send function (copyMessage,
Telegram's errors in the domain's words) and the progress message it keeps up to date.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import ApplicationHandlerStop, ExtBot

from bot import callbacks
from bot.advisor import Advisor
from bot.broadcast import Finished, Progress, Send
from bot.context import AdvisorContext
from bot.handlers.common import is_staff, language_of, staff_only
from bot.knowledge import DEFAULT_LANGUAGE
from bot.logs import user_tag
from bot.outbound import BULK, retry_seconds
from bot.sending import Blocked, Migrated, Permanent, RetryLater, Transient

log = logging.getLogger(__name__)


def telegram_sender(bot: ExtBot[Any]) -> Send:
    """The worker's send function: copyMessage, with Telegram's errors mapped to the domain's.

    Bulk: it goes out when no owner's reply is waiting (bot/outbound.py).
    """

    async def send(chat_id: int, from_chat_id: int, message_id: int) -> None:
        try:
            await bot.copy_message(chat_id, from_chat_id, message_id, rate_limit_args=BULK)
        except RetryAfter as error:
            raise RetryLater(retry_seconds(error)) from error
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


def progress_reporter(bot: ExtBot[Any], advisor: Advisor) -> tuple[Progress, Finished]:
    """The worker's on_progress and on_finished: edit the staff member's progress message."""

    async def progress(broadcast_id: int, counts: dict[str, int]) -> None:
        await _edit_progress(bot, advisor, broadcast_id, counts, None)

    async def finished(broadcast_id: int, counts: dict[str, int],
                       errors: dict[str, int]) -> None:
        await _edit_progress(bot, advisor, broadcast_id, counts, errors)

    return progress, finished


async def _edit_progress(
    bot: ExtBot[Any], advisor: Advisor, broadcast_id: int, counts: dict[str, int],
    errors: dict[str, int] | None,
) -> None:
    """Show a broadcast's progress (errors None) or its final report in the staff chat."""
    broadcast = await advisor.store.broadcasts.get(broadcast_id)
    if broadcast is None or broadcast.progress_message_id is None:
        return
    say = advisor.knowledge.message
    lang = DEFAULT_LANGUAGE
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
        await bot.edit_message_text(text, chat_id=broadcast.staff_chat_id,
                                    message_id=broadcast.progress_message_id,
                                    parse_mode=None, rate_limit_args=BULK)




@staff_only
async def broadcast_command(update: Update, context: AdvisorContext) -> None:
    """Start a broadcast: the next message is its content."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None and update.effective_user is not None  # noqa: S101
    lang = await language_of(advisor, update.effective_user)
    if message.chat.type != "private":
        await message.reply_text(advisor.knowledge.message(lang, "broadcast_private"))
        return
    broadcast_id = await advisor.store.broadcasts.new(update.effective_user.id, message.chat.id)
    cancel = InlineKeyboardButton(advisor.knowledge.message(lang, "broadcast_cancel"),
                                  callback_data=callbacks.broadcast(broadcast_id, "x"))
    await message.reply_text(advisor.knowledge.message(lang, "broadcast_ask_content"),
                             reply_markup=InlineKeyboardMarkup([[cancel]]))


async def content(update: Update, context: AdvisorContext) -> None:
    """The message after /broadcast is its content: preview it and offer the audiences.

    Anything else (no broadcast awaiting content, or not staff) goes on to the other handlers.
    """
    advisor = context.advisor
    message = update.effective_message
    user = update.effective_user
    assert message is not None  # noqa: S101 - filtered
    if user is None:
        return
    broadcast_id = await advisor.store.broadcasts.awaiting(user.id)
    if broadcast_id is None or not await is_staff(advisor, update):
        return
    lang = await language_of(advisor, user)
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


async def _audience_buttons(
    advisor: Advisor, lang: str, broadcast_id: int
) -> InlineKeyboardMarkup:
    say = advisor.knowledge.message
    groups = await advisor.store.groups.find(active_only=True)
    rows = [[InlineKeyboardButton(say(lang, "audience_all", count=len(groups)),
                                  callback_data=callbacks.broadcast(broadcast_id, "a:all"))]]
    for tag in sorted({t for g in groups for t in g.tags}):
        count = sum(1 for g in groups if tag in g.tags)
        data = callbacks.broadcast(broadcast_id, f"a:t:{tag}")
        rows.append([InlineKeyboardButton(say(lang, "audience_tag", tag=tag, count=count),
                                          callback_data=data)])
    users = await advisor.store.insight.opted_in()
    rows.append([InlineKeyboardButton(say(lang, "audience_users", count=users),
                                      callback_data=callbacks.broadcast(broadcast_id, "a:users"))])
    rows.append([InlineKeyboardButton(say(lang, "broadcast_cancel"),
                                      callback_data=callbacks.broadcast(broadcast_id, "x"))])
    return InlineKeyboardMarkup(rows)


def _audience_name(advisor: Advisor, lang: str, audience: str) -> str:
    say = advisor.knowledge.message
    if audience == "users":
        return say(lang, "audience_name_users")
    if audience.startswith("t:"):
        return say(lang, "audience_name_tag", tag=audience[2:])
    return say(lang, "audience_name_all")


@staff_only
async def broadcast_pressed(update: Update, context: AdvisorContext) -> None:
    """Audience, Send and Cancel buttons; only the staff member who made the draft may press."""
    query = update.callback_query
    assert query is not None and query.data is not None  # noqa: S101
    advisor = context.advisor
    lang = await language_of(advisor, update.effective_user)
    say = advisor.knowledge.message
    press = callbacks.parse_broadcast(query.data)
    assert press is not None  # noqa: S101 - routed by callbacks.BROADCAST_PATTERN
    broadcast_id, action = press
    broadcast = await advisor.store.broadcasts.get(broadcast_id)
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
        count = len(await advisor.recipients(audience))
        buttons = InlineKeyboardMarkup([[
            InlineKeyboardButton(say(lang, "broadcast_send"),
                                 callback_data=callbacks.broadcast(broadcast.id, "s")),
            InlineKeyboardButton(say(lang, "broadcast_cancel"),
                                 callback_data=callbacks.broadcast(broadcast.id, "x")),
        ]])
        await query.edit_message_text(
            say(lang, "broadcast_confirm", audience=_audience_name(advisor, lang, audience),
                count=f"{count:,}"), reply_markup=buttons)
        return
    if broadcast.audience is None or query.message is None:
        return
    recipients = await advisor.recipients(broadcast.audience)
    progress_id = query.message.message_id
    if not await advisor.store.broadcasts.start(broadcast.id, recipients, progress_id):
        return
    log.info("broadcast %s queued for %d recipients by staff=%s", broadcast.id, len(recipients),
             user_tag(query.from_user.id))
    await query.edit_message_text(say(lang, "broadcast_progress", done="0",
                                      total=f"{len(recipients):,}"))
    advisor.broadcasts.kick()
