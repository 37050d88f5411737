"""The reader's engine, part 7: head-counts now, counts of others, and ages.

Head-counts now add the writer and those named one by one beside a count ("8 maestros mas yo
y la secretaria", "5 camiones y 8 choferes, mas mi senora que lleva las cuentas y yo"), and
take "avec moi" after "on est 9" as counting the writer already. Members, amounts in
thousands and days are not our workers, nor another business's lay-offs. Ages said bare
("tengo 26") or as a decade ("la vingtaine") are the writer's; young plants or young
customers are no young owner.
"""

from __future__ import annotations

import pytest

from bot.describe import Describer
from tests.describehelp import check


# 1. The head-count now: who is named beside a count, who left, and who only depends on us.
@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "3 drivers and 5 loaders, plus my brother who does the books and me", "s10_49"),
    ("en", "We are 9 on the boat with me, fishing every night", "s2_9"),
    ("en", "I ride my boda alone, my wife and 3 kids depend on it", "solo"),
    ("en", "7 teachers plus me and the cook", "s2_9"),
    ("en", "8 teachers plus me and the secretary", "s10_49"),
    ("fr", "on est 9 a bord avec moi", "s2_9"),
    ("fr", "8 enseignants plus moi et la secretaire", "s10_49"),
    ("fr", "Nous etions 22, j'ai du en licencier 8 vendredi, donc on est 14", "s10_49"),
    ("fr", "moi et une coiffeuse, petit salon au marche", "s2_9"),
    ("fr", "5 camions et 8 chauffeurs, plus ma femme qui tient les comptes et moi", "s10_49"),
    ("es", "5 camiones y 8 choferes, mas mi senora que lleva las cuentas y yo", "s10_49"),
    ("es", "Eramos 22, tuve que despedir a 8 el viernes, asi que somos 14", "s10_49"),
    ("es", "somos 9 en la lancha conmigo", "s2_9"),
    ("es", "8 maestros mas yo y la secretaria", "s10_49"),
])
def test_the_head_count_now(describer: Describer, lang: str, text: str, size: str) -> None:
    check(describer, lang, text, {"size": size})


# 2. Counts that are not our workers: a neighbour's, members, amounts, days.
@pytest.mark.parametrize(("lang", "text", "size"), [
    ("en", "We are 60 small farmer members of the association", None),
    ("en", "we stopped like 10 days now, the road is cut", None),
    ("en", "we used to sell 60 000 a day now we are at 20 thousand", None),
    ("en", "our group has 230 members growing maize", None),
    ("fr", "Je travaille seul. L'usine d'a cote a licencie 10 personnes", "solo"),
    ("fr", "nous sommes 230 membres dans la cooperative", None),
    ("fr", "on vendait 60 000 par jour maintenant on est a 20 mil", None),
    ("fr", "on a arrete depuis 10 jours maintenant", None),
    ("es", "Trabajo solo. La maquila de al lado despidio a 10 personas", "solo"),
    ("es", "vendiamos 60 000 al dia ahora estamos en 20 mil", None),
    ("es", "paramos hace como 10 dias ya", None),
    ("es", "una cooperativa de 230 socios cafetaleros", None),
])
def test_counts_that_are_not_our_workers(describer: Describer, lang: str, text: str,
                                         size: str | None) -> None:
    check(describer, lang, text, {"size": size})


# 3. Ages: said bare or as a decade; young plants or customers are nobody's age.
@pytest.mark.parametrize(("lang", "text", "led_by"), [
    ("en", "I am a man, I don pass 40, I sell shoes", "neither"),
    ("en", "I run a cocoa cooperative, the drought killed many young plants", None),
    ("en", "I sell phones, our young customers stopped coming", None),
    ("en", "I am a woman in my twenties, I sell fabric", "both"),
    ("fr", "Je suis une femme, j'ai la vingtaine, je vends des pagnes", "both"),
    ("fr", "Je suis un homme, j'ai la quarantaine, je vends des pagnes", "neither"),
    ("fr", "Je suis une femme, j'ai la trentaine, je vends des pagnes", "women_led"),
    ("fr", "Je suis le president d'une cooperative de cacao, la secheresse a tue beaucoup "
     "de jeunes plants", None),
    ("fr", "Je vends des telephones, nos jeunes clients ne viennent plus", None),
    ("fr", "Je suis une femme, j'ai 26. Je vends du poisson", "both"),
    ("es", "Soy mujer, tengo 26", "both"),
    ("es", "tengo 34. vendo ropa en el mercado", "youth_led"),
    ("es", "Soy hombre y tengo 50, tengo una ferreteria", "neither"),
    ("es", "tengo 3 empleados en la ferreteria", None),
    ("es", "Tengo una finca de cafe, la sequia mato las plantas jovenes", None),
    ("es", "Vendo celulares, los clientes jovenes ya no vienen", None),
])
def test_ages_and_who_leads(describer: Describer, lang: str, text: str,
                            led_by: str | None) -> None:
    check(describer, lang, text, {"led_by": led_by})
