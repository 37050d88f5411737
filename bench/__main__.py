"""`python -m bench [--quick] [--no-write]`: run every benchmark, print a table, log it."""

from __future__ import annotations

import argparse
import asyncio
import datetime
import importlib
import inspect
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from bench import EXTRA_MODULES, Row

DOC = Path(__file__).resolve().parent.parent / "docs" / "BENCHMARKS.md"
RUNS_HEADING = "## Runs"


def machine() -> str:
    """nproc, CPU model and Python version."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}"


def as_row(item: Any, section: str) -> Row:
    """A Row from a Row or a dict with Row's keys."""
    if isinstance(item, Row):
        return item
    return Row(**{"section": section, **dict(item)})


async def collect(module_name: str, quick: bool) -> list[Row] | None:
    """Run one benchmark module by the contract of bench/__init__.py; None if absent."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise
    runner = module.run
    kwargs = {"quick": quick} if "quick" in inspect.signature(runner).parameters else {}
    result = runner(**kwargs)
    if inspect.isawaitable(result):
        result = await result
    section = module_name.rsplit(".", 1)[-1].capitalize()
    return [as_row(item, section) for item in result]


def fmt(value: float) -> str:
    """A figure with sensible precision."""
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| section | measure | value | goal | met | note |", "|---|---|---|---|---|---|"]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.section} | {row.name} | {fmt(row.value)} {row.unit} | "
                     f"{row.goal} | {met} | {row.note} |")
    return "\n".join(lines)


def append_to_doc(text: str) -> None:
    """Append a run under the Runs heading of docs/BENCHMARKS.md (created if missing)."""
    DOC.parent.mkdir(exist_ok=True)
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if RUNS_HEADING not in current:
        current = current.rstrip("\n") + f"\n\n{RUNS_HEADING}\n\nAppended by `python -m bench`.\n"
    DOC.write_text(current.rstrip("\n") + "\n\n" + text + "\n", encoding="utf-8")


async def main_async(quick: bool) -> list[Row]:
    """Core first, then whichever extra modules exist."""
    rows: list[Row] = []
    for name in ("bench.core", *EXTRA_MODULES):
        began = time.perf_counter()
        found = await collect(name, quick)
        # On stderr, so the table on stdout stays clean: where a run's minutes go.
        print(f"{name}: {time.perf_counter() - began:.0f} s", file=sys.stderr)
        if found is None:
            print(f"({name} not present, skipped)", file=sys.stderr)
            continue
        rows += found
    return rows


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller runs (about 30 s)")
    parser.add_argument("--no-write", action="store_true",
                        help="print only; do not append to docs/BENCHMARKS.md")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = asyncio.run(main_async(args.quick))
    elapsed = time.perf_counter() - started
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = (f"### {when}{' (--quick)' if args.quick else ''}\n\n"
             f"Machine: {machine()}. Run took {elapsed:.0f} s.")
    report = f"{title}\n\n{table(rows)}"
    print(report)
    if not args.no_write:
        append_to_doc(report)
        print(f"\nappended to {DOC}", file=sys.stderr)
    missed = [row for row in rows if row.met is False]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
