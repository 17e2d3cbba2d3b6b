"""Where the text proposes: clauses with a cue, quotations attributed as proposals, lists of proposals.

Each zone is read once over the tokens and kept as an index by token position, so that asking
"does token ``i`` stand where something is proposed?" costs one lookup, whatever the text's length.
The clauses and their cues are read here; the quotations in ``summitkit.proposals.quotations`` and
the lists of proposals in ``summitkit.proposals.proposal_lists``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from summitkit.document import Document
from summitkit.lexicons.documents import CREATION_NOUNS, FUTURE_CUES, PROPOSAL_CUES, RECALLED
from summitkit.lexicons.proposals import (
    COMPLETED,
    CONTINUATIONS,
    CUE_PHRASES,
    CUES,
    EXTRA_CREATION_NOUNS,
    NEGOTIATING_CUES,
    ORDINAL_MARKERS,
    SPEECH_NOUNS,
)
from summitkit.nlp import WORD_FORMS
from summitkit.proposals.proposal_lists import lists_after_sentences, proposal_lists
from summitkit.proposals.quotations import DASHES, attributed_quotes, dialogue_lines, led_quotes
from summitkit.titles import Tok, info, is_word

__all__ = ["Zones", "zones"]

_ALL_CUES = PROPOSAL_CUES | CUES
_MARKER_ENDS = frozenset({",", ":", "—", "–", "."})
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
#: Verbal nouns of creating a topic headline may open with ("Токаев — о создании ...").
TOPIC_CREATIONS = CREATION_NOUNS | EXTRA_CREATION_NOUNS


@dataclass(frozen=True, slots=True)
class Zones:
    """Per-token answers, computed once: which clause a token is in, and what that clause does."""

    clause: tuple[int, ...]  #: clause number of each token
    clause_start: tuple[int, ...]  #: first token of each clause
    clause_end: tuple[int, ...]  #: one past the last token of each clause
    first_cue: tuple[int, ...]  #: per clause: its first word that proposes, calls for or offers (or -1)
    recalled: tuple[int, ...]  #: per clause: its first word that tells of the past ("напомнил"), or -1
    negotiated: tuple[bool, ...]  #: per clause: a creation under way ("обсудили", "договорились о")
    completed: tuple[bool, ...]  #: per clause: a creation said to be done ("завершено")
    past: tuple[bool, ...]  #: per clause: a past verb in its quotation, not a conditional ("позволило", not "... бы")
    quoted: tuple[bool, ...]  #: per token: inside a quotation attributed as a proposal
    spoken: tuple[bool, ...]  #: per token: inside a quotation attributed to a speaker ("— подчеркнул он")
    listed: tuple[bool, ...]  #: per token: inside an item of a list introduced as proposals
    items: tuple[tuple[int, int], ...]  #: token ranges (inclusive) of those items, in text order
    intros: tuple[int, ...]  #: per item: the offset of its list's colon or closing full stop

    def intro_of(self, i: int) -> int | None:
        """The offset of the intro of the list item that token ``i`` stands in, or None."""
        k = bisect.bisect_right(self.items, (i, len(self.listed))) - 1
        return self.intros[k] if k >= 0 and self.items[k][0] <= i <= self.items[k][1] else None

    def bounds(self, i: int) -> tuple[int, int]:
        """The clause around token ``i`` as token indices [start, end)."""
        c = self.clause[i]
        return self.clause_start[c], self.clause_end[c]

    def proposes(self, i: int) -> bool:
        """Does token ``i`` stand in a clause, a quotation or a list that proposes?"""
        return self.first_cue[self.clause[i]] >= 0 or self.quoted[i] or self.listed[i]

    def negotiates(self, i: int) -> bool:
        """Does token ``i`` stand in a clause that tells of a creation under way?"""
        return self.negotiated[self.clause[i]]


def zones(document: Document, toks: tuple[Tok, ...]) -> Zones:
    """Read the clauses, quotations and lists of the text once."""
    clause: list[int] = []
    starts: list[int] = []
    for tok in toks:
        if not starts or tok.newline_before or toks[tok.index - 1].text in _SENTENCE_ENDS:
            starts.append(tok.index)
        clause.append(len(starts) - 1)
    ends = [*starts[1:], len(toks)]
    first_cue = [-1] * len(starts)
    recalled = [-1] * len(starts)
    negotiated = [False] * len(starts)
    completed = [False] * len(starts)
    past = [False] * len(starts)
    conditional = [False] * len(starts)
    for tok in toks:
        if not is_word(tok):
            continue
        c = clause[tok.index]
        cue, recalls, negotiates, completes, conditional_word = _word_cues(tok.text)
        if first_cue[c] < 0 and (cue or _pair(toks, tok) in CUE_PHRASES):
            first_cue[c] = tok.index
        if recalled[c] < 0 and recalls:
            recalled[c] = tok.index
        negotiated[c] = negotiated[c] or negotiates
        completed[c] = completed[c] or completes
        conditional[c] = conditional[c] or conditional_word
    _judged_worth(toks, clause, first_cue)
    _ordinal_items(toks, starts, first_cue)
    _topic_headlines(toks, starts, first_cue)
    _continuations(toks, starts, first_cue)
    _speech_intros(toks, clause, first_cue)
    tok_starts = [t.start for t in toks]
    tok_ends = [t.end for t in toks]
    intro_by_range: dict[tuple[int, int], int] = {}
    for first, last, intro in proposal_lists(
        document, toks, clause, first_cue, tok_starts, tok_ends
    ) + lists_after_sentences(document, toks, starts, first_cue, tok_starts, tok_ends):
        # an item read twice (a line's own dash taken for an opener) belongs to the list that opens first
        intro_by_range[first, last] = min(intro, intro_by_range.get((first, last), intro))
    listed = sorted((first, last, intro) for (first, last), intro in intro_by_range.items())
    items = [(first, last) for first, last, _ in listed]
    quotes = attributed_quotes(toks) + led_quotes(toks, clause, starts) + dialogue_lines(toks)
    spoken = _marks(len(toks), [(a, b) for a, b, _ in quotes])
    for tok in toks:  # a past verb inside a quotation ("«Создание Центра позволило ...»")
        c = clause[tok.index]
        if spoken[tok.index] and not past[c] and is_word(tok):
            i = info(tok.text)
            past[c] = i.top_pos == "VERB" and "past" in i.tags and "futr" not in i.tags
    return Zones(
        clause=tuple(clause),
        clause_start=tuple(starts),
        clause_end=tuple(ends),
        first_cue=tuple(first_cue),
        recalled=tuple(recalled),
        negotiated=tuple(negotiated),
        completed=tuple(completed),
        past=tuple(p and not q for p, q in zip(past, conditional, strict=True)),
        quoted=_marks(len(toks), [(a, b) for a, b, proposing in quotes if proposing]),
        spoken=spoken,
        listed=_marks(len(toks), items),
        items=tuple(items),
        intros=tuple(intro for _, _, intro in listed),
    )


@lru_cache(maxsize=WORD_FORMS)
def _word_cues(word: str) -> tuple[bool, bool, bool, bool, bool]:
    """What a word form says of its clause, read once per form: (it proposes or calls for, it recalls the
    past, a creation is under way, a creation is done, it makes a conditional)."""
    lemmas = info(word).lemmas
    if "следующий" in lemmas:
        lemmas = lemmas - {"следовать"}  # "следующие документы:" lists, it does not call ("следует создать")
    lower = word.lower()
    return (
        bool(lemmas & _ALL_CUES) or lower in FUTURE_CUES,
        bool(lemmas & RECALLED),
        bool(lemmas & NEGOTIATING_CUES),
        bool(lemmas & COMPLETED),
        lower in {"бы", "б"},
    )


def _pair(toks: tuple[Tok, ...], tok: Tok) -> tuple[str, str]:
    """A word with the one before it, in lower case, to look up in ``CUE_PHRASES``."""
    return (toks[tok.index - 1].text.lower(), tok.text.lower()) if tok.index else ("", "")


def _marks(n: int, ranges: list[tuple[int, int]]) -> tuple[bool, ...]:
    """Inclusive token ranges as one flag per token (a running count, so overlapping ranges cost nothing)."""
    delta = [0] * (n + 1)
    for a, b in ranges:
        delta[a] += 1
        delta[b + 1] -= 1
    out: list[bool] = []
    depth = 0
    for k in range(n):
        depth += delta[k]
        out.append(depth > 0)
    return tuple(out)


#: Verbs of judging that take a predicate adjective in the instrumental: "считаю своевременным создать ...".
_JUDGING = frozenset({"считать", "счесть", "находить", "полагать"})


def _judged_worth(toks: tuple[Tok, ...], clause: list[int], first_cue: list[int]) -> None:
    """ "Считаю своевременным учредить ...", "считаем вполне оправданным создать ...": a verb of judging with
    an adjective in the instrumental (an adverb may stand between) and an infinitive proposes the infinitive's
    object, whatever the adjective is."""
    for tok in toks:
        c = clause[tok.index]
        if first_cue[c] >= 0 or not is_word(tok) or not info(tok.text).lemmas & _JUDGING:
            continue
        k = tok.index + 1
        if k < len(toks) and is_word(toks[k]) and info(toks[k].text).top_pos == "ADVB":
            k += 1
        worth = k + 1 < len(toks) and is_word(toks[k]) and "ablt" in info(toks[k].text).adj_cases
        if worth and is_word(toks[k + 1]) and info(toks[k + 1].text).top_pos == "INFN":
            first_cue[c] = tok.index  # not "считает успешным создание Центра": a judgement of what was done


def _continuations(toks: tuple[Tok, ...], starts: list[int], first_cue: list[int]) -> None:
    """ "Президент выдвинул ряд предложений. В частности, создание ...": a sentence that opens by naming
    one of the things just said ("в частности", "среди них", "одно из них") proposes as the one before it.
    """
    for c in range(1, len(starts)):
        if first_cue[c] >= 0 or first_cue[c - 1] < 0:
            continue
        start = starts[c]
        opening = " ".join(
            t.text.lower() for t in toks[start : min(start + 4, starts[c + 1] if c + 1 < len(starts) else len(toks))]
        )
        if opening.startswith(CONTINUATIONS):
            first_cue[c] = start


def _topic_headlines(toks: tuple[Tok, ...], starts: list[int], first_cue: list[int]) -> None:
    """ "Токаев — о создании Совета по ИИ": a line that puts a speaker, a dash and "о" before a word of
    creating tells what the speaker proposed (the genre's headline without a verb)."""
    for c, start in enumerate(starts):
        if first_cue[c] >= 0 or not toks[start].text[:1].isupper():
            continue
        end = starts[c + 1] if c + 1 < len(starts) else len(toks)
        for k in range(start + 1, min(start + 5, end - 2)):
            if toks[k].text in DASHES and toks[k + 1].text.lower() in {"о", "об"}:
                if is_word(toks[k + 2]) and info(toks[k + 2].text).noun_lemmas & TOPIC_CREATIONS:
                    first_cue[c] = k + 2
                break


def _ordinal_items(toks: tuple[Tok, ...], starts: list[int], first_cue: list[int]) -> None:
    """ "Выдвинул ряд предложений. Во-первых, создать ... Во-вторых, ...": sentences opened by an ordinal
    marker are the items of the proposal before the first of them, and propose as it does.
    """
    run = False  #: does the current run of ordinal sentences propose
    for c, start in enumerate(starts):
        tok = toks[start]
        word = tok.text.lower()
        if word not in ORDINAL_MARKERS or start + 1 >= len(toks) or toks[start + 1].text not in _MARKER_ENDS:
            continue
        if word in {"во-первых", "первое"} or not run:
            run = first_cue[c] >= 0 or (c > 0 and first_cue[c - 1] >= 0)
        if run and first_cue[c] < 0:
            first_cue[c] = start
        if run and toks[start + 1].text == "." and c + 1 < len(starts) and first_cue[c + 1] < 0:
            first_cue[c + 1] = starts[c + 1]  # "Первое. Учредить ...": the ordinal is a sentence of its own


def _speech_intros(toks: tuple[Tok, ...], clause: list[int], first_cue: list[int]) -> None:
    """ "Главное из выступления Токаева:": a clause that names a speech and opens a list with a colon
    proposes what the list gives, as "выдвинул ряд предложений:" does."""
    for tok in toks:
        c = clause[tok.index]
        if first_cue[c] >= 0 or not is_word(tok) or not info(tok.text).noun_lemmas & SPEECH_NOUNS:
            continue
        k = tok.index + 1
        while k < len(toks) and clause[k] == c and toks[k].text != ":":
            k += 1
        if k + 1 < len(toks) and clause[k] == c and toks[k + 1].newline_before:
            first_cue[c] = tok.index
