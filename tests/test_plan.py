"""The plan's shape: "Start here" from different needs, at most 5 this week, the same in
every format (chat, Markdown, JSON, PDF), and stored plans from before it still shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.knowledge import Knowledge
from bot.plan import (
    MAX_WEEK,
    START_MIN_PRIORITY,
    Plan,
    PlanItem,
    build_plan,
    lay_out,
    pick_start,
    render_blocks,
    render_json,
    sections,
    week_count,
)

#: A shop in deep trouble: no cash, closed, staff laid off and not told, nothing online.
WORST = {"sector": "retail", "size": "s2_9", "led_by": "women_led", "crisis_type": "epidemic",
         "means": "neither", "customers": "local", "cash_runway": "under_2w",
         "revenue_change": "stopped", "debts": "many_overdue", "trading_status": "closed",
         "supplier_risk": "cut_off", "staff_change": "laid_off", "staff_informed": "not_yet",
         "online_presence": "none", "payments": "cash_only", "digital_skills": "none"}


def actions_of_need(knowledge: Knowledge, need: str, count: int, horizon: str = "week"
                    ) -> list[str]:
    found = [a.id for a in knowledge.actions.values()
             if knowledge.need_of(a.id) == need and a.horizon == horizon]
    assert len(found) >= count, f"the knowledge has fewer than {count} {horizon} {need} actions"
    return found[:count]


def test_start_here_draws_on_different_needs(knowledge: Knowledge) -> None:
    cash = actions_of_need(knowledge, "cash", 3)
    staff = actions_of_need(knowledge, "staff", 1)[0]
    ranked = [PlanItem(cash[0], 100, ()), PlanItem(cash[1], 95, ()), PlanItem(cash[2], 90, ()),
              PlanItem(staff, 80, ())]
    assert [i.action for i in pick_start(knowledge, ranked)] == [cash[0], staff, cash[1]]
    # A staff action that is not urgent does not displace the urgent cash ones.
    ranked[3] = PlanItem(staff, START_MIN_PRIORITY - 1, ())
    assert [i.action for i in pick_start(knowledge, ranked)] == cash
    # Fewer than three actions: all of them.
    assert [i.action for i in pick_start(knowledge, ranked[:2])] == cash[:2]


def test_week_actions_past_five_wait_a_month(knowledge: Knowledge) -> None:
    week = [a.id for a in knowledge.actions.values() if a.horizon == "week"][:8]
    ranked = [PlanItem(a, 90 - n, ()) for n, a in enumerate(week)]
    items, start = lay_out(knowledge, ranked)
    assert len(start) == 3 and [i.action for i in items[:3]] == list(start)
    horizons = [i.horizon for i in items]
    assert horizons.count("week") == MAX_WEEK
    moved = [i for i in items if i.horizon == "month"]
    assert len(moved) == 3 and all(knowledge.actions[i.action].horizon == "week" for i in moved)
    # The moved ones keep their rank: the most urgent of them comes first.
    assert [i.priority for i in moved] == sorted((i.priority for i in moved), reverse=True)


def test_a_real_plan_has_the_shape(knowledge: Knowledge) -> None:
    plan = build_plan(knowledge, WORST)
    assert len(plan.start_here) == 3 and week_count(knowledge, plan) <= MAX_WEEK
    assert next(s for s, _ in sections(knowledge, plan)) == "start_here"
    needs = {knowledge.need_of(a) for a in plan.start_here}
    assert len(needs) >= 2  # not three cash items for a business that laid staff off untold
    assert Plan.from_record(json.loads(json.dumps(plan.to_record()))) == plan


def test_every_format_shows_start_here_with_why(knowledge: Knowledge) -> None:
    plan = build_plan(knowledge, WORST)
    first = plan.start_here[0]
    why = str(knowledge.text("en", "actions", first, "why"))
    text = "\n\n".join(render_blocks(knowledge, "en", plan, "markdown"))
    assert text.index("**👉 Start here**") < text.index("**This week**")
    assert f"Why it matters: {why}" in text
    assert "Your answers: Cash lasts: Under 2 weeks" in text
    html = "\n\n".join(render_blocks(knowledge, "fr", plan, "html"))
    assert "<b>👉 Par où commencer</b>" in html and "Pourquoi c’est important\u00a0:" in html
    data = json.loads(render_json(knowledge, plan))
    assert [s["id"] for s in data["start_here"]] == list(plan.start_here)
    assert data["start_here"][0]["why"] == why and data["start_here"][0]["because"]
    assert [a["start_here"] for a in data["actions"][:4]] == [True, True, True, False]
    assert sum(1 for a in data["actions"] if a["horizon"] == "week") <= MAX_WEEK


def test_a_plan_without_actions_says_what_it_could_not_judge(knowledge: Knowledge) -> None:
    """Only the profile understood: no actions, and never "your answers call for none"."""
    profile = {"sector": "services", "size": "solo", "led_by": "neither", "means": "both",
               "customers": "local"}
    plan = build_plan(knowledge, profile)
    assert plan.items == ()
    text = "\n".join(render_blocks(knowledge, "en", plan, "text"))
    assert "call for no urgent action" not in text
    assert "I could not judge how urgent things are. Not known yet: Cash lasts; Sales;" in text
    french = "\n".join(render_blocks(knowledge, "fr", plan, "html"))
    assert "Je n’ai pas pu juger" in french and "aucune action urgente" not in french
    # With the answers that decide urgency known, an empty plan may say nothing is urgent.
    known = Plan((), plan.scores, {**profile, **{q: WORST[q] for q in knowledge.sharpen}})
    assert "Your answers call for no urgent action." in render_blocks(
        knowledge, "en", known, "text")[-1]


def test_a_plan_stored_before_start_here_still_shows(knowledge: Knowledge) -> None:
    week = [a.id for a in knowledge.actions.values() if a.horizon == "week"][:2]
    old = {"items": [[week[0], 100, ["cash_runway", "remote_work"]], [week[1], 80, []],
                     ["an_action_since_removed", 70, []]],
           "scores": {"cash": 0, "operations": None, "staff": None, "digital": None},
           "answers": {"cash_runway": "under_2w", "remote_work": "possible"}}
    plan = Plan.from_record(old).without_removed(knowledge)
    assert plan.start_here == () and [s for s, _ in sections(knowledge, plan)] == ["week"]
    text = "\n".join(render_blocks(knowledge, "en", plan, "text"))
    assert "START HERE" not in text and "THIS WEEK" in text
    assert "Your answers: Cash lasts: Under 2 weeks\n" in text  # the removed question is not
    assert json.loads(render_json(knowledge, plan))["start_here"] == []


def test_cli_json_has_start_here(
    knowledge: Knowledge, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("\n".join(f"{q}: {o}" for q, o in WORST.items()))
    assert main(["plan", "--answers", str(answers), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["start_here"]) == 3
    assert all(item["why"] and item["title"] for item in data["start_here"])
