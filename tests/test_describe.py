"""/plan <description> through the real Application: private, corrections, groups, deep link."""

from __future__ import annotations

import sqlite3
from typing import Any

from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from tests.conftest import Harness

OWNER = FakeBotAPI.person(701, "en", "Kofi")
FRENCH = FakeBotAPI.person(702, "fr", "Awa")
SPANISH = FakeBotAPI.person(703, "es", "Lucía")
GROUP = {"id": -100300, "type": "supergroup", "title": "Market traders"}
EXAMPLE = "/plan we have cash for two weeks, the shop is closed, 6 staff, we don't sell online"


def descriptions(harness: Harness, user_id: int) -> list[tuple[int, str]]:
    with sqlite3.connect(harness.db_path) as db:
        return db.execute("SELECT chat_id, answers FROM descriptions WHERE user_id = ?",
                          (user_id,)).fetchall()


def plans(harness: Harness, user_id: int) -> int:
    with sqlite3.connect(harness.db_path) as db:
        return int(db.execute("SELECT COUNT(*) FROM plans WHERE user_id = ?",
                              (user_id,)).fetchone()[0])


async def skip_asked(harness: Harness, user: dict[str, Any]) -> int:
    """Skip the questions a described plan waits for; how many there were."""
    skipped = 0
    while (found := harness.api.last_keyboard(user["id"])) is not None and any(
            data.startswith("s:") and data.endswith(":k") for _, data in found[1]):
        await harness.press(user, -1)
        skipped += 1
    return skipped


def understood_buttons(harness: Harness, chat_id: int, marker: str) -> tuple[int, list[Any]]:
    """The newest message holding `marker` and its buttons (label, data)."""
    for message in reversed(harness.api.sent_to(chat_id)):
        if marker in message.get("text", "") and message.get("reply_markup"):
            rows = message["reply_markup"]["inline_keyboard"]
            return message["message_id"], [(b["text"], b["callback_data"]) for r in rows
                                           for b in r]
    raise AssertionError(f"no message with {marker!r}")


async def test_private_description_in_english(bot: Harness) -> None:
    await bot.say(OWNER, EXAMPLE)
    await skip_asked(bot, OWNER)
    texts = bot.texts(OWNER["id"])
    summary = next(t for t in texts if "what I understood" in t)
    for line in ("Sector: Shop / retail", "Team size: 2 to 9 people",
                 "Cash lasts: Under 2 weeks", "Trading: Closed",
                 "Online presence: Not online at all"):
        assert line in summary
    assert "Led by" not in summary and "Payments" not in summary  # never guessed
    assert any("Your crisis action plan" in t for t in texts)
    assert "I could not judge: Staff" in texts[-2] and "/assess" in texts[-2]
    assert texts[-1] == "Was this plan useful?"
    _, buttons = understood_buttons(bot, OWNER["id"], "what I understood")
    assert len(buttons) == 5 and all(len(d.encode()) <= 64 for _, d in buttons)
    assert all(len(t) <= 4096 for t in texts)
    [(chat_id, answers)] = descriptions(bot, OWNER["id"])
    assert chat_id == OWNER["id"] and '"cash_runway": "under_2w"' in answers
    stored = await bot.store.plans.latest(OWNER["id"])
    assert stored is not None and stored.record["answers"]["trading_status"] == "closed"
    await bot.say(OWNER, "/plan")  # without text: the latest plan, as before
    assert any("Your crisis action plan" in t for t in bot.texts(OWNER["id"])[len(texts):])


async def test_private_description_in_french_and_spanish(bot: Harness) -> None:
    await bot.say(FRENCH, "/plan Petit resto, 4 salariés, on a de quoi tenir un mois, "
                          "paiement en espèces uniquement")
    await skip_asked(bot, FRENCH)
    texts = bot.texts(FRENCH["id"])
    summary = next(t for t in texts if "compris" in t)
    assert "Restaurant, café" in summary and "Espèces seulement" in summary
    assert any("Votre plan d’action" in t for t in texts)
    await bot.say(SPANISH, "/plan Tienda de barrio, somos tres, las ventas bajaron un 60%, "
                           "sin página web")
    assert "Tres preguntas rápidas" in bot.texts(SPANISH["id"])[-1]  # cash first, in Spanish
    assert await skip_asked(bot, SPANISH) == 3
    texts = bot.texts(SPANISH["id"])
    summary = next(t for t in texts if "lo que entendí" in t)
    assert "Tienda" in summary and "la mitad o más" in summary
    assert "No pude evaluar" in texts[-2]


