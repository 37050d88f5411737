"""Relief programmes (/relief, plans) and the "Ask an advisor" button, end to end."""

from __future__ import annotations

import dataclasses
import datetime as dtm
import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from bot.app import running
from bot.content import load_knowledge
from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge, default_root
from bot.plan import FINANCE_POINTS, build_plan, render_blocks, render_json, split_messages
from bot.relief import Programme, load_relief, matching, parse_line
from bot.yamlfile import ContentError
from tests.conftest import STAFF, Harness, staff_app
from tests.test_bso import STRANGER, db

TODAY = dtm.datetime.now(dtm.UTC).date()  # the bot's ADVISOR_TZ is UTC in these tests
SOON = (TODAY + dtm.timedelta(days=30)).isoformat()
#: How the plan writes that date in English (Babel): "December 31, 2026".
SOON_TEXT = f"{(TODAY + dtm.timedelta(days=30)):%B} {int(SOON[8:])}, {SOON[:4]}"
YESTERDAY = TODAY - dtm.timedelta(days=1)
GRANT = (f"/relief add Grant for women & youth <now> | sectors=retail sizes=solo"
         f" led_by=women_led | {SOON} | https://example.org/apply?a=1&b=2")
GRANT_ID = "grant_for_women_youth_now"


async def assess(harness: Harness, user: dict[str, Any], knowledge: Knowledge,
                 option: int = 0) -> None:
    """A whole assessment, pressing the same option each time (0: the first, -1: the last)."""
    await harness.say(user, "/assess")
    await harness.answer_all(user, lambda question: option % len(question.options))


def plan_text(harness: Harness, user_id: int) -> str:
    """Every message of the user's plans."""
    return "\n".join(t for t in harness.texts(user_id) if "crisis action plan" in t
                     or "Support programmes" in t or "Why:" in t)


def ask_button(harness: Harness, user_id: int) -> int:
    """The message id of the newest plan message with the "Ask an advisor" button."""
    for message in reversed(harness.api.sent_to(user_id)):
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        labels = {b.get("callback_data"): b["text"] for row in rows for b in row}
        if "askq:start" in labels:
            assert labels["askq:start"] == "💬 Ask an advisor"
            return int(message["message_id"])
    raise AssertionError("no plan with an Ask button")


async def press_ask(harness: Harness, user: dict[str, Any]) -> None:
    await harness.feed(harness.api.press_update(user, ask_button(harness, user["id"]),
                                                "askq:start"))


# --- /relief for staff ------------------------------------------------------------------------

async def test_staff_add_list_remove(org: Harness) -> None:
    await org.say(STAFF, GRANT)
    reply = org.last(STAFF["id"])
    assert f"Added <code>{GRANT_ID}</code>: Grant for women &amp; youth &lt;now&gt;" in reply
    [row] = db(org, "SELECT id, name, apply, deadline, qualifies, added_by FROM relief_added")
    assert row[:4] == (GRANT_ID, "Grant for women & youth <now>",
                       "https://example.org/apply?a=1&b=2", SOON)
    assert json.loads(row[4]) == {"sectors": ["retail"], "sizes": ["solo"],
                                  "led_by": ["women_led"]}
    assert row[5] == STAFF["id"]
    await org.say(STAFF, "/relief add Open fund | - | - | Call 555 0100")
    assert "open_fund" in org.last(STAFF["id"])
    await org.say(STAFF, "/relief add Open fund | | - | Call 555 0101")  # same name: new id
    assert "open_fund_2" in org.last(STAFF["id"])
    await org.say(STAFF, "/relief list")
    listing = org.last(STAFF["id"])
    assert "(3)" in listing and f"<code>{GRANT_ID}</code>" in listing and SOON in listing
    assert "youth &lt;now&gt;" in listing and "a=1&amp;b=2" in listing
    assert "sectors=retail sizes=solo led_by=women_led" in listing
    assert "open to any business" in listing and "no deadline" in listing
    await org.say(STAFF, "/relief remove open_fund_2")
    assert "Removed <code>open_fund_2</code>" in org.last(STAFF["id"])
    await org.say(STAFF, "/relief remove open_fund_2")
    assert "no programme" in org.last(STAFF["id"])
    assert db(org, "SELECT id FROM relief_added ORDER BY id") == [
        (GRANT_ID,), ("open_fund",)]
    await org.say(STAFF, "/relief")
    assert "(2)" in org.last(STAFF["id"])


