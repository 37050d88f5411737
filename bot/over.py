"""A crisis told as over, or an illness of the writer's own, is not the business's crisis now.

"We survived the tsunami in 2004, that is long over", "le covid on avait fermé deux mois mais
ça c'est fini", "el terremoto ya pasó": a marker of something over (`over:` in the cue file)
that ends a clause makes what that clause, and the clauses of its sentence before it, say of
the questions in `over_questions:` (the crisis, whether the business trades) about then, not
now. What comes after the marker ("now the problem is no petrol") is read as ever.

"El dengue me tiene en cama", "j'ai attrapé le palu", "I got malaria": a disease said beside
words of falling ill (`ill:`) is the writer's illness, not an epidemic the business lives in.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.clauses import Clause, Hit, exactly, has_phrase, number_word
from bot.cues import Cues
from bot.judging import kept_positions

#: The answer a disease gives, which an illness of the writer's own does not.
EPIDEMIC = ("crisis_type", "epidemic")
#: How many words before a disease, or after it, words of falling ill may stand.
ILL_BEFORE = 4
ILL_AFTER = 4


def told_over(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) of an over question said in or before a clause marked as over."""
    over = {number for number, clause in enumerate(clauses) if _ends_over(clause, cues)}
    if not over:
        return set()
    last = {clauses[n].sentence: n for n in sorted(over)}  # the last over clause of each
    return {k for k, hit in enumerate(hits)
            if hit.cue.question in cues.over_questions
            and hit.clause <= last.get(clauses[hit.clause].sentence, -1)}


def _ends_over(clause: Clause, cues: Cues) -> bool:
    """Whether a clause ends with a marker of something over ("that is long over").

    Only stop words and time words, none a number, may follow it ("ya terminó hace rato");
    not anything else ("it is over 50 %", "c'est fini de payer" speak of something else).
    """
    words = clause.words
    for phrase in cues.over:
        for i in range(len(words) - len(phrase) + 1):
            if not all(exactly(w, words[i + k]) for k, w in enumerate(phrase)):
                continue
            after = words[i + len(phrase):]
            if all((w in cues.stop_words or w in cues.over_after)
                   and number_word(w, cues.grammar.values) is None for w in after):
                return True
    return False


def taken_ill(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) of an epidemic that is the writer's own illness ("me dio dengue").

    Words of falling ill ("kept me in bed", "j'ai attrapé", "me dio") within a few words
    before or after the disease, in a clause where the writer speaks of themself; "covid
    closed my shop" has none, so it is the crisis.
    """
    found = set()
    for k, hit in enumerate(hits):
        if (hit.cue.question, hit.cue.option) != EPIDEMIC or hit.negated:
            continue
        words = clauses[hit.clause].words
        if not any(w in cues.self_words for w in words):
            continue
        at = _word_at(hit, words, cues)
        if at is None:
            continue
        near = words[max(0, at - ILL_BEFORE) : at + 1 + ILL_AFTER]
        if has_phrase(cues.ill, near):
            found.add(k)
    return found


def _word_at(hit: Hit, words: Sequence[str], cues: Cues) -> int | None:
    """Where a hit's first word is among all a clause's words (stop words too)."""
    kept = kept_positions(words, cues)
    first = hit.positions[0]
    return kept[first] if first < len(kept) else None
