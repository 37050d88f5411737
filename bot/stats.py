"""Insight for staff: aggregates of the members' plans, with small groups suppressed.

What /stats reports (`insight()` builds it from `Business` rows, one per business with a plan,
by its latest plan): an overview with the funnel (started → got a plan → marked an action
done) and the feedback on plans (👍/👎 counts; the comments, newest first, with their month);
breakdowns by sector, size and women-/youth-led, and by month; completion per action; the
distribution of each area's score; the most common combinations of areas at risk. An area is
at risk when its score is under 40.

The suppression rule, for every figure of the report, in the chat, the CSV and the workbook:

1. A count of fewer than 5 businesses (0 included) is shown as "<5" (primary suppression).
   A share is shown only when both of its counts are shown; a median only when it comes
   from 5 businesses or more.
2. No shown counts may be combined to give a count from 1 to 4 (secondary suppression; a
   zero worked out points at no business). Every count the report shows or implies is an
   unknown in sums that a reader knows hold: a row's businesses = those at risk in an area +
   those not; a breakdown's categories add up to all businesses (the same total for sector,
   size and led-by, so the three tables are one system); an area's score bins add up to the
   businesses scored, and its two lowest bins to those at risk; the combinations of areas at
   risk add up to all businesses, and those containing an area to those at risk in it;
   started = got a plan + did not finish; and so on. Implied counts (those not at risk,
   those who did not finish) are unknowns too, never shown. Whenever these sums and the shown
   counts pin down a count from 1 to 4 (exact linear algebra over the whole system, so also
   through several tables at once), the smallest shown count sharing a sum with it is hidden
   as well, shown as "x", and the check runs again until none is pinned down. So a row or
   column with a shown total never has exactly one suppressed cell from 1 to 4: a second one
   is suppressed with it.

Bounds that only non-negativity gives are not protected further: hidden counts adding up to
2 say no more than "<5" does, and hidden counts adding up to 0 are each 0.
"""

from __future__ import annotations

import collections
import csv
import html
import io
import re
import statistics
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from bot.knowledge import AREAS_SCORED, Knowledge

#: Figures built from fewer businesses than this are shown as "<5".
MIN_GROUP = 5
#: An area score under this counts as "at risk".
AT_RISK_BELOW = 40
WEEK = 7 * 24 * 3600
#: The score bins of the distribution: the first two are "at risk".
BINS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))
#: The profile questions the breakdowns are by.
BREAKDOWNS = ("sector", "size", "led_by")
ALL = "all"
NOT_ANSWERED = "not_answered"
#: How a suppressed count is shown: under 5, or hidden so that one under 5 stays hidden.
SMALL = f"<{MIN_GROUP}"
HIDDEN = "x"
#: The most common combinations of areas at risk listed (those of 5 businesses or more).
TOP_COMBINATIONS = 5

Key = tuple[str, ...]
#: A figure as the report holds it: a count, a share (0-1), a median score, or a marker.
Value = int | float | str | None


def small(count: int) -> str:
    """A count, or "<5" when it could point at individual businesses."""
    return SMALL if count < MIN_GROUP else f"{count:,}"


@dataclass(frozen=True)
class Business:
    """One business as /stats sees it: its latest plan and what it has done."""

    made: float
    answers: Mapping[str, str]
    scores: Mapping[str, int | None]
    actions: tuple[str, ...]
    done: frozenset[str] = frozenset()  # actions of the latest plan marked done
    acted: bool = False  # marked an action done, on any of its plans


@dataclass(frozen=True)
class Feedback:
    """Owners' answers to "was this plan useful?", each business's latest answer."""

    useful: int = 0
    not_useful: int = 0
    comments: tuple[tuple[float, str], ...] = ()  # (when, one line), newest first


@dataclass
class Table:
    """One table of the report: rows by columns of already-suppressed values."""

    id: str
    rows: list[str]
    columns: list[str]
    values: dict[tuple[str, str], Value] = field(default_factory=dict)

    def get(self, row: str, column: str) -> Value:
        """The value of a cell; None where the table has none."""
        return self.values.get((row, column))


