"""Follow-up nudges: when they are due, quiet hours, and their button data.

Domain code: no telegram import. Times are Unix timestamps (seconds).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from bot.knowledge import Knowledge

HOUR = 3600.0
#: n:<nudge id>:<attempt>:<d|l|s> for Done, Later, Stop; at most 2+12+1+4+2 = 21 bytes.
PRESS = re.compile(r"^n:(\d{1,12}):(\d{1,4}):([dlsr])$")
CALLBACK_PATTERN = r"^n:"


@dataclass(frozen=True)
class NudgeConfig:
    """Delays (hours, before scaling) read from knowledge/nudges.yaml."""

    after_plan: dict[str, float]
    later: float = 24.0
    retry: float = 0.25
    max_attempts: int = 5
    recheck: float = 672.0
    recheck_below: int = 50


@functools.cache
def load_config(root: Path) -> NudgeConfig:
    """Read knowledge/nudges.yaml; a missing file means the defaults (3 and 10 days)."""
    path = root / "knowledge" / "nudges.yaml"
    raw: Any = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    raw = raw or {}
    after = {str(k): float(v) for k, v in (raw.get("after_plan") or {"week": 72,
                                                                     "month": 240}).items()}
    return NudgeConfig(
        after_plan=after,
        later=float(raw.get("later", 24)),
        retry=float(raw.get("retry", 0.25)),
        max_attempts=int(raw.get("max_attempts", 5)),
        recheck=float(raw.get("recheck", 672)),
        recheck_below=int(raw.get("recheck_below", 50)),
    )


def parse_quiet_hours(text: str) -> tuple[int, int] | None:
    """'21-8' -> (21, 8); '' -> None (no quiet hours). Raises ValueError when malformed."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})\s*-\s*(\d{1,2})", text)
    if not match or not all(0 <= int(h) <= 23 for h in match.groups()):
        raise ValueError(text)
    start, end = int(match.group(1)), int(match.group(2))
    return None if start == end else (start, end)


def is_quiet(ts: float, quiet: tuple[int, int] | None, tz: str) -> bool:
    """Whether a moment falls in the quiet window [start, end) of local hours."""
    if quiet is None:
        return False
    start, end = quiet
    hour = datetime.fromtimestamp(ts, ZoneInfo(tz)).hour
    return start <= hour < end if start < end else hour >= start or hour < end


def next_allowed(ts: float, quiet: tuple[int, int] | None, tz: str) -> float:
    """The moment itself, or the end of the quiet window it falls in (local morning)."""
    if not is_quiet(ts, quiet, tz):
        return ts
    assert quiet is not None  # noqa: S101 - is_quiet is False without a window
    local = datetime.fromtimestamp(ts, ZoneInfo(tz))
    morning = local.replace(hour=quiet[1], minute=0, second=0, microsecond=0)
    if morning <= local:
        morning += timedelta(days=1)
    return morning.timestamp()


def plan_nudges(
    knowledge: Knowledge, actions: list[str], now: float, config: NudgeConfig, scale: float
) -> list[tuple[str, str, float]]:
    """(kind, action, due) for each action of a plan whose horizon has a delay."""
    nudges = []
    for action_id in actions:
        action = knowledge.actions.get(action_id)
        if action is not None and action.horizon in config.after_plan:
            nudges.append(("action", action_id, now + config.after_plan[action.horizon]
                           * HOUR * scale))
    return nudges


def at_risk(scores: dict[str, int | None], config: NudgeConfig) -> list[str]:
    """Areas whose score is below the re-check threshold."""
    return [area for area, score in scores.items()
            if score is not None and score < config.recheck_below]


def recheck_nudge(
    scores: dict[str, int | None], now: float, config: NudgeConfig, scale: float
) -> list[tuple[str, str, float]]:
    """The re-check invitation (kind 'recheck', the at-risk areas as its action), if any."""
    areas = at_risk(scores, config)
    if not areas:
        return []
    return [("recheck", ",".join(areas), now + config.recheck * HOUR * scale)]


def compare_scores(
    then: dict[str, int | None], now: dict[str, int | None]
) -> list[tuple[str, int, int]]:
    """(area, score then, score now) for areas scored both times."""
    return [(area, old, new) for area, old in then.items()
            if old is not None and (new := now.get(area)) is not None]


def encode(nudge_id: int, attempt: int, choice: str) -> str:
    """Button data of a nudge button."""
    return f"n:{nudge_id}:{attempt}:{choice}"


def decode(data: str | None) -> tuple[int, int, str] | None:
    """(nudge id, attempt, choice) or None when malformed."""
    match = PRESS.match(data or "")
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), match.group(3)


def tick_interval(scale: float) -> float:
    """Seconds between ticks: 30 s at real speed, down to 0.2 s in fast demos and tests."""
    return max(0.2, min(30.0, 30.0 * scale * 1000))
