"""Lists in the text: an intro, then items; read once per Document and shared by every reader of lists.

News prints lists in many shapes, and the same reader serves documents, proposals and any plugin:

- an intro ending in a colon or a dash ("подписали следующие документы:", "в том числе:",
  "Среди документов —", "подписали 15 документов:"), then the items;
- items on lines of their own, numbered ("1.", "2)", "а)"), dashed or bulleted, or unmarked (lower-case
  items ending in ";" or ".", or one title a line), with blank lines (paragraphs) between them or not;
- items on the intro's own line, parted by semicolons ("...: первое; второе; третье.");
- a heading item ending in a colon over sub-items marked otherwise ("Решения Совета:" then "— О ...");
- a list cut off by the end of the text.

The reader knows no vocabulary: what an item names is for the caller to say. Item spans leave out the
marker and the closing ";" / "," / "." (a dot after a short abbreviation, "гг.", stays).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from summitkit.document import Document

__all__ = ["Enumeration", "Item", "enumeration_at", "enumerations", "read_items"]

#: A line's marker: "1." "2)" "IV." "а)" "—" "-" "•" (not a decimal "1.5" nor a date "12.05").
MARKER = re.compile(
    r"[ \t]*(?:(?P<number>(?:\d{1,2}|[IVX]{1,4})[.)](?!\d))|(?P<letter>[а-яa-z]\))|(?P<dash>[-–—―])"
    r"|(?P<bullet>[•·*▪●]))[ \t]*"
)

#: "1) ..." inside a line of ;-parted items.
INLINE_NUMBER = re.compile(r"\s*(?:\d{1,2}|[а-яa-z])\)\s*")

#: An opener: a colon (not in "10:30") or a dash standing after a word, with what follows on its line.
OPENER = re.compile(r"(?<!\d):(?!\d)|(?<=\s)[—–―](?=\s)")

#: An inline marker of a ;-less list on one line: "1) ..., 2) ..." or "• ... • ...".
INLINE_MARKER = re.compile(r"(?:^|(?<=[\s,;.]))(?:(?P<number>\d{1,2})\)|•)\s")

#: A sentence break inside a line: the line is prose, not an item.
SENTENCE_BREAK = re.compile(r"(?<=[а-яёa-z0-9»\")])[.!?…]\s+[А-ЯЁA-Z«\"]")  # not after initials ("Н. Петров")

#: A closing dot that belongs to an abbreviation ("2026-2030 гг.", "до 2030 г.", "т.д."), kept in the item.
ABBREVIATION_DOT = re.compile(r"(?:^|[\s.\d])(?:гг?|вв?|д|др|пр|тыс|млн|млрд|трлн|руб|долл)\.$")

#: Longer lines are paragraphs of prose, not items.
MAX_ITEM_WORDS = 60


@dataclass(frozen=True, slots=True)
class Item:
    """One item: its span without the marker and closing punctuation, and sub-items under a heading item."""

    start: int
    end: int
    text: str
    marker: str  #: "number", "letter", "dash", "bullet", or "" for an unmarked line or a ;-part
    closing: str  #: the punctuation the item ended with (";", ".", ":", "," or "")
    children: tuple[Item, ...] = ()

    @property
    def heading(self) -> bool:
        """Does this item head sub-items ("Решения Совета:" over "— О ...")?"""
        return bool(self.children)


@dataclass(frozen=True, slots=True)
class Enumeration:
    """An intro and its items. ``intro_start:opener`` is the intro's text; ``opener`` is the offset of its
    colon or dash (or of the heading line's end for a list read with ``read_items``).
    """

    intro_start: int
    opener: int
    items: tuple[Item, ...]

    def leaves(self) -> Iterator[tuple[Item | None, Item]]:
        """Every item that names something, with the heading it stands under (None at the top level)."""
        for item in self.items:
            if item.children:
                for child in item.children:
                    yield item, child
            else:
                yield None, item


def enumerations(document: Document) -> tuple[Enumeration, ...]:
    """The lists of the text, in order; computed once per Document."""
    return document.memo("summitkit.enumerations", lambda d: _Lines(d.text).all())


def enumeration_at(document: Document, opener: int) -> Enumeration | None:
    """The list whose intro's colon or dash stands at ``opener``, or None."""
    index = document.memo("summitkit.enumerations.by_opener", lambda d: {e.opener: e for e in enumerations(d)})
    return index.get(opener)


def read_items(document: Document, start: int, intro_start: int | None = None) -> Enumeration:
    """The items on the lines after offset ``start`` (a heading line with no colon, say), as a list.

    Under a heading, official sites print one title a line, each closed by a full stop or not: every
    single-sentence line continues the list, and the caller says where its titles end.
    """
    lines = document.memo("summitkit.enumerations.lines", lambda d: _Lines(d.text))
    items = lines.items_from(lines.next_line(start), titles=True)
    return Enumeration(start if intro_start is None else intro_start, start, tuple(items))


class _Lines:
    """The text's lines, indexed by offset, and the list reading over them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer(r"\n", text))]

    @cached_property
    def ends(self) -> list[int]:
        return [s - 1 for s in self.starts[1:]] + [len(self.text)]

    def next_line(self, offset: int) -> int:
        """Index of the first line starting after ``offset``."""
        return bisect.bisect_right(self.starts, offset)

    def all(self) -> tuple[Enumeration, ...]:
        out: list[Enumeration] = []
        reached = 0  #: openers inside a list already read belong to its items (a heading item's colon)
        for match in OPENER.finditer(self.text):
            at = match.start()
            if at < reached:
                continue
            line = self.next_line(at) - 1
            line_start, line_end = self.starts[line], self.ends[line]
            rest = self.text[at + 1 : line_end]
            items = self._inline(at + 1, line_end) if rest.strip() else self.items_from(line + 1)
            if items:
                intro_start = _intro_start(self.text, line_start, at)
                out.append(Enumeration(intro_start, at, tuple(items)))
                reached = max(_last_end(items), at + 1)
        return tuple(out)

    def items_from(self, line: int, *, titles: bool = False) -> list[Item]:
        """Items on the lines from index ``line`` on, up to the first line that cannot continue the list
        (``titles``: any single-sentence line continues it).
        """
        items: list[Item] = []
        top: str | None = None  #: the top level's marker kind
        while line < len(self.starts):
            start, end = self.starts[line], self.ends[line]
            body = self.text[start:end]
            if not body.strip():
                line += 1
                continue
            marker, body_start = _marker(self.text, start, end)
            if len(body.split()) > MAX_ITEM_WORDS:
                break
            if top is None:
                if not marker and SENTENCE_BREAK.search(body.strip()):
                    break  # prose, not a list
                top = marker
            parent = items[-1] if items else None
            if not top and not marker and items and body.rstrip().endswith(":") and not self._marker_after(line):
                break  # "Кроме того, утверждены:" over unmarked lines: the intro of the next list
            if marker != top and parent is not None and parent.closing == ":" and marker:
                child = self._one(body_start, end, marker)
                items[-1] = _with_child(parent, child)
            elif marker == top and (marker or self._continues(items, body, titles=titles)):
                items.extend(
                    self._parts(body_start, end, marker) if not marker else [self._one(body_start, end, marker)]
                )
            elif top and not marker and items and body.rstrip()[-1:] not in ":—–-" and self._marker_after(line) == top:
                pass  # a note between two marked items ("Документ подписали министры."), not an item
            else:
                break
            line += 1
        return [i for i in items if i.end > i.start]

    def _marker_after(self, line: int) -> str | None:
        """The marker kind of the next non-blank line after index ``line`` (None at the end of the text)."""
        for nxt in range(line + 1, min(line + 3, len(self.starts))):
            start, end = self.starts[nxt], self.ends[nxt]
            if self.text[start:end].strip():
                return _marker(self.text, start, end)[0]
        return None

    def _continues(self, items: list[Item], body: str, *, titles: bool) -> bool:
        """May an unmarked line continue a list of unmarked lines? Not after an item closed by a full
        stop (unless the line goes on in lower case), and not when it is prose of several sentences.
        """
        stripped = body.strip()
        if SENTENCE_BREAK.search(stripped):
            return False
        if not items or titles:
            return True
        last = items[-1]
        return last.closing in {";", ",", ":", ""} or stripped[:1].islower()

    def _inline(self, start: int, end: int) -> list[Item]:
        """The items of a list on the intro's own line: ;-parted, or marked inline by "1) ... 2) ..." counting
        up from 1, or by bullets ("• ... • ..."); a line with none of them is prose.
        """
        if ";" in self.text[start:end]:
            return self._parts(start, end, "")
        marks = list(INLINE_MARKER.finditer(self.text, start, end))
        numbers = [m.group("number") for m in marks]
        counted = numbers == [str(i) for i in range(1, len(numbers) + 1)]
        if len(marks) < 2 or not (counted or not any(numbers)) or self.text[start : marks[0].start()].strip():
            return []
        ends = [m.start() for m in marks[1:]] + [end]
        kind = "number" if counted else "bullet"
        return [_item(self.text, m.end(), stop, kind) for m, stop in zip(marks, ends, strict=True)]

    def _one(self, start: int, end: int, marker: str) -> Item:
        """A marked line's item: up to its first semicolon."""
        semicolon = self.text.find(";", start, end)
        return _item(self.text, start, end if semicolon < 0 else semicolon + 1, marker)

    def _parts(self, start: int, end: int, marker: str) -> list[Item]:
        """The ;-parted items of one stretch, with inline numbers ("1) ...; 2) ...") left out."""
        out = []
        for m in re.finditer(r"[^;]+;?", self.text[start:end]):
            a = start + m.start()
            number = INLINE_NUMBER.match(self.text, a, start + m.end())
            out.append(_item(self.text, number.end() if number else a, start + m.end(), marker))
        return out


def _marker(text: str, start: int, end: int) -> tuple[str, int]:
    m = MARKER.match(text, start, end)
    if m is None or m.end() == end:
        return "", start + len(text[start:end]) - len(text[start:end].lstrip())
    return next(kind for kind, value in m.groupdict().items() if value), m.end()


def _item(text: str, start: int, end: int, marker: str) -> Item:
    """Trim white space and the closing punctuation (keeping an abbreviation's dot)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    closing = ""
    if end > start and text[end - 1] in ";,:.":
        if text[end - 1] != "." or not ABBREVIATION_DOT.search(text, start, end):
            closing = text[end - 1]
            end -= 1
        else:
            closing = "."
    while end > start and text[end - 1].isspace():
        end -= 1
    return Item(start, end, text[start:end], marker, closing)


def _with_child(parent: Item, child: Item) -> Item:
    return Item(parent.start, parent.end, parent.text, parent.marker, parent.closing, (*parent.children, child))


def _intro_start(text: str, line_start: int, opener: int) -> int:
    """Where the intro's sentence starts on its line (after the last full stop before the opener)."""
    cut = line_start
    for m in SENTENCE_BREAK.finditer(text, line_start, opener):
        cut = m.end() - 1
    return cut


def _last_end(items: list[Item]) -> int:
    last = items[-1]
    return last.children[-1].end if last.children else last.end
