"""summitkit: what an international summit produced, read from the news as typed data.

>>> import summitkit
>>> report = summitkit.extract(text)          # doctest: +SKIP
>>> [leader.name for leader in report.leaders]  # doctest: +SKIP
"""

import importlib.metadata as _metadata

import summitkit._pymorphy3  # noqa: F401  (first: natasha must meet pymorphy3, not pymorphy2)

try:
    __version__ = _metadata.version("summitkit")
except _metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

from summitkit.document import Document, Entity, Layer, Sentence, Token
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.inputs import extract_bytes, extract_html
from summitkit.models import (
    Diagnostic,
    DocumentStatus,
    ExtractorFailure,
    Fact,
    Leader,
    MonetaryTarget,
    MoneyKind,
    ProposedConvention,
    SignedDocument,
    SourceInfo,
    Span,
    SummitEvent,
    SummitReport,
    UnknownFact,
)
from summitkit.pipeline import ExtractorError, Pipeline, extract

__all__ = [
    "Diagnostic",
    "Document",
    "DocumentStatus",
    "Entity",
    "Extractor",
    "ExtractorError",
    "ExtractorFailure",
    "Fact",
    "Layer",
    "Leader",
    "MonetaryTarget",
    "MoneyKind",
    "Pipeline",
    "ProposedConvention",
    "Sentence",
    "SignedDocument",
    "SourceInfo",
    "Span",
    "SummitEvent",
    "SummitReport",
    "Token",
    "UnknownFact",
    "__version__",
    "extract",
    "extract_bytes",
    "extract_html",
    "hookimpl",
]
