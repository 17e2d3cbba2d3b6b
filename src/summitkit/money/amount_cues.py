"""Cues that hold for one amount only, read from the words right around it.

"соглашения на 50 млрд долларов" (a deal), "фонд с капиталом 100 млн долларов создадут" (a body founded),
"по 5 млн долларов от каждой страны" (a share per member), "$3 млрд на климатические проекты" (a purpose),
"с нынешних 5 млрд до 10 млрд" (the level a move starts from).
"""

from __future__ import annotations

import re
from typing import Any

from summitkit.lexicons.money import (
    CHANGE_WORDS,
    DEAL_NOUNS,
    FOUNDING_WORDS,
    FUND_NOUNS,
    HISTORY_PHRASES,
    NOT_PURPOSE,
    PER_MEMBER,
    PURPOSE_AFTER,
)
from summitkit.models import MoneyKind
from summitkit.money.amounts import WORD, Mention
from summitkit.money.cues import Cue
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = ["amount_cues"]


#: "на" right before the amount, through words of approximation: "на общую сумму более".
DEAL_PREPOSITION = re.compile(
    r"\bна\s+(?:(?:более|менее|около|свыше|почти|порядка|примерно|не|чем)\s+){0,3}$", re.IGNORECASE
)


#: A year the clause is set in ("в 2015 году"): a past founding with it is history.
_YEAR_IN = re.compile(r"\bв\s+(?:19|20)\d\d\s*(?:г\.|год)", re.IGNORECASE)


#: How far after the amount a word of founding still founds the fund named before it.
FOUNDING_REACH = 60


def _is_founding(found: tuple[Any, ...], history: bool) -> bool:
    """A word of founding not in the past, or a past finite verb ("учредили фонд") in a clause with no time
    phrase of history; a past participle ("созданный в 2019 году фонд") is always history."""
    return any(
        str(p.normal_form) in FOUNDING_WORDS and (p.tag.tense != "past" or (p.tag.POS == "VERB" and not history))
        for p in found
    )


def _founding_cue(text: str, mention: Mention, clause: tuple[int, int]) -> Cue | None:
    """ "создадут фонд с капиталом 100 млн долларов", "фонд в размере 10 млрд долларов создается": a word
    of founding, and a fund or capital noun before the amount; the money of a body founded at the summit
    is money its founders commit. A past founding ("созданный в 2019 году фонд") is history, not a
    commitment."""
    founding: re.Match[str] | None = None
    fund: re.Match[str] | None = None
    history = HISTORY_PHRASES.search(text, *clause) is not None or _YEAR_IN.search(text, *clause) is not None
    for word in WORD.finditer(text, clause[0], mention.start):
        found = parses(fold(word.group()))[:2]
        if _is_founding(found, history):
            founding = word
        elif any(str(p.normal_form) in FUND_NOUNS for p in found):
            if founding is not None:
                return Cue(founding.start(), founding.end(), MoneyKind.PLEDGE, True, "создать")
            fund = word
    if fund is None:
        return None
    for word in WORD.finditer(text, mention.end, min(clause[1], mention.end + FOUNDING_REACH)):
        if _is_founding(parses(fold(word.group()))[:2], history):
            return Cue(fund.start(), fund.end(), MoneyKind.PLEDGE, True, "создать")
    return None


def _per_member_cue(text: str, mention: Mention) -> Cue | None:
    """ "по 5 млн долларов от каждой страны": a share each member puts in, a pledge unless a verb in the
    clause says otherwise (a weak cue: "товарооборот с каждой составил по 1 млрд" stays actual)."""
    before, after = PER_MEMBER
    if before.search(text, max(0, mention.start - 30), mention.start) and after.match(text, mention.end):
        return Cue(mention.start, mention.start, MoneyKind.PLEDGE, False)
    return None


#: How many words after "на" may come before the noun of a purpose ("на новые климатические проекты").
_PURPOSE_WORDS = 3


def _purpose_cue(text: str, mention: Mention) -> Cue | None:
    """ "$3 млрд на климатические проекты": money for a purpose named after it is money given for it, a weak
    pledge cue that a verb in the clause overrides ("товарооборот составил ..." stays actual)."""
    na = PURPOSE_AFTER.match(text, mention.end)
    if na is None:
        return None
    pos = na.end()
    for _ in range(_PURPOSE_WORDS):
        word = WORD.match(text, pos)
        if word is None:
            return None
        found = parses(fold(word.group()))[:2]
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        if nouns:
            if any(p.tag.case == "accs" and str(p.normal_form) not in NOT_PURPOSE for p in nouns):
                return Cue(word.start(), word.end(), MoneyKind.PLEDGE, False)
            return None
        if not any(p.tag.POS in {"ADJF", "PRTF"} for p in found) or text[word.end() : word.end() + 1] != " ":
            return None
        pos = word.end() + 1
    return None


#: "с" before the first figure of a move from one level to another: "удвоить с нынешних 5 млрд до 10 млрд".
_FROM_LEVEL = re.compile(
    r"\bс\s+(?:(?:нынешн|текущ|сегодняшн|прошлогодн|имеющ|достигнут)\w*\s+)?"
    r"(?:(?:около|более|свыше|почти|примерно|порядка)\s+)?$",
    re.IGNORECASE,
)


#: "до" and the figure reached after the first one, a few words between at most ("в 2020 году").
_TO_LEVEL = re.compile(r"\s*,?\s*(?:[а-яё0-9.]+\s+){0,4}?до\s+(?:[а-яё]+\s+)?\d", re.IGNORECASE)


def _starting_level_cue(text: str, mention: Mention) -> Cue | None:
    """ "удвоить товарооборот с нынешних 5 млрд долларов до 10 млрд": the level a move starts from is the
    figure reached, whatever the goal the clause sets for the level it goes to."""
    if _FROM_LEVEL.search(text, max(0, mention.start - 40), mention.start) and _TO_LEVEL.match(text, mention.end):
        return Cue(mention.start, mention.start, MoneyKind.ACTUAL, True)
    return None


def amount_cues(text: str, mention: Mention, clause: tuple[int, int]) -> list[Cue]:
    """Cues that hold for this amount only: a deal "на" it, the capital of a body founded, a share per member,
    a purpose after it, the level a move starts from."""
    found = (
        _deal_cue(text, mention, clause[0]),
        _founding_cue(text, mention, clause),
        _per_member_cue(text, mention),
        _purpose_cue(text, mention),
        _starting_level_cue(text, mention),
    )
    return [cue for cue in found if cue is not None]


def _deal_cue(text: str, mention: Mention, clause_start: int) -> Cue | None:
    """ "соглашение ... на 50 млрд долларов": a deal noun in the clause and "на" right before the amount.

    Not after a verb or noun of change: "вырос на 1 млрд долларов" is a difference, not a deal.
    """
    before = text[clause_start : mention.start]
    na = DEAL_PREPOSITION.search(before)
    if na is None:
        return None
    words = list(WORD.finditer(before, 0, na.start()))
    if words and any(str(p.normal_form) in CHANGE_WORDS for p in parses(fold(words[-1].group()))[:2]):
        return None
    for word in words:
        if any(str(p.normal_form) in DEAL_NOUNS for p in parses(fold(word.group()))[:2] if p.tag.POS == "NOUN"):
            return Cue(clause_start + na.start(), clause_start + na.end(), MoneyKind.PLEDGE, True)
    return None
