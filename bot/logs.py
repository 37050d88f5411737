"""The running bot's log: one line per event, users as hashes, the token never written.

`setup()` configures the root logger once, from ADVISOR_LOG_LEVEL and ADVISOR_LOG_FORMAT
(`text`, or `json` with one object per line). Every line passes through `Scrubber`, which
removes the bot token from the whole formatted record, traceback included: libraries put
it in URLs and in exception messages. Uncaught exceptions and warnings are routed through
the same handler so nothing reaches standard error unscrubbed.

`user_tag()` is how a user appears in the log: a short keyed hash, the same for the same
person (so one owner's events can be followed) but not reversible by trying every id.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import hashlib
import hmac
import json
import logging
import sys
import threading
from types import TracebackType

#: Key of user_tag(); set from the token by setup(), so tags differ between deployments.
_tag_key = b"msme-advisor"
#: Loggers that are chatty at INFO: httpx logs every request's URL (with the token),
#: APScheduler a line per job run.
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler")


def user_tag(user_id: int | None) -> str:
    """How a user appears in the log: 8 hex digits of a keyed hash of their id."""
    if user_id is None:
        return "-"
    digest = hmac.new(_tag_key, str(user_id).encode(), hashlib.sha256).hexdigest()
    return digest[:8]


def duration(seconds: float) -> str:
    """A short human duration: 45 s, 3 min 20 s, 2 h 5 min."""
    whole = int(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


class Scrubber:
    """Removes secrets (the token, also URL-encoded) from text."""

    def __init__(self, *secrets: str) -> None:
        found = {s for s in secrets if s}
        found |= {s.replace(":", "%3A") for s in found}
        self.secrets = sorted(found, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """The text with every secret replaced by <token>."""
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text


class TextFormatter(logging.Formatter):
    """`time level logger: message`, then the traceback, scrubbed."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.scrub = scrub

    def format(self, record: logging.LogRecord) -> str:
        """The whole record, traceback included, without secrets."""
        return self.scrub(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and, if any, error."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__()
        self.scrub = scrub

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line, without secrets."""
        entry = {
            "time": dtm.datetime.fromtimestamp(record.created, dtm.UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["error"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return self.scrub(json.dumps(entry, ensure_ascii=False))


def setup(level: str = "INFO", form: str = "text", token: str = "") -> logging.Handler:
    """Log to standard error at `level` in `form` (text or json), the token scrubbed."""
    global _tag_key  # the process's logging is global state by nature
    if token:
        _tag_key = hashlib.sha256(b"user-tag:" + token.encode()).digest()
    scrub = Scrubber(token)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(scrub) if form == "json" else TextFormatter(scrub))
    handler.addFilter(not_a_cancelled_job)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    logging.captureWarnings(True)
    _route_uncaught(logging.getLogger("bot"))
    return handler


def not_a_cancelled_job(record: logging.LogRecord) -> bool:
    """False for the scheduler's report of a job cancelled because the bot is stopping.

    APScheduler cancels a job still running (or not yet begun) when the JobQueue shuts down
    and logs that as an error with a traceback; a job cancelled on the way out lost nothing
    (the health record is written again at the next start, nudges go back to pending).
    """
    error = record.exc_info[1] if record.exc_info else None
    return not (record.name.startswith("apscheduler")
                and isinstance(error, asyncio.CancelledError))


def _route_uncaught(log: logging.Logger) -> None:
    """Uncaught exceptions, in any thread, go to the log (scrubbed), not raw to stderr."""

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("uncaught %s", kind.__name__, exc_info=(kind, error, trace))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

