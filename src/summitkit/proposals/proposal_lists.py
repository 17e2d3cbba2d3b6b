"""Lists of proposals: the items of a list whose intro proposes ("выдвинул ряд предложений: ..."), or
of marked lines after a sentence that does ("Президент озвучил ряд инициатив." then "- создать ...").

The lists themselves are read by ``summitkit.enumerations``; here they are kept where their intro
proposes, as token ranges for ``summitkit.proposals.zones``.
"""

from __future__ import annotations

import bisect
import re

from summitkit.document import Document
from summitkit.enumerations import Enumeration, enumerations, read_items
from summitkit.titles import Tok, is_word

__all__ = ["DIALOGUE", "lists_after_sentences", "proposal_lists"]

#: Tokens that mark a list's line (a number is checked apart).
_LINE_MARKS = frozenset({"—", "–", "-", "―", "•", "·", "*", "▪", "●"})
#: A line of direct speech, attributed after a comma and a dash: "— Мы открыты, — сказал он".
DIALOGUE = re.compile(r"[,!?…]\s*[—–]\s*\w")


def lists_after_sentences(
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


def proposal_lists(
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
