"""The writer's age and who leads the business, read from ages, decades and traits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.clauses import (
    Clause,
    Hit,
    number_word,
    phrases_at,
)
from bot.cues import (
    NUMBER_MARK,
    TRAIT,
    Cue,
    Cues,
)
from bot.judging import kept_positions
from bot.numbers import Quantity

#: The traits an age alone says.
AGE_TRAITS = frozenset({"young", "older"})

#: How plainly an age trait was said: a word ("young widow", "jeune"), a number a cue read
#: ("31 years", "# ans"), or the age the writer gives after their name or a word for
#: themself ("Rashida, 41", "tengo 26"). Of a young and an older both read, the plainer wins.
AGE_SAID = {"word": 1, "number": 2, "introduced": 3}

#: How many clauses into a text a name given after an introduction says who writes.
INTRODUCED_REACH = 2

#: Ages a number may be.
YOUNGEST, OLDEST = 15, 99

#: The longest word between a word for the writer and a bare age ("j'ai 26", "I'm 26").
BARE_AGE_VERB = 2

#: How many words before a word for people its number may stand ("10 profes").
COUNT_REACH = 2

#: The years a decade said as an age spans ("la vingtaine": 20 to 29).
DECADE = 10


#: How many more words make a cue of the writer's sex clearly beat the other one.
CLEARLY_LONGER = 2

#: How many words a name or a role at the start of a text may have ("boda rider, 23").
HEAD_WORDS = 3
#: The most words a name the writer gives may have ("Maria de los Angeles Cruz" is five).
NAME_WORDS = 5


def opening(clauses: Sequence[Clause], cues: Cues) -> Sequence[Clause]:
    """The clauses from where the writer starts to speak, past a greeting opening the text.

    "Good morning. Miss Pearl here, 52", "Hola, soy la Javiera, tengo 27": the name and the
    age come after a first clause made only of greeting words (`greetings`) and small words.
    """
    if len(clauses) > 1 and clauses[0].words and all(
            w in cues.greetings or w in cues.stop_words for w in clauses[0].words):
        return clauses[1:]
    return clauses


def age_at_start(clauses: Sequence[Clause], cues: Cues) -> str | None:
    """The trait of an age said right after the writer's name or role at the start.

    "Rashida, 41, small garment unit", "boda rider, 23 yrs", "Rosa, 25, tengo una tienda":
    a first clause of a few words without a number, then one that is only a number (and a
    word for years); its trait is the `#` age trait (young, older) whose bounds hold it.
    """
    if (value := _age_after_head(clauses, cues)) is not None:
        return age_trait(value, cues)
    # "My name is Brian Otieno, 29", "Hajiya Binta here, 50 years": an age said alone right
    # after the name the writer gives is the writer's.
    for before, clause in pairwise(clauses):
        if (age := _introduced_age(before, clause, cues)) is not None:
            return age_trait(age.first, cues)
    if (named := _name_and_age(clauses, cues)) is not None:
        return age_trait(named[1], cues)  # "im Diego 27", "soy Andrés (30) y tengo"
    if (marked := _marked_age(clauses, cues)) is not None:
        return age_trait(marked[1], cues)  # "hiya, 27f, run a wee coffee hatch"
    # "I'm a pharmacist, woman, 31", "coiffeuse, femme, 28 ans": anywhere, an age said alone
    # right after a clause that is only a word for the writer's sex is the writer's.
    for before, clause in pairwise(clauses):
        # The age alone first: the person words are gathered from the cues only then.
        if before.sentence == clause.sentence and before.words \
                and (value := _only_age(clause, cues)) is not None \
                and all(w in cues.person_words or w in cues.stop_words for w in before.words):
            return age_trait(value, cues)
    return None


def named_at_start(clauses: Sequence[Clause], cues: Cues) -> str | None:
    """The writer's sex from the first name or title they give right before their age.

    "Winston, 52, taxi and island tours", "myself Thomas, 58 yrs": the head of a few words
    that `age_at_start` takes for the writer's holds a name of one sex (`names`); so does the
    introduction right before an age ("Hi! I'm Marisol, 33, I run tours", "soy Yokasta, 31").
    """
    if _age_after_head(clauses, cues) is not None:
        # "Tengo ganado en Concepción, 58 años": a name after "en", "in", "à" is a place's
        head = clauses[0].words
        named = head[: next((k for k, w in enumerate(head) if w in cues.at_place), len(head))]
        role = {sex for sex, words in cues.roles.items() if named and named[0] in words}
        if len(role) == 1:
            return role.pop()  # "Éleveur de poulets à Parakou, 48 ans": his trade, then age
    else:
        named = next((before.words for before, clause in pairwise(clauses)
                      if _introduced_age(before, clause, cues) is not None), [])
    if (marked := _marked_age(clauses, cues)) is not None:
        return marked[0]  # "27f", "19 (m)": the sex said with the age
    if not named and (given := _name_and_age(clauses, cues)) is not None:
        named = [given[0]]
    if not named and _signed_at_start(clauses, cues):
        named = clauses[0].words
    if not named:
        # "Buenas. Les escribe Rigoberto, tengo una funeraria": a name right after an
        # introduction that opens the text, the age said elsewhere or not at all
        # ("je suis mariée" is no Marie: an introduction that may go before an adjective is
        # left out)
        naming = tuple(p for p in cues.introductions if p not in cues.gendered_after)
        named = [w for clause in clauses[:INTRODUCED_REACH]
                 for at, phrase in phrases_at(naming, clause.words)
                 for w in clause.words[at + len(phrase) : at + len(phrase) + 1]]
    said = {sex for sex, names in cues.names.items() if any(w in names for w in named)}
    return said.pop() if len(said) == 1 else None


def _signed_at_start(clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether the text opens with the writer's name alone, before what follows in the sentence.

    "Denis, garage de mécanique à New Richmond", "Awa, salon de coiffure à Oyem": a first
    clause of a few words, every one a first name or a title, or a title then any names
    ("Mrs Mutinta Hamoonga,"); "Hi Rose," is a greeting and
    "Madame, Monsieur," an address.
    """
    titles = cues.leader.titles if cues.leader is not None else frozenset()
    if len(clauses) > 1 and clauses[0].sentence == clauses[1].sentence \
            and 1 < len(clauses[0].words) <= NAME_WORDS and clauses[0].words[0] in titles \
            and clauses[0].words[0] not in cues.addresses:
        return True  # "Mrs Mutinta Hamoonga, I own a guest house": a title, then names
    words = _head_words(clauses, cues)
    return words is not None and all(
        w not in cues.addresses and _a_name(w, cues)
        for w in words)


