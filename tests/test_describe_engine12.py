"""The reader's engine, part 9: misreads that no cue can mend, each with sentences of its own.

Closures of others (a supplier, a crossing) against ours ("we are closed because of the
border"); a closure of every business of our kind, whoever ordered it; a payment still made
"but I don't know for how long"; a supplier listed with what we pay; brackets as asides; a
cue's `*` gap kept even where the cue must appear as written.
"""

from __future__ import annotations

import pytest

from bot.clauses import GAP, find_phrase
from bot.cuefile import _Context
from bot.describe import Describer
from bot.knowledge import Knowledge
from bot.sentences import clause_words
from tests.describehelp import check


# 1. A closure said of someone else named before it (a pronoun, or "and" with no new
#    subject) is theirs; "we are closed because of the border" is ours.
@pytest.mark.parametrize(("lang", "text", "status"), [
    ("en", "The wholesaler I buy from burnt down, he is closed since Monday", None),
    ("en", "My supplier's warehouse flooded and it is closed till further notice", None),
    ("en", "Chaman crossing has been shut for 10 days", None),
    ("en", "We are closed because of the border", "closed"),
    ("fr", "Le feu du marché a brûlé la boutique de mon fournisseur, il est fermé depuis lundi",
     None),
    ("fr", "La douane de Kidira est fermée depuis 10 jours, mes marchandises attendent", None),
    ("fr", "Mon voisin coiffeur est fermé depuis la crue", None),
    ("fr", "Nous sommes fermés à cause de la frontière", "closed"),
    ("fr", "Je suis fermée depuis la grève des transporteurs", "closed"),
    ("es", "Mi proveedor de harina se quemó y está cerrado hace un mes", None),
    ("es", "La aduana de Desaguadero estuvo cerrada 2 semanas por el paro", None),
    ("es", "La fábrica que me vende tela está cerrada desde marzo", None),
    ("es", "Estamos cerrados por el bloqueo de la frontera", "closed"),
])
def test_a_closure_of_someone_else_is_theirs(describer: Describer, lang: str, text: str,
                                             status: str | None) -> None:
    check(describer, lang, text, {"trading_status": status})


# 2. A closure of every business of a kind is ours when it is our kind, whoever ordered it.
@pytest.mark.parametrize(("lang", "text", "status"), [
    ("en", "The county closed all schools and tuition centres", "closed"),
    ("en", "Government closed all salons and barbershops", "closed"),
    ("en", "The city shut all bars and restaurants, now we deliver to homes", "open_adapted"),
    ("en", "The county closed all schools. I run a bakery", None),
    ("fr", "Le gouvernement a fermé toutes les écoles et centres de formation", "closed"),
    ("fr", "Le ministère a fermé tous les bars", "closed"),
    ("fr", "La mairie a fermé tous les restaurants, on fait de la livraison maintenant",
     "open_adapted"),
    ("fr", "La mairie a fermé tous les bars, je suis couturière", None),
    ("es", "El gobierno tiene cerrados todos los gimnasios", "closed"),
    ("es", "Las peluquerías están cerradas por orden del gobierno", "closed"),
    ("es", "La alcaldía cerró todos los restaurantes, ahora vendemos a domicilio",
     "open_adapted"),
    ("es", "Todos los restaurantes están cerrados por orden de la alcaldía, yo soy costurera",
     None),
])
def test_a_closure_of_all_of_our_kind_is_ours(describer: Describer, lang: str, text: str,
                                              status: str | None) -> None:
    check(describer, lang, text, {"trading_status": status})


