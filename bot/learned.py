"""A learned second reader: answers the cues left unknown, when it is sure of them.

The cues (bot/describe.py) read what they were written for and nothing else: on sets nobody
tuned them on they miss about a quarter of what owners say. This reader is a linear model per
question (multinomial logistic regression), trained by bench/train_reader.py on every labelled
guide set under tests/descriptions, over hashed features of the text: each word's character
2- to 5-grams, the words, and each pair of words, lower-cased without accents. It only fills
a question the cues left unknown in a text they read something in (so an off-topic text stays
unread), only a question its header's `answers` lists (those it was right on far more often
than wrong on sets left out of its training), a careful one the cues weighed and withheld
(`Reading.withheld`) only with an answer their words said (`Reading.leaning`), and only with
an answer it gives at least `threshold` of probability
(or its question's own, `thresholds`);
"not said" is a class of its own, so a question the text does not touch stays unknown. It
also gives a second opinion on the cues' answers: one its header's `doubt` names, to which it
gives less than that probability, is dropped and asked (or, where `replace` names the question,
replaced by its own answer when that is at least as likely as `replace` says). Every answer
it gives is shown with the others and can be corrected with a tap. A last column, not a
question (`OFF_TOPIC`), weighs whether a text is about a business at all: a text the cues read
something in that it gives `off_topic` of probability or more of being off-topic (a family's
news, a club's accounts, a wedding's budget) reads nothing.

The model file (conversations/learned/reader.model) is one line of JSON (its shape: the
questions, their classes and biases, the questions it may answer, the threshold, the weights'
scale) and then two arrays: the hashed features kept, sorted (unsigned 32-bit, little-endian),
and for each of them one signed byte per class of every question, in the header's order
(weights over `scale`). `check` reads the header and the file's size (`read_shape`); the
arrays are read at the first description.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

#: The model's file, in the content's conversations folder.
MODEL = "conversations/learned/reader.model"
MAGIC = "msme-advisor reader 1"
#: Class of a question the text does not answer.
NOT_SAID = "_none"
#: A column of the model that is no question: whether a text is about a business at all
#: (`OFF`: a family's news, homework, a club's accounts), trained on every set's off-topic texts.
OFF_TOPIC = "_off_topic"
OFF, ABOUT = "off", "about"
#: The fewest words of a text the off-topic column judges. It learned from descriptions of a
#: few sentences and gives a line or two 0.8 and more ("the money lasts 2 or 3 months",
#: "Writing for my dad, he has a garage in Wick. The van loan is due Friday..."): round 50's
#: describe tests lost 40 readings at no floor and one at 20 words. Of the 53 off-topic texts
#: of the guide sets it then read as nothing, 45 have 30 words or more.
OFF_TOPIC_WORDS = 30
#: Words for the word features: two letters or more (as the model was trained with).
_WORD = re.compile(r"\w\w+")
#: Character n-grams of each word, padded with a space each side.
_GRAMS = range(2, 6)


def fold(text: str) -> str:
    """Lower case, accents dropped ("Été" → "ete"): owners type both."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def features(text: str, bits: int) -> list[int]:
    """The text's hashed features, sorted and each once (crc32 is the same in every process)."""
    mask = (1 << bits) - 1
    words = _WORD.findall(fold(text))
    found: set[int] = set()
    for word in words:
        padded = f" {word} "
        for n in _GRAMS:
            for i in range(len(padded) - n + 1):
                found.add(zlib.crc32(padded[i:i + n].encode()) & mask)
        found.add(zlib.crc32(("w" + word).encode()) & mask)
    for first, second in pairwise(words):
        found.add(zlib.crc32(f"b{first} {second}".encode()) & mask)
    return sorted(found)