def _a_name(word: str, cues: Cues) -> bool:
    """Whether a word is a first name or title of either sex (`names`)."""
    return any(word in names for names in cues.names.values())


def _head_words(clauses: Sequence[Clause], cues: Cues) -> list[str] | None:
    """The words but stop words of the clause opening the text, when a head of a few.

    At most HEAD_WORDS, and the sentence goes on after it: "Rashida, 41, ...", "Éleveur de
    poulets à Parakou, 48 ans".
    """
    if len(clauses) < 2 or clauses[0].sentence != clauses[1].sentence:
        return None
    words = [w for w in clauses[0].words if w not in cues.stop_words]
    return words if 1 <= len(words) <= HEAD_WORDS else None


def _age_after_head(clauses: Sequence[Clause], cues: Cues) -> float | None:
    """The age said alone right after a first clause of a few words without a number.

    "Rashida, 41, ...", "boda rider, 23 yrs": the head is the writer's name or role.
    """
    if _head_words(clauses, cues) is None or clauses[0].quantities:
        return None
    return _only_age(clauses[1], cues)


def _introduced_age(before: Clause, clause: Clause, cues: Cues) -> Quantity | None:
    """The age that opens a clause right after the writer gives a name, if one does.

    "My name is Brian Otieno, 29", "I'm Aline, 31 and I run a salon", "Binta here, aged 50":
    a whole number (a word for years after it, or "and", or nothing) after the links.
    """
    if before.sentence != clause.sentence or before.quantities \
            or not _introduces(before.words, cues):
        return None
    words = _after_links(clause.words, cues)
    start = len(clause.words) - len(words)
    first = next((q for q in clause.quantities if q.start == start), None)
    if first is None or first.share or first.percent or first.first != first.second:
        return None
    after = clause.words[first.end : first.end + 1]
    if after and not (cues.units.get(after[0]) == "years" or after[0] in cues.joins):
        return None
    if after and after[0] not in cues.joins and any(
            w not in cues.stop_words and w not in cues.of_age
            for w in clause.words[first.end + 1 :]):
        return None  # "I am tired, 30 years in this trade": a time, not an age
    return first


