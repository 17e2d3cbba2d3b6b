"""Enumerated documents: the items of the text's lists (``summitkit.enumerations``) whose intro has a status verb.

"подписали следующие документы:" then numbered, dashed or unmarked lines, or one line split by
semicolons; "Среди них:" / "Среди документов —" takes the previous sentence's verb; official sites print
a heading ("Документы, подписанные в ходе визита") over one title a line. Under a heading item
("Решения Совета ...:") each sub-item ("— О ...") is a document named by the heading's noun in the
singular, its complement, and the item ("Решение Совета ... о ...").
"""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.documents.list_headings import headings
from summitkit.documents.list_items import (
    dangling_preposition,
    intro_head,
    item_title,
    joined_titles,
    span_tokens,
    sub_item,
)
from summitkit.documents.plurals import coordinated
from summitkit.documents.record import FoundDocument
from summitkit.documents.sentence_status import back_reference, sentence_status
from summitkit.documents.verb_forms import status_at
from summitkit.documents.when import intro_before_this_event
from summitkit.enumerations import Enumeration, Item, enumerations, read_items
from summitkit.lexicons.documents import (
    CAPITALISED_HEADS,
    DRAFTS,
    GENERIC_DOCUMENT_NOUNS,
    OUTCOME_NOUNS,
    STATUS_NOUNS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.titles import (
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_noun,
    nominative_title,
    read_title,
)
from summitkit.titles.words import DASHES, cases_of, is_verb, is_word

__all__ = ["find_lists"]

#: An intro that tells of an earlier event ("Ранее стороны подписали:", "в прошлом году были приняты:").
BACKGROUND = re.compile(
    r"\b(?:ранее|прежде|напомним|напомню|годом\s+ранее|в\s+св[оё]е\s+время|прошл\w*\s+(?:год|саммит|встреч|заседани|визит)"
    r"|во?\s+\d{4}\s+г(?:оду|\.))",  # a report does not date its own event by the year: "В 2023 году подписали:"
    re.IGNORECASE,
)


def find_lists(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    at = document.memo("summitkit.documents.lists.at", lambda _: {t.start: t.index for t in toks})
    for enumeration in enumerations(document):
        opener = at.get(enumeration.opener)
        if opener is None:
            continue
        start = _wrapped_start(toks, clause_bounds(toks, opener)[0])
        first = sentence_status(toks, start, opener)
        governor = _last_status(toks, first, opener) if first else back_reference(toks, opener)
        governor = governor or _verbless_intro(toks, start, opener)
        if governor is None:
            continue
        if BACKGROUND.search(document.text, toks[start].start, enumeration.opener) or intro_before_this_event(
            document, toks, start, opener
        ):
            last = span_tokens(document, toks, enumeration.intro_start, _end(enumeration))
            covered.update(range(start, last[1] if last else opener))
            continue  # "Ранее стороны подписали:": an earlier event's documents
        enumeration = _with_title_lines(document, enumeration)
        if first is not None and governor[0] != first[0] and {governor[0], first[0]} == {"signed", "adopted"}:
            governor = ("", governor[1])  # "подписали и приняли следующие документы:": each by its kind
        # The intro names no document itself, but for what its first verb governs when a second verb
        # introduces the list ("утвержден перечень ..., а также подписаны:").
        # Nor for what the verb governs before "и" / "а также" and the list's own noun ("приняли Декларацию,
        # а также решения:").
        also = next((k for k in range(opener - 1, governor[1], -1) if toks[k].text.lower() in {"и", "также"}), 0)
        open_part = range(first[1] + 1, max(governor[1], also)) if first is not None else range(0)
        covered.update(k for k in range(start, opener) if k not in open_part)
        between = toks[governor[1] + 1 : opener]
        direct = info(toks[governor[1]].text).top_pos in {"VERB", "PRTS"} and not any(
            is_verb(t) or (is_noun(t) and head_lemma(t, NOUNS.documents | GENERIC_DOCUMENT_NOUNS) is None)
            for t in between
        )  # "Совет утвердил:": the items are the verb's objects; not after "согласовали вопросы:"
        _add_items(document, toks, enumeration, governor, found, covered, any_noun=direct)
    for start, end, governor, marked in headings(toks):
        listed = read_items(document, toks[end - 1].end, toks[start].start)
        if marked and (not listed.items or not listed.items[0].marker):
            continue
        if BACKGROUND.search(document.text, toks[start].start, toks[end - 1].end):
            continue
        covered.update(range(start, end))
        _add_items(document, toks, listed, governor, found, covered, strict=True)


def _end(enumeration: Enumeration) -> int:
    last = enumeration.items[-1]
    return last.children[-1].end if last.children else last.end


def _with_title_lines(document: Document, enumeration: Enumeration) -> Enumeration:
    """Unmarked items closed by a full stop end the list reader's list at a capital ("Соглашение о X." then
    "Меморандум о Y."): the lines after it go on as titles, and ``_add_items`` stops at the first that is not.
    """
    items = enumeration.items
    last = items[-1]
    on_lines = "\n" in document.text[enumeration.opener : last.start]
    if last.marker or last.children or last.closing != "." or not on_lines:
        return enumeration
    more = []
    for item in read_items(document, last.end).items:
        if item.children or item.closing == ":":
            break  # the intro of the next list
        more.append(item)
    return Enumeration(enumeration.intro_start, enumeration.opener, (*items, *more)) if more else enumeration


def _wrapped_start(toks: tuple[Tok, ...], start: int) -> int:
    """Where an intro wrapped over lines starts: a line opening in lower case after a line with no stop
    continues it ("... подписаны" / "следующие документы:").
    """
    for _ in range(2):
        if start == 0 or not toks[start].newline_before or not toks[start].text[:1].islower():
            break
        if toks[start - 1].text in {".", "!", "?", ":", ";", ","} | DASHES:
            break
        start = clause_bounds(toks, start - 1)[0]
    return start


def _verbless_intro(toks: tuple[Tok, ...], start: int, opener: int) -> tuple[str, int] | None:
    """An intro with no verb that names outcomes ("Итоги саммита:", "Основные документы:", "Решения Совета
    глав государств:"): the previous sentence's status when it has one ("приняли ряд документов."), else
    each item's own by its noun (status ``""``). Anything verbal ("ожидаемые", "будут") or a draft says no.
    """
    words = [t for t in toks[start:opener] if is_word(t)]
    verbal = [t for t in words if is_verb(t) or ("PRTF" in info(t.text).pos and "следующий" not in info(t.text).lemmas)]
    if not words or verbal or any(info(t.text).lemmas & DRAFTS for t in words):
        return None
    nouns = NOUNS.documents | GENERIC_DOCUMENT_NOUNS | OUTCOME_NOUNS
    nouns = nouns - CAPITALISED_HEADS  # "В повестке дня:", "Повестка саммита:": topics, not documents
    named = next((t for t in words if info(t.text).noun_lemmas & nouns), None)
    if named is None:
        return None
    if start > 0:  # "Главы государств приняли ряд документов." (not "Президент принял гостей.")
        prev_start, prev_end = clause_bounds(toks, start - 1)
        previous = sentence_status(toks, prev_start, prev_end)
        if previous is not None and any(head_lemma(t, nouns) for t in toks[previous[1] + 1 : prev_end]):
            return previous
    return "", named.index


def default_status(lemma: str) -> str:
    """The status of a document listed under no verb: declarations and decisions are adopted, the rest signed."""
    return "adopted" if lemma in NOUNS.adopted else "signed"


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
    enumeration: Enumeration,
    governor: tuple[str, int],
    found: list[FoundDocument],
    covered: set[int],
    *,
    strict: bool = False,
    any_noun: bool = False,
) -> None:
    """Add list items as documents. The list ends at the first item that is not a title when ``strict``
    (a heading's list has no bullets to end it) and at an unmarked line that is not one (prose after it).
    An item that starts with a preposition ("— О бюджете ...") takes its head from its heading item, or
    from the intro's document noun ("приняли следующие решения:").
    """
    given, verb = governor
    trigger = (toks[verb].start, toks[verb].end)
    # "состоялось подписание:" right before the items: they stand in the genitive
    by_noun = (
        bool(info(toks[verb].text).noun_lemmas & STATUS_NOUNS.keys())
        and not document.text[toks[verb].end : enumeration.opener].strip()
    )
    text = document.text
    first_line_end = text.find("\n", enumeration.opener)
    intro = intro_head(document, toks, enumeration)
    dangling = dangling_preposition(document, toks, enumeration, intro)
    for heading, leaf in enumeration.leaves():
        loose = not strict and (
            leaf.marker or heading is not None or 0 <= leaf.start < first_line_end or first_line_end < 0
        )
        item = item_title(document, toks, leaf.start, leaf.end, any_noun=any_noun)
        verbal = item is not None and any(info(t.text).top_pos == "VERB" for t in toks[item[0] : item[2] + 1])
        if not given and item is not None and any(is_verb(t) for t in toks[item[0] : item[2] + 1]):
            continue  # under "Итоги:" with no verb, "— Программа ... будет разработана" is no outcome
        # "подписали несколько соглашений:" over unmarked lines "о ...,": each line completes the intro's noun
        completes = item is None and heading is None and intro is not None and (not strict or bool(leaf.marker))
        if heading is None and not loose and (item is None or verbal) and not completes:
            if _signatories(toks, document, leaf):
                continue  # "Подписали: министр ... и министр ...", between the titles of an official list
            break
        if item is None:
            owner = item_title(document, toks, heading.start, heading.end) if heading is not None else intro
            sub = sub_item(document, toks, owner, leaf, dangling if heading is None else "")
            sub = sub if owner is not None or loose else None
            if sub is None and completes:
                break  # prose after the lines that complete the intro
            if sub is not None:
                title, lemma, first, last = sub
                status = given or default_status(lemma)
                found.append(FoundDocument(title, status, leaf.start, leaf.end, trigger, lemma, first, last, False))
                covered.update(range(first, last + 1))
            continue
        if item[0] in covered or any(status_at(toks, k) for k in range(item[0], item[1])):
            continue  # "— подписано Соглашение ...": the item's own verb, read inline
        for first, head, last in joined_titles(toks, *item):
            status = given or default_status(head_lemma(toks[head], NOUNS.documents) or "")
            pieces = _coordinated_item(document, toks, head, status, trigger)
            if pieces:  # "2. Протоколы о сотрудничестве в области X и Y": one document each
                found.extend(pieces)
                covered.update(range(first, last + 1))
                continue
            drafted = first > 0 and bool(info(toks[first - 1].text).noun_lemmas & DRAFTS)  # "проект Декларации"
            genitive = drafted or (by_noun and "gent" in cases_of(toks[head]))  # "состоялось подписание: — Договора"
            title = nominative_title(text, toks, first, head, last, "gent" if genitive else None)
            lemma = head_lemma(toks[head], NOUNS.documents) or ""
            found.append(
                FoundDocument(title, status, toks[first].start, toks[last].end, trigger, lemma, first, last, False)
            )
            covered.update(range(first, last + 1))


def _coordinated_item(
    document: Document, toks: tuple[Tok, ...], head: int, status: str, trigger: tuple[int, int]
) -> list[FoundDocument]:
    """The documents of an item with a plural head over coordinated complements, or []."""
    title = read_title(document, head, lexicon=NOUNS.documents)
    if not title.plural or title.lemma in NOUNS.plural_documents:
        return []
    return coordinated(document, toks, title, status, trigger)


def _signatories(toks: tuple[Tok, ...], document: Document, leaf: Item) -> bool:
    """Is the line a note of who signed ("Документ подписали: ...")? A status verb before its colon."""
    span = span_tokens(document, toks, leaf.start, leaf.end)
    if span is None:
        return False
    colon = next((k for k in range(*span) if toks[k].text == ":"), None)
    return colon is not None and sentence_status(toks, span[0], colon) is not None
