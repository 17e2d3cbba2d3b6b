"""Which amounts are money stated about a summit's subject, and which are prices, rates or other news.

Five gates, cheapest first: an amount worth less than ``MIN_USD`` dollars is a price (a ticket, a
fee) in whatever currency it is written; an exchange rate ("курс доллара вырос до 480 тенге") and
a rate per unit ("13 тыс. долларов на душу населения") are not money stated about anything; an amount
inside a document's quoted title ("указ «О выделении 5 млрд тенге ...»") is part of a name; and a
text that speaks of no summit, visit, talks, trade or investment (sport, weather, film, recipes)
states no summit money at all.
"""

from __future__ import annotations

import re
from decimal import Decimal

from summitkit.document import Document
from summitkit.lexicons.money import (
    EXCHANGE_RATE,
    GENRE_OFFICIAL,
    GENRE_STRONG,
    GENRE_WEAK,
    PER_UNIT,
    UNITS_PER_USD,
)
from summitkit.money.amounts import Mention
from summitkit.people.era import text_year
from summitkit.text import fold

__all__ = [
    "HISTORY_YEARS",
    "MIN_USD",
    "TITLE_REACH",
    "document_year",
    "historical",
    "in_title",
    "in_usd",
    "relevant",
    "summit_genre",
]

#: Below this many dollars (at a rough rate) an amount is a price, not money stated about a summit.
MIN_USD = Decimal(10_000)


#: How far back an opening quote of a title is looked for.
TITLE_REACH = 200

#: The opening of a quoted title of the "О ..." kind: "«О выделении", "«Об утверждении".
_TITLE_OPENING = re.compile(r"«\s*Об?\s")


def in_title(text: str, mention: Mention) -> bool:
    """Is the amount inside a quoted title opened by "О"/"Об" on its line, the quote not yet closed?"""
    start = max(0, mention.start - TITLE_REACH, text.rfind("\n", 0, mention.start) + 1)
    opening = text.rfind("«", start, mention.start)
    if opening < 0 or "»" in text[opening : mention.start]:
        return False
    return _TITLE_OPENING.match(text, opening) is not None and "»" in text[mention.end : mention.end + TITLE_REACH]


#: How many years before the text's own a year makes an amount history ("в 1992 году ... кредит").
HISTORY_YEARS = 10

_YEAR_SET = re.compile(r"\bв\s+((?:19|20)\d\d)\s*(?:году|г\.)", re.IGNORECASE)


def document_year(document: Document) -> int | None:
    """The year the text is written in (its dateline's, else its latest full date's), read once."""
    return document.memo("summitkit.money.text-year", lambda d: text_year(d.text))


def historical(document: Document, start: int, mention: Mention) -> bool:
    """Is the amount set by a year before it in its clause (``start`` on) at least ``HISTORY_YEARS`` before the
    year the text is written in? Such money is a recollection, not the summit's. A text with no full date
    keeps its amounts."""
    now = document_year(document)
    if now is None:
        return False
    return any(int(m.group(1)) <= now - HISTORY_YEARS for m in _YEAR_SET.finditer(document.text, start, mention.start))


def in_usd(amount: Decimal, currency: str) -> Decimal:
    """The amount in dollars at the rough rate of ``UNITS_PER_USD`` (par for a currency not listed)."""
    return amount / UNITS_PER_USD.get(currency, Decimal(1))


def summit_genre(document: Document) -> bool:
    """Does the text speak of a summit, a visit, talks or trade: one strong stem, or two different weak ones
    of which one is of states and their dealings (a company's plant built on a bank loan is business news).
    """

    def compute(d: Document) -> bool:
        if GENRE_STRONG.search(d.text):
            return True
        weak = {fold(m.group()) for m in GENRE_WEAK.finditer(d.text)}
        return len(weak) >= 2 and any(GENRE_OFFICIAL.fullmatch(w) for w in weak)

    return document.memo("summitkit.money.genre", compute)


def relevant(document: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be summit money: not a price, not a rate, in summit news."""
    text = document.text
    kept = [
        m
        for m in mentions
        if m.amount is not None
        and m.currency is not None
        and in_usd(abs(m.amount), m.currency) >= MIN_USD
        and EXCHANGE_RATE.search(text, max(0, m.start - 60), m.start) is None
        and PER_UNIT.match(text, m.end) is None
        and not in_title(text, m)
    ]
    return kept if kept and summit_genre(document) else []
