"""``FoundDocument``: the record every shape of document mention produces (list item, inline title, ceremony)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FoundDocument"]


@dataclass(frozen=True, slots=True)
class FoundDocument:
    """A document with its status, where its title stands, and what said so."""

    title: str
    status: str
    start: int
    end: int
    trigger: tuple[int, int] | None
    lemma: str
    first: int  #: token range of the title
    last: int
    headline: bool
