"""What the advisor asks and advises: the content model, built and checked by bot.content.

Plain data with a few look-ups (texts, labels, option ids); nothing here reads a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import shipped
from bot.cues import Cues
from bot.learned import Shape
from bot.relief import Programme
from bot.rules import Condition, Rule
from bot.yamlfile import ContentFiles

DEFAULT_LANGUAGE = "en"
AREAS_SCORED = ("cash", "operations", "staff", "digital")
HORIZONS = ("week", "month", "quarter")
UNITS = ("months", "people")


#: The values the code fills into each message that has any, by message key. A message's
#: {placeholders} must be among them (`check` and start-up refuse any other, file and line);
#: messages not listed get no values, so a {placeholder} in them would be shown as written.
#: Knowledge.message refuses a call that passes other values, which keeps this list true.
PLACEHOLDERS: dict[str, frozenset[str]] = {key: frozenset(names.split()) for key, names in {
    "admin_added": "id", "admin_configured": "id", "admin_list_configured": "id",
    "admin_list_stored": "id", "admin_not_a_person": "id", "admin_not_found": "id",
    "admin_removed": "id",
    "answered": "answer",
    "ask_answer": "text", "ask_relay": "id scores text", "ask_too_long": "limit",
    "audience_all": "count", "audience_name_tag": "tag", "audience_tag": "count tag",
    "audience_users": "count",
    "broadcast_confirm": "audience count", "broadcast_progress": "done total",
    "broadcast_reasons": "reasons", "broadcast_report": "blocked delivered failed total",
    "busy": "seconds",
    "describe_choose": "question", "describe_group_action": "number point title",
    "describe_group_sharpen": "questions", "describe_corrected": "answer question",
    "describe_item": "answer question", "describe_left_out": "question",
    "describe_partial": "known total", "describe_too_long": "limit",
    "describe_unjudged": "areas total",
    "error_alert": "count kind",
    "group_tagged": "id tag", "group_unknown": "id tag", "group_untagged": "id tag",
    "groups_title": "count",
    "bot_offered_by": "name", "org_contact": "contact", "org_welcome": "name",
    "feedback_relay": "id text", "feedback_too_long": "limit",
    "peers_about": "area median score", "peers_above": "area median score",
    "peers_below": "area median score", "peers_title": "count group",
    "progress_ticked": "title", "progress_unticked": "title",
    "stats_col_at_risk": "area", "stats_col_at_risk_share": "area", "stats_col_bin": "range",
    "stats_col_median": "area", "stats_made": "date",
    "guidance_share": "share signal", "guidance_title": "count",
    "not_understood": "text",
    "nudge": "title", "nudge_marked_done": "title", "nudge_snoozed": "title",
    "pdf_filename": "date", "pdf_made": "date", "pdf_page": "page",
    "pdf_source_line": "cost effort point title",
    "plan_empty_unknown": "missing",
    "plan_pair": "name value", "plan_relief_apply": "apply", "plan_relief_deadline": "date",
    "plan_score_partial": "known total",
    "plan_source": "cost effort point title",
    "progress": "area number total", "progress_count": "done total",
    "recheck": "areas",
    "relief_added": "id name", "relief_error_apply_long": "limit",
    "relief_error_date": "value", "relief_error_name_long": "limit",
    "relief_error_parts": "count", "relief_error_past": "value",
    "relief_error_qualifier": "item", "relief_error_unknown_id": "allowed qualifier value",
    "relief_list_title": "count", "relief_removed": "id name", "relief_unknown": "id",
    "relief_usage": "led_by sectors sizes",
    "reload_done": "actions languages questions rules", "reload_failed": "problem",
    "reload_warnings": "count",
    "reminders_usage": "state",
    "stats_at_risk": "area",
    "whoami": "user_id", "whoami_chat": "chat_id",
}.items()}


@dataclass(frozen=True)
class Option:
    """One answer a question offers."""

    id: str
    index: int
    score: int | None = None
    upto: float | None = None


@dataclass(frozen=True)
class Question:
    """One question of the assessment."""

    id: str
    area: str
    options: tuple[Option, ...]
    unit: str | None = None
    #: Asked only when this holds for the answers so far (None: always asked).
    ask_when: Condition | None = None

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if any."""
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Topic:
    """What an action can be about, and the need it serves (for the plan's "Start here")."""

    id: str
    need: str
    about: str


@dataclass(frozen=True)
class Action:
    """A recommendation the plan can contain."""

    id: str
    point: str
    area: str
    horizon: str
    effort: str
    cost: str
    #: What the action is about, from knowledge/topics.yaml (the profile suite asserts these).
    topics: tuple[str, ...] = ()


# --- follow-up nudges (knowledge/nudges.yaml), see bot/nudges.py


@dataclass(frozen=True)
class NudgeConfig:
    """Delays of the follow-up nudges (hours, before scaling), from knowledge/nudges.yaml."""

    after_plan: dict[str, float] = field(
        default_factory=lambda: {"week": 72.0, "month": 240.0})
    later: float = 24.0
    retry: float = 0.25
    max_attempts: int = 5
    recheck: float = 672.0
    recheck_below: int = 50


