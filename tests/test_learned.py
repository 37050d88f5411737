"""The learned second reader: checked like content, loaded at the first description, only
ever filling questions the cues left unknown in a text they read something in, and dropping
(or, where its header says so, replacing) the cues' answers it doubts."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content import load_knowledge
from bot.describe import Describer
from bot.knowledge import Knowledge
from bot.learned import (
    ABOUT,
    MODEL,
    NOT_SAID,
    OFF,
    OFF_TOPIC,
    OFF_TOPIC_WORDS,
    LearnedReader,
    features,
)
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
    ({"questions": [{"id": "ghost", "classes": ["a"], "bias": [0.0]}], "answers": [],
      "doubt": {}, "replace": {}, "doubt_firm": [], "thresholds": {}, "off_topic": 0},
     "no question 'ghost'"),
    ({"answers": ["sector", "cash_on_hand"]}, "'answers' names a question"),
    ({"kept": 3}, "bytes of weights"),
    ({"threshold": 0.2}, "out of range"),
    ({"bits": "many"}, "mistypes"),
    ({"doubt": {"ghost": 0.1}}, "'doubt' needs questions the model has weights for"),
    ({"replace": {"sector": 1.5}}, "'replace' needs questions"),
    ({"doubt": ["sector"]}, "mistypes"),
    ({"doubt_firm": ["ghost"]}, "'doubt_firm' names a question"),
    ({"thresholds": {"crisis_type": 0.3}}, "'thresholds' needs questions"),
    ({"thresholds": {"ghost": 0.6}}, "'thresholds' needs questions"),
    ({"off_topic": 0.3}, "'off_topic' needs"),
    ({"off_topic": "sure"}, "mistypes"),
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
    questions = {**knowledge.option_ids(), OFF_TOPIC: [OFF, ABOUT]}
    for qid, classes, _ in shape.questions:
        assert set(classes) - {NOT_SAID} <= set(questions[qid])
    # round 50: the last column weighs whether a text is about a business at all
    assert shape.questions[-1][:2] == (OFF_TOPIC, (ABOUT, OFF)) and shape.off_topic == 0.8


def test_it_answers_what_the_cues_could_not(describer: Describer,
                                            knowledge: Knowledge) -> None:
    # Power cuts named by the utility's name: no crisis word of the cues; the guide sets'
    # writers call them "other" (a new sentence, written for this test; round 40 gave the
    # cues "ZESA", the utility its first sentence named, so it names another).
    text = "My salon in Gaborone, BPC cuts power all day, we only work at night now"
    alone = Describer(knowledge, learned=False).read(text, prefer="en").answers
    assert "crisis_type" not in alone
    assert describer.read(text, prefer="en").answers == {**alone, "crisis_type": "other"}


def test_a_question_s_own_threshold_fills_it_where_the_shared_one_would_not(
        knowledge: Knowledge) -> None:
    # Orders fell, and nothing says why: the model gives an economic crisis more than half
    # its probability, not all of it. Round 42 fills a kind of crisis from 0.55 (the header's
    # `thresholds`); the other questions keep the shared threshold.
    text = "Tailoring workshop, 5 of us, orders down about 70%"
    assert knowledge.learned is not None
    path, shape = knowledge.learned

    def reader(**change: object) -> Describer:
        changed = dataclasses.replace(shape, answers=frozenset({"crisis_type", "customers"}),
                                      threshold=1.0, **change)  # type: ignore[arg-type]
        return Describer(dataclasses.replace(knowledge, learned=(path, changed)))

    shared = reader(thresholds=()).read(text, prefer="en").answers
    own = reader(thresholds=(("crisis_type", 0.55),)).read(text, prefer="en").answers
    assert "crisis_type" not in shared
    assert own == {**shared, "crisis_type": "economic"}
    # the shipped header: a kind of crisis from 0.55 (round 42), a size from 0.9 (round 43)
    assert dict(shape.thresholds) == {"crisis_type": 0.55, "size": 0.9}


@pytest.mark.parametrize("name", ["blind108", "blind109"])
def test_it_only_adds_answers_it_may_give_and_drops_only_those_it_may_doubt(
        describer: Describer, knowledge: Knowledge, name: str) -> None:
    """Over a guide set: a cue's answer changed only where the header lets it replace one,
    dropped only where it may doubt one (and then asked), a careful question the cues weighed
    filled only with an answer their words said, never a question outside the model's list,
    never an off-topic text read; a reading dropped whole only where the model takes the text
    for no business at all."""
    assert knowledge.learned is not None
    shape = knowledge.learned[1]
    doubt, replace = dict(shape.doubt), dict(shape.replace)
    cues = Describer(knowledge, learned=False)
    reader = LearnedReader.load(*knowledge.learned)
    added = dropped = 0
    for lang, cases in load(SETS[name]).items():
        for case in cases:
            text = str(case["text"])
            alone = cues.read(text, prefer=lang)
            both = describer.read(text, prefer=lang)
            if alone.answers and not both.answers:
                assert reader.off_topic(text), text  # taken for no business at all
                continue
            new = {q: a for q, a in both.answers.items() if q not in alone.answers}
            changed = {q for q, a in alone.answers.items() if both.answers.get(q) != a}
            assert changed <= set(doubt), text
            assert {q for q in changed if q in both.answers} <= set(replace), text
            assert {q for q in changed if q not in both.answers} <= both.withheld, text
            assert set(new) <= shape.answers, text
            # a withheld question only with an answer its words said
            assert all((q, a) in alone.leaning for q, a in new.items()
                       if q in alone.withheld), text
            if not alone.answers:
                assert both.answers == {}, text
            added += len(new)
            dropped += len(changed)
    assert added > 0 and dropped > 0  # the set holds texts it reads more of, and less


def doubting(knowledge: Knowledge, **change: object) -> Describer:
    """The advisor's reader with the shipped model's header changed, fills turned off."""
    assert knowledge.learned is not None
    path, shape = knowledge.learned
    changed = dataclasses.replace(shape, answers=frozenset(), **change)  # type: ignore[arg-type]
    return Describer(dataclasses.replace(knowledge, learned=(path, changed)))


def test_an_answer_it_doubts_is_dropped_and_asked(knowledge: Knowledge) -> None:
    text = ("I run a small bakery in Accra with my two sons, flour doubled since the cedi "
            "fell and we now sell about half of what we sold last year")
    alone = Describer(knowledge, learned=False).read(text, prefer="en")
    assert alone.answers["sector"] == "manufacturing" and "sector" not in alone.firm
    # Doubting every sector it gives less than certainty to: the cues' answer goes, asked.
    reading = doubting(knowledge, doubt=(("sector", 1.0),), replace=()).read(text, prefer="en")
    assert "sector" not in reading.answers and "sector" in reading.withheld
    assert reading.answers == {q: a for q, a in alone.answers.items() if q != "sector"}
    # Replacing it with its own answer whenever it has one: some sector, not "not said".
    swapped = doubting(knowledge, doubt=(("sector", 1.0),), replace=(("sector", 0.0),)).read(
        text, prefer="en")
    assert swapped.answers.get("sector") in knowledge.option_ids()["sector"]
    assert "sector" not in swapped.withheld


def test_a_phrase_and_a_line_keep_the_cues_answer(knowledge: Knowledge) -> None:
    """An answer said in a phrase of two words or more (`Reading.firm`) is not doubted unless
    the header's `doubt_firm` names its question, nor any answer of a text of one line."""
    text = ("the landlord wants us out, we are 3 months behind on rent since the market "
            "flooded in March and the stall lost all its stock, my two girls still come")
    alone = Describer(knowledge, learned=False).read(text, prefer="en")
    assert alone.answers["debts"] == "many_overdue" and "debts" in alone.firm
    always = {"doubt": (("debts", 1.0),), "replace": ()}
    kept = doubting(knowledge, doubt_firm=frozenset(), **always).read(text, prefer="en")
    assert kept.answers == alone.answers
    dropped = doubting(knowledge, doubt_firm=frozenset({"debts"}), **always).read(
        text, prefer="en")
    assert "debts" not in dropped.answers and "debts" in dropped.withheld
    line = "we are 3 months behind on rent since the market flooded"
    assert knowledge.learned is not None
    assert len(line.split()) < knowledge.learned[1].doubt_words
    assert doubting(knowledge, doubt_firm=frozenset({"debts"}), **always).read(
        line, prefer="en") == Describer(knowledge, learned=False).read(line, prefer="en")


