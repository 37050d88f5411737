"""Plan building (rules → ranked actions, area scores) and rendering in several formats.

A plan opens with "Start here": its three most urgent actions, drawn from different needs
(knowledge/topics.yaml) where the answers allow, so a business that laid staff off without
telling them does not get three cash items in a row. Then come the rest of this week's actions
(at most MAX_WEEK in all, start included), this month's and this quarter's. Week actions past
the cap move to this month: they are still worth doing, but no owner in a crisis does eleven
things in a week, and a list that long hides the few that matter.

Rendering is pure: the relief programmes a business may use are passed in (see
bot.relief.matching) and shown right after the plan's last cash-management (ITC point B2) or
trade-finance (G2) action, the actions they help with; a plan without one lists them last.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.knowledge import AREAS_SCORED, HORIZONS, Knowledge, Question
from bot.locales import date_text
from bot.relief import Programme

MAX_ACTIONS = 12
#: The question whose answer decides whether cash is the emergency: a plan without it says so.
CASH_QUESTION = "cash_runway"
#: How many actions "Start here" holds.
START_HERE = 3
#: The most actions shown for this week, "Start here" included; the rest wait a month.
MAX_WEEK = 5
#: Below this priority an action is not urgent enough to displace a more urgent one from
#: "Start here" just because its need is different (baseline advice for everyone, say).
START_MIN_PRIORITY = 50
#: ITC points whose actions the relief programmes follow: cash management, trade finance.
FINANCE_POINTS = ("B2", "G2")
MESSAGE_LIMIT = 4096


@dataclass(frozen=True)
class PlanItem:
    """One action of a plan, with the questions whose answers called for it.

    `horizon` is when the plan schedules it: the action's own horizon, or "month" for a week
    action past MAX_WEEK. None in plans stored before horizons were kept: the action's own.
    """

    action: str
    priority: int
    because: tuple[str, ...]
    horizon: str | None = None


@dataclass(frozen=True)
class Plan:
    """An action plan plus resilience scores per area (None: not enough answers).

    `items` are in the order shown: "Start here" first, then by horizon, by rank within each.
    """

    items: tuple[PlanItem, ...]
    scores: Mapping[str, int | None]
    answers: Mapping[str, str]
    start_here: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready form for storage."""
        return {
            "items": [[i.action, i.priority, list(i.because), i.horizon] for i in self.items],
            "scores": dict(self.scores),
            "answers": dict(self.answers),
            "start_here": list(self.start_here),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Plan:
        """Rebuild a stored plan (older records have no horizons and no "Start here")."""
        items = tuple(PlanItem(str(i[0]), int(i[1]), tuple(i[2]),
                               str(i[3]) if len(i) > 3 and i[3] else None)
                      for i in record["items"])
        return cls(items, dict(record["scores"]), dict(record["answers"]),
                   tuple(record.get("start_here") or ()))

    def without_removed(self, knowledge: Knowledge) -> Plan:
        """The plan less any action removed from the knowledge base since it was made."""
        items = tuple(i for i in self.items if i.action in knowledge.actions)
        start = tuple(a for a in self.start_here if a in knowledge.actions)
        return Plan(items, self.scores, self.answers, start)

    def horizon(self, knowledge: Knowledge, item: PlanItem) -> str:
        """When the plan schedules an item."""
        return item.horizon or knowledge.actions[item.action].horizon


def _scored_questions(knowledge: Knowledge, area: str) -> list[Question]:
    """The questions of an area whose answers carry a score, in questionnaire order."""
    return [q for q in knowledge.questions
            if q.area == area and any(o.score is not None for o in q.options)]


def area_scores(knowledge: Knowledge, answers: Mapping[str, str]) -> dict[str, int | None]:
    """Mean score (0-100) of the answered questions in each area."""
    scores: dict[str, int | None] = {}
    for area in AREAS_SCORED:
        values = []
        for question in _scored_questions(knowledge, area):
            option = question.option(answers.get(question.id, ""))
            if option is not None and option.score is not None:
                values.append(option.score)
        scores[area] = round(sum(values) / len(values)) if values else None
    return scores


def build_plan(
    knowledge: Knowledge, answers: Mapping[str, str], limit: int = MAX_ACTIONS
) -> Plan:
    """Evaluate every rule; rank the actions they select by priority, then horizon; lay out.

    Answers to questions that do not apply (staff questions for a business of one, say, read
    from a description) are left out, as the assessment would never have asked them.
    """
    answers = knowledge.applicable_answers(answers)
    return plan_of(knowledge, answers, ranked_items(knowledge, answers)[:limit])


def ranked_items(knowledge: Knowledge, answers: Mapping[str, str]) -> list[PlanItem]:
    """Every action the rules select for these (applicable) answers, most urgent first."""
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
    )
    return [PlanItem(aid, p, tuple(b)) for aid, (p, b) in ranked]


