"""Reports written for the memory tests: three outlets on one summit, another summit, a later one.

The texts are short articles written for these tests; each fact's evidence is the span of a phrase
in its text, as an extractor would give it.
"""

from __future__ import annotations

from decimal import Decimal

from summitkit.models import (
    DocumentStatus,
    Fact,
    Leader,
    MonetaryTarget,
    MoneyKind,
    ProposedConvention,
    SignedDocument,
    Span,
    SummitEvent,
    SummitReport,
)


def _span(text: str, phrase: str) -> list[Span]:
    start = text.index(phrase)
    return [Span.of(text, start, start + len(phrase))]


def report(text: str, event: SummitEvent | None, *facts: tuple[Fact, str]) -> SummitReport:
    """A report whose facts carry the span of their phrase in ``text``."""
    placed = [fact.model_copy(update={"evidence": _span(text, phrase)}) for fact, phrase in facts]
    if event is not None:
        placed.append(event)
    return SummitReport.from_facts(placed)


def _event(**fields: object) -> SummitEvent:
    return SummitEvent(organisation="ОДКБ", **fields)  # type: ignore[arg-type]


# Three outlets on the (invented) 9th summit of an organisation in Душанбе, 12-13 May 2025.
OUTLET_A = (
    "В Душанбе 12 мая прошёл девятый саммит ОДКБ. Президент Таджикистана Эмомали Рахмон предложил "
    "учредить Фонд водной безопасности. Лидеры подписали Соглашение о совместной охране границ. "
    "Товарооборот стран достиг 40 млрд долларов."
)
OUTLET_B = (
    "Главы государств собрались в столице Таджикистана на девятом саммите. Рахмон выступил с идеей "
    "Фонда водной безопасности. Подписано соглашение о совместной охране границ. Объём торговли "
    "составил 42 млрд долларов."
)
OUTLET_C = (
    "13 мая в Душанбе завершился саммит ОДКБ. Эмомали Рахмон и Касым-Жомарт Токаев провели встречу. "
    "Стороны приняли Соглашение о совместной охране границ."
)

SUMMIT_9_A = report(
    OUTLET_A,
    _event(ordinal=9, city="Душанбе", date="2025-05-12", participants=["TJ", "KZ", "RU"]),
    (Leader(name="Эмомали Рахмон", role="президент", country="TJ"), "Эмомали Рахмон"),
    (ProposedConvention(title="Фонд водной безопасности", proposer="Эмомали Рахмон"), "Фонд водной безопасности"),
    (SignedDocument(title="Соглашение о совместной охране границ", status=DocumentStatus.SIGNED), "Соглашение о"),
    (
        MonetaryTarget(amount=Decimal("40e9"), currency="USD", kind=MoneyKind.ACTUAL, indicator="товарооборот"),
        "40 млрд долларов",
    ),
)
SUMMIT_9_B = report(
    OUTLET_B,
    _event(ordinal=9, date="2025-05-13"),
    (Leader(name="Рахмон"), "Рахмон"),
    (ProposedConvention(title="Фонд водной безопасности", proposer="Рахмон"), "Фонда водной безопасности"),
    (SignedDocument(title="соглашение о совместной охране границ", status=DocumentStatus.SIGNED), "соглашение о"),
    (
        MonetaryTarget(amount=Decimal("42e9"), currency="USD", kind=MoneyKind.ACTUAL, indicator="товарооборот"),
        "42 млрд долларов",
    ),
)
SUMMIT_9_C = report(
    OUTLET_C,
    _event(city="Душанбе", date="2025-05-13"),
    (Leader(name="Эмомали Рахмон"), "Эмомали Рахмон"),
    (Leader(name="Касым-Жомарт Токаев", role="президент", country="KZ"), "Касым-Жомарт Токаев"),
    (SignedDocument(title="Соглашение о совместной охране границ", status=DocumentStatus.ADOPTED), "Соглашение о"),
)

# The 10th summit a year later, in another city, where the fund proposed at the 9th is set up.
LATER = (
    "В Бишкеке прошёл десятый саммит ОДКБ. Лидеры подписали Соглашение об учреждении Фонда водной "
    "безопасности. Садыр Жапаров предложил создать Центр климатических исследований. Стороны намерены "
    "довести товарооборот до 60 млрд долларов к 2030 году."
)
SUMMIT_10 = report(
    LATER,
    _event(ordinal=10, city="Бишкек", date="2026-05-20", participants=["KG", "KZ", "TJ"]),
    (Leader(name="Садыр Жапаров", role="президент", country="KG"), "Садыр Жапаров"),
    (
        SignedDocument(title="Соглашение об учреждении Фонда водной безопасности", status=DocumentStatus.SIGNED),
        "Соглашение об учреждении Фонда водной",
    ),
    (ProposedConvention(title="Центр климатических исследований", proposer="Садыр Жапаров"), "Центр климатических"),
    (
        MonetaryTarget(
            amount=Decimal("60e9"), currency="USD", kind=MoneyKind.TARGET, indicator="товарооборот", year=2030
        ),
        "60 млрд долларов",
    ),
)
