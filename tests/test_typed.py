"""Typed answers scored against the hand-labelled set in tests/typed/<lang>.yaml.

Run with `-s` to see the table: per language, how the should-match replies were read (sure
and right, "did you mean" offering the right option, wrong, nothing) and how many off-topic
replies were recorded anyway (must be 0).
"""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.knowledge import Knowledge
from bot.matching import Matchers, check_matching
from bot.yamlfile import ContentError

FOLDER = Path(__file__).parent / "typed"
LABELLED = sorted(FOLDER.glob("*.yaml"))
#: Share of should-match replies that must be recorded right or offered in "did you mean".
MIN_UNDERSTOOD = 0.90


def score(knowledge: Knowledge, path: Path) -> tuple[Counter[str], list[str]]:
    """Count outcomes for one language file; also list the failures, for the message."""
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    lang = doc["language"]
    matchers = Matchers(knowledge)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for qid, cases in doc["match"].items():
        question = knowledge.question(qid)
        assert question is not None, f"{path.name}: unknown question {qid}"
        for text, expected in cases.items():
            assert question.option(expected), f"{path.name}: {qid} has no option {expected}"
            got = matchers.get(lang, question).match(str(text))
            if got.option == expected:
                counts["sure"] += 1
            elif got.option is not None:
                counts["sure_wrong"] += 1
                failures.append(f"{qid}: {text!r} recorded as {got.option}, not {expected}")
            elif expected in got.candidates:
                counts["likely"] += 1
            elif got.candidates:
                counts["likely_wrong"] += 1
                failures.append(f"{qid}: {text!r} offered {got.candidates}, not {expected}")
            else:
                counts["none"] += 1
                failures.append(f"{qid}: {text!r} not understood ({expected})")
    for qid, texts in doc["reject"].items():
        question = knowledge.question(qid)
        assert question is not None, f"{path.name}: unknown question {qid}"
        for text in texts:
            got = matchers.get(lang, question).match(str(text))
            if got.option is not None:
                counts["reject_sure"] += 1
                failures.append(f"{qid}: off-topic {text!r} recorded as {got.option}")
            elif got.candidates:
                counts["reject_likely"] += 1
            else:
                counts["reject_none"] += 1
    return counts, failures


def table(rows: list[tuple[str, Counter[str]]]) -> str:
    """The outcome table, one row per language."""
    head = (f"{'lang':<5}{'match':>6}{'sure':>6}{'likely':>7}{'wrong':>6}{'none':>6}{'ok %':>7}"
            f"  |{'reject':>7}{'SURE':>6}{'likely':>7}{'none':>6}")
    lines = [head]
    for lang, c in rows:
        total = c["sure"] + c["sure_wrong"] + c["likely"] + c["likely_wrong"] + c["none"]
        ok = 100 * (c["sure"] + c["likely"]) / total
        rejects = c["reject_sure"] + c["reject_likely"] + c["reject_none"]
        lines.append(
            f"{lang:<5}{total:>6}{c['sure']:>6}{c['likely']:>7}"
            f"{c['sure_wrong'] + c['likely_wrong']:>6}{c['none']:>6}{ok:>7.1f}"
            f"  |{rejects:>7}{c['reject_sure']:>6}{c['reject_likely']:>7}{c['reject_none']:>6}")
    return "\n".join(lines)


def test_labelled_sets_are_big_enough() -> None:
    for path in LABELLED:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert sum(len(v) for v in doc["match"].values()) >= 15, path.name
        assert sum(len(v) for v in doc["reject"].values()) >= 15, path.name
    assert {p.stem for p in LABELLED} >= {"en", "fr", "es"}


@pytest.mark.parametrize("path", LABELLED, ids=[p.stem for p in LABELLED])
def test_typed_answers(knowledge: Knowledge, path: Path) -> None:
    counts, failures = score(knowledge, path)
    print("\n" + table([(path.stem, counts)]))
    for failure in failures:
        print("  " + failure)
    assert counts["reject_sure"] == 0, "off-topic replies were recorded"
    assert counts["sure_wrong"] == 0, "a reply was recorded as the wrong option"
    total = sum(counts[k] for k in ("sure", "sure_wrong", "likely", "likely_wrong", "none"))
    assert (counts["sure"] + counts["likely"]) / total >= MIN_UNDERSTOOD


def test_stop_words_are_validated(knowledge: Knowledge) -> None:
    texts = {**knowledge.texts, "en": {**knowledge.texts["en"]}}
    broken = copy.copy(knowledge)
    broken.texts = texts
    for words, error in ((["the", "no"], "itself an answer"), (["the", "the"], "twice"),
                         (["can't"], "one word"), ([True], "one word")):
        texts["en"]["matching"] = {"stop_words": words}
        with pytest.raises(ContentError, match=error):
            check_matching(broken)


def test_generic_and_short_replies_are_never_recorded(knowledge: Knowledge) -> None:
    matchers = Matchers(knowledge)
    for question in knowledge.questions:
        for text in ("we", "the", "not", "business", "ok", "we closed the shop"):
            got = matchers.get("en", question).match(text)
            assert got.option is None or question.id == "trading_status", (question.id, text)


if __name__ == "__main__":  # the table for all languages: python -m tests.test_typed
    from bot.content import load_knowledge
    from bot.knowledge import default_root

    loaded = load_knowledge(default_root())
    print(table([(p.stem, score(loaded, p)[0]) for p in LABELLED]))
