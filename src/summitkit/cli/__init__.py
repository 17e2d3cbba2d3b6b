"""The ``summitkit`` command: extract reports from files, print the JSON Schema, list plugins.

``build_parser`` lays out the commands and their flags; ``summitkit.cli.commands`` runs them and
``summitkit.cli.io`` reads their inputs and writes their outputs.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from summitkit import __version__
from summitkit.cli import commands as run
from summitkit.cli.io import VERBOSE_HINT, Fail, OutputError, one_line, read_path, silence_stdout

__all__ = ["build_parser", "main"]


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
    extract.set_defaults(run=run.extract)

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
    render.set_defaults(run=run.render)
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
    batch.set_defaults(run=run.batch)

    schema = commands.add_parser("schema", help="print the JSON Schema of the reports `extract` prints")
    schema.add_argument("--format", choices=("json", "jsonl"), default="json", help="a report, or a JSONL line")
    schema.set_defaults(run=run.schema)

    plugins = commands.add_parser("plugins", help="list extractors, fact types and broken plugins")
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    plugins.set_defaults(run=run.plugins)

    from summitkit.memory.cli import register as register_db

    register_db(commands, read=read_path)

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
    except Fail as error:
        print(f"summitkit: {error}", file=sys.stderr)
        return 2
    except OutputError as error:
        print(f"summitkit: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        silence_stdout()
        return 0
    except Exception as error:
        if verbose:
            traceback.print_exc()
        print(f"summitkit: internal error, {one_line(error)}{'' if verbose else VERBOSE_HINT}", file=sys.stderr)
        return 1
    return status
