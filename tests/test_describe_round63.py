"""Round 63's changes, with new sentences written before they were read.

The round took out cues that, over every set's texts, answered wrong or answered what the
writers left unsaid more often than they answered right ("plus gros client", "part time",
"no plata", "emporter", "pagina"...), read a rise from two amounts only when a sales word
stands within a few words of them, read "two trips a day" as how often, not as a day of cash, and
read who helps send the message, "me and the one van", a burst pipe in Québec French and
an off-topic "elle a pas d'entreprise".
The first 24 sentences were written before any was read (5 right at 404322f, 21 after; the
other three are strict xfails with their reasons); the rest are in the shapes of the changes
(10 of 28 right at 404322f, 26 after; two strict xfails)."""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Our biggest customer is the hotel up the road, but most of our "
           "bread goes to families in the estate.",
     {"customers": None}),
    ("fr", "Notre plus gros client c'est la mairie, mais on a une centaine "
           "de particuliers qui viennent chaque semaine.",
     {"customers": None}),
    ("fr", "Je tiens une boulangerie avec 3 salariés, je ne suis pas au "
           "courant des aides, il y en a ?",
     {"staff_informed": None, "size": "s2_9"}),
    ("es", "No tengo plata para surtir la tiendita de abarrotes, los "
           "proveedores ya no fían.",
     {"cash_runway": None}),
    ("en", "I work part time at the supermarket and do nails from home on "
           "weekends.",
     {"trading_status": None}),
    ("es", "No hay gas en la colonia desde ayer y cocino con leña en mi "
           "fonda, somos 3.",
     {"supplier_risk": None, "size": "s2_9"}),
    ("es", "La canasta básica subió mucho y la gente compra menos en mi "
           "tienda.",
     {"digital_skills": None, "crisis_type": "economic"}),
    ("en", "The power is back to normal since Monday but my customers have "
           "not come back to the salon.",
     {"revenue_change": None}),
    pytest.param("en", "We kept everybody on, but cut their hours to 3 days a week. We "
                 "run a print shop.",
                 {"staff_change": "reduced_hours"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'print shop' is an ignore (a print shop may be anyone's), so "
                     "the text names no business and reads nothing"))),
    ("en", "Still open like always, 7 to 7, but people buy less since the "
           "prices went up.",
     {"trading_status": "normal"}),
    ("es", "Vendo lo mismo de siempre, pan y pasteles, pero ahora también "
           "por WhatsApp.",
     {"revenue_change": None}),
    ("fr", "Ça va bien pour ma fille, elle a trouvé un travail. Moi j'ai "
           "un petit garage, on est 2, les pièces arrivent en retard.",
     {"revenue_change": None, "size": "s2_9"}),
    ("es", "Página de Facebook tenemos, nada más, y vendemos en la feria "
           "los domingos.",
     {"online_presence": "social_only"}),
    ("en", "My daughter sells our honey on Etsy and people from abroad "
           "order it there.",
     {"online_presence": "sells_online"}),
    ("en", "The rent going up next year is a worry, but for now we are "
           "fine.",
     {"crisis_type": None}),
    ("fr", "On gagne presque rien sur le pain tellement la farine est "
           "chère, mais on vend autant qu'avant.",
     {"revenue_change": "stable_or_up"}),
    pytest.param("en", "I have only one distributor for gas cylinders in the district, "
                 "and he has never let me down.",
                 {"supplier_risk": None},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'only one distributor' reads a single supplier at risk; the "
                     "reader does not weigh 'never let me down'"))),
    ("es", "Mi nieta me ayuda con el celular; la tienda la atiendo yo "
           "sola.",
     {"size": "solo"}),
    ("en", "Money gone on school fees this month but the shop itself is "
           "doing okay.",
     {"cash_runway": None}),
    ("en", "Hardly any rain this year but the borehole keeps the garden "
           "going and veg sales are normal.",
     {"revenue_change": "stable_or_up"}),
    ("fr", "Les clients ne viennent plus le lundi, alors je ferme ce "
           "jour-là. Je suis fleuriste.",
     {"trading_status": "partly_open", "revenue_change": None}),
    ("es", "Un proveedor me quedó mal con la harina pero tengo otros tres, "
           "así que sigo.",
     {"supplier_risk": None}),
    pytest.param("fr", "Un de mes conteneurs est bloqué au port depuis 10 jours, le "
                 "reste arrive normalement.",
                 {"supplier_risk": "some_delays"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'bloqué au port' reads the supply cut off; one container of "
                     "several is not told apart"))),
    ("en", "No work for me at the garage on Sundays anymore, the boss "
           "closes it. I'm a mechanic.",
     {"revenue_change": None}),
])
def test_written_before_reading(describer: Describer, lang: str, text: str,
                                expected: dict[str, str | None]) -> None:
    """Sentences written before the round's reader read them."""
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I run a hair salon, 4 of us. My daughter works part time at "
           "the bank.",
     {"trading_status": None, "size": "s2_9"}),
    pytest.param("fr", "Pizzeria à Redon, on fait surtout de la vente à emporter "
                 "depuis toujours, on est 3.",
                 {"trading_status": None},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'vente à emporter' reads partly open (4 right, 2 wrong over "
                     "the sets); 'depuis toujours' is not weighed"))),
    ("es", "Tengo un comedor en el mercado, no hay gas en el mercado desde "
           "el lunes y cocino con carbón.",
     {"supplier_risk": None}),
    ("es", "Tenemos una página de Facebook para la ferretería, nada más.",
     {"online_presence": "social_only"}),
    ("en", "We sell maize meal to people in the village and the next "
           "village too.",
     {"customers": None}),
    ("en", "Our shop is open like always but the customers have less money "
           "since the prices rose.",
     {"revenue_change": None}),
    ("fr", "Un conteneur de pièces est bloqué à Anvers, mais on a d'autres "
           "fournisseurs en France.",
     {"supplier_risk": "diversified"}),
    ("es", "No hay plata en la calle, la gente no compra, tengo una "
           "zapatería con mi esposo.",
     {"cash_runway": None}),
    ("fr", "Mes 4 employés ne sont pas au courant de la fermeture de "
           "l'usine d'à côté, qui ne nous touche pas.",
     {"staff_informed": None}),
    ("en", "The roads are back to normal after the floods, I have a "
           "hardware shop.",
     {"revenue_change": None}),
    ("es", "Compro la tela a un proveedor de Lima y a dos de Juliaca.",
     {"supplier_risk": None}),
    ("en", "My biggest customer is the school canteen, but I sell to many "
           "households too.",
     {"customers": None}),
    ("fr", "Notre plus gros client est la cantine du collège, on vend "
           "aussi à beaucoup de familles.",
     {"customers": None}),
    ("en", "I keep 500 layers and sell the eggs to shops in town, feed was "
           "450 a bag now 600 because the kwacha fell.",
     {"revenue_change": None}),
    ("en", "We sold about 200 loaves a day last year, now 260 a day.",
     {"revenue_change": "stable_or_up"}),
    ("en", "um so I have a poultry farm me and my two boys we sell the "
           "chickens to the canteen at the mine the problem is feed a bag "
           "was 450 now it is 600 kwacha",
     {"revenue_change": None}),
    ("es", "Vendo pollos a los restaurantes, el alimento estaba en 300 y "
           "ahora en 420 el bulto.",
     {"revenue_change": None}),
    ("fr", "Avant on vendait 40 paniers par semaine, maintenant 55 "
           "paniers.",
     {"revenue_change": "stable_or_up"}),
    ("en", "Now we only do two trips a day instead of eight, the money is "
           "down by more than half.",
     {"cash_runway": None, "revenue_change": "down_over_half"}),
    ("en", "The money we have left will last about a week.",
     {"cash_runway": "under_2w"}),
    ("es", "Hago 3 viajes al día con el mototaxi y la plata no alcanza.",
     {"cash_runway": None}),
    ("en", "I sell second hand clothes alone at the market, my son is "
           "helping me type this message.",
     {"size": "solo"}),
    pytest.param("en", "Just me and the one van, I deliver parcels for shops around "
                 "Whitehaven.",
                 {"size": "solo"},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the ignore 'me and the one' (not a second person) takes 'me' "
                     "from 'just me' too, so the size is left unread rather than "
                     "read as two"))),
    ("es", "Vendo tamales yo sola en la esquina, mi nieto me ayuda a "
           "escribir esto.",
     {"size": "solo"}),
    ("fr", "Je suis couturière, je travaille seule, ma fille m'aide à "
           "écrire ce message.",
     {"size": "solo"}),
    ("fr", "J'ai un salon de coiffure à Rouyn, un tuyau a pété dans le "
           "plafond et le salon est inondé, on est fermés.",
     {"crisis_type": "other"}),
    ("fr", "Dans ma boulangerie un tuyau à péter la nuit passée, tout le "
           "sous-sol est inondé.",
     {"crisis_type": "other"}),
    ("fr", "Ma soeur a perdu sa job, elle a 8000 de dettes sur sa carte de "
           "crédit, elle paye plus son loyer. Elle a pas d'entreprise.",
     {"debts": None, "payments": None}),
])
def test_shapes_of_the_changes(describer: Describer, lang: str, text: str,
                               expected: dict[str, str | None]) -> None:
    """Over-readings the round took out, and what must still read."""
    check(describer, lang, text, expected)
