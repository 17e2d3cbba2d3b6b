"""Where and when, not what: the setting a title stops before, and the periods and dates it may hold.

"в ходе саммита", "в Астане", "в 2024 году", "по инициативе Казахстана" and "в целях ..." end a title;
"на 2027 год", "(2026–2028 гг.)", "за 2024 год" and a referred document's date ("от 10 октября 2014 года о
...") belong to it.
"""

from __future__ import annotations

from summitkit.lexicons.documents import (
    MONTHS,
    POSSESSIVES,
    PURPOSE_NOUNS,
    SETTING_NOUNS,
    SITUATION_NOUNS,
    SPONSOR_NOUNS,
    TITLE_PREPOSITIONS,
)
from summitkit.titles.words import (
    Tok,
    info,
    is_abbreviation,
    is_noun,
    is_number,
    is_word,
    lemma_in,
)

__all__ = ["dated_reference", "ends_in_period", "is_purpose", "is_setting", "reported_period"]


def ends_in_period(toks: tuple[Tok, ...], last: int) -> bool:
    """Does the title end in a period ("на 2027 год", "2026-2028 гг.", "до 2030 года")?"""
    k = last - 1 if toks[last].text == "." else last
    return k > 0 and is_number(toks[k - 1]) and (lemma_in(toks[k], {"год"}) or toks[k].text in {"г", "гг"})


def dated_reference(toks: tuple[Tok, ...], j: int) -> int | None:
    """ "от 10 октября 2014 года" at ``j`` when the title goes on after it with a preposition ("в Соглашение
    от ... о сотрудничестве ..."): the date of the document referred to. Returns the date's last token.
    A date that ends the title is the document's own date, not its name (None).
    """
    n = len(toks)
    if toks[j].text.lower() != "от" or j + 5 >= n or not is_number(toks[j + 1]) or not lemma_in(toks[j + 2], MONTHS):
        return None
    k = j + 3
    if not (is_number(toks[k]) and len(toks[k].text) == 4):
        return None
    k += 1
    if lemma_in(toks[k], {"год"}) or toks[k].text in {"г", "гг"}:
        if k + 1 < n and toks[k + 1].text == ".":
            k += 1
    else:
        k -= 1
    after = k + 1
    if after >= n or toks[after].newline_before or toks[after].text.lower() not in TITLE_PREPOSITIONS:
        return None
    return k


def reported_period(toks: tuple[Tok, ...], k: int) -> bool:
    """ "2024 год", "2024 г.": the period a report covers, after "за"."""
    return (
        k + 1 < len(toks)
        and is_number(toks[k])
        and not toks[k + 1].newline_before
        and (lemma_in(toks[k + 1], {"год"}) or toks[k + 1].text in {"г", "гг"})
    )


def is_purpose(toks: tuple[Tok, ...], i: int) -> bool:
    """ "в целях ...", "с целью ...": a purpose, not part of an institution's name."""
    return i + 1 < len(toks) and is_word(toks[i + 1]) and bool(info(toks[i + 1].text).noun_lemmas & PURPOSE_NOUNS)


def is_setting(toks: tuple[Tok, ...], i: int) -> bool:
    """ "в ходе саммита", "на встрече", "в Астане", "в 2024 году", "к 2030 году": where and when, not what.
    A place the title's last noun is about ("о ситуации в Афганистане") or goes to ("в Китай") is what.
    """
    j = i + 1
    if j >= len(toks):
        return True
    t = toks[j]
    if is_word(t) and info(t.text).noun_lemmas & SETTING_NOUNS and not is_abbreviation(t):
        return True
    prep = toks[i].text.lower()
    sponsor = toks[j + 1] if t.text.lower() in POSSESSIVES and j + 1 < len(toks) else t
    if prep == "по" and is_word(sponsor) and info(sponsor.text).noun_lemmas & SPONSOR_NOUNS:
        return True  # "по его предложению", "по инициативе Казахстана": whose idea, not the name
    if prep in {"в", "во", "на"} and is_word(t) and t.text[:1].isupper() and "Geox" in info(t.text).tags:
        if "loct" not in info(t.text).noun_cases or lemma_in(toks[i - 1], SITUATION_NOUNS):
            return False  # "о поставках газа в Китай", "о ситуации в Афганистане": what, not where
        after = toks[j + 1] if j + 1 < len(toks) else None
        return after is None or not (is_noun(after) and not is_abbreviation(after))
    if prep == "от" and is_number(t):
        return True  # "от 12 мая": the date of a document, not its name
    dated = prep in {"в", "во", "к", "ко"} and is_number(t)
    return bool(dated and j + 1 < len(toks) and lemma_in(toks[j + 1], {"год"}))
