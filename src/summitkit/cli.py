"""The ``summitkit`` command: extract reports from files, print the JSON Schema, list plugins."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from functools import partial
from importlib import resources

from summitkit import __version__
from summitkit.models import SummitReport

__all__ = ["main"]

SAMPLE = "sample_summit.txt"


class _Fail(Exception):
    """A user error: printed as one line on stderr, exit status 2."""


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise _Fail(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _Fail(f"{path}: is a directory") from None
    except PermissionError:
        raise _Fail(f"{path}: permission denied") from None
    except UnicodeDecodeError as error:
        raise _Fail(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise _Fail(f"{path}: {error.strerror or error}") from None


def _sample() -> str:
    """The sample article bundled with the package."""
    return resources.files("summitkit.data").joinpath(SAMPLE).read_text("utf-8")


def _report_writer(format: str) -> Callable[[str, SummitReport], None]:
    """How ``--format table`` and ``--format csv`` print each report (json and jsonl print inline)."""
    if format == "csv":
        from summitkit.render.flat import CsvReports

        reports = CsvReports(sys.stdout)

        def write_csv(path: str, report: SummitReport) -> None:
            reports.write(report, path)
            for failure in report.failures:  # a CSV has no place for them: say so where a person looks
                print(f"summitkit: {path}: {failure.extractor} failed: {failure.message}", file=sys.stderr)

        return write_csv
    from rich.console import Console

    from summitkit.render.table import print_report

    console = Console(highlight=False)
    return lambda path, report: print_report(report, console, title=path)


def _extract(args: argparse.Namespace) -> int:
    from summitkit.pipeline import ExtractorError, Pipeline

    sources: list[tuple[str, Callable[[], str]]] = [(path, partial(_read, path)) for path in args.files]
    if args.sample:
        sources.insert(0, (SAMPLE, _sample))
    if not sources:
        raise _Fail("extract: give at least one FILE, '-' for standard input, or --sample")
    if args.format == "json" and len(sources) > 1:
        raise _Fail("extract: --format json takes one file; use --format jsonl for several")
    try:
        pipeline = Pipeline(disable=args.disable, strict=args.strict)
    except ValueError as error:
        raise _Fail(str(error)) from None
    status = 0
    write = _report_writer(args.format)
    for path, read in sources:
        try:
            report = pipeline(read())
        except _Fail as error:  # keep going: the other files' reports are not lost
            print(f"summitkit: {error}", file=sys.stderr)
            status = 2
            continue
        except ExtractorError as error:
            print(f"summitkit: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        if args.format == "json":
            print(report.model_dump_json(indent=2))
        elif args.format == "jsonl":
            print(json.dumps({"path": path, **report.model_dump(mode="json")}, ensure_ascii=False))
        else:
            write(path, report)
    return status


def _render(args: argparse.Namespace) -> int:
    """``summitkit render FILE... -o page.html``: one self-contained page, a section per article."""
    from summitkit.pipeline import ExtractorError, Pipeline
    from summitkit.render import Article, render_page

    sources: list[tuple[str, Callable[[], str]]] = [(path, partial(_read, path)) for path in args.files]
    if args.sample:
        sources.insert(0, (SAMPLE, _sample))
    if not sources:
        raise _Fail("render: give at least one FILE, '-' for standard input, or --sample")
    try:
        pipeline = Pipeline(disable=args.disable)
    except ValueError as error:
        raise _Fail(str(error)) from None
    status = 0
    articles: list[Article] = []
    for path, read in sources:
        try:
            text = read()
            articles.append(Article(path, pipeline(text), text))
        except _Fail as error:  # keep going: the other articles still make the page
            print(f"summitkit: {error}", file=sys.stderr)
            status = 2
        except ExtractorError as error:
            print(f"summitkit: {path}: {error}", file=sys.stderr)
            status = 1
    if not articles:
        raise _Fail("render: no article could be read; no page written")
    title = args.title or (f"summitkit: {articles[0].title}" if len(articles) == 1 else "summitkit report")
    try:
        # errors="replace": a lone surrogate from badly decoded input becomes "?", one character for one
        with open(args.output, "w", encoding="utf-8", errors="replace") as handle:
            handle.write(render_page(articles, title=title))
    except OSError as error:
        raise _Fail(f"{args.output}: cannot write the page ({error.strerror or error})") from None
    print(f"summitkit: wrote {len(articles)} article(s) to {args.output}", file=sys.stderr)
    return status


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(SummitReport.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2))
    return 0


def _plugins(args: argparse.Namespace) -> int:
    from summitkit.plugins import collect_extractors, make_plugin_manager

    keys = ("extractor", "plugin", "source", "fills", "requires")
    rows = [
        (r.name, r.plugin, r.source, ", ".join(r.extractor.fills), ", ".join(sorted(r.extractor.requires)))
        for r in collect_extractors(make_plugin_manager())
    ]
    if args.json:
        print(json.dumps([dict(zip(keys, row, strict=True)) for row in rows], ensure_ascii=False, indent=2))
        return 0
    header = tuple(key.upper() for key in keys)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(keys))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summitkit",
        description="Read news about international summits; report leaders, money, documents and proposals.",
    )
    parser.add_argument("--version", action="version", version=f"summitkit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract a report from each FILE ('-' reads standard input)")
    extract.add_argument("files", nargs="*", metavar="FILE")
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "table", "csv"),
        default="table",
        help="table (default): one table per field with evidence, coloured on a terminal; json: one report; "
        "jsonl: one line per file; csv: ONE flat CSV for all files, a row per fact, with 'file' and 'field' "
        "columns (field = leaders, monetary_targets, signed_documents, proposed_conventions, event or a "
        "plugin's fact type)",
    )
    extract.add_argument("--sample", action="store_true", help="also read the sample article bundled with summitkit")
    extract.add_argument("--disable", action="append", default=[], metavar="EXTRACTOR", help="leave an extractor out")
    extract.add_argument("--strict", action="store_true", help="fail on the first extractor error")
    extract.set_defaults(run=_extract)

    render = commands.add_parser(
        "render",
        help="write one self-contained HTML page showing each FILE with its evidence marked",
        description="Write one HTML page with a section per FILE: the article with each fact's evidence marked "
        "in the colour of its kind, a legend, and the report's tables beside it. The page is self-contained "
        "(inline CSS and script, no fonts or links out) and makes no network request.",
    )
    render.add_argument("files", nargs="*", metavar="FILE")
    render.add_argument("-o", "--output", required=True, metavar="PAGE", help="the HTML file to write")
    render.add_argument("--title", help="the page's heading (default: the file name)")
    render.add_argument("--sample", action="store_true", help="also show the sample article bundled with summitkit")
    render.add_argument("--disable", action="append", default=[], metavar="EXTRACTOR", help="leave an extractor out")
    render.set_defaults(run=_render)

    schema = commands.add_parser("schema", help="print the JSON Schema of the reports `extract` prints")
    schema.set_defaults(run=_schema)

    plugins = commands.add_parser("plugins", help="list every registered extractor")
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    plugins.set_defaults(run=_plugins)

    from summitkit.memory.cli import register as register_db

    register_db(commands, read=_read)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except _Fail as error:
        print(f"summitkit: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
