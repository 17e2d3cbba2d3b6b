"""The report in a terminal: one rich table per field, evidence beside each fact, counts at the end.

Colour is rich's decision: on a terminal it colours (``NO_COLOR`` and ``TERM=dumb`` switch it off),
into a pipe or a file it writes plain text. Every value from the article goes in as ``Text``, never
as markup, so a ``[bold]`` in a news text prints as written.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from summitkit.models import SummitReport
from summitkit.render.rows import Section, counts_line, sections, snippet

__all__ = ["CATEGORY_STYLES", "print_report", "report_renderable", "table_text"]

#: Terminal colour of each built-in category; a plugin's facts share the last one.
CATEGORY_STYLES: dict[str, str] = {
    "leaders": "cyan",
    "monetary_targets": "green",
    "signed_documents": "magenta",
    "proposed_conventions": "yellow",
    "event": "blue",
    "": "bright_black",
}

_SNIPPET = 40


def _style(key: str) -> str:
    return CATEGORY_STYLES.get(key, CATEGORY_STYLES[""])


def _fact_table(section: Section) -> Table:
    style = _style(section.category.key)
    table = Table(
        title=Text(f"{section.category.title} ({len(section.rows)})", style=f"bold {style}"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        header_style="bold",
        pad_edge=False,
        expand=False,
    )
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    for name in section.columns:
        table.add_column(name, overflow="fold", justify="right" if name == "amount" else "left")
    table.add_column("evidence", style="italic", overflow="fold", ratio=None, max_width=_SNIPPET + 6)
    for number, row in enumerate(section.rows, 1):
        cells = [Text(row.cells[name] or "–", style="" if row.cells[name] else "dim") for name in section.columns]
        table.add_row(str(number), *cells, Text(snippet(row.evidence, _SNIPPET, row.headline)))
    return table


def _event_table(section: Section) -> Table:
    """The event is one fact with many fields: a two-column card reads better than one wide row."""
    style = _style("event")
    row = section.rows[0]
    table = Table(
        title=Text(section.category.title, style=f"bold {style}"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_header=False,
        pad_edge=False,
    )
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    for name in section.columns:
        table.add_row(name, Text(row.cells[name] or "–", style="" if row.cells[name] else "dim"))
    table.add_row("evidence", Text(snippet(row.evidence, _SNIPPET * 2, row.headline), style="italic"))
    return table


def _problems(report: SummitReport) -> list[RenderableType]:
    out: list[RenderableType] = []
    for failure in report.failures:
        out.append(
            Text(f"FAILED {failure.extractor} ({failure.plugin}): {failure.error}: {failure.message}", style="bold red")
        )
    for diagnostic in report.diagnostics:
        where = f" at {diagnostic.span.start}" if diagnostic.span else ""
        out.append(Text(f"note {diagnostic.code}{where}: {diagnostic.message}", style="yellow"))
    return out


def report_renderable(report: SummitReport, title: str = "") -> Group:
    """Everything ``--format table`` prints for one report, as one rich renderable."""
    parts: list[RenderableType] = []
    if title:
        parts.append(Rule(Text(title, style="bold"), align="left"))
    found = False
    for section in sections(report):
        if not section.rows:
            parts.append(Text(f"{section.category.title}: none found", style="dim"))
            continue
        found = True
        parts.append(_event_table(section) if section.category.key == "event" else _fact_table(section))
    if not found:
        parts.append(Text("Nothing found in this text.", style="bold"))
    parts.extend(_problems(report))
    parts.append(Text(counts_line(report), style="bold"))
    return Group(*parts)


def print_report(report: SummitReport, console: Console, title: str = "") -> None:
    """Print one report's tables on ``console`` (which decides width and colour)."""
    console.print(report_renderable(report, title))
    console.print()


def table_text(report: SummitReport, title: str = "", width: int = 100, color: bool = False) -> str:
    """The table output as a string, at a fixed width: for tests, logs and the docs' capture."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        legacy_windows=False,
    )
    print_report(report, console, title)
    return buffer.getvalue()
