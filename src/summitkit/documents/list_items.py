"""One item of a list read as a document title: where the title starts and ends, its head noun, and the
title an item completes when it gives only a complement ("— О бюджете" under "Решения Совета ...:").
"""

from __future__ import annotations

import bisect

from summitkit.document import Document
from summitkit.documents.approvals import approvable
from summitkit.enumerations import Enumeration, Item
from summitkit.lexicons.documents import (
    CAPITALISED_HEADS,
    DOTTED_ABBREVIATIONS,
    DRAFTS,
    TITLE_PREPOSITIONS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Tok,
    head_lemma,
    info,
    is_noun,
    singular_head,
)
from summitkit.titles.words import DASHES, cases_of, is_adjective, is_verb

__all__ = ["dangling_preposition", "intro_head", "item_title", "joined_titles", "span_tokens", "sub_item"]


def _starts(document: Document, toks: tuple[Tok, ...]) -> list[int]:
    return document.memo("summitkit.documents.list_items.starts", lambda _: [t.start for t in toks])


def span_tokens(document: Document, toks: tuple[Tok, ...], start: int, end: int) -> tuple[int, int] | None:
    """The token indices ``[lo, hi)`` lying within ``[start, end)``, by bisection."""
    starts = _starts(document, toks)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and toks[hi - 1].end > end:
        hi -= 1
    return (lo, hi) if hi > lo else None


def item_title(
    document: Document, toks: tuple[Tok, ...], start: int, end: int, *, any_noun: bool = False
) -> tuple[int, int, int] | None:
    """Token range and head of one list item, or None when it does not name a document. A draft ("проект
    Декларации ...") names the document it drafts; ``any_noun``: the item is the object of the intro's
    status verb, so any noun that can be approved heads a document ("отчёт ревизионной комиссии").
    """
    span = span_tokens(document, toks, start, end)
    if span is None:
        return None
    first, last = span[0], span[1] - 1
    while first < last and toks[first].text.lower() in {"а", "и", "также"}:
        first += 1  # "...; а также протокол о ...": the last item joined on
    if toks[first].text.lower() in TITLE_PREPOSITIONS:
        return None  # "— О бюджете": a sub-item that takes its head from a heading
    while last > first and toks[last].text in {".", ";", ",", ":"}:
        if toks[last].text == "." and toks[last - 1].text.lower() in DOTTED_ABBREVIATIONS and last - 1 > first + 1:
            break
        last -= 1
    if last == len(toks) - 1 and toks[last].text.islower() and len(toks[last].text) <= 2 and last > first:
        last -= 1  # a text cut off in the middle of a word
    nouns = [t for t in toks[first : last + 1] if is_noun(t)]
    head = next((t.index for t in nouns if not is_adjective(t)), nouns[0].index if nouns else None)  # not "Казанская"
    if head is not None and head < last and info(toks[head].text).noun_lemmas & DRAFTS:
        first = head + 1
        head = next((t.index for t in toks[first : last + 1] if is_noun(t)), None)
    plain = head is not None and any_noun and toks[head].text[:1].islower() and approvable(toks[head])
    if head is None or (head_lemma(toks[head], NOUNS.documents) is None and not plain):
        colon = next((t.index for t in toks[first:last] if t.text == ":"), None)
        if colon is not None:  # "Энергетика: меморандум о ...": a label before the title
            return item_title(document, toks, toks[colon + 1].start, toks[last].end, any_noun=any_noun)
        return None
    return first, head, _title_end(toks, head, last)


def _title_end(toks: tuple[Tok, ...], head: int, last: int) -> int:
    """Where the title of an item ends: before a new sentence ("... . Оно откроет ...") or a dash and a
    verb ("... – предусматривает ...") that go on to say what it is about.
    """
    for k in range(head + 1, last):
        t, nxt = toks[k], toks[k + 1]
        sentence = t.text in {".", "!", "?"} and nxt.text[:1].isupper() and toks[k - 1].text not in DOTTED_ABBREVIATIONS
        remark = t.text == "(" and any(is_verb(u) for u in toks[k + 1 : last + 1] if u.text != ")")
        if t.text in DASHES and k + 2 <= last and "NPRO" in info(nxt.text).pos:
            nxt = toks[k + 2]  # "... – оно предусматривает ...", "... – они откроют ..."
        if sentence or remark or (t.text in DASHES and is_verb(nxt) and not is_adjective(nxt)):
            end = k - 1
            while end > head and toks[end].text in {",", ";", ":"} | DASHES:
                end -= 1
            return end
    return last


