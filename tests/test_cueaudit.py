"""The cue audit (bench/cueaudit.py): which cues it names, over real set texts."""

from __future__ import annotations

from collections import Counter

from bench.cueaudit import _hits, worst


def test_worst_names_cues_whose_unsaid_and_wrong_answers_outnumber_right_ones() -> None:
    tallies = {
        ("fr", "customers", "one_buyer", "plus gros client"): Counter(right=3, unsaid=16, wrong=5),
        ("en", "size", "solo", "just me"): Counter(right=178, wrong=4, over=23),
        ("es", "payments", "mobile_or_card", "cheques"): Counter(right=2, unsaid=3),
        ("en", "customers", "local", "village"): Counter(unsaid=6, wrong=1, right=1, over=15),
        ("en", "trading_status", "partly_open", "only saturdays"): Counter(unsaid=2),
    }
    names = [key[3] for key, _ in worst(tallies, least=3)]
    assert names == ["plus gros client", "village"]  # the worst first; "cheques" is 2 to 3
    assert [key[3] for key, _ in worst(tallies, least=2)] == [
        "plus gros client", "village", "only saturdays"]


def test_hits_tell_right_unsaid_and_outweighed_answers_apart() -> None:
    text = "I run a small bakery, me and 2 workers. Sales are down about 30%."
    found = dict(_hits(("probe", "en", text, {"sector": "manufacturing", "size": "s10_49"})))
    outcomes = {(key[1], key[2]): outcome for key, outcome in found.items()}
    assert outcomes[("sector", "manufacturing")] == "right"
    assert outcomes[("size", "s2_9")] == "wrong"  # labelled otherwise on purpose
    assert all(key[0] == "en" for key in found)
