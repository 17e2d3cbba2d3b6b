"""States taking part: leaders' countries, lists after a post, Central Asia as a group, bilateral sides."""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.event.base import WORD_RE, Found
from summitkit.event.mentions import trigger_lemma
from summitkit.lexicons.countries import CountryMention, find_countries
from summitkit.lexicons.events import LEADER_WORDS, LIST_HEAD_WORDS, POST_TAIL_WORDS
from summitkit.lexicons.formats import CENTRAL_ASIA
from summitkit.morphology import parses
from summitkit.people import people

__all__ = ["between", "leader_word", "participants_in", "people_in"]

#: Central Asia as a party: "глав государств Центральной Азии", "центральноазиатских стран", "стран ЦА".
CENTRAL_ASIA_RE = re.compile(
    r"(?:стран\w*|государств\w*|лидер\w*|президент\w*|глав\w*(?:\s+государств)?)\s+(?:стран\s+|государств\s+)?"
    r"(?:Центральной\s+Азии|ЦА)\b|центральноазиатск\w+\s+(?:стран|государств|лидер|президент)\w*"
)
#: Two states named as the parties of a bilateral event: "между Республикой Таджикистан и Кыргызской Республикой".
BETWEEN_RE = re.compile(r"\bмежду\s+")
BETWEEN_AND_RE = re.compile(r"\s+и\s+")


#: A state followed by the verb of representing it: "Армению на саммите представлял вице-премьер".
REPRESENTED_RE = re.compile(r"(?:\s+[а-яё]+){0,3}?\s+представля\w*|(?:\s+[а-яё]+){0,3}?\s+представи\w*")
#: A list of states introduced after the leaders' post: "главы правительств стран ЕАЭС — ", "лидеров государств:".
LIST_INTRO_RE = re.compile(
    r"\s(?:стран\w*|государств\w*(?:\s*[-–—]\s*член\w*)?)(?:\s+[А-ЯЁA-Z][\w+-]*)?\s*(?:[:—–]|\s-)\s*$"
)


def leader_word(word: str) -> bool:
    return any(str(p.normal_form) in LEADER_WORDS for p in parses(word.lower()))


def _after_leader(text: str, start: int, floor: int) -> bool:
    """A leader's post stands right before ``start``: "Президент Казахстана", "канцлера Германии"."""
    lo = max(floor, start - 60)
    intro = LIST_INTRO_RE.search(text, lo, start)
    if intro is not None:
        start = intro.start()  # "Главы правительств стран ЕАЭС — Армении, ...": the post before the list
    words = [w.group().rstrip(".") for w in WORD_RE.finditer(text, lo, start)]
    while words and words[-1].lower() in POST_TAIL_WORDS | LIST_HEAD_WORDS:
        words.pop()  # "министр иностранных дел Казахстана", "Глава МИД России"
    return bool(words) and leader_word(words[-1])


def participants_in(document: Document, lo: int, hi: int, found: Found) -> None:
    """States taking part, read from one line: leaders' countries, listed after a post or a leader word."""
    text = document.text
    chain_ok = False
    previous: CountryMention | None = None
    for c in find_countries(text, lo, hi):
        if c.adjective:
            # Past the rest of a compound: "узбекско-таджикских переговоров" names both states.
            nxt = WORD_RE.search(text, _word_end(text, c.end, hi), hi)
            if nxt is not None and (leader_word(nxt.group()) or trigger_lemma(nxt.group().rstrip("."))):
                found.add(c.code, c.start, c.end)
            previous, chain_ok = None, False
            continue
        gap = text[previous.end : c.start] if previous is not None else None
        if gap is not None and chain_ok and re.fullmatch(r"\s*(?:,|и|,\s*и)\s*", gap):
            found.add(c.code, c.start, c.end)
        elif _after_leader(text, c.start, lo):
            found.add(c.code, c.start, c.end)
            chain_ok = True
        elif REPRESENTED_RE.match(text, c.end, hi):
            found.add(c.code, c.start, c.end)  # "Армению представлял вице-премьер"
            chain_ok = False
        else:
            chain_ok = False
        previous = c
    for m in CENTRAL_ASIA_RE.finditer(text, lo, hi):
        for code in CENTRAL_ASIA:
            found.add(code, m.start(), m.end())


def _word_end(text: str, end: int, hi: int) -> int:
    """The end of the hyphenated word that ``end`` is inside of."""
    while end < hi and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return end


def between(text: str, lo: int, hi: int, found: Found) -> None:
    """The two parties of a bilateral event: "между Республикой Таджикистан и Кыргызской Республикой"."""
    for m in BETWEEN_RE.finditer(text, lo, hi):
        pair = [c for c in find_countries(text, m.end(), min(hi, m.end() + 80)) if not c.adjective][:2]
        if (
            len(pair) == 2
            and pair[0].start == m.end()
            and BETWEEN_AND_RE.fullmatch(text[pair[0].end : pair[1].start])
            and pair[0].code != pair[1].code
        ):
            for c in pair:
                found.add(c.code, c.start, c.end)


def people_in(document: Document, lines: list[tuple[int, int]], found: Found) -> None:
    """Countries of officials the people module knows, where they are named in the event's lines."""
    for person in people(document):
        if person.country is None:
            continue
        for start, end in person.mentions:
            if any(lo <= start and end <= hi for lo, hi in lines):
                found.add(person.country, start, end)
                break
