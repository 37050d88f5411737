"""Answers that go together: "closed" with sales "stopped", and back.

In every labelled set a business labelled closed had its sales stopped, and sales stopped
came with a closure. Read beside another answer to the other question, the one of the pair
is what was misread (a day's closure, someone else's, one that is over), so it is not read
and the ask-back asks it; the other answer stays. And "ma ferme" (a farm), read as the
sector, is no closure: it had made a farm part-open and so dropped its true "stopped".
Sentences written before they were run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import ContentError, load_knowledge
from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "closed" beside a fall of sales that is not a stop: the closure is not read.
    ("en", "Shop closed, business is down a little but we sell by phone.",
     {"trading_status": None, "revenue_change": "down_some"}),
    # (round 41: closed on one day a week "now" is partly open, as the writers' guide says)
    ("en", "We are closed on Sundays now and turnover fell by a third.",
     {"trading_status": "partly_open", "revenue_change": "down_some"}),
    ("fr", "On a fermé la boutique du marché, les ventes ont baissé un peu.",
     {"trading_status": None, "revenue_change": "down_some"}),
    ("es", "Cerramos el local, las ventas bajaron un poco con el delivery.",
     {"trading_status": None, "revenue_change": "down_some"}),
    # "stopped" while open some of the time: the stop is not read.
    ("en", "Sales stopped for a week in the floods, now we open only mornings.",
     {"trading_status": "partly_open", "revenue_change": None}),
    ("fr", "Plus aucune vente depuis lundi mais on ouvre le matin quand même.",
     {"trading_status": "partly_open", "revenue_change": None}),
    # The pair itself, and either alone, read as before.
    ("en", "We closed the shop three weeks ago, no sales at all since.",
     {"trading_status": "closed", "revenue_change": "stopped"}),
    ("es", "El local está cerrado desde marzo.", {"trading_status": "closed"}),
    ("fr", "Nos ventes sont arrêtées, plus rien depuis deux semaines.",
     {"revenue_change": "stopped"}),
    ("fr", "Nos ventes sont à zéro.", {"revenue_change": "stopped"}),
    ("es", "Las ventas se pararon, el local sigue cerrado.",
     {"trading_status": "closed", "revenue_change": "stopped"}),
    # ...and not where the stop is denied.
    ("fr", "Les ventes n'ont pas arrêté de baisser.", {"revenue_change": None}),
    # Part-open with a fall is no contradiction.
    ("es", "Cerrado por la tarde, vendemos un 20% menos.",
     {"trading_status": "partly_open", "revenue_change": "down_some"}),
])
def test_answers_that_go_together(describer: Describer, lang: str, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


def test_a_pair_must_name_two_questions(tmp_path: Path) -> None:
    """`check` refuses a pair of one question with itself, naming file and line."""
    import shutil

    from bot.knowledge import default_root

    root = tmp_path / "content"
    shutil.copytree(default_root(), root)
    path = root / "conversations" / "lang" / "en.describe.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- [trading_status, closed, revenue_change, stopped]",
                                 "- [trading_status, closed, trading_status, normal]"),
                    encoding="utf-8")
    with pytest.raises(ContentError, match=r"en\.describe\.yaml:\d+: a 'go_together' pair"):
        load_knowledge(root)


@pytest.mark.parametrize(("text", "expected"), [
    # "ferme", a farm, read as what we do, is no closure of ours.
    ("Ma ferme de manioc près de Kikwit.", {"sector": "agriculture", "trading_status": None}),
    ("Nous avons une petite ferme de poulets à Thiès, la moitié des bêtes sont mortes.",
     {"sector": "agriculture", "trading_status": None}),
    ("Ma ferme de 3 hectares a été inondée.", {"trading_status": None}),
    # ...while a farm said closed is closed.
    ("Ma ferme est fermée depuis les inondations, plus rien à vendre.",
     {"trading_status": "closed", "revenue_change": "stopped"}),
])
def test_a_farm_is_no_closure(describer: Describer, text: str,
                              expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
