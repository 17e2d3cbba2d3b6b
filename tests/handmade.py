"""A report built by hand over a text written for the render tests: every field, a plugin fact,
nested and crossing evidence spans, and characters that HTML and rich markup must not interpret."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

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

TEXT = (
    "Саммит ОДКБ прошёл в Ереване.\n"
    "Седьмого мая 2025 года президент Армении Ваагн Хачатурян и президент Казахстана "
    "Касым-Жомарт Токаев подписали Договор о коллективной обороне стоимостью 2 млрд долларов.\n"
    "Токаев предложил создать Фонд водной безопасности [bold]<script>alert(1)</script> & Co."
)


def span(words: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th appearance of ``words`` in ``TEXT``."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return Span.of(TEXT, start, start + len(words))


class Venue(Fact):
    """A plugin's own fact type: the hall a summit met in."""

    fact_type: ClassVar[str] = "venue"

    hall: str
    capacity: int | None = None


def handmade_report() -> SummitReport:
    return SummitReport(
        leaders=[
            Leader(name="Ваагн Хачатурян", role="президент", country="AM", evidence=[span("Ваагн Хачатурян")]),
            Leader(
                name="Касым-Жомарт Токаев",
                role="президент",
                country="KZ",
                evidence=[span("Касым-Жомарт Токаев"), span("Токаев", 1)],
            ),
        ],
        monetary_targets=[
            MonetaryTarget(
                amount=Decimal("2000000000"),
                currency="USD",
                kind=MoneyKind.ACTUAL,
                indicator="стоимость",
                evidence=[span("2 млрд долларов")],
            )
        ],
        # the document's span holds the money span: nested evidence
        signed_documents=[
            SignedDocument(
                title="Договор о коллективной обороне",
                status=DocumentStatus.SIGNED,
                evidence=[span("подписали"), span("Договор о коллективной обороне стоимостью 2 млрд долларов")],
            )
        ],
        proposed_conventions=[
            ProposedConvention(
                title="Фонд водной безопасности [bold]<script>alert(1)</script> & Co.",
                proposer="Касым-Жомарт Токаев",
                evidence=[span("Токаев предложил создать Фонд водной безопасности [bold]<script>alert(1)</script>")],
            )
        ],
        # "президент Армении Ваагн" starts before the leader's name and ends inside it: crossing evidence
        event=SummitEvent(
            name="Саммит ОДКБ",
            organisation="ОДКБ",
            ordinal=3,
            city="Ереван",
            country="AM",
            date="2025-05-07",
            participants=["AM", "KZ"],
            evidence=[span("Саммит ОДКБ"), span("Ереване"), span("президент Армении Ваагн")],
        ),
        extras={"venue": [Venue(hall="Зал приёмов", capacity=300, evidence=[span("прошёл в Ереване")])]},
    )


def all_spans(report: SummitReport) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.text) for fact in report.facts() for s in fact.evidence}
