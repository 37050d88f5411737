"""Which unknown answers would change a plan most: asked after a description, before the plan.

A description rarely says everything. The questions worth asking are those whose answer
changes what the plan puts first: the candidates (`sharpen:` in
conversations/questionnaire.yaml, in the order they are listed) are ranked by how much the
top of the plan moves over their possible answers, and the ones that move it are asked, at
most MAX_ASKED, most plan-changing first. No Telegram here: the handlers, the terminal chat
and the CLI all ask this module.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge import Knowledge
from bot.plan import Plan, build_plan

#: At most this many questions before the plan: more, and a description is an assessment.
MAX_ASKED = 3
#: How many of the plan's first actions count when comparing two plans.
TOP = 3


def unanswered(knowledge: Knowledge, answers: Mapping[str, str],
               limit: int | None = MAX_ASKED) -> list[str]:
    """The candidate questions the answers leave unknown that change the plan, best first."""
    known = build_plan(knowledge, answers)
    ranked: list[tuple[int, int, str]] = []
    for order, qid in enumerate(knowledge.sharpen):
        question = knowledge.question(qid)
        if question is None or qid in answers or not knowledge.applies(question, answers):
            continue
        moved = max(_moved(known, build_plan(knowledge, {**answers, qid: option.id}))
                    for option in question.options)
        if moved:
            ranked.append((-moved, order, qid))
    return [qid for _, _, qid in sorted(ranked)][:limit]


def _moved(before: Plan, after: Plan) -> int:
    """How much the top of a plan changes: actions that moved in or out, and a new urgency."""
    first = [i.action for i in before.items[:TOP]]
    then = [i.action for i in after.items[:TOP]]
    changed = sum(a != b for a, b in zip(first, then, strict=False)) + abs(len(first) - len(then))
    urgency = bool(before.items and after.items
                   and before.items[0].priority != after.items[0].priority)
    return changed + urgency
