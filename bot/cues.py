"""The description cues of one language, as read from conversations/lang/<lang>.describe.yaml.

The model, and how a cue and a text are cut into words: bot/cuefile.py reads and checks the
files, bot/describe.py reads descriptions with them. docs/DESCRIPTIONS.md explains each
section.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import product

from bot.numbers import FRACTION, MINUS, RANGE, NumberWords

#: Kinds of cue.
ANSWER, GENERIC, TRAIT, IGNORE, DOUBT = "answer", "generic", "trait", "ignore", "doubt"
#: The traits of who the writer is, a woman or a man ("young guy", "jeune femme").
GENDER_TRAITS = frozenset({"woman", "man"})
#: In a cue, the word that stands for a number ("owe # months").
NUMBER_MARK = "#"
#: In a cue as written, a gap: up to MAX_GAP words (bot/clauses.py) may stand there, even in
#: a cue that must appear as written ("i m * driver" is "i'm a driver", "i'm taxi driver").
GAP = "*"
#: Two (question, option) answers read only together (`Cues.go_together`).
Together = tuple[tuple[str, str], tuple[str, str]]


#: words_of's patterns, compiled once: it cuts every cue and every description.
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})(?:[ ,.](\d{3}))+(?![\d.,]\d)")
_RANGE = re.compile(r"(?<=\d)\s*[-–]\s*(?=\d)")
_FRACTION = re.compile(r"(?<=\d)\s*/\s*(?=\d)")
#: A rate typed with a slash ("2,400/day", "$5.39/gal", "15k/month", "1 900 €/mois"): "per".
_PER = re.compile(r"(?<=\d)(k?)\s*(?:[€$£₹₦]\s*)?/\s*(?=[^\W\d_])")
_MINUS = re.compile(r"(?<![\w%])[-\u2212\u2013](?=\d+(?:[.,]\d+)?\s*%)")
_DIGIT = re.compile(r"\d")
#: A quarter of the year ("Q3", "T3" in French): a period word, not a number or a quetzal.
_QUARTER = re.compile(r"(?<![\w$])[qt][1-4](?![\w.,])")
#: A currency's letters typed against its amount ("K900", "R1 800", "N$28 000", "Ksh500",
#: "US$8,000", "Bs14"): the amount stands alone, as "$900" does, so that "from K900 a day to
#: about K400" reads like "from 900 a day to about 400". Not "5k", "covid19", "M23".
_MONEY_GLUED = re.compile(
    r"(?<![\w$])(?:k|r|n|q|j|rs|ksh|kes|tsh|tzs|ush|ugx|bs|tt|ec|us|gh|zk|zmw|le|rp|mk|mwk|"
    r"kd|dh|fc|fcfa|gs|bz|bds|ja|sr)\$?(?=\d)")
#: Words texted with a digit for a syllable ("sales half of b4", "2day", "la 3era parte"): the
#: word meant.
_TEXTED_AS = {"b4": "before", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
              "2nite": "tonight", "gr8": "great", "l8r": "later", "l8": "late", "w8": "wait",
              # Spanish ordinals of a share: "ganamos la 3era parte de lo normal"
              "2da": "segunda", "3era": "tercera", "3ra": "tercera", "4ta": "cuarta"}
_TEXTED = re.compile(r"(?<!\w)(?:" + "|".join(_TEXTED_AS) + r")(?!\w)")
_WORDS = re.compile(r"\d+(?:[.,]\d+)?|[%+~÷\u2212]|[^\W\d_]+")
_STARRED = re.compile(_WORDS.pattern + r"\*?")


def _joined(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "").replace(",", "").replace(".", "")


def words_of(text: str, star: bool = False) -> list[str]:
    """Lowercase words without accents; apostrophes split ("don't" → don, t; "n'a" → n, a).

    Digits keep their thousands ("20 000", "150,000" → 20000, 150000) and lose a currency's
    letters typed against them ("K900" → 900); "%", "+", a range
    between digits ("2-3" → 2 ~ 3), a fraction ("2/3" → 2 ÷ 3) and a minus sign before a
    percentage ("-40%" → − 40 %) are words of their own; a slash between an amount and a
    word is "per" ("2,400/day" → 2400 per day).
    With `star`, a word may end in "*" (a cue's "any ending").
    """
    plain = text.lower()
    if not plain.isascii():  # ASCII has no accents to strip: most cues and texts
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        plain = plain.replace("œ", "oe").replace("æ", "ae")  # "sœur" is typed "soeur" too
    if _DIGIT.search(plain):  # each pattern below needs a digit; most cues have none
        plain = _TEXTED.sub(lambda m: _TEXTED_AS[m.group(0)], plain)
        plain = _QUARTER.sub(" qtr ", plain)
        plain = _MONEY_GLUED.sub("", plain)
        plain = _THOUSANDS.sub(_joined, plain)
        # "revenue -40%": a sign that opens a percentage (not a dash between words or numbers,
        # as in "20-30%" or "20 - 30%"; "2024 -26%" is a year, then a sign)
        plain = _MINUS.sub(f" {MINUS} ", plain)
        plain = _RANGE.sub(f" {RANGE} ", plain)
        plain = _FRACTION.sub(f" {FRACTION} ", plain)
        plain = _PER.sub(r"\1 per ", plain)
    return (_STARRED if star else _WORDS).findall(plain)




@dataclass(frozen=True)
class NameList:
    """First names and titles of one sex, sorted: some 5,000 a language, looked up by halves.

    A set of as many takes twice to four times the memory (its table stays mostly empty),
    and a name is looked up a few times a text.
    """

    words: tuple[str, ...]

    def __contains__(self, word: object) -> bool:
        at = bisect_left(self.words, word) if isinstance(word, str) else len(self.words)
        return at < len(self.words) and self.words[at] == word

    def __len__(self) -> int:
        return len(self.words)

@dataclass(frozen=True, slots=True)
class Cue:
    """Words that, found in order in one clause, answer a question with an option.

    A trait cue names a trait in both `question` and `option`; an ignore cue names nothing.
    """

    question: str
    option: str
    words: tuple[str, ...]
    strength: int  # words in the cue as written: "me and my wife" beats "just me"
    low: float | None = None  # bounds on the number a "#" word stands for
    high: float | None = None
    # The cue as written, stop words included, when dropping them would leave a single word
    # ("al día" is not "día", "unos meses" is not "meses"): then it must appear as written.
    phrase: tuple[str, ...] | None = None
    kind: str = ANSWER
    self_only: bool = False  # counts only in a clause where the writer speaks of themself
    alone: bool = False  # counts only as a clause of its own ("..., seule.", "..., sola,")


class CueFault(ValueError):
    """Why words cannot be a cue: ONLY_STOP_WORDS or BOUNDS_WITHOUT_NUMBER."""


ONLY_STOP_WORDS, BOUNDS_WITHOUT_NUMBER = "only stop words", "min/max without #"


def make_cue(question: str, option: str, cut: list[str], kind: str, low: float | None,
             high: float | None, self_only: bool, stop_words: frozenset[str],
             alone: bool = False) -> Cue:
    """The cue of words cut from a cue as written (`cut` loses its outer gaps)."""
    # Run for each of some 50,000 filled cues: each test is written the cheap way (count,
    # isdisjoint) for the common case.
    while cut and cut[0] == GAP:
        cut.pop(0)  # a gap before the first word or after the last one says nothing
    while cut and cut[-1] == GAP:
        cut.pop()
    written = tuple(w for w in cut if w != GAP) if GAP in cut else tuple(cut)
    words = written if stop_words.isdisjoint(written) \
        else tuple([w for w in written if w not in stop_words])
    numbers = words.count(NUMBER_MARK)
    # A number alone needs words written around it ("i m #" is a phrase, "#" is nothing).
    if not words or (numbers == len(words) and len(written) == len(words)):
        raise CueFault(ONLY_STOP_WORDS)
    if (low is not None or high is not None) and not numbers:
        raise CueFault(BOUNDS_WITHOUT_NUMBER)
    # A cue that would shrink to one word, or that starts or ends with a stop word ("con mi
    # hijo" is not any "mi hijo", "ahora vendo en" is not any "ahora vendo"), must appear as
    # written.
    # One that starts with "%" ("% of our orders") speaks of the share just said, in those
    # words: "70% of orders from instagram" is not it.
    as_written = (len(words) - numbers <= 1 or written[0] in stop_words
                  or written[-1] in stop_words or written[0] == "%")
    phrase = tuple(cut) if as_written and len(written) > len(words) else None
    return Cue(question, option, words, len(written), low, high, phrase, kind, self_only,
               alone)


@dataclass(frozen=True, slots=True)
class ClassCue:
    """A cue written with `<class>` words, checked when read, filled in for each text.

    `parts` holds each part of the cue as the words of each way to write it: one way for
    text, one per word of a class. Filling makes one cue per way: some 57,000 in all, 11 MB
    kept, so a text fills in only the ways whose every word it holds (`present`).
    """

    question: str
    option: str
    parts: tuple[tuple[tuple[str, ...], ...], ...]
    kind: str
    low: float | None
    high: float | None
    self_only: bool

    def fill(self, stop_words: frozenset[str]) -> list[Cue]:
        """Its cues, in the order of its class words."""
        return self._made(self.parts, stop_words)

    def present(self, found: set[str], stop_words: frozenset[str]) -> list[Cue]:
        """The cues of `fill` whose every word is in `found`, in the same order."""
        kept = tuple(tuple(way for way in part
                           if all(w in found or w in stop_words or w == GAP for w in way))
                     for part in self.parts)
        return self._made(kept, stop_words) if all(kept) else []

    def _made(self, parts: tuple[tuple[tuple[str, ...], ...], ...],
              stop_words: frozenset[str]) -> list[Cue]:
        """One cue per way to write it, a way of each part."""
        return [make_cue(self.question, self.option, [w for part in way for w in part],
                         self.kind, self.low, self.high, self.self_only, stop_words)
                for way in product(*parts)]

    def words(self, stop_words: frozenset[str]) -> set[str]:
        """Every word of every cue it fills in."""
        return {w for part in self.parts for way in part for w in way
                if w != GAP and w not in stop_words}

    def single_words(self, stop_words: frozenset[str]) -> set[str]:
        """The words that are, each alone, a whole cue it fills in ("<abroad>": "tourists")."""
        kept = [{tuple(w for w in way if w != GAP and w not in stop_words) for way in part}
                for part in self.parts]
        # One word in all: a one-word way of one part, every other part written with none.
        return {way[0] for at, part in enumerate(kept) for way in part if len(way) == 1
                and all(() in other for k, other in enumerate(kept) if k != at)}


@dataclass(frozen=True)
class Change:
    """How amounts answer a question about a change ("sales down 30%", "300 → 90 a day")."""

    question: str
    context: tuple[tuple[str, ...], ...]  # words that make a clause about it ("sales")
    down: tuple[tuple[str, ...], ...]
    up: tuple[tuple[str, ...], ...]
    up_option: str
    bands: tuple[tuple[float, str], ...]  # (highest fall in percent, option), ascending
    share: tuple[tuple[str, ...], ...] = ()  # after a share: "of normal", "de lo normal"
    to: tuple[tuple[str, ...], ...] = ()  # right before a share: "down to", "a la"
    before: tuple[tuple[str, ...], ...] = ()  # before an earlier amount: "used to", "antes"
    after: tuple[tuple[str, ...], ...] = ()  # near a later amount: "now", "ahora"
    instead: tuple[tuple[str, ...], ...] = ()  # "X instead of Y": X now, Y before
    from_: tuple[tuple[str, ...], ...] = ()  # "from X to Y": X before, Y now (with `to`)
    more: tuple[tuple[str, ...], ...] = ()  # "more than 50 %": above the amount said
    less: tuple[tuple[str, ...], ...] = ()  # "less than half": below it
    unsure_at: tuple[float, ...] = ()  # falls on an edge (half): read, any other figure wins
    rate: tuple[tuple[str, ...], ...] = ()  # "a day", "par jour": an amount of takings
    price: tuple[tuple[str, ...], ...] = ()  # a clause about prices, not sales
    usual: tuple[tuple[str, ...], ...] = ()  # "normally our best season": the usual, not now
    compared: tuple[tuple[str, ...], ...] = ()  # "than last year", "vs l'an dernier"
    recent: tuple[tuple[str, ...], ...] = ()  # "last week", "la semana pasada": just gone
    #: the period a figure is of, between its word and its sign ("CA novembre -45%")
    periods: tuple[tuple[str, ...], ...] = ()

    def unsure(self, falls: tuple[float, ...]) -> bool:
        """Whether a fall is right on an edge (exactly half), so weaker than other figures."""
        return any(abs(fall - edge) < 0.01 for fall in falls for edge in self.unsure_at)

    def option(self, fall: float) -> str:
        """The option of a fall in percent (0 or less: the same or higher)."""
        if fall <= 0:
            return self.up_option
        return next((o for top, o in self.bands if fall <= top), self.bands[-1][1])


#: Phrases and how to respell them, longest first: (("just", "him"), ("just", "me")), ...
Rephrase = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


@dataclass(frozen=True)
class Leader:
    """Words that tell who leads a business told of in the third person (bot/leader.py)."""

    woman: frozenset[str]  # "mum", "Mrs", "she", "doña", "sa mère"
    man: frozenset[str]  # "dad", "Mr", "he", "don", "son père"
    titles: frozenset[str]  # before a name ("Mrs Omar", "Ntate Mosiuoa"): the leader
    roles: tuple[tuple[str, ...], ...]  # "the owner is", "our director", "la dueña es"
    links: frozenset[str]  # between a person and an age: "is", "aged", "about", "de", "tiene"
    years: frozenset[str]  # after an age: "years", "yrs", "ans", "años"
    addressed: frozenset[str]  # before a title, the one written to: "Dear Mrs Phiri"
    spouses: frozenset[str]  # "my wife runs the shop": not a relative's business of its own
    #: Opening a sentence of its own before an age: "She's 61.", "Il a 47 ans.", "Tiene 39 años."
    age_opens: tuple[tuple[str, ...], ...] = ()
    #: Between a person and a number, words that make it a time: "she's had it 20 years".
    durations: frozenset[str] = frozenset()

    def person(self, word: str) -> bool:
        """Whether a word names one person of either sex ("mum", "he", "girl")."""
        return word in self.woman or word in self.man


@dataclass
class Cues:
    """Everything one language needs to read a description."""

    lang: str
    stop_words: frozenset[str]
    negations: frozenset[str]
    breaks: frozenset[str]
    #: The cues as read, a cue with `<class>` words not yet filled in: see `cues`.
    entries: list[Cue | ClassCue]
    negated: dict[str, dict[str, str]]
    amounts: dict[str, tuple[tuple[str, ...], ...]]
    people: frozenset[str]
    grammar: NumberWords
    changes: list[Change] = field(default_factory=list)
    #: Words typed without their apostrophe, as the cues spell them ("cant" → can t).
    respell: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Words right after a cue that limit it ("from home except the drivers").
    exceptions: frozenset[str] = frozenset()
    #: What a limited option then means, per question.
    excepted: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Questions whose options add up (cash, then mobile, then online): the highest said wins.
    highest: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Questions where the worst option said wins (options are listed worst first).
    worst: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Negations that follow what they deny ("la carte marche plus").
    negations_after: frozenset[str] = frozenset()
    #: Negations that, with a word of `restriction` after them, say "only" ("ne ... que").
    restricting: frozenset[str] = frozenset()
    restriction: frozenset[str] = frozenset()
    #: Subject pronouns: one between a cue and a negation after it opens a verb of its own
    #: that the negation denies ("la chute du naira, ils viennent plus").
    pronouns: frozenset[str] = frozenset()
    #: Words a "plus" after a cue compares rather than denies ("déménagé plus haut").
    compared: frozenset[str] = frozenset()
    #: Little words that, between a crisis and a cue of another of its tier, make that cue
    #: what the crisis did ("la roya *nos* quemó", "le swollen shoot *a* attaqué").
    did: frozenset[str] = frozenset()
    #: Words for a weight and how many kilos each holds ("tonnes": 1000): "2 tonnes a month
    #: before, 600 kilos now" compares like with like.
    weights: dict[str, float] = field(default_factory=dict)
    #: Words for the writer (first person singular): `self` cues need one in their clause.
    self_words: frozenset[str] = frozenset()
    #: Words for the business's own side, and for others (a supplier, the school...).
    us_words: frozenset[str] = frozenset()
    #: Both of the above: words for the writer or the business's own side.
    ours: frozenset[str] = frozenset()
    others: tuple[str, ...] = ()
    #: Phrases saying a text is written for someone else ("writing for my aunty", "escribo
    #: por mi papá"), and the words that then stand for the one who runs the business
    #: ("she", "elle", "my uncle"): theirs, not another's.
    behalf: tuple[tuple[str, ...], ...] = ()
    behalf_us: frozenset[str] = frozenset()
    behalf_not: frozenset[str] = frozenset()  # after a `behalf` phrase: "pour demander"
    #: In a text written for someone, what is said of them as the owner would say it of
    #: themself ("just him" → "just me", "ils sont 6" → "on est 6"): `behalf_respell`.
    behalf_rephrase: Rephrase = ()
    #: Who leads a business told of in the third person (`leader`), if the language says.
    leader: Leader | None = None
    #: Words between a noun and who it belongs to ("closure *of* the border").
    of_words: frozenset[str] = frozenset()
    #: Relative pronouns: "the mill *that* sold us flour closed" is about the mill.
    relatives: frozenset[str] = frozenset()
    #: Words that put a place after them: "my salon *in* Spanish Town closed" is the salon's.
    at_place: frozenset[str] = frozenset()
    #: Per question, phrases that make a cue right after them about someone else: "we sell
    #: *to* shops" names customers, not the business's sector.
    others_before: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Words that end a subject's reach inside a clause ("the market flooded *and* we closed").
    subject_breaks: frozenset[str] = frozenset()
    #: Subjects that, right after a word of `joins`, open a new clause ("... and they will").
    new_subjects: frozenset[str] = frozenset()
    #: Words that end a negation's reach as the breaks do, joins or not ("no viene nadie y
    #: *ya* debo dos meses": owing is not denied).
    negation_ends: frozenset[str] = frozenset()
    #: Words right before a year that make it a date ("en 2019", "octubre 2023").
    year_before: frozenset[str] = frozenset()
    #: What tells a fire started indoors ("short circuit", "pris feu", "cortocircuito"), and
    #: the words of a fire ("fire", "brûlé", "quemó"): told with one of the first, a natural
    #: hazard read from the second alone is the building's fire (bot/fires.py).
    indoor_fire: tuple[tuple[str, ...], ...] = ()
    fire_words: frozenset[str] = frozenset()
    #: The same for water: a burst pipe ("tubería reventó", "un tuyau a pété") told, a flood
    #: read from flood words alone ("se inundó el local") is the building's, not nature's.
    indoor_flood: tuple[tuple[str, ...], ...] = ()
    flood_words: frozenset[str] = frozenset()
    #: Places a business works from when it has lost its own ("at my brother's house", "chez
    #: ma maman", "frente a la casa de mi mamá", "by the roadside"): said after a way of
    #: working now, the business works on, adapted (bot/judging.py `adapted_after_closure`).
    moved_to: tuple[tuple[str, ...], ...] = ()
    #: Words of the power supply ("power", "courant", "luz") and of running without it
    #: ("diesel", "groupe", "planta"): fuel dear beside a power cut is what the cut costs.
    power_words: frozenset[str] = frozenset()
    fuel_words: frozenset[str] = frozenset()
    #: Words for visitors from elsewhere ("tourists", "voyageurs", "turistas"): beside them,
    #: customers read local ("the locals", "gens du quartier") are not all local.
    visitors: frozenset[str] = frozenset()
    #: Words beside an amount of money held ("savings", "il me reste", "ahorrado"), of costs
    #: ("costs", "charges", "gastos") and of a month ("a month", "par mois", "al mes"): the
    #: months the money lasts (bot/ratio.py).
    held: tuple[tuple[str, ...], ...] = ()
    costs: tuple[tuple[str, ...], ...] = ()
    monthly: tuple[tuple[str, ...], ...] = ()
    #: Words that start a new clause inside a run-on one, a long stretch with no comma (a voice
    #: note typed by the phone): "sales down maybe forty percent *if* it stop we can hold...".
    run_on: frozenset[str] = frozenset()
    #: Words after which a `run_on` word goes on with what came before ("not sure *if*").
    run_on_kept: frozenset[str] = frozenset()
    #: Words that own the noun after them ("*her* work", "*su* trabajo"): a noun there is no
    #: verb ("the schools that give her most of her work" says no way of working).
    possessives: frozenset[str] = frozenset()
    #: First names and titles by the sex they say ("woman": "rashida", "mrs"; "man": "winston"):
    #: a name opening a text right before the writer's age is the writer's.
    names: dict[str, NameList] = field(default_factory=dict)
    #: Object pronouns for one person ("him", "lui"): opening hours said in a clause
    #: with one ("now I told him mornings only") are that person's, not the business's.
    one_person: frozenset[str] = frozenset()
    #: Words between an amount and a unit, or two units, that make a rate ("500 *a* month",
    #: "3 days *a* week"): how often or how much each time, not how long cash lasts.
    per: frozenset[str] = frozenset()
    #: Questions about the business itself, read only in clauses about it.
    own: frozenset[str] = frozenset()
    #: Questions whose cues in a clause about someone else ("people have no money") are not
    #: about the business (the `own` ones and these).
    about_us: frozenset[str] = frozenset()
    #: Marker phrases of each time.
    times: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Questions about how things are now: a past or future clause does not answer them.
    current: frozenset[str] = frozenset()
    #: Questions never guessed: told two different things, they stay unknown.
    careful: frozenset[str] = frozenset()
    #: Per careful question, tiers of options where one causes the next (a war closes the
    #: roads, which raises prices): told several, the one of the first tier said wins, if it
    #: is the only one of its tier; a doubt ("the curfew") beside one of them does not count.
    causes: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Per careful question, tiers of options where one of the first tier, said alone, wins
    #: over the later ones ("closed the dining room, takeaway only now": partly open); unlike
    #: `causes`, a doubt beside them still leaves the question asked.
    outranks: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Pairs of answers that only go together ("closed" and sales "stopped"): one read beside
    #: another answer to the other question is not read, so it is asked.
    go_together: tuple[Together, ...] = ()
    #: Pairs of answers whose cues may read the same words ("business is back to normal": open
    #: as usual, and sales as before), where a cue of an `own` question would give way; held
    #: both ways round.
    share_words: frozenset[Together] = frozenset()
    #: Questions a future clause does not answer ("if I raise my prices..." is no sales figure).
    not_future: frozenset[str] = frozenset()
    #: Words after an amount that make it a frequency ("3 times a week"), not takings.
    frequency: frozenset[str] = frozenset()
    #: Words after an amount that make it a time of day or hours ("4pm", "10h").
    clock: frozenset[str] = frozenset()
    #: Words after an amount that make it a part of the week worked ("5 evenings a week"):
    #: a schedule, not takings.
    schedule: frozenset[str] = frozenset()
    #: Words that soften a cue ("almost", "presque", "casi"), and what a softened option of a
    #: question means then; a softened option not listed is not read ("almost closed").
    almost: frozenset[str] = frozenset()
    almost_means: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Hedges of a share ("mostly", "surtout", "sobre todo"): said with the least option of a
    #: question whose options add up ("cash mostly"), other means are used too.
    mostly: tuple[tuple[str, ...], ...] = ()
    #: Words that show a text is about a business (for the off-topic check).
    topic: frozenset[str] = frozenset()
    #: Places anyone may close (a road, a border, a school, an office): closing one is not the
    #: business closing ("the floods closed the road", "cerraron el puente").
    places: tuple[str, ...] = ()
    #: What the business pays (a loan, rent, an instalment): "normal" said of one is how it is
    #: paid, not how the business trades ("notre prêt est payé normalement").
    payables: tuple[str, ...] = ()
    #: Words of a payment falling due ("due", "vence"): a doubt after a payable and one of them,
    #: in one clause, is of paying it ("rent is due Friday and I don't think I'll manage").
    due: frozenset[str] = frozenset()
    #: Words before what was not done ("rather than", "au lieu de"): a lay-off after one is
    #: the road not taken ("fewer hours rather than let anyone go").
    rather: tuple[tuple[str, ...], ...] = ()
    #: Words that name the main trouble ("the biggest problem is", "le pire c'est"): of two
    #: kinds of crisis, the one said with them is the answer.
    main: tuple[tuple[str, ...], ...] = ()
    #: Words of fear before a crisis ("j'ai peur qu'il y ait des troubles"): one feared, not
    #: one that hits the business now.
    feared: tuple[tuple[str, ...], ...] = ()
    #: Words saying nothing is wrong now ("nothing is wrong right now", "pas de problème
    #: cette saison", "ahorita no hay crisis"): any crisis the text names is past or feared.
    calm_now: tuple[tuple[str, ...], ...] = ()
    #: Words of an owner who cannot tell which of two troubles is worse ("dunno which is
    #: worse", "ni idea cuál pesa más"): of two kinds of crisis said, none is the answer.
    torn: tuple[tuple[str, ...], ...] = ()
    #: Words of doubt about what comes ("not sure", "no sé", "je sais pas"): said after a
    #: contrast following payments made so far, one may be missed ("up to date but not sure").
    unsure: tuple[tuple[str, ...], ...] = ()
    #: Words right after a doubt that make it one of what to do ("not sure what to do", "je
    #: sais pas quoi faire"), not of whether a payment will be made.
    undecided: tuple[tuple[str, ...], ...] = ()
    #: Verbs of what is given, lent, ordered or produced ("the mill gives us 40% of what we
    #: order"): a share said with one is of a supply or an allocation, not of sales.
    given: tuple[tuple[str, ...], ...] = ()
    #: Words right before what is left of a count ("we're left with 70", "il nous reste 70",
    #: "quedamos con 70"): it is the amount now, and the one said before it was then.
    left: tuple[tuple[str, ...], ...] = ()
    #: Words right before a head-count that make it a count of before, in a clause no marker
    #: dates ("my uncle had 12 lads working, I kept 4", "we used to have 9").
    had: tuple[tuple[str, ...], ...] = ()
    #: Words right after an amount that make it a price a person ("145 por persona"), and
    #: right before a count of people that make them those served ("tamales para 300
    #: personas"): no head-count.
    per_person: tuple[tuple[str, ...], ...] = ()
    served: tuple[tuple[str, ...], ...] = ()
    #: Words between a count of us and the people it is made of ("somos 6 con mi esposo y 4
    #: muchachas"): the counts after them are within the first, not added to it.
    breakdown: frozenset[str] = frozenset()
    #: Words right before the head-count kept after a count of before ("had 3 labour, kept
    #: only 1"): a count now, as after `left`, but no word of sales.
    kept: tuple[tuple[str, ...], ...] = ()
    #: Words right after a head-count that make it a household's ("on est 14 dans la maison").
    household: tuple[tuple[str, ...], ...] = ()
    #: Words a writer gives their name after ("my name is", "je m'appelle", "soy"), and the
    #: word after a name that says it is the writer's ("Grace here"): an age said alone in
    #: the next clause is the writer's ("my name is Brian Otieno, 29").
    introductions: tuple[tuple[str, ...], ...] = ()
    introduced: frozenset[str] = frozenset()
    #: Words that may follow "N years" when it is an age ("31 years old", "de edad"): any
    #: other word after it makes it a time ("30 years in this trade").
    of_age: frozenset[str] = frozenset()
    #: Words right before an adjective or participle of the writer ("je suis", "estoy"), its
    #: endings that say a woman ("dégoûtée", "preocupada") or a man ("preocupado"), and
    #: words with those endings that say neither ("lycée", "nada").
    gendered_after: tuple[tuple[str, ...], ...] = ()
    woman_endings: tuple[str, ...] = ()
    man_endings: tuple[str, ...] = ()
    gendered_not: frozenset[str] = frozenset()
    #: Words for no one before a lay-off said as a participle ("personne licencié").
    nobody: frozenset[str] = frozenset()
    #: A clause of nothing that closes a list of short clauses ("Internet, Facebook, rien du
    #: tout"): what the list named is denied.
    nothing_after: tuple[tuple[str, ...], ...] = ()
    #: Right after a number of days, a working week ("3 days a week", "3 jours par semaine"):
    #: said with "nobody was fired", the team works fewer days, it is not unchanged.
    short_week: tuple[tuple[str, ...], ...] = ()
    #: Words between two ways of paying ("cash or M-PAiSA"): cash is then not the only one.
    alternatives: frozenset[str] = frozenset()
    #: Words only ever written shortened before a dot that ends no sentence ("approx.",
    #: "env.", "Sr."), and titles that are words too ("M", "St"): not an end before a name.
    shortened: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    #: Words that open a condition: what the clause says may not happen ("if", "si").
    conditions: frozenset[str] = frozenset()
    #: A third person's possessives: what a cue acts on after one is theirs ("fired his boys").
    theirs: frozenset[str] = frozenset()
    #: Prepositions before a word for us that make it a place ("next to mine", "de chez moi").
    place_prepositions: frozenset[str] = frozenset()
    #: A strike: a conflict, or a blockade when it stops goods.
    strikes: frozenset[str] = frozenset()
    #: Words before who did something ("by", "par", "por"): a conflict named so after a
    #: blockade is who blocks ("le blocus des jihadistes").
    agents: frozenset[str] = frozenset()
    #: Words for people in general, never for the staff alone ("people", "gens", "gente").
    crowd: frozenset[str] = frozenset()
    #: Words that address the reader ("madame", "sir"): no name of the writer's.
    addresses: frozenset[str] = frozenset()
    #: Words a greeting opening a text is made of ("Good morning.", "Hola,", "Bjr."): the name
    #: or trade that says who writes comes after it.
    greetings: frozenset[str] = frozenset()
    #: Words of doing or selling between "we were" and a number: it counts things, not us
    #: ("we were doing 12 events every weekend", "estábamos vendiendo 300 panes").
    tallies: frozenset[str] = frozenset()
    #: A letter written after an age for the writer's sex, as online ("27f"): letter → sex.
    sex_marks: dict[str, str] = field(default_factory=dict)
    #: Single words the writer says of themself, by sex (the classes `woman` and `man`): one
    #: opening a text right before the age is the writer's ("Éleveur de poulets à Parakou, 48
    #: ans").
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Those we buy from or sell to ("proveedores", "clients"): counted after our own word
    #: ("mis proveedores son como 15"), they are never the team.
    partners: frozenset[str] = frozenset()
    #: Words pointing back at what was just said ("*that* is the big problem", "c'est *ça*
    #: le pire", "*eso* es lo peor"): said with a `main` phrase, the sentence before holds the
    #: main trouble.
    pointing: frozenset[str] = frozenset()
    #: Staff who went of their own accord or were driven away ("the others fled", "se fueron
    #: pa Cúcuta"): fewer people than before is then no lay-off.
    went_away: tuple[tuple[str, ...], ...] = ()
    #: Where the owner keeps money ("we keep the money on mobile money", "mon épargne sur mon
    #: compte MoMo"): a wallet named there is no way customers pay, unless a word of paying
    #: (`paid_with`) is said with it. "No bank account" alone is no such place: writers
    #: label "pas de compte en banque, tout passe par Orange Money" a way of paying.
    wallet: tuple[tuple[str, ...], ...] = ()
    paid_with: tuple[tuple[str, ...], ...] = ()
    #: Pronouns that are a verb's subject, never a determiner ("ça marche": to work).
    subjects: frozenset[str] = frozenset()
    #: What follows a number to make it an ordinal ("the 15th", "le 1er"): a date, no count.
    ordinals: frozenset[str] = frozenset()
    #: Members of a cooperative or an association, and the words (stems) that name one.
    members: frozenset[str] = frozenset()
    collectives: tuple[str, ...] = ()
    #: Forms of "to go" that make a future only before a verb ("ils vont rouvrir"), and the
    #: endings that show a verb there ("mes ventes vont très bien" speaks of now).
    going: frozenset[str] = frozenset()
    verb_endings: tuple[str, ...] = ()
    #: Words of other domains (sport, homework, recipes): with no topic word, not a business.
    elsewhere: frozenset[str] = frozenset()
    #: Topic words a household, a family or a club uses too ("pay", "cash", "loan"): beside a
    #: word of another domain, and with no trade, no one who works and no other topic word,
    #: they say nothing of a business (bot/choosing.py).
    household_topic: frozenset[str] = frozenset()
    #: Phrases of a text about something else than the writer's business: seeking a job, a
    #: joke, cooking, the bot itself ("I need a job", "cuentame un chiste", "ce bot").
    aside: tuple[tuple[str, ...], ...] = ()
    #: How a riddle opens ("why did the", "pourquoi le"): a text that opens with one and
    #: answers it ("because ...") with no word of a business of ours is a joke.
    riddles: tuple[tuple[str, ...], ...] = ()
    #: Words that open a riddle or a joke said to be one ("Devinette : ..."), answered or not.
    riddle_labels: frozenset[str] = frozenset()
    #: Phrases of the writer's job, wage or household ("my salary", "le loyer de l'appart"):
    #: the clause holding one speaks of that, not of a business of theirs.
    private: tuple[tuple[str, ...], ...] = ()
    #: The writer saying they have no business ("we do not have a business", "je n'ai pas
    #: d'entreprise"), at the end of its clause: not "I don't have a business account".
    no_business: tuple[tuple[str, ...], ...] = ()
    #: The word that answers a riddle ("because", "parce que", "porque").
    answered: tuple[tuple[str, ...], ...] = ()
    #: Phrases of a price paid to us ("they paid us", "nos pagaban"): takings, not a cost.
    paid_us: tuple[tuple[str, ...], ...] = ()
    #: Words for the writer counted with a head-count ("me and 9 staff", "9 y yo").
    owner: tuple[tuple[str, ...], ...] = ()
    #: Phrases that say a head-count already includes the writer ("moi compris").
    owner_included: tuple[tuple[str, ...], ...] = ()
    #: Words that join head-counts to add them ("4 partners and 6 guides").
    joins: frozenset[str] = frozenset()
    #: Phrases after a number that make it a head-count ("2 karigar working with me").
    people_after: tuple[tuple[str, ...], ...] = ()
    #: What an amount's clause must not hold (cash: a debt, "3 months in arrears"), or, for a
    #: head-count, the words right before it ("run by two women").
    amounts_not: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Per question (or "question.option"), words that may not stand inside one of its cues:
    #: "on a baissé les salaires de moitié" is pay cut, not sales ("baiss* * moitie").
    not_inside: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Words of comparison: a past marker right after one compares ("open like before",
    #: "ouvert comme avant", "como antes") and dates nothing.
    alike: tuple[tuple[str, ...], ...] = ()
    #: Words right before a future marker that make it done: "ya reabrimos" is reopened.
    already: tuple[tuple[str, ...], ...] = ()
    #: Phrases that say the rest of the business still works ("the rest is still open", "la
    #: otra sigue abierta"): a closure beside one is of a part of it.
    rest_open: tuple[tuple[str, ...], ...] = ()
    #: Words that open a correction of the amount just said ("no wait", "bueno", "non").
    corrections: tuple[tuple[str, ...], ...] = ()
    corrections_inside: tuple[tuple[str, ...], ...] = ()  # "4 units sorry I mean 5"
    #: Phrases right before a duration that make it how long something has lasted ("since").
    since: tuple[tuple[str, ...], ...] = ()
    #: What a negated trait means ("not registered").
    trait_negated: dict[str, str] = field(default_factory=dict)
    #: Answers made of traits, first match first: {led_by: {both: (woman, young), ...}}.
    derive: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    #: Words of the language's articles and number words (for telling languages apart).
    small_words: frozenset[str] = frozenset()
    #: The language's unit words (`units:`): word → days, weeks, months, years or people.
    units: dict[str, str] = field(default_factory=dict)
    #: Phrases that end a clause telling something is over ("that is long over", "ya pasó"),
    #: the words that may follow them ("hace rato"), and the questions they make of then.
    over: tuple[tuple[str, ...], ...] = ()
    over_after: frozenset[str] = frozenset()
    #: Phrases of a business back as it was ("back to normal", "vamos bien otra vez"): a
    #: crisis told of then before one is over (bot/over.py).
    recovered: tuple[tuple[str, ...], ...] = ()
    #: Words before a crisis that tell it of then, once the business is back ("after").
    after_then: frozenset[str] = frozenset()
    over_questions: frozenset[str] = frozenset()
    #: Words that date a clause in the past ("last june", "en aout", "el verano pasado") and
    #: those that count back from today ("ago", "il y a", "hace"): a story told then.
    dated: tuple[tuple[str, ...], ...] = ()
    ago: tuple[tuple[str, ...], ...] = ()
    #: Eras long past that date a clause as a year does ("covid time", "pendant le covid").
    era: tuple[tuple[str, ...], ...] = ()
    #: Words after a business named that make it someone else's ("the bar *next door*").
    beside: tuple[tuple[str, ...], ...] = ()
    #: Per question, words right before a cue that make it a step proposed, not taken ("my
    #: manager says we should cut 3 people", "il faut licencier", "quiere despedir").
    proposed: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Words of falling ill beside a disease: the writer's illness, no epidemic ("en cama").
    ill: tuple[tuple[str, ...], ...] = ()

    def all_cues(self) -> list[Cue]:
        """Every cue, in the order read, `<class>` words filled in: for tests and tools.

        Reading never makes this list (11 MB): it fills in a text's `candidates` only.
        """
        stop_words = self.stop_words
        return [cue for entry in self.entries
                for cue in (entry.fill(stop_words) if isinstance(entry, ClassCue) else (entry,))]

    def candidates(self, found: set[str]) -> list[Cue]:
        """The cues whose every word is in `found` (a text's words), in the order read."""
        stop_words = self.stop_words
        kept: list[Cue] = []
        for entry in self.entries:
            if isinstance(entry, ClassCue):
                kept += entry.present(found, stop_words)
            elif all(w in found for w in entry.words):
                kept.append(entry)
        return kept

    @cached_property
    def single_words(self) -> frozenset[str]:
        """The words that are a whole cue by themselves ("storm")."""
        return frozenset(self._single_words())

    @cached_property
    def business_nouns(self) -> frozenset[str]:
        """Sector words ("school", "hôtel"): after "my" or "our" they are the business."""
        return frozenset(self._single_words("sector"))

    def _single_words(self, question: str | None = None) -> set[str]:
        """The one-word cues' words (of one question)."""
        found: set[str] = set()
        for entry in self.entries:
            if question is not None and entry.question != question:
                continue
            if isinstance(entry, ClassCue):
                found |= entry.single_words(self.stop_words)
            elif len(entry.words) == 1:
                found.add(entry.words[0])
        return found

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of every cue, for telling quickly which cues a text could hold."""
        return frozenset().union(*self.words_by_answer.values()) - {NUMBER_MARK}

    @cached_property
    def words_by_answer(self) -> dict[tuple[str, str, str], frozenset[str]]:
        """Every word of the cues of each kind, question and option."""
        found: dict[tuple[str, str, str], set[str]] = {}
        for entry in self.entries:
            found.setdefault((entry.kind, entry.question, entry.option), set()).update(
                entry.words(self.stop_words) if isinstance(entry, ClassCue) else entry.words)
        return {answer: frozenset(words) for answer, words in found.items()}

    @cached_property
    def person_words(self) -> frozenset[str]:
        """The words of the one-word traits of who the writer is ("woman", "femme")."""
        return frozenset(w for c in self.of_kind.get(TRAIT, ()) if c.option in GENDER_TRAITS
                         and len(c.words) == 1 for w in c.words
                         if w not in self.stop_words and w not in self.self_words)

    @cached_property
    def gender_words(self) -> frozenset[str]:
        """Every word of the traits of who the writer is, of cues of any length ("young guy")."""
        return frozenset(w for c in self.of_kind.get(TRAIT, ()) if c.option in GENDER_TRAITS
                         for w in c.words
                         if w not in self.stop_words and w not in self.self_words)

    @cached_property
    def of_kind(self) -> dict[str, tuple[Cue, ...]]:
        """The cues of each kind (doubts, traits...), made once.

        Rules look among the few hundred of one kind, not the ~70,000 cues, at every read.
        Answer and ignore cues with `<class>` words are not filled in here: those a text
        holds are among its `candidates`.
        """
        kinds: dict[str, list[Cue]] = {}
        for entry in self.entries:
            if not isinstance(entry, ClassCue):
                kinds.setdefault(entry.kind, []).append(entry)
            elif entry.kind not in (ANSWER, IGNORE):
                kinds.setdefault(entry.kind, []).extend(entry.fill(self.stop_words))
        return {kind: tuple(found) for kind, found in kinds.items()}
