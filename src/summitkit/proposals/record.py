"""What the proposal reading hands on: a proposal, where its title stands, and what proposes it."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FoundProposal"]


@dataclass(frozen=True, slots=True)
class FoundProposal:
    """A proposal with where its title stands, what proposes it, and who."""

    title: str
    start: int
    end: int
    trigger: tuple[int, int]
    lemma: str
    sentence: int  #: token index where its sentence starts
    headline: bool
