"""Round 34 (guided first by blind set 101, hard off-topic texts written after round 33, then
by the round's guide sets), each kind in new sentences written before they were run: a text
whose business words all sit in clauses about the writer's job, wage or household ("my salary
at the hotel", "donde trabajaba", "le loyer de l'appart", "school fees") names no business of
theirs; a reading of nothing but a crisis needs a word of a business, or a word of ours where
the crisis is said, not only "we" somewhere; a head-count of a household ("somos 6 en la casa")
counts no staff; "after 20 years" is a time, not an age; a blessing, a chain message or a
riddle said to be one reads nothing; a question of who sees the data names no way of paying;
"no bus to work" is the writer's commute. Then the second part's kinds (sentences written
after its changes, marked so), the cues found too loose in the last read, and a text clearly
in another language than the user's (found trying `msme-advisor chat`)."""

from __future__ import annotations

import pytest

from bot.describe import Describer

SENTENCES = [
    # written first, before any change of the round: "after N years" is how long, not an age
    ('en', 'After 20 years I closed my bakery last month.', 'led_by', None),
    ('fr', "J'ai fermé mon salon de coiffure après 22 ans, les clientes ne venaient plus.",
     'led_by', None),
    ('es', 'Cerré la carnicería después de 25 años, no había clientes.', 'led_by', None),
    ('es', 'Al cabo de 18 años tuve que cerrar el taller.', 'led_by', None),
    pytest.param('en', 'After 20 years I closed my bakery last month.', 'trading_status',
                 'closed', marks=pytest.mark.xfail(strict=True, reason=(
                     "a closure dated last month is past: the reader leaves it asked, since "
                     "many who closed then have reopened"))),
    # a household counted is no staff
    ('es', 'Tengo una tienda de abarrotes, somos 6 en la casa y vivimos de ella.', 'size',
     None),
    ('en', 'We are 7 at home and the shop feeds us all, it is just me selling.', 'size',
     'solo'),
    ('fr', "On est 5 à la maison, ma boutique ne vend plus rien.", 'size', None),
    # the writer's job and household around a business of theirs: still read
    ('en', 'I quit my job at the hotel last year and opened a tailoring shop, sales are '
           'down 40%.', 'revenue_change', 'down_some'),
    ('es', 'Con la tienda pago la matrícula del colegio de los niños, pero las ventas '
           'bajaron a la mitad.', 'sector', 'retail'),
    ('fr', "Ma boutique paie le loyer de la maison et l'école des enfants, mais les ventes "
           "ont baissé de 30%.", 'revenue_change', 'down_some'),
    # a commute, not the business stopping
    ('en', 'No bus to work today, I had to walk to my stall, sales are ok.', 'revenue_change',
     'stable_or_up'),
    # written after the changes of the round's second part, each for a kind a guide set
    # (97, 98, 104, 105) showed, in new words: how long, not an age, when "now" follows
    ('en', 'I fix shoes by the bus park, 22 years now, just me.', 'led_by', None),
    ('en', 'I am 22 years and I fix shoes by the bus park.', 'led_by', 'youth_led'),
    # a trade the reader does not know, and nothing else but the writer's age: still read
    # (found when the rule that mends "ma fille a la fièvre" first took any such text as
    # off-topic; it now takes only who leads read from someone told of)
    ('en', 'I am 22 years old and I sharpen knives.', 'led_by', 'youth_led'),
    ('fr', "Je suis un vieux boucher de 66 ans à Mopti, mes clients achètent moins.", 'led_by',
     'neither'),
    # "4" typed for "for" after a closure is no count of things closed
    ('en', 'salon closed 4 now, no clients at all', 'trading_status', 'closed'),
    ('en', 'we closed 3 rooms now, the rest is open', 'trading_status', 'partly_open'),
    # the hours of one person told in the clause are theirs
    ('en', 'My helper came daily, now I told him afternoons only.', 'trading_status', None),
    # a buyer's trade after "go to one", "sell to a"
    ('en', 'I grow lettuce, most of it goes to one takeaway in town.', 'trading_status', None),
    # a share of last season, less than half of it
    ('en', 'Christmas sales this year were less than half of last.', 'revenue_change',
     'down_over_half'),
    # suppliers waiting for their money, cheques put off: already late
    ('en', 'Two suppliers waiting for payment since May, I postponed 3 cheques.', 'debts',
     'many_overdue'),
    ('es', 'Del préstamo de la moto ya me atrasé una cuota.', 'debts', 'many_overdue'),
    # a contract given to another, a big shop opened near: an economic crisis
    ('en', 'The council gave the contract to a bigger firm, we lost most of our work.',
     'crisis_type', 'economic'),
    ('es', 'Abrieron un supermercado a dos cuadras y mi bodega vende la mitad.', 'crisis_type',
     'economic'),
    # a first name or title opening the text right before an age says the writer's sex
    # found in the last read of the change: cues that were too loose ("forward to" of a
    # chain message, "big supermarket" as a competitor, "santé" as someone else's)
    ('en', 'I look forward to your advice. My bakery lost power, flour doubled.', 'sector',
     'manufacturing'),
    ('en', 'I run a big supermarket in Kano, sales are down 20%.', 'crisis_type', None),
    ('fr', "Ma santé ne va pas, la boutique est fermée depuis 2 semaines.", 'trading_status',
     'closed'),
    ('en', 'Winston, 52, I drive a taxi, just me and my van.', 'led_by', 'neither'),
    pytest.param('en', 'Winston, 52, I drive a taxi, just me and my van.', 'size', 'solo',
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'me and my' counts two whatever follows; a cue for 'me and my van' "
                     "would also take 'me and my son, we work the stall' (cue words may "
                     "stand two words apart)"))),
    ('fr', 'Awa, 45 ans, je vends du poisson fumé à Mbour.', 'led_by', 'women_led'),
    ('es', 'Carlos, 29, tengo una ferretería en Tegucigalpa.', 'led_by', 'youth_led'),
    ('en', 'Bakery, 40, we are in Accra.', 'led_by', None),
]

