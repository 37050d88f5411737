"""Misreads that would calm a plan: a cash or trading answer read lower in urgency than the
text says (nobody fired after hours were cut, a fall of more than half, a price before and
after, a usual season, a numbered road that closed)."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tuve que recortar a 3 dias por semana. No hemos despedido a nadie."),
    ("es", "Ahora trabajamos solo 4 dias por semana, pero no hemos despedido a nadie."),
    ("en", "We cut everyone to 3 days a week. Nobody was fired."),
    ("en", "I reduced hours for the whole team, nobody was fired."),
    ("fr", "On est passé à 3 jours par semaine. Personne n'a été licencié."),
    ("fr", "J'ai réduit les heures de tout le monde, personne n'a été licencié."),
])
def test_nobody_fired_after_a_cut_is_not_unchanged(describer: Describer, lang: str,
                                                   text: str) -> None:
    assert describer.read(text, lang).answers.get("staff_change") != "unchanged"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Las ventas bajaron muchísimo, más de la mitad."),
    ("es", "Los pedidos cayeron mucho, más de la mitad."),
    ("en", "Sales fell a lot, more than half."),
    ("en", "Our takings dropped by more than half."),
    ("fr", "Les ventes ont baissé de plus de la moitié."),
    ("fr", "Mon chiffre a chuté, plus de la moitié."),
])
def test_a_fall_of_more_than_half(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers.get("revenue_change") == "down_over_half"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "je fais taxi-moto, le litre au marché noir 2000 F au lieu de 775."),
    ("fr", "le sac de ciment est à 9000 F au lieu de 5000 maintenant."),
    ("en", "I drive a taxi, a litre on the black market is 2000 instead of 775."),
    ("es", "tengo un taxi, el litro en el mercado negro a 2000 en vez de 775."),
])
def test_a_price_before_and_after_is_not_sales(describer: Describer, lang: str,
                                               text: str) -> None:
    assert describer.read(text, lang).answers.get("revenue_change") != "stable_or_up"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "je refuse des clients, en plein été qui est normalement ma meilleure saison."),
    ("en", "I turn customers away in the middle of summer, normally my best season."),
    ("es", "tengo que rechazar clientes en pleno verano, que normalmente es mi mejor "
           "temporada."),
])
def test_a_usual_season_is_no_figure_of_sales(describer: Describer, lang: str,
                                              text: str) -> None:
    assert describer.read(text, lang).answers.get("revenue_change") != "stable_or_up"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "j'ai un gîte, la 132 fermée une semaine, on est revenus comme avant."),
    ("en", "I run a guesthouse, the N2 was closed for a week, bookings are back to normal."),
    ("es", "tengo un hostal, la ruta 5 cerrada una semana, ya volvimos a lo normal."),
])
def test_a_numbered_road_that_closed_is_not_our_trading(describer: Describer, lang: str,
                                                        text: str) -> None:
    assert describer.read(text, lang).answers.get("trading_status") != "closed"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tuve que recortar a 3 dias por semana. No hemos despedido a nadie."),
    ("es", "Ahora trabajamos solo 4 dias por semana, pero no hemos despedido a nadie."),
    ("fr", "On est passé à 3 jours par semaine. Personne n'a été licencié."),
])
def test_a_short_week_and_nobody_fired_is_fewer_hours(describer: Describer, lang: str,
                                                      text: str) -> None:
    assert describer.read(text, lang).answers.get("staff_change") == "reduced_hours"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # nobody fired with no cut of hours or days: still unchanged
    ("es", "No hemos despedido a nadie.", {"staff_change": "unchanged"}),
    ("en", "Nobody was fired, we work 6 days a week as always.", {"staff_change": "unchanged"}),
    # a fall said of a share with nothing before it stays a share of before
    ("es", "vendo más o menos la mitad de lo normal", {"revenue_change": "down_over_half"}),
    # a rise said against the usual, or in another clause than "normally", is a rise now
    ("fr", "les ventes ont augmenté, mieux que d'habitude", {"revenue_change": "stable_or_up"}),
    ("es", "las ventas subieron, normalmente no pasa", {"revenue_change": "stable_or_up"}),
    # a number before a cue that closes nothing is no road
    ("es", "de 15 alumnos ahora tengo 5 por videollamada",
     {"trading_status": "open_adapted"}),
])
def test_what_stays_read(describer: Describer, lang: str, text: str,
                         expected: dict[str, str]) -> None:
    answers = describer.read(text, lang).answers
    assert {q: answers.get(q) for q in expected} == expected
