"""The event from its mentions: the strongest mention, and the mentions of the same event that fill it."""

from __future__ import annotations

from summitkit.document import Document
from summitkit.event.base import WORD_RE, Found, Mention
from summitkit.event.dates import find_date, publication_year, read_dateline
from summitkit.event.mentions import find_mentions
from summitkit.event.naming import event_name
from summitkit.event.participants import between, leader_word, participants_in, people_in
from summitkit.event.place import find_place
from summitkit.lexicons.events import HOST_TRIGGERS, ONLINE_RE, PARTICIPATION_RE, TRIGGERS
from summitkit.models import SummitEvent

__all__ = ["find_event"]

#: How many sentences make the lead, where a bilateral meeting names its sides.
LEAD_SENTENCES = 2


def _compatible(main: Mention, other: Mention) -> bool:
    """Whether ``other`` can be a mention of the same event as ``main`` (and may fill its place and date)."""
    if other.ordinal is not None and main.ordinal is not None and other.ordinal != main.ordinal:
        return False
    if other.other_instance and not main.other_instance:
        return False
    if main.fmt is None or (not main.attached and other.fmt is None):
        # A format only named in the same sentence is a weak tie: plain mentions may be the same event.
        return other.fmt is None or (main.fmt is not None and other.fmt.short == main.fmt.short)
    return other.fmt is not None and other.fmt.short == main.fmt.short


def _main_mention(mentions: list[Mention]) -> Mention:
    """The mention that names the event: the strongest, then the surer noun, then one with a name."""
    main = max(mentions, key=lambda m: (m.score, TRIGGERS[m.lemma], m.name_start < m.start, -m.start))
    fmt = main.fmt
    if fmt is not None and not main.attached:
        # "Лидеры ОДКБ провели сессию" in the headline, "сессию Совета коллективной безопасности" below:
        # the mention the format is attached to names the event, where it is as strong and its noun as sure.
        named = [
            m
            for m in mentions
            if m.attached
            and m.fmt
            and m.fmt.short == fmt.short
            and not m.other_instance
            and m.score >= main.score
            and TRIGGERS[m.lemma] >= TRIGGERS[main.lemma]
        ]
        main = max(named, key=lambda m: (m.score, -m.start), default=main)
    numbered = [m for m in mentions if m.ordinal and m.fmt and _compatible(main, m) and not m.other_instance]
    if main.ordinal is None and len({m.ordinal for m in numbered}) == 1:
        main = numbered[0]  # "саммит СВМДА" in the headline, "VI саммит СВМДА" in the text: the fuller mention
    return main


def _place_and_date(document: Document, same: list[Mention], helpers: list[Mention], found: Found) -> None:
    """Place and date from the event's own mentions, then the dateline, then plain mentions in the lead."""
    text = document.text
    year = publication_year(text)
    read = _LineReader(document, found, year)
    for mention in same:
        read(mention)
    online = any(ONLINE_RE.search(text, *line) for line in dict.fromkeys(m.line for m in same))
    read_dateline(text, found, year, online=online)
    lead_end = document.sentences[min(LEAD_SENTENCES, len(document.sentences) - 1)].end
    for mention in helpers:
        if mention.start < lead_end:
            # "Мирзиёев провел переговоры с Си Цзиньпином в Самарканде. Встреча прошла на полях саммита ШОС."
            read(mention)


class _LineReader:
    """Place and date for one mention after another. What a line holds does not depend on which of
    its mentions asks, so a line that gave nothing is not read again for its other mentions (a text
    may be one long line with thousands of them), and nothing is read once everything is found.
    """

    def __init__(self, document: Document, found: Found, year: int | None) -> None:
        self.document, self.found, self.year = document, found, year
        self.placeless: set[tuple[int, int]] = set()
        self.dateless: set[tuple[int, int]] = set()

    def __call__(self, mention: Mention) -> None:
        found = self.found
        if (found.city is None or found.country is None) and mention.line not in self.placeless:
            before = (found.city, found.country)
            find_place(self.document, mention, found)
            if (found.city, found.country) == before:
                self.placeless.add(mention.line)
        if found.date is None and mention.line not in self.dateless:
            find_date(self.document.text, mention, found, self.year)
            if found.date is None:
                self.dateless.add(mention.line)


def _participants(document: Document, main: Mention, lines: list[tuple[int, int]], found: Found) -> None:
    """States taking part, from the event's lines and the sentences that say who took part."""
    # The lines are sentences, which do not overlap: a sentence is among them when its start is.
    starts = {lo for lo, _ in lines}
    for sentence in document.sentences:
        if sentence.start not in starts and PARTICIPATION_RE.search(sentence.text):
            lines.append((sentence.start, sentence.end))
            starts.add(sentence.start)
    for lo, hi in lines:
        participants_in(document, lo, hi, found)
    if main.fmt is None:
        # A bilateral meeting: its lead names the two sides ("Президент Узбекистана ... российского коллегу").
        for sentence in document.sentences[:LEAD_SENTENCES]:
            if sentence.start not in starts:
                participants_in(document, sentence.start, sentence.end, found)
        between(document.text, 0, len(document.text), found)
    people_in(document, lines, found)


def _hosted(document: Document, main: Mention, found: Found) -> bool:
    """A visit or talks of named people in a host country is an event; an event noun alone is not a summit."""
    return (
        found.country is not None
        and main.lemma in HOST_TRIGGERS
        and (
            bool(document.entities_in(*main.line, "PER"))
            or any(leader_word(w.group()) for w in WORD_RE.finditer(document.text, *main.line))
        )
    )


def find_event(document: Document) -> SummitEvent | None:
    """The event the text reports, or None where no mention names a summit-level event."""
    text = document.text
    mentions = find_mentions(document)
    if not mentions:
        return None
    main = _main_mention(mentions)
    same = sorted(
        (m for m in mentions if m is main or _compatible(main, m)),
        key=lambda m: (m is not main, -m.score, m.start),
    )
    # Mentions with no format may still say who took part ("Во встрече приняли участие ...").
    in_same = {id(m) for m in same}
    helpers = [m for m in mentions if m.fmt is None and id(m) not in in_same]
    found = Found()
    _place_and_date(document, same, helpers, found)
    _participants(document, main, sorted({m.line for m in [*same, *helpers]}), found)
    if main.fmt is None and not found.participants and not _hosted(document, main, found):
        return None
    spans = [(main.name_start, main.name_end)]
    if main.fmt is not None:
        spans.append((main.fmt.start, main.fmt.end))
        for code in main.fmt.members:
            if code not in found.participants:
                found.participants.append(code)
    if found.country is not None and found.country not in found.participants:
        found.participants.append(found.country)
    spans.extend(found.spans)
    evidence = [document.span(s, e) for s, e in sorted(set(spans))]
    return SummitEvent(
        name=event_name(text, main),
        organisation=main.fmt.short if main.fmt else None,
        ordinal=main.ordinal,
        city=found.city,
        country=found.country,
        date=found.date,
        participants=found.participants,
        evidence=evidence,
    )
