"""Insight for staff: /stats' summary, chart, CSV and workbook, and the suppression under 5.

Businesses are crafted in the real database (their plans built by the real planner), then
/stats is asked through the real Application. Suppression is checked on crafted tables and,
on random data, by an independent exact audit: no count from 1 to 4 can be worked out from
the figures shown.
"""

from __future__ import annotations

import csv
import io
import random
import time
from fractions import Fraction
from typing import Any

import pytest
from openpyxl import load_workbook
from PIL import Image

from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.plan import build_plan
from bot.stats import HIDDEN, MIN_GROUP, SMALL, Business, Key, Ledger, Report, insight
from tests.conftest import STAFF, Harness
from tests.storehelp import set_plan_time

MONTH = 31 * 24 * 3600


def answers_for(knowledge: Knowledge, rng: random.Random, **profile: str) -> dict[str, str]:
    """Random answers to every question, with the profile answers given (None: left out)."""
    answers = {q.id: rng.choice(q.options).id for q in knowledge.questions}
    for question, option in profile.items():
        if option == "-":
            answers.pop(question)
        else:
            answers[question] = option
    return answers


async def add_business(bot: Harness, knowledge: Knowledge, user_id: int,
                       answers: dict[str, str], months_ago: int = 0,
                       done: int = 0) -> None:
    """A business with a plan made `months_ago`, its first `done` actions marked done."""
    await bot.store.users.ensure(user_id, user_id, "en")
    plan = build_plan(knowledge, answers)
    plan_id = await bot.store.plans.add(user_id, plan.to_record())
    await set_plan_time(bot.store, plan_id, time.time() - months_ago * MONTH)
    for item in plan.items[:done]:
        assert await bot.store.nudges.toggle_done(user_id, plan_id, item.action)


def documents(bot: Harness, name: str) -> bytes:
    for method, params in reversed(bot.api.calls):
        if method == "sendDocument":
            filename, raw, _ = next(iter(params["_files"].values()))
            if filename == name:
                return bytes(raw)
    raise AssertionError(f"no {name}")


def sheet_rows(raw: bytes, title: str) -> dict[str, list[Any]]:
    """A sheet of the workbook, opened back with openpyxl: row label -> values."""
    sheet = load_workbook(io.BytesIO(raw))[title]
    return {str(row[0]): list(row[1:]) for row in sheet.iter_rows(values_only=True)}


# --- an independent audit: exact rationals, nothing shared with bot/stats.py's solver -----------


def pinned(ledger: Ledger, hidden: set[Key]) -> set[Key]:
    """Hidden counts whose value the sums and the shown counts fix (Gauss-Jordan, Fractions)."""
    rows: list[dict[Key, Fraction]] = []
    for total, parts in ledger.sums:
        row: dict[Key, Fraction] = {}
        for key, sign in ((total, 1), *((p, -1) for p in parts)):
            if key in hidden:
                row[key] = row.get(key, Fraction(0)) + sign
        row = {k: v for k, v in row.items() if v}
        if row:
            rows.append(row)
    variables = sorted({k for row in rows for k in row})
    reduced: list[dict[Key, Fraction]] = []
    for column in variables:
        index = next((i for i, r in enumerate(rows) if r.get(column)), None)
        if index is None:
            continue
        pivot = rows.pop(index)
        pivot = {k: v / pivot[column] for k, v in pivot.items()}
        for group in (rows, reduced):
            for i, other in enumerate(group):
                factor = other.get(column)
                if factor:
                    merged = {k: other.get(k, Fraction(0)) - factor * pivot.get(k, Fraction(0))
                              for k in set(other) | set(pivot)}
                    group[i] = {k: v for k, v in merged.items() if v}
        reduced.append(pivot)
    return {next(iter(r)) for r in reduced if len(r) == 1}


def audit(report: Report) -> set[Key]:
    """The counts from 1 to 4 that a reader of the report could work out (should be none)."""
    counts = report.ledger.counts
    return {k for k in pinned(report.ledger, report.hidden) if 0 < counts[k] < MIN_GROUP}