def _name_and_age(clauses: Sequence[Clause], cues: Cues) -> tuple[str, float] | None:
    """A first name the writer gives right after an introduction, and the age said with it.

    "im Diego 27, grow veg": the age ends the clause right after the name, or only where
    from follows it ("im Amina 29 from Kano"); "soy Andrés (30) y tengo", "im Ciaran (24), me
    n my mate": the age stood in brackets, which the clauses put before the one it was said
    in. Only a name of `names` counts.
    """
    for k, clause in enumerate(clauses):
        words = clause.words
        for at, phrase in phrases_at(cues.introductions, words):
            end = at + len(phrase)
            if end >= len(words) or not _a_name(words[end], cues):
                continue
            value = number_word(words[end + 1], cues.grammar.values) \
                if end + 1 < len(words) else None
            after = end + 2
            if after < len(words) and cues.units.get(words[after]) == "years":
                after += 1
            if value is not None and YOUNGEST <= value <= OLDEST and (
                    after == len(words) or words[after] in cues.at_place
                    or words[after] in cues.place_prepositions):
                return words[end], value
            if k and clauses[k - 1].sentence == clause.sentence \
                    and (value := _only_age(clauses[k - 1], cues)) is not None:
                return words[end], value
    return None


def _marked_age(clauses: Sequence[Clause], cues: Cues) -> tuple[str, float] | None:
    """An age written with a letter for the writer's sex, as online ("27f", "me (22f)", "19 m").

    A clause that ends on the age and one letter of `sex_marks`, perhaps after a greeting or
    a name ("hiya 27f", "moi c Aminata 27f").
    """
    introducing = {w for phrase in cues.introductions for w in phrase}

    def lead_in(words: Sequence[str]) -> bool:
        return all(w in cues.greetings or w in cues.self_words or w in introducing
                   or _a_name(w, cues) for w in words)

    for clause in clauses:
        words = clause.words
        # "hiya im 24f and i run a stall": the mark and the age, then "and" and the rest
        cut = next((k + 1 for k in range(2, len(words) - 1) if words[k] in cues.joins), None)
        if cut is not None and words[cut - 2] in cues.sex_marks \
                and cut - 1 <= NAME_WORDS + 2 and lead_in(words[: cut - 3]):
            words = words[: cut - 1]
        if not 2 <= len(words) <= NAME_WORDS + 2 or (sex := cues.sex_marks.get(words[-1])) is None:
            continue
        if not lead_in(words[:-2]):
            continue  # "la baguette est à 75 f": francs, not an age
        value = number_word(words[-2], cues.grammar.values)
        if value is not None and YOUNGEST <= value <= OLDEST and value == int(value):
            return sex, value
    # "me (F, 29)", "Me: F, 39", "(29, M)": the mark and the age in clauses of their own
    for before, clause in pairwise(clauses):
        if before.sentence != clause.sentence:
            continue
        for mark, age in ((before, clause), (clause, before)):
            if mark.words and (sex := cues.sex_marks.get(mark.words[-1])) is not None \
                    and lead_in(mark.words[:-1]) \
                    and (value := _only_age(age, cues)) is not None \
                    and YOUNGEST <= value <= OLDEST and value == int(value):
                return sex, value
    return None


def _introduces(words: Sequence[str], cues: Cues) -> bool:
    """Whether a clause is the writer giving a name: "my name is Brian Otieno", "Grace here".

    An introduction (`introductions`) and at most NAME_WORDS words after it, or a name of at
    most NAME_WORDS words then a word such as "here" (`introduced`) ending the clause.
    """
    for phrase in cues.introductions:
        found = next(phrases_at((phrase,), words), None)  # its first place
        if found is not None and 1 <= len(words) - found[0] - len(phrase) <= NAME_WORDS:
            return True
    return bool(words) and words[-1] in cues.introduced and 2 <= len(words) <= NAME_WORDS + 1


def _after_links(words: Sequence[str], cues: Cues) -> Sequence[str]:
    """The words after those that link a person to an age ("aged 54", "de 48 años")."""
    links = cues.leader.links if cues.leader is not None else frozenset()
    k = 0
    while k < len(words) - 1 and words[k] in links:
        k += 1
    return words[k:]


def _only_age(clause: Clause, cues: Cues) -> float | None:
    """The number of a clause that is only a number and perhaps a word for years ("31 ans")."""
    age = clause.words
    if not 1 <= len(age) <= 2:
        return None
    value = number_word(age[0], cues.grammar.values)
    if value is None or (len(age) == 2 and cues.units.get(age[1]) != "years"):
        return None
    return value


def headline_of_self(clauses: Sequence[Clause], cues: Cues) -> None:
    """Mark a text's first sentence as the writer's when it opens on a word for who they are.

    "Vigneron à côté de Château-Thierry. J'ai 59 ans", "Carpintero de 60 años, taller en
    Intibucá", "Bonjou, planteuse de bananes, 44 ans": a headline of no verb and no "I" names
    the writer, as "je suis vigneron" would; past a greeting only.
    """
    start = opening(clauses, cues)
    if not start or not start[0].words or start[0].self_said:
        return
    if start[0].words[0] not in cues.person_words:
        return
    for clause in start:
        if clause.sentence != start[0].sentence:
            break
        clause.self_said = True