async def test_correcting_an_item_updates_answers_and_resends_plan(bot: Harness) -> None:
    await bot.say(OWNER, EXAMPLE)
    await skip_asked(bot, OWNER)
    before = plans(bot, OWNER["id"])
    message_id, buttons = understood_buttons(bot, OWNER["id"], "what I understood")
    data = next(d for label, d in buttons if label.startswith("✏️ Trading"))
    await bot.feed(bot.api.press_update(OWNER, message_id, data))
    options_id, options = understood_buttons(bot, OWNER["id"], "trading right now")
    assert [label for label, _ in options][:2] == ["✓ Closed", "Partly open"]
    assert all(len(d.encode()) <= 64 for _, d in options)
    await bot.feed(bot.api.press_update(OWNER, options_id, options[1][1]))
    assert "✅ Trading: Partly open" in bot.api.messages[(OWNER["id"], options_id)]["text"]
    [(_, answers)] = descriptions(bot, OWNER["id"])
    assert '"trading_status": "partly_open"' in answers
    assert plans(bot, OWNER["id"]) == before + 1
    stored = await bot.store.plans.latest(OWNER["id"])
    assert stored is not None and stored.record["answers"]["trading_status"] == "partly_open"
    summary = [t for t in bot.texts(OWNER["id"]) if "what I understood" in t][-1]
    assert "Trading: Partly open" in summary
    # Leaving an answer out makes it unknown again.
    message_id, buttons = understood_buttons(bot, OWNER["id"], "what I understood")
    data = next(d for label, d in buttons if label.startswith("✏️ Sector"))
    await bot.feed(bot.api.press_update(OWNER, message_id, data))
    options_id, options = understood_buttons(bot, OWNER["id"], "mainly do")
    await bot.feed(bot.api.press_update(OWNER, options_id, options[-1][1]))
    [(_, answers)] = descriptions(bot, OWNER["id"])
    assert "sector" not in answers


async def test_forged_and_stale_correction_buttons_change_nothing(bot: Harness) -> None:
    await bot.say(OWNER, EXAMPLE)
    await skip_asked(bot, OWNER)
    message_id, buttons = understood_buttons(bot, OWNER["id"], "what I understood")
    old = buttons[0][1]
    await bot.say(OWNER, "/plan we only take cash")  # a newer description
    before = descriptions(bot, OWNER["id"])
    description_id = old.split(":")[1]
    for data in [old, old + ":0", f"d:{int(description_id) + 1}:99", "d:1:0:99", "d:x",
                 "d:" + "9" * 40, f"d:{int(description_id) + 1}:0:77"]:
        await bot.feed(bot.api.press_update(OWNER, message_id, data))
    stranger = FakeBotAPI.person(799, "en", "Eve")
    newest = f"d:{int(description_id) + 1}:0:1"
    await bot.feed(bot.api.press_update(stranger, message_id, newest))
    assert descriptions(bot, OWNER["id"]) == before
    alerts = [p for m, p in bot.api.calls if m == "answerCallbackQuery" and p.get("show_alert")]
    assert len(alerts) == 8
    assert all("no longer" in a["text"] or "not your latest" in a["text"] for a in alerts)


async def test_group_gets_short_answer_and_deep_link(bot: Harness, knowledge: Knowledge) -> None:
    await bot.feed(bot.api.text_update(OWNER, EXAMPLE.replace("/plan", "/plan@msme_advisor_bot"),
                                       chat=GROUP))
    sent = [p for m, p in bot.api.calls if m == "sendMessage" and p["chat_id"] == GROUP["id"]]
    assert len(sent) == 1
    text = sent[0]["text"]
    assert "Shop / retail" in text and "👉 Start here" in text
    assert "3. " in text and "4. " not in text
    assert "Why:" not in text and "Source: ITC" not in text  # never the full plan in a group
    url = sent[0]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url == "https://t.me/msme_advisor_bot?start=plan"
    assert bot.texts(OWNER["id"]) == []  # nothing sent privately
    assert await bot.store.plans.latest(OWNER["id"]) is None  # a group plan is not "latest"
    [(chat_id, _)] = descriptions(bot, OWNER["id"])
    assert chat_id == GROUP["id"]
    # The deep link opens the full plan of that description in private.
    await bot.say(OWNER, "/start plan")
    await skip_asked(bot, OWNER)
    texts = bot.texts(OWNER["id"])
    assert any("Shop / retail" in t for t in texts)
    assert any("Source: ITC" in t for t in texts)
    assert await bot.store.plans.latest(OWNER["id"]) is not None
    assert await bot.store.assessments.active(OWNER["id"]) is None


