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

The text is cut into clauses by bot/sentences.py, the cues of each clause are found by
bot/hits.py, and one answer per question is chosen (or the text found off-topic) by
bot/choosing.py; this module weighs the hits, reads how long cash lasts and the head-count.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.ages import (
    AGE_SAID,
    AGE_TRAITS,
    age_at_start,
    age_of_writer,
    age_said,
    bare_age,
    derived_answers,
    gendered_self,
    headline_of_self,
    less_plain,
    named_at_start,
    opening,
    without_ages,
    writer_not,
)
from bot.choosing import choose, off_topic, said_as_main, together, visited
from bot.clauses import (
    PAID_BUT,
    Clause,
    Hit,
    Said,
    exactly,
    has_cue,
    has_phrase,
    number_word,
    previous_words,
    unit_after,
)
from bot.cues import (
    ANSWER,
    DOUBT,
    GENERIC,
    NUMBER_MARK,
    TRAIT,
    Cue,
    Cues,
    words_of,
)
from bot.fires import OTHER, generator_costs, indoor_fires
from bot.headcount import (
    THEIRS,
    alone_now,
    bare_counts,
    counted_before,
    fewer_across,
    fewer_now,
    head_counts,
    kept_or_left,
    let_go_number,
    rest_in_clause,
    said_now,
    taken_back,
    whose_count,
)
from bot.hits import clause_hits, present_words, without_opposites_inside
from bot.judging import (
    TRADING,
    a_condition,
    anothers_trade,
    blocked_by,
    by_nobody,
    calm_now,
    cash_or_another,
    conditioned,
    contrasted_hits,
    denied_by_nothing,
    effect_hits,
    feared,
    kept_positions,
    none_let_go,
    not_done,
    our_kind,
    owed_with_payables,
    resolved,
    short_week,
    staff_alike,
    staff_said,
    still_paid,
    strike_stops_goods,
    torn,
    trading,
    wallet_only,
    working_now,
)
from bot.knowledge import Knowledge
from bot.leader import AGES, SEXES, leader_traits
from bot.learned import LearnedReader
from bot.matching import MONTHS_PER, Matcher, Matchers
from bot.numbers import Quantity
from bot.over import AT_RISK, ON_TRACK, paid_till_now, payable_doubted, taken_ill, told_over
from bot.ratio import held_months
from bot.sales import AMOUNT, price_before, price_said, sales_changes, usual_rise
from bot.sentences import MAX_DESCRIPTION, cut_clauses, time_of
from bot.whose import for_someone, named_ours, of_writer, written_for_someone

log = logging.getLogger(__name__)

#: A text is clearly in a language other than the user's when at least one word in this
#: many is one of that language's small words (see `Describer.read`).
CLEAR_SHARE = 3
#: A longer stretch of years is an age ("29 years", "27 ans"), not how long cash lasts.
MAX_RUNWAY_YEARS = 5
#: Words of a cue (not counting small words) from which its answer is left to the cues.
FIRM_WORDS = 2
#: Months added to a runway said as "more than" an amount ("over a month" is past one month).
MORE_THAN = 0.01
#: The time of a count said after "had" in a clause no marker dates (`counted_before`).
HAD = "had"
#: Traits of a writer who names their husband or wife, and the sex each says once an age is
#: said too (`traits.a_wife` in the cue file).
SPOUSES = {"a_wife": "woman", "a_husband": "man"}


def _leaning(hits: Sequence[Hit], clauses: Sequence[Clause], withheld: frozenset[str]
             ) -> frozenset[tuple[str, str]]:
    """What a withheld question's words said, where they said it only in a question.

    "Do people still buy hand knits when everyone's skint??": asked, so never read, but the
    learned reader may give economic if it makes it likely enough. Not where they said two
    things ("first the floods, then the cholera": asked), nor of another time (a cyclone
    "now ok", talk of cholera up the coast).
    """
    found = []
    for qid in withheld:
        said = [h for h in hits if h.cue.question == qid and not h.negated]
        options = {h.cue.option for h in said}
        if len(options) == 1 and "" not in options and all(clauses[h.clause].asked
                                                           for h in said):
            found.append((qid, options.pop()))
    return frozenset(found)


