"""General rules of reading, each tested with sentences of its own (none is in a labelled set).

Round 2 of the reader: a text must say something about the writer's own business before
anything is read; a typo keeps its first letter.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from bot.knowledge import Knowledge


@pytest.fixture(scope="module")
def describer(knowledge: Knowledge) -> Describer:
    return Describer(knowledge)


def check(describer: Describer, lang: str, text: str, expected: dict[str, str | None]) -> None:
    """The answers named (None: not read) are as expected; others are not checked."""
    answers = describer.read(text, lang).answers
    assert {q: answers.get(q) for q in expected} == expected, answers


@pytest.mark.parametrize(("lang", "text"), [
    # homework, sport, a question about the bot, a price of something unrelated
    ("en", "My son has homework: solve 3x + 5 = 20, can you help?"),
    ("fr", "Mon fils doit résoudre 2x + 4 = 10 pour demain, aidez-moi"),
    ("es", "Mi hija tiene que calcular el 30% de 150 para la tarea"),
    ("es", "Ganamos 3 a 0, somos 11 jugadores y el entrenador, que partidazo"),
    ("en", "we are 11 players and we won the cup, the coach is happy"),
    ("fr", "Le PSG a gagné 4 à 1 hier soir, quel match !"),
    ("fr", "Salut, ça marche comment ce truc ? C'est payant ?"),
    ("en", "Is this bot free? Do I need to pay to use it?"),
    ("es", "Hola, ¿cómo funciona esto? ¿Es gratis o hay que pagar?"),
    ("fr", "Le prix du riz a augmenté de 30% ce mois-ci, c'est normal ?"),
    ("en", "How much does a kilo of rice cost in Nairobi these days?"),
])
def test_a_text_not_about_the_writers_business_reads_nothing(describer: Describer, lang: str,
                                                             text: str) -> None:
    assert describer.read(text, prefer=lang).answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a short text about a business still reads
    ("en", "just me, cash for 2 weeks", {"size": "solo", "cash_runway": "under_2w"}),
    ("en", "me and my wife, closed since the flood", {"trading_status": "closed"}),
    ("es", "yo sola, cerramos hace un mes", {"trading_status": "closed"}),
    ("fr", "moi et mes 2 filles, on vend au marché", {"sector": "retail"}),
])
def test_a_short_text_about_a_business_still_reads(describer: Describer, lang: str, text: str,
                                                   expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


def test_a_typo_keeps_its_first_letter(describer: Describer) -> None:
    assert "sector" not in describer.read("we have 3 players in the team", "en").answers
    check(describer, "en", "we run a small resturant", {"sector": "food_service"})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # what other people lack is not the business's cash
    ("es", "la gente del barrio no tiene dinero, compran menos", {"cash_runway": None}),
    ("en", "people have no money left after the harvest failed", {"cash_runway": None}),
    ("en", "we have no money left, maybe a week", {"cash_runway": "under_2w"}),
    # a cue ending in a small word needs that word: "ahora vendo como..." is not "ahora vendo en"
    ("es", "ahora vendo como la mitad de antes en la tienda", {"trading_status": None}),
])
def test_subject_and_small_words(describer: Describer, lang: str, text: str,
                                 expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
