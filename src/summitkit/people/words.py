"""Words and their analyses: the cheap tests every other part of the reading runs on a word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summitkit.lexicons.countries import country_code
from summitkit.lexicons.roles import NAME_ARTICLES
from summitkit.morphology import parses
from summitkit.nlp import WORD_FORMS
from summitkit.text import fold

_WORD = re.compile(r"[A-Za-zА-ЯЁа-яё]+(?:[-‑][A-Za-zА-ЯЁа-яё]+)*")
_INITIALS = re.compile(
    r"(?<![A-Za-zА-ЯЁа-яё])(?P<init>[А-ЯЁ]\.(?:\s?-\s?[А-ЯЁ]\.|\s?[А-ЯЁ]\.)?)\s?"
    r"(?P<sur>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
)
_ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_GAP_OK = re.compile(r"[\s«»\"“”„]*")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str


@lru_cache(maxsize=WORD_FORMS)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(fold(str(p.normal_form)) for p in parses(word.lower()))


def _is_cap(word: str) -> bool:
    """A capitalised word, or a surname after a lower-case article ("ас-Сиси"), not an abbreviation."""
    article, _, rest = word.partition("-")
    if article in NAME_ARTICLES and rest[:1].isupper():
        return True
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _cyrillic(word: str) -> bool:
    return bool(re.match(r"[А-ЯЁа-яё]", word))


def _is_verb(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"VERB", "INFN", "GRND"} and found[0].score > 0.4


def _is_preposition(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "PREP"


def _common_genitive(word: str) -> bool:
    """A dictionary noun in the genitive that is no name or place: "Мажилиса", "Сената"."""
    found = parses(word.lower())
    if not found or not all(p.is_known and p.tag.case == "gent" for p in found):
        return False
    return not any({"Name", "Surn", "Patr", "Geox"} & set(str(p.tag).replace(" ", ",").split(",")) for p in found)


def _is_patronymic(word: str) -> bool:
    """A word pymorphy reads first as a patronymic: "Григорьевичем", "Сергеевна"."""
    found = parses(word.lower())
    return bool(found) and "Patr" in found[0].tag


def _known_common(word: str) -> bool:
    """A dictionary word that is not a name: "Сегодня", "Казгидромет" is unknown, "Путин" is a name."""
    found = parses(word.lower())
    if not found or not all(p.is_known for p in found):
        return False
    if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in found):
        return False
    return found[0].tag.POS != "NOUN" or str(found[0].normal_form) == word.lower()


def _name_like(word: str) -> bool:
    """A capitalised word pymorphy takes for a name, or does not know and reads as a noun."""
    if not _is_cap(word) or not _cyrillic(word) or _is_place(word):
        return False
    if any(part[1:] != part[1:].lower() for part in word.split("-")):
        return False  # a capital inside a word is an abbreviation: "ЕврАзЭС", "МинЭК"
    found = parses(word.lower())
    if not found:
        return True
    if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in found[:3]):
        return True
    return not any(p.is_known for p in found) and found[0].tag.POS == "NOUN"


def _is_place(word: str) -> bool:
    for part in word.split("-"):
        if country_code(part) is not None:
            return True
        if any("Geox" in p.tag and p.is_known for p in parses(part.lower())[:2]):
            return True
    return False


# -- Russian surname and first-name declension ---------------------------------------------------
