"""What an extractor is: a name, what it fills, what it reads, and one ``extract`` method."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from summitkit.document import Document, Layer
from summitkit.models import Fact

__all__ = ["Extractor"]


@runtime_checkable
class Extractor(Protocol):
    """One job: read a Document, yield facts.

    ``name`` is unique across plugins (disabling and replacing go by it); ``fills`` names the report
    fields or fact types it writes, for ``summitkit plugins``; ``requires`` names the Document layers
    it reads, so the pipeline can tell which natasha stages a run needs.
    """

    name: str
    fills: tuple[str, ...]
    requires: frozenset[Layer]

    def extract(self, document: Document) -> Iterable[Fact]: ...
