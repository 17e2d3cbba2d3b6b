"""Cues: words and phrases near an amount that say which kind it is, and the clause they are read in.

A verb of promising or giving (выделит, вложит, грант) is a pledge cue; a verb of measure (составил,
достиг, вырос до) is actual in the past or present and a target in the future, the infinitive or after
"чтобы"; time phrases (к 2030 году, в прошлом году) are weak cues. Cues are read once per sentence and
looked up per amount by position.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summitkit.document import Document
from summitkit.lexicons.money import (
    ACTUAL_PHRASES,
    AGREED_ON,
    DEAL_NOUNS,
    INVESTING_VERBS,
    MEASURE_VERBS,
    OBLIGED_BEFORE,
    PLEDGE_NOUNS,
    PLEDGE_PHRASES,
    PLEDGE_VERBS,
    PURPOSE_BEFORE_GOAL,
    REACHING_VERBS,
    SPENDING_VERBS,
    TARGET_PHRASES,
    TARGET_WORDS,
    TRADE_VERBS,
    VERBS_WITH_NA,
)
from summitkit.models import MoneyKind
from summitkit.money.amounts import WORD, Mention
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = ["READING_REACH", "SUM", "Cue", "Scope", "near", "scope_of", "sentence_cues"]


#: Where a clause ends inside a sentence.
CLAUSE_BREAKS = re.compile(
    r";|\n|,\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|при\s+этом|чтобы|хотя)\b", re.IGNORECASE
)


#: The lemma of the "на сумму" cue: a trade verb in its clause says what the sum is.
SUM = "сумма"


_VERB_TAGS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase near an amount that says which kind it is; ``strong`` for verbs and nouns, weak
    for time phrases."""

    start: int
    end: int
    kind: MoneyKind
    strong: bool
    lemma: str = ""
    #: A past verb of investing ("инвестировал"): a reached figure, not a promise.
    invested: bool = False
    #: A participle of signing before a deal noun ("подписанных соглашений"): the total of deals.
    of_deals: bool = False


@dataclass(frozen=True, slots=True)
class Scope:
    """The sentence and the clause that hold an amount, as offsets."""

    sentence: tuple[int, int]
    clause: tuple[int, int]


#: How far from an amount its clause is read (cues, nouns, years). A clause of news is far shorter; a
#: sentence that never ends (one huge line) is then read in a window per amount, so time stays linear.
READING_REACH = 400


def scope_of(document: Document, mention: Mention) -> Scope:
    """The sentence (the Document's, which are cut at line breaks and after a money abbreviation that
    ends one) and the clause holding the mention, the clause cut to ``READING_REACH`` around it."""
    sentence = document.sentence_at(mention.start)
    s_start, s_end = sentence.start, max(mention.end, sentence.end)
    c_start, c_end = max(s_start, mention.start - READING_REACH), min(s_end, mention.end + READING_REACH)
    for brk in CLAUSE_BREAKS.finditer(document.text, c_start, c_end):
        if brk.end() <= mention.start:
            c_start = brk.end()
        elif brk.start() >= mention.end:
            c_end = brk.start()
            break
    return Scope((s_start, s_end), (c_start, c_end))


def near(cues: list[Cue], mention: Mention) -> list[Cue]:
    """The cues (in text order) within twice ``READING_REACH`` of the amount, found by bisection."""
    lo = bisect.bisect_left(cues, mention.start - 2 * READING_REACH, key=lambda c: c.start)
    hi = bisect.bisect_right(cues, mention.end + 2 * READING_REACH, key=lambda c: c.start)
    return cues[lo:hi]


#: How many words may stand between a participle and its deal noun ("подписанных в ходе визита соглашений").
_DEAL_AFTER_WORDS = 5


_DEAL_BEFORE = re.compile(r"([А-Яа-яЁё]+),?\s+$")


def _is_deal_noun(word: str) -> bool:
    return any(str(p.normal_form) in DEAL_NOUNS for p in parses(fold(word))[:2])


def _next_to_deal_noun(text: str, word: re.Match[str]) -> bool:
    """Does a deal noun stand after the word, a few words on at most ("подписанных соглашений"), or right before it
    ("сделок, заключенных ...")?"""
    before = _DEAL_BEFORE.search(text, max(0, word.start() - 30), word.start())
    if before is not None and _is_deal_noun(before.group(1)):
        return True
    pos = word.end()
    for _ in range(_DEAL_AFTER_WORDS):  # "подписанных в ходе визита соглашений": a short phrase between
        after = WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if after is None:
            return False
        if _is_deal_noun(after.group()):
            return True
        pos = after.end()
    return False


