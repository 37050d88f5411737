"""Round 54's changes, with new sentences written before they were read. Owners who text in
shorthand ("b4", "nxt", "g 1 boutique", "aki"), who joke about their figures, whose crisis is
easing, or who run a business together (sisters, a co-op, a family): the reader keeps to the
facts each states."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "me n my bro run a lil duka, sales r half of b4", {"revenue_change": "down_over_half"}),
    ("en", "shop rent paid evry month so far but nxt one dunno",
     {"debts": "some_at_risk"}),
    pytest.param("fr", "g 1 boutique au marché, g 3 petits ki m aident", {"size": "s2_9"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'petits' (young helpers) is no word of staff: taken as one, it also "
                     "counted 'j'ai 3 petits enfants' as a team"))),
    ("fr", "mtn on ouvre k le matin, le soir c fermé", {"trading_status": "partly_open"}),
    ("es", "aki tengo 1 tiendita, vendo la mitad d lo q vendia antes",
     {"revenue_change": "down_over_half"}),
])
def test_texting_shorthand(describer: Describer, lang: str, text: str,
                           expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We're on Airbnb and guests book and pay through them."),
    ("fr", "On est sur Booking, tout est payé en ligne."),
    ("es", "Estamos en Booking y los huéspedes pagan por ahí."),
    ("es", "Las reservas llegan por Airbnb y se pagan en la plataforma."),
])
def test_guests_pay_through_the_booking_site(describer: Describer, lang: str,
                                             text: str) -> None:
    check(describer, lang, text, {"payments": "online_payments"})


@pytest.mark.parametrize(("lang", "text", "crisis"), [
    # A market fire, left as written in round 54 (the older sets' writers label it a natural
    # hazard and other about as often), is read as other since round 56: the brief since
    # round 41 says so, and its sets do (indoor_fire "fire in the market").
    ("en", "A fire started in the market on Sunday night and burnt my stall with all the stock.",
     "other"),
    ("fr", "Le générateur a pris feu samedi et une partie du salon a brûlé.", "other"),
    ("es", "Se quemó mi local por un cortocircuito la semana pasada, perdí todo.", "other"),
    ("en", "The bushfire came through in January and burnt half our orchard.", "natural_hazard"),
    ("es", "El incendio forestal quemó 4 hectáreas de la caña.", "natural_hazard"),
])
def test_a_fire_in_the_building_is_no_natural_hazard(describer: Describer, lang: str,
                                                      text: str, crisis: str) -> None:
    check(describer, lang, text, {"crisis_type": crisis})


@pytest.mark.parametrize(("lang", "text", "revenue"), [
    ("en", "Only 3 rooms taken most nights now, it used to be 10.", "down_over_half"),
    pytest.param("fr", "En moyenne 3 chambres occupées sur 14, avant c'était 10.",
                 "down_over_half", marks=pytest.mark.xfail(strict=True, reason=(
                     "'3 sur 14' is read as a share and the count of before is not set "
                     "beside it"))),
    ("es", "Este mes solo 4 grupos, antes eran como 20 al mes.", "down_over_half"),
    ("es", "Los alumnos bajaron de 60 a 45 este año.", "down_some"),
])
def test_customers_counted_before_and_now(describer: Describer, lang: str, text: str,
                                          revenue: str) -> None:
    check(describer, lang, text, {"revenue_change": revenue})


@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "It's just the two of us working it now.", "s2_9"),
    ("es", "Somos las dos más una señora que hace el aseo.", "s2_9"),
    pytest.param("fr", "On est deux frères, on a 8 salariés + nous deux.", "s10_49",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'+ nous deux' is not added to the staff counted before it"))),
])
def test_two_who_run_it_together(describer: Describer, lang: str, text: str,
                                 size: str) -> None:
    check(describer, lang, text, {"size": size})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I run a small bakery. About four months of costs put away, so we're ok for now.",
     {"cash_runway": "over_3m"}),
    ("en", "Guest house, 5 rooms. We take cards and guests book and pay on Airbnb.",
     {"payments": "online_payments"}),
    ("en", "Pub in the village. Since the new Lidl opened our takings are down a quarter less.",
     {"crisis_type": "economic"}),
    ("en", "Furniture workshop, 6 of us. A short circuit in the spray booth and the whole "
           "workshop burnt on Friday.", {"crisis_type": "other"}),
    ("en", "Hair salon, me and 2 girls. Our rent is paid so far but next month i dont think so.",
     {"debts": "some_at_risk"}),
    ("en", "Bakery, 9 of us. Flour comes from two mills so supply is fine.",
     {"supplier_risk": "diversified"}),
    ("fr", "Mon atelier de couture. Le générateur a pris feu la nuit, tout a brûlé.",
     {"crisis_type": "other"}),
    ("fr", "Je tiens un maquis. zéro vente depuis 5 jours, zéro.", {"revenue_change": "stopped"}),
    ("fr", "Salon de coiffure fermé après le dégât des eaux, on coiffe à domicile en attendant.",
     {"trading_status": "open_adapted"}),
    ("fr", "Boulangerie, on est 6. Le fournisseur de farine menace d'arrêter de livrer.",
     {"supplier_risk": "single_at_risk"}),
    ("fr", "Garage, moi et 2 apprentis. Le prêt de la dépanneuse, je le rembourse à l'heure.",
     {"debts": "on_track"}),
    ("es", "Tengo un taller de costura. Se prendió fuego el taller por un cortocircuito.",
     {"crisis_type": "other"}),
    pytest.param("es", "Tengo una tienda de abarrotes. Las ventas bajaron pero no mucho, como "
                       "un 15%.", {"revenue_change": "down_some"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'pero' cuts the clause: 'no mucho' and 'como un 15%' stand alone, "
                     "apart from the sales they speak of"))),
    ("es", "Cabañas en la playa. Los huéspedes reservan por Booking y pagan por ahí.",
     {"payments": "online_payments"}),
    ("es", "Restaurante, somos 5. Al mesero le bajé el sueldo este mes.",
     {"staff_change": "reduced_hours"}),
    ("es", "Tengo 3 lanchas para turistas. Desde entonces no he ganado nada.",
     {"revenue_change": "stopped"}),
])
def test_in_the_shapes_of_the_round(describer: Describer, lang: str, text: str,
                                    expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)
