"""Would a learned model help the description reader? The experiment of docs/DESCRIPTIONS.md.

Per question, a logistic regression over character 2-5-grams and word 1-2-grams (TF-IDF) of
the text, with "not said" as a class of its own, is trained on every labelled set but the
sets under test and the sealed ones, then used on the sets under test three ways: alone
(an answer when its probability is at least t), filling what the reader left unknown, and
vetoing a reader answer the model gives another class (or "not said") at probability t.

Not part of the advisor: it needs scikit-learn, which the advisor does not depend on. Run it
in a separate environment, from the tree whose reader you want to compare:

    python -m venv /tmp/ml && /tmp/ml/bin/pip install scikit-learn pytest -e .
    /tmp/ml/bin/python -m bench.learned_reader blind21

The sealed sets (SEALED in tests/test_describe_accuracy.py) are never read, trained on nor
shown unless --sealed names others.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.content import load_knowledge
from bot.describe import Describer
from bot.knowledge import default_root
from tests.test_describe_accuracy import SEALED

SETS = Path(__file__).resolve().parent.parent / "tests" / "descriptions"
#: Sets written before questionnaire v2 never labelled its three new questions.
OLD, V2 = {"labelled", "held_out", "unseen"}, {"crisis_type", "means", "customers"}
NONE = "_none"


def rows(describer: Describer, sealed: set[str]) -> list[dict[str, Any]]:
    """Every labelled text of every set but the sealed ones, with what the reader reads."""
    folders = {"labelled": SETS, **{p.name: p for p in sorted(SETS.iterdir())
                                    if p.is_dir() and list(p.glob("en.yaml"))
                                    and p.name not in sealed}}
    found = []
    for name, folder in folders.items():
        for path in sorted(folder.glob("*.yaml")):
            for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
                text = str(case["text"])
                found.append({"set": name, "text": text,
                              "expect": {q: str(a) for q, a in (case["expect"] or {}).items()},
                              "read": describer.read(text, prefer=path.stem).answers,
                              "offtopic": path.stem == "offtopic"})
    return found


def asked(row: Mapping[str, Any], qids: Iterable[str]) -> list[str]:
    """The questions a row's set was labelled for."""
    return [q for q in qids if not (row["set"] in OLD and q in V2)]


def score(cases: list[dict[str, Any]], answers: list[dict[str, str]],
          qids: list[str]) -> str:
    """Precision and recall of all answers, and off-topic texts read, as the accuracy test."""
    tp = fp = fn = off = 0
    for row, got in zip(cases, answers, strict=True):
        for q in asked(row, qids):
            if q in got and got[q] == row["expect"].get(q):
                tp += 1
                continue
            fp += q in got
            fn += q in row["expect"]
        off += bool(row["offtopic"] and got)
    return f"P {tp / max(tp + fp, 1):.2f} R {tp / max(tp + fn, 1):.2f} off-topic read {off}"


def main() -> None:
    """Train on all but the sets under test and the sealed ones; print the figures."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser()
    parser.add_argument("test", help="sets under test, comma-separated (blind21)")
    parser.add_argument("--sealed", default=",".join(SEALED),
                        help="sets never trained on nor shown (default: the sealed ones)")
    args = parser.parse_args()
    tested, sealed = set(args.test.split(",")), set(filter(None, args.sealed.split(",")))
    knowledge = load_knowledge(default_root())
    qids = [q.id for q in knowledge.questions]
    everything = rows(Describer(knowledge), sealed)
    train = [r for r in everything if r["set"] not in tested | sealed]
    test = [r for r in everything if r["set"] in tested]
    kinds = [TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), strip_accents="unicode",
                             sublinear_tf=True, min_df=2),
             TfidfVectorizer(analyzer="word", ngram_range=(1, 2), strip_accents="unicode",
                             sublinear_tf=True, min_df=2)]
    x_train = hstack([v.fit_transform([r["text"] for r in train]) for v in kinds]).tocsr()
    x_test = hstack([v.transform([r["text"] for r in test]) for v in kinds]).tocsr()
    best: dict[str, list[tuple[str, float]]] = {}
    for q in qids:
        used = [i for i, r in enumerate(train) if q in asked(r, qids)]
        model = LogisticRegression(C=10, max_iter=3000)
        model.fit(x_train[used], [train[i]["expect"].get(q, NONE) for i in used])
        best[q] = [(str(model.classes_[p.argmax()]), float(p.max()))
                   for p in model.predict_proba(x_test)]
    for name in sorted(tested):
        index = [i for i, r in enumerate(test) if r["set"] == name]
        cases = [test[i] for i in index]
        reader = [dict(r["read"]) for r in cases]
        print(f"{name}: reader {score(cases, reader, qids)}")
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            model_only = [{q: best[q][i][0] for q in qids
                           if best[q][i][0] != NONE and best[q][i][1] >= t} for i in index]
            filled = [{**m, **r} for m, r in zip(model_only, reader, strict=True)]
            vetoed = [{q: a for q, a in r.items()
                       if not (best[q][i][0] != a and best[q][i][1] >= t)}
                      for i, r in zip(index, reader, strict=True)]
            print(f"  t={t}: model {score(cases, model_only, qids)} | reader filled "
                  f"{score(cases, filled, qids)} | reader vetoed {score(cases, vetoed, qids)}")


if __name__ == "__main__":
    main()
