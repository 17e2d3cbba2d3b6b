"""Enumerated documents: the items of the text's lists (``summitkit.enumerations``) whose intro has a status verb.

"подписали следующие документы:" then numbered, dashed or unmarked lines, or one line split by
semicolons; "Среди них:" / "Среди документов —" takes the previous sentence's verb; official sites print
a heading ("Документы, подписанные в ходе визита") over one title a line. Under a heading item
("Решения Совета ...:") each sub-item ("— О ...") is a document named by the heading's noun in the
singular, its complement, and the item ("Решение Совета ... о ...").
"""

from __future__ import annotations

import bisect
import re

from summitkit.document import Document
from summitkit.documents.approvals import approvable
from summitkit.documents.plurals import coordinated
from summitkit.documents.record import FoundDocument
from summitkit.documents.sentence_status import back_reference, sentence_status
from summitkit.documents.verb_forms import status_at
from summitkit.documents.when import intro_before_this_event
from summitkit.enumerations import Enumeration, Item, enumerations, read_items
from summitkit.lexicons.documents import (
    ADOPTED_BY_DEFAULT,
    CAPITALISED_HEADS,
    DOCUMENT_NOUNS,
    DOTTED_ABBREVIATIONS,
    DRAFTS,
    GENERIC_DOCUMENT_NOUNS,
    OUTCOME_NOUNS,
    PLURAL_DOCUMENT_NOUNS,
    STATUS_NOUNS,
    TITLE_PREPOSITIONS,
)
from summitkit.titles import (
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_noun,
    nominative_title,
    read_title,
    singular_head,
)
from summitkit.titles.words import DASHES, cases_of, is_adjective, is_number, is_verb, is_word

__all__ = ["find_lists"]

#: An intro that tells of an earlier event ("Ранее стороны подписали:", "в прошлом году были приняты:").
BACKGROUND = re.compile(
    r"\b(?:ранее|прежде|напомним|напомню|годом\s+ранее|в\s+св[оё]е\s+время|прошл\w*\s+(?:год|саммит|встреч|заседани|визит)"
    r"|во?\s+\d{4}\s+г(?:оду|\.))",  # a report does not date its own event by the year: "В 2023 году подписали:"
    re.IGNORECASE,
)


def _starts(document: Document, toks: tuple[Tok, ...]) -> list[int]:
    return document.memo("summitkit.documents.lists.starts", lambda _: [t.start for t in toks])


def _span_tokens(document: Document, toks: tuple[Tok, ...], start: int, end: int) -> tuple[int, int] | None:
    """The token indices ``[lo, hi)`` lying within ``[start, end)``, by bisection."""
    starts = _starts(document, toks)
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    while hi > lo and toks[hi - 1].end > end:
        hi -= 1
    return (lo, hi) if hi > lo else None


def _item(
    document: Document, toks: tuple[Tok, ...], start: int, end: int, *, any_noun: bool = False
) -> tuple[int, int, int] | None:
    """Token range and head of one list item, or None when it does not name a document. A draft ("проект
    Декларации ...") names the document it drafts; ``any_noun``: the item is the object of the intro's
    status verb, so any noun that can be approved heads a document ("отчёт ревизионной комиссии").
    """
    span = _span_tokens(document, toks, start, end)
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
    if head is None or (head_lemma(toks[head], DOCUMENT_NOUNS) is None and not plain):
        colon = next((t.index for t in toks[first:last] if t.text == ":"), None)
        if colon is not None:  # "Энергетика: меморандум о ...": a label before the title
            return _item(document, toks, toks[colon + 1].start, toks[last].end, any_noun=any_noun)
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
            last = _span_tokens(document, toks, enumeration.intro_start, _end(enumeration))
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
            is_verb(t) or (is_noun(t) and head_lemma(t, DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS) is None)
            for t in between
        )  # "Совет утвердил:": the items are the verb's objects; not after "согласовали вопросы:"
        _add_items(document, toks, enumeration, governor, found, covered, any_noun=direct)
    for start, end, governor, marked in _headings(toks):
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
    nouns = DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS | OUTCOME_NOUNS
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
    return "adopted" if lemma in ADOPTED_BY_DEFAULT else "signed"


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
    intro = _intro_head(document, toks, enumeration)
    dangling = _dangling(document, toks, enumeration, intro)
    for heading, leaf in enumeration.leaves():
        loose = not strict and (
            leaf.marker or heading is not None or 0 <= leaf.start < first_line_end or first_line_end < 0
        )
        item = _item(document, toks, leaf.start, leaf.end, any_noun=any_noun)
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
            owner = _item(document, toks, heading.start, heading.end) if heading is not None else intro
            sub = _sub_item(document, toks, owner, leaf, dangling if heading is None else "")
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
        for first, head, last in _joined(toks, *item):
            status = given or default_status(head_lemma(toks[head], DOCUMENT_NOUNS) or "")
            pieces = _coordinated_item(document, toks, head, status, trigger)
            if pieces:  # "2. Протоколы о сотрудничестве в области X и Y": one document each
                found.extend(pieces)
                covered.update(range(first, last + 1))
                continue
            drafted = first > 0 and bool(info(toks[first - 1].text).noun_lemmas & DRAFTS)  # "проект Декларации"
            genitive = drafted or (by_noun and "gent" in cases_of(toks[head]))  # "состоялось подписание: — Договора"
            title = nominative_title(text, toks, first, head, last, "gent" if genitive else None)
            lemma = head_lemma(toks[head], DOCUMENT_NOUNS) or ""
            found.append(
                FoundDocument(title, status, toks[first].start, toks[last].end, trigger, lemma, first, last, False)
            )
            covered.update(range(first, last + 1))


