"""Small morphology helpers over pymorphy3: parse a word, put a noun phrase in the nominative.

natasha normalises the entities its NER finds; document titles, posts and proposals are not
entities, so their head phrase is inflected here: the adjectives and the head noun go to the
nominative (keeping the head's number and gender), the rest of the title stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from summitkit.nlp import WORD_FORMS, morph_analyzer

__all__ = ["CASES", "inflected", "nominative_phrase", "parses", "restore_shape"]

#: pymorphy's case tags, in the order a title usually meets them after a verb.
CASES = ("nomn", "accs", "gent", "datv", "ablt", "loct")

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_ADJ = {"ADJF", "PRTF", "NUMR"}


@lru_cache(maxsize=WORD_FORMS)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of a word, most likely first (cached: news repeat their words)."""
    return tuple(morph_analyzer().parse(word))


@lru_cache(maxsize=WORD_FORMS)
def inflected(parse: Any, grammemes: frozenset[str]) -> Any | None:
    """``parse.inflect(grammemes)``, cached: pymorphy3 rebuilds the word's paradigm on every call, and the
    same heads and adjectives ("совместная", "декларация") come back in title after title."""
    return parse.inflect(set(grammemes))


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
    knows it from the governing word; otherwise the analysis that the adjectives agree with decides,
    likeliest case first. The text's spelling is kept: no ё where it wrote е.
    """
    words = list(_WORD.finditer(phrase))
    cases = (case, *CASES) if case else CASES
    head_index = _head_index(phrase, words)
    if head_index is None:
        return phrase
    head, modifiers = words[head_index], words[:head_index]
    nouns = [p for p in parses(head.group()) if p.tag.POS == "NOUN"]
    in_order = [p for c in cases for p in nouns if p.tag.case == c]
    agreeing = [p for p in in_order if all(_agreeing_parse(w.group(), p) is not None for w in modifiers)]
    head_parse = (agreeing or in_order or [None])[0]
    if head_parse is None or (head_parse.tag.case == "nomn" and not modifiers):
        return phrase
    number = head_parse.tag.number or "sing"
    noun = inflected(head_parse, frozenset({"nomn", number}))
    if noun is None:
        return phrase
    replacements = [(head.start(), head.end(), noun.word)]
    grams = {"nomn", "plur"} if number == "plur" else {"nomn", head_parse.tag.gender or "masc"}
    for m in modifiers:
        adj = _agreeing_parse(m.group(), head_parse)
        form = inflected(adj, frozenset(grams)) if adj is not None else None
        if form is not None:
            replacements.append((m.start(), m.end(), form.word))
    out = phrase
    for start, end, word in sorted(replacements, reverse=True):
        out = out[:start] + _spelled_as(word, out[start:end]) + out[end:]
    return out


def _spelled_as(new: str, original: str) -> str:
    """``new`` with the capitalisation of ``original`` and its е where pymorphy writes ё."""
    if "ё" not in original.lower():
        new = new.replace("ё", "е")
    return restore_shape(new, original)


def _head_index(phrase: str, words: list[re.Match[str]]) -> int | None:
    """The first noun of the phrase, past the adjectives, participles and ordinals before it."""
    for i, m in enumerate(words):
        if phrase[: m.start()].count("«") > phrase[: m.start()].count("»"):
            return None  # inside quotes: a name, not grammar
        word = m.group()
        found = parses(word)
        modifies_next = i + 1 < len(words) and _modifies(found, parses(words[i + 1].group()))
        if any(p.tag.POS == "NOUN" for p in found) and not _only_adjective(word) and not modifies_next:
            return i
        if not any(p.tag.POS in _ADJ for p in found):
            return None
    return None


def _only_adjective(word: str) -> bool:
    """Words that read as nouns only by a rare analysis: "первого" (первое), "прямых" (прямая)."""
    found = parses(word)
    if not found:
        return False
    if any("Anum" in p.tag for p in found):
        return True
    return found[0].tag.POS in _ADJ and found[0].score > 0.5


def _modifies(word: Sequence[Any], following: Sequence[Any]) -> bool:
    """ "каспийского экологического центра": a word read first as an adjective that agrees in case and
    number with the next word is its modifier, though pymorphy also offers a rarer noun ("Каспийское")."""
    if not word or word[0].tag.POS not in _ADJ:
        return False
    forms = {(p.tag.case, p.tag.number) for p in word if p.tag.POS in _ADJ}
    return any((p.tag.case, p.tag.number) in forms for p in following if p.tag.POS in _ADJ | {"NOUN"})


def _agreeing_parse(word: str, head: Any) -> Any | None:
    """An analysis of ``word`` as a modifier agreeing with ``head`` in case, number and gender."""
    for p in parses(word):
        if p.tag.POS not in _ADJ or p.tag.case != head.tag.case:
            continue
        if head.tag.number == "plur":
            if p.tag.number == "plur":
                return p
        elif p.tag.number != "plur" and p.tag.gender in {head.tag.gender, None}:
            return p
    return None
