"""Follow-through: a proposal made at one summit, signed or adopted at a later one.

A proposal and a later document are linked when their titles share enough word stems
(``FOLLOW_THRESHOLD``, Dice over ``similarity.stems``) and the two summits are related: the same
organisation or format, or mostly the same participating states. Documents are indexed by stem, so
each proposal is compared only with documents that share a word with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from summitkit.memory.merge import Source, Sourced, Summit
from summitkit.memory.similarity import SAME_TITLE, dice, stems
from summitkit.models import ProposedConvention, SignedDocument
from summitkit.text import fold

__all__ = ["FOLLOW_THRESHOLD", "FollowThrough", "follow_through", "later", "open_proposals", "related"]

#: Title similarity from which a later document is the proposal signed (``similarity.SAME_TITLE``).
FOLLOW_THRESHOLD = SAME_TITLE


class FollowThrough(BaseModel):
    """A proposal and the later document that carries it out."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    proposal: ProposedConvention
    proposed_at: str = Field(description="Key of the summit where it was proposed.")
    proposed_on: str | None
    proposal_sources: list[Source]
    document: SignedDocument
    signed_at: str = Field(description="Key of the summit where it was signed, adopted or approved.")
    signed_on: str | None
    document_sources: list[Source]
    similarity: float = Field(description="Dice of the titles' word stems.")


def later(first: Summit, second: Summit) -> bool:
    """Whether ``second`` took place after ``first``: by date, or by ordinal within one organisation."""
    if first.date and second.date:
        n = min(len(first.date), len(second.date))
        if first.date[:n] != second.date[:n]:
            return second.date[:n] > first.date[:n]
    same_format = first.organisation and fold(first.organisation) == fold(second.organisation or "")
    return bool(same_format and first.ordinal and second.ordinal and second.ordinal > first.ordinal)


def related(first: Summit, second: Summit) -> bool:
    """The same organisation or format, or mostly the same participants."""
    if first.organisation and second.organisation:
        return fold(first.organisation) == fold(second.organisation)
    a, b = set(first.participants), set(second.participants)
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def follow_through(summits: Sequence[Summit]) -> list[FollowThrough]:
    """Every proposal linked to each later, related document that names the same instrument."""
    by_stem: dict[str, list[tuple[int, int]]] = {}
    document_stems: dict[tuple[int, int], frozenset[str]] = {}
    for s, summit in enumerate(summits):
        for d, sourced in enumerate(summit.signed_documents):
            words = stems(sourced.fact.title)
            document_stems[(s, d)] = words
            for word in words:
                by_stem.setdefault(word, []).append((s, d))
    links: list[FollowThrough] = []
    for summit in summits:
        for proposal in summit.proposed_conventions:
            words = stems(proposal.fact.title)
            candidates = sorted({place for word in words for place in by_stem.get(word, ())})
            for place in candidates:
                target = summits[place[0]]
                score = dice(words, document_stems[place])
                if score < FOLLOW_THRESHOLD or not later(summit, target) or not related(summit, target):
                    continue
                document: Sourced[SignedDocument] = target.signed_documents[place[1]]
                links.append(
                    FollowThrough(
                        proposal=proposal.fact,
                        proposed_at=summit.key,
                        proposed_on=summit.date,
                        proposal_sources=proposal.sources,
                        document=document.fact,
                        signed_at=target.key,
                        signed_on=target.date,
                        document_sources=document.sources,
                        similarity=round(score, 3),
                    )
                )
    return links


def open_proposals(summits: Sequence[Summit]) -> list[tuple[Summit, Sourced[ProposedConvention]]]:
    """Proposals that no later related summit has signed, adopted or approved yet."""
    followed = {(link.proposed_at, fold(link.proposal.title)) for link in follow_through(summits)}
    return [
        (summit, proposal)
        for summit in summits
        for proposal in summit.proposed_conventions
        if (summit.key, fold(proposal.fact.title)) not in followed
    ]
