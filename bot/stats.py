"""Aggregates for staff: never one business's answers, no figure from fewer than 5 businesses."""

from __future__ import annotations

import collections
import csv
import io
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.knowledge import AREAS_SCORED

#: Figures built from fewer businesses than this are shown as "<5".
MIN_GROUP = 5
#: An area score under this counts as "at risk".
AT_RISK_BELOW = 40
WEEK = 7 * 24 * 3600
#: First actions listed.
TOP_ACTIONS = 5


def small(count: int) -> str:
    """A count, or "<5" when it could point at individual businesses."""
    return f"<{MIN_GROUP}" if count < MIN_GROUP else f"{count:,}"


def share(part: int, whole: int) -> str:
    """A percentage, or "<5" when either count is under the threshold."""
    if part < MIN_GROUP or whole < MIN_GROUP:
        return f"<{MIN_GROUP}"
    return f"{round(100 * part / whole)}%"


@dataclass(frozen=True)
class Insight:
    """The aggregates behind /stats, as already-suppressed strings."""

    rows: list[tuple[str, str]]

    def csv(self) -> bytes:
        """The same figures as a CSV document."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["metric", "value"])
        writer.writerows(self.rows)
        return out.getvalue().encode("utf-8")


def insight(
    latest: Iterable[tuple[int, float, Mapping[str, Any]]],
    opted_in: int,
    actions_done: tuple[int, int] | None,
    now: float | None = None,
    top: int = TOP_ACTIONS,
) -> Insight:
    """Compute the aggregates from each business's latest plan (user, time, record)."""
    now = time.time() if now is None else now
    plans = list(latest)
    records = [record for _, _, record in plans]
    at_risk = {}
    for area in AREAS_SCORED:
        scored = [r["scores"].get(area) for r in records if r["scores"].get(area) is not None]
        at_risk[area] = (sum(1 for s in scored if s < AT_RISK_BELOW), len(scored))
    firsts = collections.Counter(r["items"][0][0] for r in records if r["items"])
    return report(sum(1 for _, t, _ in plans if t >= now - WEEK), len(plans), at_risk,
                  firsts.most_common(top), opted_in, actions_done)


def report(
    assessed_this_week: int,
    assessed_all_time: int,
    at_risk: Mapping[str, tuple[int, int]],
    first_actions: Iterable[tuple[str, int]],
    opted_in: int,
    actions_done: tuple[int, int] | None,
) -> Insight:
    """The aggregates from counts (the store counts them in SQL), small ones suppressed.

    `at_risk`: area -> (businesses at risk, businesses scored); `first_actions`: the most
    frequent first actions of the plans with their counts, most frequent first.
    """
    rows: list[tuple[str, str]] = [
        ("assessed_this_week", small(assessed_this_week)),
        ("assessed_all_time", small(assessed_all_time)),
    ]
    for area in AREAS_SCORED:
        risky, scored = at_risk.get(area, (0, 0))
        rows.append((f"at_risk_{area}", share(risky, scored)))
    for action, count in first_actions:
        if count >= MIN_GROUP:
            rows.append((f"top_action:{action}", small(count)))
    if actions_done is not None:
        rows.append(("actions_done", small(actions_done[0]) if actions_done[1] >= MIN_GROUP
                     else f"<{MIN_GROUP}"))
        rows.append(("businesses_with_actions_done", small(actions_done[1])))
    rows.append(("opted_in", small(opted_in)))
    return Insight(rows)
