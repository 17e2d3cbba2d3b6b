"""When the event is held: a date on the event's line, a day counted from the publication date, a year.

The dateline ("Ташкент. 16 ноября.") and the publication date at the head of the text are the last resort.
"""

from __future__ import annotations

import datetime
import functools
import re

from summitkit.event.base import Found, Mention
from summitkit.lexicons.calendar import MONTHS, RELATIVE_DAY_RE, RELATIVE_DAYS, WEEKDAYS
from summitkit.lexicons.cities import city_of
from summitkit.lexicons.events import HELD_RE, PAST_RE

__all__ = ["find_date", "publication_date", "publication_year", "read_dateline"]

_MONTH_WORD = (
    r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|(?:янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|нояб|ноя|дек)(?![а-яё])\.?)"
)
#: "19 мая", "19–20 декабря", "16 ноября 2023 года".
DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\s*[–—-]\s*\d{1,2})?\s+" + _MONTH_WORD + r"(?![а-яё])(?:\s+(\d{4})(?!\d))?", re.IGNORECASE
)
#: "14.03.2031", "14. 03. 2031".
NUMERIC_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
#: What follows a publication stamp: a separator, a time, the end of the line ("14.03.2031 | 09:45").
STAMP_END_RE = re.compile(r"[ \t]*,?[ \t]*(?:[|/•·]|\d{1,2}:\d{2}|\n|$)")
#: "осенью 2020 года", "в 2026 году".
YEAR_RE = re.compile(
    r"(?:\bв|осенью|весной|летом|зимой|в\s+начале|в\s+конце|в\s+середине)\s+(\d{4})\s*(?:года|году|г\.)",
    re.IGNORECASE,
)
#: A dateline at the head of a line: "Ташкент. 16 ноября.", "Сиань, 20 мая /Синьхуа/", "АСТАНА. КАЗИНФОРМ –".
DATELINE_RE = re.compile(
    r"^[ \t]*([А-ЯЁ][А-ЯЁа-яё-]+(?:[ \t][А-ЯЁ][А-ЯЁа-яё-]+)?)[ \t]*[.,][ \t]*(?=\d{1,2}\s+[а-яё]|[А-ЯЁ]{3,}\s*[–—-])",
    re.M,
)
#: How far into the text a dateline or a publication date may stand.
HEAD_CHARS = 600


def _iso(day: int, month: int, year: int | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _month(word: str) -> int | None:
    low = word.lower().rstrip(".")
    for size in range(len(low), 1, -1):
        if low[:size] in MONTHS:
            return MONTHS[low[:size]]
    return None


def _dates_in(text: str, lo: int, hi: int) -> list[tuple[int, int, int, int, int | None]]:
    """(start, end, day, month, year) of every date in ``text[lo:hi]``; the end of a range is left out."""
    out: list[tuple[int, int, int, int, int | None]] = []
    for m in DATE_RE.finditer(text, lo, hi):
        if re.search(r"\b(?:по|до)\s+$", text[max(lo, m.start() - 4) : m.start()]):
            continue  # "с 28 февраля по 2 марта": the event starts on the first
        month = _month(m.group(2))
        if month is not None:
            out.append((m.start(), m.end(), int(m.group(1)), month, int(m.group(3)) if m.group(3) else None))
    for m in NUMERIC_DATE_RE.finditer(text, lo, hi):
        out.append((m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out


def find_date(text: str, mention: Mention, found: Found, year: int | None) -> None:
    if found.date is not None:
        return
    published = publication_date(text)
    # The publication date heading the line ("14.03.2031 | 09:45 | ...") is not the event's;
    # a date opening a sentence ("22 октября 2024 года в Казани открылся саммит") is.
    at_head = published is not None and not text[mention.line[0] : published[1]].strip()
    dates = [
        d
        for d in _dates_in(text, *mention.line)
        if not (at_head and published and d[0] == published[1] and STAMP_END_RE.match(text, d[1]))
    ]
    if dates:
        start, end, day, month, own_year = min(dates, key=lambda d: abs(d[0] - mention.start))
        later = published is not None and (month, day) > (published[0].month, published[0].day)
        if own_year is None and published is not None and later and PAST_RE.search(text, *mention.line):
            year = published[0].year - 1  # "26 декабря состоялся саммит" in a January paper
        iso = _iso(day, month, own_year or year)
        if iso is not None:
            found.date = iso
            found.spans.append((start, end))
        return
    relative = RELATIVE_DAY_RE.search(text, *mention.line)
    if relative is not None and published is not None:
        base = published[0]
        word = relative.group(1).lower()
        back = RELATIVE_DAYS[word] if word in RELATIVE_DAYS else (base.weekday() - WEEKDAYS[word]) % 7
        found.date = (base - datetime.timedelta(days=back)).isoformat()
        found.spans.append((relative.start(1), relative.end(1)))
        return
    m = YEAR_RE.search(text, *mention.line)
    if m is not None and HELD_RE.search(text, *mention.line):
        found.date = m.group(1)
        found.spans.append((m.start(1), m.end(1)))


@functools.lru_cache(maxsize=64)
def publication_date(text: str) -> tuple[datetime.date, int] | None:
    """The full date at the head of the text (a publication date), which "вчера" and "в среду" count from."""
    head = text[:HEAD_CHARS]
    candidates: list[tuple[int, int, int, int]] = []
    m = NUMERIC_DATE_RE.search(head)
    if m is not None:
        candidates.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for d in DATE_RE.finditer(head):
        month = _month(d.group(2))
        if d.group(3) and month is not None:
            candidates.append((d.start(), int(d.group(3)), month, int(d.group(1))))
            break
    for start, year, month, day in sorted(candidates):
        try:
            return datetime.date(year, month, day), start
        except ValueError:
            continue
    return None


def publication_year(text: str) -> int | None:
    published = publication_date(text)
    if published is not None:
        return published[0].year
    for d in DATE_RE.finditer(text[:HEAD_CHARS]):
        if d.group(3):
            return int(d.group(3))
    return None


def read_dateline(text: str, found: Found, year: int | None, online: bool) -> None:
    """The dateline's city and date, where the event's own lines did not tell (an online event has no city)."""
    for m in DATELINE_RE.finditer(text, 0, HEAD_CHARS):
        city = city_of(m.group(1))
        if city is None:
            continue
        if found.city is None and found.country in (None, city[1]) and not online:
            found.city, found.country = city
            found.spans.append((m.start(1), m.end(1)))
        date = DATE_RE.match(text, m.end())
        if found.date is None and date is not None:
            month = _month(date.group(2))
            iso = _iso(int(date.group(1)), month, int(date.group(3)) if date.group(3) else year) if month else None
            if iso is not None:
                found.date = iso
                found.spans.append((date.start(), date.end()))
        return
    if found.date is None:
        published = NUMERIC_DATE_RE.search(text, 0, HEAD_CHARS)
        if published is not None:
            iso = _iso(int(published.group(1)), int(published.group(2)), int(published.group(3)))
            if iso is not None:
                found.date = iso
                found.spans.append((published.start(), published.end()))
