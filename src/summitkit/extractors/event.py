"""Built-in extractor: the event itself, as a plugin (the reading is done by ``summitkit.event``).

Cheap first: a regular expression for the event nouns decides whether anything else runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from summitkit.document import Document, Layer
from summitkit.event import find_event
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.lexicons.events import TRIGGER_RE
from summitkit.models import Fact

__all__ = ["EventExtractor"]


class EventExtractor:
    """The summit itself: name, format, ordinal, host city and country, date, participating states."""

    name = "event"
    fills: tuple[str, ...] = ("event",)
    requires: frozenset[Layer] = frozenset({"sentences", "entities", "morph"})

    def extract(self, document: Document) -> Iterator[Fact]:
        if not TRIGGER_RE.search(document.text):
            return
        event = find_event(document)
        if event is not None:
            yield event


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(EventExtractor())
