"""Mentions of event nouns and what is attached to each: an ordinal and adjectives before, a format after.

Cheap first: the trigger regular expression finds the nouns, pymorphy confirms them, and the formats
of a line are looked up once for all the mentions on it.
"""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.event.base import WORD_RE, Mention
from summitkit.event.ordinals import ordinal_of
from summitkit.lexicons.countries import find_countries, lemma
from summitkit.lexicons.events import (
    BELOW_SUMMIT_BEFORE_RE,
    LEADER_WORDS,
    LOW_LEVEL_RE,
    LOW_LEVEL_SUBJECT_RE,
    NAME_STOP_ADJECTIVES,
    OTHER_INSTANCE_ADJECTIVES,
    OTHER_TIME_RE,
    SPORTS_RE,
    SUMMIT_LEVEL_RE,
    TENS,
    TRIGGER_RE,
    TRIGGERS,
)
from summitkit.lexicons.formats import FormatMatch, find_formats
from summitkit.morphology import parses

__all__ = ["find_mentions", "trigger_lemma"]

#: A format in quotes right after the event noun: саммит «Россия — Африка», встреча в формате «Астанинской тройки».
QUOTED_FORMAT_RE = re.compile(r"\s+(?:(?:в\s+)?формат\w*\s+)?[«\"“]([А-ЯЁA-Z][^«»\"“”\n]{1,60}?)[»\"”]")
_CA_TAIL_RE = re.compile(r"\s+(?:и|с|со)\s+(?:стран\w*|государств\w*)\s+(?:Центральной\s+Азии|ЦА)\b")
#: "глав государств – членов ШОС": the dash of "member states" does not end the event's name.
_MEMBER_STATES_RE = re.compile(r"государств\w*\s*[-–—]\s*член\w*", re.IGNORECASE)
#: How many words may stand between an event noun and its format.
_GAP_WORDS = 10
#: No gap of so many characters holds ten words or fewer.
_GAP_CHARS = 1000


def trigger_lemma(word: str) -> str | None:
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN" and str(p.normal_form) in TRIGGERS:
            return str(p.normal_form)
    return None


def _is_verb(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"VERB", "INFN", "PRTS"}


def _is_subject(word: str) -> bool:
    """A leader's post in the nominative: "на сессии генсек ШОС отметил" starts another clause."""
    found = parses(word.lower())
    return bool(found) and found[0].tag.case == "nomn" and str(found[0].normal_form) in LEADER_WORDS


