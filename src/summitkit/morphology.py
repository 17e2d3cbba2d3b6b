"""Small morphology helpers over pymorphy3: parse a word, put a noun phrase in the nominative.

natasha normalises the entities its NER finds; document titles, posts and proposals are not
entities, so their head phrase is inflected here: the adjectives and the head noun go to the
nominative (keeping the head's number and gender), the rest of the title stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from summitkit.nlp import morph_analyzer

__all__ = ["CASES", "nominative_phrase", "parses", "restore_shape"]

#: pymorphy's case tags, in the order a title usually meets them after a verb.
CASES = ("nomn", "accs", "gent", "datv", "ablt", "loct")

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_ADJ = {"ADJF", "PRTF", "NUMR"}


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of a word, most likely first (cached: news repeat their words)."""
    return tuple(morph_analyzer().parse(word))


def restore_shape(new: str, original: str) -> str:
    """Give ``new`` the capitalisation of ``original`` (Title, UPPER or lower)."""
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _pick(word: str, pos: set[str], cases: tuple[str, ...]) -> Any | None:
    for case in cases:
        for p in parses(word):
            if p.tag.POS in pos and p.tag.case == case:
                return p
    return None


def nominative_phrase(phrase: str, case: str | None = None) -> str:
    """Put the head of a noun phrase in the nominative: "Комплексной стратегии развития" ->
    "Комплексная стратегия развития". ``case`` is the case the phrase stands in, where the caller
    knows it from the governing word; otherwise the likeliest analysis decides.
    """
    words = list(_WORD.finditer(phrase))
    cases = (case, *CASES) if case else CASES
    # The head is the first noun; adjectives before it agree with it.
    head_index = None
    for i, m in enumerate(words):
        if m.start() > 0 and phrase[: m.start()].count("«") > phrase[: m.start()].count("»"):
            break  # inside quotes: a name, not grammar
        if _pick(m.group(), {"NOUN"}, cases) is not None and not _only_adjective(m.group()):
            head_index = i
            break
        if _pick(m.group(), _ADJ, cases) is None:
            break
    if head_index is None:
        return phrase
    head = words[head_index]
    head_parse = None
    for c in cases:
        # Prefer a head analysis whose case the adjectives before it share.
        candidates = [p for p in parses(head.group()) if p.tag.POS == "NOUN" and p.tag.case == c]
        agreeing = [p for p in candidates if all(_agrees(w.group(), p) for w in words[:head_index])]
        if agreeing or candidates:
            head_parse = (agreeing or candidates)[0]
            break
    if head_parse is None or (head_parse.tag.case == "nomn" and not words[:head_index]):
        return phrase
    number = head_parse.tag.number or "sing"
    replacements: list[tuple[int, int, str]] = []
    noun = head_parse.inflect({"nomn", number})
    if noun is None:
        return phrase
    replacements.append((head.start(), head.end(), restore_shape(noun.word, head.group())))
    for m in words[:head_index]:
        adj = _agreeing_parse(m.group(), head_parse)
        if adj is None:
            continue
        grams = {"nomn", "plur"} if number == "plur" else {"nomn", head_parse.tag.gender or "masc"}
        form = adj.inflect(grams)
        if form is not None:
            replacements.append((m.start(), m.end(), restore_shape(form.word, m.group())))
    out = phrase
    for start, end, word in sorted(replacements, reverse=True):
        out = out[:start] + word + out[end:]
    return out


def _only_adjective(word: str) -> bool:
    first = parses(word)[0] if parses(word) else None
    return first is not None and first.tag.POS in _ADJ and first.score > 0.8


def _agreeing_parse(word: str, head: Any) -> Any | None:
    for p in parses(word):
        if (
            p.tag.POS in _ADJ
            and p.tag.case == head.tag.case
            and (
                (head.tag.number == "plur" and p.tag.number == "plur")
                or p.tag.gender == head.tag.gender
                or p.tag.gender is None
            )
        ):
            return p
    return None


def _agrees(word: str, head: Any) -> bool:
    return _agreeing_parse(word, head) is not None