# --- what the staff's /guidance puts first (knowledge/guidance.yaml), see bot/guidance.py


@dataclass(frozen=True)
class Signal:
    """A BSO guidance item is called for when `when` holds for `share` % of businesses."""

    guidance: str
    when: Condition
    share: int


# --- the whole model


@dataclass
class Knowledge:
    """Everything loaded from the content folders, ready to use."""

    root: ContentFiles
    areas: tuple[str, ...]
    questions: tuple[Question, ...]
    points: tuple[str, ...]
    actions: dict[str, Action]
    bso_guidance: dict[str, str]
    rules: list[Rule]
    texts: dict[str, dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    #: knowledge/relief.yaml, the shipped programmes (staff changes are in the store).
    programmes: list[Programme] = field(default_factory=list)
    #: The description cues of each language that has them, parsed once when loaded (from
    #: the content cache, unpickled on first use: bot/cuecache.py).
    cues: Mapping[str, Cues] = field(default_factory=dict)
    nudges: NudgeConfig = field(default_factory=NudgeConfig)
    #: knowledge/topics.yaml: each topic an action can be about.
    topics: dict[str, Topic] = field(default_factory=dict)
    #: knowledge/guidance.yaml: when members' answers call for a BSO guidance item.
    signals: list[Signal] = field(default_factory=list)
    #: The questions worth asking after a description, if unknown (bot/sharpen.py ranks them).
    sharpen: tuple[str, ...] = ()
    #: The learned second reader's file and checked header (bot/learned.py), if shipped.
    learned: tuple[Path, Shape] | None = None

    def __post_init__(self) -> None:
        self._by_id = {q.id: q for q in self.questions}
        # Looked up millions of times by `check`'s coverage (every plan of every profile).
        self._ranks = {(q.id, o.id): o.index for q in self.questions for o in q.options}

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with texts, English first."""
        return tuple(sorted(self.texts, key=lambda code: (code != DEFAULT_LANGUAGE, code)))

    def question(self, question_id: str) -> Question | None:
        """The question with this id, if any."""
        return self._by_id.get(question_id)

    def applies(self, question: Question, answers: Mapping[str, str]) -> bool:
        """Whether a question is asked, given the answers so far (unanswered ones unknown)."""
        return question.ask_when is None or question.ask_when.holds(answers, self.rank)

    def applicable_answers(self, answers: Mapping[str, str]) -> dict[str, str]:
        """The answers to questions that apply, in questionnaire order.

        Conditions name only earlier questions, so one pass in order settles every question.
        Answers to questions that are not (or no longer) in the questionnaire are left out.
        """
        kept: dict[str, str] = {}
        for question in self.questions:
            if question.id in answers and self.applies(question, kept):
                kept[question.id] = answers[question.id]
        return kept

    def need_of(self, action_id: str) -> str:
        """The need an action serves: its first topic's, else its area."""
        action = self.actions[action_id]
        return self.topics[action.topics[0]].need if action.topics else action.area

    def option_ids(self) -> dict[str, list[str]]:
        """Each question's option ids (what relief programmes' qualifiers may name)."""
        return {q.id: [o.id for o in q.options] for q in self.questions}

    def rank(self, question_id: str, option_id: str) -> int:
        """Position of an option in its question, for ordinal comparisons."""
        return self._ranks.get((question_id, option_id), -1)

    def language(self, code: str | None) -> str:
        """The supported language for a Telegram language_code, else English."""
        short = (code or "").split("-")[0].lower()
        return short if short in self.texts else DEFAULT_LANGUAGE

    def text(self, lang: str, *path: str) -> Any:
        """A text by its key path, falling back to English when the language lacks it."""
        for code in (lang, DEFAULT_LANGUAGE):
            node: Any = self.texts.get(code)
            for key in path:
                node = node.get(key) if isinstance(node, dict) else None
            if node is not None:
                return node
        raise KeyError(".".join(path))

    def message(self, lang: str, key: str, **values: Any) -> str:
        """A bot message with its placeholders filled in: exactly those PLACEHOLDERS lists."""
        if values.keys() != PLACEHOLDERS.get(key, frozenset()):
            # A mistake in the code, not the content: the content was checked against the list.
            raise ValueError(f"message '{key}' is given {sorted(values)}, but PLACEHOLDERS"
                             f" lists {sorted(PLACEHOLDERS.get(key, ()))}")
        template = self.text(lang, "messages", key)
        return str(template).format(**values) if values else str(template)

    def answer_label(self, lang: str, question_id: str, option_id: str) -> str:
        """The label of an answer in a language."""
        return str(self.text(lang, "questions", question_id, "options", option_id, "label"))

    def short_name(self, lang: str, question_id: str) -> str:
        """A question's short name ("Cash lasts"), or its full text when it has none."""
        try:
            return str(self.text(lang, "questions", question_id, "short"))
        except KeyError:
            return str(self.text(lang, "questions", question_id, "text"))


def default_root() -> Path:
    """The folder holding the shipped knowledge/ and conversations/."""
    return shipped.root()
