"""Long texts read in windows: cut at paragraph breaks that no list or quotation spans.

A news article is a few thousand characters; an archive dumped into one text can be megabytes.
Reading such a text as one Document would hold every token of it in memory at once, and the rules,
built for an article, would look further than an article ever needs. So a text longer than
``LIMIT`` is read window by window (about ``SIZE`` characters each, one Document at a time), and
the facts of every window are moved back to offsets in the whole text and merged into one report.

Where a window ends matters: a list of signed documents read without its intro ("подписаны
следующие документы:") or a quotation cut in two would lose facts. A cut is made, by preference:

1. at a blank line, outside quotation marks, not after a line ending in ":" or ";" and not before
   a line that starts like a list item ("1.", "-", "•", "а)");
2. failing that, at any line break with the same conditions;
3. failing that, after a sentence end (". ", "! ", "? ") outside quotation marks;
4. failing that, the stretch is not prose (one word repeated, a dump on one line): it is cut at
   white space within ``UNBROKEN`` characters, or at ``UNBROKEN`` exactly (one giant "word").

The search looks back from ``SIZE`` to half of it, so each character is looked at a bounded number
of times and the cutting is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from summitkit.document import Document
from summitkit.models import Diagnostic, ExtractorFailure, Fact, FactMerger, Span, SummitEvent, SummitReport
from summitkit.models.base import moved
from summitkit.readers.normalize import Normalized, normalize

__all__ = ["LIMIT", "SIZE", "UNBROKEN", "moved", "read_in_windows", "shift", "windows"]

#: The size a window aims at, in characters: several articles, so no real article is ever cut.
SIZE = 20_000
#: Texts up to this length are read whole.
LIMIT = 30_000
#: The window for a stretch with no line break and no sentence end (one word repeated, a dump on one line).
UNBROKEN = 2_000

_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-–—•*·]|[а-яa-z]\))")
_SENTENCE_END = re.compile(r"[.!?…][»\")]?\s+(?=[«\"(]?[А-ЯЁA-Z0-9])")
#: Quotation marks that say which side they stand on: «ёлочки» and „лапки“.
_QUOTE_PAIRS = (("«", "»"), ("„", "“"))
#: Candidate cuts tried per kind before falling back to the next kind (bounds the work per window).
_TRIES = 64


def windows(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each window (``SIZE`` characters at most by default); together they cover
    the text, in order, without overlap."""
    size = SIZE if size is None else size
    if size < 2:
        raise ValueError("a window holds at least two characters")
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size or _unbroken(text, start):
        end = _cut(text, start, min(start + size, len(text)))
        out.append((start, end))
        start = end
    if start < len(text) or not out:
        out.append((start, len(text)))
    return out


def _unbroken(text: str, start: int) -> bool:
    """Whether the rest of the text, longer than ``UNBROKEN``, has no line break and no sentence end."""
    return len(text) - start > UNBROKEN and text.find("\n", start) < 0 and _SENTENCE_END.search(text, start) is None


def _cut(text: str, start: int, limit: int) -> int:
    """The best cut in ``(start + (limit - start) // 2, limit]``, by the preferences of the module doc."""
    floor = start + (limit - start) // 2
    for good in (_paragraph_cuts, _line_cuts, _sentence_cuts):
        for tried, cut in enumerate(good(text, floor, limit)):
            if tried == _TRIES:
                break
            if _outside_quotes(text, start, cut) and _free(text, cut):
                return cut
    # No line break and no sentence end in half a window: not prose the rules know. Such a stretch is
    # cut short, at white space, so that rules that read a sentence at a time see no giant sentence.
    limit = min(limit, start + UNBROKEN)
    floor = start + (limit - start) // 2
    space = text.rfind(" ", floor, limit)
    return space + 1 if space > floor else limit


def _outside_quotes(text: str, start: int, cut: int) -> bool:
    """Whether every quotation opened in ``text[start:cut]`` is closed by ``cut``."""
    return all(text.count(left, start, cut) <= text.count(right, start, cut) for left, right in _QUOTE_PAIRS)


def _paragraph_cuts(text: str, floor: int, limit: int) -> Iterator[int]:
    position = limit
    while (found := text.rfind("\n\n", floor, position)) > floor:
        yield found + 2
        position = found


def _line_cuts(text: str, floor: int, limit: int) -> Iterator[int]:
    position = limit
    while (found := text.rfind("\n", floor, position)) > floor:
        yield found + 1
        position = found


def _sentence_cuts(text: str, floor: int, limit: int) -> Iterator[int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, limit)]
    yield from reversed(ends)


def _free(text: str, cut: int) -> bool:
    """Whether ``cut`` (the start of a line or a sentence) splits no list: the text before it does not
    announce or continue one (":" or ";"), and the text after it does not start an item."""
    before = text[max(0, cut - 200) : cut].rstrip()
    if before.endswith((":", ";")):
        return False
    return _LIST_ITEM.match(text, cut) is None


def shift(model: Any, offset: int, text: str) -> Any:
    """``model`` (a fact, a diagnostic) with every span moved by ``offset`` into ``text``."""
    return moved(model, lambda start, end: Span.of(text, start + offset, end + offset))


def read_in_windows(read: Callable[[Document], SummitReport], text: str, size: int | None = None) -> SummitReport:
    """One report for a long text: ``read`` each window, move its facts into the text, merge them.

    The windows are cut in the text as given, and each is cleaned on its own (``summitkit.readers.
    normalize``): a working copy of the whole text, as large as the text again, is never made. Each
    window's spans are moved at once into the text, so the report is built once and never remapped
    whole. The event is the first window's that names one (the headline and the lead are at the top).
    Facts are merged as they come (``FactMerger``), so memory holds the distinct facts, not every
    window's, and an evidence text repeated across the text (a name, a title) is kept once.
    """
    texts: dict[str, str] = {}
    merger = FactMerger()
    failures: list[ExtractorFailure] = []
    diagnostics: list[Diagnostic] = []
    event_seen = False
    for start, end in windows(text, size):
        working = normalize(text[start:end])
        report = read(Document(working.text))

        def place(begin: int, finish: int, offset: int = start, working: Normalized = working) -> Span:
            begin, finish = working.offsets(begin, finish)
            quoted = text[begin + offset : finish + offset]
            return Span.of(text, begin + offset, finish + offset, text=texts.setdefault(quoted, quoted))

        for fact in _facts_of(report, event=not event_seen):
            event_seen = event_seen or isinstance(fact, SummitEvent)
            merger.add(moved(fact, place))
        failures.extend(f for f in report.failures if f not in failures)
        diagnostics.extend(moved(d, place) for d in report.diagnostics)
    return SummitReport.from_merged(merger.merged, failures, diagnostics)


def _facts_of(report: SummitReport, *, event: bool) -> Iterator[Fact]:
    """Every fact on a report (its event too, if ``event``), field by field in the report's order."""
    for name, value in report:
        if name in {"failures", "diagnostics"} or (name == "event" and not event):
            continue
        groups = value.values() if isinstance(value, dict) else [value]
        for group in groups:
            for fact in group if isinstance(group, list) else [group]:
                if isinstance(fact, Fact):
                    yield fact