@dataclass
class Report:
    """Everything /stats shows, suppressed; the same figures in the chat and the files."""

    tables: list[Table]
    opted_in: int
    feedback: Feedback
    #: The counts, shown and implied, and their sums; and those suppressed (for audits).
    ledger: Ledger = field(default_factory=lambda: Ledger())
    hidden: set[Key] = field(default_factory=set)

    def table(self, table_id: str) -> Table:
        """A table by its id."""
        return next(t for t in self.tables if t.id == table_id)

    def csv(self) -> bytes:
        """Every figure as CSV, one a line: table, row, column, value."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["table", "row", "column", "value"])
        for table in self.tables:
            for row in table.rows:
                for column in table.columns:
                    value = table.get(row, column)
                    if value is not None:
                        writer.writerow([table.id, row, column, plain(value)])
        return out.getvalue().encode("utf-8")


def plain(value: Value) -> str:
    """A value as a file shows it: counts and medians as digits, shares as percentages."""
    if isinstance(value, float):
        return f"{round(100 * value)}%"
    return "" if value is None else str(value)


# --- the counts and the sums that tie them ------------------------------------------------------


class Ledger:
    """Every count the report shows or implies, and the sums a reader knows hold between them."""

    def __init__(self) -> None:
        self.counts: dict[Key, int] = {}
        self.shown: set[Key] = set()
        self.sums: dict[tuple[Key, tuple[Key, ...]], None] = {}  # ordered, without repeats

    def count(self, key: Key, value: int, shown: bool = True) -> None:
        """A count; `shown` when the report prints it, else it is only implied."""
        self.counts[key] = value
        if shown:
            self.shown.add(key)

    def sum(self, total: Key, parts: Iterable[Key]) -> None:
        """Total = the sum of parts (each already counted)."""
        self.sums[(total, tuple(parts))] = None

    def rest(self, total: Key, part: Key) -> None:
        """Total = part + the rest: the rest is implied, never shown."""
        rest = (*part[:-1], f"{part[-1]}:rest")
        self.count(rest, self.counts[total] - self.counts[part], shown=False)
        self.sum(total, (part, rest))


#: A large prime: ranks over the integers mod P equal those over the rationals for these
#: small 0/±1 systems (a wrong answer needs P to divide a minor, which are far smaller).
_P = (1 << 61) - 1


def determined(ledger: Ledger, hidden: set[Key]) -> set[Key]:
    """The hidden counts that the sums and the shown counts pin down exactly.

    Gauss-Jordan elimination, over the integers mod a large prime, of the sums restricted to
    the hidden counts (the shown ones are constants); a hidden count is determined when its
    reduced row has no free unknown left.
    """
    pivots: dict[Key, dict[Key, int]] = {}
    for total, parts in ledger.sums:
        row: dict[Key, int] = {}
        for key, sign in ((total, 1), *((p, _P - 1) for p in parts)):
            if key in hidden:
                row[key] = (row.get(key, 0) + sign) % _P
        row = {k: v for k, v in row.items() if v}
        for key in [k for k in row if k in pivots]:
            factor = row.get(key, 0)
            if factor:
                for k, v in pivots[key].items():
                    row[k] = (row.get(k, 0) - factor * v) % _P
                row = {k: v for k, v in row.items() if v}
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], _P - 2, _P)
        row = {k: v * inverse % _P for k, v in row.items()}
        for other in pivots.values():
            factor = other.get(pivot, 0)
            if factor:
                for k, v in row.items():
                    other[k] = (other.get(k, 0) - factor * v) % _P
                for k in [k for k, v in other.items() if not v]:
                    del other[k]
        pivots[pivot] = row
    return {key for key, row in pivots.items() if len(row) == 1}


def suppress(ledger: Ledger) -> set[Key]:
    """The counts not to show: under 5, and enough others that none under 5 can be worked out."""
    counts = ledger.counts
    sensitive = {key for key, value in counts.items() if 0 < value < MIN_GROUP}
    hidden = {key for key, value in counts.items() if value < MIN_GROUP} | (
        set(counts) - ledger.shown)
    by_key: dict[Key, list[tuple[Key, ...]]] = collections.defaultdict(list)
    for total, parts in ledger.sums:
        for key in (total, *parts):
            by_key[key].append((total, *parts))
    while True:
        exposed = sorted(determined(ledger, hidden) & sensitive)
        if not exposed:
            return hidden
        target = exposed[0]
        # Prefer a count in few sums (hiding a total would blank many others), then the
        # smallest; and one whose hiding does unpin the target.
        near = sorted(_shown_near(target, by_key, hidden),
                      key=lambda m: (len(by_key[m]), counts[m], m))
        if not near:  # only sums of hidden counts: nothing more to hide (never seen)
            return hidden
        hidden.add(next((m for m in near[:12] if target not in determined(ledger, hidden | {m})),
                        near[0]))


def _shown_near(key: Key, by_key: Mapping[Key, list[tuple[Key, ...]]],
                hidden: set[Key]) -> list[Key]:
    """The shown counts in a sum with `key`, or with a hidden count sharing one with it.

    Failing those, further along sums of hidden counts.
    """
    seen, frontier = {key}, [key]
    found: set[Key] = set()
    depth = 0
    while frontier and (depth < 2 or not found):
        members = {m for k in frontier for line in by_key.get(k, []) for m in line}
        found |= {m for m in members if m not in hidden}
        frontier = [m for m in members if m in hidden and m not in seen]
        seen.update(frontier)
        depth += 1
    return list(found)


# --- the report ---------------------------------------------------------------------------------


def at_risk(score: int | None) -> bool:
    """Whether an area score counts as at risk."""
    return score is not None and score < AT_RISK_BELOW


def combination_of(scores: Mapping[str, int | None]) -> str:
    """The areas at risk together, joined by "+" ("cash+staff"), or "none"."""
    return "+".join(a for a in AREAS_SCORED if at_risk(scores.get(a))) or "none"


def combination(business: Business) -> str:
    """A business's areas at risk together (combination_of its scores)."""
    return combination_of(business.scores)


