"""Many reports of one summit merged into one record, each fact with every source that names it.

``merge`` groups the reports by event (``summitkit.memory.identity``), then de-duplicates each
field across the group: the same leader, amount, document or proposal named by three outlets is one
fact with three sources. Where outlets disagree (two amounts for one indicator, two statuses for one
document) both facts are kept and each says what it conflicts with.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from summitkit.memory.identity import MATCH_THRESHOLD, EventHeader, event_match
from summitkit.memory.similarity import SAME_TITLE, title_similarity
from summitkit.models import (
    Fact,
    Leader,
    MonetaryTarget,
    ProposedConvention,
    SignedDocument,
    Span,
    SummitReport,
)
from summitkit.text import fold

__all__ = ["Source", "Sourced", "Summit", "merge"]

F = TypeVar("F", bound=Fact)
V = TypeVar("V")

#: Two amounts within this relative difference are one figure (rounding in different outlets).
SAME_AMOUNT = Decimal("0.01")


class Source(BaseModel):
    """One article's evidence for a merged fact."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source_id: str = Field(description="The report's id: a file name, a URL, or a content hash.")
    evidence: list[Span] = Field(default_factory=list, description="Spans into that article's text.")


class Sourced(BaseModel, Generic[F]):
    """A fact as several outlets state it: the merged fact, its sources, and any conflict."""

    model_config = ConfigDict(extra="forbid")

    fact: F
    sources: list[Source]
    conflict: str | None = Field(default=None, description="What other sources state instead, if they disagree.")
    source_count: int = Field(default=0, description="How many articles state it (computed from sources).")

    @model_validator(mode="after")
    def _count_sources(self) -> Sourced[F]:
        self.source_count = len({source.source_id for source in self.sources})
        return self


class Summit(BaseModel):
    """One event as all its reports tell it."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(description="Stable id: organisation, ordinal, city and date where known.")
    name: str | None = None
    organisation: str | None = None
    ordinal: int | None = None
    city: str | None = None
    country: str | None = None
    date: str | None = None
    participants: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Ids of the reports merged here.")
    leaders: list[Sourced[Leader]] = Field(default_factory=list)
    monetary_targets: list[Sourced[MonetaryTarget]] = Field(default_factory=list)
    signed_documents: list[Sourced[SignedDocument]] = Field(default_factory=list)
    proposed_conventions: list[Sourced[ProposedConvention]] = Field(default_factory=list)


def merge(reports: Iterable[SummitReport | tuple[str, SummitReport]]) -> list[Summit]:
    """One record per event. Reports come bare (their id is their position) or as ``(id, report)``.

    Each report joins the best-matching event seen so far (``identity.MATCH_THRESHOLD``), or starts
    a new one; a report with no event header is an event of its own.
    """
    groups: list[list[tuple[str, SummitReport]]] = []
    headers: list[EventHeader] = []
    for index, item in enumerate(reports):
        source_id, report = item if isinstance(item, tuple) else (str(index), item)
        header = EventHeader.of(report)
        best, best_score = None, MATCH_THRESHOLD - 1
        if not header.empty:
            for g, known in enumerate(headers):
                score = event_match(header, known)
                if score is not None and score > best_score:
                    best, best_score = g, score
        if best is None:
            groups.append([(source_id, report)])
            headers.append(header)
        else:
            groups[best].append((source_id, report))
            headers[best] = _consensus([EventHeader.of(r) for _, r in groups[best]])
    return [_summit(group) for group in groups]


def _consensus(headers: Sequence[EventHeader]) -> EventHeader:
    """Each field's most common value among the group's headers (the fullest date among equals)."""
    dates = sorted((h.date for h in headers if h.date), key=len, reverse=True)
    return EventHeader(
        organisation=_most_common(h.organisation for h in headers),
        ordinal=_most_common(h.ordinal for h in headers),
        city=_most_common(h.city for h in headers),
        date=_most_common(dates),
        participants=frozenset().union(*(h.participants for h in headers)),
    )


def _most_common(values: Iterable[V | None]) -> V | None:
    """The most common value that is set; the first seen among equals."""
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _summit(group: list[tuple[str, SummitReport]]) -> Summit:
    events = [report.event for _, report in group if report.event is not None]
    # The fullest date wins a tie: "2024-07-04" over "2024-07".
    dates = sorted((e.date for e in events if e.date), key=len, reverse=True)
    date = Counter(d for d in dates if len(d) == len(dates[0])).most_common(1)[0][0] if dates else None
    participants = sorted({code for e in events for code in e.participants})
    fields: dict[str, object] = {
        "name": _most_common(e.name for e in events),
        "organisation": _most_common(e.organisation for e in events),
        "ordinal": _most_common(e.ordinal for e in events),
        "city": _most_common(e.city for e in events),
        "country": _most_common(e.country for e in events),
    }
    return Summit(
        key=_key(fields, date, [source_id for source_id, _ in group]),
        date=date,
        participants=participants,
        sources=[source_id for source_id, _ in group],
        leaders=_merge_facts(group, lambda r: r.leaders, _same_leader),
        monetary_targets=_mark_amount_conflicts(_merge_facts(group, lambda r: r.monetary_targets, _same_amount)),
        signed_documents=_mark_status_conflicts(_merge_facts(group, lambda r: r.signed_documents, _same_document)),
        proposed_conventions=_merge_facts(group, lambda r: r.proposed_conventions, _same_title),
        **fields,
    )


def _key(fields: dict[str, object], date: str | None, sources: list[str]) -> str:
    parts = [str(fields[name]) for name in ("organisation", "ordinal", "city") if fields[name]]
    if date:
        parts.append(date)
    if not parts:
        parts.append(hashlib.sha256("\n".join(sorted(sources)).encode()).hexdigest()[:12])
    return "-".join(fold(part).replace(" ", "_") for part in parts)


def _merge_facts(
    group: list[tuple[str, SummitReport]],
    facts_of: Callable[[SummitReport], Sequence[F]],
    same: Callable[[F, F], bool],
) -> list[Sourced[F]]:
    """Each distinct fact once, with every source that names it (few facts per summit: pairwise is fine)."""
    merged: list[Sourced[F]] = []
    for source_id, report in group:
        for fact in facts_of(report):
            source = Source(source_id=source_id, evidence=list(fact.evidence))
            for i, known in enumerate(merged):
                if same(known.fact, fact):
                    better = _fuller(known.fact, fact)
                    merged[i] = Sourced[F](fact=better, sources=[*known.sources, source])
                    break
            else:
                merged.append(Sourced[F](fact=fact, sources=[source]))
    return merged


def _fuller(known: F, new: F) -> F:
    """The merged fact: the first outlet's, with its empty fields filled and a longer name kept."""
    base = known.merged_with(new)
    if isinstance(base, Leader) and isinstance(new, Leader) and len(new.name) > len(base.name):
        base = base.model_copy(update={"name": new.name})
    return base.model_copy(update={"evidence": []})  # type: ignore[return-value]


