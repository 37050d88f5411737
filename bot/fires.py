"""A fire that started indoors: a building's, not nature's.

The cue files read a fire as a natural hazard ("the fire burnt our section", "l'incendie a
tout brûlé"); a bushfire or a forest fire is one. A fire told with what started it indoors
("a short circuit", "le générateur a pris feu", "se prendió fuego el galpón", "the unit next
door caught fire") is the building's: "other" (a fire in the building), as the blind sets'
labelling brief has it, like an eviction or a burst pipe.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.clauses import Clause, Hit, has_cue
from bot.cues import Cues

CRISIS = "crisis_type"
NATURAL, OTHER = "natural_hazard", "other"


def indoor_fires(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) that read a natural hazard from fire words alone.

    Only in a text that tells a fire started indoors (`indoor_fire`): those speak of it.
    """
    if not cues.indoor_fire or not any(has_cue(cues.indoor_fire, c.words) for c in clauses):
        return set()
    return {number for number, hit in enumerate(hits)
            if hit.cue.question == CRISIS and hit.cue.option == NATURAL and not hit.negated
            and all(w.rstrip("*") in cues.fire_words for w in hit.cue.words)}
