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
from summitkit.models import UnknownFact


def test_span_of_takes_its_text_from_the_source() -> None:
    span = Span.of("Лидеры подписали договор.", 7, 16)
    assert span.text == "подписали"


def test_span_of_checks_a_text_it_is_given_and_rejects_offsets_outside_the_source() -> None:
    source = "Лидеры подписали договор."
    kept = "подписали"
    assert Span.of(source, 7, 16, text=kept).text is kept
    with pytest.raises(ValueError, match="not the text"):
        Span.of(source, 7, 16, text="подписала")
    with pytest.raises(ValidationError):
        Span.of(source, 20, 40)
    with pytest.raises(ValidationError):
        Span.of(source, 9, 7)


def test_spans_built_by_of_equal_validated_ones_and_copy_without_touching_each_other() -> None:
    source = "Лидеры подписали договор."
    one, two = Span.of(source, 0, 6), Span.of(source, 7, 16)
    assert one == Span(start=0, end=6, text="Лидеры")
    assert one.model_dump_json() == Span(**one.model_dump()).model_dump_json()
    moved = two.model_copy(update={"start": 7})
    moved.model_fields_set.add("changed in place")  # a copy owns its set: the shared one stays as it was
    assert one.model_fields_set == two.model_fields_set == {"start", "end", "text"}


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


class Deadline(Fact):
    """A plugin's fact type with a field the base Fact does not have."""

    fact_type: ClassVar[str] = "deadline"
    phrase: str
    year: int


class RankedLeader(Leader):
    """A subclass of a built-in fact with a field of its own."""

    fact_type: ClassVar[str] = "ranked_leader"
    rank: int


def _report() -> SummitReport:
    text = "Президент Иван Петров назвал срок: до 2030 года."
    return SummitReport.from_facts(
        [
            Leader(name="Иван Петров", role="президент", evidence=[Span.of(text, 10, 21)]),
            RankedLeader(name="Петров", rank=1, evidence=[Span.of(text, 15, 21)]),
            Deadline(phrase="до 2030 года", year=2030, evidence=[Span.of(text, 35, 47)]),
        ]
    )


def test_a_plugin_fact_round_trips_typed_and_equal() -> None:
    report = _report()
    again = SummitReport.model_validate_json(report.model_dump_json())
    assert again == report
    assert isinstance(again.extras["deadline"][0], Deadline)


def test_a_report_with_plugin_facts_validates_against_the_schema_built_for_its_types() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from summitkit.schema import report_schema

    data = json.loads(_report().model_dump_json())
    jsonschema.validate(data, report_schema([Deadline, RankedLeader]))
    jsonschema.validate({"path": "a.txt", **data}, report_schema([Deadline, RankedLeader], line=True))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {**data, "extras": {"deadline": [{"fact_type": "deadline", "year": "soon"}]}}, report_schema([Deadline])
        )
    assert report_schema([Deadline])["properties"]["extras"]["properties"]["deadline"]["items"] == {
        "$ref": "#/$defs/Deadline"
    }


def test_a_report_read_back_without_the_plugin_keeps_the_data_and_names_the_type() -> None:
    data = _report().model_dump_json()
    again = SummitReport.model_validate_json(data, context={"fact_types": {}})
    (fact,) = again.extras["deadline"]
    assert isinstance(fact, UnknownFact) and fact.unresolved_type == "deadline"
    assert json.loads(again.model_dump_json())["extras"] == json.loads(data)["extras"]
    messages = [d.message for d in again.diagnostics if d.code == "report.unresolved-fact-type"]
    assert any("'deadline'" in m for m in messages)
    assert any("'ranked_leader'" in m and "rank" in m for m in messages)
    assert SummitReport.model_validate_json(again.model_dump_json(), context={"fact_types": {}}) == again


def test_the_typed_accessor_reads_plugin_facts_without_a_cast() -> None:
    deadlines: list[Deadline] = _report().facts(Deadline)
    assert [d.year for d in deadlines] == [2030]
    assert [leader.name for leader in _report().facts(Leader)] == ["Иван Петров"]


def test_subclass_fields_survive_dump_schema_and_merge_with_the_builtin() -> None:
    (leader,) = _report().leaders
    assert isinstance(leader, RankedLeader), "the subclass wins the merge, not the base class"
    assert leader.name == "Иван Петров" and leader.role == "президент" and leader.rank == 1
    assert len(leader.evidence) == 2
    dumped = _report().model_dump()["leaders"][0]
    assert dumped["rank"] == 1 and dumped["fact_type"] == "ranked_leader"
    from summitkit.schema import report_schema

    schema = report_schema([RankedLeader])
    assert "rank" in schema["$defs"]["RankedLeader"]["properties"]
    assert schema["properties"]["leaders"]["items"]["discriminator"]["mapping"]["ranked_leader"].endswith(
        "RankedLeader"
    )


def test_facts_hash_like_the_frozen_values_they_are() -> None:
    one, two = Leader(name="Иван Петров", evidence=[Span(start=0, end=1, text="И")]), Leader(name="Иван Петров")
    assert hash(one) == hash(one.model_copy()) and len({one, two, one.model_copy()}) == 2


def test_every_fact_carries_its_fact_type_in_json() -> None:
    data = json.loads(MonetaryTarget(amount=1, currency="USD", kind="target").model_dump_json())
    assert data["fact_type"] == "monetary_target"
    assert MonetaryTarget.model_validate(data) == MonetaryTarget(amount=1, currency="USD", kind="target")
    with pytest.raises(ValidationError, match="fact_type"):
        Leader.model_validate({"fact_type": "deadline", "name": "Иван Петров"})
