"""Built-in extractor: the leaders, one per person, with every mention of them as evidence.

The reading itself (names, posts, countries, who a title refers back to) lives in
``summitkit.people``, which the proposals extractor shares to tell who proposed what.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from summitkit.document import Document, Layer
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.models import Fact, Leader
from summitkit.people import people


class LeadersExtractor:
    """Every named official: name in the nominative, role, ISO country, evidence for each mention."""

    name = "leaders"
    fills: tuple[str, ...] = ("leaders",)
    requires: frozenset[Layer] = frozenset({"sentences", "entities"})

    def extract(self, document: Document) -> Iterator[Fact]:
        for person in people(document):
            yield Leader(
                name=person.name,
                role=person.role,
                country=person.country,
                evidence=[document.span(start, end) for start, end in person.mentions],
            )


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(LeadersExtractor())
