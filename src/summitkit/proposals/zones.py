"""Where the text proposes: clauses with a cue, quotations attributed as proposals, lists of proposals.

Each zone is read once over the tokens and kept as an index by token position, so that asking
"does token ``i`` stand where something is proposed?" costs one lookup, whatever the text's length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from summitkit.document import Document
from summitkit.enumerations import Enumeration, enumerations, read_items
from summitkit.lexicons.documents import CREATION_NOUNS, FUTURE_CUES, PROPOSAL_CUES, PROPOSING_VERBS, RECALLED
from summitkit.lexicons.proposals import (
    COMPLETED,
    CONTINUATIONS,
    CUE_PHRASES,
    CUES,
    EXTRA_CREATION_NOUNS,
    NEGOTIATING_CUES,
    ORDINAL_MARKERS,
    QUOTE_LEADS,
    SPEECH_NOUNS,
)
from summitkit.lexicons.roles import SPEECH_VERBS
from summitkit.nlp import WORD_FORMS
from summitkit.titles import Tok, info, is_word, opens_quote

__all__ = ["Zones", "zones"]

_CLOSERS = frozenset({"»", '"', "”"})
_ALL_CUES = PROPOSAL_CUES | CUES
_MARKER_ENDS = frozenset({",", ":", "—", "–", "."})
_DASHES = frozenset({"—", "–", "-", "―"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
#: Tokens that mark a list's line (a number is checked apart).
_LINE_MARKS = frozenset({"—", "–", "-", "―", "•", "·", "*", "▪", "●"})
#: A line of direct speech, attributed after a comma and a dash: "— Мы открыты, — сказал он".
DIALOGUE = re.compile(r"[,!?…]\s*[—–]\s*\w")
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
    for first, last, intro in _proposal_lists(
        document, toks, clause, first_cue, tok_starts, tok_ends
    ) + _lists_after_sentences(document, toks, starts, first_cue, tok_starts, tok_ends):
        # an item read twice (a line's own dash taken for an opener) belongs to the list that opens first
        intro_by_range[first, last] = min(intro, intro_by_range.get((first, last), intro))
    listed = sorted((first, last, intro) for (first, last), intro in intro_by_range.items())
    items = [(first, last) for first, last, _ in listed]
    quotes = _attributed_quotes(toks) + _led_quotes(toks, clause, starts) + _dialogue_lines(toks)
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
            if toks[k].text in _DASHES and toks[k + 1].text.lower() in {"о", "об"}:
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


def _attributed_quotes(toks: tuple[Tok, ...]) -> list[tuple[int, int, bool]]:
    """Token ranges of quotations attributed after them ("«...», — предложил президент"), and whether
    the verb that attributes them proposes.
    """
    out: list[tuple[int, int, bool]] = []
    for tok in toks:
        if tok.text not in _CLOSERS:
            continue
        k = tok.index + 1
        while k < len(toks) and toks[k].text in {",", "—", "–", "-"}:
            k += 1
        if k == tok.index + 1 or k >= len(toks) or not is_word(toks[k]):
            continue
        verbs = info(toks[k].text).lemmas
        if not verbs & (PROPOSING_VERBS | SPEECH_VERBS):
            continue
        start = tok.index - 1
        depth = 0  # quotes inside the quotation: «... «Дорожной карты» ...»
        while start > 0:
            text = toks[start].text
            if text in {"»", "”"}:
                depth += 1
            elif text in {"«", "“"} or (text == '"' and opens_quote(toks, start) is not None):
                if depth == 0:
                    break
                depth -= 1
            start -= 1
        out.append((start, tok.index, bool(verbs & PROPOSING_VERBS)))
    return out


def _dialogue_lines(toks: tuple[Tok, ...]) -> list[tuple[int, int, bool]]:
    """Direct speech printed as a dialogue line: "– Предлагаем создать ..., – сказал президент." The words
    from the line's dash to the attribution's comma, and whether the attributing verb proposes.
    """
    out: list[tuple[int, int, bool]] = []
    line_start: int | None = None
    for tok in toks:
        if tok.newline_before:
            line_start = tok.index if tok.text in _DASHES else None
            continue
        k = tok.index
        if line_start is None or tok.text != "," or k + 2 >= len(toks) or toks[k + 1].text not in _DASHES:
            continue
        verb = toks[k + 2]
        if verb.newline_before or not is_word(verb):
            continue
        lemmas = info(verb.text).lemmas
        if lemmas & (PROPOSING_VERBS | SPEECH_VERBS):
            out.append((line_start + 1, k, bool(lemmas & PROPOSING_VERBS)))
            line_start = None
    return out


def _led_quotes(toks: tuple[Tok, ...], clause: list[int], starts: list[int]) -> list[tuple[int, int, bool]]:
    """Token ranges of quotations a verb of saying leads in ("Президент заявил: «...»"), and whether
    the verb proposes ("предложил: «...»").
    """
    out: list[tuple[int, int, bool]] = []
    for tok in toks:
        k = tok.index + 1
        if tok.text != ":" or k >= len(toks) or toks[k].text not in {"«", "“", '"'}:
            continue
        lead = [info(t.text).lemmas for t in toks[starts[clause[tok.index]] : tok.index] if is_word(t)]
        if not any(lemmas & (QUOTE_LEADS | SPEECH_VERBS) for lemmas in lead):
            continue
        end, depth = k + 1, 0
        while end < len(toks) and not toks[end].newline_before:
            text = toks[end].text
            if text in {"«", "“"}:
                depth += 1
            elif text in {"»", "”", '"'}:
                if depth == 0:
                    break
                depth -= 1
            end += 1
        out.append((k, min(end, len(toks) - 1), any(lemmas & QUOTE_LEADS for lemmas in lead)))
    return out


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


def _lists_after_sentences(
    document: Document,
    toks: tuple[Tok, ...],
    starts: list[int],
    first_cue: list[int],
    tok_starts: list[int],
    tok_ends: list[int],
) -> list[tuple[int, int, int]]:
    """ "Президент озвучил ряд инициатив." at the end of its line, then lines marked by dashes, bullets or
    numbers: the marked lines are the items of the proposal, though its intro closes with a full stop."""
    out: list[tuple[int, int, int]] = []
    for c, start in enumerate(starts):
        end = starts[c + 1] if c + 1 < len(starts) else len(toks)
        closing = toks[end - 1].text
        if (
            first_cue[c] < 0
            or end >= len(toks)
            or not toks[end].newline_before
            or not (closing == "." or is_word(toks[end - 1]))
        ):
            continue  # a sentence closed by a full stop, or a heading with no stop at all ("Инициативы Казахстана")
        if not (toks[end].text in _LINE_MARKS or toks[end].text.isdigit()):
            continue  # the next line is not marked: prose goes on
        listed = read_items(document, toks[end - 1].end, toks[start].start)
        dialogue = any(DIALOGUE.search(item.text) for item in listed.items)  # "— Мы готовы, — сказал он."
        if len(listed.items) >= 2 and all(item.marker for item in listed.items) and not dialogue:
            out.extend(_item_ranges(listed, toks[end - 1].start, tok_starts, tok_ends))
    return out


def _item_ranges(
    enumeration: Enumeration, intro: int, tok_starts: list[int], tok_ends: list[int]
) -> list[tuple[int, int, int]]:
    """The token ranges (inclusive) of a list's items, each with the offset of the list's intro."""
    out: list[tuple[int, int, int]] = []
    for _, item in enumeration.leaves():
        first = bisect.bisect_left(tok_starts, item.start)
        last = bisect.bisect_right(tok_ends, item.end) - 1
        if first <= last:
            out.append((first, last, intro))
    return out


def _proposal_lists(
    document: Document,
    toks: tuple[Tok, ...],
    clause: list[int],
    first_cue: list[int],
    tok_starts: list[int],
    tok_ends: list[int],
) -> list[tuple[int, int, int]]:
    """Token ranges of the items of lists introduced as proposals ("выдвинул ряд предложений: ..."), each with
    its list's opener; the lists themselves are read by ``summitkit.enumerations``.
    """
    out: list[tuple[int, int, int]] = []
    for enumeration in enumerations(document):
        opener = bisect.bisect_left(tok_starts, enumeration.opener)
        if opener >= len(toks):
            continue
        c = clause[opener]
        # a cue in the opener's clause before the opener, or in the clause before it
        if not (0 <= first_cue[c] < opener or (c > 0 and first_cue[c - 1] >= 0)):
            continue
        out.extend(_item_ranges(enumeration, enumeration.opener, tok_starts, tok_ends))
    return out
