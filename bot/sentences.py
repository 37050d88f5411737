"""Cutting a description into sentences and clauses, each with its time and amounts.

The reader (bot/describe.py) reads a text clause by clause. A sentence ends at ".", "!", "?"
or a line break, but not at the dot of an abbreviation ("approx. 3 weeks", "27 y.o"); a
clause ends at a comma, a semicolon, a dash (not one between two names: a route) or a word
like "but"; a bracket is an aside read right before its clause. Words typed without an
apostrophe are spelled as the cues spell them ("dont"), "30 per cent" is "30 %", and each
clause gets its time (`past`, `now`, `future`) from its marker words, whether it is asked,
and the amounts in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.clauses import Clause, exactly, has_phrase, number_word, phrases_at
from bot.cues import Cues, Rephrase, words_of
from bot.numbers import Quantity, digits, quantities
from bot.over import begun_at

#: Words at most in a question that ends a sentence of statements ("pls what do i do?").
SHORT_QUESTION = 6
#: Longest description read; Telegram allows 4096 characters but a description is a few lines.
MAX_DESCRIPTION = 1500
#: How many words besides an amount a sentence answering a question may hold ("like 10 days").
ANSWER_WORDS = 1
#: How many words may stand between a correction ("no wait", "bueno") and the amount that
#: corrects ("more like sixty", "como cuarenta").
CORRECTION_REACH = 2
#: How many words may stand between an amount and a correction with no comma before it
#: ("4 units sorry I mean 5").
CORRECTION_BEFORE = 3
#: A clause of more words than this with no comma is a run-on (a voice note typed by the
#: phone, a message with no stops), cut again at words that start a new thought.
RUN_ON = 20
#: The fewest words a piece cut from a run-on holds.
RUN_ON_PIECE = 3


def sentences_of(text: str, cues: Cues) -> list[str]:
    """The text's sentences (the cues' language knows its abbreviations)."""
    return [s for s, _ in _sentences(text, cues)]


def _sentences(text: str, cues: Cues) -> list[tuple[str, bool]]:
    """The text's sentences, each with whether it is a question ("je ferme ou quoi ?")."""
    text = text[:MAX_DESCRIPTION]
    if not text.isupper():
        text = re.sub(r"\bUS\b", "USA", text)  # "US demand is down": the country, not "us"
    # an emoji before a space ends a sentence as a full stop would: "J'ai 2 mois de loyer de
    # retard 😬 tu peux m'aider?" tells the rent, then asks
    parts = re.split(rf"([.!?\n]+(?!\d)|[{_EMOJI}]+(?=\s))", text)
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

    The word before it is one that is only ever written shortened ("approx", "env", "Sr") or
    a web address goes on after it ("Booking.com"), a
    title that may be a word too ("M", "St") before a name, or a letter of an initialism
    ("y.o", "e.g."): a dot right after another or right before a letter; two capitals
    only before a letter ("EE.UU."), so that their last dot still ends a sentence.
    """
    last = re.search(r"(\w+)$", before)
    if last is None:
        return False
    word = last.group(1).lower()
    if word in cues.shortened or re.match(_DOMAIN, after):
        return True  # "approx. 3", "Booking.com": a web address's dot ends nothing
    if word in cues.titles and re.match(r"\s*[^\W\d_]", after) and after.lstrip()[:1].isupper():
        return True
    if len(word) == 2 and last.group(1).isupper() and after[:1].isalpha():
        return True  # "EE.UU.": two capitals right before a letter; the last dot may end it
    return (len(word) == 1 and word.isalpha()
            and (before[: last.start()].endswith(".") or after[:1].isalpha()))


def clauses_of(text: str, cues: Cues) -> list[list[str]]:
    """The text's clauses (split at sentence marks, commas, semicolons and brackets)."""
    return [words for sentence in sentences_of(text, cues) for words in clause_words(sentence)]


def clause_words(sentence: str) -> list[list[str]]:
    """A sentence's clauses, as words (cut at commas, semicolons, dashes; an aside first)."""
    # A bracket is an aside: it does not cut the clause it stands in, and its own clauses are
    # read right before that one, so that an amount in it is not taken for one of the clause
    # after ("El principal (60% de mis ingresos) recortó": the main buyer cut its orders).
    asides: list[str] = []

    def aside(match: re.Match[str]) -> str:
        asides.append(match.group(1))
        return f" {_ASIDE}{len(asides) - 1} "

    sentence = _ROUTE.sub(r"\1 ", _FIELD.sub(r"\1 ", sentence))
    parts = re.split(_CUT, re.sub(r"\(([^()]*)\)", aside, sentence))
    found = []
    for part in parts:
        found += [piece for k in re.findall(rf"{_ASIDE}(\d+)", part)
                  for piece in re.split(_CUT, asides[int(k)])]
        found.append(re.sub(rf"{_ASIDE}\d+", " ", part))
    return [words for part in found if (words := words_of(part))]


