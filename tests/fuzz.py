"""Fuzzing: Hypothesis over ``extract`` and the CLI's readers for as long as asked.

    python tests/fuzz.py 600        # ten minutes; nox -s fuzz -- 600 does the same in a fresh venv

Each round runs every target for a batch of new examples (no example database: every round
explores afresh) until the time is up, then prints how many inputs each target tried. A failure
stops the run with Hypothesis's shrunk, falsifying example.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, os.path.dirname(__file__))

import summitkit
from perturb import SENTENCES, assert_true_evidence, facts, perturbed
from summitkit.cli import main
from summitkit.readers import NotTextError, read_bytes, read_text

PIPELINE = summitkit.Pipeline(entry_points=False)
TRIED: Counter[str] = Counter()
BATCH = settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck), print_blob=True
)

#: Words of the genre and characters that fight back, for texts that reach the extractors' rules.
PIECES = [
    *" ".join(SENTENCES).split(),
    "\u0301",
    "\u00ad",
    "\x00",
    "\x07",
    "\u200b",
    "\ufeff",
    "\u00a0",
    "\r\n",
    "\n",
    "\x0c",
    "\u2028",
    "o",
    "a",
    "m",
    "e",
    "p",
    "T",
    "H",
    "е\u0308",
    "и\u0306",
    "á",
    "ѐ",
    "\ufffd",
    "\udcff",
    "-",
    "−",
    "5",
    "1,5",
]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=50).map(
        lambda parts: "".join(p if i % 3 else p + " " for i, p in enumerate(parts))
    ),
)
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso8859-5"]


@BATCH
@given(pair=perturbed())
def perturbations(pair: tuple[str, str]) -> None:
    TRIED["perturbations"] += 1
    clean, text = pair
    report = PIPELINE(text)
    assert facts(report) == facts(PIPELINE(clean))
    assert not report.failures
    assert_true_evidence(text, report)


@BATCH
@given(text=texts)
def extract(text: str) -> None:
    TRIED["extract"] += 1
    report = PIPELINE(text)
    assert not report.failures, report.failures
    assert_true_evidence(text, report)
    assert summitkit.SummitReport.model_validate_json(report.model_dump_json()) == report


def _read_and_extract(data: bytes, html: bool | None = None) -> None:
    try:
        source = read_bytes(data, html=html)
    except NotTextError:
        return
    report = PIPELINE(source.text)
    assert not report.failures, report.failures
    assert_true_evidence(source.text, report)


@BATCH
@given(data=st.binary(max_size=400))
def raw_bytes(data: bytes) -> None:
    TRIED["bytes"] += 1
    _read_and_extract(data)


@BATCH
@given(
    sentence=st.sampled_from(SENTENCES),
    codec=st.sampled_from(CODECS),
    cut=st.integers(0, 400),
    flips=st.lists(st.tuples(st.integers(0, 399), st.integers(0, 255)), max_size=3),
)
def encoded(sentence: str, codec: str, cut: int, flips: list[tuple[int, int]]) -> None:
    TRIED["encodings"] += 1
    full = sentence.encode(codec)
    data = bytearray(full[: max(cut, 1)])
    for at, value in flips:
        if at < len(data):
            data[at] = value
    _read_and_extract(bytes(data))
    if not flips and cut >= len(full):
        assert read_bytes(bytes(data), encoding=codec).text == sentence


TAGS = [
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<nav>",
    "<a href='/'>",
    "</a>",
    "&laquo;",
    "&raquo;",
    "&nbsp;",
    "&amp;",
    "<br>",
    "<meta charset=cp1251>",
    "<!--",
    "-->",
    "<title>",
    "</title>",
]


@BATCH
@given(parts=st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(PIECES)), max_size=60))
def html(parts: list[str]) -> None:
    TRIED["html"] += 1
    page = "".join(parts)
    source = read_text(page, html=True)
    report = PIPELINE(source.text)
    assert not report.failures, report.failures
    assert_true_evidence(source.text, report)
    _read_and_extract(page.encode("utf-8", errors="surrogatepass"))


@settings(BATCH, max_examples=5)
@given(data=st.one_of(st.binary(max_size=300), st.sampled_from(SENTENCES).map(lambda s: s.encode("cp1251"))))
def cli(data: bytes) -> None:
    TRIED["cli"] += 1
    with tempfile.NamedTemporaryFile(suffix=".txt") as handle:
        handle.write(data)
        handle.flush()
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["extract", "--format", "jsonl", handle.name, handle.name])
    assert status in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert all(line.startswith("summitkit: ") for line in err.getvalue().splitlines())


TARGETS: list[Callable[[], None]] = [perturbations, extract, raw_bytes, encoded, html, cli]


def run(seconds: float) -> Counter[str]:
    """Run every target in rounds until ``seconds`` have passed; return the inputs tried per target."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for target in TARGETS:
            target()
    return TRIED


if __name__ == "__main__":
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    started = time.monotonic()
    tried = run(seconds)
    elapsed = time.monotonic() - started
    detail = ", ".join(f"{name} {count}" for name, count in sorted(tried.items()))
    print(f"fuzz: {sum(tried.values())} inputs in {elapsed:.0f} s without a failure ({detail})")
