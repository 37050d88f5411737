"""The learned second reader: checked like content, loaded at the first description, and
only ever filling questions the cues left unknown in a text they read something in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content import load_knowledge
from bot.describe import Describer
from bot.knowledge import Knowledge
from bot.learned import MODEL, NOT_SAID, features
from bot.yamlfile import ContentError
from tests.test_content_errors import copy_content
from tests.test_describe_accuracy import SETS, load


def rewrite_header(root: Path, change: dict[str, object]) -> None:
    """Replace fields of the model's header line, keeping its weights."""
    path = root / MODEL
    head, _, body = path.read_bytes().partition(b"\n")
    fields = {**json.loads(head), **change}
    path.write_bytes(json.dumps(fields).encode() + b"\n" + body)


def test_features_ignore_case_and_accents_and_are_the_same_in_every_process() -> None:
    assert features("Été CAFÉ fermé", 18) == features("ete cafe ferme", 18)
    found = features("we sell fish", 18)
    assert found == sorted(set(found)) and all(0 <= f < 1 << 18 for f in found)
    # The model was trained in another process: a salted hash would give other features.
    script = "from bot.learned import features; print(features('we sell fish', 18))"
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,  # noqa: S603
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
        assert out.strip() == str(found)


@pytest.mark.parametrize(("change", "says"), [
    ({"magic": "something else"}, "not a reader model"),
    ({"questions": [{"id": "ghost", "classes": ["a"], "bias": [0.0]}], "answers": []},
     "no question 'ghost'"),
    ({"answers": ["sector", "cash_on_hand"]}, "'answers' names a question"),
    ({"kept": 3}, "bytes of weights"),
    ({"threshold": 0.2}, "out of range"),
    ({"bits": "many"}, "mistypes"),
])
def test_a_broken_model_stops_loading_naming_the_file(
        tmp_path: Path, change: dict[str, object], says: str) -> None:
    root = copy_content(tmp_path)
    rewrite_header(root, change)
    with pytest.raises(ContentError) as caught:
        load_knowledge(root)
    assert str(caught.value).startswith(f"{MODEL}:1: ")
    assert says in str(caught.value)


def test_a_class_that_is_not_an_option_is_refused(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    head = json.loads((root / MODEL).read_bytes().partition(b"\n")[0])
    head["questions"][0]["classes"][-1] = "no_such_option"
    rewrite_header(root, {"questions": head["questions"]})
    with pytest.raises(ContentError, match="no_such_option"):
        load_knowledge(root)


def test_without_a_model_the_cues_read_alone(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    (root / MODEL).unlink()
    knowledge = load_knowledge(root)
    assert knowledge.learned is None
    text = "I run a small bakery in Accra, flour doubled and we sell half of before"
    assert Describer(knowledge).read(text, prefer="en") == \
        Describer(knowledge, learned=False).read(text, prefer="en")


def test_the_shipped_model_fits_the_questionnaire(knowledge: Knowledge) -> None:
    assert knowledge.learned is not None
    _, shape = knowledge.learned
    questions = knowledge.option_ids()
    for qid, classes, _ in shape.questions:
        assert set(classes) - {NOT_SAID} <= set(questions[qid])


def test_it_answers_what_the_cues_could_not(describer: Describer,
                                            knowledge: Knowledge) -> None:
    # Power cuts named by the utility's name: no crisis word of the cues; the guide sets'
    # writers call them "other" (a new sentence, written for this test).
    text = ("Mon salon de couture a Conakry, le courant EDG coupe 3 jours de suite, les "
            "commandes sont en retard")
    alone = Describer(knowledge, learned=False).read(text, prefer="fr").answers
    assert "crisis_type" not in alone
    assert describer.read(text, prefer="fr").answers == {**alone, "crisis_type": "other"}


@pytest.mark.parametrize("name", ["blind108", "blind109"])
def test_it_only_adds_answers_it_may_give_and_leaves_the_rest(
        describer: Describer, knowledge: Knowledge, name: str) -> None:
    """Over a guide set: never a cue's answer changed, never a careful question the cues
    weighed, never a question outside the model's list, never an off-topic text read."""
    assert knowledge.learned is not None
    allowed = knowledge.learned[1].answers
    cues = Describer(knowledge, learned=False)
    added = 0
    for lang, cases in load(SETS[name]).items():
        for case in cases:
            text = str(case["text"])
            alone = cues.read(text, prefer=lang)
            both = describer.read(text, prefer=lang).answers
            new = {q: a for q, a in both.items() if q not in alone.answers}
            assert {**both, **alone.answers} == both, text
            assert set(new) <= allowed and not set(new) & alone.withheld, text
            if not alone.answers:
                assert both == {}, text
            added += len(new)
    assert added > 0  # the set holds texts it reads more of


def test_a_model_broken_after_the_check_leaves_the_cues_reading(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = copy_content(tmp_path)
    knowledge = load_knowledge(root)
    path = root / MODEL
    path.write_bytes(path.read_bytes()[:1000])  # replaced by a partial copy while running
    text = ("Mon salon de couture a Conakry, le courant EDG coupe 3 jours de suite, les "
            "commandes sont en retard")
    assert Describer(knowledge).read(text, prefer="fr") == \
        Describer(knowledge, learned=False).read(text, prefer="fr")
    assert "learned reader not used" in caplog.text
