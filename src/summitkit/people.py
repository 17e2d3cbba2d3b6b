"""The people a text names: one Person per official, however often and however mentioned.

Shared by the leaders extractor (which reports them) and the proposals extractor (which needs to
know who proposed what). Computed once per Document through ``Document.memo``.
PLACEHOLDER implementation: being rewritten; the signatures below are the contract.
"""

from __future__ import annotations

from dataclasses import dataclass

from summitkit.document import Document

__all__ = ["Person", "people", "speaker_at"]


@dataclass(frozen=True, slots=True)
class Person:
    """An official: nominative full name, role (lower case) and ISO country, with every mention."""

    name: str
    role: str | None
    country: str | None
    mentions: tuple[tuple[int, int], ...]  #: (start, end) of every mention, in text order


def _find(document: Document) -> list[Person]:
    found: dict[str, Person] = {}
    for entity in document.entities:
        if entity.type != "PER":
            continue
        name = document.normal(entity)
        key = name.split()[-1].lower()
        old = found.get(key)
        mentions = ((entity.start, entity.end),)
        if old is None:
            found[key] = Person(name, None, None, mentions)
        else:
            full = name if len(name) > len(old.name) else old.name
            found[key] = Person(full, old.role, old.country, old.mentions + mentions)
    return list(found.values())


def people(document: Document) -> list[Person]:
    """Every official named in the document, in order of first mention."""
    return document.memo("summitkit.people", _find)


def speaker_at(document: Document, start: int, end: int) -> Person | None:
    """Who says or proposes what stands in ``text[start:end]``: the sentence's subject, the person a
    quotation is attributed to ("..., — сказал Токаев", "По словам Токаева"), or the official a
    title like "глава государства" refers back to. None where the text does not tell.
    """
    before = [p for p in people(document) if any(s <= start for s, _ in p.mentions)]
    return max(before, key=lambda p: max(s for s, _ in p.mentions if s <= start), default=None)
