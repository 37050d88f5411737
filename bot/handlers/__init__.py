"""Handler registration, in one place because order matters."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application

from bot.handlers import (
    ask,
    assessment,
    broadcasts,
    describe,
    download,
    errors,
    general,
    members,
    nudges,
    plan,
    privacy,
    relief,
    updates,
)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add every feature's handlers; earlier groups run first."""
    for handler in updates.handlers():  # group -2: drop redelivered updates before anything
        app.add_handler(handler, group=-2)
    # group -1: edits and channel posts stop here; then broadcast content, staff replies,
    # awaited questions, and /cancel of those
    for handler in updates.unread_handlers() + broadcasts.early_handlers() + ask.early_handlers():
        app.add_handler(handler, group=-1)
    # general holds the catch-alls: keep it last.
    # describe before assessment and plan: it claims "/start plan" and "/plan <text>".
    for module in (members, broadcasts, ask, relief, describe, assessment, plan, download,
                   nudges, privacy, general):
        for handler in module.handlers():
            app.add_handler(handler)
    for handler in members.late_handlers():  # group 1: group membership, after owners' (0)
        app.add_handler(handler, group=1)
    app.add_error_handler(errors.on_error)
    nudges.schedule(app)
    app.bot_data.setdefault("on_start", []).append(broadcasts.start_worker)
    app.bot_data.setdefault("on_stop", []).append(broadcasts.stop_worker)
