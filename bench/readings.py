"""Developer tool: record what the reader makes of every labelled description, and compare.

    python -m bench.readings dump OUT.json [--sets blind190,blind191] [-j 2]
    python -m bench.readings tally DUMP.json --sets blind190,blind191
    python -m bench.readings diff BEFORE.json AFTER.json [--grep REGEX] [--show]
    python -m bench.readings now BEFORE.json --grep REGEX [--show]
    python -m bench.readings compare BEFORE.json AFTER.json --sets blind194

`dump` reads each set of tests/test_describe_accuracy.py with the tree it runs in (so a
worktree of an older commit, run with PYTHONPATH pointing at it, records that commit's
reading). `tally` prints counts only (right, wrong, missed; calmed plans; off-topic texts
read), never a text, so a sealed set can be measured without being seen. `diff` compares two
dumps answer by answer, per question; `now` re-reads only the texts matching a pattern with
the current tree and compares them with a dump: a quick measure of one change; `compare`
prints a set's tables before → after, as its MEASURED.md and docs/DESCRIPTIONS.md give them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

Item = dict[str, Any]  # {"set", "lang", "text", "expect", "got", "calm"}

_READER: Any = None


def _sets() -> dict[str, Path]:
    from tests import test_describe_accuracy as acc

    listed = {**acc.SETS, **acc.SEALED}
    # a set written this round and not yet listed (measured before the list is edited)
    listed |= {path.name: path for path in sorted(acc.FOLDER.glob("blind*"))
               if path.is_dir() and path.name not in listed}
    return listed


def _reader() -> Any:
    global _READER
    if _READER is None:
        from bot.content import load_knowledge
        from bot.describe import Describer
        from bot.knowledge import default_root

        knowledge = load_knowledge(default_root())
        _READER = (knowledge, Describer(knowledge))
    return _READER


def _read(job: tuple[str, str, str, Mapping[str, str]]) -> Item:
    """One text's reading, and whether its plan starts lower after a cash/trading misread."""
    from tests import test_describe_accuracy as acc

    name, lang, text, expect = job
    knowledge, describer = _reader()
    skip = acc.UNLABELLED.get(name, frozenset())
    qids = [q.id for q in knowledge.questions if q.id not in skip]
    got = {q: a for q, a in describer.read(text, prefer=lang).answers.items() if q in qids}
    expected = {q: str(a) for q, a in expect.items() if q in qids}
    probe = acc.Measurement({})
    acc._compare_plans(knowledge, probe, text, got, expected)
    return {"set": name, "lang": lang, "text": text, "expect": expected, "got": got,
            "calm": bool(probe.calm)}


def _jobs(names: Iterable[str], grep: re.Pattern[str] | None = None
          ) -> list[tuple[str, str, str, Mapping[str, str]]]:
    from tests import test_describe_accuracy as acc

    folders = _sets()
    jobs = []
    for name in names:
        for lang, cases in acc.load(folders[name]).items():
            for case in cases:
                text = str(case["text"])
                if grep is None or grep.search(text):
                    jobs.append((name, lang, text, dict(case["expect"] or {})))
    return jobs


def read_all(jobs: list[tuple[str, str, str, Mapping[str, str]]], workers: int) -> list[Item]:
    """Read the jobs, in `workers` processes."""
    if workers <= 1:
        return [_read(job) for job in jobs]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_read, jobs, chunksize=16))


def _score(item: Item, questions: Iterable[str]) -> Counter[str]:
    """Right, wrong and missed answers of one text over some questions.

    The accuracy test's counting: a wrong answer to a labelled question is wrong and missed.
    """
    got, exp = item["got"], item["expect"]
    c: Counter[str] = Counter()
    for q in questions:
        if q in got and got[q] == exp.get(q):
            c["right"] += 1
        else:
            c["wrong"] += q in got
            c["missed"] += q in exp
    return c


