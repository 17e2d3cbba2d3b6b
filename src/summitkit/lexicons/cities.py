"""Gazetteer of summit cities: where summits are held, the country of each, and the capitals.

Cities are compared by pymorphy lemma and, where pymorphy does not know a foreign name ("в Сиане"
parsed as a woman's name), by stem, so every case form of a city finds it.
"""

from __future__ import annotations

from functools import cache

from summitkit.lexicons.country_names import lemma
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = ["CAPITALS", "CITY_ALIASES", "REGIONS", "SUMMIT_CITIES", "city_of"]

#: Summit cities (nominative) and the ISO code of their country.
SUMMIT_CITIES: dict[str, str] = {
    # Central Asia
    "Ташкент": "UZ", "Самарканд": "UZ", "Бухара": "UZ", "Хива": "UZ", "Нукус": "UZ", "Термез": "UZ",
    "Андижан": "UZ", "Фергана": "UZ", "Астана": "KZ", "Нур-Султан": "KZ", "Алматы": "KZ",
    "Алма-Ата": "KZ", "Туркестан": "KZ", "Шымкент": "KZ", "Актау": "KZ", "Бурабай": "KZ",
    "Бишкек": "KG", "Чолпон-Ата": "KG", "Ош": "KG", "Душанбе": "TJ", "Худжанд": "TJ",
    "Ашхабад": "TM", "Туркменбаши": "TM", "Аваза": "TM", "Ашгабат": "TM", "Ургенч": "UZ", "Карши": "UZ",
    "Наманган": "UZ", "Шахрисабз": "UZ", "Атырау": "KZ", "Караганда": "KZ", "Костанай": "KZ", "Кызылорда": "KZ",
    "Павлодар": "KZ", "Уральск": "KZ", "Петропавловск": "KZ", "Усть-Каменогорск": "KZ", "Тараз": "KZ",
    "Каракол": "KG", "Джалал-Абад": "KG", "Бохтар": "TJ", "Куляб": "TJ", "Хорог": "TJ", "Туркменабад": "TM",
    "Дашогуз": "TM",
    # Russia, Belarus, the Caucasus, Turkey
    "Москва": "RU", "Санкт-Петербург": "RU", "Сочи": "RU", "Казань": "RU", "Уфа": "RU",
    "Новосибирск": "RU", "Екатеринбург": "RU", "Владивосток": "RU", "Минск": "BY",
    "Калининград": "RU", "Красноярск": "RU", "Челябинск": "RU", "Самара": "RU", "Оренбург": "RU", "Омск": "RU",
    "Астрахань": "RU", "Махачкала": "RU", "Мурманск": "RU", "Хабаровск": "RU", "Иркутск": "RU",
    "Брест": "BY", "Гродно": "BY", "Витебск": "BY", "Гомель": "BY", "Могилев": "BY", "Кишинев": "MD",
    "Киев": "UA", "Вильнюс": "LT", "Рига": "LV", "Таллин": "EE",
    "Баку": "AZ", "Ереван": "AM", "Тбилиси": "GE", "Анкара": "TR", "Стамбул": "TR", "Анталья": "TR",
    "Анталия": "TR", "Измир": "TR", "Габала": "AZ", "Шуша": "AZ", "Гянджа": "AZ", "Батуми": "GE", "Гюмри": "AM",
    # Asia
    "Пекин": "CN", "Сиань": "CN", "Тяньцзинь": "CN", "Шанхай": "CN", "Циндао": "CN", "Ханчжоу": "CN",
    "Сямэнь": "CN", "Токио": "JP", "Осака": "JP", "Сеул": "KR", "Нью-Дели": "IN", "Гоа": "IN",
    "Исламабад": "PK", "Тегеран": "IR", "Кабул": "AF", "Улан-Батор": "MN",
    "Джидда": "SA", "Эр-Рияд": "SA", "Абу-Даби": "AE", "Дубай": "AE", "Доха": "QA",
    "Эль-Кувейт": "KW", "Маскат": "OM", "Манама": "BH", "Каир": "EG", "Джакарта": "ID",
    "Бангкок": "TH", "Ханой": "VN", "Сингапур": "SG", "Куала-Лумпур": "MY", "Пусан": "KR", "Куньмин": "CN",
    "Урумчи": "CN", "Гуанчжоу": "CN", "Шэньчжэнь": "CN", "Ухань": "CN", "Нанкин": "CN", "Чэнду": "CN",
    "Харбин": "CN", "Далянь": "CN", "Гонконг": "HK", "Мумбаи": "IN", "Бангалор": "IN", "Карачи": "PK",
    "Лахор": "PK", "Мешхед": "IR", "Исфахан": "IR", "Тебриз": "IR", "Мазари-Шариф": "AF", "Багдад": "IQ",
    "Дамаск": "SY", "Бейрут": "LB", "Амман": "JO", "Шарм-эш-Шейх": "EG", "Катманду": "NP", "Дакка": "BD",
    "Коломбо": "LK", "Манила": "PH", "Пномпень": "KH", "Вьентьян": "LA", "Нейпьидо": "MM", "Пхеньян": "KP",
    "Хошимин": "VN", "Канберра": "AU", "Сидней": "AU", "Веллингтон": "NZ",
    # Africa
    "Претория": "ZA", "Кейптаун": "ZA", "Дурбан": "ZA", "Аддис-Абеба": "ET", "Найроби": "KE", "Абуджа": "NG",
    "Рабат": "MA", "Дакар": "SN", "Луанда": "AO", "Кигали": "RW", "Хартум": "SD",
    # Europe and the Americas
    "Берлин": "DE", "Брюссель": "BE", "Париж": "FR", "Лондон": "GB", "Рим": "IT", "Мадрид": "ES",
    "Вена": "AT", "Женева": "CH", "Берн": "CH", "Давос": "CH", "Варшава": "PL", "Будапешт": "HU",
    "Прага": "CZ", "Люксембург": "LU", "Гаага": "NL", "Амстердам": "NL", "Хельсинки": "FI",
    "Стокгольм": "SE", "Осло": "NO", "Афины": "GR", "Вашингтон": "US", "Нью-Йорк": "US",
    "Оттава": "CA", "Бразилиа": "BR", "Рио-де-Жанейро": "BR", "Буэнос-Айрес": "AR", "Йоханнесбург": "ZA",
    "Копенгаген": "DK", "Дублин": "IE", "Лиссабон": "PT", "Братислава": "SK", "Белград": "RS", "Бухарест": "RO",
    "София": "BG", "Загреб": "HR", "Любляна": "SI", "Валлетта": "MT", "Никосия": "CY", "Рейкьявик": "IS",
    "Страсбург": "FR", "Мюнхен": "DE", "Франкфурт": "DE", "Милан": "IT", "Мехико": "MX", "Гавана": "CU",
    "Каракас": "VE", "Богота": "CO", "Сантьяго": "CL", "Монтевидео": "UY", "Асунсьон": "PY", "Манагуа": "NI",
    "Сан-Франциско": "US", "Лос-Анджелес": "US", "Чикаго": "US", "Кэмп-Дэвид": "US", "Торонто": "CA",
    "Монреаль": "CA", "Сан-Паулу": "BR",
}  # fmt: skip