def age_trait(value: float, cues: Cues) -> str | None:
    """The `#` age trait (young, older) whose bounds hold an age."""
    for cue in cues.of_kind.get(TRAIT, ()):
        if (NUMBER_MARK in cue.words and cue.low is not None
                and cue.high is not None and cue.low <= value <= cue.high
                and cue.option in AGE_TRAITS):
            return cue.option
    return None


def bare_age(clauses: Sequence[Clause], cues: Cues) -> str | None:
    """The trait of an age said bare after a word for the writer, ending its clause or "and".

    "tengo 26", "j'ai 26.", "soy hombre y tengo 50": no noun follows the number, so it counts
    no one ("tengo 3 empleados" does); a sentence with a word for people is about a team.
    """
    for clause in clauses:
        words = clause.words
        if not clause.quantities or clause.asked or clause.answer or clause.time == "past":
            continue
        # the amount ending the clause, or one right before "and" and more words ("tengo 26
        # y doy clases", "I'm 31 and my shop..."), not before another amount ("2 and 3")
        ends = [q for q in clause.quantities if q.end == len(words) or (
            words[q.end] in cues.joins and q.end + 1 < len(words)
            and number_word(words[q.end + 1], cues.grammar.values) is None)]
        if not ends:
            continue
        last = ends[-1]
        if last.share or last.percent or last.article \
                or last.first != last.second or last.first != int(last.first):
            continue
        start = last.start
        # "j'ai la vingtaine", "j'ai la quarantaine": a decade, an article before its word
        decade = (last.word and start > 0 and words[start - 1] in cues.stop_words
                  and words[start - 1] not in cues.self_words)
        before = words[max(0, start - 2 - decade) : start - decade]
        # before "and", a word for the writer of one letter must follow another ("i m 31
        # and"): "la guerre du M23 et la frontière" is no age
        joined = last.end != len(words)
        if not before or not ((before[-1] in cues.self_words
                               and not (joined and len(before[-1]) == 1)) or (
                len(before) == 2 and before[0] in cues.self_words
                and len(before[1]) <= BARE_AGE_VERB)):
            continue  # "tengo 26", "j ai 26", "i m 26"; not "we are 26"
        sentence = [w for c in clauses if c.sentence == clause.sentence for w in c.words]
        if any((w in cues.people or cues.units.get(w) == "people")
               and not _counted(sentence, k, cues) for k, w in enumerate(sentence)):
            continue  # "empleados, tengo 20": a team; not "7 personas, yo tengo 29"
        trait = age_trait(last.first, cues)
        if decade and age_trait(last.first + DECADE - 1, cues) != trait:
            continue  # "j'ai la trentaine": 30 to 39, young or not
        return trait
    return None


