"""Round 52's changes, with new sentences written before they were read. A date said as an
ordinal ("due the 15th and I...", "le 1er", "el 2do") counts no one; the front of a shop open
while its back is shut is partly open; a road shut by a slip, a ferry's sailings cancelled, a
landslide on the route are a blockade; pests of crops (mealybugs, cochineal, late blight) are
an epidemic; a crisis the cues found only in a question ("when everyone's skint??") may be
given by the learned reader when it agrees; and sectors in the words of owners who blame
someone or are proud of their craft. And what they must not lose: a head-count beside a date,
a whole shop shut, a slip with no road in it."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from bot.knowledge import Knowledge
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "Me and my brother run the dairy. The feed bill is due the 21st and I don't know "
           "where the money comes from.", "s2_9"),
    ("en", "Just me in the workshop. Rent goes out on the 1st and I'm short.", "solo"),
    ("fr", "On est 3 à la boulangerie. Le loyer tombe le 5 et je ne sais pas comment payer.",
     "s2_9"),
    ("es", "Somos 2 en la peluquería. La cuota vence el 30 y no sé si llego.", "s2_9"),
])
def test_a_date_counts_no_one(describer: Describer, lang: str, text: str, size: str) -> None:
    check(describer, lang, text, {"size": size})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The payment is due on the 15th and I have 3 staff to pay as well."),
    ("en", "We reopen on the 2nd, me and 4 cooks, if the gas comes."),
])
def test_a_count_beside_a_date_still_counts(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"size": "s2_9"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chemist in Kaikoura. The front of the shop is open but the dispensary out back is "
           "shut till the plumber comes."),
    ("en", "Our cafe's front counter is still open for takeaways, the dining room's closed "
           "since the roof leak."),
])
def test_the_front_open_the_back_shut(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"trading_status": "partly_open"})


def test_a_whole_shop_shut_stays_closed(describer: Describer) -> None:
    check(describer, "en", "Hardware store in Greymouth, we're shut since the flood, "
          "front and back.", {"trading_status": "closed"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Backpackers in Haast. The highway's been shut with the slip for 9 days, no buses "
           "getting through."),
    ("en", "Motel in Murchison, the gorge is shut again after the rain and nobody comes our "
           "way."),
    ("es", "Tengo una hostería en Futaleufú. Hubo un derrumbe en la ruta y no pasa nadie hace "
           "una semana."),
    ("es", "Almacén en Puerto Aysén. La naviera canceló tres salidas y no llega mercadería."),
])
def test_routes_cut(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"crisis_type": "blockade"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pineapple grower near Nadi, mealybugs on half the block this season."),
    ("fr", "J'ai 2 hectares de manguiers à Bobo. La cochenille a pris la moitié des arbres."),
    ("es", "Tengo cactus de tuna en Ayacucho y la cochinilla me malogró la cosecha."),
    pytest.param("es", "Papas en Chiloé, el tizón tardío entró con las lluvias, perdimos un "
                       "tercio.", marks=pytest.mark.xfail(strict=True, reason=(
                           "the cues read the rains the blight came with as the crisis: a "
                           "disease and the weather that brought it, told in one clause, are "
                           "not told apart"))),
])
def test_pests_of_crops(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"crisis_type": "epidemic"})


@pytest.mark.parametrize(("lang", "text", "sector"), [
    ("es", "Tengo una cocinería en el mercado de Puerto Montt, somos 3.", "food_service"),
    ("es", "Hago transfer en van al aeropuerto de Balmaceda, trabajo solo.", "services"),
    ("es", "Llevo turistas a ver ballenas en Puerto Madryn, tengo un bote.", "tourism"),
    ("es", "Sacamos áridos del río para las obras, somos 6.", "other"),
    ("fr", "Je fais des méharées dans l'Adrar avec mes frères, 12 chameaux.", "tourism"),
    ("fr", "On fait l'orpaillage près de Kédougou, une équipe de 7.", "other"),
    ("fr", "Caseyeur à Roscoff, seul sur mon bateau.", "agriculture"),
])
def test_sectors(describer: Describer, lang: str, text: str, sector: str) -> None:
    check(describer, lang, text, {"sector": sector})


@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Barber in Invercargill. This month I made about 30% less than October.", "down_some"),
    ("en", "Money in is down by half since the mill shut, 3 of us in the shop.",
     "down_over_half"),
    ("en", "Fishing charters, Picton. Sold 9 trips this season, last season it was 30.",
     "down_over_half"),
    ("en", "Florist in Timaru. May came in at about a third of last May.", "down_over_half"),
    ("en", "Bakery in Oamaru, customers still coming same as ever, it's the flour price.",
     "stable_or_up"),
    ("es", "Tengo un bar en Valparaíso. Este invierno vendimos la mitad que el anterior.",
     "down_over_half"),
    ("es", "Restaurante en Cafayate: el fin de semana hicimos un tercio de lo que hacemos un "
           "sábado normal.", "down_over_half"),
    ("fr", "Pêcheur à Douarnenez, seul. Zéro euro depuis 2 semaines avec la tempête.",
     "stopped"),
    ("fr", "Taxi-moto à Parakou, je n'ai rien gagné depuis 5 jours, pas d'essence.", "stopped"),
])
def test_sales_said_plainly(describer: Describer, lang: str, text: str, change: str) -> None:
    check(describer, lang, text, {"revenue_change": change})


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Distribuidora en Salta, el 60% de lo que vendemos va a Bolivia."),
    ("fr", "Cyber à Kaolack. L'an dernier avec la coupure d'internet j'ai rien gagné, là ça "
           "va."),
])
def test_a_share_or_a_past_is_no_fall(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"revenue_change": None})


@pytest.mark.parametrize(("lang", "text", "status"), [
    ("en", "Bakery in Hokitika, we're closing at noon now instead of 5, no flour.", "partly_open"),
    ("en", "Jet boat tours, Queenstown. Now we only run the short trip, the river's too low.",
     "partly_open"),
    pytest.param("en", "Dairy in Reefton, open same hours as always, it's the power bill "
                       "that hurts.", "normal", marks=pytest.mark.xfail(strict=True, reason=(
                           "'same hours as always' is an ignored phrase (the staff's time is "
                           "not sales), and it hides the trading cue that holds it"))),
    ("en", "Crayfish boat out of Kaikoura, ain't been out in 10 days with the swell.", "closed"),
    ("es", "Lancha de paseos en Castro, salimos los días que se puede nomás.", "partly_open"),
    ("es", "Pastelería en Osorno, ahora hago delivery por Instagram.", "open_adapted"),
    ("fr", "Auberge à Ouadane. Les chambres sont ouvertes mais la cuisine est fermée depuis "
           "l'incendie.", "partly_open"),
    ("fr", "Bar à Camaret, je sers seulement sur la terrasse depuis la tempête.", "partly_open"),
    ("fr", "Chauffeur à Atar, sans gasoil je bouge pas depuis 5 jours.", "closed"),
])
def test_how_it_trades_now(describer: Describer, lang: str, text: str, status: str) -> None:
    check(describer, lang, text, {"trading_status": status})


def test_working_outside_under_a_tarp_is_left_unread(describer: Describer) -> None:
    check(describer, "fr", "Menuiserie à Amizmiz, le mur est tombé, on travaille dehors sous "
          "une bâche.", {"trading_status": None})


@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "Cray boat out of Stewart Island, my son is 23 and crews for me, just the two of us.",
     "s2_9"),
    ("es", "Somos yo y una muchacha que me ayuda en la tienda.", "s2_9"),
    ("es", "Trabajamos yo y dos chicos en el taller.", "s2_9"),
    ("en", "Courier firm in Greymouth: 10 drivers, plus me and my sister in the office.",
     "s10_49"),
    ("en", "The crew is 4 with me, we fish out of Bluff.", "s2_9"),
])
def test_heads_counted(describer: Describer, lang: str, text: str, size: str) -> None:
    check(describer, lang, text, {"size": size})


@pytest.mark.parametrize(("lang", "text", "crisis"), [
    ("en", "Food cart in Dunedin, that's the 3rd break in this year, they took the gas bottles.",
     "conflict"),
    ("es", "Tengo ovejas en Coyhaique, el abigeato no para, me sacaron 20 este mes.",
     "conflict"),
    ("es", "Cuarto robo en mi almacén de Osorno desde enero.", "conflict"),
    ("es", "Una mazamorra tapó mi chacra en Sorata, perdí la cosecha.", "natural_hazard"),
    ("en", "Some sickness in my goats, 6 dead this week, I farm near Gisborne.", "epidemic"),
    ("en", "The bank froze our overdraft last week, we run a joinery in Nelson.", "economic"),
    ("fr", "Électricien à Quimper, un client me doit 4200 euros depuis mars.", "economic"),
])
def test_crises_named(describer: Describer, lang: str, text: str, crisis: str) -> None:
    check(describer, lang, text, {"crisis_type": crisis})


def test_a_cousin_s_debt_is_no_business(describer: Describer) -> None:
    text = "Mon cousin me doit 5000 depuis l'an dernier, comment lui demander sans se fâcher?"
    assert describer.read(text, "fr").answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lodge on Rakiura, we sent 3 staff home without pay until the ferry's fixed.",
     {"staff_change": "reduced_hours"}),
    ("es", "Hostal en Ollantaytambo, a las 2 chicas les pedí que vengan solo 3 días.",
     {"staff_change": "reduced_hours"}),
    ("es", "Panadería en Cusco, son 5 panaderos y les estoy pagando media semana.",
     {"staff_change": "reduced_hours"}),
    ("fr", "Caseyeur à Molène, seul à bord depuis le printemps.", {"size": "solo"}),
    ("es", "Transporte de mariscos en Quellón, un camión, yo manejo y tengo dos peonetas.",
     {"size": "s2_9"}),
])
def test_staff_and_crews(describer: Describer, lang: str, text: str,
                         expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


def test_half_as_many_orders(describer: Describer) -> None:
    check(describer, "fr", "Brodeuse à Pont-l'Abbé, j'ai moitié moins de commandes que l'an "
          "dernier.", {"revenue_change": "down_over_half"})


def test_a_crisis_said_only_in_a_question_may_be_given(describer: Describer,
                                                        knowledge: Knowledge) -> None:
    """The cues never read what a question says; the learned reader may, with their answer."""
    text = ("Should I drop my prices now that everyone's skint?? I'm a potter in Hokitika, just "
            "me, selling mugs and bowls to visitors from my studio and on Etsy, orders down "
            "about a third on last summer.")
    cues = Describer(knowledge, learned=False).read(text, "en")
    assert "crisis_type" in cues.withheld and cues.leaning == {("crisis_type", "economic")}
    assert describer.read(text, "en").answers.get("crisis_type") == "economic"


def test_two_crises_in_a_question_stay_asked(describer: Describer) -> None:
    text = ("Was it the floods or the cholera that killed my trade?? Fish stall in Beira, me "
            "and my sister.")
    assert describer.read(text, "en").answers.get("crisis_type") is None


def test_an_earthquake_prone_building_is_no_earthquake(describer: Describer) -> None:
    check(describer, "en", "Bakery on Lambton Quay, 4 of us. The building got an earthquake "
          "prone notice and the owner won't strengthen it, so we have to move out by March.",
          {"crisis_type": "other"})