#: "чтобы" a few words before a verb: its past form is a wish, not a fact ("чтобы товарооборот достиг ...").
_SO_THAT = re.compile(r"\bчтобы\s+(?:[а-яё]+\s+){0,6}$", re.IGNORECASE)


def _subjunctive(text: str, start: int) -> bool:
    """Is the verb at ``start`` governed by "чтобы" ("стремимся к тому, чтобы объем инвестиций превысил ...")?"""
    return _SO_THAT.search(text, max(0, start - 80), start) is not None


def _word_cue(text: str, word: re.Match[str]) -> Cue | None:
    """The cue a word gives through its lemma, and for verbs of measure through its tense."""
    for p in parses(fold(word.group())):
        lemma = fold(str(p.normal_form))
        if lemma in PLEDGE_VERBS or lemma in PLEDGE_NOUNS:
            invested = lemma in INVESTING_VERBS and p.tag.tense == "past"
            of_deals = p.tag.POS == "PRTF" and _next_to_deal_noun(text, word)
            return Cue(word.start(), word.end(), MoneyKind.PLEDGE, True, lemma, invested, of_deals)
        if lemma in TARGET_WORDS:
            if lemma == "цель" and PURPOSE_BEFORE_GOAL.search(text, max(0, word.start() - 30), word.start()):
                return None  # "на эти цели": a purpose, not a goal
            obliged = OBLIGED_BEFORE.search(text, max(0, word.start() - 20), word.start()) is not None
            if lemma in REACHING_VERBS and p.tag.tense == "past" and not obliged:
                return Cue(word.start(), word.end(), MoneyKind.ACTUAL, True, lemma)  # "нарастили до": reached
            return Cue(word.start(), word.end(), MoneyKind.TARGET, True, lemma)
        if (lemma in MEASURE_VERBS or lemma in TRADE_VERBS) and p.tag.POS in _VERB_TAGS:
            if lemma in VERBS_WITH_NA and not re.match(r"\s+на\b", text[word.end() :]):
                return None
            ahead = p.tag.POS == "INFN" or p.tag.tense == "futr" or _subjunctive(text, word.start())
            return Cue(word.start(), word.end(), MoneyKind.TARGET if ahead else MoneyKind.ACTUAL, True, lemma)
        if lemma in SPENDING_VERBS and p.tag.POS in _VERB_TAGS:
            # "потрачено 35 млн" is money spent; "потратят 5 млрд" is money committed to spend.
            ahead = p.tag.POS == "INFN" or p.tag.tense == "futr"
            return Cue(word.start(), word.end(), MoneyKind.PLEDGE if ahead else MoneyKind.ACTUAL, True, lemma)
    return None


def _inside_amount(mentions: list[Mention], offset: int) -> bool:
    """Does ``offset`` fall inside an amount? ``mentions`` are in text order and do not overlap, so only
    the last one starting at or before it can hold it (found by bisection, not by a scan)."""
    i = bisect.bisect_right(mentions, offset, key=lambda m: m.start) - 1
    return i >= 0 and offset < mentions[i].end


def sentence_cues(text: str, start: int, end: int, mentions: list[Mention]) -> list[Cue]:
    """Cues in ``text[start:end]``, words inside amounts (``mentions``, in text order) left out."""
    out: list[Cue] = []
    for word in WORD.finditer(text, start, end):
        if _inside_amount(mentions, word.start()):
            continue
        cue = _word_cue(text, word)
        if cue is not None:
            out.append(cue)
    for pattern, kind in (
        (TARGET_PHRASES, MoneyKind.TARGET),
        (ACTUAL_PHRASES, MoneyKind.ACTUAL),
        (AGREED_ON, MoneyKind.PLEDGE),
    ):
        out.extend(Cue(m.start(), m.end(), kind, False) for m in pattern.finditer(text, start, end))
    out.extend(Cue(m.start(), m.end(), MoneyKind.PLEDGE, True, SUM) for m in PLEDGE_PHRASES.finditer(text, start, end))
    return sorted(out, key=lambda c: c.start)
