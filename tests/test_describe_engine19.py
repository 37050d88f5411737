"""The reader's engine, part 19: a "to" word after a negation is a verb.

French phones type "na" for "n'a", and Lingala's "na" ("ventes ekiti na 25 %": sales fell by
25 %) is respelled the same way: "a" there is no "dropped to", so the percentage is the fall.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "change"), [
    ("Pharmacie a Kinshasa, les ventes ekiti na 30% depuis janvier.", "down_some"),
    ("Nazali na butiki, commandes ekita na 15% sanza oyo.", "down_some"),
    ("Les ventes ont chuté à 30 % de la normale.", "down_over_half"),
    ("nos ventes ont baisse a 40%, on survit a peine", "down_over_half"),
])
def test_a_after_a_negation_is_no_dropped_to(describer: Describer, text: str,
                                             change: str) -> None:
    check(describer, "fr", text, {"revenue_change": change})
