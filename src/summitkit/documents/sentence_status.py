"""The status a sentence gives its documents when no verb governs the title itself.

A sentence's first status verb or its participle of documents ("Перечень подписанных документов:"), a
ceremony ("состоялась церемония подписания ..."), the previous sentence's verb after "Среди них —", the
count ("Одним из документов стала ..."), the meeting's outcome ("Итоговым документом саммита стала ..."),
and failing all of them the document's kind (declarations adopted, the rest signed).
"""

from __future__ import annotations

from summitkit.documents.verb_forms import status_at
from summitkit.lexicons.documents import (
    BACK_REFERENCES,
    CEREMONY,
    FINAL_ADJECTIVES,
    GENERIC_DOCUMENT_NOUNS,
    LINKING_VERBS,
    ORDINAL_ADVERBS,
    OUTCOME_NOUNS,
    SELECTIVE_OPENINGS,
    STATUS_NOUNS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_adjective,
    is_verb,
    is_word,
)
from summitkit.titles.words import DASHES, cases_of

__all__ = ["back_reference", "by_kind", "final_document", "one_of_documents", "sentence_status"]


def sentence_status(toks: tuple[Tok, ...], start: int, end: int) -> tuple[str, int] | None:
    """The first status verb in ``[start, end)``; failing one, a participle of documents ("обменялись
    подписанными документами:", "Перечень подписанных документов:", "Документы, подписанные ...:").
    """
    for k in range(start, end):
        status = status_at(toks, k)
        if status is not None:
            return status, k
    nouns = GENERIC_DOCUMENT_NOUNS | NOUNS.documents
    for k in range(start, end - 1):
        if head_lemma(toks[k + 1], nouns) is not None:
            status = status_at(toks, k, participle=True)
            if status is not None:
                return status, k
        if k + 2 < end and head_lemma(toks[k], nouns) is not None and toks[k + 1].text == ",":
            status = status_at(toks, k + 2, participle=True)  # "Перечень документов, подписанных ...:"
            if status is not None:
                return status, k + 2
    after_comma = _participle_after_noun_group(toks, start, end, nouns)
    if after_comma is not None:
        return after_comma
    return _ceremony(toks, start, end)


def _participle_after_noun_group(
    toks: tuple[Tok, ...], start: int, end: int, nouns: frozenset[str]
) -> tuple[str, int] | None:
    """ "Решения Совета глав правительств, принятые на заседании:": a participle after the comma that closes
    a document noun's genitive group (the noun need not stand right before the comma).
    """
    head = next((k for k in range(start, end) if head_lemma(toks[k], nouns) is not None), None)
    if head is None:
        return None
    k = head + 1
    while k < end and is_word(toks[k]) and "gent" in cases_of(toks[k]):
        k += 1
    if k + 1 < end and toks[k].text == ",":
        status = status_at(toks, k + 1, participle=True)
        if status is not None:
            return status, k + 1
    return None


def _ceremony(toks: tuple[Tok, ...], start: int, end: int) -> tuple[str, int] | None:
    """ "состоялась церемония подписания ряда документов, среди которых ...", "саммит завершился принятием
    20 документов, в том числе ...": a signing (adopting, approving) that took place, by its verbal noun.
    """
    lemmas = [info(t.text).lemmas if is_word(t) else frozenset() for t in toks[start:end]]
    if not any(lemma & CEREMONY for lemma in lemmas):
        return None
    for i, lemma in enumerate(lemmas):
        status = next((STATUS_NOUNS[word] for word in sorted(lemma) if word in STATUS_NOUNS), None)
        if status is not None:
            return status, start + i
    return None


def back_reference(toks: tuple[Tok, ...], first: int) -> tuple[str, int] | None:
    """ "Среди них — контракт ...": the status of the previous sentence's documents."""
    start, _ = clause_bounds(toks, first)
    words = [t for t in toks[start:first] if is_word(t)]
    phrase = " ".join(t.text.lower() for t in words)
    if phrase.startswith("это "):
        phrase = phrase[4:]  # "Это, в частности, Соглашение ...": the documents just counted, named
    elif phrase == "это" and first > 0 and toks[first - 1].text in {"—", "–", "-", ":"}:
        phrase = "в их числе"  # "Это — Соглашение ...", not "Это соглашение ..." (a demonstrative)
    # "Во-первых, План ...": a verbless sentence going through the documents, not "Во-первых, X нужно ..."
    ordinal = phrase in ORDINAL_ADVERBS and not any(is_verb(t) for t in toks[first : clause_bounds(toks, first)[1]])
    if start == 0 or not (
        ordinal or phrase in BACK_REFERENCES or _among_documents(phrase, words) or _picked_of_them(words)
    ):
        return None
    prev_start, prev_end = clause_bounds(toks, start - 1)
    while ordinal and prev_start > 0 and toks[prev_start].text.lower() in ORDINAL_ADVERBS:
        prev_start, prev_end = clause_bounds(toks, prev_start - 1)  # "Во-вторых, ..." after "Во-первых, ..."
    return sentence_status(toks, prev_start, prev_end)


