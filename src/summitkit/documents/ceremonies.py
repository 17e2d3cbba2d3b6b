"""Signing ceremonies that took place: "Состоялось подписание Соглашения о ...", "Саммит завершился принятием
Декларации". The act is a verbal noun; the title after it stands in the genitive, and titles joined to it
("и Протокола ...") were signed in the same act.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.documents.plurals import coordinated
from summitkit.documents.record import FoundDocument
from summitkit.documents.when import before_this_event
from summitkit.lexicons.documents import (
    CEREMONY,
    CEREMONY_BEFORE,
    STATUS_NOUNS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Title,
    Tok,
    clause_bounds,
    head_lemma,
    headline_end,
    info,
    is_adjective,
    is_noun,
    is_word,
    read_title,
)
from summitkit.titles.coordination import shared_complement
from summitkit.titles.words import is_number, modifies_next

__all__ = ["ceremonies"]


def ceremonies(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    """ "Состоялось подписание Соглашения о ...", "Саммит завершился принятием Декларации": an act that took place."""
    for tok in toks:
        if tok.index in covered or not is_word(tok):
            continue
        status = next((STATUS_NOUNS[lemma] for lemma in info(tok.text).noun_lemmas if lemma in STATUS_NOUNS), None)
        if status is None:
            continue
        start, end = clause_bounds(toks, tok.index)
        before = toks[tok.index - 1].text.lower() if tok.index > 0 else ""
        if before not in CEREMONY_BEFORE and not any(
            is_word(t) and info(t.text).lemmas & CEREMONY and "futr" not in info(t.text).tags for t in toks[start:end]
        ):  # "состоялось подписание", "итогом стало подписание"; not "состоится", "станет"
            continue
        head = tok.index + 1
        if head < len(toks) and (is_number(toks[head]) or "NUMR" in info(toks[head].text).pos):
            head += 1  # "подписание двух соглашений: ..."
        while head < min(len(toks) - 1, tok.index + 4) and _modifier(toks, head):
            head += 1  # "принятием Итоговой декларации"
        if head >= len(toks) or head_lemma(toks[head], NOUNS.documents) is None:
            continue
        title = read_title(document, head, lexicon=NOUNS.documents, case="gent")
        if before_this_event(document, toks, title, (tok.start, tok.end)):
            continue  # "Напомним, в 2019 году состоялось подписание ...": an earlier ceremony
        if title.plural and title.lemma not in NOUNS.plural_documents:  # not "принятием Основных направлений"
            for piece in coordinated(document, toks, title, status, (tok.start, tok.end)):
                found.append(piece)
                covered.update(range(piece.first, piece.last + 1))
            covered.update(range(title.first, title.last + 1))
            continue
        following: Title | None = title
        while following is not None:  # "подписание Соглашения о ... и Протокола о ...": each one signed
            title = shared_complement(document, toks, following, NOUNS.documents) or following
            if title.bare or (title.plural and title.lemma not in NOUNS.plural_documents):
                break
            found.append(
                FoundDocument(
                    title.text, status, title.start, title.end, (tok.start, tok.end), title.lemma,
                    title.first, title.last, title.start < headline_end(document.text),
                )
            )  # fmt: skip
            covered.update(range(title.first, title.last + 1))
            following = _and_next(document, toks, title.last)


def _modifier(toks: tuple[Tok, ...], k: int) -> bool:
    """An adjective before the head noun ("Итоговой", "Астанинской", which pymorphy also guesses as a noun)."""
    return is_adjective(toks[k]) and (not is_noun(toks[k]) or modifies_next(toks, k))


def _and_next(document: Document, toks: tuple[Tok, ...], last: int) -> Title | None:
    """The genitive title joined by "и", a comma or "а также" after token ``last`` ("подписание Соглашения ...
    и Протокола ...", "Соглашения ..., а также Протокола ..."), or None.
    """
    k = last + 1
    joint = k
    while joint < len(toks) and joint < k + 3 and toks[joint].text.lower() in {",", "и", "а", "также"}:
        joint += 1
    if joint == k or joint + 1 >= len(toks) or toks[joint].newline_before:
        return None
    head = joint
    while head < min(len(toks) - 1, joint + 3) and _modifier(toks, head):
        head += 1
    if head_lemma(toks[head], NOUNS.documents) is None or "gent" not in info(toks[head].text).noun_cases:
        return None
    return read_title(document, head, lexicon=NOUNS.documents, case="gent")
