"""The plugin module: a fact type, an extractor, and the hooks that register them.

"Следующий саммит пройдёт в апреле 2027 года в Астане" gives
``UpcomingEvent(date="2027-04", city="Астана")`` with the sentence as its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar

from pydantic import Field

import summitkit

#: "следующий саммит", "очередное заседание", "следующая встреча" ...
_NEXT = re.compile(r"\b(?:следующ|очередн)\w*\s+(?:саммит|заседани|встреч|форум)\w*", re.IGNORECASE)
#: "пройдёт", "состоится", "будет проведён" ...
_WILL_BE_HELD = re.compile(r"\b(?:пройд[её]т|состоится|будет\s+проведен|будет\s+проведён)\w*", re.IGNORECASE)
#: "в апреле 2027 года", "в 2027 году"
_WHEN = re.compile(r"\bв\s+(?:(?P<month>[а-я]+)\s+)?(?P<year>20\d\d)\s+год", re.IGNORECASE)

_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip


class UpcomingEvent(summitkit.Fact):
    """The next meeting a text announces: when (ISO 8601, as far as the text says) and where."""

    fact_type: ClassVar[str] = "upcoming_event"

    date: str | None = Field(default=None, description="ISO 8601 year or year-month: '2027' or '2027-04'.")
    city: str | None = Field(default=None, description="The host city, nominative.")

    def merge_key(self) -> object:
        return (self.date, self.city)  # the same announcement repeated is one fact


def _month(word: str) -> int | None:
    word = word.lower()
    return next((n for stem, n in sorted(_MONTHS.items(), key=lambda i: -len(i[0])) if word.startswith(stem)), None)


class UpcomingEventExtractor:
    """Finds sentences announcing the next summit and reads their date and city."""

    name = "upcoming"
    fills: tuple[str, ...] = ("upcoming_event",)
    requires: frozenset[summitkit.Layer] = frozenset({"sentences", "entities"})

    def extract(self, document: summitkit.Document) -> Iterator[UpcomingEvent]:
        for sentence in document.sentences:
            if not (_NEXT.search(sentence.text) and _WILL_BE_HELD.search(sentence.text)):
                continue
            date = None
            when = _WHEN.search(sentence.text)
            if when is not None:
                month = _month(when["month"]) if when["month"] else None
                date = f"{when['year']}-{month:02d}" if month else when["year"]
            places = document.entities_in(sentence.start, sentence.end, "LOC")
            city = document.normal(places[-1]) if places else None
            if date or city:
                yield UpcomingEvent(date=date, city=city, evidence=[document.span(sentence.start, sentence.end)])


@summitkit.hookimpl
def register_fact_types(register: Callable[[type[summitkit.Fact]], None]) -> None:
    """Register the fact type, so `summitkit schema` describes it and reports read back typed."""
    register(UpcomingEvent)


@summitkit.hookimpl
def register_extractors(register: Callable[[summitkit.Extractor], None]) -> None:
    register(UpcomingEventExtractor())


@summitkit.hookimpl
def register_gazetteer(add: Callable[[str, Iterable[Mapping[str, Any]]], None]) -> None:
    """Teach the built-in money extractor a currency it does not know."""
    add("currencies", [{"word": "лемпира", "code": "HNL"}])