@pytest.mark.parametrize(("line", "says"), [
    ("/relief add", "/relief add Name | who qualifies"),
    ("/relief add Grant | - | 2030-01-01", "4 parts separated by |"),
    ("/relief add  | - | - | call us", "needs a name"),
    ("/relief add " + "x" * 121 + " | - | - | call us", "name is too long"),
    ("/relief add Grant | sectors=retail,bakery | - | call us",
     "\"bakery\" is not a sectors id. Use one of: retail, food_service"),
    ("/relief add Grant | sizes=s1 | - | call us", "\"s1\" is not a sizes id"),
    ("/relief add Grant | led_by=women | - | call us", "\"women\" is not a led_by id"),
    ("/relief add Grant | sectors= | - | call us", "\"\" is not a sectors id"),
    ("/relief add Grant | regions=north | - | call us", "I do not understand \"regions=north\""),
    ("/relief add Grant | - | 31/12/2030 | call us", "\"31/12/2030\" is not a date"),
    ("/relief add Grant | - | 2030-02-30 | call us", "\"2030-02-30\" is not a date"),
    ("/relief add Grant | - | <soon> | call us", "\"&lt;soon&gt;\" is not a date"),
    (f"/relief add Grant | - | {YESTERDAY} | call us", f"{YESTERDAY} has already passed"),
    ("/relief add Grant | - | - |  ", "Say how to apply"),
    ("/relief add Grant | - | - | -", "Say how to apply"),
    ("/relief add - | - | - | call us", "needs a name"),
    ("/relief add Grant | - | - | " + "y" * 301, "How to apply is too long"),
    ("/relief remove", "/relief list"),
    ("/relief bogus", "/relief list"),
])
async def test_invalid_add_says_why_and_changes_nothing(org: Harness, line: str,
                                                        says: str) -> None:
    await org.say(STAFF, line)
    reply = org.last(STAFF["id"])
    assert says in reply, reply
    if line.startswith("/relief add "):
        assert "Nothing was changed." in reply
    assert db(org, "SELECT COUNT(*) FROM relief_added") == [(0,)]
    assert db(org, "SELECT COUNT(*) FROM relief_hidden") == [(0,)]


async def test_non_staff_are_refused_and_nothing_is_stored(org: Harness) -> None:
    for command in [GRANT, "/relief list", f"/relief remove {GRANT_ID}", "/relief"]:
        await org.say(STRANGER, command)
        assert "staff only" in org.last(STRANGER["id"]), command
    assert db(org, "SELECT COUNT(*) FROM relief_added") == [(0,)]
    assert db(org, "SELECT COUNT(*) FROM relief_hidden") == [(0,)]


async def test_staff_menu_lists_relief(org: Harness) -> None:
    menus = [p for m, p in org.api.calls if m == "setMyCommands" and p.get("scope")]
    assert any(c["command"] == "relief" for p in menus for c in p["commands"])


# --- programmes in plans -----------------------------------------------------------------------

