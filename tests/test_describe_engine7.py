"""The reader's engine, part 4: misreads that no cue can mend, each with sentences of its own.

A head-count said after people left (what remains, or the writer alone now, beats the count
before); someone else's lay-offs ("fired all his boys", "the bakery laid off 3 but I kept
mine"); a weekday after "since" ("fermé depuis lundi") is when a closure began; a strike that
stops goods is a blockade; members of a cooperative are not its staff; the time of a
condition ("if this goes on until the end of the month") is no cash runway.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. The head-count now, after people left.
@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "I had to let two of them go, one girl remains with me", "s2_9"),
    ("en", "I had 4 helpers but I let them all go, now I am alone", "solo"),
    ("en", "My salon had 3 girls, they left, now I work alone", "solo"),
    ("en", "We were 12 in the bakery, now only 3 of us remain", "s2_9"),
    ("en", "I had 6 workers, now it's me and one", "s2_9"),
    ("en", "I have 10 workers in the bakery. I laid off 6, now 4 of us remain", "s2_9"),
    ("es", "Mis 2 empleadas se fueron en marzo, ahora estoy sola con la tienda", "solo"),
    ("es", "Tenia 8 trabajadores, ahora quedan 2", "s2_9"),
    ("es", "Eramos 5 en el taller, ahora trabajo solo", "solo"),
    ("es", "Tenia 15 empleados, despedi a 12, ahora somos 3", "s2_9"),
    ("fr", "J'etais avec 3 filles, j'ai du les liberer, maintenant je travaille seule", "solo"),
    ("fr", "On etait 10 a l'atelier, il en reste 2 avec moi", "s2_9"),
    ("fr", "J'avais 4 employes, ils sont partis, je travaille seul maintenant", "solo"),
    ("fr", "J'avais 20 ouvriers, aujourd'hui nous sommes 4", "s2_9"),
])
def test_the_head_count_now_after_people_left(describer: Describer, lang: str, text: str,
                                              size: str) -> None:
    check(describer, lang, text, {"size": size})


def test_a_now_carried_from_the_clause_before_adds_no_new_count(describer: Describer) -> None:
    # "now" marks the first clause only: "3 of them" are some of the same team.
    check(describer, "en", "Now I have 12 staff, and 3 of them are new", {"size": "s10_49"})
    check(describer, "en", "I have 12 workers and sales are down", {"size": "s10_49"})


# 2. Someone else's staff, said in the same sentence as ours.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "The shop next to mine fired all his 5 boys but my helper still works full days",
     None),
    ("en", "The hotel across the road dismissed its cooks, my shop is quiet", None),
    ("en", "My neighbour laid off his workers but I kept all staff", "unchanged"),
    ("en", "The bakery opposite laid off 3 people but I kept all staff", "unchanged"),
    ("fr", "Le magasin a cote a licencie tous ses employes mais mes 2 vendeuses travaillent",
     None),
    ("fr", "La boulangerie d'en face a licencie 3 personnes mais j'ai garde mes employes",
     "unchanged"),
    ("fr", "Mon voisin a licencie ses apprentis, mes apprentis sont toujours la", "unchanged"),
    ("fr", "L'usine a licencie 300 ouvriers mais moi j'ai garde tout le monde", "unchanged"),
    ("es", "La tienda de al lado despidio a todos sus empleados, mi tienda sigue igual", None),
    # round 32: "siguen conmigo" (they stay with me) is staff kept, as "mantuve a todos" is
    ("es", "Mi vecino despidio a sus chicos pero mis 2 empleadas siguen conmigo", "unchanged"),
    ("es", "El hotel de enfrente despidio a 10 personas pero yo mantuve a todos mis empleados",
     "unchanged"),
    ("es", "La fabrica despidio a 200 obreros, yo mantuve a todos mis empleados", "unchanged"),
])
def test_someone_elses_staff_change(describer: Describer, lang: str, text: str,
                                    change: str | None) -> None:
    check(describer, lang, text, {"staff_change": change})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My shop fired its 3 cooks"),
    ("en", "I fired his son, he was stealing from my shop"),
    ("en", "laid off 2 workers but we kept the rest"),
    ("fr", "J'ai licencie ses deux cousins qui travaillaient dans ma boutique"),
    ("es", "Despedi a sus dos sobrinos que trabajaban en mi tienda"),
])
def test_our_own_lay_offs_stay_ours(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"staff_change": "laid_off"})


# 3. A weekday after "since" is when a closure began.
@pytest.mark.parametrize(("lang", "text", "status"), [
    ("en", "My shop is closed since Monday", "closed"),
    ("en", "the restaurant has been closed since monday because of the riots", "closed"),
    ("en", "We are closed since last Monday, no customers", "closed"),
    ("en", "our bar is closed since friday", "closed"),
    ("fr", "Le magasin est ferme depuis lundi", "closed"),
    ("fr", "mon salon est ferme depuis lundi dernier a cause des inondations", "closed"),
    ("fr", "Mon restaurant est ferme depuis le lundi 3 mars", "closed"),
    ("fr", "Maintenant on est ferme le lundi et le mardi", "partly_open"),
    ("es", "La tienda esta cerrada desde el lunes", "closed"),
    ("es", "mi restaurante esta cerrado desde el lunes por las protestas", "closed"),
    ("es", "El taller esta cerrado desde el lunes pasado", "closed"),
    ("es", "Ahora cerramos los lunes y martes", "partly_open"),
])
def test_closed_since_a_day(describer: Describer, lang: str, text: str, status: str) -> None:
    check(describer, lang, text, {"trading_status": status})


# 4. A strike that stops goods is a blockade; with violence, a conflict.
@pytest.mark.parametrize(("lang", "text", "crisis"), [
    ("fr", "Le port est en greve, mes marchandises sont bloquees", "blockade"),
    ("fr", "Les dockers sont en greve, mes marchandises sont bloquees au port", "blockade"),
    ("fr", "La greve au port bloque mes conteneurs", "blockade"),
    ("fr", "la greve a tourne aux emeutes, des boutiques pillees", "conflict"),
    ("fr", "Les enseignants sont en greve, les parents ne paient plus", "conflict"),
    ("en", "The strike at the port goes on, my goods are stuck", "blockade"),
    ("en", "There is a truckers strike, no goods arrive at my shop", "blockade"),
    ("en", "port strike, my stock is stuck at the docks", "blockade"),
    ("en", "the strike turned violent, shops were looted", "conflict"),
])
def test_a_strike_that_stops_goods(describer: Describer, lang: str, text: str,
                                   crisis: str) -> None:
    check(describer, lang, text, {"crisis_type": crisis})


# 5. Members of a cooperative or an association are not its staff.
@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "Our cooperative has 120 member farmers and 3 staff in the office", "s2_9"),
    ("en", "We are a cooperative of 120 member farmers selling coffee", None),
    ("en", "The association has 300 members, we employ 12 people", "s10_49"),
    ("en", "I manage a dairy coop with 45 members, 4 workers at the collection centre", "s2_9"),
    ("fr", "Notre cooperative compte 38 membres, nous vendons du karite", None),
    ("fr", "L'association a 38 membres et 2 employes", "s2_9"),
    ("fr", "Notre groupement de 150 membres emploie 15 salaries", "s10_49"),
    ("fr", "Cooperative de 60 membres, 3 salaries", "s2_9"),
    ("es", "Somos 200 socios en la cooperativa de cafe", None),
    ("es", "La cooperativa tiene 80 socios y 5 empleados", "s2_9"),
    ("es", "Somos una asociacion de 300 socios con 20 trabajadores", "s10_49"),
    ("es", "Cooperativa de 50 socias, 2 trabajadoras en la tienda", "s2_9"),
])
def test_members_are_not_staff(describer: Describer, lang: str, text: str,
                               size: str | None) -> None:
    check(describer, lang, text, {"size": size})


def test_partners_of_a_business_still_count(describer: Describer) -> None:
    check(describer, "es", "Somos 3 socios en el taller", {"size": "s2_9"})


# 6. The time of a condition is no cash runway.
@pytest.mark.parametrize(("lang", "text", "runway"), [
    ("fr", "si ca continue jusqu'a la fin du mois je vais fermer", None),
    ("fr", "Si ca dure encore 2 semaines je ferme", None),
    ("fr", "si rien ne change d'ici la fin du mois on ferme la boutique", None),
    ("fr", "il me reste de l'argent pour 1 semaine", "under_2w"),
    ("en", "if this goes on until the end of the month I will have to close", None),
    ("en", "If it continues for 2 more weeks I will close the shop", None),
    ("en", "if nothing changes by the end of the month we shut down", None),
    ("en", "if nothing changes, my savings last 2 weeks", "under_2w"),
    ("es", "si esto sigue hasta fin de mes voy a cerrar", None),
    ("es", "Si sigue asi 2 semanas mas cierro", None),
    ("es", "si nada cambia hasta fin de mes cerramos la tienda", None),
    ("es", "me queda dinero para una semana", "under_2w"),
])
def test_the_time_of_a_condition(describer: Describer, lang: str, text: str,
                                 runway: str | None) -> None:
    check(describer, lang, text, {"cash_runway": runway})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Statements, then a short question of their own: the statements are told.
    ("es", "tengo un almacen en Luque. con el dengue medio barrio esta enfermo y vendo menos,"
           " que hago?", {"crisis_type": "epidemic", "revenue_change": "down_some"}),
    ("en", "My shop in Accra, sales down by half since the floods, what can I do?",
     {"crisis_type": "natural_hazard"}),
    ("fr", "Ma boutique a Dakar, les ventes ont chute de 70% depuis les inondations, je fais"
           " quoi?", {"crisis_type": "natural_hazard", "revenue_change": "down_over_half"}),
    ("en", "we are closed since the curfew, no sales at all, pls what do i do?",
     {"trading_status": "closed", "revenue_change": "stopped"}),
    # A question of one clause, or a long last clause, is still asked as a whole.
    ("fr", "je tiens un salon. je ferme ou quoi ?", {"trading_status": None}),
    ("es", "tengo una tienda. cierro o sigo?", {"trading_status": None}),
    ("en", "I run a shop. Should I close the shop for a while, or not?",
     {"trading_status": None}),
])
def test_a_short_question_after_statements_leaves_them_told(
        describer: Describer, lang: str, text: str, expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