@dataclass(frozen=True)
class Shape:
    """The model's header: what each column of weights is."""

    bits: int
    threshold: float
    scale: float
    kept: int
    #: (question id, its classes, their biases), in the weights' column order.
    questions: tuple[tuple[str, tuple[str, ...], tuple[float, ...]], ...]
    #: The questions it may answer: those where it was right far more often than wrong on
    #: sets it was not trained on (bench/train_reader.py --test).
    answers: frozenset[str] = frozenset()
    #: (question, probability): a cue answer it gives less than this is doubted, and asked.
    doubt: tuple[tuple[str, float], ...] = ()
    #: (question, probability): its own answer to a doubted question, if at least this likely,
    #: replaces the cues' one.
    replace: tuple[tuple[str, float], ...] = ()
    #: Texts of fewer words keep the cues' answers: it learned from descriptions of a few
    #: sentences, and one line gives it too little to doubt with.
    doubt_words: int = 0
    #: Questions whose cue answers it may doubt even when said in a phrase (`Reading.firm`).
    doubt_firm: frozenset[str] = frozenset()
    #: (question, probability): a question's own threshold to fill it, instead of `threshold`
    #: (a kind of crisis it was right on more often, at less, on sets left out of training).
    thresholds: tuple[tuple[str, float], ...] = ()
    #: The probability of `OFF` from which a text the cues read something in is taken for
    #: off-topic and reads nothing (0: the model does not judge it).
    off_topic: float = 0.0

    @property
    def columns(self) -> int:
        """Classes of all questions: the weights of one feature."""
        return sum(len(classes) for _, classes, _ in self.questions)

    @property
    def size(self) -> int:
        """Bytes after the header line."""
        return self.kept * 4 + self.kept * self.columns


class ModelError(ValueError):
    """The model file is not one this code can read; the message names the file."""


def read_shape(path: Path, shown: str, options: Mapping[str, Iterable[str]]) -> Shape:
    """The header of the model at `path`, checked against the questions' options."""
    try:
        with path.open("rb") as file:
            head = json.loads(file.readline().decode("utf-8"))
            body = path.stat().st_size - file.tell()
    except (OSError, ValueError) as exc:
        raise ModelError(f"{shown}:1: not a reader model ({exc})") from exc
    if not isinstance(head, dict) or head.get("magic") != MAGIC:
        raise ModelError(f"{shown}:1: not a reader model (its first line lacks {MAGIC!r})")
    try:
        limits = {key: tuple((str(q), float(p)) for q, p in head.get(key, {}).items())
                  for key in ("doubt", "replace", "thresholds")}
        shape = Shape(int(head["bits"]), float(head["threshold"]), float(head["scale"]),
                      int(head["kept"]),
                      tuple((str(q["id"]), tuple(map(str, q["classes"])),
                             tuple(map(float, q["bias"]))) for q in head["questions"]),
                      frozenset(map(str, head["answers"])), limits["doubt"], limits["replace"],
                      int(head.get("doubt_words", 0)),
                      frozenset(map(str, head.get("doubt_firm", []))), limits["thresholds"],
                      float(head.get("off_topic", 0)))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError(f"{shown}:1: header lacks or mistypes {exc}") from exc
    weighed = {qid for qid, _, _ in shape.questions}
    if not shape.answers <= weighed:
        raise ModelError(f"{shown}:1: 'answers' names a question the model has no weights for")
    for key, given in (("doubt", shape.doubt), ("replace", shape.replace),
                       ("thresholds", shape.thresholds)):
        low = 0.5 if key == "thresholds" else 0  # a fill needs its answer the likeliest
        if not {q for q, _ in given} <= weighed or not all(low <= p <= 1 for _, p in given):
            raise ModelError(f"{shown}:1: '{key}' needs questions the model has weights for, "
                             f"each with a probability from {low} to 1")
    if not shape.doubt_firm <= weighed or shape.doubt_words < 0:
        raise ModelError(f"{shown}:1: 'doubt_firm' names a question the model has no weights "
                         "for, or 'doubt_words' is negative")
    if shape.off_topic and (OFF_TOPIC not in weighed or not 0.5 <= shape.off_topic <= 1):
        raise ModelError(f"{shown}:1: 'off_topic' needs the model's {OFF_TOPIC!r} weights "
                         "and a probability from 0.5 to 1")
    questions = {**options, OFF_TOPIC: (OFF, ABOUT)}
    for qid, classes, bias in shape.questions:
        if qid not in questions:
            raise ModelError(f"{shown}:1: no question {qid!r} in the questionnaire")
        unknown = set(classes) - set(questions[qid]) - {NOT_SAID}
        if unknown:
            raise ModelError(f"{shown}:1: {sorted(unknown)} are not options of {qid}")
        if len(bias) != len(classes):
            raise ModelError(f"{shown}:1: {qid}: one bias per class")
    if not (0.5 <= shape.threshold <= 1 and 8 <= shape.bits <= 32 and shape.scale > 0):
        raise ModelError(f"{shown}:1: threshold, bits or scale out of range")
    if body != shape.size:
        raise ModelError(f"{shown}:1: the header says {shape.size} bytes of weights, "
                         f"the file has {body}")
    return shape


