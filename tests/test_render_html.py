"""The HTML view without a browser: marks, escaping, self-containment, several articles, notebooks."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from handmade import TEXT, all_spans, handmade_report
from summitkit.cli import main
from summitkit.models import Leader, Span, SummitReport
from summitkit.render import Article, render_fragment, render_html, render_page
from summitkit.render.highlight import Mark, segments


class _Marks(HTMLParser):
    """Rebuilds, from the page, the article text and each span's offsets from its ``<mark>`` elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside .sk-text
        self.mark: list[str] | None = None
        self.text: list[str] = []
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self.nested_marks = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.nested_marks |= self.mark is not None
                self.mark = (attributes.get("data-spans") or "").split()
        elif "sk-text" in (attributes.get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if tag == "mark":
                self.mark = None

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        start = sum(map(len, self.text))
        self.text.append(data)
        for span_id in self.mark or []:
            self.spans.setdefault(span_id, []).append((start, start + len(data)))


def _parse(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


def _spans_on_page(parser: _Marks) -> set[tuple[int, int, str]]:
    text = "".join(parser.text)
    out = set()
    for pieces in parser.spans.values():
        start, end = pieces[0][0], pieces[-1][1]
        assert all(a[1] == b[0] for a, b in pairwise(pieces)), "a span's marks must be contiguous"
        out.add((start, end, text[start:end]))
    return out


def test_segments_cut_crossing_spans_flat() -> None:
    a, b = Mark("a", "f0", "x", 2, 6), Mark("b", "f1", "y", 4, 9)
    cut = [(s.start, s.end, [m.span_id for m in s.marks]) for s in segments(10, [a, b])]
    assert cut == [(0, 2, []), (2, 4, ["a"]), (4, 6, ["a", "b"]), (6, 9, ["b"]), (9, 10, [])]


def test_segments_put_the_innermost_span_first_and_drop_empty_ones() -> None:
    outer, inner, empty = Mark("o", "f0", "x", 0, 10), Mark("i", "f1", "y", 3, 5), Mark("e", "f2", "z", 4, 4)
    middle = segments(10, [outer, inner, empty])[1]
    assert (middle.start, middle.end, [m.span_id for m in middle.marks]) == (3, 5, ["i", "o"])


def test_every_evidence_span_is_marked_exactly_with_overlaps() -> None:
    report = handmade_report()
    parser = _parse(render_html(report, TEXT))
    assert "".join(parser.text) == TEXT
    assert not parser.nested_marks
    assert _spans_on_page(parser) == all_spans(report)


def test_a_segment_under_two_categories_shows_both() -> None:
    page = render_html(handmade_report(), TEXT)
    overlap = re.search(r'<mark class="([^"]*)"[^>]*>Ваагн</mark>', page)
    assert overlap is not None
    classes = overlap.group(1).split()
    assert "sk-overlap" in classes
    assert any(c.startswith("sk-k") for c in classes) and any(c.startswith("sk-o") for c in classes)


def test_the_page_is_self_contained() -> None:
    page = render_html(handmade_report(), TEXT)
    assert re.search(r"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#x27;none&#x27;", page)
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc=", page)
    assert page.count("<script>") == 1  # ours only: the article's "<script>" is escaped


def test_article_text_is_escaped() -> None:
    page = render_html(handmade_report(), TEXT)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co." in page


def test_legend_names_every_category_with_counts() -> None:
    page = render_html(handmade_report(), TEXT)
    legend = re.search(r'<div class="sk-legend"[^>]*>(.*?)</div>', page)
    assert legend is not None
    chips = re.findall(r'<span class="sk-chip [^"]*">([^<]+) <b>(\d+)</b>', legend.group(1))
    assert chips == [
        ("Leaders", "2"),
        ("Money", "1"),
        ("Documents", "1"),
        ("Proposals", "1"),
        ("Event", "1"),
        ("Venue", "1"),
    ]


def test_spans_that_do_not_fit_the_text_are_reported_not_marked() -> None:
    page = render_html(handmade_report(), TEXT.replace("Ваагн", "Vahagn"))
    assert "do not match this text" in page
    parser = _parse(page)
    assert all(text == TEXT[start:end] for start, end, text in _spans_on_page(parser))


def test_several_articles_make_one_page_with_a_section_each() -> None:
    other_text = "Премьер-министр Индии Раджив Кумар прибыл в Астану."
    other = SummitReport(leaders=[Leader(name="Раджив Кумар", evidence=[span_in(other_text, "Раджив Кумар")])])
    page = render_page([Article("one.txt", handmade_report(), TEXT), Article("two.txt", other, other_text)])
    assert page.count('<section class="sk-article"') == 2
    assert page.count("<html") == 1
    assert re.search(r'<section class="sk-article" id="a1"><h2>two.txt</h2>', page)
    assert 'data-facts="a1-f0"' in page and 'data-facts="a0-f0"' in page


def span_in(text: str, words: str) -> Span:
    start = text.index(words)
    return Span.of(text, start, start + len(words))


def test_without_the_text_the_fragment_quotes_every_span() -> None:
    report = handmade_report()
    fragment = report._repr_html_()
    assert fragment.startswith('<div class="sk-root">') and "<html" not in fragment
    assert 'class="sk-text"' not in fragment and "render_html(report, text)" in fragment
    assert "«Договор о коллективной обороне стоимостью 2 млрд долларов»" in fragment
    start = TEXT.index("подписали")
    assert f"{start}–{start + len('подписали')}" in fragment


def test_fragments_do_not_share_ids() -> None:
    first, second = (render_fragment(handmade_report(), TEXT) for _ in range(2))
    ids = set(re.findall(r' id="([^"]+)"', first))
    assert ids and not ids & set(re.findall(r' id="([^"]+)"', second))


def test_cli_render_writes_one_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Президент Казахстана Касым-Жомарт Токаев прибыл в Душанбе.", encoding="utf-8")
    page = tmp_path / "out" / "report.html"
    page.parent.mkdir()
    assert main(["render", "--sample", str(article), str(tmp_path / "missing.txt"), "-o", str(page)]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "wrote 2 article(s)" in err
    html = page.read_text("utf-8")
    assert html.count('<section class="sk-article"') == 2
    assert "Касым-Жомарт Токаев</mark>" in html


def test_cli_render_refuses_an_unwritable_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "--sample", "-o", str(tmp_path / "no" / "such" / "dir.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write the page" in err


def test_cli_render_writes_a_page_even_for_a_lone_surrogate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO("Президент Казахстана Касым-Жомарт Токаев \udcff прибыл."))
    page = tmp_path / "page.html"
    assert main(["render", "-", "-o", str(page)]) == 0
    assert "Касым-Жомарт Токаев</mark> ? прибыл" in page.read_text("utf-8")


def test_the_event_is_a_card_with_all_its_fields() -> None:
    page = render_html(handmade_report(), TEXT)
    card = re.search(r'<dl class="sk-card">(.*?)</dl>', page)
    assert card is not None
    pairs = dict(re.findall(r"<dt>([^<]+)</dt><dd[^>]*>([^<]*)", card.group(1)))
    assert pairs["ordinal"] == "3" and pairs["date"] == "7 May 2025"
    assert pairs["participants"] == "AM Armenia, KZ Kazakhstan"
    assert "evidence" in pairs


def test_a_nul_in_the_text_keeps_one_character_for_one() -> None:
    text = "Саммит\0в Астане"
    report = SummitReport(leaders=[Leader(name="x", evidence=[span_in(text, "Астане")])])
    parser = _parse(render_html(report, text))
    assert "".join(parser.text) == "Саммит\ufffdв Астане"
    assert _spans_on_page(parser) == {(9, 15, "Астане")}


def test_an_empty_report_still_makes_a_page_that_says_so() -> None:
    page = render_html(SummitReport(), "Ничего примечательного.")
    assert "Ничего примечательного." in page and "<mark" not in page
    assert page.count("none found") == 5
    assert "0 leaders" in page and "no event" in page
