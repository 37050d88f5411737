"""Round 38's changes, with new sentences written before they were read: power cuts said as the
worst of several troubles; a sentence that points back at the one before as the main trouble
("That is the big problem now"); fewer people now than before is a lay-off unless they went
of their own accord; a team's shifts, hours and pay cut in the owners' words; sales to shops
and bodegas are local; shootings and armed men are conflict; EFTPOS and Waafi are ways to
pay, a currency named as the problem is economic, "idk" is "I don't know"; a corrected
"zero" that goes on to tell the figures; our suppliers counted are no team; a man's trade
opening the text before his age; "la quebrada" is a stream, not a woman; a website "à jour"
is no debt, the night's takings gone are no cash."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I run a bakery. Flour prices keep rising and the kwacha is weak, but the worst "
           "is the power cuts, the oven stands cold half the day."),
    ("es", "Tengo una sastreria. Todo sube por la inflacion, pero lo peor son los apagones, "
           "sin luz no hay maquina."),
    ("fr", "J'ai un atelier de soudure. Le fer coute plus cher, mais le pire c'est les "
           "coupures de courant."),
])
def test_power_cuts_said_as_the_worst(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers.get("crisis_type") == "other"


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "My lodge near the park. The floods washed the road away last month. That is the "
           "big problem now. Prices went up too.", "natural_hazard"),
    ("fr", "Je vends du poisson fumé. Les hommes armés rackettent sur la route du marché. "
           "C'est ça le plus grave. Le carburant coûte aussi plus cher.", "conflict"),
])
def test_the_sentence_pointed_back_at_is_the_main_trouble(describer: Describer, lang: str,
                                                          text: str, answer: str) -> None:
    assert describer.read(text, lang).answers.get("crisis_type") == answer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Furniture workshop. We were 12 before the strike, now 7 with me."),
    ("es", "Taller de carpinteria. Eramos 10, quedamos 6 contandome a mi."),
    ("fr", "Atelier de couture. On était 9, maintenant 5 avec moi."),
    ("es", "Imprenta en Cuenca. Teniamos 14 operarios, quedamos 8."),
])
def test_fewer_now_than_before_is_a_lay_off(describer: Describer, lang: str,
                                            text: str) -> None:
    assert describer.read(text, lang).answers.get("staff_change") == "laid_off"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bakery in the old town. We were 10, now 6, the others fled to the coast."),
    ("en", "my barbershop in Belize City, we were 4 barbers now just me n 1, the others went "
           "to the states"),
    ("es", "Panaderia en Maracay. Eramos 8, ahora somos 5, tres se fueron del pais."),
    ("fr", "Maquis à Bouaké. On était 7, maintenant 4, les autres sont partis au village."),
])
def test_fewer_who_left_of_their_own_accord_are_no_lay_off(describer: Describer, lang: str,
                                                            text: str) -> None:
    assert describer.read(text, lang).answers.get("staff_change") != "laid_off"


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "Small restaurant, 5 waiters. I cut their shifts when the tourists stopped.",
     "reduced_hours"),
    ("en", "Hair salon with 4 stylists, we close early now and the girls are losing hours.",
     "reduced_hours"),
    ("en", "Sawmill, 20 workers, the workers are on short hours since March.",
     "reduced_hours"),
    ("en", "Corner shop, me and 3 part-timers. Nobody lost a shift this year.", "unchanged"),
    ("es", "Pizzeria con 6 empleados. A los repartidores les quite un dia a la semana.",
     "reduced_hours"),
    ("es", "Ferreteria, somos 9. No eche a nadie pero las ventas bajaron.", "unchanged"),
    ("fr", "Transport de marchandises, 8 chauffeurs. On a baissé les heures des chauffeurs.",
     "reduced_hours"),
])
def test_staff_changes_in_owners_words(describer: Describer, lang: str, text: str,
                                       answer: str) -> None:
    assert describer.read(text, lang).answers.get("staff_change") == answer


@pytest.mark.parametrize(("lang", "text", "question", "answer"), [
    ("en", "Wholesale of soap and oil in Lusaka, we supply shops all over the province.",
     "customers", "local"),
    ("fr", "Grossiste en riz à Gitega, on vend en gros aux boutiques de la ville.",
     "customers", "local"),
    ("es", "Distribuidora de bebidas en Asuncion, surtimos bodegas y despensas del barrio.",
     "customers", "local"),
    ("en", "Bar in the east end. Last week they shot up the place, two windows gone.",
     "crisis_type", "conflict"),
    ("es", "Kiosco en Rosario. Nos balearon la persiana de madrugada.", "crisis_type",
     "conflict"),
    ("fr", "Je cultive du manioc près de Bambari, les éléments armés prennent nos récoltes.",
     "crisis_type", "conflict"),
    ("es", "Vendo empanadas en Lugo. No vendo nada. Cero. Bueno, de vender 300 por dia "
           "pasamos a 100.", "revenue_change", "down_over_half"),
    ("en", "Fish and chips shop in Lautoka, we take EFTPOS and cash.", "payments",
     "mobile_or_card"),
    ("fr", "Snack à Balbala, les clients paient en espèces ou par Waafi.", "payments",
     "mobile_or_card"),
    ("es", "Panaderia en Barquisimeto. El problema es el bolivar, la tasa sube cada dia.",
     "crisis_type", "economic"),
    ("en", "Tattoo studio, 2 artists. The loan I pay, but idk for how long.", "debts",
     "some_at_risk"),
    ("es", "Ganadero en Ourense, 61 años, vacas de carne.", "led_by", "neither"),
    ("fr", "Menuisier à Ngozi, 57 ans, je fais portes et fenêtres.", "led_by", "neither"),
])
def test_read(describer: Describer, lang: str, text: str, question: str,
              answer: str) -> None:
    assert describer.read(text, lang).answers.get(question) == answer


def test_our_suppliers_counted_are_no_team(describer: Describer) -> None:
    text = ("Tienda de quesos en Vigo, soy la dueña, con 2 dependientas. Mis proveedores son "
            "unos 25 ganaderos de la zona.")
    assert describer.read(text, "es").answers.get("size") == "s2_9"


def test_a_stream_is_no_woman(describer: Describer) -> None:
    text = "Tengo ganado en Concepcion, 58 años, la quebrada se seco y no hay pasto."
    assert describer.read(text, "es").answers.get("led_by") not in ("women_led", "both")


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("fr", "Petite agence de com à Fort-de-France, 4 salariés. Notre site est à jour et nos "
           "clients paient par virement.", "debts"),
    ("en", "Nightclub in Ndola, 6 staff. Since the curfew the night money is gone, we open "
           "only till 9.", "cash_runway"),
])
def test_nothing_of_ours_is_read(describer: Describer, lang: str, text: str,
                                 question: str) -> None:
    assert question not in describer.read(text, lang).answers

