"""Built-in extractor: the event itself (what summit, which ordinal, where, when, who took part).

A text names its event several times: in the headline, in the lead ("принял участие в VII
консультативной встрече ..."), in a "Напомним, ..." paragraph. Every mention of an event noun
(саммит, встреча, заседание, переговоры, визит ...) is read with what is attached to it: an ordinal
before it, an organisation or format after it. The strongest mention is the event; mentions of the
same format (or of no format) fill what it lacks: city and date from their lines, participants from
leaders' countries ("президенты Казахстана, Узбекистана ..."), the format's member states and the
host. The dateline ("Ташкент. 16 ноября.") and the publication date are the last resort.

Cheap first: a regular expression for the event nouns decides whether anything else runs.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from summitkit.document import Document, Layer
from summitkit.hookspecs import hookimpl
from summitkit.lexicons.countries import ADJECTIVES, CountryMention, country_code, find_countries, lemma
from summitkit.lexicons.formats import CAPITALS, CENTRAL_ASIA, FormatMatch, city_of, find_formats
from summitkit.models import Fact, SummitEvent
from summitkit.morphology import nominative_phrase, parses
from summitkit.people import people

__all__ = ["EventExtractor"]

# -- lexicons ---------------------------------------------------------------------------------------

#: Event nouns by lemma, with how surely each names a summit-level event.
TRIGGERS: dict[str, int] = {
    "саммит": 3,
    "встреча": 2,
    "заседание": 2,
    "переговоры": 2,
    "переговор": 2,
    "визит": 2,
    "форум": 1,
    "совещание": 1,
    "конференция": 1,
    "сессия": 1,
}

#: The cheap gate: no stem of an event noun, no event.
TRIGGER_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?:[Сс]аммит|[Вв]стреч|[Зз]аседани|[Пп]ереговор|[Вв]изит|[Фф]орум|[Сс]овещани|[Кк]онференци|[Сс]есси)"
    r"[а-яё]*"
)

#: Words after the event noun that make it a meeting below the leaders' level, or not a summit at all.
LOW_LEVEL_RE = re.compile(
    r"\s+(?:(?:совет\w*\s+)?министр|СМИД|глав\w*\s+(?:МИД|внешнеполитическ|оборонн|ведомств|министерств)|"
    r"эксперт|посл(?:ов|ами|ы)\b|представител|делегаци|рабоч\w+\s+групп|заместител|секретар|"
    r"координатор|парламентари|депутат|журналист|пресс|бизнес|предпринимател|деловых|молод|студент|"
    r"с\s+(?:журналист|прессой|представител|общественност|соотечественник|избирател|жител|ветеран|студент))",
    re.IGNORECASE,
)

#: Words that lift a mention to the leaders' level.
SUMMIT_LEVEL_RE = re.compile(r"глав\w*\s+(?:государств|правительств)|на\s+высшем\s+уровне|лидер", re.IGNORECASE)

#: Posts and words for leaders: a country named right after one of them takes part.
LEADER_WORDS: frozenset[str] = frozenset(
    {
        "президент", "премьер-министр", "премьер", "глава", "лидер", "председатель", "канцлер",
        "король", "эмир", "султан", "шейх", "принц", "вице-президент", "делегация", "коллега",
        "руководитель", "правительство", "госсекретарь", "генсек", "министр",
    }
)  # fmt: skip

#: Words of a post that may stand between the leader word and the country ("министр иностранных дел").
POST_TAIL_WORDS: frozenset[str] = frozenset(
    {"мид", "иностранных", "дел", "правительства", "министров", "совета", "обороны", "финансов", "экономики"}
)

#: Adjectives before an event noun that judge or place it in time and are no part of its name.
NAME_STOP_ADJECTIVES: frozenset[str] = frozenset(
    {
        "плодотворный", "важный", "успешный", "продуктивный", "исторический", "масштабный", "конструктивный",
        "насыщенный", "долгожданный", "очередной", "последний", "предстоящий", "прошедший", "нынешний",
        "текущий", "будущий", "ближайший", "этот", "тот", "весь", "данный", "сегодняшний", "вчерашний",
        "состоявшийся", "завершившийся", "минувший", "прошлый", "следующий", "ежегодный",
    }
)  # fmt: skip
#: Adjectives that make a mention another instance of the format than the one reported.
OTHER_INSTANCE_ADJECTIVES: frozenset[str] = frozenset({"следующий", "предыдущий", "прошлогодний", "прошлый"})
#: Time words that put a mention in another year than the reported event.
OTHER_TIME_RE = re.compile(
    r"\b(?:в\s+прошлом\s+году|год\s+назад|в\s+следующем\s+году|в\s+будущем\s+году|в\s+предыдущий\s+раз)\b",
    re.IGNORECASE,
)
#: "переговоры на высшем уровне": the level belongs to the name.
HIGH_LEVEL_TAIL_RE = re.compile(r"\s+на\s+(?:высшем|самом\s+высоком)\s+уровне")

#: Ordinal adjectives by lemma (pymorphy writes ё).
ORDINALS: dict[str, int] = {
    "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "пятый": 5, "шестой": 6, "седьмой": 7,
    "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12,
    "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15, "шестнадцатый": 16,
    "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19, "двадцатый": 20,
    "тридцатый": 30, "сороковой": 40, "пятидесятый": 50,
}  # fmt: skip

ROMAN_RE = re.compile(r"^(?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
DIGIT_ORDINAL_RE = re.compile(r"^(\d{1,3})-?(?:й|го|м|я|е|ой|ого|ом|ий)$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_LOOKALIKES = str.maketrans({"Х": "X", "І": "I"})
#: Tens before an ordinal: "двадцать пятый".
TENS: dict[str, int] = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60}

MONTHS: dict[str, int] = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4, "ма": 5,
    "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9, "сент": 9, "октябр": 10,
    "окт": 10, "ноябр": 11, "ноя": 11, "нояб": 11, "декабр": 12, "дек": 12,
}  # fmt: skip

_MONTH_WORD = (
    r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|(?:янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|нояб|ноя|дек)(?![а-яё])\.?)"
)
#: "19 мая", "19–20 декабря", "16 ноября 2023 года".
DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\s*[–—-]\s*\d{1,2})?\s+" + _MONTH_WORD + r"(?![а-яё])(?:\s+(\d{4})(?!\d))?", re.IGNORECASE
)
#: "20.07.2023", "20. 05. 2023".
NUMERIC_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
#: "осенью 2020 года", "в 2026 году".
YEAR_RE = re.compile(
    r"(?:\bв|осенью|весной|летом|зимой|в\s+начале|в\s+конце|в\s+середине)\s+(\d{4})\s*(?:года|году|г\.)",
    re.IGNORECASE,
)
#: Days counted back from the publication date: "вчера", "в среду".
RELATIVE_DAYS: dict[str, int] = {"сегодня": 0, "вчера": 1, "позавчера": 2}
WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
}  # fmt: skip
RELATIVE_DAY_RE = re.compile(
    r"\b(сегодня|вчера|позавчера|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
    re.IGNORECASE,
)
#: A dateline at the head of a line: "Ташкент. 16 ноября.", "Сиань, 20 мая /Синьхуа/", "НУР-СУЛТАН, 13 фев".
DATELINE_RE = re.compile(
    r"^[ \t]*([А-ЯЁ][А-ЯЁа-яё-]+(?:[ \t][А-ЯЁ][А-ЯЁа-яё-]+)?)[ \t]*[.,][ \t]*(?=\d{1,2}\s+[а-яё])", re.M
)
#: How many sentences make the lead, where a bilateral meeting names its sides.
LEAD_SENTENCES = 2
#: How far into the text a dateline or a publication date may stand.
HEAD_CHARS = 600

#: Central Asia as a party: "глав государств Центральной Азии", "центральноазиатских стран", "стран ЦА".
CENTRAL_ASIA_RE = re.compile(
    r"(?:стран\w*|государств\w*|лидер\w*|президент\w*|глав\w*(?:\s+государств)?)\s+(?:стран\s+|государств\s+)?"
    r"(?:Центральной\s+Азии|ЦА)\b|центральноазиатск\w+\s+(?:стран|государств|лидер|президент)\w*"
)
#: Two states named as the parties of a bilateral event: "между Республикой Узбекистан и Республикой Казахстан".
BETWEEN_RE = re.compile(r"\bмежду\s+")
BETWEEN_AND_RE = re.compile(r"\s+и\s+")
#: "в столице Узбекистана", "в казахстанской столице".
CAPITAL_RE = re.compile(r"\bв(?:о)?\s+(?:[а-яё]+ской\s+)?столиц[еуы](?:\s+[А-ЯЁ])?", re.IGNORECASE)
#: An event held online: the dateline names the newsroom, not a host.
ONLINE_RE = re.compile(r"онлайн|видеоконференц|видеосвяз|виртуальн|дистанционн", re.IGNORECASE)
#: Places natasha tags LOC that are no city, by lemma.
REGIONS: frozenset[str] = frozenset(
    {"европа", "азия", "африка", "евразия", "сибирь", "кавказ", "арктика", "антарктида", "океания", "регион"}
)
#: A format in quotes right after the event noun: саммит «Россия — Африка», встреча в формате «Астанинской тройки».
QUOTED_FORMAT_RE = re.compile(r"\s+(?:(?:в\s+)?формат\w*\s+)?[«\"“]([А-ЯЁA-Z][^«»\"“”\n]{1,60}?)[»\"”]")
#: Verbs that say when an event is held: only then is a bare year the event's ("пройдет осенью 2030 года").
HELD_RE = re.compile(r"пройд|пройт|состо|прош[её]л|прошл|проход|провод|провед|планир", re.IGNORECASE)
#: A past-tense verb: an event dated after the publication date happened the year before.
PAST_RE = re.compile(r"\b(?:состоял\w*|прош[её]л|прошл[аои]|заверш\w*ся|открыл\w*|провел\w*|провёл|принял\w*)\b")
#: Sentences that say who took part.
PARTICIPATION_RE = re.compile(r"участи[еяю]|участв[оу]|участник", re.IGNORECASE)
#: Event nouns that make an event of named people meeting in a host country, with no state named as a side.
HOST_TRIGGERS: frozenset[str] = frozenset({"саммит", "переговоры", "переговор", "визит", "заседание"})
#: Prepositions of place before a city or a country; "визит в X" and "прибыл в X" name the host too.
PLACE_PREP_RE = re.compile(r"(?:^|[\s(])(?:в|во)\s+(?:(?:городе|г\.)\s*)?$", re.IGNORECASE)
ARRIVAL_RE = re.compile(r"(?:визит\w*|прибы\w+|приех\w+|прилет\w+|поездк\w+)\b[^.;]{0,60}$", re.IGNORECASE)

_WORD_RE = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*\.?")
_NAME_WORD_RE = re.compile(r"[А-ЯЁ][А-Яа-яЁё]+(?:-[А-ЯЁа-яё]+)*")


# -- mentions ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    """One mention of an event noun with what is attached to it."""

    start: int  #: the event noun
    end: int
    lemma: str
    line: tuple[int, int]  #: the sentence, cut to the line the noun stands on
    name_start: int
    name_end: int
    ordinal: int | None = None
    ordinal_span: tuple[int, int] | None = None
    fmt: FormatMatch | None = None
    attached: bool = False  #: the format follows the noun ("саммит ШОС"), not just the same sentence
    other_instance: bool = False  #: "следующий саммит", "в прошлом году саммит": not this event
    score: int = 0


@dataclass(slots=True)
class _Found:
    """What the event's mentions say, with the evidence for each part."""

    city: str | None = None
    country: str | None = None
    date: str | None = None
    participants: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def add(self, code: str, start: int, end: int) -> None:
        if code not in self.participants:
            self.participants.append(code)
        self.spans.append((start, end))