def joined_titles(toks: tuple[Tok, ...], first: int, head: int, last: int) -> list[tuple[int, int, int]]:
    """One item naming two documents ("Протокол к Соглашению о транзите и Меморандум о ..."): a capitalised
    document noun after "и" or a comma, in a case of the item's head but not of the document noun it would
    otherwise be coordinated with ("в Соглашение и Протокол ..." stays one title), starts a new one.
    """
    out: list[tuple[int, int, int]] = []
    start, main = first, head
    near = head  #: the last document noun seen: what a following one would be coordinated with
    for k in range(head + 2, last + 1):
        tok = toks[k]
        new = k + 1 <= last and is_adjective(tok) and head_lemma(toks[k + 1], NOUNS.documents) is not None
        noun = k + 1 if new else k
        if head_lemma(toks[noun], NOUNS.documents) is None:
            continue
        own = cases_of(toks[noun])
        joins = toks[k - 1].text.lower() in {"и", ","} and tok.text[:1].isupper() and own & cases_of(toks[main])
        if joins and (near == main or not own & cases_of(toks[near])):
            out.append((start, main, k - 2))
            start, main = k, noun
        near = noun
    out.append((start, main, last))
    return out


def intro_head(document: Document, toks: tuple[Tok, ...], enumeration: Enumeration) -> tuple[int, int, int] | None:
    """The intro's document noun and its genitive complement ("приняли следующие решения Совета:"), if any."""
    span = span_tokens(document, toks, enumeration.intro_start, enumeration.opener)
    if span is None:
        return None
    # "сообщениям" is no document: nouns that name one only capitalised ("Информационное сообщение") must be
    nouns = [k for k in range(*span) if _names_document(toks[k])]
    if not nouns:
        return None
    head = nouns[-1]
    last = head
    while last + 1 < span[1] and "gent" in cases_of(toks[last + 1]):
        if not (is_noun(toks[last + 1]) or (is_adjective(toks[last + 1]) and last + 2 < span[1])):
            break
        last += 1  # "решения Совета коллективной безопасности:"
    while last > head and not is_noun(toks[last]):
        last -= 1
    return head, head, last


def _names_document(tok: Tok) -> bool:
    lemma = head_lemma(tok, NOUNS.documents)
    return lemma is not None and (lemma not in CAPITALISED_HEADS or tok.text[:1].isupper())


def dangling_preposition(
    document: Document, toks: tuple[Tok, ...], enumeration: Enumeration, intro: tuple[int, int, int] | None
) -> str:
    """ "принято решение о:" over "1) продлении ...": the preposition the intro leaves to its items, or ""."""
    if intro is None or intro[2] + 1 >= len(toks):
        return ""
    tok = toks[intro[2] + 1]
    if tok.text.lower() not in TITLE_PREPOSITIONS or document.text[tok.end : enumeration.opener].strip():
        return ""
    return tok.text.lower()


def sub_item(
    document: Document, toks: tuple[Tok, ...], owner: tuple[int, int, int] | None, leaf: Item, preposition: str = ""
) -> tuple[str, str, int, int] | None:
    """ "Решения Совета ...:" over "— О бюджете": the title "Решение Совета ... о бюджете", its lemma and
    tokens; with no owner, the item as the text gives it ("О внесении изменений в Договор ..."); after an
    intro that ends in the preposition ("решение о:"), the preposition and the item.
    """
    span = span_tokens(document, toks, leaf.start, leaf.end)
    opens = span is not None and toks[span[0]].text.lower() in TITLE_PREPOSITIONS
    if span is None or not (opens or (preposition and owner is not None)) or span[1] - span[0] < 2:
        return None
    end = span[1] - 1
    while end > span[0] + 1 and toks[end].text.lower() in TITLE_PREPOSITIONS | {"и"}:
        end -= 1  # "2. О председательстве в" cut off by the end of the text
    text = document.text[leaf.start : toks[end].end]
    if owner is None:
        return text[:1].upper() + text[1:], "", span[0], end
    _, head, last = owner
    complement = document.text[toks[head].end : toks[last].end] if last > head else ""
    body = text[:1].lower() + text[1:]
    body = body if opens else f"{preposition} {body}"
    title = f"{singular_head(toks[head].text)}{complement} {body}"
    return " ".join(title.split()), head_lemma(toks[head], NOUNS.documents) or "", span[0], end
