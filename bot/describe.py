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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bot.ages import AGE_TRAITS, age_at_start, age_of_writer, bare_age, derived_answers
from bot.clauses import (
    AGREEMENT,
    GAP,
    PAID_BUT,
    TYPO_MIN_LENGTH,
    TYPO_SCORE,
    Clause,
    Hit,
    Said,
    exactly,
    find_phrase,
    has_cue,
    has_phrase,
    number_word,
    owned,
    phrases_at,
    same_word,
)
from bot.cues import (
    ANSWER,
    DOUBT,
    GENERIC,
    IGNORE,
    NUMBER_MARK,
    TRAIT,
    Cue,
    Cues,
    words_of,
)
from bot.headcount import (
    alone_now,
    bare_counts,
    head_counts,
    let_go_number,
    taken_back,
    whose_count,
)
from bot.judging import (
    NEGATION_REACH,
    TRADING,
    a_condition,
    anothers_trade,
    by_nobody,
    cash_or_another,
    contrasted_hits,
    effect_hits,
    kept_positions,
    none_let_go,
    not_done,
    our_kind,
    owed_with_payables,
    resolved,
    short_week,
    still_paid,
    strike_stops_goods,
    trading,
    working_now,
)
from bot.knowledge import Knowledge
from bot.lexicon import is_real_word
from bot.matching import MONTHS_PER, Matcher, Matchers
from bot.numbers import Quantity, digits, quantities
from bot.over import begun_at, taken_ill, told_over
from bot.sales import AMOUNT, SYMBOLS, price_said, sales_changes, usual_rise
from bot.whose import named_ours, someone_elses, we_are, whole_kind

#: A text is clearly in a language other than the user's when at least one word in this
#: many is one of that language's small words (see `Describer.read`).
CLEAR_SHARE = 3
#: Words at most in a question that ends a sentence of statements ("pls what do i do?").
SHORT_QUESTION = 6
#: Longest description read; Telegram allows 4096 characters but a description is a few lines.
MAX_DESCRIPTION = 1500
#: How far after a cue a trailing negation applies ("la carte marche plus").
NEGATION_AFTER_REACH = 2
#: A longer stretch of years is an age ("29 years", "27 ans"), not how long cash lasts.
MAX_RUNWAY_YEARS = 5
#: Months added to a runway said as "more than" an amount ("over a month" is past one month).
MORE_THAN = 0.01
#: How many words besides an amount a sentence answering a question may hold ("like 10 days").
ANSWER_WORDS = 1
#: How many words (stop words left out) before an age a word for people makes it theirs.
AGE_REACH = 3
#: A reading with fewer answers than this, no sector and no word about a business is read as
#: off-topic ("how do I reset my facebook password").
MIN_OFF_TOPIC_ANSWERS = 2
#: Questions about the world around the business: a text that answers only these ("the price
#: of rice went up 30 %") says nothing about a business.
ABOUT_THE_WORLD = frozenset({"crisis_type"})


@dataclass(frozen=True)
class Reading:
    """What a description says: the language it was read in and the answers it gives."""

    lang: str
    answers: dict[str, str]


def sentences_of(text: str, cues: Cues) -> list[str]:
    """The text's sentences (the cues' language knows its abbreviations)."""
    return [s for s, _ in _sentences(text, cues)]


def _sentences(text: str, cues: Cues) -> list[tuple[str, bool]]:
    """The text's sentences, each with whether it is a question ("je ferme ou quoi ?")."""
    parts = re.split(r"([.!?\n]+)(?!\d)", text[:MAX_DESCRIPTION])
    texts, ends = [parts[0]], []
    for end, part in zip(parts[1::2], parts[2::2], strict=True):
        if end == "." and _shortened(texts[-1], part, cues):
            texts[-1] += end + part  # "approx. 3 weeks", "Mme. Diallo", "27 y.o girl"
        else:
            texts.append(part)
            ends.append(end)
    ends.append("")
    return [(part, "?" in end) for part, end in zip(texts, ends, strict=True) if part.strip()]


def _shortened(before: str, after: str, cues: Cues) -> bool:
    """Whether the dot between two pieces of text ends an abbreviation, not a sentence.

    The word before it is one that is only ever written shortened ("approx", "env", "Sr"), a
    title that may be a word too ("M", "St") before a name, or a letter of an initialism
    ("y.o", "e.g."): a dot right after another or right before a letter.
    """
    last = re.search(r"(\w+)$", before)
    if last is None:
        return False
    word = last.group(1).lower()
    if word in cues.shortened:
        return True
    if word in cues.titles and re.match(r"\s*[^\W\d_]", after) and after.lstrip()[:1].isupper():
        return True
    return (len(word) == 1 and word.isalpha()
            and (before[: last.start()].endswith(".") or after[:1].isalpha()))


