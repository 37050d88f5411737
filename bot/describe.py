"""A free-text description of a business → answers to the assessment's questions.

The text is read clause by clause. Each clause gets a time (`past`, `now`, `future`) from its
marker words; a cue's words must all appear, in order, in one clause; a negation before a cue
(or after it, in French) reverses it; a cue of an `own` question ("closed") whose clause is
about someone else ("our supplier shut down", "the school closed") is not about the business.
Amounts go through a number grammar (`bot.numbers`): cash runway, head counts ("me and 9
staff", "we were 11, now 6"), and sales as a percentage, a share of normal ("a third of
normal") or before → after ("we used to take 300 a day, now about 90"). Traits (a woman, under
35, registered, banked...) combine into answers (`derive`). A `careful` question (cash and
trading) told two different things stays unknown: it is asked, never guessed.

Every word list is data (`describe:` in conversations/lang/<lang>.describe.yaml), read and
checked with file and line by bot/cuefile.py when the content is loaded; docs/DESCRIPTIONS.md
explains each section.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz, process

from bot.cues import (
    ANSWER,
    DOUBT,
    GENERIC,
    IGNORE,
    NUMBER_MARK,
    TRAIT,
    Change,
    Cue,
    Cues,
    words_of,
)
from bot.knowledge import Knowledge
from bot.lexicon import is_real_word
from bot.matching import MONTHS_PER, Matcher, Matchers
from bot.numbers import FRACTION, PLUS, RANGE, Quantity, digits, quantities

#: Words only ever written shortened before a dot that never ends a sentence ("approx. 3
#: weeks", "env. 2 mois", "aprox. 20%", "Sr. Gómez", "Mme. Diallo").
SHORTENED = frozenset({"approx", "apprx", "aprox", "env", "mr", "mrs", "ms", "dr", "dra", "sr",
                       "sra", "srta", "mme", "mmes", "mlle", "ud", "uds", "vs", "av", "avda"})
#: Titles that are words too ("M", "St"): not a sentence's end only before a capitalised name.
TITLES = frozenset({"m", "st", "ste", "sto", "don"})
#: A text is clearly in a language other than the user's when at least one word in this
#: many is one of that language's small words (see `Describer.read`).
CLEAR_SHARE = 3
#: Words that open a condition: what the clause says may not happen ("if", "si").
CONDITIONS = frozenset({"if", "si", "unless"})
#: Members of a cooperative or an association, and the words that name one (their stems):
#: "a cooperative of 120 members", "somos 200 socios en la cooperativa" own it; its staff
#: are its head-count ("38 membres et 2 employés": 2).
MEMBERS = frozenset({"member", "members", "membre", "membres", "adherents", "adherentes",
                     "miembros", "socios", "socias", "associes", "associees"})
COLLECTIVES = ("coop", "cooperativ", "association", "asociacion", "groupement", "gic",
               "mutuelle", "union", "sindicat", "syndicat", "collectif", "colectivo")
#: A third person's possessives: what a cue acts on after one is theirs ("fired his boys").
THEIRS = frozenset({"his", "her", "their", "its", "son", "sa", "ses", "leur", "leurs", "su",
                    "sus"})
#: Prepositions before a word for us that make it a place ("next to mine", "de chez moi").
PLACE_PREPOSITIONS = frozenset({"to", "of", "from", "near", "de", "chez", "a", "del"})
#: A strike: a conflict, or a blockade when it stops goods (`_strike_stops_goods`).
STRIKES = frozenset({"strike", "strikes", "greve", "greves", "huelga", "huelgas"})
#: Forms of "to go" that make a future only before a verb ("ils vont rouvrir", "vamos a
#: cerrar"), and the endings that show a verb there, per language: "mes ventes vont très bien"
#: and "ça va" speak of now.
GOING = frozenset({"va", "vont", "vais", "vas", "allons", "allez", "voy", "vamos", "van"})
INFINITIVE_ENDINGS = {"fr": ("er", "ir", "re"), "es": ("ar", "er", "ir")}
#: Pronouns that are a verb's subject, never a determiner: "ça marche" is the verb "to
#: work", "le marché" the market.
SUBJECTS = frozenset({"ca", "cela", "tout", "rien", "qui", "it", "everything", "eso", "esto",
                      "todo"})
#: Longest description read; Telegram allows 4096 characters but a description is a few lines.
MAX_DESCRIPTION = 1500
#: Words a cue may skip between two of its words (after stop words are dropped).
MAX_GAP = 2
#: Stop words a cue may also stretch over, besides MAX_GAP words ("closed in the evening").
STOP_GAP = 6
#: How far before a cue a negation still applies ("we do not really sell online").
NEGATION_REACH = 2
#: How far after a cue a trailing negation applies ("la carte marche plus").
NEGATION_AFTER_REACH = 2
#: A typo is accepted only in words this long, and this close to the cue's word.
TYPO_MIN_LENGTH = 5
TYPO_SCORE = 88
#: Endings that only make a word plural or feminine ("s", "e", "es", "a", "as", "x").
AGREEMENT = frozenset({"s", "e", "es", "a", "as", "x"})
#: A longer stretch of years is an age ("29 years", "27 ans"), not how long cash lasts.
MAX_RUNWAY_YEARS = 5
#: Words that are kept as words but are never part of a cue.
SYMBOLS = frozenset({PLUS, RANGE, FRACTION})  # "%" is a word of cues ("% capacity")
#: How many words before an amount a marker ("used to", "now") may stand.
MARK_REACH = 4
#: How many words after an amount "now" may stand ("500 a day now").
MARK_AFTER_REACH = 4
#: How many words after a number a word for people may stand ("15 permanent staff").
PEOPLE_REACH = 3
#: How many words besides an amount a sentence answering a question may hold ("like 10 days").
ANSWER_WORDS = 1
#: How many words (stop words left out) before an age a word for people makes it theirs.
AGE_REACH = 3
#: How many words before a cue a phrase may make it about someone else ("deliver to X and Y").
OTHERS_REACH = 4
#: How many words may stand between an effect and the cause said after it ("burnt during the
#: riots"; see `_effects`).
CAUSE_REACH = 3
#: How many words before an amount a word for a price makes it one ("prices up 40%").
PRICE_REACH = 3
#: How many words after a share a "normal" word may stand ("60% de notre chiffre habituel").
SHARE_REACH = 6
#: A reading with fewer answers than this, no sector and no word about a business is read as
#: off-topic ("how do I reset my facebook password").
MIN_OFF_TOPIC_ANSWERS = 2
#: Questions about the world around the business: a text that answers only these ("the price
#: of rice went up 30 %") says nothing about a business.
ABOUT_THE_WORLD = frozenset({"crisis_type"})
#: The weight of an answer read from an amount ("3 weeks", "down 30%"): figures are what the
#: owner measured, so they outweigh words, and two figures that disagree leave it unknown.
AMOUNT = (99, 99)


@dataclass(frozen=True)
class Reading:
    """What a description says: the language it was read in and the answers it gives."""

    lang: str
    answers: dict[str, str]


def sentences_of(text: str) -> list[str]:
    """The text's sentences."""
    return [s for s, _ in _sentences(text)]


def _sentences(text: str) -> list[tuple[str, bool]]:
    """The text's sentences, each with whether it is a question ("je ferme ou quoi ?")."""
    parts = re.split(r"([.!?\n]+)(?!\d)", text[:MAX_DESCRIPTION])
    texts, ends = [parts[0]], []
    for end, part in zip(parts[1::2], parts[2::2], strict=True):
        if end == "." and _shortened(texts[-1], part):
            texts[-1] += end + part  # "approx. 3 weeks", "Mme. Diallo", "27 y.o girl"
        else:
            texts.append(part)
            ends.append(end)
    ends.append("")
    return [(part, "?" in end) for part, end in zip(texts, ends, strict=True) if part.strip()]


def _shortened(before: str, after: str) -> bool:
    """Whether the dot between two pieces of text ends an abbreviation, not a sentence.

    The word before it is one that is only ever written shortened ("approx", "env", "Sr"), a
    title that may be a word too ("M", "St") before a name, or a letter of an initialism
    ("y.o", "e.g."): a dot right after another or right before a letter.
    """
    last = re.search(r"(\w+)$", before)
    if last is None:
        return False
    word = last.group(1).lower()
    if word in SHORTENED:
        return True
    if word in TITLES and re.match(r"\s*[^\W\d_]", after) and after.lstrip()[:1].isupper():
        return True
    return (len(word) == 1 and word.isalpha()
            and (before[: last.start()].endswith(".") or after[:1].isalpha()))


def clauses_of(text: str) -> list[list[str]]:
    """The text's clauses (split at sentence marks, commas, semicolons and brackets)."""
    return [words for sentence in sentences_of(text) for words in _clause_words(sentence)]


def _clause_words(sentence: str) -> list[list[str]]:
    parts = re.split(r"[;:()]+|,(?!\d)|\s[-–—]\s", sentence)
    return [words for part in parts if (words := words_of(part))]


# --- reading a description ----------------------------------------------------------------


