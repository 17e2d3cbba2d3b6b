"""A report as rows a person reads: one section per field, readable cells, evidence kept beside them.

The terminal table, the CSV and the HTML page all show the same sections, so the choice of what a
column is called and how a value reads (an amount with thousands separators, a partial ISO date in
words, a country code with its name) is made here once. It reads the models only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from babel import Locale
from babel.dates import format_date

from summitkit.models import Fact, Span, SummitReport

__all__ = [
    "Category",
    "Row",
    "Section",
    "category_of",
    "counts_line",
    "readable_date",
    "readable_value",
    "sections",
    "snippet",
]


@dataclass(frozen=True)
class Category:
    """A kind of fact as the reader sees it: a key (CSS class, CSV ``field``), a title, a singular noun."""

    key: str
    title: str
    noun: str
    plural: str


#: The built-in fields, in the order a report shows them.
BUILTIN: tuple[Category, ...] = (
    Category("leaders", "Leaders", "leader", "leaders"),
    Category("monetary_targets", "Money", "money figure", "money figures"),
    Category("signed_documents", "Documents", "document", "documents"),
    Category("proposed_conventions", "Proposals", "proposal", "proposals"),
    Category("event", "Event", "event", "events"),
)

#: Columns of each built-in field, in the order shown; a plugin's fact shows its own fields.
COLUMNS: dict[str, tuple[str, ...]] = {
    "leaders": ("name", "role", "country"),
    "monetary_targets": ("amount", "currency", "kind", "indicator", "year"),
    "signed_documents": ("title", "status"),
    "proposed_conventions": ("title", "proposer"),
    "event": ("name", "organisation", "ordinal", "city", "country", "date", "participants"),
}


@dataclass(frozen=True)
class Row:
    """One fact: its readable cells (column → text, ``""`` for none), raw values and evidence."""

    fact: Fact
    cells: dict[str, str]
    values: dict[str, Any]
    evidence: list[Span]

    @property
    def headline(self) -> str:
        """The fact in a few words: its first filled cell (a name, an amount, a title)."""
        return next((cell for cell in self.cells.values() if cell), "")


@dataclass(frozen=True)
class Section:
    """One field of the report: its category, the columns shown and one row per fact."""

    category: Category
    columns: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)


def category_of(key: str) -> Category:
    """The category of a report field; a plugin's ``fact_type`` gets one named after it."""
    for category in BUILTIN:
        if category.key == key:
            return category
    words = key.replace("_", " ").strip() or "fact"
    return Category(key, words[:1].upper() + words[1:], words, words if words.endswith("s") else words + "s")


def sections(report: SummitReport) -> list[Section]:
    """Every field of the report in display order, empty ones included, then one per plugin fact type."""
    fields: list[tuple[str, list[Fact]]] = [
        ("leaders", list(report.leaders)),
        ("monetary_targets", list(report.monetary_targets)),
        ("signed_documents", list(report.signed_documents)),
        ("proposed_conventions", list(report.proposed_conventions)),
        ("event", [report.event] if report.event is not None else []),
        *((key, list(facts)) for key, facts in report.extras.items()),
    ]
    out = []
    for key, facts in fields:
        columns = COLUMNS.get(key) or _plugin_columns(facts)
        rows = [_row(fact, columns) for fact in facts]
        out.append(Section(category_of(key), columns, rows))
    return out


def _plugin_columns(facts: list[Fact]) -> tuple[str, ...]:
    """A plugin fact's own fields (declared or, read back from JSON, extra), first-seen order."""
    names: dict[str, None] = {}
    for fact in facts:
        for name in [*type(fact).model_fields, *(fact.model_extra or {})]:
            if name != "evidence":
                names.setdefault(name, None)
    return tuple(names)


def _row(fact: Fact, columns: tuple[str, ...]) -> Row:
    values = {name: getattr(fact, name, None) for name in columns}
    cells = {name: readable_value(name, value) for name, value in values.items()}
    return Row(fact, cells, values, sorted(fact.evidence, key=lambda s: (s.start, s.end)))


def readable_value(name: str, value: Any) -> str:
    """How a value reads in a table: ``""`` for none, words for enums and dates, names for countries."""
    if value is None or value == [] or value == "":
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if name == "date" and isinstance(value, str):
        return readable_date(value)
    if name == "country" and isinstance(value, str):
        return _country(value)
    if name == "participants" and isinstance(value, list):
        return ", ".join(_country(str(code)) for code in value)
    if isinstance(value, list | tuple):
        return ", ".join(readable_value("", item) for item in value)
    return str(value)


def _country(code: str) -> str:
    """``KZ`` → ``KZ Kazakhstan``: the code stays (it is what the JSON has), the name helps the eye."""
    name = Locale("en").territories.get(code)
    return f"{code} {name}" if name else code


_ISO = re.compile(r"^(?P<year>\d{4})?(?:-{1,2}(?P<month>\d{2}))?(?:-(?P<day>\d{2}))?$")


def readable_date(value: str) -> str:
    """An ISO 8601 date or the part of it a text gives, in words.

    >>> readable_date("2024-09-14"), readable_date("--09-14"), readable_date("2024-09"), readable_date("2024")
    ('14 September 2024', '14 September (year not given)', 'September 2024', '2024')
    """
    match = _ISO.match(value)
    if not match or not any(match.groups()):
        return value
    year, month, day = (int(g) if g else None for g in match.group("year", "month", "day"))
    try:
        if year and month and day:
            return str(format_date(date(year, month, day), "d MMMM y", locale="en"))
        if month and day:
            return f"{format_date(date(2000, month, day), 'd MMMM', locale='en')} (year not given)"
        if year and month:
            return str(format_date(date(year, month, 1), "MMMM y", locale="en"))
    except ValueError:  # a month 13 or a 31 September: show what the report says
        return value
    return str(year) if year else value


def _stems(words: str) -> set[str]:
    """Word beginnings, case-folded: enough to match a name or title against its inflected mention."""
    return {word[:5] for word in re.findall(r"\w+", words.casefold()) if len(word) > 1}


def snippet(evidence: list[Span], width: int = 48, headline: str = "") -> str:
    """One evidence span, cut to ``width`` characters, and how many more there are.

    The span shown is the one that shares most words with ``headline`` (a leader's name, a
    document's title), then the longest: a name over the post before it, a title over its verb.
    """
    if not evidence:
        return ""
    stems = _stems(headline)
    best = max(evidence, key=lambda s: (len(_stems(s.text) & stems), s.end - s.start, -s.start))
    text = " ".join(best.text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    more = len(evidence) - 1
    return f"«{text}»" + (f" +{more}" if more else "")


def counts_line(report: SummitReport) -> str:
    """``4 leaders · 3 money figures · …``: the totals a reader checks first."""
    parts = []
    for section in sections(report):
        n = len(section.rows)
        category = section.category
        if category.key == "event":
            parts.append("event found" if n else "no event")
        else:
            parts.append(f"{n} {category.noun if n == 1 else category.plural}")
    if report.failures:
        parts.append(f"{len(report.failures)} failed")
    if report.diagnostics:
        parts.append(f"{len(report.diagnostics)} {'note' if len(report.diagnostics) == 1 else 'notes'}")
    return " · ".join(parts)
