"""Built-in extractor: documents (placeholder being written)."""

from __future__ import annotations

from collections.abc import Iterator

from summitkit.document import Document, Layer
from summitkit.hookspecs import hookimpl
from summitkit.models import Fact


class _Extractor:
    name = "documents"
    fills: tuple[str, ...] = ()
    requires: frozenset[Layer] = frozenset()

    def extract(self, document: Document) -> Iterator[Fact]:
        return iter(())


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    register(_Extractor())