#: Capitals by country, for "в столице Узбекистана".
CAPITALS: dict[str, str] = {
    "KZ": "Астана", "UZ": "Ташкент", "KG": "Бишкек", "TJ": "Душанбе", "TM": "Ашхабад", "RU": "Москва",
    "BY": "Минск", "AZ": "Баку", "AM": "Ереван", "GE": "Тбилиси", "TR": "Анкара", "CN": "Пекин",
    "JP": "Токио", "KR": "Сеул", "IN": "Нью-Дели", "PK": "Исламабад", "IR": "Тегеран", "AF": "Кабул",
    "MN": "Улан-Батор", "SA": "Эр-Рияд", "AE": "Абу-Даби", "QA": "Доха", "KW": "Эль-Кувейт", "OM": "Маскат",
    "BH": "Манама", "EG": "Каир", "DE": "Берлин", "BE": "Брюссель", "FR": "Париж", "GB": "Лондон",
    "IT": "Рим", "ES": "Мадрид", "AT": "Вена", "PL": "Варшава", "HU": "Будапешт", "US": "Вашингтон",
    "MD": "Кишинев", "UA": "Киев", "LT": "Вильнюс", "LV": "Рига", "EE": "Таллин", "CZ": "Прага", "SK": "Братислава",
    "RS": "Белград", "RO": "Бухарест", "BG": "София", "GR": "Афины", "PT": "Лиссабон", "NL": "Амстердам",
    "CH": "Берн", "SE": "Стокгольм", "NO": "Осло", "FI": "Хельсинки", "DK": "Копенгаген", "IE": "Дублин",
    "LU": "Люксембург", "CA": "Оттава", "MX": "Мехико", "BR": "Бразилиа", "AR": "Буэнос-Айрес", "CU": "Гавана",
    "VE": "Каракас", "ZA": "Претория", "ET": "Аддис-Абеба", "KE": "Найроби", "NG": "Абуджа", "ID": "Джакарта",
    "TH": "Бангкок", "VN": "Ханой", "MY": "Куала-Лумпур", "SG": "Сингапур", "PH": "Манила", "AU": "Канберра",
    "IQ": "Багдад", "SY": "Дамаск", "LB": "Бейрут", "JO": "Амман", "KP": "Пхеньян", "BD": "Дакка",
    "NP": "Катманду", "LK": "Коломбо", "KH": "Пномпень", "LA": "Вьентьян", "MM": "Нейпьидо",
}  # fmt: skip

