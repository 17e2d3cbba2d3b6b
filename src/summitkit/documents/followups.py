"""Documents named by what they are about, in the sentences after the one that says they were signed.

"Президенты подписали два соглашения. Первое касается водных ресурсов. Второе соглашение посвящено охране
ледников." News often counts the documents in one sentence and says what each one is about in the next.
Such a sentence opens with a word that picks one document ("первое", "второй меморандум", "ещё одно
соглашение", "отдельный документ") and a verb of subject ("касается", "посвящено", "предусматривает",
"направлено на") or a dash ("Второй — о ..."). The document is titled as a list item under a heading is:
its noun in the singular, "о", and the subject in the prepositional ("Соглашение об охране ледников").
Its status is the announcing sentence's; an ordinal that only restates a document that sentence already
named ("подписали Соглашение о X. Первое ...") gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from summitkit.document import Document
from summitkit.documents.record import FoundDocument
from summitkit.documents.sentence_status import sentence_status
from summitkit.documents.when import intro_before_this_event
from summitkit.lexicons.documents import (
    ANOTHER_ONE,
    GENERIC_DOCUMENT_NOUNS,
    LINKING_VERBS,
    ORDINALS,
    PROVISION_NOUNS,
    SUBJECT_VERBS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import parses, restore_shape
from summitkit.titles import Tok, head_lemma, info, is_adjective, is_noun, is_word, read_title, singular_head
from summitkit.titles.words import DASHES

__all__ = ["follow_ups"]

#: Words a follow-up sentence may open with before its subject ("Кроме того, ещё один ...").
LEADING = frozenset({"кроме", "того", ",", "также", "а", "и", "при", "этом"})

#: How many sentences back the announcing sentence may stand (over other follow-ups, one more at most).
GAP = 1

#: Longest subject phrase read, in tokens.
MAX_SUBJECT = 16

#: The reading of a follow-up that names its document itself ("Ещё одним документом стало соглашение ...").
NAMED = "<named>"

#: Vowels before which "о" becomes "об".
VOWELS = frozenset("аоуэи")


def follow_ups(document: Document, toks: tuple[Tok, ...], found: list[FoundDocument], covered: set[int]) -> None:
    """Add the documents that follow-up sentences name by their subject."""
    announcing: tuple[str, int, int, int] | None = None  #: status, verb, sentence start and end
    recent: list[tuple[int, int]] = []  #: the sentences since the last follow-up (GAP + 1 at most)
    for start, end in _sentences(toks):
        reading = _follow_up(toks, start, end)
        if reading is None:
            recent = [*recent[-GAP:], (start, end)]
            continue
        if recent:  # the announcing sentence is read only when a follow-up needs it: follow-ups are rare
            announcing = None
            for a, b in reversed(recent):
                announcing = _announcing(toks, a, b)
                if announcing is not None:
                    break
        recent = []
        if announcing is None or start in covered:
            continue
        status, verb, a_start, a_end = announcing
        if intro_before_this_event(document, toks, a_start, verb, a_end):
            continue  # "В 2019 году стороны подписали два соглашения. Первое ...": an earlier event's
        document_here = None
        if not _restates(found, toks, a_start, a_end, reading[1]):
            document_here = _document(document, toks, reading, a_start, a_end)
        if document_here is not None:
            title, lemma, last = document_here
            found.append(
                FoundDocument(
                    title, status, toks[start].start, toks[last].end, (toks[verb].start, toks[verb].end),
                    lemma, start, last, False,
                )
            )  # fmt: skip
            covered.update(range(start, last + 1))


def _announcing(toks: tuple[Tok, ...], start: int, end: int) -> tuple[str, int, int, int] | None:
    said = sentence_status(toks, start, end)
    return None if said is None else (said[0], said[1], start, end)


def _document(
    document: Document, toks: tuple[Tok, ...], reading: tuple[str | None, str, int, int], a_start: int, a_end: int
) -> tuple[str, str, int] | None:
    """The follow-up's title, lemma and last token: the document it names, or its noun and subject."""
    noun, ordinal, start, end = reading
    if noun == NAMED:
        named = read_title(document, start, lexicon=NOUNS.documents, case="nomn")
        return named.text[:1].upper() + named.text[1:], named.lemma, named.last
    lemma = noun or _announced_noun(toks, a_start, a_end, ordinal)
    title = _title(toks, lemma, start, end) if lemma is not None else None
    return (title, lemma, end - 1) if title is not None and lemma is not None else None


def _sentences(toks: tuple[Tok, ...]) -> Iterator[tuple[int, int]]:
    """Token ranges of the sentences (and lines), in order."""
    start = 0
    for k in range(1, len(toks) + 1):
        if k == len(toks) or toks[k].newline_before or toks[k - 1].text in {".", "!", "?", "…"}:
            yield start, k
            start = k


