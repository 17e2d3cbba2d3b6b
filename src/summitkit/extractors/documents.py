"""Built-in extractor: documents signed, adopted or approved at the event.

Two shapes carry them. Enumerated lists follow an intro with the verb ("подписали следующие
документы:", "Среди них:") as numbered or dashed lines or as one line split by semicolons; each
item is a title up to its ";" or line end. Inline mentions put a document noun next to the verb
("подписали Договор о ...", "принята Совместная декларация", "меморандум подписан ...",
"декларации, принятой по итогам ..."); the title grammar in ``summitkit.titles`` says where each
title stops, and coordinated titles share the verb. The verb gives the status. Futures, plans and
generic phrases ("пакет документов") give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summitkit.document import Document, Layer
from summitkit.hookspecs import hookimpl
from summitkit.models import DocumentStatus, Fact, SignedDocument
from summitkit.morphology import parses, restore_shape
from summitkit.titles import (
    DOCUMENT_NOUNS,
    DOTTED_ABBREVIATIONS,
    GENERIC_DOCUMENT_NOUNS,
    STATUS_VERBS,
    TITLE_PREPOSITIONS,
    Title,
    Tok,
    clause_bounds,
    dice,
    head_lemma,
    headline_end,
    info,
    is_noun,
    is_verb,
    is_word,
    list_items,
    nominative_title,
    overlap,
    read_tail,
    read_title,
    singular_head,
    tokens,
)

__all__ = ["FoundDocument", "signed_documents"]

#: Cheap test before any parsing: a text without these stems signs nothing.
TRIGGER = re.compile(r"подпис|приня|принят|одобр|утвер|скреп|заключ", re.IGNORECASE)

#: Intro phrases that point back to the documents of the previous sentence ("Среди них — ...").
BACK_REFERENCES: frozenset[str] = frozenset(
    {
        "среди них",
        "в их числе",
        "в том числе",
        "в числе них",
        "из них",
        "в частности",
        "среди которых",
        "в числе которых",
    }
)

#: Phrases inside a sentence that introduce some of the documents it counts ("..., в том числе ...").
INCLUSIONS: frozenset[str] = BACK_REFERENCES | {"включая", "в частности", "такие как", "а именно"}

#: Words before a bare infinitive that make it a decision taken, not a plan ("приняли решение одобрить").
DECIDED: frozenset[str] = frozenset({"решение", "решить"})

#: Heads that "принять" takes as a decision, not a document, unless written as one ("Решение о ...").
DECISIONS: frozenset[str] = frozenset({"решение"})

#: "об этом": the document is about what the sentence before told.
ABOUT_THAT: frozenset[str] = frozenset({"об этом", "о нем", "о нём", "о том"})

#: Passive participles of personnel and founding events, by lemma, and the noun a document about them takes.
EVENT_NOUNS: dict[str, str] = {
    "назначить": "назначение",
    "избрать": "избрание",
    "освободить": "освобождение",
    "наградить": "награждение",
    "учредить": "учреждение",
    "создать": "создание",
    "присвоить": "присвоение",
    "продлить": "продление",
    "принять": "принятие",
}

#: What a title is about ("о ...", "по ...", "в области ..."): a headline title without it is vague.
SUBJECT = re.compile(r"\s(?:о|об|по|на|в области|в сфере)\s", re.IGNORECASE)

#: Auxiliaries that put a participle in the future or the past ("будет подписан").
FUTURE_AUX: frozenset[str] = frozenset({"будет", "будут", "буду", "будем", "будете"})

#: Words after a participle saying the document is an old one ("подписанный ранее", "в 1998 году").
EARLIER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:ранее|прежде|прошл\w*|предыдущ\w*|в\s+\d{4}\s+году)",
    re.IGNORECASE,
)

#: A ceremony that happened: "состоялось подписание Соглашения ...", "после подписания Договора".
CEREMONY: frozenset[str] = frozenset({"состояться", "церемония", "пройти"})
CEREMONY_BEFORE: frozenset[str] = frozenset({"после", "церемония", "церемонии"})

#: What follows "принять" when it does not mean adopting a document.
NOT_ADOPTING: frozenset[str] = frozenset(
    {"к сведению", "к рассмотрению", "к исполнению", "во внимание", "к обсуждению"}
)


@dataclass(frozen=True, slots=True)
class FoundDocument:
    """A document with its status, where its title stands, and what said so."""

    title: str
    status: str
    start: int
    end: int
    trigger: tuple[int, int] | None
    lemma: str
    first: int  #: token range of the title
    last: int
    headline: bool


def signed_documents(document: Document) -> list[FoundDocument]:
    """The documents of the text, computed once per Document (the proposals extractor reads them too)."""
    return document.memo("summitkit.extractors.documents", _find)


# -- verbs ------------------------------------------------------------------------------------------


def _status_at(toks: tuple[Tok, ...], k: int, *, participle: bool = False) -> str | None:
    """The status a verb form at ``k`` gives, or None for futures, plans, negations and other words."""
    tok = toks[k]
    if not is_word(tok):
        return None
    prev = toks[k - 1].text.lower() if k > 0 else ""
    if prev == "не":
        return None
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    if nxt in {"участие", "бы", "меры"} or _not_adopting(toks, k):
        return None
    for p in parses(tok.text.lower())[:4]:
        status = STATUS_VERBS.get(p.normal_form)
        if status is None:
            continue
        pos = p.tag.POS
        if pos == "VERB" and "past" in p.tag:
            return status
        if pos == "PRTS" and prev not in FUTURE_AUX:
            return status
        if pos == "PRTF" and participle:
            return status
        if pos == "INFN" and k > 0 and is_word(toks[k - 1]) and info(toks[k - 1].text).lemmas & DECIDED:
            return status
    if tok.text.lower() == "подписями" and k > 0 and info(toks[k - 1].text).lemmas & {"скрепить"}:
        return "signed"
    return None


def _governed_case(toks: tuple[Tok, ...], k: int) -> str | None:
    """The case a status word at ``k`` puts its document in: active verbs take the accusative, passive
    forms the nominative; a participle after the title says nothing.
    """
    tok = toks[k]
    if tok.text.lower() == "подписями":
        return "accs"  # "скрепили подписями Декларацию"
    pos = info(tok.text).top_pos
    if pos in {"VERB", "INFN"}:
        return "accs"
    if pos == "PRTS":
        return "nomn"
    return None


def _not_adopting(toks: tuple[Tok, ...], k: int) -> bool:
    """ "принята к сведению", "приняли во внимание": other senses of the verb."""
    after = " ".join(t.text.lower() for t in toks[k + 1 : k + 3])
    return after in NOT_ADOPTING


def _sentence_status(toks: tuple[Tok, ...], start: int, end: int) -> tuple[str, int] | None:
    for k in range(start, end):
        status = _status_at(toks, k)
        if status is not None:
            return status, k
    return None


def _back_reference(toks: tuple[Tok, ...], first: int) -> tuple[str, int] | None:
    """ "Среди них — контракт ...": the status of the previous sentence's documents."""
    start, _ = clause_bounds(toks, first)
    words = " ".join(t.text.lower() for t in toks[start:first] if is_word(t))
    if words not in BACK_REFERENCES or start == 0:
        return None
    prev_start, prev_end = clause_bounds(toks, start - 1)
    return _sentence_status(toks, prev_start, prev_end)


