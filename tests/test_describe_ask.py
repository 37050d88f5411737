"""Asking for what a description left out, before the plan: private, group deep link, terminal.

Through the real Application and database: the questions a described plan waits for come one
at a time, with buttons, typed answers and Skip; a group's short answer names them and the
deep link asks exactly those in private; `msme-advisor chat` does the same in the terminal.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.sharpen import MAX_ASKED, unanswered
from bot.terminal import chat
from tests.conftest import Harness

OWNER = FakeBotAPI.person(711, "en", "Ama")
FRENCH = FakeBotAPI.person(712, "fr", "Fatou")
GROUP = {"id": -100311, "type": "supergroup", "title": "Tailors' association"}
#: Says the sector, the team, the crisis and that sales fell; not the cash, the debts nor
#: trading. (The crisis is said since round 42: the learned reader reads a fall of orders
#: alone as an economic crisis, and then the debts move the plan more than the cash.)
NO_CASH = "/plan tailoring workshop, 5 of us, orders fell by about 70% since the power cuts"


def stored(harness: Harness, user_id: int) -> tuple[dict[str, str], list[str]]:
    """The newest description's answers and the questions it still waits for."""
    with sqlite3.connect(harness.db_path) as db:
        answers, asking = db.execute(
            "SELECT answers, asking FROM descriptions WHERE user_id = ? ORDER BY id DESC",
            (user_id,)).fetchone()
    return json.loads(answers), json.loads(asking)


def plan_texts(harness: Harness, chat_id: int) -> list[str]:
    return [t for t in harness.texts(chat_id) if "Your crisis action plan" in t]


def test_the_questions_that_change_the_plan_most_come_first(knowledge: Knowledge) -> None:
    answers = {"sector": "manufacturing", "size": "s2_9", "revenue_change": "down_over_half"}
    asked = unanswered(knowledge, answers)
    assert asked[0] == "cash_runway" and "revenue_change" not in asked
    assert len(asked) <= MAX_ASKED and len(set(asked)) == len(asked)
    # Once the cash is known to run out within two weeks, the cash steps lead whatever else
    # is said: nothing else moves the top of the plan, so nothing is asked.
    assert "cash_runway" not in unanswered(knowledge, {**answers, "cash_runway": "under_2w"})
    assert unanswered(knowledge, {q: knowledge.question(q).options[0].id  # type: ignore[union-attr]
                                  for q in knowledge.sharpen}) == []


async def test_private_questions_one_at_a_time_then_the_plan(bot: Harness) -> None:
    await bot.say(OWNER, NO_CASH)
    texts = bot.texts(OWNER["id"])
    assert "what I understood" in texts[-2] and "Sales: Down by half or more" in texts[-2]
    assert texts[-1].startswith("Three quick questions so the plan fits:")
    assert "how long could you keep paying" in texts[-1]
    assert plan_texts(bot, OWNER["id"]) == []  # no plan before the questions
    _, asking = stored(bot, OWNER["id"])
    assert asking[0] == "cash_runway" and len(asking) == 3
    _, buttons = bot.api.last_keyboard(OWNER["id"])  # type: ignore[misc]
    assert [label for label, _ in buttons][-1].startswith("Skip")
    assert all(len(data.encode()) <= 64 for _, data in buttons)

    await bot.press(OWNER, "Under 2 weeks")
    assert "✅ Cash lasts: Under 2 weeks" in bot.texts(OWNER["id"])
    answers, left = stored(bot, OWNER["id"])
    assert answers["cash_runway"] == "under_2w" and left == asking[1:]
    assert plan_texts(bot, OWNER["id"]) == []
    second = bot.texts(OWNER["id"])[-1]
    assert not second.startswith("Three") and "<b>" in second  # the next one, alone

    await bot.say(OWNER, "qwzx plorb")  # not an answer: said so, and asked again
    assert "qwzx plorb" in bot.texts(OWNER["id"])[-2]
    assert stored(bot, OWNER["id"])[1] == left
    await bot.say(OWNER, "skip")  # typed Skip
    assert stored(bot, OWNER["id"])[1] == left[1:]
    await bot.press(OWNER, 0)  # the last one, by its first button
    answers, left = stored(bot, OWNER["id"])
    assert left == []
    plans = plan_texts(bot, OWNER["id"])
    assert len(plans) == 1 and "How long your cash lasts is not known" not in plans[0]
    assert "1. <b>Make a 13-week cash forecast</b>" in plans[0] or "cash" in plans[0].lower()
    latest = await bot.store.plans.latest(OWNER["id"])
    assert latest is not None and latest.record["answers"] == answers
    # The plan's own buttons still correct what was read or answered.
    assert any("✏️ Cash lasts" in label for label, _ in
               [b for m in bot.api.sent_to(OWNER["id"]) if m.get("reply_markup")
                for b in [(x["text"], x.get("callback_data")) for r in
                          m["reply_markup"]["inline_keyboard"] for x in r]])


