"""The reader's engine, part 18: misreads no cue can mend, each with sentences of its own.

A past time after a word of `since` ("close since last week") is when something began that
still goes on, not a story of then.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. "Since" + a past time: a closure that began then and still goes on.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my barber shop close since last week, no light in the whole area"),
    ("en", "the bakery is shut since last month, we cannot find flour"),
    ("en", "we have been closed since last week because of the fighting"),
    ("en", "I closed my stall since last month, nobody is buying anything"),
    ("en", "my garage close since 3 weeks"),
    ("fr", "mon salon de coiffure est fermé depuis la semaine dernière"),
    ("fr", "la boutique est fermée depuis le mois dernier à cause des inondations"),
    ("fr", "on a fermé le maquis depuis la semaine dernière, plus de clients"),
    ("fr", "mon atelier est fermé depuis le mois dernier, je n'ai plus de courant"),
    ("es", "la panadería está cerrada desde la semana pasada por el paro"),
    ("es", "tengo el local cerrado desde el mes pasado, no hay clientes"),
    ("es", "cerramos la tienda desde la semana pasada por las inundaciones"),
    ("es", "mi taller está cerrado desde el mes pasado, no hay luz"),
])
def test_closed_since_a_past_time_is_closed_now(describer: Describer, lang: str,
                                                text: str) -> None:
    check(describer, lang, text, {"trading_status": "closed"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "last week we closed for two days because of the riots, now we are open again"),
    ("fr", "la semaine dernière on a fermé deux jours, maintenant on est ouvert"),
    ("es", "la semana pasada cerramos dos días, ahora estamos abiertos"),
])
def test_a_closure_of_last_week_without_since_is_of_then(describer: Describer, lang: str,
                                                         text: str) -> None:
    answers = describer.read(text, lang).answers
    assert answers.get("trading_status") != "closed", answers


# People counted at work beside "now" are staff, not a way of working after a closure.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "my stall is closed since monday. I have 3 boys working with me, they stay home "
           "now", "closed"),
    ("en", "my salon is shut because of the curfew. 2 ladies working for me are at home now",
           "closed"),
    ("en", "we had to close the canteen. I have 4 cooks working with me they at home now",
           "closed"),
    ("en", "the restaurant is closed, now we cook for delivery only", "open_adapted"),
    ("fr", "le salon est fermé depuis lundi, j'ai 2 filles qui travaillent avec moi, elles sont "
           "à la maison maintenant", "closed"),
    ("es", "la tienda está cerrada por el paro, tengo 2 muchachas que trabajan conmigo, ahora "
           "están en la casa", "closed"),
])
def test_staff_counted_at_work_is_no_way_of_working(describer: Describer, lang: str, text: str,
                                                    expected: str) -> None:
    check(describer, lang, text, {"trading_status": expected})


# 2. Takings before and now beside a vague count ("few"), and a percentage with a minus sign.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "customers very few now, before 5 or 6 plates a day, now 1", "down_over_half"),
    ("en", "buyers are few now, before 6 or 7 bags a day, now 1 or 2", "down_over_half"),
    ("en", "taxi driver, passengers so few now, before 5 or 6 trips a day, now 1 or 2",
     "down_over_half"),
    ("en", "our sales -25% since the strike started", "down_some"),
    ("en", "turnover was roughly -60% in april compared to march", "down_over_half"),
    ("en", "revenue −30 % this year", "down_some"),
    ("fr", "des clients, quelques maintenant, avant 6 ou 7 pains par jour, maintenant 1 ou 2",
     "down_over_half"),
    ("fr", "notre chiffre d'affaires -40% ce trimestre", "down_some"),
    ("es", "clientes pocos ahora, antes 6 o 7 almuerzos al día, ahora 1 o 2", "down_over_half"),
    ("es", "las ventas -35% este mes por el paro", "down_some"),
])
def test_takings_fall_with_few_words_and_minus_signs(describer: Describer, lang: str, text: str,
                                                     expected: str) -> None:
    check(describer, lang, text, {"revenue_change": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the price of cement -20% this month, good for us"),
    ("en", "we have 4 workers -2 left last month"),
    ("fr", "le prix du ciment -15% ce mois"),
])
def test_a_minus_sign_of_no_takings_is_not_read(describer: Describer, lang: str,
                                                text: str) -> None:
    check(describer, lang, text, {"revenue_change": None})


# 3. A count, then a number let go: what is left is the count now.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "we had 15 staff at the hotel, I laid off 8 of them in june", "s2_9"),
    ("en", "my bakery had 11 workers, I let 6 go in march when flour went up", "s2_9"),
    ("en", "I employed 14 people, we laid off 3 of them because of the floods", "s10_49"),
    ("en", "I had 3 apprentices, I had to let 3 of them go", "solo"),
    ("en", "I had 12 workers. Last month I had to let 5 of them go", "s2_9"),
    ("fr", "j'avais 10 employés, j'ai dû en licencier 4", "s2_9"),
    ("fr", "nous étions 14 à l'atelier, j'ai licencié 6 personnes le mois dernier", "s2_9"),
    ("es", "tenía 12 trabajadores, tuve que despedir a 5", "s2_9"),
    ("es", "éramos 15 en el restaurante, despedí a 7 en agosto", "s2_9"),
])
def test_those_let_go_leave_the_rest(describer: Describer, lang: str, text: str,
                                     expected: str) -> None:
    check(describer, lang, text, {"size": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I have 6 workers. The factory next door had 200 workers, they laid off 50",
     "s2_9"),
    ("en", "we are 12 in the workshop, we may have to let 4 go next month", "s10_49"),
])
def test_a_lay_off_of_others_or_to_come_leaves_our_count(describer: Describer, lang: str,
                                                         text: str, expected: str) -> None:
    check(describer, lang, text, {"size": expected})


# 4. A trade said in a relative clause about someone else is theirs, not the writer's.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I drive a taxi in Lusaka. even the mama who sells fish at our rank closed her stall",
     "services"),
    ("en", "i am a tailor. my neighbour who runs a bakery closed last week, flour too expensive",
     "manufacturing"),
    ("en", "my cousin who has a restaurant in town told me to ask you. I repair phones and "
           "business is slow", "services"),
    ("en", "I sell airtime from my kiosk. the aunty who sells rolex beside me closed", "retail"),
    ("en", "my friend who helps me at my bakery says we should raise prices", "manufacturing"),
    ("fr", "je suis chauffeur de moto-taxi. la tante qui vend des beignets au carrefour a fermé",
     "services"),
    ("fr", "je fais de la couture. mon cousin qui tient un restaurant a fermé", "manufacturing"),
    ("es", "soy taxista. mi compadre que tiene una panadería ya cerró", "services"),
    ("es", "tengo una peluquería. mi prima que vende comida en el mercado dejó de vender",
     "services"),
])
def test_a_trade_in_a_clause_about_someone_else_is_theirs(describer: Describer, lang: str,
                                                          text: str, expected: str) -> None:
    check(describer, lang, text, {"sector": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "we were 20 in january, we are 14 now with me; I had to let 6 people go in March",
     "s10_49"),
    ("fr", "on est 12 maintenant avec moi, j'ai dû licencier 5 personnes en mars", "s10_49"),
    ("es", "ahora somos 11 conmigo, tuve que despedir a 4 en marzo", "s10_49"),
])
def test_a_count_of_now_already_leaves_those_let_go_out(describer: Describer, lang: str,
                                                        text: str, expected: str) -> None:
    check(describer, lang, text, {"size": expected})


# 5. Paid on time, but a doubt of paying said after it in the sentence: some at risk.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "the loan we pay on time but next month I don't know if we can", "some_at_risk"),
    ("en", "rent I pay on time, but I don't know for how long", "some_at_risk"),
    ("en", "our instalments are paid on time so far, but not sure if we can in december",
     "some_at_risk"),
    ("en", "we pay the bank loan on time but I have no idea how long I can keep that",
     "some_at_risk"),
    ("en", "the loan we pay on time and the rent too", "on_track"),
    ("fr", "le crédit on le paie à temps mais je ne sais pas jusqu'à quand", "some_at_risk"),
    ("fr", "le loyer je le paie à temps, mais je ne sais pas pour combien de temps",
     "some_at_risk"),
    ("es", "el préstamo lo pagamos al día pero no sé hasta cuándo", "some_at_risk"),
    ("es", "la cuota la pago a tiempo, pero no sé por cuánto tiempo más", "some_at_risk"),
])
def test_paid_on_time_but_a_doubt_of_paying_is_a_risk(describer: Describer, lang: str, text: str,
                                                      expected: str) -> None:
    check(describer, lang, text, {"debts": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "we carve masks, the buyers who come to the workshop pay less now", "manufacturing"),
    ("es", "hacemos muebles, los clientes que vienen al taller ya no compran", "manufacturing"),
    ("fr", "je fais des meubles, les clients qui viennent à l'atelier n'achètent plus",
     "manufacturing"),
])
def test_a_place_others_come_to_is_still_ours(describer: Describer, lang: str, text: str,
                                              expected: str) -> None:
    check(describer, lang, text, {"sector": expected})
