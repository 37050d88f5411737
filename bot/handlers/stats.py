"""/stats and /guidance: insight for the support organisation, never one business's figures.

`/stats` sends the summary (overview, funnel, breakdowns, actions, areas at risk together)
and a chart of the scores by area and by month; `/stats csv` and `/stats xlsx` send every
table as a file. The figures and their suppression come from bot/stats.py. /guidance lists
the BSO guidance of the knowledge base, what the members' answers call for first, with the
share of businesses behind each call (bot/guidance.py).
"""

from __future__ import annotations

import asyncio
import html

from telegram import InputFile, Update
from telegram.constants import ChatAction

from bot import guidance, stats
from bot.context import AdvisorContext
from bot.handlers.common import language_of, staff_only
from bot.knowledge import AREAS_SCORED, Knowledge
from bot.locales import date_text, number_text, percent_text
from bot.plan import split_messages

#: Actions listed in the chat (the files have them all).
CHAT_ACTIONS = 5


def _esc(text: str) -> str:
    """Text for an HTML message; apostrophes stay as typed."""
    return html.escape(text, quote=False)


@staff_only
async def stats_command(update: Update, context: AdvisorContext) -> None:
    """The summary and its chart; `/stats csv` and `/stats xlsx` send the tables as a file."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None  # noqa: S101
    knowledge = advisor.knowledge
    lang = await language_of(advisor, update.effective_user)
    report = await advisor.insight()
    caption = knowledge.message(lang, "stats_caption")
    kind = (context.args or [""])[0].lower()
    if kind == "csv":
        await message.reply_document(InputFile(report.csv(), filename="advisor-stats.csv"),
                                     caption=caption)
        return
    if kind in ("xlsx", "excel"):
        await message.reply_chat_action(ChatAction.UPLOAD_DOCUMENT)
        made = knowledge.message(lang, "stats_made", date=date_text(lang, advisor.today()))
        data = await asyncio.to_thread(stats.workbook, report, knowledge, lang, made)
        await message.reply_document(InputFile(data, filename="advisor-stats.xlsx"),
                                     caption=caption)
        return
    for text in split_messages(summary(knowledge, lang, report)):
        await message.reply_text(text)
    if isinstance(report.table("overview").get("assessed_all_time", "value"), int):
        # Imported here: ReportLab and Pillow are paid for by the first chart, not start-up.
        from bot.charts import drawn, stats_chart

        await message.reply_chat_action(ChatAction.UPLOAD_PHOTO)
        image = await drawn(stats_chart, report, knowledge, lang)
        await message.reply_photo(InputFile(image, filename="advisor-stats.png"),
                                  caption=knowledge.message(lang, "stats_chart_caption"))


def shown(lang: str, value: stats.Value) -> str:
    """A figure for the chat (HTML): a number as the language writes it, or its marker."""
    if isinstance(value, bool) or value is None:
        return "–"
    if isinstance(value, float):
        return html.escape(percent_text(lang, value))
    if isinstance(value, int):
        return html.escape(number_text(lang, value))
    return html.escape(value)


def summary(knowledge: Knowledge, lang: str, report: stats.Report) -> list[str]:
    """The chat's summary, as blocks for split_messages."""
    say = knowledge.message
    overview = report.table("overview")

    def pair(label: str, value: str) -> str:
        return say(lang, "plan_pair", name=html.escape(label), value=value)

    def line(label: str, value: stats.Value) -> str:
        return pair(label, f"<b>{shown(lang, value)}</b>")

    def figure(row: str) -> stats.Value:
        return overview.get(row, "value")

    everyone = report.table("sector")
    lines = [say(lang, "stats_title"),
             line(say(lang, "stats_assessed_this_week"), figure("assessed_this_week")),
             line(say(lang, "stats_assessed_all_time"), figure("assessed_all_time")),
             pair(say(lang, "stats_funnel"), "<b>" + " → ".join(
                 shown(lang, figure(r)) for r in ("started", "assessed_all_time", "acted"))
                  + "</b>")]
    for area in AREAS_SCORED:
        share = everyone.get(stats.ALL, f"at_risk_{area}_share")
        count = everyone.get(stats.ALL, f"at_risk_{area}")
        lines.append(line(say(lang, "stats_at_risk", area=knowledge.text(lang, "areas", area)),
                          share if share is not None else count))
    lines.append(line(say(lang, "stats_opted_in"), figure("opted_in")))
    lines.append(pair(say(lang, "stats_feedback"),
                      f"👍 <b>{shown(lang, figure('useful'))}</b> · "
                      f"👎 <b>{shown(lang, figure('not_useful'))}</b> · "
                      f"💬 <b>{shown(lang, figure('comments'))}</b>"))
    blocks = ["\n".join(lines)]
    areas = {a: str(knowledge.text(lang, "areas", a)) for a in AREAS_SCORED}
    for table_id in (*stats.BREAKDOWNS, "month"):
        table = report.table(table_id)
        rows = [r for r in table.rows if r != stats.ALL
                and table.get(r, "businesses") not in (stats.SMALL, None)]
        if not rows:
            continue
        column = "stats_risk_counts" if table_id != "month" else "stats_month_medians"
        block = [f"<b>{html.escape(stats.table_title(knowledge, lang, table_id))}</b> "
                 f"({html.escape(say(lang, column))})"]
        for row in rows:
            prefix = "at_risk_" if table_id != "month" else "median_"
            parts = " · ".join(f"{html.escape(areas[a])} {shown(lang, table.get(row, prefix + a))}"
                               for a in AREAS_SCORED)
            name = stats.row_label(knowledge, lang, table_id, row)
            block.append(pair(name, f"<b>{shown(lang, table.get(row, 'businesses'))}</b> · "
                                    f"{parts}"))
        blocks.append("\n".join(block))
    actions = report.table("actions")
    if actions.rows:
        block = [f"<b>{html.escape(stats.table_title(knowledge, lang, 'actions'))}</b> "
                 f"({html.escape(say(lang, 'stats_actions_counts'))})"]
        for number, action in enumerate(actions.rows[:CHAT_ACTIONS], 1):
            name = stats.row_label(knowledge, lang, "actions", action)
            block.append(f"{number}. " + pair(
                name, f"<b>{shown(lang, actions.get(action, 'in_plans'))}</b> · "
                      f"{shown(lang, actions.get(action, 'done'))}"))
        blocks.append("\n".join(block))
    together = report.table("combinations")
    if together.rows:
        block = [f"<b>{html.escape(stats.table_title(knowledge, lang, 'combinations'))}</b>"]
        block += [line(stats.row_label(knowledge, lang, "combinations", r),
                       together.get(r, "businesses")) for r in together.rows]
        blocks.append("\n".join(block))
    blocks.append(html.escape(say(lang, "stats_files")))
    return blocks


