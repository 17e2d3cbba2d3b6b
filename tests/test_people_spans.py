"""Position indexes of the reading of people: the answers a scan over every mention would give."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from summitkit.people.spans import PositionIndex, Spans


@dataclass(frozen=True)
class _Item:
    start: int
    end: int


_RANGES = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@given(_RANGES, st.integers(0, 240), st.integers(1, 20))
def test_spans_answer_like_a_scan(ranges: list[tuple[int, int]], offset: int, width: int) -> None:
    spans = Spans()
    for start, end in ranges:
        spans.add(start, end)
    assert spans.covers(offset) == any(s <= offset < e for s, e in ranges)
    assert spans.overlaps(offset, offset + width) == any(s < offset + width and offset < e for s, e in ranges)


def test_position_index_finds_the_holder_and_the_last_before() -> None:
    index = PositionIndex([_Item(30, 40), _Item(0, 10), _Item(12, 20)])
    assert index.containing(15) == _Item(12, 20)
    assert index.containing(11) is None
    assert index.ending_by(29) == _Item(12, 20)
    assert index.ending_by(5) is None
    assert list(index.within(10, 35)) == [_Item(12, 20), _Item(30, 40)]
