"""What an injected send function may raise: Telegram's refusals in the domain's words.

The broadcast worker and the nudge sender never see a Telegram error; the handlers' thin
adapters (handlers/broadcast.py, handlers/nudges.py) map them onto these.
"""

from __future__ import annotations


class RetryLater(Exception):
    """Flood control: nothing may be sent for `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Migrated(Exception):
    """The group became a supergroup with a new id."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"migrated to {new_chat_id}")
        self.new_chat_id = new_chat_id


class Blocked(Exception):
    """The recipient blocked the bot or removed it from the group."""


class Transient(Exception):
    """A timeout, a network error or a 5xx: worth retrying."""


class Permanent(Exception):
    """Any other refusal (chat not found...): not retried."""
