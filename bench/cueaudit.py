"""Developer tool: which answer cues answer wrong more often than right, over the sets.

    python -m bench.cueaudit [--sets blind200,blind201] [-j 2] [--least 3]

Reads every text of the listed sets (tests/test_describe_accuracy.py's SETS when none are
named: never a sealed set), finds the answer cues each clause holds, and counts, for each
cue that gave the text's final answer, whether that answer was right, answered a question
the writer left unlabelled ("unsaid"), or was another label ("wrong"); a cue outweighed by
another answer counts as "over". It prints the cues whose unsaid and wrong answers number at
least `--least` more than their right ones and at least twice them: the cues to take out or
narrow first. Round 63 took out 136 cues found so (docs/DESCRIPTIONS.md). Counts
only; no text is printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor

from bench.readings import _jobs, _reader

Key = tuple[str, str, str, str]  # language, question, option, the cue's words


def _hits(job: tuple[str, str, str, Mapping[str, str]]) -> list[tuple[Key, str]]:
    """The answer cues of one text's final answers, each with how its answer came out."""
    from bot.cues import ANSWER
    from tests import test_describe_accuracy as acc

    name, lang, text, expect = job
    _, describer = _reader()
    skip = acc.UNLABELLED.get(name, frozenset())
    got = describer.read(text, prefer=lang).answers
    found: set[Key] = set()
    for each in [lang] if lang in describer.cues else list(describer.cues):
        _, _, hits = describer.cue_hits(text, each)
        found |= {(each, hit.cue.question, hit.cue.option, " ".join(hit.cue.words))
                  for hit in hits if hit.cue.kind == ANSWER and not hit.negated
                  and hit.cue.question not in skip}
    out = []
    for key in found:
        question, option = key[1], key[2]
        label = expect.get(question)
        if got.get(question) != option:
            out.append((key, "over"))
        else:
            out.append((key, "right" if str(label) == option else
                        "unsaid" if label is None else "wrong"))
    return out


def audit(names: list[str], workers: int) -> dict[Key, Counter[str]]:
    """Per cue, its right, unsaid, wrong and outweighed answers over the sets named."""
    jobs = _jobs(names)
    if workers <= 1:
        results = [_hits(job) for job in jobs]
    else:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_hits, jobs, chunksize=16))
    tallies: dict[Key, Counter[str]] = defaultdict(Counter)
    for found in results:
        for key, outcome in found:
            tallies[key][outcome] += 1
    return tallies


def worst(tallies: Mapping[Key, Counter[str]], least: int) -> list[tuple[Key, Counter[str]]]:
    """The cues whose unsaid and wrong answers outnumber their right ones by `least`, twice."""
    rows = []
    for key, c in tallies.items():
        bad = c["unsaid"] + c["wrong"]
        if bad - c["right"] >= least and 2 * c["right"] <= bad:
            rows.append((key, c))
    return sorted(rows, key=lambda row: row[1]["right"] - row[1]["unsaid"] - row[1]["wrong"])


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m bench.cueaudit")
    parser.add_argument("--sets")
    parser.add_argument("-j", type=int, default=2)
    parser.add_argument("--least", type=int, default=3)
    args = parser.parse_args(argv)
    from tests import test_describe_accuracy as acc

    names = args.sets.split(",") if args.sets else list(acc.SETS)
    rows = worst(audit(names, args.j), args.least)
    for (lang, question, option, words), c in rows:
        print(f"{lang} {question}.{option} {words!r}: " +
              ", ".join(f"{k} {c[k]}" for k in ("right", "unsaid", "wrong", "over")))
    print(f"{len(rows)} cues")
    return 0


if __name__ == "__main__":
    sys.exit(main())