def _is_adjective(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"} and "Anum" not in found[0].tag


def _read_before(text: str, mention: Mention) -> None:
    """The ordinal and the adjectives right before the event noun ("XI консультативной встрече")."""
    line_start = mention.line[0]
    words = _last_words(text, line_start, mention.name_start, 4)
    for m in reversed(words):
        if text[m.end() : mention.name_start].strip():
            break  # punctuation between: not part of the name
        word = m.group().rstrip(".")
        ordinal = ordinal_of(word)
        if ordinal is not None:
            start = m.start()
            tens = WORD_RE.search(text, max(line_start, start - 20), start)
            while tens is not None and tens.end() < start and text[tens.end() : start].strip():
                tens = WORD_RE.search(text, tens.end(), start)
            if tens is not None and tens.group().lower() in TENS and ordinal < 10:
                ordinal, start = ordinal + TENS[tens.group().lower()], tens.start()  # "двадцать пятый"
            mention.ordinal, mention.ordinal_span = ordinal, (start, m.start() + len(word))
            mention.name_start = start
            break
        if lemma(word) in OTHER_INSTANCE_ADJECTIVES:
            mention.other_instance = True
        if not _is_adjective(word) or lemma(word) in NAME_STOP_ADJECTIVES:
            break
        mention.name_start = m.start()


def _last_words(text: str, floor: int, end: int, count: int) -> list[re.Match[str]]:
    """The last ``count`` words of ``text[floor:end]``, read from a short stretch before ``end`` rather
    than from ``floor`` (the line may be megabytes long)."""
    reach = 64 * count
    while True:
        start = max(floor, end - reach)
        words = list(WORD_RE.finditer(text, start, end))
        if start == floor or len(words) > count:  # the first word may be cut short; it is not among the last
            return words[-count:]
        reach *= 4


def _extend_quote(text: str, fmt: FormatMatch) -> int:
    """End of a format written in quotes, with the closing quote."""
    if fmt.end < len(text) and text[fmt.end] in "\"»“”'" and fmt.start > 0 and text[fmt.start - 1] in "\"«“„'":
        return fmt.end + 1
    return fmt.end


def _read_after(text: str, mention: Mention, formats: list[FormatMatch]) -> None:
    """The format attached to the event noun, and where the event's name ends."""
    line_end = mention.line[1]
    attached: list[tuple[FormatMatch, int]] = []
    for fmt in formats:
        if fmt.start <= mention.start < fmt.end or mention.name_start <= fmt.start < mention.start:
            attached.append((fmt, _extend_quote(text, fmt)))
            continue
        if fmt.start < mention.end or fmt.start - mention.end > _GAP_CHARS:
            continue  # before the noun, or too far after it to be attached (checked before reading the gap)
        gap = _MEMBER_STATES_RE.sub(" ", text[mention.end : fmt.start])
        if re.search(r"[,.;:!?—]|\s[-–]\s", gap) or len(gap.split()) > _GAP_WORDS or fmt.start > line_end:
            continue
        if any(_is_verb(w.group()) or _is_subject(w.group()) for w in WORD_RE.finditer(gap)):
            continue  # "итогом переговоров стала дорожная карта ЕАЭС": another clause
        attached.append((fmt, _extend_quote(text, fmt)))
    if attached:
        # A "Central Asia + X" format is more specific than the organisation it is built on.
        best = max(attached, key=lambda pair: (pair[0].partner, -pair[0].start))
        mention.fmt, mention.attached = best[0], True
        end = min(end for fmt, end in attached)
        for fmt, fmt_end in sorted(attached, key=lambda pair: pair[0].start):
            if fmt.start < end:
                end = max(end, fmt_end)  # «ЕС – Центральная Азия»: the organisation inside a partner format
            elif len(text[end : fmt.start].split()) <= 2 and "(" not in text[end : fmt.start]:
                end = max(end, fmt_end)  # "саммит стран ЦА и Кореи в формате «ЦА + Корея»"
        paren = text.find(" (", mention.name_start, end)
        if paren > 0:
            end = paren
        tail = _CA_TAIL_RE.match(text, end)
        if tail is not None:
            end = tail.end()
        mention.name_end = max(end, mention.end)
        return
    quoted = QUOTED_FORMAT_RE.match(text, mention.end)
    if quoted is not None and TRIGGERS[mention.lemma] >= 2:
        # A format the lexicon does not know, named in quotes: саммит «Россия — Африка».
        name = re.sub(r"\s*[–—-]\s+|\s+[–—-]\s*", " — ", " ".join(quoted.group(1).split()))
        members = tuple(dict.fromkeys(c.code for c in find_countries(text, *quoted.span(1)) if not c.adjective))
        mention.fmt = FormatMatch(quoted.start(1), quoted.end(1), name, members, None, partner=False)
        mention.attached = True
        mention.name_end = quoted.end()
        return
    if formats:
        # Named elsewhere in the sentence ("Главы государств ОДКБ ... по итогам саммита в Ереване"): the nearest.
        mention.fmt = min(formats, key=lambda f: min(abs(f.end - mention.start), abs(f.start - mention.end)))


def find_mentions(document: Document) -> list[Mention]:
    text = document.text
    found: list[Mention] = []
    formats_by_line: dict[tuple[int, int], list[FormatMatch]] = {}
    #: Whether a line is about sports and whether it speaks of another time: read once per line.
    sports: dict[tuple[int, int], bool] = {}
    other_time: dict[tuple[int, int], bool] = {}
    for m in TRIGGER_RE.finditer(text):
        word_start = m.start()
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
            word_start -= 1  # "онлайн-саммита": the name starts with the prefix
        trigger = trigger_lemma(m.group())
        if trigger is None or LOW_LEVEL_RE.match(text, m.end()):
            continue
        sentence = document.sentence_at(m.start())
        line = (sentence.start, sentence.end)  # the Document already cuts sentences at line breaks
        if LOW_LEVEL_SUBJECT_RE.match(text, line[0], m.start()):
            continue  # "Министры иностранных дел ... провели встречу": their meeting, below the leaders
        if line not in sports:
            sports[line] = SPORTS_RE.search(text, *line) is not None
            other_time[line] = OTHER_TIME_RE.search(text, *line) is not None
        if sports[line]:
            continue  # "встреча прошла на стадионе", "на матче ожидается президент": a game, not a summit
        if line not in formats_by_line:
            formats_by_line[line] = find_formats(text, *line)
        mention = Mention(m.start(), m.end(), trigger, line, word_start, m.end())
        _read_before(text, mention)
        if BELOW_SUMMIT_BEFORE_RE.search(text, mention.name_start, mention.start):
            continue  # "Молодежный саммит ШОС", "бизнес-саммит БРИКС": not the leaders' event
        _read_after(text, mention, formats_by_line[line])
        window = text[max(line[0], m.start() - 40) : min(line[1], mention.name_end + 40)]
        if other_time[line]:
            mention.other_instance = True
        mention.score = (
            (-3 if mention.other_instance else 0)
            + TRIGGERS[trigger]
            + (3 if mention.attached else 2 if mention.fmt else 0)
            + (1 if mention.ordinal else 0)
            + (1 if SUMMIT_LEVEL_RE.search(window) else 0)
        )
        found.append(mention)
    return found
