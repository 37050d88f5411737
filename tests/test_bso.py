"""Support organisations: staff, member groups, opt-in, broadcasts and /stats, end to end."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.app import running
from bot.broadcast import Limits, Pacer
from bot.fakeapi import BOT_USER, FakeBotAPI
from bot.knowledge import Knowledge
from tests.conftest import ANONYMOUS, STAFF, STAFF_CHAT, Harness, staff_app

HELPER = FakeBotAPI.person(901, "en", "Hugo")
STRANGER = FakeBotAPI.person(666, "en", "Eve")


def group_chat(chat_id: int, title: str) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": title}


def membership(api: FakeBotAPI, chat: dict[str, Any], by: dict[str, Any], old: str,
               new: str) -> dict[str, Any]:
    return {"update_id": api.next_update_id(), "my_chat_member": {
        "chat": chat, "from": by, "date": 1,
        "old_chat_member": {"user": BOT_USER, "status": old,
                            **({"until_date": 0} if old == "kicked" else {})},
        "new_chat_member": {"user": BOT_USER, "status": new,
                            **({"until_date": 0} if new == "kicked" else {})}}}


def db(harness: Harness, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(harness.db_path) as conn:
        return conn.execute(sql, args).fetchall()


async def add_group(org: Harness, chat_id: int, title: str) -> None:
    await org.feed(membership(org.api, group_chat(chat_id, title), STAFF, "left", "member"))


async def opt_in(org: Harness, user: dict[str, Any]) -> None:
    await org.say(user, "/updates on")


def copies_to(api: FakeBotAPI, chat_id: int) -> int:
    return sum(1 for m, p in api.calls if m == "copyMessage" and int(p["chat_id"]) == chat_id)


async def broadcast(org: Harness, content: dict[str, Any] | str, audience: str) -> None:
    """/broadcast, the content, an audience button (by label prefix), Send; wait for delivery."""
    await org.say(STAFF, "/broadcast")
    if isinstance(content, str):
        await org.say(STAFF, content)
    else:
        await org.feed(org.api.message_update(STAFF, content))
    await org.press(STAFF, audience)
    await org.press(STAFF, "✅ Send")
    await org.app.advisor.broadcasts.idle()


# --- staff -----------------------------------------------------------------------------------

async def test_non_staff_are_refused_and_nothing_changes(org: Harness) -> None:
    for command in ["/broadcast", "/groups", "/groups tag -100 north", "/admin add 666",
                    "/admin list", "/stats", "/stats csv"]:
        await org.say(STRANGER, command)
        assert "staff only" in org.last(STRANGER["id"]), command
    assert db(org, "SELECT COUNT(*) FROM staff") == [(0,)]
    assert db(org, "SELECT COUNT(*) FROM broadcasts") == [(0,)]
    assert not any(m == "sendDocument" for m, _ in org.api.calls)


async def test_anonymous_group_admin_is_not_staff(staffed: Harness) -> None:
    update = staffed.api.text_update(ANONYMOUS, "/groups", chat=STAFF_CHAT)
    update["message"]["sender_chat"] = STAFF_CHAT  # in the staff chat, where staff may ask
    await staffed.feed(update)
    assert "staff only" in staffed.api.sent_to(STAFF_CHAT["id"])[-1]["text"]
    # Adding the bot as an anonymous admin does not register a group either.
    group = group_chat(-100300, "Weavers")
    await staffed.feed(membership(staffed.api, group, ANONYMOUS, "left", "member"))
    assert db(staffed, "SELECT COUNT(*) FROM member_groups") == [(0,)]
    assert any(m == "leaveChat" for m, _ in staffed.api.calls)


async def test_staff_commands_answer_only_in_private_and_the_staff_chat(
    staffed: Harness,
) -> None:
    """In a member group even staff get one sentence: no ids, titles or figures posted."""
    await add_group(staffed, -100301, "Potters")
    group = group_chat(-100301, "Potters")
    before = db(staffed, "SELECT * FROM member_groups")
    sent = len(staffed.api.sent_to(group["id"]))
    commands = ["/admin list", "/admin add 555", "/groups", "/groups tag -100301 north",
                "/stats", "/stats csv", "/broadcast", "/relief list",
                "/relief add Grant | - | - | https://example.org"]
    for command in commands:
        await staffed.feed(staffed.api.text_update(STAFF, command, chat=group))
    replies = [m.get("text", "") for m in staffed.api.sent_to(group["id"])[sent:]]
    assert replies == ["In a private chat with me, please: staff commands are not answered"
                       " here."] * len(commands)
    assert db(staffed, "SELECT * FROM member_groups") == before
    for table in ("staff", "broadcasts", "relief_added"):
        assert db(staffed, f"SELECT COUNT(*) FROM {table}") == [(0,)]
    assert not any(m == "sendDocument" for m, _ in staffed.api.calls)
    # The staff chat and a private chat answer.
    await staffed.feed(staffed.api.text_update(STAFF, "/groups", chat=STAFF_CHAT))
    assert "Potters" in staffed.api.sent_to(STAFF_CHAT["id"])[-1]["text"]
    await staffed.say(STAFF, "/admin list")
    assert str(STAFF["id"]) in staffed.last(STAFF["id"])


async def test_admin_add_list_remove(org: Harness) -> None:
    await org.say(HELPER, "/groups")
    assert "staff only" in org.last(HELPER["id"])
    await org.say(STAFF, "/admin add 901")
    assert "901 is now staff" in org.last(STAFF["id"])
    menus = [p for m, p in org.api.calls if m == "setMyCommands" and p.get("scope")]
    assert any(p["scope"].get("chat_id") == 901 and any(c["command"] == "broadcast"
                                                    for c in p["commands"]) for p in menus)
    await org.say(HELPER, "/groups")
    assert "No member groups" in org.last(HELPER["id"])
    await org.say(HELPER, "/admin list")
    assert "900" in org.last(HELPER["id"]) and "901" in org.last(HELPER["id"])
    await org.say(HELPER, "/admin remove 900")
    assert "ADVISOR_ADMIN_IDS" in org.last(HELPER["id"])
    await org.say(STAFF, "/admin remove 901")
    assert any(m == "deleteMyCommands" and p["scope"]["chat_id"] == 901
               for m, p in org.api.calls)
    await org.say(HELPER, "/groups")
    assert "staff only" in org.last(HELPER["id"])
    await org.say(STAFF, "/admin add abc")
    assert "/admin list" in org.last(STAFF["id"])


async def test_owner_menu_has_no_staff_commands(org: Harness) -> None:
    menus = [p for m, p in org.api.calls if m == "setMyCommands"]
    owner_menus = [p for p in menus if p["scope"]["type"] in ("all_private_chats",
                                                               "all_group_chats")]
    assert owner_menus
    assert all(c["command"] not in {"broadcast", "stats", "admin", "groups"}
               for p in owner_menus for c in p["commands"])
    staff_menus = [p for p in menus if p["scope"]["type"] == "chat"]
    assert any(p["scope"] == {"type": "chat", "chat_id": STAFF["id"]} for p in staff_menus)


# --- member groups ---------------------------------------------------------------------------

async def test_group_registered_by_staff_refused_for_stranger(org: Harness) -> None:
    await add_group(org, -100400, "Tailors North")
    assert db(org, "SELECT chat_id, title, active FROM member_groups") == [
        (-100400, "Tailors North", 1)]
    assert "support organisation" in org.api.sent_to(-100400)[-1]["text"]
    stranger_group = group_chat(-100500, "Random chat")
    await org.feed(membership(org.api, stranger_group, STRANGER, "left", "member"))
    assert "only serve" in org.api.sent_to(-100500)[-1]["text"]
    assert ("leaveChat", {"chat_id": -100500}) in [(m, {"chat_id": int(p["chat_id"])})
                                                   for m, p in org.api.calls if m == "leaveChat"]
    assert db(org, "SELECT COUNT(*) FROM member_groups WHERE chat_id = -100500") == [(0,)]
    await org.say(STAFF, "/groups tag -100400 north")
    await org.say(STAFF, "/groups")
    listing = org.last(STAFF["id"])
    assert "Tailors North" in listing and "#north" in listing
    await org.say(STAFF, "/groups tag -1 north")
    assert "no registered group" in org.last(STAFF["id"])
    await org.say(STAFF, "/groups tag -100400 Bad!Tag")
    assert "/groups tag" in org.last(STAFF["id"])
    # Kicked: inactive, and it says so.
    await org.feed(membership(org.api, group_chat(-100400, "Tailors North"), STAFF, "member",
                              "kicked"))
    assert db(org, "SELECT active FROM member_groups") == [(0,)]
    await org.say(STAFF, "/groups")
    assert "(inactive)" in org.last(STAFF["id"])


async def test_migrated_group_keeps_registration(org: Harness) -> None:
    await add_group(org, -400, "Bakers")
    await org.say(STAFF, "/groups tag -400 south")
    update = org.api.message_update(STAFF, {"migrate_to_chat_id": -100401},
                                    chat={"id": -400, "type": "group", "title": "Bakers"})
    await org.feed(update)
    assert db(org, "SELECT chat_id, tags, active FROM member_groups") == [
        (-100401, ",south,", 1)]


# --- owners' opt-in --------------------------------------------------------------------------

async def test_opt_in_asked_once_after_plan(org: Harness, knowledge: Knowledge) -> None:
    owner = FakeBotAPI.person(501, "en", "Amina")
    for _ in range(2):
        await org.say(owner, "/assess")
        await org.answer_all(owner, 0)
    offers = [t for t in org.texts(owner["id"]) if "receive updates" in t]
    assert len(offers) == 1
    assert db(org, "SELECT updates FROM users WHERE user_id = 501") == [(0,)]
    # The newest keyboard is the second plan's; the offer is further up the chat.
    offer = next(m for m in org.api.sent_to(501) if "receive updates" in m.get("text", ""))
    yes = next(b["callback_data"] for row in offer["reply_markup"]["inline_keyboard"]
               for b in row if b["text"].startswith("Yes"))
    await org.feed(org.api.press_update(owner, offer["message_id"], yes))
    assert db(org, "SELECT updates FROM users WHERE user_id = 501") == [(1,)]
    await org.say(owner, "/updates off")
    assert db(org, "SELECT updates FROM users WHERE user_id = 501") == [(0,)]
    await org.say(owner, "/updates")
    assert "do not receive" in org.last(owner["id"])


# --- broadcasts ------------------------------------------------------------------------------

async def test_broadcast_text_to_opted_in_owners_with_a_blocked_one(org: Harness) -> None:
    owners = [FakeBotAPI.person(600 + i, "en", f"O{i}") for i in range(4)]
    for owner in owners:
        await opt_in(org, owner)
    await org.say(FakeBotAPI.person(650), "/updates off")  # not opted in: not reached
    org.api.blocked.add(603)
    await org.say(STAFF, "/broadcast")
    await org.say(STAFF, "Relief fund opens <b>Monday</b>")
    assert copies_to(org.api, STAFF["id"]) == 1  # the preview
    _, buttons = org.api.last_keyboard(STAFF["id"]) or (0, [])
    labels = [label for label, _ in buttons]
    assert "All member groups (0)" in labels and "Businesses that opted in (4)" in labels
    await org.press(STAFF, "Businesses")
    assert "4 recipients" in org.last(STAFF["id"])
    await org.press(STAFF, "✅ Send")
    await org.app.advisor.broadcasts.idle()
    for owner in owners[:3]:
        assert copies_to(org.api, owner["id"]) == 1
    assert copies_to(org.api, 650) == 0
    report = org.last(STAFF["id"])
    assert "3 of 4 delivered" in report and "1 blocked" in report
    assert db(org, "SELECT active FROM users WHERE user_id = 603") == [(0,)]
    assert db(org, "SELECT status, COUNT(*) FROM deliveries GROUP BY status") == [
        ("blocked", 1), ("sent", 3)]


async def test_broadcast_document_to_a_tag(org: Harness) -> None:
    for chat_id, title in [(-1001, "North A"), (-1002, "North B"), (-1003, "South")]:
        await add_group(org, chat_id, title)
    await org.say(STAFF, "/groups tag -1001 north")
    await org.say(STAFF, "/groups tag -1002 north")
    document = {"document": {"file_id": "f1", "file_unique_id": "u1",
                             "file_name": "relief.pdf"}, "caption": "Forms"}
    await broadcast(org, document, "Groups tagged #north")
    assert copies_to(org.api, -1001) == copies_to(org.api, -1002) == 1
    assert copies_to(org.api, -1003) == 0
    copy = next(p for m, p in org.api.calls if m == "copyMessage" and p["chat_id"] == -1001)
    source = db(org, "SELECT from_chat_id, message_id FROM broadcasts")[0]
    assert (copy["from_chat_id"], copy["message_id"]) == source
    assert "2 of 2 delivered" in org.last(STAFF["id"])


async def test_sticker_is_not_broadcast_content(org: Harness) -> None:
    await org.say(STAFF, "/broadcast")
    await org.feed(org.api.message_update(STAFF, {"sticker": {
        "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
        "is_animated": False, "is_video": False}}))
    assert "text, a photo or a document" in org.last(STAFF["id"])
    await org.press(STAFF, "Cancel")
    assert any("broadcast is cancelled" in t for t in org.texts(STAFF["id"]))
    assert db(org, "SELECT status FROM broadcasts") == [("cancelled",)]


async def test_flood_control_migration_and_server_errors(org: Harness) -> None:
    for chat_id, title in [(-2001, "A"), (-2002, "B"), (-2003, "C"), (-2004, "D")]:
        await add_group(org, chat_id, title)
    org.api.fail_next(-2001, 429, "Too Many Requests: retry after 1", {"retry_after": 1})
    org.api.migrated[-2002] = -1002002
    org.api.fail_next(-2003, 502, "Bad Gateway")
    org.api.fail_next(-2003, 500, "Internal Server Error")
    org.api.fail_next(-2004, 400, "Bad Request: chat not found")
    await broadcast(org, "Training on Thursday", "All member groups")
    assert copies_to(org.api, -2001) == 2  # refused once, then delivered
    assert copies_to(org.api, -1002002) == 1  # followed to the supergroup
    assert copies_to(org.api, -2003) == 3  # two server errors, then delivered
    assert org.app.advisor.broadcasts.rate_limited == 1
    assert db(org, "SELECT chat_id FROM member_groups WHERE title = 'B'") == [(-1002002,)]
    report = org.last(STAFF["id"])
    assert "3 of 4 delivered, 1 failed" in report and "chat not found" in report.lower()


async def test_send_pressed_twice_sends_once(org: Harness) -> None:
    await add_group(org, -3001, "Only")
    await org.say(STAFF, "/broadcast")
    await org.say(STAFF, "Hello members")
    await org.press(STAFF, "All member groups")
    message_id, buttons = org.api.last_keyboard(STAFF["id"]) or (0, [])
    send = next(data for label, data in buttons if "Send" in label)
    await org.feed(org.api.press_update(STAFF, message_id, send))
    await org.feed(org.api.press_update(STAFF, message_id, send))
    await org.app.advisor.broadcasts.idle()
    assert copies_to(org.api, -3001) == 1
    assert db(org, "SELECT COUNT(*) FROM deliveries") == [(1,)]
    # A stranger pressing the staff member's buttons changes nothing.
    await org.feed(org.api.press_update(STRANGER, message_id, send))
    assert db(org, "SELECT COUNT(*) FROM deliveries") == [(1,)]


async def test_restart_mid_broadcast_resumes_with_bounded_duplicates(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    db_path = tmp_path / "advisor.sqlite3"
    api = FakeBotAPI()
    app = staff_app(knowledge, api, db_path)
    owners = [FakeBotAPI.person(10_000 + i) for i in range(200)]
    stopping: list[asyncio.Task[None]] = []
    async with running(app):
        harness = Harness(app, api, db_path)
        for owner in owners:
            await opt_in(harness, owner)
        worker = app.advisor.broadcasts
        worker.limits = Limits(per_second=500, progress_every=0)  # edit progress at every send

        def crash_after(method: str, params: dict[str, Any], result: Any) -> None:
            if method == "copyMessage" and copies_to(api, STAFF["id"]) and not stopping \
                    and sum(1 for m, _ in api.calls if m == "copyMessage") > 80:
                stopping.append(asyncio.get_running_loop().create_task(worker.stop()))

        api.listeners.append(crash_after)
        await harness.say(STAFF, "/broadcast")
        await harness.say(STAFF, "News")
        await harness.press(STAFF, "Businesses")
        await harness.press(STAFF, "✅ Send")
        while not stopping:
            await asyncio.sleep(0.01)
        await stopping[0]
    edits = [p["text"] for m, p in api.calls if m == "editMessageText"
             and int(p["chat_id"]) == STAFF["id"]]
    assert any(re.fullmatch(r"Sent \d+ of 200…", t) and t != "Sent 0 of 200…" for t in edits)
    first_run = Counter(int(p["chat_id"]) for m, p in api.calls if m == "copyMessage")
    assert 0 < sum(first_run[o["id"]] for o in owners) < len(owners)  # really stopped midway
    api.listeners.clear()
    app2 = staff_app(knowledge, api, db_path)
    async with running(app2):
        await app2.advisor.broadcasts.idle()
    received = Counter(int(p["chat_id"]) for m, p in api.calls if m == "copyMessage")
    assert all(received[o["id"]] >= 1 for o in owners)  # nobody lost
    duplicates = sum(received[o["id"]] - 1 for o in owners)
    assert duplicates <= Limits().max_in_flight  # no more than what was in flight
    assert db(Harness(app2, api, db_path), "SELECT status, COUNT(*) FROM deliveries"
              " GROUP BY status") == [("sent", 200)]


def test_pacer_keeps_twenty_a_minute_per_group() -> None:
    now = [1000.0]
    pacer = Pacer(Limits(per_group_per_minute=20), clock=lambda: now[0])
    for _ in range(20):
        assert pacer.group_wait(-5) == 0
        pacer.note_group(-5)
        now[0] += 1
    assert pacer.group_wait(-5) == pytest.approx(40.0)  # the first slot frees at 1060
    assert pacer.group_wait(-6) == 0 and pacer.group_wait(42) == 0  # others are unaffected
    now[0] += 40
    assert pacer.group_wait(-5) == 0


async def test_group_limit_defers_instead_of_sending(org: Harness) -> None:
    await add_group(org, -4001, "Busy")
    pacer = org.app.advisor.broadcasts.pacer
    for _ in range(20):
        pacer.note_group(-4001)
    await org.say(STAFF, "/broadcast")
    await org.say(STAFF, "One more")
    await org.press(STAFF, "All member groups")
    await org.press(STAFF, "✅ Send")
    await asyncio.sleep(0.2)
    assert copies_to(org.api, -4001) == 0
    assert db(org, "SELECT status FROM deliveries") == [("pending",)]
    assert db(org, "SELECT not_before - strftime('%s','now') > 50 FROM deliveries") == [(1,)]


# --- insight ---------------------------------------------------------------------------------

async def test_stats_hide_small_numbers_and_send_csv(org: Harness, knowledge: Knowledge) -> None:
    async def assess(user_id: int, option: int) -> None:
        owner = FakeBotAPI.person(user_id)
        await org.say(owner, "/assess")
        await org.answer_all(owner, option)

    def summary() -> str:
        return next(t for t in reversed(org.texts(STAFF["id"])) if "Members at a glance" in t)

    for user_id in range(801, 804):
        await assess(user_id, 0)
    await org.say(STAFF, "/stats")
    few = summary()
    assert "Assessed, all time: <b>&lt;5</b>" in few
    assert "At risk in" in few and "%" not in few
    for user_id in range(804, 810):
        await assess(user_id, 0)
    await org.say(STAFF, "/stats")
    many = summary()
    assert "Assessed, all time: <b>9</b>" in many
    assert "At risk in Cash: <b>100%</b>" in many
    await org.say(STAFF, "/stats csv")
    document = [p for m, p in org.api.calls if m == "sendDocument"][-1]
    assert int(document["chat_id"]) == STAFF["id"]
    filename, raw, _ = next(iter(document["_files"].values()))
    assert filename == "advisor-stats.csv"
    rows = {(t, r, c): v for t, r, c, v in list(csv.reader(io.StringIO(raw.decode())))[1:]}
    assert rows[("overview", "assessed_all_time", "value")] == "9"
    assert rows[("overview", "opted_in", "value")] == "<5"
    assert not any(str(user_id) in raw.decode() for user_id in range(801, 810))  # aggregates


# --- relief programmes -------------------------------------------------------------------------

def test_relief_file_ships_empty_and_is_validated(tmp_path: Path) -> None:
    import datetime as dtm

    from bot.knowledge import default_root
    from bot.relief import load_relief
    from bot.yamlfile import ContentError

    assert load_relief(default_root()) == []
    (tmp_path / "knowledge").mkdir()
    target = tmp_path / "knowledge" / "relief.yaml"
    target.write_text("programmes:\n  - id: grant\n    name: Grant\n    apply: call us\n"
                      "    deadline: 2026-12-31\n    qualifies: {sizes: [s1]}\n")
    [programme] = load_relief(tmp_path)
    assert programme.open_on(dtm.date(2026, 12, 31)) and not programme.open_on(
        dtm.date(2027, 1, 1))
    target.write_text("programmes:\n  - id: grant\n    name: Grant\n    apply: x\n"
                      "    deadline: soon\n")
    with pytest.raises(ContentError, match=r"relief.yaml:5: deadline"):
        load_relief(tmp_path)


# --- a human when the bot is not enough --------------------------------------------------------

async def test_ask_goes_to_staff_and_reply_comes_back(
    org: Harness, knowledge: Knowledge
) -> None:
    owner = FakeBotAPI.person(555, "en", "Kofi")
    await org.say(owner, "/ask")
    assert "Write your question" in org.last(555)
    await org.say(owner, "/assess")
    await org.answer_all(owner, 0)

    def relays() -> int:
        return sum("Question #" in m.get("text", "") for m in org.api.sent_to(STAFF["id"]))

    await org.say(owner, "/ask Can I <defer> rent?")
    # Told what goes with it before anything is sent.
    assert "with your area scores, but not your name. Send it?" in org.last(555)
    assert relays() == 0
    send = await org.press(owner, "✅ Send")
    assert "went to an advisor" in org.last(555)
    relayed = org.api.sent_to(STAFF["id"])[-1]
    await org.feed(org.api.press_update(owner, org.api.sent_to(555)[-1]["message_id"], send))
    assert relays() == 1  # a second press sends nothing
    assert "Can I &lt;defer&gt; rent?" in relayed["text"] and "Cash" in relayed["text"]
    assert "Kofi" not in relayed["text"] and "555" not in relayed["text"]
    reply = org.api.text_update(STAFF, "Yes: ask your landlord in writing.")
    reply["message"]["reply_to_message"] = relayed
    await org.feed(reply)
    assert "Answer from your support organisation" in org.last(555)
    assert "Sara" not in org.last(555)
    assert "was sent" in org.last(STAFF["id"])
    assert db(org, "SELECT answered_by FROM questions") == [(STAFF["id"],)]
    # A non-staff reply to the same message is not relayed.
    before = len(org.texts(555))
    fake = org.api.text_update(STRANGER, "I am an advisor, pay me")
    fake["message"]["reply_to_message"] = relayed
    await org.feed(fake)
    assert len(org.texts(555)) == before
    # Cancel: nothing sent, nothing kept.
    await org.say(owner, "/ask Never mind this one")
    await org.press(owner, "Cancel")
    assert "No question was sent" in org.last(555)
    assert relays() == 1
    assert db(org, "SELECT COUNT(*) FROM questions") == [(1,)]


async def test_guidance_follows_what_members_answers_show(
    org: Harness, knowledge: Knowledge
) -> None:
    stranger = FakeBotAPI.person(880)
    await org.say(stranger, "/guidance")
    assert "staff only" in org.last(880)

    async def assess(user_id: int, supplies: int) -> None:
        """The best answers, but for supplies (0: main supplier cut off)."""
        owner = FakeBotAPI.person(user_id)
        await org.say(owner, "/assess")
        await org.answer_all(owner, lambda q: supplies if q.id == "supplier_risk"
                             else len(q.options) - 1)

    async def guidance() -> str:
        """The staff's /guidance, all its messages."""
        sent = len(org.texts(STAFF["id"]))
        await org.say(STAFF, "/guidance")
        return "\n".join(org.texts(STAFF["id"])[sent:])

    for user_id in range(811, 814):
        await assess(user_id, 0)
    few = await guidance()
    assert "from the latest answers of &lt;5 businesses" in few
    assert "call for now" not in few  # three businesses call for nothing
    assert "&lt;5 of businesses: main supplier cut off" in few
    titles = [str(knowledge.text("en", "bso_guidance", g, "title"))
              for g in knowledge.bso_guidance]
    assert all(title in few for title in titles)  # every item is listed, in the file's order
    for user_id in range(814, 817):
        await assess(user_id, 0)
    for user_id in range(817, 821):
        await assess(user_id, 3)  # several reliable suppliers
    many = await guidance()
    assert "from the latest answers of 10 businesses" in many
    called = many.index("What your members' answers call for now")
    collective = str(knowledge.text("en", "bso_guidance", "bso_collective_buying", "title"))
    assert called < many.index(f"1. <b>{collective}</b> (ITC BSO2)")
    assert "60% of businesses: main supplier cut off, or only one and at risk" in many
    assert many.index("Also part of your role") > many.index(collective)
    await org.say(STAFF, "/help")
    assert "/guidance – " in org.last(STAFF["id"])


