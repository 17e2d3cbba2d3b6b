"""Status verbs around a document title: which verb governs it, the status it gives, the case it puts it in.

"подписали Договор" (left, accusative), "принята Декларация" (left, nominative), "меморандум подписан"
and "декларации, принятой по итогам" (right), "Среди них — ..." (the previous sentence's verb), "в том
числе" and a colon (the verb of the whole sentence). Futures, negations, plans and other senses of the
verb ("принять к сведению", "принять участие") give no status.
"""

from __future__ import annotations

import re

from summitkit.lexicons.documents import (
    ABOUT_THAT,
    ADOPTED_BY_DEFAULT,
    BACK_REFERENCES,
    CEREMONY,
    COPIES,
    DECIDED,
    DOCUMENT_NOUNS,
    EXCHANGE_VERBS,
    FINAL_ADJECTIVES,
    FUTURE_AUX,
    GENERIC_DOCUMENT_NOUNS,
    IMPLEMENTING,
    INCLUSIONS,
    LINKING_VERBS,
    NEGATION_LEADS,
    NOT_ADOPTING,
    ORDINAL_ADVERBS,
    OUTCOME_NOUNS,
    PAST_AUX,
    PRESENT_PASSIVES,
    SELECTIVE_OPENINGS,
    STATUS_NOUNS,
    STATUS_VERBS,
    THIS_EVENT,
)
from summitkit.morphology import parses
from summitkit.titles import (
    Title,
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_adjective,
    is_noun,
    is_verb,
    is_word,
)
from summitkit.titles.words import DASHES, cases_of, is_number

__all__ = [
    "back_reference",
    "by_kind",
    "final_document",
    "governed_case",
    "left_governor",
    "one_of_documents",
    "participle_before",
    "right_governor",
    "sentence_status",
    "signatures_under",
    "status_at",
]

#: Words after a participle saying the document is an old one ("подписанный ранее", "в 1998 году").
EARLIER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:ранее|прежде|прошл\w*|предыдущ\w*|ещё\s+в|еще\s+в|в\s+\d{4}\s+году)",
    re.IGNORECASE,
)


def status_at(toks: tuple[Tok, ...], k: int, *, participle: bool = False) -> str | None:
    """The status a verb form at ``k`` gives, or None for futures, plans, negations and other words."""
    tok = toks[k]
    if not is_word(tok):
        return None
    prev = toks[k - 1].text.lower() if k > 0 else ""
    if _negated(toks, k):
        return None
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    if nxt in {"участие", "бы", "меры"} or _not_adopting(toks, k):
        return None
    for p in parses(tok.text.lower())[:4]:
        pos = p.tag.POS
        if pos == "VERB" and "pres" in p.tag and p.normal_form in PRESENT_PASSIVES:
            return PRESENT_PASSIVES[p.normal_form]  # "принимается декларация", "подписываются документы"
        status = STATUS_VERBS.get(p.normal_form)
        if status is None:
            continue
        if pos == "VERB" and "past" in p.tag:
            return status
        if pos == "PRTS" and prev not in FUTURE_AUX:
            return status
        if pos == "PRTF" and (participle or _copies(toks, k + 1)):
            return status
        if pos == "INFN" and k > 0 and is_word(toks[k - 1]) and info(toks[k - 1].text).lemmas & DECIDED:
            return status
        if pos == "INFN" and _decided_list(toks, k):
            return status
    if tok.text.lower() == "подписями" and k > 0 and info(toks[k - 1].text).lemmas & {"скрепить"}:
        return "signed"
    if signatures_under(toks, k) or _exchanged(toks, k):
        return "signed"
    return None


#: "подписан не был", "подписан не будет": the auxiliary after the "не" that denies a participle.
AUX: frozenset[str] = PAST_AUX | FUTURE_AUX


def _negated(toks: tuple[Tok, ...], k: int) -> bool:
    """ "не подписали", "так и не был подписан", "подписан не был", "подписано так и не было": no act took place."""
    j = k - 1
    if j >= 0 and toks[j].text.lower() in PAST_AUX:
        j -= 1  # "не было подписано"
    if j >= 0 and toks[j].text.lower() == "не":
        return True
    after = [t.text.lower() for t in toks[k + 1 : k + 6]]
    for phrase in NEGATION_LEADS:
        lead = phrase.split()
        n = len(lead)
        if after[:n] == lead and after[n : n + 1] == ["не"] and after[n + 1 : n + 2] and after[n + 1] in AUX:
            return True
    return False


#: How far back an item's infinitive looks for the intro "решил:" (a few short items).
_DECIDED_REACH = 80