def plan_of(knowledge: Knowledge, answers: Mapping[str, str],
            ranked: Sequence[PlanItem]) -> Plan:
    """The plan of these ranked items: laid out by horizon, with the answers' area scores."""
    items, start = lay_out(knowledge, ranked)
    return Plan(items, area_scores(knowledge, answers), dict(answers), start)


def cash_unknown(knowledge: Knowledge, plan: Plan) -> bool:
    """Whether the plan was made without knowing how long the cash lasts."""
    return knowledge.question(CASH_QUESTION) is not None and CASH_QUESTION not in plan.answers


def unknown_key_answers(knowledge: Knowledge, plan: Plan) -> list[str]:
    """The questions that decide urgency (the questionnaire's `sharpen` list) left unanswered.

    A plan made from a description that gave only the profile has no actions, and must not
    say the answers call for none: it could not judge.
    """
    return [q for q in knowledge.sharpen
            if knowledge.question(q) is not None and q not in plan.answers]


def empty_plan_text(knowledge: Knowledge, lang: str, plan: Plan) -> str:
    """What a plan without actions says: nothing urgent, or that urgency could not be judged."""
    missing = unknown_key_answers(knowledge, plan)
    if not missing:
        return knowledge.message(lang, "plan_empty")
    names = knowledge.message(lang, "plan_pair_joiner").join(
        knowledge.short_name(lang, q) for q in missing)
    return knowledge.message(lang, "plan_empty_unknown", missing=names)


def pick_start(knowledge: Knowledge, ranked: Sequence[PlanItem]) -> list[PlanItem]:
    """The START_HERE most urgent items, each from a need not yet picked where one is urgent.

    The first is always the most urgent. Each next one is the most urgent item of a new need
    with at least START_MIN_PRIORITY; when there is none, simply the next most urgent.
    """
    picked: list[PlanItem] = []
    for _ in range(min(START_HERE, len(ranked))):
        needs = {knowledge.need_of(i.action) for i in picked}
        rest = [i for i in ranked if i not in picked]
        fresh = [i for i in rest if knowledge.need_of(i.action) not in needs
                 and i.priority >= START_MIN_PRIORITY]
        picked.append(fresh[0] if fresh and picked else rest[0])
    return picked


def lay_out(
    knowledge: Knowledge, ranked: Sequence[PlanItem]
) -> tuple[tuple[PlanItem, ...], tuple[str, ...]]:
    """Items in the order shown, each with its horizon, and the ids of "Start here"."""
    start = pick_start(knowledge, ranked)
    week_left = MAX_WEEK - sum(1 for i in start if knowledge.actions[i.action].horizon == "week")
    by_horizon: dict[str, list[PlanItem]] = {h: [] for h in HORIZONS}
    for item in ranked:
        if item in start:
            continue
        horizon = knowledge.actions[item.action].horizon
        if horizon == "week":
            if week_left <= 0:
                horizon = "month"  # past the week's cap: next in line, not dropped
            week_left -= 1
        by_horizon[horizon].append(replace(item, horizon=horizon))
    # Appended in rank order, a week item moved to this month keeps its place by urgency.
    shown = [replace(i, horizon=knowledge.actions[i.action].horizon) for i in start]
    for horizon in HORIZONS:
        shown += by_horizon[horizon]
    return tuple(shown), tuple(i.action for i in start)


def sections(knowledge: Knowledge, plan: Plan) -> list[tuple[str, list[PlanItem]]]:
    """The plan's items in sections: "start_here", then each horizon, in the order shown."""
    start = [i for i in plan.items if i.action in plan.start_here]
    found: list[tuple[str, list[PlanItem]]] = [("start_here", start)] if start else []
    for horizon in HORIZONS:
        items = [i for i in plan.items if i.action not in plan.start_here
                 and plan.horizon(knowledge, i) == horizon]
        if items:
            found.append((horizon, items))
    return found


def section_title(knowledge: Knowledge, lang: str, section: str) -> str:
    """A section's heading: "👉 Start here", "This week" and so on."""
    key = "plan_start_here" if section == "start_here" else f"horizon_{section}"
    return knowledge.message(lang, key)


def week_count(knowledge: Knowledge, plan: Plan) -> int:
    """How many actions the plan schedules for this week ("Start here" included)."""
    return sum(1 for i in plan.items if plan.horizon(knowledge, i) == "week")


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
    return knowledge.message(lang, "plan_pair_joiner").join(parts) \
        or knowledge.message(lang, "plan_why_everyone")


def _answered_in_area(knowledge: Knowledge, answers: Mapping[str, str],
                      area: str) -> tuple[int, int]:
    """How many of an area's scored questions that apply have an answer, and how many apply."""
    scored = [q for q in _scored_questions(knowledge, area) if knowledge.applies(q, answers)]
    return sum(q.id in answers for q in scored), len(scored)