def test_a_model_without_a_second_opinion_still_loads(tmp_path: Path) -> None:
    root = copy_content(tmp_path)
    path = root / MODEL
    head, _, body = path.read_bytes().partition(b"\n")
    second = ("doubt", "replace", "doubt_words", "doubt_firm")
    fields = {k: v for k, v in json.loads(head).items() if k not in second}
    path.write_bytes(json.dumps(fields).encode() + b"\n" + body)
    knowledge = load_knowledge(root)
    assert knowledge.learned is not None
    shape = knowledge.learned[1]
    assert (shape.doubt, shape.replace, shape.doubt_words, shape.doubt_firm) == \
        ((), (), 0, frozenset())


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


def test_a_text_about_no_business_reads_nothing(knowledge: Knowledge) -> None:
    """Round 50: the cues find freight that went up, a pub and a bbq in a family's list for a
    house move; the model's off-topic column, from its header's `off_topic` probability, reads
    nothing there (a text of OFF_TOPIC_WORDS words or more)."""
    text = next(str(case["text"]) for case in load(SETS["blind169"])["offtopic"]
                if str(case["text"]).startswith("moving to Hobart list"))
    assert len(text.split()) >= OFF_TOPIC_WORDS
    assert Describer(knowledge, learned=False).read(text, prefer="en").answers
    assert knowledge.learned is not None
    path, shape = knowledge.learned
    assert LearnedReader.load(path, shape).off_topic(text)
    assert Describer(knowledge).read(text, prefer="en").answers == {}
    unjudged = dataclasses.replace(shape, off_topic=0.0)
    assert Describer(dataclasses.replace(knowledge, learned=(path, unjudged))).read(
        text, prefer="en").answers
