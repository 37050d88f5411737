"""Handler registration, in one place because order matters."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application

from bot.handlers import assessment, errors, general, nudges, plan, privacy, updates


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add every feature's handlers; earlier groups run first."""
    for handler in updates.handlers():  # group -1: drop redelivered updates before anything
        app.add_handler(handler, group=-1)
    # general holds the catch-alls: keep it last.
    for module in (assessment, plan, nudges, privacy, general):
        for handler in module.handlers():
            app.add_handler(handler)
    app.add_error_handler(errors.on_error)
    nudges.schedule(app)
