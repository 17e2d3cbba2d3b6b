"""Proposals: the new agreements, institutions and mechanisms a participant proposes, and who.

A proposal is a title ("Банка развития", "Рамочной конвенции") governed by a word that brings it about,
in a place where the text proposes:

- the governor: a word of creating ("создать", "создание", "разработку", "выработать"), a verb of
  proposing that takes the proposal itself ("предложил Пакт ...", "призвал к Договору ...", "выступил
  за ..."), a word of need ("нужен Банк ..."), a draft ("проект Конвенции ..."), "может стать Соглашение
  ...", a future passive ("будет создан Совет ..."), or a relative ("фонд, о создании которого ...");
- the place: a clause with a cue ("предложил", "считает важным", "намерены", "мы должны"), a quotation
  attributed to a speaker or led in by one ("«...», — предложил он", "заявил: «...»", a dialogue line),
  an item of a list of proposals (read by ``summitkit.enumerations``), a sentence opened by "Во-первых,
  ..." after a proposal, or a creation the parties negotiate ("обсудили создание ...", no proposer).

Items of a list of proposals may be titles themselves; a plural head over coordinated complements is
one proposal each. Whatever the text reports as signed (``summitkit.documents.outcomes``) is not a
proposal, nor is an event held, a refused creation, or a creation told as done.

The stages are modules: ``zones`` (where the text proposes, indexed per token), ``objects`` (what a
governor governs), ``reading`` (the pass over the text), ``settle`` (signed, headline and twin
proposals). The proposer comes from ``summitkit.people.speaker_at``. Computed once per Document.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.proposals.reading import read_proposals
from summitkit.proposals.record import FoundProposal

__all__ = ["FoundProposal", "proposals"]


def proposals(document: Document) -> list[tuple[FoundProposal, str | None]]:
    """The proposals of the text with their proposers' names, computed once per Document."""
    return document.memo("summitkit.proposals", read_proposals)
