"""Quantities and declared years inside a title: "о поставке 20 локомотивов", "$1,2 млрд", "об объявлении
2027 года Годом ...". Numbers usually end a title (a date, a period); these are what the title is about.
"""

from __future__ import annotations

from summitkit.lexicons.documents import (
    ACTION_NOUNS,
    CURRENCY_SIGNS,
    DOTTED_ABBREVIATIONS,
    MONTHS,
)
from summitkit.titles.noun_phrase import noun_phrase
from summitkit.titles.words import (
    ROMAN,
    Tok,
    info,
    is_abbreviation,
    is_number,
    is_verb,
    is_word,
    lemma_in,
)

__all__ = ["declared_year", "is_verbal_noun", "quantity_end", "year_after_verbal_noun"]


def quantity_end(toks: tuple[Tok, ...], i: int) -> int | None:
    """A counted or measured quantity at ``i`` ("20 локомотивов", "2,4 ГВт", "$1,2 млрд", "5 млн тонн"):
    a currency sign, a number, a multiplier, then a unit (an abbreviation or a genitive noun phrase, not a
    month).
    Returns its last token, or None.
    """
    n = len(toks)
    j = i
    if j < n and toks[j].text in CURRENCY_SIGNS:
        j += 1
    if j >= n or toks[j].newline_before or not is_number(toks[j]) or ROMAN.match(toks[j].text):
        return None
    j += 1
    last = None
    if j < n and toks[j].text.lower() in DOTTED_ABBREVIATIONS - {"г", "гг", "в", "вв"}:
        last = j  # "1,2 млрд", "5 млн."
        j += 1
        if j < n and toks[j].text == ".":
            last, j = j, j + 1
    if j < n and not toks[j].newline_before and not is_verb(toks[j]):
        if is_abbreviation(toks[j]):
            return j
        np = noun_phrase(toks, j, after_preposition=False)  # "40 пассажирских вагонов"
        if np is not None and "gent" in np[1] and not lemma_in(toks[np[0] - 1], MONTHS):
            return np[0] - 1
    if last is not None and toks[i].text in CURRENCY_SIGNS:
        return last
    return None


def declared_year(toks: tuple[Tok, ...], j: int, last: int) -> int | None:
    """ "объявлении 2027 года Годом ...": a year, the object of a verbal noun, with what it is declared (an
    instrumental phrase). Returns the phrase's last token, or None.
    """
    n = len(toks)
    if not (is_verbal_noun(toks[last]) and j + 2 < n and is_number(toks[j]) and len(toks[j].text) == 4):
        return None
    if toks[j + 1].text.lower() != "года" or toks[j + 2].newline_before:
        return None
    np = noun_phrase(toks, j + 2, after_preposition=False)
    if np is None or "ablt" not in np[1]:
        return None
    end = np[0]
    while end < n and not toks[end].newline_before:  # "Годом здорового образа жизни": its genitives
        more = noun_phrase(toks, end, after_preposition=False)
        if more is None or "gent" not in more[1] or is_verb(toks[end]):
            break
        end = more[0]
    return end - 1


def is_verbal_noun(tok: Tok) -> bool:
    """ "противодействие", "использование", "оказание": nouns of action that take objects."""
    lemmas = info(tok.text).noun_lemmas if is_word(tok) else frozenset()
    return bool(lemmas & ACTION_NOUNS) or any(lemma.endswith(("ние", "тие", "вие")) for lemma in lemmas)


def year_after_verbal_noun(toks: tuple[Tok, ...], last: int) -> bool:
    """ "об объявлении 2027 года | Годом ...": a year between a verbal noun and its second object."""
    return last >= 2 and lemma_in(toks[last], {"год"}) and is_number(toks[last - 1]) and is_verbal_noun(toks[last - 2])
