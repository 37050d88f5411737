"""Staff and member groups: /admin, /groups, and the bot added to or removed from a group.

Staff are the user ids in ADVISOR_ADMIN_IDS plus those added with /admin add; a group to
which staff add the bot is registered, a stranger's group is left.
"""

from __future__ import annotations

import contextlib
import html
import re

from telegram import Bot, BotCommand, BotCommandScopeChat, ChatMember, Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from bot.config import person_id
from bot.context import AdvisorContext
from bot.handlers.common import language_of, staff_only
from bot.knowledge import DEFAULT_LANGUAGE, Knowledge

TAG_PATTERN = re.compile(r"^[a-z0-9_-]{1,24}$")


async def set_staff_menu(bot: Bot, knowledge: Knowledge, staff_id: int) -> None:
    """Give one staff member's private chat the owners' commands plus the staff commands."""
    for lang in knowledge.languages:  # the menu in the language of their Telegram app
        commands = [BotCommand(n, str(t)) for n, t in knowledge.text(lang, "commands").items()]
        commands += [BotCommand(n, str(t))
                     for n, t in knowledge.text(lang, "staff_commands").items()]
        code = None if lang == DEFAULT_LANGUAGE else lang
        with contextlib.suppress(TelegramError):  # they may not have opened a chat with us
            await bot.set_my_commands(commands, scope=BotCommandScopeChat(staff_id),
                                          language_code=code)


@staff_only
async def admin(update: Update, context: AdvisorContext) -> None:
    """/admin add|remove <user id>, /admin list."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None and update.effective_user is not None  # noqa: S101
    lang = await language_of(advisor, update.effective_user)
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
    if not person_id(target):  # also beyond what SQLite stores: OverflowError
        await message.reply_text(say(lang, "admin_not_a_person", id=target))
        return
    if args[0] == "add":
        await advisor.store.groups.add_staff(target, update.effective_user.id)
        await set_staff_menu(context.bot, advisor.knowledge, target)
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


async def membership(update: Update, context: AdvisorContext) -> None:
    """The bot was added to or removed from a chat."""
    change = update.my_chat_member
    assert change is not None  # noqa: S101
    advisor = context.advisor
    chat, status = change.chat, change.new_chat_member.status
    present = status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED)
    if chat.type == ChatType.PRIVATE:
        return  # blocked or unblocked by an owner: nudges.member_changed, group 0
    if not present:
        await advisor.store.groups.set_active(chat.id, False)
        return
    was_present = change.old_chat_member.status in (
        ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED)
    if was_present:
        return  # a promotion or restriction, not an addition
    lang = advisor.knowledge.language(change.from_user.language_code)
    adder = change.from_user.id
    if person_id(adder) and adder in await advisor.staff_ids():
        await advisor.store.groups.register(chat.id, chat.title or str(chat.id), adder)
        await context.bot.send_message(chat.id, advisor.knowledge.message(lang, "group_joined"))
        return
    try:
        await context.bot.send_message(chat.id, advisor.knowledge.message(lang, "groups_only"))
    finally:
        await context.bot.leave_chat(chat.id)


async def group_migrated(update: Update, context: AdvisorContext) -> None:
    """A group became a supergroup: its registration follows the new id."""
    message = update.effective_message
    assert message is not None  # noqa: S101
    store = context.advisor.store
    if message.migrate_to_chat_id:
        await store.groups.migrate(message.chat.id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await store.groups.migrate(message.migrate_from_chat_id, message.chat.id)


@staff_only
async def groups(update: Update, context: AdvisorContext) -> None:
    """/groups lists the member groups; /groups tag|untag <id> <tag> labels one."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None  # noqa: S101
    lang = await language_of(advisor, update.effective_user)
    say = advisor.knowledge.message
    args = context.args or []
    if args:
        tag = args[2].lower() if len(args) == 3 else ""
        # 18 digits: every chat id, and within what SQLite stores (19 could overflow).
        if (args[0] not in ("tag", "untag") or not re.fullmatch(r"-?\d{1,18}", args[1])
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
