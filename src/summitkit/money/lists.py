"""Money in lists and tables of figures: the lead line a list item belongs to, and the unit a table states once.

News give figures as lists under a lead ("Партнеры объявили о выделении средств:" and one line per
donor) and as tables whose header names the unit once ("Товарооборот (млн долларов)" over rows of bare
numbers). An item says the amount; its lead says what the amounts are, so an item with no cue of its
own takes the kind its lead gives. A bare number in a cell under a unit header is an amount in that unit.

Lines are read once per Document (``memo``) and looked up by offset, so a long list stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summitkit.document import Document

__all__ = [
    "CURRENCY_IN_BRACKETS",
    "Block",
    "UnitHeader",
    "blocks",
    "cells",
    "header_of",
    "lead_of",
    "same_list",
    "unit_scopes",
]

#: A list marker at the start of a line: "- ", "— ", "• ", "1. ", "2) ".
ITEM_MARKER = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)])[ \t]")

#: A line that ends an enumeration's item: ";" or "," (the last item ends on ".").
ITEM_END = re.compile(r"[;,][ \t]*$")

#: An item without a marker: a short label, a dash, a value ("Казахстан – 10 млн долларов"), no full stop.
ITEM_PAIR = re.compile(r"[ \t]*[^\n.!?–—]{1,60}?[ \t][–—-][ \t][^\n]{1,80}")

#: A currency named once in a lead, in brackets: "(в долларах США)", "(млрд, евро)" is a unit instead.
CURRENCY_IN_BRACKETS = re.compile(r"\(\s*(?:в\s+)?(?=[А-Яа-яЁё])")

#: A table row: cells split by "|" or tabs.
TABLE_ROW = re.compile(r"[^\n]*(?:\|[^\n]*|\t[^\n]*\t?)")

#: A unit stated once, with no number before it: "(млн долларов)", ", млрд долларов:", "тыс. евро |".
UNIT = re.compile(r"(?<![\d\s])(?P<gap>[ \t]*[(,:|\t][ \t]*|^[ \t]*)(?P<mult>трлн|млрд|млн|тыс)\.?[ \t]+", re.I | re.M)

#: A bare number alone in a cell: after a cell break ("|", a tab, a dash or colon, a line start), before
#: the next one or the end of the line. "1 200", "3,2".
CELL_NUMBER = re.compile(
    r"(?:^|(?<=[|\t])|(?<=[–—:-] )|(?<=[–—:-]\t))[ \t]*"
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"(?=[ \t]*(?:[|\t;,]|\.?[ \t]*$))",
    re.M,
)

#: A year-like integer: a header row of years is not a row of figures.
YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Block:
    """A lead line ending in ":" and the item lines after it, as offsets."""

    lead: tuple[int, int]
    items: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class UnitHeader:
    """A unit stated once over a table or a list of bare numbers, and the reach of its figures."""

    start: int
    multiplier: str
    #: Where the unit's currency word may begin, and where the figures it governs end.
    end: int
    reach: int


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_item(text: str, line: tuple[int, int], after_open_item: bool) -> bool:
    if ITEM_MARKER.match(text, *line) or TABLE_ROW.fullmatch(text, *line) or ITEM_PAIR.fullmatch(text, *line):
        return True
    return after_open_item and bool(text[line[0] : line[1]].strip())


def blocks(document: Document) -> list[Block]:
    """Every lead line that ends in ":" and its items, blank lines between them allowed; read once.

    An item is a line with a list marker, a table row, a short "label – value" line, or any line after an
    item that ended on ";" or ",".
    """

    def compute(d: Document) -> list[Block]:
        text, lines = d.text, _lines(d.text)
        out: list[Block] = []
        i = 0
        while i < len(lines):
            lo, hi = lines[i]
            if not text[lo:hi].rstrip().endswith(":"):
                i += 1
                continue
            items: list[tuple[int, int]] = []
            j, open_item = i + 1, True
            while j < len(lines):
                line = lines[j]
                if not text[line[0] : line[1]].strip():
                    j += 1
                    continue
                if not _is_item(text, line, open_item):
                    break
                items.append(line)
                open_item = ITEM_END.search(text, *line) is not None
                j += 1
            if items:
                out.append(Block((lo, hi), tuple(items)))
            i = max(j, i + 1)
        return out

    return document.memo("summitkit.money.lists.blocks", compute)


def lead_of(document: Document, offset: int) -> tuple[int, int] | None:
    """The lead line of the list item holding ``offset``, found by bisection over the items."""

    def compute(d: Document) -> tuple[list[int], list[tuple[tuple[int, int], tuple[int, int]]]]:
        spans = sorted((item, block.lead) for block in blocks(d) for item in block.items)
        return [item[0] for item, _ in spans], spans

    starts, spans = document.memo("summitkit.money.lists.items", compute)
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0 or offset > spans[i][0][1]:
        return None
    return spans[i][1]


def same_list(document: Document, before: int, after: int) -> bool:
    """Are the offsets in one list: ``after`` in an item whose lead or sibling item holds ``before``?"""
    lead = lead_of(document, after)
    return lead is not None and (lead[0] <= before <= lead[1] or lead_of(document, before) == lead)


def unit_scopes(text: str) -> list[UnitHeader]:
    """Units stated with no number before them ("(млн долларов)", "Объем, млрд долларов:"), each with the
    reach of the figures it governs: the rest of its line and the rows after it that hold figures."""
    out: list[UnitHeader] = []
    for m in UNIT.finditer(text):
        if out and m.start() < out[-1].end:
            continue  # a second unit in a table already read
        if text[max(0, m.start("mult") - 12) : m.start("mult")].rstrip(" \t(,:|").endswith(tuple("0123456789")):
            continue
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            if not CELL_NUMBER.search(text, end + 1, nxt):
                break
            end = nxt
        out.append(UnitHeader(m.start("mult"), m.group("mult"), m.end(), end))
    return out


def header_of(document: Document, offset: int) -> tuple[int, int] | None:
    """The line that states the unit over the table figure at ``offset`` ("| Страна | Взнос, млн долларов |"),
    if the offset lies in a later row of its reach; found by bisection over the units, read once."""

    def compute(d: Document) -> tuple[list[int], list[UnitHeader]]:
        headers = unit_scopes(d.text)
        return [h.start for h in headers], headers

    starts, headers = document.memo("summitkit.money.lists.units", compute)
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    header, text = headers[i], document.text
    line_end = text.find("\n", header.start)
    if line_end < 0 or not line_end < offset <= header.reach:
        return None
    return text.rfind("\n", 0, header.start) + 1, line_end


def cells(text: str, start: int, end: int) -> list[int]:
    """Where the bare numbers alone in their cells begin in ``text[start:end]``; a row of years left out."""
    out: list[int] = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        row = list(CELL_NUMBER.finditer(text, pos, stop))
        if row and not all(YEAR.fullmatch(m.group("num")) for m in row):
            out.extend(m.start("num") for m in row)
        pos = stop + 1
    return out
