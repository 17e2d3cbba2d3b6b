"""Which amounts are money stated about a summit's subject, and which are prices, rates or other news.

Four gates, cheapest first: an amount worth less than ``MIN_USD`` dollars is a price (a ticket, a
fee) in whatever currency it is written; an exchange rate ("курс доллара вырос до 480 тенге") and
a rate per unit ("13 тыс. долларов на душу населения") are not money stated about anything; and a
text that speaks of no summit, visit, talks, trade or investment (sport, weather, film, recipes)
states no summit money at all.
"""

from __future__ import annotations

from decimal import Decimal

from summitkit.document import Document
from summitkit.lexicons.money import EXCHANGE_RATE, GENRE_STRONG, GENRE_WEAK, PER_UNIT, UNITS_PER_USD
from summitkit.money.amounts import Mention
from summitkit.text import fold

__all__ = ["MIN_USD", "in_usd", "relevant", "summit_genre"]

#: Below this many dollars (at a rough rate) an amount is a price, not money stated about a summit.
MIN_USD = Decimal(10_000)


def in_usd(amount: Decimal, currency: str) -> Decimal:
    """The amount in dollars at the rough rate of ``UNITS_PER_USD`` (par for a currency not listed)."""
    return amount / UNITS_PER_USD.get(currency, Decimal(1))


def summit_genre(document: Document) -> bool:
    """Does the text speak of a summit, a visit, talks or trade: one strong stem or two different weak ones."""

    def compute(d: Document) -> bool:
        if GENRE_STRONG.search(d.text):
            return True
        return len({fold(m.group()) for m in GENRE_WEAK.finditer(d.text)}) >= 2

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
    ]
    return kept if kept and summit_genre(document) else []
