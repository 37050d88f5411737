"""Round 4 of the reader's engine: misreads no cue can mend, each with sentences of its own.

A closure of a place anyone may close (a road, a bridge, a school) is not the business's; a
head-count or an age said of other people beside the writer's is theirs; "%" and "per cent"
are one word cues can use; "only 40 lunches" is a quantity, not opening hours; of two guesses
of how long cash lasts the shorter is read; a question answered by the fragment after it is
told, not asked. None of these sentences is in a set.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I run a small shop. They shut the bridge last night.",
     {"trading_status": None, "sector": "retail"}),
    ("en", "I sell shoes. The floods closed the road to my village.",
     {"trading_status": None, "crisis_type": "natural_hazard"}),
    ("en", "I run a cafe near the campus, the university is closed.",
     {"trading_status": None, "sector": "food_service"}),
    ("en", "My tailoring shop is fine, but the army shut the border crossing.",
     {"trading_status": None}),
    ("fr", "J'ai une boutique. Ils ont fermé le pont.",
     {"trading_status": None, "sector": "retail"}),
    ("fr", "Je tiens un maquis, ils ont fermé l'université depuis lundi.",
     {"trading_status": None, "sector": "food_service"}),
    ("fr", "Mon salon de coiffure marche, mais la police a fermé la rue.",
     {"trading_status": None}),
    ("fr", "J'ai un taxi, ils ont fermé l'aéroport.",
     {"trading_status": None}),
    ("es", "Tengo una tienda. Han cerrado el puente.",
     {"trading_status": None, "sector": "retail"}),
    ("es", "Tengo un taller, está cerrada la carretera.",
     {"trading_status": None, "sector": "manufacturing"}),
    ("es", "Mi restaurante: cerrado el puerto desde el lunes.",
     {"trading_status": None, "sector": "food_service"}),
    ("es", "Vendo ropa y cerraron la universidad, no hay estudiantes.",
     {"trading_status": None}),
])
def test_a_place_closed_by_others_is_not_our_closure(describer: Describer, lang: str, text: str,
                                                     expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Our own closure, the market's, and "ours" before the place stay closures.
    ("en", "The council shut the market, my stall is closed.", {"trading_status": "closed"}),
    ("en", "We closed our office for good.", {"trading_status": "closed"}),
    ("en", "My shop is closed, the road is flooded.", {"trading_status": "closed"}),
    ("fr", "Ma boutique est fermée depuis que la route est coupée.",
     {"trading_status": "closed"}),
    ("es", "Mi tienda está cerrada porque cerraron el puente.", {"trading_status": "closed"}),
])
def test_our_own_closure_beside_a_place_is_still_read(describer: Describer, lang: str, text: str,
                                                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The hotel I supply sent home 60 staff, I have 3 helpers.", {"size": "s2_9"}),
    ("en", "I have 8 girls working with me, the factory next door laid off 400 workers.",
     {"size": "s2_9"}),
    ("en", "The mill cut 120 workers, I have 2 apprentices.", {"size": "s2_9"}),
    ("en", "My bakery has 5 staff; the factory that buys from us laid off 300 people.",
     {"size": "s2_9"}),
    ("fr", "L'usine a licencié 300 ouvriers, moi j'ai 4 employés.", {"size": "s2_9"}),
    ("fr", "L'hôtel a renvoyé 80 employés, moi j'ai 2 apprentis.", {"size": "s2_9"}),
    ("fr", "J'ai 3 employés, mais l'usine d'à côté a renvoyé 250 ouvriers.", {"size": "s2_9"}),
    ("fr", "L'usine emploie 900 personnes, j'ai 5 vendeuses.", {"size": "s2_9"}),
    ("es", "El hotel mandó a casa a 80 empleados, yo trabajo con 2 ayudantes.",
     {"size": "s2_9"}),
    ("es", "La fábrica despidió a 300 obreros, yo tengo 6 costureras.", {"size": "s2_9"}),
    ("es", "Tengo 5 empleados y la fábrica de al lado despidió a 300 trabajadores.",
     {"size": "s2_9"}),
    ("es", "La fábrica tiene 700 trabajadores, yo tengo 4 ayudantes en la tienda.",
     {"size": "s2_9"}),
])
def test_others_head_counts_beside_the_writers_are_theirs(describer: Describer, lang: str,
                                                          text: str,
                                                          expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We sell at 40% capacity now.", {"trading_status": "partly_open"}),
    ("en", "We sell at 40 percent capacity now.", {"trading_status": "partly_open"}),
    ("en", "The restaurant runs at forty per cent capacity.", {"trading_status": "partly_open"}),
    ("en", "A hotel chain gives us 80 per cent of our orders.", {"customers": "one_buyer"}),
    # A cue that starts with "%" is read as written: orders from a channel are not one buyer.
    ("en", "We sell ladies clothes, 70% of orders from instagram.", {"customers": None}),
    ("fr", "Mes ventes ont baissé de 30 pour cent.", {"revenue_change": "down_some"}),
    ("fr", "Mes ventes ont baissé de soixante pour cent.",
     {"revenue_change": "down_over_half"}),
    ("fr", "Le chiffre d'affaires a chuté de 70 pourcent.",
     {"revenue_change": "down_over_half"}),
    ("fr", "Les ventes ont baissé de 20 %.", {"revenue_change": "down_some"}),
    ("es", "Las ventas bajaron un 30 por ciento.", {"revenue_change": "down_some"}),
    ("es", "Las ventas bajaron un 80 porciento.", {"revenue_change": "down_over_half"}),
    ("es", "Mis ventas cayeron un sesenta por ciento.", {"revenue_change": "down_over_half"}),
    ("es", "Vendo un 25 por ciento menos.", {"revenue_change": "down_some"}),
])
def test_percent_is_one_word_cues_and_numbers_use(describer: Describer, lang: str, text: str,
                                                  expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My shop, me 31 and two boys 24, 27.", {"size": "s2_9", "led_by": None}),
    ("en", "I am 41, my two sons 19 and 22 years old help me in the shop.",
     {"led_by": None}),
    ("en", "I run the garage with my 3 boys aged 18, 20 and 23, I am 52.",
     {"led_by": None}),
    ("en", "Our bakery: two daughters 21 and 25 years old work with me, I am 48.",
     {"led_by": None}),
    ("fr", "Mon atelier, j'ai 40 ans et mes deux fils de 19 et 22 ans m'aident.",
     {"led_by": None, "size": "s2_9"}),
    ("fr", "J'ai 45 ans, mes 2 filles de 20 et 24 ans tiennent la boutique avec moi.",
     {"led_by": None}),
    ("fr", "Je tiens le garage avec mes trois apprentis de 18 ans, j'ai 50 ans.",
     {"led_by": None}),
    ("fr", "Ma boutique: mes deux fils de 23 ans et 25 ans m'aident, moi j'ai 56 ans.",
     {"led_by": None}),
    # The sons who help are counted as helpers (2-9 with the writer), never by their ages.
    ("es", "Tengo 45 años, mis hijos de 20 y 23 me ayudan en la tienda.",
     {"size": "s2_9", "led_by": None}),
    ("es", "Tengo 50 años y mis dos hijos de 22 y 25 años trabajan conmigo.",
     {"led_by": None}),
    ("es", "En mi taller están mis 3 hijos de 19 años, yo tengo 47 años.",
     {"led_by": None}),
    ("es", "Mi panadería: mis dos hijas de 24 y 26 años me ayudan, tengo 58 años.",
     {"led_by": None}),
])
def test_ages_after_people_words_are_theirs(describer: Describer, lang: str, text: str,
                                            expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The writer's own age is still read beside them.
    ("en", "I am 29 years old, my two sons 5 and 8 are at school.", {"led_by": "youth_led"}),
    ("fr", "J'ai 28 ans et mes deux fils de 4 et 6 ans sont à l'école.",
     {"led_by": "youth_led"}),
    ("es", "Tengo 30 años y mis dos hijos de 3 y 5 años van a la escuela.",
     {"led_by": "youth_led"}),
    ("es", "Tengo una tienda con un equipo de 12.", {"size": "s10_49"}),
])
def test_the_writers_own_age_and_a_team_are_still_read(describer: Describer, lang: str,
                                                       text: str,
                                                       expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My canteen is open, we do only 40 lunches now.", {"trading_status": None}),
    ("en", "We cook only 25 dinners a night now.", {"trading_status": None}),
    ("en", "Only 30 breakfasts this week at the cafe.", {"trading_status": None}),
    ("en", "We open only 3 days a week.", {"trading_status": "partly_open"}),
    ("fr", "Ma cantine fait seulement 40 déjeuners par jour.", {"trading_status": None}),
    ("fr", "On sert seulement 20 dîners le samedi.", {"trading_status": None}),
    ("fr", "Le restaurant ne fait que 15 repas du soir.", {"trading_status": None}),
    ("fr", "Mon restaurant n'ouvre que le soir.", {"trading_status": "partly_open"}),
    ("es", "Tengo un comedor, ahora solo 90 almuerzos.", {"trading_status": None}),
    ("es", "Hacemos solo 40 cenas por noche.", {"trading_status": None}),
    ("es", "La cafetería vende solo 30 desayunos.", {"trading_status": None}),
    ("es", "Abrimos solo 3 días a la semana.", {"trading_status": "partly_open"}),
])
def test_only_a_number_of_things_is_a_quantity(describer: Describer, lang: str, text: str,
                                               expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Our savings will last two weeks maybe three.", {"cash_runway": "under_2w"}),
    ("en", "Cash for three weeks, maybe 2.", {"cash_runway": "under_2w"}),
    ("en", "The money left will last a month or two.", {"cash_runway": None}),
    ("en", "We have savings for 5 weeks, maybe 6.", {"cash_runway": "m1_3"}),
    ("fr", "Il me reste de l'argent pour 1 mois, peut-être 2.", {"cash_runway": "under_1m"}),
    ("fr", "On a de la trésorerie pour 3 semaines ou 2.", {"cash_runway": None}),
    ("fr", "Mes économies tiennent deux mois, peut-être trois.", {"cash_runway": "m1_3"}),
    ("fr", "Il nous reste de quoi tenir 10 jours, peut-être 20.",
     {"cash_runway": "under_2w"}),
    ("es", "Tengo ahorros para un mes o dos.", {"cash_runway": None}),
    ("es", "La plata me alcanza para 3 semanas o 4.", {"cash_runway": "under_1m"}),
    ("es", "Nos quedan ahorros para dos meses, quizás tres.", {"cash_runway": "m1_3"}),
    ("es", "Me queda dinero para 10 días, tal vez 15.", {"cash_runway": "under_2w"}),
])
def test_of_two_guesses_of_cash_the_shorter_is_read(describer: Describer, lang: str, text: str,
                                                    expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My shop. How long my money lasts? like 10 days.", {"cash_runway": "under_2w"}),
    ("en", "I run a salon. How long will our savings last? about 3 weeks.",
     {"cash_runway": "under_1m"}),
    ("en", "Cash left? maybe 2 months.", {"cash_runway": "m1_3"}),
    ("en", "I have a bakery. How long can we survive with the cash? 5 days max.",
     {"cash_runway": "under_2w"}),
    ("fr", "Ma boutique. Combien de temps tient ma caisse ? genre 2 semaines.",
     {"cash_runway": "under_2w"}),
    ("fr", "J'ai une boutique. Combien de temps mon argent va durer ? peut-être 3 semaines.",
     {"cash_runway": "under_1m"}),
    ("fr", "Mon salon. Les économies ? environ 2 mois.", {"cash_runway": "m1_3"}),
    ("fr", "Un restaurant. Combien de temps on tient avec l'argent ? 10 jours.",
     {"cash_runway": "under_2w"}),
    ("es", "Tengo una tienda. ¿Cuánto me dura el dinero? unos 15 días.",
     {"cash_runway": "under_2w"}),
    ("es", "Tengo un taller. ¿Los ahorros? como 2 meses.", {"cash_runway": "m1_3"}),
    ("es", "Una panadería. ¿Cuánto aguantamos con la plata? 3 semanas.",
     {"cash_runway": "under_1m"}),
    ("es", "Mi salón. ¿Cuánto me queda de dinero? apenas 5 días.",
     {"cash_runway": "under_2w"}),
])
def test_a_question_answered_after_it_is_told(describer: Describer, lang: str, text: str,
                                              expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    # A question with no answer after it still tells nothing of cash or trading.
    ("en", "I run a shop. How long will my money last? I don't know."),
    ("fr", "J'ai une boutique. Je ferme ou quoi ?"),
])
def test_a_question_left_unanswered_is_still_asked(describer: Describer, lang: str,
                                                   text: str) -> None:
    answers = describer.read(text, lang).answers
    assert "cash_runway" not in answers and "trading_status" not in answers, answers
