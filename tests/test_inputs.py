"""Every input kind of issue 9, as a file in tests/inputs, through the command line, with the expected report.

The articles are one text written for the tests, saved the ways users hold news: UTF-8 with a BOM,
UTF-16, cp1251 with CRLF line ends, KOI8-R, and full of stress marks, soft hyphens, Latin
look-alikes and a NUL. Each must give the same facts, with evidence into the text as decoded.
"""

from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from summitkit.cli import main

INPUTS = Path(__file__).parent / "inputs"

ARTICLE_FACTS = (
    ["Касым-Жомарт Токаев", "Садыр Жапаров"],
    [5_000_000_000],
    ["Договор о союзнических отношениях"],
)


def extract(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["extract", "--format", "json", *argv]) == 0
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


def summary(report: dict[str, Any]) -> tuple[list[object], ...]:
    return (
        [leader["name"] for leader in report["leaders"]],
        [money["amount"] for money in report["monetary_targets"]],
        [document["title"] for document in report["signed_documents"]],
    )


def decoded(path: Path, encoding: str) -> str:
    """The file's text as summitkit's offsets count it: no BOM, line endings as in the file."""
    with open(path, encoding=encoding, newline="") as handle:
        return handle.read()


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("article_utf8_bom.txt", "utf-8-sig"),
        ("article_utf16.txt", "utf-16"),
        ("article_cp1251_crlf.txt", "cp1251"),
        ("article_koi8r.txt", "koi8-r"),
        ("article_fights_back.txt", "utf-8"),
    ],
)
def test_an_article_saved_any_way_gives_the_same_facts(
    capsys: pytest.CaptureFixture[str], name: str, encoding: str
) -> None:
    path = INPUTS / name
    report = extract(capsys, str(path))
    assert summary(report) == ARTICLE_FACTS
    assert codecs.lookup(report["source"]["encoding"]).name == codecs.lookup(encoding.removesuffix("-sig")).name
    text = decoded(path, encoding)
    assert report["source"]["length"] == len(text)
    for field in ("leaders", "monetary_targets", "signed_documents"):
        for fact in report[field]:
            for span in fact["evidence"]:
                assert text[span["start"] : span["end"]] == span["text"]


def test_standard_input_reads_like_the_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    data = (INPUTS / "article_cp1251_crlf.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert summary(extract(capsys, "-")) == ARTICLE_FACTS


@pytest.mark.parametrize("name", ["english.txt", "kazakh_latin.txt", "chinese.txt"])
def test_a_text_in_another_language_gives_an_empty_report_and_a_diagnostic(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    report = extract(capsys, str(INPUTS / name))
    assert summary(report) == ([], [], [])
    assert [d["code"] for d in report["diagnostics"]] == ["language.not_russian"]


def test_a_saved_page_gives_the_article_facts_and_its_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    report = extract(capsys, str(INPUTS / "news_page.html"))
    assert summary(report) == (
        ["Касым-Жомарт Токаев", "Шавкат Мирзиёев"],
        [15_000_000_000],
        ["Соглашение о свободной торговле услугами"],
    )
    source = report["source"]
    assert (source["format"], source["title"], source["date"]) == (
        "html",
        "Лидеры подписали соглашение о торговле",
        "2025-03-12",
    )


def test_a_pdf_is_one_line_and_a_non_zero_exit(capsys: pytest.CaptureFixture[str]) -> None:
    path = INPUTS / "scan.pdf"
    assert main(["extract", str(path), str(INPUTS / "article_koi8r.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0] == (
        f"summitkit: {path}: looks like a PDF document; convert it to text first (pdftotext FILE)"
    )
    assert "Касым-Жомарт Токаев" in captured.out  # the other file is still read
