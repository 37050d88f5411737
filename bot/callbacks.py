r"""Every button's callback data: its prefix, how it is written, how it is read, how it is routed.

Telegram allows 64 bytes of data per button. Each kind of button has a prefix; its PATTERN
(anchored) routes a press to its handler (see bot/handlers/__init__.py) and its parser reads
it, giving None for anything malformed: a forged or garbled press changes nothing. Patterns
are deliberately wider than the data we write where the handler answers a bad press itself
(the answer says "this button is out of date" instead of the catch-all's). They end in
`\Z`, as `$` would also let a trailing newline through. PTB routes a press without data to
the first handler that has a pattern, whichever it is: such a press is stopped before
(handlers/guards.py).

| prefix | button | handler |
|---|---|---|
| `a:` `b:` `k:` | an answer, Back, Skip of the assessment | handlers/assessment.py |
| `n:` | ✅ Done / ⏰ Later / 🔕 Stop / re-check of a nudge | handlers/nudges.py, assessment.py |
| `d:` | correcting what a description was understood to say | handlers/plan.py |
| `s:` | answering a question a described plan waits for, or Skip | handlers/plan.py |
| `pdf` | 📄 Download under a plan | handlers/plan.py |
| `askq:` | 💬 Ask an advisor, its Cancel; Send, Cancel under /ask | handlers/questions.py |
| `bc:` | a broadcast's audience, Send, Cancel | handlers/broadcast.py |
| `l:` | a language of /language | handlers/general.py |
| `upd:` | the organisation's updates, yes or no | handlers/updates.py |
| `del:` | /delete, yes or no | handlers/privacy.py |
| `t:` | ✅ an action of /progress, ticked off or back | handlers/nudges.py |
| `fb:` | 👍 / 👎 "was this plan useful?", and Skip the comment | handlers/feedback.py |
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# --- the assessment: a:<assessment>:<position>:<option index>:<question tag> answers;
# b: back; k: skip. The tag names the question the button was made for, so a button made
# before an upgrade that moved the questions is known as such (older data has no tag).

ANSWER_PATTERN = r"^[abk]:"
_ANSWER = re.compile(r"^(a|b|k):(\d{1,12}):(\d{1,3})(?::(\d{1,3}))?(?::([0-9a-f]{4}))?\Z")


@dataclass(frozen=True)
class AnswerPress:
    """A press of an assessment button."""

    kind: str  # "a" answer, "b" back, "k" skip
    assessment_id: int
    position: int
    option_index: int | None = None
    tag: str | None = None  # the question's tag when the button was made


def question_tag(question_id: str) -> str:
    """Four hex digits that name a question in its buttons."""
    return hashlib.blake2s(question_id.encode(), digest_size=2).hexdigest()


def answer(kind: str, assessment_id: int, position: int, option_index: int | None = None,
           question_id: str | None = None) -> str:
    """Data of an assessment button; at most 1+1+12+1+3+1+3+1+4 = 27 bytes."""
    suffix = f":{option_index}" if option_index is not None else ""
    tag = f":{question_tag(question_id)}" if question_id is not None else ""
    return f"{kind}:{assessment_id}:{position}{suffix}{tag}"


def parse_answer(data: str | None) -> AnswerPress | None:
    """An assessment press; an answer needs its option, Back and Skip have none."""
    match = _ANSWER.match(data or "")
    if not match:
        return None
    kind, aid, pos, index, tag = match.groups()
    if (kind == "a") != (index is not None):
        return None
    return AnswerPress(kind, int(aid), int(pos), int(index) if index is not None else None,
                       tag)


# --- nudges: n:<nudge id>:<attempt>:<d|l|s|r> for Done, Later, Stop, Re-check -------------

NUDGE_PATTERN = r"^n:"
#: The re-check button starts an assessment: routed to the assessment, before NUDGE_PATTERN.
RECHECK_PATTERN = r"^n:\d{1,12}:\d{1,4}:r\Z"
_NUDGE = re.compile(r"^n:(\d{1,12}):(\d{1,4}):([dlsr])\Z")


@dataclass(frozen=True)
class NudgePress:
    """A press of a nudge's button."""

    nudge_id: int
    attempt: int
    choice: str  # "d" done, "l" later, "s" stop reminders, "r" re-check


def nudge(nudge_id: int, attempt: int, choice: str) -> str:
    """Data of a nudge button; at most 2+12+1+4+2 = 21 bytes."""
    return f"n:{nudge_id}:{attempt}:{choice}"


def parse_nudge(data: str | None) -> NudgePress | None:
    """A nudge press, or None when malformed."""
    match = _NUDGE.match(data or "")
    if not match:
        return None
    return NudgePress(int(match.group(1)), int(match.group(2)), match.group(3))


# --- corrections of a description: d:<description>:<question index>[:<option index>|x] ----

CORRECTION_PATTERN = r"^d:"
#: The choice that leaves a question out of the description's answers.
LEAVE_OUT = "x"
_CORRECTION = re.compile(r"^d:(\d{1,12}):(\d{1,3})(?::(\d{1,3}|x))?\Z")


@dataclass(frozen=True)
class CorrectionPress:
    """A press of a correction button: show a question's options, or choose one."""

    description_id: int
    question_index: int
    choice: str | None = None  # None shows the options; an option index or LEAVE_OUT picks


def correction(description_id: int, question_index: int, choice: str | int | None = None) -> str:
    """Data of a correction button."""
    suffix = f":{choice}" if choice is not None else ""
    return f"d:{description_id}:{question_index}{suffix}"