#: A histogram of scores: score -> businesses.
Histogram = Mapping[int, int]


def _median(values: Sequence[int]) -> int | None:
    return _median_of(collections.Counter(values))


def _median_of(histogram: Histogram) -> int | None:
    """statistics.median of the scores a histogram counts, rounded; None under 5 of them."""
    total = sum(n for n in histogram.values() if n > 0)
    if total < MIN_GROUP:
        return None
    wanted = (total - 1) // 2, total // 2  # the middle one, or the middle two
    found: list[int] = []
    seen = 0
    for score in sorted(s for s, n in histogram.items() if n > 0):
        seen += histogram[score]
        while len(found) < 2 and seen > wanted[len(found)]:
            found.append(score)
    low, high = found
    return round(statistics.median([low, high])) if low != high else round(low)


COUNT_COLUMNS = ("businesses", "acted", *(f"at_risk_{a}" for a in AREAS_SCORED))
GROUP_COLUMNS = (*COUNT_COLUMNS, "acted_share", *(f"at_risk_{a}_share" for a in AREAS_SCORED),
                 *(f"median_{a}" for a in AREAS_SCORED))
OVERVIEW_ROWS = ("started", "assessed_all_time", "acted", "assessed_this_week", "opted_in",
                 "useful", "not_useful", "rated", "comments")


@dataclass(frozen=True)
class Tallies:
    """What the report counts, with no business in it: how the store keeps it (migration 22).

    A profile is the answers to BREAKDOWNS, in that order (NOT_ANSWERED where missing); a
    combination is combination_of's ("cash+staff", "none").
    """

    #: (profile..., combination, acted) -> businesses, by their latest plan.
    cells: Mapping[tuple[str, str, str, str, bool], int]
    #: (profile..., area, score) -> businesses scored so in their latest plan.
    scores: Mapping[tuple[str, str, str, str, int], int]
    #: Latest plans made this week.
    this_week: int = 0
    #: (YYYY-MM, combination) -> businesses, by their latest plan in the month.
    months: Mapping[tuple[str, str], int] = field(default_factory=dict)
    #: (YYYY-MM, area, score) -> businesses, by their latest plan in the month.
    month_scores: Mapping[tuple[str, str, int], int] = field(default_factory=dict)
    #: action -> (latest plans it is in, of those marked done there).
    actions: Mapping[str, tuple[int, int]] = field(default_factory=dict)


