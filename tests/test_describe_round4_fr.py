"""French descriptions of a fourth round, by kind of phrase, each with sentences of its own.

Round 4 of the French cues (issue 13): sentences written before the reader was run on them,
as owners in West and Central Africa, Haiti, the Maghreb, Lebanon, Madagascar, Mauritius,
Quebec, Belgium, Switzerland and France type them on a phone, labelled by the guide of the
blind sets (only what a careful adviser would be sure of; None: nothing is read). None of
them is in a set of tests/descriptions/. Where an answer the label gives is still not read,
a comment says so; it is left out of the check rather than written down as a wrong answer.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check

#: Right answers of the cues the learned reader's second opinion drops (asked instead) or, for
#: a sector, replaces (round 36: on sets left out of its training it dropped about seven wrong
#: answers for each right one, docs/DESCRIPTIONS.md); strict, so a change shows.
DOUBTED = pytest.mark.xfail(strict=True, reason="the learned reader doubts a cue's answer")

@pytest.mark.parametrize(("text", "expected"), [
    # "ne ... plus que" is "only": no stop, no closure
    ("Taxi brousse Kayes-Bamako, on ne roule plus que le jour a cause des bandits.",
     {"trading_status": None}),
    ("Les clientes n achetent plus que le riz et l huile, boutique a Thies.",
     {"revenue_change": None, "sector": "retail"}),
    # a word that starts like a cue is not the cue: workers are not "ouvr*", plantain is
    # no plantation, haggling clients are no traders, "une quarantaine" is a number
    ("Atelier de menuiserie, mes ouvriers viennent 2 jours par semaine maintenant.",
     {"trading_status": None, "staff_change": "reduced_hours"}),
    ("J ai une table au marche de Mokolo, je vends du plantain et du manioc.",
     {"sector": "retail"}),
    ("Je suis zemidjan a Porto-Novo, les clients negocient le prix tout le temps.",
     {"sector": "services"}),
    ("Groupement d eleveurs, une quarantaine de membres, la secheresse a tue les betes.",
     {"crisis_type": "natural_hazard"}),
    # a rise of costs is not a rise of sales; a rise of sales is
    ("Boulangerie: la farine et le sucre ont augmente de 40% depuis mars.",
     {"revenue_change": None}),
    ("Pressing a Dakar, les commandes ont augmente depuis la rentree.",
     {"revenue_change": "stable_or_up"}),
    # "rester" as "stay" is not money left; "pas de cash" is how clients pay
    ("Mon atelier est reste ferme 3 semaines apres l inondation, l eau est restee 10 "
     "jours.",
     {"cash_runway": None}),
    ("Cafe a Montreal, on prend la carte et Apple Pay, pas de cash.",
     {"cash_runway": None, "payments": "mobile_or_card"}),
    ("Epicerie a Lome, plus de cash, je ne peux meme pas racheter du stock.",
     {"cash_runway": "under_2w"}),
    # someone else's business, someone else's school
    ("Ma voisine a un salon de coiffure qui a ferme, moi je tiens une boutique de pagnes.",
     {"sector": "retail", "trading_status": None}),
    ("Je vends des beignets au bord de la route et c est moi qui paie l ecole des enfants.",
     {"sector": "food_service"}),
    # a plan "if this goes on" lays nobody off yet
    ("Si les ventes ne reprennent pas je vais licencier deux serveurs. Restaurant a Lome.",
     {"staff_change": None}),
    ("On n a licencie personne, restaurant a Lome avec 6 employes.",
     {"staff_change": "unchanged"}),
    # the usual amount, then the amount now
    ("Couturiere a Bouake. Ce mois j ai fait 50 000 alors que d habitude c est 150 000.",
     {"revenue_change": "down_over_half"}),
    ("Le mois dernier on a fait 2 millions, ce mois 1,6 million. Quincaillerie a Douala.",
     {"revenue_change": "down_some"}),
    # the month's end of wages is no cash runway; "jusqu'à la fin du mois" is
    ("Les salaires de fin du mois seront payes en retard. Ecole privee a Lome.",
     {"cash_runway": None}),
    ("Boutique a Dakar, j ai de quoi tenir jusqu a la fin du mois.",
     {"cash_runway": "under_1m"}),
    # kinds of crisis in their own nouns
    ("Louage Sousse-Tunis, le carburant manque dans les stations depuis une semaine.",
     {"crisis_type": "blockade"}),
    ("Depuis que le Benin a ferme, mes camions de riz restent a la frontiere.",
     {"crisis_type": "blockade", "trading_status": None}),
    ("Boutique a Beyrouth, la livre a perdu sa valeur, les clients n ont plus d argent.",
     {"crisis_type": "economic"}),
    ("Pressing a Lyon, la facture d electricite a triple cet hiver.",
     {"crisis_type": "economic"}),
    ("Le proprietaire veut reprendre le local, je dois quitter ma boutique a Pikine.",
     {"crisis_type": "other"}),
    # the team still there; a lone owner said in grammar
    ("Restaurant a Abidjan, mes 4 serveuses sont toujours la, personne n est parti.",
     {"staff_change": "unchanged"}),
    ("Depuis la mort de mon mari je gere seule le maquis.",
     {"led_by": "women_led"}),
    # Creole words of the trading day
    ("Mwen gen yon ti boutik, mwen ouvri selman lematen kounya.",
     {"trading_status": "partly_open"}),
])
def test_a_kind_of_phrase_reads_as_it_means(describer: Describer, text: str,
                                           expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("bjr je suis couturiere a Bamako, je travaille avec 2 apprenties. depuis les coupures "
     "de courant et la hausse du gazoil jai presque plus de commandes. il me reste de quoi "
     "tenir une dizaine de jours",
     {"sector": "manufacturing", "size": "s2_9", "led_by": "women_led", "revenue_change":
      "down_over_half", "cash_runway": "under_2w"}),
    ("Nous avons un petit hotel de 12 chambres a Kribi. Les touristes etrangers ont annule "
     "a cause de l insecurite dans la region. Taux de remplissage 20% contre 65% l an "
     "dernier. On a mis 4 employes sur 9 au chomage technique.",
     {"sector": "tourism", "crisis_type": "conflict", "customers": "abroad",
      "revenue_change": "down_over_half", "staff_change": "reduced_hours"}),
    ("Salut, je suis une jeune femme de 27 ans, je vends des jus de bissap et gingembre "
     "que je fabrique moi meme. Je livre aux bureaux sur commande whatsapp, paiement wave "
     "ou orange money. Pas de boutique.",
     {"led_by": "both", "online_presence": "social_only", "payments": "mobile_or_card"}),
    ("Mon mari et moi on a une quincaillerie a Goma. Avec la guerre du M23 la route de "
     "Rutshuru est coupee, les camions n arrivent plus. On a encore du stock pour 3 "
     "semaines mais plus de cash.",
     {"sector": "retail", "size": "s2_9", "crisis_type": "conflict", "supplier_risk":
      "cut_off", "cash_runway": "under_2w"}),
    ("Bonjour, je suis agriculteur au Burkina, 52 ans, je cultive du mais et du sorgho sur "
     "4 hectares. La secheresse a tout detruit cette annee, recolte quasi nulle. Je dois 2 "
     "mois au fournisseur d engrais.",
     {"sector": "agriculture", "led_by": "neither", "crisis_type": "natural_hazard",
      "revenue_change": "down_over_half", "debts": "many_overdue"}),
    # not read yet: crisis_type blockade
    ("on est une agence de voyage a Dakar, 15 salaries. Depuis la fermeture des frontieres "
     "avec le Mali plus aucune reservation. Tresorerie: 2 mois max. On n a licencie "
     "personne pour l instant mais ca va venir si ca continue.",
     {"sector": "tourism", "size": "s10_49", "revenue_change": "stopped", "cash_runway":
      "m1_3", "staff_change": "unchanged"}),
    ("Je suis chauffeur de taxi moto a Cotonou. Le prix de l essence a double depuis que "
     "le Nigeria a supprime la subvention. Je gagne 3000 par jour au lieu de 8000. Je suis "
     "seul, la moto c est a moi.",
     {"sector": "services", "size": "solo", "crisis_type": "economic", "revenue_change":
      "down_over_half"}),
    pytest.param(
        "Boulangerie a Port-au-Prince, 8 employes. Les gangs bloquent la route nationale, la "
        "farine arrive une semaine sur deux. On ouvre seulement le matin maintenant. Les "
        "salaires de ce mois sont pas encore payes.",
        {"sector": "manufacturing", "size": "s2_9", "crisis_type": "conflict", "supplier_risk":
         "some_delays", "trading_status": "partly_open"}, marks=DOUBTED),
    ("Bonsoir. Petite epicerie dans le quartier Hay Mohammadi a Casablanca. Je suis seul, "
     "61 ans. Les prix ont monte partout, les clients achetent moins, je dirais -30%. Je "
     "paie mon loyer a temps.",
     {"sector": "retail", "size": "solo", "led_by": "neither", "crisis_type": "economic",
      "revenue_change": "down_some", "debts": "on_track"}),
    # not read yet: size solo
    ("Jsui developpeuse web freelance a Abidjan, jai 24 ans. Mes clients sont en France et "
     "au Canada, je facture via Payoneer. Depuis 3 mois j ai perdu 2 gros contrats, mes "
     "revenus ont baisse d environ 40%.",
     {"sector": "services", "led_by": "both", "customers": "abroad", "payments":
      "online_payments", "revenue_change": "down_some", "digital_skills": "good"}),
    ("Resto au Plateau, on faisait 150 couverts le midi, maintenant a peine 40. J ai du "
     "renvoyer 3 serveurs sur 7. Le proprio reclame 3 mois de loyer.",
     {"sector": "food_service", "revenue_change": "down_over_half", "staff_change":
      "laid_off", "debts": "many_overdue"}),
    ("Je ne suis pas enregistre, je n ai pas de compte en banque, je garde tout a la "
     "maison. Je vends des fripes au marche de Dantokpa.",
     {"sector": "retail", "means": "neither"}),
    # read though the text does not say it: revenue_change, crisis_type
    ("Cooperative de cacao a Soubre, 230 membres producteurs. Le swollen shoot et les "
     "pluies tardives ont fait chuter la production de moitie. On vend tout au meme "
     "exportateur.",
     {"sector": "agriculture", "customers": "one_buyer"}),
    ("ya pas de site internet ni de facebook, rien. Les clients viennent au salon de "
     "coiffure ou m appellent. Cash uniquement.",
     {"sector": "services", "online_presence": "none", "payments": "cash_only"}),
    ("atelier de menuiserie a Antananarivo, on est 6. Les delestages nous tuent: 4h de "
     "courant par jour. Commandes en baisse, peut etre un quart de moins.",
     {"sector": "manufacturing", "size": "s2_9", "revenue_change": "down_some",
      "crisis_type": "other", "trading_status": None}),  # power cuts alone (round 14)
    ("Mon voisin a un garage et il a du fermer a cause des inondations, moi ma boutique de "
     "telephones marche encore normalement.",
     {"sector": "retail", "trading_status": "normal"}),
    ("On est un GIE de transformatrices de poisson a Joal, 12 femmes. Le poisson se fait "
     "rare, les bateaux etrangers pechent tout. On fume et on vend au marche et aux "
     "commercantes qui viennent du Mali.",
     {"size": "s10_49", "customers": "abroad"}),
    ("Je tiens un maquis a Yopougon avec ma femme et 3 serveuses. Depuis le couvre-feu on "
     "ferme a 20h au lieu de 2h du matin. Chiffre divise par 3.",
     {"sector": "food_service", "size": "s2_9", "trading_status": "partly_open",
      "revenue_change": "down_over_half", "crisis_type": None}),
    ("Transport de marchandises entre Douala et Ndjamena, j ai 4 camions et 9 chauffeurs. "
     "Les coupeurs de route sur l axe nord, on ne roule plus que sous escorte, 2 voyages "
     "par mois au lieu de 6.",
     {"sector": "trade", "size": "s10_49", "crisis_type": "conflict", "revenue_change":
      "down_over_half"}),
    # not read yet: crisis_type economic
    ("slt, je fais de la patisserie a la maison et je vends sur instagram. Je suis "
     "etudiante. Les oeufs et le beurre ont augmente de 50%, je sais pas si je dois monter "
     "mes prix.",
     {"sector": "manufacturing", "led_by": "both", "online_presence": "social_only",
      "revenue_change": None}),
    ("Clinique veterinaire a Sousse, 3 veterinaires et 2 assistants. Activite stable, rien "
     "n a change pour nous. Les clients payent par carte ou en especes. On a un site.",
     {"sector": "services", "size": "s2_9", "revenue_change": "stable_or_up",
      "trading_status": "normal", "payments": "mobile_or_card", "online_presence":
      "website_or_marketplace"}),
    # not read yet: cash_runway under_2w
    ("Je suis pecheur a Mbour, j ai une pirogue avec 6 gars. Le gasoil est introuvable "
     "depuis 2 semaines, on sort 2 fois par semaine seulement. L argent de la derniere "
     "maree est presque fini.",
     {"sector": "agriculture", "size": "s2_9", "crisis_type": "blockade", "trading_status":
      "partly_open"}),
    ("Bonjour, ma mere a une boutique de pagnes a Lome et elle ne sait pas utiliser le "
     "telephone, elle est inquiete car les ventes ont chute depuis les manifs.",
     {"sector": "retail", "crisis_type": "conflict", "digital_skills": "none", "led_by":
      "women_led"}),
    # not read yet: revenue_change stopped
    ("Nous sommes une ecole privee a Bukavu, 280 eleves et 14 enseignants. Les parents ne "
     "paient plus l ecolage depuis la prise de la ville. On a paye les enseignants en "
     "retard, 2 mois d arrieres.",
     {"sector": "services", "size": "s10_49", "debts": "many_overdue"}),
    ("Je suis toute seule dans mon salon de manucure. La moitie de mes clientes sont "
     "parties a l etranger. Le mois dernier j ai fait 180 000 FCFA, ce mois 70 000. J ai "
     "encore un mois de loyer d avance.",
     {"sector": "services", "size": "solo", "led_by": "women_led", "revenue_change":
      "down_over_half", "debts": "on_track"}),
    ("garage de mecanique auto a Ouaga, 5 mecaniciens. Les pieces viennent du Ghana et de "
     "Lome, avec les attaques sur la route de Fada tout arrive en retard de 2-3 semaines. "
     "Le travail est la mais on attend les pieces.",
     {"sector": "services", "size": "s2_9", "crisis_type": "conflict", "supplier_risk":
      "some_delays"}),
    # not read yet: size s2_9
    ("Si la crise continue je vais devoir fermer et licencier mes 4 employes. Pour l "
     "instant on tient, boutique de vetements a Conakry.",
     {"sector": "retail", "staff_change": None, "trading_status": None}),
    ("Je m appelle Jean-Marc, j ai 45 ans, je dirige une PME de nettoyage industriel a "
     "Montreal, 60 employes. Les contrats avec les bureaux ont baisse parce que tout le "
     "monde fait du teletravail. On a une marge de credit a la Banque Nationale.",
     {"sector": "services", "size": "s50_plus"}),
    ("Hello! Jai un food truck de burgers a Bruxelles avec mon pote. Depuis les travaux du "
     "tram devant chez nous on a perdu genre 60% du chiffre. On accepte Bancontact et "
     "cash.",
     {"sector": "food_service", "size": "s2_9", "revenue_change": "down_over_half",
      "crisis_type": "other", "payments": "mobile_or_card"}),
    pytest.param("Je vends du charbon de bois en gros aux revendeuses de Kinshasa. Mon seul "
     "fournisseur, un gars du Bandundu, a eu ses camions bloques par les pluies. Je n ai "
     "plus rien a vendre depuis 10 jours.",
     {"sector": "trade", "customers": "local", "crisis_type": "natural_hazard",
      "revenue_change": "stopped", "cash_runway": None}, marks=DOUBTED),
    # not read yet: debts some_at_risk
    ("Nous exportons de la mangue sechee vers l Allemagne, unite de transformation a Bobo "
     "avec 25 femmes. Le conteneur est bloque au port de Lome depuis 1 mois. On a 50 "
     "millions de credit a la banque a rembourser en mars, je sais pas si on y arrivera.",
     {"size": "s10_49", "customers": "abroad"}),
    ("Je suis un jeune de 22 ans, je fais la reparation de telephones a Bangui, je suis "
     "seul dans mon kiosque. Les affaires vont bien franchement, plus de clients qu avant.",
     {"sector": "services", "size": "solo", "led_by": "youth_led", "revenue_change":
      "stable_or_up"}),
    # not read yet: cash_runway m1_3
    ("Ma soeur et moi on gere un gite a Saint-Louis. Aucune reservation depuis l attaque. "
     "On a 800 000 de cote, ca fait environ 6 semaines de charges.",
     {"sector": "tourism", "size": "s2_9", "revenue_change": "stopped", "crisis_type":
      "conflict"}),
    pytest.param(
        "Je vends des cosmetiques bio sur mon site et sur Jumia, on est 3, on livre partout "
        "au Senegal. Les commandes restent stables malgre l inflation.",
        {"sector": "retail", "size": "s2_9", "online_presence": "sells_online", "customers":
         "local", "revenue_change": "stable_or_up", "crisis_type": "economic"},
        marks=DOUBTED),  # round 47: a kind of crisis doubted under 0.1 (was 0.05)
    # not read yet: size s2_9, staff_change laid_off, customers one_buyer
    ("J avais 10 employes, il m en reste 3. Atelier de couture, on fait des uniformes "
     "scolaires. Le gros client, la mairie, ne paie plus depuis 5 mois.",
     {"sector": "manufacturing"}),
    ("On a ferme le restaurant pendant 2 mois pendant le cyclone, on a rouvert la semaine "
     "derniere mais seulement le soir. Tous nos employes sont revenus.",
     {"sector": "food_service", "crisis_type": "natural_hazard", "trading_status":
      "partly_open"}),
    ("Moi je suis commercant, j importe des pieces auto de Dubai. Le dollar a pris 40% "
     "contre le franc guineen, les clients n achetent plus que le strict minimum. J ai 2 "
     "mois de tresorerie, pas plus. Mes 3 vendeurs sont toujours la.",
     {"sector": "trade", "crisis_type": "economic", "cash_runway": "m1_3", "size": "s2_9",
      "staff_change": "unchanged"}),
    ("bonjour jai une boutik de pieces detachees moto a Parakou, on est quatre. les ventes "
     "ont baisse de moitie voire plus depuis que le Nigeria a ferme. les clients payent en "
     "especes uniquement",
     {"sector": "retail", "size": "s2_9", "payments": "cash_only"}),
    ("Je tiens une friterie a Charleroi avec mon mari. Le prix de l huile a triple, on a "
     "du augmenter les cornets. Les clients viennent un peu moins, genre 15% de moins. On "
     "paie tout a temps.",
     {"sector": "food_service", "size": "s2_9", "crisis_type": "economic", "revenue_change":
      "down_some", "debts": "on_track"}),
    # not read yet: trading_status normal ("le magasin" is taken for someone else's)
    pytest.param(
        "Nous on est pas touches par la crise, le magasin marche comme d habitude. Mon frere "
        "par contre a du fermer son restaurant.",
        {"sector": "retail"}, marks=DOUBTED),
    # not read yet: crisis_type blockade
    ("Je suis mecanicien, j ai mon garage a Niamey. Avec les sanctions de la CEDEAO plus "
     "de pieces qui arrivent du Benin. Je fais a peine le quart de mon travail d avant.",
     {"sector": "services", "revenue_change": "down_over_half"}),
    ("Cabinet comptable a Lausanne, 7 collaborateurs. Tout va bien, chiffre en hausse de "
     "10% cette annee. On a un site et on facture par virement.",
     {"sector": "services", "size": "s2_9", "revenue_change": "stable_or_up",
      "online_presence": "website_or_marketplace", "payments": "mobile_or_card"}),
    ("bonsoir svp aidez moi. je suis vendeuse de poisson fume au marche de Kribi. depuis 3 "
     "semaines les pecheurs ne sortent plus a cause de la tempete. je nai plus rien a "
     "vendre et il me reste 15 000 francs.",
     {"sector": "retail", "led_by": "women_led", "crisis_type": "natural_hazard"}),
    # not read yet: customers one_buyer
    ("Mon entreprise de nettoyage a Abidjan, 30 agents. Le gros contrat avec la banque s "
     "est arrete le mois dernier, ca faisait 70% de notre chiffre. Je ne sais pas comment "
     "payer les salaires de fin de mois.",
     {"sector": "services", "size": "s10_49"}),
    ("J ai une ferme de poules pondeuses a Bouake, 2000 poules. L aliment a pris 35% "
     "depuis janvier. Je vends les oeufs aux boutiques du quartier. Deux ouvriers "
     "travaillent avec moi.",
     {"sector": "agriculture", "crisis_type": "economic", "size": "s2_9", "customers":
      "local"}),
    ("Je ne vends pas en ligne, pas de site, juste le bouche a oreille. Salon de coiffure "
     "homme a Rabat, je suis seul.",
     {"sector": "services", "size": "solo", "online_presence": "none"}),
    ("On a une petite usine de savon a Kinshasa, 18 ouvriers. Le franc congolais s est "
     "effondre, la soude caustique importee coute deux fois plus cher. On a reduit la "
     "production, les ouvriers viennent 3 jours par semaine.",
     {"sector": "manufacturing", "size": "s10_49", "crisis_type": "economic", "staff_change":
      "reduced_hours"}),
    ("Je fais du transport de passagers Dakar-Touba avec mon 7 places. Je suis chauffeur "
     "et proprietaire. Depuis l augmentation du carburant je gagne la moitie moins.",
     {"sector": "services", "crisis_type": "economic", "revenue_change": "down_over_half"}),
    ("Bonjour, j ai 31 ans, je suis a la tete d une agence de communication a Douala, 5 "
     "personnes. Nos clients c est surtout des ONG internationales. Ils ont reduit les "
     "budgets de 60%.",
     {"sector": "services", "led_by": "youth_led", "size": "s2_9"}),
    ("Petit resto a Port-Louis, on ouvre plus le soir a cause des vols dans le quartier, "
     "juste midi. Les clients paient en cash ou par Juice.",
     {"sector": "food_service", "trading_status": "partly_open"}),
    ("cc, ma boutique de telephones a Conakry tourne pas mal, les ventes ont meme "
     "augmente. Mais j ai un credit de 20 millions a la banque avec 3 traites en retard.",
     {"sector": "retail", "revenue_change": "stable_or_up", "debts": "many_overdue"}),
    ("Je suis une jeune agricultrice de 25 ans a Kaolack, je cultive l arachide. Le prix d "
     "achat a baisse de 30% cette annee, les Chinois achetent moins. Je n ai pas de compte "
     "en banque.",
     {"sector": "agriculture", "led_by": "both"}),
    ("Depuis l inondation l ecole de mes enfants est fermee, moi je continue mon commerce "
     "de tissus au marche, ca va.",
     {"trading_status": None}),
    # not read yet: staff_change laid_off
    ("Notre auberge a Chefchaouen est vide, zero touriste depuis deux mois. On etait 8 "
     "employes, j en ai garde 3. On peut tenir encore un mois, pas plus.",
     {"sector": "tourism", "revenue_change": "stopped", "cash_runway": "under_1m"}),
    ("Je suis developpeur freelance, je bosse pour des clients au Canada, tout va bien, je "
     "suis paye via Paypal.",
     {"customers": "abroad", "payments": "online_payments", "revenue_change": None}),
    ("Boutique de cosmetiques a Libreville, 3 vendeuses. On n a plus de stock depuis que "
     "le bateau de Douala n arrive plus. Il nous reste peut-etre deux semaines de "
     "tresorerie.",
     {"sector": "retail", "size": "s2_9", "supplier_risk": "cut_off"}),
    ("On n a pas ferme, on est encore ouverts tous les jours mais y a moins de monde. "
     "Librairie a Yaounde, nous sommes sept.",
     {"sector": "retail", "trading_status": "normal"}),
    ("Il me reste une quinzaine de jours de tresorerie, pas plus. Je suis boulangere a "
     "Saint-Louis.",
     {"sector": "manufacturing", "led_by": "women_led"}),
    ("Mon fournisseur de tissu a Lome a fait faillite, je n ai personne d autre. Atelier "
     "de couture, moi et trois apprentis.",
     {"sector": "manufacturing", "size": "s2_9", "supplier_risk": "single_at_risk"}),
    ("Chu propriétaire d'un garage a Sherbrooke, on est une douzaine. Les pieces arrivent "
     "en retard pis les taux d'interet ont monte. On a ben de la tresorerie, 6 mois "
     "facile.",
     {"sector": "services", "size": "s10_49", "supplier_risk": "some_delays", "crisis_type":
      "economic", "cash_runway": "over_3m"}),
    ("Hamdoullah ca va, mon snack a Oran marche bien, on a meme plus de clients qu avant "
     "depuis qu on livre. Mais le prix de la farine a double.",
     {"sector": "food_service", "revenue_change": "stable_or_up", "crisis_type": "economic"}),
    ("nous n avons licencie personne et nous ne comptons pas le faire, les 12 salaries "
     "sont a plein temps. PME de BTP a Cotonou.",
     {"size": "s10_49", "staff_change": "unchanged"}),
    pytest.param(
        "Le marche central a brule la semaine passee, ma table de legumes aussi. Je vends "
        "maintenant devant chez moi. Je suis une maman de 38 ans.",
        {"sector": "retail", "crisis_type": "natural_hazard", "trading_status": "open_adapted",
         "led_by": "women_led"}, marks=DOUBTED),
    # not read yet: sector agriculture; read though the text does not say it: trading_status
    ("Mon principal client, un hotel de Saly, a ferme. Il prenait 80% de mes poulets. J ai "
     "500 poulets sur les bras.",
     {"customers": "one_buyer"}),
    ("Avant je faisais un million par mois, maintenant trois cent mille a peine. "
     "Quincaillerie a Bangui.",
     {"sector": "retail", "revenue_change": "down_over_half"}),
    ("On a pas de dettes, pas de pret, rien. Mais les clients ne viennent plus depuis les "
     "affrontements. Boutique de vetements a Bamenda, je suis seul.",
     {"sector": "retail", "size": "solo", "debts": "on_track", "crisis_type": "conflict",
      "revenue_change": "stopped"}),
    ("Je dois trois mois de loyer et le proprietaire menace de me mettre dehors. Petit "
     "salon de coiffure a Pikine.",
     {"sector": "services", "debts": "many_overdue"}),
    ("On a une page Facebook mais on vend pas en ligne. Pressing a Dakar, 4 employes. Les "
     "clients payent par Wave surtout.",
     {"sector": "services", "size": "s2_9", "online_presence": "social_only", "payments":
      "mobile_or_card"}),
    ("Ma cooperative de karite regroupe 60 femmes. On vend tout a L Occitane. Depuis le "
     "coup d etat les exportations sont bloquees.",
     {"sector": "agriculture", "customers": "one_buyer", "crisis_type": "conflict"}),
    ("Les ventes ont baisse de 20 pour cent, c est pas dramatique. Epicerie fine a Geneve, "
     "moi et deux vendeuses.",
     {"sector": "retail", "size": "s2_9", "revenue_change": "down_some"}),
    ("On a mis nos 6 employes au chomage partiel. Restaurant a Lille. Le tresorier dit qu "
     "on tient trois mois.",
     {"sector": "food_service", "staff_change": "reduced_hours", "cash_runway": "m1_3"}),
    # round 37's model, trained on four more sets, doubts the flood for a haulier whose roads
    # are cut (a blockade in most of them)
    pytest.param("On roule plus du tout depuis 2 semaines, les routes sont coupees par les "
                 "eaux. Je suis transporteur a Bangui avec 3 camions.",
                 {"trading_status": "closed", "crisis_type": "natural_hazard"}, marks=DOUBTED),
    ("j ai plus un rond, la boutique est fermee depuis un mois a cause du cholera",
     {"sector": "retail", "cash_runway": "under_2w", "trading_status": "closed",
      "crisis_type": "epidemic"}),
    ("Mon mari est decede l an dernier, je tiens seule la boutique maintenant. Les ventes "
     "sont stables.",
     {"sector": "retail", "led_by": "women_led", "revenue_change": "stable_or_up"}),
    ("mes employes ne savent pas encore que je vais fermer le mois prochain. Maquis a "
     "Bouake, 5 serveuses.",
     {"sector": "food_service", "staff_informed": "not_yet", "trading_status": None}),
    ("On a de quoi tenir un mois et demi, pas plus. Salon de the a Tunis, nous sommes une "
     "dizaine.",
     {"sector": "food_service", "cash_runway": "m1_3", "size": "s10_49"}),
    ("Mes employes sont au courant de tout, on fait une reunion chaque lundi. Garage a "
     "Abidjan.",
     {"sector": "services", "staff_informed": "regularly"}),
    ("Je n ai rien dit a mes filles de la boutique, elles ne savent pas que les ventes ont "
     "chute.",
     {"staff_informed": "not_yet"}),
    ("On vend surtout par notre catalogue WhatsApp et sur Instagram, pas de site. Boutique "
     "de bijoux a Dakar.",
     {"sector": "retail", "online_presence": "social_only"}),
    ("Une vingtaine d employes, usine de jus a Bobo. La banque nous a accorde un report "
     "des echeances jusqu en juin.",
     {"sector": "manufacturing", "size": "s10_49"}),
    ("Les clients paient par cheque ou en especes, pas de carte. Quincaillerie a "
     "Brazzaville.",
     {"sector": "retail"}),
    ("On fait deux fois moins de couverts qu avant la crise. Restaurant a Antananarivo.",
     {"sector": "food_service", "revenue_change": "down_over_half"}),
    ("Il nous reste quelques semaines de tresorerie, peut etre trois. Agence de voyage a "
     "Casablanca.",
     {"sector": "tourism", "cash_runway": "under_1m"}),
    ("On a perdu la moitie de nos clients et le reste achete moins. Boucherie a Ndjamena.",
     {"sector": "retail"}),
    ("Nos clients sont surtout des touristes europeens, ils ne viennent plus depuis l "
     "attentat. Hotel de 20 chambres a Grand Popo.",
     {"sector": "tourism", "customers": "abroad", "revenue_change": "stopped", "crisis_type":
      "conflict"}),
    ("Je suis informaticienne, je fais la maintenance des ordinateurs pour des PME a "
     "Douala, je travaille seule. Tout se passe bien.",
     {"sector": "services", "size": "solo", "led_by": "women_led", "digital_skills": "good"}),
    ("Mon grossiste chinois a Lome ne repond plus, il est rentre en Chine. Je vends des "
     "telephones au marche.",
     {"sector": "retail"}),
    ("Ma tresorerie est a zero, je dois deux mois de salaire a mes 3 apprentis. Atelier de "
     "couture a Bamako.",
     {"sector": "manufacturing", "cash_runway": "under_2w", "debts": "many_overdue", "size":
      "s2_9"}),
    ("Je ne sais pas me servir d un ordinateur, juste whatsapp sur le telephone. Je vends "
     "du poisson fume.",
     {"digital_skills": "basic"}),
    ("On a ouvert une boutique en ligne sur Jumia depuis la fermeture du magasin. "
     "Vetements pour enfants a Abidjan.",
     {"sector": "retail", "online_presence": "sells_online"}),
    ("Plus de la moitie de mes clients ne paient plus a temps. Je suis grossiste en "
     "boissons a Conakry.",
     {"sector": "trade"}),
    ("La saison touristique a ete catastrophique, on a fait a peine le tiers de l an "
     "dernier. Riad a Fes, 6 employes.",
     {"sector": "tourism", "revenue_change": "down_over_half", "size": "s2_9"}),
    ("Le port de Douala est paralyse par la greve, mes conteneurs de tissu ne sortent pas. "
     "Magasin de tissus, 5 vendeurs.",
     {"sector": "retail", "size": "s2_9", "crisis_type": "blockade"}),
    # not read yet: revenue_change stable_or_up ("vont" is taken as a future marker)
    ("Mes ventes vont tres bien cette annee, meilleure annee depuis 10 ans. Boulangerie a "
     "Quebec, 14 employes. On a une marge de credit a Desjardins, tout est a jour.",
     {"sector": "manufacturing", "size": "s10_49", "debts": "on_track"}),
    ("slt jsui coiffeur a Lome jai 2 employes, le salon est pas ferme mais ya presk plus "
     "de clients dpuis la hausse des prix",
     {"sector": "services", "size": "s2_9", "crisis_type": "economic", "revenue_change":
      "down_over_half"}),
    ("Mon frere qui a une boutique a Goma a tout perdu dans les pillages. Moi je suis a "
     "Bukavu, mon restaurant tourne encore.",
     {"sector": "food_service"}),
    ("Les banques ne pretent plus, les taux sont a 18%. Je suis promoteur d une petite "
     "usine de briques a Abidjan avec 25 ouvriers.",
     {"sector": "manufacturing", "size": "s10_49", "crisis_type": "economic"}),
    # not read yet: customers local
    ("Mes clientes sont toutes des fonctionnaires et elles n ont pas ete payees depuis 3 "
     "mois, alors elles n achetent plus. Je vends des pagnes.",
     {"revenue_change": "stopped"}),
    ("Nous n avons pas de compte bancaire mais l entreprise est enregistree au RCCM. "
     "Menuiserie a Ouaga, 4 ouvriers.",
     {"sector": "manufacturing", "means": "registered_only", "size": "s2_9"}),
    ("On a du fermer la boutique 10 jours pendant les manifestations, maintenant c est "
     "rouvert normalement.",
     {"sector": "retail", "crisis_type": "conflict", "trading_status": "normal"}),
    ("Je ne sais pas combien de temps je peux tenir, peut etre 2 semaines. Taxi a Conakry, "
     "je suis seul.",
     {"sector": "services", "size": "solo"}),
    ("Notre societe de transport de marchandises a 40 chauffeurs. Avec le prix du gasoil "
     "on a augmente les tarifs et on a perdu 3 gros clients.",
     {"sector": "trade", "size": "s10_49", "crisis_type": "economic"}),
    ("on travaille plus que les week-ends, la semaine c est ferme. Bar a Kinshasa avec 3 "
     "serveuses.",
     {"sector": "food_service", "trading_status": "partly_open", "size": "s2_9"}),
    # not read yet: revenue_change down_some
    ("Depuis le Covid les touristes ne sont jamais revenus comme avant, on fait 60% de "
     "notre chiffre de 2019. Agence de safaris a Arusha.",
     {"sector": "tourism"}),
    ("J ai encore 3 mois de reserves mais apres je ne sais pas. Atelier de couture a "
     "Douala.",
     {"sector": "manufacturing", "cash_runway": "m1_3"}),
    ("Mon associe est parti avec la caisse. Je me retrouve seul avec la pharmacie et des "
     "dettes fournisseurs en retard.",
     {"sector": "retail", "crisis_type": "other", "debts": "many_overdue"}),
])
def test_descriptions_written_before_the_reader_saw_them(describer: Describer, text: str,
                                                        expected: dict[str, str | None]) -> None:
    check(describer, "fr", text, expected)


@pytest.mark.parametrize("text", [
    "Bonjour, je voulais savoir si le bot peut m aider a faire mon CV ? merci",
    "c est quoi la difference entre une SARL et une SA ?",
    "Vous pouvez me donner la meteo pour Dakar demain ?",
    "Est ce que vous pouvez m expliquer comment on calcule la TVA ?",
    "Salut, c est quoi les horaires d ouverture de la mairie ?",
    "bonjour, ca marche comment pour avoir un plan ? merci",
    "Quel est le meilleur restaurant de Dakar selon vous ?",
    "Les gangs ont encore attaque Delmas hier, c est terrible",
    "J ai perdu mon telephone au marche",
])
def test_a_question_about_something_else_reads_nothing(describer: Describer, text: str) -> None:
    assert describer.read(text, prefer="fr").answers == {}
