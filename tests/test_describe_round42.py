"""Round 42's changes, with new sentences written before they were read: a crisis told as
a story of long ago ("During covid ...", "covid first", "en pandemia", "au covid") yields when
a later sentence opens on now, or to one dated lately; crises as owners name them (ram raids,
shootings, burglaries counted, a winter without snow, weeks without rain, varroa and cynips,
outages, an operation, a landlord who sold); debts missed or unpaid in owners' words, and a
payment they do not see how to make; cheques as a way of being paid. And what they must not
read: a crisis dated long ago "since" which things still go on is kept."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Corner dairy in Papatoetoe, we got ram raided twice since winter.", "conflict"),
    ("en", "Takeaway on Main St, 2 shootings on our street this month, nobody comes at night.",
     "conflict"),
    ("en", "My hardware store was broken into 3 times since August.", "conflict"),
    ("en", "Ski rental in Banff, hardly any snow till February so the hill barely opened.",
     "natural_hazard"),
    ("en", "Honey farm near Brandon, varroa wiped out half the hives over winter.", "epidemic"),
    ("en", "Bakery in Hamilton, the outages this week spoiled two batches of dough.", "other"),
    ("en", "My landlord sold the building and the new owner wants the shop empty by May.",
     "other"),
    ("es", "Tengo una ferreteria en Cucuta y nos entraron a robar otra vez el sabado.",
     "conflict"),
    ("es", "Finca ganadera en el Cesar, llevamos dos meses sin llover y no hay pasto.",
     "natural_hazard"),
    ("es", "Restaurante en Neiva, un cortocircuito quemo la cocina la semana pasada.", "other"),
    ("fr", "Castanéiculteur en Ardèche, le cynips a ravagé la récolte cette année.",
     "epidemic"),
    ("fr", "J'ai une école de ski à Gérardmer, zéro neige en janvier, mes clients annulent.",
     "natural_hazard"),
    ("fr", "Épicerie à Foix, cambriolée 3 fois depuis l'été.", "conflict"),
    ("fr", "Coiffeuse à Pamiers, je me suis fait opérer de l'épaule, le salon est fermé.",
     "other"),
])
def test_crises_in_owners_words(describer: Describer, lang: str, text: str,
                                expected: str) -> None:
    check(describer, lang, text, {"crisis_type": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # long ago, then a sentence that opens on now: the crisis now is the one said after it
    ("en", "Gift shop in St George's. During covid we sold online to get by. Now a ram raid "
     "took the whole front window.", {"crisis_type": "conflict"}),
    ("es", "Panaderia en Armenia. En pandemia vendimos a domicilio. Ahora el problema es que "
     "un cortocircuito quemo el horno.", {"crisis_type": "other"}),
    # long ago, then a month: the month's
    ("en", "Cafe in Lyttelton. covid first, we shut 3 months. then a flood in march wrecked "
     "the kitchen.", {"crisis_type": "natural_hazard"}),
    # what began long ago and still goes on stands
    ("en", "Souvenir stall in Oranjestad. Sales stopped since the storm in 2023. Now we wait "
     "for the insurer.", {"crisis_type": "natural_hazard", "revenue_change": "stopped"}),
])
def test_a_story_of_then_before_now(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Bike shop in Regina, I already missed the October payment to the distributor.",
     {"debts": "many_overdue"}),
    ("en", "Farm supply store, the van loan is due on the 15th and the December payment is "
     "going to be tight.", {"debts": "some_at_risk"}),
    ("fr", "Boulangerie à Saint-Girons, les cotisations URSSAF d'octobre je les ai pas payées.",
     {"debts": "many_overdue"}),
    ("fr", "Gîte en Ariège, j'ai du retard sur 3 échéances du prêt.",
     {"debts": "many_overdue"}),
    ("es", "Tienda de abarrotes en Cobija, debo a proveedores de La Paz desde agosto.",
     {"debts": "many_overdue"}),
    ("es", "Taller de motos en Quibdo, la cuota del banco vence el 20 y no se como la voy a "
     "pagar.", {"debts": "some_at_risk"}),
    ("en", "Fish stall in Steinbach, the hotels pay by cheque and walk-ins pay cash.",
     {"payments": "mobile_or_card"}),
    ("fr", "Marché de Nouméa, on prend les chèques et le liquide.",
     {"payments": "mobile_or_card"}),
])
def test_debts_and_payments_in_owners_words(describer: Describer, lang: str, text: str,
                                            expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)
