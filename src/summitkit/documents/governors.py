"""Which status verb governs a document title, and the case it puts the title in.

Before the title in its clause ("подписали Договор", "принята Декларация", a verb before "в том числе" or a
colon), after it ("меморандум подписан", "декларации, принятой по итогам", "Договор, который лидеры подписали
сегодня"), or a participle before it ("принятая на саммите Декларация"). A participle that places the
document at an earlier event ("подписанный ранее", "в 1998 году") or carries out one in force gives nothing.
"""

from __future__ import annotations

import re

from summitkit.documents.sentence_status import (
    back_reference,
    sentence_status,
)
from summitkit.documents.verb_forms import governed_case, status_at
from summitkit.lexicons.documents import (
    ABOUT_THAT,
    GENERIC_DOCUMENT_NOUNS,
    IMPLEMENTING,
    INCLUSIONS,
    THIS_EVENT,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Title,
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_verb,
    is_word,
)

__all__ = ["left_governor", "participle_before", "right_governor"]

#: Words after a participle saying the document is an old one ("подписанный ранее", "в 1998 году").
EARLIER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:ранее|прежде|прошл\w*|предыдущ\w*|ещё\s+в|еще\s+в|в\s+\d{4}\s+году)",
    re.IGNORECASE,
)


def left_governor(toks: tuple[Tok, ...], first: int) -> tuple[str, int, str | None] | None:
    """A status verb before the title in its clause ("подписали Договор", "принята декларация"), with
    the case it governs; or the verb of the previous sentence after "Среди них —" (nominative).
    """
    near = _left_verb(toks, first)
    if near is not None:
        if _after_relative(toks, first):
            return near[0], near[1], "nomn"
        if _after_including(toks, first):
            return near[0], near[1], "accs"  # "Подписанные документы включают соглашения о ..."
        return near[0], near[1], governed_case(toks, near[1])
    back = back_reference(toks, first)
    return (back[0], back[1], "nomn") if back is not None else None


def _after_relative(toks: tuple[Tok, ...], first: int) -> bool:
    """ "..., среди которых Астанинская декларация": after a relative or a pronoun the title is a nominative,
    whatever case the verb before governs.
    """
    k = first - 1
    while k >= 0 and toks[k].text in {":", "—", "–", "-"}:
        k -= 1
    return k >= 0 and toks[k].text.lower() in {"которых", "них"}


def _after_including(toks: tuple[Tok, ...], first: int) -> bool:
    """ "... включают (также) соглашения о ...": the title is the object of the verb of including."""
    k = first - 1
    while k >= 0 and toks[k].text.lower() in {":", "—", "–", "-", "также"}:
        k -= 1
    return k >= 0 and info(toks[k].text).top_pos == "VERB" and "включать" in info(toks[k].text).lemmas


def _left_verb(toks: tuple[Tok, ...], first: int) -> tuple[str, int] | None:
    """A status verb before the title in its clause, a few words back at most; or anywhere before
    "в том числе" / a colon ("подписан ряд документов, в том числе Соглашение ...").
    """
    k = first - 1
    if k >= 0 and toks[k].text in {"«", "„", "“", '"'}:
        k -= 1  # «программу ...»: a lower-case title in quotes
        first -= 1
    j = k
    while j >= 0 and toks[j].text.lower() in {":", "—", "–", "-", "также"}:
        j -= 1  # "Пакет документов включает также ..."
    inclusion = _inclusion_end(toks, j)
    if inclusion is not None or (k >= 0 and toks[k].text == ":"):
        start, _ = clause_bounds(toks, first)
        found = sentence_status(toks, start, inclusion if inclusion is not None else k)
        if found is not None:
            return found
    if k >= 1 and toks[k].text in {"—", "–", "-"} and toks[k - 1].text == ",":
        dashed = _dashed_intro(toks, first, k - 1)
        if dashed is not None:
            return dashed
    steps = 0
    while k >= 0 and steps < 7:
        if toks[k + 1].newline_before:
            break
        t = toks[k]
        if t.text in {".", "!", "?", ";", ":", "(", ")", ",", "»", "«", '"'}:
            break
        status = status_at(toks, k)
        if status is not None:
            return status, k
        if head_lemma(t, GENERIC_DOCUMENT_NOUNS) is not None and k > 0:
            # "Среди подписанных документов – Соглашение ...": the participle says it.
            status = status_at(toks, k - 1, participle=True)
            return (status, k - 1) if status is not None else None
        if is_verb(t) or head_lemma(t, NOUNS.documents) is not None:
            break
        k -= 1
        steps += 1
    return None


def _dashed_intro(toks: tuple[Tok, ...], first: int, comma: int) -> tuple[str, int] | None:
    """ "В числе документов, подписанных по итогам переговоров, — Соглашение ...": the participle that
    follows a word for documents in the clause before the dash.
    """
    start, _ = clause_bounds(toks, first)
    for k in range(start, comma - 1):
        if head_lemma(toks[k], GENERIC_DOCUMENT_NOUNS) is not None and toks[k + 1].text == ",":
            status = status_at(toks, k + 2, participle=True)
            if status is not None:
                return status, k + 2
    return None


