"""A title found in the text: where it starts (agreeing adjectives before the head), where it stops
(``grammar.read_tail``), the case it stands in, and its nominative form. What both extractors call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summitkit.document import Document
from summitkit.lexicons.documents import (
    AMOUNT_NOUNS,
    ANAPHORIC,
    INCLUSIONS,
    STATUS_VERBS,
    TITLE_PREPOSITIONS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import parses
from summitkit.titles.grammar import read_tail
from summitkit.titles.nominative import nominative_title
from summitkit.titles.quantities import is_verbal_noun
from summitkit.titles.words import (
    DASHES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Tok,
    cases_of,
    head_lemma,
    info,
    is_adjective,
    is_word,
    lemma_in,
    tokens,
)

__all__ = ["Title", "phrase_case", "read_title", "title_start"]


@dataclass(frozen=True, slots=True)
class Title:
    """A title found in the text: its tokens, its head, and its nominative form."""

    first: int  #: index of the first token (an opening quote or the first adjective)
    head: int  #: index of the head noun
    last: int  #: index of the last token, inclusive
    start: int  #: character offsets in the text
    end: int
    lemma: str  #: the head's lemma
    cases: frozenset[str]  #: cases the head can stand in
    text: str  #: the nominative title
    bare: bool  #: nothing but the head noun (and anaphoric words): not a title on its own
    anaphoric: bool  #: introduced by "соответствующий", "данный", "этот"...
    plural: bool
    complements: tuple[tuple[int, int], ...] = field(default=())  #: token ranges of the complements after the head


def title_start(toks: tuple[Tok, ...], head: int) -> tuple[int, bool]:
    """Extend left from the head over agreeing adjectives; also say whether an anaphoric word precedes."""
    head_cases = cases_of(toks[head])
    i = head
    while i > 0 and not toks[i].newline_before:
        prev = toks[i - 1]
        if (
            is_adjective(prev)
            and (info(prev.text).adj_cases & head_cases)
            and not lemma_in(prev, STATUS_VERBS)
            and prev.text.lower() not in INCLUSIONS  # "пакет, включающий соглашение ..."
        ):
            i -= 1
            continue
        if (
            info(prev.text).top_pos == "ADVB"
            and i < head
            and is_adjective(toks[i])
            and "PRTF" in info(toks[i].text).pos
        ):
            i -= 1  # "постоянно действующий механизм"
            continue
        break
    anaphoric = i > 0 and is_word(toks[i - 1]) and bool(info(toks[i - 1].text).lemmas & ANAPHORIC)
    return i, anaphoric


def read_title(
    document: Document,
    head: int,
    *,
    lexicon: frozenset[str],
    case: str | None = None,
    proposal: bool = False,
) -> Title:
    """The title whose head noun is token ``head``: its extent and its nominative form."""
    toks = tokens(document)
    first, anaphoric = title_start(toks, head)
    quoted_head = False
    if first > 0 and toks[first - 1].text in QUOTES_OPEN + '"':
        close = head + 1
        if close < len(toks) and toks[close].text in QUOTES_CLOSE + '"':
            quoted_head = True
            first -= 1
            anaphoric = first > 0 and is_word(toks[first - 1]) and bool(info(toks[first - 1].text).lemmas & ANAPHORIC)
    tail_from = head + 1 if quoted_head else head
    last, _ = read_tail(toks, tail_from, lexicon=lexicon, proposal=proposal)
    if proposal and last == tail_from and first == head:
        # A bare institution takes its purpose: "Консорциум для реализации проектов".
        last, _ = read_tail(toks, tail_from, lexicon=lexicon, proposal=False)
    last = _trim(toks, head, last, content=is_verbal_noun(toks[head]) and head_lemma(toks[head], lexicon) is None)
    text = document.text
    if case is None or case not in cases_of(toks[head]):
        case = phrase_case(toks, first, head)
    nominative = nominative_title(text, toks, first, head, last, case)
    i = info(toks[head].text)
    return Title(
        first=first,
        head=head,
        last=last,
        start=toks[first].start,
        end=toks[last].end,
        lemma=head_lemma(toks[head], lexicon) or next(iter(i.lemmas), toks[head].text.lower()),
        cases=_agreed_cases(toks, first, head),
        text=nominative,
        bare=last == tail_from and first == head,
        anaphoric=anaphoric,
        plural=i.numbers == frozenset({"plur"}) or _plural_in_case(toks[head], case),
    )


def _agreed_cases(toks: tuple[Tok, ...], first: int, head: int) -> frozenset[str]:
    """Cases the head phrase can stand in: the head's, narrowed by its adjectives ("совместным коммюнике")."""
    cases = cases_of(toks[head])
    for k in range(first, head):
        if is_adjective(toks[k]) and info(toks[k].text).adj_cases & cases:
            cases &= info(toks[k].text).adj_cases
    return cases


def phrase_case(toks: tuple[Tok, ...], first: int, head: int) -> str | None:
    """The case a head phrase stands in, where no governor says: the one its adjectives share with the
    head, a singular reading first ("совместной декларации" is genitive singular, not nominative plural).
    """
    shared = set(cases_of(toks[head]))
    for k in range(first, head):
        if is_adjective(toks[k]):
            shared &= info(toks[k].text).adj_cases
    singular = {p.tag.case for p in parses(toks[head].text.lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"}
    if info(toks[head].text).noun_lemmas & NOUNS.plural_documents:
        singular = set()  # "Правила процедуры", "изменения в Устав": named in the plural
    for pool in (shared & singular, shared):
        for c in ("nomn", "accs", "gent", "loct", "datv", "ablt"):
            if c in pool:
                return c
    return None


def _plural_in_case(tok: Tok, case: str | None) -> bool:
    if case is None:
        return False
    numbers = {p.tag.number for p in parses(tok.text.lower()) if p.tag.POS == "NOUN" and p.tag.case == case}
    return numbers == {"plur"}


def _trim(toks: tuple[Tok, ...], head: int, last: int, *, content: bool = False) -> int:
    """Drop an amount ("в размере 5 млн", "на сумму ...", "стоимостью ...") and a dangling preposition or
    conjunction at the end (a text cut off mid-title). A decision named by its ``content`` (a verbal noun
    outside the lexicon) keeps it ("выделение кредита в размере 5 млрд евро": the amount is what was decided).
    """
    amount = (
        None
        if content
        else next(
            (
                k
                for k in range(head + 1, last + 1)
                if (
                    toks[k].text.lower() in {"в", "на"}
                    and k + 1 < len(toks)
                    and info(toks[k + 1].text).noun_lemmas & AMOUNT_NOUNS
                )
                or (info(toks[k].text).noun_lemmas & AMOUNT_NOUNS and "ablt" in info(toks[k].text).noun_cases)
            ),
            None,
        )
    )
    if amount is not None:
        last = amount - 1
    while last > head and (
        toks[last].text.lower() in TITLE_PREPOSITIONS | {"и", "а", ","} or toks[last].text in DASHES
    ):
        last -= 1
    return last
