"""A gazetteer of countries in their Russian forms, mapped to ISO 3166-1 alpha-2 codes.

The names come from Babel's Russian locale data (CLDR, maintained upstream), plus the short,
official and adjective forms news use and CLDR does not list (РФ, КНР, США, Кыргызстан,
"Республика Казахстан", "узбекский"). Words are compared by their pymorphy lemma, so every case
form matches: "Президент Узбекистана", "в Киргизии", "с Соединенными Штатами".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from summitkit.morphology import parses

__all__ = ["CountryMention", "country_code", "find_countries", "lemma"]

#: Forms CLDR lacks: short and official names, and older or local spellings.
EXTRA_NAMES: dict[str, str] = {
    "РФ": "RU",
    "Российская Федерация": "RU",
    "Россия": "RU",
    "КНР": "CN",
    "Китайская Народная Республика": "CN",
    "Поднебесная": "CN",
    "США": "US",
    "Соединенные Штаты": "US",
    "Соединенные Штаты Америки": "US",
    "Америка": "US",
    "Кыргызстан": "KG",
    "Киргизия": "KG",
    "Кыргызская Республика": "KG",
    "КР": "KG",
    "РК": "KZ",
    "Республика Казахстан": "KZ",
    "РУз": "UZ",
    "Республика Узбекистан": "UZ",
    "Республика Таджикистан": "TJ",
    "Туркмения": "TM",
    "Туркменистан": "TM",
    "Беларусь": "BY",
    "Белоруссия": "BY",
    "Республика Беларусь": "BY",
    "Великобритания": "GB",
    "Британия": "GB",
    "ОАЭ": "AE",
    "Эмираты": "AE",
    "ФРГ": "DE",
    "Германия": "DE",
    "Южная Корея": "KR",
    "Республика Корея": "KR",
    "КНДР": "KP",
    "ЮАР": "ZA",
    "СРВ": "VN",
    "ДРК": "CD",
    "ЦАР": "CF",
    "Азербайджанская Республика": "AZ",
    "Турецкая Республика": "TR",
    "Турция": "TR",
    "Туркия": "TR",
    "Саудовская Аравия": "SA",
    "Королевство Саудовская Аравия": "SA",
    "Молдавия": "MD",
    "Молдова": "MD",
}

#: Adjectives of state ("узбекский лидер", "российский коллега"), by lemma.
ADJECTIVES: dict[str, str] = {
    "казахстанский": "KZ",
    "казахский": "KZ",
    "узбекский": "UZ",
    "узбекистанский": "UZ",
    "киргизский": "KG",
    "кыргызский": "KG",
    "кыргызстанский": "KG",
    "таджикский": "TJ",
    "таджикистанский": "TJ",
    "туркменский": "TM",
    "туркменистанский": "TM",
    "российский": "RU",
    "китайский": "CN",
    "американский": "US",
    "японский": "JP",
    "германский": "DE",
    "немецкий": "DE",
    "французский": "FR",
    "британский": "GB",
    "итальянский": "IT",
    "испанский": "ES",
    "индийский": "IN",
    "турецкий": "TR",
    "азербайджанский": "AZ",
    "белорусский": "BY",
    "армянский": "AM",
    "грузинский": "GE",
    "монгольский": "MN",
    "пакистанский": "PK",
    "иранский": "IR",
    "афганский": "AF",
    "южнокорейский": "KR",
    "северокорейский": "KP",
    "саудовский": "SA",
    "эмиратский": "AE",
    "катарский": "QA",
    "кувейтский": "KW",
    "бахрейнский": "BH",
    "оманский": "OM",
    "египетский": "EG",
    "люксембургский": "LU",
    "бельгийский": "BE",
    "шведский": "SE",
    "польский": "PL",
    "венгерский": "HU",
    "украинский": "UA",
    "молдавский": "MD",
    "сербский": "RS",
    "бразильский": "BR",
    "южноафриканский": "ZA",
    "индонезийский": "ID",
    "малайзийский": "MY",
    "вьетнамский": "VN",
    "израильский": "IL",
    "канадский": "CA",
    "австрийский": "AT",
    "швейцарский": "CH",
    "нидерландский": "NL",
    "голландский": "NL",
    "финский": "FI",
    "норвежский": "NO",
    "датский": "DK",
    "чешский": "CZ",
    "словацкий": "SK",
    "греческий": "GR",
    "кипрский": "CY",
    "эстонский": "EE",
    "латвийский": "LV",
    "литовский": "LT",
    "австралийский": "AU",
    "мексиканский": "MX",
}

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
#: CLDR lists regions and groupings under codes that are not states.
_NOT_STATES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form used for matching: a place name's analysis first, ё folded."""
    found = parses(word)
    if not found:
        return word.lower().replace("ё", "е")
    geo = [p for p in found if "Geox" in p.tag]
    best = geo[0] if geo and word[:1].isupper() else found[0]
    return str(best.normal_form).replace("ё", "е")


def _key(name: str) -> tuple[str, ...]:
    return tuple(lemma(w) for w in _WORD.findall(name))


@cache
def _index() -> dict[tuple[str, ...], str]:
    names = {
        name: code
        for code, name in Locale("ru").territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_STATES
    }
    names.update(EXTRA_NAMES)
    index: dict[tuple[str, ...], str] = {}
    for name, code in names.items():
        key = _key(name)
        if key:
            index.setdefault(key, code)
        # Abbreviations stay as written: "РФ" is a key of its own.
        if name.isupper():
            index[(name.lower(),)] = code
    return index


def country_code(name: str) -> str | None:
    """The ISO code for a country name in any case form, or None: "Узбекистана" -> "UZ"."""
    stripped = name.strip()
    if stripped.isupper() and (stripped.lower(),) in _index():
        return _index()[(stripped.lower(),)]
    return _index().get(_key(stripped))


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in the text: by name, abbreviation or adjective."""

    start: int
    end: int
    code: str
    adjective: bool


_MAX_WORDS = 4


def find_countries(text: str, start: int = 0, end: int | None = None) -> Iterator[CountryMention]:
    """Country names and state adjectives in ``text[start:end]``, longest match first, in order."""
    words = list(_WORD.finditer(text, start, len(text) if end is None else end))
    index = _index()
    i = 0
    while i < len(words):
        found = None
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            group = words[i : i + n]
            if n == 1 and group[0].group().isupper():
                code = index.get((group[0].group().lower(),))
            elif not group[0].group()[:1].isupper():
                code = None
            else:
                code = index.get(tuple(lemma(w.group()) for w in group))
            if code is not None:
                found = CountryMention(group[0].start(), group[-1].end(), code, adjective=False)
                i += n
                break
        if found is None:
            code = ADJECTIVES.get(lemma(words[i].group()).lower())
            if code is not None:
                found = CountryMention(words[i].start(), words[i].end(), code, adjective=True)
            i += 1
        if found is not None:
            yield found
