"""Enumerated documents: items after an intro with a status verb, and lines under a heading.

"подписали следующие документы:" then numbered or dashed lines, or one line split by semicolons;
"Среди них:" takes the previous sentence's verb; official sites print a heading ("Документы,
подписанные в ходе визита") over one title a line. Each item is a title up to its ";" or line end.
"""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.documents.record import FoundDocument
from summitkit.documents.verbs import back_reference, sentence_status, status_at
from summitkit.lexicons.documents import (
    DOCUMENT_NOUNS,
    DOTTED_ABBREVIATIONS,
    GENERIC_DOCUMENT_NOUNS,
)
from summitkit.titles import (
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_noun,
    list_items,
    nominative_title,
)

__all__ = ["find_lists"]


def _item(document: Document, toks: tuple[Tok, ...], start: int, end: int) -> tuple[int, int, int] | None:
    """Token range and head of one list item, or None when it does not name a document."""
    inside = [t for t in toks if t.start >= start and t.end <= end]
    if not inside:
        return None
    first, last = inside[0].index, inside[-1].index
    while last > first and toks[last].text in {".", ";", ",", ":"}:
        if toks[last].text == "." and toks[last - 1].text.lower() in DOTTED_ABBREVIATIONS and last - 1 > first + 1:
            break
        last -= 1
    if last == len(toks) - 1 and toks[last].text.islower() and len(toks[last].text) <= 2 and last > first:
        last -= 1  # a text cut off in the middle of a word
    head = next((t.index for t in toks[first : last + 1] if is_noun(t)), None)
    if head is None or head_lemma(toks[head], DOCUMENT_NOUNS) is None:
        return None
    return first, head, last


def find_lists(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    text = document.text
    for colon_tok in toks:
        if colon_tok.text != ":":
            continue
        start, _ = clause_bounds(toks, colon_tok.index)
        first = sentence_status(toks, start, colon_tok.index)
        governor = _last_status(toks, first, colon_tok.index) if first else back_reference(toks, colon_tok.index)
        if governor is None:
            continue
        # The intro names no document itself, but for what its first verb governs when a second verb
        # introduces the list ("утвержден перечень ..., а также подписаны:").
        open_part = range(first[1] + 1, governor[1]) if first is not None else range(0)
        covered.update(k for k in range(start, colon_tok.index) if k not in open_part)
        _add_items(document, toks, list_items(text, colon_tok.start), governor, found, covered)
    for start, end, governor in _headings(toks):
        covered.update(range(start, end))
        _add_items(document, toks, _heading_items(text, toks[end - 1].end), governor, found, covered, strict=True)


def _last_status(toks: tuple[Tok, ...], first: tuple[str, int], colon: int) -> tuple[str, int]:
    """The status verb nearest the colon, from ``first`` (the intro's first status word) on: the one the
    list hangs on.
    """
    found = first
    for k in range(first[1] + 1, colon):
        status = status_at(toks, k)
        if status is not None:
            found = (status, k)
    return found


def _add_items(
    document: Document,
    toks: tuple[Tok, ...],
    items: list[tuple[int, int]],
    governor: tuple[str, int],
    found: list[FoundDocument],
    covered: set[int],
    *,
    strict: bool = False,
) -> None:
    """Add list items as documents; ``strict``: the list ends at the first line that is not a title
    (a heading's list has no bullets to end it).
    """
    status, verb = governor
    text = document.text
    for s, e in items:
        item = _item(document, toks, s, e)
        if strict and (item is None or any(info(t.text).top_pos == "VERB" for t in toks[item[0] : item[2] + 1])):
            break
        if item is None:
            continue
        first, head, last = item
        if first in covered:
            continue
        title = nominative_title(text, toks, first, head, last, None)
        lemma = head_lemma(toks[head], DOCUMENT_NOUNS) or ""
        found.append(
            FoundDocument(
                title, status, toks[first].start, toks[last].end, (toks[verb].start, toks[verb].end),
                lemma, first, last, False,
            )
        )  # fmt: skip
        covered.update(range(first, last + 1))


def _headings(toks: tuple[Tok, ...]) -> list[tuple[int, int, tuple[str, int]]]:
    """Heading lines over a list of titles: "Документы, подписанные в ходе визита" (no verb of its own
    but the participle; no stop, or a colon at the line's end), as official sites print them.
    """
    out = []
    for tok in toks:
        if not tok.newline_before or head_lemma(tok, GENERIC_DOCUMENT_NOUNS) is None:
            continue
        start, end = clause_bounds(toks, tok.index)
        closing = toks[end - 1].text
        if closing in {".", "!", "?"} or (closing == ":" and end < len(toks) and not toks[end].newline_before):
            continue  # a sentence, or a colon with the items on its own line (read as a list elsewhere)
        for k in range(start, end):
            status = status_at(toks, k, participle=True)
            if status is not None:
                out.append((start, end, (status, k)))
                break
    return out


def _heading_items(text: str, end: int) -> list[tuple[int, int]]:
    """The lines after a heading, one title each, up to the first line that is not one."""
    items = []
    for match in re.finditer(r"[^\n]+", text[end:]):
        line = match.group()
        if not line.strip():
            continue
        if len(line.split()) > 60:
            break
        items.append((end + match.start(), end + match.end()))
    return items
