"""How handlers reach the advisor: a typed context, as PTB's examples/contexttypesbot.py does.

The Application holds the advisor (AdvisorApplication, built by bot/app.py); every callback
gets an AdvisorContext, whose `.advisor` is that service. Nothing travels through string
keys in `bot_data`.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.advisor import Advisor


class AdvisorApplication(Application[Any, Any, Any, Any, Any, Any]):
    """The PTB Application, holding the advisor its handlers talk to."""

    def __init__(self, *, advisor: Advisor, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.advisor = advisor
        #: Stopped because Telegram answered 409 Conflict: another instance polls.
        self.conflict = False


class AdvisorContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any],
                                     dict[Any, Any]]):
    """The context of every handler, job and error callback."""

    @property
    def advisor(self) -> Advisor:
        """The advisor of the running application."""
        application = self.application
        if not isinstance(application, AdvisorApplication):
            raise TypeError("built without bot.app.build_application")
        return application.advisor
