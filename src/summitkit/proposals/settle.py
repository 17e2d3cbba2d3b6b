"""The last step: what was signed is no proposal, a headline yields to the body, a twin is kept once."""

from __future__ import annotations

import re

from summitkit.proposals.record import FoundProposal
from summitkit.titles import dice, info, overlap, stems

__all__ = ["settle"]

Attributed = tuple[FoundProposal, str | None]


def settle(found: list[Attributed], signed: list[str]) -> list[Attributed]:
    """Drop what was signed; headline mentions yield to the body's; one proposal named in two
    sentences is kept once, under its fuller name.
    """
    body = [p for p, _ in found if not p.headline]
    out: list[Attributed] = []
    for proposal, person in found:
        if proposal.headline and any(
            p.lemma == proposal.lemma and overlap(p.title, proposal.title) >= 0.5 for p in body
        ):
            continue
        if any(
            dice(proposal.title, title) >= 0.5
            and _names(title, proposal.lemma)
            and _qualifiers_named(proposal, title)
            and not _other_years(proposal.title, title)
            for title in signed
        ):
            continue
        twin = next(
            (
                i
                for i, (other, _) in enumerate(out)
                if other.lemma == proposal.lemma
                and other.sentence != proposal.sentence
                and overlap(other.title, proposal.title) >= 0.75
            ),
            None,
        )
        if twin is None:
            out.append((proposal, person))
        else:
            other, other_person = out[twin]
            keep = proposal if len(proposal.title) > len(other.title) else other
            out[twin] = (keep, other_person or person)
    return out


def _qualifiers_named(proposal: FoundProposal, signed: str) -> bool:
    """Does the signed title name most of what sets the proposal apart from its head noun? "Декларация Совета
    коллективной безопасности" names a council, but not the proposed "Координационный совет по биологической
    безопасности"; "Соглашение о создании Банка развития" names all of "Банк развития"."""
    own = stems(proposal.title) - {proposal.lemma[:5]}
    return 2 * len(own & stems(signed)) > len(own) if own else True


def _other_years(proposal: str, signed: str) -> bool:
    """Do the titles name different years ("Стратегия ... до 2035 года" proposed, a plan for the one "до 2025
    года" signed)? Then they are two documents, however many words they share."""
    years = set(_YEAR.findall(proposal))
    return bool(years) and not years & set(_YEAR.findall(signed))


#: A year in a title: "до 2035 года", "на 2026–2028 годы".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _names(signed: str, lemma: str) -> bool:
    """Does a signed title name the proposal's head ("Соглашение о создании Банка ..." names a bank;
    "Стратегия развития ..." names no "Банк развития ...", however many words they share)?
    """
    return any(lemma in info(word).noun_lemmas for word in re.findall(r"[А-Яа-яЁё-]+", signed))