def tally(businesses: Iterable[Business],
          months: Iterable[tuple[str, Mapping[str, int | None]]] = (),
          now: float | None = None) -> Tallies:
    """The tallies of businesses' latest plans (the store keeps the same with triggers)."""
    now = time.time() if now is None else now
    cells: collections.Counter[tuple[str, str, str, str, bool]] = collections.Counter()
    scores: collections.Counter[tuple[str, str, str, str, int]] = collections.Counter()
    in_plans: collections.Counter[str] = collections.Counter()
    done: collections.Counter[str] = collections.Counter()
    this_week = 0
    for b in businesses:
        sector, size, led_by = (b.answers.get(q, NOT_ANSWERED) for q in BREAKDOWNS)
        cells[(sector, size, led_by, combination(b), b.acted)] += 1
        for area, score in b.scores.items():
            if score is not None:
                scores[(sector, size, led_by, area, score)] += 1
        in_plans.update(set(b.actions))
        done.update(a for a in b.done if a in b.actions)
        this_week += b.made >= now - WEEK
    by_month: collections.Counter[tuple[str, str]] = collections.Counter()
    month_scores: collections.Counter[tuple[str, str, int]] = collections.Counter()
    for month, plan_scores in months:
        by_month[(month, combination_of(plan_scores))] += 1
        for area, score in plan_scores.items():
            if score is not None:
                month_scores[(month, area, score)] += 1
    return Tallies(cells, scores, this_week, by_month, month_scores,
                   {a: (n, done[a]) for a, n in in_plans.items()})


def _group_counts(ledger: Ledger, row: Key, cells: Mapping[tuple[str, bool], int]) -> None:
    """The counts of one row of a breakdown: businesses, acted, at risk per area.

    `cells`: (combination, acted) -> businesses of the row.
    """
    ledger.count((*row, "businesses"), sum(cells.values()))
    ledger.count((*row, "acted"), sum(n for (_, acted), n in cells.items() if acted))
    for area in AREAS_SCORED:
        ledger.count((*row, f"at_risk_{area}"),
                     sum(n for (risk, _), n in cells.items() if area in risk.split("+")))
    for column in COUNT_COLUMNS[1:]:
        ledger.rest((*row, "businesses"), (*row, column))


def insight(
    businesses: Iterable[Business],
    months: Iterable[tuple[str, Mapping[str, int | None]]] = (),
    started: int = 0,
    opted_in: int = 0,
    feedback: Feedback | None = None,
    knowledge: Knowledge | None = None,
    now: float | None = None,
) -> Report:
    """The report, suppressed, from each business's latest plan.

    `months` are (YYYY-MM, scores) of each business's latest plan in each month; `started`
    counts everyone who began an assessment or a description; `knowledge` gives the
    categories of the breakdowns in the questionnaire's order (else as found).
    """
    return report(tally(businesses, months, now), started, opted_in, feedback, knowledge)


