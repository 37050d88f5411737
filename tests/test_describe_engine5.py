"""The reader's engine, part 2: misreads that no cue can mend, each with sentences of its own.

Plurals of one-word cues ("storms", "inondations", "tormentas"); the user's own language read
in code-switched text; abbreviations that do not end a sentence ("approx. 3 weeks", "Mme.");
before -> after of quantities sold ("from 9,000 litres a day to 3,500") but not of input
prices; a doubt ("we reopened") answered later in its sentence; and dropped stop words
counting towards how far a cue may stretch.
"""

from __future__ import annotations

import pytest

from bot.clauses import Clause
from bot.cues import words_of
from bot.describe import Describer
from bot.hits import clause_hits
from bot.sentences import sentences_of
from tests.describehelp import check

HAZARD = {"crisis_type": "natural_hazard"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The storms flattened our banana farm and the roads are gone."),
    ("en", "Cyclones every year now, this one took the roof of my shop."),
    ("en", "The landslides buried the road to our tea factory."),
    ("en", "Two droughts in a row and my maize is gone."),
    ("fr", "Les cyclones ont coupé la route vers le marché, je vends mes poissons."),
    ("fr", "Deux tempêtes ont arraché le toit de ma boutique."),
    ("fr", "Les sécheresses à répétition tuent mes récoltes de mil."),
    ("fr", "Les inondations ont détruit mon atelier de couture."),
    ("es", "Las tormentas tumbaron el techo de mi tienda."),
    ("es", "Las inundaciones se llevaron todo el taller."),
    ("es", "Dos terremotos en un mes, la panadería está cerrada."),
    ("es", "Las sequías acabaron con la cosecha de café."),
])
def test_plural_of_a_one_word_cue(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, HAZARD)


def test_plural_not_read_inside_a_longer_cue(describer: Describer) -> None:
    # "licencié personne" is nobody laid off; "2 personnes" are two people laid off.
    check(describer, "fr", "On a licencié 2 personnes.", {"staff_change": "laid_off"})
    check(describer, "fr", "Les clients paient en cash seulement, plus de cartes.",
          {"payments": "cash_only"})


