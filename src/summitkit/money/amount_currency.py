"""Which currency an amount is in: the words written after its number, and the states its text names.

"5 млрд долларов США" says it all; "5 млрд рублей" does not (Russian or Belarusian roubles?), and then
the states the sentence names, or the one the whole text is about (its dateline included), settle it
through ``summitkit.lexicons.currencies.resolve``. Kept apart from the amount grammar in
``summitkit.money.amounts``, which only finds where a number and its multiplier are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from summitkit.document import Document
from summitkit.lexicons.cities import city_of
from summitkit.lexicons.countries import find_countries
from summitkit.lexicons.currencies import ABBREVIATED_QUALIFIERS, SYMBOLS, by_qualifier, head_of, iso_codes, resolve
from summitkit.morphology import parses

__all__ = [
    "CURRENCY_SIGN",
    "TAIL_TOKEN",
    "currency_after",
    "document_countries",
    "main_country",
    "sentence_countries",
]

#: A currency sign, written before the number or after it: "$5 млрд", "5 млрд $", "US$1 млн".
CURRENCY_SIGN = r"US\$|Br(?=\d)|[$€₽£¥₸₹₩₺₼₴]"
#: Letters of a currency word: Russian and Latin, and the Kazakh, Uzbek and Tajik letters of "теңге", "сўм".
_LETTERS = "А-Яа-яЁёA-Za-zӘәҒғҚқҢңӨөҰұҮүҺһІіЎўҲҳҶҷӢӣӮӯ"
#: The token right after an amount: a currency sign or a word ("долларов", "долл.").
TAIL_TOKEN = re.compile(rf"\s*(?:(?P<sym>{CURRENCY_SIGN})|(?P<word>[{_LETTERS}]+(?:\.(?=[\s,;)]|$))?))")


@cache
def _iso_pattern() -> re.Pattern[str]:
    """An ISO code right after an amount: "5 млн USD"."""
    return re.compile(rf"\s*\b(?P<iso>{'|'.join(sorted(iso_codes()))})\b")


def _head_at(text: str, pos: int) -> tuple[str, int] | None:
    """The currency head noun of the word at ``pos`` ("долларов", "долл.") and where it ends."""
    token = TAIL_TOKEN.match(text, pos)
    if token is None or not token.group("word"):
        return None
    word = token.group("word")
    for form in (word, word.rstrip(".")):
        head = head_of(form)
        if head is not None:
            return head, token.start("word") + len(form)
    return None


def _is_adjective(word: str) -> bool:
    return any(p.tag.POS in {"ADJF", "PRTF"} for p in parses(word.lower())[:2])


def _may_qualify(word: str) -> bool:
    """A word after the head that may name whose currency it is: "США", "стерлингов", "Гонконга"."""
    if word.isupper():
        return True
    found = parses(word.lower())
    if not found or found[0].tag.POS in {"CONJ", "PREP", "PRCL"}:
        return False  # "30 млрд долларов и достиг": the conjunction qualifies nothing
    return any(p.tag.case == "gent" for p in found)


def currency_after(text: str, pos: int, countries: Callable[[], list[list[str]]]) -> tuple[str | None, int]:
    """The currency written right after ``pos`` and where it ends: "долларов США", "российских рублей"."""
    iso = _iso_pattern().match(text, pos)
    if iso:
        return iso.group("iso"), iso.end()
    first = TAIL_TOKEN.match(text, pos)
    if first is None:
        return None, pos
    if first.group("sym"):
        return SYMBOLS[first.group("sym")], first.end()
    qualifiers: list[str] = []
    found = _head_at(text, pos)
    word = first.group("word")
    if found is None and (word in ABBREVIATED_QUALIFIERS or _is_adjective(word)):
        # "российских рублей", "бел. руб.": a qualifier before the head.
        found = _head_at(text, first.end())
        qualifiers.append(ABBREVIATED_QUALIFIERS.get(word, word))
    if found is None:
        return None, pos
    head, end = found
    after = TAIL_TOKEN.match(text, end)
    if after is not None and after.group("word"):
        # "долларов США", "фунтов стерлингов": a qualifier after the head.
        word = after.group("word").rstrip(".")
        code = by_qualifier(head, word) if _may_qualify(word) else None
        if code is not None:
            return code, after.start("word") + len(word)
    return resolve(head, qualifiers, countries()), end


def sentence_countries(document: Document, start: int, end: int) -> list[str]:
    """The countries a sentence names, read once per sentence however many amounts it holds."""
    cache: dict[int, list[str]] = document.memo("summitkit.money.sentence-countries", lambda d: {})
    if start not in cache:
        cache[start] = [c.code for c in find_countries(document.text, start, end)]
    return cache[start]


def main_country(document: Document) -> list[str]:
    """The state a text names most often, alone; none on a tie. A shared head with no state in its sentence
    follows it: "рублей" is Belarusian in a text about Belarus, not in one that names Belarus among equals."""
    counts = Counter(document_countries(document)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return []
    return [counts[0][0]]


#: A dateline: the city a text opens with, in capitals or not, before a comma, a full stop or a dash.
_DATELINE = re.compile(r"\s*(?P<city>[А-ЯЁ][А-Яа-яЁё-]+)\s*(?:[,.(]|\s[-–—]\s)")


def _dateline_country(text: str) -> str | None:
    """The state of the city a text is datelined in ("Баку, 5 мая", "МИНСК. ..."), if it is a known city."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    found = city_of(m.group("city").capitalize())
    return found[1] if found else None


def document_countries(document: Document) -> list[str]:
    """The states the text names, in order, and last its dateline's: "34 млн манатов" in a text from Baku
    that names no state is Azerbaijan's."""

    def compute(d: Document) -> list[str]:
        codes = [c.code for c in find_countries(d.text)]
        dateline = _dateline_country(d.text)
        return [*codes, dateline] if dateline is not None else codes

    return document.memo("summitkit.money.countries", compute)
