"""The typed report: facts, their evidence, and the report that collects them.

Every fact carries the character spans it was read from, so a user can show or check where it came
from. Models are immutable and forbid unknown fields: a typo in a plugin is an error, not silent data.

``base``: the base model, evidence spans and exact amounts; ``facts``: the ``Fact`` base and the
built-in facts; ``merging``: the report field of a fact and repeated mentions merged; ``report``: the
``SummitReport`` and what it says besides facts (failures, diagnostics, the source read).
"""

from __future__ import annotations

from summitkit.models.base import Amount, Span
from summitkit.models.facts import (
    DocumentStatus,
    Fact,
    Leader,
    MonetaryTarget,
    MoneyKind,
    ProposedConvention,
    SignedDocument,
    SummitEvent,
    UnknownFact,
)
from summitkit.models.merging import BUILTIN_FACTS, RESERVED_FACT_TYPES, FactMerger, field_of, merge_facts
from summitkit.models.report import Diagnostic, ExtractorFailure, SourceInfo, SummitReport, add_fact_type_loader

__all__ = [
    "BUILTIN_FACTS",
    "RESERVED_FACT_TYPES",
    "Amount",
    "Diagnostic",
    "DocumentStatus",
    "ExtractorFailure",
    "Fact",
    "FactMerger",
    "Leader",
    "MonetaryTarget",
    "MoneyKind",
    "ProposedConvention",
    "SignedDocument",
    "SourceInfo",
    "Span",
    "SummitEvent",
    "SummitReport",
    "UnknownFact",
    "add_fact_type_loader",
    "field_of",
    "merge_facts",
]

# The classes are defined in the submodules but belong to ``summitkit.models``, where users import them
# from: their dotted names (in plugin listings, docs and pickles) stay as they were (httpx does the same).
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__