def report(
    tallies: Tallies,
    started: int = 0,
    opted_in: int = 0,
    feedback: Feedback | None = None,
    knowledge: Knowledge | None = None,
) -> Report:
    """The report, suppressed, from the tallies of each business's latest plan."""
    feedback = feedback or Feedback()
    everyone: Key = (ALL,)
    # Each row's (combination, acted) -> businesses and area -> score histogram.
    groups: dict[Key, collections.Counter[tuple[str, bool]]] = collections.defaultdict(
        collections.Counter)
    histograms: dict[Key, dict[str, collections.Counter[int]]] = collections.defaultdict(
        lambda: collections.defaultdict(collections.Counter))
    for (*profile, risk, acted), n in tallies.cells.items():
        if n > 0:
            for group in (everyone, *zip(BREAKDOWNS, profile, strict=True)):
                groups[group][(risk, acted)] += n
    for (*profile, area, score), n in tallies.scores.items():
        if n > 0:
            for group in (everyone, *zip(BREAKDOWNS, profile, strict=True)):
                histograms[group][str(area)][int(score)] += n
    ledger = Ledger()
    _group_counts(ledger, everyone, groups[everyone])
    total = (*everyone, "businesses")
    assessed = ledger.counts[total]

    # The overview: the funnel, this week, the feedback.
    ledger.count(("overview", "started"), max(started, assessed))
    ledger.rest(("overview", "started"), total)
    ledger.count(("overview", "assessed_this_week"), tallies.this_week)
    ledger.rest(total, ("overview", "assessed_this_week"))
    ledger.count(("overview", "opted_in"), opted_in)
    ledger.count(("overview", "useful"), feedback.useful)
    ledger.count(("overview", "not_useful"), feedback.not_useful)
    ledger.count(("overview", "rated"), feedback.useful + feedback.not_useful)
    ledger.sum(("overview", "rated"), [("overview", "useful"), ("overview", "not_useful")])
    ledger.count(("overview", "comments"), len(feedback.comments))

    # Breakdowns by the profile questions: categories add up to all businesses.
    categories: dict[str, list[str]] = {}
    for question_id in BREAKDOWNS:
        question = knowledge.question(question_id) if knowledge else None
        found = sorted({key[1] for key, cells in groups.items()
                        if key[0] == question_id and key[1] != NOT_ANSWERED
                        and sum(cells.values()) > 0})
        options = [o.id for o in question.options] if question else found
        categories[question_id] = [*options, *(o for o in found if o not in options),
                                   NOT_ANSWERED]
        for option in categories[question_id]:
            _group_counts(ledger, (question_id, option), groups.get((question_id, option), {}))
        for column in COUNT_COLUMNS:
            ledger.sum((*everyone, column),
                       [(question_id, option, column) for option in categories[question_id]])

    # By month: each business's latest plan in the month.
    by_month: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for (month, risk), n in tallies.months.items():
        if n > 0:
            by_month[month][risk] += n
    month_histograms: dict[str, dict[str, collections.Counter[int]]] = (
        collections.defaultdict(lambda: collections.defaultdict(collections.Counter)))
    for (month, area, score), n in tallies.month_scores.items():
        if n > 0:
            month_histograms[month][area][score] += n
    for month, risks in by_month.items():
        ledger.count(("month", month, "businesses"), sum(risks.values()))
        for area in AREAS_SCORED:
            ledger.count(("month", month, f"at_risk_{area}"),
                         sum(n for risk, n in risks.items() if area in risk.split("+")))
            ledger.rest(("month", month, "businesses"), ("month", month, f"at_risk_{area}"))

    # Completion per action: in the latest plans, and marked done there.
    in_plans = {a: n for a, (n, _) in tallies.actions.items() if n > 0}
    actions = sorted(in_plans, key=lambda a: (-in_plans[a], a))
    for action in actions:
        ledger.count(("action", action, "in_plans"), in_plans[action])
        ledger.count(("action", action, "done"), tallies.actions[action][1])
        ledger.rest(("action", action, "in_plans"), ("action", action, "done"))

    # The distribution of each area's score; its two lowest bins are "at risk".
    for area in AREAS_SCORED:
        scored = histograms[everyone][area]
        bins = [("area", area, f"{low}-{high}") for low, high in BINS]
        for (low, high), key in zip(BINS, bins, strict=True):
            ledger.count(key, sum(n for s, n in scored.items() if low <= s <= high))
        ledger.count(("area", area, "scored"), sum(scored.values()))
        ledger.sum(("area", area, "scored"), bins)
        ledger.rest(total, ("area", area, "scored"))
        ledger.sum((*everyone, f"at_risk_{area}"),
                   [b for b, (low, _) in zip(bins, BINS, strict=True) if low < AT_RISK_BELOW])

    # Combinations of areas at risk: every one is a count (most only implied).
    together: collections.Counter[str] = collections.Counter()
    for (risk, _), n in groups[everyone].items():
        together[risk] += n
    names = ["+".join(c) for n in range(len(AREAS_SCORED) + 1)
             for c in combinations(AREAS_SCORED, n)]
    names = [n or "none" for n in names]
    top = [n for n in sorted(names, key=lambda n: (-together[n], n))
           if n != "none" and together[n] >= MIN_GROUP][:TOP_COMBINATIONS]
    for name in names:
        ledger.count(("combination", name, "businesses"), together[name], shown=name in top)
    ledger.sum(total, [("combination", n, "businesses") for n in names])
    for area in AREAS_SCORED:
        ledger.sum((*everyone, f"at_risk_{area}"),
                   [("combination", n, "businesses") for n in names if area in n.split("+")])

    hidden = suppress(ledger)

    def count(key: Key) -> Value:
        if key in hidden:
            return SMALL if ledger.counts[key] < MIN_GROUP else HIDDEN
        return ledger.counts[key]

    def share(part: Key, whole: Key) -> Value:
        if part in hidden or whole in hidden or not ledger.counts[whole]:
            return None
        return ledger.counts[part] / ledger.counts[whole]

    def group_row(table: Table, row: str, key: Key,
                  scored: Mapping[str, Histogram]) -> None:
        for column in COUNT_COLUMNS:
            if (*key, column) in ledger.counts:
                table.values[(row, column)] = count((*key, column))
                if column != "businesses":
                    table.values[(row, f"{column}_share")] = share((*key, column),
                                                                   (*key, "businesses"))
        for area in AREAS_SCORED:
            table.values[(row, f"median_{area}")] = _median_of(scored.get(area, {}))

    overview = Table("overview", list(OVERVIEW_ROWS), ["value"])
    for row in OVERVIEW_ROWS:
        figure: Key = total if row == "assessed_all_time" else (
            (*everyone, "acted") if row == "acted" else ("overview", row))
        overview.values[(row, "value")] = count(figure)
    tables = [overview]
    for question_id in BREAKDOWNS:
        table = Table(question_id, [*categories[question_id], ALL], list(GROUP_COLUMNS))
        for option in categories[question_id]:
            group_row(table, option, (question_id, option),
                      histograms.get((question_id, option), {}))
        group_row(table, ALL, everyone, histograms[everyone])
        tables.append(table)
    month_columns = ["businesses", *(f"at_risk_{a}" for a in AREAS_SCORED),
                     *(f"at_risk_{a}_share" for a in AREAS_SCORED),
                     *(f"median_{a}" for a in AREAS_SCORED)]
    month_table = Table("month", sorted(by_month), month_columns)
    for month in month_table.rows:
        group_row(month_table, month, ("month", month), month_histograms.get(month, {}))
    tables.append(month_table)
    action_table = Table("actions", actions, ["in_plans", "done", "done_share"])
    for action in actions:
        counted: Key = ("action", action)
        action_table.values[(action, "in_plans")] = count((*counted, "in_plans"))
        action_table.values[(action, "done")] = count((*counted, "done"))
        action_table.values[(action, "done_share")] = share((*counted, "done"),
                                                            (*counted, "in_plans"))
    tables.append(action_table)
    bin_columns = [f"{low}-{high}" for low, high in BINS]
    scores_table = Table("scores", list(AREAS_SCORED), ["scored", *bin_columns, "median_all"])
    for area in AREAS_SCORED:
        for column in ("scored", *bin_columns):
            scores_table.values[(area, column)] = count(("area", area, column))
        scores_table.values[(area, "median_all")] = _median_of(histograms[everyone][area])
    tables.append(scores_table)
    combination_table = Table("combinations", top, ["businesses", "share"])
    for name in top:
        together_key: Key = ("combination", name, "businesses")
        combination_table.values[(name, "businesses")] = count(together_key)
        combination_table.values[(name, "share")] = share(together_key, total)
    tables.append(combination_table)
    # The comments on plans, newest first: words, not counts (their month only).
    comments = Table("comments", [str(n) for n in range(1, len(feedback.comments) + 1)],
                     ["month", "comment"])
    for row, (when, text) in zip(comments.rows, feedback.comments, strict=True):
        comments.values[(row, "month")] = time.strftime("%Y-%m", time.gmtime(when))
        comments.values[(row, "comment")] = text
    tables.append(comments)
    return Report(tables, opted_in, feedback, ledger, hidden)