def _same_leader(a: Leader, b: Leader) -> bool:
    return a.merge_key() == b.merge_key() and a.same_as(b)


def _same_amount(a: MonetaryTarget, b: MonetaryTarget) -> bool:
    if a.currency != b.currency:
        return False
    largest = max(abs(a.amount), abs(b.amount))
    return largest == 0 or abs(a.amount - b.amount) <= SAME_AMOUNT * largest


def _same_title(a: SignedDocument | ProposedConvention, b: SignedDocument | ProposedConvention) -> bool:
    return title_similarity(a.title, b.title) >= SAME_TITLE


def _same_document(a: SignedDocument, b: SignedDocument) -> bool:
    return a.status == b.status and _same_title(a, b)


def _mark_amount_conflicts(facts: list[Sourced[MonetaryTarget]]) -> list[Sourced[MonetaryTarget]]:
    """Two amounts of one kind for one indicator and year are a conflict: both stay, each names the other."""
    by_indicator: dict[tuple[str, str, str, int | None], list[int]] = {}
    for i, sourced in enumerate(facts):
        fact = sourced.fact
        if fact.indicator:
            by_indicator.setdefault((fold(fact.indicator), fact.currency, fact.kind.value, fact.year), []).append(i)
    out = list(facts)
    for indices in by_indicator.values():
        if len(indices) < 2:
            continue
        for i in indices:
            others = ", ".join(f"{facts[j].fact.amount:f} {facts[j].fact.currency}" for j in indices if j != i)
            out[i] = out[i].model_copy(update={"conflict": f"other sources give {others} for the same indicator"})
    return out


def _mark_status_conflicts(facts: list[Sourced[SignedDocument]]) -> list[Sourced[SignedDocument]]:
    """One document with two statuses in different outlets: each status stays, marked with the other."""
    out = list(facts)
    for i, sourced in enumerate(facts):
        others = {
            other.fact.status.value
            for other in facts
            if other.fact.status != sourced.fact.status and _same_title(other.fact, sourced.fact)
        }
        if others:
            out[i] = sourced.model_copy(update={"conflict": f"other sources say {', '.join(sorted(others))}"})
    return out