@staff_only
async def guidance_command(update: Update, context: AdvisorContext) -> None:
    """The BSO guidance, what members' latest answers call for first."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None  # noqa: S101
    knowledge = advisor.knowledge
    lang = await language_of(advisor, update.effective_user)
    found = await advisor.guidance()
    say = knowledge.message
    count = _esc(guidance.small(found[0].whole if found else 0))
    blocks = [say(lang, "guidance_title", count=count)]
    shown_heading: bool | None = None
    for number, finding in enumerate(found, 1):
        lines = []
        if finding.called_for is not shown_heading:
            key = "guidance_called" if finding.called_for else "guidance_other"
            lines += [f"<b>{_esc(say(lang, key))}</b>", ""]
            shown_heading = finding.called_for
        texts = knowledge.text(lang, "bso_guidance", finding.guidance)
        lines.append(f"{number}. <b>{_esc(str(texts['title']))}</b> "
                     f"(ITC {finding.point})")
        if finding.part is not None:
            signal = say(lang, f"guidance_signal_{finding.guidance}")
            lines.append("   " + _esc(say(lang, "guidance_share", share=finding.figure,
                                                     signal=signal)))
        lines += [f"   • {_esc(str(step))}" for step in texts["steps"]]
        if texts.get("why"):
            lines.append(f"   <i>{_esc(str(texts['why']))}</i>")
        blocks.append("\n".join(lines))
    for text in split_messages(blocks):
        await message.reply_text(text)
