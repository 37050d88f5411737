"""The test harness: the real Application and database, over the in-process Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot import callbacks
from bot.app import build_application, running
from bot.config import Settings
from bot.content import load_knowledge
from bot.describe import Describer
from bot.fakeapi import FakeBotAPI, InProcessRequest
from bot.fakeserver import FakeServer
from bot.knowledge import Knowledge, Question, default_root


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge(default_root())


@pytest.fixture(scope="session")
def describer(knowledge: Knowledge) -> Describer:
    """The reader of descriptions over the shipped content (its cues built once)."""
    return Describer(knowledge)


class Harness:
    """Drives one running Application the way Telegram would."""

    def __init__(self, app: Any, api: FakeBotAPI, db_path: Path) -> None:
        self.app, self.api, self.db_path = app, api, db_path

    @property
    def store(self) -> Any:
        return self.app.advisor.store

    async def feed(self, raw: dict[str, Any]) -> None:
        await self.app.process_update(Update.de_json(raw, self.app.bot))

    async def say(self, user: dict[str, Any], text: str) -> None:
        await self.feed(self.api.text_update(user, text))

    async def press(self, user: dict[str, Any], label: str | int) -> str:
        """Press a button of the newest keyboard by its label (prefix) or position."""
        found = self.api.last_keyboard(user["id"])
        assert found is not None, "no keyboard to press"
        message_id, buttons = found
        if isinstance(label, int):
            data = buttons[label][1]
        else:
            matches = [d for text, d in buttons if text.lstrip("✓ ").startswith(label)]
            assert matches, f"no button {label!r} in {[t for t, _ in buttons]}"
            data = matches[0]
        await self.feed(self.api.press_update(user, message_id, data))
        return data

    async def answer_all(
        self, user: dict[str, Any], choice: int | Callable[[Question], int] = 0
    ) -> int:
        """Answer every question the assessment asks, by button; return how many it asked.

        `choice` is the button's position (0: the first option, the worst in scored areas;
        -3: the last option, before Back and Skip), or a function of the question.
        """
        knowledge: Knowledge = self.app.advisor.knowledge
        asked = 0
        while True:
            found = self.api.last_keyboard(user["id"])
            press = callbacks.parse_answer(found[1][0][1]) if found and found[1] else None
            if press is None or press.kind != "a":
                return asked
            question = knowledge.questions[press.position]
            await self.press(user, choice(question) if callable(choice) else choice)
            asked += 1

    def texts(self, chat_id: int) -> list[str]:
        return [m.get("text", "") for m in self.api.sent_to(chat_id)]

    def last(self, chat_id: int) -> str:
        return self.texts(chat_id)[-1]


def worst_with_staff(question: Question) -> int:
    """The worst answer of every scored question, for a business with staff (2-9 people).

    The first size, "just me", would skip the staff questions and leave that area unscored.
    """
    return 1 if question.id == "size" else 0


def make_app(knowledge: Knowledge, api: FakeBotAPI, db_path: Path) -> Any:
    return build_application(Settings(db_path=str(db_path)), knowledge,
                             request=InProcessRequest(api, poll_timeout=0.05))


@pytest.fixture
async def bot(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[Harness]:
    api = FakeBotAPI()
    db_path = tmp_path / "advisor.sqlite3"
    app = make_app(knowledge, api, db_path)
    async with running(app):
        yield Harness(app, api, db_path)


@pytest.fixture
async def server() -> AsyncIterator[FakeServer]:
    """The fake Bot API over HTTP on loopback, for tests that start a real bot process."""
    fake = FakeServer()
    await fake.start()
    yield fake
    await fake.stop()


#: A staff member (in ADVISOR_ADMIN_IDS) and Telegram's anonymous-group-admin account.
STAFF = FakeBotAPI.person(900, "en", "Sara")
ANONYMOUS = FakeBotAPI.person(1087968824, "en", "Group")


def staff_app(knowledge: Knowledge, api: FakeBotAPI, db_path: Path, **extra: Any) -> Any:
    """The advisor with STAFF (and, as a misconfiguration, the anonymous-admin id) as staff."""
    settings = Settings(db_path=str(db_path), admin_ids=frozenset({STAFF["id"],
                                                                   ANONYMOUS["id"]}),
                        time_scale=0.001, broadcast_per_second=500, **extra)
    return build_application(settings, knowledge, request=InProcessRequest(api, 0.05))


@pytest.fixture
async def org(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[Harness]:
    """The advisor for a support organisation, with STAFF as its staff."""
    api = FakeBotAPI()
    db_path = tmp_path / "advisor.sqlite3"
    app = staff_app(knowledge, api, db_path)
    async with running(app):
        yield Harness(app, api, db_path)


#: The staff's own group (ADVISOR_STAFF_CHAT_ID) in `staffed`.
STAFF_CHAT = {"id": -1009000001, "type": "supergroup", "title": "Support staff"}


@pytest.fixture
async def staffed(knowledge: Knowledge, tmp_path: Path) -> AsyncIterator[Harness]:
    """The advisor for a support organisation with STAFF as its staff and a staff chat."""
    api = FakeBotAPI()
    db_path = tmp_path / "advisor.sqlite3"
    app = staff_app(knowledge, api, db_path, staff_chat_id=STAFF_CHAT["id"])
    async with running(app):
        yield Harness(app, api, db_path)
