"""/plan: the latest action plan again."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, ContextTypes, filters

from bot.handlers.assessment import send_plan
from bot.handlers.common import owner
from bot.plan import Plan


async def show_plan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the latest plan as it was made, in the user's current language."""
    advisor, user = await owner(update, context)
    message = update.effective_message
    assert message is not None  # noqa: S101
    stored = await advisor.store.plans.latest(user.user_id)
    if stored is None:
        await message.reply_text(advisor.knowledge.message(user.language, "no_plan_yet"))
        return
    plan = Plan.from_record(stored.record).without_removed(advisor.knowledge)
    await send_plan(advisor, user, plan, message)


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers."""
    return [CommandHandler("plan", show_plan, filters=filters.ChatType.PRIVATE)]