#: Emoji (pictographs, dingbats and the like) that writers put where a full stop would go.
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"
#: The end of a web address right after a dot ("Booking.com", "jumia.com.ng").
_DOMAIN = r"(com|net|org|co|io|shop|store)\b"
#: Where a clause ends inside a sentence, and what stands for an aside while it is cut.
_CUT = r"[;:()]+|,(?!\d)|\s[-–—]\s"
_ASIDE = "\x00aside"
#: A dash between two names ("la carretera Huánuco - Tingo", "the Obuasi - Dunkwa road") joins a
#: route, not two clauses.
_ROUTE = re.compile(r"(\b[A-ZÀ-ÖØ-Þ][^\W\d_]{2,})\s[-–—]\s(?=[A-ZÀ-ÖØ-Þ][^\W\d_]{2,})")
#: A form's field opening a line, its name of one to three words, a colon and then words
#: ("ventas: cero", "3) problema: la harina subio"): its name and value are one clause, as
#: "ventas cero" is. Not before a figure ("Staff: 9"), read as a field of its own.
_FIELD = re.compile(r"^(\W*(?:\d{1,2}\s*[.)-]\s*)?[^\W\d_]+(?:[ '’][^\W\d_]+){0,2})\s*:\s*"
                    r"(?=[^\W\d_])")


