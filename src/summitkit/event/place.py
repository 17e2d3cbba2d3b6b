"""Where the event is held: a city or a country after "в", a capital of a country, a city natasha knows."""

from __future__ import annotations

import bisect
import re

from summitkit.document import Document
from summitkit.event.base import NAME_WORD_RE, Found, Mention
from summitkit.lexicons.cities import CAPITALS, REGIONS, city_of
from summitkit.lexicons.countries import ADJECTIVES, country_code, find_countries, lemma
from summitkit.morphology import parses

__all__ = ["find_place"]

#: "в столице Узбекистана", "в казахстанской столице".
CAPITAL_RE = re.compile(r"\bв(?:о)?\s+(?:[а-яё]+ской\s+)?столиц[еуы](?:\s+[А-ЯЁ])?", re.IGNORECASE)
#: Prepositions of place before a city or a country; "визит в X" and "прибыл в X" name the host too.
PLACE_PREP_RE = re.compile(r"(?:^|[\s(])(?:в|во)\s+(?:[а-яё]+[сц]к(?:ой|ом)\s+)?(?:(?:городе|г\.)\s*)?$", re.IGNORECASE)
#: A country's adjective before a city: "в японской Хиросиме", "в китайском Сиане".
COUNTRY_ADJECTIVE_RE = re.compile(r"([а-яё]+[сц]к(?:ой|ом))\s+$")
ARRIVAL_RE = re.compile(r"(?:визит\w*|прибы\w+|приех\w+|прилет\w+|поездк\w+)\b[^.;]{0,60}$", re.IGNORECASE)


#: How far back "визит", "прибыл" may stand before the place it names: ``ARRIVAL_RE`` reads at most 60
#: characters past the word, so this window sees every match without reading the whole line.
ARRIVAL_REACH = 100

#: A place the line names: where it is, its city (None for a country alone) and its country code.
Candidate = tuple[int, int, str | None, str | None]


def _place_before(text: str, start: int, floor: int) -> bool:
    return PLACE_PREP_RE.search(text[max(floor, start - 30) : start]) is not None


def _arrival_before(text: str, start: int, floor: int) -> bool:
    return ARRIVAL_RE.search(text, max(floor, start - ARRIVAL_REACH), start) is not None


def _locative(word: str) -> bool:
    """Whether a place name stands in the locative ("в Узбекистане"), not the accusative ("в Узбекистан")."""
    if word.isupper() or not any(p.tag.case == "accs" for p in parses(word)):
        return True
    return any(p.tag.case == "loct" for p in parses(word) if "Geox" in p.tag or "Abbr" in p.tag)


def _line_places(document: Document, line: tuple[int, int]) -> tuple[list[Candidate], list[Candidate]]:
    """The places a line names, in text order, and those of them with a city; read once per line
    (every mention on the line shares them), so a line of many mentions stays linear."""
    cache: dict[tuple[int, int], tuple[list[Candidate], list[Candidate]]] = document.memo(
        "summitkit.event.place.lines", lambda d: {}
    )
    if line not in cache:
        found = _read_line(document, line)
        if not any(city for _, _, city, _ in found):
            found.extend(_entity_cities(document, line))
        found.sort(key=lambda c: c[0])
        cache[line] = (found, [c for c in found if c[2] is not None])
    return cache[line]


def _read_line(document: Document, line: tuple[int, int]) -> list[Candidate]:
    """Cities and countries after "в" or an arrival, and "в столице X", on one line."""
    text = document.text
    lo, hi = line
    candidates: list[Candidate] = []
    for m in NAME_WORD_RE.finditer(text, lo, hi):
        if not _place_before(text, m.start(), lo):
            continue
        known = city_of(m.group())
        if known is not None and (
            _arrival_before(text, m.start(), lo) or _locative(m.group()) or known[0] in text[m.start() : m.end()]
        ):
            candidates.append((m.start(), m.end(), known[0], known[1]))
    for c in find_countries(text, lo, hi):
        if c.adjective or not _place_before(text, c.start, lo):
            continue
        word = text[c.start : c.end].split()[-1]
        if _arrival_before(text, c.start, lo) or _locative(word):
            candidates.append((c.start, c.end, None, c.code))
    for m in CAPITAL_RE.finditer(text, lo, hi):
        # "в столице Узбекистана", "в казахстанской столице": the country's capital.
        named = [c for c in find_countries(text, m.start(), min(hi, m.end() + 40)) if c.start <= m.end() + 1]
        if named and named[0].code in CAPITALS:
            candidates.append((m.start(), named[0].end, CAPITALS[named[0].code], named[0].code))
    return candidates


def _nearest(candidates: list[Candidate], offset: int) -> Candidate | None:
    """The candidate starting nearest ``offset`` (the earlier of two as near), by bisection."""
    i = bisect.bisect_left(candidates, offset, key=lambda c: c[0])
    around = candidates[max(0, i - 1) : i + 1]
    return min(around, key=lambda c: abs(c[0] - offset), default=None)


def find_place(document: Document, mention: Mention, found: Found) -> None:
    """City and country from "в Астане", "в городе Сиань", "в Кремле", "в КНР", "визит в Бельгию".

    The place nearest to the event noun is the event's place, a city before a country alone.
    """
    every, with_city = _line_places(document, mention.line)
    nearest = _nearest(with_city or every, mention.start)
    if nearest is None:
        return
    start, end, city, code = nearest
    if found.city is None and city is not None:
        found.city = city
        found.country = found.country or code
        found.spans.append((start, end))
    elif found.country is None and code is not None:
        found.country = code
        found.spans.append((start, end))


def _entity_cities(document: Document, line: tuple[int, int]) -> list[Candidate]:
    """Cities the gazetteer does not know: natasha's LOC entities after "в", in the nominative, not states."""
    out: list[Candidate] = []
    for entity in document.entities_in(*line, type="LOC"):
        if not _place_before(document.text, entity.start, line[0]) or " " in entity.text.strip():
            continue
        if country_code(entity.text) is not None:
            continue
        in_city = re.search(r"(?:городе|г\.)\s*$", document.text[max(0, entity.start - 10) : entity.start])
        if in_city is None and not any("Geox" in p.tag for p in parses(entity.text)):
            continue
        name = document.normal(entity)
        if country_code(name) is None and lemma(name) not in REGIONS:
            adjective = COUNTRY_ADJECTIVE_RE.search(document.text, max(line[0], entity.start - 40), entity.start)
            code = ADJECTIVES.get(lemma(adjective.group(1)).lower()) if adjective else None
            out.append((entity.start, entity.end, name, code))
    return out
