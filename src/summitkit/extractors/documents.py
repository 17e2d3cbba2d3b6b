"""Built-in extractor: documents signed, adopted or approved at the event.

A thin plugin: the reading itself is ``summitkit.documents.outcomes``, computed once per Document
(the proposals extractor reads it too, to leave out what was signed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from summitkit.document import Document, Layer
from summitkit.documents.outcomes import outcomes
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.models import DocumentStatus, Fact, SignedDocument

__all__ = ["DocumentsExtractor"]


class DocumentsExtractor:
    """Documents signed, adopted or approved at the event, with the verb that says so."""

    name = "documents"
    fills: tuple[str, ...] = ("signed_documents",)
    requires: frozenset[Layer] = frozenset({"sentences"})

    def extract(self, document: Document) -> Iterator[Fact]:
        for found in outcomes(document):
            spans = [document.span(found.start, found.end)]
            if found.trigger is not None and found.trigger != (found.start, found.end):
                spans.append(document.span(*found.trigger))
            yield SignedDocument(
                title=found.title,
                status=DocumentStatus(found.status),
                evidence=sorted(spans, key=lambda s: (s.start, s.end)),
            )


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(DocumentsExtractor())
