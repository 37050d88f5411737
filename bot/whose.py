"""Whose a cue is: ours, or someone else's (a supplier, a neighbour, the school, "they").

The reader (bot/describe.py) asks these of each cue hit in a clause: a word for us as its
subject makes it ours; a word for others before it, a business named with a neighbour or a
relative, a place closed that is not ours, make it someone else's; a business the writer
named as theirs earlier ("I run a small school") stays theirs when named again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace

from bot.clauses import Clause, Hit, about_others, exactly, has_phrase, phrases_at
from bot.cues import Cues
from bot.judging import PART_REACH
from bot.numbers import digits
from bot.sales import MARK_AFTER_REACH

#: How many words before a cue a phrase may make it about someone else ("deliver to X and Y").
OTHERS_REACH = 4
#: The question of how long money lasts, always the writer's unless said of someone else.
CASH = "cash_runway"
#: How many words before a closure "their shop" may stand ("their shop has closed").
THEIR_PLACE_REACH = 4
#: How many words after a business noun the words making it someone else's may end.
BESIDE_REACH = 5
#: Endings of a plural ("schools", "bureaux", "peluquerías"): a closure of all of a kind.
PLURALS = ("s", "es", "x")


def we_are(words: Sequence[str], first: int, cues: Cues) -> bool:
    """Whether a word for us is the subject right before a cue: the cue is ours.

    "*We are* closed because of the border", "*nous sommes* fermés à cause de la frontière":
    whatever cue of another question shares its words, the closure is read.
    """
    for word in reversed(words[:first]):
        if word in cues.ours:
            return True
        if word not in cues.stop_words:
            return False
    return False


def someone_elses(hit: Hit, words: Sequence[str], first: int, last: int, cues: Cues,
                   previous: Sequence[str], named: frozenset[str] = frozenset()) -> bool:
    """Whether a cue at first..last of a clause speaks of someone else, not the business."""
    question = hit.cue.question
    if question in cues.own and _ours_again(words, first, last, cues, named):
        return False  # "I run a small school ... the school is closed since March"
    # "el gobierno limitó el horario del mercado": a cue that opens with someone else names
    # who acted in its own words, and was written about us; no subject is looked for.
    names_its_actor = any(exactly(other, hit.cue.words[0]) for other in cues.others)
    # Money left said at the start of a clause is the writer's: "rent and the supplier both
    # overdue, no money left" speaks of us ("..., he has no money left" goes on with him).
    before = () if question == CASH and all(
        w in cues.negations for w in words[:first]) else previous
    if question in cues.about_us and not names_its_actor \
            and about_others(words, first, last, cues, before):
        return True
    # Inside the cue only an act on staff is theirs ("let half *their* staff go"); "my
    # mechanics keep *their* hours" is the staff's own.
    inside = hit.cue.option == "laid_off"
    if question in cues.about_us and _theirs_after(words, first, last, cues, inside):
        return True  # "the shop next to mine fired all his 5 boys": his staff
    if question in cues.own and _named_beside(words, first, cues):
        return True  # "the restaurant on the corner closed", "la tienda de mi primo cerró"
    if question in cues.own and _their_place(words, first, cues):
        return True  # "they said their shop closed", "leur boutique a fermé": the buyer's
    if has_phrase(cues.others_before.get(question, ()),
                  words[max(0, first - OTHERS_REACH) : first]):
        return True  # "we deliver to kiosks": the kiosks are customers
    if not hit.negated and has_phrase(cues.proposed.get(question, ()),
                                      words[max(0, first - OTHERS_REACH) : first]):
        return True  # "my manager says we should cut 3 people": proposed, not done
    # "they shut the bridge": a road or a school, not the business
    return question in cues.own and (_closes_a_place(words, first, cues)
                                     or _closes_a_place(words, last, cues)
                                     or (hit.cue.option == "closed"
                                         and _numbered_place(words, first, cues)))


def written_for_someone(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether a text says it is written for the one who runs the business.

    "Writing for my aunty, she runs a food store", "escribo por mi papá", "j'écris pour ma
    mère": a relative, a member of a chamber, told of in the third person; not the writer
    ("typing this for me") nor what they write for (`behalf_not`: "écris pour demander").
    """
    for clause in clauses:
        words = clause.words
        for at, phrase in phrases_at(cues.behalf, words):
            after = words[at + len(phrase) : at + len(phrase) + 1]
            if not any(w in cues.behalf_not or (w in cues.self_words and w not in cues.possessives)
                       for w in after):
                return True  # not "my son is typing this for me", "je vous écris pour demander"
    return False