def counts(items: Iterable[Item]) -> dict[str, int]:
    """Right, wrong and missed answers, calmed plans and off-topic texts read."""
    c: Counter[str] = Counter()
    for item in items:
        got, exp = item["got"], item["expect"]
        c.update(_score(item, set(got) | set(exp)))
        c["calm"] += item["calm"]
        c["off"] += item["lang"] == "offtopic" and bool(got)
        c["texts"] += 1
        c["fully"] += got == exp
    return dict(c)


def _line(c: Mapping[str, int]) -> str:
    r, w, m = c.get("right", 0), c.get("wrong", 0), c.get("missed", 0)
    p = r / (r + w) if r + w else 0.0
    rec = r / (r + m) if r + m else 0.0
    return (f"{r}/{w}/{m} (P {p:.1%}, R {rec:.1%}) calm {c.get('calm', 0)} "
            f"off {c.get('off', 0)} fully {c.get('fully', 0)}/{c.get('texts', 0)}")


def tally(items: list[Item], names: Iterable[str]) -> None:
    """Counts per set, per file and per question (right/wrong/missed); no text printed."""
    for name in names:
        mine = [i for i in items if i["set"] == name]
        print(f"{name}: {_line(counts(mine))}")
        for lang in sorted({i["lang"] for i in mine}):
            print(f"  {lang}: {_line(counts(i for i in mine if i['lang'] == lang))}")
        by_q: dict[str, Counter[str]] = {}
        for item in mine:
            for q in set(item["got"]) | set(item["expect"]):
                by_q.setdefault(q, Counter()).update(_score(item, [q]))
        print("  " + ", ".join(f"{q} {c['right']}/{c['wrong']}/{c['missed']}"
                               for q, c in sorted(by_q.items())))


def diff(before: list[Item], after: list[Item], show: bool) -> None:
    """Per question: answers made right (+) and made not right (−), and wrong ones added."""
    old = {(i["set"], i["lang"], i["text"]): i for i in before}
    per_q: dict[str, Counter[str]] = {}
    changed = []
    for item in after:
        prev = old.get((item["set"], item["lang"], item["text"]))
        if prev is None:
            continue
        exp = item["expect"]
        for q in set(item["got"]) | set(prev["got"]):
            a, b = prev["got"].get(q), item["got"].get(q)
            if a == b:
                continue
            c = per_q.setdefault(q, Counter())
            c["+"] += b is not None and b == exp.get(q)
            c["-"] += a is not None and a == exp.get(q)
            c["wrong+"] += b is not None and b != exp.get(q)
            c["wrong-"] += a is not None and a != exp.get(q)
        if prev["got"] != item["got"] or prev["calm"] != item["calm"]:
            changed.append((prev, item))
    total = Counter[str]()
    for c in per_q.values():
        total.update(c)
    print(f"texts compared: {sum(1 for i in after if (i['set'], i['lang'], i['text']) in old)},"
          f" changed: {len(changed)}")
    print(f"all: right +{total['+']} −{total['-']}, wrong +{total['wrong+']} "
          f"−{total['wrong-']}")
    for q, c in sorted(per_q.items()):
        print(f"  {q}: right +{c['+']} −{c['-']}, wrong +{c['wrong+']} −{c['wrong-']}")
    calm = sum(i["calm"] for _, i in changed) - sum(p["calm"] for p, _ in changed)
    off = sum(bool(i["got"]) and i["lang"] == "offtopic" for _, i in changed) - sum(
        bool(p["got"]) and p["lang"] == "offtopic" for p, _ in changed)
    print(f"calmed plans {calm:+d}, off-topic texts read {off:+d}")
    if show:
        for prev, item in changed:
            print(f"\n[{item['set']} {item['lang']}] {item['text'][:300]}")
            print(f"  expect {item['expect']}")
            print(f"  before {prev['got']}{' CALM' if prev['calm'] else ''}")
            print(f"  after  {item['got']}{' CALM' if item['calm'] else ''}")


