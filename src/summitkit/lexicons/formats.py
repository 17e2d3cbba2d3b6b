"""Lexicons of summit formats and summit cities: what an event is called and where it takes place.

Organisations and formats are matched by regular expressions over word stems (every case form of
"Шанхайской организации сотрудничества" is the same ШОС) and by their abbreviations, which news
write in capitals. The "Central Asia plus a partner" formats are built from a partner name
("Центральная Азия + Япония", "Китай — Центральная Азия", "ССАГЗ+ЦА"), so a new partner needs no
new entry. The summit cities live in ``summitkit.lexicons.cities`` (re-exported here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summitkit.lexicons.cities import CAPITALS, CITY_ALIASES, SUMMIT_CITIES, city_of
from summitkit.lexicons.country_names import country_code, lemma
from summitkit.morphology import restore_shape

__all__ = [
    "CAPITALS",
    "CENTRAL_ASIA",
    "CITY_ALIASES",
    "ORGANISATIONS",
    "PARTNER_GROUPS",
    "SUMMIT_CITIES",
    "Format",
    "FormatMatch",
    "add_organisation",
    "city_of",
    "find_formats",
]

#: The five states of Central Asia, members of every "Central Asia + X" format.
CENTRAL_ASIA: tuple[str, ...] = ("KZ", "KG", "TJ", "TM", "UZ")

#: Member states of the Gulf Cooperation Council.
GULF_STATES: tuple[str, ...] = ("SA", "AE", "QA", "KW", "BH", "OM")


@dataclass(frozen=True, slots=True)
class Format:
    """An organisation or summit format: its short form, how the text names it, who always takes part.

    ``title`` is the format's full name where the event is called after it (an ordinal before
    it: "XII Консультативная встреча ...").
    """

    short: str
    pattern: str
    members: tuple[str, ...] = ()
    title: str | None = None


#: Organisations and fixed formats. Abbreviations are case-sensitive; full names match any case form.
ORGANISATIONS: tuple[Format, ...] = (
    Format(
        "Консультативная встреча глав государств Центральной Азии",
        r"[Кк]онсультативн\w+\s+встреч\w+(?:\s+глав\s+государств\s+(?:Центральной\s+Азии|ЦА))?",
        CENTRAL_ASIA,
        title="Консультативная встреча глав государств Центральной Азии",
    ),
    Format("C5+1", r"(?<![\w+])[CС]5\s*\+\s*1(?!\d)", (*CENTRAL_ASIA, "US")),
    Format("ШОС", r"\bШОС\b|\bSCO\b|Шанхайск\w+\s+организаци\w+\s+сотрудничества"),
    Format(
        "ОДКБ",
        r"\bОДКБ\b|Организаци\w+\s+Договора\s+о\s+коллективной\s+безопасности|Совет\w*\s+коллективной\s+безопасности",
    ),
    Format("СНГ", r"\bСНГ\b|Содружеств\w+\s+Независимых\s+Государств|\bСодружеств[оауе]\b(?!\s+[Нн]аций)"),
    Format(
        "ЕАЭС",
        r"\bЕАЭС\b|\bВЕЭС\b|\bЕврАзЭС\b|Евразийск\w+\s+(?:экономическ|межправительственн)\w+\s+(?:союз|совет|сообществ)\w*"
        r"|Евразийск\w+\s+межправсовет\w*",
    ),
    Format(
        "ОТГ",
        r"\bОТГ\b|\bССТГ\b|Организаци\w+\s+тюркских\s+государств"
        r"|Совет\w*\s+сотрудничества\s+тюркоязычных\s+государств|Тюркск\w+\s+совет\w*"
        r"|\b(?:[Сс]аммит\w*|[Лл]идер\w*|[Гг]лав\w*)\s+тюркских\s+государств",
    ),
    Format("БРИКС", r"\bБРИКС\b|\bBRICS\b"),
    Format("СВМДА", r"\bСВМДА\b|Совещани\w+\s+по\s+взаимодействию\s+и\s+мерам\s+доверия\s+в\s+Азии"),
    Format("ССАГЗ", r"\bССАГЗ\b|Совет\w*\s+сотрудничества\s+арабских\s+государств\s+(?:Персидского\s+)?Залива"),
    Format("Союзное государство", r"Союзн\w+\s+государств\w*|Высш\w+\s+государственн\w+\s+совет\w*", ("RU", "BY")),
    Format("ОИС", r"\bОИС\b|Организаци\w+\s+исламского\s+сотрудничества"),
    Format("ОЭС", r"\bОЭС\b|Организаци\w+\s+экономического\s+сотрудничества"),
    Format("МФСА", r"\bМФСА\b|Международн\w+\s+фонд\w*\s+спасения\s+Арала"),
    Format("АСЕАН", r"\bАСЕАН\b|\bASEAN\b"),
    Format("АТЭС", r"\bАТЭС\b|\bAPEC\b"),
    Format("G20", r"\bG20\b|\bG-20\b|\bГ-20\b|Больш\w+\s+двадцат\w+|Групп\w+\s+двадцати"),
    Format("G7", r"\bG7\b|\bG-7\b|Больш\w+\s+семерк\w+|Больш\w+\s+семёрк\w+|Групп\w+\s+семи\b"),
    Format(
        "Каспийский саммит",
        r"[Кк]аспийск\w+\s+саммит\w*|[Пп]рикаспийск\w+\s+государств\w*|[Кк]аспийск\w+\s+пятерк\w+",
        ("AZ", "IR", "KZ", "RU", "TM"),
    ),
    Format("ЕПС", r"\bЕПС\b|Европейск\w+\s+политическ\w+\s+сообществ\w*"),
    Format("Африканский союз", r"Африканск\w+\s+союз\w*"),
    Format("ЛАГ", r"\bЛАГ\b|Лиг\w+\s+арабских\s+государств"),
    Format("ОБСЕ", r"\bОБСЕ\b"),
    Format("НАТО", r"\bНАТО\b"),
    Format("ООН", r"Генеральн\w+\s+[Аа]ссамбле\w+(?:\s+ООН)?|Генассамбле\w+(?:\s+ООН)?"),
    Format("ЕС", r"\bЕС\b|Евросоюз\w*|Европейск\w+\s+(?:союз|совет|комисси)\w*|Евросовет\w*|Еврокомисси\w*"),
)

#: Partners of "Central Asia + X" that are groups, not states: their short form and their members.
PARTNER_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ссагз": ("ССАГЗ", GULF_STATES),
    "gcc": ("ССАГЗ", GULF_STATES),
    "ес": ("ЕС", ()),
    "евросоюз": ("ЕС", ()),
    "европейский союз": ("ЕС", ()),
    "eu": ("ЕС", ()),
}

#: Partners whose format with Central Asia has a name of its own.
PARTNER_FORMAT_NAMES: dict[str, str] = {"US": "C5+1"}

_CA = r"(?:Центральн\w+\s+Ази\w+|ЦА)"
_PARTNER = r"((?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁA-Z][А-ЯЁа-яёA-Za-z-]*(?:\s+союз[а-яё]*)?)"
_PLUS = r"\s*(?:\+|плюс|[-–—])\s*"
#: "Центральная Азия + Япония", "Китай — Центральная Азия", "ССАГЗ+ЦА", "стран Центральной Азии и Кореи".
CA_PLUS_PATTERNS: tuple[str, ...] = (
    _CA + _PLUS + _PARTNER,
    _PARTNER + _PLUS + _CA + r"\b",
    r"(?:стран\w*|государств\w*)\s+" + _CA + r"\s+(?:и|с|со)\s+" + _PARTNER,
    _PARTNER + r"\s+(?:и|с|со)\s+(?:стран\w*|государств\w*)\s+" + _CA + r"\b",
)


@dataclass(frozen=True, slots=True)
class FormatMatch:
    """A format named in the text: where, its short form, the states it always has, its full title."""

    start: int
    end: int
    short: str
    members: tuple[str, ...]
    title: str | None
    partner: bool  #: a "Central Asia + X" format, more specific than a plain organisation


#: Organisations plugins added through the ``register_gazetteer`` hook, after the built-in ones.
_ADDED: list[Format] = []


def add_organisation(fmt: Format) -> None:
    """Make ``find_formats`` read one more organisation (``summitkit.gazetteer``'s ``organisations``)."""
    re.compile(fmt.pattern)  # a bad pattern fails here, not on the first text
    _ADDED.append(fmt)
    _compiled.cache_clear()


@cache
def _compiled() -> tuple[tuple[Format, re.Pattern[str]], ...]:
    return tuple((f, re.compile(f.pattern)) for f in (*ORGANISATIONS, *_ADDED))


@cache
def _compiled_ca() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in CA_PLUS_PATTERNS)


