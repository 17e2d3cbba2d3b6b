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
from typing import TYPE_CHECKING, Any

from summitkit import __version__
from summitkit.models import SummitReport
from summitkit.readers import Source

if TYPE_CHECKING:
    from summitkit.pipeline import Pipeline

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


def _pipeline(args: argparse.Namespace, **options: object) -> Pipeline:
    """The pipeline the global plugin flags ask for (``--no-plugins``, ``--no-plugin NAME``)."""
    from summitkit.pipeline import Pipeline
    from summitkit.plugins import PluginError

    try:
        return Pipeline(entry_points=not args.no_plugins, exclude_plugins=args.no_plugin, **options)  # type: ignore[arg-type]
    except (ValueError, PluginError) as error:
        raise _Fail(str(error)) from None


def _extract(args: argparse.Namespace) -> int:
    from summitkit.inputs import extract_source
    from summitkit.pipeline import ExtractorError
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
    pipeline = _pipeline(args, disable=args.disable, strict=args.strict, time_limit=args.time_limit)
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
    from summitkit.pipeline import ExtractorError
    from summitkit.readers import read_text
    from summitkit.render import Article, render_page

    sources: list[tuple[str, Callable[[], Source]]] = [(path, partial(_read, path)) for path in args.files]
    if args.sample:
        sources.insert(0, (SAMPLE, lambda: read_text(_sample(), html=False)))
    if not sources:
        raise _Fail("render: give at least one FILE, '-' for standard input, or --sample")
    pipeline = _pipeline(args, disable=args.disable)
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
    from summitkit.plugins import plugin_fact_types
    from summitkit.schema import report_schema

    schema = report_schema(plugin_fact_types(_pipeline(args).plugins), line=args.format == "jsonl")
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0


def _plugins(args: argparse.Namespace) -> int:
    plugins = _pipeline(args).plugins
    extractors = [
        {
            "extractor": r.name,
            "plugin": r.plugin,
            "source": r.source,
            "fills": list(r.extractor.fills),
            "requires": sorted(r.extractor.requires),
        }
        for r in plugins.extractors
    ]
    fact_types = [
        {"fact_type": name, "class": f"{cls.__module__}.{cls.__qualname__}", "plugin": plugin, "source": source}
        for name, (plugin, source) in plugins.fact_type_plugins.items()
        for cls in [plugins.fact_types[name]]
    ]
    broken = [
        {"plugin": b.plugin, "source": b.source, "stage": b.stage, "error": b.error, "message": b.message}
        for b in plugins.broken
    ]
    if args.json:
        listing = {"extractors": extractors, "fact_types": fact_types, "broken": broken}
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    keys = ("extractor", "plugin", "source", "fills", "requires")
    rows = [tuple(", ".join(v) if isinstance(v, list) else str(v) for v in (e[k] for k in keys)) for e in extractors]
    header = tuple(key.upper() for key in keys)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(keys))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for fact_type in fact_types:
        print(
            f"fact type {fact_type['fact_type']}: {fact_type['class']} ({fact_type['plugin']}, {fact_type['source']})"
        )
    for b in broken:
        print(f"BROKEN    {b['plugin']} ({b['source']}): {b['stage']} failed: {b['error']}: {b['message']}")
    return 0


def _add_global_flags(parser: argparse.ArgumentParser, *, again: bool = False) -> None:
    """Flags every command takes, before or after its name: which plugins to load, how much to log.

    ``again``: the copy on a subcommand, which sets a flag only when given there.
    """
    unset: dict[str, Any] = {"default": argparse.SUPPRESS} if again else {}
    parser.add_argument(
        "--no-plugins", action="store_true", help="load no third-party plugins (built-ins only)", **unset
    )
    parser.add_argument(
        "--no-plugin",
        action="append",
        metavar="NAME",
        help="leave one plugin out: its entry point or distribution name",
        **(unset or {"default": []}),
    )
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument("-q", "--quiet", action="store_true", help="print errors only, no warnings", **unset)
    loud.add_argument("-v", "--verbose", action="store_true", help="log what happens, with tracebacks", **unset)


def _batch(args: argparse.Namespace) -> int:
    """Many texts to one JSONL file, on worker processes or a Dask cluster, resumable."""
    from pathlib import Path

    from summitkit.batch import InputError, PipelineSpec, run_batch
    from summitkit.batch.spec import pin_threads

    if args.engine == "dask" and args.scheduler is None:
        raise _Fail("batch: --engine dask needs --scheduler ADDRESS (tcp://host:8786)")
    if args.workers < 1:
        raise _Fail("batch: --workers must be at least 1")
    pin_threads()  # before numpy loads: the workers are the parallelism, not BLAS threads
    spec = PipelineSpec(disable=tuple(args.disable), entry_points=not args.no_plugins, strict=args.strict)
    try:
        summary = run_batch(
            args.inputs,
            Path(args.output) if args.output != "-" else None,
            spec=spec,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            resume=args.resume,
            progress=False if args.quiet else None,
        )
    except (InputError, ValueError, ImportError) as error:
        raise _Fail(f"batch: {error}") from None
    if (not args.quiet and sys.stderr.isatty()) or args.verbose:
        print(
            f"summitkit: {summary.read} texts read, {summary.errors} errors, {summary.skipped} already done",
            file=sys.stderr,
        )
    return 1 if summary.errors else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summitkit",
        description="Read news about international summits; report leaders, money, documents and proposals.",
    )
    parser.add_argument("--version", action="version", version=f"summitkit {__version__}")
    _add_global_flags(parser)
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
    extract.add_argument("--strict", action="store_true", help="fail on the first extractor or plugin error")
    extract.add_argument(
        "--time-limit", type=float, default=None, metavar="SECONDS", help="seconds one extractor may take on one text"
    )
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
    batch = commands.add_parser(
        "batch",
        help="extract reports from many texts into one JSONL file (files, folders, globs, JSONL of id/text)",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT")
    batch.add_argument("--output", "-o", required=True, help="the JSONL file to write ('-' for standard output)")
    batch.add_argument("--workers", type=int, default=1, help="worker processes of the local engine (default 1)")
    batch.add_argument("--engine", choices=("local", "dask"), default="local")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="the dask scheduler, e.g. tcp://10.0.0.5:8786")
    batch.add_argument("--resume", action="store_true", help="keep the output's lines and skip their ids")
    batch.add_argument("--disable", action="append", default=[], metavar="EXTRACTOR", help="leave an extractor out")
    batch.add_argument("--strict", action="store_true", help="an extractor error fails the text (an error line)")
    batch.set_defaults(run=_batch)

    schema = commands.add_parser("schema", help="print the JSON Schema of the reports `extract` prints")
    schema.add_argument("--format", choices=("json", "jsonl"), default="json", help="a report, or a JSONL line")
    schema.set_defaults(run=_schema)

    plugins = commands.add_parser("plugins", help="list extractors, fact types and broken plugins")
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    plugins.set_defaults(run=_plugins)

    from summitkit.memory.cli import register as register_db

    register_db(commands, read=_read)

    for command in commands.choices.values():  # keep this last: every subcommand takes the global flags
        _add_global_flags(command, again=True)
    return parser


def _logging(args: argparse.Namespace) -> None:
    level = logging.ERROR if args.quiet else logging.DEBUG if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="summitkit: %(levelname)s: %(message)s", force=True)
    if not args.verbose:  # tracebacks and library chatter only with --verbose
        for noisy in ("natasha", "slovnet", "yargy", "pymorphy3"):
            logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _logging(args)
    verbose = bool(getattr(args, "verbose", False))
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
