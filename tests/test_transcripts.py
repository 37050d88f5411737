"""Golden transcripts: replay a conversation from YAML and compare what the bot says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.fakeapi import FakeBotAPI
from tests.conftest import Harness

FOLDER = Path(__file__).parent / "transcripts"
TRANSCRIPTS = sorted(FOLDER.glob("*.yaml"))


def sends_since(harness: Harness, chat_id: int, before: int) -> int:
    """Rate-limited calls to the chat after the first `before` calls (answers are free)."""
    return sum(1 for method, params in harness.api.calls[before:]
               if params.get("chat_id") == chat_id and method != "answerCallbackQuery")


def bot_output_since(harness: Harness, chat_id: int, before: int) -> list[str]:
    """Texts of bot calls after the first `before` calls: new messages and edits."""
    out = []
    for method, params in harness.api.calls[before:]:
        if method in ("sendMessage", "editMessageText") and params.get("chat_id") == chat_id:
            out.append(str(params.get("text", "")))
    return out


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
async def test_transcript(path: Path, bot: Harness) -> None:
    script: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    user = FakeBotAPI.person(900 + TRANSCRIPTS.index(path), script["language"], "Owner")
    for number, step in enumerate(script["steps"], 1):
        before = len(bot.api.calls)
        if "say" in step:
            await bot.say(user, str(step["say"]))
        else:
            await bot.press(user, step["press"])
        said = "\n".join(bot_output_since(bot, user["id"], before))
        assert said, f"{path.name} step {number}: the bot said nothing"
        position = 0
        for expected in step.get("expect", []):
            found = said.find(expected, position)
            assert found >= 0, f"{path.name} step {number}: {expected!r} not in:\n{said}"
            position = found
        if "sends" in step:
            sends = sends_since(bot, user["id"], before)
            assert sends == step["sends"], f"{path.name} step {number}: {sends} sends"
        for unwanted in step.get("not", []):
            assert unwanted not in said, f"{path.name} step {number}: {unwanted!r} in:\n{said}"