# 3. "X I pay, but I don't know for how long" puts a payment at risk; a supplier listed with
#    what we pay, "all late", is our payments late, not goods.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The loan I pay, but I don't know for how long", {"debts": "some_at_risk"}),
    ("en", "The rent I manage to pay but I don't know how long I can",
     {"debts": "some_at_risk"}),
    ("en", "My instalments I still pay, but not sure for how much longer",
     {"debts": "some_at_risk"}),
    ("en", "The bank loan I am paying but I do not know until when", {"debts": "some_at_risk"}),
    ("en", "Electricity bill, machine lease and thread supplier all late 2 months",
     {"supplier_risk": None}),
    ("fr", "Le crédit je le paie mais je ne sais pas jusqu'à quand", {"debts": "some_at_risk"}),
    ("fr", "Le loyer je le paye mais je ne sais pas pour combien de temps",
     {"debts": "some_at_risk"}),
    ("fr", "Les échéances je les paie encore, mais je ne sais pas jusqu'à quand",
     {"debts": "some_at_risk"}),
    ("fr", "Mon prêt je le rembourse mais je ne sais pas combien de temps encore",
     {"debts": "some_at_risk"}),
    ("es", "La cuota la voy pagando pero no sé hasta cuándo", {"debts": "some_at_risk"}),
    ("es", "El préstamo lo pago pero no sé por cuánto tiempo más", {"debts": "some_at_risk"}),
    ("es", "El alquiler lo pago, pero no sé hasta cuándo podré", {"debts": "some_at_risk"}),
    ("es", "Las cuotas del banco las pago pero no sé si llego a diciembre",
     {"debts": "some_at_risk"}),
    # Not of a payment: nothing is read.
    ("en", "Business is slow but I don't know for how long", {"debts": None}),
    ("fr", "Les clients reviennent mais je ne sais pas jusqu'à quand", {"debts": None}),
    ("es", "Las ventas subieron pero no sé hasta cuándo", {"debts": None}),
])
def test_a_payment_still_made_but_for_how_long(describer: Describer, lang: str, text: str,
                                               expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


# 4. A bracket is an aside: the clause it stands in is read whole, the aside before it.
@pytest.mark.parametrize(("sentence", "clauses"), [
    ("El principal (60% de mis ingresos) recortó los pedidos",
     [["60", "%", "de", "mis", "ingresos"], ["el", "principal", "recorto", "los", "pedidos"]]),
    ("Tailor (woman, 31) with 2 machines, one broken",
     [["woman"], ["31"], ["tailor", "with", "2", "machines"], ["one", "broken"]]),
    ("Mon gros client (la moitié) a arrêté",
     [["la", "moitie"], ["mon", "gros", "client", "a", "arrete"]]),
])
def test_a_bracket_does_not_cut_its_clause(sentence: str, clauses: list[list[str]]) -> None:
    assert clause_words(sentence) == clauses


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "My main buyer (70% of my sales) stopped ordering",
     {"customers": "one_buyer", "revenue_change": "stopped"}),
    ("fr", "Nous sommes (depuis lundi) fermés à cause de la frontière",
     {"trading_status": "closed"}),
    ("es", "Estamos (desde el lunes) cerrados por el bloqueo", {"trading_status": "closed"}),
])
def test_a_clause_read_across_its_bracket(describer: Describer, lang: str, text: str,
                                          expected: dict[str, str]) -> None:
    check(describer, lang, text, expected)


# 5. A `*` between a cue's words is a gap kept even where the cue must appear as written.
def test_a_gap_is_kept_in_every_shape_of_cue(knowledge: Knowledge) -> None:
    context = _Context(knowledge.cues["en"], {})
    shapes = {
        "miss * here": ["i miss you here", "i miss them all here"],  # shrinks to one word
        "i m * driver": ["i m a driver", "i m taxi driver"],  # starts with stop words
        "supplier* * late": ["suppliers are all late", "supplier late"],  # a stem, a gap
        "due * * don t know if": ["due next week and i don t know if"],  # two gaps
    }
    for written, texts in shapes.items():
        (cue,) = context.cues("debts", "some_at_risk", written, "test", "answer")
        assert GAP not in cue.words
        if cue.phrase is not None:
            assert GAP in cue.phrase, written
        for text in texts:
            words = text.split()
            phrase = cue.phrase or cue.words
            plain = words if cue.phrase else [w for w in words
                                              if w not in knowledge.cues["en"].stop_words]
            gap = 0 if cue.phrase else 2
            assert find_phrase(phrase, plain, {}, gap=gap) is not None, (written, text)
    (plain_cue,) = context.cues("debts", "some_at_risk", "miss * here", "test", "answer")
    assert plain_cue.phrase == ("miss", GAP, "here")
    assert find_phrase(plain_cue.phrase, ["i", "miss", "all", "of", "you", "here"], {},
                       gap=0) is None  # a gap holds up to two words


def test_a_gap_reads_in_a_description(describer: Describer) -> None:
    check(describer, "en", "I m a taxi driver", {"size": "solo"})
    check(describer, "en", "i am the driver", {"size": "solo"})