def cut_clauses(text: str, cues: Cues, rephrase: Rephrase = ()) -> list[Clause]:
    """The text cut into clauses, each with its time and amounts.

    `rephrase`: phrases respelled first ("just him" → "just me", see `Cues.behalf_rephrase`).
    """
    clauses: list[Clause] = []
    number = -1
    for sentence, asked in _sentences(text, cues):
        previous: str | None = None
        first = len(clauses)
        wholes: list[tuple[list[str], str | None]] = []
        for part in clause_words(sentence):
            for whole in _split(_percent_signs(_respell(part, cues, rephrase), cues),
                                cues.breaks):
                if whole[0]:
                    wholes.append(whole)
                elif wholes and wholes[-1][1] is None:
                    # "estoy al día, pero no sé": the "but" after a comma still ends the
                    # clause before it, as it would without the comma
                    wholes[-1] = (wholes[-1][0], whole[1])
        parts = _corrected([cut for whole in wholes
                            for part_of in _run_on(whole, cues)
                            for words in _at_subjects(part_of, cues)
                            for cut in _at_corrections(words, cues)], cues)
        if clauses and parts and _past_corrections(parts[0][0], cues) is not None:
            # "sales down 40%" then, on a line of its own, "sorry I meant 70%": the line
            # corrects the last amount of the sentence before, which it joins
            joined = _corrected([(clauses[-1].words, clauses[-1].after), *parts], cues,
                                alone=True)
            if len(joined) <= len(parts):
                words, after = joined[0]
                clauses[-1] = replace(clauses[-1], words=words, after=after,
                                      quantities=quantities(words, cues.grammar))
                parts = joined[1:]
                if not parts:
                    continue
        # "How long my money lasts? like 10 days": a question answered by the fragment
        # after it is told, not asked; the answer goes on speaking of the question.
        answer = bool(clauses) and clauses[-1].asked and _answers(parts, cues)
        if answer:
            first = next(k for k, c in enumerate(clauses) if c.sentence == number)
        else:
            number += 1
        for words, after in parts:
            time = time_of(words, cues) or (previous if previous in ("now", "future")
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


def _corrected(parts: list[tuple[list[str], str | None]], cues: Cues, alone: bool = False
               ) -> list[tuple[list[str], str | None]]:
    """Parts of a sentence where an amount corrected right after it reads as the correction.

    "Turnover fell maybe forty percent, no wait, more like sixty", "bajaron casi a la mitad,
    bueno, cuarenta y cinco por ciento", "on est sept, non huit": the later amount takes the
    earlier one's place (a percentage stays one), and the correction's words go, with the
    little words that placed an earlier share ("a la" of "casi a la mitad"). A correction on a
    line of its own (`alone`) must be the amount and its unit only, with only small words or
    "almost" before it: "Cero. Bueno, de vender 200 mil pasamos a 70 mil" corrects nothing.
    """
    out = list(parts)
    k = 1
    while k < len(out):
        rest = _past_corrections(out[k][0], cues)
        if rest is None:
            k += 1
            continue
        taken = 1
        if not rest and k + 1 < len(out):
            # "no wait" alone, then "more like sixty"; "non pardon", then "plutôt deux mois"
            rest, taken = _past_corrections(out[k + 1][0], cues) or out[k + 1][0], 2
        found = [q for q in quantities(rest, cues.grammar) if not q.article]
        before = [q for q in quantities(out[k - 1][0], cues.grammar) if not q.article]
        if (not found or not before or found[0].start > CORRECTION_REACH
                or any(w in cues.joins for w in rest[: found[0].start])
                or (alone and not _bare_amount(rest, found[0], cues))
                or (alone and any(w not in cues.stop_words and w not in cues.almost
                                  for w in rest[: found[0].start]))):
            k += 1
            continue
        old, new = before[-1], found[0]
        words = out[k - 1][0]
        # the little words that placed a share go with it ("casi a la mitad": to half)
        start = old.start
        while old.share and start and words[start - 1] in cues.stop_words:
            start -= 1
        unit = ["%"] if old.percent and not new.percent else []
        end = old.end
        if end < len(words) and words[end] in cues.units and rest[new.end : new.end + 1] \
                and rest[new.end] in cues.units:
            end += 1  # "3 semaines, non, deux mois": the new amount's unit replaces the old
        merged = [*words[:start], *rest[new.start : new.end], *unit, *words[end:],
                  *rest[new.end :]]
        out[k - 1 : k + taken] = [(merged, out[k - 1 + taken][1])]
    return out


def _at_corrections(part: tuple[list[str], str | None], cues: Cues
                    ) -> list[tuple[list[str], str | None]]:
    """A part cut where a correction follows an amount with no comma ("4 units sorry I mean 5").

    Cut so, the correction opens a part of its own, which `_corrected` reads as it reads one
    after a comma; only a correction an amount follows within CORRECTION_REACH words cuts.
    """
    words, after = part
    if len(words) < 3:
        return [part]
    amounts = [q for q in quantities(words, cues.grammar) if not q.article]
    # leftmost first; where two start at one word, in the cues' order ("sorry i mean", "sorry")
    for at, phrase in sorted(phrases_at(cues.corrections_inside, words), key=lambda hit: hit[0]):
        near = any(at - CORRECTION_BEFORE <= q.end <= at for q in amounts)
        follows = any(at + len(phrase) <= q.start <= at + len(phrase) + CORRECTION_REACH
                      for q in amounts)
        if near and follows:
            return [(words[:at], None), *_at_corrections((words[at:], after), cues)]
    return [part]


def _bare_amount(words: Sequence[str], amount: Quantity, cues: Cues) -> bool:
    """Whether an amount is followed by nothing but its unit and small words ("60 %").

    A line of its own corrects only so: "sorry I meant 60%" does, "sorry 3 more things to
    say" counts things.
    """
    after = [w for w in words[amount.end :] if w not in cues.stop_words]
    return not after or cues.units.get(after[0]) is not None or after[0] == "%"


def _past_corrections(words: list[str], cues: Cues) -> list[str] | None:
    """The words after the corrections a part opens with ("sorry, I meant"), or None."""
    rest, found = words, False
    while (at := next((len(p) for p in cues.corrections if tuple(rest[: len(p)]) == p),
                      None)) is not None:
        rest, found = rest[at:], True
    return rest if found else None


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


def time_of(words: Sequence[str], cues: Cues) -> str | None:
    """The time a clause speaks of, from its markers (a future marker wins, then now).

    A future marker made of "to go" ("vont", "vamos a") is one only before a verb: "ils vont
    rouvrir", "vamos a cerrar"; "mes ventes vont très bien", "va a la tienda" are not. A past
    marker after a word of `since` ("close since last week", "fermé depuis la semaine
    dernière") is when something began that still goes on: it marks no past.
    """
    for name in ("future", "now", "past"):
        phrases = cues.times.get(name, ())
        if name == "past":
            if any(not begun_at(words, at, cues) and not _right_before(cues.alike, words, at)
                   for at, _ in phrases_at(phrases, words)):
                return name
        elif name != "future":
            if has_phrase(phrases, words):
                return name
        elif any(_before_a_verb(p, i, words, cues) and not _right_before(cues.already, words, i)
                 for p in phrases for i in range(len(words) - len(p) + 1)
                 if all(exactly(w, words[i + k]) for k, w in enumerate(p))):
            return name
    return None


def _right_before(phrases: Sequence[tuple[str, ...]], words: Sequence[str], at: int) -> bool:
    """Whether one of the phrases ends right before `at`.

    A word of comparison before a past marker ("like before"), of `already` before a future
    one ("ya reabrimos").
    """
    return any(start + len(phrase) == at for start, phrase in phrases_at(phrases, words))


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


def _respell(words: list[str], cues: Cues, rephrase: Rephrase = ()) -> list[str]:
    """Words typed without an apostrophe, spelled as the cues spell them ("dont" → don t).

    A word that is also a possessive of someone else's ("its") is one where it stands
    between a word that takes an object and a word a possessive may come before: "the shop
    lost *its* roof", "let go *its* staff"; "its closed", "now its just me", "i think its
    over" are "it's".
    """
    spelled = [part for i, word in enumerate(words)
               for part in ((word,) if word in cues.theirs and _possessive(words, i, cues)
                            else cues.respell.get(word, (word,)))]
    return _rephrased(spelled, rephrase) if rephrase else spelled


def _rephrased(words: list[str], pairs: Rephrase) -> list[str]:
    """The words with each phrase of `pairs` respelled, longest first, left to right."""
    out: list[str] = []
    at = 0
    while at < len(words):
        for typed, spelled in pairs:
            if tuple(words[at : at + len(typed)]) == typed:
                out.extend(spelled)
                at += len(typed)
                break
        else:
            out.append(words[at])
            at += 1
    return out


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
            or time_of([before], cues) is not None):
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


