"""What only the real bot process (`msme-advisor run`) adds to the Application.

- SIGHUP reloads the content (systemctl reload, docker kill -s HUP) and tells the staff chat;
- errors reach the staff chat (bot/alerts.py), at most one per kind every 10 minutes;
- every 30 s the bot records in its database when Telegram last answered, for
  `msme-advisor health`, first checking in with Telegram (getMe) if nothing was answered for
  a minute, as a quiet bot in webhook mode makes no calls of its own;
- in webhook mode, GET /healthz on the webhook's port gives the same verdict (HealthHandler,
  served by bot/webhook.py).

Tests, the terminal and the benchmarks build the Application without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from pathlib import Path
from typing import Any

import tornado.web
from telegram.error import TelegramError

from bot import __version__, health
from bot.alerts import StaffAlerts
from bot.context import AdvisorApplication, AdvisorContext
from bot.handlers import operations
from bot.knowledge import DEFAULT_LANGUAGE
from bot.link import Link
from bot.outbound import BULK, FOLLOW_UP

log = logging.getLogger(__name__)


class Serving:
    """The real process's signals, alerts, health record and health endpoint."""

    def __init__(self, link: Link, webhook: bool = False) -> None:
        self.link, self.webhook = link, webhook
        self.alerts: StaffAlerts | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def start(self, app: AdvisorApplication) -> None:
        """Install the signal handler, the alerts and the health jobs."""
        settings = app.advisor.settings
        log.info("msme-advisor %s running as @%s: %s, database %s, content %s", __version__,
                 app.bot.username, "webhook" if self.webhook else "long polling",
                 Path(settings.db_path).resolve(),
                 f"{settings.content_dir} over the shipped" if settings.content_dir
                 else "shipped")
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGHUP, lambda: self._spawn(app, self.reload(app)))
        if app.advisor.settings.staff_chat_id is not None:
            self.alerts = StaffAlerts(lambda kind, count: self.alert(app, kind, count), loop)
            logging.getLogger().addHandler(self.alerts)
        if app.job_queue is not None:
            app.job_queue.run_repeating(self.keep_record, interval=health.RECORD_EVERY,
                                        first=1, name="health")

    async def stop(self, app: AdvisorApplication) -> None:
        """Remove what start installed (the store is still open)."""
        with contextlib.suppress(NotImplementedError, RuntimeError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        if self.alerts is not None:
            logging.getLogger().removeHandler(self.alerts)
            self.alerts = None

    def _spawn(self, app: AdvisorApplication, job: Any) -> None:
        task = app.create_task(job)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def reload(self, app: AdvisorApplication) -> None:
        """SIGHUP: reload the content and say how it went in the staff chat (and the log)."""
        advisor = app.advisor
        report = await operations.reload_report(advisor, DEFAULT_LANGUAGE)
        if advisor.settings.staff_chat_id is not None:
            try:
                # Bulk (bot/outbound.py): nobody waits for it; owners' replies go first.
                await app.bot.send_message(advisor.settings.staff_chat_id, report,
                                           rate_limit_args=BULK)
            except TelegramError as error:
                log.warning("could not tell the staff chat about the reload: %s", error)

    async def alert(self, app: AdvisorApplication, kind: str, count: int) -> None:
        """Tell the staff chat that an error of this kind happened (count times)."""
        advisor = app.advisor
        chat = advisor.settings.staff_chat_id
        if chat is not None:
            # A follow-up (bot/outbound.py): owners' replies may go first for a moment, but
            # it goes ahead of broadcasts and nudges, and a 429 delays it instead of dropping
            # it (as bulk would): an alert is what staff must not miss.
            await app.bot.send_message(chat, advisor.knowledge.message(
                DEFAULT_LANGUAGE, "error_alert", kind=kind, count=count),
                rate_limit_args=FOLLOW_UP)

    async def keep_record(self, context: AdvisorContext) -> None:
        """Check in with Telegram if it has been quiet, then write the health record."""
        last = self.link.last_ok
        try:
            if last is None or time.time() - last > health.CHECK_IN_AFTER:
                with contextlib.suppress(TelegramError):  # the Link notes the outcome
                    await context.bot.get_me()
            await context.advisor.store.health.record(self.link.last_ok)
        except asyncio.CancelledError:
            # The bot is stopping (a 409 stops it a second after start, as this job first
            # runs): the scheduler would log a cancelled job as an error with a traceback.
            return

    async def verdict(self, app: AdvisorApplication) -> tuple[bool, str]:
        """Healthy now? The database must answer and Telegram have answered lately."""
        try:
            await app.advisor.store.health.ping()
        except Exception as error:  # any fault of the database is unhealthy
            return False, f"the database does not answer ({error.__class__.__name__})."
        record = await app.advisor.store.health.read()
        return health.verdict(record, time.time())


class HealthHandler(tornado.web.RequestHandler):
    """GET /healthz: 200 and "ok: ..." when healthy, else 503 and the reason."""

    def initialize(self, serving: Serving, app: AdvisorApplication) -> None:
        """Tornado's constructor hook."""
        self.serving, self.app = serving, app

    async def get(self) -> None:
        """The verdict, as text."""
        healthy, reason = await self.serving.verdict(self.app)
        self.set_status(200 if healthy else 503)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(reason + "\n")
