"""Where the command reads and writes: files and standard input through one reader, reports to
standard output, and the errors a user sees as one line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources

from summitkit.models import SummitReport
from summitkit.readers import Source

__all__ = [
    "SAMPLE",
    "STDIN",
    "VERBOSE_HINT",
    "Fail",
    "OutputError",
    "emit",
    "label",
    "one_line",
    "read_path",
    "report_writer",
    "sample",
    "silence_stdout",
]

SAMPLE = "sample_summit.txt"


class Fail(Exception):
    """A user error: printed as one line on stderr, exit status 2."""


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed pipe): the run stops."""


STDIN = "-"


def label(path: str) -> str:
    return "standard input" if path == STDIN else path


def read_path(path: str, encoding: str | None = None, html: bool | None = None) -> Source:
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
        raise Fail(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise Fail(f"{path}: is a directory; give the files in it (for example {path.rstrip('/')}/*.txt)") from None
    except PermissionError:
        raise Fail(f"{path}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise Fail(f"{label(path)}: cannot read it ({error.strerror or error})") from None
    try:
        return read_bytes(data, encoding=encoding, html=html)
    except NotTextError as error:
        raise Fail(f"{label(path)}: {error}") from None


def emit(text: str) -> None:
    """Print a report; a write that fails (``> /dev/full``) becomes one line, not a traceback."""
    try:
        print(text)
        sys.stdout.flush()
    except OSError as error:
        silence_stdout()
        if isinstance(error, BrokenPipeError):
            raise
        raise OutputError(
            f"cannot write the output ({error.strerror or error}); free some space or write elsewhere"
        ) from error


def silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def sample() -> str:
    """The sample article bundled with the package."""
    return resources.files("summitkit.data").joinpath(SAMPLE).read_text("utf-8")


def report_writer(format: str) -> Callable[[str, SummitReport], None]:
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


VERBOSE_HINT = " (run with --verbose for the traceback, and please report it)"


def one_line(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