def compare(before: list[Item], after: list[Item], name: str) -> None:
    """Markdown tables of one set, before → after: per question, per file, then the totals."""
    from bot.content import load_knowledge
    from bot.knowledge import default_root

    qids = [q.id for q in load_knowledge(default_root()).questions]
    sides = [[i for i in items if i["set"] == name] for items in (before, after)]

    def tallies(items: list[Item], questions: list[str]) -> tuple[int, int, int]:
        c: Counter[str] = Counter()
        for item in items:
            c.update(_score(item, questions))
        return c["right"], c["wrong"], c["missed"]

    def pct(a: int, b: int) -> str:
        return f"{a / b:.0%}" if b else "–"

    lines = ["| question | expected | precision before → after | recall before → after |",
             "|---|---:|---:|---:|"]
    for label, questions in [*[(q, [q]) for q in qids], ("**all answers**", qids)]:
        ts = [tallies(side, questions) for side in sides]
        tp, _, fn = ts[1]
        precision = " → ".join(pct(t, t + f) for t, f, _ in ts)
        recall = " → ".join(pct(t, t + n) for t, _, n in ts)
        lines.append(f"| {label} | {tp + fn} | {precision} | {recall} |")
    lines += ["", "| file | texts | precision before → after | recall before → after | "
              "read fully right |", "|---|---:|---:|---:|---:|"]
    for lang in sorted({i["lang"] for i in sides[1]}):
        per = [[i for i in side if i["lang"] == lang] for side in sides]
        ts = [tallies(side, qids) for side in per]
        fully = " → ".join(str(sum(i["got"] == i["expect"] for i in side)) for side in per)
        lines.append(f"| {lang} | {len(per[1])} | "
                     + " → ".join(pct(t, t + f) for t, f, _ in ts) + " | "
                     + " → ".join(pct(t, t + n) for t, _, n in ts) + f" | {fully} |")
    totals = [tallies(side, qids) for side in sides]
    fully = [sum(i["got"] == i["expect"] for i in side) for side in sides]
    off = [sum(i["lang"] == "offtopic" and bool(i["got"]) for i in side) for side in sides]
    calm = [sum(i["calm"] for i in side) for side in sides]
    lines += ["", "Correct / wrong / missed: " + " → ".join("/".join(map(str, t)) for t in totals)
              + f". Texts read fully right: {fully[0]} → {fully[1]} of {len(sides[1])}. "
              f"Off-topic texts read: {off[0]} → {off[1]}. Plans started lower after a cash or "
              f"trading misread: {calm[0]} → {calm[1]}."]
    print("\n".join(lines))


def _load(path: str) -> list[Item]:
    data: list[Item] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m bench.readings")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("dump")
    p.add_argument("out")
    p.add_argument("--sets")
    p.add_argument("-j", type=int, default=2)
    p = sub.add_parser("tally")
    p.add_argument("dump")
    p.add_argument("--sets", required=True)
    p = sub.add_parser("diff")
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--grep")
    p.add_argument("--show", action="store_true")
    p = sub.add_parser("compare")
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--sets", required=True)
    p = sub.add_parser("now")
    p.add_argument("before")
    p.add_argument("--grep", required=True)
    p.add_argument("--sets")
    p.add_argument("--show", action="store_true")
    p.add_argument("-j", type=int, default=2)
    args = parser.parse_args(argv)
    # A sealed set, or one not yet listed (a new set may be sealed), is read only when
    # named: it is measured, never looked at.
    from tests import test_describe_accuracy as acc

    names = args.sets.split(",") if getattr(args, "sets", None) else list(acc.SETS)
    if args.cmd == "dump":
        items = read_all(_jobs(names), args.j)
        Path(args.out).write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        print(f"{len(items)} texts read into {args.out}")
    elif args.cmd == "tally":
        tally(_load(args.dump), names)
    elif args.cmd == "compare":
        for name in names:
            print(f"### {name}\n")
            compare(_load(args.before), _load(args.after), name)
            print()
    elif args.cmd == "diff":
        pattern = re.compile(args.grep, re.I) if args.grep else None
        after = [i for i in _load(args.after) if pattern is None or pattern.search(i["text"])]
        diff(_load(args.before), after, args.show)
    else:
        pattern = re.compile(args.grep, re.I)
        before = _load(args.before)
        wanted = {i["set"] for i in before}
        jobs = _jobs([n for n in names if n in wanted], pattern)
        diff(before, read_all(jobs, args.j), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