def test_the_audit_catches_a_subtraction(knowledge: Knowledge) -> None:
    """Primary suppression alone leaves a count under 5 to be worked out: the audit sees it."""
    rng = random.Random(5)
    led = ["women_led"] * 6 + ["youth_led"] * 7 + ["both"] * 5 + ["neither"] * 3 + ["-"] * 5
    businesses = [Business(time.time(), answers_for(knowledge, rng, led_by=lead),
                           {"cash": 50}, ()) for lead in led]
    report = insight(businesses, knowledge=knowledge)
    primary_only = {k for k, v in report.ledger.counts.items() if v < MIN_GROUP} | (
        set(report.ledger.counts) - report.ledger.shown)
    primary = Report(report.tables, 0, report.feedback, report.ledger, primary_only)
    assert ("led_by", "neither", "businesses") in audit(primary)
    assert audit(report) == set()


@pytest.mark.parametrize("seed", range(6))
def test_no_count_under_five_can_be_worked_out(knowledge: Knowledge, seed: int) -> None:
    rng = random.Random(seed)
    size = rng.choice([6, 12, 25, 40])
    businesses = []
    for _ in range(size):
        answers = answers_for(knowledge, rng)
        if rng.random() < 0.2:
            answers.pop("sector")
        plan = build_plan(knowledge, answers)
        actions = tuple(i.action for i in plan.items)
        done = frozenset(a for a in actions if rng.random() < 0.3)
        businesses.append(Business(time.time() - rng.randint(0, 3) * MONTH, answers,
                                   dict(plan.scores), actions, done, bool(done)))
    months = [(f"2026-{rng.randint(9, 11):02d}", b.scores) for b in businesses]
    report = insight(businesses, months, started=size + rng.randint(0, 6),
                     opted_in=rng.randint(0, size), knowledge=knowledge)
    assert audit(report) == set()
    for table in report.tables:  # what is shown agrees with the ledger
        for value in table.values.values():
            assert not (isinstance(value, int) and 0 < value < MIN_GROUP)


def test_fewer_than_five_businesses_show_nothing_but_markers(knowledge: Knowledge) -> None:
    rng = random.Random(1)
    businesses = []
    for _ in range(4):
        plan = build_plan(knowledge, answers_for(knowledge, rng))
        businesses.append(Business(time.time(), plan.answers, dict(plan.scores),
                                   tuple(i.action for i in plan.items)))
    report = insight(businesses, [("2026-11", b.scores) for b in businesses], started=4,
                     opted_in=4, knowledge=knowledge)
    for table in report.tables:
        for (row, column), value in table.values.items():
            assert value in (SMALL, HIDDEN, None), (table.id, row, column, value)


# --- through the real Application -------------------------------------------------------------


async def test_one_small_category_in_a_column_gets_a_second_one_hidden(
    org: Harness, knowledge: Knowledge
) -> None:
    rng = random.Random(7)
    led = ["women_led"] * 6 + ["youth_led"] * 7 + ["both"] * 5 + ["neither"] * 3 + ["-"] * 5
    for user_id, lead in enumerate(led, 2000):
        await add_business(org, knowledge, user_id, answers_for(knowledge, rng, led_by=lead))
    await org.say(STAFF, "/stats xlsx")
    rows = sheet_rows(documents(org, "advisor-stats.xlsx"), "Women- and youth-led")
    businesses = {label: values[0] for label, values in rows.items() if label != "None"}
    assert businesses["All businesses"] == 26
    assert businesses["Neither"] == SMALL  # 3
    others = [businesses[label] for label in ("Woman-led", "Young owner (under 35)", "Both",
                                              "Not answered")]
    assert HIDDEN in others  # 26 - the others would give the 3
    assert sum(v for v in others if isinstance(v, int)) + 3 != 26
    await org.say(STAFF, "/stats csv")
    table = list(csv.reader(io.StringIO(documents(org, "advisor-stats.csv").decode())))
    shown = {(t, r, c): v for t, r, c, v in table[1:]}
    assert shown[("led_by", "neither", "businesses")] == SMALL
    assert [shown[("led_by", r, "businesses")] for r in ("women_led", "youth_led", "both",
                                                        "not_answered")].count(HIDDEN) >= 1


