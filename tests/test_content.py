"""The knowledge base as shipped: complete, consistent in every language, and well-behaved."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from bot.content import load_knowledge
from bot.coverage import coverage_report
from bot.knowledge import DEFAULT_LANGUAGE, Knowledge, default_root
from bot.plan import build_plan, week_count


def flat_keys(node: Any, prefix: str = "") -> set[str]:
    if isinstance(node, dict):
        keys: set[str] = set()
        for key, value in node.items():
            # Synonyms and number words are written per language, not translated one by one.
            if key in ("synonyms", "numbers", "number_words"):
                continue
            # So are the description cues below their sections: word classes, and which
            # questions and options a language needs cues for, follow how it is written.
            if prefix.count(".") >= 1 and prefix.startswith("describe."):
                keys.add(prefix)
                continue
            keys |= flat_keys(value, f"{prefix}.{key}" if prefix else key)
        return keys
    return {prefix}


def test_every_language_has_the_same_keys(knowledge: Knowledge) -> None:
    english = flat_keys(knowledge.texts[DEFAULT_LANGUAGE])
    for lang in knowledge.languages:
        keys = flat_keys(knowledge.texts[lang])
        assert keys - english == set(), f"{lang} has keys English lacks"
        assert english - keys == set(), f"{lang} lacks keys"


def test_all_fifteen_points_and_enough_actions(knowledge: Knowledge) -> None:
    assert knowledge.points == (
        "B1", "B2", "B3", "B4", "B5", "BSO1", "BSO2", "BSO3", "BSO4", "BSO5",
        "G1", "G2", "G3", "G4", "G5",
    )
    per_point = Counter(a.point for a in knowledge.actions.values())
    for point in ("B1", "B2", "B3", "B4", "B5"):
        assert per_point[point] >= 4, point
    assert sum(per_point[p] for p in ("B1", "B2", "B3", "B4", "B5")) >= 20
    assert {"G2", "G3", "G4"} <= set(per_point)
    assert {p for p in knowledge.bso_guidance.values()} >= {"BSO1", "BSO2", "BSO3", "BSO4", "BSO5"}


def test_check_properties_hold(knowledge: Knowledge) -> None:
    report, problems = coverage_report(knowledge)
    assert problems == []
    assert "Actions reached: " in report


def test_random_answer_sets_keep_the_promises(knowledge: Knowledge) -> None:
    rng = random.Random(7)
    for _ in range(2000):
        raw = {q.id: rng.choice(q.options).id for q in knowledge.questions}
        answers = knowledge.applicable_answers(raw)
        plan = build_plan(knowledge, raw)
        assert plan.answers == answers  # a business of one has no staff answers to count
        shown = [i.action for i in plan.items]
        areas = [knowledge.actions[a].area for a in shown]
        assert 2 <= len(shown) <= 12
        assert len(set(shown)) == len(shown)
        assert tuple(shown[:3]) == plan.start_here  # "Start here" opens the plan
        assert week_count(knowledge, plan) <= 5
        if answers["cash_runway"] in ("under_2w", "under_1m"):
            assert areas[0] == "cash", answers
        if answers.get("staff_change") in ("laid_off", "reduced_hours"):
            assert knowledge.actions[shown[0]].area == "cash" or any(
                knowledge.actions[a].area == "staff" and knowledge.actions[a].point == "B4"
                for a in shown
            ), answers
        for item in plan.items:
            for question in item.because:
                assert question in answers


def test_every_action_reads_like_an_action(knowledge: Knowledge) -> None:
    for lang in knowledge.languages:
        for action in knowledge.actions:
            texts = knowledge.text(lang, "actions", action)
            assert 2 <= len(texts["steps"]) <= 4
            assert len(texts["title"]) <= 80
            assert texts["why"]


def typography_warnings(knowledge: Knowledge) -> list[str]:
    return [w for w in knowledge.warnings if "non-breaking space" in w]


def test_shipped_french_has_its_spaces(knowledge: Knowledge) -> None:
    assert typography_warnings(knowledge) == []


def test_check_warns_where_french_lacks_its_space(tmp_path: Path) -> None:
    """File and line of each French text missing the space. Links, times and typed-answer
    synonyms are not read; a {placeholder} counts as a word."""
    for folder in ("knowledge", "conversations"):
        shutil.copytree(default_root() / folder, tmp_path / folder)
    edits = [  # file, text, its replacement, whether check warns
        ("conversations/lang/fr.pdf.yaml", 'pdf_filename: "plan-d-action-{date}.pdf"',
         'pdf_filename: "plan-d-action-{date}: x.pdf"', True),
        ("conversations/lang/fr.pdf.yaml", 'pdf_steps: "Étapes"',
         'pdf_steps: "Étapes: à 10:30, voir https://x.org/a?b"', True),
        ("conversations/lang/fr.pdf.yaml", 'pdf_page: "Page {page}"',
         'pdf_page: "Page {page} ; fin !"', True),
        ("conversations/lang/fr.pdf.yaml", 'pdf_why: "Pourquoi\u00a0:"',
         'pdf_why: "Pourquoi\u00a0: voir https://x.org/a?b\u00a0?"', False),
        ("conversations/lang/fr.yaml", '"juste moi", ', '"juste moi!", ', False),
        ("knowledge/lang/fr.yaml", "13 prochaines semaines\u00a0:", "13 prochaines semaines:",
         True),
    ]
    expected = []
    for rel, old, new, warned in edits:
        path = tmp_path / rel
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        if warned:
            expected.append(f"{rel}:{text[:text.index(old)].count(chr(10)) + 1}:")
        path.write_text(text.replace(old, new), encoding="utf-8")
    found = typography_warnings(load_knowledge(tmp_path))
    assert [w.split(" ")[0] for w in found] == expected
    assert "before ':' in \"…plan-d-action-{date}:\"" in found[0]
    assert "before ':' in \"…Étapes:\"" in found[1] and "places" not in found[1]
    assert "before ';' in \"…Page {page} ;\" (2 places)" in found[2]
