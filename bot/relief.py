"""Relief and support programmes: the shipped file, staff changes, and who qualifies (no Telegram).

`knowledge/relief.yaml` is the shipped seed, validated with file and line. Staff change the
directory in the chat (/relief add, /relief remove); those changes live in SQLite and are
combined with the file at use: a programme added in the chat is listed next to the file's,
and removing a file programme in the chat hides it (the file is not rewritten, so a redeploy
does not bring it back; delete it from the file to tidy up).
"""

from __future__ import annotations

import datetime as dtm
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.yamlfile import (
    ContentError,
    ContentFiles,
    LineDict,
    LineList,
    require_list,
    require_map,
)

RELIEF_FILE = "knowledge/relief.yaml"
#: Each qualifier names the profile question whose option ids it lists.
QUALIFIER_QUESTIONS = {"sectors": "sector", "sizes": "size", "led_by": "led_by"}
QUALIFIERS = tuple(QUALIFIER_QUESTIONS)
#: An answer that counts as several options: "both" is woman-led and youth-led.
IMPLIES = {("led_by", "both"): ("women_led", "youth_led")}
ID_PATTERN = re.compile(r"^[a-z0-9_]{1,40}$")
MAX_NAME_CHARS = 120
MAX_APPLY_CHARS = 300

#: Option ids of the profile questions, by question id (from the questionnaire).
ProfileOptions = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class Programme:
    """One relief or support programme."""

    id: str
    name: str
    apply: str
    deadline: dtm.date | None
    qualifies: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def open_on(self, day: dtm.date) -> bool:
        """Still open on that day."""
        return self.deadline is None or day <= self.deadline

    def fits(self, answers: Mapping[str, str]) -> bool:
        """The business qualifies; an unanswered profile question does not disqualify."""
        for key, allowed in self.qualifies.items():
            question = QUALIFIER_QUESTIONS[key]
            answer = answers.get(question)
            if not allowed or answer is None:
                continue
            if not {answer, *IMPLIES.get((question, answer), ())} & set(allowed):
                return False
        return True


def matching(
    programmes: Iterable[Programme], answers: Mapping[str, str], today: dtm.date
) -> list[Programme]:
    """The programmes still open today that the business (by its profile answers) fits."""
    return [p for p in programmes if p.open_on(today) and p.fits(answers)]


def combine(
    shipped: Iterable[Programme], added: Iterable[Programme], hidden: Iterable[str]
) -> list[Programme]:
    """The directory: the file's programmes minus those hidden in the chat, then the added."""
    gone = set(hidden)
    return [p for p in shipped if p.id not in gone] + [p for p in added if p.id not in gone]


def new_id(name: str, taken: Iterable[str]) -> str:
    """A short id from a name, unique among `taken` (file ids included, hidden or not)."""
    used = set(taken)
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:30] or "programme"
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}_{number}"
    return candidate


class ReliefInputError(ValueError):
    """A staff member's /relief add line is wrong; `key` names the message that explains it."""

    def __init__(self, key: str, **values: str) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def parse_line(text: str, options: ProfileOptions, today: dtm.date) -> Programme:
    """Parse `Name | sectors=a,b sizes=c led_by=d | YYYY-MM-DD | how to apply` (id left empty).

    The qualifiers part may be empty or `-` (anyone), as may one qualifier (`sizes=-`); the
    deadline may be `-` (none).
    """
    parts = [p.strip() for p in text.split("|")]
    if len(parts) != 4:
        raise ReliefInputError("relief_error_parts", count=str(len(parts)))
    name, who, when, apply = (" ".join(p.split()) for p in parts)
    # A name or a way to apply must say something: "-" or "..." is a gap, not a value.
    if not re.search(r"\w", name):
        raise ReliefInputError("relief_error_name_empty")
    if len(name) > MAX_NAME_CHARS:
        raise ReliefInputError("relief_error_name_long", limit=str(MAX_NAME_CHARS))
    qualifies = _parse_qualifiers(who, options)
    deadline = None
    if when not in ("", "-"):
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                raise ValueError(when)
            deadline = dtm.date.fromisoformat(when)
        except ValueError:
            raise ReliefInputError("relief_error_date", value=when) from None
        if deadline < today:
            raise ReliefInputError("relief_error_past", value=when)
    if not re.search(r"\w", apply):
        raise ReliefInputError("relief_error_apply_empty")
    if len(apply) > MAX_APPLY_CHARS:
        raise ReliefInputError("relief_error_apply_long", limit=str(MAX_APPLY_CHARS))
    return Programme("", name, apply, deadline, qualifies)