async def test_stats_summary_chart_csv_and_workbook(org: Harness, knowledge: Knowledge) -> None:
    rng = random.Random(11)
    user_id = 3000
    for sector, count in (("retail", 9), ("food_service", 7), ("manufacturing", 2)):
        for n in range(count):
            answers = answers_for(knowledge, rng, sector=sector)
            await add_business(org, knowledge, user_id, answers, months_ago=n % 3,
                               done=1 if n % 2 else 0)
            user_id += 1
    owner = FakeBotAPI.person(3999)
    await org.say(owner, "/start")  # started, not finished
    await org.say(STAFF, "/stats")
    summary = "\n".join(org.texts(STAFF["id"]))
    assert "Assessed, all time: <b>18</b>" in summary
    # Started 19 and got a plan 18 would show the one who did not finish: 19 is hidden.
    assert "<b>x → 18 → 8</b>" in summary  # started, got a plan, marked an action done
    assert "Shop / retail: <b>9</b>" in summary and "Making (" not in summary
    assert "Actions in plans" in summary and "/stats xlsx" in summary
    photo = next(p for m, p in org.api.calls if m == "sendPhoto")
    _, image_bytes, _ = next(iter(photo["_files"].values()))
    image = Image.open(io.BytesIO(image_bytes))
    assert image.format == "PNG" and image.width >= 900 and image.height >= 500
    assert photo["caption"].startswith("Median area scores")

    await org.say(STAFF, "/stats csv")
    table = list(csv.reader(io.StringIO(documents(org, "advisor-stats.csv").decode())))
    assert table[0] == ["table", "row", "column", "value"]
    shown = {(t, r, c): v for t, r, c, v in table[1:]}
    assert shown[("sector", "retail", "businesses")] == "9"
    assert shown[("sector", "manufacturing", "businesses")] == SMALL
    assert shown[("sector", "tourism", "businesses")] == SMALL  # none: <5 too
    assert shown[("overview", "started", "value")] == HIDDEN
    assert {r for t, r, _ in shown if t == "month"} == {
        time.strftime("%Y-%m", time.gmtime(time.time() - n * MONTH)) for n in range(3)}

    await org.say(STAFF, "/stats xlsx")
    raw = documents(org, "advisor-stats.xlsx")
    book = load_workbook(io.BytesIO(raw))
    assert book.sheetnames == ["About these figures", "Overview", "By sector", "By size",
                               "Women- and youth-led", "By month", "Actions in plans",
                               "Score distribution", "Areas at risk together",
                               "Comments on plans"]
    sector = sheet_rows(raw, "By sector")
    header = sector["None"]
    assert header[:3] == ["Businesses", "Marked an action done", "At risk: Cash"]
    making = "Making (sewing, bakery, crafts)"
    assert sector["Shop / retail"][0] == 9 and sector[making][0] == SMALL
    share = sector["All businesses"][header.index("Share at risk: Cash")]
    at_risk = sector["All businesses"][header.index("At risk: Cash")]
    assert isinstance(share, float) and abs(share - at_risk / 18) < 1e-9
    cell = book["By sector"].cell(row=list(sector).index("All businesses") + 1,
                                  column=header.index("Share at risk: Cash") + 2)
    assert cell.number_format == "0%"
    scores = sheet_rows(raw, "Score distribution")
    assert all(isinstance(scores[area][0], int) for area in ("Cash", "Operations"))
    assert "<5" in book["About these figures"]["A4"].value


async def test_stats_in_french_writes_numbers_and_labels_in_french(
    org: Harness, knowledge: Knowledge
) -> None:
    rng = random.Random(3)
    for user_id in range(4000, 4012):
        await add_business(org, knowledge, user_id, answers_for(knowledge, rng,
                                                                sector="retail"))
    staff = dict(STAFF, language_code="fr")
    await org.store.users.ensure(STAFF["id"], STAFF["id"], "fr")
    await org.say(staff, "/stats")
    summary = "\n".join(org.texts(STAFF["id"]))
    assert "Les membres en bref" in summary
    pair = knowledge.message("fr", "plan_pair", name="Commerce / boutique", value="<b>12</b>")
    assert pair in summary and "\xa0:" in pair  # French spaces its colons
    assert "\xa0%</b>" in summary  # and its percent signs (Babel)
