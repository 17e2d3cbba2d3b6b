"""The kind of an amount (target, actual, pledge), decided by the cue nearest it in its clause.

The cues (``cues``, ``amount_cues``) say a kind each: a verb of giving a pledge, a verb of measure actual
or a target by its tense, a time phrase a weak hint. Strong cues in the clause decide first, then a
pledge in the sentence, then weak cues.

The cue is then read for what it means, not for its tense alone: a measure ahead of money given
("взнос составит") is still that money's pledge, a forecast for the current year is a figure being
reached, a past investment is a pledge unless a time phrase makes it history, and the size of a
body being founded ("фонд в размере ... создается") or a budget for a period ahead is money committed.
"""

from __future__ import annotations

import re

from summitkit.lexicons.money import (
    APPROVAL_VERBS,
    BUDGET_NOUNS,
    BUDGET_PERIOD,
    CURRENT_YEAR,
    EXPECTATION_WORDS,
    HISTORY_PHRASES,
    MEASURE_VERBS,
    PLEDGE_NOUNS,
    TARGET_PHRASES,
    TRADE_VERBS,
)
from summitkit.models import MoneyKind
from summitkit.money.amounts import WORD, Mention
from summitkit.money.cues import SUM, Cue
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = ["allocated_budget", "decide"]


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
    if cue.lemma == SUM:
        trade = [c for c in in_clause if c.lemma in TRADE_VERBS and c.end <= cue.start]
        cue = trade[-1] if trade else cue
    if cue.lemma in ("", SUM) and cue.kind is MoneyKind.PLEDGE:
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
