"""Round 58's changes, with new sentences written before they were read. Owners who write
about their premises, who serve people rather than sell goods, who had to start over, and
ordinary first messages: the reader keeps to this business, now, and not the building's
owner, the neighbours or the business they had before. The first 22 sentences were written
before any of them was read (15 right at 617894e, all 22 after the round); the rest are in the
shapes of the round's changes."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The landlord closed the upstairs flats for repairs but my barber shop downstairs "
           "is open as usual.", {"sector": "services", "trading_status": "normal"}),
    ("en", "Council moved all the hawkers off the roadside, so I now sell my tomatoes from "
           "my house.", {"trading_status": "open_adapted"}),
    ("fr", "Le propriétaire veut augmenter le loyer de 40 %. Mon atelier de couture tourne "
           "normalement pour l'instant.", {"sector": "manufacturing", "trading_status": "normal"}),
    ("fr", "Le marché a brûlé la semaine dernière, je vends mes pagnes devant chez moi "
           "maintenant.", {"trading_status": "open_adapted"}),
    ("es", "Nos sacaron del local en marzo, ahora la panadería funciona en la cochera de mi "
           "casa.", {"trading_status": "open_adapted"}),
    ("es", "El techo del taller se cayó con la lluvia, tenemos cerrado hace una semana.",
     {"crisis_type": "natural_hazard", "trading_status": "closed"}),
])
def test_the_premises(describer: Describer, lang: str, text: str,
                      expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I run a driving school, 3 instructors and me. Bookings down by half since fuel "
           "went up.", {"sector": "services", "size": "s2_9",
                         "revenue_change": "down_over_half"}),
    ("en", "Hair salon in town. Clients come once a month now instead of every week.",
     {"sector": "services"}),
    ("fr", "J'ai une blanchisserie avec 2 employées. Les hôtels ne nous envoient plus leur "
           "linge depuis la fin de la saison.", {"sector": "services", "size": "s2_9"}),
    ("fr", "Cabinet dentaire, on est 5. On a perdu à peu près un quart des patients.",
     {"size": "s2_9", "revenue_change": "down_some"}),
    ("es", "Tengo una guardería con 4 educadoras. Los papás ya no pagan la mensualidad a "
           "tiempo, me deben dos meses.", {"sector": "services", "size": "s2_9"}),
    ("es", "Soy fotógrafo, trabajo solo. Las bodas se cancelaron todas este mes, cero "
           "ingresos.", {"size": "solo", "revenue_change": "stopped"}),
])
def test_services_to_people(describer: Describer, lang: str, text: str,
                            expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We ran from the fighting in 2023 and lost the shop. Now I sell second hand "
           "clothes at the market here, alone.", {"size": "solo", "crisis_type": None}),
    ("en", "Our bakery burnt down last year. We rebuilt and opened again in May, sales are "
           "back to normal.", {"revenue_change": "stable_or_up", "crisis_type": None}),
    ("fr", "Avant j'avais un restaurant à Parakou avec 8 employés. Maintenant je vends du "
           "riz au bord de la route, seule.", {"size": "solo"}),
    ("fr", "Rentré de Libye, j'ai ouvert un petit atelier de soudure avec mon frère.",
     {"sector": "manufacturing", "size": "s2_9"}),
    ("es", "Después de la inundación perdimos todo. Volvimos a empezar con una tiendita, "
           "ahora vendemos más o menos la mitad de antes.",
     {"sector": "retail", "revenue_change": "down_over_half"}),
    ("es", "Me vine de Venezuela hace un año, arreglo celulares en un puesto del mercado, "
           "solo yo.", {"sector": "services", "size": "solo"}),
])
def test_starting_over(describer: Describer, lang: str, text: str,
                       expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Cafe by the lake, 6 of us. Problem is the heat, four days over 40 last week.",
     {"debts": None}),
    ("en", "Nobody's lost their job, we just cut the weekend shifts.",
     {"crisis_type": None, "staff_change": "reduced_hours"}),
    ("es", "Se reventó el tubo del agua de la calle y se metió el agua en la tienda.",
     {"crisis_type": "other"}),
    ("es", "Tengo ahorrado para aguantar como 3 meses sin vender.",
     {"revenue_change": None, "cash_runway": "m1_3"}),
    ("es", "Tenemos una fonda, también vendemos por Rappi.",
     {"online_presence": "sells_online"}),
    ("fr", "Tout se réserve et se paie sur notre site.", {"online_presence": "sells_online"}),
    ("en", "Two of my riders were attacked with a panga last week.",
     {"crisis_type": "conflict"}),
    ("en", "Loan paid up to now but this month I fear I will miss it.",
     {"debts": "some_at_risk"}),
    ("es", "Con el banco no debemos nada pero el IVA de marzo no lo pagamos todavía.",
     {"debts": "many_overdue"}),
    ("es", "Estoy al día con todo, pero no sé por cuánto tiempo más.",
     {"debts": "some_at_risk"}),
    ("en", "I repair phones at a market stall in town.", {"sector": "services"}),
    ("fr", "Guide à Ouidah. L'an dernier j'avais 25 groupes, cette saison 6.",
     {"revenue_change": "down_over_half"}),
    # Written with the one above and left: a year said before the earlier figure dates the
    # clause as a story of then, and the pair is not read (as set 194's guide's "en 2022").
    pytest.param("fr", "Guide à Ouidah. En 2023 j'avais 25 groupes, cette saison 6.",
                 {"revenue_change": "down_over_half"},
                 marks=pytest.mark.xfail(strict=True, reason="a year dates the earlier figure")),
    ("fr", "Les touristes ne viennent plus beaucoup depuis les attaques.",
     {"revenue_change": None}),
    ("en", "We closed the old shop in 2022 after the floods. Now my wife and I run a kiosk "
           "near the bus park.", {"trading_status": None}),
])
def test_the_rounds_shapes(describer: Describer, lang: str, text: str,
                           expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


def test_not_in_business(describer: Describer) -> None:
    """A relative's lost job and loan, said to be no business's, read as nothing at all."""
    text = ("My cousin lost his job at the mill and the bank keeps calling him about his "
            "loan. He is not in business.")
    assert describer.read(text, "en").answers == {}
