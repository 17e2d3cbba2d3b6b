"""A lexicon of currencies in their Russian forms, mapped to ISO 4217 codes.

The names come from Babel's Russian locale data (CLDR): "доллар США", "китайский юань", "японская
иена". Each name gives a head noun (доллар, юань, иена) and qualifiers (США, китайский), so
"китайских юаней" and "долларов США" resolve through CLDR; every case form of a head comes from
pymorphy's lexeme. A bare head ("80 млрд тенге") resolves through a short curated list of the
currency news mean by it; heads shared by several states (манат, риал, динар) look at the
countries named nearby first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.numbers import get_territory_currencies

from summitkit.lexicons.country_names import ADJECTIVES, country_code, lemma
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = [
    "ABBREVIATED_QUALIFIERS",
    "CONTEXT_HEADS",
    "DEFAULT_CODES",
    "EXTRA_FORMS",
    "SYMBOLS",
    "CurrencyName",
    "add_currency",
    "by_qualifier",
    "head_of",
    "iso_codes",
    "resolve",
]

#: What a bare head noun means in Russian news, with no qualifier and no country nearby.
DEFAULT_CODES: dict[str, str] = {
    "доллар": "USD", "евро": "EUR", "рубль": "RUB", "юань": "CNY", "тенге": "KZT", "сум": "UZS",
    "сом": "KGS", "иена": "JPY", "сомони": "TJS", "манат": "TMT", "рупия": "INR", "франк": "CHF",
    "лира": "TRY", "вона": "KRW", "дирхам": "AED", "риял": "SAR", "драм": "AMD", "лари": "GEL",
    "тугрик": "MNT", "гривна": "UAH", "злотый": "PLN", "форинт": "HUF", "шекель": "ILS", "донг": "VND",
    "ринггит": "MYR", "афгани": "AFN",
}  # fmt: skip

#: Heads several states use: a country named in the sentence (or the text) picks the currency.
#: "фунт", "риал", "динар", "крона", "песо" have no default: alone they may be a weight or ambiguous.
CONTEXT_HEADS: frozenset[str] = frozenset(
    {"манат", "рупия", "риял", "риал", "динар", "крона", "песо", "франк", "фунт", "дирхам", "рубль"}
)

#: Spellings CLDR does not use, and abbreviations with their dot, mapped to the head noun.
EXTRA_FORMS: dict[str, str] = {
    "йена": "иена", "йены": "иена", "йен": "иена", "йене": "иена", "йенам": "иена", "йенах": "иена",
    "йену": "иена", "йенами": "иена", "иен": "иена",
    "долл.": "доллар", "дол.": "доллар", "долл": "доллар", "руб": "рубль", "руб.": "рубль", "р.": "рубль",
    "тнг.": "тенге", "тг": "тенге", "тг.": "тенге", "теңге": "тенге", "сўм": "сум",
    "вон": "вона", "риалов": "риал", "риялов": "риял",
    # pymorphy reads "драмов" as a form of "драма" (a play): the dram's forms are listed by hand.
    "драма": "драм", "драму": "драм", "драмом": "драм", "драме": "драм", "драмы": "драм", "драмов": "драм",
    "драмам": "драм", "драмами": "драм", "драмах": "драм",
    "шекелей": "шекель", "шекеля": "шекель", "шекелях": "шекель",
    # pymorphy reads "сум" as a form of "сума" (a bag): the sum's forms are listed by hand.
    "сума": "сум", "суму": "сум", "сумом": "сум", "суме": "сум", "сумы": "сум", "сумов": "сум", "сумам": "сум",
    "сумами": "сум", "сумах": "сум",
}  # fmt: skip

#: Abbreviated qualifiers before a head, with the full adjective they stand for: "25 млн бел. руб.".
ABBREVIATED_QUALIFIERS: dict[str, str] = {
    "бел.": "белорусских", "рос.": "российских", "росс.": "российских", "кит.": "китайских",
}  # fmt: skip

#: Currency signs. "¥" is the yen in Russian news more often than the yuan; "Br" (before digits only,
#: "Br25 млн") is the Belarusian rouble as Belarusian state media write it.
SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "JPY", "₸": "KZT", "₹": "INR", "₩": "KRW",
    "₺": "TRY", "₼": "AZN", "₴": "UAH", "Br": "BYN",
}  # fmt: skip

#: Words of a CLDR name that qualify nothing ("новый туркменский манат").
_NOISE = frozenset({"новый", "конвертируемый"})

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*")


@dataclass(frozen=True, slots=True)
class CurrencyName:
    """A current currency as CLDR names it in Russian: its head noun and qualifier lemmas."""

    code: str
    head: str
    qualifiers: frozenset[str]


def _is_adjective(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"}


def _is_function_word(word: str) -> bool:
    """ "и" in "доллар Тринидада и Тобаго": a conjunction or preposition qualifies nothing."""
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"CONJ", "PREP", "PRCL"}


def _qualifier(word: str) -> str:
    """The lemma a qualifier is compared by: "китайских" -> "китайский", "США" -> "сша"."""
    if word.isupper():
        return fold(word)
    return lemma(word).lower()


@cache
def _current_codes() -> frozenset[str]:
    codes: set[str] = set()
    for key in Locale("ru").territories:
        territory = str(key)
        if len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory))
    return frozenset(codes)


@cache
def _territory_currencies(territory: str) -> tuple[str, ...]:
    try:
        return tuple(get_territory_currencies(territory))
    except Exception:  # Babel raises on territories it has no data for
        return ()


@cache
def _names() -> tuple[CurrencyName, ...]:
    """Every current currency's CLDR name split into head and qualifiers."""
    out: list[CurrencyName] = []
    for code, name in Locale("ru").currencies.items():
        if code not in _current_codes() or "(" in name:
            continue
        words = _WORD.findall(name)
        head_index = next((i for i, w in enumerate(words) if not _is_adjective(w)), None)
        if head_index is None:
            continue
        head = fold(words[head_index])
        qualifiers = frozenset(
            q
            for i, w in enumerate(words)
            if i != head_index and not _is_function_word(w) and (q := _qualifier(w)) not in _NOISE
        )
        out.append(CurrencyName(code, head, qualifiers))
    return tuple(out)


