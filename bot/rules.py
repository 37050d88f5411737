"""Declarative rule conditions over answers: parsed from YAML, evaluated without eval."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.yamlfile import ContentError, LineDict, require_list, require_map

Answers = Mapping[str, str]
#: Looks up the position of an option in its question (for ordinal comparisons).
RankOf = Callable[[str, str], int]

COMPARISONS = ("is", "in", "at_most", "below", "at_least", "above")
#: A condition made into a function of the answers.
Test = Callable[[Answers, RankOf], bool]
_ORDINAL: dict[str, Callable[[int, int], bool]] = {
    "at_most": operator.le, "below": operator.lt, "at_least": operator.ge, "above": operator.gt}


@dataclass(frozen=True)
class Condition:
    """One node of a condition tree."""

    kind: str  # a COMPARISONS entry, or "all", "any", "not", "always"
    question: str = ""
    options: tuple[str, ...] = ()
    children: tuple[Condition, ...] = ()

    def holds(self, answers: Answers, rank: RankOf) -> bool:
        """Whether the condition is true for these answers; unanswered questions are false."""
        return self.test(answers, rank)

    def __getstate__(self) -> dict[str, object]:
        """The fields without `test`, which is made again on first use once unpickled."""
        # Closures do not pickle, and `run` caches the knowledge after conditions were used.
        return {name: value for name, value in self.__dict__.items() if name != "test"}

    @functools.cached_property
    def test(self) -> Test:
        """`holds` as one closure per node, made once.

        `check` evaluates every rule for every profile it covers (millions of nodes), and
        each plan evaluates them all.
        """
        kind = self.kind
        if kind == "always":
            return lambda answers, rank: True
        if kind in ("all", "any", "not"):
            tests = tuple(child.test for child in self.children)
            if kind == "not":
                inner = tests[0]
                return lambda answers, rank: not inner(answers, rank)
            wanted = kind == "any"  # the child's result that decides the whole

            def either(answers: Answers, rank: RankOf) -> bool:
                for child in tests:  # a loop: all() over a generator costs a frame per child
                    if child(answers, rank) is wanted:
                        return wanted
                return not wanted

            return either
        question = self.question
        if kind in ("is", "in"):
            options = frozenset(self.options)
            return lambda answers, rank: answers.get(question) in options
        compare, limit = _ORDINAL[kind], self.options[0]

        def ordinal(answers: Answers, rank: RankOf) -> bool:
            answer = answers.get(question)
            return answer is not None and compare(rank(question, answer), rank(question, limit))

        return ordinal

    def witnesses(self, answers: Answers, rank: RankOf) -> list[str]:
        """Questions whose answers made this condition true, in order, for the "Why:" line."""
        if self.kind in ("all", "any"):
            found: list[str] = []
            for child in self.children:
                if child.holds(answers, rank):
                    found += [q for q in child.witnesses(answers, rank) if q not in found]
            return found
        if self.kind in ("not", "always"):
            return []
        return [self.question] if self.holds(answers, rank) else []

    def questions(self) -> set[str]:
        """Every question the condition names."""
        names = {self.question} if self.question else set()
        for child in self.children:
            names |= child.questions()
        return names


@dataclass(frozen=True)
class Rule:
    """When `when` holds, recommend these actions with this priority."""

    id: str
    when: Condition
    recommend: tuple[str, ...]
    priority: int
    where: str


def parse_condition(
    raw: Any, where: str, options_of: Callable[[str], list[str] | None],
    refuse: Callable[[str], str | None] | None = None,
) -> Condition:
    """Parse and validate one condition; unknown questions or options are errors.

    `refuse` names why a known question may not be used here (e.g. one asked later).
    """
    node = require_map(raw, where, "a condition")
    here = node.where()
    keys = set(node)
    if keys == {"always"}:
        if node["always"] is not True:
            raise ContentError(f"{here}: 'always' must be true")
        return Condition("always")
    for group in ("all", "any"):
        if keys == {group}:
            items = require_list(node[group], node.where(group), f"'{group}'")
            if not items:
                raise ContentError(f"{node.where(group)}: '{group}' needs at least one condition")
            children = tuple(
                parse_condition(item, items.where(i), options_of, refuse)
                for i, item in enumerate(items)
            )
            return Condition(group, children=children)
    if keys == {"not"}:
        return Condition("not", children=(parse_condition(node["not"], here, options_of, refuse),))
    comparison = keys & set(COMPARISONS)
    if "question" not in keys or len(comparison) != 1 or len(keys) != 2:
        raise ContentError(
            f"{here}: a condition is {{question: id, <{'|'.join(COMPARISONS)}>: option}}, "
            "or all/any/not/always; got keys " + ", ".join(sorted(keys))
        )
    kind = comparison.pop()
    question = str(node["question"])
    known = options_of(question)
    if known is None:
        raise ContentError(f"{node.where('question')}: unknown question '{question}'")
    reason = refuse(question) if refuse else None
    if reason:
        raise ContentError(f"{node.where('question')}: {reason}")
    value = node[kind]
    values = list(value) if kind == "in" and isinstance(value, list) else [value]
    if kind != "in" and isinstance(value, list):
        raise ContentError(f"{node.where(kind)}: '{kind}' takes one option; use 'in' for several")
    for option in values:
        if str(option) not in known:
            raise ContentError(
                f"{node.where(kind)}: question '{question}' has no option '{option}'"
            )
    return Condition(kind, question=question, options=tuple(str(v) for v in values))


def parse_rules(
    raw: Any,
    where: str,
    options_of: Callable[[str], list[str] | None],
    actions: set[str],
) -> list[Rule]:
    """Parse the rules file; every name it uses must exist."""
    doc = require_map(raw, where, "the rules file")
    items = require_list(doc.get("rules"), doc.where("rules"), "'rules'")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        entry: LineDict = require_map(item, items.where(index), "a rule")
        rule_id = str(entry.get("id", ""))
        if not rule_id:
            raise ContentError(f"{entry.where()}: a rule needs an 'id'")
        if rule_id in seen:
            raise ContentError(f"{entry.where('id')}: duplicate rule id '{rule_id}'")
        seen.add(rule_id)
        unknown = set(entry) - {"id", "when", "recommend", "priority"}
        if unknown:
            key = sorted(unknown)[0]
            raise ContentError(f"{entry.where(key)}: unknown key '{key}' in rule '{rule_id}'")
        if "when" not in entry:
            raise ContentError(f"{entry.where()}: rule '{rule_id}' needs 'when'")
        when = parse_condition(entry["when"], entry.where("when"), options_of)
        recommend = require_list(entry.get("recommend"), entry.where("recommend"), "'recommend'")
        for i, action in enumerate(recommend):
            if str(action) not in actions:
                raise ContentError(
                    f"{recommend.where(i)}: rule '{rule_id}' recommends unknown action '{action}'"
                )
        priority = entry.get("priority")
        if not isinstance(priority, int) or isinstance(priority, bool) or not 1 <= priority <= 100:
            raise ContentError(f"{entry.where('priority')}: priority must be a whole number 1-100")
        rules.append(
            Rule(rule_id, when, tuple(str(a) for a in recommend), priority, entry.where())
        )
    return rules
