"""Answers whose misreading made a plan start too calm (issue 13), as kinds, in our own words.

Written and labelled before they were read: days or shifts cut for the staff in Spanish
("les bajé a 3 días"); a market's or a street's hours limited by the authorities ("el gobierno
limitó el horario del mercado", "la mairie a limité le marché"); debts late for weeks or to
several creditors in French ("ça fait 3 semaines que je paye pas"), one about to fall due; sales
back to what they were ("on est quasiment revenus comme avant", "les réservations sont
correctes"); an epidemic named by its virus ("el virus de Marburgo", "la fièvre de Lassa"); a
supplier that can send nothing through a closed border.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una panaderia con 5 empleados y tuve que recortarles a 4 dias por semana",
     {"staff_change": "reduced_hours"}),
    ("en mi taller de carpinteria hay 3 ayudantes, les baje a 2 dias porque no hay pedidos",
     {"staff_change": "reduced_hours"}),
    ("somos 6 en el restaurante, recortamos los turnos de los meseros desde marzo",
     {"staff_change": "reduced_hours"}),
    ("tengo 4 costureras y tuvimos que recortar a 3 dias, nadie fue despedido",
     {"staff_change": "reduced_hours"}),
    # the shop's own days, not the staff's: no staff change said
    ("mi tienda de abarrotes ahora abre 3 dias por semana", {"staff_change": None}),
])
def test_staff_days_cut(describer: Describer, text: str,
                        expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the market named in the clause before is not the subject: the cue names who acted
    ("vendo verduras en el mercado de Chimaltenango, la alcaldia limito el horario"
     " hasta las 12", {"trading_status": "partly_open"}),
    ("tengo un puesto de comida en la feria y el municipio limito el horario de la feria",
     {"trading_status": "partly_open"}),
    ("vendo ropa en el mercado y con la epidemia el gobierno limito el horario del mercado",
     {"trading_status": "partly_open"}),
    ("tengo una fonda y la alcaldia limito el horario de la calle hasta las 10",
     {"trading_status": "partly_open"}),
], ids=["es-alcaldia", "es-municipio", "es-gobierno", "es-calle"])
def test_market_hours_limited_es(describer: Describer, text: str,
                                 expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("je vends du poisson au marche de Dantokpa, la mairie a limite le marche a 3"
     " jours", {"trading_status": "partly_open"}),
    ("j'ai une boutique de pagnes, la prefecture a limite les horaires du marche jusqu'a midi",
     {"trading_status": "partly_open"}),
    ("je tiens un etal de legumes et les autorites ont limite le marche a 2 jours par semaine",
     {"trading_status": "partly_open"}),
    ("je tiens une cantine; la mairie a limite les horaires du marche jusqu'a 14h",
     {"trading_status": "partly_open"}),
], ids=["fr-mairie", "fr-prefecture", "fr-autorites", "fr-horaires"])
def test_market_hours_limited_fr(describer: Describer, text: str,
                                 expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("je suis couturiere a Lome, ca fait 2 mois que je paye pas le loyer de l'atelier",
     {"debts": "many_overdue"}),
    ("j'ai un taxi, ca fait 3 semaines que je paye pas le patron pour la voiture",
     {"debts": "many_overdue"}),
    ("mon salon de coiffure va mal, on a pris du retard sur le pret pis sur l'electricite",
     {"debts": "many_overdue"}),
    ("ma boulangerie tient, mais j'ai pris du retard sur l'hypotheque et sur le loyer",
     {"debts": "many_overdue"}),
    # one payment late soon, not yet missed: at risk
    ("j'ai une epicerie, je vais etre en retard sur le loyer ce mois ci",
     {"debts": "some_at_risk"}),
])
def test_debts_overdue_fr(describer: Describer, text: str,
                          expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("j'ai un restaurant a Dakar, on est presque revenus comme avant",
     {"revenue_change": "stable_or_up"}),
    ("mon hotel a Kribi: les reservations sont correctes depuis mars",
     {"revenue_change": "stable_or_up"}),
    ("apres les inondations mon garage a rouvert et c'est reparti comme avant",
     {"revenue_change": "stable_or_up"}),
    ("ma boutique de tissus, les ventes sont quasiment revenues a la normale",
     {"revenue_change": "stable_or_up"}),
])
def test_sales_back_to_normal_fr(describer: Describer, text: str,
                                 expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "tengo una farmacia en Malabo y con el virus de Marburgo casi no viene nadie",
     {"crisis_type": "epidemic"}),
    ("es", "vendo pescado en Freetown, con la fiebre de Lassa la gente no compra",
     {"crisis_type": "epidemic"}),
    ("es", "tengo una tienda en Asuncion y con el dengue mis empleados estan enfermos",
     {"crisis_type": "epidemic"}),
    ("fr", "j'ai un maquis a Kinshasa et avec le virus Ebola les clients ont peur",
     {"crisis_type": "epidemic"}),
    ("fr", "je vends des beignets a Conakry, avec la fievre de Lassa personne ne sort",
     {"crisis_type": "epidemic"}),
    ("fr", "mon restaurant a Port-au-Prince est vide depuis le retour du cholera",
     {"crisis_type": "epidemic"}),
    # a computer virus is not an epidemic
    ("es", "tengo una imprenta y un virus en la computadora borro todos los archivos",
     {"crisis_type": None}),
])
def test_epidemic_named_by_its_virus(describer: Describer, lang: str, text: str,
                                     expected: dict[str, str | None]) -> None:
    check(describer, lang, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("tengo una ferreteria y mi proveedor de Colombia ya no puede mandar nada por la frontera",
     {"supplier_risk": "cut_off"}),
    ("vendo telas, el distribuidor de Guatemala no me puede mandar mercaderia por el cierre",
     {"supplier_risk": "cut_off"}),
    ("tengo un almacen y con la frontera cerrada mis proveedores ya no pueden mandar nada",
     {"supplier_risk": "cut_off"}),
])
def test_supplier_cut_off_by_a_closed_border(describer: Describer, text: str,
                                             expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # one client who gives nearly all the work is one buyer
    ("cosemos para una sola empresa que nos da casi todo el trabajo",
     {"customers": "one_buyer"}),
    ("hago pan para un solo hotel, nos da todo el trabajo del mes",
     {"customers": "one_buyer"}),
    # that buyer's own customers abroad buying less: a fall of demand, the economic kind
    ("exportamos a un mayorista y sus clientes de Europa compran menos desde junio",
     {"crisis_type": "economic"}),
    ("los clientes de Estados Unidos ya no compran como antes, bajaron los pedidos",
     {"crisis_type": "economic"}),
])
def test_one_buyer_and_its_market(describer: Describer, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, "es", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a debt named first, "not paid" after it, without a verb before (as typed by SMS)
    ("le loyer de 2 mois pas paye", {"debts": "many_overdue"}),
    ("la traite de la banque pas payee depuis mars", {"debts": "many_overdue"}),
    ("factures d'electricite pas payees, je sais plus quoi faire", {"debts": "many_overdue"}),
])
def test_debt_then_not_paid(describer: Describer, text: str,
                            expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
