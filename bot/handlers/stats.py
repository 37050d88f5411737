"""/stats: aggregates for the support organisation, never a single business's figures."""

from __future__ import annotations

import html

from telegram import InputFile, Update

from bot import stats
from bot.context import AdvisorContext
from bot.handlers.common import language_of, staff_only


@staff_only
async def stats_command(update: Update, context: AdvisorContext) -> None:
    """Aggregates only; `/stats csv` sends them as a document."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None  # noqa: S101
    store = advisor.store
    figures = stats.insight(await store.insight.latest_plans(),
                            len(await store.users.opted_in()), await store.insight.actions_done())
    lang = await language_of(advisor, update.effective_user)
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
