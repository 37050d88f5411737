"""Round 53's changes, with new sentences written before they were read. Owners new to their
business tell what the previous owner had and did; owners who got through an earlier crisis
tell it beside the one hitting them now; owners who write with blessings and courtesy soften
the facts inside them; owners who digress put a cousin's age or a neighbour's goats beside
the business's figures. The reader keeps to the business as it is now."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "crisis"), [
    ("en", "During covid we shut for 3 months and got through it. Now it's the price of flour "
           "and oil that's killing the bakery, doubled since spring.", "economic"),
    ("fr", "En 2020 avec le covid on avait fermé deux mois, on s'en est sortis. Cette année "
           "c'est l'inondation de septembre qui a tout pris dans l'atelier.", "natural_hazard"),
    ("es", "En el 2016 el huracán nos tumbó el techo y salimos adelante. Ahora el problema es "
           "que no hay combustible y la mercancía no llega desde Holguín.", "blockade"),
])
def test_the_crisis_now_not_the_one_remembered(describer: Describer, lang: str, text: str,
                                               crisis: str) -> None:
    check(describer, lang, text, {"crisis_type": crisis})


@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "Took over my uncle's garage in January. He had 12 lads working, I kept 4 and it's "
           "me on top of that.", "s2_9"),
    ("fr", "L'ancien patron avait 15 employés, moi je suis seul avec 2 apprentis.", "s2_9"),
    ("es", "Mi papá trabajaba solo en la carpintería, ahora somos 4 con mis hermanos.", "s2_9"),
])
def test_heads_now_not_the_previous_owner_s(describer: Describer, lang: str, text: str,
                                             size: str) -> None:
    check(describer, lang, text, {"size": size})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "By God's grace we are still open, though only in the mornings now."),
    pytest.param("fr", "Grâce à Dieu on travaille toujours, mais seulement le matin.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a thin text, no word of a business, beside a word of another domain "
                     "('dieu', kept there for a flood told with a prayer): read as off-topic"))),
    ("es", "Gracias a Dios seguimos abiertos, pero solo en las mañanas."),
])
def test_a_blessing_softens_a_part_opening(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"trading_status": "partly_open"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Good morning and God bless you, I pray you and your family are well."),
    ("fr", "Bonjour, que Dieu vous bénisse, inch'Allah tout ira bien pour vous."),
    ("es", "Buenas tardes, Dios primero, que Dios me lo bendiga y gracias por su tiempo."),
])
def test_a_blessing_alone_reads_nothing(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My cousin turned 40 last week, big do at the club. Anyway the bakery: it's me and "
           "my daughter, and sales are down about a third since the road works.",
     {"size": "s2_9", "revenue_change": "down_some", "led_by": None}),
    ("fr", "Le voisin a 12 chèvres qui passent leur journée dans mon jardin, bref. Mon salon de "
           "coiffure, on est 3, et on a perdu la moitié des clientes depuis la grève.",
     {"size": "s2_9", "revenue_change": "down_over_half"}),
    ("es", "La boda de mi sobrina costó como 3 mil dólares, imagínese. Yo tengo la tiendita, "
           "estoy sola, y vendo la mitad que antes desde que subieron los precios.",
     {"size": "solo", "revenue_change": "down_over_half", "crisis_type": "economic"}),
])
def test_a_digression_s_numbers_are_not_the_business_s(describer: Describer, lang: str,
                                                        text: str,
                                                        expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We opened the cafe six months ago, it's me and my wife. Takings have halved since "
           "the bridge closed.",
     {"cash_runway": None, "revenue_change": "down_over_half", "crisis_type": "blockade"}),
    ("fr", "J'ai repris la boutique de ma mère il y a trois mois. Je suis en retard de deux "
           "loyers déjà.", {"cash_runway": None, "debts": "many_overdue"}),
    ("es", "Compré el hostal hace dos meses con un préstamo del banco y ya voy atrasado con "
           "la cuota.", {"cash_runway": None, "debts": "many_overdue", "sector": "tourism"}),
])
def test_how_long_ago_it_began_is_no_runway(describer: Describer, lang: str, text: str,
                                            expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Corner cafe. Takings were 3,000/day, now 1,200/day.", "down_over_half"),
    ("fr", "Boutique de tissus. Avant 50 000/jour, maintenant 20 000/jour.", "down_over_half"),
    ("es", "Panaderia. Vendiamos 300/semana y ahora 200/semana.", "down_some"),
])
def test_a_rate_typed_with_a_slash(describer: Describer, lang: str, text: str,
                                   change: str) -> None:
    check(describer, lang, text, {"revenue_change": change})


def test_hours_cut_are_no_fall_in_sales(describer: Describer) -> None:
    check(describer, "en", "Bakery with 6 staff. Cut everyone's hours from 40 to 25 a week, "
          "sales about the same as last year.",
          {"revenue_change": "stable_or_up", "staff_change": "reduced_hours"})


@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Restaurant in Galway. In 2023 we did 900 covers a month, in 2025 about 500.",
     "down_some"),
    ("fr", "Négoce de noix de cajou. En 2022 on a vendu 300 tonnes, en 2025 seulement 90.",
     "down_over_half"),
    ("es", "Ferreteria. En 2021 facturamos 40 mil, en 2024 unos 35 mil.", "down_some"),
])
def test_two_years_set_side_by_side(describer: Describer, lang: str, text: str,
                                    change: str) -> None:
    check(describer, lang, text, {"revenue_change": change})


@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "My father had 20 workers in the 90s. Today it's me and 3.", "s2_9"),
    ("en", "Tour company, 3 of us. The day trip is 85 per person.", "s2_9"),
    ("es", "Somos 3 en el restaurante, cocinamos para 200 personas los domingos.", "s2_9"),
    ("fr", "Traiteur, on est 4, on a servi 150 personnes au mariage samedi.", "s2_9"),
    ("en", "Takeaway in Leeds, we are 5 with my wife and 3 cooks.", "s2_9"),
    ("es", "Taller de costura, somos 8 con mi esposa y 6 muchachas.", "s2_9"),
])
def test_heads_beside_guests_prices_and_the_past(describer: Describer, lang: str, text: str,
                                                 size: str) -> None:
    check(describer, lang, text, {"size": size})


@pytest.mark.parametrize(("lang", "text", "crisis"), [
    ("en", "Chip shop in Scarborough, the chimney caught fire last week and we're shut.",
     "other"),
    ("en", "Cacao farm near San Ignacio, frosty pod took half the pods this year.",
     "epidemic"),
    ("fr", "Je livre des fruits, les agriculteurs bloquent l'autoroute depuis lundi.",
     "blockade"),
    ("es", "Tengo una peluqueria, se quemo mi local por un corto circuito.", "other"),
    ("es", "Soy taxista, un camion me choco el taxi y esta en el taller.", "other"),
])
def test_crises_named(describer: Describer, lang: str, text: str, crisis: str) -> None:
    check(describer, lang, text, {"crisis_type": crisis})


@pytest.mark.parametrize(("lang", "text", "led"), [
    ("en", "Bill here, 66, I run the newsagent on the corner.", "neither"),
    ("es", "Aquí la señora Rosario, 58 años, tengo una tienda de abarrotes.", "women_led"),
])
def test_a_name_given_with_a_title(describer: Describer, lang: str, text: str,
                                   led: str) -> None:
    check(describer, lang, text, {"led_by": led})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "J'ai repris la quincaillerie. L'ancien patron avait 5 employés, moi j'en ai gardé 2.",
     {"size": "s2_9"}),
    ("en", "Taxi in Whitby, one man one car, nothing's coming in since my knee op.",
     {"size": "solo", "revenue_change": "stopped"}),
    ("en", "We bought the bakery in June, it's me and my sister now.",
     {"sector": "manufacturing", "size": "s2_9"}),
    ("es", "Soy ganadero en el Beni. Entraron avasalladores y me carnearon 5 vacas.",
     {"crisis_type": "conflict"}),
    ("en", "Our noodle shop in Chiang Rai, the smoke from the forest fires keeps tourists away.",
     {"crisis_type": "natural_hazard"}),
    ("es", "Taco truck en Pasadena, desde los fires de Altadena la gente se fue.",
     {"crisis_type": "natural_hazard"}),
    ("fr", "Grossiste a Foumban. Les impots m'ont fait un redressement de 2 millions.",
     {"crisis_type": "economic"}),
])
def test_new_owners_fires_and_taxes(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
