"""Whether two titles name the same instrument: the overlap of their word stems.

Outlets word one document differently ("Соглашение о торговле услугами", "соглашения о торговле
услугами между странами"), and a proposal is worded again when it is signed years later. A stem is
the first five letters of a word's pymorphy3 lemma, folded, for words of three letters or more: so
case forms ("фонд", "Фонда") and derived words ("климат", "климатический") meet, while "транзит" and
"транспорт" stay apart. The overlap is Dice's coefficient. The words every instrument's
title may carry (the document noun, "создание", "о") are left out, since "Договор о создании банка"
and "Соглашение о создании банка" name one instrument and "Соглашение о транзите газа" and
"Соглашение о транзите грузов" two.
"""

from __future__ import annotations

import re

from summitkit.lexicons.documents import CREATION_NOUNS, GENERIC_DOCUMENT_NOUNS
from summitkit.lexicons.head_nouns import NOUNS, on_change
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = ["SAME_TITLE", "dice", "stems", "title_similarity"]

#: Similarity at which two titles name one instrument. Chosen on pairs written for the tests: one
#: instrument reworded ("... правовом статусе Каспийского моря" / "... Каспия") scores 0.85-1.0, two
#: instruments of one field ("... торговле услугами" / "... торговле товарами") 0.67 or less.
SAME_TITLE = 0.7

_WORD = re.compile(r"\w+")


def _generic_stems() -> frozenset[str]:
    return frozenset(fold(word)[:5] for word in NOUNS.documents | GENERIC_DOCUMENT_NOUNS | CREATION_NOUNS)


#: Stems that say what kind of instrument a title is, not which one (plugins' document nouns too).
_GENERIC = _generic_stems()


@on_change
def _nouns_changed() -> None:
    global _GENERIC
    _GENERIC = _generic_stems()


def stems(title: str) -> frozenset[str]:
    """>>> sorted(stems("Соглашения о создании зоны свободной торговли"))
    ['зона', 'свобо', 'торго']
    """
    return frozenset(
        stem for word in _WORD.findall(fold(title)) if len(word) >= 3 and (stem := _stem(word)) not in _GENERIC
    )


def _stem(word: str) -> str:
    analyses = parses(word)
    return fold(analyses[0].normal_form)[:5] if analyses else word[:5]


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """2|a ∩ b| / (|a| + |b|), 0 for two empty sets."""
    if not a and not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def title_similarity(a: str, b: str) -> float:
    """Dice of the titles' stems; titles made only of generic words ("Декларация") match when equal."""
    stems_a, stems_b = stems(a), stems(b)
    if not stems_a and not stems_b:
        return 1.0 if fold(a).strip() == fold(b).strip() else 0.0
    return dice(stems_a, stems_b)
