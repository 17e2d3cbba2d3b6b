"""What an amount measures ("объем взаимной торговли") and the year it is set for ("к 2030 году").

The indicator is the noun phrase around the nearest indicator noun of the clause: its modifiers
before it, a genitive chain after it, the head put in the nominative by the shared
``morphology.nominative_phrase``.
"""

from __future__ import annotations

import bisect
import itertools
import re

from summitkit.lexicons.money import ANAPHORA, INDICATOR_NOUNS, MEASURE_FRAMES, VERB_INDICATORS
from summitkit.money.amounts import WORD, Mention
from summitkit.money.cues import Cue
from summitkit.morphology import nominative_phrase, parses
from summitkit.text import fold

__all__ = ["indicator", "points_back", "year_of"]

_YEAR = re.compile(r"\b(?:к|до|в|на|за)\s+((?:19|20)\d\d)(?:-?[а-я]{1,2})?\s*(?:год|г\.)", re.IGNORECASE)


def _noun_lemma(word: str) -> str | None:
    for p in parses(fold(word)):
        if p.tag.POS == "NOUN":
            lemma = fold(str(p.normal_form))
            if lemma in INDICATOR_NOUNS or (lemma == "средство" and p.tag.number == "plur"):
                return lemma
    return None


def _is_modifier(word: str) -> bool:
    found = parses(fold(word))
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"} and "Apro" not in found[0].tag


def _genitive(word: str) -> bool:
    """A word that may continue a noun phrase as its genitive: "торговли", "РФ"."""
    if word.isupper() and len(word) > 1:
        return True
    found = parses(fold(word))
    if len(word) < 3 or not found or found[0].tag.POS in {"PREP", "CONJ", "PRCL", "NPRO"} or "Apro" in found[0].tag:
        return False  # "капитал которого": a pronoun ends the phrase
    return any(p.tag.case == "gent" and p.tag.POS in {"NOUN", "ADJF", "PRTF"} for p in found[:3])


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return not text[left.end() : right.start()].strip()


def _phrase_at(text: str, words: list[re.Match[str]], index: int, case: str | None = None) -> str:
    """The noun phrase around ``words[index]``: modifiers before it, a genitive chain after it.

    A measure noun right before takes the found noun as its genitive: "объемом инвестиций". ``case`` is
    the phrase's case where its place tells it ("10 млрд долларов торговли": the genitive).
    """
    while True:
        first = index
        while first > 0 and _is_modifier(words[first - 1].group()) and _adjacent(text, words[first - 1], words[first]):
            first -= 1
        left = words[first - 1] if first > 0 else None
        if left is not None and _adjacent(text, left, words[first]) and _noun_lemma(left.group()) is not None:
            index = first - 1
            continue
        break
    last = index
    i = index + 1
    while i < len(words) and i - index <= 5 and _adjacent(text, words[i - 1], words[i]):
        word = words[i].group()
        if word == "и" and i + 1 < len(words) and _adjacent(text, words[i], words[i + 1]):
            if not _genitive(words[i + 1].group()):
                break
            last, i = i + 1, i + 2
            continue
        if not _genitive(word):
            break
        last, i = i, i + 1
    phrase = text[words[first].start() : words[index].end()]
    normal = (
        nominative_phrase(phrase, case if first == index or case is None else None)
        + text[words[index].end() : words[last].end()]
    )
    head = normal.split()[0] if normal.split() else normal
    if not (head.isupper() and len(head) > 1):
        normal = normal[:1].lower() + normal[1:]
    return normal


def _noun_index(words: list[re.Match[str]], mention: Mention, cue: Cue | None) -> int | None:
    """The index of the indicator noun nearest the amount: before it first, then up to six words after.

    Before a verb of investing, a noun is its subject ("Фонд вложил ..."), not what the amount measures.
    """
    subject_end = cue.start if cue is not None and cue.lemma in VERB_INDICATORS and cue.end <= mention.start else -1
    before = [i for i, w in enumerate(words) if subject_end <= w.start() and w.end() <= mention.start]
    after = [i for i, w in enumerate(words) if w.start() >= mention.end][:6]
    nouns = (i for i in [*reversed(before), *after] if _noun_lemma(words[i].group()) is not None)
    found = list(itertools.islice(nouns, 2))  # the nearest two: the second only past a frame
    if len(found) > 1 and _measure_frame(words, found[0]):
        return found[1]  # "кредит в объеме 1 млрд": the credit, not the volume
    return found[0] if found else None


def _measure_frame(words: list[re.Match[str]], index: int) -> bool:
    """ "в объеме", "в размере" right before an amount: a frame around it, not what it measures."""
    return index > 0 and words[index - 1].group().lower() == "в" and _noun_lemma(words[index].group()) in MEASURE_FRAMES


def indicator(text: str, clause: tuple[int, int], mention: Mention, cue: Cue | None) -> tuple[str | None, str | None]:
    """What the amount measures: the phrase of the indicator noun nearest it in its clause and that
    noun's lemma; else what the deciding verb gives ("вложит" -> "инвестиции") and no lemma."""
    words = [w for w in WORD.finditer(text, *clause) if not mention.start <= w.start() < mention.end]
    index = _noun_index(words, mention, cue)
    if index is not None:
        case = "gent" if words[index].start() >= mention.end else None  # "10 млрд долларов торговли"
        return _phrase_at(text, words, index, case), _noun_lemma(words[index].group())
    return (VERB_INDICATORS.get(cue.lemma) if cue is not None else None), None


def points_back(text: str, clause: tuple[int, int]) -> bool:
    """Does the clause name its figure by a word pointing back ("этот показатель", "довести его")?"""
    return any(
        str(p.normal_form) in ANAPHORA for w in WORD.finditer(text, *clause) for p in parses(fold(w.group()))[:1]
    )


def year_of(text: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention]) -> int | None:
    """The year phrase of the clause ("к 2030 году") nearest this amount and no nearer another amount.

    ``mentions`` are in text order and do not overlap, so the amounts nearest a year are the two or three
    around it, found by bisection.
    """

    def gap(year: re.Match[str], other: Mention) -> int:
        return other.start - year.end() if year.end() <= other.start else year.start() - other.end

    def nearer_other(year: re.Match[str]) -> bool:
        i = bisect.bisect_left(mentions, year.start(), key=lambda m: m.start)
        return any(
            gap(year, other) < gap(year, mention)
            for other in mentions[max(0, i - 2) : i + 2]
            if other is not mention and clause[0] <= other.start < clause[1]
        )

    years = [y for y in _YEAR.finditer(text, *clause) if not nearer_other(y)]
    best = min(years, key=lambda y: abs(gap(y, mention)), default=None)
    return int(best.group(1)) if best else None
