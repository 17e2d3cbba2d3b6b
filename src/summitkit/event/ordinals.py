"""Ordinals of an event: Roman numerals (also typed with Cyrillic look-alikes), "25-м", "двадцать пятый"."""

from __future__ import annotations

import re

from summitkit.lexicons.events import ORDINALS
from summitkit.morphology import parses

__all__ = ["inflect_ordinal", "is_roman", "ordinal_of"]

ROMAN_RE = re.compile(r"^(?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
DIGIT_ORDINAL_RE = re.compile(r"^(\d{1,3})-?(?:й|го|м|я|е|ой|ого|ом|ий)$")
#: The nominative ending of a digit ordinal by the gender of its noun: "23-й саммит", "5-я встреча".
DIGIT_ENDINGS: dict[str, str] = {"masc": "й", "femn": "я", "neut": "е", "plur": "е"}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_LOOKALIKES = str.maketrans({"Х": "X", "І": "I"})


def _roman(value: str) -> int:
    total = 0
    for a, b in zip(value, [*value[1:], ""], strict=True):
        total += -_ROMAN[a] if b and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
    return total


def is_roman(word: str) -> bool:
    """A Roman numeral, also typed with Cyrillic look-alikes ("ХI саммит")."""
    return ROMAN_RE.match(word.translate(_ROMAN_LOOKALIKES)) is not None


def ordinal_of(word: str) -> int | None:
    if is_roman(word):
        return _roman(word.translate(_ROMAN_LOOKALIKES))
    digits = DIGIT_ORDINAL_RE.match(word)
    if digits:
        return int(digits.group(1))
    for p in parses(word):
        if p.tag.POS == "ADJF" and "Anum" in p.tag:
            return ORDINALS.get(str(p.normal_form))
    return None


def inflect_ordinal(word: str, gender: str) -> str:
    """An ordinal in the nominative agreeing with its noun; in "двадцать пятом" only the last word changes.

    A Roman numeral keeps its letters (in Latin); a digit ordinal takes the nominative ending ("23-м" -> "23-е").
    """
    if is_roman(word):
        return word.translate(_ROMAN_LOOKALIKES)  # "ХХ" typed in Cyrillic is the numeral XX
    digits = DIGIT_ORDINAL_RE.match(word)
    if digits is not None:
        return f"{digits.group(1)}-{DIGIT_ENDINGS[gender]}" if "-" in word else word
    head, _, last = word.rpartition(" ")
    if head:
        return f"{head} {inflect_ordinal(last, gender)}"
    for p in parses(word.lower()):
        if p.tag.POS == "ADJF" and "Anum" in p.tag:
            form = p.inflect({"nomn", gender} if gender != "plur" else {"nomn", "plur"})
            if form is not None:
                out = str(form.word) if "ё" in word.lower() else str(form.word).replace("ё", "е")
                return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return word
