"""When two reports describe the same summit: their event headers agree.

The header is the format or organisation, the ordinal, the host city and the date. A field present
in both reports and different in them rules the match out (the 5th and the 6th summit of one
organisation are two events); a field present in both and equal adds to the score; a field missing
from either report adds nothing, so a sparse header weakens the match without breaking it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summitkit.models import SummitEvent, SummitReport
from summitkit.text import fold

__all__ = ["DATE_WINDOW_DAYS", "MATCH_THRESHOLD", "EventHeader", "event_match"]

#: Two full dates this many days apart or fewer can be one event (outlets date a summit by its
#: first day, its last day, or the day they published).
DATE_WINDOW_DAYS = 3

#: The score at which two headers are one event. Organisation, ordinal and a full date weigh 2; the
#: city, a month or year, and shared participants weigh 1. So the organisation with the city, or the
#: city with the date, is enough; the organisation alone, or a year alone, is not.
MATCH_THRESHOLD = 3

_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class EventHeader:
    """The parts of an event that identify it, folded for comparison."""

    organisation: str | None = None
    ordinal: int | None = None
    city: str | None = None
    date: str | None = None
    participants: frozenset[str] = frozenset()

    @classmethod
    def of(cls, event: SummitEvent | SummitReport | None) -> EventHeader:
        """The header of an event, or of a report's event (an empty header where there is none)."""
        if isinstance(event, SummitReport):
            event = event.event
        if event is None:
            return cls()
        return cls(
            organisation=fold(event.organisation) if event.organisation else None,
            ordinal=event.ordinal,
            city=fold(event.city) if event.city else None,
            date=event.date,
            participants=frozenset(event.participants),
        )

    @property
    def empty(self) -> bool:
        return not (self.organisation or self.ordinal or self.city or self.date or self.participants)

    @property
    def day(self) -> dt.date | None:
        """The full date, where the header gives year, month and day."""
        parts = _date_parts(self.date)
        if parts is None or parts[2] is None or parts[1] is None:
            return None
        try:
            return dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            return None

    @property
    def year(self) -> int | None:
        parts = _date_parts(self.date)
        return parts[0] if parts else None


def _date_parts(date: str | None) -> tuple[int, int | None, int | None] | None:
    match = _ISO.match(date or "")
    if match is None:
        return None
    month, day = match["month"], match["day"]
    return int(match["year"]), int(month) if month else None, int(day) if day else None


def _dates(a: EventHeader, b: EventHeader) -> int | None:
    """The date's contribution: None where the dates rule the match out."""
    pa, pb = _date_parts(a.date), _date_parts(b.date)
    if pa is None or pb is None:
        return 0
    if pa[0] != pb[0]:
        # A summit on 30 December and a report dated 2 January still agree through the window.
        day_a, day_b = a.day, b.day
        if day_a and day_b and abs((day_a - day_b).days) <= DATE_WINDOW_DAYS:
            return 2
        return None
    day_a, day_b = a.day, b.day
    if day_a and day_b:
        return 2 if abs((day_a - day_b).days) <= DATE_WINDOW_DAYS else None
    if pa[1] and pb[1]:
        return 1 if pa[1] == pb[1] else None
    return 1


def event_match(a: EventHeader, b: EventHeader) -> int | None:
    """How strongly two headers say one event (``None``: they cannot be one).

    >>> x = EventHeader(organisation="шос", ordinal=24, date="2024-07-04")
    >>> event_match(x, EventHeader(organisation="шос", date="2024-07-03"))
    4
    >>> event_match(x, EventHeader(organisation="шос", ordinal=25)) is None
    True
    """
    score = 0
    if a.organisation and b.organisation:
        if a.organisation != b.organisation:
            return None
        score += 2
    if a.ordinal and b.ordinal:
        if a.ordinal != b.ordinal:
            return None
        score += 2
    if a.city and b.city:
        if a.city != b.city:
            return None
        score += 1
    dates = _dates(a, b)
    if dates is None:
        return None
    score += dates
    if a.participants and b.participants:
        shared = len(a.participants & b.participants) / len(a.participants | b.participants)
        if shared >= 0.5:
            score += 1
    return score