@dataclass(frozen=True)
class Reading:
    """What a description says: the language it was read in and the answers it gives."""

    lang: str
    answers: dict[str, str]
    #: Careful questions the cues found words for and left unknown: told two different
    #: things, a price not sales ("le papier a augmenté de 40 %"), a crisis that is over, a
    #: fall of exactly half; asked, never guessed, so the learned reader leaves them too.
    #: After the learned reader, also the questions whose cue answer it doubted and dropped.
    withheld: frozenset[str] = frozenset()
    #: Questions answered by a phrase of `FIRM_WORDS` words or more, or by an amount.
    firm: frozenset[str] = frozenset()
    #: (question, answer): a withheld question's one answer, said only in questions (`_leaning`).
    leaning: frozenset[tuple[str, str]] = frozenset()


# --- reading a description ----------------------------------------------------------------


class Describer:
    """Reads descriptions in every language that has cues."""

    def __init__(self, knowledge: Knowledge, matchers: Matchers | None = None,
                 learned: bool = True) -> None:
        self.knowledge = knowledge
        self.matchers = matchers or Matchers(knowledge)
        # Parsed and checked when the content was loaded; unpickled from the content cache,
        # and what reading takes from every cue made now rather than at the first description.
        self.cues: dict[str, Cues] = dict(knowledge.cues)
        for cues in self.cues.values():
            for made in ("vocabulary", "single_words", "business_nouns", "of_kind",
                         "words_by_answer", "person_words", "gender_words"):
                getattr(cues, made)  # cached properties
        self._for_someone: dict[str, Cues] = {}  # made at the first text written for someone
        # The learned second reader's file, loaded at the first text the cues read something in.
        self._learned_file = knowledge.learned if learned else None
        self._learned: LearnedReader | None = None

    def read(self, text: str, lang: str | None = None, prefer: str | None = None) -> Reading:
        """Answers the text gives, read in `lang`, or in the language that fits it best.

        The fit is the answers found plus the language's small words the text uses; a tie
        goes to `prefer` (the user's language), then to English. Questions the cues leave
        unknown in a text they read something in are offered to the learned reader
        (bot/learned.py), which answers those it is sure of and drops those of the cues' answers
        it doubts (asked then); an off-topic text stays unread, and so does one the cues read
        something in that the learned reader is sure is about no business.
        """
        reading = self._by_cues(text, lang, prefer)
        if not reading.answers or self._learned_file is None:
            return reading
        if self._learned is None:
            try:
                self._learned = LearnedReader.load(*self._learned_file)
            except (OSError, EOFError) as exc:  # changed or removed since `check` read it
                log.warning("learned reader not used: %s", exc)
                self._learned_file = None
                return reading
        if self._learned.off_topic(text[:MAX_DESCRIPTION]):
            # "moving to Hobart list!! ... sold the couch, the bbq ... book the ute on the
            # boat, freight went up AGAIN": the cues found a trade and a crisis where the
            # model, trained on every set's off-topic texts, sees no business
            return Reading(reading.lang, {})
        unknown = [q.id for q in self.knowledge.questions if q.id not in reading.answers
                   and q.id not in reading.withheld and self.knowledge.applies(q, reading.answers)]
        answers, doubted = self._learned.review(text[:MAX_DESCRIPTION], reading.answers, unknown,
                                                reading.firm, reading.leaning)
        if answers == reading.answers:
            return reading
        return Reading(reading.lang, self.knowledge.applicable_answers(answers),
                       (reading.withheld - set(answers)) | doubted)

    def _by_cues(self, text: str, lang: str | None, prefer: str | None) -> Reading:
        """The reading of the cues alone (see `read`)."""
        if lang in self.cues:
            return self._read(text, lang)
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
            own = self._read(text, prefer)
            best = max(order[1:], key=fit, default=None)
            if best is None or (own.answers and not (
                    fit(best) * CLEAR_SHARE >= len(words) and fit(best) >= 2 * fit(prefer))):
                return own
            # When the user's language reads nothing, every other is tried, best fitting
            # first: two languages can share a text's few small words ("a", "en").
            tried = [best] if own.answers else sorted(order[1:], key=fit, reverse=True)
            for code in tried:
                other = self._read(text, code)
                if other.answers:
                    return max((own, other), key=lambda r: len(r.answers) + fit(r.lang))
                if own.answers:
                    # clearly written in another language that finds nothing of a business
                    # in it ("Devinette : qu'est-ce qui monte avec le dollar ?" sent by an
                    # English user): what the user's own cues made of its words is no reading
                    return other
            return own
        # Read in the two best-fitting languages only: reading is the costly part.
        ranked = sorted(order, key=fit, reverse=True)[:2]
        readings = [self._read(text, code) for code in order if code in ranked]
        return max(readings, key=lambda r: len(r.answers) + fit(r.lang))

    def cue_hits(self, text: str, lang: str) -> tuple[Cues, list[Clause], list[Hit]]:
        """The cues a text is read with, its clauses, and the cues each clause holds.

        The first step of reading (`_read`), and what bench/cueaudit.py tallies.
        """
        cues = base = self.cues[lang]  # `base`: the language's, before `for_someone`
        clauses = cut_clauses(text, cues)
        headline_of_self(clauses, cues)
        if written_for_someone(clauses, cues):
            # "writing for my aunty, she runs...": she, not someone else, runs the business
            if lang not in self._for_someone:
                self._for_someone[lang] = for_someone(cues)
            cues = self._for_someone[lang]
            if cues.behalf_rephrase:
                # "just him", "ils sont 6": read as the owner would say them
                clauses = cut_clauses(text, base, cues.behalf_rephrase)
                headline_of_self(clauses, base)
        # Only cues whose every word is somewhere in the text are tried clause by clause.
        present = present_words(cues, {w for clause in clauses for w in clause.words})
        candidates = cues.candidates(present)
        named = named_ours(clauses, cues)
        hits = [hit for number, clause in enumerate(clauses)
                for hit in clause_hits(clause, number, cues, candidates,
                                       previous_words(clauses, number), named)]
        return cues, clauses, hits

    def _read(self, text: str, lang: str) -> Reading:
        base = self.cues[lang]  # the language's cues, before `for_someone`
        cues, clauses, hits = self.cue_hits(text, lang)
        hits += working_now(hits, clauses, cues)
        hits = without_opposites_inside(hits, cues)  # "cuenta de banco no": unbanked
        # "personne licencié": no one laid off, a lay-off denied like "nobody was laid off".
        hits = [replace(hit, negated=True) if by_nobody(hit, clauses[hit.clause], cues)
                or denied_by_nothing(hit, clauses, cues) else hit for hit in hits]
        said: list[Said] = []
        # How long cash lasts, and the clauses that speak of cash: a runway cue naming a time
        # ("a month and a bit") counts only in one of them.
        runway, cash_clauses = self._runway(clauses, lang, cues, hits)
        traits: dict[str, bool] = {}
        said_of_self: dict[str, int] = {}  # a trait said of the writer: its longest cue as written
        aged: dict[str, int] = {}  # an age trait: how plainly it was said (see AGE_SAID)
        writer_aged: set[str] = set()  # an age trait said in the writer's own words ("I'm 22")
        effects = effect_hits(hits, clauses, cues) | generator_costs(hits, clauses, cues)
        contrasted = contrasted_hits(hits, clauses, cues)
        over = told_over(hits, clauses, cues) | taken_ill(hits, clauses, cues)
        indoors = indoor_fires(hits, clauses, cues)
        # "we closed ours in 2023 ... now we have a kiosk": a closure told of then is no
        # limit that working another way now adapts to
        live = [hit for number, hit in enumerate(hits) if number not in over]
        for number, hit in enumerate(hits):
            if number in over:
                continue  # "the tsunami in 2004, that is long over", "me dio dengue": not now
            if number in effects:
                continue  # "burnt during the riots": the riots are the crisis
            if number in indoors:  # "a short circuit burnt the shop": the building's fire
                hit = replace(hit, cue=replace(hit.cue, option=OTHER))
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
                    if name in AGE_TRAITS:
                        aged[name] = max(aged.get(name, 0), age_said(hit.cue, cues))
                        if of_writer(clauses[hit.clause], base):
                            writer_aged.add(name)
                    if hit.cue.self_only:
                        said_of_self[name] = max(said_of_self.get(name, 0), hit.cue.strength)
            elif hit.cue.kind in (ANSWER, GENERIC, DOUBT):
                if price_said(hit, clauses[hit.clause], cues) or price_before(hit, clauses, cues):
                    continue  # "le prix du riz a augmenté": prices, not sales
                if hit.cue.question == "crisis_type" and feared(hit, clauses, cues):
                    continue  # "j'ai peur qu'il y ait des troubles": feared, not hitting now
                if staff_alike(hit, clauses[hit.clause], cues):
                    continue  # "5 staff still full time, same as before": the staff, not sales
                if usual_rise(hit, clauses[hit.clause], cues):
                    continue  # "en plein été qui est normalement ma meilleure saison": usual
                if hit.cue.question == "cash_runway" and a_condition(hit, clauses, cues):
                    continue  # "if this goes on until the end of the month": no cash said
                if hit.cue.question == "cash_runway" and _a_span(hit.cue, cues) \
                        and hit.clause not in cash_clauses:
                    continue  # "closed for a month and a bit": a time, not how long cash lasts
                if conditioned(hit, clauses[hit.clause], cues):
                    continue  # "saved for three weeks if nobody comes": a hypothesis
                if hit.cue.question == "revenue_change" and hit.clause in cash_clauses \
                        and _after_a_span(hit, clauses[hit.clause], cues):
                    continue  # "ahorrado para aguantar 2 meses sin vender": a hypothesis
                if clauses[hit.clause].asked and hit.cue.question in cues.careful:
                    continue  # "je ferme ou quoi ?" asks whether to close, it is still open
                option = hit.cue.option
                if anothers_trade(hit, clauses[hit.clause], cues):
                    continue  # "the mama who sells rolex at our stage": her trade, not ours
                if hit.whole_kind is not None and not our_kind(hit, hits, clauses, cues):
                    continue  # "the police closed all bars", said by a tailor: not ours
                if hit.cue.question == TRADING and option == "partly_open" \
                        and not hit.negated and clauses[hit.clause].time == "now" \
                        and staff_said(hit, clauses, cues):
                    # "a los empleados les reduje los turnos, ahora trabajan solo viernes":
                    # the staff's hours cut, not the business's ("a part time cook" has
                    # always been so: no change, and no trading either, `trading`)
                    said.append(Said("staff_change", "reduced_hours",
                                     (len(hit.cue.words), hit.cue.strength),
                                     clauses[hit.clause].time))
                    continue
                if hit.cue.question == TRADING:
                    weighed = trading(hit, option, live, clauses, cues)
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
                if hit.cue.question == "payments" and option == "mobile_or_card" \
                        and wallet_only(hit, clauses, cues):
                    continue  # "we keep the money on mobile money": kept, not paid
                if strike_stops_goods(hit, hits, cues) or blocked_by(hit, hits, clauses, cues):
                    option = "blockade"  # "le port est en grève", "le blocus des jihadistes"
                if hit.limited:
                    option = cues.excepted.get(hit.cue.question, {}).get(option, option)
                softened = cues.almost_means.get(hit.cue.question)
                if hit.hedged and softened is not None:
                    if option not in softened:
                        continue  # "almost closed": neither closed nor open, so asked
                    option = softened[option]  # "n'achètent presque plus": not quite stopped
                said.append(Said(hit.cue.question, option,
                                  (len(hit.cue.words), hit.cue.strength),
                                  clauses[hit.clause].time, hit.negated, hit.cue.kind == GENERIC,
                                  said_as_main(hit, hits, clauses, cues)))
        start = opening(clauses, cues)  # past "Good morning.": who writes is said after it
        lead = leader_traits(text, base)
        bare = None if (at_start := age_at_start(start, cues)) else bare_age(clauses, cues)
        if (age := at_start or bare) is not None:
            traits[age] = True  # "Rashida, 41, small garment unit", "tengo 26": the writer's age
            aged[age] = AGE_SAID["introduced"]
            if lead and bare and bare_age(
                    [c for c in clauses if not of_writer(c, base)], cues) != bare:
                writer_aged.add(bare)  # "escribo por mi papá ... yo tengo 15": the writer's
        for dropped in less_plain(aged):
            traits.pop(dropped, None)  # "31 years driving taxi ... I'm 63": one is the age
        if not (traits.get("woman") or traits.get("man")) and (
                sex := named_at_start(start, cues) or gendered_self(clauses, cues)):
            # "Winston, 52, taxi and tours", "je suis dégoûtée", "estoy preocupado": the
            # writer's sex
            traits[sex] = True
        if (drop := writer_not(said_of_self)) is not None:
            traits.pop(drop, None)  # "my wife and I do everything, plus one lady": he writes
        if lead:
            # "writing for my dad, he is 48": his sex and age, not the writer's
            for kind in (SEXES, AGES):
                if lead & kind:
                    traits = {t: v for t, v in traits.items() if t not in kind}
            traits.update(dict.fromkeys(lead, True))
        if lead and not lead & AGES and cues is not base:
            # "writing this for my mum ... im 22 btw": the writer's age, not the leader's
            traits = {t: v for t, v in traits.items() if t not in writer_aged}
        for spouse, sex in SPOUSES.items():
            # "me and my husband ... I'm 61": a wife's sex counts with her age only; alone it
            # would make a woman of no age said the leader, which writers leave unsaid
            if traits.pop(spouse, False) and any(traits.get(a) for a in AGES) \
                    and not any(traits.get(x) for x in SEXES):
                traits[sex] = True
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
        # "I'm a woman of 33 ... two attendants": a number an age cue read counts no one
        said += self._size(without_ages(hits, clauses, cues), lang, cues, alone_now(hits, clauses),
                           left, let_go, cut)
        said += self._fewer(clauses, lang, cues)
        worded: set[str | None] = {h.cue.question for h in hits}
        for change in cues.changes:
            said += sales_changes(clauses, change, cues)
            if any(c.quantities and (has_cue(change.context, c.words)
                                     or any(q.share or q.percent for q in c.quantities))
                   for c in clauses):
                # "sales down 50%", "cut every shift by a third": an amount the grammar weighed
                worded.add(change.question)
        answers = together(choose(said, cues), cues)
        if answers.get("customers") == "local" and any(
                w in cues.visitors for clause in clauses for w in clause.words):
            answers.pop("customers")  # "the locals ... and the tourists": not all local
        if calm_now(clauses, cues):
            answers.pop("crisis_type", None)  # "all good this season, but we fear the storms"
        if torn(clauses, cues) and len({s.option for s in said if s.question == "crisis_type"
                                        and s.option and not s.negated}) > 1:
            answers.pop("crisis_type", None)  # "the flood, then the cedi: dunno which is worse"
        if answers.get(ON_TRACK[0]) == ON_TRACK[1] and paid_till_now(hits, clauses, cues):
            answers[ON_TRACK[0]] = AT_RISK  # "al día pero octubre no sé": one may be missed
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
        if off_topic(answers, strong, clauses, cues, specific, asked, hits, bool(lead)) or (
                set(answers) == {"sector"} and visited(hits, clauses, cues)):
            return Reading(lang, {})
        if answers.get(ON_TRACK[0], ON_TRACK[1]) == ON_TRACK[1] \
                and payable_doubted(clauses, cues):
            answers[ON_TRACK[0]] = AT_RISK  # "loan due the 15th, March I dont know"
        # A question the assessment would not ask is not read either: a taxi driver on their
        # own who "works 3 days a week now" says nothing of staff hours.
        withheld = frozenset(q for q in worded | {s.question for s in said}
                             if q is not None and q in cues.careful and q not in answers)
        leaning = _leaning(hits, clauses, withheld)
        # Answers a phrase of two words or more, or an amount, gave: the learned reader's
        # doubt is for those a single word gave ("shop", "Facebook").
        firm = frozenset(q for q, a in answers.items() if any(
            s.question == q and s.option == a and not s.negated and s.specific
            and s.weight[0] >= FIRM_WORDS for s in said))
        return Reading(lang, self.knowledge.applicable_answers(answers), withheld, firm,
                       leaning)

    def _runway(self, clauses: list[Clause], lang: str, cues: Cues, hits: Sequence[Hit] = ()
                ) -> tuple[list[Said], set[int]]:
        """How long cash lasts, from durations in clauses about cash, and those clauses.

        An amount inside a runway cue ("un mes y algo", "a month and a bit") is the cue's to
        answer: the cue says what the bare amount does not.
        """
        question = self.knowledge.question("cash_runway")
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
        if not said and (lasting := held_months(clauses, cues)) is not None:
            # "savings around 80,000, monthly cost about 35,000": the money over the month
            options = {matcher.by_number(lasting[0]), matcher.by_number(lasting[1])}
            if len(options) == 1:
                said.append(Said("cash_runway", options.pop(), AMOUNT, "now"))
        return [s for k, s in enumerate(said) if k not in dropped], cash

    def _fewer(self, clauses: list[Clause], lang: str, cues: Cues) -> list[Said]:
        """Staff let go, told by counts in one clause or two.

        "workers 45 now 30", "eramos 18 costureras ahora 6", "we were 60 workers, now 35".
        Not where the sentence of the counts, or one beside it, says people went away ("we
        were 14, now 5, the others fled"); a going away further off is someone else's ("la
        agencia se fue a otro restaurante ... éramos 9, ahora somos 5").
        """
        question = self.knowledge.question("size")
        if question is None:
            return []
        gone = {c.sentence for c in clauses if has_phrase(cues.went_away, c.words)}

        def stayed(*sentences: int) -> bool:
            return not any(near in gone for s in sentences for near in (s - 1, s, s + 1))

        matcher = self.matchers.get(lang, question)
        said = [Said("staff_change", "laid_off", AMOUNT, clause.time)
                for number, clause in enumerate(clauses)
                if clause.time != "future" and stayed(clause.sentence) and fewer_now(
                    clause, cues, matcher, [c for c in clauses[:number]
                                            if c.sentence == clause.sentence])]
        return said + [Said("staff_change", "laid_off", AMOUNT, "now")
                       for number, (first, second) in enumerate(pairwise(clauses))
                       if stayed(first.sentence, second.sentence) and fewer_across(
                           first, second, cues, matcher, [
                               c for c in clauses[:number] if c.sentence == first.sentence])]

    def _size(self, clauses: list[Clause], lang: str, cues: Cues, alone: int | None = None,
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
            if not found and previous_past and (
                    clause.time == "now" or kept_or_left(clause.words, cues)):
                found, at = bare_counts(clause, cues)  # "we were 11, now 6", "me quedé con 4"
            left_in = rest_in_clause(clause, max(found), at, cues, matcher) if (
                found and number in cut and clause.time != "future") else None
            if left_in is not None:
                counts.append((left_in, "now", clause.sentence, whose, number))
                previous_past = False
                continue  # "tenía 6 empleados y despedí a 2": 4 are left
            gone = let_go_number(clause, cues, matcher) if (
                number in cut and clause.time != "future") else None
            if gone is not None and (rest := _rest_after(counts, clauses, number, gone, cues,
                                                         matcher)):
                counts[rest[0]] = rest[1]  # "I had 12 workers, I let 5 of them go": 7 and me
                previous_past = False
                continue
            if found and number in let_go and not said_now(clause.words, at, cues):
                continue  # "12 staff all laid off": those let go, not those at work
            # "my uncle had 12 lads working, I kept 4": a count of before, in a clause no
            # marker dates
            time = HAD if found and clause.time is None and counted_before(
                clause.words, at, cues) else clause.time
            if found:
                previous_past = time in ("past", HAD)
                # a marker of its own: "now" carried from the clause before is no new count
                if (left and number > since and whose not in ("others", THEIRS) and counts
                        and time_of(clause.words, cues) == "now"):
                    since = number
                counts += [(value, time, clause.sentence, whose, number)
                           for value in found]
            elif number and clauses[number - 1].sentence != clause.sentence:
                previous_past = False
        # "its just me now, my 2 workers left in may": alone now, a count after it without a
        # marker of now of its own ("now" carried from the clause before is none) is of before.
        counts = [c for c in counts if (c[4] == since or (
            c[4] > since and (alone is None or time_of(clauses[c[4]].words, cues) == "now")))]
        # "the factory laid off 400, I have 8 girls working with me": beside the writer's
        # own count, a count in a clause about someone else of the same sentence is theirs.
        ours = {sentence for _, time, sentence, whose, _ in counts
                if whose == "ours" and time not in ("past", "future")}
        told = [(value, time) for value, time, sentence, whose, _ in counts
                if time not in ("past", "future") and whose != THEIRS
                and not (whose == "others" and sentence in ours)]
        # "he had 12 lads working, now it's me and 4": a count after "had" is of before
        # where another count is of now; alone ("had 8 karigar"), it is the count
        kept = [value for value, time in told if time != HAD] or [v for v, _ in told]
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


def _after_a_span(hit: Hit, clause: Clause, cues: Cues) -> bool:
    """Whether a span of time ("2 meses", "three weeks") stands before a hit in its clause."""
    start = kept_positions(clause.words, cues)[hit.positions[0]]
    return any(q.end <= start and unit_after(clause, q, cues) in MONTHS_PER
               for q in clause.quantities)


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
    if quantity.article and any(number_word(w, matcher.numbers) is not None
                                and w not in cues.grammar.articles
                                for w in words[max(0, quantity.start - 3) : quantity.start]):
        return None  # "two trips a day", "3 veces al día": each day, not a day
    if unit == "years" and quantity.high > MAX_RUNWAY_YEARS:
        return None  # "29 years": an age
    unit_at = at + units.index(unit)
    if unit_at > at and words[at] in cues.per:
        return None  # "1 100€ par mois", "500 a month": an amount each month, not a time
    if _per(matcher, words, unit, unit_at, cues):
        return None  # "we only work two days in the week": how often, not how long
    half = 0.5 if matcher.half_after(list(words), unit_at) else 0.0
    return ((quantity.low + half) * MONTHS_PER[unit], (quantity.high + half) * MONTHS_PER[unit])


def _per(matcher: Matcher, words: Sequence[str], unit: str, unit_at: int, cues: Cues) -> bool:
    """Whether a duration's unit is followed by a longer one it is counted in ("a week").

    Only `per` words may stand between: "3 days *a* week", "2 jours *par* semaine", "3 días
    *a la* semana", "two days *in the* week".
    """
    for k in range(unit_at + 2, min(len(words), unit_at + 4)):
        longer = matcher.units.get(matcher.unit_word(words[k]))
        if (longer in MONTHS_PER and MONTHS_PER[longer] > MONTHS_PER[unit]
                and all(w in cues.per for w in words[unit_at + 1 : k])):
            return True
    return False


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
