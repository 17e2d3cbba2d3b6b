"""Which report field a fact goes to, and repeated mentions of one fact merged into one.

A plugin's ``merge_key``, ``same_as`` and ``merged_with`` are its own code: an error there leaves the
fact unmerged and goes to ``on_error``, so one bad plugin does not lose the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from summitkit.models.facts import Fact, Leader, MonetaryTarget, ProposedConvention, SignedDocument, SummitEvent

__all__ = ["BUILTIN_FACTS", "RESERVED_FACT_TYPES", "FactMerger", "OnError", "field_of", "merge_facts"]


_FIELDS: dict[type[Fact], str] = {
    Leader: "leaders",
    MonetaryTarget: "monetary_targets",
    SignedDocument: "signed_documents",
    ProposedConvention: "proposed_conventions",
    SummitEvent: "event",
}


#: The built-in fact classes, by the report field they go to.
BUILTIN_FACTS: Mapping[str, type[Fact]] = {field: cls for cls, field in _FIELDS.items()}


#: Names a plugin's ``fact_type`` may not take: the report's own fields and the built-in fact types.
RESERVED_FACT_TYPES: frozenset[str] = frozenset(
    {"leaders", "monetary_targets", "signed_documents", "proposed_conventions", "event", "extras"}
    | {"failures", "diagnostics", "fact", "unknown"}
    | {cls.fact_type for cls in _FIELDS}
)


_T = TypeVar("_T")


#: Called with a plugin fact and the error its ``merge_key``, ``same_as`` or ``merged_with`` raised.
OnError = Callable[[Fact, Exception], None]


def field_of(fact_class: type[Fact]) -> str:
    """The report field a fact class goes to: a built-in field, or its own ``extras`` entry."""
    for cls in fact_class.__mro__:
        if cls in _FIELDS:
            return _FIELDS[cls]
    return fact_class.fact_type


def _guarded(fact: Fact, call: Callable[[], _T], fallback: _T, on_error: OnError | None) -> _T:
    """``call()``, or ``fallback`` when the plugin code it runs raises and an ``on_error`` takes the error."""
    try:
        return call()
    except Exception as error:
        if on_error is None:
            raise
        on_error(fact, error)
        return fallback


class FactMerger:
    """Facts merged as they come, one at a time: what ``merge_facts`` does to a whole list.

    A long text read in windows feeds each window's facts here, so memory holds the distinct facts
    and never a list of every mention, and the result is the one-shot merge of all of them in order.
    """

    __slots__ = ("_groups", "_merged", "_on_error")

    def __init__(self, on_error: OnError | None = None) -> None:
        self._merged: list[tuple[str, Fact]] = []
        self._groups: dict[tuple[str, object], list[int]] = {}
        self._on_error = on_error

    @property
    def merged(self) -> list[tuple[str, Fact]]:
        """The facts so far, each with the report field it goes to, in order of first mention."""
        return self._merged

    def add(self, fact: Fact) -> None:
        """Merge ``fact`` into the one it repeats, or keep it as a new one."""
        merged, on_error = self._merged, self._on_error
        field = field_of(type(fact))
        key = _guarded(fact, lambda: _key_of(fact), None, on_error)
        group = self._groups.setdefault((field, key), []) if key is not None else []
        same = next(
            (i for i in group if _guarded(fact, lambda i=i: merged[i][1].same_as(fact), False, on_error)),  # type: ignore[misc]
            None,
        )
        if same is None:
            group.append(len(merged))
            merged.append((field, fact))
        else:
            kept = merged[same][1]
            merged[same] = (field, _guarded(fact, lambda: kept.merged_with(fact), kept, on_error))

    def extend(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            self.add(fact)


def _key_of(fact: Fact) -> object | None:
    key = fact.merge_key()
    if key is not None:
        hash(key)  # an unhashable key is the plugin's error, found here and not in a dict below
    return key


def merge_facts(facts: Iterable[Fact], on_error: OnError | None = None) -> list[tuple[str, Fact]]:
    """Facts with repeated mentions of one fact merged, each with the report field it goes to.

    ``merge_key`` groups candidates and ``same_as`` decides; a key that raises or cannot be hashed
    leaves the fact unmerged, and the error goes to ``on_error`` (raised without one).
    """
    merger = FactMerger(on_error)
    merger.extend(facts)
    return merger.merged