@cache
def _forms() -> dict[str, str]:
    """Every case form of every head noun, folded, mapped to the head."""
    forms: dict[str, str] = {}
    for name in _names():
        forms.setdefault(name.head, name.head)
        noun = next((p for p in parses(name.head) if p.tag.POS == "NOUN" and fold(p.normal_form) == name.head), None)
        if noun is not None:
            for form in noun.lexeme:
                forms.setdefault(fold(form.word), name.head)
    forms.update(EXTRA_FORMS)
    return forms


def head_of(word: str) -> str | None:
    """The currency head noun a word is a form of: "юаней" -> "юань", "долл." -> "доллар"."""
    return _forms().get(fold(word))


@cache
def iso_codes() -> frozenset[str]:
    """Codes written as such in text ("USD 5 млн"): the current ones CLDR knows."""
    return _current_codes()


def _by_head(head: str) -> list[CurrencyName]:
    return [n for n in _names() if n.head == head]


def _codes_of_country(country: str, head: str) -> list[str]:
    heads = {n.code: n.head for n in _names()}
    return [c for c in _territory_currencies(country) if heads.get(c) == head]


def by_qualifier(head: str, qualifier: str) -> str | None:
    """The currency a qualifier word names together with the head, or None."""
    q = _qualifier(qualifier)
    named = [n.code for n in _by_head(head) if q in n.qualifiers]
    if len(named) == 1:
        return named[0]
    country = ADJECTIVES.get(q) or country_code(qualifier)
    if country is not None:
        codes = _codes_of_country(country, head)
        if len(codes) == 1:
            return codes[0]
    return None


def resolve(head: str, qualifiers: Iterable[str] = (), countries: Iterable[Iterable[str]] = ()) -> str | None:
    """The ISO code of a currency mention.

    ``qualifiers`` are the words next to the head ("российских", "США", "стерлингов");
    ``countries`` are ISO country codes named around it, nearest scope first (the sentence, then
    the text). A qualifier decides first; then, for heads several states share, a country in the
    nearest scope that has one; then the default; else None (a bare "фунт" may be a weight).
    """
    for word in qualifiers:
        code = by_qualifier(head, word)
        if code is not None:
            return code
    default = DEFAULT_CODES.get(head)
    if head in CONTEXT_HEADS:
        for scope in countries:
            found: list[str] = []
            for country in scope:
                found.extend(c for c in _codes_of_country(country, head) if c not in found)
            if found:
                return default if default in found else found[0]
    return default


def add_currency(word: str, code: str) -> None:
    """Teach the lexicon a currency at run time (the ``register_gazetteer`` hook): a head noun in the
    nominative ("биткоин") and the ISO-style code a bare mention means; its case forms come from pymorphy."""
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(f"currency code must be three capital letters, not {code!r}")
    head = fold(word.strip())
    if not _WORD.fullmatch(head):
        raise ValueError(f"currency word must be one word, not {word!r}")
    forms = _forms()
    forms.setdefault(head, head)
    nouns = [p for p in parses(head) if p.tag.POS == "NOUN"]
    noun = next((p for p in nouns if fold(p.normal_form) == head), None)  # a guessed paradigm may be wrong
    for form in noun.lexeme if noun is not None else ():
        forms.setdefault(fold(form.word), head)
    DEFAULT_CODES[head] = code