async def test_plan_lists_matching_open_programmes_only(
    org: Harness, knowledge: Knowledge
) -> None:
    await org.say(STAFF, GRANT)  # retail, just me, woman-led: option 0 of each profile question
    await org.say(STAFF, "/relief add Farm fund | sectors=agriculture | - | Visit the co-op")
    match = FakeBotAPI.person(701)
    await assess(org, match, knowledge, option=0)
    shown = plan_text(org, 701)
    assert "Support programmes you may qualify for" in shown
    assert f"<b>Grant for women &amp; youth &lt;now&gt;</b> (apply by {SOON_TEXT})" in shown
    assert "How to apply: https://example.org/apply?a=1&amp;b=2" in shown
    assert "Farm fund" not in shown
    other = FakeBotAPI.person(702)
    await assess(org, other, knowledge, option=-1)  # sector "other", 50+ people, neither
    assert "Support programmes" not in plan_text(org, 702)
    # /plan shows the directory as it is now: a removed programme is gone.
    await org.say(STAFF, f"/relief remove {GRANT_ID}")
    await org.say(match, "/plan")
    assert "Women's" not in org.texts(701)[-1]


def _a_day_that_lasts() -> dtm.date:
    """Today's UTC date, waiting past midnight first if it is under a minute away.

    The module's TODAY is fixed at import; a run that crosses midnight (CI did, once) would
    see the bot call that day expired. A minute is far more than the test takes.
    """
    now = dtm.datetime.now(dtm.UTC)
    midnight = dtm.datetime.combine(now.date() + dtm.timedelta(days=1), dtm.time(), dtm.UTC)
    if (midnight - now).total_seconds() < 60:
        time.sleep((midnight - now).total_seconds() + 1)
    return dtm.datetime.now(dtm.UTC).date()


async def test_expired_and_hidden_file_programmes_drop_out(
    knowledge: Knowledge, tmp_path: Path
) -> None:
    today = _a_day_that_lasts()  # "today" must still be today when the bot lists it
    yesterday = today - dtm.timedelta(days=1)
    shipped = [
        Programme("old_fund", "Old fund", "call us", yesterday, {}),
        Programme("today_fund", "Today fund", "write to us", today, {}),
        Programme("youth_fund", "Youth fund", "apply online", None, {"led_by": ("youth_led",)}),
    ]
    seeded = dataclasses.replace(knowledge, programmes=shipped)
    api = FakeBotAPI()
    app = staff_app(seeded, api, tmp_path / "advisor.sqlite3")
    async with running(app):
        org = Harness(app, api, tmp_path / "advisor.sqlite3")
        await org.say(STAFF, "/relief list")
        listing = org.last(STAFF["id"])
        assert f"{yesterday} (expired: no longer in plans)" in listing
        assert f"{today} (expired" not in listing
        owner = FakeBotAPI.person(703)
        await assess(org, owner, seeded, option=0)  # woman-led: not the youth fund
        shown = plan_text(org, 703)
        assert "Today fund" in shown and "Old fund" not in shown and "Youth fund" not in shown
        await org.say(STAFF, "/relief remove today_fund")  # a file programme: hidden
        assert db(org, "SELECT id, hidden_by FROM relief_hidden") == [("today_fund",
                                                                       STAFF["id"])]
        await org.say(owner, "/plan")
        assert "Today fund" not in org.texts(703)[-1]
        await org.say(STAFF, "/relief list")
        assert "today_fund" not in org.last(STAFF["id"])


def test_matching_rules() -> None:
    women = Programme("w", "W", "x", None, {"led_by": ("women_led",), "sizes": ("solo",)})
    answers = {"sector": "retail", "size": "solo", "led_by": "women_led"}
    assert matching([women], answers, TODAY) == [women]
    assert matching([women], {**answers, "led_by": "both"}, TODAY) == [women]
    assert matching([women], {**answers, "led_by": "youth_led"}, TODAY) == []
    assert matching([women], {"sector": "retail"}, TODAY) == [women]  # unanswered: no bar
    dated = dataclasses.replace(women, deadline=TODAY)
    assert matching([dated], answers, TODAY) == [dated]
    assert matching([dated], answers, TODAY + dtm.timedelta(days=1)) == []


def test_a_dash_qualifier_means_anyone(knowledge: Knowledge) -> None:
    options = knowledge.option_ids()
    line = "Grant | sectors=retail sizes=- | - | call us"
    programme = parse_line(line, options, TODAY)
    assert programme.qualifies == {"sectors": ("retail",)}
    assert programme.fits({"sector": "retail", "size": "s50_plus"})
    assert parse_line("Grant | sizes=- led_by=- | - | call us", options, TODAY).qualifies == {}