def _picked_of_them(words: list[Tok]) -> bool:
    """ "Наиболее важный из них —", "Главный из них:": one picked of the documents just counted."""
    if len(words) < 3 or [t.text.lower() for t in words[-2:]] != ["из", "них"]:
        return False
    return all(is_adjective(t) or t.text.lower() in {"наиболее", "самый", "самым"} for t in words[:-2])


def _among_documents(phrase: str, words: list[Tok]) -> bool:
    """ "Среди документов —", "В числе подписанных соглашений:": some of the documents just counted."""
    opening = next((p for p in SELECTIVE_OPENINGS if phrase.startswith(p + " ")), None)
    return opening is not None and head_lemma(words[-1], NOUNS.documents | GENERIC_DOCUMENT_NOUNS) is not None


def one_of_documents(toks: tuple[Tok, ...], first: int) -> tuple[str, int] | None:
    """ "Одним из (подписанных) документов стала Декларация ...": the status the participle gives, or
    failing one the verb of the sentence before, which counts the documents ("подписано 12 документов").
    """
    k = first - 1
    if k < 0 or not is_word(toks[k]) or not info(toks[k].text).lemmas & LINKING_VERBS:
        return None
    k -= 1
    pronoun = k >= 0 and toks[k].text.lower() in {"них", "которых"}  # "Одним из них стал Меморандум ..."
    if k < 0 or (head_lemma(toks[k], GENERIC_DOCUMENT_NOUNS) is None and not pronoun):
        return None
    m = k - 1
    while m > 0 and not pronoun and is_adjective(toks[m]):  # "одним из важнейших подписанных документов"
        participle = status_at(toks, m, participle=True)
        if participle is not None:
            return participle, m
        m -= 1
    if m < 1 or toks[m].text.lower() != "из" or not _instrumental(toks[m - 1]):
        return None  # "Одним из ...", "Главным из ...", "Важнейшим из ..."
    start, _ = clause_bounds(toks, first)
    if toks[k].text.lower() == "которых":  # "подписали пять документов, одним из которых стал ..."
        return sentence_status(toks, start, m - 1)
    if start == 0:
        return None
    prev_start, prev_end = clause_bounds(toks, start - 1)
    return sentence_status(toks, prev_start, prev_end)


def final_document(toks: tuple[Tok, ...], first: int) -> tuple[str, int] | None:
    """ "Итоговым документом саммита стала Декларация ...": the meeting's final document was adopted.
    "Главным итогом визита стал Договор ...", "Результат саммита — Декларация ...", "Итоги встречи: ...":
    the meeting's outcome, adopted or signed by its kind.
    """
    k = first - 1
    if k < 1:
        return None
    linking = is_word(toks[k]) and bool(info(toks[k].text).lemmas & LINKING_VERBS)
    if linking and ("futr" in info(toks[k].text).tags or info(toks[k].text).top_pos == "INFN"):
        return None  # "станет", "должна стать": to come
    if not linking and not (toks[k].text == ":" or toks[k].text in DASHES):
        return None
    start, end = clause_bounds(toks, k)
    if any(is_verb(t) for t in toks[start:k]):
        return None  # "Итоги подведут завтра: ..."
    if not linking and any(is_verb(t) and not is_adjective(t) for t in toks[first:end]):
        return None  # "Итоги года: Программа ... выполнена": a sentence about the document, not a list of outcomes
    for m in range(k - 1, max(start - 1, k - 5), -1):
        final = m > 0 and bool(info(toks[m - 1].text).lemmas & FINAL_ADJECTIVES)
        if linking and head_lemma(toks[m], GENERIC_DOCUMENT_NOUNS) is not None and final:
            return "adopted", k
        outcome = info(toks[m].text).noun_lemmas & OUTCOME_NOUNS if is_word(toks[m]) else frozenset()
        one_of = m >= 2 and toks[m - 1].text.lower() == "из" and _instrumental(toks[m - 2])  # "Одним из итогов"
        if outcome and ("ablt" in cases_of(toks[m]) or one_of if linking else "nomn" in cases_of(toks[m])):
            return by_kind(toks, first), k
    return None


def by_kind(toks: tuple[Tok, ...], first: int) -> str:
    """The status of a document named with no verb: declarations and decisions adopted, the rest signed."""
    for tok in toks[first : first + 4]:
        lemma = head_lemma(tok, NOUNS.documents)
        if lemma is not None:
            return "adopted" if lemma in NOUNS.adopted else "signed"
    return "signed"


def _instrumental(tok: Tok) -> bool:
    """ "одним", "главным", "важнейшим": the predicate of "X из документов стала ..."."""
    return tok.text.lower() == "одним" or (is_word(tok) and "ablt" in info(tok.text).adj_cases)
