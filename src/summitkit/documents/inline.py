"""Documents named inline, next to the verb that gives their status.

"подписали Договор о ...", "принята Совместная декларация", "меморандум подписан ...", "декларации,
принятой по итогам ..."; the title grammar says where each title stops, and coordinated titles share
the verb. The verb may also stand in a participle before the title ("принятая на саммите Декларация"), a
relative clause after it ("Договор, который лидеры подписали сегодня"), the sentence that counts the
documents ("Одним из них стал ..."), or govern a draft ("одобрили проект Соглашения ..."). Futures,
plans, earlier events and generic phrases ("пакет документов") give nothing. Ceremonies ("Состоялось
подписание ...") are read in ``ceremonies``.
"""

from __future__ import annotations

from dataclasses import replace

from summitkit.document import Document
from summitkit.documents.governors import left_governor, participle_before, right_governor
from summitkit.documents.plurals import coordinated, count_at
from summitkit.documents.record import FoundDocument
from summitkit.documents.refs import resolve, with_parties
from summitkit.documents.sentence_status import by_kind, final_document, one_of_documents
from summitkit.documents.shared_verb import coordinated_with, shared_case, subjects_before
from summitkit.documents.verb_forms import governed_case, signatures_under
from summitkit.documents.when import before_this_event
from summitkit.lexicons.documents import (
    CAPITALISED_HEADS,
    DECISIONS,
    DRAFTS,
    GENERIC_DOCUMENT_NOUNS,
    INCLUSIONS,
    QUANTIFIERS,
    SCHEDULING_NOUNS,
    SUBJECT_NAMED,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Title,
    Tok,
    head_lemma,
    headline_end,
    info,
    is_noun,
    is_word,
    opens_quote,
    read_title,
    title_start,
)
from summitkit.titles.coordination import shared_complement
from summitkit.titles.nominative import dative_title
from summitkit.titles.words import DASHES, is_number

__all__ = ["inline_mentions"]