def test_programmes_follow_the_finance_actions_and_respect_the_limit(
    knowledge: Knowledge
) -> None:
    worst = {q.id: q.options[0].id for q in knowledge.questions}
    plan = build_plan(knowledge, worst)  # cash trouble: finance actions in the plan
    many = [Programme(f"p{i}", f"Programme {i} <&>", "https://example.org/" + "a" * 250,
                      None, {}) for i in range(40)]
    blocks = render_blocks(knowledge, "en", plan, "html", many)
    first = next(i for i, b in enumerate(blocks) if "Support programmes" in b)
    finance = [i for i, b in enumerate(blocks[:first]) if any(
        knowledge.text("en", "actions", item.action, "title") in b for item in plan.items
        if knowledge.actions[item.action].point in FINANCE_POINTS)]
    assert finance and finance[-1] == first - 1  # right after the last finance action
    assert "Programme 0 &lt;&amp;&gt;" in blocks[first]
    messages = split_messages(blocks)
    assert len(messages) > 1 and all(len(m) <= 4096 for m in messages)
    assert sum(m.count("Programme ") for m in messages) == 40
    text = "\n\n".join(render_blocks(knowledge, "en", plan, "text", many[:1]))
    assert "PROGRAMME 0 <&>" in text and "How to apply: https://example.org/" in text
    data = json.loads(render_json(knowledge, plan, "en", many[:1]))
    assert data["programmes"][0]["id"] == "p0" and data["programmes"][0]["deadline"] is None
    assert json.loads(render_json(knowledge, plan))["programmes"] == []


def test_unknown_qualifier_id_fails_with_file_and_line(tmp_path: Path) -> None:
    for folder in ("knowledge", "conversations"):
        shutil.copytree(default_root() / folder, tmp_path / folder)
    (tmp_path / "knowledge" / "relief.yaml").write_text(
        "programmes:\n  - id: grant\n    name: Grant\n    apply: call us\n"
        "    qualifies:\n      sizes: [solo, s1]\n")
    with pytest.raises(ContentError, match=r"knowledge/relief.yaml:6: .*'s1' is not an option"
                                           r" of the 'size' question"):
        load_knowledge(tmp_path)
    assert load_relief(tmp_path)[0].qualifies == {"sizes": ("solo", "s1")}  # ids not checked


# --- "Ask an advisor" under the plan -----------------------------------------------------------

async def test_ask_button_relays_typed_question_and_reply(
    org: Harness, knowledge: Knowledge
) -> None:
    owner = FakeBotAPI.person(710, "en", "Kofi")
    await assess(org, owner, knowledge, option=0)
    await press_ask(org, owner)
    assert "Type your question" in org.last(710)
    assert db(org, "SELECT user_id FROM pending_questions") == [(710,)]
    await org.say(owner, "Can I <defer> my rent?")
    assert "went to an advisor" in org.last(710)
    relayed = org.api.sent_to(STAFF["id"])[-1]
    assert "Can I &lt;defer&gt; my rent?" in relayed["text"] and "Cash" in relayed["text"]
    assert "Kofi" not in relayed["text"] and "710" not in relayed["text"]
    assert db(org, "SELECT COUNT(*) FROM pending_questions") == [(0,)]
    await org.press(owner, "Cancel")  # on the prompt, after the question went: no false news
    assert "No question was sent" not in "".join(org.texts(710))
    reply = org.api.text_update(STAFF, "Yes, in writing.")
    reply["message"]["reply_to_message"] = relayed
    await org.feed(reply)
    assert "Answer from your support organisation" in org.last(710)
    assert "Yes, in writing." in org.last(710)
    # The next text is not a question any more.
    before = len(org.api.sent_to(STAFF["id"]))
    await org.say(owner, "thanks")
    assert len(org.api.sent_to(STAFF["id"])) == before


