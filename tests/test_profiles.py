"""The profile suite: businesses from practice, each with what its plan must and must not hold.

Every YAML file in tests/profiles/ is a list of profiles:

    - id: closed_factory_of_60
      by: team            # or blind: written by someone who had not read the rules
      story: "..."
      answers: {sector: manufacturing, size: s50_plus, ...}
      must: [topics]      # each among the plan's actions' topics
      must_not: [topics]  # none among them
      start_must: [topics]  # each among the "Start here" actions' topics
      start_first: topic  # a topic of the first "Start here" action
      max_actions: 8      # the whole plan holds at most this many
      reason: "one line from practice"

Each runs through the real plan builder and the real knowledge. A file that fails reports how
many of its profiles pass, and what each failing one lacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge import Knowledge
from bot.plan import build_plan
from bot.yamlfile import ContentError, LineDict, LineList, load_yaml

FOLDER = Path(__file__).parent / "profiles"
FILES = sorted(FOLDER.glob("*.yaml"))
AUTHORS = ("team", "blind")
TOPIC_LISTS = ("must", "must_not", "start_must")
KEYS = {"id", "by", "story", "answers", "reason", "start_first", "max_actions", *TOPIC_LISTS}


@dataclass(frozen=True)
class Profile:
    """One business and what its plan must show."""

    id: str
    by: str
    answers: dict[str, str]
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    start_must: tuple[str, ...]
    start_first: str | None
    max_actions: int | None
    where: str


def load_profiles(knowledge: Knowledge, path: Path) -> list[Profile]:
    """Read and validate one file; any fault is a ContentError naming file and line."""
    doc: Any = load_yaml(path, FOLDER.parent.parent)
    shown = path.name
    if not isinstance(doc, LineList):
        raise ContentError(f"{shown}: a profile file is a list of profiles")
    profiles: list[Profile] = []
    for index, raw in enumerate(doc):
        if not isinstance(raw, LineDict):
            raise ContentError(f"{doc.where(index)}: a profile must be a mapping")
        pid = str(raw.get("id") or "")
        if not pid or any(p.id == pid for p in profiles):
            raise ContentError(f"{raw.where('id')}: profile id missing or repeated: '{pid}'")
        unknown = set(raw) - KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise ContentError(f"{raw.where(key)}: profile '{pid}' has unknown key '{key}'")
        for key in ("story", "reason"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise ContentError(f"{raw.where(key)}: profile '{pid}' needs a '{key}'")
        if raw.get("by") not in AUTHORS:
            raise ContentError(f"{raw.where('by')}: profile '{pid}': 'by' is one of "
                               f"{', '.join(AUTHORS)}")
        answers = raw.get("answers")
        if not isinstance(answers, LineDict) or not answers:
            raise ContentError(f"{raw.where('answers')}: profile '{pid}' needs answers")
        for qid, oid in answers.items():
            question = knowledge.question(qid)
            if question is None:
                raise ContentError(f"{answers.where(qid)}: profile '{pid}': unknown question "
                                   f"'{qid}'")
            if question.option(str(oid)) is None:
                raise ContentError(f"{answers.where(qid)}: profile '{pid}': question '{qid}' "
                                   f"has no option '{oid}'")
        lists = {key: _topics(knowledge, raw, key, pid) for key in TOPIC_LISTS}
        first = _topics(knowledge, raw, "start_first", pid)
        limit = raw.get("max_actions")
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool)):
            raise ContentError(f"{raw.where('max_actions')}: profile '{pid}': max_actions "
                               "must be a whole number")
        if not any(lists.values()) and not first and limit is None:
            raise ContentError(f"{raw.where()}: profile '{pid}' expects nothing of its plan")
        profiles.append(Profile(pid, str(raw["by"]), {str(k): str(v) for k, v in answers.items()},
                                lists["must"], lists["must_not"], lists["start_must"],
                                first[0] if first else None, limit, raw.where()))
    return profiles


def _topics(knowledge: Knowledge, raw: LineDict, key: str, pid: str) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    names = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    for name in names:
        if name not in knowledge.topics:
            raise ContentError(f"{raw.where(key)}: profile '{pid}': unknown topic '{name}' in "
                               f"'{key}' (see knowledge/topics.yaml)")
    return tuple(names)


def misses(knowledge: Knowledge, profile: Profile) -> list[str]:
    """What the profile's plan lacks or has too much of (empty: it passes)."""
    plan = build_plan(knowledge, profile.answers)
    topics = {t for i in plan.items for t in knowledge.actions[i.action].topics}
    start = [knowledge.actions[a] for a in plan.start_here]
    at_start = {t for a in start for t in a.topics}
    found = []
    if lacking := [t for t in profile.must if t not in topics]:
        found.append(f"lacks {', '.join(lacking)}")
    if extra := [t for t in profile.must_not if t in topics]:
        found.append(f"has {', '.join(extra)}")
    if lacking := [t for t in profile.start_must if t not in at_start]:
        found.append(f"'Start here' lacks {', '.join(lacking)}")
    if profile.start_first and (not start or profile.start_first not in start[0].topics):
        opened = start[0].id if start else "nothing"
        found.append(f"'Start here' opens with {opened}, not {profile.start_first}")
    if profile.max_actions is not None and len(plan.items) > profile.max_actions:
        found.append(f"{len(plan.items)} actions, more than {profile.max_actions}")
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_profiles(knowledge: Knowledge, path: Path) -> None:
    try:
        profiles = load_profiles(knowledge, path)
    except ContentError as exc:
        pytest.fail(f"{path.name} is not a valid profile file: {exc}", pytrace=False)
    failing = {p.id: (p.where, m) for p in profiles if (m := misses(knowledge, p))}
    if failing:
        lines = [f"{path.name}: {len(profiles) - len(failing)} of {len(profiles)} profiles pass"]
        lines += [f"  {where} {pid}: {'; '.join(m)}" for pid, (where, m) in failing.items()]
        pytest.fail("\n".join(lines), pytrace=False)


def test_the_suite_has_enough_businesses(knowledge: Knowledge) -> None:
    profiles = [p for path in FILES for p in load_profiles(knowledge, path)]
    ids = [p.id for p in profiles]
    assert len(ids) == len(set(ids)), "profile ids repeat across files"
    assert len(profiles) >= 20


@pytest.mark.parametrize(("find", "put", "expect"), [
    ("sector: food_service", "sector: restaurant", "question 'sector' has no option"),
    ("    sector: food_service", "    sectr: food_service", "unknown question 'sectr'"),
    ("must: [hygiene, reserve]", "must: [hygiene, savings]", "unknown topic 'savings'"),
    ("by: team", "by: someone", "'by' is one of team, blind"),
    ("max_actions: 6", "max_action: 6", "unknown key 'max_action'"),
])
def test_a_faulty_profile_is_a_clear_failure(
    knowledge: Knowledge, tmp_path: Path, find: str, put: str, expect: str
) -> None:
    text = (FOLDER / "team.yaml").read_text(encoding="utf-8")
    assert find in text, "the fixture no longer matches team.yaml"
    line = text.count("\n", 0, text.index(find)) + 1
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace(find, put, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_profiles(knowledge, broken)
    assert expect in str(caught.value)
    assert str(caught.value).startswith(f"{broken}:{line}:") or f":{line}:" in str(caught.value)
