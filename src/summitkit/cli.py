"""The ``summitkit`` command: extract reports from files, print the JSON Schema, list plugins."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from importlib import resources

from summitkit import __version__
from summitkit.models import SummitReport
from summitkit.readers import Source

__all__ = ["main"]

SAMPLE = "sample_summit.txt"


class _Fail(Exception):
    """A user error: printed as one line on stderr, exit status 2."""


class _OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed pipe): the run stops."""


STDIN = "-"


def _label(path: str) -> str:
    return "standard input" if path == STDIN else path


def _read(path: str, encoding: str | None = None, html: bool | None = None) -> Source:
    """The text of a file or of standard input, through the same reader: bytes, encoding, HTML."""
    from summitkit.readers import NotTextError, read_bytes, read_text

    try:
        if path == STDIN:
            stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
            if stream is None:  # a text stream stands in for stdin (tests, notebooks)
                return read_text(sys.stdin.read(), html=html)
            data = stream.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise _Fail(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise _Fail(f"{path}: is a directory; give the files in it (for example {path.rstrip('/')}/*.txt)") from None
    except PermissionError:
        raise _Fail(f"{path}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise _Fail(f"{_label(path)}: cannot read it ({error.strerror or error})") from None
    try:
        return read_bytes(data, encoding=encoding, html=html)
    except NotTextError as error:
        raise _Fail(f"{_label(path)}: {error}") from None


def _emit(text: str) -> None:
    """Print a report; a write that fails (``> /dev/full``) becomes one line, not a traceback."""
    try:
        print(text)
        sys.stdout.flush()
    except OSError as error:
        _silence_stdout()
        if isinstance(error, BrokenPipeError):
            raise
        raise _OutputError(
            f"cannot write the output ({error.strerror or error}); free some space or write elsewhere"
        ) from error


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


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
    from summitkit.inputs import extract_source
    from summitkit.pipeline import ExtractorError, Pipeline
    from summitkit.readers import read_text

    html = True if args.html else None
    sources: list[tuple[str, Callable[[], Source]]] = [
        (path, partial(_read, path, args.encoding, html)) for path in args.files
    ]
    if args.sample:
        sources.insert(0, (SAMPLE, lambda: read_text(_sample(), html=False)))
    if not sources:
        raise _Fail("extract: give at least one FILE, '-' for standard input, or --sample")
    if args.format == "json" and len(sources) > 1:
        raise _Fail("extract: --format json takes one file; use --format jsonl for several")
    try:
        pipeline = Pipeline(disable=args.disable, strict=args.strict)
    except ValueError as error:
        raise _Fail(f"{error}; see `summitkit plugins` for the names") from None
    status = 0
    write = _report_writer(args.format)
    failed: list[str] = []
    for path, read in sources:
        try:
            report = extract_source(read(), pipeline)
        except _Fail as error:  # keep going: the other files' reports are not lost
            print(f"summitkit: {error}", file=sys.stderr)
            status, failed = max(status, 2), [*failed, _label(path)]
            continue
        except ExtractorError as error:
            print(f"summitkit: {_label(path)}: {error} (leave out --strict to keep the other facts)", file=sys.stderr)
            status, failed = max(status, 1), [*failed, _label(path)]
            continue
        except Exception as error:  # a bug: say so in one line, keep going with the other files
            if args.verbose:
                traceback.print_exc()
            print(f"summitkit: {_label(path)}: internal error, {_one_line(error)}{_VERBOSE_HINT}", file=sys.stderr)
            status, failed = max(status, 1), [*failed, _label(path)]
            continue
        if args.format == "json":
            _emit(report.model_dump_json(indent=2))
        elif args.format == "jsonl":
            _emit(json.dumps({"path": path, **report.model_dump(mode="json")}, ensure_ascii=False))
        else:
            write(path, report)
    if failed and len(sources) > 1:
        print(f"summitkit: {len(failed)} of {len(sources)} inputs failed: {', '.join(failed)}", file=sys.stderr)
    return status


def _render(args: argparse.Namespace) -> int:
    """``summitkit render FILE... -o page.html``: one self-contained page, a section per article."""
    from summitkit.inputs import extract_source
    from summitkit.pipeline import ExtractorError, Pipeline
    from summitkit.readers import read_text
    from summitkit.render import Article, render_page

    sources: list[tuple[str, Callable[[], Source]]] = [(path, partial(_read, path)) for path in args.files]
    if args.sample:
        sources.insert(0, (SAMPLE, lambda: read_text(_sample(), html=False)))
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
            source = read()
            articles.append(Article(path, extract_source(source, pipeline), source.text))
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


_VERBOSE_HINT = " (run with --verbose for the traceback, and please report it)"


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


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
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens, with tracebacks on errors")
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
    extract.add_argument(
        "--encoding", metavar="CODEC", help="the files' encoding, such as cp1251 or koi8-r (default: detected)"
    )
    extract.add_argument(
        "--html", action="store_true", help="read the files as web pages (default: pages are recognised by content)"
    )
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
    verbose = bool(getattr(args, "verbose", False))
    # Extractor failures are on the report; log lines (with tracebacks) only when asked for.
    logging.basicConfig(level=logging.INFO if verbose else logging.CRITICAL, format="summitkit: %(name)s: %(message)s")
    try:
        status: int = args.run(args)
    except _Fail as error:
        print(f"summitkit: {error}", file=sys.stderr)
        return 2
    except _OutputError as error:
        print(f"summitkit: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as error:
        if verbose:
            traceback.print_exc()
        print(f"summitkit: internal error, {_one_line(error)}{'' if verbose else _VERBOSE_HINT}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