def clauses_of(text: str, cues: Cues) -> list[list[str]]:
    """The text's clauses (split at sentence marks, commas, semicolons and brackets)."""
    return [words for sentence in sentences_of(text, cues) for words in _clause_words(sentence)]


def _clause_words(sentence: str) -> list[list[str]]:
    # A bracket is an aside: it does not cut the clause it stands in, and its own clauses are
    # read right before that one, so that an amount in it is not taken for one of the clause
    # after ("El principal (60% de mis ingresos) recortó": the main buyer cut its orders).
    asides: list[str] = []

    def aside(match: re.Match[str]) -> str:
        asides.append(match.group(1))
        return f" {_ASIDE}{len(asides) - 1} "

    parts = re.split(_CUT, re.sub(r"\(([^()]*)\)", aside, sentence))
    found = []
    for part in parts:
        found += [piece for k in re.findall(rf"{_ASIDE}(\d+)", part)
                  for piece in re.split(_CUT, asides[int(k)])]
        found.append(re.sub(rf"{_ASIDE}\d+", " ", part))
    return [words for part in found if (words := words_of(part))]


#: Where a clause ends inside a sentence, and what stands for an aside while it is cut.
_CUT = r"[;:()]+|,(?!\d)|\s[-–—]\s"
_ASIDE = "\x00aside"


