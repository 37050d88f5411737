"""/relief: staff keep the directory of relief and support programmes that plans list.

The directory is knowledge/relief.yaml combined with the changes staff make here, which are
stored in SQLite (see bot/relief.py for how they combine, Advisor.directory for the result).
"""

from __future__ import annotations

import html

from telegram import Update

from bot.advisor import Advisor
from bot.context import AdvisorContext
from bot.handlers.common import language_of, staff_only
from bot.plan import split_messages
from bot.relief import QUALIFIER_QUESTIONS, Programme, ReliefInputError, parse_line


def _usage(advisor: Advisor, lang: str) -> str:
    options = advisor.knowledge.option_ids()
    ids = {key: ", ".join(options.get(question, ())) for key, question in
           QUALIFIER_QUESTIONS.items()}
    return advisor.knowledge.message(lang, "relief_usage", **ids)


def _listing(advisor: Advisor, lang: str, programmes: list[Programme]) -> list[str]:
    """One block per programme: id, name, deadline (expired marked), who, how to apply."""
    say = advisor.knowledge.message
    day = advisor.today()
    blocks = [say(lang, "relief_list_title", count=len(programmes))]
    for programme in programmes:
        when = (programme.deadline.isoformat() if programme.deadline
                else say(lang, "relief_list_no_deadline"))
        if not programme.open_on(day):
            when += " " + say(lang, "relief_list_expired")
        who = " ".join(f"{key}={','.join(values)}" for key, values in
                       programme.qualifies.items() if values) or say(lang, "relief_list_anyone")
        blocks.append(
            f"• <code>{programme.id}</code> <b>{html.escape(programme.name)}</b> · "
            f"{html.escape(when)}\n   {html.escape(who)}\n   {html.escape(programme.apply)}")
    return blocks


@staff_only
async def relief(update: Update, context: AdvisorContext) -> None:
    """/relief list, /relief add Name | who | deadline | how to apply, /relief remove ID."""
    advisor = context.advisor
    message = update.effective_message
    assert message is not None and message.text is not None  # noqa: S101
    assert update.effective_user is not None  # noqa: S101 - checked by staff_only
    lang = await language_of(advisor, update.effective_user)
    say = advisor.knowledge.message
    words = message.text.split(None, 2)
    verb = words[1].lower() if len(words) > 1 else "list"
    rest = words[2].strip() if len(words) > 2 else ""
    programmes = await advisor.directory()
    if verb == "list" and not rest:
        if not programmes:
            await message.reply_text(say(lang, "relief_list_none"))
            return
        for text in split_messages(_listing(advisor, lang, programmes)):
            await message.reply_text(text)
        return
    if verb == "add" and rest:
        try:
            parsed = parse_line(rest, advisor.knowledge.option_ids(), advisor.today())
        except ReliefInputError as error:
            values = {k: html.escape(v) for k, v in error.values.items()}
            await message.reply_text(say(lang, error.key, **values) + "\n"
                                     + say(lang, "relief_nothing_changed"))
            return
        programme = await advisor.add_programme(parsed, update.effective_user.id)
        await message.reply_text(say(lang, "relief_added", id=programme.id,
                                     name=html.escape(programme.name)))
        return
    if verb == "remove" and rest and len(rest.split()) == 1:
        found = next((p for p in programmes if p.id == rest.lower()), None)
        if found is None:
            await message.reply_text(say(lang, "relief_unknown", id=html.escape(rest)))
            return
        await advisor.remove_programme(found, update.effective_user.id)
        await message.reply_text(say(lang, "relief_removed", id=found.id,
                                     name=html.escape(found.name)))
        return
    await message.reply_text(_usage(advisor, lang))