@pytest.mark.parametrize(("prefer", "text", "lang"), [
    ("en", "Flood ne sab kuch le liya, shop me pani aa gaya, ab sales zero hai.", "en"),
    ("en", "Covid me hamara dhaba band ho gaya, 5 log the, ab sirf me aur bhai.", "en"),
    ("en", "Mera kirana shop hai, lockdown me sales down 70% se zyada, cash for 2 weeks only.",
     "en"),
    ("en", "Mera tiffin service hai, lockdown se orders kam ho gaye, cash ek mahina.", "en"),
    ("es", "Mi tienda de ropa, the sales are down like 60%, tengo cash for two weeks.", "es"),
    ("es", "Tengo un food truck en Miami, las sales bajaron 60%, el cash me dura 2 weeks.",
     "es"),
    ("fr", "Sama boutique bi dafa tëj, les clients nekku fi, ma ngi am 2 semaines de caisse.",
     "fr"),
    ("fr", "Mwen fèmen boutik la depi siklòn nan, pa gen kliyan, I have no money left.", "fr"),
    # Clearly another language: read in it.
    ("en", "Ma boutique est fermée depuis deux semaines, je n'ai plus de clients.", "fr"),
    ("es", "My shop in Lagos is closed, we have no customers and cash for one week.", "en"),
    ("fr", "Mi tienda está cerrada, no tengo clientes y el dinero dura una semana.", "es"),
])
def test_the_users_language_is_read_unless_clearly_another(
        describer: Describer, prefer: str, text: str, lang: str) -> None:
    assert describer.read(text, prefer=prefer).lang == lang


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", "I am a 27 y.o girl with a nail salon. approx. 3 weeks of cash left.", 2),
    ("es", "Sr. Gómez y yo tenemos una tienda, aprox. 20% menos ventas.", 1),
    ("fr", "Mme. Diallo, je tiens une boutique, env. 2 mois de trésorerie. Merci!", 2),
    ("fr", "M. Traoré a un garage. Il reste 10 jours.", 2),
    ("en", "We are closed. Sales stopped.", 2),
])
def test_abbreviations_do_not_end_a_sentence(describer: Describer, lang: str, text: str,
                                             count: int) -> None:
    assert len(sentences_of(text, describer.cues[lang])) == count


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "We lost approx. 60% of sales, est. 2 weeks of cash left.",
     {"revenue_change": "down_over_half"}),
    ("en", "Our shop approx. 3 weeks of cash left, sales down approx. 70%.",
     {"cash_runway": "under_1m", "revenue_change": "down_over_half"}),
    ("en", "I'm a 27 y.o. girl running a nail salon, cash for approx. 3 weeks.",
     {"cash_runway": "under_1m"}),
    ("en", "Mr. Okafor and me run a print shop, we have approx. 2 months of cash.",
     {"cash_runway": "m1_3"}),
    ("fr", "J'ai env. 3 semaines de trésorerie, les ventes ont baissé d'env. 60%.",
     {"cash_runway": "under_1m", "revenue_change": "down_over_half"}),
    ("fr", "Nous avons perdu env. 70 % du chiffre d'affaires, ma boutique tient env. 1 mois.",
     {"cash_runway": "under_1m", "revenue_change": "down_over_half"}),
    ("fr", "Mme. Ndiaye et moi tenons un salon de coiffure, env. 2 mois de trésorerie.",
     {"cash_runway": "m1_3"}),
    ("fr", "M. Traoré a un garage, il reste approx. 10 jours de caisse.",
     {"cash_runway": "under_2w"}),
    ("es", "Las ventas bajaron aprox. 20% este mes en mi tienda.",
     {"revenue_change": "down_some"}),
    ("es", "Tengo aprox. 10 días de efectivo, vendemos aprox. 70 % menos.",
     {"cash_runway": "under_2w", "revenue_change": "down_over_half"}),
    ("es", "Sr. Pérez y yo tenemos una ferretería, aprox. 3 semanas de caja.",
     {"cash_runway": "under_1m"}),
    ("es", "Sra. Luna, dueña de la panadería, tiene aprox. 2 meses de dinero.",
     {"cash_runway": "m1_3"}),
])
def test_amounts_after_abbreviations(describer: Describer, lang: str, text: str,
                                     expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


FALL = {"revenue_change": "down_over_half"}
NONE = {"revenue_change": None}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Our water kiosk went from 9,000 litres a day to 3,500.", FALL),
    ("en", "The co-op went from 80 kilos of coffee a week to 20.", FALL),
    ("en", "We used to sell 2,000 litres of milk a day, now 600.", FALL),
    ("en", "At the mill we went from 40 bags a week to 12.", FALL),
    ("en", "Flour went from 20 to 35 a bag, my bakery is struggling.", NONE),
    ("en", "Fuel went from 4500 to 7000 a litre, my taxi barely works.", NONE),
    ("fr", "Notre laiterie est passée de 900 litres par jour à 300.", FALL),
    ("fr", "Je vendais 50 sacs de charbon par semaine, maintenant 15.", FALL),
    ("fr", "On faisait 200 kilos de poisson par jour, aujourd'hui 60.", FALL),
    ("fr", "On est passé de 40 sacs par semaine à 12 au moulin.", FALL),
    ("fr", "Le gasoil est passé de 600 à 900 le litre.", NONE),
    ("fr", "La farine est passée de 20 000 à 32 000 le sac.", NONE),
    ("es", "Vendíamos 800 litros de leche al día, ahora 250.", FALL),
    ("es", "Pasamos de 60 cajas de fruta por semana a 20.", FALL),
    ("es", "Antes vendía 100 kilos de queso por semana, ahora 30.", FALL),
    ("es", "Pasamos de 40 mesas a 12 en el restaurante.", FALL),
    ("es", "La gasolina pasó de 15 a 22 el litro.", NONE),
    ("es", "La harina pasó de 20 a 35 soles el saco.", NONE),
])
def test_before_after_of_quantities_not_prices(describer: Describer, lang: str, text: str,
                                               expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("We reopened but only for lunch.", "partly_open"),
    ("After the floods we reopened with shorter hours.", "partly_open"),
    ("The bar reopened last week, weekends only.", "partly_open"),
    ("We reopened the salon but now open 3 days a week.", "partly_open"),
    ("We reopened last month.", None),  # fully or partly: still asked
])
def test_a_doubt_answered_later_in_its_sentence(describer: Describer, text: str,
                                                expected: str | None) -> None:
    check(describer, "en", text, {"trading_status": expected})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The card is what it was for them so that we are there and it is online"),
    ("en", "The card was what we were to have had for this and then it is online"),
    ("en", "Card that it was for them so that it would be there on the day it went online"),
    ("en", "A card is what they would have had to do it there and so we are online"),
])
def test_dropped_stop_words_count_towards_the_gap(describer: Describer, lang: str,
                                                  text: str) -> None:
    # Each sentence was read as "card online" when dropped stop words did not count.
    cues = describer.cues[lang]
    clause = Clause(words_of(text), 0, None, None, [])
    assert not clause_hits(clause, 0, cues, [c for c in cues.all_cues()
                                             if c.words == ("card", "online")])


@pytest.mark.parametrize(("prefer", "text", "lang", "expected"), [
    # French whose only small words ("a", "en") are Spanish ones too, from an English app.
    ("en", "boulangerie a dakar, ventes en baisse, tresorerie 1 mois", "fr",
     {"sector": "manufacturing", "cash_runway": "under_1m"}),
    ("en", "taller en quito, sin ventas, plata para 2 semanas", "es",
     {"revenue_change": "stopped", "cash_runway": "under_2w"}),
])
def test_a_text_the_users_language_cannot_read_is_tried_in_each_other(
        describer: Describer, prefer: str, text: str, lang: str,
        expected: dict[str, str]) -> None:
    reading = describer.read(text, prefer=prefer)
    assert reading.lang == lang
    assert {q: reading.answers.get(q) for q in expected} == expected, reading.answers