def parse_correction(data: str | None) -> CorrectionPress | None:
    """A correction press, or None when malformed."""
    match = _CORRECTION.match(data or "")
    if not match:
        return None
    return CorrectionPress(int(match.group(1)), int(match.group(2)), match.group(3))


# --- a question a described plan waits for: s:<description>:<question index>:<option|k> ----

SHARPEN_PATTERN = r"^s:"
#: The choice that skips the question.
SKIP = "k"
_SHARPEN = re.compile(r"^s:(\d{1,12}):(\d{1,3}):(\d{1,3}|k)$")


@dataclass(frozen=True)
class SharpenPress:
    """A press of an answer (or Skip) to a question asked after a description."""

    description_id: int
    question_index: int
    choice: str  # an option index, or SKIP


def sharpen(description_id: int, question_index: int, choice: str | int) -> str:
    """Data of an answer button to a question asked after a description; at most 21 bytes."""
    return f"s:{description_id}:{question_index}:{choice}"


def parse_sharpen(data: str | None) -> SharpenPress | None:
    """A press of an answer to a question asked after a description, or None."""
    match = _SHARPEN.match(data or "")
    if not match:
        return None
    return SharpenPress(int(match.group(1)), int(match.group(2)), match.group(3))


# --- the other buttons ---------------------------------------------------------------------

#: Download: always the latest plan, so an old plan's button stays useful. Anything starting
#: so is the handler's to check: forged variants get "out of date", not silence.
DOWNLOAD = "pdf"
DOWNLOAD_PATTERN = r"^pdf"

ASK = "askq:start"
ASK_CANCEL = "askq:cancel"
#: /ask <question> is sent only once the owner has read what goes with it: Send or Cancel.
_ASK_CONFIRM = re.compile(r"^askq:(send|drop):(\d{1,12})\Z")


def ask_confirm(question_id: int, send: bool) -> str:
    """Data of the Send or Cancel button under a question that /ask has not sent yet."""
    return f"askq:{'send' if send else 'drop'}:{question_id}"


def parse_ask_confirm(data: str | None) -> tuple[int, bool] | None:
    """(question id, True to send it), or None when it is not such a press."""
    match = _ASK_CONFIRM.match(data or "")
    return (int(match.group(2)), match.group(1) == "send") if match else None

ASK_PATTERN = r"^askq:(start|cancel|send:\d{1,12}|drop:\d{1,12})\Z"

BROADCAST_PATTERN = r"^bc:\d{1,12}:(x|s|a:(all|users|t:[a-z0-9_-]{1,24}))\Z"


def broadcast(broadcast_id: int, action: str) -> str:
    """Data of a broadcast button: x cancels, s sends, a:<audience> chooses the audience."""
    return f"bc:{broadcast_id}:{action}"


def parse_broadcast(data: str | None) -> tuple[int, str] | None:
    """(broadcast id, action), or None when malformed."""
    if not re.match(BROADCAST_PATTERN, data or ""):
        return None
    _, raw_id, action = (data or "").split(":", 2)
    return int(raw_id), action


LANGUAGE_PATTERN = r"^l:[a-z]{2}\Z"


def language(code: str) -> str:
    """Data of a language button."""
    return f"l:{code}"


def parse_language(data: str | None) -> str | None:
    """The language code pressed, or None when malformed."""
    return (data or "")[2:] if re.match(LANGUAGE_PATTERN, data or "") else None


UPDATES_PATTERN = r"^upd:(on|off)\Z"


def updates(on: bool) -> str:
    """Data of the opt-in buttons."""
    return "upd:on" if on else "upd:off"


def parse_updates(data: str | None) -> bool | None:
    """True for yes, False for no, None when malformed."""
    return {"upd:on": True, "upd:off": False}.get(data or "")


DELETE_PATTERN = r"^del:(yes|no)\Z"


def delete(answer: str) -> str:
    """Data of the /delete buttons ("yes" or "no")."""
    return f"del:{answer}"


def parse_delete(data: str | None) -> bool | None:
    """True when erasing was confirmed, False when declined, None when malformed."""
    return {"del:yes": True, "del:no": False}.get(data or "")


# --- /progress: t:<plan>:<item index> ticks an action off, or back on ----------------------

PROGRESS_PATTERN = r"^t:"
_PROGRESS = re.compile(r"^t:(\d{1,12}):(\d{1,3})$")


def progress(plan_id: int, index: int) -> str:
    """Data of an action's button under /progress; at most 2+12+1+3 = 18 bytes."""
    return f"t:{plan_id}:{index}"


def parse_progress(data: str | None) -> tuple[int, int] | None:
    """(plan id, item index) of a /progress press, or None when malformed."""
    match = _PROGRESS.match(data or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


# --- "was this plan useful?": fb:<plan>:<u|d|s> for 👍, 👎, Skip the comment ---------------

FEEDBACK_PATTERN = r"^fb:"
_FEEDBACK = re.compile(r"^fb:(\d{1,12}):([uds])$")


def feedback(plan_id: int, choice: str) -> str:
    """Data of a feedback button: u useful, d not useful, s no comment."""
    return f"fb:{plan_id}:{choice}"


def parse_feedback(data: str | None) -> tuple[int, str] | None:
    """(plan id, choice) of a feedback press, or None when malformed."""
    match = _FEEDBACK.match(data or "")
    return (int(match.group(1)), match.group(2)) if match else None
