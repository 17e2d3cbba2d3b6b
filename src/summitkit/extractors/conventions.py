"""Built-in extractor: new agreements, institutions and mechanisms a participant proposes.

The reading itself (where the text proposes, what, and who) lives in ``summitkit.proposals``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from summitkit.document import Document, Layer
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.models import Fact, ProposedConvention
from summitkit.proposals import proposals

__all__ = ["ConventionsExtractor"]


class ConventionsExtractor:
    """New agreements, institutions and mechanisms proposed at the event, with who proposed them."""

    name = "conventions"
    fills: tuple[str, ...] = ("proposed_conventions",)
    requires: frozenset[Layer] = frozenset({"sentences", "entities"})

    def extract(self, document: Document) -> Iterator[Fact]:
        for proposal, person in proposals(document):
            spans = {(proposal.start, proposal.end), proposal.trigger}
            yield ProposedConvention(
                title=proposal.title,
                proposer=person,
                evidence=[document.span(s, e) for s, e in sorted(spans)],
            )


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(ConventionsExtractor())
