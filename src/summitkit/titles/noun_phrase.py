"""The core of a noun phrase: adjectives or numbers, then a noun or a quoted name, and the cases the noun can
stand in given the adjectives that agree with it. The title grammar chains these cores into a title.
"""

from __future__ import annotations

from summitkit.lexicons.documents import (
    DOTTED_ABBREVIATIONS,
    MONTHS,
    POSSESSIVES,
)
from summitkit.titles.words import (
    Tok,
    agreed_cases,
    cases_of,
    info,
    is_abbreviation,
    is_adjective,
    is_noun,
    is_number,
    is_word,
    lemma_in,
    modifies_next,
    opens_quote,
)

__all__ = ["noun_phrase"]

#: Periods a plan or budget is for, which "следующий" may open inside a title ("на следующий год").
PERIOD_NOUNS: frozenset[str] = frozenset({"год", "период", "пятилетие", "десятилетие", "цикл"})


def noun_phrase(
    toks: tuple[Tok, ...], i: int, *, after_preposition: bool, possessive: bool = False
) -> tuple[int, frozenset[str]] | None:
    """A noun phrase core at ``i``: adjectives or numbers, then a noun (or a quoted name); a possessive may
    open it after a preposition or, with ``possessive``, as a genitive ("план ее реализации").

    Returns the index after it and the cases its noun can stand in.
    """
    n = len(toks)
    j = i
    while j < n and not (j > i and toks[j].newline_before):
        t = toks[j]
        if (
            (is_adjective(t) and (not is_noun(t) or modifies_next(toks, j)))
            or ((after_preposition or possessive) and t.text.lower() in POSSESSIVES)  # "по ее реализации"
            or (is_number(t) and (after_preposition or j > i))
            or (info(t.text).top_pos == "ADVB" and j + 1 < n and is_adjective(toks[j + 1]) and is_word(t))
            or (after_preposition and _next_period(toks, j))
            or (after_preposition and _years_joined(toks, i, j))
        ):
            j += 1
        else:
            break
        if j < n and toks[j].newline_before:
            return None
    if j >= n or (toks[j].newline_before and j > i):
        return None
    t = toks[j]
    closing = opens_quote(toks, j)
    if closing is not None:
        return closing + 1, frozenset({"gent", "nomn", "accs", "datv", "ablt", "loct"})
    if is_noun(t) and not lemma_in(t, MONTHS) and not (is_number(toks[i]) and not after_preposition):
        end = j + 1
        if (
            t.text.lower() in DOTTED_ABBREVIATIONS
            and end < n
            and toks[end].text == "."
            and not toks[end].newline_before
        ):
            end += 1
        return end, _agreed(toks, i, j)
    if j > i and is_number(toks[j - 1]):
        return j, frozenset({"nomn", "gent", "accs", "datv", "ablt", "loct"})
    return None


def _next_period(toks: tuple[Tok, ...], j: int) -> bool:
    """ "следующий (финансовый) год": a period counted from now, which the anaphoric "следующий" opens."""
    if not is_word(toks[j]) or "следующий" not in info(toks[j].text).lemmas:
        return False
    k = j + 1
    while k < min(j + 3, len(toks)) and is_adjective(toks[k]):
        k += 1
    return k < len(toks) and lemma_in(toks[k], PERIOD_NOUNS)


def _years_joined(toks: tuple[Tok, ...], i: int, j: int) -> bool:
    """ "на 2027 и 2028 годы": "и" between two years before their noun."""
    return (
        j > i
        and toks[j].text.lower() == "и"
        and j + 2 < len(toks)
        and is_number(toks[j - 1])
        and is_number(toks[j + 1])
        and len(toks[j + 1].text) == 4
        and lemma_in(toks[j + 2], PERIOD_NOUNS)
    )


def _agreed(toks: tuple[Tok, ...], i: int, noun: int) -> frozenset[str]:
    """The cases of the noun ``noun`` that its adjectives from ``i`` agree with ("по цифровой трансформации"
    is not an accusative plural, so "и новую структуру" cannot join it); all of its cases where pymorphy
    finds no agreement (an unknown word, a guessed name).
    """
    cases = cases_of(toks[noun])
    for k in range(i, noun):
        if is_adjective(toks[k]) and not is_abbreviation(toks[noun]):
            narrowed = cases & agreed_cases(toks[k].text, toks[noun].text)
            cases = narrowed or cases
    return cases
