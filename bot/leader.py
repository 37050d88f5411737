"""Who leads a business told of in the third person: its sex and age, as traits.

"Writing for my dad, he is 48", "our director Mrs Zainab Omar, 58, owns 5 trucks", "escribo por
mi amiga Nilda, 33 años", "Ntate Mosiuoa, aged 67, keeps sheep": the one who runs the
business is not the writer, so the writer's own words ("I'm 31", "je suis la comptable") say
nothing of who leads. From the first phrase that names such a person (a phrase of `behalf`,
a role of `leader.roles`, a title of `leader.titles` before a name in a text with no word
for the writer or for us, or a relative of the writer's that opens the text), the first word of
`leader.woman` or `leader.man` gives the sex, and a number of years right after one of those
words (a name, "is", "aged", "de" between; "(56)", "58,", "33 años" after) the age.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.ages import OLDEST, YOUNGEST, age_trait
from bot.cues import Cues, Leader, words_of
from bot.sentences import sentences_of

#: How many words after a person word its age may stand ("Mrs Kopi N. is a widow, about 45").
AGE_REACH = 6
#: How many words into a text a relative's business may open it ("Buenas, mi madre (63)").
KIN_REACH = 5
#: How many words before or after a role a word for the writer makes it the writer's ("I am the
#: owner", "le patron c moi"), and before a title a greeting its addressee ("Dear Mrs Phiri").
SELF_REACH = 3
#: The traits of who leads, said of the writer or of the leader: a leader's sex takes the
#: place of the writer's, a leader's age of the writer's age; what the leader's words leave
#: out, the cues may still say ("writing for a young man from our church").
SEXES = frozenset({"woman", "man"})
AGES = frozenset({"young", "older"})
#: Words and the punctuation an age is read between ("(56)", "58,").
_TOKENS = re.compile(r"[^\W_]+|[,()]")
_STOP = "."  # between sentences
_ENDS = frozenset({",", ")", "(", _STOP})
_CUTS = frozenset({",", _STOP})  # where a clause ends


@dataclass(frozen=True)
class _Token:
    word: str  # lowercase, no accents
    capital: bool  # written with a capital: a name


def leader_traits(text: str, cues: Cues) -> set[str] | None:
    """The traits (woman, man, young, older) of a leader told of in the third person.

    None where the text names no such person; an empty set where it names one but says
    neither sex nor age.
    """
    lead = cues.leader
    if lead is None:
        return None
    tokens = [_Token(w, raw[:1].isupper()) for sentence in sentences_of(text, cues)
              for raw in [*_TOKENS.findall(sentence), _STOP]
              for w in (words_of(raw) or [raw])]
    start = _start(tokens, lead, cues)
    if start is None:
        return None
    traits: set[str] = set()
    people = [(k, "woman" if t.word in lead.woman else "man") for k, t in enumerate(tokens)
              if k >= start and lead.person(t.word)]
    if people:
        traits.add(people[0][1])
    # not another person's age ("my mother, her son is 30"); else one said in a sentence of
    # its own ("Tiene 39 años.")
    ages = [_age_after(tokens, k, lead, cues) for k, sex in people if sex == people[0][1]]
    if people:
        ages.append(_age_opening(tokens, start, lead, people[0][1], cues))
    found = [trait for age in ages if age is not None
             and (trait := age_trait(age, cues)) is not None]
    traits.update(found[:1])
    return traits


def _age_opening(tokens: Sequence[_Token], start: int, lead: Leader, sex: str,
                 cues: Cues) -> float | None:
    """An age said in a sentence of its own ("mi papá tiene un taller. Tiene 39 años.").

    A phrase of `leader.age_opens` opens the sentence, then the number and years or the end;
    a pronoun in the phrase must be the leader's sex ("He's 58" is not said of a mother).
    """
    words = [t.word for t in tokens]
    for k in range(start, len(tokens)):
        if k and words[k - 1] != _STOP:
            continue
        for phrase in lead.age_opens:
            end = k + len(phrase)
            if tuple(words[k:end]) != phrase or end >= len(words):
                continue
            if any(lead.person(w) and ("woman" if w in lead.woman else "man") != sex
                   for w in phrase):
                continue
            value = _number(words[end])
            after = words[end + 1] if end + 1 < len(words) else _STOP
            if value is not None and _ends_an_age(value, after, lead, cues):
                return value
    return None


def _start(tokens: Sequence[_Token], lead: Leader, cues: Cues) -> int | None:
    """Where the text starts to speak of the leader: a behalf phrase, a role, a named title."""
    words = [t.word for t in tokens]
    # a title opens on the owner only in a text with no word for the writer or for us
    unsigned = not any(w in cues.self_words or w in cues.ours for w in words)
    for k in range(len(words)):
        for phrase in cues.behalf:
            if tuple(words[k : k + len(phrase)]) == phrase:
                return k + len(phrase)  # "writing for my mum": from the one written for
        for phrase in lead.roles:
            if (tuple(words[k : k + len(phrase)]) == phrase and not _said_of_self(words, k, cues)
                    and not _said_of_self(words, k + len(phrase) + SELF_REACH, cues)):
                return k  # "la dueña es", "le patron": the role may say the sex
        if (unsigned and words[k] in lead.titles and k + 1 < len(tokens) and tokens[k + 1].capital
                and not any(w in lead.addressed for w in words[max(0, k - SELF_REACH) : k])):
            return k  # "Mr Bwalya M., 61 yrs, owns": a text of no "I" or "we" on a titled owner
    return _kin_first(tokens, lead, cues)


def _kin_first(tokens: Sequence[_Token], lead: Leader, cues: Cues) -> int | None:
    """A text that opens on a relative's business: "my aunt sells fish, shes 60".

    A word for the writer's own ("my", "mi") right before a word for a woman or a man among
    the first words of the first clause, and no other word for the writer in that clause
    ("my wife and I run a shop" is the writer's); not a spouse ("my wife runs the shop, I
    am 45", "mon mari est décédé, je tiens seule la boutique": the writer runs it too, or now).
    """
    head = [k for k, t in enumerate(tokens) if t.word not in _ENDS][:KIN_REACH]
    for k in head[1:]:
        word, before = tokens[k].word, tokens[k - 1].word
        if before in cues.self_words and lead.person(word) \
                and word not in lead.spouses:
            start = max((n + 1 for n in range(k) if tokens[n].word in _CUTS), default=0)
            end = next((n for n in range(k, len(tokens)) if tokens[n].word in _CUTS),
                       len(tokens))
            clause = [t.word for n, t in enumerate(tokens[start:end], start) if n != k - 1]
            return None if any(w in cues.self_words for w in clause) else k
    return None


def _said_of_self(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word for the writer stands in this sentence right before `at`.

    "I am the owner", "soy la dueña"; "le patron c moi" when `at` is a few words after the role.
    """
    before = list(words[max(0, at - SELF_REACH) : at])
    if _STOP in before:
        before = before[len(before) - before[::-1].index(_STOP) :]  # this sentence only
    return any(w in cues.self_words for w in before)


def _age_after(tokens: Sequence[_Token], at: int, lead: Leader, cues: Cues) -> float | None:
    """The age right after a person word: names, links and punctuation between, years after.

    Or the end of the phrase: punctuation, "and", "who" ("mi hermano de 23 que hace mototaxi").
    """
    for k in range(at + 1, min(len(tokens), at + 1 + AGE_REACH)):
        token = tokens[k]
        if token.word == _STOP or token.word in lead.durations:
            return None  # an age is said in the person's sentence; "she's had it 20 years"
        value = _number(token.word)
        if value is not None:
            after = tokens[k + 1].word if k + 1 < len(tokens) else ","
            if _ends_an_age(value, after, lead, cues) or (
                    YOUNGEST <= value <= OLDEST and after in cues.relatives):
                return value
            return None
        if not (token.capital or token.word in _ENDS or token.word in lead.links
                or token.word in cues.stop_words or lead.person(token.word)):
            return None
    return None


def _ends_an_age(value: float, after: str, lead: Leader, cues: Cues) -> bool:
    """Whether a number is an age by what follows it: punctuation, years, "and"."""
    return YOUNGEST <= value <= OLDEST and (
        after in _ENDS or after in lead.years or after in cues.joins)


def _number(word: str) -> float | None:
    return float(word) if word.isdigit() else None

