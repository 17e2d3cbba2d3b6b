"""Titles coordinated with one another share its verb and its case.

"подписали Концепцию ..., Программу ... и карту ...": a title after "и", a comma or "а также" takes the
verb of the document before it, across a remark in brackets or a relative clause; "Соглашение о ... и
Меморандум о ... были подписаны": titles before one whose verb follows it take that verb.
"""

from __future__ import annotations

from summitkit.documents.record import FoundDocument
from summitkit.titles import (
    Title,
    Tok,
    info,
)
from summitkit.titles.words import cases_of, is_verb, lemma_in

__all__ = ["coordinated_with", "shared_case", "subjects_before"]


def subjects_before(toks: tuple[Tok, ...], title: Title, waiting: dict[int, Title]) -> list[Title]:
    """ "Соглашение о ..., Меморандум о ... и Программа ... были подписаны": the titles coordinated before one
    whose verb stands after it share that verb.
    """
    out: list[Title] = []
    current = title
    while True:
        k = current.first - 1
        while k >= 0 and toks[k].text.lower() in {",", "и"}:
            k -= 1
        if k == current.first - 1 or k not in waiting:
            return out
        current = waiting.pop(k)
        out.append(current)


def coordinated_with(toks: tuple[Tok, ...], title: Title, previous: dict[int, FoundDocument]) -> FoundDocument | None:
    """The document this title is coordinated with ("Концепцию ..., Программу ... и карту ...")."""
    k = title.first - 1
    if k > 0 and toks[k].text in {"«", "„", "“"}:
        k -= 1  # «План ...» и «Концепция ...»
    before = k
    while k >= 0 and toks[k].text.lower() in {",", "и", "а", "также", ";"}:
        k -= 1
    if k == before:
        return None
    if ";" in {t.text for t in toks[k + 1 : title.first]} and _says_more(toks, title.last + 1):
        return None  # "...; Меморандум о туризме будет подписан позже": a clause of its own
    if toks[k].text in {"»", "”", '"'} and k not in previous:
        k -= 1  # «программу ...», документ о ...
    if k not in previous:
        k = _before_remark(toks, k)
    return previous.get(k)


#: How far back a remark between two coordinated titles may reach.
_REMARK_REACH = 15


def _before_remark(toks: tuple[Tok, ...], k: int) -> int:
    """The token before a remark that ends at ``k`` and stands between two coordinated titles: a bracket
    ("соглашение о ... (Минсельхоз) и меморандум ...") or a relative clause ("Декларацию, которая ..., и
    Программу ..."); ``k`` itself when there is none.
    """
    if toks[k].text == ")":
        opening = next((j for j in range(k - 1, max(-1, k - _REMARK_REACH), -1) if toks[j].text == "("), None)
        return opening - 1 if opening else k
    for j in range(k - 1, max(0, k - _REMARK_REACH), -1):
        if toks[j].text in {".", "!", "?", ";"}:
            break
        if toks[j].text == "," and "который" in info(toks[j + 1].text).lemmas:
            return j - 1
    return k


def shared_case(toks: tuple[Tok, ...], previous: FoundDocument, title: Title) -> str | None:
    """The case a title coordinated with an earlier document stands in: one the earlier head can stand in
    too, the direct cases first ("протокол и соглашения" are both nominatives, not a genitive singular).
    """
    head = next((k for k in range(previous.first, previous.last + 1) if lemma_in(toks[k], {previous.lemma})), None)
    if head is None:
        return None
    shared = cases_of(toks[head]) & title.cases
    return next((c for c in ("nomn", "accs", "gent", "datv", "ablt", "loct") if c in shared), None)


def _says_more(toks: tuple[Tok, ...], k: int) -> bool:
    """Does a verb follow before the next ";", stop or line break ("...; Меморандум ... будет подписан")?"""
    while k < len(toks) and toks[k].text not in {";", ".", "!", "?"} and not toks[k].newline_before:
        if is_verb(toks[k]):
            return True
        k += 1
    return False