def test_stats_week_and_thresholds() -> None:
    from bot.stats import Business, insight

    now = 10 * 24 * 3600.0
    scores = {"cash": 10, "operations": 90, "staff": None, "digital": 39}
    businesses = [Business(now - (i % 2) * 8 * 24 * 3600, {}, scores, ("cash_runway",))
                  for i in range(10)]
    report = insight(businesses, started=10, opted_in=7, now=now)
    overview = report.table("overview")
    assert overview.get("assessed_this_week", "value") == 5
    assert overview.get("assessed_all_time", "value") == 10
    everyone = report.table("sector")
    assert everyone.get("all", "at_risk_cash_share") == 1.0
    assert everyone.get("all", "at_risk_operations") == "<5"  # nobody: shown as <5
    assert everyone.get("all", "at_risk_staff") == "<5"  # nobody answered
    assert report.table("actions").get("cash_runway", "in_plans") == 10
    assert overview.get("acted", "value") == "<5" and overview.get("opted_in", "value") == 7


async def test_owner_who_blocks_the_bot_is_inactive_until_back(org: Harness) -> None:
    owner = FakeBotAPI.person(777)
    await opt_in(org, owner)
    chat = {"id": 777, "type": "private", "first_name": "Owner"}
    await org.feed(membership(org.api, chat, owner, "member", "kicked"))
    assert db(org, "SELECT active FROM users WHERE user_id = 777") == [(0,)]
    assert await org.store.users.opted_in() == []
    await org.feed(membership(org.api, chat, owner, "kicked", "member"))
    assert await org.store.users.opted_in() == [(777, 777)]