OFF_TOPIC = [
    # written first, before any change of the round: a job, a wage or a household only
    ('en', 'My salary at the supermarket was cut by half and the house rent went up, how do '
           'I feed my kids?'),
    ('en', 'I worked 6 years as a waiter in a restaurant that closed in March, now I am '
           'looking for any job.'),
    ('fr', "Mon salaire d'infirmière ne suffit plus, le loyer de l'appart a doublé depuis la "
           "crise."),
    pytest.param('fr', "Le restaurant où je travaillais a fermé, on nous a rien payé. "
                       "Vous embauchez ?", marks=pytest.mark.xfail(strict=True, reason=(
                           "'on nous a rien payé' in a clause of its own is a payment, a word "
                           "of a business outside the job's clause"))),
    ('es', 'Trabajaba de cajera en un supermercado que cerró por la crisis, busco trabajo de '
           'lo que sea.'),
    ('es', 'Mi sueldo de la fábrica no alcanza, subió el alquiler de la casa y la matrícula '
           'del colegio.'),
    # a crisis told with "we" and no word of a business
    ('en', 'Train is late again because of the strike, we will reach Pune by 9.'),
    *(pytest.param(lang, text, marks=pytest.mark.xfail(strict=True, reason=(
        "a word of ours where the crisis is said makes it the writer's, as earlier rounds "
        "hold ('la roya nos quemó media plantación', 'the bank gives us 5,000 of forex')")))
      for lang, text in (
          ('es', 'Se inundó todo el barrio, somos 6 en la casa y no tenemos agua.'),
          ('fr', "Avec les émeutes on est restés enfermés chez nous toute la semaine."))),
    # blessings, chain messages, riddles said to be one
    ('fr', "Que Dieu bénisse tous ceux qui souffrent de la vie chère. Amen. Partagez ce "
           "message à 10 personnes."),
    ('es', 'Bendiciones a todos los que trabajan en el mercado, que Dios les dé fuerza en '
           'esta sequía.'),
    ('en', 'Riddle: what goes up when the dollar goes up and never comes down? The price of '
           'bread lol'),
    ('fr', "Devinette : qu'est-ce qui monte avec le dollar et ne redescend jamais ? Le prix "
           "du taxi."),
    # a question of who sees the data
    ('en', 'Who can see what I type here? Do you share my number with the bank or M-Pesa?'),
    ('es', '¿Quién ve lo que escribo? ¿Comparten mi número con el banco o con Yape?'),
    # homework called an assignment
    ('en', 'pls help with my assignment: explain how inflation affects the price of bread '
           'and rent. 500 words.'),
    # written after the second part: a household's budget with a list after it; a mother
    # with a sick child and a clinic closed on Sundays
    pytest.param('fr', "Mon mari et moi on se dispute sur le budget de la maison, le loyer, "
                       "la cantine des petits. Qui a raison ?", marks=pytest.mark.xfail(
                           strict=True, reason=(
                               "only a list item of up to two words goes with the household "
                               "phrase before it ('je cherche du travail, les commandes ont "
                               "baissé' goes on to the business), so 'la cantine' is a trade"))),
    ('fr', "Mon fils tousse depuis hier, le dispensaire est fermé le dimanche, je fais quoi ?"),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round34_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer


@pytest.mark.parametrize(("lang", "text"), OFF_TOPIC)
def test_round34_off_topic(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, prefer=lang).answers == {}


# Found trying `msme-advisor chat` (an English user) after the round: a text clearly in
# another language that reads nothing there is no reading, whatever the user's own cues make
# of its words; a business text in that language is still read in it.
OTHER_LANGUAGE = [
    ('en', "Devinette : qu'est-ce qui monte avec le dollar et ne redescend jamais ? Le prix "
           "du taxi.", {}),
    ('en', 'ayúdenme con la tarea de mi hija: qué es el marketing y para qué sirve, es para '
           'mañana', {}),
    # a short text with few small words of its language is still read in the user's
    pytest.param('en', 'necesito ayuda con mi tarea: explique las 4 P del marketing', {},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "too few Spanish small words to say the text is clearly Spanish, so the "
                     "English cues read 'marketing' as a service"))),
    ('en', "Je suis coiffeuse à Kindia, les ventes de mon salon ont baissé de 30 %.",
     {'sector': 'services', 'revenue_change': 'down_some'}),
]


@pytest.mark.parametrize(("prefer", "text", "expected"), OTHER_LANGUAGE)
def test_round34_read_in_the_text_s_language(describer: Describer, prefer: str, text: str,
                                             expected: dict[str, str]) -> None:
    answers = describer.read(text, prefer=prefer).answers
    assert {q: answers.get(q) for q in expected} == expected and (expected or answers == {})
