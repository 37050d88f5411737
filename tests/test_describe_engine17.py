"""The reader's engine, part 17: misreads no cue can mend (texts not about the writer's
business, and amounts of takings), each with sentences of its own.

A text that seeks a job, asks for a joke or a recipe, or speaks of the bot itself (cue key
`aside`) reads nothing unless a word of a business stands outside those phrases; a trade named
there is the writer's, not a business of theirs. A fall "to less than half" is a fall of more
than half; "normal is 70" is how it was before; a bare share of 100 beside a percentage is one;
a price paid to us before and one now ("nos pagaban 300 por saco, ahora 200") are takings.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check

# 1. Not about the writer's business: nothing is read.
NOT_A_BUSINESS = [
    ("en", "Is this bot run by the government? Do you store my phone number and who can see "
           "what i write here"),
    ("en", "how long do i cook jollof rice so the bottom pot get that smoky taste? my mother "
           "in law is coming sunday"),
    ("en", "I am a tailor, I need a job, any vacancy"),
    ("en", "tell me a joke about accountants bot lol"),
    ("en", "I'm a trained mechanic looking for work, can you help me find a job in Nairobi"),
    ("en", "who made this app? is my data safe with you"),
    ("en", "what is the best way to bake banana bread without an oven"),
    ("fr", "je cherche un emploi de cuisinier"),
    ("fr", "raconte-moi une blague sur les comptables"),
    ("fr", "c'est le gouvernement qui gère ce bot ? vous gardez mon numéro de téléphone ?"),
    ("fr", "comment faire cuire le riz au gras pour qu'il ne colle pas au fond de la marmite ?"),
    ("fr", "je suis couturière, je cherche du travail, vous avez des offres ?"),
    ("fr", "je suis mécanicien et je cherche un poste, quelqu'un recrute ?"),
    ("es", "oye bot, cuentame un chiste de contadores jaja"),
    ("es", "busco trabajo de chofer"),
    ("es", "¿este bot es del gobierno? ¿guardan mi número de teléfono?"),
    ("es", "¿cuánto tiempo cocino el arroz para que quede el pegado del fondo? viene mi suegra "
           "el domingo"),
    ("es", "soy mesera y necesito empleo, ¿hay vacantes?"),
    ("es", "soy albañil, busco chamba urgente, tengo experiencia"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_BUSINESS)
def test_a_text_not_about_the_writers_business_reads_nothing(describer: Describer, lang: str,
                                                             text: str) -> None:
    assert describer.read(text, lang).answers == {}


# An owner's short text, even one that seeks work or help: still about the business.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "restaurant closed coz of covid. what now??",
     {"sector": "food_service", "trading_status": "closed"}),
    ("en", "my shop sales dropped by half", {"sector": "retail"}),
    ("en", "I am a tailor, customers stopped coming since the floods",
     {"sector": "manufacturing", "revenue_change": "stopped"}),
    ("en", "we run a small bakery, 3 workers", {"size": "s2_9"}),
    ("en", "my salon is closed for two weeks now", {"trading_status": "closed"}),
    ("en", "I need help, my taxi business has no customers",
     {"sector": "services", "revenue_change": "stopped"}),
    ("fr", "mon restaurant est fermé à cause du covid, que faire ?",
     {"sector": "food_service", "trading_status": "closed"}),
    ("fr", "je suis couturière, mes clients ne viennent plus", {"revenue_change": "stopped"}),
    ("fr", "nous avons une boulangerie avec 3 employés", {"size": "s2_9"}),
    ("fr", "mon salon de coiffure est fermé depuis deux semaines",
     {"trading_status": "closed"}),
    ("fr", "je cherche de l'aide pour mon restaurant, plus de clients",
     {"sector": "food_service", "revenue_change": "stopped"}),
    ("fr", "je suis couturière et je cherche du travail, les commandes ont baissé",
     {"sector": "manufacturing"}),
    ("es", "mi restaurante cerró por el covid, ¿qué hago?", {"sector": "food_service"}),
    ("es", "soy costurera y ya no tengo clientes", {"revenue_change": "stopped"}),
    ("es", "tenemos una panadería con 3 empleados", {"size": "s2_9"}),
    ("es", "busco ayuda para mi taller, no hay trabajo", {"revenue_change": "stopped"}),
    ("es", "mi salón de belleza está cerrado desde hace dos semanas", {"sector": "services"}),
    ("es", "soy chofer y busco trabajo porque el taxi no deja, las ventas bajaron",
     {"sector": "services"}),
])
def test_an_owners_short_text_is_read(describer: Describer, lang: str, text: str,
                                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


# 2. Amounts of takings: "to less than half" is what is left; "normal is N" is before.
@pytest.mark.parametrize(("lang", "text", "revenue"), [
    ("en", "takings fell to less than half", "down_over_half"),
    ("en", "Occupancy now around 10%, normal is 70", "down_over_half"),
    ("en", "normal is 500 a day, today 400", "down_some"),
    ("en", "usual is 80 covers, now about 20", "down_over_half"),
    ("en", "Normal is 200 plates a day, now we do 120", "down_some"),
    ("fr", "Les ventes sont tombées à moins de la moitié", "down_over_half"),
    ("fr", "les entrées sont tombées à moins de la moitié", "down_over_half"),
    ("fr", "remplissage maintenant 15 %, normal c'est 60", "down_over_half"),
    ("fr", "la normale c'est 300 repas par jour, maintenant on fait 90", "down_over_half"),
    ("fr", "normal c'est 120 par jour, aujourd'hui 100", "down_some"),
    ("es", "Las entradas bajaron a menos de la mitad", "down_over_half"),
    ("es", "las ventas cayeron a menos de la mitad", "down_over_half"),
    ("es", "la ocupación ahora anda en 10%, lo normal es 70", "down_over_half"),
    ("es", "lo normal son 300 platos al día, ahora 100", "down_over_half"),
    ("es", "lo habitual es 200 al día, hoy 150", "down_some"),
    ("es", "normalmente 80 clientes, ahora 20", "down_over_half"),
    # a price paid to us, then now, is our takings
    ("en", "they paid us 300 per bag, now 200", "down_some"),
    ("en", "the hotel paid us 40 a crate, now only 25", "down_some"),
    ("fr", "on nous payait 300 le sac, maintenant 200", "down_some"),
    ("fr", "l'hôtel nous payait 500 le plateau, maintenant 200", "down_over_half"),
    ("es", "nos pagaban 300 por saco, ahora 200", "down_some"),
    ("es", "el hotel nos pagaba 50 la caja, ahora 40", "down_some"),
])
def test_takings_before_and_now(describer: Describer, lang: str, text: str,
                                revenue: str) -> None:
    check(describer, lang, text, {"revenue_change": revenue})


# What is not a fall of takings stays unread.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we were 12 in the team, normal is 12"),
    ("en", "prices normal is 50, now 80"),
    ("en", "What we collect in a day is now half"),
])
def test_what_is_no_fall_of_takings_is_not_read(describer: Describer, lang: str,
                                                text: str) -> None:
    check(describer, lang, text, {"revenue_change": None})


# 3. "its": the possessive stays one ("the shop lost its roof" reads as "lost the roof"),
#    and "its" typed for "it's" stays "it's" ("its closed since monday").
@pytest.mark.parametrize(("typed", "meant"), [
    ("the shop lost its roof in the storm", "the shop lost the roof in the storm"),
    ("the hotel let go its staff, my salon is open",
     "the hotel let go their staff, my salon is open"),
    ("the factory laid off half its workers", "the factory laid off half their workers"),
    ("the bakery across the road closed its doors in may",
     "the bakery across the road closed the doors in may"),
    ("its closed since monday", "it's closed since monday"),
    ("now its just me and my wife", "now it's just me and my wife"),
    ("its been 3 weeks without sales", "it's been 3 weeks without sales"),
    ("the flood is over but its hard, we lost half our sales",
     "the flood is over but it's hard, we lost half our sales"),
])
def test_its_is_read_as_meant(describer: Describer, typed: str, meant: str) -> None:
    assert describer.read(typed, "en").answers == describer.read(meant, "en").answers


@pytest.mark.parametrize(("text", "expected"), [
    ("the hotel let go its staff, my salon is open", {"staff_change": None}),
    ("the garage next door laid off all its mechanics", {"staff_change": None}),
    ("its closed since monday", {"trading_status": "closed"}),
    ("now its just me", {"size": "solo"}),
])
def test_its_readings(describer: Describer, text: str,
                      expected: dict[str, str | None]) -> None:
    check(describer, "en", text, expected)


# 4. "A or B" of numbers is one amount from A to B: read only when both ends fall in one
#    option ("un mois ou deux" is neither under a month nor sure to be more).
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "we have cash for a month or two", None),
    ("en", "our savings last one or two months", None),
    ("en", "the money lasts 2 or 3 months", "m1_3"),
    ("en", "we have cash for two months or three", "m1_3"),
    ("en", "cash for a week or two", "under_2w"),
    ("fr", "on a de la trésorerie pour un mois ou deux", None),
    ("fr", "Mon argent de côté peut tenir un mois ou deux pas plus", None),
    ("fr", "la caisse tient deux ou trois mois", "m1_3"),
    ("fr", "nos économies tiennent 2 ou 3 mois", "m1_3"),
    ("es", "tenemos dinero para un mes o dos", None),
    ("es", "el efectivo alcanza para dos o tres meses", "m1_3"),
    ("es", "nos quedan ahorros para una semana o dos", "under_2w"),
    ("es", "los ahorros alcanzan para dos o tres semanas", None),
])
def test_a_or_b_is_a_range_of_cash(describer: Describer, lang: str, text: str,
                                   expected: str | None) -> None:
    check(describer, lang, text, {"cash_runway": expected})


#: Spanish closures of "la escuela" / "la academia" are still lost after the business is named:
#: left for later, and must still fail (it is mended elsewhere when it passes).
_OPEN = pytest.mark.xfail(strict=True, reason="a Spanish school named as ours is still lost")


# 5. A business the writer owns, named again by its kind, is ours; one of that kind not
#    said to be ours stays someone else's.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I run a small school in Accra. The school is closed since March", "closed"),
    ("en", "We have a small hotel by the lake, the hotel is shut since the storm", "closed"),
    ("en", "I run a shop. The school is closed since March", None),
    ("en", "I send my son to the school, the school is closed", None),
    ("fr", "j'ai une petite école à Dakar, l'école est fermée depuis mars", "closed"),
    ("fr", "Nous avons un hôtel à Saly. L'hôtel est fermé depuis la tempête", "closed"),
    ("fr", "je tiens une boutique, l'école est fermée depuis mars", None),
    ("fr", "mes enfants vont à l'école, l'école est fermée", None),
    pytest.param("es", "Tengo una escuela de música en Cali. La escuela está cerrada desde "
                 "marzo", "closed", marks=_OPEN),
    pytest.param("es", "tengo una academia de inglés en Quito, la academia cerró por las "
                 "protestas", "closed", marks=_OPEN),
    ("es", "tengo una tienda. La escuela cerró por las protestas", None),
    ("es", "llevo a mi hija a la escuela, la escuela está cerrada", None),
])
def test_our_business_named_again_is_ours(describer: Describer, lang: str, text: str,
                                          expected: str | None) -> None:
    check(describer, lang, text, {"trading_status": expected})
