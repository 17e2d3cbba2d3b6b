"""The command line reads what users have: any encoding, pages, standard input like files; errors in one line."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summitkit.cli import main

ARTICLE = (
    "Президент Казахстана Касым-Жомарт Токаев и президент Республики Узбекистан Шавкат Мирзиёев подписали "
    "Соглашение о стратегическом партнерстве. Стороны намерены довести товарооборот до 10 млрд долларов."
)
PAGE = Path(__file__).parent / "inputs" / "news_page.html"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["extract", "--format", "json", *argv]) == 0
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


def summary(report: dict[str, Any]) -> tuple[object, ...]:
    return (
        sorted(leader["name"] for leader in report["leaders"]),
        sorted(m["amount"] for m in report["monetary_targets"]),
        sorted(d["title"] for d in report["signed_documents"]),
    )


def assert_evidence_in(text: str, report: dict[str, Any]) -> None:
    for field in ("leaders", "monetary_targets", "signed_documents", "proposed_conventions"):
        for fact in report[field]:
            for span in fact["evidence"]:
                assert text[span["start"] : span["end"]] == span["text"]


@pytest.fixture(scope="module")
def expected() -> tuple[object, ...]:
    """The facts of the clean UTF-8 article, read through the API."""
    from summitkit import extract

    found = summary(json.loads(extract(ARTICLE).model_dump_json()))
    assert all(found), found
    return found


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_a_file_in_any_common_encoding_gives_the_same_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expected: tuple[object, ...], codec: str
) -> None:
    path = tmp_path / f"article-{codec}.txt"
    path.write_bytes(ARTICLE.encode(codec))
    report = run_json(capsys, str(path))
    assert summary(report) == expected
    assert_evidence_in(ARTICLE, report)  # offsets count characters of the decoded text, BOM left out
    assert codecs.lookup(report["source"]["encoding"]).name in {codecs.lookup(codec).name, "utf-8", "utf-16"}
    assert report["source"]["length"] == len(ARTICLE)


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "utf-16"])
def test_standard_input_goes_through_the_same_reader_as_files(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], expected: tuple[object, ...], codec: str
) -> None:
    stdin_bytes(monkeypatch, ARTICLE.encode(codec))
    assert summary(run_json(capsys, "-")) == expected


def test_a_bad_byte_on_standard_input_is_a_diagnostic_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], expected: tuple[object, ...]
) -> None:
    data = ARTICLE.encode("utf-8").replace(" подписали".encode(), b" \xff" + "подписали".encode(), 1)
    stdin_bytes(monkeypatch, data)
    report = run_json(capsys, "-")
    assert not report["failures"]
    assert [d["code"] for d in report["diagnostics"]] == ["reader.bad_bytes"]
    assert summary(report)[0] == expected[0]


def test_encoding_overrides_detection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode("koi8-r"))
    assert run_json(capsys, "--encoding", "koi8-r", str(path))["source"]["encoding"] == "koi8-r"
    assert main(["extract", "--encoding", "utf-8", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "article.txt: not valid utf-8" in err and "--encoding" in err


def test_crlf_offsets_point_into_the_file_as_read_with_newline_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expected: tuple[object, ...]
) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(ARTICLE.replace(". ", ".\r\n").encode("cp1251"))
    report = run_json(capsys, str(path))
    with open(path, encoding="cp1251", newline="") as handle:
        text = handle.read()
    assert summary(report) == expected
    assert_evidence_in(text, report)
    assert report["monetary_targets"][0]["evidence"][0]["start"] > text.index("\r\n")


def test_a_saved_page_is_recognised_and_read_through_its_main_text(capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, str(PAGE))
    assert [m["amount"] for m in report["monetary_targets"]] == [15_000_000_000]
    assert report["source"]["format"] == "html" and report["source"]["url"].startswith("https://")
    assert_evidence_in(report["source"]["text"], report)


def test_html_flag_reads_a_fragment_as_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fragment.txt"
    path.write_text(f"<p>{ARTICLE}</p><script>var x = '99 млрд долларов';</script>", encoding="utf-8")
    report = run_json(capsys, "--html", str(path))
    assert [m["amount"] for m in report["monetary_targets"]] == [10_000_000_000]


def test_a_text_that_is_not_russian_gives_an_empty_report_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "english.txt"
    path.write_text("The two presidents signed a strategic partnership agreement in the capital.", encoding="utf-8")
    report = run_json(capsys, str(path))
    assert summary(report) == ([], [], [])
    assert [d["code"] for d in report["diagnostics"]] == ["language.not_russian"]


def test_a_batch_processes_every_input_and_lists_the_failed_ones_at_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(ARTICLE.encode("cp1251"))
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    missing = tmp_path / "missing.txt"
    assert main(["extract", "--format", "jsonl", str(pdf), str(good), str(missing), str(good)]) == 2
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    lines = captured.err.splitlines()
    assert lines[0] == f"summitkit: {pdf}: looks like a PDF document; convert it to text first (pdftotext FILE)"
    assert lines[1] == f"summitkit: {missing}: no such file; check the path"
    assert lines[-1] == f"summitkit: 2 of 4 inputs failed: {pdf}, {missing}"


def test_an_internal_error_is_one_line_and_the_traceback_only_with_verbose(
    article_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import summitkit.inputs

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr(summitkit.inputs, "extract_source", broken)
    assert main(["extract", str(article_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "internal error, RuntimeError: something broke" in err and "--verbose" in err
    assert main(["--verbose", "extract", str(article_path)]) == 1
    assert "Traceback" in capsys.readouterr().err


@pytest.fixture()
def article_path(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_writing_to_a_full_disk_is_one_line_not_a_traceback(article_path: Path) -> None:
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "summitkit", "extract", "--format", "json", str(article_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        "summitkit: cannot write the output (No space left on device); free some space or write elsewhere"
    ]
