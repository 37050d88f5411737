"""A whole assessment through the real Application and database, by buttons and by text."""

from __future__ import annotations

import json
import sqlite3

from bot import callbacks
from bot.app import running
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.plan import build_plan
from tests.conftest import Harness, make_app

OWNER = FakeBotAPI.person(501, "en", "Amina")


def answers_in_db(harness: Harness, user_id: int) -> dict[str, str]:
    with sqlite3.connect(harness.db_path) as db:
        rows = db.execute(
            "SELECT question_id, option_id FROM answers JOIN assessments a"
            " ON a.id = answers.assessment_id WHERE a.user_id = ?"
            " AND a.id = (SELECT MAX(id) FROM assessments WHERE user_id = ?)",
            (user_id, user_id),
        ).fetchall()
    return dict(rows)


def sends(harness: Harness, since: int = 0) -> list[str]:
    """Rate-limited calls to OWNER's chat after the first `since` calls (answers are free)."""
    return [method for method, params in harness.api.calls[since:]
            if params.get("chat_id") == OWNER["id"] and method != "answerCallbackQuery"]


async def test_start_welcomes_and_asks_first_question(bot: Harness, knowledge: Knowledge) -> None:
    await bot.say(OWNER, "/start")
    texts = bot.texts(OWNER["id"])
    assert len(texts) == 1  # one message: the welcome, then the first question
    assert "about 3 minutes" in texts[0]
    assert texts[0].index("about 3 minutes") < texts[0].index("Your business · 1 of 16")
    _, buttons = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    labels = [label for label, _ in buttons]
    assert "Skip ➡️" in labels and "⬅️ Back" not in labels  # no Back on the first question
    assert all(len(data.encode()) <= 64 for _, data in buttons)