def _score_line(knowledge: Knowledge, lang: str, plan: Plan, area: str) -> str:
    name = knowledge.text(lang, "areas", area)
    score = plan.scores.get(area)
    if score is None:
        return knowledge.message(lang, "plan_pair", name=name,
                                 value=knowledge.message(lang, "plan_score_unknown"))
    bar = "█" * round(score / 10) + "░" * (10 - round(score / 10))
    value = f"{bar} {score}/100"
    known, total = _answered_in_area(knowledge, plan.answers, area)
    if known < total:  # a description's score of one answer must not pass for the whole area
        value += knowledge.message(lang, "plan_score_partial", known=known, total=total)
    return knowledge.message(lang, "plan_pair", name=name, value=value)


def item_texts(knowledge: Knowledge, lang: str, plan: Plan, item: PlanItem) -> dict[str, Any]:
    """What every format shows of an item, as texts in a language.

    Title, steps, why it matters, the answers that brought it ("" when it is for everyone),
    whom it is not for ("" when unsaid) and the source line.
    """
    texts = knowledge.text(lang, "actions", item.action)
    action = knowledge.actions[item.action]
    known = [q for q in item.because if knowledge.question(q) and q in plan.answers]
    return {
        "title": str(texts["title"]),
        "steps": [str(step) for step in texts["steps"]],
        "why": str(texts["why"]),
        "because": reasons(knowledge, lang, plan, item) if known else "",
        "not_for": str(texts.get("not_for") or ""),
        "source": knowledge.message(
            lang, "plan_source", point=action.point,
            title=knowledge.text(lang, "points", action.point),
            effort=knowledge.message(lang, f"effort_{action.effort}"),
            cost=knowledge.message(lang, f"cost_{action.cost}"),
        ),
    }


def _item_lines(
    knowledge: Knowledge, lang: str, plan: Plan, item: PlanItem, number: int,
    esc: Callable[[str], str], bold: Callable[[str], str],
) -> list[str]:
    """One numbered action: title, steps, why it matters, the answers, whom not for, source."""
    shown = item_texts(knowledge, lang, plan, item)
    say = knowledge.message
    lines = [f"{number}. " + bold(shown["title"])]
    lines += [f"   • {esc(step)}" for step in shown["steps"]]
    lines.append(f"   {esc(say(lang, 'plan_matters'))} {esc(shown['why'])}")
    if shown["because"]:
        lines.append(f"   {esc(say(lang, 'plan_why'))} {esc(shown['because'])}")
    if shown["not_for"]:
        lines.append(f"   {esc(say(lang, 'plan_not_for'))} {esc(shown['not_for'])}")
    lines.append(f"   {esc(shown['source'])}")
    return lines


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
    header += [esc(_score_line(knowledge, lang, plan, a)) for a in AREAS_SCORED]
    blocks = ["\n".join(header)]
    if not plan.items:
        blocks.append(esc(empty_plan_text(knowledge, lang, plan)))
    number = 0
    after: int | None = None  # where the programmes go: after the last finance action
    for section, items in sections(knowledge, plan):
        heading = bold(section_title(knowledge, lang, section))
        for position, item in enumerate(items):
            number += 1
            lines = [heading, ""] if position == 0 else []
            lines += _item_lines(knowledge, lang, plan, item, number, esc, bold)
            blocks.append("\n".join(lines))
            if knowledge.actions[item.action].point in FINANCE_POINTS:
                after = len(blocks)
    after = len(blocks) if after is None else after
    blocks[after:after] = _programme_blocks(knowledge, lang, programmes, esc, bold)
    return blocks


def programme_deadline(knowledge: Knowledge, lang: str, programme: Programme) -> str:
    """"apply by 31 December 2026" (as the language writes dates), or that there is none."""
    if programme.deadline is None:
        return knowledge.message(lang, "plan_relief_no_deadline")
    return knowledge.message(lang, "plan_relief_deadline",
                             date=date_text(lang, programme.deadline))


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
    """The plan as JSON: "Start here", the actions in the order shown, scores, programmes."""
    actions = []
    for item in plan.items:
        action = knowledge.actions[item.action]
        shown = item_texts(knowledge, lang, plan, item)
        actions.append({
            "id": action.id,
            "itc_point": action.point,
            "horizon": plan.horizon(knowledge, item),
            "area": action.area,
            "topics": list(action.topics),
            "priority": item.priority,
            "start_here": item.action in plan.start_here,
            "title": shown["title"],
            "why": shown["why"],
            "because": list(item.because),
        })
    start = []
    for item in plan.items:
        if item.action in plan.start_here:
            shown = item_texts(knowledge, lang, plan, item)
            start.append({"id": item.action, "title": shown["title"], "why": shown["why"],
                          "because": list(item.because), "answers": shown["because"]})
    relief = [{"id": p.id, "name": p.name, "apply": p.apply,
               "deadline": p.deadline.isoformat() if p.deadline else None}
              for p in programmes]
    return json.dumps({"start_here": start, "actions": actions, "scores": dict(plan.scores),
                       "programmes": relief}, ensure_ascii=False, indent=2)
