"""The reader's engine, part 16: misreads no cue can mend (a story told of then, a closure of
someone else's business beside ours), each with sentences of its own.

A clause dated in the past (a year, a month or season, years ago) before a clause of now is
a story of then: its closure is not whether the business trades, and its crisis yields to one
said elsewhere; "since 2023", "depuis septembre", "desde enero" start what still goes on. A
business named with words that make it someone else's ("next door", "de mon cousin", "de la
esquina") closes, not ours.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. A story told in time order: what a dated clause says is of then once a clause of now
#    follows; a start with "since", or a date with nothing of now after it, is read as ever.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "In 2020 with covid we closed 3 months, now we are open again but prices are "
           "killing us", {"trading_status": None}),
    ("en", "2021 the floods came and we closed for 6 weeks. Today the problem is the price "
           "of flour", {"trading_status": None}),
    ("en", "Last June the rains flooded the shop and we shut for a month. Now fuel prices "
           "doubled", {"trading_status": None, "crisis_type": "economic"}),
    ("en", "Two years ago we closed during the riots, now inflation is eating our margin",
     {"trading_status": None, "crisis_type": "economic"}),
    ("en", "We closed in March because of the war",
     {"trading_status": "closed", "crisis_type": "conflict"}),
    ("en", "We closed in June 2023 and we are still closed", {"trading_status": "closed"}),
    ("fr", "En 2023 la farine manquait, on a fermé deux semaines. Maintenant les prix ont "
           "doublé", {"trading_status": None, "crisis_type": "economic"}),
    ("fr", "Début 2024 les barrages routiers, on a fermé 3 semaines. Aujourd'hui c'est "
           "l'inflation", {"trading_status": None, "crisis_type": "economic"}),
    ("fr", "En août on a fermé 2 mois à cause des inondations, maintenant le carburant coûte "
           "trop cher", {"trading_status": None}),
    ("fr", "Il y a deux ans on a fermé pendant le covid, maintenant les prix montent",
     {"trading_status": None, "crisis_type": "economic"}),
    ("fr", "Depuis septembre on est fermé à cause des inondations",
     {"trading_status": "closed", "crisis_type": "natural_hazard"}),
    ("es", "En 2020 cerramos 3 meses por el covid, ahora los precios subieron mucho",
     {"trading_status": None, "crisis_type": "economic"}),
    ("es", "Hace dos años cerramos un mes por las protestas, ahora es la inflación",
     {"trading_status": None, "crisis_type": "economic"}),
    ("es", "El junio pasado la inundación nos cerró dos semanas, ahora el problema es la "
           "gasolina cara", {"trading_status": None}),
    ("es", "En 2022 tuvimos que cerrar por el huracán; hoy los precios de todo suben",
     {"trading_status": None, "crisis_type": "economic"}),
    ("es", "Desde enero estamos cerrados por las inundaciones",
     {"trading_status": "closed", "crisis_type": "natural_hazard"}),
])
def test_a_story_told_of_then_is_not_now(describer: Describer, lang: str, text: str,
                                         expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


# 2. Someone else's business beside ours: named with a neighbour's or a relative's words,
#    its closure or its short week is not whether ours trades.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The bakery next door closed last month", {"trading_status": None}),
    ("en", "My neighbour who sells phones shut his shop", {"trading_status": None}),
    ("en", "The restaurant on the corner already closed", {"trading_status": None}),
    ("en", "My restaurant on the corner is closed", {"trading_status": "closed"}),
    ("fr", "Le gîte de mon cousin à Asni a fermé", {"trading_status": None}),
    ("fr", "Le boulanger d'à côté travaille 2 jours sur 7 seulement", {"trading_status": None}),
    ("fr", "Le restaurant du coin a fermé", {"trading_status": None}),
    ("fr", "La dame qui vend les pagnes au marché a fermé sa boutique",
     {"trading_status": None}),
    ("es", "El restaurante salvadoreño de la esquina ya cerró", {"trading_status": None}),
    ("es", "La tienda de mi primo cerró", {"trading_status": None}),
    ("es", "La panadería de al lado abre solo 3 días", {"trading_status": None}),
    ("es", "El señor que vende tortillas enfrente cerró su puesto", {"trading_status": None}),
])
def test_a_business_beside_ours_closes_not_ours(describer: Describer, lang: str, text: str,
                                                 expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
