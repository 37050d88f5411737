"""What a demanding owner on a cheap phone runs into, through the real Application."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from tests.conftest import Harness

OWNER = FakeBotAPI.person(601, "en", "Kofi")  # Telegram app in English


def alerts(bot: Harness) -> list[str]:
    return [str(p.get("text", "")) for m, p in bot.api.calls if m == "answerCallbackQuery"]


async def tap_twice(bot: Harness, user: dict[str, Any], data: str) -> None:
    """Two taps on the same button before the first one's edit arrives on the phone."""
    found = bot.api.last_keyboard(user["id"])
    assert found is not None
    message_id, _ = found
    for _ in range(2):
        await bot.feed(bot.api.press_update(user, message_id, data))


async def test_double_tap_on_a_choice_is_not_an_error(bot: Harness) -> None:
    await bot.say(OWNER, "/updates")
    await tap_twice(bot, OWNER, "upd:on")
    await bot.say(OWNER, "/language")
    await tap_twice(bot, OWNER, "l:fr")
    await bot.say(OWNER, "/delete")
    await tap_twice(bot, OWNER, "del:no")
    texts = bot.texts(OWNER["id"])
    assert not any("something went wrong" in t or "problème est survenu" in t for t in texts)
    assert "You will receive the organisation's updates" in texts[0]


async def test_chosen_language_is_used_for_errors_and_old_buttons(bot: Harness) -> None:
    await bot.say(OWNER, "/language")
    await bot.press(OWNER, "Français")
    # An old or forged button: the alert is in French, not in the app's English.
    await bot.feed(bot.api.press_update(OWNER, 1, "zz:old"))
    assert "Cette question n’est plus ouverte" in alerts(bot)[-1]
    await bot.feed(bot.api.press_update(OWNER, 1, "d:999:0"))
    assert "Cette description n’est plus la dernière" in alerts(bot)[-1]
    # A failure on our side is explained in French too.
    bot.api.fail_next(OWNER["id"], 500, "Internal Server Error")
    await bot.say(OWNER, "/privacy")
    assert "problème est survenu" in bot.last(OWNER["id"])


async def test_typed_back_on_the_first_question_asks_it_again(bot: Harness) -> None:
    owner = FakeBotAPI.person(602, "fr", "Awa")
    await bot.say(owner, "/start")
    before = len(bot.texts(owner["id"]))
    await bot.say(owner, "retour")
    texts = bot.texts(owner["id"])
    assert len(texts) == before + 1  # not silence
    assert "1 sur 16" in texts[-1]