class LearnedReader:
    """The model, loaded: `review` weighs the cues' answers and fills those it is sure of."""

    def __init__(self, shape: Shape, kept: array, weights: array) -> None:
        self.shape = shape
        self.kept = kept
        self.weights = weights
        self.first: dict[str, int] = {}
        column = 0
        for qid, classes, _ in shape.questions:
            self.first[qid] = column
            column += len(classes)

    @classmethod
    def load(cls, path: Path, shape: Shape) -> LearnedReader:
        """Read the arrays after the header line (whose shape `check` verified)."""
        with path.open("rb") as file:
            file.readline()
            kept = array("I")
            kept.fromfile(file, shape.kept)
            weights = array("b")
            weights.fromfile(file, shape.kept * shape.columns)
        if sys.byteorder != "little":
            kept.byteswap()
        return cls(shape, kept, weights)

    def review(self, text: str, given: Mapping[str, str], unknown: Iterable[str],
               firm: Iterable[str] = (), leaning: Iterable[tuple[str, str]] = ()
               ) -> tuple[dict[str, str], frozenset[str]]:
        """The answers after its second opinion, and the questions it doubted and left unknown.

        A cue answer of a question `doubt` names, not `firm` (said in a phrase or an amount),
        among the classes it knows, to which it gives less than that probability is dropped (or
        replaced, see `Shape.replace`); an unknown question it may answer is filled when its
        answer reaches the threshold (its question's own, if `thresholds` names it). A question
        the cues withheld is filled only with an answer its words said (`leaning`: "everyone's
        skint??" asked is economic, if the model makes economic likely enough).
        """
        doubt, replace = dict(self.shape.doubt), dict(self.shape.replace)
        thresholds = dict(self.shape.thresholds)
        if len(_WORD.findall(text)) < self.shape.doubt_words:
            doubt = {}
        firm = set(firm) - set(self.shape.doubt_firm)
        checked = [q for q in given if q in doubt and q not in firm]
        leans: dict[str, set[str]] = {}
        for qid, answer in leaning:
            leans.setdefault(qid, set()).add(answer)
        asked = [q for q in [*unknown, *leans] if q in self.shape.answers and q not in given]
        chances = self.probabilities(text, {*checked, *asked})
        answers, doubted = dict(given), set()
        for qid in checked:
            chance = chances.get(qid, {})
            if given[qid] not in chance or chance[given[qid]] >= doubt[qid]:
                continue
            del answers[qid]
            top = max(chance, key=chance.__getitem__)
            if top != NOT_SAID and qid in replace and chance[top] >= replace[qid]:
                answers[qid] = top
            else:
                doubted.add(qid)
        for qid in asked:
            chance = chances.get(qid, {})
            top = max(chance, key=chance.__getitem__, default=NOT_SAID)
            if top != NOT_SAID and chance[top] >= thresholds.get(qid, self.shape.threshold) \
                    and top in leans.get(qid, (top,)):
                answers[qid] = top
        return answers, frozenset(doubted)

    def off_topic(self, text: str) -> bool:
        """Whether the text is, at `Shape.off_topic` at least, about no business at all.

        Not a text of fewer than OFF_TOPIC_WORDS words (see there).
        """
        if not self.shape.off_topic or len(_WORD.findall(text)) < OFF_TOPIC_WORDS:
            return False
        chance = self.probabilities(text, {OFF_TOPIC}).get(OFF_TOPIC, {})
        return chance.get(OFF, 0.0) >= self.shape.off_topic

    def probabilities(self, text: str, questions: Iterable[str]) -> dict[str, dict[str, float]]:
        """Each question's probability per class; none where no feature of the text is known."""
        asked = set(questions)
        wanted = [q for q in self.shape.questions if q[0] in asked]
        hashed = features(text, self.shape.bits) if wanted else []
        rows = [at for f in hashed
                if (at := bisect_left(self.kept, f)) < len(self.kept) and self.kept[at] == f]
        if not rows:
            return {}
        # Each feature's value is 1/sqrt(features in the text), as the model was trained.
        unit = self.shape.scale / math.sqrt(len(hashed))
        columns = self.shape.columns
        found: dict[str, dict[str, float]] = {}
        for qid, classes, bias in wanted:
            first = self.first[qid]
            scores = list(bias)
            for row in rows:
                base = row * columns + first
                for c in range(len(classes)):
                    scores[c] += self.weights[base + c] * unit
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            found[qid] = {cls: e / total for cls, e in zip(classes, exps, strict=True)}
        return found
