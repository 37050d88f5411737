"""The 📄 Download button and `plan --format pdf`: the plan as a PDF to keep."""

from __future__ import annotations

import copy
import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bot.cli import main
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.pdf import printable, render_pdf
from bot.plan import build_plan
from tests.conftest import Harness, worst_with_staff

OWNER = FakeBotAPI.person(701, "en", "Ama")


def pdf_text(data: bytes) -> str:
    """The text of every page, whitespace collapsed (line wraps become spaces)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def download_button(bot: Harness, chat_id: int) -> tuple[int, str]:
    """(message id, data) of the newest Download button in a chat."""
    for message in reversed(bot.api.sent_to(chat_id)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"].startswith("📄"):
                    return message["message_id"], button["callback_data"]
    raise AssertionError("no Download button")


def documents(bot: Harness, chat_id: int) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each document sent to a chat."""
    sent = []
    for method, params in bot.api.calls:
        if method == "sendDocument" and int(params["chat_id"]) == chat_id:
            filename, raw, _ = next(iter(params["_files"].values()))
            sent.append((filename, raw))
    return sent


async def assess(bot: Harness, user: dict[str, Any], knowledge: Knowledge) -> None:
    await bot.say(user, "/start")
    await bot.answer_all(user, worst_with_staff)  # the worst case: the longest plan


def alerts(bot: Harness) -> list[str]:
    return [str(p["text"]) for m, p in bot.api.calls
            if m == "answerCallbackQuery" and p.get("text")]


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Crisis action plan", "Area scores", "Steps", "Why:", "Source: ITC B2"]),
    ("fr", ["Scores par domaine", "Étapes", "Pourquoi :", "trésorerie", "coup d’œil"]),
    ("es", ["Puntuación por área", "Pasos", "Por qué:", "Pequeñas", "acción"]),
])
async def test_download_sends_the_plan_as_pdf(
    bot: Harness, knowledge: Knowledge, lang: str, words: list[str]
) -> None:
    user = FakeBotAPI.person(710 + len(lang) + ord(lang[0]), lang, "Owner")
    await assess(bot, user, knowledge)
    message_id, data = download_button(bot, user["id"])
    assert data == "pdf" and len(data.encode()) <= 64
    await bot.feed(bot.api.press_update(user, message_id, data))
    [(filename, raw)] = documents(bot, user["id"])
    assert raw.startswith(b"%PDF") and len(raw) < 1_000_000
    stem = {"en": "action-plan", "fr": "plan-d-action", "es": "plan-de-accion"}[lang]
    assert re.fullmatch(rf"{stem}-\d{{4}}-\d{{2}}-\d{{2}}\.pdf", filename)
    text = pdf_text(raw)
    stored = await bot.store.plans.latest(user["id"])
    titles = [printable(str(knowledge.text(lang, "actions", a, "title")))
              for a, *_ in stored.record["items"]]
    assert titles and all(title in text for title in titles), text
    if lang != "en":
        assert any(not title.isascii() for title in titles)  # accents survived
    for word in words:
        assert word in text, word
    assert knowledge.message(lang, "pdf_not_judged") not in text  # every area was answered


async def test_download_from_plan_command_and_unknown_areas(
    bot: Harness, knowledge: Knowledge
) -> None:
    await bot.say(OWNER, "/start")
    for _ in range(4):  # the profile and the first cash question; the rest is skipped
        await bot.press(OWNER, 0)
    while "Skip ➡️" in [label for label, _ in (bot.api.last_keyboard(OWNER["id"]) or (0, []))[1]]:
        await bot.press(OWNER, "Skip")
    await bot.say(OWNER, "/plan")
    message_id, data = download_button(bot, OWNER["id"])
    assert message_id == bot.api.sent_to(OWNER["id"])[-1]["message_id"]  # under /plan's plan
    await bot.feed(bot.api.press_update(OWNER, message_id, data))
    [(_, raw)] = documents(bot, OWNER["id"])
    text = pdf_text(raw)
    assert "Not judged" in text and "Business profile" in text


async def test_no_plan_gets_a_sentence_and_no_document(bot: Harness) -> None:
    await bot.say(OWNER, "/help")
    message_id = bot.api.sent_to(OWNER["id"])[-1]["message_id"]
    await bot.feed(bot.api.press_update(OWNER, message_id, "pdf"))
    assert documents(bot, OWNER["id"]) == []
    assert "You have no plan yet" in bot.last(OWNER["id"])


async def test_forged_data_gets_an_answer_and_no_document(
    bot: Harness, knowledge: Knowledge
) -> None:
    await assess(bot, OWNER, knowledge)
    message_id, _ = download_button(bot, OWNER["id"])
    before = len(bot.api.sent_to(OWNER["id"]))
    for data in ["pdf:1", "pdfx", "pdf" + "9" * 61, "pdf:../../etc/passwd"]:
        await bot.feed(bot.api.press_update(OWNER, message_id, data))
    assert documents(bot, OWNER["id"]) == []
    assert len(bot.api.sent_to(OWNER["id"])) == before
    assert alerts(bot).count(knowledge.message("en", "pdf_stale")) == 4


def test_emoji_and_accents_in_titles_do_not_break_the_pdf(knowledge: Knowledge) -> None:
    plan = build_plan(knowledge, {q.id: q.options[0].id for q in knowledge.questions})
    edited = copy.copy(knowledge)
    edited.texts = copy.deepcopy(knowledge.texts)
    first = plan.items[0].action
    edited.texts["fr"]["actions"][first]["title"] = "📋 Été : « œuvre » ç ñ ¿Qué? ✅ <b>&"
    text = pdf_text(render_pdf(edited, "fr", plan, date(2026, 11, 29)))
    assert "Été : « œuvre » ç ñ ¿Qué? <b>&" in text
    assert "Établi le 29 novembre 2026" in text  # the date as French writes it (Babel)
    assert printable("📋 Plan ✅ → fin 👋🏽") == "Plan → fin"  # DejaVu has the arrow


def test_cli_writes_pdf_and_other_formats_to_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    knowledge: Knowledge,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    answers = tmp_path / "answers.yaml"
    answers.write_text("sector: retail\ncash_runway: under_2w\n", encoding="utf-8")
    out = tmp_path / "plan.pdf"
    assert main(["plan", "--answers", str(answers), "--format", "pdf", "--output", str(out),
                 "--lang", "fr"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out.read_bytes())
    first = build_plan(knowledge, {"sector": "retail", "cash_runway": "under_2w"}).items[0]
    assert str(knowledge.text("fr", "actions", first.action, "title")) in text
    assert main(["plan", "--answers", str(answers), "--format", "pdf"]) == 2
    err = capsys.readouterr().err
    assert "--output" in err and "Traceback" not in err
    json_out = tmp_path / "plan.json"
    assert main(["plan", "--answers", str(answers), "--format", "json",
                 "--output", str(json_out)]) == 0
    assert '"itc_point"' in json_out.read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""
