"""`msme-advisor chat`: the same Application in the terminal, over the in-process Bot API.

A safe demo: it keeps its own database (never the deployment's), a 📄 Download writes the
PDF to the current folder, and follow-up nudges arrive at ADVISOR_TIME_SCALE while it runs.
"""

from __future__ import annotations

import asyncio
import logging
import os
import select
import sys
from pathlib import Path
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application, running
from bot.config import Settings
from bot.context import AdvisorApplication
from bot.fakeapi import TEXT_LIMIT, FakeBotAPI, InProcessRequest, plain
from bot.knowledge import Knowledge

TERMINAL_USER_ID = 10001
#: How soon after a line the next must be waiting to belong to the same paste: lines typed
#: come seconds apart, the lines of a block pasted at once (a form, a long description)
#: together, which Telegram would send as one message.
PASTE_WAIT = 0.05


def chat_database() -> Path:
    """The terminal's own database, in the user's cache folder: never the deployment's."""
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "msme-advisor" / "chat.sqlite3"


def save_document(folder: Path, name: str, data: bytes) -> Path:
    """Write a received document into folder under its own name, never over another file."""
    stem, suffix = Path(Path(name).name or "document").stem, Path(name).suffix
    path, number = folder / f"{stem}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}{suffix}"
    path.write_bytes(data)
    return path.resolve()


class Terminal:
    """Prints what the bot sends, saves its documents, and turns typed lines into updates."""

    def __init__(self, api: FakeBotAPI, out: TextIO, folder: Path | None = None) -> None:
        self.api = api
        self.out = out
        self.folder = folder or Path.cwd()
        self.buttons: list[tuple[int, str]] = []  # (message id, callback data) by number
        # Buttons are numbered across all the messages that answer one line (a plan's
        # Download and its "Was this useful?" both stay pressable); the first keyboard after
        # the next line starts again at 1.
        self._next_line = False
        api.listeners.append(self.show)

    def show(self, method: str, params: dict[str, Any], result: Any) -> None:
        """Print a message or an edit; number the buttons; save a document."""
        if method not in ("sendMessage", "editMessageText", "sendDocument", "sendPhoto"):
            return
        text = plain(str(params.get("text") or params.get("caption") or ""))
        if method == "sendDocument" and isinstance(result, dict):
            text = f"📎 {self._saved(result['document']['file_name'], params)}\n{text}"
        elif method == "sendPhoto":
            text = f"🖼 (a picture)\n{text}".rstrip()
        prefix = "  (updated) " if method == "editMessageText" else ""
        print(f"\n{prefix}{text}", file=self.out)
        markup = params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        message_id = int(result["message_id"]) if isinstance(result, dict) else 0
        if rows:
            if self._next_line:
                self.buttons, self._next_line = [], False
            for row in rows:
                labels = []
                for button in row:
                    self.buttons.append((message_id, button.get("callback_data") or ""))
                    labels.append(f"[{len(self.buttons)}] {button['text']}")
                print("   " + "   ".join(labels), file=self.out)
        self.out.flush()

    def _saved(self, name: str, params: dict[str, Any]) -> str:
        """Where the document was written, or why not."""
        upload = next(iter((params.get("_files") or {}).values()), None)
        if upload is None:
            return name
        try:
            return f"saved as {save_document(self.folder, name, upload[1])}"
        except OSError as error:
            return f"{name} (not saved: {error.strerror})"

    def update_for(self, line: str, user: dict[str, Any]) -> dict[str, Any]:
        """A typed line: a button number, or text and commands."""
        self._next_line = True
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            message_id, data = self.buttons[int(line) - 1]
            if data:
                return self.api.press_update(user, message_id, data)
        return self.api.text_update(user, line)


async def chat(settings: Settings, knowledge: Knowledge, language: str | None,
               stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
    """Run a conversation until end of input or /quit (standard input and output by default)."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    api = FakeBotAPI()
    app = build_application(settings, knowledge, request=InProcessRequest(api))
    terminal = Terminal(api, stdout)
    user = api.person(TERMINAL_USER_ID, language or "en", "You")
    print(f"MSME Crisis Advisor in the terminal (its own database: {settings.db_path}). Type "
          "a button's number, or text; /quit or end of input to leave.", file=stdout)
    async with running(app):
        if language:
            # Asked for by name: it wins over the language this chat database stored before
            # (as choosing it with /language would), else `--lang es` seemed ignored.
            assert isinstance(app, AdvisorApplication)  # noqa: S101 - build_application's
            store = app.advisor.store
            if await store.users.get(TERMINAL_USER_ID) is not None:
                await store.users.set_language(TERMINAL_USER_ID, language)
        assert app.job_queue is not None  # noqa: S101 - the job-queue extra is a dependency
        await app.job_queue.start()  # nudges arrive while the conversation goes on
        try:
            await _converse(app, terminal, user, stdin, stdout)
        finally:
            # Leaving cancels a job that runs at that moment (a nudge round): on purpose, so
            # not the traceback APScheduler logs for any cancelled job (the terminal's own
            # process: the filter stays, as the cancelled jobs' callbacks run after this).
            logging.getLogger("apscheduler.executors.default").addFilter(_not_cancelled)
            await app.job_queue.stop(wait=False)


async def _converse(app: Any, terminal: Terminal, user: dict[str, Any], stdin: TextIO,
                    stdout: TextIO) -> None:
    """Feed /start, then each typed line (a block pasted at once as one), to the application."""
    api = terminal.api
    await app.process_update(Update.de_json(api.text_update(user, "/start"), app.bot))
    while True:
        line = await asyncio.to_thread(stdin.readline)
        if not line or line.strip() in ("/quit", "/exit"):
            break
        if stdin.isatty():
            line += await asyncio.to_thread(_pasted, stdin)
        line = line.strip()
        if not line:
            continue
        if not stdin.isatty():
            print(f"\n> {line}", file=stdout)
        # Telegram cuts a longer message into pieces of its limit; so does the terminal.
        for start in range(0, len(line), TEXT_LIMIT):
            update = Update.de_json(terminal.update_for(line[start : start + TEXT_LIMIT], user),
                                    app.bot)
            await app.process_update(update)


def _pasted(stdin: TextIO) -> str:
    """The rest of a block pasted at once after its first line ("" when none waits).

    A terminal hands over one line per read; the next lines of a paste are already waiting.
    Where input cannot be waited on (no descriptor, a Windows console), each line stays one
    message.
    """
    rest = ""
    try:
        while select.select([stdin], [], [], PASTE_WAIT)[0]:
            more = stdin.readline()
            if not more:
                break
            rest += more
    except (OSError, ValueError):
        pass
    return rest


def _not_cancelled(record: logging.LogRecord) -> bool:
    """Drop the log of a job cancelled because the conversation ended."""
    return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))