def _left_governor(toks: tuple[Tok, ...], first: int) -> tuple[str, int, str | None] | None:
    """A status verb before the title in its clause ("подписали Договор", "принята декларация"), with
    the case it governs; or the verb of the previous sentence after "Среди них —" (nominative).
    """
    near = _left_verb(toks, first)
    if near is not None:
        return near[0], near[1], _governed_case(toks, near[1])
    back = _back_reference(toks, first)
    return (back[0], back[1], "nomn") if back is not None else None


def _left_verb(toks: tuple[Tok, ...], first: int) -> tuple[str, int] | None:
    """A status verb before the title in its clause, a few words back at most; or anywhere before
    "в том числе" / a colon ("подписан ряд документов, в том числе Соглашение ...").
    """
    k = first - 1
    j = k
    while j >= 0 and toks[j].text in {":", "—", "–", "-"}:
        j -= 1
    inclusion = _inclusion_end(toks, j)
    if inclusion is not None or (k >= 0 and toks[k].text == ":"):
        start, _ = clause_bounds(toks, first)
        found = _sentence_status(toks, start, inclusion if inclusion is not None else k)
        if found is not None:
            return found
    steps = 0
    while k >= 0 and steps < 7:
        if toks[k + 1].newline_before:
            break
        t = toks[k]
        if t.text in {".", "!", "?", ";", ":", "(", ")", ",", "»", "«", '"'}:
            break
        status = _status_at(toks, k)
        if status is not None:
            return status, k
        if head_lemma(t, GENERIC_DOCUMENT_NOUNS) is not None and k > 0:
            # "Среди подписанных документов – Соглашение ...": the participle says it.
            status = _status_at(toks, k - 1, participle=True)
            return (status, k - 1) if status is not None else None
        if is_verb(t) or head_lemma(t, DOCUMENT_NOUNS) is not None:
            break
        k -= 1
        steps += 1
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


