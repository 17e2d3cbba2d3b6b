"""Position indexes for the reading of people: what covers an offset, found by bisection.

Every stage asks "is this word inside a name already found?", "which mention ends just before
here?", "which chamber's name holds this word?". Scanning every mention for each word makes the
reading quadratic in the text; these indexes answer in O(log n).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar

__all__ = ["Located", "PositionIndex", "Spans"]


class Located(Protocol):
    """Anything with a character range."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_L = TypeVar("_L", bound=Located)

#: How many items back ``containing`` looks past ones that end too early: names and chambers hardly nest.
_LOOK_BACK = 8


class Spans:
    """A growing set of character ranges, kept as sorted disjoint runs (overlapping ranges are joined).

    >>> s = Spans([(10, 20)])
    >>> s.add(18, 30); s.covers(25), s.covers(30), s.overlaps(0, 11), s.overlaps(30, 40)
    (True, False, True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(ranges):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] >= start:  # joins the run before
            i -= 1
            start = self._starts[i]
            end = max(end, self._ends[i])
        j = i
        while j < len(self._starts) and self._starts[j] <= end:  # swallows the runs it reaches
            end = max(end, self._ends[j])
            j += 1
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def covers(self, offset: int) -> bool:
        """``offset`` lies inside a range."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """``[start, end)`` shares a character with a range."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start


class PositionIndex(Generic[_L]):
    """Items sorted by start (mentions, chambers), asked which holds an offset or ends before one."""

    __slots__ = ("_by_end", "_ends", "_items", "_starts")

    def __init__(self, items: Iterable[_L]) -> None:
        self._items: Sequence[_L] = sorted(items, key=lambda x: (x.start, x.end))
        self._starts = [x.start for x in self._items]
        self._by_end: Sequence[_L] = sorted(self._items, key=lambda x: x.end)
        self._ends = [x.end for x in self._by_end]

    def containing(self, offset: int) -> _L | None:
        """The item that starts last at or before ``offset`` and runs past it."""
        i = bisect.bisect_right(self._starts, offset) - 1
        for _ in range(_LOOK_BACK):
            if i < 0:
                return None
            item = self._items[i]
            if item.end > offset:
                return item
            if i == 0 or self._items[i - 1].end <= item.start:
                return None  # items do not nest here: none further back can hold the offset
            i -= 1
        return None

    def ending_by(self, offset: int) -> _L | None:
        """The item that ends last at or before ``offset``."""
        i = bisect.bisect_right(self._ends, offset) - 1
        return self._by_end[i] if i >= 0 else None

    def within(self, start: int, end: int) -> Iterable[_L]:
        """Items starting inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._items) and self._items[i].start < end:
            yield self._items[i]
            i += 1