# --- businesses like yours ----------------------------------------------------------------------

#: Who counts as "businesses like yours", closest first: the profile answers they share.
PEER_GROUPS = (("sector", "size"), ("sector",), ("size",))
#: A score this close to the median is "about" it.
ABOUT_MEDIAN = 5


@dataclass(frozen=True)
class Peers:
    """Businesses like an owner's: the answers they share, how many, each area's median."""

    shared: tuple[str, ...]
    count: int
    medians: dict[str, int]


def peer_medians(shared: tuple[str, ...],
                 scores: Sequence[Mapping[str, int | None]]) -> Peers | None:
    """The medians of a group of other businesses; None under 5 of them.

    An area's median needs 5 scored businesses too; a group without one is no comparison.
    """
    histograms: dict[str, collections.Counter[int]] = collections.defaultdict(
        collections.Counter)
    for row in scores:
        for area, score in row.items():
            if score is not None:
                histograms[area][score] += 1
    return peers_of(shared, len(scores), histograms)


def peers_of(shared: tuple[str, ...], count: int,
             histograms: Mapping[str, Histogram]) -> Peers | None:
    """peer_medians from how many businesses and each area's histogram of their scores."""
    if count < MIN_GROUP:
        return None
    medians = {}
    for area in AREAS_SCORED:
        median = _median_of(histograms.get(area, {}))
        if median is not None:
            medians[area] = median
    return Peers(shared, count, medians) if medians else None