def _right_governor(toks: tuple[Tok, ...], title: Title, text: str) -> tuple[str, int] | None:
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
        status = _status_at(toks, v, participle=True)
        if status is not None and not EARLIER.match(text[toks[v].end :]):
            return status, v
        return None
    if " ".join(t.text.lower() for t in toks[k : k + 2]) in ABOUT_THAT:
        k += 2  # "Постановление об этом подписал ..."
    if k < n and toks[k].text.lower() in {"был", "была", "было", "были"}:
        k += 1
    if k < n and not toks[k].newline_before and title.cases & {"nomn", "accs"}:
        status = _status_at(toks, k)
        if status is not None:
            return status, k
    return None


# -- documents named by reference ---------------------------------------------------------------------


def _resolve(document: Document, toks: tuple[Tok, ...], title: Title) -> Title | None:
    """A bare document that points elsewhere for its subject: "Постановление об этом" (the event of the
    sentence before), "Соответствующее соглашение" (the "договорённость об ..." of a sentence nearby).
    """
    about = " ".join(t.text.lower() for t in toks[title.last + 1 : title.last + 3]) in ABOUT_THAT
    start, end = clause_bounds(toks, title.head)
    if about and start > 0:
        subject = _previous_event(document, toks, start)
        return _renamed(title, subject) if subject else None
    if not title.anaphoric:
        return None
    sentences = []
    if start > 0:
        sentences.append(clause_bounds(toks, start - 1))
    if end < len(toks):
        sentences.append(clause_bounds(toks, end))
    for a, b in sentences:
        for k in range(a, b - 1):
            noun = toks[k]
            if not (
                head_lemma(noun, DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS) and toks[k + 1].text.lower() in {"о", "об"}
            ):
                continue
            last, _ = read_tail(toks, k, lexicon=DOCUMENT_NOUNS)
            if last > k + 1:
                return _renamed(title, document.text[toks[k + 1].start : toks[last].end])
    return None


def _renamed(title: Title, subject: str) -> Title:
    return Title(
        title.first, title.head, title.last, title.start, title.end, title.lemma, title.cases,
        f"{title.text} {subject}", False, title.anaphoric, title.plural,
    )  # fmt: skip


