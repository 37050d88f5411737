"""Dates and numbers as each language writes them, with Babel (CLDR's data).

"29 novembre 2026", "12 345", "42 %": what the plan, the PDF and /stats print. Babel and a
locale's data are loaded on first use (about 0.1 s), not at start-up. A language code Babel
does not know falls back to ISO dates and plain digits rather than failing.
"""

from __future__ import annotations

import datetime as dtm
from functools import cache
from typing import Any


@cache
def _locale(lang: str) -> Any:
    """Babel's Locale for a language code, or None when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def date_text(lang: str, day: dtm.date) -> str:
    """A date in words ("29 November 2026", "29 novembre 2026")."""
    locale = _locale(lang)
    if locale is None:
        return day.isoformat()
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=locale))


def month_text(lang: str, month: str) -> str:
    """A month given as "2026-11", written short with its year ("Nov 2026", "nov. 2026")."""
    year, number = (int(part) for part in month.split("-"))
    locale = _locale(lang)
    if locale is None:
        return month
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMM", dtm.date(year, number, 1), locale=locale))


def number_text(lang: str, value: float) -> str:
    """A number with the language's grouping and decimal marks ("12,345", "12 345")."""
    locale = _locale(lang)
    if locale is None:
        return f"{value:,}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=locale))


def percent_text(lang: str, share: float) -> str:
    """A share from 0 to 1 as a whole percentage ("42%", "42 %")."""
    locale = _locale(lang)
    if locale is None:
        return f"{round(100 * share)}%"
    from babel.numbers import format_percent

    return str(format_percent(share, locale=locale))


def right_to_left(lang: str) -> bool:
    """Whether the language is written right to left (Arabic, Persian, Hebrew, ...)."""
    locale = _locale(lang)
    return locale is not None and locale.character_order == "right-to-left"
