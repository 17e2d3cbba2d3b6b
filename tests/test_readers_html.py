"""Saved news pages: the article's text without scripts and navigation, and the page's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

import summitkit
from summitkit import Pipeline
from summitkit.readers import looks_like_html, read_bytes

PAGE = (Path(__file__).parent / "inputs" / "news_page.html").read_text("utf-8")


def test_a_page_is_recognised_by_its_content() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html><body><p>Текст</p></body></html>")
    assert not looks_like_html("Президент подписал указ. Цена <10 млн> рублей.")


def test_the_report_reads_the_article_not_the_script(pipeline: Pipeline) -> None:
    report = summitkit.extract_html(PAGE, pipeline)
    amounts = {(m.amount, m.currency) for m in report.monetary_targets}
    assert amounts == {(15_000_000_000, "USD")}  # the body's 15&nbsp;млрд; not the script's 20 or 30
    assert {leader.name for leader in report.leaders} >= {"Касым-Жомарт Токаев", "Шавкат Мирзиёев"}
    assert [d.title for d in report.signed_documents] == ["Соглашение о свободной торговле услугами"]


def test_the_report_carries_the_text_it_read_so_evidence_is_checkable(pipeline: Pipeline) -> None:
    report = summitkit.extract_html(PAGE, pipeline)
    source = report.source
    assert source is not None and source.format == "html" and source.text is not None
    assert "console.log" not in source.text and "Главная" not in source.text
    assert "«зелёный»" in source.text  # entities decoded
    assert source.length == len(source.text)
    for fact in report.facts():
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.text


def test_the_page_metadata_goes_into_the_report(pipeline: Pipeline) -> None:
    source = summitkit.extract_html(PAGE.encode("utf-8"), pipeline).source
    assert source is not None
    assert source.title == "Лидеры подписали соглашение о торговле"
    assert source.date == "2025-03-12"
    assert source.url == "https://news.example.kz/2025/03/12/trade-pact"


def test_a_page_in_cp1251_declared_in_its_meta_is_read() -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace("©", "(c)")
    source = read_bytes(page.encode("cp1251"))
    assert source.info.format == "html" and source.info.encoding == "cp1251"
    assert "Касым-Жомарт Токаев" in source.text


def test_html_can_be_forced_or_refused() -> None:
    fragment = "<p>Президент Казахстана Касым-Жомарт Токаев провёл переговоры в столице.</p>"
    assert read_bytes(fragment.encode(), html=True).text.startswith("Президент")
    assert read_bytes(PAGE.encode(), html=False).text == PAGE


def test_a_page_without_an_article_says_so() -> None:
    page = "<html><head><script>var total = '5 млрд долларов';</script></head><body><img src=a.png></body></html>"
    source = read_bytes(page.encode(), html=True)
    assert "млрд" not in source.text
    assert [d.code for d in source.diagnostics] == ["reader.no_main_text"]


@pytest.mark.parametrize("empty", ["", "<html></html>"])
def test_an_empty_page_gives_an_empty_report(pipeline: Pipeline, empty: str) -> None:
    report = summitkit.extract_html(empty, pipeline)
    assert report.facts() == []
    assert report.source is not None and report.source.text == ""
