"""Test-only languages in other scripts: the English texts written in Cyrillic, Greek, Arabic.

Each Latin letter becomes a letter of the script (placeholders such as {date} and HTML tags
are kept), and a few texts are real words, so that every text the advisor shows exercises the
script. Used to check that the PDF and the charts draw every character of a language added
later, right-to-left Arabic included.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.knowledge import Knowledge

_LATIN = "abcdefghijklmnopqrstuvwxyz"
ALPHABETS = {
    "ru": "абцдефгхийклмнопярстувшжыз",
    "el": "αβψδεφγηιξκλμνοπθρστυωςχυζ",
    "ar": "ابثديفغهىجكلمنوققرستؤظصخيز",
}
#: Real words for the titles, so that joined letters and ligatures (لا) appear too.
TITLES = {
    "ru": {"pdf_title": "План действий в кризис", "org": "Торговая палата Алматы"},
    "el": {"pdf_title": "Σχέδιο δράσης για την κρίση", "org": "Επιμελητήριο Αθηνών"},
    "ar": {"pdf_title": "خطة العمل لمواجهة الأزمة", "org": "غرفة التجارة والصناعة"},
}
#: What is left as it is: placeholders and HTML tags.
_KEEP = re.compile(r"(\{[^}]*\}|<[^>]*>|&[a-z]+;)")


def write_in(lang: str, text: str) -> str:
    """An English text written with the letters of a test language."""
    table = str.maketrans(_LATIN + _LATIN.upper(), ALPHABETS[lang] + ALPHABETS[lang].upper())
    parts = _KEEP.split(text)
    return "".join(part if _KEEP.fullmatch(part) else part.translate(table) for part in parts)


def _translated(node: Any, lang: str) -> Any:
    if isinstance(node, str):
        return write_in(lang, node)
    if isinstance(node, list):
        return [_translated(item, lang) for item in node]
    if isinstance(node, dict):
        return {key: _translated(value, lang) for key, value in node.items()}
    return node


def with_test_languages(knowledge: Knowledge, *langs: str) -> Knowledge:
    """A copy of the knowledge with the test languages added (texts only)."""
    edited = copy.copy(knowledge)
    edited.texts = dict(knowledge.texts)
    for lang in langs:
        texts = _translated(copy.deepcopy(knowledge.texts["en"]), lang)
        texts["messages"]["pdf_title"] = TITLES[lang]["pdf_title"]
        edited.texts[lang] = texts
    return edited