def standing(score: int, median: int) -> str:
    """"below", "about" or "above" the median."""
    if score < median - ABOUT_MEDIAN:
        return "below"
    return "above" if score > median + ABOUT_MEDIAN else "about"


# --- labels, and the workbook ----------------------------------------------------------------


def row_label(knowledge: Knowledge, lang: str, table: str, row: str) -> str:
    """What a row is called, in a language."""
    say = knowledge.message
    if row == ALL:
        return say(lang, "stats_row_all")
    if row == NOT_ANSWERED:
        return say(lang, "stats_row_not_answered")
    if table == "overview":
        return say(lang, f"stats_{row}")
    if table in BREAKDOWNS:
        try:
            return knowledge.answer_label(lang, table, row)
        except KeyError:
            return row
    if table == "month":
        from bot.locales import month_text

        return month_text(lang, row)
    if table == "actions":
        try:
            return str(knowledge.text(lang, "actions", row, "title"))
        except KeyError:  # removed from the content since
            return row
    if table == "scores":
        return str(knowledge.text(lang, "areas", row))
    if table == "comments":
        return f"{row}."
    if table == "combinations":
        return " + ".join(str(knowledge.text(lang, "areas", a)) for a in row.split("+"))
    return row


def column_label(knowledge: Knowledge, lang: str, column: str) -> str:
    """What a column is called, in a language."""
    say = knowledge.message
    for area in AREAS_SCORED:
        name = str(knowledge.text(lang, "areas", area))
        if column == f"at_risk_{area}":
            return say(lang, "stats_col_at_risk", area=name)
        if column == f"at_risk_{area}_share":
            return say(lang, "stats_col_at_risk_share", area=name)
        if column == f"median_{area}":
            return say(lang, "stats_col_median", area=name)
    if column[:1].isdigit():
        return say(lang, "stats_col_bin", range=column.replace("-", "–"))
    return say(lang, f"stats_col_{column}")


def table_title(knowledge: Knowledge, lang: str, table: str) -> str:
    """A table's title (also its sheet's name)."""
    return knowledge.message(lang, f"stats_section_{table}")


def workbook(report: Report, knowledge: Knowledge, lang: str, made: str) -> bytes:
    """The report as an Excel workbook: a sheet that explains it, then one sheet per table.

    Counts, shares and medians are numbers (shares formatted as percentages); "<5" and "x"
    are text. openpyxl is imported here: it takes about 0.1 s, paid by /stats xlsx only.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    about = book.active
    about.title = _sheet_name(knowledge.message(lang, "stats_sheet_about"), set())
    about.append([_clean(knowledge.message(lang, "stats_title"))])
    about.append([made])
    about.append([])
    for line in knowledge.message(lang, "stats_legend").split("\n"):
        about.append([line])
    about["A1"].font = Font(bold=True, size=13)
    about.column_dimensions["A"].width = 110
    names = {about.title}
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table_title(knowledge, lang, table.id), names))
        names.add(sheet.title)
        if table.id == "overview":
            header = ["", column_label(knowledge, lang, "value")]
        else:
            header = [""] + [column_label(knowledge, lang, c) for c in table.columns]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append([row_label(knowledge, lang, table.id, row),
                          *(_cell(table.get(row, c)) for c in table.columns)])
            for cell, column in zip(sheet[sheet.max_row][1:], table.columns, strict=True):
                if isinstance(table.get(row, column), float):
                    cell.number_format = "0%"
                cell.alignment = Alignment(horizontal="right")
        sheet.freeze_panes = "B2"
        sheet.column_dimensions["A"].width = 44
        for index in range(2, len(table.columns) + 2):
            sheet.column_dimensions[get_column_letter(index)].width = 16
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: Value) -> Value:
    return "" if value is None else value


def _clean(text: str) -> str:
    """Telegram HTML as plain text (the title's <b> and &lt;)."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, no brackets, colons, slashes..."""
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31].strip() or "Sheet"
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name[:28]} {number}"
        number += 1
    return candidate
