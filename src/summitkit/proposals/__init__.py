"""Proposals: the new agreements, institutions and mechanisms a participant proposes, and who.

A proposal is a word of creating ("создать", "создание", "разработку", "о принятии", "внедрения")
followed by a document or institution title ("Банка развития", "Рамочной конвенции"), in a clause
that proposes, calls for or offers ("предлагаем", "предложил", "можно", "целесообразным",
"намерены", "решил"), in a list introduced as proposals ("выдвинул ряд предложений:"), or in a
quotation the text attributes with "— предложил ...". "Правовой основой может стать Соглашение ..."
names one without a verb of creating. Whatever the same text reports as signed is not a proposal.

The stages are modules: ``zones`` (where the text proposes), ``objects`` (what a word of creating
governs), ``settle`` (signed, headline and twin proposals), ``reading`` (the pass over the text).
The reading is computed once per Document.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.proposals.reading import read_proposals
from summitkit.proposals.record import FoundProposal

__all__ = ["FoundProposal", "proposals"]


def proposals(document: Document) -> list[tuple[FoundProposal, str | None]]:
    """The proposals of the text with their proposers' names, computed once per Document."""
    return document.memo("summitkit.proposals", read_proposals)
