"""Every handler of the bot, one a line: what reaches which function.

PTB tries the groups in ascending order; within a group only the first handler whose filter
fits an update runs. A handler raising ApplicationHandlerStop ends the update there. Groups
below 0 look at every update first and let it through unless it is theirs; group 0 has the
commands and buttons (order matters only where a comment says so); group 1 sees what group 0
has seen too. Button data and patterns: bot/callbacks.py.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from bot.handlers import (
    assessment,
    broadcast,
    errors,
    feedback,
    general,
    groups,
    guards,
    nudges,
    operations,
    plan,
    privacy,
    questions,
    relief,
    stats,
    updates,
)

PRIVATE = filters.ChatType.PRIVATE
GROUPS = filters.ChatType.GROUPS
#: A new message that is not a command (nor a service message such as "X joined").
NEW_MESSAGE = filters.UpdateType.MESSAGE & ~filters.COMMAND & ~filters.StatusUpdate.ALL
#: The owners' commands, all personal: in a group they point to a private chat.
PRIVATE_COMMANDS = ["start", "assess", "help", "cancel", "language", "progress", "reminders",
                    "privacy", "mydata", "delete", "ask", "updates", "feedback"]


def routes() -> list[tuple[int, BaseHandler[Update, Any, Any]]]:
    """(group, handler) for every handler, in the order they are added."""
    return [
        # Before anything: a redelivered update is processed once; edits, channel posts and
        # Telegram Business messages never (PTB would hand an edited answer to the handlers
        # below as a new answer, and a business account's customer would be taken for an
        # owner, with replies going out in the business's name). Business connections and
        # deleted business messages carry no message: no handler takes them.
        (-7, TypeHandler(Update, guards.drop_repeats)),
        (-6, MessageHandler(filters.UpdateType.EDITED | filters.UpdateType.CHANNEL_POSTS
                            | filters.UpdateType.BUSINESS_MESSAGES, guards.not_read)),
        (-6, CallbackQueryHandler(guards.no_data)),  # PTB routes a press without data anywhere
        # Messages the bot is waiting for, before the assessment could read them as answers;
        # one group each, as each lets through what is not its own.
        (-5, MessageHandler(NEW_MESSAGE & filters.REPLY & filters.TEXT, questions.staff_reply)),
        (-4, MessageHandler(NEW_MESSAGE & PRIVATE & filters.TEXT, questions.typed_question)),
        (-3, MessageHandler(NEW_MESSAGE & PRIVATE & filters.TEXT, feedback.typed_comment)),
        (-2, MessageHandler(NEW_MESSAGE & PRIVATE, broadcast.content)),
        (-1, MessageHandler(NEW_MESSAGE & PRIVATE & filters.TEXT, plan.sharpen_typed)),
        # The assessment
        (0, CommandHandler("start", assessment.start, filters=PRIVATE)),
        (0, CommandHandler("assess", assessment.assess, filters=PRIVATE)),
        (0, CommandHandler("cancel", assessment.cancel, filters=PRIVATE)),
        (0, CallbackQueryHandler(assessment.pressed, pattern=callbacks.ANSWER_PATTERN)),
        # before nudges.pressed: its pattern takes every nudge button
        (0, CallbackQueryHandler(assessment.recheck, pattern=callbacks.RECHECK_PATTERN)),
        (0, MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, assessment.typed)),
        # Plans
        (0, CommandHandler("plan", plan.plan, filters=PRIVATE | GROUPS)),
        (0, CallbackQueryHandler(plan.correction_pressed, pattern=callbacks.CORRECTION_PATTERN)),
        (0, CallbackQueryHandler(plan.sharpen_pressed, pattern=callbacks.SHARPEN_PATTERN)),
        (0, CallbackQueryHandler(plan.download, pattern=callbacks.DOWNLOAD_PATTERN)),
        # Follow-up nudges
        (0, CommandHandler("progress", nudges.progress, filters=PRIVATE)),
        (0, CallbackQueryHandler(nudges.progress_pressed, pattern=callbacks.PROGRESS_PATTERN)),
        (0, CommandHandler("reminders", nudges.reminders, filters=PRIVATE)),
        (0, CallbackQueryHandler(nudges.pressed, pattern=callbacks.NUDGE_PATTERN)),
        (0, ChatMemberHandler(nudges.member_changed, ChatMemberHandler.MY_CHAT_MEMBER)),
        # Owners' questions to the staff
        (0, CommandHandler("ask", questions.ask, filters=PRIVATE)),
        (0, CallbackQueryHandler(questions.ask_pressed, pattern=callbacks.ASK_PATTERN)),
        (0, CommandHandler("feedback", questions.feedback, filters=PRIVATE)),
        # 👍 / 👎 under a plan
        (0, CallbackQueryHandler(feedback.pressed, pattern=callbacks.FEEDBACK_PATTERN)),
        # Owners' settings and data
        (0, CommandHandler("help", general.help_command, filters=PRIVATE)),
        (0, CommandHandler("language", general.language, filters=PRIVATE)),
        (0, CallbackQueryHandler(general.language_chosen, pattern=callbacks.LANGUAGE_PATTERN)),
        (0, CommandHandler("updates", updates.updates_command, filters=PRIVATE)),
        (0, CallbackQueryHandler(updates.updates_pressed, pattern=callbacks.UPDATES_PATTERN)),
        (0, CommandHandler("privacy", privacy.privacy, filters=PRIVATE)),
        (0, CommandHandler("mydata", privacy.my_data, filters=PRIVATE)),
        (0, CommandHandler("delete", privacy.delete, filters=PRIVATE)),
        (0, CallbackQueryHandler(privacy.delete_answered, pattern=callbacks.DELETE_PATTERN)),
        # The support organisation's staff (any chat; refused to anyone else)
        (0, CommandHandler("admin", groups.admin)),
        (0, CommandHandler("groups", groups.groups)),
        (0, MessageHandler(filters.StatusUpdate.MIGRATE, groups.group_migrated)),
        (0, CommandHandler("broadcast", broadcast.broadcast_command)),
        (0, CallbackQueryHandler(broadcast.broadcast_pressed,
                                 pattern=callbacks.BROADCAST_PATTERN)),
        (0, CommandHandler("relief", relief.relief)),
        (0, CommandHandler("stats", stats.stats_command)),
        (0, CommandHandler("guidance", stats.guidance_command)),
        (0, CommandHandler("reload", operations.reload)),
        # Anyone, in any chat: the ids the set-up needs
        (0, CommandHandler("whoami", operations.whoami)),
        # Catch-alls: after every command and pattern above.
        (0, CommandHandler(PRIVATE_COMMANDS, general.in_group, filters=GROUPS)),
        (0, MessageHandler(PRIVATE & filters.COMMAND, general.unknown_command)),
        (0, CallbackQueryHandler(general.stale_button)),
        (0, MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & ~filters.TEXT
                           & ~filters.StatusUpdate.ALL, general.not_text)),
        # The bot added to or removed from a group; an owner blocking it is group 0's.
        (1, ChatMemberHandler(groups.membership, ChatMemberHandler.MY_CHAT_MEMBER)),
    ]


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add every handler and the error handler."""
    for group, handler in routes():
        app.add_handler(handler, group=group)
    app.add_error_handler(errors.on_error)