@dataclass
class _Clause:
    """One clause: its words (stop words kept), sentence, time, and the word that ended it."""

    words: list[str]
    sentence: int
    time: str | None
    after: str | None
    quantities: list[Quantity]
    self_said: bool = False  # the writer speaks of themself in its sentence ("I", "my")
    asked: bool = False  # its sentence is a question: it asks, it does not tell
    answer: bool = False  # a fragment answering the question before it ("? like 10 days")


@dataclass(frozen=True)
class _Hit:
    cue: Cue
    positions: tuple[int, ...]
    negated: bool
    exact: int
    limited: bool = False  # followed by an exception word ("except", "sauf", "menos")
    clause: int = 0
    hedged: bool = False  # softened by a word such as "almost", "presque", "casi"


@dataclass(frozen=True)
class _Said:
    """One thing the text says about a question, from a cue or from an amount."""

    question: str
    option: str
    weight: tuple[int, int]
    time: str | None = None
    negated: bool = False
    generic: bool = False


def _exactly(cue_word: str, word: str) -> bool:
    """The word as the cue spells it (any ending after a "*"), not by way of a typo."""
    if cue_word.endswith("*"):
        return word.startswith(cue_word[:-1])
    return cue_word == word


def _same(cue_word: str, word: str, typos: bool = True) -> bool:
    if not typos:
        return _exactly(cue_word, word)
    if cue_word.endswith("*"):
        stem = cue_word[:-1]
        # The typed word's start may be a letter shorter or longer ("wholsale", "wholesale").
        return word.startswith(stem) or (len(stem) >= TYPO_MIN_LENGTH
                                         and word[:1] == stem[:1]
                                         and not is_real_word(word) and any(
            fuzz.ratio(stem, word[:size]) >= TYPO_SCORE
            for size in (len(stem) - 1, len(stem), len(stem) + 1)
            if TYPO_MIN_LENGTH <= size <= len(word)))
    if cue_word == word:
        return True
    if word[:1] != cue_word[:1]:
        return False  # a typo keeps the first letter: "players" is not "layers"
    shorter, longer = sorted((cue_word, word), key=len)
    if longer.startswith(shorter):
        # A plural or feminine of the word ("couturier", "couturière") is the word; another
        # form ("close", "closed"; "finish", "finished") is not a typo of it.
        return len(shorter) >= TYPO_MIN_LENGTH and longer[len(shorter):] in AGREEMENT
    return (len(cue_word) >= TYPO_MIN_LENGTH and len(word) >= TYPO_MIN_LENGTH
            and fuzz.ratio(cue_word, word) >= TYPO_SCORE
            and not is_real_word(word))  # "selling" is a word, not a typo of "shelling"


def _find(phrase: tuple[str, ...], words: Sequence[str], numbers: Mapping[str, float],
          start: int = 0, gap: int = MAX_GAP, typos: bool = True,
          origin: Sequence[int] | None = None
          ) -> tuple[tuple[int, ...], float | None] | None:
    """Positions of a phrase's words in order with small gaps, and the number "#" stood for.

    Without `typos`, words must be spelled as the phrase spells them. `origin` is where each
    word stood before stop words were dropped: those dropped count towards the gap too, so
    "card" and "website" eight words apart are not one cue.
    """
    for first in range(start, len(words)):
        positions: list[int] = []
        value: float | None = None
        at = first
        for k, cue_word in enumerate(phrase):
            limit = at + 1 if k == 0 else min(len(words), at + 1 + gap)
            if origin is not None and k:
                limit = min(limit, bisect_right(origin, origin[at - 1] + 1 + gap + STOP_GAP))
            found = None
            for j in range(at, limit):
                if cue_word == NUMBER_MARK:
                    number = _number(words[j], numbers)
                    if number is not None:
                        found, value = j, number
                        break
                elif _same(cue_word, words[j], typos):
                    found = j
                    break
            if found is None:
                break
            positions.append(found)
            at = found + 1
        else:
            return tuple(positions), value
    return None


