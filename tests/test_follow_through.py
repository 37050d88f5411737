"""Following a plan through: ✅ per action in /progress, 👍/👎 with a comment, /feedback.

Through the real Application and database: ticking an action off stops its nudges (and
unticking brings them back), feeds /stats; the answer to "was this plan useful?" and its
one-line comment are stored and summarised in /stats; /feedback reaches the staff like /ask.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from bot import callbacks
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from tests.conftest import STAFF, Harness
from tests.test_nudges import DAY, make_plan, nb, nudge_messages, rows  # noqa: F401 - fixture

OWNER = FakeBotAPI.person(601, "en", "Kofi")


def keyboard(h: Harness, chat_id: int, text: str) -> tuple[int, list[tuple[str, str]]]:
    """(message id, [(label, data)]) of the newest bot message containing `text`."""
    for message in reversed(h.api.sent_to(chat_id)):
        if text in message.get("text", ""):
            markup = message.get("reply_markup") or {"inline_keyboard": []}
            return message["message_id"], [(b["text"], b["callback_data"])
                                           for row in markup["inline_keyboard"] for b in row]
    raise AssertionError(f"no message with {text!r}")


def alerts(h: Harness) -> list[str]:
    return [str(p["text"]) for m, p in h.api.calls if m == "answerCallbackQuery" and p.get("text")]


# --- ✅ in /progress --------------------------------------------------------------------------


async def test_ticking_an_action_off_stops_its_nudges_and_unticking_resumes_them(
    nb: Harness, knowledge: Knowledge  # noqa: F811
) -> None:
    await make_plan(nb, knowledge)
    await nb.say(OWNER, "/progress")
    message_id, buttons = keyboard(nb, 601, "Your progress")
    plan_id = rows(nb, "SELECT MAX(id) FROM plans")[0][0]
    assert [d for _, d in buttons] == [callbacks.progress(plan_id, i) for i in range(len(buttons))]
    assert all(label.startswith("⬜ ") for label, _ in buttons)
    first = rows(nb, "SELECT record FROM plans")[0][0].split('"')[3]  # the plan's first action
    title = str(knowledge.text("en", "actions", first, "title"))
    assert buttons[0][0].startswith(f"⬜ 1. {title[:20]}")

    await nb.feed(nb.api.press_update(OWNER, message_id, buttons[0][1]))
    message = nb.api.messages[(601, message_id)]  # edited in place
    assert f"✅ {title}" in message["text"] and "1 of" in message["text"]
    assert message["reply_markup"]["inline_keyboard"][0][0]["text"].startswith("✅ 1.")
    assert f"✅ Done: {title}" in alerts(nb)
    assert rows(nb, "SELECT action FROM action_progress") == [(first,)]
    assert {s for (s,) in rows(nb, "SELECT status FROM nudges WHERE action = ?", first)} == {
        "ticked"}
    # Its nudges are not sent; the others are.
    await nb.app.advisor.nudges.send_due(now=9999999999.0)
    sent = "\n".join(m["text"] for m in nudge_messages(nb, 601))
    assert sent and title not in sent

    await nb.feed(nb.api.press_update(OWNER, message_id, buttons[0][1]))  # untick
    assert f"⬜ {title}" in nb.api.messages[(601, message_id)]["text"]
    assert rows(nb, "SELECT COUNT(*) FROM action_progress") == [(0,)]
    assert {s for (s,) in rows(nb, "SELECT status FROM nudges WHERE action = ?", first)} == {
        "pending"}


async def test_forged_and_stale_progress_presses_change_nothing(
    nb: Harness, knowledge: Knowledge  # noqa: F811
) -> None:
    await make_plan(nb, knowledge)
    await nb.say(OWNER, "/progress")
    message_id, buttons = keyboard(nb, 601, "Your progress")
    plan_id = rows(nb, "SELECT MAX(id) FROM plans")[0][0]
    for data in (f"t:{plan_id}:{len(buttons)}", f"t:{plan_id + 1}:0", "t:x:0", "t:1:1:1"):
        await nb.feed(nb.api.press_update(OWNER, message_id, data))
    other = FakeBotAPI.person(602)
    await nb.feed(nb.api.press_update(other, message_id, buttons[0][1]))  # not their plan
    assert rows(nb, "SELECT COUNT(*) FROM action_progress") == [(0,)]
    await make_plan(nb, knowledge)  # a newer plan: the old list's buttons are out of date
    await nb.feed(nb.api.press_update(OWNER, message_id, buttons[0][1]))
    assert rows(nb, "SELECT COUNT(*) FROM action_progress") == [(0,)]
    stale = knowledge.message("en", "progress_stale")
    assert alerts(nb).count(stale) == 6  # each of them says so


# --- 👍 / 👎 and the comment ----------------------------------------------------------------


async def test_useful_with_a_comment_then_stats_summarise_it(
    org: Harness, knowledge: Knowledge
) -> None:
    await make_plan(org, knowledge)
    message_id, buttons = keyboard(org, 601, "Was this plan useful?")
    assert [label for label, _ in buttons] == ["👍 Yes", "👎 Not really"]
    await org.feed(org.api.press_update(OWNER, message_id, buttons[0][1]))
    invite = org.api.messages[(601, message_id)]
    assert invite["text"].startswith("👍 Thank you! If you like, write one line")
    await org.say(OWNER, "The cash forecast helped; I need   help with the bank.")
    assert org.last(601) == knowledge.message("en", "feedback_noted")
    assert "nothing_to_do" not in org.last(601)
    await org.say(OWNER, "hello")  # no longer awaited: the assessment's answer to stray text
    assert org.last(601) == knowledge.message("en", "nothing_to_do")
    await org.say(STAFF, "/stats csv")
    document = [p for m, p in org.api.calls if m == "sendDocument"][-1]
    _, raw, _ = next(iter(document["_files"].values()))
    shown = {(t, r, c): v for t, r, c, v in list(csv.reader(io.StringIO(raw.decode())))[1:]}
    assert shown[("comments", "1", "comment")] == (
        "The cash forecast helped; I need help with the bank.")
    assert shown[("overview", "useful", "value")] == "<5"
    assert "601" not in raw.decode() and "Kofi" not in raw.decode()


async def test_feedback_counts_are_suppressed_like_every_figure(
    org: Harness, knowledge: Knowledge
) -> None:
    async def rate(user_id: int, useful: bool) -> None:
        await org.store.users.ensure(user_id, user_id, "en")
        plan_id = await org.store.plans.add(user_id, {"items": [], "scores": {},
                                                      "answers": {}})
        assert await org.store.feedback.rate(user_id, plan_id, useful)

    for user_id in range(5000, 5007):
        await rate(user_id, True)
    for user_id in range(5010, 5012):
        await rate(user_id, False)
    await org.say(STAFF, "/stats")
    summary = "\n".join(org.texts(STAFF["id"]))
    # 7 + 2 = 9 would show the 2: one more is hidden.
    assert "Was the plan useful?: 👍 <b>x</b> · 👎 <b>&lt;5</b> · 💬 <b>&lt;5</b>" in summary
    for user_id in range(5012, 5015):
        await rate(user_id, False)
    await org.say(STAFF, "/stats")
    summary = [t for t in org.texts(STAFF["id"]) if "Members at a glance" in t][-1]
    assert "👍 <b>7</b> · 👎 <b>5</b>" in summary


async def test_skip_cancel_and_a_new_assessment_end_the_awaited_comment(
    nb: Harness, knowledge: Knowledge  # noqa: F811
) -> None:
    await make_plan(nb, knowledge)
    message_id, buttons = keyboard(nb, 601, "Was this plan useful?")
    await nb.feed(nb.api.press_update(OWNER, message_id, buttons[1][1]))  # 👎
    assert rows(nb, "SELECT useful, awaiting FROM plan_feedback") == [(0, 1)]
    _, [(skip, data)] = keyboard(nb, 601, "write one line")
    assert skip == "Skip"
    await nb.feed(nb.api.press_update(OWNER, message_id, data))
    assert nb.api.messages[(601, message_id)]["text"] == knowledge.message("en",
                                                                            "feedback_thanks")
    assert rows(nb, "SELECT useful, awaiting FROM plan_feedback") == [(0, 0)]
    await nb.feed(nb.api.press_update(OWNER, message_id, buttons[0][1]))  # changed: 👍
    await nb.say(OWNER, "/cancel")
    assert nb.last(601) == knowledge.message("en", "feedback_thanks")
    assert rows(nb, "SELECT useful, awaiting, comment FROM plan_feedback") == [(1, 0, None)]
    await nb.feed(nb.api.press_update(OWNER, message_id, buttons[0][1]))
    await nb.say(OWNER, "/assess")  # a new assessment: typed text is an answer again
    await nb.say(OWNER, "a shop")
    assert rows(nb, "SELECT comment FROM plan_feedback") == [(None,)]
    assert "Your business · 2 of" in nb.last(601)


async def test_forged_feedback_presses_store_nothing(
    nb: Harness, knowledge: Knowledge  # noqa: F811
) -> None:
    await make_plan(nb, knowledge)
    message_id, _ = keyboard(nb, 601, "Was this plan useful?")
    plan_id = rows(nb, "SELECT MAX(id) FROM plans")[0][0]
    other = FakeBotAPI.person(602)
    await nb.say(other, "/help")
    for user, data in ((OWNER, f"fb:{plan_id + 7}:u"), (other, f"fb:{plan_id}:u"),
                       (OWNER, f"fb:{plan_id}:x")):
        await nb.feed(nb.api.press_update(user, message_id, data))
    assert rows(nb, "SELECT COUNT(*) FROM plan_feedback") == [(0,)]
    assert alerts(nb).count(knowledge.message("en", "feedback_stale")) == 3


# --- /feedback, relayed like /ask -------------------------------------------------------------


async def test_feedback_command_goes_to_staff_and_their_reply_comes_back(
    org: Harness, knowledge: Knowledge
) -> None:
    await org.say(OWNER, "/feedback")
    assert org.last(601) == knowledge.message("en", "feedback_usage")
    await org.say(OWNER, "/feedback Please add a <template> for rent letters")
    assert org.last(601) == knowledge.message("en", "feedback_sent")
    relayed: dict[str, Any] = org.api.sent_to(STAFF["id"])[-1]
    assert relayed["text"].startswith("💬 <b>Feedback #")
    assert "&lt;template&gt;" in relayed["text"] and "Kofi" not in relayed["text"]
    reply = org.api.text_update(STAFF, "Good idea: it is on the website.")
    reply["message"]["reply_to_message"] = relayed
    await org.feed(reply)
    assert "Good idea: it is on the website." in org.last(601)
    async with org.store.db.execute("SELECT kind, answered_by FROM questions") as cursor:
        assert [tuple(r) for r in await cursor.fetchall()] == [("feedback", STAFF["id"])]
