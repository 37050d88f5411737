"""/updates: whether an owner wants the support organisation's updates (broadcasts).

Owners are asked once, after their first plan (common.offer_updates); /updates and the
Yes / No buttons change the answer.
"""

from __future__ import annotations

from telegram import Update

from bot import callbacks
from bot.context import AdvisorContext
from bot.handlers.common import owner, private_press, updates_keyboard


async def updates_command(update: Update, context: AdvisorContext) -> None:
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
                             reply_markup=updates_keyboard(advisor, user.language))


async def updates_pressed(update: Update, context: AdvisorContext) -> None:
    """Yes / No under the opt-in question."""
    query = await private_press(update)
    if query is None:
        return
    advisor, user = await owner(update, context)
    on = callbacks.parse_updates(query.data)
    if on is None:  # the pattern routes only well-formed presses; should another get here
        await query.answer(advisor.knowledge.message(user.language, "stale_button"),
                           show_alert=True)
        return
    await advisor.store.users.set_updates(user.user_id, on)
    await query.answer()
    await query.edit_message_text(advisor.knowledge.message(user.language,
                                                            "updates_on" if on else "updates_off"))
