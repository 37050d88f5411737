"""The support organisation's side: staff, member groups, owners' opt-in, /stats."""

from __future__ import annotations

import contextlib
import functools
import html
import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)
from telegram.constants import ChatID, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import stats
from bot.app import Advisor, advisor_of
from bot.handlers.common import language_of, owner, private_press
from bot.knowledge import DEFAULT_LANGUAGE
from bot.store import User

TAG_PATTERN = re.compile(r"^[a-z0-9_-]{1,24}$")
UPDATES_PATTERN = r"^upd:(on|off)$"
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


async def staff_ids(advisor: Advisor) -> set[int]:
    """Everyone who is staff: ADVISOR_ADMIN_IDS and those added with /admin add."""
    return set(advisor.settings.admin_ids) | set(await advisor.store.groups.staff())


async def is_staff(advisor: Advisor, update: Update) -> bool:
    """Staff by the sender's numeric user id; anonymous admins and channels are not staff."""
    user = update.effective_user
    message = update.effective_message
    if user is None or user.id == ChatID.ANONYMOUS_ADMIN:
        return False
    if message is not None and message.sender_chat is not None:
        return False
    return user.id in await staff_ids(advisor)


async def lang_of(advisor: Advisor, update: Update) -> str:
    """The language to answer in: the one chosen with /language, else the Telegram app's."""
    return await language_of(advisor, update.effective_user)


def staff_only(handler: Handler) -> Handler:
    """Refuse, with one clear sentence, anyone who is not staff; nothing else happens."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        advisor = advisor_of(context)
        if await is_staff(advisor, update):
            await handler(update, context)
            return
        if update.callback_query is not None:
            await update.callback_query.answer(
                advisor.knowledge.message(await lang_of(advisor, update), "staff_only"),
                show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(
                advisor.knowledge.message(await lang_of(advisor, update), "staff_only"))

    return guarded


async def set_staff_menu(app: Application[Any, Any, Any, Any, Any, Any], staff_id: int) -> None:
    """Give one staff member's private chat the owners' commands plus the staff commands."""
    knowledge = app.bot_data["advisor"].knowledge
    for lang in knowledge.languages:  # the menu in the language of their Telegram app
        commands = [BotCommand(n, str(t)) for n, t in knowledge.text(lang, "commands").items()]
        commands += [BotCommand(n, str(t))
                     for n, t in knowledge.text(lang, "staff_commands").items()]
        code = None if lang == DEFAULT_LANGUAGE else lang
        with contextlib.suppress(TelegramError):  # they may not have opened a chat with us
            await app.bot.set_my_commands(commands, scope=BotCommandScopeChat(staff_id),
                                          language_code=code)


# --- /admin --------------------------------------------------------------------------------

@staff_only
async def admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/admin add|remove <user id>, /admin list."""
    advisor = advisor_of(context)
    message = update.effective_message
    assert message is not None and update.effective_user is not None  # noqa: S101
    lang = await lang_of(advisor, update)
    say = advisor.knowledge.message
    args = context.args or []
    if args[:1] == ["list"] or not args:
        configured = sorted(advisor.settings.admin_ids)
        stored = await advisor.store.groups.staff()
        lines = [say(lang, "admin_list_title")]
        lines += [say(lang, "admin_list_configured", id=i) for i in configured]
        lines += [say(lang, "admin_list_stored", id=i) for i in stored if i not in configured]
        await message.reply_text("\n".join(lines))
        return
    if len(args) != 2 or args[0] not in ("add", "remove") or not re.fullmatch(r"\d{1,20}",
                                                                             args[1]):
        await message.reply_text(say(lang, "admin_usage"))
        return
    target = int(args[1])
    if args[0] == "add":
        if target == ChatID.ANONYMOUS_ADMIN:
            await message.reply_text(say(lang, "admin_usage"))
            return
        await advisor.store.groups.add_staff(target, update.effective_user.id)
        await set_staff_menu(context.application, target)
        await message.reply_text(say(lang, "admin_added", id=target))
        return
    if target in advisor.settings.admin_ids:
        await message.reply_text(say(lang, "admin_configured", id=target))
        return
    removed = await advisor.store.groups.remove_staff(target)
    if removed:
        with contextlib.suppress(TelegramError):  # back to the owners' menu
            await context.bot.delete_my_commands(scope=BotCommandScopeChat(target))
    await message.reply_text(say(lang, "admin_removed" if removed else "admin_not_found",
                                 id=target))


# --- member groups -------------------------------------------------------------------------

