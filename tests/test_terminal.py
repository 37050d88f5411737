"""`msme-advisor chat` as a safe demo: its own database, the PDF saved, nudges arriving."""

from __future__ import annotations

import asyncio
import io
import os
import queue
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Settings
from bot.knowledge import Knowledge
from bot.terminal import TERMINAL_USER_ID, chat, chat_database

DESCRIPTION = "/plan we closed the shop, cash for two weeks, 6 staff, we do not sell online"


class Typist:
    """Standard input that hands over each line when the test types it."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def type(self, line: str) -> None:
        self.lines.put(line + "\n")

    def close(self) -> None:
        self.lines.put("")

    def readline(self) -> str:
        return self.lines.get(timeout=30)

    def isatty(self) -> bool:
        return False


async def shown(out: io.StringIO, pattern: str, timeout: float = 10.0,
                start: int = 0) -> re.Match[str]:
    """Wait until the terminal has printed something matching pattern (after `start`)."""
    for _ in range(int(timeout / 0.05)):
        found = re.compile(pattern).search(out.getvalue(), start)
        if found:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError(f"{pattern!r} not shown in:\n{out.getvalue()[-2000:]}")


async def test_download_saves_the_pdf_here_and_nudges_arrive(
    knowledge: Knowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "action-plan-taken.pdf").write_bytes(b"mine")
    settings = Settings(db_path=str(tmp_path / "chat.sqlite3"), time_scale=0.00001,
                        quiet_hours=None)
    typist, out = Typist(), io.StringIO()
    talk = asyncio.create_task(chat(settings, knowledge, None, typist, out))  # type: ignore[arg-type]
    try:
        await shown(out, "What does your business mainly do")  # /start's first question
        seen = len(out.getvalue())
        typist.type(DESCRIPTION)
        for _ in range(5):  # the questions asked before a description's plan: skipped
            found = await shown(out, r"\[(\d+)\] (📄 Download|Skip ➡️)", start=seen)
            if found.group(2) != "Skip ➡️":
                break
            seen = found.end()
            typist.type(found.group(1))
        number = (await shown(out, r"\[(\d+)\] 📄 Download", start=seen)).group(1)
        await shown(out, "Was this plan useful", start=seen)  # its buttons are numbered on
        typist.type(number)
        saved = Path((await shown(out, r"📎 saved as (\S+\.pdf)")).group(1))
        assert saved.parent == tmp_path
        assert saved.read_bytes().startswith(b"%PDF")
        # The 3-day nudges, 3 days x 0.00001 = 2.6 s after the plan, while the chat is open.
        await shown(out, "Reminder from your action plan", timeout=15)
    finally:
        typist.close()
        await asyncio.wait_for(talk, 10)
    assert (tmp_path / "action-plan-taken.pdf").read_bytes() == b"mine"


def test_chat_keeps_its_own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deployment = tmp_path / "advisor.sqlite3"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ADVISOR_DB", str(deployment))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n"))
    assert main(["chat"]) == 0
    assert not deployment.exists()  # neither ADVISOR_DB nor ./advisor.sqlite3
    assert chat_database() == tmp_path / "cache" / "msme-advisor" / "chat.sqlite3"
    with sqlite3.connect(chat_database()) as db:
        assert db.execute("SELECT user_id FROM users").fetchall() == [(TERMINAL_USER_ID,)]
    own = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["chat", "--db", str(own)]) == 0
    assert own.exists() and not deployment.exists()


def test_lang_asked_for_wins_over_the_language_stored_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    own = tmp_path / "chat.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n"))
    assert main(["chat", "--db", str(own)]) == 0  # first time: English, stored
    assert "What does your business mainly do" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["chat", "--db", str(own), "--lang", "es"]) == 0
    spoken = capsys.readouterr().out
    assert "What does your business mainly do" not in spoken
    assert "negocio" in spoken
    with sqlite3.connect(own) as db:
        assert db.execute("SELECT language FROM users").fetchall() == [("es",)]
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["chat", "--db", str(own)]) == 0  # no --lang: the stored choice stays
    assert "negocio" in capsys.readouterr().out


def test_input_ending_mid_job_prints_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Piped input that ends right after a plan: the job running then is cancelled quietly."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("/plan tengo una peluqueria en Cali, somos 3\n"))
    assert main(["chat", "--db", str(tmp_path / "chat.sqlite3"), "--lang", "es"]) == 0
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("pasted", [True, False])
async def test_a_block_pasted_at_once_is_one_message(
    knowledge: Knowledge, tmp_path: Path, pasted: bool
) -> None:
    # A form pasted into a real terminal: its lines arrive together and are one message, as
    # Telegram sends it; the same lines typed a while apart stay two.
    import termios

    master, slave = os.openpty()
    attributes = termios.tcgetattr(slave)
    attributes[3] &= ~termios.ECHO
    termios.tcsetattr(slave, termios.TCSANOW, attributes)
    settings = Settings(db_path=str(tmp_path / "chat.sqlite3"), quiet_hours=None)
    out = io.StringIO()
    with os.fdopen(slave, "r", encoding="utf-8") as terminal_in:
        assert terminal_in.isatty()
        talk = asyncio.create_task(chat(settings, knowledge, "en", terminal_in, out))
        try:
            await shown(out, "What does your business mainly do")
            first, second = b"/plan Bakery in Lyon, 4 of us.\n", b"Sales down 60% since May.\n"
            if pasted:
                os.write(master, first + second)
            else:
                os.write(master, first)
                await shown(out, "Here is what I understood")
                await asyncio.sleep(0.5)
                os.write(master, second)
            await shown(out, "Here is what I understood")
            await asyncio.sleep(1.0)
            understood = out.getvalue().split("Here is what I understood", 1)[1][:400]
            assert ("Down by half or more" in understood) is pasted, understood
        finally:
            os.write(master, b"/quit\n")
            await asyncio.wait_for(talk, 10)
            os.close(master)
