"""``summitkit db``: add articles to the summit memory and ask it questions, as tables or JSON.

``summitkit.cli`` registers these commands; this module knows only the memory and the pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store imports SQLAlchemy: only when a db command runs
    from pydantic import BaseModel

    from summitkit.memory.store import Store
    from summitkit.readers import Source

__all__ = ["register"]

#: Reads one input file (bytes, encoding, HTML) as the CLI's ``extract`` does.
Reader = Callable[[str], "Source"]


def register(commands: Any, read: Reader) -> None:
    """Add ``db`` and its subcommands to the CLI's subparsers; ``read`` reads one input file as text."""
    db = commands.add_parser(
        "db",
        help="the summit memory: store reports, merge them per summit, ask what was proposed and signed",
        description="The store is --db URL, else $SUMMITKIT_DB, else ./summitkit.db (SQLite). "
        "PostgreSQL: --db postgresql://user@host/name (pip install 'summitkit[postgres]').",
    )
    db.add_argument("--db", metavar="URL", help="SQLAlchemy URL of the store (sqlite:///file.db, postgresql://...)")
    sub = db.add_subparsers(dest="db_command", required=True, metavar="DB_COMMAND")

    add = sub.add_parser("add", help="extract each FILE, store its report, and merge the summits again")
    add.add_argument("files", nargs="*", metavar="FILE")
    add.add_argument("--jsonl", action="append", default=[], metavar="FILE", help="reports from `summitkit batch`")
    add.set_defaults(db_run=lambda args, store: _add(args, store, read))

    summits = sub.add_parser("summits", help="list the summits, with their sources and facts")
    summits.set_defaults(db_run=_summits)

    proposals = sub.add_parser("proposals", help="list proposals, optionally of one proposer")
    proposals.add_argument("--by", metavar="NAME", help="the proposer's name or surname, any case form")
    proposals.set_defaults(db_run=lambda args, store: _rows(args, store.proposals(by=args.by)))

    targets = sub.add_parser("targets", help="list money figures, optionally for an indicator and a country")
    targets.add_argument("--indicator", metavar="WORD", help="a word of the indicator (товарооборот)")
    targets.add_argument("--country", metavar="XX", help="ISO 3166-1 alpha-2 code of a participating state")
    targets.set_defaults(db_run=lambda args, store: _rows(args, store.targets(args.indicator, args.country)))

    follow = sub.add_parser("follow", help="the path from a proposal to its later signature")
    follow.add_argument("title", nargs="?", help="words of the proposal's title; all proposals if left out")
    follow.set_defaults(db_run=lambda args, store: _rows(args, store.follow(args.title)))

    still_open = sub.add_parser("open", help="proposals that no later summit has signed yet")
    still_open.set_defaults(db_run=lambda args, store: _rows(args, store.open()))

    plot = sub.add_parser("plot", help="draw figures over time to a PNG or SVG file")
    plot.add_argument("what", choices=("targets",))
    plot.add_argument("--indicator", metavar="WORD", required=True)
    plot.add_argument("--country", metavar="XX")
    plot.add_argument("-o", "--output", required=True, metavar="FILE.png|FILE.svg")
    plot.set_defaults(db_run=_plot)

    for command in (summits, proposals, targets, follow, still_open):
        command.add_argument("--json", action="store_true", help="print JSON instead of a table")
    db.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from summitkit.memory.store import Store

    with Store(args.db) as store:
        status: int = args.db_run(args, store)
    return status


def _inputs(args: argparse.Namespace, read: Reader) -> Iterator[tuple[str, str | None, Any]]:
    """(source, digest, what was read or a report's JSON) for each FILE and each line of each --jsonl file."""
    for path in args.files:
        yield path, None, read(path)
    for path in args.jsonl:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                if "error" in record and "report" not in record and "leaders" not in record:
                    continue  # an error record of `summitkit batch`: nothing to store
                source = str(record.get("id") or record.get("path") or f"{path}:{number}")
                report = record.get("report", record)
                yield source, record.get("sha256"), {k: v for k, v in report.items() if k not in ("id", "path")}


def _add(args: argparse.Namespace, store: Store, read: Reader) -> int:
    from summitkit.inputs import extract_source
    from summitkit.models import SummitReport
    from summitkit.pipeline import Pipeline
    from summitkit.readers import Source

    if not args.files and not args.jsonl:
        print("summitkit: db add: give at least one FILE or --jsonl FILE", file=sys.stderr)
        return 2
    pipeline: Pipeline | None = None
    added = skipped = 0
    items = list(_inputs(args, read))
    with _progress(len(items)) as advance:
        for source, digest, content in items:
            if isinstance(content, Source):
                pipeline = pipeline or Pipeline()
                report, digest = extract_source(content, pipeline), content.info.sha256
            else:
                report = SummitReport.model_validate(content)
            if store.add(report, source=source, digest=digest, rebuild=False):
                added += 1
            else:
                skipped += 1
            advance()
    summits = store.rebuild()
    print(f"added {added} report(s), {skipped} already stored; {len(summits)} summit(s)", file=sys.stderr)
    return 0


class _progress:
    """A progress bar on a terminal (rich), nothing elsewhere."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if sys.stderr.isatty() and self.total > 1:
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            task = self._bar.add_task("adding", total=self.total)
            return lambda: self._bar.advance(task)
        return lambda: None

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def _summits(args: argparse.Namespace, store: Store) -> int:
    found = store.summits()
    if args.json:
        print(json.dumps([s.model_dump(mode="json") for s in found], ensure_ascii=False, indent=2))
        return 0
    rows = [
        {
            "summit": s.key,
            "date": s.date,
            "organisation": s.organisation,
            "city": s.city,
            "sources": len(s.sources),
            "leaders": len(s.leaders),
            "money": len(s.monetary_targets),
            "documents": len(s.signed_documents),
            "proposals": len(s.proposed_conventions),
        }
        for s in found
    ]
    _table(rows)
    return 0


def _rows(args: argparse.Namespace, rows: Sequence[BaseModel]) -> int:
    data = [row.model_dump(mode="json") for row in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _table([{k: _cell(v) for k, v in row.items() if not k.endswith("_sources")} for row in data])
    return 0


def _cell(value: object) -> object:
    if isinstance(value, dict):
        return value.get("title") or value.get("name") or json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ",".join(map(str, value))
    return value


def _table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("(nothing found)")
        return
    keys = list(rows[0])
    cells = [[("-" if row[k] is None else str(row[k])) for k in keys] for row in rows]
    widths = [max(len(k), *(len(c[i]) for c in cells)) for i, k in enumerate(keys)]
    for line in [[k.upper() for k in keys], *cells]:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _plot(args: argparse.Namespace, store: Store) -> int:
    from summitkit.memory.plot import plot_targets

    rows = store.targets(args.indicator, args.country)
    try:
        series = plot_targets(rows, Path(args.output), title=args.indicator)
    except ValueError as error:
        print(f"summitkit: db plot: {error} (indicator {args.indicator!r})", file=sys.stderr)
        return 1
    print(f"{args.output}: {len(series)} series", file=sys.stderr)
    return 0