def _roman(value: str) -> int:
    total = 0
    for a, b in zip(value, [*value[1:], ""], strict=True):
        total += -_ROMAN[a] if b and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
    return total


def _trigger_lemma(word: str) -> str | None:
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN" and str(p.normal_form) in TRIGGERS:
            return str(p.normal_form)
    return None


def _line(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` cut at line breaks (headlines and datelines run on)."""
    left = text.rfind("\n", sentence_start, start) + 1 or sentence_start
    right = text.find("\n", end, sentence_end)
    return max(left, sentence_start), right if right != -1 else sentence_end


def _is_roman(word: str) -> bool:
    """A Roman numeral, also typed with Cyrillic look-alikes ("ХI саммит")."""
    return ROMAN_RE.match(word.translate(_ROMAN_LOOKALIKES)) is not None


def _ordinal_of(word: str) -> int | None:
    if _is_roman(word):
        return _roman(word.translate(_ROMAN_LOOKALIKES))
    digits = DIGIT_ORDINAL_RE.match(word)
    if digits:
        return int(digits.group(1))
    for p in parses(word):
        if p.tag.POS == "ADJF" and "Anum" in p.tag:
            return ORDINALS.get(str(p.normal_form))
    return None


def _is_verb(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"VERB", "INFN", "PRTS"}


def _is_adjective(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"} and "Anum" not in found[0].tag


def _read_before(text: str, mention: _Mention) -> None:
    """The ordinal and the adjectives right before the event noun ("VII консультативной встрече")."""
    line_start = mention.line[0]
    words = list(_WORD_RE.finditer(text, line_start, mention.name_start))[-4:]
    for m in reversed(words):
        if text[m.end() : mention.name_start].strip():
            break  # punctuation between: not part of the name
        word = m.group().rstrip(".")
        ordinal = _ordinal_of(word)
        if ordinal is not None:
            start = m.start()
            tens = _WORD_RE.search(text, max(line_start, start - 20), start)
            while tens is not None and tens.end() < start and text[tens.end() : start].strip():
                tens = _WORD_RE.search(text, tens.end(), start)
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


def _extend_quote(text: str, fmt: FormatMatch) -> int:
    """End of a format written in quotes, with the closing quote."""
    if fmt.end < len(text) and text[fmt.end] in "\"»“”'" and fmt.start > 0 and text[fmt.start - 1] in "\"«“„'":
        return fmt.end + 1
    return fmt.end


_CA_TAIL_RE = re.compile(r"\s+(?:и|с|со)\s+(?:стран\w*|государств\w*)\s+(?:Центральной\s+Азии|ЦА)\b")
_GAP_WORDS = 10


def _read_after(text: str, mention: _Mention, formats: list[FormatMatch]) -> None:
    """The format attached to the event noun, and where the event's name ends."""
    line_end = mention.line[1]
    attached: list[tuple[FormatMatch, int]] = []
    for fmt in formats:
        if fmt.start <= mention.start < fmt.end or mention.name_start <= fmt.start < mention.start:
            attached.append((fmt, _extend_quote(text, fmt)))
            continue
        if fmt.start < mention.end:
            continue
        gap = text[mention.end : fmt.start]
        if re.search(r"[,.;:!?—]|\s[-–]\s", gap) or len(gap.split()) > _GAP_WORDS or fmt.start > line_end:
            continue
        if any(_is_verb(w.group()) for w in _WORD_RE.finditer(gap)):
            continue  # "темой переговоров стал бюджет Союзного государства": another clause
        attached.append((fmt, _extend_quote(text, fmt)))
    if attached:
        # A "Central Asia + X" format is more specific than the organisation it is built on.
        best = max(attached, key=lambda pair: (pair[0].partner, -pair[0].start))
        mention.fmt, mention.attached = best[0], True
        end = min(end for fmt, end in attached)
        for fmt, fmt_end in sorted(attached, key=lambda pair: pair[0].start):
            if fmt.start > end and len(text[end : fmt.start].split()) <= 2 and "(" not in text[end : fmt.start]:
                end = max(end, fmt_end)  # "саммит стран Центральной Азии и США в формате С5+1"
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
        # Named elsewhere in the sentence ("Главы государств ОДКБ ... по итогам саммита в Минске"): the nearest.
        mention.fmt = min(formats, key=lambda f: min(abs(f.end - mention.start), abs(f.start - mention.end)))


def _mentions(document: Document) -> list[_Mention]:
    text = document.text
    found: list[_Mention] = []
    formats_by_line: dict[tuple[int, int], list[FormatMatch]] = {}
    for m in TRIGGER_RE.finditer(text):
        word_start = m.start()
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
            word_start -= 1  # "онлайн-саммита": the name starts with the prefix
        trigger = _trigger_lemma(m.group())
        if trigger is None or LOW_LEVEL_RE.match(text, m.end()):
            continue
        sentence = document.sentence_at(m.start())
        line = _line(text, m.start(), m.end(), sentence.start, sentence.end)
        if line not in formats_by_line:
            formats_by_line[line] = find_formats(text, *line)
        mention = _Mention(m.start(), m.end(), trigger, line, word_start, m.end())
        _read_before(text, mention)
        _read_after(text, mention, formats_by_line[line])
        window = text[max(line[0], m.start() - 40) : min(line[1], mention.name_end + 40)]
        if OTHER_TIME_RE.search(text, line[0], line[1]):
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


# -- the parts of the event -------------------------------------------------------------------------


def _name(text: str, mention: _Mention) -> str | None:
    """The event's name in the nominative: "VII Консультативная встреча ...", "саммит ШОС"."""
    fmt = mention.fmt
    noun = text[mention.start : mention.end]
    case = _case_of(text, mention)
    if fmt is None:
        if mention.name_start == mention.start:
            return None  # a bare "переговоры" names nothing; "государственный визит" does
        tail = HIGH_LEVEL_TAIL_RE.match(text, mention.end)
        phrase = text[mention.name_start : tail.end() if tail else mention.end]
        out = nominative_phrase(phrase, case)
        return out[:1].lower() + out[1:] if out.split()[0][1:].islower() else out
    if fmt.title is not None and fmt.title.startswith("Консультативная"):
        ordinal = text[slice(*mention.ordinal_span)] if mention.ordinal_span else None
        if ordinal is not None and not _is_roman(ordinal) and not ordinal[:1].isdigit():
            ordinal = _inflect_ordinal(ordinal, "femn")
            ordinal = ordinal[:1].upper() + ordinal[1:]  # the format's full name is written in capitals
        return f"{ordinal} {fmt.title}" if ordinal else fmt.title
    if mention.attached:
        phrase = text[mention.name_start : mention.name_end]
        ordinal_text = ""
        if mention.ordinal_span is not None:
            ordinal_text = text[slice(*mention.ordinal_span)]
            phrase = text[mention.ordinal_span[1] : mention.name_end].lstrip()
        out = nominative_phrase(phrase, case)
        if ordinal_text:
            if not _is_roman(ordinal_text) and not ordinal_text[:1].isdigit():
                ordinal_text = _inflect_ordinal(ordinal_text, _gender(noun, case))
            out = f"{ordinal_text} {out}"
        elif _starts_line(text, mention) and out.split()[0][1:].islower():
            out = out[:1].lower() + out[1:]  # capital only because the sentence starts there
        return " ".join(out.split())
    if fmt.short.isupper() or re.fullmatch(r"[A-ZА-ЯЁ0-9+]+", fmt.short):
        head = nominative_phrase(noun, case)
        return f"{head[:1].lower()}{head[1:]} {fmt.short}"
    return None


def _starts_line(text: str, mention: _Mention) -> bool:
    before = text[mention.line[0] : mention.name_start].strip()
    return not before or before.endswith((".", "!", "?", "—", "-", ":"))


def _case_of(text: str, mention: _Mention) -> str | None:
    """The case the event noun stands in: agreeing with the words before it, singular where it can."""
    noun = text[mention.start : mention.end].lower()
    words = [w.group().rstrip(".") for w in _WORD_RE.finditer(text, mention.name_start, mention.start)]
    candidates = [p for p in parses(noun) if p.tag.POS == "NOUN" and str(p.normal_form) == mention.lemma]
    if mention.lemma != "переговоры":
        candidates = [p for p in candidates if p.tag.number == "sing"] or candidates
    for p in candidates:
        if all(_agrees(w, p) for w in words if not _is_roman(w) and not w[:1].isdigit()):
            return str(p.tag.case)
    return str(candidates[0].tag.case) if candidates else None


def _agrees(word: str, noun: object) -> bool:
    tag = getattr(noun, "tag", None)
    if tag is None:
        return False
    for p in parses(word.lower()):
        if (
            p.tag.POS in {"ADJF", "PRTF"}
            and p.tag.case == tag.case
            and (p.tag.number == "plur" == tag.number or p.tag.gender in (tag.gender, None))
        ):
            return True
    return False


def _gender(noun: str, case: str | None) -> str:
    for p in parses(noun.lower()):
        if p.tag.POS == "NOUN" and (case is None or p.tag.case == case):
            return "plur" if p.tag.number == "plur" else str(p.tag.gender or "masc")
    return "masc"


def _inflect_ordinal(word: str, gender: str) -> str:
    """An ordinal in the nominative agreeing with its noun; in "двадцать пятом" only the last word changes."""
    head, _, last = word.rpartition(" ")
    if head:
        return f"{head} {_inflect_ordinal(last, gender)}"
    for p in parses(word.lower()):
        if p.tag.POS == "ADJF" and "Anum" in p.tag:
            form = p.inflect({"nomn", gender} if gender != "plur" else {"nomn", "plur"})
            if form is not None:
                out = str(form.word) if "ё" in word.lower() else str(form.word).replace("ё", "е")
                return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return word


def _place_before(text: str, start: int, floor: int) -> bool:
    return PLACE_PREP_RE.search(text[max(floor, start - 12) : start]) is not None


def _locative(word: str) -> bool:
    """Whether a place name stands in the locative ("в Узбекистане"), not the accusative ("в Узбекистан")."""
    if word.isupper() or not any(p.tag.case == "accs" for p in parses(word)):
        return True
    return any(p.tag.case == "loct" for p in parses(word) if "Geox" in p.tag or "Abbr" in p.tag)


def _place(document: Document, mention: _Mention, found: _Found) -> None:
    """City and country from "в Астане", "в городе Сиань", "в Кремле", "в КНР", "визит в Бельгию"."""
    text = document.text
    lo, hi = mention.line
    candidates: list[tuple[int, int, str | None, str | None]] = []
    for m in _NAME_WORD_RE.finditer(text, lo, hi):
        if not _place_before(text, m.start(), lo):
            continue
        arrival = ARRIVAL_RE.search(text[lo : m.start()]) is not None
        known = city_of(m.group())
        if known is not None and (arrival or _locative(m.group()) or known[0] in text[m.start() : m.end()]):
            candidates.append((m.start(), m.end(), known[0], known[1]))
    for c in find_countries(text, lo, hi):
        if c.adjective or not _place_before(text, c.start, lo):
            continue
        word = text[c.start : c.end].split()[-1]
        if ARRIVAL_RE.search(text[lo : c.start]) or _locative(word):
            candidates.append((c.start, c.end, None, c.code))
    for m in CAPITAL_RE.finditer(text, lo, hi):
        # "в столице Узбекистана", "в казахстанской столице": the country's capital.
        named = [c for c in find_countries(text, m.start(), min(hi, m.end() + 40)) if c.start <= m.end() + 1]
        if named and named[0].code in CAPITALS:
            candidates.append((m.start(), named[0].end, CAPITALS[named[0].code], named[0].code))
    if not any(city for _, _, city, _ in candidates):
        candidates.extend(_entity_cities(document, mention))
    if not candidates:
        return
    # The place nearest to the event noun is the event's place.
    start, end, city, code = min(candidates, key=lambda c: (c[2] is None, abs(c[0] - mention.start)))
    if found.city is None and city is not None:
        found.city = city
        found.country = found.country or code
        found.spans.append((start, end))
    elif found.country is None and code is not None:
        found.country = code
        found.spans.append((start, end))


def _entity_cities(document: Document, mention: _Mention) -> list[tuple[int, int, str | None, str | None]]:
    """Cities the gazetteer does not know: natasha's LOC entities after "в", in the nominative, not states."""
    out: list[tuple[int, int, str | None, str | None]] = []
    for entity in document.entities_in(*mention.line, type="LOC"):
        if not _place_before(document.text, entity.start, mention.line[0]) or " " in entity.text.strip():
            continue
        if country_code(entity.text) is not None:
            continue
        in_city = re.search(r"(?:городе|г\.)\s*$", document.text[max(0, entity.start - 10) : entity.start])
        if in_city is None and not any("Geox" in p.tag for p in parses(entity.text)):
            continue
        name = document.normal(entity)
        if country_code(name) is None and lemma(name) not in REGIONS:
            out.append((entity.start, entity.end, name, None))
    return out


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
            continue  # "с 31 августа по 1 сентября": the event starts on the first
        month = _month(m.group(2))
        if month is not None:
            out.append((m.start(), m.end(), int(m.group(1)), month, int(m.group(3)) if m.group(3) else None))
    for m in NUMERIC_DATE_RE.finditer(text, lo, hi):
        out.append((m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out


def _date(text: str, mention: _Mention, found: _Found, year: int | None) -> None:
    if found.date is not None:
        return
    published = _publication_date(text)
    # The publication date heading the line ("20.07.2023 | 00:23 | ...") is not the event's.
    head = _publication_date(text)
    at_head = head is not None and not text[mention.line[0] : head[1]].strip()
    dates = [d for d in _dates_in(text, *mention.line) if not (at_head and head and d[0] == head[1])]
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
def _publication_date(text: str) -> tuple[datetime.date, int] | None:
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


def _publication_year(text: str) -> int | None:
    published = _publication_date(text)
    if published is not None:
        return published[0].year
    for d in DATE_RE.finditer(text[:HEAD_CHARS]):
        if d.group(3):
            return int(d.group(3))
    return None


def _dateline(text: str, found: _Found, year: int | None, online: bool) -> None:
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


# -- participants -----------------------------------------------------------------------------------


def _leader_word(word: str) -> bool:
    return any(str(p.normal_form) in LEADER_WORDS for p in parses(word.lower()))


def _after_leader(text: str, start: int, floor: int) -> bool:
    """A leader's post stands right before ``start``: "Президент Казахстана", "канцлера Германии"."""
    words = [w.group().rstrip(".") for w in _WORD_RE.finditer(text, max(floor, start - 60), start)]
    while words and words[-1].lower() in POST_TAIL_WORDS:
        words.pop()  # "министр иностранных дел Казахстана", "Глава МИД России"
    return bool(words) and _leader_word(words[-1])


def _participants_in(document: Document, lo: int, hi: int, found: _Found) -> None:
    """States taking part, read from one line: leaders' countries, listed after a post or a leader word."""
    text = document.text
    chain_ok = False
    previous: CountryMention | None = None
    for c in find_countries(text, lo, hi):
        if c.adjective:
            nxt = _WORD_RE.search(text, c.end, hi)
            if nxt is not None and (_leader_word(nxt.group()) or _trigger_lemma(nxt.group().rstrip("."))):
                found.add(c.code, c.start, c.end)
            previous, chain_ok = None, False
            continue
        gap = text[previous.end : c.start] if previous is not None else None
        if gap is not None and chain_ok and re.fullmatch(r"\s*(?:,|и|,\s*и)\s*", gap):
            found.add(c.code, c.start, c.end)
        elif _after_leader(text, c.start, lo):
            found.add(c.code, c.start, c.end)
            chain_ok = True
        else:
            chain_ok = False
        previous = c
    # "российско-казахстанских переговоров": both halves of a compound adjective before an event noun.
    for m in re.finditer(r"([а-яё]+)о-([а-яё]+)\s+([а-яё]+)", text[lo:hi]):
        if _trigger_lemma(m.group(3)) is None:
            continue
        codes = [_adjective_code(m.group(1) + "ий"), _adjective_code(m.group(2))]
        if all(codes):
            for code in codes:
                found.add(str(code), lo + m.start(), lo + m.end(2))
    for m in CENTRAL_ASIA_RE.finditer(text, lo, hi):
        for code in CENTRAL_ASIA:
            found.add(code, m.start(), m.end())


def _adjective_code(word: str) -> str | None:
    return ADJECTIVES.get(lemma(word).lower())


def _between(text: str, lo: int, hi: int, found: _Found) -> None:
    """The two parties of a bilateral event: "между Республикой Узбекистан и Республикой Казахстан"."""
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


def _people(document: Document, lines: list[tuple[int, int]], found: _Found) -> None:
    """Countries of officials the people module knows, where they are named in the event's lines."""
    for person in people(document):
        if person.country is None:
            continue
        for start, end in person.mentions:
            if any(lo <= start and end <= hi for lo, hi in lines):
                found.add(person.country, start, end)
                break


# -- the extractor ----------------------------------------------------------------------------------


def _compatible(main: _Mention, other: _Mention) -> bool:
    """Whether ``other`` can be a mention of the same event as ``main`` (and may fill its place and date)."""
    if other.ordinal is not None and main.ordinal is not None and other.ordinal != main.ordinal:
        return False
    if other.other_instance and not main.other_instance:
        return False
    if main.fmt is None or (not main.attached and other.fmt is None):
        # A format only named in the same sentence is a weak tie: plain mentions may be the same event.
        return other.fmt is None or (main.fmt is not None and other.fmt.short == main.fmt.short)
    return other.fmt is not None and other.fmt.short == main.fmt.short


def _event(document: Document) -> SummitEvent | None:
    text = document.text
    mentions = _mentions(document)
    if not mentions:
        return None
    main = max(mentions, key=lambda m: (m.score, -m.start))
    numbered = [m for m in mentions if m.ordinal and m.fmt and _compatible(main, m) and not m.other_instance]
    if main.ordinal is None and len({m.ordinal for m in numbered}) == 1:
        main = numbered[0]  # "саммит СВМДА" in the headline, "VI саммит СВМДА" in the text: the fuller mention
    same = sorted(
        (m for m in mentions if m is main or _compatible(main, m)),
        key=lambda m: (m is not main, -m.score, m.start),
    )
    # Mentions with no format may still say who took part ("Во встрече приняли участие ...").
    helpers = [m for m in mentions if m.fmt is None and m not in same]
    found = _Found()
    year = _publication_year(text)
    for mention in same:
        _place(document, mention, found)
        _date(text, mention, found, year)
    _dateline(text, found, year, online=any(ONLINE_RE.search(text, *m.line) for m in same))
    lead_end = document.sentences[min(LEAD_SENTENCES, len(document.sentences) - 1)].end
    for mention in helpers:
        if mention.start < lead_end:
            # "Мирзиёев провел переговоры с Си Цзиньпином в Самарканде. Встреча прошла на полях саммита ШОС."
            _place(document, mention, found)
            _date(text, mention, found, year)
    lines = sorted({m.line for m in [*same, *helpers]})
    for sentence in document.sentences:
        if PARTICIPATION_RE.search(sentence.text):
            line = (sentence.start, sentence.end)
            if all(not (lo <= line[0] < hi) for lo, hi in lines):
                lines.append(line)
    for lo, hi in lines:
        _participants_in(document, lo, hi, found)
    if main.fmt is None:
        # A bilateral meeting: its lead names the two sides ("Президент Узбекистана ... российского коллегу").
        for sentence in document.sentences[:LEAD_SENTENCES]:
            if all(not (lo <= sentence.start < hi) for lo, hi in lines):
                _participants_in(document, sentence.start, sentence.end, found)
        _between(text, 0, len(text), found)
    _people(document, lines, found)
    # A visit or talks of named people in a host country is an event; an event noun alone is not a summit.
    hosted = (
        found.country is not None
        and main.lemma in HOST_TRIGGERS
        and (
            bool(document.entities_in(*main.line, "PER"))
            or any(_leader_word(w.group()) for w in _WORD_RE.finditer(text, *main.line))
        )
    )
    if main.fmt is None and not found.participants and not hosted:
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
        name=_name(text, main),
        organisation=main.fmt.short if main.fmt else None,
        ordinal=main.ordinal,
        city=found.city,
        country=found.country,
        date=found.date,
        participants=found.participants,
        evidence=evidence,
    )


class EventExtractor:
    """The summit itself: name, format, ordinal, host city and country, date, participating states."""

    name = "event"
    fills: tuple[str, ...] = ("event",)
    requires: frozenset[Layer] = frozenset({"sentences", "entities", "morph"})

    def extract(self, document: Document) -> Iterator[Fact]:
        if not TRIGGER_RE.search(document.text):
            return
        event = _event(document)
        if event is not None:
            yield event


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    register(EventExtractor())