async def test_ask_button_does_not_take_assessment_answers(
    org: Harness, knowledge: Knowledge
) -> None:
    owner = FakeBotAPI.person(720)
    await assess(org, owner, knowledge, option=0)
    await press_ask(org, owner)
    await org.say(owner, "/assess")  # a new assessment: typed text is an answer again
    assert db(org, "SELECT COUNT(*) FROM pending_questions") == [(0,)]
    await org.say(owner, "just me")  # the first question: sector; not a sector
    await org.say(owner, "shop")
    assert db(org, "SELECT COUNT(*) FROM questions") == [(0,)]
    [(position,)] = db(org, "SELECT position FROM assessments WHERE status = 'active'")
    assert position == 1
    # Asking mid-assessment (the old plan's button): the question is relayed, the
    # assessment stays where it was and goes on with the next typed answer.
    await press_ask(org, owner)
    await org.say(owner, "Where do I find a loan?")
    assert db(org, "SELECT text FROM questions") == [("Where do I find a loan?",)]
    assert db(org, "SELECT position FROM assessments WHERE status = 'active'") == [(1,)]
    await org.say(owner, "just me")
    assert db(org, "SELECT position FROM assessments WHERE status = 'active'") == [(2,)]


async def test_ask_button_cancel_and_slash_cancel(org: Harness, knowledge: Knowledge) -> None:
    owner = FakeBotAPI.person(730)
    await assess(org, owner, knowledge, option=0)
    await press_ask(org, owner)
    await org.press(owner, "Cancel")
    assert "No question was sent" in org.last(730)
    await org.say(owner, "hello")
    assert db(org, "SELECT COUNT(*) FROM questions") == [(0,)]
    await press_ask(org, owner)
    await org.say(owner, "/cancel")
    assert "No question was sent" in org.last(730)
    await org.say(owner, "x" * 1001)  # not awaited any more: not a question, not stored
    assert db(org, "SELECT COUNT(*) FROM questions") == [(0,)]
    await org.say(owner, "/cancel")  # nothing awaited: the assessment's /cancel answers
    assert "No question was sent" not in org.last(730)
    await press_ask(org, owner)
    await org.say(owner, "x" * 1001)
    assert "too long" in org.last(730)
    assert db(org, "SELECT COUNT(*) FROM pending_questions") == [(1,)]


async def test_delete_erases_awaited_question(org: Harness, knowledge: Knowledge) -> None:
    owner = FakeBotAPI.person(740)
    await assess(org, owner, knowledge, option=0)
    await press_ask(org, owner)
    await org.say(owner, "/delete")
    await org.press(owner, "Yes")
    assert "erased" in org.last(740)
    for table in ("users", "plans", "pending_questions", "questions"):
        assert db(org, f"SELECT COUNT(*) FROM {table} WHERE user_id = 740") == [(0,)], table
    await press_ask(org, owner)  # the button of the erased plan still works
    await org.say(owner, "/delete")
    await org.press(owner, "Yes")
    assert db(org, "SELECT COUNT(*) FROM pending_questions") == [(0,)]


async def test_downloaded_pdf_lists_matching_programmes(
    org: Harness, knowledge: Knowledge
) -> None:
    """The PDF to keep carries the open programmes the business may use, like the chat plan."""
    from tests.test_download import documents, download_button, pdf_text

    await org.say(STAFF, GRANT)
    await org.say(STAFF, "/relief add Farm fund | sectors=agriculture | - | Visit the co-op")
    match = FakeBotAPI.person(701)
    await assess(org, match, knowledge, option=0)
    message_id, data = download_button(org, 701)
    await org.feed(org.api.press_update(match, message_id, data))
    (_, pdf), = documents(org, 701)
    text = pdf_text(pdf)
    assert "Support programmes you may qualify for" in text
    assert "Grant for women & youth <now>" in text and f"apply by {SOON_TEXT}" in text
    assert "https://example.org/apply?a=1&b=2" in text
    assert "Farm fund" not in text