async def test_whole_assessment_by_buttons_gives_ranked_plan(
    bot: Harness, knowledge: Knowledge
) -> None:
    await bot.say(OWNER, "/start")
    before = len(bot.api.calls)
    asked = await bot.answer_all(OWNER, 0)  # the first option: the worst case in every area
    # The first size is "just me": the two staff questions are not asked.
    assert asked == len(knowledge.questions) - 2
    # One rate-limited call per answer: the question message becomes the next question, and
    # at the last answer the plan's first part, under the list of answers; the chart, the
    # rest of the plan and the questions after it follow.
    made = sends(bot, before)
    assert made[:asked] == ["editMessageText"] * asked
    assert set(made[asked:]) == {"sendMessage", "sendPhoto"}
    texts = bot.texts(OWNER["id"])
    plan_text = "\n".join(t for t in texts if "Your crisis action plan" in t or "ITC" in t)
    assert "Your crisis action plan" in plan_text
    assert "Start here" in plan_text and "Why it matters:" in plan_text
    assert "Your answers:" in plan_text
    assert "Source: ITC B2" in plan_text
    # The one question message now lists every answer, area by area, then the plan begins.
    recap = texts[0]
    assert recap.index("Your business: Shop / retail · Just me") < recap.index(
        "Here is your action plan") < recap.index("Your crisis action plan")
    areas = ("Cash", "Operations", "Digital readiness")
    assert all(f"{area}:" in recap[:recap.index("</blockquote>")] for area in areas)
    assert not any(d.startswith("a:") for row in bot.api.sent_to(OWNER["id"])[0].get(
        "reply_markup", {}).get("inline_keyboard", []) for d in
        (b.get("callback_data", "") for b in row))
    assert len(answers_in_db(bot, OWNER["id"])) == asked
    assert not {"staff_change", "staff_informed"} & set(answers_in_db(bot, OWNER["id"]))
    with sqlite3.connect(bot.db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 1
    # Cash is first for a business with under a month of cash.
    first_item = next(t for t in texts if "1. " in t)
    assert "This week" in first_item
    assert all(len(t) <= 4096 for t in texts)


async def test_typed_answers_with_typos_and_numbers(bot: Harness, knowledge: Knowledge) -> None:
    await bot.say(OWNER, "/start")
    await bot.say(OWNER, "retial")  # sector, a typo of "Retail"
    await bot.say(OWNER, "we are 6 people")  # size: 2-9
    await bot.press(OWNER, "Skip")  # led_by
    await bot.say(OWNER, "the floods")  # crisis_type
    await bot.say(OWNER, "informal")  # means
    await bot.say(OWNER, "one big buyer")  # customers
    await bot.say(OWNER, "about 2 weeks")  # cash_runway, a duration
    stored = answers_in_db(bot, OWNER["id"])
    assert stored["sector"] == "retail"
    assert stored["size"] == "s2_9"
    assert "led_by" not in stored
    assert (stored["crisis_type"], stored["means"], stored["customers"]) == (
        "natural_hazard", "neither", "one_buyer")
    assert stored["cash_runway"] == "under_2w"


async def test_nonsense_is_explained_and_changes_nothing(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    before = answers_in_db(bot, OWNER["id"])
    for junk in ["qwzx plorb", "🙂🙂🙂", "x" * 5000, "<b>bold</b> & 'DROP TABLE users;--"]:
        await bot.say(OWNER, junk)
    await bot.feed(bot.api.message_update(OWNER, {"sticker": {
        "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
        "is_animated": False, "is_video": False}}))
    await bot.say(OWNER, "/frobnicate now")
    texts = bot.texts(OWNER["id"])
    assert any("could not match" in t for t in texts)
    assert any("too long" in t for t in texts)
    assert any("only read text" in t for t in texts)
    assert any("don't know that command" in t for t in texts)
    assert any("&lt;b&gt;bold" in t for t in texts)  # echoed input is escaped
    assert answers_in_db(bot, OWNER["id"]) == before
    assert "Your business · 1 of 16" in bot.texts(OWNER["id"])[-2] or any(
        "1 of 16" in t for t in texts[-4:])


async def test_back_and_skip(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    await bot.press(OWNER, "Shop")
    await bot.press(OWNER, "Skip")
    assert "3 of 16" in bot.last(OWNER["id"])
    await bot.press(OWNER, "⬅️ Back")
    assert "2 of 16" in bot.last(OWNER["id"])
    await bot.press(OWNER, "⬅️ Back")
    assert "1 of 16" in bot.last(OWNER["id"])
    _, buttons = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    assert any(label.startswith("✓ Shop") for label, _ in buttons)  # the earlier answer shows
    await bot.press(OWNER, "Restaurant")
    assert answers_in_db(bot, OWNER["id"])["sector"] == "food_service"


async def test_a_business_of_one_is_not_asked_about_staff(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    await bot.press(OWNER, "Shop")
    await bot.press(OWNER, "Just me")
    assert "3 of 14" in bot.last(OWNER["id"])  # the count knows the staff questions are gone
    for _ in range(9):  # led_by .. supplier_risk
        await bot.press(OWNER, 0)
    assert "Digital readiness · 12 of 14" in bot.last(OWNER["id"])
    await bot.press(OWNER, "⬅️ Back")  # Back skips the staff questions too
    assert "Operations · 11 of 14" in bot.last(OWNER["id"])
    assert "key supplies" in bot.last(OWNER["id"])


async def test_a_changed_size_drops_answers_that_no_longer_apply(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    await bot.press(OWNER, "Shop")
    await bot.press(OWNER, "2 to 9")
    for _ in range(11):  # led_by .. staff_informed
        await bot.press(OWNER, 0)
    assert "Digital readiness · 14 of 16" in bot.last(OWNER["id"])
    assert {"staff_change", "staff_informed"} <= set(answers_in_db(bot, OWNER["id"]))
    for _ in range(12):
        await bot.press(OWNER, "⬅️ Back")
    assert "2 of 16" in bot.last(OWNER["id"])
    await bot.press(OWNER, "Just me")
    stored = answers_in_db(bot, OWNER["id"])
    assert stored["size"] == "solo" and stored["led_by"] == "women_led"
    assert not {"staff_change", "staff_informed"} & set(stored)
    assert "3 of 14" in bot.last(OWNER["id"])
    asked = await bot.answer_all(OWNER, 0)
    assert asked == 12  # led_by .. digital_skills, without the staff questions
    plans = await bot.store.plans.latest(OWNER["id"])
    assert plans is not None and "staff_change" not in plans.record["answers"]


async def test_stored_answers_to_removed_questions_are_ignored(
    bot: Harness, knowledge: Knowledge
) -> None:
    """Answers from before the questionnaire's v2 (safety routines, remote work) still load."""
    await bot.say(OWNER, "/start")
    assessment = await bot.store.assessments.active(OWNER["id"])
    await bot.store.assessments.record_answer(assessment.id, "remote_work", "possible", None, 0)
    with sqlite3.connect(bot.db_path) as db:
        plan = build_plan(knowledge, {"cash_runway": "under_2w"}).to_record()
        plan["answers"]["safety_routines"] = "none"
        plan["items"][0][2].append("safety_routines")
        db.execute("INSERT INTO plans (user_id, record, created_at) VALUES (?, ?, 0)",
                   (OWNER["id"], json.dumps(plan)))
    await bot.say(OWNER, "/plan")
    assert "Cash lasts: Under 2 weeks" in "\n".join(bot.texts(OWNER["id"]))
    await bot.answer_all(OWNER, 0)
    plans = await bot.store.plans.latest(OWNER["id"])
    assert plans is not None and "remote_work" not in plans.record["answers"]


async def test_stale_and_forged_buttons_change_nothing(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    first_id, first_buttons = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    await bot.press(OWNER, 0)
    before = answers_in_db(bot, OWNER["id"])
    # The old first-question button, pressed again, and forged data of every kind.
    for data in [first_buttons[1][1], "a:999:1:0", "a:1:1:99", "zz", "a:1:1", "b:-1:0",
                 "k:1:" + "9" * 40]:
        await bot.feed(bot.api.press_update(OWNER, first_id, data))
    assert answers_in_db(bot, OWNER["id"]) == before
    alerts = [p for m, p in bot.api.calls if m == "answerCallbackQuery" and p.get("text")]
    assert len(alerts) >= 4


async def test_plan_survives_restart_on_same_database(
    knowledge: Knowledge, tmp_path: object
) -> None:
    from pathlib import Path

    db_path = Path(str(tmp_path)) / "advisor.sqlite3"
    api = FakeBotAPI()
    first = make_app(knowledge, api, db_path)
    async with running(first):
        harness = Harness(first, api, db_path)
        await harness.say(OWNER, "/start")
        await harness.answer_all(OWNER, -3)  # the last option: the best case
    # The plan as made (after the answers above its first part) and as /plan shows it.
    plan_before = [t[t.index("<b>📋"):] if "<b>📋" in t else t
                   for t in harness.texts(OWNER["id"]) if "ITC" in t]
    api2 = FakeBotAPI()
    second = make_app(knowledge, api2, db_path)
    async with running(second):
        again = Harness(second, api2, db_path)
        await again.say(OWNER, "/plan")
        plan_after = [t for t in again.texts(OWNER["id"]) if "ITC" in t]
    assert plan_after and plan_after == plan_before


async def test_resume_mid_assessment_after_restart(knowledge: Knowledge, tmp_path: object) -> None:
    from pathlib import Path

    db_path = Path(str(tmp_path)) / "advisor.sqlite3"
    api = FakeBotAPI()
    app = make_app(knowledge, api, db_path)
    async with running(app):
        harness = Harness(app, api, db_path)
        await harness.say(OWNER, "/start")
        for _ in range(4):
            await harness.press(OWNER, 0)
    # The button under the question shown before the restart still works afterwards.
    message_id, buttons = api.last_keyboard(OWNER["id"]) or (0, [])
    app2 = make_app(knowledge, api, db_path)
    async with running(app2):
        again = Harness(app2, api, db_path)
        await again.feed(api.press_update(OWNER, message_id, buttons[0][1]))
        assert "6 of 14" in again.last(OWNER["id"])
        assert len(answers_in_db(again, OWNER["id"])) == 5


async def test_cancel_and_help_and_plan_without_plan(bot: Harness) -> None:
    await bot.say(OWNER, "/plan")
    assert "no plan yet" in bot.last(OWNER["id"])
    await bot.say(OWNER, "/cancel")
    assert "no assessment to stop" in bot.last(OWNER["id"])
    await bot.say(OWNER, "/start")
    await bot.say(OWNER, "/cancel")
    assert "stopped" in bot.last(OWNER["id"])
    await bot.say(OWNER, "hello")
    assert "/assess" in bot.last(OWNER["id"])
    await bot.say(OWNER, "/help")
    assert "/plan – " in bot.last(OWNER["id"])
    commands = [p for m, p in bot.api.calls if m == "setMyCommands"]
    assert commands and any(c["command"] == "assess" for c in commands[0]["commands"])


async def test_group_commands_point_to_private_chat(bot: Harness) -> None:
    group = {"id": -100200, "type": "supergroup", "title": "Traders"}
    await bot.feed(bot.api.text_update(OWNER, "/start", chat=group))
    calls = [p for m, p in bot.api.calls if m == "sendMessage"]
    assert calls[-1]["chat_id"] == group["id"]
    assert "privately" in calls[-1]["text"]
    url = calls[-1]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url == "https://t.me/msme_advisor_bot?start=assess"
    assert await bot.store.assessments.active(OWNER["id"]) is None


async def test_a_button_made_for_another_question_shows_the_question_now_there(
    bot: Harness,
) -> None:
    """After an upgrade that moved the questions, an open assessment's old buttons name a
    question no longer at their position: the press records nothing and the message shows
    the question now at that position, with fresh buttons."""
    await bot.say(OWNER, "/start")
    await bot.press(OWNER, 0)
    message_id, buttons = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    press = callbacks.parse_answer(buttons[0][1])
    assert press is not None and press.tag is not None
    knowledge = bot.app.advisor.knowledge
    now_there = knowledge.questions[press.position]
    before = answers_in_db(bot, OWNER["id"])
    # The same position and option, from a button made for another question.
    other = next(q for q in knowledge.questions if q.id != now_there.id)
    old = callbacks.answer("a", press.assessment_id, press.position, 0, other.id)
    edits = sum(1 for m, _ in bot.api.calls if m == "editMessageText")
    await bot.feed(bot.api.press_update(OWNER, message_id, old))
    assert answers_in_db(bot, OWNER["id"]) == before
    assert sum(1 for m, _ in bot.api.calls if m == "editMessageText") == edits + 1
    fresh = bot.api.last_keyboard(OWNER["id"])
    assert fresh is not None and callbacks.parse_answer(fresh[1][0][1]) == press
    # A button of the question now there still answers it.
    await bot.press(OWNER, 0)
    assert answers_in_db(bot, OWNER["id"]) != before
