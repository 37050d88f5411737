"""The log: levels and formats, the token scrubbed everywhere, users as hashes."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

from bot.link import Link
from bot.logs import Scrubber, duration, user_tag

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"  # noqa: S105 - a fake token

#: Logs an event, a failure whose message and traceback carry the token (as PTB's and httpx's
#: do, in URLs), a warning, then dies of an uncaught exception that names the token.
SCRIPT = textwrap.dedent(f"""
    import logging, sys, warnings
    from bot import logs
    logs.setup(sys.argv[1], sys.argv[2], {TOKEN!r})
    log = logging.getLogger("bot.test")
    log.debug("a detail")
    log.info("plan sent user=%s", logs.user_tag(42))
    try:
        raise ConnectionError("POST https://api.telegram.org/bot{TOKEN}/getMe failed")
    except ConnectionError:
        log.exception("call failed for bot%s", {TOKEN.replace(":", "%3A")!r})
    warnings.warn("deprecated bot{TOKEN}")
    raise RuntimeError("The token `{TOKEN}` was rejected")
""")


def run_script(level: str, form: str) -> str:
    done = subprocess.run([sys.executable, "-c", SCRIPT, level, form], cwd=ROOT,  # noqa: S603
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    return done.stderr


def test_text_log_never_shows_the_token() -> None:
    err = run_script("INFO", "text")
    assert TOKEN not in err and "ABCDEFGHIJ" not in err, err
    assert "INFO bot.test: plan sent user=" in err
    assert f"user={user_tag(42)}" not in err  # keyed with the deployment's token
    assert "a detail" not in err  # below INFO
    assert "Traceback" in err and "bot<token>/getMe" in err  # the traceback, scrubbed
    assert "CRITICAL bot: uncaught RuntimeError" in err and "The token `<token>`" in err
    assert "deprecated bot<token>" in err


def test_json_log_is_one_object_per_line() -> None:
    err = run_script("DEBUG", "json")
    entries = [json.loads(line) for line in err.splitlines()]
    assert [e["level"] for e in entries] == ["DEBUG", "INFO", "ERROR", "WARNING", "CRITICAL"]
    assert entries[1]["logger"] == "bot.test" and entries[1]["message"].startswith("plan sent")
    assert "Traceback" in entries[2]["error"] and "bot<token>" in entries[2]["message"]
    assert TOKEN not in err and "ABCDEFGHIJ" not in err


def test_user_tags_are_stable_short_and_distinct() -> None:
    assert user_tag(42) == user_tag(42) != user_tag(43)
    assert len(user_tag(42)) == 8 and str(42) not in user_tag(42)
    assert user_tag(None) == "-"


def test_scrubber_replaces_plain_and_url_encoded_token() -> None:
    scrub = Scrubber(TOKEN, "")
    assert scrub(f"a {TOKEN} b {TOKEN.replace(':', '%3A')}") == "a <token> b <token>"


def test_an_outage_is_said_once_then_every_minute() -> None:
    now = [1000.0]
    link = Link("https://api.telegram.org", clock=lambda: now[0])
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    keep = Keep()
    logging.getLogger("bot.link").addHandler(keep)
    try:
        link.answered()
        for _ in range(130):  # a failed try every second for 130 s
            now[0] += 1
            link.failed(ConnectionError("refused"))
        link.answered(sent_at=now[0] - 200)  # a long poll sent before: not a recovery
        now[0] += 1
        link.answered(sent_at=now[0])
    finally:
        logging.getLogger("bot.link").removeHandler(keep)
    assert records == [
        "Telegram (api.telegram.org) cannot be reached (refused); the bot keeps trying and "
        "reports every minute until it answers",
        "Telegram (api.telegram.org) has been unreachable for 1 min 0 s",
        "Telegram (api.telegram.org) has been unreachable for 2 min 0 s",
        "Telegram (api.telegram.org) answers again after 2 min 10 s",
    ]
    assert link.last_ok == now[0] and link.down_since is None
    assert (duration(59), duration(3725)) == ("59 s", "1 h 2 min")


#: A coroutine job still running when the scheduler shuts down (as PTB's JobQueue does when
#: the bot stops), then a job that really fails.
CANCELLED = textwrap.dedent("""
    import asyncio, logging, sys
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from bot import logs
    if sys.argv[1] == "setup":
        logs.setup("INFO", "text", "")
    else:
        logging.basicConfig(level=logging.INFO)

    async def slow() -> None:
        await asyncio.sleep(10)

    async def main() -> None:
        scheduler = AsyncIOScheduler()
        scheduler.add_job(slow)
        scheduler.start()
        await asyncio.sleep(0.3)
        scheduler.shutdown(wait=False)
        await asyncio.sleep(0.3)
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("apscheduler.executors.default").exception("Job failed")

    asyncio.run(main())
""")


def test_a_job_cancelled_on_the_way_out_is_not_an_error() -> None:
    """The scheduler's traceback for a job cancelled at shutdown is dropped; real faults stay."""
    def stderr(mode: str) -> str:
        done = subprocess.run([sys.executable, "-c", CANCELLED, mode], cwd=ROOT,  # noqa: S603
                              capture_output=True, text=True, timeout=30, check=True)
        return done.stderr

    plain = stderr("plain")
    assert "CancelledError" in plain  # what the scheduler logs without the filter
    ours = stderr("setup")
    assert "CancelledError" not in ours, ours
    assert "Job failed" in ours and "ValueError: boom" in ours
