"""The reader's engine, part 3: misreads that no cue can mend, each with sentences of its own.

A negation after a cue that opens what follows ("plus d'essence", "plus aucune réservation")
or closes a "ne" of its own ("on ne peut pas sortir"); a loss said as a share ("we lost 60% of
our sales"); "vont" or "va a" before no verb ("mes ventes vont très bien"); the verb "marche"
taken for the market; head-counts of the writer's staff said in a clause after "I run" or
added with "plus one worker"; and a fire caused by riots, whose crisis is the riots.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. A negation after a cue that belongs to what follows it.
@pytest.mark.parametrize(("lang", "text", "crisis"), [
    ("fr", "Atelier de soudure. Depuis le blocus du carburant plus d'essence pour le groupe.",
     "blockade"),
    ("fr", "Ma boutique de riz : la frontiere fermee depuis plus d'1 an.", "blockade"),
    ("fr", "Mon hotel : fermeture des frontieres avec le Mali plus aucune reservation.",
     "blockade"),
    ("fr", "je vends des legumes au marche, les lundis ville morte on ne peut pas sortir",
     "conflict"),
    ("fr", "Mon maquis : les emeutes plus de 3 semaines, ma boutique est pillee.", "conflict"),
    ("fr", "le blocus du port plus aucun bateau depuis mars, mon magasin est vide", "blockade"),
    ("fr", "mon salon de coiffure, la guerre plus de clients", "conflict"),
    ("fr", "inondation plus de 2 metres d'eau dans mon atelier", "natural_hazard"),
    ("es", "mi taller, bloqueo de carreteras ya no hay gasolina", "blockade"),
    ("es", "mi tienda, la frontera cerrada desde hace mas de un ano", "blockade"),
    ("es", "mi taller, inundacion mas de 2 metros de agua", "natural_hazard"),
    ("es", "mi hotel, la guerra mas de 3 meses sin turistas", "conflict"),
])
def test_a_negation_after_a_cue_of_what_follows(describer: Describer, lang: str, text: str,
                                                crisis: str) -> None:
    check(describer, lang, text, {"crisis_type": crisis})


def test_a_negation_after_a_cue_still_denies_it(describer: Describer) -> None:
    # "marche plus" at the end, "pas" with no "ne" of its own: the cue is denied.
    check(describer, "fr", "Ma boutique. Les ventes ont baisse, le site marche plus.",
          {"online_presence": None})
    check(describer, "fr", "Mon restaurant, les clients paient en cash seulement, plus de cartes.",
          {"payments": "cash_only"})


# 2. A loss said as a share is a fall of that share.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("fr", "on a perdu 80 % de notre chiffre depuis les emeutes, ma boutique tient",
     "down_over_half"),
    ("fr", "mon salon, on a perdu 70 % de notre chiffre habituel", "down_over_half"),
    ("fr", "ma boutique, on a perdu 30 % du chiffre", "down_some"),
    ("fr", "nous avons perdu 60 % du chiffre d'affaires, salon de coiffure", "down_over_half"),
    ("en", "we lost 80% of our sales, my bakery is open", "down_over_half"),
    ("en", "my shop lost 70 percent of its usual sales", "down_over_half"),
    ("en", "I lost 20% of my revenue at the salon", "down_some"),
    ("en", "we lost 60% of our sales since the floods, my bakery is open", "down_over_half"),
    ("es", "en mi taller perdimos el 80 % de la facturacion", "down_over_half"),
    ("es", "perdimos el 70 % de las ventas, mi tienda sigue abierta", "down_over_half"),
    ("es", "mi tienda, perdimos un 75 % de las ventas de siempre", "down_over_half"),
    ("es", "mi peluqueria perdi el 30 % de las ventas", "down_some"),
])
def test_a_loss_said_as_a_share(describer: Describer, lang: str, text: str,
                                change: str) -> None:
    check(describer, lang, text, {"revenue_change": change})


def test_what_is_left_is_still_a_share(describer: Describer) -> None:
    # "down to 30 %", "baissé à 30 %": what is left, so a fall of 70; "less than half of
    # 2019" is more than half lost.
    check(describer, "en", "my shop, sales dropped to 30% of normal",
          {"revenue_change": "down_over_half"})
    check(describer, "fr", "mon restaurant, les ventes ont baisse a 30 % de la normale",
          {"revenue_change": "down_over_half"})
    check(describer, "en", "My pharmacy: in dollar terms we make less than half of 2019.",
          {"revenue_change": "down_over_half"})


# 3. "vont", "va a" before no verb are no future.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "mes ventes vont tres bien, ma boutique est ouverte",
     {"revenue_change": "stable_or_up"}),
    ("fr", "les affaires vont mal, les ventes ont baisse de 70 % dans mon salon",
     {"revenue_change": "down_over_half"}),
    ("fr", "les commandes vont bien, l'atelier tourne normalement",
     {"trading_status": "normal"}),
    ("fr", "les clients vont ailleurs, les ventes ont baisse de 60 % a la boutique",
     {"revenue_change": "down_over_half"}),
    ("es", "voy a la tienda cada dia, las ventas bajaron 30 %", {"revenue_change": "down_some"}),
    ("es", "el negocio va mal, las ventas bajaron 70 % en mi tienda",
     {"revenue_change": "down_over_half"}),
    ("en", "business is going ok, the shop is open as usual and sales are down 20%",
     {"trading_status": "normal", "revenue_change": "down_some"}),
    ("en", "things are going badly at my bakery, sales down 70%",
     {"revenue_change": "down_over_half"}),
])
def test_going_well_is_now(describer: Describer, lang: str, text: str,
                           expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "les ventes vont baisser de 40 %, ma boutique"),
    ("fr", "si les ventes vont encore baisser de 30 % je ferme ma boutique"),
    ("es", "vamos a vender un 30 % menos en mi tienda"),
    ("es", "con el nuevo impuesto mi tienda va a vender un 30 % menos"),
    ("en", "my shop, sales are going to drop 30% next month"),
])
def test_going_to_do_is_the_future(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"revenue_change": None})


# 4. The verb "marche" is not the market; the market still is.
@pytest.mark.parametrize(("text", "status"), [
    ("Nous on est pas touches par la crise, le magasin marche comme d habitude.", "normal"),
    ("ca marche plus, boutique fermee depuis 2 mois", "closed"),
    ("ma boutique ca marche, ouverte comme d habitude", "normal"),
    ("mon atelier, tout marche, on travaille comme d habitude", "normal"),
    ("le magasin est ferme definitivement", "closed"),
    ("ma boutique de pagnes, le marche est ferme", None),
    ("le marche central est ferme depuis lundi, mon etal aussi", None),
])
def test_the_verb_marche_is_not_the_market(describer: Describer, text: str,
                                           status: str | None) -> None:
    check(describer, "fr", text, {"trading_status": status})


@pytest.mark.parametrize(("lang", "text", "status"), [
    ("en", "the shop is closed for good", "closed"),
    ("en", "my stall, the market closed", None),
    ("es", "la tienda esta cerrada definitivamente", "closed"),
    ("es", "mi puesto, el mercado esta cerrado", None),
])
def test_our_shop_and_their_market(describer: Describer, lang: str, text: str,
                                   status: str | None) -> None:
    check(describer, lang, text, {"trading_status": status})


# 5. Head-counts: the writer who runs it, and a worker added to the two who named themselves.
@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "bula. me and my husband grow dalo, cassava and vegies near Nausori, 3 acres, "
     "plus one worker.", "s2_9"),
    ("en", "Hi, I run a cleaning company in Leeds (Ltd), 9 cleaners, all part time.", "s10_49"),
    ("en", "I'm a woman, 41, I run a small private nursery and primary school in Kaduna with "
     "11 teachers.", "s10_49"),
    ("en", "I run a school with 11 teachers", "s10_49"),
    ("en", "I own a security firm, 9 guards, contracts cancelled", "s10_49"),
    ("fr", "je tiens une entreprise de nettoyage a Lyon, 9 agents d'entretien", "s10_49"),
    ("fr", "j'ai une ecole privee avec 11 enseignants", "s10_49"),
    ("fr", "moi et mon mari on cultive du manioc, plus un ouvrier", "s2_9"),
    ("fr", "j'ai ouvert un atelier de couture, 9 couturieres", "s10_49"),
    ("es", "tengo una empresa de limpieza en Quito, 9 limpiadoras", "s10_49"),
    ("es", "tengo un colegio con 11 profesores", "s10_49"),
    ("es", "mi esposo y yo tenemos una finca, mas un trabajador", "s2_9"),
    ("es", "tengo un restaurante en Lima, 9 meseros", "s10_49"),
])
def test_the_writer_counts_with_their_staff(describer: Describer, lang: str, text: str,
                                            size: str) -> None:
    check(describer, lang, text, {"size": size})


def test_someone_elses_staff_stay_theirs(describer: Describer) -> None:
    # A count in a clause about us, or of a business after "and the", is not the writer's.
    check(describer, "en", "I sell tea, and the factory laid off 400 workers",
          {"size": None})
    check(describer, "en", "I run a bakery, we are 5", {"size": "s2_9"})


# 6. A fire during riots: the riots are the crisis.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Our bakery burnt during the riots, we lost everything."),
    ("en", "the fire during the protests destroyed my stall"),
    ("en", "my kiosk burned in the looting, nothing left"),
    ("en", "my shop was burnt down in the unrest last month"),
    ("fr", "Notre boulangerie a brule pendant les emeutes de mai."),
    ("fr", "ma boutique incendiee pendant les manifestations"),
    ("fr", "le feu pendant la guerre a detruit mon magasin"),
    ("fr", "mon etal a brule pendant les pillages"),
    ("es", "mi tienda se quemo en los disturbios"),
    ("es", "mi restaurante fue incendiado durante las protestas"),
    ("es", "el taller se quemo durante los saqueos"),
    ("es", "mi puesto quemado en las protestas"),
])
def test_a_fire_caused_by_riots(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"crisis_type": "conflict"})


def test_two_crises_joined_stay_two(describer: Describer) -> None:
    # "the floods and the cholera": both said, so the crisis is asked.
    check(describer, "en", "my shop, the floods and the cholera outbreak", {"crisis_type": None})
