"""A plural title as documents, one per coordinated complement, checked against the count before it.

"подписали соглашения о X и о Y" names two documents; "двух соглашений: об X и о Y" counts them; "более 20
соглашений в сферах X, Y и Z" counts documents the complements do not name one by one, so it names none.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.documents.record import FoundDocument
from summitkit.lexicons.documents import (
    APPROXIMATE,
    INCLUSIONS,
    NUMERALS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Title,
    Tok,
    info,
)
from summitkit.titles.coordination import distribute, one_subject

__all__ = ["coordinated", "count_at"]


def coordinated(
    document: Document, toks: tuple[Tok, ...], title: Title, status: str, trigger: tuple[int, int] | None
) -> list[FoundDocument]:
    """The documents of a plural title, one per coordinated complement (``titles.coordination``), unless a
    count before it says the complements are fields rather than documents ("более 20 соглашений в сферах X,
    Y и Z"); "двух соглашений: об X и о Y" counts them.
    """
    count = count_at(toks, title.first - 1)
    pieces = distribute(document, toks, title, NOUNS.documents)
    if not pieces and count is None:
        pieces = one_subject(document, toks, title)  # "подписаны соглашения о сотрудничестве в области ..."
    if count is not None and count != len(pieces) and not _some_of_them(toks, title.head):
        return []
    return [
        FoundDocument(
            p.title, status, p.start, p.end, trigger, title.lemma, title.first, max(p.last, title.last), False
        )
        for p in pieces
    ]


def _some_of_them(toks: tuple[Tok, ...], head: int) -> bool:
    """ "7 решений, в том числе о бюджете и о ...": the complements after the inclusion are some of those counted."""
    if head + 2 >= len(toks) or toks[head + 1].text != ",":
        return False
    return any(" ".join(t.text.lower() for t in toks[head + 2 : head + 2 + size]) in INCLUSIONS for size in (1, 2, 3))


def count_at(toks: tuple[Tok, ...], k: int) -> int | None:
    """The number a count at ``k`` gives ("20", "двух"), -1 for an approximate one ("более 20"), or None."""
    if k < 0:
        return None
    tok = toks[k]
    if tok.text.isdigit():
        approximate = k > 0 and toks[k - 1].text.lower() in APPROXIMATE
        return -1 if approximate else int(tok.text)
    return next((NUMERALS[lemma] for lemma in info(tok.text).lemmas if lemma in NUMERALS), None)
