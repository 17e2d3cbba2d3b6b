"""The report's schema: evidence that cannot lie, exact amounts, enums, merging, JSON round trips."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import ClassVar

import pytest
from pydantic import ValidationError

from summitkit import (
    DocumentStatus,
    Fact,
    Leader,
    MonetaryTarget,
    MoneyKind,
    SignedDocument,
    Span,
    SummitReport,
)


def test_span_of_takes_its_text_from_the_source() -> None:
    span = Span.of("Лидеры подписали договор.", 7, 16)
    assert span.text == "подписали"


def test_span_rejects_text_of_the_wrong_length() -> None:
    with pytest.raises(ValidationError):
        Span(start=0, end=5, text="abc")


def test_span_rejects_an_end_before_its_start() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=2, text="")


def test_facts_forbid_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        Leader(name="Иван Петров", rank="генерал")  # type: ignore[call-arg]


def test_country_must_be_an_iso_alpha2_code() -> None:
    with pytest.raises(ValidationError):
        Leader(name="Иван Петров", country="Kazakhstan")


def test_amount_is_exact_in_python_and_a_number_in_json() -> None:
    money = MonetaryTarget(amount=Decimal("11500000000"), currency="USD", kind=MoneyKind.ACTUAL)
    data = json.loads(money.model_dump_json())
    assert data["amount"] == 11500000000
    assert isinstance(data["amount"], int)


@pytest.mark.parametrize("amount", ["1123456.789012345678", "2.5", "-5000000000", "123456789012345678901234567890123"])
def test_amount_round_trips_exactly_through_json(amount: str) -> None:
    money = MonetaryTarget(amount=Decimal(amount), currency="EUR", kind="pledge")
    back = MonetaryTarget.model_validate_json(money.model_dump_json())
    assert back == money
    assert str(back.amount) == str(Decimal(amount))


def test_a_fractional_amount_is_a_decimal_string_in_json() -> None:
    money = MonetaryTarget(amount=Decimal("1123456.789012345678"), currency="USD", kind="actual")
    assert json.loads(money.model_dump_json())["amount"] == "1123456.789012345678"
    assert "string" in MonetaryTarget.model_json_schema()["properties"]["amount"]["description"]


def test_kind_and_status_are_enums() -> None:
    assert MonetaryTarget(amount=1, currency="USD", kind="target").kind is MoneyKind.TARGET
    assert SignedDocument(title="Договор", status="adopted").status is DocumentStatus.ADOPTED
    with pytest.raises(ValidationError):
        SignedDocument(title="Договор", status="discussed")


def test_report_merges_mentions_of_one_leader_and_keeps_all_evidence() -> None:
    text = "Президент Иван Петров выступил. Петров предложил план."
    first = Leader(name="Иван Петров", role="президент", evidence=[Span.of(text, 10, 21)])
    second = Leader(name="Петров", country="KZ", evidence=[Span.of(text, 32, 38)])
    report = SummitReport.from_facts([first, second])
    assert len(report.leaders) == 1
    merged = report.leaders[0]
    assert merged.name == "Иван Петров"
    assert merged.country == "KZ"  # filled from the second mention
    assert [s.text for s in merged.evidence] == ["Иван Петров", "Петров"]


def test_report_merges_the_same_amount_mentioned_twice() -> None:
    one = MonetaryTarget(amount=Decimal("1.5E9"), currency="CNY", kind="pledge")
    two = MonetaryTarget(amount=Decimal("1500000000"), currency="CNY", kind="pledge")
    assert len(SummitReport.from_facts([one, two]).monetary_targets) == 1


class Vote(Fact):
    """A plugin's own fact type."""

    fact_type: ClassVar[str] = "vote"
    motion: str


def test_plugin_fact_types_are_carried_typed_and_serialised() -> None:
    report = SummitReport.from_facts([Vote(motion="за")])
    assert isinstance(report.extras["vote"][0], Vote)
    data = json.loads(report.model_dump_json())
    assert data["extras"]["vote"][0]["motion"] == "за"
    again = SummitReport.model_validate_json(report.model_dump_json())
    assert again.extras["vote"][0].model_dump()["motion"] == "за"


def test_json_schema_describes_the_contract() -> None:
    schema = SummitReport.model_json_schema()
    for field in ("leaders", "monetary_targets", "signed_documents", "proposed_conventions", "event"):
        assert field in schema["properties"]
    assert set(schema["$defs"]["MoneyKind"]["enum"]) == {"target", "actual", "pledge"}
    assert set(schema["$defs"]["DocumentStatus"]["enum"]) == {"signed", "adopted", "approved"}


def test_namesakes_with_different_first_initials_stay_apart() -> None:
    father = Leader(name="Гурбан Сапаров", role="председатель")
    son = Leader(name="Серик Сапаров", role="президент")
    bare = Leader(name="Сапаров")
    report = SummitReport.from_facts([father, son, bare])
    assert [leader.name for leader in report.leaders] == ["Гурбан Сапаров", "Серик Сапаров"]


def test_a_subclass_of_a_builtin_fact_goes_to_the_builtin_field() -> None:
    class RichLeader(Leader):
        pass

    report = SummitReport.from_facts([RichLeader(name="Иван Петров")])
    assert report.leaders and not report.extras