def inline_mentions(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    text = document.text
    headline = headline_end(text)
    previous: dict[int, FoundDocument] = {}  #: by the last token of its title, for coordinated titles
    waiting: dict[int, Title] = {}  #: titles with no verb yet, by their last token
    last_status: str | None = None
    for tok in toks:
        if tok.index in covered:
            continue
        lemma = head_lemma(tok, NOUNS.documents | GENERIC_DOCUMENT_NOUNS)
        if lemma is None or (lemma in CAPITALISED_HEADS and not _capitalised(toks, tok.index)):
            continue
        # "приняли решение одобрить ...": a decision to do, not a document.
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        if nxt is not None and is_word(nxt) and info(nxt.text).top_pos == "INFN":
            continue
        title = read_title(document, tok.index, lexicon=NOUNS.documents)
        if lemma in GENERIC_DOCUMENT_NOUNS and not _about(toks, title, lemma):
            for found_here in _apposition(document, toks, title, last_status):
                found.append(found_here)
                covered.update(range(found_here.first, found_here.last + 1))
                previous[found_here.last] = found_here
                last_status = found_here.status
            continue
        governor = coordinated_with(toks, title, previous)
        status: str | None = None
        trigger: tuple[int, int] | None = None
        case: str | None = None
        if governor is not None:  # "подписали Меморандум ..., а также соглашения о ...": its case, too
            status, trigger = governor.status, governor.trigger
            if trigger is not None and text[trigger[0] : trigger[1]] in {":", *DASHES}:
                status = by_kind(toks, title.first)  # "Итоги встречи: Дорожная карта ..., Заявление ..."
            case = shared_case(toks, governor, title)
        elif _draft(toks, title) is not None:
            left = left_governor(toks, title.first - 1)
            if left is not None:  # "одобрили проект Соглашения о ...": the agreement, approved as a draft
                status, trigger, case = left[0], (toks[left[1]].start, toks[left[1]].end), "gent"
        else:
            left = None if _after_preposition(toks, title.first) else left_governor(toks, title.first)
            counted = _counted(toks, title)
            if left is not None and (left[2] is None or left[2] in title.cases or counted):
                status, trigger = left[0], (toks[left[1]].start, toks[left[1]].end)
                case = "gent" if counted else left[2]
            else:
                right = right_governor(toks, title, text) or participle_before(toks, title, text)
                right = right or one_of_documents(toks, title.first) or final_document(toks, title.first)
                if right is not None:
                    status, trigger = right[0], (toks[right[1]].start, toks[right[1]].end)
                    case = governed_case(toks, right[1])
        if status is None:
            if not title.bare and not title.plural:
                waiting[title.last] = title  # a subject that a verb after a later title may govern
            continue
        if case is not None and case in title.cases:
            title = read_title(document, tok.index, lexicon=NOUNS.documents, case=case)  # "Приняты решения": plural
        decisions = lemma in DECISIONS and status == "adopted" and not tok.text[:1].isupper()
        if decisions and not title.plural and not _decides(toks, title):
            continue  # "принял решение о проведении саммита": a decision taken, not a signed document
        if trigger is not None and before_this_event(document, toks, title, trigger):
            continue  # "на прошлом саммите была принята ...", "Напомним, ... в 2019 году": an earlier document
        if title.bare and trigger is not None and trigger[0] > title.end:
            verb = next(t.index for t in toks[title.last + 1 :] if t.start == trigger[0])
            title = with_parties(document, toks, title, verb) or title
        if title.lemma in NOUNS.plural_documents and (not title.plural or title.last == title.head):
            continue  # "направление" names a document only as "Основные направления ..."
        if (title.plural or (count_at(toks, title.first - 1) or 1) > 1) and title.lemma not in NOUNS.plural_documents:
            for piece in coordinated(document, toks, title, status, trigger):
                if decisions and _schedules(piece.title):
                    continue  # "приняты решения о проведении ...": work scheduled, not a document
                found.append(piece)
                covered.update(range(piece.first, piece.last + 1))
                previous[piece.last] = piece  # "... соглашения о X и о Y, а также меморандум ..." shares the verb
            covered.update(range(title.first, title.last + 1))
            continue
        if title.bare:
            title = (
                shared_complement(document, toks, title, NOUNS.documents)
                or _annex(toks, title, governor)
                or resolve(document, toks, title)
                or title
            )
        if title.bare and not _proper_bare(toks, title):
            continue
        name = title.text
        fact = FoundDocument(
            name, status, title.start, title.end, trigger, title.lemma, title.first, title.last,
            title.start < headline,
        )  # fmt: skip
        found.append(fact)
        covered.update(range(title.first, title.last + 1))
        previous[title.last] = fact
        last_status = status
        if trigger is not None and trigger[0] > title.end:
            for earlier in subjects_before(toks, title, waiting):
                found.append(replace(fact, title=earlier.text, start=earlier.start, end=earlier.end,
                                     lemma=earlier.lemma, first=earlier.first, last=earlier.last))  # fmt: skip
                covered.update(range(earlier.first, earlier.last + 1))


def _capitalised(toks: tuple[Tok, ...], head: int) -> bool:
    """ "Повестка дня", "Стратегическую повестку": a capital on the head or on the adjective opening its name."""
    return toks[title_start(toks, head)[0]].text[:1].isupper()


def _annex(toks: tuple[Tok, ...], title: Title, governor: FoundDocument | None) -> Title | None:
    """ "Соглашение о ... и Протокол к нему": the protocol to the document it is coordinated with."""
    k = title.last + 1
    if governor is None or k + 1 >= len(toks) or toks[k].text.lower() != "к":
        return None
    if toks[k + 1].text.lower() not in {"нему", "ней", "ним"}:
        return None
    return replace(title, text=f"{title.text} к {dative_title(governor.title)}", bare=False)


def _after_preposition(toks: tuple[Tok, ...], first: int) -> bool:
    """ "утвердили изменения в Устав ...", "согласно договору о ...": a title right after a preposition is
    its object, not the verb's; "поставили подписи под Декларацией" signs the document all the same.
    """
    k = first - 1
    if k >= 0 and toks[k].text in {"«", "„", "“", '"'}:
        k -= 1
    if k < 0 or not is_word(toks[k]):
        return False
    word = toks[k].text.lower()
    if k >= 1 and signatures_under(toks, k - 1):
        return False
    return info(word).top_pos == "PREP" and word not in INCLUSIONS  # "включая" is a preposition too


def _proper_bare(toks: tuple[Tok, ...], title: Title) -> bool:
    """ "подписали Декларацию": a bare head written with a capital inside a sentence names the document
    (it yields to a fuller name of the same kind in ``outcomes``); "соглашение" in lower case does not.
    """
    k = title.head
    return (
        toks[k].text[:1].isupper()
        and k > 0
        and not toks[k].newline_before
        and toks[k - 1].text not in {".", "!", "?", "«", '"'}
    )


def _about(toks: tuple[Tok, ...], title: Title, lemma: str) -> bool:
    """ "документ о научном сотрудничестве": a word for documents named by its subject is a title."""
    k = title.head + 1
    return lemma in SUBJECT_NAMED and k < title.last and toks[k].text.lower() in {"о", "об", "обо"}


def _counted(toks: tuple[Tok, ...], title: Title) -> bool:
    """ "ряд соглашений: ...", "два соглашения": a plural title counted by the word before it, in the
    genitive whatever case the verb gives the count.
    """
    k = title.first - 1
    if k < 0 or "gent" not in title.cases:
        return False
    return is_number(toks[k]) or bool(info(toks[k].text).lemmas & QUANTIFIERS) or "NUMR" in info(toks[k].text).pos


def _schedules(title: str) -> bool:
    """Is a decision's subject the scheduling of work ("Решение о проведении ...")?"""
    words = title.split()
    return (
        len(words) > 2
        and words[1].lower() in {"о", "об", "обо"}
        and bool(info(words[2]).noun_lemmas & SCHEDULING_NOUNS)
    )


def _draft(toks: tuple[Tok, ...], title: Title) -> int | None:
    """The "проект" a genitive title stands after ("проект Соглашения о ..."), or None."""
    k = title.first - 1
    if k < 0 or "gent" not in title.cases or not is_word(toks[k]) or not info(toks[k].text).noun_lemmas & DRAFTS:
        return None
    return k


def _decides(toks: tuple[Tok, ...], title: Title) -> bool:
    """ "решение о приеме ... в члены", "решение о бюджете": a lower-case decision that is a document,
    as opposed to one that schedules work ("решение о проведении следующего заседания").
    """
    k = title.head + 1
    if k <= title.last and opens_quote(toks, k) is not None:
        return True  # 'решение "Об ..."': a decision named as a document
    if k + 1 > title.last or toks[k].text.lower() not in {"о", "об", "обо"}:
        return False
    noun = next((t for t in toks[k + 1 : title.last + 1] if is_noun(t)), None)
    return noun is not None and not info(noun.text).noun_lemmas & SCHEDULING_NOUNS


def _apposition(
    document: Document, toks: tuple[Tok, ...], generic: Title, last_status: str | None
) -> list[FoundDocument]:
    """ "Ещё один важный документ – Программа ...", "документ «Стратегия ...»": the title after the dash or
    in quotes, with the status of the verb before or of the document before.
    """
    k = generic.head + 1
    if k + 2 < len(toks) and " ".join(t.text.lower() for t in toks[k : k + 2]) == "под названием":
        k += 2  # "документ под названием «...»"
    if k + 1 >= len(toks) or (toks[k].text not in {"–", "—", "-", "―"} and opens_quote(toks, k) is None):
        return []
    head = k + 1
    while head < len(toks) and head < k + 5 and not is_noun(toks[head]):
        head += 1
    if head >= len(toks) or head_lemma(toks[head], NOUNS.documents) is None:
        return []
    left = left_governor(toks, generic.first)
    status = left[0] if left is not None else None
    words = {t.text.lower() for t in toks[max(0, generic.first - 3) : generic.first]}
    if status is None and words & {"ещё", "еще", "другой", "также"}:
        status = last_status
    title = read_title(document, head, lexicon=NOUNS.documents)
    closing = opens_quote(toks, k)
    if closing is not None and title.last < closing - 1:  # the quotes say where the name ends
        rest = document.text[toks[title.last].end : toks[closing - 1].end]
        title = replace(title, last=closing - 1, end=toks[closing - 1].end, text=title.text + rest)
    if status is None and closing is not None:  # "Документ под названием «...» был подписан": the verb after it
        right = right_governor(toks, replace(title, last=closing), document.text)
        status = right[0] if right is not None else None
    if status is None or title.bare:
        return []
    if title.plural:  # "документы – меморандумы о сотрудничестве в области ... и в сфере ..."
        return coordinated(document, toks, title, status, None)
    return [
        FoundDocument(title.text, status, title.start, title.end, None, title.lemma, title.first, title.last, False)
    ]
