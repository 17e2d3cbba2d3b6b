"""Documents named by reference: a bare title that takes its subject from elsewhere in the text.

"Постановление об этом" (the event the sentence before told), "Соответствующее соглашение" (the
"договорённость о ..." of a sentence nearby), "меморандум подписан ... между A и B" (the parties after the
verb). Without such a subject a bare "соглашение" names nothing and is dropped.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.lexicons.documents import (
    ABOUT_THAT,
    EVENT_NOUNS,
    GENERIC_DOCUMENT_NOUNS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import parses, restore_shape
from summitkit.titles import (
    Title,
    Tok,
    clause_bounds,
    head_lemma,
    info,
    is_word,
    read_tail,
)

__all__ = ["resolve", "with_parties"]


def resolve(document: Document, toks: tuple[Tok, ...], title: Title) -> Title | None:
    """A bare document that points elsewhere for its subject: "Постановление об этом" (the event of the
    sentence before), "Соответствующее соглашение" (the "договорённость об ..." of a sentence nearby).
    """
    about = " ".join(t.text.lower() for t in toks[title.last + 1 : title.last + 3]) in ABOUT_THAT
    start, end = clause_bounds(toks, title.head)
    if about and start > 0:
        subject = _previous_event(document, toks, start)
        return _renamed(title, subject) if subject else None
    if not title.anaphoric:
        return None
    sentences = []
    if start > 0:
        sentences.append(clause_bounds(toks, start - 1))
    if end < len(toks):
        sentences.append(clause_bounds(toks, end))
    for a, b in sentences:
        for k in range(a, b - 1):
            noun = toks[k]
            if not (
                head_lemma(noun, NOUNS.documents | GENERIC_DOCUMENT_NOUNS) and toks[k + 1].text.lower() in {"о", "об"}
            ):
                continue
            last, _ = read_tail(toks, k, lexicon=NOUNS.documents)
            if last > k + 1:
                return _renamed(title, document.text[toks[k + 1].start : toks[last].end])
    return None


def _renamed(title: Title, subject: str) -> Title:
    return Title(
        title.first, title.head, title.last, title.start, title.end, title.lemma, title.cases,
        f"{title.text} {subject}", False, title.anaphoric, title.plural,
    )  # fmt: skip


def _previous_event(document: Document, toks: tuple[Tok, ...], start: int) -> str | None:
    """ "X был назначен председателем ..." -> "о назначении X председателем ...": the sentence before,
    turned into the subject of a document about it.
    """
    a, b = clause_bounds(toks, start - 1)
    for k in range(a, b):
        tok = toks[k]
        if not is_word(tok) or info(tok.text).top_pos != "PRTS":
            continue
        noun = next((EVENT_NOUNS[lemma] for lemma in info(tok.text).lemmas if lemma in EVENT_NOUNS), None)
        if noun is None:
            continue
        loct = next((p.inflect({"loct"}) for p in parses(noun) if p.tag.POS == "NOUN"), None)
        if loct is None:
            return None
        end = b - 1 if toks[b - 1].text in {".", "!"} else b
        rest = document.text[toks[k + 1].start : toks[end - 1].end] if end > k + 1 else ""
        who = _genitive_person(document, toks[a].start, tok.start)
        preposition = "об" if loct.word[:1] in "аеиоуэ" else "о"
        return " ".join(part for part in (preposition, loct.word, who, rest) if part)
    return None


def _genitive_person(document: Document, start: int, end: int) -> str:
    """The last person named in ``text[start:end]``, in the genitive ("Владимира Путина"), or ""."""
    persons = document.entities_in(start, end, "PER")
    if not persons:
        return ""
    words = document.normal(persons[-1]).split()
    out = []
    for word in words:
        form = next(
            (
                p.inflect({"gent"})
                for p in parses(word.lower())
                if p.tag.POS == "NOUN" and {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
            ),
            None,
        )
        out.append(restore_shape(form.word, word) if form is not None else word)
    return " ".join(out)


def with_parties(document: Document, toks: tuple[Tok, ...], title: Title, verb: int) -> Title | None:
    """ "Соответствующий меморандум подписан в Вене между A и B": the title takes "между A и B"."""
    _, end = clause_bounds(toks, verb)
    for k in range(verb + 1, min(end, verb + 8)):
        if toks[k].text.lower() == "между":
            last, _ = read_tail(toks, k - 1, lexicon=NOUNS.documents)
            if last <= k:
                return None
            text = document.text
            name = title.text + " " + text[toks[k].start : toks[last].end]
            return Title(
                title.first, title.head, title.last, title.start, title.end, title.lemma, title.cases,
                name, False, title.anaphoric, title.plural,
            )  # fmt: skip
        if toks[k].text in {",", ";", ":"}:
            return None
    return None
