"""A fire that started indoors, a pipe that burst, power cut off: the building's trouble.

The cue files read a fire as a natural hazard ("the fire burnt our section", "l'incendie a
tout brûlé"); a bushfire or a forest fire is one. A fire told with what started it indoors
("a short circuit", "le générateur a pris feu", "se prendió fuego el galpón", "the unit next
door caught fire") is the building's: "other" (a fire in the building), as the blind sets'
labelling brief has it, like an eviction or a burst pipe. So is water from a pipe that
burst ("se inundó el local" after "reventó una tubería").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.clauses import Clause, Hit, has_cue
from bot.cues import Cues

CRISIS = "crisis_type"
NATURAL, OTHER, ECONOMIC = "natural_hazard", "other", "economic"


def indoor_fires(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) that read a natural hazard from fire words, or flood words, alone.

    Only in a text that tells a fire started indoors (`indoor_fire`), or a pipe that burst
    (`indoor_flood`): those speak of it.
    """
    found: set[int] = set()
    for indoors, words in ((cues.indoor_fire, cues.fire_words),
                           (cues.indoor_flood, cues.flood_words)):
        if not indoors or not any(has_cue(indoors, c.words) for c in clauses):
            continue
        found |= {number for number, hit in enumerate(hits)
                  if hit.cue.question == CRISIS and hit.cue.option == NATURAL
                  and not hit.negated and all(w.rstrip("*") in words for w in hit.cue.words)}
    return found


def generator_costs(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> set[int]:
    """The hits (by index) that read an economic crisis from what running without power costs.

    "Kenya Power goes off 6-8 hrs every day ... fuel is expensive", "los apagones son
    diarios, la planta gasta mucho diesel y el diesel está carísimo": told beside a power cut
    (an `other` crisis in a clause with a `power_words` word), the price of fuel in a clause
    naming fuel or a generator (`fuel_words`) is what the cuts cost, not a crisis of its own.
    """
    if not cues.power_words or not any(
            hit.cue.question == CRISIS and hit.cue.option == OTHER and not hit.negated
            and any(w in cues.power_words for w in clauses[hit.clause].words) for hit in hits):
        return set()
    return {number for number, hit in enumerate(hits)
            if hit.cue.question == CRISIS and hit.cue.option == ECONOMIC and not hit.negated
            and any(w in cues.fuel_words for w in clauses[hit.clause].words)}
