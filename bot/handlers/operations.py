"""Running the advisor: /whoami for the set-up, /reload (and SIGHUP) for edited content."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.constants import ChatType

from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import language_of, staff_only
from bot.yamlfile import ContentError

log = logging.getLogger(__name__)

#: The longest check message shown in the chat (a message holds 4096 characters).
MAX_PROBLEM = 3000


async def whoami(update: Update, context: AdvisorContext) -> None:
    """Anyone's numeric user id, and in a group the chat's id: what the settings need."""
    advisor = context.advisor
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    lang = await language_of(advisor, user)
    lines = [advisor.knowledge.message(lang, "whoami", user_id=user.id)]
    if chat.type != ChatType.PRIVATE:
        lines.append(advisor.knowledge.message(lang, "whoami_chat", chat_id=chat.id))
    await message.reply_text("\n".join(lines))


@staff_only
async def reload(update: Update, context: AdvisorContext) -> None:
    """Read and check the content again; keep the old content if anything is wrong."""
    advisor = context.advisor
    assert update.effective_message is not None  # noqa: S101 - a command has a message
    lang = await language_of(advisor, update.effective_user)
    await update.effective_message.reply_text(await reload_report(advisor, lang))


async def reload_report(advisor: Advisor, lang: str) -> str:
    """Reload the content; what to tell staff, in their language, either way."""
    try:
        knowledge = await advisor.reload_content()
    except ContentError as error:
        log.warning("content not reloaded, the content in use stays: %s", error)
        problem = str(error)[:MAX_PROBLEM]
        return advisor.knowledge.message(lang, "reload_failed", problem=html.escape(problem))
    say = knowledge.message
    lines = [say(lang, "reload_done", questions=len(knowledge.questions),
                 actions=len(knowledge.actions), rules=len(knowledge.rules),
                 languages=", ".join(knowledge.languages))]
    if knowledge.warnings:
        lines.append(say(lang, "reload_warnings", count=len(knowledge.warnings)))
    return "\n".join(lines)
