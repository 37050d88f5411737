"""`msme-advisor check`: properties of the rules over many answer sets, and a coverage summary.

The expected properties live in knowledge/properties.yaml, as conditions in the rules' own
language, so staff who edit the rules can see and extend what is checked.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.assessment import max_questions
from bot.knowledge import AREAS_SCORED, Knowledge
from bot.plan import MAX_ACTIONS, Plan, plan_of, ranked_items, week_count
from bot.rules import Condition, parse_condition
from bot.yamlfile import (
    ContentError,
    LineDict,
    require_list,
    require_map,
    require_str,
)

SAMPLES = 4000
SEED = 15
#: The most questions one business may be asked (about 3 minutes).
MAX_QUESTIONS = 16


#: What a property may demand of a plan (all it names must hold when `when` does).
TOPIC_LISTS = ("includes_topics", "includes_any_topic", "excludes_topics",
               "start_includes_topics", "start_includes_any_topic")
LIMITS = ("max_actions", "max_week")
KEYS = {"id", "says", "when", "first_area", "includes_area", "includes_actions",
        "start_first_topic", *TOPIC_LISTS, *LIMITS}


@dataclass(frozen=True)
class Property:
    """When `when` holds for the answers, the plan must have what the other fields say."""

    id: str
    when: Condition
    where: str
    first_area: str | None = None
    includes_area: str | None = None
    includes_actions: tuple[str, ...] = ()
    start_first_topic: str | None = None
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)

    def failures(self, knowledge: Knowledge, plan: Plan) -> list[str]:
        """What the plan lacks (empty: the property holds)."""
        shown = [knowledge.actions[i.action] for i in plan.items]
        start = [knowledge.actions[a] for a in plan.start_here]
        present = {t for a in shown for t in a.topics}
        at_start = {t for a in start for t in a.topics}
        found: list[str] = []
        if self.first_area and (not shown or shown[0].area != self.first_area):
            found.append(f"first action is not {self.first_area}")
        if self.includes_area and self.includes_area not in {a.area for a in shown}:
            found.append(f"no {self.includes_area} action")
        if self.includes_actions and not {a.id for a in shown} & set(self.includes_actions):
            found.append(f"none of {', '.join(self.includes_actions)}")
        if self.start_first_topic and (not start or self.start_first_topic not in start[0].topics):
            found.append(f"'Start here' does not open with {self.start_first_topic}")
        for key, topics in self.topics.items():
            pool = at_start if key.startswith("start_") else present
            if key.endswith("_any_topic") and not pool & set(topics):
                found.append(f"{key}: none of {', '.join(topics)}")
            elif key.endswith("includes_topics") and set(topics) - pool:
                found.append(f"{key}: lacks {', '.join(sorted(set(topics) - pool))}")
            elif key == "excludes_topics" and present & set(topics):
                found.append(f"excludes_topics: has {', '.join(sorted(present & set(topics)))}")
        counts = {"max_actions": len(plan.items), "max_week": week_count(knowledge, plan)}
        for key, limit in self.limits.items():
            if counts[key] > limit:
                found.append(f"{key}: {counts[key]} > {limit}")
        return found


def load_properties(knowledge: Knowledge) -> tuple[int, int, list[Property]]:
    """Read knowledge/properties.yaml: the plan size bounds and the properties."""
    rel = "knowledge/properties.yaml"
    doc = require_map(knowledge.root.load(rel), knowledge.root.shown(rel), "the properties")
    size = require_map(doc.get("plan_size"), doc.where("plan_size"), "'plan_size'")
    low, high = int(size.get("min", 5)), int(size.get("max", MAX_ACTIONS))

    def options_of(question_id: str) -> list[str] | None:
        question = knowledge.question(question_id)
        return [o.id for o in question.options] if question else None

    found: list[Property] = []
    items = require_list(doc.get("properties"), doc.where("properties"), "'properties'")
    for i, raw in enumerate(items):
        entry = require_map(raw, items.where(i), "a property")
        pid = require_str(entry.get("id"), entry.where(), "property id")
        if any(p.id == pid for p in found):
            raise ContentError(f"{entry.where('id')}: duplicate property '{pid}'")
        unknown = set(entry) - KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise ContentError(f"{entry.where(key)}: property '{pid}' has unknown key '{key}'")
        if not set(entry) - {"id", "says", "when"}:
            raise ContentError(f"{entry.where()}: property '{pid}' demands nothing")
        when = (parse_condition(entry["when"], entry.where("when"), options_of)
                if "when" in entry else Condition("always"))
        found.append(Property(
            pid, when, entry.where(),
            first_area=_area(entry, "first_area"),
            includes_area=_area(entry, "includes_area"),
            includes_actions=_names(entry, "includes_actions", set(knowledge.actions), "action"),
            start_first_topic=(_names(entry, "start_first_topic", set(knowledge.topics), "topic")
                               or (None,))[0],
            topics={key: _names(entry, key, set(knowledge.topics), "topic")
                    for key in TOPIC_LISTS if key in entry},
            limits={key: _limit(entry, key) for key in LIMITS if key in entry},
        ))
    return low, high, found


def _area(entry: LineDict, key: str) -> str | None:
    if entry.get(key) is not None and entry[key] not in AREAS_SCORED:
        raise ContentError(f"{entry.where(key)}: unknown area '{entry[key]}'")
    return entry.get(key)


def _names(entry: LineDict, key: str, known: set[str], what: str) -> tuple[str, ...]:
    """A name or list of names of actions or topics, each checked."""
    raw = entry.get(key)
    if raw is None:
        return ()
    names = [str(n) for n in raw] if isinstance(raw, list) else [str(raw)]
    if not names:
        raise ContentError(f"{entry.where(key)}: '{key}' is empty")
    for name in names:
        if name not in known:
            hint = " (see knowledge/topics.yaml)" if what == "topic" else ""
            raise ContentError(f"{entry.where(key)}: unknown {what} '{name}'{hint}")
    return tuple(names)


def _limit(entry: LineDict, key: str) -> int:
    value = entry.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ContentError(f"{entry.where(key)}: '{key}' must be a whole number")
    return value


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
    low, high, properties = load_properties(knowledge)
    problems: list[str] = []
    reached: Counter[str] = Counter()
    sizes: Counter[int] = Counter()
    applied: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    trimmed = checked = 0
    for raw in answer_sets(knowledge):
        checked += 1
        # What the assessment could have stored: no staff answers for a business of one.
        answers = knowledge.applicable_answers(raw)
        # The rules once: every action they select, and the plan of the first MAX_ACTIONS.
        ranked = ranked_items(knowledge, answers)
        plan = plan_of(knowledge, answers, ranked[:MAX_ACTIONS])
        trimmed += len(ranked) > len(plan.items)
        sizes[len(plan.items)] += 1
        reached.update(i.action for i in ranked)
        if not low <= len(plan.items) <= high and len(problems) < 20:
            problems.append(f"{len(plan.items)} actions (want {low}-{high}) for {answers}")
        for prop in properties:
            if not prop.when.holds(answers, knowledge.rank):
                continue
            applied[prop.id] += 1
            why = prop.failures(knowledge, plan)
            if why:
                failed[prop.id] += 1
                if failed[prop.id] <= 3:  # a few examples each; the count says how many
                    problems.append(f"{prop.where}: property '{prop.id}' fails "
                                    f"({'; '.join(why)}) for {answers}")
    for prop in properties:
        if not applied[prop.id]:
            problems.append(f"{prop.where}: property '{prop.id}' applies to no answer set")
        elif failed[prop.id]:
            problems.append(f"{prop.where}: property '{prop.id}' fails for {failed[prop.id]} "
                            f"of {applied[prop.id]} answer sets")
    for action in knowledge.actions:
        if not reached[action]:
            problems.append(f"action '{action}' is never recommended by any rule")
    longest = max_questions(knowledge)
    if longest > MAX_QUESTIONS:
        problems.append(f"conversations/questionnaire.yaml: a business can be asked {longest} "
                        f"questions; at most {MAX_QUESTIONS} (use ask_when to skip some)")
    lines = [
        f"Content OK: {len(knowledge.questions)} questions, {len(knowledge.actions)} actions, "
        f"{len(knowledge.rules)} rules, {len(knowledge.points)} ITC points, "
        f"languages: {', '.join(knowledge.languages)}",
        f"Questions asked: at most {longest} on any path (cap {MAX_QUESTIONS})",
        f"Checked {checked} answer sets (every pair of answers, plus {SAMPLES} sampled): "
        f"plan sizes {min(sizes)}-{max(sizes)}, {trimmed} trimmed to the cap",
        f"Actions reached: {sum(1 for a in knowledge.actions if reached[a])} of "
        f"{len(knowledge.actions)}",
    ]
    per_point = Counter(a.point for a in knowledge.actions.values())
    lines.append("Actions per ITC point: " + ", ".join(
        f"{p} {per_point[p]}" for p in knowledge.points if per_point[p]))
    lines.append(f"Properties: {sum(1 for p in properties if not failed[p.id])} of "
                 f"{len(properties)} hold; answer sets each applies to, and failures:")
    for prop in properties:
        share = f"{100 * applied[prop.id] / checked:.0f}%"
        lines.append(f"  {prop.id}: {applied[prop.id]} ({share}), "
                     + (f"{failed[prop.id]} FAIL" if failed[prop.id] else "all hold"))
    missing = Counter(w.split(":")[0] for w in knowledge.warnings)
    for lang in knowledge.languages:
        lines.append(f"Translation {lang}: {missing[lang]} texts missing")
    return "\n".join(lines), problems
