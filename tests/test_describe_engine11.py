"""The reader's engine, part 8: misreads that no cue can mend, each with sentences of its own.

"Less than half of before" is a fall of more than half, "a bit more than half" a fall of
less; a share of what a supplier, a bank or a buyer gives or takes is not a share of sales;
"+15%" of sales is a rise and "this quarter" a period; a count and what is left of it are
before and after; a share of the business weighed for one client leaves its fall unread.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. "Less than half" of before is a fall of more than half; "more than half", of less.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Since the road closed we sell less than half of before.", "down_over_half"),
    ("en", "My shop makes less than half of what it made last year.", "down_over_half"),
    ("en", "These days I sell less than half.", "down_over_half"),
    ("en", "We sell a bit more than half of before.", "down_some"),
    ("fr", "Je vends moins de la moitie de avant.", "down_over_half"),
    ("fr", "Je gagne moins de la moitié d'avant.", "down_over_half"),
    ("fr", "On vend un peu plus de la moitie de avant.", "down_some"),
    ("fr", "On vend à peine plus de la moitié d'avant.", "down_some"),
    ("fr", "La crue a emporté plus de la moitié des champs.", None),
    ("fr", "Vant yo desann plis pase mwatye.", "down_over_half"),
    ("es", "Gano menos de la mitad que antes.", "down_over_half"),
    ("es", "Vendo menos de la mitad de antes.", "down_over_half"),
    ("es", "Ahora vendemos menos de la mitad de lo que vendiamos.", "down_over_half"),
    ("es", "Vendemos un poco más de la mitad de antes.", "down_some"),
])
def test_less_than_half_of_before(describer: Describer, lang: str, text: str,
                                  change: str | None) -> None:
    check(describer, lang, text, {"revenue_change": change})


# 2. A share of what is given, lent, ordered or produced is a supply or a buyer's, not sales.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The only mill in town gives us 40% of what we order."),
    ("en", "The bank gives me 10% of what I ask for."),
    ("en", "One supermarket takes 80% of what I produce."),
    ("en", "The cooperative allocates us 20% of what we need."),
    ("fr", "La banque me donne 10% de ce que je demande."),
    ("fr", "Le moulin nous donne 40 % de ce que nous commandons."),
    ("fr", "Un supermarché prend 80 % de ce que je produis."),
    ("fr", "Le grossiste nous donne 25 % de ce que nous commandons."),
    ("es", "Un supermercado se lleva el 80 % de lo que produzco."),
    ("es", "El banco me presta el 10 % de lo que pido."),
    ("es", "El molino nos entrega el 40 % de lo que pedimos."),
    ("es", "La cooperativa nos da el 20 % de lo que pedimos."),
])
def test_a_share_of_a_supply_is_not_sales(describer: Describer, lang: str, text: str) -> None:
    check(describer, lang, text, {"revenue_change": None})


# 3. "+15%" of sales is a rise, "-20%" a fall; "this quarter" is a period, not a quarter of
# sales.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Turnover +15% on last year.", "stable_or_up"),
    ("en", "Revenue -20% this quarter.", "down_some"),
    ("en", "Sales up this quarter, about 10%.", "stable_or_up"),
    ("en", "Orders +20% since we opened online.", "stable_or_up"),
    ("fr", "Chiffre d'affaires +15 % sur un an.", "stable_or_up"),
    ("fr", "Ventes +10 % ce mois.", "stable_or_up"),
    ("fr", "Commandes +25 % depuis la foire.", "stable_or_up"),
    ("fr", "Le prix du sac +30 % depuis janvier.", None),
    ("es", "Ventas +15 % respecto al año pasado.", "stable_or_up"),
    ("es", "Ventas +10 % este mes.", "stable_or_up"),
    ("es", "Pedidos +30 % desde la feria.", "stable_or_up"),
    ("es", "El precio del saco +30 % desde enero.", None),
])
def test_a_signed_figure(describer: Describer, lang: str, text: str,
                         change: str | None) -> None:
    check(describer, lang, text, {"revenue_change": change})


# 4. A count and what is left of it; times in another gender ("la semana pasada").
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "From 120 pupils we're left with 70.", "down_some"),
    ("en", "We had 200 customers a day, we are left with 80.", "down_over_half"),
    ("en", "Last week we served 300 customers, this week 250.", "down_some"),
    ("en", "Last season we had 200 guests, now we're left with 60.", "down_over_half"),
    ("fr", "Sur 120 élèves il nous reste 70.", "down_some"),
    ("fr", "De 200 clients il nous reste 150.", "down_some"),
    ("fr", "On avait 150 clients, il nous reste 40.", "down_over_half"),
    ("fr", "La saison passée nous avions 80 clients, maintenant 60.", "down_some"),
    ("es", "De 120 alumnos quedamos con 70.", "down_some"),
    ("es", "De 60 socios nos quedan 20.", "down_over_half"),
    ("es", "La semana pasada atendimos 80 clientes, esta semana 60.", "down_some"),
    ("es", "La semana pasada vendimos 500 panes, esta semana 300.", "down_some"),
])
def test_a_count_and_what_is_left(describer: Describer, lang: str, text: str,
                                  change: str | None) -> None:
    check(describer, lang, text, {"revenue_change": change})


# 5. One client's or one contract's share of the business: its fall is not the business's.
@pytest.mark.parametrize(("lang", "text", "change"), [
    ("en", "Our main customer, who is 80% of our business, cut the contract by 40%.", None),
    ("en", "The ministry, half of our turnover, cut our contract by 30%.", None),
    ("en", "The school, 40% of our orders, cut its order by 30%.", None),
    ("en", "We lost 60% of our customers.", "down_over_half"),
    ("fr", "Notre principal client, 80 % du chiffre, a réduit le contrat de 40 %.", None),
    ("fr", "La mairie, la moitié de notre activité, a baissé son contrat de 30 %.", None),
    ("fr", "Le lycée, 40 % de nos commandes, a baissé sa commande de 30 %.", None),
    ("fr", "Nous avons perdu 30 % de nos clients.", "down_some"),
    ("fr", "Presque 90% des réservations du trimestre ont été annulées.", "down_over_half"),
    ("es", "Nuestro cliente principal, el 80 % de la facturación, recortó el contrato un 40 %.",
     None),
    ("es", "La alcaldía, la mitad de nuestro trabajo, bajó su contrato un 30 %.", None),
    ("es", "El colegio, el 40 % de nuestros pedidos, bajó su pedido un 30 %.", None),
])
def test_one_clients_share_is_not_the_business(describer: Describer, lang: str, text: str,
                                               change: str | None) -> None:
    check(describer, lang, text, {"revenue_change": change})
