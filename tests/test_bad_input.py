"""Bad input the earlier tests did not try: edits, channel posts, Telegram Business updates,
right-to-left and control characters, 10,000-character texts, junk arguments, media where
text is expected, and an anonymous group admin. Each: no crash, a clear sentence (or
silence), no data change."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from tests.conftest import ANONYMOUS, STAFF, STAFF_CHAT, Harness
from tests.test_bso import add_group, group_chat

OWNER = FakeBotAPI.person(801, "en", "Dalia")
LONG = "x" * 10_000
ERROR = "something went wrong"
TABLES = ("users", "assessments", "answers", "plans", "nudges", "action_progress", "staff",
          "member_groups", "broadcasts", "deliveries", "questions")


def snapshot(harness: Harness) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table that holds what users and staff did (not which message
    shows the current question: asking it again is not a change)."""
    with sqlite3.connect(harness.db_path) as db:
        rows = {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
        rows["assessments"] = db.execute(
            "SELECT id, user_id, status, position, started_at, finished_at FROM assessments"
            " ORDER BY id").fetchall()
    return rows


def edited(update: dict[str, Any], text: str) -> dict[str, Any]:
    """The same message, edited by its sender to `text` (a new update id)."""
    message = {**update["message"], "text": text, "edit_date": update["message"]["date"] + 5}
    message.pop("entities", None)
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0,
                                "length": len(text.split()[0])}]
    return {"update_id": update["update_id"] + 1_000_000, "edited_message": message}


def channel_post(api: FakeBotAPI, text: str, key: str = "channel_post") -> dict[str, Any]:
    chat = {"id": -1009990001, "type": "channel", "title": "News"}
    post: dict[str, Any] = {"message_id": 1, "date": 1, "chat": chat, "sender_chat": chat,
                            "text": text}
    if text.startswith("/"):
        post["entities"] = [{"type": "bot_command", "offset": 0,
                             "length": len(text.split()[0])}]
    return {"update_id": api.next_update_id(), key: post}


async def test_edited_answer_is_not_a_new_answer(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    answer = bot.api.text_update(OWNER, "shop")
    await bot.feed(answer)
    before, sent = snapshot(bot), len(bot.texts(OWNER["id"]))
    await bot.feed(edited(answer, "restaurant"))
    start = bot.api.text_update(OWNER, "/start")
    await bot.feed(edited(start, "/assess"))  # an edited command is not run either
    assert snapshot(bot) == before
    replies = bot.texts(OWNER["id"])[sent:]
    assert len(replies) == 2 and all("your edit changed nothing" in r for r in replies), replies
    assert not any(ERROR in t for t in bot.texts(OWNER["id"]))


async def test_channel_posts_are_ignored(bot: Harness) -> None:
    before = snapshot(bot)
    for text in ("/start", "/stats", "/admin add 5", "/delete", "hello", LONG):
        await bot.feed(channel_post(bot.api, text))
        await bot.feed(channel_post(bot.api, text, "edited_channel_post"))
    assert snapshot(bot) == before
    assert [m for m, _ in bot.api.calls if m.startswith("send")] == []


CUSTOMER = FakeBotAPI.person(802, "en", "Kofi")


def business_updates(api: FakeBotAPI, text: str) -> list[dict[str, Any]]:
    """A customer writing to a business account whose owner connected the bot, and the rest."""
    chat = {"id": CUSTOMER["id"], "type": "private", "first_name": CUSTOMER["first_name"]}
    message: dict[str, Any] = {"business_connection_id": "bc1", "message_id": 3, "date": 1,
                               "chat": chat, "from": CUSTOMER, "text": text}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0,
                                "length": len(text.split()[0])}]
    connection = {"id": "bc1", "user": OWNER, "user_chat_id": OWNER["id"], "date": 1,
                  "is_enabled": True}
    return [{"update_id": api.next_update_id(), "business_message": message},
            {"update_id": api.next_update_id(),
             "edited_business_message": {**message, "edit_date": 2}},
            {"update_id": api.next_update_id(), "business_connection": connection},
            {"update_id": api.next_update_id(), "deleted_business_messages": {
                "business_connection_id": "bc1", "chat": chat, "message_ids": [3]}}]


