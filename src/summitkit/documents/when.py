"""When a signing the text tells of happened: at this event, or before it.

News recall old documents next to the new ones: "Напомним, Договор о ... был подписан в 2019 году",
"Ранее, в декабре 2024 года, лидеры подписали ...", "на первом саммите в мае 2023 года была принята ...",
"в прошлом году", "три года назад". A document is this event's unless its sentence says otherwise: "Ранее,"
opening it, an earlier or otherwise counted event, or a date of signing before the event's (the event's
date, else the year of publication, else the latest year the text times anything by). A recollection
("Напомним, ...") dates nothing by itself, since a follow-up report recalls its own event so, but with a
date it is an earlier signing even when there is nothing to compare. A date that belongs to a title
("Договора 1992 года", "Договор от 15 мая 1992 года", "Программа на 2026 год") dates the document, not
the signing: "подписали Протокол о внесении изменений в Договор 1992 года" stays this event's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from summitkit.document import Document
from summitkit.documents.verb_forms import status_at
from summitkit.event import find_event
from summitkit.event.dates import publication_date
from summitkit.event.ordinals import ordinal_of
from summitkit.lexicons.calendar import MONTHS
from summitkit.lexicons.documents import (
    AGO,
    CONTRASTS,
    COUNTED_EVENTS,
    EARLIER_ADVERBS,
    NOW,
    PREVIOUS,
    PREVIOUS_EVENTS,
    RECALLED,
    RECALLING_PHRASES,
    THIS_EVENT,
    TODAY,
)
from summitkit.titles import Title, Tok, clause_bounds, info, is_word

__all__ = ["DATE_RE", "DatedSigning", "before_this_event", "intro_before_this_event", "signing_dates"]

#: A date as news write the time of an act: "в 2019 году", "в декабре 2024 года", "13 марта 2025 года",
#: "от 15 мая 1992 года", "1992 года". The word before says what it dates (see ``signing_dates``).
DATE_RE = re.compile(
    r"(?:(?<![\w-])(?P<prep>в|во|от|с|со|до|к|на|по|за|после|перед)\s+)?"
    r"(?:(?:(?P<day>\d{1,2})(?:\s*[–—-]\s*\d{1,2})?\s+)?(?P<month>[а-яё]+)\s+)?"
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:-?м|-го)?(?![\d–—-])\s*(?:года|году|год|г\.)(?![а-яё])",
    re.IGNORECASE,
)

#: Where a ``DATE_RE`` match can be: its year and what follows it, found with no backtracking over the words before.
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:-?м|-го)?(?![\d–—-])\s*(?:года|году|год|г\.)(?![а-яё])", re.IGNORECASE)
#: Every character ``DATE_RE`` can match before the year: a preposition, a day, a range, a month, spaces.
_BEFORE_YEAR_CHAR = re.compile(r"[а-яё\d\s–—-]", re.IGNORECASE)

#: Words a comma-delimited part of a sentence ends at: the signing's own part runs between them.
_PART_ENDS: frozenset[str] = frozenset({",", ";", ":", "(", ")", "—", "–", ".", "!", "?"})


@dataclass(frozen=True, slots=True)
class DatedSigning:
    """A date that times an act: where it stands and what it says (month and day may be unknown)."""

    start: int
    end: int
    year: int
    month: int | None
    day: int | None


def signing_dates(document: Document) -> tuple[DatedSigning, ...]:
    """Every date in the text that times an act ("в 2019 году", "13 марта 2025 года"), in text order;
    dates of documents ("Договора 1992 года", "от 15 мая") and periods ("на 2026 год", "до 2030 года") are
    left out. Computed once per Document.
    """
    return document.memo("summitkit.documents.signing-dates", _signing_dates)


def _signing_dates(document: Document) -> tuple[DatedSigning, ...]:
    out: list[DatedSigning] = []
    for m in _dates(document.text):
        month = _month(m.group("month")) if m.group("month") else None
        if m.group("month") and month is None:
            continue  # "в Договор 1992 года", "5 сессий 2024 года": the year of a thing, no time
        prep = (m.group("prep") or "").lower()
        day = int(m.group("day")) if m.group("day") and month is not None else None
        if prep in {"в", "во"} or (not prep and day is not None):
            start = m.start("prep") if m.group("prep") else m.start()
            out.append(DatedSigning(start, m.end(), int(m.group("year")), month, day))
    return tuple(out)


def _dates(text: str) -> Iterator[re.Match[str]]:
    """What ``DATE_RE.finditer(text)`` finds, searched for only around years.

    Every match ends in a year ``_YEAR_RE`` finds, and starts in the run of characters a match can hold
    before its year (``_BEFORE_YEAR_CHAR``), so the search for the next match starts at the head of that
    run instead of trying the optional words at every position of the text (a tenth of the time).
    """
    pos = 0
    for year in _YEAR_RE.finditer(text):
        start = year.start()
        if start < pos:
            continue  # inside the previous match
        while start > pos and _BEFORE_YEAR_CHAR.match(text, start - 1):
            start -= 1
        found = DATE_RE.search(text, start)
        if found is None:  # not reached: the year itself matches
            continue
        pos = found.end()
        yield found


def _month(word: str) -> int | None:
    """The month a word names ("декабре", "мая"), by its longest stem, or None ("сессий")."""
    lower = word.lower()
    for size in range(min(len(lower), 7), 1, -1):
        number = MONTHS.get(lower[:size])
        if number is not None and (size >= 3 or lower in {"мая", "мае", "май"}):
            return number
    return None


def before_this_event(document: Document, toks: tuple[Tok, ...], title: Title, trigger: tuple[int, int] | None) -> bool:
    """Does the sentence of ``title`` (given its status by the word at ``trigger``) place the act before
    this event? A verb in the sentence before ("Среди них — ...") brings its sentence's time too.
    """
    start, end = clause_bounds(toks, title.head)
    verb = _token_at(document, toks, trigger[0]) if trigger is not None else None
    if verb is not None and not start <= verb < end:
        return _before(document, toks, (verb, verb), verb) or _before(document, toks, (title.first, title.last), None)
    return _before(document, toks, (title.first, title.last), verb)


def intro_before_this_event(
    document: Document, toks: tuple[Tok, ...], start: int, anchor: int, end: int | None = None
) -> bool:
    """Does a sentence that announces documents place the act before this event: a list's intro from token
    ``start`` to its opener at ``anchor`` ("В 2019 году были подписаны следующие документы:"), or, given its
    ``end``, a sentence whose verb at ``anchor`` counts them ("В 2019 году стороны подписали два соглашения.")?
    """
    if end is None:
        return _before(document, toks, (anchor, anchor), None, (start, anchor + 1))
    return _before(document, toks, (anchor, anchor), anchor, (start, end))


def _before(
    document: Document,
    toks: tuple[Tok, ...],
    anchor: tuple[int, int],
    verb: int | None,
    sentence: tuple[int, int] | None = None,
) -> bool:
    """Do the time cues of the sentence around the ``anchor`` tokens (a title, the verb of a list) place the
    act before this event? ``sentence`` bounds it where it is not the text's sentence (a list's intro).
    """
    first, last_token = anchor
    start, end = _scope(toks, *(sentence or clause_bounds(toks, first)), first)
    last = max(first, verb) if verb is not None else first
    return (
        _previous(toks, start, end, max(last_token, verb if verb is not None else last_token))
        or _earlier(toks, start, first, end)
        or _other_ordinal(document, toks, start, end)
        or _dated_before(document, toks, (first, last_token), verb, start, end, _recalled(toks, start, last))
    )


def _scope(toks: tuple[Tok, ...], start: int, end: int, head: int) -> tuple[int, int]:
    """The part of the sentence whose time cues speak of the title: the whole sentence, unless the title's
    contrasted clause tells its own time of now ("В прошлом году подписали X, а сегодня лидеры подписали Y").
    """
    a = head
    while a > start and not _contrast(toks, a):
        a -= 1
    b = head + 1
    while b < end and not _contrast(toks, b):
        b += 1
    if any(t.text.lower() in NOW for t in toks[a:b]):
        return a, b
    return start, end


def _contrast(toks: tuple[Tok, ...], k: int) -> bool:
    """Does a contrasted clause open at token ``k`` ("; ...", ", а ...", ", но ...")?"""
    return toks[k - 1].text == ";" or (toks[k - 1].text == "," and toks[k].text.lower() in CONTRASTS)


def _token_at(document: Document, toks: tuple[Tok, ...], offset: int) -> int | None:
    """The index of the token starting at character ``offset``, or None."""
    starts: list[int] = document.memo("summitkit.documents.token-starts", lambda d: [t.start for t in toks])
    k = bisect.bisect_left(starts, offset)
    return k if k < len(starts) and starts[k] == offset else None


def _previous(toks: tuple[Tok, ...], start: int, end: int, after: int) -> bool:
    """ "на прошлом саммите", "в прошлом году", "год назад", "несколько лет назад"; not in a clause that
    qualifies a later noun, past the title and its verb at ``after`` ("..., и заслушали отчёт о решениях,
    принятых на прошлом заседании"); a clause right after them qualifies the title ("Программой, утверждённой
    год назад").
    """
    cues = [
        k
        for k in range(start, end - 1)
        if is_word(toks[k])
        and (
            (info(toks[k].text).lemmas & PREVIOUS and info(toks[k + 1].text).noun_lemmas & PREVIOUS_EVENTS)
            or (toks[k + 1].text.lower() in AGO and bool(info(toks[k].text).noun_lemmas & PREVIOUS_EVENTS))
        )
    ]
    if not cues:
        return False
    opened = next((k for k in range(after + 3, cues[-1]) if _qualifying_clause(toks, k)), None)
    return any(opened is None or k < opened for k in cues)


def _qualifying_clause(toks: tuple[Tok, ...], k: int) -> bool:
    """Does a clause that qualifies a later noun open at ``k`` (", принятых ...", ", которые ...")?"""
    if toks[k - 1].text != ",":
        return False
    lemmas = info(toks[k].text)
    return "PRTF" in lemmas.pos or "который" in lemmas.lemmas


def _recalled(toks: tuple[Tok, ...], start: int, last: int) -> bool:
    """ "Напомним, Договор ... был подписан ...", "Хартия, напомним, была принята ...", "Как известно, ...":
    the writer recalls a fact, unless it is today's ("Напомним, сегодня ..."). A gerund ("напомнив, что")
    is the subject's act, not the writer's recollection. A recollection alone does not date the act: a
    follow-up report recalls its own event so ("Напомним, в ходе визита было подписано ...").
    """
    words = [t for t in toks[start:last] if is_word(t)]
    recalled = any(info(t.text).lemmas & RECALLED and info(t.text).top_pos != "GRND" for t in words) or any(
        " ".join(t.text.lower() for t in words[i : i + 2]) in RECALLING_PHRASES for i in range(len(words))
    )
    return recalled and not any(t.text.lower() in TODAY for t in toks[start:last])


def _earlier(toks: tuple[Tok, ...], start: int, first: int, end: int) -> bool:
    """ "Ранее был подписан меморандум ...", "Ранее, в декабре, ...": an earlier signing, unless the clause
    places it at this event ("Ранее в ходе переговоров", "ранее сегодня"). "Как сообщалось ранее, ..." is a
    remark, not a time: an adverb before a comma counts only where it opens the sentence.
    """
    if not any(
        toks[k].text.lower() in EARLIER_ADVERBS and (toks[k + 1].text != "," or k == start) for k in range(start, first)
    ):
        return False
    return not any(is_word(t) and info(t.text).lemmas & THIS_EVENT for t in toks[start:end])


def _other_ordinal(document: Document, toks: tuple[Tok, ...], start: int, end: int) -> bool:
    """ "на первом саммите в Сиане была подписана ...": an event counted otherwise than the one reported."""
    for k in range(start + 1, end - 1):
        if toks[k - 1].text.lower() != "на" or not info(toks[k + 1].text).noun_lemmas & COUNTED_EVENTS:
            continue
        number = ordinal_of(toks[k].text)
        if number is not None and _event(document).ordinal not in (None, number):
            return True
    return False


def _dated_before(
    document: Document,
    toks: tuple[Tok, ...],
    anchor: tuple[int, int],
    verb: int | None,
    start: int,
    end: int,
    recalled: bool,
) -> bool:
    """A date timing the act before the event: anywhere before the title ("Ещё в 2017 году министры
    подписали ..."), or in the verb's part of the sentence after it ("был подписан 13 марта 2025 года").
    With no date of the event to compare, a year before the title, or a date the writer recalls ("Напомним,
    Договор был подписан в 2019 году"), is an earlier signing.
    """
    dates = signing_dates(document)
    lo, hi = toks[start].start, toks[end - 1].end
    title_span = (toks[anchor[0]].start, toks[anchor[1]].end)
    k = bisect.bisect_left(dates, lo, key=lambda d: d.start)
    if k == len(dates) or dates[k].start >= hi:
        return False  # no date in the sentence: the verbs need no reading
    verb_part = _part(toks, verb, start, end) if verb is not None else None
    # A year after the clause's first status verb dates that verb's object, not a later signing
    # ("утвердили решение о председательстве в 2027 году и подписали Заявление ...").
    first_verb = next((k for k in range(start, anchor[0]) if status_at(toks, k)), None)
    timed_until = min(title_span[0], toks[first_verb].start if first_verb is not None else title_span[0])
    while k < len(dates) and dates[k].start < hi:
        date = dates[k]
        k += 1
        if title_span[0] <= date.start < title_span[1]:
            continue
        before_title = date.end <= timed_until
        in_verb_part = verb_part is not None and verb_part[0] <= date.start < verb_part[1]
        if not (before_title or in_verb_part):
            continue
        verdict = _earlier_than_event(document, date, lo, hi, other_years=not before_title)
        if verdict is None:  # a lead's full date ("3 октября 2025 года президенты подписали") may be the event's
            verdict = (before_title and date.day is None) or recalled
        if verdict:
            return True
    return False


def _part(toks: tuple[Tok, ...], verb: int, start: int, end: int) -> tuple[int, int]:
    """The characters of the comma-delimited part of the sentence the verb stands in."""
    a = verb
    while a > start and toks[a - 1].text not in _PART_ENDS:
        a -= 1
    b = verb + 1
    while b < end and toks[b].text not in _PART_ENDS:
        b += 1
    return toks[a].start, toks[b - 1].end


def _earlier_than_event(document: Document, date: DatedSigning, lo: int, hi: int, *, other_years: bool) -> bool | None:
    """Is ``date`` before the event? The event's year is its date's, else the publication's, else (with
    ``other_years``, for a date after the title: "был подписан 13 марта 2025 года") the latest year another
    sentence times an act by; its month is its date's. None when nothing tells.
    """
    year, month, _ = _parse_iso(_event(document).date)
    if year is None:
        published = publication_date(document.text)
        if published is not None and not lo <= published[1] < hi:  # not the date being judged
            year = published[0].year  # only the year: a report may come out days after its event
        elif other_years:
            year = _latest_other_year(document, lo, hi)
    if year is not None and date.year != year:
        return date.year < year
    if month is None or date.month is None:
        return None if year is None else False
    if date.month != month:
        return date.month < month if year is not None else (date.month < month or None)
    return False  # the event's month: its date may be the publication's, days after the signing


def _latest_other_year(document: Document, lo: int, hi: int) -> int | None:
    """The latest year another sentence times an act by ("пройдет в 2026 году"), for a text with no date."""
    return max((d.year for d in signing_dates(document) if not lo <= d.start < hi), default=None)


@dataclass(frozen=True, slots=True)
class _Event:
    date: str | None
    ordinal: int | None


def _event(document: Document) -> _Event:
    """The date and ordinal of the event the text reports, read once (only when a sentence needs them)."""

    def compute(d: Document) -> _Event:
        event = find_event(d)
        return _Event(event.date, event.ordinal) if event is not None else _Event(None, None)

    return document.memo("summitkit.documents.event-time", compute)


def _parse_iso(date: str | None) -> tuple[int | None, int | None, int | None]:
    """ "2025-10-10", "--10-10", "2025" as (year, month, day)."""
    if not date:
        return None, None, None
    if date.startswith("--"):
        month, _, day = date[2:].partition("-")
        return None, int(month), int(day) if day else None
    parts = [int(p) for p in date.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
