"""What the members' answers call for from the support organisation: the staff's /guidance.

Each BSO guidance item of the knowledge base has a signal (knowledge/guidance.yaml): a
condition over one business's answers and the share of businesses it must hold for. The
figures come from each business's latest plan, as /stats's do, and follow its rule: a group
of fewer than 5 businesses is neither shown nor acted on. Which signals a plan holds is worked
out as it is made and counted by the store (bot/advisor.py, Advisor.guidance).
"""

from __future__ import annotations

import collections
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.knowledge import Knowledge
from bot.stats import MIN_GROUP


def small(count: int) -> str:
    """A count, or "<5" when it could point at individual businesses."""
    return f"<{MIN_GROUP}" if count < MIN_GROUP else f"{count:,}"


def share(part: int, whole: int) -> str:
    """A percentage, or "<5" when either count is under the threshold."""
    if part < MIN_GROUP or whole < MIN_GROUP:
        return f"<{MIN_GROUP}"
    return f"{round(100 * part / whole)}%"


@dataclass(frozen=True)
class Finding:
    """One guidance item, with how many businesses its signal holds for."""

    guidance: str
    point: str
    part: int | None  # None: the item has no signal
    whole: int
    called_for: bool

    @property
    def figure(self) -> str:
        """"42%", or "<5" when either count could point at individual businesses."""
        return share(self.part or 0, self.whole)


def held(knowledge: Knowledge, answers: Mapping[str, str]) -> list[str]:
    """The guidance items whose signal one business's answers hold."""
    applicable = knowledge.applicable_answers(answers)
    signals = {s.guidance: s for s in knowledge.signals}  # one signal per item, the last
    return [gid for gid, s in signals.items() if s.when.holds(applicable, knowledge.rank)]


def signals_key(knowledge: Knowledge) -> str:
    """A digest of what `held` depends on: the signals, the questions' options and conditions.

    The store counts the signals of each plan under the key they were evaluated with; another
    key means the content changed, and they are evaluated again.
    """
    parts = (knowledge.signals,
             [(q.id, [o.id for o in q.options], q.ask_when) for q in knowledge.questions])
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def findings(knowledge: Knowledge, records: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """Every guidance item: those the answers call for first (the largest share first)."""
    parts: collections.Counter[str] = collections.Counter()
    whole = 0
    for record in records:
        parts.update(held(knowledge, record.get("answers") or {}))
        whole += 1
    return findings_of(knowledge, whole, parts)


def findings_of(knowledge: Knowledge, whole: int, parts: Mapping[str, int]) -> list[Finding]:
    """The findings from counts: of `whole` businesses, how many each signal holds for."""
    signals = {s.guidance: s for s in knowledge.signals}
    found = []
    for gid, point in knowledge.bso_guidance.items():
        signal = signals.get(gid)
        if signal is None:
            found.append(Finding(gid, point, None, whole, False))
            continue
        part = parts.get(gid, 0)
        called = part >= MIN_GROUP and whole >= MIN_GROUP and 100 * part >= signal.share * whole
        found.append(Finding(gid, point, part, whole, called))
    order = {gid: i for i, gid in enumerate(knowledge.bso_guidance)}
    return sorted(found, key=lambda f: (not f.called_for,
                                        -(f.part or 0) / max(f.whole, 1) if f.called_for else 0,
                                        order[f.guidance]))