def _follow_up(toks: tuple[Tok, ...], start: int, end: int) -> tuple[str | None, str, int, int] | None:
    """The sentence's document noun (or None for a bare ordinal), the picking word's gender, and the subject
    range, when the sentence opens as a follow-up ("Второе соглашение посвящено ...").
    """
    k = start
    while k < end and toks[k].text.lower() in LEADING:
        k += 1
    if k < end and toks[k].text.lower() in {"ещё", "еще"}:
        k += 1
    if k >= end or not is_word(toks[k]):
        return None
    pick = toks[k]
    lemmas = info(pick.text).lemmas
    if not lemmas & (ORDINALS | ANOTHER_ONE):
        return None
    gender = _gender(pick.text)
    ordinal = "ord:" + gender if lemmas & ORDINALS else "any:" + gender
    k += 1
    if k + 1 < end and toks[k].text.lower() == "из":  # "Одно из соглашений", "Один из них"
        k += 1
        if toks[k].text.lower() == "них":
            k += 1
        elif head_lemma(toks[k], NOUNS.documents | GENERIC_DOCUMENT_NOUNS) is None:
            return None
    while k < end and is_adjective(toks[k]) and not is_noun(toks[k]):
        k += 1  # "Второй межправительственный меморандум"
    noun: str | None = None
    if k < end and is_noun(toks[k]):
        noun = head_lemma(toks[k], NOUNS.documents | GENERIC_DOCUMENT_NOUNS)
        if noun is None or noun in PROVISION_NOUNS:
            return None  # "Второй день ...", "Другой вопрос ...", "Отдельное положение ..."
        k += 1
    if k >= end:
        return None
    if toks[k].text in DASHES and k + 1 < end and toks[k + 1].text.lower() in {"о", "об", "обо"}:
        return noun, ordinal, k + 2, _subject_end(toks, k + 2, end)  # "Второй — о ...": no inflection needed
    named = _named_after(toks, k, end)
    if named is not None:
        return NAMED, ordinal, named, end  # "Ещё одним документом стало соглашение о ...", "Второй — меморандум ..."
    verb = toks[k]
    if not is_word(verb) or not info(verb.text).lemmas & SUBJECT_VERBS:
        return None
    k += 1
    if k < end and toks[k].text.lower() == "на":
        k += 1  # "направлено на развитие ..."
    if k >= end or not (is_noun(toks[k]) or is_adjective(toks[k])):
        return None
    return noun, ordinal, k, _subject_end(toks, k, end)


def _named_after(toks: tuple[Tok, ...], k: int, end: int) -> int | None:
    """The document noun after a dash or a linking verb ("стало соглашение ...", "— меморандум ..."), if any."""
    if not (toks[k].text in DASHES or (is_word(toks[k]) and info(toks[k].text).lemmas & LINKING_VERBS)):
        return None
    j = k + 1
    while j < end and is_adjective(toks[j]) and not is_noun(toks[j]):
        j += 1
    return j if j < end and head_lemma(toks[j], NOUNS.documents) is not None else None


def _subject_end(toks: tuple[Tok, ...], k: int, end: int) -> int:
    """Where the subject phrase stops: the sentence's end, a clause after a comma, a dash or a bracket."""
    limit = min(end, k + MAX_SUBJECT)
    for j in range(k, limit):
        t = toks[j]
        if t.text in {".", "!", "?", ";", "(", ":", "…"} or t.text in DASHES:
            return j
        if t.text == "," and j + 1 < end:
            nxt = toks[j + 1]
            if not is_word(nxt) or info(nxt.text).top_pos not in {"NOUN", "ADJF"} or nxt.text.lower() == "который":
                return j
    return limit


def _gender(word: str) -> str:
    for p in parses(word.lower()):
        if p.tag.POS in {"ADJF", "NUMR"} or p.tag.POS == "NOUN":
            return str(p.tag.gender or "")
    return ""


def _announced_noun(toks: tuple[Tok, ...], start: int, end: int, ordinal: str) -> str | None:
    """The last document noun of the announcing sentence of the picking word's gender ("два соглашения.
    Первое ...")."""
    gender = ordinal.split(":")[1]
    for k in range(end - 1, start - 1, -1):
        lemma = head_lemma(toks[k], NOUNS.documents | GENERIC_DOCUMENT_NOUNS)
        if lemma is not None and (not gender or _gender(lemma) == gender):
            return lemma
    return None


def _restates(found: list[FoundDocument], toks: tuple[Tok, ...], start: int, end: int, ordinal: str) -> bool:
    """Does an ordinal pick a document the announcing sentence already named? ("Первый" of one named.)"""
    if not ordinal.startswith("ord:"):
        return False
    lo, hi = toks[start].start, toks[end - 1].end
    return any(lo <= f.start < hi for f in found)


def _title(toks: tuple[Tok, ...], lemma: str, start: int, end: int) -> str | None:
    """ "Соглашение" + "об" + the subject, its leading noun phrase put in the prepositional."""
    words = [t.text for t in toks[start:end]]
    if not words:
        return None
    head = _first_noun(toks, start, end)
    if head is None:
        return None
    if toks[start].text.lower() in {"о", "об", "обо"}:  # "Второй — об охране ...": already in the case
        return f"{singular_head(lemma)} {toks[start].text.lower()} {_join(toks, start + 1, end, words[1:])}"
    out = [_prepositional(toks[k].text) if k <= head else toks[k].text for k in range(start, end)]
    subject = _join(toks, start, end, out)
    preposition = "об" if subject[:1].lower() in VOWELS else "о"
    return f"{singular_head(lemma)} {preposition} {subject}"


def _first_noun(toks: tuple[Tok, ...], start: int, end: int) -> int | None:
    for k in range(start, end):
        if toks[k].text.lower() in {"о", "об", "обо"}:
            continue
        if is_noun(toks[k]) and not is_adjective(toks[k]):
            return k
        if not is_adjective(toks[k]):
            return None
    return None


def _prepositional(word: str) -> str:
    """The word in the prepositional case, keeping its number ("совместного" -> "совместном")."""
    for p in parses(word.lower()):
        if p.tag.POS in {"NOUN", "ADJF", "PRTF"} and p.tag.case is not None:
            form = p.inflect({"loct"})
            if form is not None:
                return restore_shape(form.word, word)
    return word


def _join(toks: tuple[Tok, ...], start: int, end: int, words: list[str]) -> str:
    """The words with the text's own spacing between tokens (none before a comma or after a bracket)."""
    out = ""
    for i, k in enumerate(range(start, end)):
        if i and toks[k].start > toks[k - 1].end:
            out += " "
        out += words[i]
    return out
