"""The proposal reading: each word of creating in a zone that proposes, the title it governs, and who
puts it forward (``summitkit.people.speaker_at``).
"""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.extractors.documents import signed_documents
from summitkit.lexicons.documents import DRAFTS, MECHANISM_NOUNS
from summitkit.morphology import parses
from summitkit.people import speaker_at
from summitkit.proposals.objects import PROPOSABLE, coordinated, creation_case, head_after, one_mechanism, with_creation
from summitkit.proposals.record import FoundProposal
from summitkit.proposals.settle import Attributed, settle
from summitkit.proposals.zones import zones
from summitkit.titles import Tok, headline_end, info, is_word, read_title, tokens

__all__ = ["read_proposals"]

#: Cheap test before any parsing: stems of creating and proposing.
TRIGGER = re.compile(
    r"созда|учред|разраб|внедр|приня|формир|подгот|состав|основа|запус|откры|образова|заключ|подпис|стать|станет|стало",
    re.IGNORECASE,
)


def _happened(toks: tuple[Tok, ...], k: int) -> bool:
    """ "Одним из важнейших документов стал Меморандум": a past "стал" without "бы" tells what happened."""
    past = any(p.tag.POS == "VERB" and "past" in p.tag for p in parses(toks[k].text.lower())[:1])
    near = {t.text.lower() for t in toks[max(0, k - 3) : k + 2]}
    return past and not near & {"бы", "б"}


def _governed(toks: tuple[Tok, ...], tok: Tok) -> tuple[str, int | None] | None:
    """The case a token governs and the proposable head it governs, or None where it governs none."""
    case = creation_case(tok)
    if case is not None:
        return case, head_after(toks, tok.index, case)
    if (
        is_word(tok)
        and "стать" in info(tok.text).lemmas
        and info(tok.text).top_pos in {"INFN", "VERB"}
        and not _happened(toks, tok.index)
    ):
        return "nomn", head_after(toks, tok.index, "nomn")  # "основой может стать Соглашение ..."
    return None


def read_proposals(document: Document) -> list[Attributed]:
    """Every proposal of the text with its proposer's name, in text order."""
    text = document.text
    if not TRIGGER.search(text):
        return []
    toks = tokens(document)
    signed = signed_documents(document)
    covered = {i for d in signed for i in range(d.first, d.last + 1)}
    where = zones(document, toks)
    headline = headline_end(text)
    found: list[Attributed] = []
    for tok in toks:
        if tok.index in covered:
            continue
        governed = _governed(toks, tok)
        if governed is None:
            continue
        case, head = governed
        if head is None or head in covered:
            continue
        if info(toks[head - 1].text).noun_lemmas & DRAFTS:
            case = "gent"  # "подготовить проект Конвенции ..."
        start, _ = where.bounds(tok.index)
        # "создадим": the speaker offers it; "стала Декларация" in the past offers nothing.
        offer = info(tok.text).top_pos == "VERB" and case != "nomn"
        if not (offer or where.proposes(tok.index)):
            continue
        if where.recalled[where.clause[tok.index]]:
            continue  # "напомнил, что Казахстан выступил инициатором создания ...": history, not a proposal
        title = read_title(document, head, lexicon=PROPOSABLE, case=case, proposal=True)
        if case == "nomn":
            title = with_creation(document, toks, title)
        for item in [title, *coordinated(document, toks, title, case)]:
            if item.bare and not toks[item.head].text[:1].isupper():
                continue
            if item.lemma in MECHANISM_NOUNS and not one_mechanism(toks, item):
                continue
            covered.update(range(item.first, item.last + 1))
            proposal = FoundProposal(
                item.text, item.start, item.end, (tok.start, tok.end), item.lemma, start, item.start < headline
            )
            person = speaker_at(document, min(tok.start, item.start), item.end)
            found.append((proposal, person.name if person is not None else None))
    return settle(found, [d.title for d in signed])