def _previous_event(document: Document, toks: tuple[Tok, ...], start: int) -> str | None:
    """ "X был назначен председателем ..." -> "о назначении X председателем ...": the sentence before,
    turned into the subject of a document about it.
    """
    a, b = clause_bounds(toks, start - 1)
    for k in range(a, b):
        tok = toks[k]
        if not is_word(tok) or info(tok.text).top_pos != "PRTS":
            continue
        noun = next((EVENT_NOUNS[lemma] for lemma in info(tok.text).lemmas if lemma in EVENT_NOUNS), None)
        if noun is None:
            continue
        loct = next((p.inflect({"loct"}) for p in parses(noun) if p.tag.POS == "NOUN"), None)
        if loct is None:
            return None
        end = b - 1 if toks[b - 1].text in {".", "!"} else b
        rest = document.text[toks[k + 1].start : toks[end - 1].end] if end > k + 1 else ""
        who = _genitive_person(document, toks[a].start, tok.start)
        preposition = "об" if loct.word[:1] in "аеиоуэ" else "о"
        return " ".join(part for part in (preposition, loct.word, who, rest) if part)
    return None


def _genitive_person(document: Document, start: int, end: int) -> str:
    """The last person named in ``text[start:end]``, in the genitive ("Владимира Путина"), or ""."""
    persons = document.entities_in(start, end, "PER")
    if not persons:
        return ""
    words = document.normal(persons[-1]).split()
    out = []
    for word in words:
        form = next(
            (
                p.inflect({"gent"})
                for p in parses(word.lower())
                if p.tag.POS == "NOUN" and {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
            ),
            None,
        )
        out.append(restore_shape(form.word, word) if form is not None else word)
    return " ".join(out)


# -- the two shapes ---------------------------------------------------------------------------------


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


def _lists(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    text = document.text
    for colon_tok in toks:
        if colon_tok.text != ":":
            continue
        start, _ = clause_bounds(toks, colon_tok.index)
        governor = _sentence_status(toks, start, colon_tok.index) or _back_reference(toks, colon_tok.index)
        if governor is None:
            continue
        covered.update(range(start, colon_tok.index))  # the intro names no document itself
        _add_items(document, toks, list_items(text, colon_tok.start), governor, found, covered)
    for start, end, governor in _headings(toks):
        covered.update(range(start, end))
        _add_items(document, toks, _heading_items(text, toks[end - 1].end), governor, found, covered, strict=True)


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
    """Heading lines over a list of titles: "Документы, подписанные в ходе визита" (no colon, no verb
    of its own but the participle), as official sites print them.
    """
    out = []
    for tok in toks:
        if not tok.newline_before or head_lemma(tok, GENERIC_DOCUMENT_NOUNS) is None:
            continue
        start, end = clause_bounds(toks, tok.index)
        if toks[end - 1].text in {".", "!", "?", ":"}:
            continue
        for k in range(start, end):
            status = _status_at(toks, k, participle=True)
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


def _distributive(document: Document, toks: tuple[Tok, ...], title: Title) -> list[tuple[str, int, int]]:
    """ "соглашения в таможенной сфере, в области ..., о создании ...": one document per complement.

    A complement without its own preposition takes the frame of the one before ("в области").
    """
    _, complements = read_tail(toks, title.head, lexicon=DOCUMENT_NOUNS, distributive=True)
    text = document.text
    ranges = [(a, b) for a, b in complements if a <= b]
    if len(ranges) < 2:
        return []
    head = singular_head(toks[title.head].text)
    out: list[tuple[str, int, int]] = []
    frame = ""
    for a, b in ranges:
        body = text[toks[a].start : toks[b].end]
        first = toks[a].text.lower()
        if first in TITLE_PREPOSITIONS:
            frame = text[toks[a].start : toks[a + 1].end] if a + 1 <= b else ""
            out.append((f"{head} {body}", toks[a].start, toks[b].end))
        elif frame:
            out.append((f"{head} {frame} {body}", toks[a].start, toks[b].end))
    return out


def _inline(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    text = document.text
    headline = headline_end(text)
    previous: dict[int, FoundDocument] = {}  #: by the last token of its title, for coordinated titles
    last_status: str | None = None
    for tok in toks:
        if tok.index in covered:
            continue
        lemma = head_lemma(tok, DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS)
        if lemma is None:
            continue
        # "приняли решение одобрить ...": a decision to do, not a document.
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        if nxt is not None and is_word(nxt) and info(nxt.text).top_pos == "INFN":
            continue
        title = read_title(document, tok.index, lexicon=DOCUMENT_NOUNS)
        if lemma in GENERIC_DOCUMENT_NOUNS:
            found_here = _apposition(document, toks, title, last_status)
            if found_here is not None:
                found.append(found_here)
                covered.update(range(found_here.first, found_here.last + 1))
                previous[found_here.last] = found_here
                last_status = found_here.status
            continue
        governor = _coordinated(toks, title, previous)
        status: str | None = None
        trigger: tuple[int, int] | None = None
        case: str | None = None
        if governor is not None:
            status, trigger = governor.status, governor.trigger
        else:
            left = _left_governor(toks, title.first)
            if left is not None and (left[2] is None or left[2] in title.cases):
                status, trigger, case = left[0], (toks[left[1]].start, toks[left[1]].end), left[2]
            else:
                right = _right_governor(toks, title, text)
                if right is not None:
                    status, trigger = right[0], (toks[right[1]].start, toks[right[1]].end)
                    case = _governed_case(toks, right[1])
        if status is None:
            continue
        if lemma in DECISIONS and status == "adopted" and not tok.text[:1].isupper():
            continue  # "принял решение о проведении саммита": a decision taken, not a signed document
        if case is not None and case in title.cases:
            title = read_title(document, tok.index, lexicon=DOCUMENT_NOUNS, case=case)
        if title.bare and trigger is not None and trigger[0] > title.end:
            verb = next(t.index for t in toks[title.last + 1 :] if t.start == trigger[0])
            title = _with_parties(document, toks, title, verb) or title
        if title.plural:
            for name, s, e in _distributive(document, toks, title):
                found.append(FoundDocument(name, status, s, e, trigger, title.lemma, title.first, title.last, False))
            covered.update(range(title.first, title.last + 1))
            continue
        if title.bare:
            title = _resolve(document, toks, title) or title
        if title.bare:
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


def _coordinated(toks: tuple[Tok, ...], title: Title, previous: dict[int, FoundDocument]) -> FoundDocument | None:
    """The document this title is coordinated with ("Концепцию ..., Программу ... и карту ...")."""
    k = title.first - 1
    while k >= 0 and toks[k].text.lower() in {",", "и", "а", "также"}:
        k -= 1
    if k == title.first - 1:
        return None
    return previous.get(k)


def _apposition(
    document: Document, toks: tuple[Tok, ...], generic: Title, last_status: str | None
) -> FoundDocument | None:
    """ "Ещё один важный документ – План ...": the title after the dash, with the status of the one before."""
    k = generic.head + 1
    if k + 1 >= len(toks) or toks[k].text not in {"–", "—", "-", "―"}:
        return None
    head = k + 1
    while head < len(toks) and head < k + 5 and not is_noun(toks[head]):
        head += 1
    if head >= len(toks) or head_lemma(toks[head], DOCUMENT_NOUNS) is None:
        return None
    left = _left_governor(toks, generic.first)
    status = left[0] if left is not None else None
    words = {t.text.lower() for t in toks[max(0, generic.first - 3) : generic.first]}
    if status is None and words & {"ещё", "еще", "другой", "также"}:
        status = last_status
    if status is None:
        return None
    title = read_title(document, head, lexicon=DOCUMENT_NOUNS)
    if title.bare:
        return None
    return FoundDocument(title.text, status, title.start, title.end, None, title.lemma, title.first, title.last, False)


def _with_parties(document: Document, toks: tuple[Tok, ...], title: Title, verb: int) -> Title | None:
    """ "Соответствующий меморандум подписан в Брюсселе между A и B": the title takes "между A и B"."""
    _, end = clause_bounds(toks, verb)
    for k in range(verb + 1, min(end, verb + 8)):
        if toks[k].text.lower() == "между":
            last, _ = read_tail(toks, k - 1, lexicon=DOCUMENT_NOUNS)
            if last <= k:
                return None
            text = document.text
            name = title.text + " " + text[toks[k].start : toks[last].end]
            return Title(
                title.first, title.head, title.last, title.start, title.end, title.lemma, title.cases,
                name, False, title.anaphoric, title.plural,
            )  # fmt: skip
        if toks[k].text in {",", ";", ":"}:
            return None
    return None


def _ceremonies(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    """ "Состоялось подписание Соглашения о ...": a signing that took place."""
    for tok in toks:
        if tok.index in covered or not is_word(tok) or "подписание" not in info(tok.text).lemmas:
            continue
        start, end = clause_bounds(toks, tok.index)
        before = toks[tok.index - 1].text.lower() if tok.index > 0 else ""
        if before not in CEREMONY_BEFORE and not any(
            is_word(t) and info(t.text).lemmas & CEREMONY for t in toks[start:end]
        ):
            continue
        head = tok.index + 1
        if head >= len(toks) or head_lemma(toks[head], DOCUMENT_NOUNS) is None:
            continue
        title = read_title(document, head, lexicon=DOCUMENT_NOUNS, case="gent")
        if title.bare or title.plural:
            continue
        found.append(
            FoundDocument(
                title.text, "signed", title.start, title.end, (tok.start, tok.end), title.lemma,
                title.first, title.last, title.start < headline_end(document.text),
            )
        )  # fmt: skip
        covered.update(range(title.first, title.last + 1))


def _find(document: Document) -> list[FoundDocument]:
    if not TRIGGER.search(document.text):
        return []
    toks = tokens(document)
    found: list[FoundDocument] = []
    covered: set[int] = set()
    _lists(document, toks, found, covered)
    _inline(document, toks, found, covered)
    _ceremonies(document, toks, found, covered)
    return _settle(found)


def _settle(found: list[FoundDocument]) -> list[FoundDocument]:
    """Headline mentions yield to the body's; the same document named twice is kept once (the fuller name)."""
    body = [f for f in found if not f.headline]
    kept = [f for f in sorted(found, key=lambda f: f.start) if not (f.headline and _restated(f, body))]
    out: list[FoundDocument] = []
    for fact in kept:
        twin = next(
            (o for o in out if o.lemma == fact.lemma and o.first != fact.first and _same(o.title, fact.title)), None
        )
        if twin is None:
            out.append(fact)
        elif len(fact.title) > len(twin.title):
            out[out.index(twin)] = FoundDocument(
                fact.title, twin.status, fact.start, fact.end, fact.trigger, fact.lemma, fact.first, fact.last, False
            )
    return out


def _restated(headline: FoundDocument, body: list[FoundDocument]) -> bool:
    """Does the body name the headline's document: the same head, and the same subject or none given
    in the headline ("Подписан договор между тремя странами")?
    """
    vague = SUBJECT.search(headline.title) is None
    return any(f.lemma == headline.lemma and (vague or overlap(f.title, headline.title) >= 0.5) for f in body)


def _same(a: str, b: str) -> bool:
    return a.lower() == b.lower() or dice(a, b) >= 0.75


class DocumentsExtractor:
    """Documents signed, adopted or approved at the event, with the verb that says so."""

    name = "documents"
    fills: tuple[str, ...] = ("signed_documents",)
    requires: frozenset[Layer] = frozenset({"sentences"})

    def extract(self, document: Document) -> Iterator[Fact]:
        for found in signed_documents(document):
            spans = [document.span(found.start, found.end)]
            if found.trigger is not None and found.trigger != (found.start, found.end):
                spans.append(document.span(*found.trigger))
            yield SignedDocument(
                title=found.title,
                status=DocumentStatus(found.status),
                evidence=sorted(spans, key=lambda s: (s.start, s.end)),
            )


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    register(DocumentsExtractor())
