"""Which amounts are money stated about a summit's subject, and which are prices, rates or small change.

An exchange rate ("курс доллара вырос до 480 тенге") and small sums (a ticket, a fee) are dropped.
"""

from __future__ import annotations

from decimal import Decimal

from summitkit.lexicons.money import EXCHANGE_RATE
from summitkit.money.amounts import Mention

__all__ = ["MIN_AMOUNT", "relevant"]

#: Below this an amount is a price (a ticket, a rate), not money stated about a summit's subject.
MIN_AMOUNT = Decimal(10_000)


def relevant(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be summit money: not an exchange rate, not below ``MIN_AMOUNT``."""
    return [
        m
        for m in mentions
        if m.amount is not None
        and m.amount >= MIN_AMOUNT
        and EXCHANGE_RATE.search(text, max(0, m.start - 60), m.start) is None
    ]
