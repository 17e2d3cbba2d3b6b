"""What a batch reads and writes: an input item, and one JSON line per item with its report or its error.

A result line is ``{"id": ..., <the item's other fields>, "report": {...}}``; an error line has
``"error": {"type": ..., "message": ...}`` in place of the report. The report is nested so that the
fields an input carries (a URL, a date) pass through without ever clashing with the report's own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from summitkit.models import SummitReport

__all__ = ["Item", "Outcome", "error_record", "id_key", "record_line", "result_record"]


@dataclass(frozen=True, slots=True)
class Item:
    """One text to read: its id, the text (or why it could not be read), and fields passed through."""

    id: Any
    text: str | None
    extra: dict[str, Any] = field(default_factory=dict)
    #: Set when the input could not be read (bad encoding, a JSONL line without text): an error line is written.
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an engine hands back for one item: its report, or the error that stopped it."""

    id: Any
    report: SummitReport | None
    error_type: str | None = None
    error_message: str | None = None


def id_key(value: Any) -> str:
    """The id as a resume key: ``7`` and ``"7"`` are different ids, as they are in JSON."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def result_record(item: Item, report: SummitReport) -> dict[str, Any]:
    return {"id": item.id, **item.extra, "report": report.model_dump(mode="json")}


def error_record(item: Item, error_type: str, message: str) -> dict[str, Any]:
    return {"id": item.id, **item.extra, "error": {"type": error_type, "message": message}}


def record_line(record: dict[str, Any]) -> bytes:
    """One JSON line, newline included, as the bytes written in a single ``write``."""
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
