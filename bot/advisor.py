"""The advisor: the one service the handlers talk to.

It holds the content, the settings, the typed-answer matchers and the store; it answers the
questions several features ask (today's date where the organisation works, the relief
directory, who is staff, who an audience reaches); it stores a new plan with its follow-up
nudges; and it owns the two background senders, the broadcast worker and the nudge sender,
started and stopped with the Application (bot/app.py). No Telegram here: the handlers hand it
the functions that send.
"""

from __future__ import annotations

import datetime as dtm
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.broadcast import Finished, Limits, Progress, Send, Worker
from bot.callbacks import NudgePress
from bot.config import Settings
from bot.describe import Describer
from bot.knowledge import Knowledge
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
from bot.store import Nudge, Store, StoredPlan


@dataclass
class Advisor:
    """What every handler needs: content, settings, matchers, the store and the senders."""

    knowledge: Knowledge
    settings: Settings
    matchers: Matchers = field(init=False)
    describer: Describer = field(init=False)
    _store: Store | None = None
    _broadcasts: Worker | None = None
    _nudges: NudgeSender | None = None

    def __post_init__(self) -> None:
        self.matchers = Matchers(self.knowledge)
        self.describer = Describer(self.knowledge, self.matchers)

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
        self._store = await Store.open(settings.db_path)
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

    async def _inactive(self, chat_id: int, user_id: int | None) -> None:
        """A broadcast recipient blocked the bot or removed it from the group."""
        if user_id is not None:
            await self.store.users.set_active(user_id, False)  # also stops their nudges
        else:
            await self.store.groups.set_active(chat_id, False)

    async def _migrated(self, old_id: int, new_id: int) -> None:
        await self.store.groups.migrate(old_id, new_id)

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
        return programme

    async def remove_programme(self, programme: Programme, staff_id: int) -> None:
        """Delete a programme added in the chat, or hide one of the file's."""
        shipped = any(p.id == programme.id for p in self.knowledge.programmes)
        await self.store.relief.remove(programme.id, staff_id, shipped)

    # --- plans and their nudges --------------------------------------------------------------

    def nudges_for(self, plan: Plan, now: float | None = None) -> list[tuple[str, str, float]]:
        """The nudge rows (kind, action, due) for a new plan, moved out of quiet hours."""
        settings, config = self.settings, self.knowledge.nudges
        moment = time.time() if now is None else now
        rows = plan_nudges(self.knowledge, plan, moment, config, settings.time_scale)
        rows += recheck_nudge(dict(plan.scores), moment, config, settings.time_scale)
        return [(kind, action, next_allowed(due, settings.quiet_hours, settings.tz))
                for kind, action, due in rows]

    async def adopt_plan(self, user_id: int, plan: Plan,
                         assessment_id: int | None = None) -> StoredPlan | None:
        """Store a plan as the user's latest, its nudges replacing the waiting ones.

        With `assessment_id` the assessment it came from is closed in the same transaction.
        Returns the plan it replaces, if any.
        """
        previous = await self.store.plans.latest(user_id)
        nudges = self.nudges_for(plan)
        if assessment_id is not None:
            await self.store.assessments.finish(user_id, assessment_id, plan.to_record(),
                                               nudges=nudges)
        else:
            await self.store.plans.add(user_id, plan.to_record(), nudges=nudges)
        return previous

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

    async def recipients(self, audience: str) -> list[tuple[int, int | None]]:
        """(chat_id, user_id) of everyone a broadcast audience reaches now."""
        if audience == "users":
            return [(chat, user) for user, chat in await self.store.users.opted_in()]
        tag = audience[2:] if audience.startswith("t:") else None
        return [(g.chat_id, None) for g in await self.store.groups.find(tag=tag, active_only=True)]