async def test_business_updates_are_ignored(bot: Harness) -> None:
    """Replies would go out in the business owner's name, to their customers."""
    before = snapshot(bot)
    for text in ("/start", "/plan we have cash for a week", "/delete", "/stats", "hello",
                 LONG):
        for update in business_updates(bot.api, text):
            await bot.feed(update)
    assert snapshot(bot) == before
    assert [m for m, _ in bot.api.calls if m.startswith(("send", "answer", "edit"))] == []


async def test_right_to_left_and_control_characters(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    before = snapshot(bot)
    samples = ["متجر صغير", "חנות", "\u202ezzqx\u202c", "q\x00z\x07x\x1b[31m",
               "\u200b\u200f\u2066x\u2069", "\ufeff"]
    for text in samples:
        await bot.say(OWNER, text)
    texts = bot.texts(OWNER["id"])
    assert not any(ERROR in t for t in texts)
    clear = ("could not match", "Did you mean")
    assert sum(any(c in t for c in clear) for t in texts) == len(samples)
    echoed = "\n".join(t for t in texts if "could not match" in t)
    assert "متجر صغير" in echoed and "חנות" in echoed  # right-to-left text is kept...
    for control in ("\u202e", "\x00", "\x07", "\x1b", "\u2066", "\ufeff"):
        assert control not in echoed  # ...but no control character is echoed back
    assert snapshot(bot) == before


async def test_ask_with_right_to_left_and_control_characters(org: Harness) -> None:
    await org.say(OWNER, "/ask هل يمكنني الحصول على قرض؟ \u202e\x07")
    await org.press(OWNER, "✅ Send")
    relayed = org.texts(STAFF["id"])[-1]
    assert "هل يمكنني الحصول على قرض؟" in relayed
    assert "\u202e" not in relayed and "\x07" not in relayed
    with sqlite3.connect(org.db_path) as db:
        stored = db.execute("SELECT text FROM questions").fetchall()
    assert stored == [("هل يمكنني الحصول على قرض؟",)]


COMMANDS = ["start", "assess", "plan", "cancel", "help", "language", "progress", "reminders",
            "updates", "privacy", "mydata", "delete", "ask", "admin", "groups", "stats",
            "broadcast"]


async def test_ten_thousand_characters_to_every_command(org: Harness) -> None:
    await org.say(OWNER, "/start")
    before = snapshot(org)
    tries = [(OWNER, c) for c in COMMANDS] + [(STAFF, c) for c in ("admin", "groups", "stats")]
    tries += [(STAFF, "admin add"), (STAFF, "groups tag -100")]
    for user, command in tries:
        sent = len(org.api.calls)
        await org.say(user, f"/{command} {LONG}")
        replies = [p for m, p in org.api.calls[sent:] if m in ("sendMessage", "sendDocument")]
        assert replies, f"/{command} got no answer"
    texts = org.texts(OWNER["id"]) + org.texts(STAFF["id"])
    assert not any(ERROR in t for t in texts)
    assert any("too long" in t and "1,000" in t for t in texts)  # /ask says why
    after = snapshot(org)
    # /start and /assess with junk after them begin (again) as without it; nothing else moves.
    assert {k: v for k, v in after.items() if k not in ("assessments", "answers")} == \
        {k: v for k, v in before.items() if k not in ("assessments", "answers")}
    assert after["answers"] == before["answers"]


async def test_ten_thousand_characters_as_broadcast_content_and_answers(org: Harness) -> None:
    await org.say(OWNER, "/start")
    await org.say(OWNER, LONG)
    assert "too long" in org.last(OWNER["id"])
    await org.say(STAFF, "/broadcast")
    await org.say(STAFF, LONG)  # Telegram would not deliver it; if it did, it is shown
    texts = org.texts(STAFF["id"])
    assert not any(ERROR in t for t in texts + org.texts(OWNER["id"]))
    assert "Who should receive" in texts[-1]


@pytest.mark.parametrize(("command", "expected"), [
    ("/updates maybe", "do not receive"),
    ("/reminders sometimes", "Send /reminders on"),
    ("/delete junk", "erase"),
    ("/stats junk", "Members at a glance"),
    ("/groups junk", "Use /groups"),
    ("/groups tag notanid market", "Use /groups"),
    ("/groups tag -100 BAD TAG!", "Use /groups"),
    ("/admin add notanumber", "Use /admin"),
    ("/admin remove -5", "Use /admin"),
    ("/admin junk 1 2", "Use /admin"),
    ("/language xx", "language"),
    ("/plan junk", "could not recognise anything"),  # read as a description
    # Beyond SQLite's integers (OverflowError), 0, and Telegram's own accounts.
    ("/admin add 99999999999999999999", "not a person's Telegram user id"),
    ("/admin remove 99999999999999999999", "not a person's Telegram user id"),
    ("/admin add 0", "not a person's Telegram user id"),
    ("/admin add 777000", "not a person's Telegram user id"),
    ("/admin add 136817688", "not a person's Telegram user id"),
    ("/admin add 1087968824", "not a person's Telegram user id"),
    ("/groups tag 99999999999999999999 market", "Use /groups"),
])
async def test_junk_arguments_are_explained(org: Harness, command: str, expected: str) -> None:
    await org.say(OWNER, "/updates")  # the owner exists; the choice is "off"
    await add_group(org, -100, "Market")
    before = snapshot(org)
    user = STAFF if command.split()[0] in ("/stats", "/groups", "/admin") else OWNER
    await org.say(user, command)
    assert expected.lower() in org.last(user["id"]).lower()
    assert ERROR not in org.last(user["id"])
    assert snapshot(org) == before


async def test_buttons_without_data_or_with_a_trailing_newline_change_nothing(
    bot: Harness,
) -> None:
    """PTB routes a press without data to the first handler with a pattern; `$` in a pattern
    lets "upd:off\\n" through (it turned the updates off)."""
    await bot.say(OWNER, "/updates on")
    await bot.say(OWNER, "/start")
    message_id, buttons = bot.api.last_keyboard(OWNER["id"]) or (0, [])
    before = snapshot(bot)
    presses = ["", "upd:off\n", "upd:on\n", "del:yes\n", "l:fr\n", "askq:start\n",
               buttons[0][1] + "\n", "n:1:1:d\n", "bc:1:x\n", "d:1:0\n", "pdf\n"]
    for data in presses:
        update = bot.api.press_update(OWNER, message_id, data)
        if not data:
            del update["callback_query"]["data"]
        await bot.feed(update)
    answers = [p for m, p in bot.api.calls if m == "answerCallbackQuery"]
    assert len(answers) == len(presses)
    assert "text" not in answers[0]  # no data: answered, nothing else ran
    assert snapshot(bot) == before
    user = await bot.store.users.get(OWNER["id"])
    assert user is not None and user.language == "en"
    assert await bot.store.users.updates_choice(OWNER["id"]) is True


async def test_photo_and_voice_where_text_is_expected(bot: Harness) -> None:
    await bot.say(OWNER, "/start")
    before = snapshot(bot)
    photo = {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}],
             "caption": "shop"}
    voice = {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}}
    for content in (photo, voice):
        await bot.feed(bot.api.message_update(OWNER, content))
        assert "only read text" in bot.last(OWNER["id"])
    assert snapshot(bot) == before


async def test_anonymous_group_admin_is_refused_staff_commands(staffed: Harness) -> None:
    await add_group(staffed, -100777, "Market traders")
    before = snapshot(staffed)
    # In a member group staff commands are not answered; in the staff chat, where they are,
    # the anonymous admin is not staff.
    for chat, refusal in ((group_chat(-100777, "Market traders"), "in a private chat"),
                          (STAFF_CHAT, "staff only")):
        for command in ("/stats", "/groups", "/groups tag -100777 food", "/admin add 5",
                        "/admin list", "/broadcast", "/stats csv"):
            update = staffed.api.text_update(ANONYMOUS | {"is_bot": True}, command, chat=chat)
            update["message"]["sender_chat"] = chat
            await staffed.feed(update)
            assert refusal in staffed.last(chat["id"]).lower(), command
    assert snapshot(staffed) == before
    assert not any(m == "sendDocument" for m, _ in staffed.api.calls)
