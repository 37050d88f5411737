"""Round 50's changes, with new sentences written before they were read (6 right at first, 12
after; 6 fail on purpose, with their reasons): texts that speak of money, a flood or a crisis
and of no business of the writer's (a family's news, a club's or a savings group's accounts,
a house move, a wedding, a job lost) read nothing; a business cut
down by what its owner did (a day no longer opened, fewer trips, a service stopped, hours of
programmes cut) is partly open; kinds of crisis told through what happened to the boats,
the ferries and the fuel. And what they must not lose: a business described with the same
money words still reads."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en",
                 "Family group: Uncle Joe's roof came off in the storm last night, everyone is "
                 "safe. We are collecting for the repairs, send what you can by bank transfer to "
                 "Aunty May, even $10 helps. Working bee Sunday 9am.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the family's 'repairs' read as a trade (services), and a family group is no "
                     "word of another domain: the cues read a storm, a trade and a way to pay"))),
    pytest.param("en",
                 "Netball club update: after the rain the courts are flooded so training moves to "
                 "the school hall on Tuesdays. Fees are still $40 a term, pay the treasurer by "
                 "EFTPOS at the canteen. Two girls left so we are short for Saturday.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'two girls left' reads as staff, a word of a business beside the club's"))),
    ("fr", "Rappel tontine des cousines : la cotisation de ce mois est de 25 000 F, à envoyer "
           "par Orange Money à tata Awa avant le 5. Deux personnes sont en retard de 2 mois, "
           "merci de régulariser. Le tour de décembre revient à Fatou."),
    ("fr", "Déménagement samedi : j'ai rendu les clés au propriétaire, la caution sera "
           "remboursée, le camion est réservé, les cartons sont prêts. Qui peut venir aider ? "
           "On commande des pizzas pour tout le monde."),
    pytest.param("es",
                 "Primos, la boda de Caro es el 14: ya pagamos el salón y el adelanto del catering"
                 " por transferencia, faltan las flores y el DJ. Todo subió, así que bajamos la "
                 "lista de 150 a 100 invitados. ¿Quién se encarga de los centros de mesa?",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the catering is a trade named; a wedding is no word of another domain, "
                     "since a wedding photographer's bookings (blind136) would read nothing"))),
    pytest.param("es",
                 "Me despidieron de la fábrica en agosto. Lo que hice: vendí la moto, dejé el "
                 "departamento y volví a la casa de mis papás, saqué un préstamo para pagar la "
                 "tarjeta. Ahora busco trabajo de lo que sea. ¿Cómo hago un presupuesto?",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the factory where the job was lost reads as a trade, and a loan and a sale "
                     "stand outside the clause of the job: not the writer's household alone"))),
])
def test_no_business_of_ours_reads_nothing(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, lang).answers == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Butcher shop in Oamaru, 5 staff. Power prices doubled, sales down about 20%, we pay "
           "the suppliers on time and take cards and cash.", {"sector": "retail"}),
    ("fr", "Salon de coiffure à Ziguinchor, on est 4 filles. Les clientes paient par Wave, "
           "mais avec la crise beaucoup ne viennent plus, on a 2 mois de loyer en retard.",
     {"debts": "many_overdue"}),
    ("es", "Tengo un food truck de arepas en Cartagena con mi hermano. Todo subió, vendemos la "
           "mitad que el año pasado, cobramos por Nequi y efectivo.",
     {"revenue_change": "down_over_half"}),
])
def test_a_business_in_money_words_still_reads(describer: Describer, lang: str, text: str,
                                               expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bike shop in Nelson, 4 of us. Since the price rises we stopped opening Mondays and "
           "cut the range of parts we stock."),
    pytest.param("en",
                 "Charter boat out of Napier. Diesel went through the roof so now I only do 2 "
                 "trips a week instead of 5.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "fewer trips than before: round 50 tried it as partly open and took it back "
                     "(2 set texts right, 5 wrong: most writers leave a trip count unlabelled)"))),
    ("es", "Radio comunitaria en Tarija. Con la crisis cortamos la programación de 20 a 10 "
           "horas diarias y bajamos las tarifas."),
    pytest.param("es",
                 "Trufi en Cochabamba, soy el chofer. No hay diésel, ahora hago 2 vueltas al día "
                 "en vez de 6.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "fewer trips than before, as above: a fall of activity, not how it trades"))),
    ("fr", "École privée à Bouaké, 180 élèves. Les parents ne paient plus, on a arrêté la "
           "cantine et le transport scolaire, les cours continuent."),
])
def test_cut_down_by_what_was_done(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"trading_status": "partly_open"})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Cafe on Stewart Island, 3 of us. The ferry company cancelled half the sailings for "
           "crew shortages, so hardly any visitors get over.", "blockade"),
    ("es", "Somos 5 pescadores en Puerto Cortés. Hace una semana con el mal tiempo la Capitanía "
           "no deja salir las lanchas.", "natural_hazard"),
    ("fr", "Supérette à Belle-Île. Le bateau de fret ne passe plus depuis 10 jours, grève des "
           "marins, les rayons sont vides.", "blockade"),
    ("en", "Oyster farm in Coromandel, 6 of us. A virus got into the oysters last month and "
           "we lost most of the spat.", "epidemic"),
])
def test_kinds_of_crisis(describer: Describer, lang: str, text: str, expected: str) -> None:
    check(describer, lang, text, {"crisis_type": expected})
