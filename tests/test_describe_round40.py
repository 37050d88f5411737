"""Round 40's changes, with new sentences written before they were read: a crisis named in a
clause that opens on a condition and tells what will be, or asks, is only feared ("if the
river floods again, should I move my stock?"); "girl 29", "a lady of 24", "una mujer" on its
own say who writes, and "girl 29" counts no team; "je suis marié" is a man, not Marie; a
trade said in its gender ("soy maestro", "sage-femme"), "tengo 57 tacos", "mi mujer y yo";
"im Amina 29 from Kano"; an
idiom of water ("la tête sous l'eau") is no flood; "fighting them" (the insurers) is no
conflict; the owners' words for fuel that is scarce, crop and herd diseases, an eviction, a
utility's cuts; a teacher's own truck is a business; "the power is the main thing" names the
worst of two troubles; a conductor is a worker."""

from __future__ import annotations

import pytest

from bot.describe import Describer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I have a small hardware shop in Mzuzu. If the river floods again next month, "
           "should I move my stock upstairs?"),
    ("es", "Tengo una finca de cafe en Jinotega. Si llega la roya otra vez, que hago con "
           "los cafetales?"),
    ("en", "quick one: if the cedi is devalued again should i buy more stock for my boutique "
           "now?"),
])
def test_a_crisis_under_a_condition_is_only_feared(describer: Describer, lang: str,
                                                   text: str) -> None:
    assert "crisis_type" not in describer.read(text, lang).answers


def test_a_crisis_told_beside_a_condition_is_read(describer: Describer) -> None:
    text = ("Our bakery was flooded on Monday, the oven is ruined. If it rains again this "
            "week I will have to close for good.")
    assert describer.read(text, "en").answers.get("crisis_type") == "natural_hazard"


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "hi! girl 27, I run a braiding salon in Lusaka, me and 2 girls. bookings are down "
           "by half.", "both"),
    ("en", "guy 46, butcher in Kitwe with 3 workers, sales are down a third.", "neither"),
    ("en", "Good day, I am Thandiwe, a lady of 31, I sell second hand clothes at the market.",
     "both"),
    ("es", "Taxi en Quito, una mujer, 41 años, las carreras bajaron mucho.", "women_led"),
    ("fr", "J'ai 38 ans, je suis marié, 3 enfants, j'ai une quincaillerie a Thies, les ventes "
           "baissent.", "neither"),
    ("fr", "Bonjour, je suis Marie-Claire, 52 ans, j'ai une boutique de tissus a Lome.",
     "women_led"),
    # a trade in its gender after "soy", "je suis"; a man's word of his wife or his years
    ("es", "Buenas, soy maestro en Oruro, 48 años, y tengo una ferreteria con mi cuñado.",
     "neither"),
    ("es", "Soy enfermera, 29 años, y vendo ropa por catalogo en Sucre, las ventas bajaron.",
     "both"),
    ("fr", "Je suis facteur a Metz, 51 ans, et j'ai une petite cave a vins avec mon frere.",
     "neither"),
    ("fr", "Sage-femme a Ziguinchor, 33 ans, le soir je vends des beignets devant la maison.",
     "both"),
    ("es", "Carniceria en Albacete, tengo 57 tacos, mi mujer y yo, las ventas igual.",
     "neither"),
    ("fr", "moi c Yao, un gars de 24 ans, je fais taxi-moto a Bouake.", "youth_led"),
    ("en", "Im 30, landlady of a pub in Ripon, takings are down a third.", "both"),
    # the name and age, then where from
    ("en", "im Amina 29 from Kano, i do tailoring from home, orders are down.", "both"),
])
def test_who_writes_in_few_words(describer: Describer, lang: str, text: str,
                                 answer: str) -> None:
    assert describer.read(text, lang).answers.get("led_by") == answer


def test_a_woman_and_her_age_count_no_team(describer: Describer) -> None:
    text = "hey! girl 27, I run a braiding salon in Lusaka, me and 2 girls."
    assert describer.read(text, "en").answers.get("size") == "s2_9"


def test_a_conductor_is_a_worker(describer: Describer) -> None:
    text = "I drive my own minibus on the Ndola route, with one conductor. Takings are down."
    assert describer.read(text, "en").answers.get("size") == "s2_9"


@pytest.mark.parametrize(("lang", "text", "answer"), [
    # an idiom of water, and a fight with the insurers
    ("fr", "Mon salon de coiffure a Dakar, on a la tete sous l'eau avec les dettes et les "
           "clientes qui ne paient pas.", None),
    ("en", "Our shop flooded last week in the storm, the insurers won't pay and we are "
           "fighting them.", "natural_hazard"),
    # fuel that is not to be had
    ("en", "I run 3 lorries from Mbeya. Diesel scarce for 2 weeks, the pumps are dry, my "
           "lorries stand in the yard.", "blockade"),
    # diseases of crops and herds
    ("en", "Cocoa farm near Kumasi, the black pod has taken half the pods this year, sales "
           "are down.", "epidemic"),
    ("en", "Our dairy herd went down with TB at the spring test, the milk cheque is down a "
           "fifth.", "epidemic"),
    ("fr", "Planteur de bananes a Capesterre, la cercosporiose a pris la moitie des pieds, "
           "les ventes baissent.", "epidemic"),
    ("fr", "Eleveur de vaches a Salers, la MHE a touche le troupeau, on vend moins.",
     "epidemic"),
    # an eviction
    ("en", "My shoe repair shop in Bulawayo is doing fine but the landlord is selling up and "
           "I've had notice to be out by March.", "other"),
    ("es", "Tengo una zapateria en Zaragoza, vendo igual, pero el dueño del local lo quiere "
           "vender y me tengo que ir del local en abril.", "other"),
    ("fr", "Mon atelier de couture a Nantes marche bien, mais l'immeuble est vendu et je "
           "dois liberer le local en juin.", "other"),
    # a utility's cuts
    ("en", "I have a welding shop in Ndola, ZESCO cuts 8 hrs a day and jobs are down by "
           "half.", "other"),
    ("fr", "Mon atelier de soudure a Lome, les coupures de la CEET tous les jours, le "
           "chiffre baisse.", "other"),
    # of a generic trouble and a specific one, the one said as the main
    ("en", "I run a print shop in Kisumu. Fuel for the generator is scarce. The power is the "
           "main thing really, work is down 30%.", "other"),
])
def test_the_crisis_in_the_owners_words(describer: Describer, lang: str, text: str,
                                        answer: str | None) -> None:
    assert describer.read(text, lang).answers.get("crisis_type") == answer


def test_a_teachers_own_truck_is_a_business(describer: Describer) -> None:
    text = ("Je suis enseignant a Kaolack, 44 ans. Avec mon neveu on a un camion qui "
            "transporte l'arachide vers Dakar. Depuis la greve des transporteurs le camion "
            "sort plus, zero recette, la traite du camion est en retard.")
    answers = describer.read(text, "fr").answers
    assert answers.get("crisis_type") == "blockade"
    assert answers.get("debts") == "many_overdue"
