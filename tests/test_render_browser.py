"""The page in a real browser: Debian's headless Chromium, driven over the DevTools protocol.

It checks, through the DOM the browser built, that every evidence span is marked at its offsets,
that hovering and clicking a fact light its evidence, and that the page asked for nothing but
itself (the Network log, and no Content-Security-Policy refusal). It saves a screenshot; with
``SUMMITKIT_DOCS_SCREENSHOT=1`` also as docs/render.png. Skipped when no chromium is installed:
``.ci/run`` installs it (``apt-get install -y chromium``); nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import summitkit
from cdp import Browser, find_chromium
from handmade import TEXT, all_spans, handmade_report
from summitkit.cli.io import SAMPLE, sample
from summitkit.render import Article, render_page

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH: install Debian's package (apt-get install -y chromium)"
)
DOCS = Path(__file__).resolve().parent.parent / "docs"

#: For every evidence link in the tables: the span's offset in the article (a DOM Range from the
#: text's start to its first mark), the text of all its marks, and whether each of them is painted.
SPANS_ON_PAGE = """
Array.from(document.querySelectorAll('.sk-article')).map(function(article){
  var text = article.querySelector('.sk-text');
  var ids = Array.from(article.querySelectorAll('a.sk-ev[data-span]')).map(function(a){return a.dataset.span;});
  return {text: text.textContent, spans: ids.map(function(id){
    var marks = Array.from(text.querySelectorAll('mark[data-spans~="' + id + '"]'));
    if (!marks.length) return {id: id, start: -1, text: '', painted: false};
    var range = document.createRange();
    range.setStart(text, 0); range.setEndBefore(marks[0]);
    return {id: id, start: range.toString().length, text: marks.map(function(m){return m.textContent;}).join(''),
            painted: marks.every(function(m){
              var bg = getComputedStyle(m).backgroundColor;
              // not transparent, and not the browser's own yellow <mark>: our category fill
              return bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent' && bg !== 'rgb(255, 255, 0)';})};
  })};
})
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as opened:
        yield opened


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, pipeline: summitkit.Pipeline) -> tuple[Path, list[Article]]:
    text = sample()
    articles = [Article(SAMPLE, pipeline(text), text), Article("handmade.txt", handmade_report(), TEXT)]
    path = tmp_path_factory.mktemp("page") / "report.html"
    path.write_text(render_page(articles), encoding="utf-8")
    return path, articles


@pytest.fixture(scope="module")
def loaded(browser: Browser, page: tuple[Path, list[Article]]) -> tuple[Browser, list[Article]]:
    path, articles = page
    browser.open(path.as_uri())
    return browser, articles


def test_every_evidence_span_is_highlighted_in_the_browser(loaded: tuple[Browser, list[Article]]) -> None:
    browser, articles = loaded
    seen = browser.evaluate(SPANS_ON_PAGE)
    assert len(seen) == len(articles)
    for article, shown in zip(articles, seen, strict=True):
        assert shown["text"] == article.text
        assert all(span["painted"] for span in shown["spans"]), [s for s in shown["spans"] if not s["painted"]]
        on_page = {(s["start"], s["start"] + len(s["text"]), s["text"]) for s in shown["spans"]}
        assert on_page == all_spans(article.report)


def test_the_page_makes_no_network_request(loaded: tuple[Browser, list[Article]], page: tuple[Path, object]) -> None:
    browser, _ = loaded
    assert browser.requests() == [page[0].as_uri()]
    assert browser.console_errors() == []  # a CSP refusal of our own style or script would show here
    policy = browser.evaluate(
        "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').getAttribute('content')"
    )
    assert policy.startswith("default-src 'none';")
    resources = browser.evaluate("performance.getEntriesByType('resource').length")
    assert resources == 0


def test_hovering_a_fact_lights_its_evidence(loaded: tuple[Browser, list[Article]]) -> None:
    browser, _ = loaded
    browser.evaluate("window.scrollTo(0, 0)")
    box = browser.evaluate(
        "(function(){var r=document.querySelector('#a0 tr[data-fact]').getBoundingClientRect();"
        "return [r.x + r.width / 2, r.y + r.height / 2];})()"
    )
    browser.hover(*box)
    colours = browser.evaluate(
        "(function(){var id=document.querySelector('#a0 tr[data-fact]').dataset.fact;"
        "return Array.from(document.querySelectorAll('mark[data-facts~=\"'+id+'\"]'))"
        ".map(function(m){return getComputedStyle(m).color;});})()"
    )
    assert colours and all(colour == "rgb(255, 255, 255)" for colour in colours)
    browser.hover(0, 0)


def test_clicking_a_fact_lights_its_marks_and_only_those(loaded: tuple[Browser, list[Article]]) -> None:
    browser, _ = loaded
    result = browser.evaluate(
        "(function(){var row=document.querySelectorAll('#a1 tr[data-fact]')[1]; row.click();"
        "var id=row.dataset.fact;"
        "var lit=Array.from(document.querySelectorAll('#a1 mark.sk-active'));"
        "return {row: row.classList.contains('sk-active'), "
        "mine: lit.length > 0 && lit.every(function(m){return m.dataset.facts.split(' ').indexOf(id) >= 0;}), "
        "all: document.querySelectorAll('#a1 mark[data-facts~=\"'+id+'\"]').length === lit.length};})()"
    )
    assert result == {"row": True, "mine": True, "all": True}


def test_clicking_a_mark_lights_its_facts_rows(loaded: tuple[Browser, list[Article]]) -> None:
    browser, _ = loaded
    rows = browser.evaluate(
        "(function(){var m=document.querySelector('#a1 mark.sk-overlap'); m.click();"
        "return [m.dataset.facts, Array.from(document.querySelectorAll('#a1 tr.sk-active'))"
        ".map(function(r){return r.dataset.fact;}).join(' ')];})()"
    )
    assert sorted(rows[0].split()) == sorted(rows[1].split()) and len(rows[0].split()) >= 2


def test_screenshot(loaded: tuple[Browser, list[Article]], tmp_path: Path) -> None:
    browser, _ = loaded
    browser.evaluate(
        "(function(){document.querySelectorAll('.sk-active').forEach(function(e){e.classList.remove('sk-active');});"
        "var rows=document.querySelectorAll('#a0 tr[data-fact]'); rows[1].click(); window.scrollTo(0, 0);"
        "document.querySelector('#a0 .sk-text').scrollTop = 0;})()"
    )
    shot = tmp_path / "render.png"
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("SUMMITKIT_DOCS_SCREENSHOT") == "1":
        shutil.copyfile(shot, DOCS / "render.png")
    print(json.dumps({"screenshot": str(shot)}))