def _decided_list(toks: tuple[Tok, ...], k: int) -> bool:
    """ "Совет решил:" over "— одобрить проект ...; — утвердить План ...": an infinitive opening an item of a
    list whose intro decides. Looks back a bounded stretch, within the sentence, for the colon.
    """
    j = k - 1
    while j >= 0 and (toks[j].text in DASHES | {"•", ")", "."} or is_number(toks[j])):
        j -= 1
    if j < 0 or toks[j].text not in {":", ";", ","} or (not toks[j + 1].newline_before and toks[j].text != ":"):
        return False
    for i in range(j, max(0, k - _DECIDED_REACH), -1):
        if toks[i].text in {".", "!", "?"} and not toks[i - 1].text.isdigit():
            return False
        if toks[i].text == ":":
            return i > 0 and is_word(toks[i - 1]) and "решить" in info(toks[i - 1].text).lemmas
    return False


def _exchanged(toks: tuple[Tok, ...], k: int) -> bool:
    """ "обменялись Меморандумом о ...", "обменялись подписанными соглашениями": copies of a document signed
    and exchanged; not "обменялись мнениями" (no document noun in the instrumental after the verb).
    """
    if not (is_word(toks[k]) and info(toks[k].text).lemmas & EXCHANGE_VERBS and "past" in info(toks[k].text).tags):
        return False
    j = k + 1
    while j < min(len(toks) - 1, k + 4) and is_adjective(toks[j]) and not is_noun(toks[j]):
        j += 1
    return j < len(toks) and head_lemma(toks[j], DOCUMENT_NOUNS) is not None and "ablt" in cases_of(toks[j])


def signatures_under(toks: tuple[Tok, ...], k: int) -> bool:
    """ "поставили подписи под Декларацией": a signing put as signatures placed under the document."""
    if k < 1 or toks[k].text.lower() not in {"подписи", "подпись"}:
        return False
    placed = [p for p in parses(toks[k - 1].text.lower())[:3] if p.normal_form == "поставить"]
    under = k + 1 < len(toks) and toks[k + 1].text.lower() == "под"
    return under and any((p.tag.POS == "VERB" and "past" in p.tag) or p.tag.POS == "PRTS" for p in placed)


def _copies(toks: tuple[Tok, ...], k: int) -> bool:
    """Is ``k`` a word for copies of a document ("экземплярами", "тексты")?"""
    return k < len(toks) and is_word(toks[k]) and bool(info(toks[k].text).noun_lemmas & COPIES)


def governed_case(toks: tuple[Tok, ...], k: int) -> str | None:
    """The case a status word at ``k`` puts its document in: active verbs take the accusative, passive
    forms the nominative; a participle after the title says nothing.
    """
    tok = toks[k]
    if tok.text.lower() == "подписями":
        return "accs"  # "скрепили подписями Декларацию"
    if signatures_under(toks, k) or _exchanged(toks, k):
        return "ablt"  # "поставили подписи под Декларацией", "обменялись Меморандумом"
    if _copies(toks, k + 1):
        return "gent"  # "подписанными экземплярами Соглашения"
    pos = info(tok.text).top_pos
    if info(tok.text).lemmas & PRESENT_PASSIVES.keys():
        return "nomn"  # "принимается декларация"
    if pos in {"VERB", "INFN"}:
        return "accs"
    if pos == "PRTS":
        return "nomn"
    return None


def _not_adopting(toks: tuple[Tok, ...], k: int) -> bool:
    """ "принята к сведению", "приняли во внимание": other senses of the verb."""
    after = " ".join(t.text.lower() for t in toks[k + 1 : k + 3])
    return after in NOT_ADOPTING


def sentence_status(toks: tuple[Tok, ...], start: int, end: int) -> tuple[str, int] | None:
    """The first status verb in ``[start, end)``; failing one, a participle of documents ("обменялись
    подписанными документами:", "Перечень подписанных документов:", "Документы, подписанные ...:").
    """
    for k in range(start, end):
        status = status_at(toks, k)
        if status is not None:
            return status, k
    nouns = GENERIC_DOCUMENT_NOUNS | DOCUMENT_NOUNS
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
    return opening is not None and head_lemma(words[-1], DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS) is not None


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
        if is_verb(t) or head_lemma(t, DOCUMENT_NOUNS) is not None:
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
        if is_verb(tok) or head_lemma(tok, DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS) is not None:
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
        lemma = head_lemma(tok, DOCUMENT_NOUNS)
        if lemma is not None:
            return "adopted" if lemma in ADOPTED_BY_DEFAULT else "signed"
    return "signed"


def _instrumental(tok: Tok) -> bool:
    """ "одним", "главным", "важнейшим": the predicate of "X из документов стала ..."."""
    return tok.text.lower() == "одним" or (is_word(tok) and "ablt" in info(tok.text).adj_cases)