def _joined(toks: tuple[Tok, ...], first: int, head: int, last: int) -> list[tuple[int, int, int]]:
    """One item naming two documents ("Протокол к Соглашению о транзите и Меморандум о ..."): a capitalised
    document noun after "и" or a comma, in a case of the item's head but not of the document noun it would
    otherwise be coordinated with ("в Соглашение и Протокол ..." stays one title), starts a new one.
    """
    out: list[tuple[int, int, int]] = []
    start, main = first, head
    near = head  #: the last document noun seen: what a following one would be coordinated with
    for k in range(head + 2, last + 1):
        tok = toks[k]
        new = k + 1 <= last and is_adjective(tok) and head_lemma(toks[k + 1], DOCUMENT_NOUNS) is not None
        noun = k + 1 if new else k
        if head_lemma(toks[noun], DOCUMENT_NOUNS) is None:
            continue
        own = cases_of(toks[noun])
        joins = toks[k - 1].text.lower() in {"и", ","} and tok.text[:1].isupper() and own & cases_of(toks[main])
        if joins and (near == main or not own & cases_of(toks[near])):
            out.append((start, main, k - 2))
            start, main = k, noun
        near = noun
    out.append((start, main, last))
    return out


def _coordinated_item(
    document: Document, toks: tuple[Tok, ...], head: int, status: str, trigger: tuple[int, int]
) -> list[FoundDocument]:
    """The documents of an item with a plural head over coordinated complements, or []."""
    title = read_title(document, head, lexicon=DOCUMENT_NOUNS)
    if not title.plural or title.lemma in PLURAL_DOCUMENT_NOUNS:
        return []
    return coordinated(document, toks, title, status, trigger)


def _signatories(toks: tuple[Tok, ...], document: Document, leaf: Item) -> bool:
    """Is the line a note of who signed ("Документ подписали: ...")? A status verb before its colon."""
    span = _span_tokens(document, toks, leaf.start, leaf.end)
    if span is None:
        return False
    colon = next((k for k in range(*span) if toks[k].text == ":"), None)
    return colon is not None and sentence_status(toks, span[0], colon) is not None


def _intro_head(document: Document, toks: tuple[Tok, ...], enumeration: Enumeration) -> tuple[int, int, int] | None:
    """The intro's document noun and its genitive complement ("приняли следующие решения Совета:"), if any."""
    span = _span_tokens(document, toks, enumeration.intro_start, enumeration.opener)
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
    lemma = head_lemma(tok, DOCUMENT_NOUNS)
    return lemma is not None and (lemma not in CAPITALISED_HEADS or tok.text[:1].isupper())


def _dangling(
    document: Document, toks: tuple[Tok, ...], enumeration: Enumeration, intro: tuple[int, int, int] | None
) -> str:
    """ "принято решение о:" over "1) продлении ...": the preposition the intro leaves to its items, or ""."""
    if intro is None or intro[2] + 1 >= len(toks):
        return ""
    tok = toks[intro[2] + 1]
    if tok.text.lower() not in TITLE_PREPOSITIONS or document.text[tok.end : enumeration.opener].strip():
        return ""
    return tok.text.lower()


def _sub_item(
    document: Document, toks: tuple[Tok, ...], owner: tuple[int, int, int] | None, leaf: Item, preposition: str = ""
) -> tuple[str, str, int, int] | None:
    """ "Решения Совета ...:" over "— О бюджете": the title "Решение Совета ... о бюджете", its lemma and
    tokens; with no owner, the item as the text gives it ("О внесении изменений в Договор ..."); after an
    intro that ends in the preposition ("решение о:"), the preposition and the item.
    """
    span = _span_tokens(document, toks, leaf.start, leaf.end)
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
    return " ".join(title.split()), head_lemma(toks[head], DOCUMENT_NOUNS) or "", span[0], end


def _opens_line(toks: tuple[Tok, ...], k: int) -> bool:
    """Does the word at ``k`` start its line, after two adjectives at most ("Подписанные документы")?"""
    for j in range(k, max(-1, k - 3), -1):
        if j < k and not is_adjective(toks[j]):
            return False
        if toks[j].newline_before or j == 0:
            return True
    return False


def _headings(toks: tuple[Tok, ...]) -> list[tuple[int, int, tuple[str, int], bool]]:
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
    if status is None and head_lemma(toks[k], DOCUMENT_NOUNS) is not None:
        found = sentence_status(toks, start, k)  # "Также были приняты решения" over "– о ..."
        return (start, k + 1, found, True) if found is not None else None
    if status is None:
        return None
    return start, k + 1, (status, k), True
