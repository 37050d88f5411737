"""Where the shipped content is: the repository's knowledge/ and conversations/ folders.

In a checkout (and an editable install) they sit beside the bot/ package, where the people
who edit them find them. A wheel carries them inside this package instead, as
bot/shipped/knowledge and bot/shipped/conversations: pyproject.toml maps the two folders to
these subpackages, so `pip install .` works from any directory without moving the content.
"""

from __future__ import annotations

from pathlib import Path

FOLDERS = ("knowledge", "conversations")


def root() -> Path:
    """The folder holding the shipped knowledge/ and conversations/."""
    installed = Path(__file__).resolve().parent
    if (installed / "knowledge").is_dir():
        return installed
    return installed.parent.parent  # the checkout
