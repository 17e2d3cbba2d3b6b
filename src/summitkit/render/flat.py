"""Reports as one flat CSV: a row per fact, a ``field`` column saying which list it came from.

One file with a fixed header (rather than one file per field) so that several articles stream into
one table that a spreadsheet, pandas or ``csvkit`` reads as is. Values are the JSON's, not the
terminal's: amounts as exact decimal strings, ISO codes, ISO dates. A plugin's fields go into the
column of the same name where there is one, and into ``extra`` (a JSON object) otherwise.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from enum import Enum
from typing import Any, TextIO

from summitkit.models import Fact, SummitReport
from summitkit.render.rows import sections

__all__ = ["CSV_COLUMNS", "CsvReports", "csv_rows"]

#: The header, in order. ``file`` is the input's path, ``item`` the fact's number within its field.
CSV_COLUMNS: tuple[str, ...] = (
    "file",
    "field",
    "item",
    "name",
    "role",
    "country",
    "amount",
    "currency",
    "kind",
    "indicator",
    "year",
    "title",
    "status",
    "proposer",
    "organisation",
    "ordinal",
    "city",
    "date",
    "participants",
    "extra",
    "evidence",
    "spans",
)

_VALUE_COLUMNS = frozenset(CSV_COLUMNS) - {"file", "field", "item", "extra", "evidence", "spans"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, list | tuple):
        return ";".join(_cell(item) for item in value)
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def _fact_row(path: str, field: str, item: int, fact: Fact) -> list[str]:
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(file=path, field=field, item=str(item))
    extra: dict[str, Any] = {}
    values = {name: getattr(fact, name) for name in type(fact).model_fields if name != "evidence"}
    values.update(fact.model_extra or {})
    for name, value in values.items():
        if name in _VALUE_COLUMNS:
            row[name] = _cell(value)
        elif value is not None:
            extra[name] = _jsonable(value)
    if extra:
        row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True)
    spans = sorted(fact.evidence, key=lambda s: (s.start, s.end))
    row["evidence"] = " | ".join(" ".join(span.text.split()) for span in spans)
    row["spans"] = ";".join(f"{span.start}-{span.end}" for span in spans)
    return [row[name] for name in CSV_COLUMNS]


def csv_rows(report: SummitReport, path: str = "") -> list[list[str]]:
    """One row per fact of ``report``, in the order the tables show them (no header)."""
    return [
        _fact_row(path, section.category.key, item, row.fact)
        for section in sections(report)
        for item, row in enumerate(section.rows, 1)
    ]


class CsvReports:
    """Writes the header once, then the rows of each report handed to it."""

    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.writer(stream, lineterminator="\n")
        self._header = False

    def write(self, report: SummitReport, path: str = "") -> None:
        if not self._header:
            self._writer.writerow(CSV_COLUMNS)
            self._header = True
        self._writer.writerows(csv_rows(report, path))
