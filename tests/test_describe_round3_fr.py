"""French descriptions read by kind of word or phrase, each with sentences of its own.

Round 3 of the French cues: words as they are typed in West and Central Africa, Haiti, the
Maghreb, Quebec, France, Lebanon and Madagascar. None of these sentences is in a set of
tests/descriptions/.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


@pytest.mark.parametrize(("text", "expected"), [
    # the currency of a neighbour falls: economic; buyers from abroad stop coming
    ("Je tiens une boutique de cosmétiques à Lomé avec ma sœur. Depuis la dévaluation du naira "
     "les clients nigérians ne viennent plus, on vend à peine le tiers de d'habitude.",
     {"sector": "retail", "size": "s2_9", "crisis_type": "economic",
      "revenue_change": "down_over_half", "customers": "abroad"}),
    ("Pharmacie à Tripoli (Liban). La livre s'est effondrée, les grossistes veulent des dollars. "
     "On a perdu la moitié des clients. Nous sommes 5, personne n'a été licencié.",
     # exactly half: asked until round 43, "half or more" since round 44 (the brief's words)
     {"sector": "retail", "crisis_type": "economic", "revenue_change": "down_over_half",
      "size": "s2_9", "staff_change": "unchanged"}),
    # kidnappings are conflict; Creole for a restaurant; opening at noon only
    ("Bonjou, mwen gen yon ti restoran nan Petyonvil. Avec les kidnappings les clients ne sortent "
     "plus le soir, on ouvre seulement le midi maintenant. On est 6 avec moi. Les clients paient "
     "cash ou Moncash.",
     {"sector": "food_service", "size": "s2_9", "crisis_type": "conflict",
      "trading_status": "partly_open", "payments": "mobile_or_card"}),
    # a port strike and stuck containers: the supply is cut
    ("Boutique de pièces détachées à Kaolack. Le port de Dakar est bloqué par la grève, mes "
     "conteneurs sont coincés depuis un mois. Il me reste de la trésorerie pour 10 jours.",
     {"sector": "retail", "supplier_risk": "cut_off", "cash_runway": "under_2w"}),
    # eviction by the authorities is "other"; selling in front of the house is adapted
    ("Depuis que les autorités ont déguerpi le marché, je vends devant ma maison. Mon chiffre a "
     "chuté de 70%.",
     {"crisis_type": "other", "trading_status": "open_adapted",
      "revenue_change": "down_over_half"}),
    ("Il y a eu un cambriolage dans mon magasin d'électroménager, on a tout perdu, le magasin est "
     "fermé.", {"crisis_type": "other", "trading_status": "closed"}),
    # power cuts alone are a crisis of another kind (round 14; before, they were not read);
    # "ne ... que 3 jours" is partly open
    ("Atelier de soudure à Bouaké, on est 4. Les délestages nous tuent, on ne travaille que 3 "
     "jours par semaine. Les clients paient par Orange Money ou en espèces.",
     {"sector": "manufacturing", "size": "s2_9", "trading_status": "partly_open",
      "payments": "mobile_or_card", "crisis_type": "other"}),
])
def test_crisis_kinds_and_trading(describer: Describer, text: str,
                                  expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # someone else's trouble is not ours
    ("Mon voisin a licencié tous ses employés, moi j'ai gardé toute l'équipe, 6 personnes.",
     {"staff_change": "unchanged", "size": "s2_9"}),
    ("Mon fournisseur de tissus à Kano a fermé, je cherche un autre. Mon atelier de couture "
     "reste ouvert avec mes 3 employées.",
     {"sector": "manufacturing", "trading_status": None, "size": "s2_9"}),
    ("Le bar-resto de mon voisin a fermé. Moi je reste ouvert, mon snack tourne normalement.",
     {"sector": "food_service", "trading_status": "normal"}),
    # "à cause des gangs je ne peux plus...": the "ne" of the next verb does not deny the gangs
    ("A cause des gangs je ne peux plus aller au marché de Croix-des-Bossales, ma boutique de "
     "riz à Delmas reste ouverte.", {"crisis_type": "conflict"}),
    # kept everyone but cut their days: a cut in hours, not "unchanged"
    ("J'ai licencié personne mais les 3 serveuses font des demi-journées maintenant, au maquis.",
     {"staff_change": "reduced_hours"}),
    ("On a dû mettre 4 employés au chômage technique et réduire les heures des autres.",
     {"staff_change": "reduced_hours"}),
    # negations
    ("On n'a pas de site web, pas de page facebook, rien du tout sur internet. Ma boutique de "
     "chaussures tourne avec le bouche à oreille.",
     {"online_presence": "none", "sector": "retail"}),
    ("Je n'ai pas de dettes et j'ai 4 mois de trésorerie devant moi, boutique à Sousse.",
     {"debts": "on_track", "cash_runway": "over_3m"}),
    ("Je suis pas enregistré et j'ai pas de compte en banque, tout en cash. Je vends des habits "
     "au marché Sandaga.", {"means": "neither", "payments": "cash_only"}),
    # a Facebook page and "we don't sell online" is a social page
    ("Petit resto à Thiès, on a juste une page Facebook, on ne vend pas en ligne.",
     {"online_presence": "social_only"}),
    # savings kept on a wallet are not how customers pay
    ("Je garde mes économies sur Wave, je n'ai pas de compte en banque. Mes clientes de la "
     "friperie paient en espèces.", {"payments": None}),
])
def test_negation_and_whose_trouble(describer: Describer, text: str,
                                    expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Je suis coiffeuse à domicile à Yaoundé. Avec le choléra les gens ont peur, je fais 3 "
     "clientes par semaine au lieu de 15.",
     {"sector": "services", "crisis_type": "epidemic", "revenue_change": "down_over_half"}),
    ("Je dirige une PME de transformation de mangues séchées à Bobo, 25 ouvrières. On exporte "
     "tout vers la Suisse. Cette année on a reçu 2 fois moins de commandes.",
     {"sector": "manufacturing", "size": "s10_49", "customers": "abroad",
      "revenue_change": "down_over_half"}),
    ("Quincaillerie à Parakou: les commandes ont été divisées par trois depuis la fermeture de "
     "la frontière.", {"revenue_change": "down_over_half", "crisis_type": "blockade"}),
    ("Nos recettes sont passées de 900 000 par mois à 300 000, à l'auto-école.",
     {"revenue_change": "down_over_half"}),
    ("Boutique de pagnes, recettes en baisse d'environ un quart depuis la rentrée.",
     {"revenue_change": "down_some"}),
    ("Mon resto à Oran marche bien, on est 7, le chiffre d'affaires a augmenté de 10%. Tout est "
     "payé à temps.", {"sector": "food_service", "size": "s2_9",
                       "revenue_change": "stable_or_up", "debts": "on_track"}),
    ("Agence de voyage à Dakar, on est 3. Les visas sont bloqués, on vend presque plus rien.",
     {"sector": "tourism", "size": "s2_9", "revenue_change": "down_over_half"}),
    # head-counts with the words of each trade
    ("Salut, j'ai une petite entreprise de développement web à Montréal, juste moi et deux "
     "pigistes. Je suis à l'aise avec la techno, évidemment.",
     {"sector": "services", "size": "s2_9", "digital_skills": "good"}),
    ("Centre de formation à Lomé, j'ai 5 formateurs et une secrétaire.", {"size": "s2_9"}),
    ("Nous sommes un petit cabinet, 7 personnes en me comptant.", {"size": "s2_9"}),
    ("Je vends du poisson fumé à Kaloum, ma fille m'aide à la boutique.", {"size": "s2_9"}),
    # cash said without a number word of cash before it
    ("Cybercafé à Conakry, moi seul. Je sais pas combien de temps je vais tenir, peut-être "
     "trois semaines.", {"size": "solo", "cash_runway": "under_1m"}),
    ("Taxi-moto à Cotonou, j'ai pas d'économies, ça peut aller 4 ou 5 jours.",
     {"cash_runway": "under_2w"}),
    ("Mon dépanneur à Laval, j'ai plus une cenne, le compte est à zéro.",
     {"cash_runway": "under_2w"}),
    # debts past their dates, or none at all
    ("Je dois 3 millions au grossiste et les dates sont déjà passées, ma quincaillerie est à "
     "Abomey.", {"debts": "many_overdue"}),
    ("Salon de thé à Rabat, je dois rien à personne.", {"debts": "on_track"}),
])
def test_numbers_and_amounts(describer: Describer, text: str,
                             expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "à mon compte" is working for oneself, not "je compte" (a plan for later)
    ("Je suis consultant à mon compte à Québec, juste moi.", {"size": "solo"}),
    ("Ma ferme de 3 hectares de manioc près de Kikwit a été inondée, tout est sous l'eau. Je "
     "n'ai plus rien à vendre. Je suis veuve, 44 ans, je travaille avec mes 2 fils.",
     {"sector": "agriculture", "crisis_type": "natural_hazard", "revenue_change": "stopped",
      "led_by": "women_led", "size": "s2_9"}),
    # a young boy who works here does not make the business youth-led
    ("Mini-market à Delmas, je suis une femme de 50 ans, on est 3: moi, ma nièce et un jeune "
     "garçon.", {"led_by": "women_led", "size": "s2_9"}),
    # a main client, a single buyer; selling to exporters is not selling abroad
    ("Notre client principal, une usine de jus, a arrêté de nous acheter les mangues.",
     {"customers": "one_buyer"}),
    ("Coopérative de cacao à Divo, on vend les fèves à des exportateurs de San Pedro.",
     {"customers": None, "sector": "agriculture"}),
    ("Mes clients à la boutique sont surtout des Congolais qui traversent la frontière.",
     {"customers": "abroad"}),
    ("Je vends aux gens du quartier, surtout des fonctionnaires, dans ma boutique.",
     {"customers": "local"}),
    ("Notre GIE de transformation d'arachide à Kaolack a un compte à la CMS et un NINEA.",
     {"means": "both"}),
    pytest.param("Le plus gros client de ma boulangerie, c'est l'hôtel, et il a un compte à la "
                 "BOA.", {"means": None}, marks=pytest.mark.xfail(strict=True, reason=(
                     "round 47: the retrained learned reader fills the means from the "
                     "hotel's account"))),
    ("Tap-tap entre Cap-Haïtien et Limbé, 2 véhicules. Les passagers paient seulement cash.",
     {"sector": "services", "payments": "cash_only"}),
    ("Pas de site internet, on vend notre savon au marché et par WhatsApp.",
     {"online_presence": "social_only"}),
])
def test_who_leads_customers_and_means(describer: Describer, text: str,
                                       expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # before -> after said by years, a rise said as "a pris", a loss said with "perdre"
    ("Ma plantation à Divo: l'année passée j'ai vendu 80 sacs de cacao, cette année peut-être "
     "20.", {"revenue_change": "down_over_half"}),
    ("J'ai une gargote à Tana, 5 employés. Le riz a pris 40 % en 3 mois.",
     {"sector": "food_service", "size": "s2_9", "crisis_type": "economic"}),
    ("Épicerie fine à Beyrouth avec mon associé. La crise bancaire nous a fait perdre 50 % du "
     "chiffre.", {"size": "s2_9", "revenue_change": "down_over_half"}),  # half or more
    ("On fait des jus naturels à Ouaga, 6 filles. Le sucre est passé de 25 000 à 38 000 le sac.",
     {"sector": "manufacturing", "size": "s2_9", "crisis_type": "economic"}),
    ("J'ai une job de déneigement à Trois-Rivières, moi pis 2 gars. Pas de neige c't'hiver, "
     "zéro contrat.", {"size": "s2_9", "revenue_change": "stopped"}),
    ("Avant je vendais 50 sacs de charbon par semaine, maintenant 10.",
     {"revenue_change": "down_over_half"}),
    ("Boutique de chaussures: on fait 30 % de moins qu'avant.", {"revenue_change": "down_some"}),
    # regional words for a trade, and opening said by weekdays
    ("Mon truck de bouffe à Québec roule juste les fins de semaine astheure.",
     {"sector": "food_service", "trading_status": "partly_open"}),
    ("Je suis taximan à Douala, je conduis la voiture d'un patron.", {"sector": "services"}),
    # (round 50's retrained reader doubted the sector; round 51's reads it again)
    ("Je vends mes tomates au bord de la route à Kpalimé, les commerçantes du Ghana "
     "ne viennent plus depuis la fermeture de la frontière.",
     {"sector": "agriculture", "crisis_type": "blockade", "trading_status": None}),
    ("Mon salon de coiffure à Abobo, on a fermé le lundi et le mardi depuis le covid.",
     {"trading_status": "partly_open", "crisis_type": "epidemic"}),
    # what must not be read
    ("Coopérative de cacao, 300 producteurs. On livre tout à un seul exportateur.",
     {"size": None, "customers": "one_buyer"}),
    ("Je vends les wax hollandais au grand marché de Lomé.", {"customers": None}),
    ("Je tiens un petit maquis avec mon mari et deux serveuses.", {"led_by": None}),
    ("Mes clients sont ici, on vend les oeufs au marché. La route est pas sûre avec les "
     "attaques, ma ferme avicole est à Kaya.", {"crisis_type": "conflict"}),
    ("Friperie à Adjamé: les filles savent pas encore que je vais baisser leur paye.",
     {"staff_informed": "not_yet"}),
    # everyday words that name no crisis and no answer
    ("Ma boutique marche bien, j'ai eu la grippe la semaine dernière mais ça va.",
     {"crisis_type": None}),
    ("On a des tensions dans l'équipe mais le salon de coiffure tourne bien.",
     {"crisis_type": None}),
    pytest.param("On a augmenté nos prix de 10 %, les clients suivent, restaurant à Dakar.",
                 {"crisis_type": None}, marks=pytest.mark.xfail(strict=True, reason=(
                     "round 35: the learned reader reads raised prices as an economic "
                     "crisis; the cues find no crisis word, so nothing withholds it"))),
    ("Je suis à l'aise financièrement, ma quincaillerie tourne.", {"digital_skills": None}),
    ("Nous avons fait un point avec le comptable sur la TVA, cabinet d'avocats à Tunis.",
     {"staff_informed": None}),
    ("Mon fils est malade et ma boutique de pagnes est à Lomé.", {"crisis_type": None}),
])
def test_regional_words_and_what_is_not_read(describer: Describer, text: str,
                                             expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize("text", [
    "Comment je fais pour envoyer de l'argent par Wave à ma mère ?",
    "alguien sabe a que hora juega el barça mañana",
    "Le match de l'OM était nul hier, 0 à 0, quelle honte",
    "Bonne fête de Tabaski à tous, que Dieu vous bénisse",
])
def test_a_text_not_about_a_business_reads_nothing(describer: Describer, text: str) -> None:
    assert describer.read(text, prefer="fr").answers == {}


@pytest.mark.parametrize(("text", "expected"), [
    # the same hours, the same staff: not a word about sales; the same sales is stable
    ("Salon de coiffure à Abidjan, on a gardé toute l'équipe avec les mêmes horaires.",
     {"revenue_change": None, "staff_change": "unchanged"}),
    ("Quincaillerie à Thiès, les ventes restent les mêmes cette année.",
     {"revenue_change": "stable_or_up"}),
    # cancellations are a fall of sales
    ("Gîte à Kribi, 60% des réservations ont été annulées depuis les émeutes.",
     {"revenue_change": "down_over_half", "crisis_type": "conflict"}),
    # goods that last some days are supplies, not cash; cash left on the account is cash
    ("Moulin à Bobo, il nous reste du stock de maïs pour 5 jours, les ventes vont bien.",
     {"cash_runway": None}),
    ("Garage à Ziguinchor, sur le compte il reste presque rien, à peine une semaine de dépenses.",
     {"cash_runway": "under_2w", "revenue_change": None}),
    # a country closing its border is a blockade, not our shop closing
    ("Je vends des tissus à Malanville. Depuis que le Niger a fermé sa frontière les commerçants "
     "ne traversent plus.", {"crisis_type": "blockade", "trading_status": None}),
    ("Taxi-brousse à Jacmel, on trouve le carburant seulement au marché noir.",
     {"crisis_type": "blockade"}),
    # villes mortes and manifs are unrest
    ("Boutique de téléphones à Kinshasa, avec les villes mortes on ouvre 3 jours sur 7.",
     {"crisis_type": "conflict", "trading_status": "partly_open"}),
    ("Depuis les manifs mon restaurant à Conakry ferme à 16h.", {"crisis_type": "conflict"}),
    # wallets of Madagascar and elsewhere
    ("Épicerie à Antsirabe, les clients paient par MVola ou en espèces.",
     {"payments": "mobile_or_card"}),
    # no papers and no bank: neither
    ("Je fais la soudure à Niamey, je n'ai pas de compte en banque ni papiers d'entreprise.",
     {"means": "neither"}),
    # staff not yet told
    ("Imprimerie à Douala, 6 employés, je n'ai pas encore osé leur dire que les salaires vont "
     "baisser.", {"staff_informed": "not_yet", "size": "s2_9"}),
    # an IT engineer who builds sites has good digital skills
    ("Je suis ingénieur informatique à Lomé, je fais des sites pour les PME.",
     {"digital_skills": "good"}),
    # unpaid leave was asked until round 43; the writers' brief since round 41 counts it as
    # fewer hours, and so does the reader since round 44
    ("Hôtel à Mbour, j'ai mis 4 employés en congé sans solde.",
     {"staff_change": "reduced_hours"}),
    # a mother of four speaks of her family, not of staff
    ("Je vends du poisson braisé à Cotonou, je suis maman de 4 enfants.", {"size": None}),
    ("Je suis père de 3 enfants et j'ai un garage à Lomé avec 5 mécaniciens.", {"size": "s2_9"}),
    # people who left do not make the shop's closure someone else's
    ("Les touristes sont partis et on a fermé le restaurant.", {"trading_status": "closed"}),
    # one apprentice and me; Quebec's "moi pis ma blonde"
    ("Boulangerie à Sherbrooke, je suis la gérante avec une apprentie.",
     {"size": "s2_9", "led_by": "women_led"}),
    ("On a une cantine à Rimouski, moi pis ma blonde.", {"size": "s2_9"}),
    # a supplier who will not send any more cuts the supply
    ("Quincaillerie à Bukavu, mon grossiste de Kigali ne veut plus envoyer la marchandise.",
     {"supplier_risk": "cut_off"}),
    # nothing worked, nobody paid
    ("Menuiserie à Bangui, l'atelier a brûlé, je travaille plus rien depuis.",
     {"trading_status": "closed"}),
    ("École privée à Labé, aucun parent n'a payé ce trimestre.", {"revenue_change": "stopped"}),
    # the owner named as "la propriétaire"
    ("Je suis la propriétaire d'un salon de thé à Sousse, j'ai 52 ans.",
     {"led_by": "women_led"}),
])
def test_round3_second_pass(describer: Describer, text: str,
                            expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)