async def test_cancel_does_not_promise_to_resume(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    await bot.press(OWNER, 0)
    await bot.say(OWNER, "/cancel")
    assert "answers are kept" not in bot.last(OWNER["id"])
    await bot.say(OWNER, "/start")
    assert "1 of 16" in bot.last(OWNER["id"])  # a new assessment, as the message said


async def test_empty_relief_directory_points_to_the_format(knowledge: Any, tmp_path: Any) -> None:
    from bot.app import build_application, running
    from bot.config import Settings
    from bot.fakeapi import InProcessRequest

    staff = FakeBotAPI.person(900, "es", "Sara")
    api = FakeBotAPI()
    app = build_application(Settings(db_path=str(tmp_path / "a.sqlite3"),
                                     admin_ids=frozenset({900})), knowledge,
                            request=InProcessRequest(api, 0.05))
    async with running(app):
        harness = Harness(app, api, tmp_path / "a.sqlite3")
        await harness.say(staff, "/relief")
        empty = harness.last(900)
        command = re.search(r"/relief[\w ]*?(?= solo| seul| on its own)", empty)
        assert command is not None, empty
        await harness.say(staff, command.group(0))  # what the message says to send
        assert "<code>/relief add Nombre | " in harness.last(900)
        await harness.say(staff, "/relief add Grant | - | 2030-01-01")
        command = re.search(r"/relief[\w ]*?(?= solo| seul| on its own)", harness.last(900))
        assert command is not None and command.group(0) == "/relief add"


GROUP = {"id": -100700, "type": "supergroup", "title": "Tailors of Kumasi"}


async def test_group_menu_lists_only_what_answers_in_a_group(bot: Harness) -> None:
    menus = [p for m, p in bot.api.calls if m == "setMyCommands"]
    group_menus = [p for p in menus if p["scope"]["type"] == "all_group_chats"]
    assert len(group_menus) == 3  # en (default), fr, es
    assert all([c["command"] for c in p["commands"]] == ["plan"] for p in group_menus)
    french = next(p for p in group_menus if p.get("language_code") == "fr")
    assert "Décrivez" in french["commands"][0]["description"]
    private = [p for p in menus if p["scope"]["type"] == "all_private_chats"]
    assert {"progress", "delete", "ask"} <= {c["command"] for c in private[0]["commands"]}


async def test_personal_commands_in_a_group_point_to_a_private_chat(bot: Harness) -> None:
    for command in ("/progress", "/ask what loans?", "/reminders off", "/privacy",
                    "/mydata", "/delete", "/language", "/cancel", "/updates on",
                    "/progress@msme_advisor_bot"):
        before = len(bot.texts(GROUP["id"]))
        await bot.feed(bot.api.text_update(OWNER, command, GROUP))
        assert len(bot.texts(GROUP["id"])) == before + 1, f"{command}: no answer in the group"
        assert "talk privately" in bot.last(GROUP["id"])
        _, buttons = bot.api.last_keyboard(GROUP["id"]) or (0, [])
        assert buttons[0][1] == "https://t.me/msme_advisor_bot"  # opens the chat, no assessment
    await bot.feed(bot.api.text_update(OWNER, "/start", GROUP))
    _, buttons = bot.api.last_keyboard(GROUP["id"]) or (0, [])
    assert buttons[0][1].endswith("?start=assess")
    assert await bot.store.users.get(OWNER["id"]) is None  # nothing personal stored from a group


def labels_sent(bot: Harness, chat_id: int) -> list[tuple[int, str]]:
    """Every inline button the bot showed in a chat: (buttons in its row, label)."""
    found = []
    for method, params in bot.api.calls:
        markup = params.get("reply_markup")
        if method not in ("sendMessage", "editMessageText", "editMessageReplyMarkup") \
                or not isinstance(markup, dict) or int(params.get("chat_id", 0)) != chat_id:
            continue
        for row in markup.get("inline_keyboard", []):
            found += [(len(row), button["text"]) for button in row]
    return found


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
async def test_button_labels_fit_a_narrow_phone(bot: Harness, knowledge: Any,
                                                lang: str) -> None:
    """About 32 characters fit a full-width button on a small phone, 16 a half-width one."""
    owner = FakeBotAPI.person(700, lang, "Ngozi")
    await bot.say(owner, "/start")
    await bot.answer_all(owner, 0)
    await bot.say(owner, "/updates")
    await bot.say(owner, "/delete")
    await bot.press(owner, 1)  # keep
    description = {
        "en": "/plan we are broke, the shop is closed, we keep staff informed with "
              "regular updates, we only use whatsapp, one supplier",
        "fr": "/plan plus d'argent, la boutique est fermée, nous informons le personnel "
              "chaque semaine, un seul fournisseur",
        "es": "/plan no tenemos dinero, la tienda está cerrada, informamos al personal "
              "cada semana, un solo proveedor",
    }[lang]
    await bot.say(owner, description)
    while any(data.startswith("s:") for _, data in bot.api.last_keyboard(owner["id"])[1]):
        await bot.press(owner, -1)  # Skip the questions asked before the plan
    labels = labels_sent(bot, owner["id"])
    assert any(label.startswith("✏️") for _, label in labels)
    too_long = [label for per_row, label in labels if len(label) > 32 // per_row]
    assert not too_long


async def test_french_plan_puts_a_space_before_colons(bot: Harness, knowledge: Any) -> None:
    """French puts a non-breaking space before : and ; in what the bot writes, too."""
    owner = FakeBotAPI.person(703, "fr", "Aïcha")
    await bot.say(owner, "/start")
    await bot.answer_all(owner, 0)
    await bot.say(owner, "/progress")
    text = "\n".join(bot.texts(owner["id"]))
    assert "Trésorerie\u00a0: ░░░░░░░░░░ 0/100" in text  # the plan's scores
    assert "Réserves\u00a0: Moins de 2 semaines" in text  # a reason under "Pourquoi :"
    assert "Trésorerie\u00a0: 0/100" in text  # /progress
    assert "Trésorerie:" not in text and "Réserves:" not in text
    assert "Moins de 2 semaines\u00a0; " in text  # between two reasons
    assert not re.search(r"\w; ", text)


async def test_staff_help_lists_the_staff_commands(knowledge: Any, tmp_path: Any) -> None:
    from bot.app import build_application, running
    from bot.config import Settings
    from bot.fakeapi import InProcessRequest

    api = FakeBotAPI()
    app = build_application(Settings(db_path=str(tmp_path / "a.sqlite3"),
                                     admin_ids=frozenset({900})), knowledge,
                            request=InProcessRequest(api, 0.05))
    async with running(app):
        harness = Harness(app, api, tmp_path / "a.sqlite3")
        await harness.say(FakeBotAPI.person(900, "fr", "Sara"), "/help")
        assert "/relief – " in harness.last(900) and "/broadcast – " in harness.last(900)
        await harness.say(OWNER, "/help")
        assert "/broadcast" not in harness.last(OWNER["id"])
