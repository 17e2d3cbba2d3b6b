"""Reports for the terminal and for spreadsheets: rich tables with evidence, and one flat CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from handmade import TEXT, Venue, handmade_report, span
from summitkit.cli import main
from summitkit.models import Leader, SummitReport
from summitkit.render.flat import CSV_COLUMNS, CsvReports, csv_rows
from summitkit.render.rows import category_of, readable_date, readable_value, sections, snippet
from summitkit.render.table import table_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(
    ("iso", "words"),
    [
        ("2025-05-07", "7 May 2025"),
        ("--09-14", "14 September (year not given)"),
        ("2024-09", "September 2024"),
        ("2024", "2024"),
        ("2024-13-01", "2024-13-01"),  # not a date: shown as the report has it
        ("next spring", "next spring"),
    ],
)
def test_dates_read_as_words(iso: str, words: str) -> None:
    assert readable_date(iso) == words


def test_values_read_for_people() -> None:
    assert readable_value("amount", Decimal("15000000000")) == "15,000,000,000"
    assert readable_value("amount", Decimal("1.5E+9")) == "1,500,000,000"
    assert readable_value("amount", Decimal("0.25")) == "0.25"
    assert readable_value("country", "KZ") == "KZ Kazakhstan"
    assert readable_value("participants", ["AM", "KZ"]) == "AM Armenia, KZ Kazakhstan"
    assert readable_value("role", None) == ""


def test_the_snippet_is_the_longest_span_cut_short() -> None:
    spans = [span("подписали"), span("Договор о коллективной обороне стоимостью 2 млрд долларов")]
    assert snippet(spans, width=20) == "«Договор о коллектив…» +1"
    assert snippet([]) == ""


def test_the_snippet_prefers_the_span_that_names_the_fact() -> None:
    spans = [span("президент Армении Ваагн"), span("Ваагн Хачатурян")]
    assert snippet(spans, headline="Ваагн Хачатурян") == "«Ваагн Хачатурян» +1"
    assert snippet(spans) == "«президент Армении Ваагн» +1"


def test_a_plugin_fact_type_gets_a_section_of_its_own_fields() -> None:
    last = sections(handmade_report())[-1]
    assert last.category == category_of("venue")
    assert last.columns == ("hall", "capacity")
    assert last.rows[0].cells == {"hall": "Зал приёмов", "capacity": "300"}


def test_the_table_shows_every_field_with_headers_and_evidence() -> None:
    out = table_text(handmade_report(), title="article.txt", width=100)
    for header in ("Leaders (2)", "Money (1)", "Documents (1)", "Proposals (1)", "Event", "Venue (1)"):
        assert header in out
    for column in ("name", "role", "country", "amount", "currency", "kind", "title", "status", "proposer", "hall"):
        assert re.search(rf"\b{column}\b", out), column
    assert "«Касым-Жомарт Токаев» +1" in out
    assert "2,000,000,000" in out
    assert "Зал приёмов" in out and "300" in out


def test_the_event_shows_all_its_fields_readably() -> None:
    out = table_text(handmade_report(), width=100)
    assert re.search(r"ordinal\s+3", out)
    assert re.search(r"participants\s+AM Armenia, KZ Kazakhstan", out)
    assert re.search(r"date\s+7 May 2025", out)
    assert re.search(r"organisation\s+ОДКБ", out)


def test_counts_close_the_report() -> None:
    last = table_text(handmade_report(), width=100).strip().splitlines()[-1]
    assert last == "2 leaders · 1 money figure · 1 document · 1 proposal · event found · 1 venue"


def test_empty_fields_and_an_empty_report_say_so() -> None:
    out = table_text(SummitReport(leaders=handmade_report().leaders), width=100)
    assert "Money: none found" in out and "Leaders: none found" not in out
    empty = table_text(SummitReport(), width=100)
    assert "Nothing found in this text." in empty
    assert "0 leaders" in empty and "no event" in empty


def test_text_from_the_article_is_not_read_as_markup() -> None:
    out = table_text(handmade_report(), width=200)
    assert "[bold]<script>" in out


def test_colour_only_when_asked_for_a_terminal() -> None:
    assert not ANSI.search(table_text(handmade_report()))
    assert ANSI.search(table_text(handmade_report(), color=True))


def test_fits_in_100_columns() -> None:
    for line in table_text(handmade_report(), title="a/long/path/to/article.txt", width=100).splitlines():
        assert len(line) <= 100


def test_failures_and_diagnostics_are_shown() -> None:
    report = SummitReport.model_validate(
        {
            "failures": [{"extractor": "money", "plugin": "x", "error": "ValueError", "message": "boom"}],
            "diagnostics": [{"code": "language.not_russian", "message": "the text is English"}],
        }
    )
    out = table_text(report)
    assert "FAILED money (x): ValueError: boom" in out
    assert "language.not_russian" in out and "the text is English" in out
    assert out.strip().endswith("1 failed · 1 note")


def test_csv_rows_carry_the_field_and_exact_values() -> None:
    rows = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in csv_rows(handmade_report(), "a.txt")]
    fields = [row["field"] for row in rows]
    assert fields == [
        "leaders",
        "leaders",
        "monetary_targets",
        "signed_documents",
        "proposed_conventions",
        "event",
        "venue",
    ]
    money = rows[2]
    assert (money["amount"], money["currency"], money["kind"], money["file"]) == (
        "2000000000",
        "USD",
        "actual",
        "a.txt",
    )
    event = rows[5]
    assert (event["date"], event["participants"], event["ordinal"]) == ("2025-05-07", "AM;KZ", "3")
    tokaev = rows[1]
    assert tokaev["evidence"] == "Касым-Жомарт Токаев | Токаев"
    start = TEXT.index("Касым-Жомарт Токаев")
    assert tokaev["spans"].startswith(f"{start}-{start + len('Касым-Жомарт Токаев')};")
    assert json.loads(rows[6]["extra"]) == {"hall": "Зал приёмов", "capacity": 300}


def test_csv_writes_one_header_for_many_reports() -> None:
    buffer = io.StringIO()
    writer = CsvReports(buffer)
    writer.write(handmade_report(), "a.txt")
    writer.write(SummitReport(leaders=[Leader(name="Иван Петров", evidence=[])]), "b.txt")
    table = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert table[0] == list(CSV_COLUMNS)
    assert sum(1 for row in table if row == list(CSV_COLUMNS)) == 1
    assert [row[0] for row in table[1:]] == ["a.txt"] * 7 + ["b.txt"]


def test_plugin_facts_read_back_from_json_still_show() -> None:
    report = SummitReport.model_validate_json(handmade_report().model_dump_json())
    assert isinstance(handmade_report().extras["venue"][0], Venue)
    assert "Зал приёмов" in table_text(report)
    assert any(row[1] == "venue" for row in csv_rows(report))


def test_cli_table_for_the_sample(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert main(["extract", "--format", "table", "--sample"]) == 0
    out = capsys.readouterr().out
    assert not ANSI.search(out)  # not a terminal: no colour
    assert "sample_summit.txt" in out and "Leaders (" in out and "evidence" in out
    assert re.search(r"\d+ leaders · .* documents", out)


def test_cli_csv_is_one_flat_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Президент Казахстана Касым-Жомарт Токаев прибыл в Душанбе.", encoding="utf-8")
    assert main(["extract", "--format", "csv", "--sample", str(article)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {row["file"] for row in rows} == {"sample_summit.txt", str(article)}
    assert {"leaders", "monetary_targets", "signed_documents", "event"} <= {row["field"] for row in rows}
    assert any(row["name"] == "Касым-Жомарт Токаев" and row["file"] == str(article) for row in rows)


def test_the_readme_lists_the_csv_header_as_written() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    listed = re.search(r"the header is fixed\s*\(`([^`]+)`\)", readme)
    assert listed is not None
    assert [name.strip() for name in " ".join(listed.group(1).split()).split(",")] == list(CSV_COLUMNS)