def _counted(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether the word for people at `at` has its number right before it ("10 profes")."""
    return any(number_word(w, cues.grammar.values) is not None
               for w in words[max(0, at - COUNT_REACH) : at])


def age_of_writer(hit: Hit, clauses: Sequence[Clause], cues: Cues) -> bool:
    """Whether an age word without a number ("young", "jeune", "joven") is the writer's.

    It is beside a word for a woman or a man ("young guy", "jeune femme"), or in a clause
    where the writer speaks of themself ("I am young", "soy joven") or the one that opens the
    text ("Young entrepreneur, ...", "we are a youth group"), unless it qualifies a word for
    other people ("young workers", "los clientes jóvenes") or what is ours ("nos jeunes
    clients"); elsewhere it is said of something else ("the drought killed many young
    plants").
    """
    if NUMBER_MARK in hit.cue.words or len(hit.cue.words) > 1:
        return True
    clause = clauses[hit.clause].words
    origin = kept_positions(clause, cues)
    words = [clause[i] for i in origin]
    at = hit.positions[0]
    near = [w for w in words[max(0, at - 1) : at + 2] if w != words[at]]
    if any(w in cues.gender_words for w in near):
        return True
    if any(w in cues.people or cues.units.get(w) == "people" or w in cues.members
           for w in near):
        return False
    if origin[at] and clause[origin[at] - 1] in cues.ours:
        return False  # "our young customers", "nos jeunes clients": ours, not us
    return hit.clause == 0 or any(w in cues.self_words for w in clause)


#: The fewest letters a word must have for its ending to say the writer's sex ("sola" and
#: "nada" are too short to tell; "cansada" is not).
GENDERED_LENGTH = 5


def gendered_self(clauses: Sequence[Clause], cues: Cues) -> str | None:
    """The writer's sex from the word right after "je suis", "estoy": its ending.

    "je suis dégoûtée", "je me suis retrouvée seule", "estoy preocupada" say a woman,
    "estoy desesperado" a man (`woman_endings`, `man_endings`); a question asks, and listed
    words (`gendered_not`: "lycée") say neither.
    """
    for clause in clauses:
        if clause.asked:
            continue
        words = clause.words
        for at, phrase in phrases_at(cues.gendered_after, words):
            end = at + len(phrase)
            word = words[end] if end < len(words) else ""
            if len(word) < GENDERED_LENGTH or word in cues.gendered_not:
                continue
            if cues.woman_endings and word.endswith(cues.woman_endings):
                return "woman"
            if cues.man_endings and word.endswith(cues.man_endings):
                return "man"
    return None


def opposite_traits(cues: Cues) -> dict[str, str]:
    """Each trait with a negation and its opposite, both ways ("banked" ↔ "unbanked")."""
    return {**cues.trait_negated, **{v: k for k, v in cues.trait_negated.items()}}


def derived_answers(traits: set[str], cues: Cues) -> dict[str, str]:
    """The answers traits make (`derive`, first match first); opposite traits cancel out."""
    opposite = opposite_traits(cues)
    kept = {t for t in traits if opposite.get(t) not in traits}
    found = {}
    for qid, rules in cues.derive.items():
        option = next((oid for oid, needs in rules if all(n in kept for n in needs)), None)
        if option is not None:
            found[qid] = option
    return found


def without_ages(hits: Sequence[Hit], clauses: Sequence[Clause], cues: Cues) -> list[Clause]:
    """The clauses without the numbers an age cue read ("a woman of 33", "I'm 29").

    Such a number is someone's age, never a head-count: "I'm a woman of 33 and I own a small
    shop, I have two attendants" is three people, not 33.
    """
    aged: dict[int, set[int]] = {}
    for hit in hits:
        if hit.cue.kind != TRAIT or hit.cue.option not in AGE_TRAITS \
                or NUMBER_MARK not in hit.cue.words:
            continue
        origin = kept_positions(clauses[hit.clause].words, cues)
        aged.setdefault(hit.clause, set()).add(origin[hit.positions[hit.cue.words.index(
            NUMBER_MARK)]])
    # "I'm Aline, 31 and I run a salon": the age after the name counts no one either
    for n, (before, clause) in enumerate(pairwise(clauses), start=1):
        if (age := _introduced_age(before, clause, cues)) is not None:
            aged.setdefault(n, set()).add(age.start)
    return [replace(clause, quantities=[q for q in clause.quantities
                                        if not any(q.start <= at < q.end
                                                   for at in aged.get(n, ()))])
            if n in aged else clause for n, clause in enumerate(clauses)]


def age_said(cue: Cue, cues: Cues) -> int:
    """How plainly an age cue says an age (`AGE_SAID`).

    "I'm #" is the writer giving it, and so is "# year old" (a word of `of_age`), which no
    time of work can be ("a 58 year old bloke, been farming this block 30 years", "had it 27
    yrs, I'm 61": the age is 58, 61).
    """
    if NUMBER_MARK not in cue.words:
        return AGE_SAID["word"]
    if cue.words == (NUMBER_MARK,) or any(w in cues.self_words or w in cues.of_age
                                          for w in cue.words):
        return AGE_SAID["introduced"]  # "i m #": all but the number are the writer's words
    return AGE_SAID["number"]


def less_plain(aged: dict[str, int]) -> tuple[str, ...]:
    """Of a young and an older age both said, those to drop: the one said less plainly.

    "Drove taxi in Nassau 31 years ... I'm 63": the number after "I'm" is the age, the years
    of work are not; "a young widow ... I am 60". Said as plainly, both go: none is known.
    """
    young, older = aged.get("young", 0), aged.get("older", 0)
    if not (young and older):
        return ()
    if young == older:
        return ("young", "older")
    return ("young",) if young < older else ("older",)


def writer_not(said_of_self: dict[str, int]) -> str | None:
    """Of a woman and a man both said of the writer, the one said in far fewer words.

    "My wife and I do everything plus one lady for cleaning": "my wife and I" names the
    writer a man, and the lady is someone else. Cues close in length leave both ("soy
    señora ... yo solo sé usar WhatsApp": "solo" is "only" there, not a man alone).
    """
    woman, man = said_of_self.get("woman", 0), said_of_self.get("man", 0)
    if not (woman and man) or abs(woman - man) < CLEARLY_LONGER:
        return None
    return "woman" if woman < man else "man"
