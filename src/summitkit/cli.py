"""The ``summitkit`` command: extract reports from files, print the JSON Schema, list plugins."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from functools import partial
from importlib import resources
from typing import TYPE_CHECKING, Any

from summitkit import __version__
from summitkit.models import SummitReport

if TYPE_CHECKING:
    from summitkit.pipeline import Pipeline

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


def _pipeline(args: argparse.Namespace, **options: object) -> Pipeline:
    """The pipeline the global plugin flags ask for (``--no-plugins``, ``--no-plugin NAME``)."""
    from summitkit.pipeline import Pipeline
    from summitkit.plugins import PluginError

    try:
        return Pipeline(entry_points=not args.no_plugins, exclude_plugins=args.no_plugin, **options)  # type: ignore[arg-type]
    except (ValueError, PluginError) as error:
        raise _Fail(str(error)) from None


def _extract(args: argparse.Namespace) -> int:
    from summitkit.pipeline import ExtractorError

    sources: list[tuple[str, Callable[[], str]]] = [(path, partial(_read, path)) for path in args.files]
    if args.sample:
        sources.insert(0, (SAMPLE, _sample))
    if not sources:
        raise _Fail("extract: give at least one FILE, '-' for standard input, or --sample")
    if args.format == "json" and len(sources) > 1:
        raise _Fail("extract: --format json takes one file; use --format jsonl for several")
    pipeline = _pipeline(args, disable=args.disable, strict=args.strict, time_limit=args.time_limit)
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
    extract.add_argument("--format", choices=("json", "jsonl", "table"), default="table")
    extract.add_argument("--sample", action="store_true", help="also read the sample article bundled with summitkit")
    extract.add_argument("--disable", action="append", default=[], metavar="EXTRACTOR", help="leave an extractor out")
    extract.add_argument("--strict", action="store_true", help="fail on the first extractor or plugin error")
    extract.add_argument(
        "--time-limit", type=float, default=None, metavar="SECONDS", help="seconds one extractor may take on one text"
    )
    extract.set_defaults(run=_extract)

    schema = commands.add_parser("schema", help="print the JSON Schema of the reports `extract` prints")
    schema.add_argument("--format", choices=("json", "jsonl"), default="json", help="a report, or a JSONL line")
    schema.set_defaults(run=_schema)

    plugins = commands.add_parser("plugins", help="list extractors, fact types and broken plugins")
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    plugins.set_defaults(run=_plugins)

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
