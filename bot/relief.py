"""knowledge/relief.yaml: support programmes, validated with file and line (no Telegram)."""

from __future__ import annotations

import datetime as dtm
import re
from dataclasses import dataclass
from pathlib import Path

from bot.content import ContentError, LineDict, LineList, load_yaml, require_list, require_map

RELIEF_FILE = "knowledge/relief.yaml"
QUALIFIERS = ("sectors", "sizes", "led_by")


@dataclass(frozen=True)
class Programme:
    """One relief or support programme."""

    id: str
    name: str
    apply: str
    deadline: dtm.date | None
    qualifies: dict[str, tuple[str, ...]]

    def open_on(self, day: dtm.date) -> bool:
        """Still open on that day."""
        return self.deadline is None or day <= self.deadline


def load_relief(root: Path) -> list[Programme]:
    """Read and validate the programmes; a missing file means none."""
    path = root / RELIEF_FILE
    if not path.is_file():
        return []
    doc = load_yaml(path, root)
    if doc is None:
        return []
    doc = require_map(doc, f"{RELIEF_FILE}:1", "the relief file")
    raw = doc.get("programmes")
    if raw is None:
        return []
    items = require_list(raw, doc.where("programmes"), "'programmes'")
    programmes: list[Programme] = []
    for index, item in enumerate(items):
        entry = require_map(item, items.where(index), "a programme")
        pid = str(entry.get("id", ""))
        if not re.fullmatch(r"[a-z0-9_]{1,40}", pid) or any(p.id == pid for p in programmes):
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
            qualifies[key] = tuple(str(v) for v in values)
        programmes.append(Programme(pid, entry["name"], entry["apply"], deadline, qualifies))
    return programmes
