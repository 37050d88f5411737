"""`msme-advisor chat`: the same Application in the terminal, over the in-process Bot API."""

from __future__ import annotations

import asyncio
import html
import re
import sys
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application, running
from bot.config import Settings
from bot.fakeapi import FakeBotAPI, InProcessRequest
from bot.knowledge import Knowledge

TERMINAL_USER_ID = 10001


def plain(text: str) -> str:
    """Telegram HTML as terminal text."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


class Terminal:
    """Prints what the bot sends and turns typed lines into updates."""

    def __init__(self, api: FakeBotAPI, out: TextIO) -> None:
        self.api = api
        self.out = out
        self.buttons: list[tuple[int, str]] = []  # (message id, callback data) by number
        api.listeners.append(self.show)

    def show(self, method: str, params: dict[str, Any], result: Any) -> None:
        """Print a message or an edit; number the buttons."""
        if method not in ("sendMessage", "editMessageText", "sendDocument", "sendPhoto"):
            return
        text = plain(str(params.get("text") or params.get("caption") or ""))
        if method == "sendDocument" and isinstance(result, dict):
            text = f"📎 {result['document']['file_name']}\n{text}"
        elif method == "sendPhoto":
            text = f"🖼 (a picture)\n{text}".rstrip()
        prefix = "  (updated) " if method == "editMessageText" else ""
        print(f"\n{prefix}{text}", file=self.out)
        markup = params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        message_id = int(result["message_id"]) if isinstance(result, dict) else 0
        if rows:
            self.buttons = []
            for row in rows:
                labels = []
                for button in row:
                    self.buttons.append((message_id, button.get("callback_data") or ""))
                    labels.append(f"[{len(self.buttons)}] {button['text']}")
                print("   " + "   ".join(labels), file=self.out)
        self.out.flush()

    def update_for(self, line: str, user: dict[str, Any]) -> dict[str, Any]:
        """A typed line: a button number, or text and commands."""
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            message_id, data = self.buttons[int(line) - 1]
            if data:
                return self.api.press_update(user, message_id, data)
        return self.api.text_update(user, line)


async def chat(settings: Settings, knowledge: Knowledge, language: str | None,
               stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Run a conversation until end of input or /quit."""
    api = FakeBotAPI()
    app = build_application(settings, knowledge, request=InProcessRequest(api))
    terminal = Terminal(api, stdout)
    user = api.person(TERMINAL_USER_ID, language or "en", "You")
    print("MSME Crisis Advisor in the terminal. Type a button's number, or text; "
          "/quit or end of input to leave.", file=stdout)
    async with running(app):
        await app.process_update(Update.de_json(api.text_update(user, "/start"), app.bot))
        while True:
            line = await asyncio.to_thread(stdin.readline)
            if not line or line.strip() in ("/quit", "/exit"):
                break
            line = line.strip()
            if not line:
                continue
            if not stdin.isatty():
                print(f"\n> {line}", file=stdout)
            update = Update.de_json(terminal.update_for(line, user), app.bot)
            await app.process_update(update)
