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
from summitkit.nlp import WORD_FORMS
from summitkit.text import fold

__all__ = [
    "ADJECTIVES",
    "COMBINING_FORMS",
    "REGION_NAMES",
    "REGION_STEMS",
    "UNRECOGNISED_NAMES",
    "CountryMention",
    "country_code",
    "find_countries",
    "lemma",
    "names_unrecognised",
    "region_country",
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


_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
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
    return tuple(lemma(w) for w in _WORD.findall(name))


@cache
def _index() -> dict[tuple[str, ...], str]:
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
    if stripped.isupper() and (stripped.lower(),) in _index():
        return _index()[(stripped.lower(),)] or None
    return _index().get(_key(stripped)) or None


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in the text: by name, abbreviation or adjective."""

    start: int
    end: int
    code: str
    adjective: bool


_MAX_WORDS = 4


@cache
def _heads() -> frozenset[str]:
    """The first words of every name in the index: a word not among them starts no name."""
    return frozenset(key[0] for key in _index())


def _compound_parts(word: re.Match[str]) -> list[CountryMention]:
    """The states of a compound adjective, one mention per half ("узбекско-таджикских" -> UZ, TJ);
    nothing unless every half names a state ("социально-экономический", "англо-саксонский")."""
    parts = word.group().split("-")
    if len(parts) < 2:
        return []
    found: list[CountryMention] = []
    start = word.start()
    for i, part in enumerate(parts):
        low = part.lower()
        if i < len(parts) - 1:
            code = COMBINING_FORMS.get(low) or (ADJECTIVES.get(low[:-1] + "ий") if low.endswith("о") else None)
        else:
            code = ADJECTIVES.get(lemma(low).lower())
        if code is None:
            return []
        found.append(CountryMention(start, start + len(part), code, adjective=True))
        start += len(part) + 1
    return found


def find_countries(text: str, start: int = 0, end: int | None = None) -> Iterator[CountryMention]:
    """Country names and state adjectives in ``text[start:end]``, longest match first, in order; each half
    of a compound adjective ("узбекско-таджикский") is a mention of its own."""
    return (m for m in _matches(text, start, end) if m.code)


def names_unrecognised(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names a state with no ISO code ("Турецкой Республики Северного Кипра")."""
    return any(not m.code for m in _matches(text, start, end))


def _matches(text: str, start: int, end: int | None) -> Iterator[CountryMention]:
    """Every state ``text[start:end]`` names, those with no ISO code with the code ""."""
    words = list(_WORD.finditer(text, start, len(text) if end is None else end))
    facts = [_facts(w.group()) for w in words]
    index = _index()
    i = 0
    while i < len(words):
        fact = facts[i]
        if fact.passes:
            i += 1
            continue
        code = None
        if fact.capital and (fact.head or fact.upper):
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                if n == 1 and fact.upper:
                    code = fact.abbreviation
                elif fact.head:
                    code = fact.name if n == 1 else index.get(tuple(f.lemma for f in facts[i : i + n]))
                if code is not None:
                    yield CountryMention(words[i].start(), words[i + n - 1].end(), code, adjective=False)
                    i += n
                    break
            if code is not None:
                continue
        if fact.adjective is not None:
            yield CountryMention(words[i].start(), words[i].end(), fact.adjective, adjective=True)
        elif fact.hyphen:
            yield from _compound_parts(words[i])
        i += 1


@dataclass(frozen=True, slots=True)
class _Facts:
    """What ``_matches`` asks of a word form, answered once per form."""

    lemma: str
    capital: bool  #: it starts with a capital, so it may start a name
    upper: bool  #: it is all capitals: an abbreviation is looked up as written
    head: bool  #: its lemma starts some name
    abbreviation: str | None  #: the code of the word as an abbreviation ("РФ")
    name: str | None  #: the code of the word as a one-word name ("Узбекистана")
    adjective: str | None  #: the code of its lemma as a state adjective ("узбекский")
    hyphen: bool  #: it may be a compound adjective ("узбекско-таджикских")
    passes: bool  #: none of the above: nothing is read from it


@lru_cache(maxsize=WORD_FORMS)
def _facts(word: str) -> _Facts:
    found = lemma(word)
    capital = word[:1].isupper()
    upper = word.isupper()
    head = found in _heads()
    adjective = ADJECTIVES.get(found.lower())
    hyphen = "-" in word
    return _Facts(
        lemma=found,
        capital=capital,
        upper=upper,
        head=head,
        abbreviation=_index().get((word.lower(),)) if upper else None,
        name=_index().get((found,)) if head else None,
        adjective=adjective,
        hyphen=hyphen,
        passes=not capital and adjective is None and not hyphen,
    )