#: Places that stand for a city in news ("переговоры в Кремле" are held in Moscow).
CITY_ALIASES: dict[str, str] = {"Кремль": "Москва", "Акорда": "Астана", "Куксарай": "Ташкент", "Чжуннаньхай": "Пекин"}

#: Places natasha tags LOC that are no city, by lemma.
REGIONS: frozenset[str] = frozenset(
    {"европа", "азия", "африка", "евразия", "сибирь", "кавказ", "арктика", "антарктида", "океания", "регион"}
)

#: Case endings cut off to compare a foreign city name pymorphy does not know.
_ENDINGS = ("ями", "ами", "ом", "ем", "ой", "ей", "ью", "е", "а", "у", "ю", "и", "ы", "я", "ь")


def _stem(word: str) -> str:
    low = fold(word)
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


@cache
def _city_index() -> tuple[dict[str, str], dict[str, str]]:
    """Cities by lemma and by stem, each mapped to the nominative name."""
    by_lemma: dict[str, str] = {}
    by_stem: dict[str, str] = {}
    for name in [*SUMMIT_CITIES, *CITY_ALIASES]:
        key = fold(name)
        by_lemma[key] = name
        by_stem.setdefault(_stem(name), name)
    return by_lemma, by_stem


def city_of(word: str) -> tuple[str, str] | None:
    """The summit city ``word`` names in any case form, with its country: "Астане" -> ("Астана", "KZ")."""
    by_lemma, by_stem = _city_index()
    low = fold(word)
    name = by_lemma.get(low) or by_lemma.get(lemma(word))
    if name is None:
        for p in parses(word):
            name = by_lemma.get(fold(str(p.normal_form)))
            if name is not None:
                break
    if name is None and word[:1].isupper():
        name = by_stem.get(_stem(word))
    if name is None:
        return None
    name = CITY_ALIASES.get(name, name)
    return name, SUMMIT_CITIES[name]
