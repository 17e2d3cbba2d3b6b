"""Overlapping evidence spans cut into flat segments, so HTML marks never have to cross each other.

A leader's name may sit inside the event's evidence and a money figure inside a document's: HTML
elements nest but spans cross. Cutting the text at every span boundary gives segments that each
lie wholly inside or wholly outside every span; each segment is then one ``<mark>`` naming all the
spans that cover it. One sweep over the sorted boundaries, linear in text plus spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

__all__ = ["Mark", "Segment", "segments"]


@dataclass(frozen=True)
class Mark:
    """One evidence span of one fact, with the ids and category the page gives it."""

    span_id: str
    fact_id: str
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """``text[start:end]``, covered by ``marks`` (innermost, i.e. shortest, first; empty: plain text)."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def segments(length: int, marks: list[Mark]) -> list[Segment]:
    """Cut ``range(length)`` at every mark boundary; empty marks and marks past the end are dropped."""
    kept = [m for m in marks if 0 <= m.start < m.end <= length]
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in kept:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    cuts = sorted({0, length, *starts, *ends})
    active: dict[int, Mark] = {}
    out: list[Segment] = []
    for left, right in pairwise(cuts):
        for mark in ends.get(left, []):
            active.pop(id(mark), None)
        for mark in starts.get(left, []):
            active[id(mark)] = mark
        covering = tuple(sorted(active.values(), key=lambda m: (m.end - m.start, m.span_id)))
        out.append(Segment(left, right, covering))
    return out
