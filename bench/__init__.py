"""Benchmarks of the advisor: `python -m bench` (see docs/BENCHMARKS.md).

Not part of the test-suite (pytest only collects tests/).

Contract for benchmark modules
------------------------------
The harness (`bench/__main__.py`) runs `bench.core` and then, when they exist, the modules
named in `EXTRA_MODULES` (`bench.nudges`, `bench.broadcast`). Each module exposes::

    async def run(quick: bool = False) -> list[Row]

(`run()` without the `quick` parameter, or a plain function, is accepted too). A module must
stay within its own time budget (the whole run aims at under three minutes, `--quick` at
under thirty seconds), print nothing on stdout, and return its figures as `Row`s; the
harness prints them in one table and appends the table to docs/BENCHMARKS.md. A module may
also return plain dicts with the keys of `Row`.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Optional benchmark modules contributed by other features, collected when importable.
#: The nudge and broadcast benchmarks drain 10,000 messages at a real send limit (minutes
#: each) and are scripts with their own arguments: run them on their own
#: (`python bench/nudges.py`, `python bench/broadcast.py`); their figures are in their own
#: sections of docs/BENCHMARKS.md. Modules named here must follow the `run` contract above.
EXTRA_MODULES: tuple[str, ...] = ()


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
