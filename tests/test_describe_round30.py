"""Round 30 (guided by blind sets 81 and 82, sealed through round 29 and read after it, and
87 and 88, new; sets 85 and 86, written before it, sealed through it), each kind in new
sentences: payments of past months still pending, a supplier still waiting for his money
and a missed instalment are overdue; payments on time "so far" but tight ahead are at risk;
fewer workers now than before (said in either order) is staff let go; part of the machines
or lines running is partly open; no work at all since a loss is sales stopped; the power
coming a few hours a day is the crisis (other); a shortage of dollars at the bank is
economic; a crisis told as over and fixed is not the crisis now; a business calling its
bank thieves is a complaint, no theft."""

from __future__ import annotations

import pytest

from bot.describe import Describer

ABSENT = None

SENTENCES = [
    # payments of past months still pending, a supplier still waiting, an instalment missed
    ("en", "we sew school uniforms, 12 workers. NSSF contributions for august and september "
     "are still pending.", "debts", "many_overdue"),
    ("en", "We pay the bank on time but our supplier in Dubai has been waiting 3 months for "
     "his money.", "debts", "many_overdue"),
    ("en", "The loan is 500 a month and I missed november already.", "debts",
     "many_overdue"),
    ("fr", "Je dois 800 000 au grossiste de ciment, il attend depuis juillet.", "debts",
     "many_overdue"),
    ("es", "Le debo al proveedor de harina desde agosto y ya me esta cobrando.", "debts",
     "many_overdue"),
    ("es", "Tengo una pulperia en Esteli, la factura del mayorista ya se vencio hace una semana",
     "debts", "many_overdue"),
    ("en", "Tailoring shop in Khulna, the NGO loan is weekly and we missed 2 weeks already",
     "debts", "many_overdue"),
    ("en", "Credit union wants 600 a month for the van, I miss august already", "debts",
     "many_overdue"),
    # on time so far, but tight ahead
    ("en", "Loan repayments on time so far but january will be very tight.", "debts",
     "some_at_risk"),
    # fewer workers now than before
    ("en", "We have 7 helpers now, before 12.", "staff_change", "laid_off"),
    ("en", "we were 60 workers last year, now 35.", "staff_change", "laid_off"),
    # part of the machines or lines running
    ("en", "only 3 of our 8 machines are running now.", "trading_status", "partly_open"),
    ("en", "just one line running out of four.", "trading_status", "partly_open"),
    # no work at all since a loss
    ("en", "Since the storm took my boat no fishing at all.", "revenue_change", "stopped"),
    # the power coming a few hours a day
    ("fr", "Le courant vient seulement 3 heures par jour depuis juin, on travaille quand il y "
     "a le courant.", "crisis_type", "other"),
    ("fr", "Le courant vient seulement 3 heures par jour depuis juin, on travaille quand il y "
     "a le courant.", "trading_status", "partly_open"),
    ("es", "Tengo una farmacia y la luz se va 8 horas al dia por los racionamientos.",
     "crisis_type", "other"),
    # a shortage of dollars at the bank
    ("en", "The bank only gives us 5,000 dollars of forex a month when we need 30,000.",
     "crisis_type", "economic"),
    # a crisis over and fixed
    ("en", "Flood in march but finished, everything fixed. Now customers have no money and "
     "buy less.", "crisis_type", "economic"),
    # (round 51: the flights cancelled now are a blockade, the cyclone of 2015 is over)
    ("fr", "Le cyclone de 2015 avait tout détruit, on avait reconstruit. Maintenant les vols "
     "sont annulés et on a 10 clients au lieu de 60.", "crisis_type", "blockade"),
    # a fall said with a hedge
    ("en", "sales down maybe 30% this year.", "revenue_change", "down_some"),
    ("fr", "ventes en baisse de peut-être 40 % depuis mars.", "revenue_change", "down_some"),
    # usual against now
    pytest.param(
        "fr", "En novembre on a eu 12 clients alors que normalement c'est autour de 70.",
        "revenue_change", "down_over_half", marks=pytest.mark.xfail(strict=True, reason=(
            "the usual amount stands 7 words after its marker; reaching 5 words instead of 4 "
            "read the price rises of three older French texts as sales up"))),
    ("fr", "En novembre on a eu 12 clients alors que normalement c'est autour de 70.",
     "trading_status", ABSENT),
    # a fall of exactly half was asked here, since reading it as "half or more" also read
    # half of other things ("I work half the days", "sold half the birds") as sales; round 44
    # reads it so, as the writers' guide since set 47 says, only where nothing follows the
    # half or what follows is the takings or a share of before
    ("en", "my bakery in Jos, sales down 50% since june", "revenue_change", "down_over_half"),
    ("en", "Chicken farm in Jos, we sold half the birds in May.", "revenue_change", ABSENT),
    ("en", "Salon in Jos, I work half the days now.", "revenue_change", ABSENT),
    # foreign buyers and guests named by where they come from
    ("en", "Grocery in Kitwe, my Congolese buyers can't cross the border anymore", "customers",
     "abroad"),
    ("fr", "Gîte à Tanna, les touristes australiens réservent puis annulent", "customers",
     "abroad"),
    # shorter hours and fewer days, said as owners say them
    ("es", "Cafeteria en Tunja, ahora cerramos 7pm ya no 11pm", "trading_status",
     "partly_open"),
    ("fr", "Pêcheur à Pointe-Noire, on sort seulement 3 jours par semaine au lieu de 7",
     "trading_status", "partly_open"),
    ("fr", "Atelier de couture à Goma, on a repris normalement depuis mai", "trading_status",
     "normal"),
    # someone else's plan to sell online
    ("es", "Tengo una distribuidora en Colon y mi hijo quiere abrir una tienda en Mercado "
     "Libre el otro año.", "online_presence", ABSENT),
    # what others owe us is no debt of ours
    ("es", "Tenemos 200 mil en cuentas por cobrar ya vencidas, los clientes no pagan.",
     "debts", ABSENT),
    ("en", "my daughter wants to open an online shop next year, I said first we survive.",
     "online_presence", ABSENT),
]

#: Texts that are not a business describing itself: nothing is read.
OFF_TOPIC = [
    ("en", "my bank charged me twice for the same transfer again, these banks are thieves"),
    ("fr", "La banque m'a encore pris 5000 de frais pour rien, c'est des voleurs"),
    ("es", "El banco me cobro comision dos veces, son unos ladrones"),
    ("en", "bro Ecobank charged me twice for one transfer, these people are thieves 😂"),
    pytest.param(
        "en", "Stanbic charged me K50 again on my salary account, moving everything to MTN MoMo",
        marks=pytest.mark.xfail(strict=True, reason=(
            "no aside phrase holds 'charged me K50 again', so the mobile-money name is read "
            "as how a business is paid (set 81's complaint, with 'has charged me' and 'salary "
            "account', is ruled off-topic)"))),
]


@pytest.mark.parametrize(("lang", "text", "question", "answer"), SENTENCES)
def test_round30_reads(describer: Describer, lang: str, text: str, question: str,
                       answer: str | None) -> None:
    assert describer.read(text, prefer=lang).answers.get(question) == answer


@pytest.mark.parametrize(("lang", "text"), OFF_TOPIC)
def test_round30_off_topic(describer: Describer, lang: str, text: str) -> None:
    assert describer.read(text, prefer=lang).answers == {}
