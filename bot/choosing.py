"""Choosing one answer per question from what a text says, and telling an off-topic text.

The reader (bot/describe.py) gathers everything said for each question, then asks this
module for one option per question: a current question listens to "now" over unmarked
clauses, plain statements beat generic ones and negations, figures that agree outweigh
words, and a `careful` question (cash and trading) told two different things stays unknown
unless one of them causes the others; of two answers that go together ("closed" and sales
"stopped"), one read beside another answer to the other question is left unknown. A
reading that says nothing of the writer's business ("how do I reset my facebook password")
is off-topic and reads nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import pairwise

from bot.clauses import (
    Clause,
    Hit,
    Said,
    about_others,
    exactly,
    has_cue,
    has_phrase,
    phrases_at,
)
from bot.cues import Cues
from bot.judging import kept_positions
from bot.sales import AMOUNT

#: A reading with fewer answers than this, no sector and no word about a business is read as
#: off-topic ("how do I reset my facebook password").
MIN_OFF_TOPIC_ANSWERS = 2
#: Up to how many words a clause right after a job sought may be an item of its list
#: ("looking for any job: sales girl, cashier, data entry"); "je cherche du travail, les
#: commandes ont baissé" goes on to the business.
LISTED = 2
#: Questions about the world around the business: a text that answers only these ("the price
#: of rice went up 30 %") says nothing about a business.
ABOUT_THE_WORLD = frozenset({"crisis_type"})
#: Answers read from what the writer says of themself (age, sex), in any text.
ABOUT_THE_WRITER = frozenset({"led_by"})
#: How many work: with nothing but who the writer is, "toute seule" says no more than "alone".
HOW_MANY = frozenset({"size"})
#: How the writer pays or is paid: in a complaint about a bank, said as its customer.
HOW_PAID = frozenset({"payments"})


def choose(said: Iterable[Said], cues: Cues) -> dict[str, str]:
    """One option per question from what the text says about it.

    A current question ("is it trading?") listens to "now" clauses over unmarked ones and
    never to past or future ones. Plain statements beat generic ones, which beat negations.
    A `highest` question takes the highest option said; figures that agree outweigh words; a
    `careful` question told two different things (or one and a `doubt`, "the curfew", that
    could mean another) stays unknown, unless one outranks the others (`causes`,
    `outranks`), or it is also a `worst` one told no doubt ("the bank
    paid on time, the supplier waiting 3 months": overdue); any other takes its longest cue
    (the first on a tie).
    """
    by_question: dict[str, list[Said]] = {}
    for item in said:
        by_question.setdefault(item.question, []).append(item)
    answers: dict[str, str] = {}
    for qid, items in by_question.items():
        if qid in cues.not_future:
            items = [s for s in items if s.time != "future"]  # "if I raise my prices"
        if qid in cues.current:
            items = [s for s in items if s.time not in ("past", "future")]
            if any(s.time == "now" and not s.negated for s in items):
                items = [s for s in items if s.time == "now"]
        # A generic cue said as the main trouble stands beside the others, so that `main`
        # may choose it.
        plain = [s for s in items if not s.negated and s.specific]
        plain = plain or [s for s in items if not s.negated]
        if not plain:
            negated = [cues.negated.get(qid, {}).get(s.option) for s in items]
            option = next((o for o in negated if o is not None), None)
            if option is not None:
                answers[qid] = option
            continue
        figures = {s.option for s in plain if s.weight == AMOUNT}
        if len(figures) == 1:
            plain = [s for s in plain if s.weight == AMOUNT]  # "5000 a day instead of 25000"
        options = {s.option for s in plain}
        mains = {s.option for s in plain if s.main and s.option}
        if qid in cues.careful and len(options) > 1 and len(mains) == 1:
            # "floods, but the biggest problem is the rupee": the rupee, whatever caused it
            options = mains
            plain = [s for s in plain if s.option in mains]
        if qid in cues.careful and len(options) > 1 and qid in cues.causes:
            options = _root_cause(options - {""}, cues.causes[qid])
            plain = [s for s in plain if s.option in options]
        if qid in cues.careful and len(options) > 1 and qid in cues.outranks \
                and "" not in options:
            options = _root_cause(options, cues.outranks[qid])
            plain = [s for s in plain if s.option in options]
        if qid in cues.careful and len(options) > 1 and (qid not in cues.worst or "" in options):
            continue  # told two things, or one and a doubt: asked, never guessed
        plain = [s for s in plain if s.option]  # a doubt ("power cuts") answers nothing
        if not plain:
            continue
        if qid in cues.highest:
            answers[qid] = max(options - {""}, key=cues.highest[qid].index)
        elif qid in cues.worst:  # "kept all 8 staff but on half shifts": fewer hours
            answers[qid] = min(options - {""}, key=cues.worst[qid].index)
        else:
            answers[qid] = max(plain, key=lambda s: s.weight).option
    return answers


def together(answers: dict[str, str], cues: Cues) -> dict[str, str]:
    """`answers` without one of a pair that goes together read beside another answer.

    "Closed" comes with sales stopped and the other way round; read with "sales down about
    20 %" (or "stopped" with "open mornings"), the one of the pair is what was misread (a
    closure of someone else, of one day, of the past), so it is left to be asked.
    """
    kept = dict(answers)
    for (q1, o1), (q2, o2) in cues.go_together:
        if answers.get(q1) == o1 and q2 in answers and answers[q2] != o2:
            kept.pop(q1, None)  # None: two pairs may name the same answer
        elif answers.get(q2) == o2 and q1 in answers and answers[q1] != o1:
            kept.pop(q2, None)
    return kept


def _root_cause(options: set[str], tiers: tuple[tuple[str, ...], ...]) -> set[str]:
    """Of several options said, the one that causes the others, if one does.

    "the border closed and prices doubled" is a blockade; "the war cut the road" a conflict;
    two of one tier ("the floods and the cholera") leave both, so the question is asked.
    """
    if any(all(o not in tier for tier in tiers) for o in options):
        return options  # an option no tier orders ("other") leaves it asked
    for tier in tiers:
        if said := options.intersection(tier):
            return said
    return options


def off_topic(answers: Mapping[str, str], strong: set[str], clauses: list[Clause],
               cues: Cues, specific_sector: bool = False, sector_asked: bool = False,
               hits: Sequence[Hit] = (), told_of: bool = False) -> bool:
    """Whether a reading is not about the writer's business ("reset my facebook password").

    A text that names a business (a specific sector cue: "bakery", not the generic "market")
    is about one. Otherwise it must say something specific (an answer not read from a generic
    cue: "comment ça marche ? il faut payer ?" reads nothing); a text with words of another
    domain (`elsewhere`: a match, homework, a recipe) and no word about a business ("sales",
    "staff", "boutique") reads nothing; and a thin reading (one answer from a single word,
    "facebook") needs a word about a business or about us. `strong` are the questions a
    plain, specific cue of a sector or of several words answered ("me and my daughter");
    `told_of`: who leads was read from someone told of in the third person ("mi mamá dice").
    """
    words = [w for c in clauses for w in c.words]
    trades = {h.clause for h in hits if h.cue.question == "sector" and not h.negated}
    if _a_riddle(words, cues):
        return True  # "why did the bajaj driver bring a ladder? because prices went up"
    if _only_private(clauses, cues, trades):
        return True  # "my wage at the resort is cut ... school fees due": a job, a household
    if _no_business(clauses, cues):
        return True  # "We do not have a business, it is just for his homework"
    # People in general ("pour 10 personnes", "la gente") are no word of a business.
    people = _people(words, cues)
    topical = [w for w in words if any(exactly(t, w) for t in cues.topic)]
    business = people or bool(topical)
    # Every word of a business is one a household uses too ("loyer", "plata", "cash").
    household_only = all(any(exactly(h, w) for h in cues.household_topic) for w in topical)
    # "I am a tailor, I need a job", "cuentame un chiste de contadores", "Do you store my
    # phone number?": a text that seeks a job, a joke, a recipe or speaks of the bot is about
    # a business only if a word of one stands outside those phrases ("les commandes ont
    # baissé"); a trade named there is the writer's, not a business of theirs.
    rest = [w for c in clauses for w in _outside(c.words, cues.aside)]
    if len(rest) < len(words) and not any(exactly(t, w) for t in cues.topic for w in rest):
        return True
    # Phrases of homework or of a job search (`aside`) stand in the text, and no word of the
    # writer's own stands outside them.
    only_aside = len(rest) < len(words) and not any(w in cues.ours for w in rest)
    elsewhere = any(exactly(e, w) for e in cues.elsewhere for w in words)
    if elsewhere and only_aside and set(answers) <= ABOUT_THE_WORLD | {"sector"}:
        # "una pregunta para el deber del colegio: q es una crisis economica": homework, a
        # joke or a recipe, no word of the writer's own outside its phrases, and nothing read
        # but a trade and a crisis ("my bank app is down ... sales down 50%" is a business)
        return True
    if len(rest) < len(words) and set(answers) <= HOW_PAID and not _a_business_beside(
            rest, cues):
        # "Zanaco charged me again on my salary account ... moving to Airtel Money": a
        # customer's complaint about a bank that names how they pay, nothing of ours outside it
        return True
    if specific_sector:
        # "how do i stop my jollof rice from burning? my aunty says foil": a question that
        # names a dish, with no word of a business, of people or of us, asks about cooking.
        # "necesito ayuda con mi tarea: explique las 4 P del marketing": a trade named in
        # homework, a match or a recipe, with nothing of a business, is the subject's.
        # "pls help my homework: a trader buys 50 bags ... what is the profit?": words of
        # a business in homework, with no word of the writer's own outside its phrases
        # (`aside`: "help my homework"), are the exercise's, not the writer's business.
        return set(answers) == {"sector"} and (
            (not business and ((sector_asked and not any(w in cues.us_words for w in words))
                               or elsewhere))
            or (elsewhere and only_aside))
    if not any(not _only_generic(q, strong) for q in answers):
        return True  # "comment ça marche ? il faut payer ?"
    if (answers.keys() <= ABOUT_THE_WRITER | HOW_MANY and not (trades or people)
            and topical and household_only):
        # "il est parti ... je paie le loyer toute seule", "mi mamá está en el hospital ...
        # manda plata ... estoy desesperada": who the writer is (a woman, alone), no trade, no
        # one who works, and a household's money its only words of a business: a family's
        # news ("me and my daughter", "I am 22 years old and I sharpen knives" hold none)
        return True
    # "the price of rice went up 30 %, is that normal?", "train is late because of the strike,
    # we will reach Pune by 9": a crisis; "Mi mamá dice que mañana llueve, tengo que lavar la
    # ropa de los chicos": who leads read from someone told of. With no word of a business,
    # no trade, no word of ours where the crisis is said nor anything the writer calls
    # theirs, neither is about a business.
    of_the_world = answers.keys() <= ABOUT_THE_WORLD or (
        told_of and answers.keys() <= ABOUT_THE_WORLD | ABOUT_THE_WRITER)
    if of_the_world and not (people or trades or _own_topic(clauses, cues)
                             or _a_crisis_of_ours(words, clauses, hits, cues)):
        return True
    if set(answers) <= ABOUT_THE_WORLD and elsewhere and (
            only_aside or not any(w in cues.us_words for w in words)):
        # "homework: explain why inflation hurts small businesses, for my class", "devoir
        # de géo : les causes de la crise de 2008": no "we" of a business beside it
        return True
    if not business and elsewhere:
        return True  # about a match, homework, a recipe: nothing of a business in it
    if elsewhere and not trades and not people and household_only:
        # "Rapport du trésorier ... cotisations reçues ... relancer par Wave": a club's, a
        # family's or a savings group's money, no trade and no word of a business beside it
        return True
    if business or strong or len(answers) >= MIN_OFF_TOPIC_ANSWERS:
        return False
    return not any(w in cues.us_words for w in words)


def _a_business_beside(rest: Sequence[str], cues: Cues) -> bool:
    """Whether words outside aside phrases speak of a business, a payment's name aside.

    "Airtel Money" names how one pays: its "money" is no word of a business.
    """
    paying = {w for (_, question, _), said in cues.words_by_answer.items()
              if question in HOW_PAID for w in said}
    return any(w in cues.us_words or w in cues.people
               or (w not in paying and any(exactly(t, w) for t in cues.topic)) for w in rest)


def _a_riddle(words: Sequence[str], cues: Cues) -> bool:
    """Whether a text is a riddle and says nothing of ours.

    It opens with one and answers it, or says it is one ("Devinette : qu'est-ce qui monte
    avec le dollar ?").
    """
    opens = any(tuple(words[: len(r)]) == r for r in cues.riddles)
    labelled = bool(words) and words[0] in cues.riddle_labels
    return (labelled or (opens and has_phrase(cues.answered, words))) and not any(
        w in cues.ours for w in words)


def _a_crisis_of_ours(words: Sequence[str], clauses: Sequence[Clause], hits: Sequence[Hit],
                      cues: Cues) -> bool:
    """Whether a crisis is said of the writer's things.

    A word of ours where it is said ("la roya *nos* quemó media plantación"), or a thing the
    writer calls theirs ("*mon* ciment reste à Abidjan", "the storm blew off *our* roof"; not
    a person: "ma tante est bloquée là-bas").
    """
    def a_person(word: str) -> bool:
        return word in cues.behalf_us or word in cues.people or word in cues.crowd

    return any(w in cues.ours and w in cues.possessives and not a_person(following)
               for w, following in pairwise(words)) or any(
        w in cues.ours and not (w in cues.possessives and a_person(following))
        for h in hits if h.cue.question in ABOUT_THE_WORLD and not h.negated
        for w, following in pairwise([*clauses[h.clause].words, ""]))


def _people(words: Sequence[str], cues: Cues) -> bool:
    """Whether a word for people who work stands in the words (not people in general)."""
    return any(w in cues.people and w not in cues.crowd for w in words)


def _own_topic(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a word of a business stands where it is not someone else's.

    "l'école est fermée" speaks of the school (`about_others`), "les ventes ont baissé" of
    ours, and "la gente no tiene plata" of people in general, the business's customers.
    """
    for n, clause in enumerate(clauses):
        previous = clauses[n - 1].words if n and clauses[n - 1].sentence == clause.sentence \
            else []
        crowd = any(w in cues.crowd for w in clause.words)
        if any(any(exactly(t, w) for t in cues.topic)
               and (crowd or not about_others(clause.words, i, i, cues, previous))
               for i, w in enumerate(clause.words)):
            return True
    return False


def _no_business(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether the writer says they have no business, the phrase ending its clause.

    "We do not have a business, it is just for his homework", "je n'ai pas d'entreprise";
    not "I don't have a business account" or "no tengo negocio propio todavía, vendo en la
    feria" (a word after it that is not a small word).
    """
    for clause in clauses:
        words = list(clause.words)
        while words and words[-1] in cues.stop_words:
            words.pop()  # "we do not have a business here"
        if any(tuple(words[-len(phrase):]) == phrase for phrase in cues.no_business):
            return True
    return False


def _only_private(clauses: Sequence[Clause], cues: Cues, trades: Collection[int]) -> bool:
    """Whether a text speaks of the writer's job, wage or household and of no business.

    A clause with a `private` phrase ("my salary", "donde trabajaba", "le loyer de l'appart")
    is about that; a text with one whose other clauses hold no word of a business (`topic`)
    and name no trade ("I worked 6 years as a waiter in a restaurant that closed, now I am
    looking for any job") is the writer's life, not a business of theirs. A list in short
    clauses right after one, in its sentence, is its own ("looking for any job: sales girl,
    cashier").
    """
    private: set[int] = set()
    for i, clause in enumerate(clauses):
        if has_cue(cues.private, clause.words) or (
                i - 1 in private and clause.sentence == clauses[i - 1].sentence
                and len(clause.words) <= LISTED and not any(w in cues.ours
                                                            for w in clause.words)):
            private.add(i)
    return bool(private) and not any(
        i not in private and (i in trades or any(exactly(t, w) for t in cues.topic
                                                  for w in c.words))
        for i, c in enumerate(clauses))


def visited(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether every business a text names is a place the writer goes to, not theirs.

    "see you at the bakery at 5?", "on se retrouve au restaurant ce soir", "nos vemos en la
    cafetería": a trade right after a word of `at_place` (little words between, no "my") is
    where one meets, not a business.
    """
    named = [h for h in hits if h.cue.question == "sector" and not h.negated]
    return bool(named) and all(_at_place(clauses[h.clause].words, kept_positions(
        clauses[h.clause].words, cues)[h.positions[0]], cues) for h in named)


def _at_place(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word of `at_place` stands before `at` with only little words between."""
    for k in range(at - 1, -1, -1):
        if words[k] in cues.at_place:
            return True
        if words[k] not in cues.stop_words or words[k] in cues.ours:
            return False
    return False


def _outside(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> list[str]:
    """The words that no one of the phrases (as written) takes."""
    taken = {i + k for i, phrase in phrases_at(phrases, words) for k in range(len(phrase))}
    return [w for i, w in enumerate(words) if i not in taken]


def _only_generic(question: str, strong: set[str]) -> bool:
    """Whether an answer came only from a generic cue (the sector "market")."""
    return question == "sector" and question not in strong


def said_as_main(hit: Hit, hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a kind of crisis is said as the main trouble: "the biggest problem is the rupee".

    In its own clause, or in the clause right after one that names the main trouble and no
    answer to the same question ("honestly the feed is what is killing me, the price
    doubled"), or in the sentence before one that points back at it as the main trouble and
    names none of its own ("Air Vanuatu stopped flying. That is the big problem now").
    """
    if hit.cue.question not in ABOUT_THE_WORLD:
        return False
    if has_phrase(cues.main, clauses[hit.clause].words):
        return True
    before = hit.clause - 1
    if (before >= 0 and clauses[before].sentence == clauses[hit.clause].sentence
            and has_phrase(cues.main, clauses[before].words)
            and not any(h.clause == before and h.cue.question == hit.cue.question
                        for h in hits)):
        return True
    then = clauses[hit.clause].sentence + 1
    pointed = [n for n, c in enumerate(clauses) if c.sentence == then]
    return any(has_phrase(cues.main, clauses[n].words)
               and any(w in cues.pointing for w in clauses[n].words) for n in pointed) \
        and not any(h.clause in pointed and h.cue.question == hit.cue.question for h in hits)
