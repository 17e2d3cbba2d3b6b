"""What the event's readers share: one mention of an event noun, what the mentions found, words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summitkit.lexicons.formats import FormatMatch

__all__ = ["NAME_WORD_RE", "WORD_RE", "Found", "Mention"]

#: A word with its hyphenated parts and an abbreviation's full stop ("г.").
WORD_RE = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*\.?")
#: A capitalised name, hyphenated parts included ("Нур-Султан").
NAME_WORD_RE = re.compile(r"[А-ЯЁ][А-Яа-яЁё]+(?:-[А-ЯЁа-яё]+)*")


@dataclass(slots=True)
class Mention:
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
class Found:
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
