"""Plan building (rules → ranked actions, area scores) and rendering in several formats.

Rendering is pure: the relief programmes a business may use are passed in (see
bot.relief.matching) and shown right after the plan's last cash-management (ITC point B2) or
trade-finance (G2) action, the actions they help with; a plan without one lists them last.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.knowledge import AREAS_SCORED, HORIZONS, Knowledge
from bot.relief import Programme

MAX_ACTIONS = 12
#: The question whose answer decides whether cash is the emergency: a plan without it says so.
CASH_QUESTION = "cash_runway"
#: ITC points whose actions the relief programmes follow: cash management, trade finance.
FINANCE_POINTS = ("B2", "G2")
MESSAGE_LIMIT = 4096


@dataclass(frozen=True)
class PlanItem:
    """One ranked action, with the questions whose answers called for it."""

    action: str
    priority: int
    because: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """A ranked action plan plus resilience scores per area (None: not enough answers)."""

    items: tuple[PlanItem, ...]
    scores: Mapping[str, int | None]
    answers: Mapping[str, str]

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready form for storage."""
        return {
            "items": [[i.action, i.priority, list(i.because)] for i in self.items],
            "scores": dict(self.scores),
            "answers": dict(self.answers),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Plan:
        """Rebuild a stored plan."""
        items = tuple(PlanItem(a, int(p), tuple(b)) for a, p, b in record["items"])
        return cls(items, dict(record["scores"]), dict(record["answers"]))

    def without_removed(self, knowledge: Knowledge) -> Plan:
        """The plan less any action removed from the knowledge base since it was made."""
        items = tuple(i for i in self.items if i.action in knowledge.actions)
        return Plan(items, self.scores, self.answers)


def area_scores(knowledge: Knowledge, answers: Mapping[str, str]) -> dict[str, int | None]:
    """Mean score (0-100) of the answered questions in each area."""
    scores: dict[str, int | None] = {}
    for area in AREAS_SCORED:
        values = []
        for question in knowledge.questions:
            if question.area != area:
                continue
            option = question.option(answers.get(question.id, ""))
            if option is not None and option.score is not None:
                values.append(option.score)
        scores[area] = round(sum(values) / len(values)) if values else None
    return scores


def build_plan(
    knowledge: Knowledge, answers: Mapping[str, str], limit: int = MAX_ACTIONS
) -> Plan:
    """Evaluate every rule; rank the actions they select by priority, then horizon."""
    best: dict[str, tuple[int, list[str]]] = {}
    for rule in knowledge.rules:
        if not rule.when.holds(answers, knowledge.rank):
            continue
        because = rule.when.witnesses(answers, knowledge.rank)
        for action in rule.recommend:
            priority, reasons = best.get(action, (0, []))
            reasons = reasons + [q for q in because if q not in reasons]
            best[action] = (max(priority, rule.priority), reasons)
    order = {aid: i for i, aid in enumerate(knowledge.actions)}
    ranked = sorted(
        best.items(),
        key=lambda kv: (
            -kv[1][0],
            HORIZONS.index(knowledge.actions[kv[0]].horizon),
            order[kv[0]],
        ),
    )[:limit]
    items = tuple(PlanItem(aid, p, tuple(b)) for aid, (p, b) in ranked)
    return Plan(items, area_scores(knowledge, answers), dict(answers))


def cash_unknown(knowledge: Knowledge, plan: Plan) -> bool:
    """Whether the plan was made without knowing how long the cash lasts."""
    return knowledge.question(CASH_QUESTION) is not None and CASH_QUESTION not in plan.answers


def grouped(knowledge: Knowledge, plan: Plan) -> list[tuple[str, list[PlanItem]]]:
    """Plan items grouped by horizon, keeping their rank inside each group."""
    groups: list[tuple[str, list[PlanItem]]] = []
    for horizon in HORIZONS:
        items = [i for i in plan.items if knowledge.actions[i.action].horizon == horizon]
        if items:
            groups.append((horizon, items))
    return groups


def reasons(knowledge: Knowledge, lang: str, plan: Plan, item: PlanItem) -> str:
    """The answers that called for an item ("Cash lasts: under 2 weeks; ...")."""
    if not item.because:
        return knowledge.message(lang, "plan_why_everyone")
    parts = []
    for qid in item.because:
        question = knowledge.question(qid)
        if question is None or qid not in plan.answers:
            continue
        short = knowledge.short_name(lang, qid)
        parts.append(knowledge.message(lang, "plan_pair", name=short,
                                       value=knowledge.answer_label(lang, qid,
                                                                    plan.answers[qid])))
    return "; ".join(parts) or knowledge.message(lang, "plan_why_everyone")


def _score_line(knowledge: Knowledge, lang: str, area: str, score: int | None) -> str:
    name = knowledge.text(lang, "areas", area)
    if score is None:
        return knowledge.message(lang, "plan_pair", name=name,
                                 value=knowledge.message(lang, "plan_score_unknown"))
    bar = "█" * round(score / 10) + "░" * (10 - round(score / 10))
    return knowledge.message(lang, "plan_pair", name=name, value=f"{bar} {score}/100")


def render_blocks(
    knowledge: Knowledge, lang: str, plan: Plan, fmt: str,
    programmes: Sequence[Programme] = (),
) -> list[str]:
    """The plan as blocks (header, one per item) in 'html', 'markdown' or 'text'.

    `programmes` (already matched to the business) follow as one block each.
    """
    esc = html.escape if fmt == "html" else (lambda s: s)

    def bold(s: str) -> str:
        return {"html": f"<b>{esc(s)}</b>", "markdown": f"**{s}**"}.get(fmt, s.upper())

    header = [bold(knowledge.message(lang, "plan_title")), ""]
    if cash_unknown(knowledge, plan):  # never shown as if complete: cash comes first
        header += [esc(knowledge.message(lang, "plan_cash_unknown")), ""]
    header.append(esc(knowledge.message(lang, "plan_scores")))
    header += [esc(_score_line(knowledge, lang, a, plan.scores.get(a))) for a in AREAS_SCORED]
    blocks = ["\n".join(header)]
    if not plan.items:
        blocks.append(esc(knowledge.message(lang, "plan_empty")))
    number = 0
    after: int | None = None  # where the programmes go: after the last finance action
    for horizon, items in grouped(knowledge, plan):
        heading = bold(knowledge.message(lang, f"horizon_{horizon}"))
        for position, item in enumerate(items):
            number += 1
            texts = knowledge.text(lang, "actions", item.action)
            action = knowledge.actions[item.action]
            lines = [heading, ""] if position == 0 else []
            lines.append(f"{number}. " + bold(str(texts["title"])))
            lines += [f"   • {esc(str(step))}" for step in texts["steps"]]
            why = knowledge.message(lang, "plan_why")
            lines.append(f"   {esc(why)} {esc(reasons(knowledge, lang, plan, item))}")
            source = knowledge.message(
                lang, "plan_source", point=action.point,
                title=knowledge.text(lang, "points", action.point),
                effort=knowledge.message(lang, f"effort_{action.effort}"),
                cost=knowledge.message(lang, f"cost_{action.cost}"),
            )
            lines.append(f"   {esc(source)}")
            blocks.append("\n".join(lines))
            if action.point in FINANCE_POINTS:
                after = len(blocks)
    after = len(blocks) if after is None else after
    blocks[after:after] = _programme_blocks(knowledge, lang, programmes, esc, bold)
    return blocks


def programme_deadline(knowledge: Knowledge, lang: str, programme: Programme) -> str:
    """"apply by 2026-12-31", or that there is no deadline."""
    if programme.deadline is None:
        return knowledge.message(lang, "plan_relief_no_deadline")
    return knowledge.message(lang, "plan_relief_deadline", date=programme.deadline.isoformat())


def _programme_blocks(
    knowledge: Knowledge, lang: str, programmes: Sequence[Programme],
    esc: Callable[[str], str], bold: Callable[[str], str],
) -> list[str]:
    """One block per programme (the first with the heading), so messages split between them."""
    blocks = []
    for position, programme in enumerate(programmes):
        lines = [bold(knowledge.message(lang, "plan_relief_title")), ""] if position == 0 else []
        when = programme_deadline(knowledge, lang, programme)
        lines.append(f"• {bold(programme.name)} ({esc(when)})")
        apply = knowledge.message(lang, "plan_relief_apply", apply=programme.apply)
        lines.append(f"   {esc(apply)}")
        blocks.append("\n".join(lines))
    return blocks


def split_messages(blocks: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks into messages under the limit, splitting only between blocks."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        block = block[:limit]  # a single block never exceeds a message in practice
        candidate = f"{current}\n\n{block}" if current else block
        if len(candidate) > limit:
            messages.append(current)
            candidate = block
        current = candidate
    if current:
        messages.append(current)
    return messages


def render_json(
    knowledge: Knowledge, plan: Plan, lang: str = "en", programmes: Sequence[Programme] = ()
) -> str:
    """The plan as JSON: ordered actions, scores per area, and the programmes passed in."""
    actions = []
    for item in plan.items:
        action = knowledge.actions[item.action]
        actions.append({
            "id": action.id,
            "itc_point": action.point,
            "horizon": action.horizon,
            "area": action.area,
            "priority": item.priority,
            "title": knowledge.text(lang, "actions", action.id, "title"),
            "because": list(item.because),
        })
    relief = [{"id": p.id, "name": p.name, "apply": p.apply,
               "deadline": p.deadline.isoformat() if p.deadline else None}
              for p in programmes]
    return json.dumps({"actions": actions, "scores": dict(plan.scores), "programmes": relief},
                      ensure_ascii=False, indent=2)