def _partner(word: str) -> tuple[str, tuple[str, ...]] | None:
    """A partner of Central Asia named by ``word``: the short form for the format and its states."""
    group = PARTNER_GROUPS.get(word.lower()) or PARTNER_GROUPS.get(" ".join(lemma(w) for w in word.split()))
    if group is not None:
        return f"Центральная Азия + {group[0]}", group[1]
    code = country_code(word)
    if code is None or code in CENTRAL_ASIA:
        return None
    if code in PARTNER_FORMAT_NAMES:
        return PARTNER_FORMAT_NAMES[code], (code,)
    name = " ".join(w if w.isupper() else restore_shape(lemma(w), w) for w in word.split())
    return f"Центральная Азия + {name}", (code,)


def _partner_span(m: re.Match[str], partner_first: bool) -> tuple[tuple[str, tuple[str, ...]], tuple[int, int]] | None:
    """The partner of a "Central Asia + X" match, two words ("Республика Корея") or the one next to Central Asia."""
    group = m.group(1)
    partner = _partner(group)
    if partner is not None:
        return partner, (m.start(), m.end())
    words = group.split()
    if len(words) < 2:
        return None
    if partner_first:
        partner = _partner(words[-1])
        return (partner, (m.start(1) + group.rfind(words[-1]), m.end())) if partner else None
    partner = _partner(words[0])
    return (partner, (m.start(), m.start(1) + len(words[0]))) if partner else None


def find_formats(text: str, start: int = 0, end: int | None = None) -> list[FormatMatch]:
    """Every organisation and format named in ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    found: list[FormatMatch] = []
    for fmt, pattern in _compiled():
        for m in pattern.finditer(text, start, stop):
            found.append(FormatMatch(m.start(), m.end(), fmt.short, fmt.members, fmt.title, partner=False))
    for index, pattern in enumerate(_compiled_ca()):
        partner_first = index % 2 == 1
        for m in pattern.finditer(text, start, stop):
            span = _partner_span(m, partner_first)
            if span is None:
                continue
            (short, members), (left, right) = span
            title = short if short.startswith("Центральная Азия") else None
            members = (*CENTRAL_ASIA, *members)
            found.append(FormatMatch(left, right, short, members, title, partner=True))
    found.sort(key=lambda f: (f.start, -f.end))
    return found