def _has(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> bool:
    """Whether any of the phrases appears as written (no gaps, no typos) in the words."""
    return any(all(_exactly(w, words[i + k]) for k, w in enumerate(p))
               for p in phrases for i in range(len(words) - len(p) + 1))


def _number(word: str, numbers: Mapping[str, float]) -> float | None:
    value = digits(word)
    return value if value is not None else numbers.get(word)


class Describer:
    """Reads descriptions in every language that has cues."""

    def __init__(self, knowledge: Knowledge, matchers: Matchers | None = None) -> None:
        self.knowledge = knowledge
        self.matchers = matchers or Matchers(knowledge)
        self.cues = knowledge.cues  # parsed and checked when the content was loaded

    def read(self, text: str, lang: str | None = None, prefer: str | None = None) -> Reading:
        """Answers the text gives, read in `lang`, or in the language that fits it best.

        The fit is the answers found plus the language's small words the text uses; a tie
        goes to `prefer` (the user's language), then to English.
        """
        if lang in self.cues:
            return Reading(lang, self._read(text, lang))
        order = sorted(self.cues, key=lambda code: code != prefer)
        words = words_of(text[:MAX_DESCRIPTION])

        def fit(code: str) -> int:
            return sum(w in self.cues[code].small_words for w in words)

        if prefer in self.cues:
            # Code-switched text ("lockdown me sales down", "the sales bajaron", French with
            # Wolof) lends a few small words to another language ("me", "se", "ne"), which
            # would outrank the writer's own; so the user's language is read, and another
            # only when the text is clearly in it (a third of its words are that language's
            # small words, twice as many as the user's) or the user's reads nothing.
            own = Reading(prefer, self._read(text, prefer))
            best = max(order[1:], key=fit, default=None)
            if best is None or (own.answers and not (
                    fit(best) * CLEAR_SHARE >= len(words) and fit(best) >= 2 * fit(prefer))):
                return own
            other = Reading(best, self._read(text, best))
            if not other.answers:
                return own
            return max((own, other), key=lambda r: len(r.answers) + fit(r.lang))
        # Read in the two best-fitting languages only: reading is the costly part.
        ranked = sorted(order, key=fit, reverse=True)[:2]
        readings = [Reading(code, self._read(text, code)) for code in order if code in ranked]
        return max(readings, key=lambda r: len(r.answers) + fit(r.lang))

    def _read(self, text: str, lang: str) -> dict[str, str]:
        cues = self.cues[lang]
        clauses = self._clauses(text, cues)
        # Only cues whose every word is somewhere in the text are tried clause by clause.
        present = _present(cues, {w for clause in clauses for w in clause.words})
        candidates = [c for c in cues.cues if all(w in present for w in c.words)]
        hits = [hit for number, clause in enumerate(clauses)
                for hit in _hits(clause, number, cues, candidates,
                                 _previous_words(clauses, number))]
        said: list[_Said] = []
        traits: dict[str, bool] = {}
        effects = _effects(hits, clauses, cues)
        contrasted = _contrasted(hits, clauses, cues)
        for number, hit in enumerate(hits):
            if number in effects:
                continue  # "burnt during the riots": the riots are the crisis
            if number in contrasted:
                continue  # "the bakery laid off 3 but I kept mine": theirs, then ours
            if hit.cue.kind == DOUBT and _resolved(hit, hits, clauses):
                continue  # "we reopened but only for lunch": the doubt is answered
            if hit.cue.kind == TRAIT:
                name = hit.cue.option
                if hit.negated:
                    name = cues.trait_negated.get(name, "")
                if name:
                    traits[name] = True
            elif hit.cue.kind in (ANSWER, GENERIC, DOUBT):
                if _price_said(hit, clauses[hit.clause], cues):
                    continue  # "le prix du riz a augmenté": prices, not sales
                if hit.cue.question == "cash_runway" and _a_condition(hit, clauses, cues):
                    continue  # "if this goes on until the end of the month": no cash said
                if clauses[hit.clause].asked and hit.cue.question in cues.careful:
                    continue  # "je ferme ou quoi ?" asks whether to close, it is still open
                option = hit.cue.option
                if _strike_stops_goods(hit, hits, cues):
                    option = "blockade"  # "le port est en grève, mes marchandises bloquées"
                if hit.limited:
                    option = cues.excepted.get(hit.cue.question, {}).get(option, option)
                softened = cues.almost_means.get(hit.cue.question)
                if hit.hedged and softened is not None:
                    if option not in softened:
                        continue  # "almost closed": neither closed nor open, so asked
                    option = softened[option]  # "n'achètent presque plus": not quite stopped
                said.append(_Said(hit.cue.question, option,
                                  (len(hit.cue.words), hit.cue.strength),
                                  clauses[hit.clause].time, hit.negated, hit.cue.kind == GENERIC))
        said += self._runway(clauses, lang)
        left = any(hit.cue.question == "staff_change" and hit.cue.option == "laid_off"
                   and not hit.negated for hit in hits)
        said += self._size(clauses, lang, _alone_now(hits, clauses), left)
        for change in cues.changes:
            said += _changes(clauses, change, cues)
        answers = _choose(said, cues)
        strong = {s.question for s in said if not (s.generic or s.negated)
                  and (s.question == "sector" or s.weight[1] > 1)}
        for qid, derived in _derived(set(traits), cues).items():
            if qid not in answers:
                answers[qid] = derived
                strong.add(qid)  # what the writer says of themself is about the business
        specific = any(s.question == "sector" and not (s.generic or s.negated) for s in said)
        if _off_topic(answers, strong, clauses, cues, specific):
            return {}
        # A question the assessment would not ask is not read either: a taxi driver on their
        # own who "works 3 days a week now" says nothing of staff hours.
        return self.knowledge.applicable_answers(answers)

    def _clauses(self, text: str, cues: Cues) -> list[_Clause]:
        """The text cut into clauses, each with its time and amounts."""
        clauses: list[_Clause] = []
        number = -1
        for sentence, asked in _sentences(text):
            previous: str | None = None
            first = len(clauses)
            parts = [words for part in _clause_words(sentence)
                     for words in _split(_percent_signs(_respell(part, cues.respell), cues),
                                         cues.breaks)]
            # "How long my money lasts? like 10 days": a question answered by the fragment
            # after it is told, not asked; the answer goes on speaking of the question.
            answer = bool(clauses) and clauses[-1].asked and _answers(parts, cues)
            if answer:
                first = next(k for k, c in enumerate(clauses) if c.sentence == number)
            else:
                number += 1
            for words, after in parts:
                time = _time(words, cues) or (previous if previous in ("now", "future")
                                              else None)
                clauses.append(_Clause(words, number, time, after,
                                       quantities(words, cues.grammar), answer=answer))
                previous = time
            said = any(w in cues.self_words for c in clauses[first:] for w in c.words)
            for clause in clauses[first:]:
                clause.self_said = said
                clause.asked = asked and not answer
        return clauses

    def _runway(self, clauses: list[_Clause], lang: str) -> list[_Said]:
        """How long cash lasts, from durations in clauses about cash."""
        question = self.knowledge.question("cash_runway")
        cues = self.cues[lang]
        if question is None or "cash_runway" not in cues.amounts:
            return []
        matcher = self.matchers.get(lang, question)
        said: list[_Said] = []
        about_cash = False
        guess: _Guess | None = None  # the last duration read, for "…, maybe 3"
        for number, clause in enumerate(clauses):
            words = clause.words
            if number and clauses[number - 1].sentence != clause.sentence:
                about_cash = False
            if _has(cues.amounts_not.get("cash_runway", ()), words):
                about_cash = False
                continue
            # "cash for 2 weeks, maybe 3 months": a clause that is only an amount goes on
            # speaking of what the clause before it spoke of.
            if _has_cue(cues.amounts["cash_runway"], words):
                about_cash = True
            elif not (about_cash and (_only_amount(clause, cues) or clause.answer)):
                about_cash = False
                continue
            if clause.time == "past":
                continue  # "the car was in water 3 days": how long cash lasts is said of now
            for quantity in clause.quantities:
                read = _duration(matcher, words, quantity, cues)
                # "2 weeks, maybe 3", "un mes o dos": a second guess after a duration.
                alternative = guess is not None and guess.sentence == clause.sentence and (
                    (guess.clause == number and all(
                        (w in cues.stop_words or w in cues.grammar.ranges)
                        and w not in cues.grammar.joins  # "a month and a half"
                        for w in words[guess.end : quantity.start]))
                    or (guess.clause < number and _only_amount(clause, cues)))
                bare = _bare(words, quantity, matcher)
                if read is None and alternative and guess is not None and bare:
                    months = MONTHS_PER[guess.unit]  # "maybe 3": of the unit just said
                    read = (quantity.low * months, quantity.high * months)
                if read is None:
                    continue
                low, high = read
                options = {matcher.by_number(low), matcher.by_number(high)}
                if len(options) != 1:
                    continue  # "3-4 months" could be either: not sure, not read
                if bare and alternative and guess is not None and guess.said is not None:
                    # Of two guesses the shorter: a plan must not count on cash that may
                    # not be there ("1 mois, peut-être 2" is a month).
                    if low < guess.low:
                        said[guess.said] = _Said("cash_runway", options.pop(), AMOUNT,
                                                 clause.time)
                        guess = replace(guess, low=low)
                    continue
                said.append(_Said("cash_runway", options.pop(), AMOUNT, clause.time))
                unit_of, end = _unit_at(words, quantity, matcher)
                guess = _Guess(clause.sentence, number, end, unit_of, low, len(said) - 1)
        for clause in clauses:  # "mes y medio": a unit and a half, no number said
            if not _has_cue(cues.amounts["cash_runway"], clause.words):
                continue
            for i, word in enumerate(clause.words):
                unit = matcher.units.get(matcher.unit_word(word))
                if (unit in MONTHS_PER and (i == 0 or _number(clause.words[i - 1],
                                                                matcher.numbers) is None)
                        and matcher.half_after(clause.words, i)):
                    option = matcher.by_number(1.5 * MONTHS_PER[unit])
                    said.append(_Said("cash_runway", option, AMOUNT, clause.time))
        return said

    def _size(self, clauses: list[_Clause], lang: str, alone: int | None = None,
              left: bool = False) -> list[_Said]:
        """The head-count now: the largest count said, the writer added where they count.

        The writer alone now (`alone`, the clause of "now I work alone") beats the counts
        said before it: "I had 4 helpers, I let them go, now I am alone" is one. So does a
        count in a clause marked as now when people were let go (`left`): "I had 10, laid
        off 6, now 4 of us remain"; without, "3 guys are now part time" is some of them.
        """
        question = self.knowledge.question("size")
        cues = self.cues[lang]
        if question is None:
            return []
        matcher = self.matchers.get(lang, question)
        counts: list[tuple[float, str | None, int, str | None, int]] = []
        since = -1 if alone is None else alone  # counts before this clause are of before
        previous_past = False
        for number, clause in enumerate(clauses):
            earlier = [c for c in clauses[:number] if c.sentence == clause.sentence]
            found, at = _counts(clause, cues, matcher, earlier)
            whose = _whose(clause.words, at, cues) if found else None
            if not found and clause.time == "now" and previous_past:
                found = _bare_counts(clause, cues)  # "we were 11, now 6"
            if found:
                previous_past = clause.time == "past"
                # a marker of its own: "now" carried from the clause before is no new count
                if (left and number > since and whose != "others" and counts
                        and _time(clause.words, cues) == "now"):
                    since = number
                counts += [(value, clause.time, clause.sentence, whose, number)
                           for value in found]
            elif number and clauses[number - 1].sentence != clause.sentence:
                previous_past = False
        counts = [c for c in counts if c[4] >= since]
        # "the factory laid off 400, I have 8 girls working with me": beside the writer's
        # own count, a count in a clause about someone else of the same sentence is theirs.
        ours = {sentence for _, time, sentence, whose, _ in counts
                if whose == "ours" and time not in ("past", "future")}
        kept = [value for value, time, sentence, whose, _ in counts
                if time not in ("past", "future")
                and not (whose == "others" and sentence in ours)]
        if not kept:
            return []
        return [_Said("size", matcher.by_number(max(kept)), AMOUNT, "now")]


def _alone_now(hits: Sequence[_Hit], clauses: Sequence[_Clause]) -> int | None:
    """The last clause where the writer says they work alone now ("now I work alone")."""
    alone = [hit.clause for hit in hits
             if hit.cue.question == "size" and hit.cue.option == "solo" and not hit.negated
             and clauses[hit.clause].time == "now"]
    return max(alone, default=None)


def _a_condition(hit: _Hit, clauses: Sequence[_Clause], cues: Cues) -> bool:
    """Whether a cash cue is the time of a condition, in a clause that says nothing of cash.

    "if this goes on until the end of the month I will close", "si ça continue jusqu'à la
    fin du mois": how long the trouble may last, not how long cash does; "if nothing
    changes, our savings last 2 weeks" speaks of cash and is read.
    """
    words = clauses[hit.clause].words
    if not words or words[0] not in CONDITIONS:
        return False
    return not _has_cue(cues.amounts.get("cash_runway", ()), words)


def _strike_stops_goods(hit: _Hit, hits: Sequence[_Hit], cues: Cues) -> bool:
    """Whether a strike read as a conflict is a blockade: the text says goods are stopped.

    "le port est en grève, mes marchandises sont bloquées", "the strike, my goods are stuck":
    a supply cut off or a blockade said beside it; riots or looting said too stay a conflict
    (the first tier of the crisis's causes).
    """
    if hit.cue.question != "crisis_type" or hit.cue.option != "conflict" or not all(
            w in STRIKES or w in cues.stop_words for w in hit.cue.words):
        return False
    return any(not other.negated and (
        (other.cue.question == "supplier_risk" and other.cue.option == "cut_off")
        or (other.cue.question == "crisis_type" and other.cue.option == "blockade"))
        for other in hits)


def _contrasted(hits: Sequence[_Hit], clauses: Sequence[_Clause], cues: Cues) -> set[int]:
    """The hits (by index) said of someone else before a "but" that says ours.

    "la boulangerie d'en face a licencié 3 personnes mais j'ai gardé mes employés": of one
    sentence, a clause naming none of us gives way, on a question about us, to a later
    clause after a break that names us and answers it too.
    """
    dropped: set[int] = set()
    for k, hit in enumerate(hits):
        clause = clauses[hit.clause]
        if hit.cue.question not in cues.about_us or any(w in cues.ours for w in clause.words):
            continue
        # someone named ("la boulangerie d'en face", "the factory"), not a clause with no
        # subject said ("laid off 2 but we kept the rest" is ours)
        if not any(_exactly(noun, w) for w in clause.words
                   for noun in (*cues.others, *cues.business_nouns)):
            continue
        if any(other.cue.question == hit.cue.question and other.clause > hit.clause
               and clauses[other.clause].sentence == clause.sentence
               and not other.negated
               and any(w in cues.ours for w in clauses[other.clause].words)
               and any(c.after in cues.breaks
                       for c in clauses[hit.clause : other.clause])
               for other in hits):
            dropped.add(k)
    return dropped


def _effects(hits: Sequence[_Hit], clauses: Sequence[_Clause], cues: Cues) -> set[int]:
    """The hits (by index) that say what a cause said right after them brought about.

    "burnt during the riots", "brûlé pendant les émeutes", "quemado en los disturbios": of two
    options of one tier of `causes` in one clause, the one said a few words later is the
    cause, so the crisis; two joined by "and" ("the floods and the cholera") are both said.
    """
    effects: set[int] = set()
    for number, effect in enumerate(hits):
        tiers = cues.causes.get(effect.cue.question)
        if not tiers or effect.negated or not effect.cue.option:
            continue
        words = clauses[effect.clause].words
        kept = [i for i, w in enumerate(words) if w not in cues.stop_words and w not in SYMBOLS]
        for cause in hits:
            if (cause.clause != effect.clause or cause.cue.question != effect.cue.question
                    or cause.negated or cause.cue.option in ("", effect.cue.option)
                    or cause.positions[0] <= effect.positions[0]
                    or not any(effect.cue.option in t and cause.cue.option in t for t in tiers)):
                continue
            end = max(p for p in effect.positions if p < cause.positions[0])
            between = words[kept[end] + 1 : kept[cause.positions[0]]]
            if len(between) <= CAUSE_REACH and not any(
                    w in cues.joins or w in cues.breaks or w in cues.subject_breaks
                    for w in between):
                effects.add(number)
    return effects


def _resolved(doubt: _Hit, hits: Iterable[_Hit], clauses: Sequence[_Clause]) -> bool:
    """Whether a plain cue later in a doubt's sentence says what the doubt left open.

    "We reopened" could be fully or partly open; "... but only for lunch" says which.
    """
    sentence = clauses[doubt.clause].sentence
    return any(hit.cue.kind == ANSWER and hit.cue.question == doubt.cue.question
               and not hit.negated and clauses[hit.clause].sentence == sentence
               and (hit.clause, hit.positions[0]) > (doubt.clause, doubt.positions[-1])
               for hit in hits)


@dataclass(frozen=True)
class _Guess:
    """A duration read as how long cash lasts, which a second guess may follow."""

    sentence: int
    clause: int
    end: int  # the position after its unit word
    unit: str
    low: float  # in months
    said: int | None  # where it is in what was said


def _unit_at(words: Sequence[str], quantity: Quantity, matcher: Matcher) -> tuple[str, int]:
    """The unit of a duration ("weeks") and the position after it."""
    for at in range(quantity.end, min(len(words), quantity.end + 2)):
        unit = matcher.units.get(matcher.unit_word(words[at]))
        if unit in MONTHS_PER:
            return unit, at + 1
    return "months", quantity.end


def _bare(words: Sequence[str], quantity: Quantity, matcher: Matcher) -> bool:
    """Whether an amount stands alone, with no unit after it ("two weeks, maybe *three*")."""
    if quantity.low < 1 or quantity.percent or quantity.share or quantity.article:
        return False  # "a month and a half": a half is not a second guess
    return not any(matcher.units.get(matcher.unit_word(w))
                   for w in words[quantity.end : quantity.end + 2])


def _derived(traits: set[str], cues: Cues) -> dict[str, str]:
    """The answers traits make (`derive`, first match first); opposite traits cancel out."""
    opposite = {**cues.trait_negated, **{v: k for k, v in cues.trait_negated.items()}}
    kept = {t for t in traits if opposite.get(t) not in traits}
    found = {}
    for qid, rules in cues.derive.items():
        option = next((oid for oid, needs in rules if all(n in kept for n in needs)), None)
        if option is not None:
            found[qid] = option
    return found


def _only_amount(clause: _Clause, cues: Cues) -> bool:
    """Whether a clause says nothing but an amount ("maybe 3 months", "ou 3 mois")."""
    inside = {i for q in clause.quantities for i in range(q.start, q.end)}
    return bool(clause.quantities) and all(
        i in inside or w in cues.stop_words or w in cues.units or w in cues.grammar.ranges
        for i, w in enumerate(clause.words))


def _answers(parts: Sequence[tuple[list[str], str | None]], cues: Cues) -> bool:
    """Whether a sentence is only an amount and at most one other word ("like 10 days").

    "genre 2 semaines", "unos 15 días": the answer to a question just asked.
    """
    words = [w for part, _ in parts for w in part]
    found = quantities(words, cues.grammar)
    inside = {i for q in found for i in range(q.start, q.end)}
    rest = [w for i, w in enumerate(words) if i not in inside and w not in cues.stop_words
            and w not in cues.units and w not in cues.grammar.ranges]
    return bool(found) and len(rest) <= ANSWER_WORDS


def _has_cue(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> bool:
    return any(_find(p, words, {}) for p in phrases)


def _time(words: Sequence[str], cues: Cues) -> str | None:
    """The time a clause speaks of, from its markers (a future marker wins, then now).

    A future marker made of "to go" ("vont", "vamos a") is one only before a verb: "ils vont
    rouvrir", "vamos a cerrar"; "mes ventes vont très bien", "va a la tienda" are not.
    """
    for name in ("future", "now", "past"):
        phrases = cues.times.get(name, ())
        if name != "future":
            if _has(phrases, words):
                return name
        elif any(_before_a_verb(p, i, words, cues.lang) for p in phrases
                 for i in range(len(words) - len(p) + 1)
                 if all(_exactly(w, words[i + k]) for k, w in enumerate(p))):
            return name
    return None


def _before_a_verb(phrase: tuple[str, ...], at: int, words: Sequence[str], lang: str) -> bool:
    """Whether a future marker found at `at` says a future: one of "to go" needs a verb after.

    Only where an infinitive shows in its ending (French, Spanish); an English "going to"
    says a future as written, "going" alone is no marker.
    """
    endings = INFINITIVE_ENDINGS.get(lang)
    if endings is None or not any(w in GOING for w in phrase):
        return True
    after = words[at + len(phrase) : at + len(phrase) + 2]
    return any(len(w) > 3 and w.endswith(endings) for w in after)


def _respell(words: list[str], respell: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Words typed without an apostrophe, spelled as the cues spell them ("dont" → don t)."""
    return [part for word in words for part in respell.get(word, (word,))]


def _percent_signs(words: list[str], cues: Cues) -> list[str]:
    """"30 per cent", "30 pour cent", "30 por ciento" written as "30 %", as cues spell it."""
    signs: list[str] = []
    i = 0
    while i < len(words):
        size = 0
        if signs and _number(signs[-1], cues.grammar.values) is not None:
            size = max((len(p) for p in cues.grammar.percent
                        if tuple(words[i : i + len(p)]) == p), default=0)
        signs.append("%" if size else words[i])
        i += size or 1
    return signs


def _split(words: list[str], breaks: frozenset[str]) -> list[tuple[list[str], str | None]]:
    """Cut a clause at words like "but", which end a negation's reach.

    Each part comes with the word that cut it off (None at the end of the clause).
    """
    parts: list[tuple[list[str], str | None]] = [([], None)]
    for word in words:
        if word in breaks:
            parts[-1] = (parts[-1][0], word)
            parts.append(([], None))
        else:
            parts[-1][0].append(word)
    return [p for p in parts if p[0]]


def _duration(matcher: Matcher, words: Sequence[str], quantity: Quantity,
              cues: Cues) -> tuple[float, float] | None:
    """A duration in months (low, high) starting at an amount, if it is one."""
    if quantity.percent:
        return None
    at = quantity.end
    units = [matcher.units.get(matcher.unit_word(w)) for w in words[at : at + 2]]
    unit = next((u for u in units if u in MONTHS_PER), None)
    if unit is None or (quantity.article and units[0] != unit):
        return None
    if _has(cues.since, words[max(0, quantity.start - 3) : quantity.start]):
        return None  # "since 3 weeks": how long it has lasted, not how long cash lasts
    if unit == "years" and quantity.high > MAX_RUNWAY_YEARS:
        return None  # "29 years": an age
    unit_at = at + units.index(unit)
    half = 0.5 if matcher.half_after(list(words), unit_at) else 0.0
    return ((quantity.low + half) * MONTHS_PER[unit], (quantity.high + half) * MONTHS_PER[unit])


def _whose(words: Sequence[str], at: int, cues: Cues) -> str | None:
    """Whose a count at `at` is, "ours" or "others", by the first word for either before it.

    Someone else is an `others` word or a business ("the hotel I supply sent home 60 staff"),
    but a business that opens the clause is the writer's own, named as on a phone ("bakery
    with 12 workers, ...", "taller en Maracaibo, 5 mecanicos").
    """
    for index, word in enumerate(words[:at]):
        if word in cues.ours:
            return "ours"
        if any(_exactly(other, word) for other in cues.others):
            return "others"
        if index and any(_exactly(noun, word) for noun in cues.business_nouns):
            return "others"
    return None


def _counts(clause: _Clause, cues: Cues, matcher: Matcher,
            earlier: Sequence[_Clause] = ()) -> tuple[list[float], int]:
    """Head-counts in one clause ("9 drivers", "me and 9 staff", "4 + 6") and where they start.

    "we are 5" counts too; the start is the first count's. `earlier` are the clauses of its
    sentence before it: "I run a cleaning company, 9 cleaners" counts the writer too, and
    "me and my husband grow dalo, plus one worker" adds the worker to the two of them.
    """
    words = clause.words
    joined = bool(words) and words[0] in cues.joins and bool(earlier)
    context = any(_find(c, words, {}) for c in _size_context(cues))
    collective = any(w.startswith(COLLECTIVES) for c in [*earlier, clause] for w in c.words)
    found: list[tuple[Quantity, float]] = []
    for quantity in clause.quantities:
        value = quantity.first
        if quantity.share or quantity.percent or (quantity.article and not joined) or value < 1 \
                or value != int(value) or quantity.first != quantity.second:
            continue
        following = words[quantity.end : quantity.end + PEOPLE_REACH]
        if any(matcher.units.get(w) in MONTHS_PER for w in following[:2]):
            continue  # "3 weeks": a duration
        # A word for people after the next number is that number's: "me 31 and two boys".
        following = following[: next((q.start - quantity.end for q in clause.quantities
                                      if q.start >= quantity.end), len(following))]
        before = words[max(0, quantity.start - 3) : quantity.start]
        if _has(cues.amounts_not.get("size", ()), before):
            continue  # "run by two women": who owns it, not how many work there
        if _age_after_people(words, quantity, clause.quantities, cues):
            continue  # "two boys 24, 27", "mis hijos de 20 y 23": ages, not more people
        if collective and following and following[0] in MEMBERS:
            continue  # "a cooperative of 120 members": who owns it, not who works there
        is_people = any(matcher.units.get(w) == "people" or w in cues.people for w in following)
        is_people |= _has(cues.people_after, words[quantity.end : quantity.end + 5])
        is_people |= _has(cues.owner, words[quantity.end : quantity.end + 3])
        is_people |= bool(before) and (before[-1] in cues.people or (
            len(before) > 1 and before[-2] in cues.people and before[-1] in cues.stop_words))
        inclusive = context and any(_find(c, before, {}) for c in _size_context(cues))
        if not (is_people or inclusive):
            continue
        if (_about_others(words, quantity.start, quantity.end - 1, cues)
                and not _writer_runs(words, quantity.start, cues)):
            continue  # "la maquila despidió como 400 personas": the buyer's people
        found.append((quantity, value))
    if not found:
        return [], 0
    counts = [value for _, value in found]
    pairs = pairwise(found)
    if len(found) > 1 and all(
            any(w in cues.joins for w in words[a.end : b.start]) and b.start - a.end <= 4
            for (a, _), (b, _) in pairs):
        counts = [sum(counts)]  # "4 partners and 6 guides"
    first, last = found[0][0], found[-1][0]
    inclusive = _has(cues.owner_included, words) or any(
        _find(c, words[max(0, first.start - 3) : first.start], {})
        for c in _size_context(cues))
    added = _has(cues.owner, words[last.end : last.end + 4])  # "somos 9 trabajadores más yo"
    if joined and not inclusive and not any(w in cues.ours for w in words):
        # "..., plus one worker": added to those the sentence named, the writer and whoever
        # an owner phrase joins to them ("me and my husband")
        before = [w for c in earlier for w in c.words]
        named = 2 if _has(cues.owner, before) else int(any(w in cues.self_words
                                                           for w in before))
        return [c + named for c in counts], first.start
    if (added or not inclusive) and (_writer_counted(words, first, last, cues)
                                     or _runs_it(words, found, earlier, cues)):
        counts = [c + 1 for c in counts]
    return counts, first.start


def _writer_runs(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether the writer is the subject of a clause before a count ("I run a school...").

    "I run a school with 11 teachers", "j'ai une école avec 11 enseignants": the school named
    is the writer's, so its staff are theirs.
    """
    for i in range(at - 1, -1, -1):
        word = words[i]
        if word in cues.self_words:
            return True
        if word in cues.relatives or word in cues.us_words:
            return False
        # "... and the factory laid off 400" opens a subject; "a nursery and primary school"
        # goes on naming one
        if word in cues.subject_breaks and (i + 1 >= at or words[i + 1] in cues.stop_words):
            return False
    return False


def _runs_it(words: Sequence[str], found: Sequence[tuple[Quantity, float]],
             earlier: Sequence[_Clause], cues: Cues) -> bool:
    """Whether the writer is one more than a count of staff in a clause of its own.

    "I run a cleaning company, 9 cleaners": the writer spoke of themself in an earlier clause
    of the sentence. Not when the count's clause names us ("we are 5" counts everyone), and
    only a count of staff words ("9 cleaners").
    """
    if (not any(w in cues.self_words for c in earlier for w in c.words)
            or any(w in cues.ours for w in words)):
        return False
    return all(any(w in cues.people and w not in cues.ours
                   for w in words[q.end : q.end + PEOPLE_REACH]) for q, _ in found)


def _age_after_people(words: Sequence[str], quantity: Quantity,
                      found: Sequence[Quantity], cues: Cues) -> bool:
    """Whether a number right after people already counted or named as ours is their age.

    "two boys 24", "deux fils de 19 et 22 ans": the boys were counted by "two";
    "mis hijos de 20 y 23": my children, of 20 and 23. "a team of 12" stays a head-count.
    """
    at = quantity.start - 1
    if at >= 0 and words[at] in cues.of_words:
        at -= 1
    if at < 0 or not (words[at] in cues.people or cues.units.get(words[at]) == "people"):
        return False
    if any(w in cues.people for w in words[quantity.end : quantity.end + 1]):
        return False  # "mi equipo de 12 personas": a count of people after all
    counted = any(q.end == at and not q.article for q in found)
    possessed = at > 0 and words[at - 1] in cues.ours and words[at + 1] in cues.of_words
    return counted or possessed


def _size_context(cues: Cues) -> tuple[tuple[str, ...], ...]:
    """The phrases that make a number a head-count that includes the writer ("we are")."""
    return cues.amounts.get("size", ())


def _writer_counted(words: Sequence[str], first: Quantity, last: Quantity,
                    cues: Cues) -> bool:
    """Whether the writer is one more than the count ("me and 9 staff", "I have 9 drivers")."""
    before = words[: first.start]
    if _has(cues.owner, words[max(0, first.start - 3) : first.start]):
        return True  # "me and 9", "moi + 2"
    if _has(cues.owner, words[last.end : last.end + 4]):
        return True  # "9 staff plus me", "9 y yo"
    if any(w in cues.self_words for w in words[last.end + 1 : last.end + 4]):
        return True  # "one girl remains with me", "2 chicas conmigo"
    return any(w in cues.self_words for w in before)  # "I have 9 drivers", "mes 4 serveuses"


def _bare_counts(clause: _Clause, cues: Cues) -> list[float]:
    """A bare number in a "now" clause right after a past head-count ("..., now 6")."""
    for quantity in clause.quantities:
        if not (quantity.share or quantity.percent or quantity.article) and quantity.first >= 1:
            tail = clause.words[quantity.end : quantity.end + 3]
            return [quantity.first + (1 if _has(cues.owner, tail) else 0)]
    return []


def _changes(clauses: list[_Clause], change: Change, cues: Cues) -> list[_Said]:
    """What amounts say about a change: a percentage, a share of normal, before → after."""
    said: list[_Said] = []
    for number, clause in enumerate(clauses):
        words = clause.words
        previous = clauses[number - 1] if number else None
        same_sentence = previous is not None and previous.sentence == clause.sentence
        context = _has_cue(change.context, words) or (
            same_sentence and previous is not None and _has_cue(change.context, previous.words))
        down = _has_cue(change.down, words) or (
            same_sentence and previous is not None and _has_cue(change.down, previous.words)
            and not _has_cue(change.up, words))
        up = _has_cue(change.up, words) and not _has_cue(change.down, words)
        for quantity in clause.quantities:
            if _about_price(words, quantity, change):
                continue  # "prices up 40%": not sales
            fall = _times_less(quantity, words, change, cues) if context else None
            fall = fall or _fall(quantity, words, change, context, down, up, cues)
            if fall is None:
                continue
            if change.unsure(fall):
                continue  # "down 50 %": more than half, or half or less? asked
            options = {change.option(fall[0]), change.option(fall[1])}
            if len(options) == 1:  # "40-60 %" could be either: not read
                said.append(_Said(change.question, options.pop(), AMOUNT, clause.time))
    said += _before_after(clauses, change, cues)
    return said


def _fall(quantity: Quantity, words: Sequence[str], change: Change, context: bool,
          down: bool, up: bool, cues: Cues) -> tuple[float, float] | None:
    """The fall in percent (low, high) an amount states, if it states one."""
    if not (quantity.percent or quantity.share) or quantity.article:
        return None
    scale = 1.0 if quantity.percent else 100.0
    low, high = quantity.low * scale, quantity.high * scale
    tail = words[quantity.end : quantity.end + SHARE_REACH]
    head = words[max(0, quantity.start - 2) : quantity.start]
    if any(w in cues.people for w in tail[:3]):
        return None  # "half the staff", "la moitié de l'équipe": not sales
    # "60% of our usual" is a share; "20% less than last year" is a fall.
    share_at = _first(change.share, tail)
    if share_at is None and tail[:1] and tail[0] in cues.of_words and _year(tail[1:2]):
        share_at = 0  # "less than half of 2019": a share of that year's
    turn_at = _first(change.down + change.up, tail)
    of_normal = share_at is not None and (turn_at is None or share_at < turn_at)
    # "less than half", "plus de 50 %": past the amount said, not at it
    near = words[max(0, quantity.start - 3) : quantity.start]
    past = (_has(change.more, near) and 1.0) or (_has(change.less, near) and -1.0) or 0.0
    # "on a perdu 80 % de notre chiffre", "we lost 60% of our sales": a loss said right
    # before a share is a fall of that share; "dropped to 40 %", "baissé à 40 %" is what is
    # left ("a" of "on a perdu" is no "to": the loss comes after it).
    # "less than half" is no loss: "less" says where the share stands ("moins de", "menos").
    qualifiers = {p[0] for p in change.more + change.less}
    lost = _ends_at([p for p in change.down if p[-1] not in qualifiers], head)
    left = _ends_at(change.to, head)
    loss = lost is not None and (left is None or lost > left)
    if loss:
        if not (context or of_normal):
            return None
        return low + past, high + past
    if of_normal or left is not None or (quantity.share and not down and not up):
        if not (context or of_normal):
            return None
        # a share of before ("a third of normal"): less than half of it is a fall of more
        return 100 - high - past, 100 - low - past
    if not context:
        return None
    if up:
        return -low, -high
    if down:
        return low + past, high + past
    return None


def _ends_at(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> int | None:
    """Where the last of the phrases found as written in the words ends, if one is found."""
    ends = [i + len(p) - 1 for p in phrases for i in range(len(words) - len(p) + 1)
            if all(_exactly(w, words[i + k]) for k, w in enumerate(p))]
    return max(ends, default=None)


def _year(words: Sequence[str]) -> bool:
    """Whether the words start with a year ("2019")."""
    return bool(words) and words[0].isdigit() and 1950 <= int(words[0]) <= 2100


def _times_less(quantity: Quantity, words: Sequence[str], change: Change, cues: Cues
                ) -> tuple[float, float] | None:
    """The fall "N times less" states ("je vends 4 fois moins": a quarter of before)."""
    tail = words[quantity.end : quantity.end + 2]
    if (len(tail) < 2 or tail[0] not in cues.frequency or not _has(change.down, tail[1:])
            or quantity.share or quantity.percent or quantity.low <= 1):
        return None
    return 100 * (1 - 1 / quantity.low), 100 * (1 - 1 / quantity.high)


def _price_said(hit: _Hit, clause: _Clause, cues: Cues) -> bool:
    """Whether a one-word cue of a change ("up", "augmenté") speaks of a price before it."""
    if len(hit.cue.words) > 1:
        return False
    plain = [w for w in clause.words if w not in cues.stop_words and w not in SYMBOLS]
    near = plain[max(0, hit.positions[0] - PRICE_REACH) : hit.positions[0]]
    return any(change.question == hit.cue.question and _has_cue(change.price, near)
               for change in cues.changes)


def _about_price(words: Sequence[str], quantity: Quantity, change: Change) -> bool:
    """Whether an amount is a price or a cost ("fuel went from 4500 to 7000 a litre").

    The word right after the amount is what was counted ("9,000 litres a day", "40 cajas"),
    so it makes no price; a price word one further does ("20 a litre", "35 el saco").
    """
    near = [*words[max(0, quantity.start - PRICE_REACH) : quantity.end],
            *words[quantity.end + 1 : quantity.end + 2]]
    return _has_cue(change.price, near)


def _first(phrases: Iterable[tuple[str, ...]], words: Sequence[str]) -> int | None:
    """Where the first of the phrases starts in the words (no gaps), if one does."""
    for i in range(len(words)):
        for phrase in phrases:
            if all(i + k < len(words) and _exactly(w, words[i + k]) for k, w in enumerate(phrase)):
                return i
    return None


def _before_after(clauses: list[_Clause], change: Change, cues: Cues) -> list[_Said]:
    """Two amounts of takings, one before and one now ("we used to do 120, now 40")."""
    said: list[_Said] = []
    by_sentence: dict[int, list[_Clause]] = {}
    for clause in clauses:
        by_sentence.setdefault(clause.sentence, []).append(clause)
    for group in by_sentence.values():
        words = [w for clause in group for w in clause.words]
        if not (_has_cue(change.context, words) or _has(change.rate, words)):
            continue
        marked: list[tuple[str, Quantity]] = []
        for clause in group:
            marked += [(mark, q) for mark, q in _marks(clause, change, cues)
                       if not _about_price(clause.words, q, change)]
        earlier = [q for mark, q in marked if mark == "before"]
        later = [q for mark, q in marked if mark == "after"]
        others = [q for mark, q in marked if not mark]
        if len(earlier) == 1 and not later and len(others) == 1:
            later = others  # "vendo unas 50 por día, antes 120": the other one is now
        if not (earlier and later) or earlier[0].percent != later[0].percent:
            continue
        before, after = earlier[0], later[0]
        if before.high <= 0:
            continue
        falls = (100 * (1 - after.high / before.low), 100 * (1 - after.low / before.high))
        if change.unsure(falls):
            continue
        options = {change.option(max(min(f, 100), -100)) for f in falls}
        if len(options) == 1:
            said.append(_Said(change.question, options.pop(), AMOUNT))
    return said


def _marks(clause: _Clause, change: Change, cues: Cues) -> list[tuple[str, Quantity]]:
    """Amounts of a clause marked as before, now or neither (""), less durations and counts."""
    words = clause.words
    amounts = [q for q in clause.quantities
               if not (q.share or q.article) and not _is_count_or_time(words, q, cues)]
    marked: list[tuple[str, Quantity]] = []
    for k, quantity in enumerate(amounts):
        head = words[max(0, quantity.start - MARK_REACH) : quantity.start]
        tail = words[quantity.end : quantity.end + MARK_AFTER_REACH]
        if k + 1 < len(amounts) and _has(change.instead,
                                         words[quantity.end : amounts[k + 1].start]):
            marked += [("after", quantity), ("before", amounts[k + 1])]  # "X au lieu de Y"
            break
        after_from = _has(change.from_, head[-2:])
        if after_from and quantity.first > quantity.second:
            # "from 90k to 30k" is read as one range by the number grammar; falling, it is two
            marked += [("before", replace(quantity, second=quantity.first)),
                       ("after", replace(quantity, first=quantity.second))]
            break
        if after_from and k + 1 < len(amounts) and _has(
                change.to, words[max(quantity.end, amounts[k + 1].start - 2) :
                                 amounts[k + 1].start]):
            marked += [("before", quantity), ("after", amounts[k + 1])]  # "from 600 to 250"
            break
        fell_to = _has(change.to, head[-1:]) and _has_cue(change.down + change.up, head)
        if _has(change.before, head):
            marked.append(("before", quantity))
        elif _has(change.after, head) or _has(change.after, tail) or fell_to:
            marked.append(("after", quantity))  # "now 40", "bajamos a 70"
        else:
            marked.append(("", quantity))
    return marked


def _is_count_or_time(words: Sequence[str], quantity: Quantity, cues: Cues) -> bool:
    """Whether an amount is a head-count, a duration ("3 weeks") or how often, not takings."""
    following = words[quantity.end : quantity.end + 2]
    if any(w in cues.people or cues.units.get(w) == "people" for w in following):
        return True
    if following[:1] and (following[0] in cues.frequency or following[0] in cues.clock):
        # "on sort 3 fois par semaine au lieu de 6": trips, not takings; "close 4pm now
        # instead of 8pm": hours, not takings
        return True
    return bool(following) and cues.units.get(following[0]) in MONTHS_PER


_SINGLE: dict[int, tuple[Cues, frozenset[str]]] = {}


def _single_words(cues: Cues) -> frozenset[str]:
    """The words that are a whole cue by themselves ("storm"), made once per language."""
    kept = _SINGLE.get(id(cues))
    if kept is None or kept[0] is not cues:
        kept = (cues, frozenset(c.words[0] for c in cues.cues if len(c.words) == 1))
        _SINGLE[id(cues)] = kept
    return kept[1]


def _present(cues: Cues, words: set[str]) -> set[str]:
    """The cue words that match a word of the text (spelled so, by their stem, or a typo)."""
    found = {NUMBER_MARK}
    long = [w for w in words if len(w) >= TYPO_MIN_LENGTH and not is_real_word(w)]
    # A plural or feminine of a one-word cue ("storms", "tormentas") is the word, as `_same`
    # reads it, though a real word is never taken for a typo; in a longer cue the word is
    # held by grammar ("licencié personne" is nobody, "2 personnes" are two people).
    agreed = {w[: -len(end)] for w in words for end in AGREEMENT
              if w.endswith(end) and len(w) - len(end) >= TYPO_MIN_LENGTH}
    agreed &= _single_words(cues)
    for cue_word in cues.vocabulary:
        if cue_word in words or cue_word in agreed:
            found.add(cue_word)
        elif cue_word.endswith("*"):
            if any(_same(cue_word, w) for w in words):
                found.add(cue_word)
        elif len(cue_word) >= TYPO_MIN_LENGTH and process.extractOne(
                cue_word, long, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE):
            found.add(cue_word)
    return found


def _hits(clause: _Clause, number: int, cues: Cues,
          candidates: Iterable[Cue] | None = None, previous: Sequence[str] = ()) -> list[_Hit]:
    """Every cue found in one clause; longer cues win the words they share with shorter.

    Ignore phrases win first; a `self` cue needs a word for the writer in the clause; a cue of
    an `own` question about someone else ("our supplier shut down") is dropped.
    """
    words = clause.words
    kept = [(i, w) for i, w in enumerate(words) if w not in cues.stop_words and w not in SYMBOLS]
    plain = [w for _, w in kept]
    origin = [i for i, _ in kept]
    index = {i: k for k, (i, _) in enumerate(kept)}
    speaks_of_self = clause.self_said
    numbers = cues.grammar.values
    found: list[_Hit] = []
    for cue in cues.cues if candidates is None else candidates:
        if cue.self_only and not speaks_of_self:
            continue
        start = 0
        while (match := _match(cue, words, plain, index, numbers, start, origin)) is not None:
            positions, value, start = match
            if value is not None and not (
                    (cue.low is None or value >= cue.low)
                    and (cue.high is None or value <= cue.high)):
                continue
            if _since_inside(cue, words, origin, positions, cues):
                continue  # "fermé depuis lundi": since a day, not closed on that day
            own_negation = any(w in cues.negations for w in cue.words)
            inside = plain[positions[0] : positions[-1] + 1]
            before = plain[max(0, positions[0] - NEGATION_REACH) : positions[0]]
            negated = not own_negation and (
                any(w in cues.negations for w in before + inside)
                or _denied_after(words, origin, plain, positions[-1], cues)
                # "plus de cartes": a clause that opens with it is without them
                or (positions[0] == 1 and plain[0] in cues.negations_after))
            exact = sum(_exactly(w, plain[p]) for p, w in zip(positions, cue.words, strict=True))
            nxt = plain[positions[-1] + 1] if positions[-1] + 1 < len(plain) else clause.after
            hedged = (not any(w in cues.almost for w in cue.words)  # "casi nada" is a cue
                      and any(w in cues.almost for w in before[-1:] + inside))
            found.append(_Hit(cue, positions, negated, exact, nxt in cues.exceptions, number,
                              hedged))
            break
    # Ignore phrases first, then cues with more words, a plain reading before a negated one
    # ("plus aucun client": "aucun client" rather than "plus de clients" negated), then
    # counting stop words, exact before typos, then reading order.
    found.sort(key=lambda h: (h.cue.kind != IGNORE, -len(h.cue.words), h.negated,
                              -h.cue.strength, -h.exact, h.positions[0]))
    taken: dict[str, set[int]] = {}
    ignored: set[int] = set()
    kept_hits = []
    for hit in found:
        if hit.cue.kind == TRAIT:  # a trait takes no words: "young women" is two traits
            if NUMBER_MARK in hit.cue.words and _age_of_others(hit, plain, cues):
                continue  # "mes deux fils de 19 et 22 ans": their ages, not the writer's
            if ignored.isdisjoint(hit.positions):
                kept_hits.append(hit)
            continue
        # Cues of different questions may share words ("web dev": a sector and a skill), but
        # an `own` question's cue gives way to any other ("border closed", "ferme de").
        if hit.cue.kind == IGNORE and _owned(words, kept[hit.positions[0]][0], cues):
            continue  # "school* closed" is ignored of others' schools, not of "my school"
        rivals = taken.get(hit.cue.question, set()) | ignored
        if hit.cue.question in cues.own and hit.cue.kind != DOUBT:
            rivals = rivals.union(*taken.values())  # a doubt still casts its doubt
        if rivals.isdisjoint(hit.positions):
            taken.setdefault(hit.cue.question, set()).update(hit.positions)
            if hit.cue.kind == IGNORE:
                ignored.update(hit.positions)
            first, last = kept[hit.positions[0]][0], kept[hit.positions[-1]][0]
            if hit.cue.question in cues.about_us and _about_others(words, first, last, cues,
                                                                   previous):
                continue
            if hit.cue.question in cues.about_us and _theirs_after(words, first, last, cues):
                continue  # "the shop next to mine fired all his 5 boys": his staff
            if _has(cues.others_before.get(hit.cue.question, ()),
                    words[max(0, first - OTHERS_REACH) : first]):
                continue  # "we deliver to kiosks": the kiosks are customers
            if hit.cue.question in cues.own and (_closes_a_place(words, first, cues)
                                                 or _closes_a_place(words, last, cues)):
                continue  # "they shut the bridge": a road or a school, not the business
            if hit.cue.question in cues.own and _counted_thing(hit, words, kept, cues):
                continue  # "solo 90 almuerzos": how many lunches, not open for lunch only
            kept_hits.append(hit)
    return kept_hits


def _since_inside(cue: Cue, words: Sequence[str], origin: Sequence[int],
                  positions: Sequence[int], cues: Cues) -> bool:
    """Whether a word of `since` splits a cue: what follows it is when something began.

    "closed since Monday", "fermé depuis lundi", "cerrada desde el lunes" are closed, not
    "closed on Mondays"; a cue that holds the word itself ("closed since") keeps it.
    """
    if len(positions) < 2:
        return False
    inside = words[origin[positions[0]] + 1 : origin[positions[-1]]]
    return _has(cues.since, inside) and not _has(cues.since, cue.words)


def _denied_after(words: Sequence[str], origin: Sequence[int], plain: Sequence[str],
                  last: int, cues: Cues) -> bool:
    """Whether a negation after a cue (kept word `last`) denies it ("la carte marche plus").

    Not one that opens what follows it: "plus" before "de", "aucun" or a number ("blocus du
    carburant plus d'essence", "plus d'1 an", "plus aucune réservation"); nor a "pas" that
    closes a "ne" said after the cue ("ville morte on ne peut pas sortir").
    """
    for k in range(last + 1, min(len(plain), last + 1 + NEGATION_AFTER_REACH)):
        word = plain[k]
        if word in cues.negations and word not in cues.negations_after:
            return False  # "ne ... pas": a negation of its own, of what follows the cue
        if word not in cues.negations_after:
            continue
        at = origin[k] + 1
        following = words[at] if at < len(words) else None
        if following is not None and (following in cues.of_words
                                      or following in cues.negations
                                      or _number(following, cues.grammar.values) is not None):
            continue  # "plus de", "plus aucun", "plus 3": more of what follows, or none
        return True
    return False


def _theirs_after(words: Sequence[str], first: int, last: int, cues: Cues) -> bool:
    """Whether what a cue acts on, right after it, is someone else's ("fired *his* boys").

    "licencié tous *ses* employés", "despidió a *sus* chicos": a third person's possessive in
    the few words after the cue; not when we are its subject ("my shop fired its cooks"). A
    word for us after a preposition is a place, not the subject ("the shop next to mine");
    and someone else must be named before the cue ("despedí a sus sobrinos" is the writer's).
    """
    def someone(at: int) -> bool:
        return any(_exactly(noun, words[at]) for noun in (*cues.others, *cues.business_nouns))

    if not any(someone(i) for i in range(first)):
        return False
    if any(w in cues.ours and (i == 0 or words[i - 1] not in PLACE_PREPOSITIONS)
           and not (i + 1 < len(words) and someone(i + 1))  # "my neighbour" is not us
           for i, w in enumerate(words[: last + 1])):
        return False
    return any(w in THEIRS for w in words[last + 1 : last + 1 + MARK_AFTER_REACH])


def _closes_a_place(words: Sequence[str], last: int, cues: Cues) -> bool:
    """Whether what a cue closes, right after it, is a place ("closed *the road*").

    Only the first word after the cue that is not a stop word counts, and not one of ours
    ("closed our office" is our closure); "closed because the road..." is ours too.
    """
    for word in words[last + 1 : last + 4]:
        if word in cues.ours:
            return False
        if word not in cues.stop_words:
            return any(_exactly(place, word) for place in cues.places)
    return False


def _counted_thing(hit: _Hit, words: Sequence[str], kept: Sequence[tuple[int, str]],
                   cues: Cues) -> bool:
    """Whether a cue's first word limits a number of things ("only 40 lunches (a night)").

    "only", "solo", "seulement" right before a number and a thing limit a quantity, not the
    opening hours; a number of days or hours ("only 3 days", "seulement 4 h") is still how
    long it opens, and an hour said further on ("cerramos a las 5 de la tarde") is not right
    after the cue's first word.
    """
    if len(hit.positions) < 2 or NUMBER_MARK in hit.cue.words:
        return False
    first, second = kept[hit.positions[0]][0], kept[hit.positions[1]][0]
    if second - first < 2 or _number(words[first + 1], cues.grammar.values) is None:
        return False
    thing = words[first + 2]
    return cues.units.get(thing) is None and thing not in cues.clock


def _age_of_others(hit: _Hit, plain: Sequence[str], cues: Cues) -> bool:
    """Whether an age cue's number follows a word for other people: it is their age.

    "two boys 24", "mis hijos de 20 y 23 años"; not with a word for the writer between.
    """
    for word in reversed(plain[max(0, hit.positions[0] - AGE_REACH) : hit.positions[0]]):
        if word in cues.self_words:
            return False
        if word in cues.people or cues.units.get(word) == "people":
            return True
    return False


def _previous_words(clauses: Sequence[_Clause], number: int) -> list[str]:
    """The words of the clause before, when it is of the same sentence."""
    if number and clauses[number - 1].sentence == clauses[number].sentence:
        return clauses[number - 1].words
    return []


def _about_others(words: Sequence[str], first: int, last: int, cues: Cues,
                  previous: Sequence[str] = ()) -> bool:
    """Whether the words at first..last speak of someone else ("the school closed").

    Their subject is the nearest word for someone before them, unless a word for us or a
    subject break comes first; in a relative clause ("the mill *that* sold us flour closed")
    it is the word before the relative pronoun.
    """
    relative = max((i for i, w in enumerate(words[:first]) if w in cues.relatives), default=-1)
    if relative > 0 and any(_exactly(other, w) for w in words[max(0, relative - 3) : relative]
                            for other in cues.others):
        return True
    # "the police closed *my bar*": whoever did it, what was closed is ours.
    if any(_owned(words, at, cues, named_other=False)
           for at in range(last + 2, min(len(words), last + 4))):
        return False
    # A clause that starts without a subject ("..., está toda cerrada") goes on speaking of
    # the last one named in the clause before it, in the same sentence ("obras en mi calle").
    before = [*previous, *words[:first]]
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in cues.ours or word in cues.subject_breaks:
            break
        if any(_exactly(other, word) for other in cues.others) and not _a_verb(before, i, cues):
            return not _owned(before, i, cues)
    if last + 1 < len(words) and words[last + 1] in cues.of_words:
        return any(_exactly(other, w) for w in words[last + 2 : last + 5]
                   for other in cues.others)  # "the closure of the border"
    return False


def _a_verb(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a word for someone else is said as a verb here, so names no one.

    "ça marche", "le magasin marche comme d'habitude", "ça marche plus": after a pronoun or
    a business (its subject), or denied by a negation that follows it; "le marché" is not.
    """
    before = words[at - 1] if at else ""
    if before in SUBJECTS or any(_exactly(noun, before) for noun in cues.business_nouns):
        return True
    following = [w for w in words[at + 1 : at + 3] if w not in cues.stop_words]
    return bool(following) and following[0] in cues.negations_after and (
        at + 2 >= len(words) or words[at + 2] not in cues.of_words)


def _owned(words: Sequence[str], at: int, cues: Cues, named_other: bool = True) -> bool:
    """Whether the word at `at` is a business of ours: "my nursery school", "notre hôtel".

    A sector word after "my" or "our"; with `named_other`, only one that could also name
    someone else's business (an `others` word such as "school"), not a verb ("I make").
    """
    return (any(w in cues.ours for w in words[max(0, at - 2) : at])
            and (not named_other or any(_exactly(other, words[at]) for other in cues.others))
            and any(_exactly(noun, words[at]) for noun in cues.business_nouns))


def _match(cue: Cue, words: list[str], plain: list[str], index: Mapping[int, int],
           numbers: Mapping[str, float], start: int, origin: Sequence[int] | None = None
           ) -> tuple[tuple[int, ...], float | None, int] | None:
    """Where a cue is in a clause (positions among the words kept), its number, next start.

    A cue with a `phrase` must appear as written, stop words and all. A trait is never read
    from a typo: "panadera" is one word off "panadería", "vendedor" one off "vendedora".
    """
    typos = cue.kind != TRAIT
    if cue.phrase is None:
        found = _find(cue.words, plain, numbers, start, typos=typos, origin=origin)
        return None if found is None else (found[0], found[1], found[0][0] + 1)
    while (found := _find(cue.phrase, words, numbers, start, gap=0, typos=typos)) is not None:
        start = found[0][0] + 1
        positions = tuple(index[p] for p in found[0] if p in index)
        if len(positions) == len(cue.words):
            return positions, found[1], start
    return None


def _choose(said: Iterable[_Said], cues: Cues) -> dict[str, str]:
    """One option per question from what the text says about it.

    A current question ("is it trading?") listens to "now" clauses over unmarked ones and
    never to past or future ones. Plain statements beat generic ones, which beat negations.
    A `highest` question takes the highest option said; figures that agree outweigh words; a
    `careful` question told two different things (or one and a `doubt`, "the curfew", that
    could mean another) stays unknown; any other takes its longest cue (the first on a tie).
    """
    by_question: dict[str, list[_Said]] = {}
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
        plain = [s for s in items if not s.negated and not s.generic]
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
        if qid in cues.careful and len(options) > 1 and qid in cues.causes:
            options = _root_cause(options - {""}, cues.causes[qid])
            plain = [s for s in plain if s.option in options]
        if qid in cues.careful and len(options) > 1:
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


def _off_topic(answers: Mapping[str, str], strong: set[str], clauses: list[_Clause],
               cues: Cues, specific_sector: bool = False) -> bool:
    """Whether a reading is not about the writer's business ("reset my facebook password").

    A text that names a business (a specific sector cue: "bakery", not the generic "market")
    is about one. Otherwise it must say something specific (an answer not read from a generic
    cue: "comment ça marche ? il faut payer ?" reads nothing); a text with words of another
    domain (`elsewhere`: a match, homework, a recipe) and no word about a business ("sales",
    "staff", "boutique") reads nothing; and a thin reading (one answer from a single word,
    "facebook") needs a word about a business or about us. `strong` are the questions a
    plain, specific cue of a sector or of several words answered ("me and my daughter").
    """
    if specific_sector:
        return False
    if not any(not _only_generic(q, strong) for q in answers):
        return True  # "comment ça marche ? il faut payer ?"
    words = [w for c in clauses for w in c.words]
    business = any(w in cues.people or any(_exactly(t, w) for t in cues.topic) for w in words)
    ours = any(w in cues.ours for w in words)
    if set(answers) <= ABOUT_THE_WORLD and not (business or ours):
        return True  # "the price of rice went up 30 %, is that normal?"
    if not business and any(_exactly(e, w) for e in cues.elsewhere for w in words):
        return True  # about a match, homework, a recipe: nothing of a business in it
    if business or strong or len(answers) >= MIN_OFF_TOPIC_ANSWERS:
        return False
    return not any(w in cues.us_words for w in words)


def _only_generic(question: str, strong: set[str]) -> bool:
    """Whether an answer came only from a generic cue (the sector "market")."""
    return question == "sector" and question not in strong


# --- presenting what was understood --------------------------------------------------------


@dataclass(frozen=True)
class Understood:
    """One answer read from a description, in the words of a language."""

    area: str
    question: str
    answer: str


def understood(knowledge: Knowledge, answers: Mapping[str, str]) -> list[Understood]:
    """The answers in questionnaire order, as ids."""
    return [Understood(q.area, q.id, answers[q.id]) for q in knowledge.questions
            if q.id in answers]


def understood_lines(knowledge: Knowledge, lang: str, answers: Mapping[str, str]) -> list[str]:
    """What was understood, one plain-text line per answer ("Cash lasts: Under 2 weeks")."""
    return [knowledge.message(lang, "describe_item",
                              question=knowledge.short_name(lang, item.question),
                              answer=knowledge.answer_label(lang, item.question, item.answer))
            for item in understood(knowledge, answers)]


def unjudged_areas(knowledge: Knowledge, scores: Mapping[str, int | None]) -> list[str]:
    """Scored areas the answers say nothing about."""
    return [area for area, score in scores.items() if score is None and area in knowledge.areas]
