"""Coordination inside titles: one plural head over several complements names one document per complement.

"соглашения в ветеринарной сфере, в области ..., о создании ..." is three agreements; a complement
without its own preposition takes the frame of the one before ("о сотрудничестве в сфере энергетики и
транспорта"). The head is put in the singular and carried to each complement.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.lexicons.documents import TITLE_PREPOSITIONS
from summitkit.titles.grammar import read_tail
from summitkit.titles.nominative import singular_head
from summitkit.titles.title import Title
from summitkit.titles.words import Tok, is_noun

__all__ = ["distribute"]

#: Endings of verbal nouns ("исследования", "развития") that may share one object with the next conjunct.
VERBAL_NOUN_ENDINGS = ("ние", "ния", "нию", "нии", "тие", "тия", "тию", "тии")


def distribute(
    document: Document, toks: tuple[Tok, ...], title: Title, lexicon: frozenset[str]
) -> list[tuple[str, int, int]]:
    """ "соглашения в ветеринарной сфере, в области ..., о создании ...": one document per complement.

    A complement without its own preposition takes the frame of the one before: up to the noun after its
    last preposition ("в области ...", "о сотрудничестве в сфере энергетики, транспорта").
    """
    _, complements = read_tail(toks, title.head, lexicon=lexicon, distributive=True)
    text = document.text
    ranges = [(a, b) for a, b in complements if a <= b]
    if len(ranges) < 2:
        return []
    head = singular_head(toks[title.head].text)
    out: list[tuple[str, int, int]] = []
    frame = ""
    previous: tuple[int, int] | None = None
    for a, b in ranges:
        body = text[toks[a].start : toks[b].end]
        first = toks[a].text.lower()
        if first in TITLE_PREPOSITIONS:
            frame = _frame(text, toks, a, b)
            shared = _shared_prefix(text, toks, previous, first)
            out.append((f"{head} {shared}{body}", toks[a].start, toks[b].end))
            previous = (a, b)
        elif frame:
            for x, y in _conjuncts(toks, a, b):
                out.append((f"{head} {frame} {text[toks[x].start : toks[y].end]}", toks[x].start, toks[y].end))
    return out


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
    """ "о сотрудничестве в области X и в сфере Y": a complement whose preposition repeats the last one
    inside the previous complement shares what came before it ("о сотрудничестве ").
    """
    if previous is None:
        return ""
    a, b = previous
    inner = [k for k in range(a + 1, b + 1) if toks[k].text.lower() in TITLE_PREPOSITIONS]
    if not inner or toks[inner[-1]].text.lower() != preposition:
        return ""
    return text[toks[a].start : toks[inner[-1]].start]


def _frame(text: str, toks: tuple[Tok, ...], a: int, b: int) -> str:
    """The complement ``a..b`` up to the noun after its last preposition: what a bare complement after it shares."""
    last_prep = max(k for k in range(a, b + 1) if toks[k].text.lower() in TITLE_PREPOSITIONS)
    noun = next((k for k in range(last_prep + 1, b + 1) if is_noun(toks[k])), None)
    if noun is None or noun == b:
        return text[toks[a].start : toks[a + 1].end] if a + 1 <= b else ""
    return text[toks[a].start : toks[noun].end]
