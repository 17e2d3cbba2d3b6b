"""What the text says was signed, adopted or approved: read once per Document and shared.

Two shapes carry documents: enumerated lists after an intro with a status verb (``documents.lists``)
and titles named inline next to the verb (``documents.inline``). Lists are read first; what they cover
is not read again. A headline mention yields to the body's, and a document named twice is kept once,
with its fuller name. Both the signed-documents and the proposals extractor read ``outcomes``.
"""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.documents.approvals import approved_objects
from summitkit.documents.ceremonies import ceremonies
from summitkit.documents.followups import follow_ups
from summitkit.documents.inline import inline_mentions
from summitkit.documents.lists import find_lists
from summitkit.documents.record import FoundDocument
from summitkit.lexicons.documents import DOMESTIC_SUBJECTS
from summitkit.titles import dice, info, overlap, stems, tokens

__all__ = ["FoundDocument", "outcomes"]

#: Cheap test before any parsing: a text without these stems signs nothing.
TRIGGER = re.compile(
    r"подпис|приня|одобр|утвер|скреп|заключ|соглас|обменял|итог|результат|документ|решени", re.IGNORECASE
)

#: The first subject of a title ("... о ратификации ...", "«О ..."), its word captured.
ABOUT = re.compile(r"(?:^|\s)«?(?:[Оо]б?|[Оо]бо)\s+([А-Яа-яЁё]+)")

#: What a title is about ("о ...", "по ...", "в области ..."): a headline title without it is vague.
SUBJECT = re.compile(r"\s(?:о|об|по|на|в области|в сфере)\s", re.IGNORECASE)


def outcomes(document: Document) -> tuple[FoundDocument, ...]:
    """The documents the text says were signed, adopted or approved, in text order; computed once per Document."""
    return document.memo("summitkit.documents.outcomes", _find)


def _find(document: Document) -> tuple[FoundDocument, ...]:
    if not TRIGGER.search(document.text):
        return ()
    toks = tokens(document)
    found: list[FoundDocument] = []
    covered: set[int] = set()
    find_lists(document, toks, found, covered)
    inline_mentions(document, toks, found, covered)
    ceremonies(document, toks, found, covered)
    approved_objects(document, toks, found, covered)
    follow_ups(document, toks, found, covered)
    return tuple(_settle([f for f in found if not _domestic(f.title)]))


def _domestic(title: str) -> bool:
    """ "Закон о ратификации Соглашения ...", "Указ «О денонсации ...»": a state's own act on a treaty."""
    about = ABOUT.search(title)
    return about is not None and bool(info(about.group(1)).lemmas & DOMESTIC_SUBJECTS)


def _settle(found: list[FoundDocument]) -> list[FoundDocument]:
    """Headline mentions yield to the body's; a bare name to a fuller one of its kind; the same document
    named twice is kept once (the fuller name).
    """
    body = [f for f in found if not f.headline]
    kept = [f for f in sorted(found, key=lambda f: f.start) if not (f.headline and _restated(f, body))]
    named = {f.lemma for f in kept if " " in f.title}
    kept = [f for f in kept if " " in f.title or f.lemma not in named]  # "Декларацию" yields to "Декларация ..."
    out: list[FoundDocument] = []
    for fact in kept:
        twin = next((o for o in out if o.lemma == fact.lemma and o.first != fact.first and _twins(o, fact)), None)
        if twin is None:
            out.append(fact)
        elif len(fact.title) > len(twin.title):
            out[out.index(twin)] = FoundDocument(
                fact.title, twin.status, fact.start, fact.end, fact.trigger, fact.lemma, fact.first, fact.last, False
            )
    return out


def _restated(headline: FoundDocument, body: list[FoundDocument]) -> bool:
    """Does the body name the headline's document: the same head, and the same subject or none given
    in the headline ("Подписан договор между четырьмя государствами")?
    """
    vague = SUBJECT.search(headline.title) is None
    return any(f.lemma == headline.lemma and (vague or overlap(f.title, headline.title) >= 0.5) for f in body)


def _twins(a: FoundDocument, b: FoundDocument) -> bool:
    """The same document named twice: the same words, or nearly, one name not saying what the other lacks.
    "Соглашение о сотрудничестве в сфере энергетики" and "... в сфере транспорта" each say something the
    other does not; nor are two items the same verb governs one document ("Решение Совета ... о бюджете"
    and "Решение Совета ... о председательстве" share most of their words but are listed apart).
    """
    if a.title.lower() == b.title.lower():
        return True
    if a.trigger is not None and a.trigger == b.trigger:
        return False
    sa, sb = stems(a.title), stems(b.title)
    return dice(a.title, b.title) >= 0.75 and not (sa - sb and sb - sa)
