"""The PDF in any script, with the organisation's branding: every character drawn.

The test languages (tests/scripts.py) write the English texts in Cyrillic, Greek and Arabic;
the PDF is made through the real Application (📄 Download) and its text read back with pypdf.
"""

from __future__ import annotations

import datetime as dtm
import io
import unicodedata
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from bot.app import build_application, running
from bot.config import Branding, Settings
from bot.fakeapi import FakeBotAPI, InProcessRequest
from bot.fonts import shaped, visual
from bot.knowledge import Knowledge
from bot.locales import date_text
from bot.pdf import printable
from tests.conftest import Harness
from tests.scripts import TITLES, with_test_languages
from tests.test_download import assess, documents, download_button


def raw_text(data: bytes) -> str:
    """Every page's text as pypdf extracts it, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def letters(text: str) -> set[str]:
    """The letters of a text, Arabic presentation forms read as the letters they join."""
    return {c for c in unicodedata.normalize("NFKC", text) if c.isalpha()}


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), (31, 78, 121)).save(path)
    return path


@pytest.fixture
async def branded(knowledge: Knowledge, tmp_path: Path, logo: Path) -> AsyncIterator[Harness]:
    """The advisor with the test languages, for an organisation with a name, contact, logo."""
    edited = with_test_languages(knowledge, "ru", "el", "ar")
    api = FakeBotAPI()
    settings = Settings(db_path=str(tmp_path / "advisor.sqlite3"),
                        branding=Branding("Chamber of Commerce", "+254 700 000 000", logo))
    app = build_application(settings, edited, request=InProcessRequest(api, 0.05))
    async with running(app):
        yield Harness(app, api, tmp_path / "advisor.sqlite3")


async def download(bot: Harness, user: dict[str, Any], knowledge: Knowledge) -> bytes:
    await assess(bot, user, knowledge)
    message_id, data = download_button(bot, user["id"])
    await bot.feed(bot.api.press_update(user, message_id, data))
    [(_, raw)] = documents(bot, user["id"])
    return raw


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "el", "ar"])
async def test_every_character_of_the_plan_is_in_the_pdf(
    branded: Harness, knowledge: Knowledge, lang: str
) -> None:
    edited: Knowledge = branded.app.advisor.knowledge
    user = FakeBotAPI.person(730 + len(lang) * 7 + ord(lang[0]), lang, "Owner")
    raw = await download(branded, user, knowledge)
    text = raw_text(raw)
    stored = await branded.store.plans.latest(user["id"])
    shown = [edited.message(lang, "pdf_title"), edited.message(lang, "pdf_profile"),
             edited.message(lang, "pdf_scores"), edited.message(lang, "pdf_checklist")]
    shown += [str(edited.text(lang, "areas", a)) for a in ("cash", "operations", "staff")]
    for action, *_ in stored.record["items"]:
        texts = edited.text(lang, "actions", action)
        shown += [str(texts["title"]), *map(str, texts["steps"]), str(texts["why"])]
    expected = set().union(*(letters(s) for s in shown))
    assert expected - letters(text) == set()  # no letter dropped
    for piece in shown:  # word by word (lines wrap between words)
        for word in piece.split():
            # Arabic is drawn joined; pypdf gives right-to-left runs back in reading order.
            assert shaped(word).strip(".,:;()«»") in text, (lang, word)
    made = dtm.datetime.fromtimestamp(stored.created_at, dtm.UTC).date()
    day = printable(date_text(lang, made))  # as the language writes it (Babel)
    assert all(word in text for word in day.split()) if lang == "ar" else day in text
    assert "Chamber of Commerce" in text and "+254 700 000 000" in text


def test_a_right_to_left_title_is_drawn_in_display_order(knowledge: Knowledge) -> None:
    from datetime import date

    from bot.pdf import render_pdf
    from bot.plan import build_plan

    edited = with_test_languages(knowledge, "ar")
    plan = build_plan(edited, {q.id: q.options[0].id for q in edited.questions})
    branding = Branding(TITLES["ar"]["org"], "")
    text = raw_text(render_pdf(edited, "ar", plan, date(2026, 11, 29), (), branding))
    title = TITLES["ar"]["pdf_title"]
    # pypdf turns right-to-left runs back into reading order: drawn in display order (the
    # first word rightmost, each word's letters right to left), the title reads back whole.
    assert shaped(title) in text and shaped(branding.name) in text
    assert visual(shaped(title), True) not in text
    assert letters(title) <= letters(text)


# --- the organisation's name on the bot ----------------------------------------------------

async def test_welcome_and_descriptions_name_the_organisation(
    branded: Harness, knowledge: Knowledge
) -> None:
    owner = FakeBotAPI.person(760, "fr", "Awa")
    await branded.say(owner, "/start")
    welcome = branded.texts(760)[0]
    assert welcome.startswith(knowledge.message("fr", "welcome"))
    assert "proposé par <b>Chamber of Commerce</b>" in welcome
    assert "Contact\u00a0: +254 700 000 000" in welcome
    descriptions = branded.api.descriptions
    for lang, code in (("en", ""), ("fr", "fr"), ("es", "es"), ("ru", "ru")):
        long, short = descriptions[("description", code)], descriptions[("short_description",
                                                                          code)]
        assert long.startswith(branded.app.advisor.knowledge.message(lang, "bot_description"))
        assert long.endswith("Chamber of Commerce.") and len(long) <= 512
        assert 0 < len(short) <= 120
    assert "Crisis" not in descriptions[("short_description", "fr")]


async def test_without_an_organisation_the_welcome_is_the_plain_one(
    bot: Harness, knowledge: Knowledge
) -> None:
    await bot.say(FakeBotAPI.person(761), "/start")
    # The welcome, then at once the first question, in one message.
    assert bot.texts(761)[0].startswith(knowledge.message("en", "welcome") + "\n\n<i>")
    assert bot.api.descriptions[("description", "")] == knowledge.message("en",
                                                                          "bot_description")


def test_organisation_settings_are_checked(tmp_path: Path, logo: Path) -> None:
    from bot.config import SettingsError, load_settings

    settings = load_settings({"ADVISOR_ORG_NAME": "  Chamber   of Commerce ",
                              "ADVISOR_ORG_CONTACT": "desk@chamber.example",
                              "ADVISOR_ORG_LOGO": str(logo)}, None, require_token=False)
    assert settings.branding == Branding("Chamber of Commerce", "desk@chamber.example", logo)
    text_file = tmp_path / "logo.txt"
    text_file.write_text("not an image")
    for env, says in (({"ADVISOR_ORG_LOGO": str(tmp_path / "missing.png")}, "cannot be read"),
                      ({"ADVISOR_ORG_LOGO": str(text_file)}, "PNG or JPEG"),
                      ({"ADVISOR_ORG_NAME": "x" * 81}, "at most 80")):
        with pytest.raises(SettingsError, match=says):
            load_settings(env, None, require_token=False)
