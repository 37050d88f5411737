"""Benchmarks of the advisor: `python -m bench` (see docs/BENCHMARKS.md).

Not part of the test-suite (pytest only collects tests/).

Contract for benchmark modules
------------------------------
The harness (`bench/__main__.py`) runs `bench.core` and then, when they exist, the modules
named in `EXTRA_MODULES` (`bench.nudges`, `bench.broadcast`, `bench.owners`,
`bench.scale`). Each module exposes::

    async def run(quick: bool = False) -> list[Row]

(`run()` without the `quick` parameter, or a plain function, is accepted too). A module must
stay within its own time budget (the whole run takes about ten minutes, `--quick` under
two), print nothing on stdout, and return its figures as `Row`s; the
harness prints them in one table and appends the table to docs/BENCHMARKS.md. A module may
also return plain dicts with the keys of `Row`.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Benchmark modules of other features, collected after bench.core into the same table:
#: the nudge drain (`bench/nudges.py`), the broadcast (`bench/broadcast.py`), owners at the
#: busiest moment (`bench/owners.py`) and the store at scale (`bench/scale.py`). Each is also
#: a script with its own arguments for larger or different runs.
EXTRA_MODULES: tuple[str, ...] = ("bench.nudges", "bench.broadcast", "bench.owners",
                                   "bench.scale")


@dataclass(frozen=True)
class Row:
    """One figure of the table.

    Attributes:
        section: The group it belongs to ("Core", "Nudges", ...).
        name: What was measured, e.g. "advisor updates/s".
        value: The figure.
        unit: Its unit ("/s", "ms", "MB", "x", "s").
        goal: The goal as text (e.g. "≤ 25 ms"), or "" when there is none.
        met: Whether the goal is met; None when there is no goal.
        note: Anything a reader needs to interpret the figure.
    """

    section: str
    name: str
    value: float
    unit: str
    goal: str = ""
    met: bool | None = None
    note: str = ""
