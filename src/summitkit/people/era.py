"""The year a text is written in, for choosing among the terms of office a surname has had.

The event reader (``summitkit.event.dates``) reads dates more fully, but it sits above ``people`` (it
asks who took part), so the reading of people takes only what it needs: a full date, at the head of
the text first (a publication stamp, a dateline), else the latest full date anywhere. A bare year is
not enough: "к 2030 году" is a target, not the time of writing.
"""

from __future__ import annotations

import re

__all__ = ["text_year"]

#: How far into the text a publication stamp or a dateline is looked for.
_HEAD_CHARS = 400
#: Years a term of office in the data can cover.
_FIRST, _LAST = 1991, 2035
_MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
#: "16 ноября 2023", "19–20 декабря 2025 года", "06.12.2021", "20. 05. 2023". The lookahead for a digit
#: first makes the scan of a text skip at once every position no date starts at.
_FULL_DATE = re.compile(
    r"(?=\d)(?<!\d)(?:\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+" + _MONTHS + r"\s+(?P<y1>\d{4})"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?(?P<y2>\d{4}))(?!\d)",
    re.IGNORECASE,
)


def text_year(text: str) -> int | None:
    """The year of the first full date at the head of the text, else of the latest full date in it.

    >>> text_year("Бишкек, 3 октября 2024 года. Президенты провели встречу.")
    2024
    >>> text_year("Товарооборот довести к 2030 году до 10 млрд долларов.") is None
    True
    """
    head = _FULL_DATE.search(text, 0, _HEAD_CHARS)
    if head is not None and _FIRST <= (year := int(head.group("y1") or head.group("y2"))) <= _LAST:
        return year
    # the latest full date: a text recalls older events ("8 декабря 1991 года") more than it dates ahead
    years = [int(m.group("y1") or m.group("y2")) for m in _FULL_DATE.finditer(text)]
    return max((y for y in years if _FIRST <= y <= _LAST), default=None)