# --- reading a description ----------------------------------------------------------------


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
            # When the user's language reads nothing, every other is tried, best fitting
            # first: two languages can share a text's few small words ("a", "en").
            tried = [best] if own.answers else sorted(order[1:], key=fit, reverse=True)
            for code in tried:
                other = Reading(code, self._read(text, code))
                if other.answers:
                    return max((own, other), key=lambda r: len(r.answers) + fit(r.lang))
            return own
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
        named = named_ours(clauses, cues)
        hits = [hit for number, clause in enumerate(clauses)
                for hit in _hits(clause, number, cues, candidates,
                                 _previous_words(clauses, number), named)]
        hits += working_now(hits, clauses, cues)
        # "personne licencié": no one laid off, a lay-off denied like "nobody was laid off".
        hits = [replace(hit, negated=True) if by_nobody(hit, clauses[hit.clause], cues)
                else hit for hit in hits]
        said: list[Said] = []
        # How long cash lasts, and the clauses that speak of cash: a runway cue naming a time
        # ("a month and a bit") counts only in one of them.
        runway, cash_clauses = self._runway(clauses, lang, hits)
        traits: dict[str, bool] = {}
        effects = effect_hits(hits, clauses, cues)
        contrasted = contrasted_hits(hits, clauses, cues)
        over = told_over(hits, clauses, cues) | taken_ill(hits, clauses, cues)
        for number, hit in enumerate(hits):
            if number in over:
                continue  # "the tsunami in 2004, that is long over", "me dio dengue": not now
            if number in effects:
                continue  # "burnt during the riots": the riots are the crisis
            if number in contrasted:
                # "the bakery laid off 3 but I kept mine" (theirs, then ours); "vamos al
                # día, pero quizás no lleguemos a pagar" (a risk said last); "cash mostly"
                continue
            if hit.cue.kind == DOUBT and resolved(hit, hits, clauses):
                continue  # "we reopened but only for lunch": the doubt is answered
            if hit.cue.kind == PAID_BUT:
                if not still_paid(hit, hits, clauses, cues):
                    continue  # "I don't know for how long" of anything but a payment
                hit = replace(hit, cue=replace(hit.cue, kind=ANSWER))
            if hit.cue.kind == TRAIT:
                name = hit.cue.option
                if name in AGE_TRAITS and not age_of_writer(hit, clauses, cues):
                    continue  # "the drought killed many young plants": nobody's age
                if hit.negated:
                    name = cues.trait_negated.get(name, "")
                if name:
                    traits[name] = True
            elif hit.cue.kind in (ANSWER, GENERIC, DOUBT):
                if price_said(hit, clauses[hit.clause], cues):
                    continue  # "le prix du riz a augmenté": prices, not sales
                if usual_rise(hit, clauses[hit.clause], cues):
                    continue  # "en plein été qui est normalement ma meilleure saison": usual
                if hit.cue.question == "cash_runway" and a_condition(hit, clauses, cues):
                    continue  # "if this goes on until the end of the month": no cash said
                if hit.cue.question == "cash_runway" and _a_span(hit.cue, cues) \
                        and hit.clause not in cash_clauses:
                    continue  # "closed for a month and a bit": a time, not how long cash lasts
                if clauses[hit.clause].asked and hit.cue.question in cues.careful:
                    continue  # "je ferme ou quoi ?" asks whether to close, it is still open
                option = hit.cue.option
                if anothers_trade(hit, clauses[hit.clause], cues):
                    continue  # "the mama who sells rolex at our stage": her trade, not ours
                if hit.whole_kind is not None and not our_kind(hit, hits, clauses, cues):
                    continue  # "the police closed all bars", said by a tailor: not ours
                if hit.cue.question == TRADING:
                    weighed = trading(hit, option, hits, clauses, cues)
                    if weighed is None:
                        continue  # "notre prêt est payé normalement": said of the loan
                    option = weighed
                if hit.cue.question == "supplier_risk" and owed_with_payables(hit, hits,
                                                                           clauses, cues):
                    continue  # "lease and thread supplier all late": our payments are late
                if hit.cue.question == "staff_change" and option == "laid_off" \
                        and not hit.negated and not_done(hit, clauses[hit.clause], cues):
                    continue  # "fewer hours rather than let anyone go": nobody was let go
                if hit.cue.question == "staff_change" and option == "unchanged" \
                        and none_let_go(hit, cues) and short_week(clauses, cues):
                    option = "reduced_hours"  # "3 dias por semana ... no hemos despedido"
                if hit.cue.question == "payments" and option == "cash_only" \
                        and cash_or_another(hit, clauses[hit.clause], cues):
                    option = "mobile_or_card"  # "cash or M-PAiSA": cash is not the only way
                if strike_stops_goods(hit, hits, cues):
                    option = "blockade"  # "le port est en grève, mes marchandises bloquées"
                if hit.limited:
                    option = cues.excepted.get(hit.cue.question, {}).get(option, option)
                softened = cues.almost_means.get(hit.cue.question)
                if hit.hedged and softened is not None:
                    if option not in softened:
                        continue  # "almost closed": neither closed nor open, so asked
                    option = softened[option]  # "n'achètent presque plus": not quite stopped
                said.append(Said(hit.cue.question, option,
                                  (len(hit.cue.words), hit.cue.strength),
                                  clauses[hit.clause].time, hit.negated, hit.cue.kind == GENERIC))
        if (age := age_at_start(clauses, cues) or bare_age(clauses, cues)) is not None:
            traits[age] = True  # "Rashida, 41, small garment unit", "tengo 26": the writer's age
        said += runway
        left = any(hit.cue.question == "staff_change" and hit.cue.option == "laid_off"
                   and not hit.negated for hit in hits)
        # "12 staff all laid off", "the factory next door laid off 10": a count beside a
        # lay-off is of those let go; not where the writer is named ("después de los despidos
        # quedamos 11 con todo y yo": no one lets themself go), nor one a cue counts itself
        laid_off = [hit for hit in hits if hit.cue.question == "staff_change"
                    and hit.cue.option == "laid_off" and not hit.negated]
        let_go = frozenset(hit.clause for hit in laid_off if NUMBER_MARK not in hit.cue.words
                           and not any(w in cues.self_words for w in clauses[hit.clause].words))
        # "I had 12 workers, I had to let 5 of them go": every clause of a lay-off said
        cut = frozenset(hit.clause for hit in laid_off)
        said += self._size(clauses, lang, alone_now(hits, clauses), left, let_go, cut)
        for change in cues.changes:
            said += sales_changes(clauses, change, cues)
        answers = _choose(said, cues)
        strong = {s.question for s in said if not (s.generic or s.negated)
                  and (s.question == "sector" or s.weight[1] > 1)}
        for qid, derived in derived_answers(set(traits), cues).items():
            if qid not in answers:
                answers[qid] = derived
                strong.add(qid)  # what the writer says of themself is about the business
        specific = any(s.question == "sector" and not (s.generic or s.negated) for s in said)
        # "how do i stop my jollof rice from burning?": the dish is named in the question.
        asked = all(clauses[h.clause].asked for h in hits
                    if h.cue.question == "sector" and h.cue.kind == ANSWER and not h.negated)
        if _off_topic(answers, strong, clauses, cues, specific, asked):
            return {}
        # A question the assessment would not ask is not read either: a taxi driver on their
        # own who "works 3 days a week now" says nothing of staff hours.
        return self.knowledge.applicable_answers(answers)

    def _clauses(self, text: str, cues: Cues) -> list[Clause]:
        """The text cut into clauses, each with its time and amounts."""
        clauses: list[Clause] = []
        number = -1
        for sentence, asked in _sentences(text, cues):
            previous: str | None = None
            first = len(clauses)
            parts = [words for part in _clause_words(sentence)
                     for words in _split(_percent_signs(_respell(part, cues), cues),
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
                clauses.append(Clause(words, number, time, after,
                                       quantities(words, cues.grammar), answer=answer))
                previous = time
            said = any(w in cues.self_words for c in clauses[first:] for w in c.words)
            # "con el dengue ... vendo menos, que hago?": statements, then a short question of
            # their own; only that question is asked. A longer last clause, or a question of
            # one clause ("je ferme ou quoi ?"), leaves the whole sentence asked.
            tail = len(clauses) - 1 if (len(clauses) - first > 1
                                        and len(clauses[-1].words) <= SHORT_QUESTION) else first
            for number_in, clause in enumerate(clauses[first:], start=first):
                clause.self_said = said
                clause.asked = asked and not answer and number_in >= tail
        return clauses

    def _runway(self, clauses: list[Clause], lang: str, hits: Sequence[Hit] = ()
                ) -> tuple[list[Said], set[int]]:
        """How long cash lasts, from durations in clauses about cash, and those clauses.

        An amount inside a runway cue ("un mes y algo", "a month and a bit") is the cue's to
        answer: the cue says what the bare amount does not.
        """
        question = self.knowledge.question("cash_runway")
        cues = self.cues[lang]
        if question is None or "cash_runway" not in cues.amounts:
            return [], set()
        matcher = self.matchers.get(lang, question)
        spans: dict[int, list[tuple[int, int]]] = {}
        for hit in hits:
            if hit.cue.question == "cash_runway" and not hit.negated:
                kept = kept_positions(clauses[hit.clause].words, cues)
                spans.setdefault(hit.clause, []).append(
                    (kept[hit.positions[0]], kept[hit.positions[-1]]))
        cash: set[int] = set()
        said: list[Said] = []
        about_cash = False
        guess: _Guess | None = None  # the last duration read, for "…, maybe 3"
        dropped: set[int] = set()  # durations made a range by "or" that spans two options
        for number, clause in enumerate(clauses):
            words = clause.words
            if number and clauses[number - 1].sentence != clause.sentence:
                about_cash = False
            if has_phrase(cues.amounts_not.get("cash_runway", ()), words):
                about_cash = False
                continue
            # "cash for 2 weeks, maybe 3 months": a clause that is only an amount goes on
            # speaking of what the clause before it spoke of, and so does one whose subject
            # is a pronoun for it ("some money put aside, it will go for 2 months", "tengo
            # unos ahorros, eso nos da para dos meses").
            if has_cue(cues.amounts["cash_runway"], words):
                about_cash = True
            elif not (about_cash and (_only_amount(clause, cues) or clause.answer
                                      or (bool(words) and words[0] in cues.subjects))):
                about_cash = False
                continue
            cash.add(number)
            if clause.time == "past":
                continue  # "the car was in water 3 days": how long cash lasts is said of now
            for quantity in clause.quantities:
                if any(first <= at <= last for first, last in spans.get(number, ())
                       for at in (quantity.start, quantity.end)):
                    continue  # "un mes y algo": the cue answers
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
                if _more_than(words, quantity, cues):
                    # "over a month", "más de un mes": past the amount said, into the next
                    # option when the amount is an option's bound.
                    low, high = low + MORE_THAN, high + MORE_THAN
                options = {matcher.by_number(low), matcher.by_number(high)}
                if len(options) != 1:
                    continue  # "3-4 months" could be either: not sure, not read
                if bare and alternative and guess is not None and guess.said is not None:
                    at = guess.said
                    if guess.clause == number and any(
                            w in cues.grammar.ranges for w in words[guess.end : quantity.start]):
                        # "un mois ou deux", "a month or two": one amount, from one to the
                        # other (about 1-2 months), as "one or two months" is; read only
                        # when both ends fall in one option.
                        ends = {matcher.by_number(min(low, guess.low)),
                                matcher.by_number(max(high, guess.high))}
                        if len(ends) != 1:
                            dropped.add(at)
                        guess = None
                        continue
                    # Of two guesses the shorter: a plan must not count on cash that may
                    # not be there ("1 mois, peut-être 2" is a month).
                    if low < guess.low:
                        said[at] = Said("cash_runway", options.pop(), AMOUNT, clause.time)
                        guess = replace(guess, low=low)
                    continue
                said.append(Said("cash_runway", options.pop(), AMOUNT, clause.time))
                unit_of, end = _unit_at(words, quantity, matcher)
                guess = _Guess(clause.sentence, number, end, unit_of, low, high, len(said) - 1)
        for clause in clauses:  # "mes y medio": a unit and a half, no number said
            if not has_cue(cues.amounts["cash_runway"], clause.words):
                continue
            for i, word in enumerate(clause.words):
                unit = matcher.units.get(matcher.unit_word(word))
                if (unit in MONTHS_PER and (i == 0 or number_word(clause.words[i - 1],
                                                                matcher.numbers) is None)
                        and matcher.half_after(clause.words, i)):
                    option = matcher.by_number(1.5 * MONTHS_PER[unit])
                    said.append(Said("cash_runway", option, AMOUNT, clause.time))
        return [s for k, s in enumerate(said) if k not in dropped], cash

    def _size(self, clauses: list[Clause], lang: str, alone: int | None = None,
              left: bool = False, let_go: frozenset[int] = frozenset(),
              cut: frozenset[int] = frozenset()) -> list[Said]:
        """The head-count now: the largest count said, the writer added where they count.

        The writer alone now (`alone`, the clause of "now I work alone") beats the counts
        said before it ("I had 4 helpers, I let them go, now I am alone" is one), and those
        after it with no "now" of their own ("just me now, my 2 workers left"). So does a
        count in a clause marked as now when people were let go (`left`): "I had 10, laid
        off 6, now 4 of us remain"; without, "3 guys are now part time" is some of them. A count
        in the clause of a lay-off (`let_go`, "12 staff all laid off") is of those let go: how
        many still work is not said, so it is asked. (Staff "sent home" for a while are no
        lay-off: their count stands.) A number let go in a clause of a lay-off (`cut`) right
        after our count, in its sentence or the one before, leaves the rest: "I had 12
        workers, I had to let 5 of them go" is 7 and the writer, now.
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
            found, at = head_counts(clause, cues, matcher, earlier)
            whose = whose_count(clause.words, at, cues) if found else None
            if not found and clause.time == "now" and previous_past:
                found = bare_counts(clause, cues)  # "we were 11, now 6"
            gone = let_go_number(clause, cues, matcher) if (
                number in cut and clause.time != "future") else None
            if gone is not None and (rest := _rest_after(counts, clauses, number, gone, cues,
                                                         matcher)):
                counts[rest[0]] = rest[1]  # "I had 12 workers, I let 5 of them go": 7 and me
                previous_past = False
                continue
            if found and number in let_go:
                continue  # "12 staff all laid off": those let go, not those at work
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
        # "its just me now, my 2 workers left in may": alone now, a count after it without a
        # marker of now of its own ("now" carried from the clause before is none) is of before.
        counts = [c for c in counts if (c[4] == since or (
            c[4] > since and (alone is None or _time(clauses[c[4]].words, cues) == "now")))]
        # "the factory laid off 400, I have 8 girls working with me": beside the writer's
        # own count, a count in a clause about someone else of the same sentence is theirs.
        ours = {sentence for _, time, sentence, whose, _ in counts
                if whose == "ours" and time not in ("past", "future")}
        kept = [value for value, time, sentence, whose, _ in counts
                if time not in ("past", "future")
                and not (whose == "others" and sentence in ours)]
        if not kept:
            return []
        return [Said("size", matcher.by_number(max(kept)), AMOUNT, "now")]




_Count = tuple[float, str | None, int, str | None, int]


def _rest_after(counts: Sequence[_Count], clauses: Sequence[Clause], number: int,
                gone: float, cues: Cues, matcher: Matcher) -> tuple[int, _Count] | None:
    """The count left once `gone` are let go in clause `number`, and which count it replaces.

    The last count said before, ours (not someone else's) and not of a future, in the
    clause's sentence or the one before, and more than those let go; what is left is now.
    A count said of now already leaves those let go out; where the sentence goes on to take
    some back or on ("and took back 4 in June"), how many are left is not told.
    """
    if taken_back(clauses, number, cues, matcher):
        return None
    sentence = clauses[number].sentence
    for k in range(len(counts) - 1, -1, -1):
        value, time, said_in, whose, at = counts[k]
        if said_in < sentence - 1:
            return None
        if whose == "others" or time == "future":
            continue
        if value <= gone or time == "now":
            return None  # "we're 12 now, I had to let six go in March": 12 are left
        return k, (value - gone, "now", said_in, whose, at)
    return None


@dataclass(frozen=True)
class _Guess:
    """A duration read as how long cash lasts, which a second guess may follow."""

    sentence: int
    clause: int
    end: int  # the position after its unit word
    unit: str
    low: float  # in months
    high: float
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




def _only_amount(clause: Clause, cues: Cues) -> bool:
    """Whether a clause says nothing but an amount ("maybe 3 months", "ou 3 mois")."""
    inside = {i for q in clause.quantities for i in range(q.start, q.end)}
    return bool(clause.quantities) and all(
        i in inside or w in cues.stop_words or w in cues.units or w in cues.grammar.ranges
        for i, w in enumerate(clause.words))


def _a_span(cue: Cue, cues: Cues) -> bool:
    """Whether a cue names a span of time ("a month and a bit", "less than a month")."""
    return any(cues.units.get(w.rstrip("*")) in MONTHS_PER for w in cue.words)


def _more_than(words: Sequence[str], quantity: Quantity, cues: Cues) -> bool:
    """Whether the amount follows a word for "more than" ("over a month", "plus d'un mois")."""
    before = words[max(0, quantity.start - 2) : quantity.start]
    return any(_ends_with(before, phrase) for change in cues.changes for phrase in change.more)


def _ends_with(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Whether the words end with the phrase, as written."""
    return len(words) >= len(phrase) and all(
        exactly(w, words[len(words) - len(phrase) + k]) for k, w in enumerate(phrase))


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


def _time(words: Sequence[str], cues: Cues) -> str | None:
    """The time a clause speaks of, from its markers (a future marker wins, then now).

    A future marker made of "to go" ("vont", "vamos a") is one only before a verb: "ils vont
    rouvrir", "vamos a cerrar"; "mes ventes vont très bien", "va a la tienda" are not. A past
    marker after a word of `since` ("close since last week", "fermé depuis la semaine
    dernière") is when something began that still goes on: it marks no past.
    """
    for name in ("future", "now", "past"):
        phrases = cues.times.get(name, ())
        if name == "past":
            if any(not begun_at(words, at, cues) for at, _ in phrases_at(phrases, words)):
                return name
        elif name != "future":
            if has_phrase(phrases, words):
                return name
        elif any(_before_a_verb(p, i, words, cues) for p in phrases
                 for i in range(len(words) - len(p) + 1)
                 if all(exactly(w, words[i + k]) for k, w in enumerate(p))):
            return name
    return None


def _before_a_verb(phrase: tuple[str, ...], at: int, words: Sequence[str], cues: Cues) -> bool:
    """Whether a future marker found at `at` says a future: one of "to go" needs a verb after.

    A place after it is where one goes ("we stopped going to the market", "va a la
    escuela"); a verb is told by its ending where an infinitive shows one (French, Spanish),
    elsewhere ("going to close") any other word is taken for one.
    """
    if not any(w in cues.going for w in phrase):
        return True
    rest = [w for w in words[at + len(phrase) :] if w not in cues.stop_words]
    if rest and (rest[0] in cues.business_nouns
                 or any(exactly(place, rest[0]) for place in cues.others)):
        return False
    endings = cues.verb_endings
    if not endings:
        return True
    after = words[at + len(phrase) : at + len(phrase) + 2]
    return any(len(w) > 3 and w.endswith(endings) for w in after)


def _respell(words: list[str], cues: Cues) -> list[str]:
    """Words typed without an apostrophe, spelled as the cues spell them ("dont" → don t).

    A word that is also a possessive of someone else's ("its") is one where it stands
    between a word that takes an object and a word a possessive may come before: "the shop
    lost *its* roof", "let go *its* staff"; "its closed", "now its just me", "i think its
    over" are "it's".
    """
    return [part for i, word in enumerate(words)
            for part in ((word,) if word in cues.theirs and _possessive(words, i, cues)
                         else cues.respell.get(word, (word,)))]


def _possessive(words: Sequence[str], at: int, cues: Cues) -> bool:
    """Whether a possessive typed like a verb's contraction ("its") is the possessive here.

    Not at the start of a clause or after a word that opens a subject ("and", "but", "now",
    "that"), nor before a word no possessive precedes: a stop word, a negation, a word for
    the writer, a number ("its been", "its not", "its me", "its 3 months"). Elsewhere ("i
    think its closed") either reading leaves the cues the same: only "it" and "s" are lost.
    """
    if at == 0 or at + 1 >= len(words):
        return False
    before, after = words[at - 1], words[at + 1]
    if (before in cues.subject_breaks or before in cues.breaks or before in cues.relatives
            or before in cues.self_words or before in cues.ours
            or _time([before], cues) is not None):
        return False
    return not (after in cues.stop_words or after in cues.negations or after in cues.self_words
                or after in cues.ours or digits(after) is not None
                or after in cues.grammar.values)


def _percent_signs(words: list[str], cues: Cues) -> list[str]:
    """"30 per cent", "30 pour cent", "30 por ciento" written as "30 %", as cues spell it."""
    signs: list[str] = []
    i = 0
    while i < len(words):
        size = 0
        if signs and number_word(signs[-1], cues.grammar.values) is not None:
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
    if has_phrase(cues.since, words[max(0, quantity.start - 3) : quantity.start]):
        return None  # "since 3 weeks": how long it has lasted, not how long cash lasts
    if unit == "years" and quantity.high > MAX_RUNWAY_YEARS:
        return None  # "29 years": an age
    unit_at = at + units.index(unit)
    half = 0.5 if matcher.half_after(list(words), unit_at) else 0.0
    return ((quantity.low + half) * MONTHS_PER[unit], (quantity.high + half) * MONTHS_PER[unit])


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
    # A plural or feminine of a one-word cue ("storms", "tormentas") is the word, as `same_word`
    # reads it, though a real word is never taken for a typo; in a longer cue the word is
    # held by grammar ("licencié personne" is nobody, "2 personnes" are two people).
    agreed = {w[: -len(end)] for w in words for end in AGREEMENT
              if w.endswith(end) and len(w) - len(end) >= TYPO_MIN_LENGTH}
    agreed &= _single_words(cues)
    for cue_word in cues.vocabulary:
        if cue_word in words or cue_word in agreed:
            found.add(cue_word)
        elif cue_word.endswith("*"):
            if any(same_word(cue_word, w) for w in words):
                found.add(cue_word)
        elif len(cue_word) >= TYPO_MIN_LENGTH and process.extractOne(
                cue_word, long, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE):
            found.add(cue_word)
    return found


def _hits(clause: Clause, number: int, cues: Cues,
          candidates: Iterable[Cue] | None = None, previous: Sequence[str] = (),
          named: frozenset[str] = frozenset()) -> list[Hit]:
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
    found: list[Hit] = []
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
            exact = sum(exactly(w, plain[p]) for p, w in zip(positions, cue.words, strict=True))
            nxt = plain[positions[-1] + 1] if positions[-1] + 1 < len(plain) else clause.after
            hedged = (not any(w in cues.almost for w in cue.words)  # "casi nada" is a cue
                      and any(w in cues.almost for w in before[-1:] + inside))
            found.append(Hit(cue, positions, negated, exact, nxt in cues.exceptions, number,
                              hedged))
            if cue.question not in cues.own:
                break
            # "the border closed so our shop is closed too": an own question's cue may find
            # its words taken by another question's cue; a later match of it still speaks.
    # Ignore phrases first, then cues with more words, a plain reading before a negated one
    # ("plus aucun client": "aucun client" rather than "plus de clients" negated), then
    # counting stop words, exact before typos, then reading order.
    found.sort(key=lambda h: (h.cue.kind != IGNORE, -len(h.cue.words), h.negated,
                              -h.cue.strength, -h.exact, h.positions[0]))
    taken: dict[str, set[int]] = {}
    ignored: set[int] = set()
    kept_hits = []
    spoken: set[int] = set()  # own cues already kept: one reading each per clause
    for hit in found:
        if id(hit.cue) in spoken:
            continue
        if hit.cue.kind == TRAIT:  # a trait takes no words: "young women" is two traits
            if NUMBER_MARK in hit.cue.words and _age_of_others(hit, plain, cues):
                continue  # "mes deux fils de 19 et 22 ans": their ages, not the writer's
            if ignored.isdisjoint(hit.positions):
                kept_hits.append(hit)
            continue
        # Cues of different questions may share words ("web dev": a sector and a skill), but
        # an `own` question's cue gives way to any other ("border closed", "ferme de").
        if hit.cue.kind == IGNORE and (owned(words, kept[hit.positions[0]][0], cues)
                                       or words[kept[hit.positions[0]][0]] in named):
            continue  # "school* closed" is ignored of others' schools, not of "my school"
        rivals = taken.get(hit.cue.question, set()) | ignored
        if hit.cue.question in cues.own and hit.cue.kind != DOUBT and not we_are(
                words, kept[hit.positions[0]][0], cues):
            rivals = rivals.union(*taken.values())  # a doubt still casts its doubt
        if rivals.isdisjoint(hit.positions):
            taken.setdefault(hit.cue.question, set()).update(hit.positions)
            if hit.cue.kind == IGNORE:
                ignored.update(hit.positions)
            first, last = kept[hit.positions[0]][0], kept[hit.positions[-1]][0]
            if someone_elses(hit, words, first, last, cues, previous, named):
                if hit.cue.question in cues.own and (
                        kind := whole_kind(words, first, last, cues)):
                    # "the county closed all schools and tuition centres": whoever ordered
                    # it, a closure of every business of our kind is ours (see `our_kind`).
                    kept_hits.append(replace(hit, whole_kind=kind))
                    spoken.add(id(hit.cue))
                continue
            if hit.cue.question in cues.own and _counted_thing(hit, words, kept, cues):
                continue  # "solo 90 almuerzos": how many lunches, not open for lunch only
            if hit.cue.question in cues.own:
                spoken.add(id(hit.cue))
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
    return has_phrase(cues.since, inside) and not has_phrase(cues.since, cue.words)


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
                                      or number_word(following, cues.grammar.values) is not None):
            continue  # "plus de", "plus aucun", "plus 3": more of what follows, or none
        return True
    return False


def _counted_thing(hit: Hit, words: Sequence[str], kept: Sequence[tuple[int, str]],
                   cues: Cues) -> bool:
    """Whether a cue's first word limits a number of things ("only 40 lunches (a night)").

    "only", "solo", "seulement" right before a number and a thing limit a quantity, not the
    opening hours; a number of days or hours ("only 3 days", "seulement 4 h") is still how
    long it opens, and an hour said further on ("cerramos a las 5 de la tarde") is not right
    after the cue's first word.
    """
    if len(hit.positions) < 2 or NUMBER_MARK in hit.cue.words:
        return False
    if hit.cue.phrase is not None and GAP in hit.cue.phrase:
        return False  # "seulement * chambres sur": the cue itself leaves room for the number
    first, second = kept[hit.positions[0]][0], kept[hit.positions[1]][0]
    if second - first < 2 or number_word(words[first + 1], cues.grammar.values) is None:
        return False
    thing = words[first + 2]
    return cues.units.get(thing) is None and thing not in cues.clock


def _age_of_others(hit: Hit, plain: Sequence[str], cues: Cues) -> bool:
    """Whether an age cue's number follows a word for other people: it is their age.

    "two boys 24", "mis hijos de 20 y 23 años"; not with a word for the writer between.
    """
    for word in reversed(plain[max(0, hit.positions[0] - AGE_REACH) : hit.positions[0]]):
        if word in cues.self_words:
            return False
        if word in cues.people or cues.units.get(word) == "people":
            return True
    return False


def _previous_words(clauses: Sequence[Clause], number: int) -> list[str]:
    """The words of the clause before, when it is of the same sentence."""
    if number and clauses[number - 1].sentence == clauses[number].sentence:
        return clauses[number - 1].words
    return []


def _match(cue: Cue, words: list[str], plain: list[str], index: Mapping[int, int],
           numbers: Mapping[str, float], start: int, origin: Sequence[int] | None = None
           ) -> tuple[tuple[int, ...], float | None, int] | None:
    """Where a cue is in a clause (positions among the words kept), its number, next start.

    A cue with a `phrase` must appear as written, stop words and all. A trait is never read
    from a typo: "panadera" is one word off "panadería", "vendedor" one off "vendedora".
    """
    typos = cue.kind != TRAIT
    if cue.phrase is None:
        found = find_phrase(cue.words, plain, numbers, start, typos=typos, origin=origin)
        return None if found is None else (found[0], found[1], found[0][0] + 1)
    while (found := find_phrase(cue.phrase, words, numbers, start, gap=0,
                                typos=typos)) is not None:
        start = found[0][0] + 1
        positions = tuple(index[p] for p in found[0] if p in index)
        if len(positions) == len(cue.words):
            return positions, found[1], start
    return None


def _choose(said: Iterable[Said], cues: Cues) -> dict[str, str]:
    """One option per question from what the text says about it.

    A current question ("is it trading?") listens to "now" clauses over unmarked ones and
    never to past or future ones. Plain statements beat generic ones, which beat negations.
    A `highest` question takes the highest option said; figures that agree outweigh words; a
    `careful` question told two different things (or one and a `doubt`, "the curfew", that
    could mean another) stays unknown; any other takes its longest cue (the first on a tie).
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


def _off_topic(answers: Mapping[str, str], strong: set[str], clauses: list[Clause],
               cues: Cues, specific_sector: bool = False, sector_asked: bool = False) -> bool:
    """Whether a reading is not about the writer's business ("reset my facebook password").

    A text that names a business (a specific sector cue: "bakery", not the generic "market")
    is about one. Otherwise it must say something specific (an answer not read from a generic
    cue: "comment ça marche ? il faut payer ?" reads nothing); a text with words of another
    domain (`elsewhere`: a match, homework, a recipe) and no word about a business ("sales",
    "staff", "boutique") reads nothing; and a thin reading (one answer from a single word,
    "facebook") needs a word about a business or about us. `strong` are the questions a
    plain, specific cue of a sector or of several words answered ("me and my daughter").
    """
    words = [w for c in clauses for w in c.words]
    business = any(w in cues.people or any(exactly(t, w) for t in cues.topic) for w in words)
    # "I am a tailor, I need a job", "cuentame un chiste de contadores", "Do you store my
    # phone number?": a text that seeks a job, a joke, a recipe or speaks of the bot is about
    # a business only if a word of one stands outside those phrases ("les commandes ont
    # baissé"); a trade named there is the writer's, not a business of theirs.
    rest = [w for c in clauses for w in _outside(c.words, cues.aside)]
    if len(rest) < len(words) and not any(exactly(t, w) for t in cues.topic for w in rest):
        return True
    if specific_sector:
        # "how do i stop my jollof rice from burning? my aunty says foil": a question that
        # names a dish, with no word of a business, of people or of us, asks about cooking.
        return (set(answers) == {"sector"} and sector_asked
                and not business and not any(w in cues.us_words for w in words))
    if not any(not _only_generic(q, strong) for q in answers):
        return True  # "comment ça marche ? il faut payer ?"
    ours = any(w in cues.ours for w in words)
    if set(answers) <= ABOUT_THE_WORLD and not (business or ours):
        return True  # "the price of rice went up 30 %, is that normal?"
    if not business and any(exactly(e, w) for e in cues.elsewhere for w in words):
        return True  # about a match, homework, a recipe: nothing of a business in it
    if business or strong or len(answers) >= MIN_OFF_TOPIC_ANSWERS:
        return False
    return not any(w in cues.us_words for w in words)


def _outside(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> list[str]:
    """The words that no one of the phrases (as written) takes."""
    taken = {i + k for i, phrase in phrases_at(phrases, words) for k in range(len(phrase))}
    return [w for i, w in enumerate(words) if i not in taken]


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
