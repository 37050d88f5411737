"""The fonts the advisor draws with (PDF plans, chart images), and writing any script with them.

DejaVu Sans, regular and bold, ships in bot/fonts/ (licence beside it): it covers Latin,
Cyrillic, Greek and Arabic, so a language added later does not lose letters. It has no
Arabic in its oblique faces, so nothing is drawn in italics.

Neither ReportLab nor Pillow (without libraqm) shapes Arabic or lays out right-to-left text:
`shaped` joins Arabic letters into their contextual forms (arabic-reshaper) and `visual`
puts one line in display order (python-bidi, the Unicode bidi algorithm). Both are imported
only when a text has right-to-left letters.
"""

from __future__ import annotations

import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "fonts"
FONT = "AdvisorSans"
BOLD = f"{FONT}-Bold"
#: The font files, by the names they are registered under.
FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

#: Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, their forms).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def path(name: str = FONT) -> Path:
    """The file of a registered font name."""
    return FOLDER / FILES[name]


def has_rtl(text: str) -> bool:
    """Whether the text has letters of a right-to-left script."""
    return _RTL.search(text) is not None


def shaped(text: str) -> str:
    """Arabic letters in their joined (initial, medial, final) forms; order unchanged."""
    if _ARABIC.search(text) is None:
        return text
    import arabic_reshaper  # only for texts in Arabic script

    return str(arabic_reshaper.reshape(text))


def visual(text: str, rtl: bool | None = None) -> str:
    """One line of text in the order it is drawn, left to right on the page.

    `rtl` forces the paragraph direction; by default it follows the first strong letter.
    """
    if not has_rtl(text):
        return text
    from bidi import get_display  # only for texts with right-to-left letters

    base = None if rtl is None else ("R" if rtl else "L")
    return str(get_display(text, base_dir=base) if base else get_display(text))