async def membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was added to or removed from a chat."""
    change = update.my_chat_member
    assert change is not None  # noqa: S101
    advisor = advisor_of(context)
    chat, status = change.chat, change.new_chat_member.status
    present = status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED)
    if chat.type == ChatType.PRIVATE:
        return  # blocked or unblocked by an owner: handlers.nudges.member_changed, group 0
    if not present:
        await advisor.store.groups.set_active(chat.id, False)
        return
    was_present = change.old_chat_member.status in (
        ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED)
    if was_present:
        return  # a promotion or restriction, not an addition
    lang = advisor.knowledge.language(change.from_user.language_code)
    adder = change.from_user.id
    if adder != ChatID.ANONYMOUS_ADMIN and adder in await staff_ids(advisor):
        await advisor.store.groups.register(chat.id, chat.title or str(chat.id), adder)
        await context.bot.send_message(chat.id, advisor.knowledge.message(lang, "group_joined"))
        return
    try:
        await context.bot.send_message(chat.id, advisor.knowledge.message(lang, "groups_only"))
    finally:
        await context.bot.leave_chat(chat.id)


async def group_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: its registration follows the new id."""
    message = update.effective_message
    assert message is not None  # noqa: S101
    store = advisor_of(context).store
    if message.migrate_to_chat_id:
        await store.groups.migrate(message.chat.id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await store.groups.migrate(message.migrate_from_chat_id, message.chat.id)


@staff_only
async def groups(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/groups lists the member groups; /groups tag|untag <id> <tag> labels one."""
    advisor = advisor_of(context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    lang = await lang_of(advisor, update)
    say = advisor.knowledge.message
    args = context.args or []
    if args:
        tag = args[2].lower() if len(args) == 3 else ""
        if (args[0] not in ("tag", "untag") or not re.fullmatch(r"-?\d{1,20}", args[1])
                or not TAG_PATTERN.match(tag)):
            await message.reply_text(say(lang, "groups_usage"))
            return
        found = await advisor.store.groups.tag(int(args[1]), tag, add=args[0] == "tag")
        key = ("group_tagged" if args[0] == "tag" else "group_untagged") if found \
            else "group_unknown"
        await message.reply_text(say(lang, key, id=args[1], tag=tag))
        return
    listed = await advisor.store.groups.find()
    if not listed:
        await message.reply_text(say(lang, "groups_none"))
        return
    lines = [say(lang, "groups_title", count=len(listed))]
    for group in listed:
        state = "" if group.active else " " + say(lang, "group_inactive")
        tags = " · " + ", ".join(f"#{t}" for t in group.tags) if group.tags else ""
        lines.append(f"• {html.escape(group.title)} (<code>{group.chat_id}</code>){tags}{state}")
    await message.reply_text("\n".join(lines))


# --- owners' opt-in ------------------------------------------------------------------------

def _updates_buttons(advisor: Advisor, lang: str) -> InlineKeyboardMarkup:
    say = advisor.knowledge.message
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(say(lang, "updates_yes"), callback_data="upd:on"),
        InlineKeyboardButton(say(lang, "updates_no"), callback_data="upd:off"),
    ]])


async def offer_updates(advisor: Advisor, user: User, message: Message) -> None:
    """After the first plan: ask once whether the owner wants the organisation's updates."""
    if await advisor.store.users.updates_choice(user.user_id) is not None:
        return
    await advisor.store.users.set_updates(user.user_id, False)  # asked; off until they say yes
    await message.get_bot().send_message(
        user.chat_id, advisor.knowledge.message(user.language, "updates_offer"),
        reply_markup=_updates_buttons(advisor, user.language))


async def updates_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/updates on|off, or /updates to see the choice."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    args = [a.lower() for a in context.args or []]
    say = advisor.knowledge.message
    if args[:1] in (["on"], ["off"]):
        await advisor.store.users.set_updates(user.user_id, args[0] == "on")
        await message.reply_text(say(user.language, f"updates_{args[0]}"))
        return
    on = bool(await advisor.store.users.updates_choice(user.user_id))
    await message.reply_text(say(user.language, "updates_status_on" if on
                                 else "updates_status_off"),
                             reply_markup=_updates_buttons(advisor, user.language))


async def updates_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Yes / No under the opt-in question."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    on = query.data == "upd:on"
    await advisor.store.users.set_updates(user.user_id, on)
    await query.answer()
    await query.edit_message_text(advisor.knowledge.message(user.language,
                                                            "updates_on" if on else "updates_off"))


# --- /stats --------------------------------------------------------------------------------

@staff_only
async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Aggregates only; `/stats csv` sends them as a document."""
    advisor = advisor_of(context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    store = advisor.store
    figures = stats.insight(await store.insight.latest_plans(),
                            len(await store.users.opted_in()), await store.insight.actions_done())
    lang = await lang_of(advisor, update)
    if (context.args or [])[:1] == ["csv"]:
        await message.reply_document(InputFile(figures.csv(), filename="advisor-stats.csv"),
                                     caption=advisor.knowledge.message(lang, "stats_caption"))
        return
    knowledge = advisor.knowledge
    lines = [knowledge.message(lang, "stats_title")]
    for key, value in figures.rows:
        if key.startswith("top_action:"):
            action = key.split(":", 1)[1]
            label = knowledge.message(lang, "stats_top_action",
                                      title=knowledge.text(lang, "actions", action, "title"))
        elif key.startswith("at_risk_"):
            label = knowledge.message(lang, "stats_at_risk",
                                      area=knowledge.text(lang, "areas", key[8:]))
        else:
            label = knowledge.message(lang, f"stats_{key}")
        lines.append(f"{html.escape(label)}: <b>{html.escape(value)}</b>")
    await message.reply_text("\n".join(lines))


def late_handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """Handlers of group 1: the bot added to or removed from groups (group 0 has owners')."""
    return [ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER)]


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers."""
    private = filters.ChatType.PRIVATE
    return [
        MessageHandler(filters.StatusUpdate.MIGRATE, group_migrated),
        CommandHandler("admin", admin),
        CommandHandler("groups", groups),
        CommandHandler("stats", stats_command),
        CommandHandler("updates", updates_command, filters=private),
        CallbackQueryHandler(updates_pressed, pattern=UPDATES_PATTERN),
    ]
