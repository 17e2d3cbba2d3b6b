"""Decisions approved as plain nouns: whatever an approving verb takes as its object is a document.

"утвердили бюджет организации на 2026 год, отчёт о его исполнении, новую структуру секретариата",
"Согласованы изменения в порядок ротации и штатное расписание": the objects of "утвердить", "одобрить"
and "согласовать" are what was approved, whatever their head noun, so this reader needs no document
lexicon; it reads the object noun phrase in the case the verb governs and the ones coordinated with it.
Persons, proposals and plans ("утвердили кандидатуру", "одобрили инициативу", "согласовали шаги") and
counts ("ряд документов") are not documents.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.documents.record import FoundDocument
from summitkit.documents.verb_forms import governed_case, status_at
from summitkit.lexicons.documents import (
    APPROVING_VERBS,
    GENERIC_DOCUMENT_NOUNS,
    NOT_APPROVED_OBJECTS,
    POSSESSIVES,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import parses
from summitkit.titles import Title, Tok, head_lemma, info, is_adjective, is_noun, is_word, read_title
from summitkit.titles.words import cases_of, is_number

__all__ = ["approvable", "approved_objects"]

#: How far after the verb (or after a comma or "и") the object's head noun may stand.
REACH = 4


def approved_objects(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    """Add the objects of approving verbs that no other reader took."""
    for tok in toks:
        if tok.index in covered or not is_word(tok) or not info(tok.text).lemmas & APPROVING_VERBS:
            continue
        if status_at(toks, tok.index) != "approved":
            continue
        case = governed_case(toks, tok.index)
        if case is None:
            continue
        previous: Title | None = None
        k = tok.index + 1
        while k < len(toks):
            head = _object_head(toks, k, case)
            if head is None:
                break
            if head in covered:  # a document another reader took: go on after it
                k = _after(toks, head, covered)
                continue
            if not approvable(toks[head]):
                break
            title = read_title(document, head, lexicon=NOUNS.documents, case=case)
            name = _with_owner(document, toks, title, previous)
            if head_lemma(toks[head], NOUNS.documents) is not None or (title.last == title.head and name == title.text):
                break  # the inline reader's call ("основные направления"); a bare noun names nothing
            found.append(
                FoundDocument(
                    name, "approved", title.start, title.end, (tok.start, tok.end), title.lemma,
                    title.first, title.last, False,
                )
            )  # fmt: skip
            covered.update(range(title.first, title.last + 1))
            previous = title
            nxt = _next_conjunct(toks, title.last + 1)
            if nxt is None:
                break
            k = nxt


def _object_head(toks: tuple[Tok, ...], k: int, case: str) -> int | None:
    """The head noun of the noun phrase starting at ``k`` (over adverbs such as "также", "и" as "also",
    adjectives, possessives and numbers), if it stands in ``case``."""
    for j in range(k, min(k + REACH, len(toks))):
        t = toks[j]
        if j > k and t.newline_before:
            return None
        if is_noun(t) and not is_adjective(t):
            return j if case in cases_of(t) else None
        lower = t.text.lower()
        also = lower == "и" and j == k  # "Одобрен и доклад ...": "и" as "also"
        if also or is_adjective(t) or lower in POSSESSIVES or is_number(t) or info(t.text).top_pos in {"ADVB", "PRCL"}:
            continue
        return None
    return None


def approvable(tok: Tok) -> bool:
    """A plain noun that can name what was approved: not a person, a count or a proposal."""
    i = info(tok.text)
    nouns = [p for p in parses(tok.text.lower()) if p.tag.POS == "NOUN"]
    if (nouns and nouns[0].tag.animacy == "anim") or "Name" in i.tags or "Surn" in i.tags:
        return False  # by the likeliest reading: "график" is a schedule before it is an artist
    return not i.noun_lemmas & (NOT_APPROVED_OBJECTS | GENERIC_DOCUMENT_NOUNS)


def _after(toks: tuple[Tok, ...], head: int, covered: set[int]) -> int:
    """The conjunct after a covered title starting at or before ``head``."""
    k = head
    while k + 1 < len(toks) and k + 1 in covered:
        k += 1
    nxt = _next_conjunct(toks, k + 1)
    return len(toks) if nxt is None else nxt


def _next_conjunct(toks: tuple[Tok, ...], k: int) -> int | None:
    """Where the next coordinated object starts after ", " / " и " / ", а также ", or None."""
    words = []
    while k < len(toks) and toks[k].text.lower() in {",", "и", "а", "также"} and not toks[k].newline_before:
        words.append(toks[k].text.lower())
        k += 1
    return k if words and k < len(toks) else None


def _with_owner(document: Document, toks: tuple[Tok, ...], title: Title, previous: Title | None) -> str:
    """ "новая структура секретариата и его штатное расписание": "его" is the previous object's owner,
    its genitive complement ("Штатное расписание секретариата").
    """
    k = title.first - 1
    if previous is None or k < 0 or toks[k].text.lower() not in {"его", "её", "ее", "их"} or title.last > title.head:
        return title.text
    owner = previous.head + 1
    if owner > previous.last or not is_noun(toks[owner]) or "gent" not in cases_of(toks[owner]):
        return title.text
    return f"{title.text} {document.text[toks[owner].start : toks[previous.last].end]}"
