"""Heading lines over a list of titles, as official sites print them.

"Документы, подписанные в ходе визита" over one title a line (a participle and no stop), "В ходе визита
подписаны следующие документы" ending its line, "подписали пять документов." closing a paragraph over
marked titles, or "По итогам переговоров были подписаны" with the marked items on the next lines.
"""

from __future__ import annotations

from summitkit.documents.sentence_status import sentence_status
from summitkit.documents.verb_forms import status_at
from summitkit.lexicons.documents import (
    GENERIC_DOCUMENT_NOUNS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Tok,
    clause_bounds,
    head_lemma,
    info,
)
from summitkit.titles.words import DASHES, is_adjective, is_number

__all__ = ["headings"]


def _opens_line(toks: tuple[Tok, ...], k: int) -> bool:
    """Does the word at ``k`` start its line, after two adjectives at most ("Подписанные документы")?"""
    for j in range(k, max(-1, k - 3), -1):
        if j < k and not (is_adjective(toks[j]) or _capital_adjective(toks[j])):
            return False
        if toks[j].newline_before or j == 0:
            return True
    return False


def headings(toks: tuple[Tok, ...]) -> list[tuple[int, int, tuple[str, int], bool]]:
    """Heading lines over a list of titles: "Документы, подписанные в ходе визита" (no verb of its own
    but the participle; no stop, or a colon at the line's end), as official sites print them; or a line
    that ends in its word for documents with no stop ("В ходе визита подписаны следующие документы"), over
    marked items only (the flag).
    """
    out = []
    for tok in toks:
        if head_lemma(tok, GENERIC_DOCUMENT_NOUNS) is None and not _capital_documents(tok):
            verb_line = _verb_over_list(toks, tok.index)
            if verb_line is not None:
                out.append(verb_line)
            continue
        marked = not _opens_line(toks, tok.index)
        following = _following_ones(toks, tok.index)
        closed = following or _counted_ones(toks, tok.index)  #: a full stop, then the items on the next lines
        if marked and not closed and (tok.index + 1 >= len(toks) or not toks[tok.index + 1].newline_before):
            continue
        start, end = clause_bounds(toks, tok.index)
        closing = toks[end - 1].text
        if (closing in {".", "!", "?"} and not closed) or (
            closing == ":" and end < len(toks) and not toks[end].newline_before
        ):
            continue  # a sentence, or a colon with the items on its own line (read as a list elsewhere)
        for k in range(start, end):
            status = status_at(toks, k, participle=True)
            if status is not None:
                out.append((start, end, (status, k), marked and not following))
                break
    return out


def _capital_adjective(tok: Tok) -> bool:
    """ "ПРИНЯТЫЕ" in a heading in capitals, which the word layer takes for an abbreviation."""
    return len(tok.text) > 4 and tok.text.isupper() and tok.text.isalpha() and bool(info(tok.text.lower()).adj_cases)


def _capital_documents(tok: Tok) -> bool:
    """ "ПОДПИСАННЫЕ ДОКУМЕНТЫ": a heading in capitals, which the word layer takes for an abbreviation."""
    capitals = len(tok.text) > 4 and tok.text.isupper()
    return capitals and bool(info(tok.text.lower()).noun_lemmas & GENERIC_DOCUMENT_NOUNS)


def _following_ones(toks: tuple[Tok, ...], k: int) -> bool:
    """ "... подписаны следующие документы." at the end of a line: the titles follow on the next lines,
    marked or not, though the intro closes with a full stop.
    """
    return k > 0 and "следующий" in info(toks[k - 1].text).lemmas and _ends_line(toks, k)


def _counted_ones(toks: tuple[Tok, ...], k: int) -> bool:
    """ "... подписали пять документов." at the end of a paragraph, over marked titles: the count's items."""
    return k > 0 and (is_number(toks[k - 1]) or "NUMR" in info(toks[k - 1].text).pos) and _ends_line(toks, k)


def _ends_line(toks: tuple[Tok, ...], k: int) -> bool:
    """Is the word at ``k`` the last of its line, before a full stop?"""
    return k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 2].newline_before


def _verb_over_list(toks: tuple[Tok, ...], k: int) -> tuple[int, int, tuple[str, int], bool] | None:
    """ "По итогам переговоров были подписаны" ending its line with no stop, over marked items: the verb
    governs them (the caller checks that the next line is marked); so does the verb before a document noun
    ending the line ("Также были приняты решения" over "– о ...").
    """
    if k + 1 >= len(toks) or not toks[k + 1].newline_before or toks[k + 1].text not in DASHES | {"•"}:
        return None
    status = status_at(toks, k)
    start = clause_bounds(toks, k)[0]
    if status is None and head_lemma(toks[k], NOUNS.documents) is not None:
        found = sentence_status(toks, start, k)  # "Также были приняты решения" over "– о ..."
        return (start, k + 1, found, True) if found is not None else None
    if status is None:
        return None
    return start, k + 1, (status, k), True
