"""Parliaments and their chambers, and the state each belongs to.

"Председатель Мажилиса", "спикер Жогорку Кенеша": a chamber's own name tells the speaker's state where
the text names no state after it. Chambers whose name several states share ("Сенат", "Национальное
собрание", "Законодательная палата", "Сейм") are left out: the context must tell those.

Patterns are written over folded text (lower case, ё as е); each opens on a word start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitkit.text import fold

__all__ = ["HOME_CHAMBERS", "PARLIAMENTS", "ParliamentMention", "find_parliaments", "parliament_at"]

#: (pattern over folded text, ISO 3166-1 alpha-2 code of the state). Longer names come first.
PARLIAMENTS: tuple[tuple[str, str], ...] = (
    # Kazakhstan
    (r"мажилис\w*(?:\s+парламент\w*)?", "KZ"),
    # Uzbekistan: both chambers carry the parliament's name
    (r"(?:сенат\w*|законодательн\w+\s+палат\w+)\s+олий\s+мажлис\w*", "UZ"),
    (r"олий\s+мажлис\w*", "UZ"),
    # Kyrgyzstan
    (r"жогорку\s+кенеш\w*", "KG"),
    # Tajikistan: Маджлиси милли and Маджлиси намояндагон of the Маджлиси Оли
    (r"маджлиси\s+(?:милли|намояндагон)(?:\s+маджлиси\s+оли)?", "TJ"),
    (r"маджлис\w*\s+оли", "TJ"),
    # Azerbaijan before Turkmenistan: "Милли Меджлис" is Azerbaijan's
    (r"милли\s+меджлис\w*", "AZ"),
    (r"халк\s+маслахат\w*", "TM"),
    (r"(?<!милли\s)меджлис\w*", "TM"),
    # Russia
    (r"государственн\w+\s+дум\w*", "RU"),
    (r"госдум\w*", "RU"),
    (r"совет\w*\s+федерации", "RU"),
    (r"федеральн\w+\s+собрани\w+", "RU"),
    # Belarus: the chambers of its Национальное собрание
    (r"совет\w*\s+республики\s+национальн\w+\s+собрани\w+", "BY"),
    (r"палат\w+\s+представителей\s+национальн\w+\s+собрани\w+", "BY"),
    # others the genre meets
    (r"верховн\w+\s+рад\w*", "UA"),
    (r"(?:государственн\w+\s+)?велик\w+\s+хурал\w*", "MN"),
    (r"всекитайск\w+\s+собрани\w+\s+народн\w+\s+представител\w*", "CN"),
    (r"(?:(?:всекитайск\w+\s+комитет\w*|вк)\s+)?нпкск", "CN"),
    (r"вснп", "CN"),
    (r"бундестаг\w*", "DE"),
    (r"кнессет\w*", "IL"),
    (r"лок\s+сабх\w*", "IN"),
)

#: Chambers a state shares its name with others, by the state whose national outlet writes them bare:
#: in Kazinform's copy "Председатель Сената" is Kazakhstan's. Patterns over the folded role.
HOME_CHAMBERS: dict[str, str] = {
    "KZ": r"сенат|парламент",
    "UZ": r"сенат|законодательн\w*\s+палат|парламент",
    "BY": r"совет\w*\s+республики|палат\w*\s+представител|национальн\w*\s+собрани|парламент",
    "AM": r"национальн\w*\s+собрани|парламент",
    "KG": r"парламент",
    "TJ": r"парламент",
    "TM": r"парламент",
    "AZ": r"парламент",
    "RU": r"парламент",
}

_COMPILED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])"), code) for pattern, code in PARLIAMENTS
)
#: Cheap trigger: the stems any chamber's name holds.
_TRIGGER = re.compile(
    r"мажилис|мажлис|кенеш|маджлис|меджлис|маслахат|дум|федераци|собрани|рад|хурал|бундестаг|кнессет|сабх|вснп|нпкск"
)


@dataclass(frozen=True, slots=True)
class ParliamentMention:
    """A chamber named in the text: where, and the state it belongs to."""

    start: int
    end: int
    code: str


def find_parliaments(text: str, start: int = 0, end: int | None = None) -> list[ParliamentMention]:
    """Chambers named in ``text[start:end]``, in text order, none inside another."""
    stop = len(text) if end is None else end
    folded = fold(text[start:stop])
    if not _TRIGGER.search(folded):
        return []
    found: list[ParliamentMention] = []
    for pattern, code in _COMPILED:
        for m in pattern.finditer(folded):
            s, e = start + m.start(), start + m.end()
            if not any(f.start < e and s < f.end for f in found):
                found.append(ParliamentMention(s, e, code))
    return sorted(found, key=lambda f: f.start)


def parliament_at(text: str, offset: int) -> ParliamentMention | None:
    """The chamber whose name starts exactly at ``offset``: "Халк Маслахаты" before a name."""
    found = find_parliaments(text, offset, min(len(text), offset + 80))
    return found[0] if found and found[0].start == offset else None
