"""Round 46's changes, with new sentences written before they were read: a payment the owner
names and doubts in one sentence ("van lease due the 3rd, no idea where that's coming
from") is at risk, even where the cues read nothing of debts or read them paid; a text
written for someone counts its owner as they would ("just her and a girl on Saturdays",
"elles sont 3 en la comptant", "trabaja con su sobrino"); the writer's own age is not the
leader's ("writing this for my mum ... I'm 19 btw"); the leader's age said in a sentence of
its own ("Tiene 52 años."); people counted by the day are customers, not staff. And what they
must not read: a doubt of what to do, a fear of a rent rise, a text written "for me"."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Joinery in Leek. The van lease is due on the 3rd and honestly I have no idea "
           "where that's coming from."),
    ("en", "Chip shop in Rhyl, rent paid for October, November one I'm not sure."),
    ("es", "Taller en Oruro. La cuota del torno vence el 20, este mes pagué, el próximo no sé."),
    ("fr", "Fromagerie à Pontarlier, le loyer du local tombe le 5, j'ai payé octobre, "
           "novembre je sais pas."),
    # paid so far, said in the same sentence as the doubt: no longer on track
    ("en", "Bakery in Ripon, the loan is paid up to date but the March payment I'm not sure."),
])
def test_payment_doubted(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"debts": "some_at_risk"})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Corner shop in Goole. No loan, no rent to pay, I just don't know what to do."),
    ("es", "Peluquería en Salta, me preocupa que el dueño me suba el alquiler en enero."),
    ("fr", "Tabac à Millau, je ne sais pas quoi faire, le loyer est payé chaque mois."),
])
def test_no_payment_doubted(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, prefer=lang).answers.get("debts") != "some_at_risk"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Writing this for my gran, she runs a tea room in Whitby, it's just her and a "
           "girl on Saturdays.", "s2_9"),
    ("en", "Typing this for my uncle, he mends boats at Looe on his own.", "solo"),
    ("fr", "J'écris pour ma tante qui tient une mercerie à Dole, elles sont 3 en la comptant.",
     "s2_9"),
    ("fr", "J'écris pour mon oncle, il a une forge à Thiers, il travaille avec son fils.",
     "s2_9"),
    ("es", "Escribo por mi papá, tiene una panadería en Latacunga y trabaja con su sobrino.",
     "s2_9"),
    ("es", "Escribo por mi tía, tiene un puesto de jugos en Sucre y trabaja sola.", "solo"),
])
def test_counted_for_the_owner(describer: Describer, lang: str, text: str, expected: str
                               ) -> None:
    check(describer, lang, text, {"size": expected})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the writer's own age says nothing of who leads
    ("en", "Writing this for my mum who has a florist in Bath. She's had it 20 years. I'm 19 "
           "btw.", "women_led"),
    ("es", "Escribo por mi papá, tiene una ferretería en Tarija. Tiene 52 años. Yo tengo 17 y "
           "estudio.", "neither"),
    ("es", "Escribo x mi hermano de 22 que tiene un lavadero de carros en Neiva.", "youth_led"),
    ("fr", "Ma patronne m'a demandé d'écrire, elle a 47 ans et tient un salon à Niort.",
     "women_led"),
])
def test_who_leads_for_someone(describer: Describer, lang: str, text: str, expected: str
                               ) -> None:
    check(describer, lang, text, {"led_by": expected})


@pytest.mark.parametrize(("lang", "text"), [
    # written by the owner, for themself: the owner's age stands
    ("en", "My daughter is typing this for me. I am Joseph, 61, I have a butchery in Kisumu."),
    ("fr", "Je vous écris pour demander une aide, j'ai 26 ans, j'ai un salon de coiffure à "
           "Lomé."),
])
def test_written_by_the_owner(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, prefer=lang).answers.get("led_by") is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fruit stall in Hull, we used to get 90 people a day, now about 40."),
    ("es", "Comedor en Potosí, antes venían 150 personas al día, ahora 60."),
    ("fr", "Boulangerie à Dieppe, avant on avait 200 personnes par jour, maintenant 120."),
])
def test_people_a_day_are_no_staff(describer: Describer, lang: str, text: str) -> None:
    assert "size" not in describer.read(text, prefer=lang).answers


@pytest.mark.parametrize(("lang", "text"), [
    # the second part: a doubt said of the owner, in a text written for them
    ("en", "Writing for my dad, he has a garage in Wick. The van loan is due Friday and he "
           "doesnt know where that is coming from."),
    ("fr", "J'écris pour ma mère, elle a une épicerie à Vesoul, le loyer tombe le 5 et elle "
           "ne sait pas comment payer."),
    ("es", "Escribo por mi tío, tiene una ferretería en Tarija, la cuota del crédito vence el "
           "10 y no sabe si llega."),
])
def test_payment_doubted_for_someone(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"debts": "some_at_risk"})