def _parse_qualifiers(text: str, options: ProfileOptions) -> dict[str, tuple[str, ...]]:
    qualifies: dict[str, tuple[str, ...]] = {}
    if text in ("", "-"):
        return qualifies
    seen: set[str] = set()
    for item in text.split():
        key, equals, raw = item.partition("=")
        key = key.lower()
        if not equals or key not in QUALIFIER_QUESTIONS or key in seen:
            raise ReliefInputError("relief_error_qualifier", item=item)
        seen.add(key)
        if raw == "-":  # anyone, as `-` for the whole part: no restriction to store
            continue
        values = tuple(v for v in raw.lower().split(",") if v)
        allowed = options.get(QUALIFIER_QUESTIONS[key], ())
        for value in values or ("",):
            if value not in allowed:
                raise ReliefInputError("relief_error_unknown_id", qualifier=key, value=value,
                                       allowed=", ".join(allowed))
        qualifies[key] = values
    return qualifies


def load_relief(content: Path | ContentFiles,
                options: ProfileOptions | None = None) -> list[Programme]:
    """Read and validate the programmes; a missing file means none.

    With `options` (the profile questions' option ids), every qualifier id is checked too.
    """
    files = ContentFiles.of(content)
    if not files.exists(RELIEF_FILE):
        return []
    doc = files.load(RELIEF_FILE)
    if doc is None:
        return []
    doc = require_map(doc, f"{files.shown(RELIEF_FILE)}:1", "the relief file")
    raw = doc.get("programmes")
    if raw is None:
        return []
    items = require_list(raw, doc.where("programmes"), "'programmes'")
    programmes: list[Programme] = []
    for index, item in enumerate(items):
        entry = require_map(item, items.where(index), "a programme")
        pid = str(entry.get("id", ""))
        if not ID_PATTERN.match(pid) or any(p.id == pid for p in programmes):
            raise ContentError(f"{entry.where('id')}: programme id missing, malformed or "
                               f"repeated: '{pid}'")
        for key in ("name", "apply"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ContentError(f"{entry.where(key)}: programme '{pid}' needs a '{key}'")
        deadline = entry.get("deadline")
        if deadline is not None and not isinstance(deadline, dtm.date):
            raise ContentError(f"{entry.where('deadline')}: deadline must be YYYY-MM-DD")
        qualifies: dict[str, tuple[str, ...]] = {}
        rules = entry.get("qualifies") or LineDict()
        rules = require_map(rules, entry.where("qualifies"), "'qualifies'")
        for key, values in rules.items():
            if key not in QUALIFIERS or not isinstance(values, LineList):
                raise ContentError(f"{rules.where(key)}: 'qualifies' takes lists of "
                                   f"{', '.join(QUALIFIERS)}")
            if options is not None:
                allowed = options.get(QUALIFIER_QUESTIONS[key], ())
                for position, value in enumerate(values):
                    if str(value) not in allowed:
                        raise ContentError(
                            f"{values.where(position)}: programme '{pid}': '{value}' is not "
                            f"an option of the '{QUALIFIER_QUESTIONS[key]}' question "
                            f"({', '.join(allowed)})")
            qualifies[key] = tuple(str(v) for v in values)
        programmes.append(Programme(pid, entry["name"], entry["apply"], deadline, qualifies))
    return programmes
