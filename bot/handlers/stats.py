"""/stats and /guidance: aggregates for the support organisation, never one business's figures.

/guidance lists the BSO guidance of the knowledge base, what the members' answers call for
first, with the share of businesses behind each call (bot/guidance.py).
"""

from __future__ import annotations

import html

from telegram import InputFile, Update

from bot import guidance, stats
from bot.context import AdvisorContext
from bot.handlers.common import language_of, staff_only
from bot.plan import split_messages


def _esc(text: str) -> str:
    """Text for an HTML message; apostrophes stay as typed."""
    return html.escape(text, quote=False)


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


@staff_only
async def guidance_command(update: Update, context: AdvisorContext) -> None:
    """The BSO guidance, what members' latest answers call for first."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None  # noqa: S101
    knowledge = advisor.knowledge
    lang = await language_of(advisor, update.effective_user)
    found = guidance.findings(knowledge, [record for _, _, record in
                                          await advisor.store.insight.latest_plans()])
    say = knowledge.message
    count = _esc(stats.small(found[0].whole if found else 0))
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
