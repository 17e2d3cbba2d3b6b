"""Short money texts for the money tests: made summit news for the genre gate, read, and their
evidence checked against the text."""

from __future__ import annotations

from decimal import Decimal

import summitkit
from summitkit.models import SummitReport

#: Makes a short text summit news for the genre gate.
SUMMIT_LINE = "\nОб этом сообщили по итогам переговоров на высшем уровне."


def report(text: str, line: str = SUMMIT_LINE) -> SummitReport:
    text += line
    found = summitkit.extract(text)
    for fact in found.monetary_targets:
        for span in fact.evidence:
            assert text[span.start : span.end] == span.text
    return found


def kinds(text: str) -> list[tuple[Decimal, str, str]]:
    return [(f.amount, f.currency, f.kind.value) for f in report(text).monetary_targets]
