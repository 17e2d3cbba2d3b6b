"""A gazetteer of countries in their Russian forms, mapped to ISO 3166-1 alpha-2 codes.

The names come from Babel's Russian locale data (CLDR, maintained upstream), plus the short,
official and adjective forms news use and CLDR does not list (РФ, КНР, США, Кыргызстан,
"Республика Казахстан", "узбекский"). Words are compared by their pymorphy lemma, so every case
form matches: "Президент Узбекистана", "в Киргизии", "с Соединенными Штатами". Finding the names
in a text is `summitkit.lexicons.country_mentions`'s work.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from babel import Locale

from summitkit.morphology import parses
from summitkit.nlp import WORD_FORMS
from summitkit.text import fold

__all__ = [
    "ADJECTIVES",
    "COMBINING_FORMS",
    "EXTRA_NAMES",
    "NAME_WORD",
    "UNRECOGNISED_NAMES",
    "country_code",
    "lemma",
    "name_index",
]

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

#: States with no ISO 3166 code whose names contain a recognised state's ("Северного Кипра" is not Cyprus,
#: "Приднестровская Молдавская Республика" not Moldova): matched as a whole so that no code is read from a part.
UNRECOGNISED_NAMES: frozenset[str] = frozenset(
    {"Турецкая Республика Северного Кипра", "Северный Кипр", "Приднестровская Молдавская Республика"}
)

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
    "новозеландский": "NZ",
    "мексиканский": "MX",
    # Europe
    "ирландский": "IE",
    "исландский": "IS",
    "португальский": "PT",
    "мальтийский": "MT",
    "румынский": "RO",
    "болгарский": "BG",
    "хорватский": "HR",
    "словенский": "SI",
    "черногорский": "ME",
    "боснийский": "BA",
    "албанский": "AL",
    "македонский": "MK",
    "северомакедонский": "MK",
    "ватиканский": "VA",
    # Middle East and North Africa
    "марокканский": "MA",
    "алжирский": "DZ",
    "тунисский": "TN",
    "ливийский": "LY",
    "мавританский": "MR",
    "иорданский": "JO",
    "ливанский": "LB",
    "сирийский": "SY",
    "иракский": "IQ",
    "йеменский": "YE",
    "палестинский": "PS",
    # Africa south of the Sahara
    "суданский": "SD",
    "южносуданский": "SS",
    "эфиопский": "ET",
    "эритрейский": "ER",
    "сомалийский": "SO",
    "джибутийский": "DJ",
    "кенийский": "KE",
    "угандийский": "UG",
    "руандийский": "RW",
    "танзанийский": "TZ",
    "нигерийский": "NG",
    "нигерский": "NE",
    "малийский": "ML",
    "сенегальский": "SN",
    "ганский": "GH",
    "гвинейский": "GN",
    "камерунский": "CM",
    "габонский": "GA",
    "ангольский": "AO",
    "мозамбикский": "MZ",
    "замбийский": "ZM",
    "зимбабвийский": "ZW",
    "намибийский": "NA",
    "ботсванский": "BW",
    "мадагаскарский": "MG",
    "маврикийский": "MU",
    # Latin America
    "аргентинский": "AR",
    "чилийский": "CL",
    "перуанский": "PE",
    "колумбийский": "CO",
    "венесуэльский": "VE",
    "эквадорский": "EC",
    "боливийский": "BO",
    "уругвайский": "UY",
    "парагвайский": "PY",
    "кубинский": "CU",
    "никарагуанский": "NI",
    "панамский": "PA",
    "коста-риканский": "CR",
    "гватемальский": "GT",
    "гондурасский": "HN",
    "сальвадорский": "SV",
    "доминиканский": "DO",
    "гаитянский": "HT",
    "ямайский": "JM",
    # South and South-East Asia, Oceania
    "таиландский": "TH",
    "тайский": "TH",
    "филиппинский": "PH",
    "сингапурский": "SG",
    "бангладешский": "BD",
    "непальский": "NP",
    "бутанский": "BT",
    "шри-ланкийский": "LK",
    "мальдивский": "MV",
    "мьянманский": "MM",
    "бирманский": "MM",
    "лаосский": "LA",
    "камбоджийский": "KH",
    "брунейский": "BN",
    "фиджийский": "FJ",
}

#: First halves of compound adjectives that are not the adjective's stem plus "-о" ("американо-китайский";
#: "российско-", "узбекско-" are read from the adjectives themselves).
COMBINING_FORMS: dict[str, str] = {
    "американо": "US",
    "англо": "GB",
    "франко": "FR",
    "германо": "DE",
    "итало": "IT",
    "испано": "ES",
    "японо": "JP",
    "индо": "IN",
    "австро": "AT",
    "русско": "RU",
    "армяно": "AM",
    "грузино": "GE",
    "таджико": "TJ",
    "узбеко": "UZ",
    "афгано": "AF",
    "ирано": "IR",
    "ирако": "IQ",
    "сербо": "RS",
    "чехо": "CZ",
}

#: A Cyrillic word, hyphenated parts included: the unit names are matched by.
NAME_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
#: CLDR lists regions and groupings under codes that are not states.
_NOT_STATES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@lru_cache(maxsize=WORD_FORMS)
def lemma(word: str) -> str:
    """The dictionary form used for matching: a place name's analysis first, ё folded."""
    found = parses(word)
    if not found:
        return fold(word)
    geo = [p for p in found if "Geox" in p.tag]
    best = geo[0] if geo and word[:1].isupper() else found[0]
    return fold(str(best.normal_form))


def _key(name: str) -> tuple[str, ...]:
    return tuple(lemma(w) for w in NAME_WORD.findall(name))


@cache
def name_index() -> dict[tuple[str, ...], str]:
    """Every country name, keyed by the lemmas of its words, to its code ("" for a state with no code)."""
    names = {
        name: code
        for code, name in Locale("ru").territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_STATES
    }
    names.update(EXTRA_NAMES)
    names.update(dict.fromkeys(UNRECOGNISED_NAMES, ""))  # no code: found, and then skipped
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
    if stripped.isupper() and (stripped.lower(),) in name_index():
        return name_index()[(stripped.lower(),)] or None
    return name_index().get(_key(stripped)) or None
