"""The kind of an amount (target, actual, pledge), read from the cue nearest it in its clause.

A verb of promising or giving (выделит, вложит, грант) makes a pledge; a verb of measure (составил,
достиг, вырос до) is actual in the past or present and a target in the future or infinitive; verbs
of intent (довести, планируют) and time phrases (к 2030 году, в прошлом году) settle the rest.

The cue is then read for what it means, not for its tense alone: a measure ahead of money given
("взнос составит") is still that money's pledge, a forecast for the current year is a figure being
reached, a past investment is a pledge unless a time phrase makes it history, and the size of a
body being founded ("фонд в размере ... создается") or a budget for a period ahead is money committed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from summitkit.document import Document
from summitkit.lexicons.money import (
    ACTUAL_PHRASES,
    AGREED_ON,
    APPROVAL_VERBS,
    BUDGET_NOUNS,
    BUDGET_PERIOD,
    CHANGE_WORDS,
    CURRENT_YEAR,
    DEAL_NOUNS,
    EXPECTATION_WORDS,
    FOUNDING_WORDS,
    FUND_NOUNS,
    HISTORY_PHRASES,
    INVESTING_VERBS,
    MEASURE_VERBS,
    NOT_PURPOSE,
    OBLIGED_BEFORE,
    PER_MEMBER,
    PLEDGE_NOUNS,
    PLEDGE_PHRASES,
    PLEDGE_VERBS,
    PURPOSE_AFTER,
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

__all__ = [
    "READING_REACH",
    "Cue",
    "Scope",
    "allocated_budget",
    "amount_cues",
    "decide",
    "near",
    "scope_of",
    "sentence_cues",
]

#: Where a clause ends inside a sentence.
CLAUSE_BREAKS = re.compile(
    r";|\n|,\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|при\s+этом|чтобы|хотя)\b", re.IGNORECASE
)

#: "на" right before the amount, through words of approximation: "на общую сумму более".
DEAL_PREPOSITION = re.compile(
    r"\bна\s+(?:(?:более|менее|около|свыше|почти|порядка|примерно|не|чем)\s+){0,3}$", re.IGNORECASE
)

#: The lemma of the "на сумму" cue: a trade verb in its clause says what the sum is.
_SUM = "сумма"

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
    out.extend(Cue(m.start(), m.end(), MoneyKind.PLEDGE, True, _SUM) for m in PLEDGE_PHRASES.finditer(text, start, end))
    return sorted(out, key=lambda c: c.start)


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


def _distance(cue: Cue, mention: Mention) -> int:
    """Characters between cue and amount; a cue after the amount counts double (verbs come first)."""
    if cue.end <= mention.start:
        return mention.start - cue.end
    return 2 * max(0, cue.start - mention.end) + 1


def _refine(
    text: str, cue: Cue, in_clause: list[Cue], clause: tuple[int, int], mention: Mention, year: int | None = None
) -> tuple[MoneyKind, Cue]:
    """The kind the chosen cue gives, read against the clause.

    "экспортировал газа на сумму 8 млрд": the trade verb, not the sum, tells the kind. "объем
    подписанных соглашений превысил ...": a measured total of signed deals is still their pledge.
    """
    if cue.lemma == _SUM:
        trade = [c for c in in_clause if c.lemma in TRADE_VERBS and c.end <= cue.start]
        cue = trade[-1] if trade else cue
    if cue.lemma in ("", _SUM) and cue.kind is MoneyKind.PLEDGE:
        # "уже профинансировал проекты на 1,2 млрд": the past verb of investing, not the deal, tells the kind
        invested = [c for c in in_clause if c.invested and c.end <= cue.start]
        cue = invested[-1] if invested else cue
    deals = next((c for c in in_clause if c.of_deals and c.end <= mention.start), None)
    if deals is not None and cue.kind is MoneyKind.ACTUAL:
        return MoneyKind.PLEDGE, deals
    if cue.kind is MoneyKind.ACTUAL and not cue.strong and _value_of_deals(text, cue):
        return MoneyKind.PLEDGE, cue  # "общая стоимость подписанных соглашений — $4,6 млрд"
    if cue.kind is MoneyKind.ACTUAL and cue.lemma in MEASURE_VERBS:
        value = next((c for c in in_clause if not c.strong and c.end <= cue.start and _value_of_deals(text, c)), None)
        if value is not None:
            return MoneyKind.PLEDGE, value  # "стоимость контрактов составила ...": measured, still committed
    if cue.invested:
        # "вложили 6 млрд": put in at the event, unless "за последние десять лет" makes it history.
        history = HISTORY_PHRASES.search(text, *clause) is not None
        return (MoneyKind.ACTUAL if history else MoneyKind.PLEDGE), cue
    if cue.kind is MoneyKind.PLEDGE and cue.lemma in PLEDGE_NOUNS and _raised_to(text, in_clause, cue, mention):
        return MoneyKind.TARGET, cue  # "намерен увеличить помощь до 500 млн евро": a level to reach
    if cue.kind is MoneyKind.TARGET and cue.lemma in MEASURE_VERBS and _gives_money(in_clause, cue):
        return MoneyKind.PLEDGE, cue  # "взнос России составит $7,5 млрд": the measure of money given
    if cue.kind is MoneyKind.TARGET and _capital_set(text, in_clause, clause, cue):
        return MoneyKind.PLEDGE, cue  # "капитал фонда составит 500 млн долларов": money the founders commit
    if cue.kind is MoneyKind.TARGET and _current_year_forecast(text, cue, clause, year):
        return MoneyKind.ACTUAL, cue
    return cue.kind, cue


#: "до" right before the amount, through words of approximation: "увеличить помощь до более чем ...".
_UP_TO = re.compile(r"\bдо\s+(?:(?:более|около|почти|порядка|примерно|чем)\s+){0,2}$", re.IGNORECASE)


def _raised_to(text: str, in_clause: list[Cue], noun: Cue, mention: Mention) -> bool:
    """Is the money noun the object of a goal ("увеличить помощь до ...", "нарастить инвестиции до ...")? A
    goal word before it, "до" before the amount, and no verb of giving in the clause ("выделит до ...")."""
    if not _UP_TO.search(text, max(0, mention.start - 30), mention.start):
        return False
    if any(c.kind is MoneyKind.PLEDGE and c.lemma not in PLEDGE_NOUNS for c in in_clause):
        return False
    return any(c.kind is MoneyKind.TARGET and c.strong and c.end <= noun.start for c in in_clause)


#: Nouns of signed deals whose value ("стоимость соглашений") is money the parties commit.
_SIGNED_DEALS = frozenset({"соглашение", "контракт", "сделка", "договор", "меморандум"})

#: Punctuation that ends the noun phrase after "стоимость".
_PHRASE_END = re.compile(r"[,.;:—–()]")


def _value_of_deals(text: str, cue: Cue) -> bool:
    """Does "стоимость" name the value of deals, a few words on ("стоимость инвестиционных соглашений")?"""
    if not text[cue.start : cue.end].lower().startswith("стоимост"):
        return False
    pos = cue.end + len(re.match(r"\w*", text[cue.end : cue.end + 20]).group())  # type: ignore[union-attr]
    relative = WORD.match(text, pos + 1)
    if relative is not None and relative.group().lower().startswith("котор"):
        # "соглашения, общая стоимость которых превышает ...": the deals stand before
        return any(
            _is_signed_deal(w.group()) for w in list(WORD.finditer(text, max(0, cue.start - 40), cue.start))[-3:]
        )
    stop = _PHRASE_END.search(text, pos, pos + 60)
    for word in WORD.finditer(text, pos, stop.start() if stop else min(len(text), pos + 60)):
        if _is_signed_deal(word.group()):
            return True
    return False


def _is_signed_deal(word: str) -> bool:
    return any(str(p.normal_form) in _SIGNED_DEALS and p.tag.POS == "NOUN" for p in parses(fold(word))[:1])


def _gives_money(in_clause: list[Cue], measure: Cue) -> bool:
    """Does a noun of money given ("взнос", "кредит", "финансирование") stand before the measure verb, with
    no goal phrase in the clause ("кредитный портфель вырастет до 5 млрд к 2030 году" is a target)?"""
    goal = any(not c.strong and c.kind is MoneyKind.TARGET for c in in_clause)
    return not goal and any(c.lemma in PLEDGE_NOUNS and c.end <= measure.start for c in in_clause)


#: The noun of a body's capital that a future "составит" sets: money its founders put in.
_CAPITAL = frozenset({"капитал", "фонд", "капитализация"})


def _capital_set(text: str, in_clause: list[Cue], clause: tuple[int, int], measure: Cue) -> bool:
    """ "Капитал совместного фонда составит 500 млн долларов": the capital a body will have is money its
    founders commit, unless a goal phrase makes it growth to reach ("капитал вырастет до ... к 2030 году")."""
    if measure.lemma != "составить" or any(not c.strong and c.kind is MoneyKind.TARGET for c in in_clause):
        return False
    return any(
        str(p.normal_form) in _CAPITAL and p.tag.POS == "NOUN"
        for word in WORD.finditer(text, clause[0], measure.start)
        for p in parses(fold(word.group()))[:1]
    )


#: A year named as the time of a figure: "в 2026 году", "по итогам 2026 года", "за 2026 год".
_YEAR_OF_FIGURE = re.compile(r"\b(?:в|по\s+итогам|за)\s+((?:19|20)\d\d)\s*(?:год|г\.)", re.IGNORECASE)


def _current_year_forecast(text: str, cue: Cue, clause: tuple[int, int], year: int | None = None) -> bool:
    """ "по итогам этого года товарооборот ожидается в размере ...", "в текущем году составит", or "в 2026
    году превысит" in a text dated 2026: a forecast or a measure ahead for the current year is a figure
    being reached, not a goal; a goal phrase in the clause ("к 2030 году") keeps it a target."""
    if cue.lemma not in MEASURE_VERBS and cue.lemma not in EXPECTATION_WORDS:
        return False
    if TARGET_PHRASES.search(text, *clause) is not None:
        return False
    if CURRENT_YEAR.search(text, *clause) is not None:
        return True
    return year is not None and any(int(m.group(1)) == year for m in _YEAR_OF_FIGURE.finditer(text, *clause))


def _bracket_around(text: str, mention: Mention, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The inside of the brackets that hold the amount within its clause, if any: an aside with its own
    figure, which the verbs after the closing bracket do not govern."""
    opening = text.rfind("(", clause[0], mention.start)
    if opening < 0 or ")" in text[opening : mention.start]:
        return None
    closing = text.find(")", mention.end, clause[1])
    if closing < 0 or "(" in text[mention.end : closing]:
        return None
    return opening, closing + 1


