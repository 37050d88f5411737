"""Cues written with `<class>` words: checked when the content is read, filled in when first used.

A cue such as "<jobs> post" stands for one cue per word of the class. Filling them all in is
most of what reading the cue files costs, so a start only checks that no way of filling one
breaks a rule (only stop words, a number alone, 'min'/'max' without '#'); the reader fills
them in when it is made. A faulty filling fails the load as before, naming file and line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import load_knowledge
from bot.cues import ClassCue, Cue, words_of
from bot.describe import Describer
from bot.hits import present_words
from bot.knowledge import default_root
from bot.yamlfile import ContentError

DESCRIBE = "conversations/lang/en.describe.yaml"
DAYPART = '    daypart: ["morning*",'
CUES = '"<daypart> only", "only <daypart>",'


def content_with(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """The shipped content with the English cue file edited (each old text once)."""
    for folder in ("knowledge", "conversations"):
        shutil.copytree(default_root() / folder, tmp_path / folder)
    path = tmp_path / DESCRIBE
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return tmp_path


def line_of(root: Path, text: str) -> int:
    content = (root / DESCRIBE).read_text(encoding="utf-8")
    return content.count("\n", 0, content.index(text)) + 1


@pytest.mark.parametrize(("word", "cue", "message"), [
    # "at the": a filling of stop words only
    ('"the"', '"at <daypart>", ',
     "cue 'at the' of 'trading_status.partly_open' has only stop words"),
    # no filling has a number for the bounds
    ("sunday", '{cue: "closed <daypart>", min: 1, max: 9}, ',
     "cue 'closed <daypart>' has 'min'/'max' but no '#'"),
])
def test_a_faulty_filling_fails_the_load_with_file_and_line(
        tmp_path: Path, word: str, cue: str, message: str) -> None:
    root = content_with(tmp_path, (DAYPART, f"    daypart: [{word}, \"morning*\","),
                        (CUES, cue + CUES))
    with pytest.raises(ContentError) as caught:
        load_knowledge(root)
    assert str(caught.value) == f"{DESCRIBE}:{line_of(root, cue)}: {message}"


def test_a_sound_class_cue_waits_to_be_filled_in(tmp_path: Path) -> None:
    # Every filling has a number for its bounds, and a word besides stop words.
    cue = '{cue: "open # days <daypart>", min: 1, max: 7}, '
    root = content_with(tmp_path, (DAYPART, '    daypart: ["the", "morning*",'),
                        (CUES, cue + CUES))
    cues = load_knowledge(root).cues["en"]
    waiting = [e for e in cues.entries
               if isinstance(e, ClassCue) and e.low == 1 and e.high == 7]
    assert len(waiting) == 1
    filled = waiting[0].fill(cues.stop_words)
    assert len(filled) == len(waiting[0].parts[1]) > 10
    assert filled[:2] == [  # "open # days the" (so as written), "open # days morning*"
        Cue("trading_status", "partly_open", ("open", "#", "days"), 4, 1, 7,
            ("open", "#", "days", "the")),
        Cue("trading_status", "partly_open", ("open", "#", "days", "morning*"), 4, 1, 7)]
    assert all(cue in cues.all_cues() for cue in filled)


def test_a_text_fills_in_the_class_cues_it_holds_in_order() -> None:
    # A text's candidates are the cues of every cue filled in whose words it holds, in the
    # same order (the order breaks ties between hits), without filling in every cue.
    knowledge = load_knowledge(default_root())
    english = knowledge.cues["en"]
    entries = english.entries
    assert sum(isinstance(e, ClassCue) for e in entries) > 100
    every = english.all_cues()
    assert len(every) > 2 * len(entries)
    Describer(knowledge)
    assert "all_cues" not in english.__dict__ and "cues" not in english.__dict__
    text = ("our tourists from germany cancel their bookings, the post office is shut and "
            "the driver owes 3 months, school closed since the storm")
    found = present_words(english, set(words_of(text)))
    expected = [c for c in every if all(w in found for w in c.words)]
    assert english.candidates(found) == expected
    assert sum(c not in entries for c in expected) > 5  # filled in from <class> words
    assert "post" in english.vocabulary and "driver" in english.vocabulary
    assert english.vocabulary == {w for c in every for w in c.words} - {"#"}
    assert english.single_words == {c.words[0] for c in every if len(c.words) == 1}