async def test_typed_answers_and_did_you_mean(bot: Harness) -> None:
    await bot.say(OWNER, NO_CASH)
    await bot.say(OWNER, "about ten days")
    answers, _ = stored(bot, OWNER["id"])
    assert answers["cash_runway"] == "under_2w"
    question = stored(bot, OWNER["id"])[1][0]
    assert question in ("debts", "trading_status")
    typed = {"debts": "already late", "trading_status": "we closed the shop"}[question]
    await bot.say(OWNER, typed)
    answers, _ = stored(bot, OWNER["id"])
    assert answers[question] in ("many_overdue", "closed")


async def test_skipping_cash_says_so_at_the_top_of_the_plan(bot: Harness) -> None:
    await bot.say(OWNER, NO_CASH)
    await bot.press(OWNER, "Skip")
    await bot.press(OWNER, "Skip")
    await bot.press(OWNER, "Skip")
    [plan] = plan_texts(bot, OWNER["id"])
    top = plan.split("\n\n")[0] + plan.split("\n\n")[1]
    assert "How long your cash lasts is not known" in top
    assert "⏭ Cash lasts: left out" in bot.texts(OWNER["id"])
    # the cash score stands on the sales answer alone, and says so
    assert "/100 (from 1 of 3 answers)" in plan


async def test_a_score_of_every_answer_of_its_area_says_nothing_more(bot: Harness) -> None:
    await bot.say(OWNER, "/plan tailoring workshop, 5 of us, orders fell by about 70%, cash "
                         "for 10 days, we are 2 months behind on rent")
    while not plan_texts(bot, OWNER["id"]):  # the trading and the crisis may be asked
        await bot.press(OWNER, "Skip")
    [plan] = plan_texts(bot, OWNER["id"])
    cash = next(line for line in plan.splitlines() if line.startswith("Cash: "))
    assert cash.endswith("/100")


async def test_stale_and_forged_answers_change_nothing(bot: Harness) -> None:
    await bot.say(OWNER, NO_CASH)
    message_id, buttons = bot.api.last_keyboard(OWNER["id"])  # type: ignore[misc]
    first = buttons[0][1]
    await bot.press(OWNER, 0)
    before = stored(bot, OWNER["id"])
    description_id = first.split(":")[1]
    for data in [first, f"s:{description_id}:99:0", f"s:{description_id}:3:9",
                 "s:1:2:3:4", "s:x", f"s:{int(description_id) + 1}:3:0"]:
        await bot.feed(bot.api.press_update(OWNER, message_id, data))
    assert stored(bot, OWNER["id"]) == before
    alerts = [p for m, p in bot.api.calls if m == "answerCallbackQuery" and p.get("show_alert")]
    assert len(alerts) == 6


