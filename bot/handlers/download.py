"""The 📄 Download button under a plan: the user's latest plan as a PDF document."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.ext import BaseHandler, CallbackQueryHandler, ContextTypes

from bot.handlers.common import owner, private_press
from bot.handlers.relief import offered
from bot.plan import Plan

#: The button's data: always the latest plan, so an old plan's button stays useful.
CALLBACK_DATA = "pdf"
#: Anything starting so is ours to check; forged variants get an answer, not silence.
CALLBACK_PATTERN = r"^pdf"


async def download(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the latest plan as a PDF; forged data or a missing plan gets a clear answer."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    knowledge, lang = advisor.knowledge, user.language
    if query.data != CALLBACK_DATA:
        await query.answer(knowledge.message(lang, "pdf_stale"), show_alert=True)
        return
    await query.answer()
    stored = await advisor.store.plans.latest(user.user_id)
    if stored is None:
        await context.bot.send_message(user.chat_id, knowledge.message(lang, "no_plan_yet"))
        return
    plan = Plan.from_record(stored.record).without_removed(knowledge)
    made = datetime.fromtimestamp(stored.created_at, ZoneInfo(advisor.settings.tz)).date()
    # Imported here: ReportLab takes about 0.1 s to import, paid on the first Download only.
    from bot.pdf import pdf_filename, render_pdf

    await context.bot.send_chat_action(user.chat_id, ChatAction.UPLOAD_DOCUMENT)
    # Rendering takes tens of milliseconds: keep the event loop free meanwhile.
    programmes = await offered(advisor, plan.answers)
    data = await asyncio.to_thread(render_pdf, knowledge, lang, plan, made, programmes)
    await context.bot.send_document(
        user.chat_id, InputFile(data, filename=pdf_filename(knowledge, lang, made)),
        caption=knowledge.message(lang, "pdf_caption"),
    )


def handlers() -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]]:
    """This feature's handlers."""
    return [CallbackQueryHandler(download, pattern=CALLBACK_PATTERN)]
