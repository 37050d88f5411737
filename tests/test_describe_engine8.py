"""The reader's engine, part 5: misreads that no cue can mend, each with sentences of its own.

Working another way after a closure is open and adapted, and a closure of some rooms is
partly open; "normal" said of a loan or the rent is not trading; a road, a port or a border
closed is not our closure; cash "or" another way of paying is not cash only; a lay-off after
"rather than" or "personne" was not done; a cooking question naming a dish is off-topic; an
age right after the writer's name or role is theirs.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. Trading after a closure: working another way now, or a part still open.
@pytest.mark.parametrize(("lang", "text", "trading"), [
    ("en", "The restaurant is closed, we cook for delivery now", "open_adapted"),
    ("en", "The salon is closed but now I do hair at clients' homes", "open_adapted"),
    ("en", "We closed those 2 rooms and the other 4 are open", "partly_open"),
    ("en", "We closed 3 stalls, the rest still trade", "partly_open"),
    ("fr", "Le marche est ferme, maintenant je vends devant ma maison", "open_adapted"),
    ("fr", "L'ecole est fermee, maintenant nous donnons les cours en ligne", "open_adapted"),
    ("fr", "On a ferme 2 chambres et les 4 autres sont ouvertes", "partly_open"),
    ("fr", "Ma boutique est fermee, maintenant je livre a domicile", "open_adapted"),
    ("es", "El local esta cerrado, ahora vendemos por whatsapp", "open_adapted"),
    ("es", "Cerramos 2 habitaciones y las otras 4 siguen abiertas", "partly_open"),
    ("es", "La tienda esta cerrada, ahora vendo desde mi casa", "open_adapted"),
    ("es", "Cerramos 3 puestos del mercado, los demas siguen", "partly_open"),
])
def test_working_another_way_after_a_closure(describer: Describer, lang: str, text: str,
                                             trading: str) -> None:
    check(describer, lang, text, {"trading_status": trading})


@pytest.mark.parametrize(("lang", "text", "trading"), [
    # "now" after the verb: the same way of working, said the other way round.
    ("en", "The shop is closed since the storm, we sell from the van now", "open_adapted"),
    ("en", "We sell from the van now", None),
    ("fr", "Le magasin est ferme, je vends devant ma maison maintenant", "open_adapted"),
    ("fr", "Je fabrique des sacs maintenant", None),
    ("es", "El local esta cerrado, vendemos por whatsapp ahora", "open_adapted"),
    ("es", "Vendemos por whatsapp ahora", None),
])
def test_now_after_the_verb_after_a_closure(describer: Describer, lang: str, text: str,
                                            trading: str | None) -> None:
    check(describer, lang, text, {"trading_status": trading})


@pytest.mark.parametrize(("lang", "text", "trading"), [
    # A closure of a time is still a closure; a reopening is asked, not adapted.
    ("en", "We were closed 10 days in March", None),
    ("en", "Our shop closed 2 weeks ago", "closed"),
    ("fr", "Mon atelier est ferme depuis 3 semaines", "closed"),
    ("es", "Cerramos 2 semanas por la lluvia", "closed"),
    ("en", "The shop was closed 6 weeks, now we reopened", None),
])
def test_a_closure_of_a_time_or_a_reopening_is_not_adapted(describer: Describer, lang: str,
                                                          text: str,
                                                          trading: str | None) -> None:
    check(describer, lang, text, {"trading_status": trading})


# 2. "Normal" said of what the business pays.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The loan is paid normally, sales are down 30%"),
    ("en", "My bakery: rent payments are normal, the loan too"),
    ("en", "We repay the loan normally for now, my shop sells less"),
    ("en", "Our instalments are normal, the salon has fewer clients"),
    ("fr", "Notre pret est paye normalement, mais les ventes ont baisse"),
    ("fr", "Je paie le loyer normalement, la boutique vend moins"),
    ("fr", "Les remboursements du credit sont normaux, mon salon a moins de clientes"),
    ("fr", "On rembourse la dette normalement, mon atelier a peu de commandes"),
    ("es", "Pagamos normal el credito, pero vendemos menos en la tienda"),
    ("es", "El alquiler lo pago normal, la panaderia vende poco"),
    ("es", "Las cuotas del prestamo van normales, mi taller tiene menos trabajo"),
    ("es", "La deuda la pagamos normal, el restaurante tiene pocos clientes"),
])
def test_normal_said_of_a_loan_or_the_rent_is_not_trading(describer: Describer, lang: str,
                                                          text: str) -> None:
    check(describer, lang, text, {"trading_status": None})


def test_normal_trading_is_still_read(describer: Describer) -> None:
    check(describer, "en", "My shop is open normally, sales are down a bit",
          {"trading_status": "normal"})


# 3. A road, a port, a border or an airport closed.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The road was closed 10 days so my shop got no stock"),
    ("en", "The port has been closed for two weeks, my hardware store is running out"),
    ("en", "Airport closed since Monday, my tour company has no guests"),
    ("en", "Border crossing closed 12 days by the border closure, I sell clothes"),
    ("fr", "La frontiere est fermee, ma boutique n'a plus de marchandise"),
    ("fr", "Route fermee depuis 10 jours, mon restaurant manque de gaz"),
    ("fr", "Le port est ferme depuis deux semaines, je vends des pieces auto"),
    ("fr", "Ferme depuis 12 jours a cause de la frontiere, je vends des tissus"),
    ("es", "Rumichaca cerrado hace 12 dias por cierre de frontera, vendo ropa"),
    ("es", "La carretera estuvo cerrada 10 dias, mi tienda no tiene mercaderia"),
    ("es", "El aeropuerto cerrado desde el lunes, mi agencia de turismo sin clientes"),
    ("es", "Puerto cerrado hace una semana, vendo repuestos"),
])
def test_a_place_closed_is_not_our_closure(describer: Describer, lang: str,
                                          text: str) -> None:
    check(describer, lang, text, {"trading_status": None})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The border closed so our shop is closed too"),
    ("en", "We are closed because the road is blocked"),
    ("fr", "Notre magasin est ferme, la frontiere aussi"),
    ("es", "Estamos cerrados por el cierre de la frontera"),
])
def test_our_closure_beside_a_place_is_still_ours(describer: Describer, lang: str,
                                                 text: str) -> None:
    check(describer, lang, text, {"trading_status": "closed"})


# 4. Cash or another way of paying.
@pytest.mark.parametrize(("lang", "text", "payments"), [
    ("en", "I run a grocery, customers pay cash or M-PAiSA", "mobile_or_card"),
    ("en", "Barber shop, customers pay cash or Zaad", "mobile_or_card"),
    ("en", "My kiosk, customers pay cash or Telebirr", "mobile_or_card"),
    ("en", "My shop is cash only", "cash_only"),
    ("fr", "Ma boutique: les clients paient en especes ou par Wizall", "mobile_or_card"),
    ("fr", "Mon salon, paiement cash ou Moov Money", "mobile_or_card"),
    ("fr", "Mon kiosque, les clients paient cash ou Djamo", "mobile_or_card"),
    ("fr", "Ma boutique accepte seulement les especes", "cash_only"),
    ("es", "En la panaderia pagan efectivo o con Tigo Money", "mobile_or_card"),
    ("es", "Mi bodega, los clientes pagan en efectivo o KBZPay", "mobile_or_card"),
    ("es", "Mi tienda, solo efectivo", "cash_only"),
    ("es", "Mi puesto, los clientes pagan solo en efectivo", "cash_only"),
])
def test_cash_or_another_way_of_paying(describer: Describer, lang: str, text: str,
                                       payments: str) -> None:
    check(describer, lang, text, {"payments": payments})


# 5. Lay-offs that were not done.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "I've put most of the team on fewer hours rather than let anyone go",
     "reduced_hours"),
    ("en", "My bakery has 6 staff, we cut wages instead of firing anyone", "reduced_hours"),
    ("en", "I have 5 workers and I did not let anyone go", "unchanged"),
    ("en", "We have 7 staff, we cut hours rather than lay off anyone", "reduced_hours"),
    # (round 41: four writers label "personne licencié, mêmes horaires" as unchanged)
    ("fr", "Mon atelier: tous les salaires payes, personne licencie, memes horaires",
     "unchanged"),
    ("fr", "J'ai 6 employes, on a reduit les heures au lieu de licencier", "reduced_hours"),
    ("fr", "Mon restaurant a 8 employes, sans licencier personne", None),
    ("fr", "J'ai 4 vendeuses et je n'ai licencie personne", "unchanged"),
    ("es", "Tengo 6 empleados, bajamos las horas sin despedir a nadie", "reduced_hours"),
    ("es", "Mi taller tiene 5 trabajadores, seguimos sin despedir a nadie", "unchanged"),
    # (round 57: "reducimos turnos" is shifts cut, as "we cut hours rather than lay off")
    ("es", "En mi restaurante reducimos turnos en vez de despedir", "reduced_hours"),
    ("es", "Tengo 3 empleadas y no despedi a ninguna", "unchanged"),
])
def test_a_lay_off_not_done(describer: Describer, lang: str, text: str,
                            change: str | None) -> None:
    check(describer, lang, text, {"staff_change": change})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I had 6 workers, I laid off 4 of them"),
    ("fr", "J'ai licencie 3 employes le mois dernier"),
    ("fr", "Mon atelier: une personne licenciee, les autres restent"),
    ("es", "Despedi a 2 de mis 5 empleados"),
])
def test_a_lay_off_done_is_still_read(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"staff_change": "laid_off"})


# 6. Off-topic: a question about cooking that names a dish.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how do i stop my jollof rice from burning at the bottom of the pot? my aunty "
           "says foil"),
    ("en", "why does my chapati come out hard? i use warm water"),
    ("fr", "comment empecher mon riz de bruler au fond de la marmite ? ma tante dit du "
           "papier alu"),
    ("fr", "pourquoi mon pain est trop dur ? j'ai mis trop de farine"),
    ("es", "como hago para que el arroz no se pegue en la olla? mi tia dice aluminio"),
    ("es", "por que mis arepas quedan duras? uso agua tibia"),
])
def test_a_cooking_question_reads_nothing(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "kottu stall, 3 of us, no gas", {"size": "s2_9"}),
    ("en", "my bakery has no flour, what do i do?", {"sector": "manufacturing"}),
    ("fr", "boulangerie, 4 employes, plus de farine", {"sector": "manufacturing"}),
    ("es", "puesto de empanadas, somos 3, sin gas", {"sector": "food_service"}),
])
def test_one_line_descriptions_are_still_read(describer: Describer, lang: str, text: str,
                                              expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


# 7. An age right after the writer's name or role.
@pytest.mark.parametrize(("lang", "text", "led_by"), [
    ("en", "boda rider, 23 yrs, fuel too expensive", "youth_led"),
    ("en", "Tailor, 24, I work alone in my shop", "youth_led"),
    # (no one until round 36: "Rashida" is among the first names read only in `names`)
    ("en", "Rashida, 41, small garment unit, sales down", "women_led"),
    ("fr", "Couturier, 22 ans, mon atelier est ferme", "youth_led"),
    ("fr", "Moussa, 25, je vends des telephones", "youth_led"),
    # (youth-led until round 34: a first name opening the text before the age now says the
    # writer is a woman, `names`)
    ("es", "Rosa, 25, tengo una tienda de abarrotes", "both"),
    ("es", "Mototaxista, 21 anos, la gasolina subio", "youth_led"),
])
def test_an_age_after_the_writers_name(describer: Describer, lang: str, text: str,
                                       led_by: str | None) -> None:
    check(describer, lang, text, {"led_by": led_by})


def test_a_number_after_a_name_that_is_no_age_is_no_trait(describer: Describer) -> None:
    # 4 is no adult's age: no trait's bounds hold it.
    check(describer, "en", "Mama Rose, 4 workers, we sell cloth", {"led_by": None})