async def test_group_names_the_points_and_the_questions_then_the_deep_link_asks_them(
    bot: Harness, knowledge: Knowledge
) -> None:
    await bot.feed(bot.api.text_update(OWNER, NO_CASH, chat=GROUP))
    [text] = bot.texts(GROUP["id"])
    assert "Start here" in text and "(ITC " in text
    assert "Answers that would sharpen this plan: Cash lasts" in text
    assert "Why:" not in text and bot.texts(OWNER["id"]) == []
    _, asking = stored(bot, OWNER["id"])
    names = [knowledge.short_name("en", qid) for qid in asking]
    assert f"sharpen this plan: {', '.join(names)}." in text

    # In private, typing before the deep link answers nothing: no question was asked there.
    await bot.say(OWNER, "/start plan")
    assert bot.texts(OWNER["id"])[-1].startswith("Three quick questions")
    for qid in asking:
        assert stored(bot, OWNER["id"])[1][0] == qid  # exactly those, in that order
        await bot.press(OWNER, 0)
    assert len(plan_texts(bot, OWNER["id"])) == 1
    answers, left = stored(bot, OWNER["id"])
    assert left == [] and all(qid in answers for qid in asking)


async def test_a_new_assessment_takes_typed_text_from_waiting_questions(bot: Harness) -> None:
    await bot.say(OWNER, NO_CASH)
    await bot.say(OWNER, "/assess")
    assert stored(bot, OWNER["id"])[1] == []
    await bot.say(OWNER, "shop")  # the assessment's first question reads it
    said = "\n".join(bot.texts(OWNER["id"]))
    assert "Your business: Shop / retail" in said and "Your business · 2 of 16" in said


async def test_french_owner_is_asked_in_french(bot: Harness) -> None:
    await bot.say(FRENCH, "/plan atelier de couture, nous sommes 5, commandes en baisse de 70%")
    assert bot.texts(FRENCH["id"])[-1].startswith("Trois petites questions")
    await bot.say(FRENCH, "environ deux semaines")
    assert stored(bot, FRENCH["id"])[0]["cash_runway"] == "under_2w"


def test_terminal_chat_asks_the_same_questions(tmp_path: Path, knowledge: Knowledge) -> None:
    import asyncio

    lines = [NO_CASH, "1", "skip", "skip", "/quit"]
    out = io.StringIO()
    settings = Settings(db_path=str(tmp_path / "chat.sqlite3"))
    asyncio.run(chat(settings, knowledge, "en", stdin=io.StringIO("\n".join(lines) + "\n"),
                     stdout=out))
    said = out.getvalue()
    assert "Three quick questions so the plan fits:" in said
    assert "[1] Under 2 weeks" in said and "Skip" in said
    assert said.index("Three quick questions") < said.index("Your crisis action plan")
    assert "✅ Cash lasts: Under 2 weeks" in said


def test_cli_json_lists_what_is_unanswered(tmp_path: Path, monkeypatch: Any,
                                           capsys: Any) -> None:
    from bot.cli import main

    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["plan", NO_CASH.removeprefix("/plan "), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["unanswered"][0] == "cash_runway"
    assert "revenue_change" not in document["unanswered"]
    assert main(["plan", "cash for 10 days, shop closed, no debts, sales stopped",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["unanswered"] == ["crisis_type"]
    assert main(["plan", "cash for 10 days, shop closed since the floods, no debts, "
                 "sales stopped", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["unanswered"] == []
    assert main(["plan", NO_CASH.removeprefix("/plan ")]) == 0
    text = capsys.readouterr().out
    assert "How long your cash lasts is not known" in text


async def test_text_after_a_described_plan_does_not_answer_an_assessment_unseen(
    bot: Harness,
) -> None:
    """An assessment left open under a /plan description is shown again, not answered."""
    await bot.say(OWNER, "/start")  # the assessment's first question: the sector
    await bot.say(OWNER, "/plan I run a small restaurant, sales down by half since the floods,"
                         " cash for about 3 weeks, all payments on time, still open")
    while bot.api.last_keyboard(OWNER["id"]) and len(plan_texts(bot, OWNER["id"])) == 0:
        await bot.press(OWNER, "Skip")  # any questions the description left open
    assert plan_texts(bot, OWNER["id"])
    await bot.say(OWNER, "restaurant")  # meant for the plan, not for question 1 unseen
    assert "Welcome back" in bot.last(OWNER["id"])
    with sqlite3.connect(bot.db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0
    await bot.say(OWNER, "restaurant")  # now the question is in view: an answer
    with sqlite3.connect(bot.db_path) as db:
        assert db.execute("SELECT question_id, option_id FROM answers").fetchall() == [
            ("sector", "food_service")]
