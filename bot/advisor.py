"""The advisor: the one service the handlers talk to.

It holds the content, the settings, the typed-answer matchers and the store; it answers the
questions several features ask (today's date where the organisation works, the relief
directory, who is staff, who an audience reaches); it stores a new plan with its follow-up
nudges; and it owns the two background senders, the broadcast worker and the nudge sender,
started and stopped with the Application (bot/app.py). No Telegram here: the handlers hand it
the functions that send.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import guidance
from bot.backups import run_daily
from bot.broadcast import Finished, Limits, Progress, Send, Worker
from bot.callbacks import NudgePress
from bot.config import Settings
from bot.content import load_checked
from bot.cuecache import CueCache
from bot.knowledge import Knowledge
from bot.logs import user_tag
from bot.matching import Matchers
from bot.nudges import (
    HOUR,
    NudgeSender,
    SendNudge,
    next_allowed,
    plan_nudges,
    recheck_nudge,
)
from bot.plan import Plan
from bot.relief import Programme, combine, matching, new_id
from bot.stats import (
    NOT_ANSWERED,
    PEER_GROUPS,
    WEEK,
    Feedback,
    Peers,
    Report,
    Tallies,
    peers_of,
    report,
)
from bot.store import DatabaseError, LastAnswer, Nudge, ReportCounts, Store, StoredPlan

if TYPE_CHECKING:  # imported when first used: see Advisor.describer
    from bot.describe import Describer

log = logging.getLogger(__name__)

#: Latest plans whose /guidance signals are evaluated again per transaction.
EVALUATE_BATCH = 2000
#: Telegram's limits on the bot's description and short description.
DESCRIPTION_LIMIT = 512
SHORT_LIMIT = 120


def tallies_of(counts: ReportCounts) -> Tallies:
    """The store's counters as the report's tallies ('' in the store: not answered)."""

    def answered(option: str) -> str:
        return option or NOT_ANSWERED

    return Tallies(
        cells={(answered(sector), answered(size), answered(led_by), risk, acted): n
               for sector, size, led_by, risk, acted, n in counts.cells},
        scores={(answered(sector), answered(size), answered(led_by), area, score): n
                for sector, size, led_by, area, score, n in counts.scores},
        this_week=counts.this_week,
        months={(month, risk): n for month, risk, n in counts.months},
        month_scores={(month, area, score): n for month, area, score, n in counts.month_scores},
        actions={action: (n, done) for action, n, done in counts.actions})


@dataclass
class Advisor:
    """What every handler needs: content, settings, matchers, the store and the senders."""

    knowledge: Knowledge
    settings: Settings
    matchers: Matchers = field(init=False)
    _describer: Describer | None = None
    _store: Store | None = None
    _broadcasts: Worker | None = None
    _nudges: NudgeSender | None = None
    _signals_key: tuple[Knowledge | None, str] = (None, "")

    def __post_init__(self) -> None:
        self.matchers = Matchers(self.knowledge)

    @property
    def describer(self) -> Describer:
        """The description reader of the content in use, made on the first description."""
        if self._describer is None:
            # Imported here: the reader's ten modules need not load before `run` polls.
            from bot.describe import Describer

            self._describer = Describer(self.knowledge, self.matchers)
        return self._describer

    async def reload_content(self) -> Knowledge:
        """Read and check the content again, as `check` does, and use it if it passes.

        On any fault ContentError says what `check` would, and the content in use stays.
        Answers are stored by question and option id, so assessments under way go on.
        """

        def prepare() -> tuple[Knowledge, Matchers, Describer]:
            from bot.describe import Describer

            cache = CueCache.beside(self.settings.db_path, self.settings.token)
            knowledge = load_checked(self.settings.content, cache)
            cache.save()
            matchers = Matchers(knowledge)
            # Made here, off the event loop: making it gathers every cue's words (bot.cues.Cues).
            return knowledge, matchers, Describer(knowledge, matchers)

        knowledge, matchers, describer = await asyncio.to_thread(prepare)
        # Together: the next description is read with the new content's reader.
        self.knowledge, self.matchers, self._describer = knowledge, matchers, describer
        if self._nudges is not None:
            self._nudges.config = knowledge.nudges
        log.info("content reloaded: %s questions, %s actions, %s rules, languages %s, "
                 "%s warning(s)", len(knowledge.questions), len(knowledge.actions),
                 len(knowledge.rules), ", ".join(knowledge.languages), len(knowledge.warnings))
        return knowledge

    # --- life cycle --------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open store (opened by start)."""
        if self._store is None:
            raise RuntimeError("the store is not open yet")
        return self._store

    @property
    def broadcasts(self) -> Worker:
        """The running broadcast worker."""
        if self._broadcasts is None:
            raise RuntimeError("the advisor has not started")
        return self._broadcasts

    @property
    def nudges(self) -> NudgeSender:
        """The nudge sender (the application's JobQueue makes it send every few seconds)."""
        if self._nudges is None:
            raise RuntimeError("the advisor has not started")
        return self._nudges

    async def start(self, copy: Send, send_nudge: SendNudge, on_progress: Progress,
                    on_finished: Finished) -> None:
        """Open the store, then start the broadcast worker (resuming unfinished broadcasts)."""
        settings = self.settings
        self._store = await Store.open(settings.db_path, settings.backup_dir)
        self._nudges = NudgeSender(self.store, send_nudge, self.knowledge.nudges,
                                   settings.quiet_hours, settings.tz, settings.time_scale)
        self._broadcasts = Worker(
            self.store.broadcasts, copy,
            Limits(per_second=settings.broadcast_per_second,
                   per_group_per_minute=settings.group_per_minute),
            time_scale=settings.time_scale, on_progress=on_progress, on_finished=on_finished,
            on_inactive=self._inactive, on_migrated=self._migrated,
        )
        await self._broadcasts.start()

    async def stop(self) -> None:
        """Stop sending (the next start resumes), then close the store."""
        if self._broadcasts is not None:
            await self._broadcasts.stop()
            self._broadcasts = None
        self._nudges = None
        if self._store is not None:
            await self._store.close()
            self._store = None

    async def daily_backup(self) -> None:
        """Write the day's backup into ADVISOR_BACKUP_DIR if it is due (in a thread)."""
        settings = self.settings
        if settings.backup_dir is None or settings.db_path == ":memory:":
            return
        try:
            copy = await asyncio.to_thread(run_daily, Path(settings.db_path),
                                           settings.backup_dir, settings.backup_keep)
        except (DatabaseError, OSError) as error:
            log.error("daily backup failed: %s", error)
            return
        if copy is not None:
            log.info("daily backup written to %s (%.1f MB, integrity ok)", copy.path,
                     copy.size / 1e6)

    async def _inactive(self, chat_id: int, user_id: int | None) -> None:
        """A broadcast recipient blocked the bot or removed it from the group."""
        if user_id is not None:
            await self.store.users.set_active(user_id, False)  # also stops their nudges
        else:
            await self.store.groups.set_active(chat_id, False)

    async def _migrated(self, old_id: int, new_id: int) -> None:
        await self.store.groups.migrate(old_id, new_id)

    # --- the support organisation's name on the bot -----------------------------------------

    def welcome(self, lang: str) -> str:
        """The welcome (HTML), with the organisation's name and contact when they are set."""
        say, branding = self.knowledge.message, self.settings.branding
        lines = [say(lang, "welcome")]
        if branding.name:
            lines += ["", say(lang, "org_welcome", name=html.escape(branding.name))]
        if branding.contact:
            lines.append(say(lang, "org_contact", contact=html.escape(branding.contact)))
        return "\n".join(lines)

    def descriptions(self, lang: str) -> tuple[str, str]:
        """The bot's description and short description in a language (plain text)."""
        say, name = self.knowledge.message, self.settings.branding.name
        description = say(lang, "bot_description")
        if name:
            description += "\n\n" + say(lang, "bot_offered_by", name=name)
        return description[:DESCRIPTION_LIMIT], say(lang, "bot_short_description")[:SHORT_LIMIT]

    # --- relief programmes -------------------------------------------------------------------

    def today(self) -> dtm.date:
        """Today's date where the organisation works (ADVISOR_TZ): deadlines are local dates."""
        return dtm.datetime.now(ZoneInfo(self.settings.tz)).date()

    async def directory(self) -> list[Programme]:
        """Every programme: the file's, minus those hidden in the chat, plus those added there."""
        added, hidden = await self.store.relief.changes()
        return combine(self.knowledge.programmes, added, hidden)

    async def offered(self, answers: Mapping[str, str]) -> list[Programme]:
        """The open programmes a business with these answers qualifies for."""
        return matching(await self.directory(), answers, self.today())

    async def add_programme(self, parsed: Programme, staff_id: int) -> Programme:
        """Add a programme parsed from /relief add, with an id no other programme has."""
        added, _ = await self.store.relief.changes()
        taken = [p.id for p in self.knowledge.programmes] + [p.id for p in added]
        programme = Programme(new_id(parsed.name, taken), parsed.name, parsed.apply,
                              parsed.deadline, parsed.qualifies)
        await self.store.relief.add(programme, staff_id)
        log.info("relief programme %s added by staff=%s", programme.id, user_tag(staff_id))
        return programme

    async def remove_programme(self, programme: Programme, staff_id: int) -> None:
        """Delete a programme added in the chat, or hide one of the file's."""
        shipped = any(p.id == programme.id for p in self.knowledge.programmes)
        await self.store.relief.remove(programme.id, staff_id, shipped)
        log.info("relief programme %s %s by staff=%s", programme.id,
                 "hidden" if shipped else "removed", user_tag(staff_id))

    # --- plans and their nudges --------------------------------------------------------------

    def nudges_for(self, plan: Plan, now: float | None = None) -> list[tuple[str, str, float]]:
        """The nudge rows (kind, action, due) for a new plan, moved out of quiet hours."""
        settings, config = self.settings, self.knowledge.nudges
        moment = time.time() if now is None else now
        rows = plan_nudges(self.knowledge, plan, moment, config, settings.time_scale)
        rows += recheck_nudge(dict(plan.scores), moment, config, settings.time_scale)
        return [(kind, action, next_allowed(due, settings.quiet_hours, settings.tz))
                for kind, action, due in rows]

    async def adopt_plan(self, user_id: int, plan: Plan, assessment_id: int | None = None,
                         last: LastAnswer | None = None) -> tuple[StoredPlan | None, int]:
        """Store a plan as the user's latest, its nudges replacing the waiting ones.

        With `assessment_id` the assessment it came from is closed in the same transaction,
        and `last`, its last answer, stored with it. The nudges are worked out before
        anything is written, so a fault there changes nothing. Returns the plan it replaces,
        if any, and the new plan's id.
        """
        previous = await self.store.plans.latest(user_id)
        nudges = self.nudges_for(plan)
        signals = (self.signals_key, guidance.held(self.knowledge, plan.answers))
        if assessment_id is not None:
            plan_id = await self.store.assessments.finish(
                user_id, assessment_id, plan.to_record(), nudges=nudges, last=last,
                signals=signals)
        else:
            plan_id = await self.store.plans.add(user_id, plan.to_record(), nudges=nudges,
                                                 signals=signals)
        log.info("%s user=%s actions=%d nudges=%d",
                 "assessment finished, plan made" if assessment_id is not None
                 else "plan made from a description", user_tag(user_id), len(plan.items),
                 len(nudges))
        return previous, plan_id

    async def pressed_nudge(self, user_id: int, press: NudgePress | None) -> Nudge | None:
        """The nudge a press is about, if it still counts: this user's, as sent, that button."""
        nudge = await self.store.nudges.get(press.nudge_id) if press else None
        if (press is None or nudge is None or nudge.user_id != user_id
                or nudge.attempts != press.attempt or nudge.status != "sent"
                or (press.choice in "dr" and (press.choice == "r") != (nudge.kind == "recheck"))):
            return None
        return nudge

    def snoozed_until(self) -> float:
        """When a nudge put off with ⏰ Later comes back (out of quiet hours)."""
        settings = self.settings
        due = time.time() + self.knowledge.nudges.later * HOUR * settings.time_scale
        return next_allowed(due, settings.quiet_hours, settings.tz)

    # --- the support organisation ------------------------------------------------------------

    async def staff_ids(self) -> set[int]:
        """Everyone who is staff: ADVISOR_ADMIN_IDS and those added with /admin add."""
        return set(self.settings.admin_ids) | set(await self.store.groups.staff())

    async def insight(self) -> Report:
        """/stats' report: every business's latest plan and follow-through, suppressed.

        Read from the counters the store keeps (the same cost at any number of businesses).
        """
        reads = self.store.insight
        counts = await reads.report_counts(time.time() - WEEK)
        opted_in = await reads.opted_in()  # a counter (bot/store/insight.py)
        useful, not_useful, comments = await self.store.feedback.summary()
        feedback = Feedback(useful, not_useful, tuple(comments))

        tallies = tallies_of(counts)
        # Suppression solves a linear system: tens of milliseconds, off the event loop.
        return await asyncio.to_thread(report, tallies, counts.started, opted_in, feedback,
                                       self.knowledge)

    @property
    def signals_key(self) -> str:
        """The digest of the content /guidance's signals are evaluated with (bot/guidance.py)."""
        if self._signals_key[0] is not self.knowledge:
            self._signals_key = (self.knowledge, guidance.signals_key(self.knowledge))
        return self._signals_key[1]

    async def guidance(self) -> list[guidance.Finding]:
        """/guidance's findings, from the signals counted as plans are made.

        Latest plans evaluated with other content (before a change of knowledge/guidance.yaml
        or of the questions, or before the counts existed) are evaluated again first, a batch
        at a time: their answers read on the reader connection, the results in a transaction.
        """
        key, knowledge, reads = self.signals_key, self.knowledge, self.store.insight
        whole, current, parts = await reads.signal_counts(key)
        while current < whole:
            stale = await reads.unevaluated(key, EVALUATE_BATCH)
            if not stale:
                break
            await reads.evaluated(key, [(user_id, guidance.held(knowledge, answers))
                                        for user_id, answers in stale])
            whole, current, parts = await reads.signal_counts(key)
        return guidance.findings_of(knowledge, whole, parts)

    async def peers(self, user_id: int, plan: Plan) -> Peers | None:
        """Businesses like this owner's (same sector and size, else wider), 5 at least."""
        for shared in PEER_GROUPS:
            if not all(question in plan.answers for question in shared):
                continue
            profile = {question: plan.answers[question] for question in shared}
            counts = await self.store.insight.peers(user_id, profile)
            found = peers_of(shared, counts.count, counts.histograms)
            if found is not None:
                return found
        return None

    async def recipients(self, audience: str) -> list[tuple[int, int | None]]:
        """(chat_id, user_id) of everyone a broadcast audience reaches now."""
        if audience == "users":
            return [(chat, user) for user, chat in await self.store.users.opted_in()]
        tag = audience[2:] if audience.startswith("t:") else None
        return [(g.chat_id, None) for g in await self.store.groups.find(tag=tag, active_only=True)]
