"""Provinces (oblasts, krais, viloyats, republics of Russia) mapped to the state they belong to.

An official is often introduced by his province alone ("аким Туркестанской области", "глава
Татарстана"); the province then says which state he serves.
"""

from __future__ import annotations

import re

from summitkit.lexicons.country_names import lemma
from summitkit.text import fold

__all__ = ["REGION_NAMES", "REGION_STEMS", "region_country"]

#: Stems of the adjectives that name provinces (область, край, вилоят), by state: "аким Туркестанской
#: области", "губернатор Ростовской области". Only names no two states of the genre share.
REGION_STEMS: dict[str, str] = {
    **dict.fromkeys((
        "акмолинск", "актюбинск", "алматинск", "атырауск", "восточно-казахстанск", "жамбылск",
        "западно-казахстанск", "карагандинск", "костанайск", "кызылординск", "мангистауск", "павлодарск",
        "северо-казахстанск", "туркестанск", "южно-казахстанск", "абайск", "жетысуск", "улытауск",
    ), "KZ"),
    **dict.fromkeys(("чуйск", "иссык-кульск", "нарынск", "таласск", "ошск", "джалал-абадск", "баткенск"), "KG"),
    **dict.fromkeys((
        "ташкентск", "самаркандск", "бухарск", "ферганск", "андижанск", "наманганск", "кашкадарьинск",
        "сурхандарьинск", "хорезмск", "навоийск", "джизакск", "сырдарьинск",
    ), "UZ"),
    **dict.fromkeys(("согдийск", "хатлонск"), "TJ"),
    **dict.fromkeys(("брестск", "гродненск", "гомельск", "витебск", "могилевск"), "BY"),
    **dict.fromkeys(("балканск", "ахалск", "лебапск", "марыйск", "дашогузск"), "TM"),
    **dict.fromkeys((
        "московск", "ленинградск", "ростовск", "ярославск", "свердловск", "новосибирск", "краснодарск",
        "нижегородск", "самарск", "оренбургск", "омск", "томск", "тюменск", "челябинск", "иркутск",
        "астраханск", "волгоградск", "воронежск", "калужск", "тверск", "тульск", "рязанск", "курск",
        "белгородск", "липецк", "тамбовск", "пензенск", "саратовск", "ульяновск", "пермск", "приморск",
        "хабаровск", "амурск", "сахалинск", "камчатск", "мурманск", "архангельск", "вологодск", "псковск",
        "новгородск", "смоленск", "брянск", "орловск", "ивановск", "костромск", "владимирск",
        "калининградск", "курганск", "кемеровск", "алтайск", "красноярск", "магаданск", "ставропольск",
    ), "RU"),
}  # fmt: skip

#: Provinces named by a noun (republics of Russia, Karakalpakstan), by lemma: "глава Татарстана".
REGION_NAMES: dict[str, str] = {
    **dict.fromkeys((
        "татарстан", "башкортостан", "башкирия", "чечня", "дагестан", "якутия", "бурятия", "тыва", "чувашия",
        "мордовия", "удмуртия", "карелия", "калмыкия", "адыгея", "ингушетия", "хакасия", "кузбасс", "ямал",
        "югра", "приморье", "забайкалье", "ставрополье", "кубань",
    ), "RU"),
    "каракалпакстан": "UZ",
}  # fmt: skip

#: Adjective endings cut off to find a province's stem.
_ADJECTIVE_ENDING = re.compile(r"(?:ой|ая|ий|ого|ому|ую|ом|ие|их|ым|ими)$")


def region_country(word: str) -> str | None:
    """The state of a province named by its adjective or its name, in any case form: "Алматинской" ->
    "KZ", "Татарстана" -> "RU"."""
    if not word[:1].isupper():
        return None
    return REGION_STEMS.get(_ADJECTIVE_ENDING.sub("", fold(word))) or REGION_NAMES.get(lemma(word))