def for_someone(cues: Cues) -> Cues:
    """The cues of a text written for someone: their words ("she", "my uncle") are ours.

    What "she" did ("now she sells from home"), "her" stall, "mon oncle" and what "mi papá
    tiene" are the business's own, no longer someone else's.
    """
    us = cues.behalf_us
    # "escribo por mi papá que tiene una lavandería": no longer the father's other business
    before = {q: tuple(p for p in phrases if us.isdisjoint(p))
              for q, phrases in cues.others_before.items()}
    variant = replace(cues, self_words=cues.self_words | us, ours=cues.ours | us,
                      theirs=cues.theirs - us,
                      others=tuple(o for o in cues.others if o not in us), others_before=before)
    # What the cue lists make once (the filled cues, their words and kinds) does not depend on
    # whose words are whose: shared with the variant rather than made a second time. The words
    # for who the writer is leave out the writer's own words, which the variant widens ("my
    # young sister" is someone else when written for "my mum"): those it makes again.
    made = {f.name for f in fields(cues)} | {"person_words", "gender_words"}
    variant.__dict__.update({k: v for k, v in vars(cues).items() if k not in made})
    return variant


def named_ours(clauses: Sequence[Clause], cues: Cues) -> frozenset[str]:
    """The words the writer names their own business with when it could be anyone's.

    "I run a small *school*", "tengo una *academia*", "j'ai une petite *école*": a word of
    `others` that is also a business noun, a few words after a word for the writer or for
    us, with no place preposition, person or other business between ("I send my son to the
    school" names no school of ours). Named again later ("the school is closed"), it is ours.
    """
    found: set[str] = set()
    for clause in clauses:
        words = clause.words
        for at, word in enumerate(words):
            if not (any(exactly(other, word) for other in cues.others)
                    and any(exactly(noun, word) for noun in cues.business_nouns)):
                continue
            for back in range(at - 1, max(-1, at - 1 - _OWNER_REACH), -1):
                between = words[back]
                if between in cues.self_words or between in cues.ours:
                    found.add(word)
                    break
                if (between in cues.place_prepositions or between in cues.people
                        or between in cues.relatives or any(
                            exactly(noun, between)
                            for noun in (*cues.others, *cues.business_nouns))):
                    break
    return frozenset(found)


#: How many words before a business noun a word for the writer makes it theirs.
_OWNER_REACH = 4


def _ours_again(words: Sequence[str], first: int, last: int, cues: Cues,
                named: frozenset[str]) -> bool:
    """Whether the business named right at a cue is the one the writer said is theirs.

    The nearest word of `others` before the cue (or the first right after it) is one of
    `named`, and no word for someone else's follows it ("the school next door").
    """
    if not named:
        return False
    for at in [*range(first - 1, -1, -1), *range(last + 1, min(len(words), last + 4))]:
        if any(exactly(other, words[at]) for other in cues.others):
            return words[at] in named and not has_phrase(
                cues.beside, words[at + 1 : at + 1 + BESIDE_REACH])
    return False


def _named_beside(words: Sequence[str], first: int, cues: Cues) -> bool:
    """Whether a business named before a cue is someone else's by the words after it.

    "the bakery *next door*", "le gîte *de mon cousin*", "el restaurante *de la esquina*":
    a business noun, not after a word for us, that words of `beside` follow right away.
    """
    for at in range(first):
        if not any(exactly(noun, words[at]) for noun in cues.business_nouns):
            continue
        if any(w in cues.ours for w in words[max(0, at - 2) : at]):
            continue  # "my shop next door to the bank" is ours
        if has_phrase(cues.beside, words[at + 1 : min(first, at + 1 + BESIDE_REACH)]):
            return True
    return False


