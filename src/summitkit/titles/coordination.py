"""Coordination and ellipsis inside titles: a plural head over several complements names one document each.

"Протоколы о сотрудничестве в области X и Y" are two protocols, "двух соглашений: об X и о Y" two
agreements: the head is put in the singular and carried to each complement. A singular head keeps its
coordinated complement ("Стратегия безопасности и развития" is one), so only plural heads come here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from summitkit.document import Document
from summitkit.lexicons.documents import (
    BETWEEN,
    FIELD_NOUNS,
    FIELD_PREPOSITIONS,
    GENERIC_DOCUMENT_NOUNS,
    INCLUSIONS,
    SHARED_COMPLEMENTS,
    TITLE_PREPOSITIONS,
)
from summitkit.morphology import parses, restore_shape
from summitkit.titles.grammar import read_tail
from summitkit.titles.nominative import singular_phrase
from summitkit.titles.title import Title
from summitkit.titles.words import DASHES, Tok, cases_of, head_lemma, is_adjective, is_noun, lemma_in, opens_quote

__all__ = ["Piece", "distribute", "one_subject", "shared_complement"]


class Piece(NamedTuple):
    """One document of a coordinated title: its name, its characters, and its last token."""

    title: str
    start: int
    end: int
    last: int


#: Cases of a preposition's object that a genitive after it cannot share ("о поставке пшеницы и строительстве ...").
OBJECT_CASES = frozenset({"loct", "datv", "ablt"})

#: Endings of verbal nouns ("исследования", "развития") that may share one object with the next conjunct.
VERBAL_NOUN_ENDINGS = ("ние", "ния", "нию", "нии", "тие", "тия", "тию", "тии")


def distribute(document: Document, toks: tuple[Tok, ...], title: Title, lexicon: frozenset[str]) -> list[Piece]:
    """One document per coordinated complement of a plural head, or [] when
    the head has fewer than two.

    "соглашения в ветеринарной сфере, в области ..., о создании ..." is three; a complement without its
    own preposition takes the frame of the one before ("о сотрудничестве в сфере энергетики, транспорта");
    the coordinated nouns that end a sole complement share what comes before them ("в области образования
    и здравоохранения"); quoted names are one document each ('резолюции "Об ..." и "О ..."'); and after a
    colon or a dash the head is carried to each complement ("двух соглашений: об X и о Y").
    """
    anchor = _ellipsis(toks, title.head)
    _, complements = read_tail(toks, anchor, lexicon=lexicon, distributive=True)
    text = document.text
    owner = ""  #: a genitive right after the head, shared by every document ("Заявления глав государств о ...")
    if anchor == title.head and complements:
        a, b = complements[0]
        k = next((k for k in range(a, b + 1) if toks[k].text.lower() in TITLE_PREPOSITIONS), None)
        if k is not None and k > a and opens_quote(toks, a) is None and toks[k].text.lower() not in BETWEEN:
            owner = text[toks[a].start : toks[k - 1].end] + " "
            complements[0] = (k, b)
    pieces: list[tuple[str, int, int]] = []  #: (what the complement shares, first token, last token)
    frame = ""
    previous: tuple[int, int] | None = None
    for a, b in complements:
        if a > b:
            continue
        first = toks[a].text.lower()
        if first in TITLE_PREPOSITIONS:
            shared = _shared_prefix(text, toks, previous, first)
            frame = _frame(text, toks, a, b)
            pieces.append((shared, a, b))
            previous = (a, b)
        elif opens_quote(toks, a) is not None:
            pieces.append(("", a, b))
        elif frame:
            pieces.extend((frame + " ", x, y) for x, y in _conjuncts(toks, a, b))
    if len(pieces) == 1 and toks[pieces[0][1]].text.lower() in TITLE_PREPOSITIONS:
        # One complement: the plural is in its coordination. With several, "и" is inside a field's name
        # ("соглашения о ..., в области культуры и спорта").
        shared, a, b = pieces[0]
        pieces = [(shared + prefix, x, y) for prefix, x, y in _coordinated(text, toks, a, b)]
    if len(pieces) < 2 and not (pieces and anchor != title.head):
        return []  # one complement names one only after a colon or an inclusion ("решений, в том числе о ...")
    head = singular_phrase(toks, title.first, title.head)
    return [
        Piece(_one_field(f"{head} {owner}{prefix}{text[toks[x].start : toks[y].end]}"), toks[x].start, toks[y].end, y)
        for prefix, x, y in pieces
    ]


def one_subject(document: Document, toks: tuple[Tok, ...], title: Title) -> list[Piece]:
    """ "подписаны соглашения о сотрудничестве в области энергетики": a plural head over one subject, with no
    count before it, names that subject's document once, in the singular; [] when the head has no subject of
    its own ("соглашения сторон"). Lower case only: a capitalised plural names documents one by one.
    """
    k = title.head + 1
    if title.last <= k or toks[title.first].text[:1].isupper() or title.lemma in GENERIC_DOCUMENT_NOUNS:
        return []  # "Договора о ...": a capitalised name is a genitive singular read as a plural; "документы о ..."
    word = toks[k].text.lower()
    field = word in FIELD_PREPOSITIONS and lemma_in(toks[k + 1], FIELD_NOUNS)
    if not field and word not in SHARED_COMPLEMENTS - BETWEEN:
        return []  # "соглашения с компаниями", "между ведомствами": whom with, not what about
    head = singular_phrase(toks, title.first, title.head)
    return [Piece(f"{head} {document.text[toks[k].start : title.end]}", title.start, title.end, title.last)]


def shared_complement(document: Document, toks: tuple[Tok, ...], title: Title, lexicon: frozenset[str]) -> Title | None:
    """ "подписали соглашение и протокол о защите инвестиций": a bare head joined by "и" to a head with a
    complement ("о ...", "по ...", "между ...") shares that complement. Not inside a list of names
    ("Договор о ..., Устав и Положение о ..."), where a bare capitalised head is a name of its own.
    """
    k = title.last + 1
    if not title.bare or k + 2 >= len(toks) or toks[k].text.lower() != "и" or toks[k + 1].newline_before:
        return None
    if title.first > 0 and toks[title.first - 1].text == ",":
        return None
    j = k + 1
    while j < min(len(toks) - 1, k + 4) and is_adjective(toks[j]) and not is_noun(toks[j]):
        j += 1
    if head_lemma(toks[j], lexicon) is None or toks[j + 1].text.lower() not in SHARED_COMPLEMENTS:
        return None
    last, _ = read_tail(toks, j, lexicon=lexicon)
    if last <= j + 1:
        return None
    return replace(title, text=f"{title.text} {document.text[toks[j + 1].start : toks[last].end]}", bare=False)


def _one_field(title: str) -> str:
    """ "Соглашение в сферах образования" -> "в сфере образования": a plural frame noun shared by several
    fields names one field in each document.
    """
    words = title.split(" ")
    for i in range(1, len(words) - 1):
        if words[i - 1].lower() not in FIELD_PREPOSITIONS:
            continue
        nouns = [p for p in parses(words[i].lower()) if p.tag.POS == "NOUN"]
        if not nouns or any(p.tag.number != "plur" for p in nouns):
            continue
        form = nouns[0].inflect({"sing", nouns[0].tag.case})
        if form is not None:
            words[i] = restore_shape(form.word, words[i])
        break
    return " ".join(words)


def _ellipsis(toks: tuple[Tok, ...], head: int) -> int:
    """The colon, dash or inclusion after the head when complements follow it ("двух соглашений: об X и о Y",
    "постановлений – «О ...», «О ...»", "соглашений, в том числе о ..."): the complements are read from
    there; otherwise the head.
    """
    k = head + 1
    if k + 1 < len(toks) and toks[k].text == ",":
        for size in (3, 2, 1):  # "ряд соглашений, в частности о ... и о ...": the inclusion is the colon
            words = " ".join(t.text.lower() for t in toks[k + 1 : k + 1 + size])
            if words in INCLUSIONS and k + 1 + size < len(toks):
                k += size
                if toks[k + 1].text == "," and k + 2 < len(toks):
                    k += 1  # "в частности, о ..."
                break
        else:
            return head
    elif k + 1 >= len(toks) or toks[k].text not in {":", *DASHES} or toks[k + 1].newline_before:
        return head
    after = toks[k + 1]
    return k if after.text.lower() in TITLE_PREPOSITIONS or opens_quote(toks, k + 1) is not None else head


def _coordinated(text: str, toks: tuple[Tok, ...], a: int, b: int) -> list[tuple[str, int, int]]:
    """ "в области образования и здравоохранения": two nouns joined by "и" that end the complement share what
    stands before them. Not when more words follow them, which they then share instead ("о взаимопонимании
    и сотрудничестве в сфере ..."), nor after "между" ("между Россией и Китаем" is one pair).
    """
    last_prep = max(k for k in range(a, b + 1) if toks[k].text.lower() in TITLE_PREPOSITIONS)
    joints = [k for k in range(last_prep + 1, b) if toks[k].text.lower() == "и"]
    if toks[last_prep].text.lower() in BETWEEN or len(joints) != 1:
        return [("", a, b)]
    k = joints[0]
    left = _phrase_start(toks, last_prep + 1, k - 1)
    right_ok = _phrase_start(toks, k + 1, b) == k + 1
    if left is None or not right_ok or not cases_of(toks[k - 1]) & cases_of(toks[b]):
        return _objects_coordinated(text, toks, a, last_prep, k, b)
    shared = text[toks[a].start : toks[left].start]
    if left == last_prep + 1:  # "о X и Y": the preposition itself is shared
        shared = text[toks[a].start : toks[last_prep].end] + " "
    return [("", a, k - 1), (shared, k + 1, b)]


def _objects_coordinated(
    text: str, toks: tuple[Tok, ...], a: int, prep: int, k: int, b: int
) -> list[tuple[str, int, int]]:
    """ "о поставке пшеницы и строительстве элеваторов": the noun after "и" stands in the case of the
    preposition's own object (not of the genitive before "и"), so the two objects share the preposition.
    """
    first = _noun_after(toks, prep + 1, k)
    second = _noun_after(toks, k + 1, b + 1)
    if first is None or second is None or first == k - 1:
        return [("", a, b)]
    oblique = cases_of(toks[first]) & cases_of(toks[second]) & OBJECT_CASES
    if not oblique or oblique & cases_of(toks[k - 1]):
        return [("", a, b)]
    return [("", a, k - 1), (text[toks[a].start : toks[prep].end] + " ", k + 1, b)]


def _noun_after(toks: tuple[Tok, ...], lo: int, hi: int) -> int | None:
    """The first noun in ``[lo, hi)`` past its adjectives, or None."""
    k = lo
    while k < hi and is_adjective(toks[k]) and not is_noun(toks[k]):
        k += 1
    return k if k < hi and is_noun(toks[k]) else None


def _phrase_start(toks: tuple[Tok, ...], lo: int, noun: int) -> int | None:
    """Where the noun phrase ending in the noun ``noun`` starts (its adjectives), not before ``lo``; None
    when ``noun`` is not a noun.
    """
    if noun < lo or not is_noun(toks[noun]):
        return None
    k = noun
    while k > lo and is_adjective(toks[k - 1]) and not is_noun(toks[k - 1]):
        k -= 1
    return k


def _conjuncts(toks: tuple[Tok, ...], a: int, b: int) -> list[tuple[int, int]]:
    """ "энергетики, транспорта и таможенного дела": the last item of a list under one frame splits at "и",
    unless the word before "и" is a lone verbal noun sharing the object after it ("изучения и освоения
    недр" is one field; "образования и спорта" has no object to share).
    """
    joints = [k for k in range(a + 1, b) if toks[k].text.lower() == "и"]
    if len(joints) != 1 or any(toks[k].text.lower() in TITLE_PREPOSITIONS for k in range(a, b + 1)):
        return [(a, b)]
    k = joints[0]
    if k - 1 == a and k + 1 < b and toks[a].text.lower().endswith(VERBAL_NOUN_ENDINGS):
        return [(a, b)]
    return [(a, k - 1), (k + 1, b)]


def _shared_prefix(text: str, toks: tuple[Tok, ...], previous: tuple[int, int] | None, preposition: str) -> str:
    """ "о сотрудничестве в области X и в сфере Y": a complement whose preposition repeats one inside the
    previous complement shares what came before the last such one ("о сотрудничестве "; "о внесении
    изменений в Соглашение о ... и в Договор ..." shares "о внесении изменений ").
    """
    if previous is None:
        return ""
    a, b = previous
    inner = [k for k in range(a + 1, b + 1) if toks[k].text.lower() == preposition]
    if not inner or (_about(toks[a].text) and _about(preposition)):
        return ""  # "об обмене информацией о налогах и о ...": another subject of the head, not of "информацией"
    return text[toks[a].start : toks[inner[-1]].start]


def _about(preposition: str) -> bool:
    return preposition.lower() in {"о", "об", "обо"}


def _frame(text: str, toks: tuple[Tok, ...], a: int, b: int) -> str:
    """The complement ``a..b`` up to the noun after its last preposition: what a bare complement after it shares."""
    last_prep = max(k for k in range(a, b + 1) if toks[k].text.lower() in TITLE_PREPOSITIONS)
    noun = next((k for k in range(last_prep + 1, b + 1) if is_noun(toks[k])), None)
    if noun is None or noun == b:
        return text[toks[a].start : toks[a + 1].end] if a + 1 <= b else ""
    return text[toks[a].start : toks[noun].end]
