"""`msme-advisor check`: properties of the rules over many answer sets, and a coverage summary.

The expected properties live in knowledge/properties.yaml, as conditions in the rules' own
language, so staff who edit the rules can see and extend what is checked.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from bot.knowledge import AREAS_SCORED, Knowledge
from bot.plan import MAX_ACTIONS, build_plan, grouped
from bot.rules import Condition, parse_condition
from bot.yamlfile import ContentError, load_yaml, require_list, require_map

SAMPLES = 4000
SEED = 15


@dataclass(frozen=True)
class Expectation:
    """When `when` holds, the plan must start with / include an area or actions."""

    when: Condition
    first_area: str | None
    includes_area: str | None
    includes_actions: tuple[str, ...]
    where: str


def load_expectations(knowledge: Knowledge) -> tuple[int, int, list[Expectation]]:
    """Read knowledge/properties.yaml."""
    rel = "knowledge/properties.yaml"
    doc = require_map(load_yaml(knowledge.root / rel, knowledge.root), rel, "the properties")
    size = require_map(doc.get("plan_size"), doc.where("plan_size"), "'plan_size'")
    low, high = int(size.get("min", 5)), int(size.get("max", MAX_ACTIONS))

    def options_of(question_id: str) -> list[str] | None:
        question = knowledge.question(question_id)
        return [o.id for o in question.options] if question else None

    expectations = []
    items = require_list(doc.get("expectations"), doc.where("expectations"), "'expectations'")
    for i, raw in enumerate(items):
        entry = require_map(raw, items.where(i), "an expectation")
        when = parse_condition(entry.get("when"), entry.where("when"), options_of)
        actions = tuple(str(a) for a in entry.get("includes_actions") or [])
        for action in actions:
            if action not in knowledge.actions:
                raise ContentError(f"{entry.where('includes_actions')}: unknown action '{action}'")
        for key in ("first_area", "includes_area"):
            if entry.get(key) is not None and entry[key] not in AREAS_SCORED:
                raise ContentError(f"{entry.where(key)}: unknown area '{entry[key]}'")
        expectations.append(Expectation(when, entry.get("first_area"),
                                        entry.get("includes_area"), actions, entry.where()))
    return low, high, expectations


def answer_sets(knowledge: Knowledge) -> Iterator[dict[str, str]]:
    """Every pair of options of every two questions, plus a fixed random sample.

    All combinations would be billions; covering each pair of answers once and sampling the
    rest finds the interactions that matter for rules with one or two conditions.
    """
    questions = knowledge.questions
    rng = random.Random(SEED)  # noqa: S311 - a repeatable sample, not a secret
    for qa, qb in itertools.combinations(questions, 2):
        for oa, ob in itertools.product(qa.options, qb.options):
            answers = {q.id: rng.choice(q.options).id for q in questions}
            answers[qa.id], answers[qb.id] = oa.id, ob.id
            yield answers
    for _ in range(SAMPLES):
        yield {q.id: rng.choice(q.options).id for q in questions}
    for side in (0, -1):
        yield {q.id: q.options[side].id for q in questions}


def coverage_report(knowledge: Knowledge) -> tuple[str, list[str]]:
    """Check the properties; return the printed summary and the problems found."""
    low, high, expectations = load_expectations(knowledge)
    problems: list[str] = []
    reached: Counter[str] = Counter()
    sizes: Counter[int] = Counter()
    trimmed = checked = 0
    for answers in answer_sets(knowledge):
        checked += 1
        full = build_plan(knowledge, answers, limit=len(knowledge.actions))
        plan = build_plan(knowledge, answers)
        trimmed += len(full.items) > len(plan.items)
        sizes[len(plan.items)] += 1
        reached.update(i.action for i in full.items)
        if not low <= len(plan.items) <= high and len(problems) < 20:
            problems.append(f"{len(plan.items)} actions (want {low}-{high}) for {answers}")
        shown = [i for _, items in grouped(knowledge, plan) for i in items]
        for exp in expectations:
            if not exp.when.holds(answers, knowledge.rank):
                continue
            areas = [knowledge.actions[i.action].area for i in shown]
            ids = {i.action for i in shown}
            failed = (
                (exp.first_area and (not areas or areas[0] != exp.first_area))
                or (exp.includes_area and exp.includes_area not in areas)
                or (exp.includes_actions and not ids & set(exp.includes_actions))
            )
            if failed and len(problems) < 20:
                problems.append(f"{exp.where}: expectation not met for {answers}")
    for action in knowledge.actions:
        if not reached[action]:
            problems.append(f"action '{action}' is never recommended by any rule")
    lines = [
        f"Content OK: {len(knowledge.questions)} questions, {len(knowledge.actions)} actions, "
        f"{len(knowledge.rules)} rules, {len(knowledge.points)} ITC points, "
        f"languages: {', '.join(knowledge.languages)}",
        f"Checked {checked} answer sets (every pair of answers, plus {SAMPLES} sampled): "
        f"plan sizes {min(sizes)}-{max(sizes)}, {trimmed} trimmed to the cap",
        f"Actions reached: {sum(1 for a in knowledge.actions if reached[a])} of "
        f"{len(knowledge.actions)}",
    ]
    per_point = Counter(a.point for a in knowledge.actions.values())
    lines.append("Actions per ITC point: " + ", ".join(
        f"{p} {per_point[p]}" for p in knowledge.points if per_point[p]))
    missing = Counter(w.split(":")[0] for w in knowledge.warnings)
    for lang in knowledge.languages:
        lines.append(f"Translation {lang}: {missing[lang]} texts missing")
    return "\n".join(lines), problems