def decide(
    text: str, cues: list[Cue], clause: tuple[int, int], mention: Mention, year: int | None = None
) -> tuple[MoneyKind, Cue | None, int]:
    """The cue that decides: strong in the clause, a pledge in the sentence, weak in the clause, then the rest.

    The last number says how sure the choice is (5 for a strong cue in the clause, 0 for none).

    A cue after the amount counts only up to the next comma ("100 млн долларов выделит Китай"):
    past it, the verb belongs to the next clause ("..., его капитал планируется увеличить").
    ``year`` is the year the text is written in, if known: a forecast for it is a figure being reached.
    """
    usable = [c for c in cues if c.end <= mention.start or "," not in text[mention.end : c.start]]
    bracket = _bracket_around(text, mention, clause)
    if bracket is not None:  # "(в 2025 году — 2,7 млрд долларов) и договорились довести ...": its own figure
        clause = bracket
        usable = [c for c in usable if c.start < bracket[1]]
    in_clause = [c for c in usable if clause[0] <= c.start and c.end <= clause[1]]
    steps = (
        [c for c in in_clause if c.strong],
        [c for c in usable if c.strong and c.kind is MoneyKind.PLEDGE],
        [c for c in in_clause if not c.strong],
        [c for c in usable if c.strong],
        usable,
    )
    for step, candidates in enumerate(steps):
        cue = min(candidates, key=lambda c: _distance(c, mention), default=None)
        if cue is not None:
            kind, cue = _refine(text, cue, in_clause, clause, mention, year)
            return kind, cue, len(steps) - step
    return MoneyKind.ACTUAL, None, 0


def allocated_budget(text: str, clause: tuple[int, int], cue: Cue | None, noun: str | None) -> bool:
    """A budget approved ("утвердили бюджет ... в размере 9 млрд рублей") or set for a period ahead ("бюджет
    на 2027 год составит ...") is money allocated, a pledge; a budget only measured ("бюджет сейчас
    составляет ...") keeps the kind of its verb."""
    if noun not in BUDGET_NOUNS:
        return False
    return (cue is not None and cue.lemma in APPROVAL_VERBS) or BUDGET_PERIOD.search(text, *clause) is not None
