"""What the reading of people passes between its stages, and the base every stage reads from."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from summitkit.document import Document
from summitkit.lexicons.parliaments import ParliamentMention
from summitkit.lexicons.roles import (
    Post,
)
from summitkit.people.spans import PositionIndex
from summitkit.people.words import (
    _ALL_CASES,
    _Word,
)


@dataclass(frozen=True, slots=True)
class Person:
    """An official: nominative full name, role (lower case) and ISO country, with every mention."""

    name: str
    role: str | None
    country: str | None
    mentions: tuple[tuple[int, int], ...]  #: (start, end) of every mention, in text order


@dataclass(slots=True)
class _PostHit:
    start: int
    end: int
    post: Post
    cases: frozenset[str]
    plural: bool
    adj_country: str | None
    bound: bool = False


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    initials: str | None
    given: list[_Word]
    particles: list[str]
    surname: _Word
    post: _PostHit | None = None
    suffix: str = ""  #: "уулу", "кызы" after the surname
    complement: str = ""
    complement_span: tuple[int, int] = (0, 0)
    cases: frozenset[str] = _ALL_CASES
    group: int = -1


@dataclass(slots=True)
class _Candidate:
    """A role reading: (rank, role, kind, country, organisation post)."""

    rank: int
    role: str | None
    kind: str
    country: str | None
    org: bool


@dataclass(slots=True)
class _Group:
    mentions: list[_Mention]
    nominative: str = ""
    gender: str = "masc"
    name: str = ""
    role: _Candidate | None = None
    official: bool = False
    other: bool = False  #: named with a post outside any state (journalist, expert)
    extra: list[tuple[int, int]] = field(default_factory=list)
    person: Person | None = None


@dataclass(frozen=True, slots=True)
class _Actor:
    start: int
    end: int
    person: Person | None
    nominative: bool
    resolvable: bool = True


class _Reading:
    """The document and the words every stage of the reading shares, and what the stages fill in."""

    document: Document
    text: str
    words: list[_Word]
    word_starts: list[int]
    posts: list[_PostHit]
    post_by_end: dict[int, _PostHit]
    post_by_start: dict[int, _PostHit]
    chambers: list[ParliamentMention]
    chamber_index: PositionIndex[ParliamentMention]
    dropped: set[int]
    groups: list[_Group]
    refs: list[tuple[_PostHit, _Group | None]]
    persons: list[Person]
    actors: list[_Actor]
    quotes: list[tuple[int, int, int]]

    def _word_index(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.word_starts, offset)

    def _gap(self, a: _Word, b: _Word) -> str:
        return self.text[a.end : b.start]

    def _sentence_bounds(self, offset: int) -> tuple[int, int]:
        if self.text and self.document.sentences:
            s = self.document.sentence_at(offset)
            return s.start, s.end
        return 0, len(self.text)

    def _next_word_start(self, i: int) -> int:
        return self.words[i + 1].start if i + 1 < len(self.words) else len(self.text)

    def _complement_end(self, start: int) -> int:
        """Where a complement after a post ends: the next punctuation mark outside quotes."""
        depth = 0
        for k in range(start, min(len(self.text), start + 200)):
            ch = self.text[k]
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth -= 1
            elif depth <= 0 and ch in ",;:()\n.!?—–":
                return k
        return min(len(self.text), start + 200)
