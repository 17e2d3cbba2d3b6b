"""The event's name in the nominative, built from the mention's words: "VII Консультативная встреча ..."."""

from __future__ import annotations

import re

from summitkit.event.base import WORD_RE, Mention
from summitkit.event.ordinals import inflect_ordinal, is_roman
from summitkit.lexicons.events import HIGH_LEVEL_TAIL_RE
from summitkit.morphology import nominative_phrase, parses

__all__ = ["event_name"]

#: The council an event noun belongs to, named after the noun: "заседание Совета глав государств".
COUNCIL_TAIL_RE = re.compile(r"\s+(?:[Вв]ысш\w+\s+)?[Сс]овет\w*\s+глав\s+(?:государств|правительств)\b")


def event_name(text: str, mention: Mention) -> str | None:
    """The event's name in the nominative: "VII Консультативная встреча ...", "саммит ШОС"."""
    fmt = mention.fmt
    case = _case_of(text, mention)
    if fmt is None:
        tail = HIGH_LEVEL_TAIL_RE.match(text, mention.end)
        if mention.name_start == mention.start and tail is None:
            return None  # a bare "переговоры" names nothing; "государственный визит", "переговоры на высшем уровне" do
        phrase = text[mention.name_start : tail.end() if tail else mention.end]
        out = nominative_phrase(phrase, case)
        return out[:1].lower() + out[1:] if out.split()[0][1:].islower() else out
    if fmt.title is not None and fmt.title.startswith("Консультативная"):
        ordinal = text[slice(*mention.ordinal_span)] if mention.ordinal_span else None
        if ordinal is not None:
            ordinal = inflect_ordinal(ordinal, "femn")
            ordinal = ordinal[:1].upper() + ordinal[1:]  # the format's full name is written in capitals
        return f"{ordinal} {fmt.title}" if ordinal else fmt.title
    if mention.attached:
        return _phrase(text, mention, mention.name_end, case)
    if fmt.short.isupper() or re.fullmatch(r"[A-ZА-ЯЁ0-9+]+", fmt.short):
        # "саммит ... в Минске" of ОДКБ; "заседание Совета глав государств" of СНГ keeps its council
        council = COUNCIL_TAIL_RE.match(text, mention.end)
        return f"{_phrase(text, mention, council.end() if council else mention.end, case)} {fmt.short}"
    if fmt.partner:
        return f"{_phrase(text, mention, mention.end, case)} «{fmt.short}»"  # "провели второй саммит" of CA + X
    return None


def _phrase(text: str, mention: Mention, end: int, case: str | None) -> str:
    """The mention's words up to ``end`` in the nominative, the ordinal agreeing with the noun."""
    noun = text[mention.start : mention.end]
    phrase = text[mention.name_start : end]
    ordinal_text = ""
    if mention.ordinal_span is not None:
        ordinal_text = text[slice(*mention.ordinal_span)]
        phrase = text[mention.ordinal_span[1] : end].lstrip()
    out = nominative_phrase(phrase, case)
    if ordinal_text:
        roman = is_roman(ordinal_text)
        ordinal_text = inflect_ordinal(ordinal_text, _gender(noun, case))
        if not roman and _starts_line(text, mention):
            ordinal_text = ordinal_text[:1].lower() + ordinal_text[1:]  # "Второй саммит ..." opens a line
        out = f"{ordinal_text} {out}"
    elif _starts_line(text, mention) and out.split()[0][1:].islower():
        out = out[:1].lower() + out[1:]  # capital only because the sentence starts there
    return " ".join(out.split())


def _starts_line(text: str, mention: Mention) -> bool:
    before = text[mention.line[0] : mention.name_start].strip()
    return not before or before.endswith((".", "!", "?", "—", "-", ":"))


def _case_of(text: str, mention: Mention) -> str | None:
    """The case the event noun stands in: agreeing with the words before it, singular where it can."""
    noun = text[mention.start : mention.end].lower()
    words = [w.group().rstrip(".") for w in WORD_RE.finditer(text, mention.name_start, mention.start)]
    candidates = [p for p in parses(noun) if p.tag.POS == "NOUN" and str(p.normal_form) == mention.lemma]
    if mention.lemma != "переговоры":
        candidates = [p for p in candidates if p.tag.number == "sing"] or candidates
    for p in candidates:
        if all(_agrees(w, p) for w in words if not is_roman(w) and not w[:1].isdigit()):
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