def _inclusion_end(toks: tuple[Tok, ...], j: int) -> int | None:
    """Where an inclusion phrase ("в том числе", "включая") ending at token ``j`` starts, or None."""
    for size in (3, 2, 1):
        if j - size + 1 < 0:
            continue
        words = " ".join(t.text.lower() for t in toks[j - size + 1 : j + 1])
        if words in INCLUSIONS:
            return j - size + 1
    return None


def right_governor(toks: tuple[Tok, ...], title: Title, text: str) -> tuple[str, int] | None:
    """A status verb after the title: "меморандум подписан", "декларации, принятой по итогам"."""
    k = title.last + 1
    n = len(toks)
    if k < n and toks[k].text == "," and k + 1 < n:
        v = k + 1
        if "который" in info(toks[v].text).lemmas and v + 1 < n:
            v += 1  # "..., которое было подписано сегодня"
            if toks[v].text.lower() in {"был", "была", "было", "были"} and v + 1 < n:
                v += 1
            if "PRTF" in info(toks[v].text).pos:
                return None
            relative = _relative_verb(toks, v)
            if relative is not None and not EARLIER.match(text[toks[relative[1]].end :]):
                return relative
        status = status_at(toks, v, participle=True)
        if status is not None and not EARLIER.match(text[toks[v].end :]) and not _in_force(toks, title.first, v):
            return status, v
        return None
    if " ".join(t.text.lower() for t in toks[k : k + 2]) in ABOUT_THAT:
        k += 2  # "Постановление об этом подписал ..."
    elif k + 1 < n and toks[k].text in {"—", "–", "-"}:
        k += 1  # "Соглашение о свободной торговле — подписано"
    if k < n and toks[k].text.lower() in {"был", "была", "было", "были"}:
        k += 1
    if k < n and not toks[k].newline_before and title.cases & {"nomn", "accs"}:
        status = status_at(toks, k)
        if status is not None and not EARLIER.match(text[toks[k].end :]):
            return status, k  # not "Договор был подписан ещё в 1998 году"
    return None


def _relative_verb(toks: tuple[Tok, ...], v: int) -> tuple[str, int] | None:
    """ "Договор, который лидеры подписали сегодня, ...": the verb of the relative clause, its subject
    before it (a few words at most, up to the clause's comma).
    """
    for k in range(v, min(len(toks), v + 5)):
        if toks[k].text in {",", ".", ";", ":", "—", "–"} or toks[k].newline_before:
            return None
        status = status_at(toks, k)
        if status is not None:
            return status, k
    return None


def participle_before(toks: tuple[Tok, ...], title: Title, text: str) -> tuple[str, int] | None:
    """ "принятой на саммите Декларации ...", "Подписанный сегодня Договор ...": a participle of a status
    verb agreeing with the title a few words before it, with only its circumstances between ("на саммите",
    "сегодня"); "принятую ранее", "в 2019 году" are an earlier document's.
    """
    k = title.first - 1
    steps = 0
    while k >= 0 and steps < 7 and not toks[k + 1].newline_before:
        tok = toks[k]
        if not is_word(tok) and not tok.text.isdigit():
            return None
        if is_word(tok) and "PRTF" in info(tok.text).pos and info(tok.text).adj_cases & title.cases:
            status = status_at(toks, k, participle=True)
            if status is None:
                return None
            between = text[tok.end : toks[title.first].start]
            if EARLIER.match(between) or _carried_out(toks, k, title.first):
                return None
            return status, k
        if is_verb(tok) or head_lemma(tok, NOUNS.documents | GENERIC_DOCUMENT_NOUNS) is not None:
            return None
        k -= 1
        steps += 1
    return None


def _in_force(toks: tuple[Tok, ...], first: int, participle: int) -> bool:
    """ "выполнения Программы ..., принятой в Астане": a document carried out or followed, described by a
    participle after it, is in force already, unless the participle's words place it at this event
    ("принятой сегодня", "подписанного на саммите").
    """
    before = [t for t in toks[max(0, first - 2) : first] if is_word(t)]
    follows = bool(before) and before[-1].text.lower() in {"с", "со", "согласно"}
    if not (follows or any(info(t.text).lemmas & IMPLEMENTING for t in before)):
        return False
    k = participle + 1
    while k < len(toks) and k < participle + 8 and toks[k].text not in {".", ",", ";", ":"}:
        if is_word(toks[k]) and info(toks[k].text).lemmas & THIS_EVENT:
            return False
        k += 1
    return True


def _carried_out(toks: tuple[Tok, ...], participle: int, first: int) -> bool:
    """ "ход реализации принятой в Самарканде Стратегии", "в соответствии с подписанным Соглашением": a
    document in force, carried out or followed, unless the words between place it at this event.
    """
    before = [t for t in toks[max(0, participle - 2) : participle] if is_word(t)]
    follows = bool(before) and before[-1].text.lower() in {"с", "со", "согласно"}
    implements = any(info(t.text).lemmas & IMPLEMENTING for t in before)
    here = any(is_word(t) and info(t.text).lemmas & THIS_EVENT for t in toks[participle + 1 : first])
    return (follows or implements) and not here