def _run_on(part: tuple[list[str], str | None], cues: Cues
            ) -> list[tuple[list[str], str | None]]:
    """A run-on clause cut before words that start a new thought ("so", "if", "because").

    Without it one marker rules a whole voice note: "sales going down maybe forty percent if
    it stop completely we can hold maybe three weeks" was all a condition, so no fall of
    sales. A word of `run_on_kept` before the cut keeps it whole ("not sure if we can pay");
    each piece holds a few words at least.
    """
    words, after = part
    if len(words) <= RUN_ON:
        return [part]
    pieces: list[list[str]] = [[]]
    for i, word in enumerate(words):
        if (word in cues.run_on and len(pieces[-1]) >= RUN_ON_PIECE
                and len(words) - i >= RUN_ON_PIECE and words[i - 1] not in cues.run_on_kept):
            pieces.append([])
        pieces[-1].append(word)
    return [(piece, None) for piece in pieces[:-1]] + [(pieces[-1], after)]


def _at_subjects(part: tuple[list[str], str | None], cues: Cues
                 ) -> list[tuple[list[str], str | None]]:
    """A clause cut before "and" + a subject that speaks of another time.

    "already 2 months in arrears and they will deduct from my shares": the arrears are now,
    the deduction to come. Said of one time ("one buyer and they cut orders by half"), the
    clause stays whole, since what the second subject did may be what the first part names.
    """
    words, after = part
    for i in range(1, len(words) - 1):
        if words[i] in cues.joins and words[i + 1] in cues.new_subjects:
            head, tail = words[:i], words[i + 1:]
            if time_of(tail, cues) != time_of(head, cues):
                return [(head, words[i]), *_at_subjects((tail, after), cues)]
    return [part]


def _split(words: list[str], breaks: frozenset[str]) -> list[tuple[list[str], str | None]]:
    """Cut a clause at words like "but", which end a negation's reach.

    Each part comes with the word that cut it off (None at the end of the clause); one that
    opens on such a word first gives a part of no words, cut off by it.
    """
    parts: list[tuple[list[str], str | None]] = [([], None)]
    for word in words:
        if word in breaks:
            parts[-1] = (parts[-1][0], word)
            parts.append(([], None))
        else:
            parts[-1][0].append(word)
    # A clause that opens on "but" keeps it, wordless, for the clause before (`cut_clauses`).
    return [p for k, p in enumerate(parts) if p[0] or (k == 0 and p[1] is not None)]
