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


def _table(path: str, report: SummitReport) -> str:
    lines = [f"== {path}"]
    for leader in report.leaders:
        lines.append(f"leader      {leader.name} | {leader.role or '-'} | {leader.country or '-'}")
    for money in report.monetary_targets:
        lines.append(
            f"money       {money.amount:,.0f} {money.currency} | {money.kind.value} | {money.indicator or '-'}"
            + (f" | {money.year}" if money.year else "")
        )
    for doc in report.signed_documents:
        lines.append(f"document    {doc.title} | {doc.status.value}")
    for conv in report.proposed_conventions:
        lines.append(f"proposal    {conv.title} | {conv.proposer or '-'}")
    if report.event is not None:
        e = report.event
        parts = [e.name, e.organisation, e.city, e.country, e.date]
        lines.append("event       " + " | ".join(p or "-" for p in parts))
    for failure in report.failures:
        lines.append(f"FAILED      {failure.extractor} ({failure.plugin}): {failure.error}: {failure.message}")
    return "\n".join(lines)


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
            print(_table(path, report))
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
    spec = PipelineSpec(disable=tuple(args.disable), strict=args.strict)
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
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract a report from each FILE ('-' reads standard input)")
    extract.add_argument("files", nargs="*", metavar="FILE")
    extract.add_argument("--format", choices=("json", "jsonl", "table"), default="table")
    extract.add_argument("--sample", action="store_true", help="also read the sample article bundled with summitkit")
    extract.add_argument("--disable", action="append", default=[], metavar="EXTRACTOR", help="leave an extractor out")
    extract.add_argument("--strict", action="store_true", help="fail on the first extractor error")
    extract.set_defaults(run=_extract)

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
    batch.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    batch.add_argument("--verbose", "-v", action="store_true", help="print a summary line even off a terminal")
    batch.set_defaults(run=_batch)

    schema = commands.add_parser("schema", help="print the JSON Schema of the reports `extract` prints")
    schema.set_defaults(run=_schema)

    plugins = commands.add_parser("plugins", help="list every registered extractor")
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    plugins.set_defaults(run=_plugins)
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