async def test_group_plan_without_text_and_deep_link_without_description(bot: Harness) -> None:
    await bot.feed(bot.api.text_update(OWNER, "/plan", chat=GROUP))
    sent = [p for m, p in bot.api.calls if m == "sendMessage" and p["chat_id"] == GROUP["id"]]
    assert "Describe the business after the command" in sent[-1]["text"]
    await bot.say(SPANISH, "/start plan")  # no description yet: the assessment starts
    assert "1 de 16" in bot.last(SPANISH["id"]) or "1 of 16" in bot.last(SPANISH["id"])
    assert await bot.store.assessments.active(SPANISH["id"]) is not None


async def test_bad_descriptions(bot: Harness) -> None:
    await bot.say(OWNER, "/plan " + "we have cash for two weeks " * 400)  # ~10,000 characters
    assert "too long" in bot.last(OWNER["id"]) and "1500" in bot.last(OWNER["id"])
    await bot.say(OWNER, "/plan    ")  # empty: the latest plan (there is none yet)
    assert "no plan yet" in bot.last(OWNER["id"])
    await bot.say(OWNER, "/plan qwzx plorb blah")
    assert "could not recognise anything" in bot.last(OWNER["id"])
    await bot.feed(bot.api.text_update(OWNER, "/plan " + "x" * 10_000, chat=GROUP))
    assert descriptions(bot, OWNER["id"]) == []
    assert plans(bot, OWNER["id"]) == 0
    await bot.say(OWNER, "/plan <b>shop</b> is <i>closed</i> & <script>x</script> 6 staff")
    texts = bot.texts(OWNER["id"])
    assert not any("<script>" in t or "&lt;script" in t for t in texts)  # never echoed raw
    summary = next(t for t in texts if "what I understood" in t)
    assert "Trading: Closed" in summary


async def test_descriptions_are_personal_data(bot: Harness) -> None:
    await bot.say(OWNER, EXAMPLE)
    await skip_asked(bot, OWNER)
    data = await bot.store.privacy.personal_data(OWNER["id"])
    assert data["descriptions"] and "text" not in data["descriptions"][0]
    await bot.store.privacy.delete_user(OWNER["id"])
    assert descriptions(bot, OWNER["id"]) == []


def test_cli_plan_from_description_and_from_answers(
    tmp_path: Any, monkeypatch: Any, capsys: Any
) -> None:
    import json

    from bot.cli import main

    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["plan", EXAMPLE.removeprefix("/plan "), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {"area": "cash", "question": "cash_runway", "answer": "under_2w"} in \
        document["understood"]
    assert not any(u["question"] == "payments" for u in document["understood"])
    assert document["actions"] and document["scores"]["staff"] is None
    assert main(["plan", "Tienda cerrada, 3 empleados", "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Esto es lo que entendí" in out and "Cerrado" in out
    answers = tmp_path / "answers.yaml"
    answers.write_text("cash_runway: under_2w\ntrading_status: closed\n", encoding="utf-8")
    assert main(["plan", "--answers", str(answers), "--format", "json"]) == 0
    assert "understood" not in json.loads(capsys.readouterr().out)
    assert main(["plan"]) == 2
    assert main(["plan", "x", "--answers", str(answers)]) == 2


async def test_description_plan_takes_over_the_follow_ups(
    bot: Harness, knowledge: Knowledge
) -> None:
    """Nudges follow the latest plan: one from a description replaces an assessment's."""
    await bot.say(OWNER, "/start")
    await bot.answer_all(OWNER, 0)
    with sqlite3.connect(bot.db_path) as db:
        first = db.execute("SELECT MAX(id) FROM plans WHERE user_id = ?",
                           (OWNER["id"],)).fetchone()[0]
        assert db.execute("SELECT COUNT(*) FROM nudges WHERE plan_id = ? AND status = 'pending'",
                          (first,)).fetchone()[0] > 0
    await bot.say(OWNER, EXAMPLE)
    await skip_asked(bot, OWNER)
    stored = await bot.store.plans.latest(OWNER["id"])
    assert stored is not None and stored.id != first
    with sqlite3.connect(bot.db_path) as db:
        waiting = db.execute("SELECT plan_id, kind, action FROM nudges WHERE user_id = ?"
                             " AND status = 'pending'", (OWNER["id"],)).fetchall()
    assert waiting and {plan for plan, _, _ in waiting} == {stored.id}
    planned = {item[0] for item in stored.record["items"]}
    assert {action for _, kind, action in waiting if kind == "action"} <= planned
