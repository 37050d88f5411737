"""Businesses like yours: under a plan's chart, its scores against the median of similar ones.

Same sector and size when 5 other businesses with a plan share them, else the same sector,
else the same size, else nothing; never a group of fewer than 5.
"""

from __future__ import annotations

from typing import Any

from bot.fakeapi import FakeBotAPI
from bot.knowledge import Knowledge
from bot.plan import build_plan
from bot.stats import peer_medians, standing
from tests.conftest import Harness

OWNER = FakeBotAPI.person(1201, "en", "Ama")


async def add_peer(bot: Harness, knowledge: Knowledge, user_id: int, sector: str, size: str,
                   option: int = 2) -> dict[str, Any]:
    """Another business with a plan: every scored answer its `option`-th (clamped)."""
    answers = {q.id: q.options[min(option, len(q.options) - 1)].id for q in knowledge.questions}
    answers.update(sector=sector, size=size)
    await bot.store.users.ensure(user_id, user_id, "en")
    plan = build_plan(knowledge, answers)
    await bot.store.plans.add(user_id, plan.to_record())
    return dict(plan.scores)


async def owner_caption(bot: Harness, knowledge: Knowledge) -> str:
    """The owner assesses (worst answers: a shop, just me); the caption under the chart."""
    await bot.say(OWNER, "/start")
    await bot.answer_all(OWNER, 0)
    photo = [p for m, p in bot.api.calls if m == "sendPhoto" and int(p["chat_id"]) == 1201][-1]
    return str(photo["caption"])


async def test_same_sector_and_size_when_five_share_them(
    bot: Harness, knowledge: Knowledge
) -> None:
    for user_id in range(1210, 1215):
        await add_peer(bot, knowledge, user_id, "retail", "solo", option=1 + user_id % 3)
    await add_peer(bot, knowledge, 1220, "food_service", "solo", option=3)  # not alike
    caption = await owner_caption(bot, knowledge)
    assert "Compared with businesses like yours</b> (Shop / retail, Just me: 5 businesses)" in (
        caption)
    lines = caption.split("\n")
    # One per area with answers: a business of one is not asked the staff questions.
    assert len([line for line in lines if "their median" in line]) == 3
    assert "Cash: 0, below their median of" in caption


async def test_a_wider_group_when_the_closest_is_under_five(
    bot: Harness, knowledge: Knowledge
) -> None:
    for user_id in range(1230, 1234):
        await add_peer(bot, knowledge, user_id, "retail", "solo")
    await add_peer(bot, knowledge, 1235, "retail", "s10_49")
    caption = await owner_caption(bot, knowledge)
    assert "(Shop / retail: 5 businesses)" in caption  # the same sector, any size


async def test_nothing_when_no_group_reaches_five(bot: Harness, knowledge: Knowledge) -> None:
    for user_id, sector, size in ((1240, "retail", "solo"), (1241, "retail", "solo"),
                                  (1242, "retail", "s2_9"), (1243, "retail", "s2_9"),
                                  (1244, "trade", "solo"), (1245, "trade", "solo")):
        await add_peer(bot, knowledge, user_id, sector, size)
    caption = await owner_caption(bot, knowledge)
    assert caption == knowledge.message("en", "plan_chart_caption")
    # The owner's own plans never count: four more of theirs change nothing.
    for _ in range(4):
        caption = await owner_caption(bot, knowledge)
        assert "like yours" not in caption


def test_medians_need_five_businesses_per_area() -> None:
    five = [{"cash": s, "staff": None} for s in (10, 20, 30, 40, 90)]
    peers = peer_medians(("sector",), five)
    assert peers is not None and peers.medians == {"cash": 30} and peers.count == 5
    assert peer_medians(("sector",), five[:4]) is None
    assert peer_medians(("sector",), [{"cash": None}] * 6) is None
    assert [standing(s, 50) for s in (44, 45, 55, 56)] == ["below", "about", "about", "above"]