def whole_kind(words: Sequence[str], first: int, last: int, cues: Cues) -> str | None:
    """The business noun said in the plural beside a closure ("closed all *schools*").

    Up to PART_REACH + 1 words after the cue ("cerró todas las *peluquerías*") or before it
    ("all *restaurants* closed"), none of them ours ("closed our bars" is ours anyway); the
    plural names every business of that kind, not one of them.
    """
    beside = [*words[last + 1 : last + 2 + PART_REACH],
              *reversed(words[max(0, first - 1 - PART_REACH) : first])]
    for word in beside:
        if word in cues.ours:
            return None
        for end in PLURALS:
            if word.endswith(end) and len(word) > len(end) + 2 and any(
                    exactly(noun, word[: -len(end)]) for noun in cues.business_nouns):
                return word
    return None


def _their_place(words: Sequence[str], first: int, cues: Cues) -> bool:
    """Whether a third person's possessive and a business noun stand right before a cue."""
    return any(words[i] in cues.theirs
               and any(exactly(noun, words[i + 1]) for noun in cues.business_nouns)
               for i in range(max(0, first - THEIR_PLACE_REACH), first - 1))


def _theirs_after(words: Sequence[str], first: int, last: int, cues: Cues,
                  inside: bool) -> bool:
    """Whether what a cue acts on, in or right after it, is someone else's ("fired *his* boys").

    "licencié tous *ses* employés", "despidió a *sus* chicos": a third person's possessive in
    the few words after the cue; not when we are its subject ("my shop fired its cooks"). A
    word for us after a preposition is a place, not the subject ("the shop next to mine");
    and someone else must be named before the cue ("despedí a sus sobrinos" is the writer's).
    """
    def someone(at: int) -> bool:
        return any(exactly(noun, words[at]) for noun in (*cues.others, *cues.business_nouns))

    if not any(someone(i) for i in range(first)):
        return False
    if any(w in cues.ours and (i == 0 or words[i - 1] not in cues.place_prepositions)
           and not (i + 1 < len(words) and someone(i + 1))  # "my neighbour" is not us
           for i, w in enumerate(words[: last + 1])):
        return False
    # "let half *their* staff go", "a mis *ses* gars à pied": inside the cue, or right after
    start = first + 1 if inside else last + 1
    return any(w in cues.theirs for w in words[start : last + 1 + MARK_AFTER_REACH])


def _closes_a_place(words: Sequence[str], last: int, cues: Cues) -> bool:
    """Whether what a cue closes, right after it, is a place ("closed *the road*").

    Only the first word after the cue that is not a stop word counts, and not one of ours
    ("closed our office" is our closure); "closed because the road..." is ours too.
    """
    for word in words[last + 1 : last + 4]:
        if word in cues.ours:
            return False
        if word not in cues.stop_words:
            return any(exactly(place, word) for place in cues.places)
    return False


def _numbered_place(words: Sequence[str], first: int, cues: Cues) -> bool:
    """Whether what a closure cue closes, right before it, is a road named by its number.

    "la 132 fermée une semaine", "the N2 was closed", "la ruta 5 cerrada": a number in digits
    after an article, a road's letters ("RN 7") or a word for a place is a road, not us.
    """
    at = first - 1
    while at >= 0 and words[at] in cues.stop_words and digits(words[at]) is None:
        at -= 1  # "the N2 *was* closed", "la 132 *est* fermée"
    if at < 1 or digits(words[at]) is None:
        return False
    named = words[at - 1]
    return (named in cues.stop_words or (named.isalpha() and len(named) <= 2)
            or any(exactly(place, named) for place in cues.places))


def of_writer(clause: Clause, cues: Cues) -> bool:
    """Whether a clause speaks of the writer themself: "im 22 btw", "yo tengo 15".

    A word for the writer (not a possessive: "my mum is 61" speaks of the mother) and no word
    for the one written for (`behalf_us`: "she", "mum"); `cues` are the language's own, before
    `for_someone` made those words ours.
    """
    words = clause.words
    return (any(w in cues.self_words and w not in cues.possessives for w in words)
            and not any(w in cues.behalf_us for w in words))
