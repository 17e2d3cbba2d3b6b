"""A report a person can look at: one self-contained HTML page, the article with its evidence marked.

The page loads nothing: CSS and script are inline, there are no fonts, images or links out, and a
Content-Security-Policy of ``default-src 'none'`` (with hashes for the one style and one script)
makes the browser refuse anything else. Hovering a fact in the tables outlines its evidence in the
text (CSS ``:has``, so it works where scripts do not run, as in an untrusted notebook); clicking a
fact, an evidence link or a mark scrolls to the other side and keeps it lit (a small inline script).
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from summitkit.models import SummitReport
from summitkit.render.highlight import Mark, segments
from summitkit.render.rows import Row, Section, counts_line, sections, snippet
from summitkit.render.style import CSS, SCRIPT, palette_css

__all__ = ["Article", "render_fragment", "render_html", "render_page"]


@dataclass(frozen=True)
class Article:
    """One article of a page: a heading, its report, and the text the report was read from (if at hand)."""

    title: str
    report: SummitReport
    text: str | None = None


def render_html(report: SummitReport, text: str, title: str = "summitkit report") -> str:
    """One page for one article: ``text`` is the string the report's evidence offsets point into."""
    return render_page([Article(title, report, text)], title=title)


def render_page(articles: Sequence[Article], title: str = "summitkit report") -> str:
    """One self-contained page with a section per article."""
    keys = _category_keys(articles)
    parts = [_article(article, f"a{number}", keys) for number, article in enumerate(articles)]
    style = CSS + palette_css(keys) + "\n".join(css for _, css in parts)
    body = "\n".join(html for html, _ in parts)
    policy = (
        "default-src 'none'; "
        f"style-src '{_sha256(style)}'; script-src '{_sha256(SCRIPT)}'; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>{style}</style>\n</head>\n"
        f'<body class="sk-page">\n<div class="sk-root">\n<h1>{escape(title)}</h1>\n{body}\n</div>\n'
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def render_fragment(report: SummitReport, text: str | None = None, title: str = "") -> str:
    """The same view as a ``<div>`` for a notebook cell; ids are unique per call.

    Without ``text`` there is no article to mark: the tables show every evidence span in full
    (its words and offsets) instead of a link into the text.
    """
    prefix = "sk" + uuid.uuid4().hex[:8]
    keys = _category_keys([Article(title, report, text)])
    article, hover = _article(Article(title, report, text), prefix, keys)
    return (
        f'<div class="sk-root"><style>{CSS}{palette_css(keys)}{hover}</style>{article}<script>{SCRIPT}</script></div>'
    )


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _category_keys(articles: Sequence[Article]) -> list[str]:
    """Every category on the page, built-ins first, so a plugin's type keeps one colour across articles."""
    keys: dict[str, None] = {}
    for article in articles:
        for section in sections(article.report):
            keys.setdefault(section.category.key, None)
    return list(keys)


@dataclass(frozen=True)
class _Ids:
    """The page ids of one article's facts and spans: ``<prefix>-f<n>`` and ``<prefix>-s<n>``."""

    prefix: str
    facts: dict[int, str]
    spans: dict[tuple[int, int], str]
    labels: dict[str, str]
    marks: list[Mark]
    misplaced: int


def _ids(prefix: str, article: Article, keys: list[str]) -> _Ids:
    facts: dict[int, str] = {}
    labels: dict[str, str] = {}
    spans: dict[tuple[int, int], str] = {}
    marks: list[Mark] = []
    misplaced = 0
    text = article.text
    for section in sections(article.report):
        css = f"sk-k{keys.index(section.category.key)}"
        for row in section.rows:
            fact_id = f"{prefix}-f{len(facts)}"
            facts[id(row.fact)] = fact_id
            labels[fact_id] = f"{section.category.noun}: {_label(row)}"
            for index, span in enumerate(row.evidence):
                span_id = f"{prefix}-s{len(spans)}"
                spans[(id(row.fact), index)] = span_id
                if text is None:
                    continue
                if span.end > len(text) or text[span.start : span.end] != span.text:
                    misplaced += 1  # the text is not the one the report was read from
                    continue
                marks.append(Mark(span_id, fact_id, css, span.start, span.end))
    return _Ids(prefix, facts, spans, labels, marks, misplaced)


def _article(article: Article, prefix: str, keys: list[str]) -> tuple[str, str]:
    """One article's section, and the CSS rules that light its facts on hover."""
    ids = _ids(prefix, article, keys)
    all_sections = sections(article.report)
    heading = f"<h2>{escape(article.title)}</h2>" if article.title else ""
    legend = "".join(
        f'<span class="sk-chip sk-k{keys.index(s.category.key)}">{escape(s.category.title)} <b>{len(s.rows)}</b></span>'
        for s in all_sections
    )
    if article.text is not None:
        legend += (
            '<span class="sk-hint">hover or click a fact to find its evidence; '
            "an underline in another colour: also evidence of that kind</span>"
        )
    tables = "\n".join(_section(s, ids, keys, with_text=article.text is not None) for s in all_sections)
    problems = _problems(article.report, ids.misplaced)
    summary = f'<p class="sk-counts">{escape(counts_line(article.report))}</p>'
    tables_div = f'<div class="sk-tables">{tables}{problems}</div>'
    if article.text is None:
        note = (
            '<p class="sk-note">The article text is not on the report: '
            "<code>summitkit.render.render_html(report, text)</code> shows the evidence in place.</p>"
        )
        body = f'<div class="sk-body sk-no-text">{tables_div}</div>{note}'
    else:
        marked = _marked_text(article.text, ids)
        body = f'<div class="sk-body"><div class="sk-text" lang="ru">{marked}</div>{tables_div}</div>'
    html = (
        f'<section class="sk-article" id="{prefix}">{heading}{summary}'
        f'<div class="sk-legend" aria-label="legend">{legend}</div>{body}</section>'
    )
    return html, _hover_css(ids)


def _marked_text(text: str, ids: _Ids) -> str:
    """The article with one ``<mark>`` per covered segment and an empty anchor where each span starts."""
    anchors: dict[int, list[str]] = {}
    for mark in ids.marks:
        anchors.setdefault(mark.start, []).append(mark.span_id)
    out: list[str] = []
    for segment in segments(len(text), ids.marks):
        for span_id in anchors.pop(segment.start, []):
            out.append(f'<span class="sk-anchor" id="{span_id}"></span>')
        # a NUL would be dropped by the HTML parser; U+FFFD keeps one character for one
        words = escape(text[segment.start : segment.end], quote=False).replace("\0", "\ufffd")
        if not segment.marks:
            out.append(words)
            continue
        inner = segment.marks[0]
        outer = next((m for m in segment.marks[1:] if m.category != inner.category), None)
        classes = [inner.category, "sk-mark"]
        if outer is not None:
            classes.append(outer.category.replace("sk-k", "sk-o"))
        if len(segment.marks) > 1:
            classes.append("sk-overlap")
        span_ids = " ".join(sorted({m.span_id for m in segment.marks}))
        fact_ids = " ".join(sorted({m.fact_id for m in segment.marks}))
        label = escape(" | ".join(dict.fromkeys(ids.labels[m.fact_id] for m in segment.marks)))
        out.append(
            f'<mark class="{" ".join(classes)}" data-spans="{span_ids}" data-facts="{fact_ids}" title="{label}">'
            f"{words}</mark>"
        )
    return "".join(out)


def _section(section: Section, ids: _Ids, keys: list[str], with_text: bool) -> str:
    css = f"sk-k{keys.index(section.category.key)}"
    title = f'<h3><span class="sk-dot {css}"></span>{escape(section.category.title)} ({len(section.rows)})</h3>'
    if not section.rows:
        return f'<div class="sk-section sk-empty">{title}<p class="sk-none">none found</p></div>'
    if section.category.key == "event":  # one fact with many fields: a card reads better than a wide row
        head = ""
        body = "".join(_card(row, section, ids, css, with_text) for row in section.rows)
    else:
        head = "<thead><tr>" + "".join(f"<th>{escape(name)}</th>" for name in section.columns)
        head += "<th>evidence</th></tr></thead>"
        body = "".join(_row(row, section, ids, css, with_text) for row in section.rows)
    return (
        f'<div class="sk-section" data-category="{escape(section.category.key)}">{title}'
        f"<table>{head}<tbody>{body}</tbody></table></div>"
    )


def _value(row: Row, name: str, tag: str) -> str:
    value = row.cells[name]
    return f"<{tag}>{escape(value)}</{tag}>" if value else f'<{tag} class="sk-nil">–</{tag}>'


def _row(row: Row, section: Section, ids: _Ids, css: str, with_text: bool) -> str:
    cells = "".join(_value(row, name, "td") for name in section.columns)
    return (
        f'<tr class="sk-fact {css}" data-fact="{ids.facts[id(row.fact)]}" tabindex="0">'
        f'{cells}<td class="sk-evidence">{_evidence(row, ids, with_text)}</td></tr>'
    )


def _card(row: Row, section: Section, ids: _Ids, css: str, with_text: bool) -> str:
    fields = "".join(f"<dt>{escape(name)}</dt>{_value(row, name, 'dd')}" for name in section.columns)
    evidence = f'<dt>evidence</dt><dd class="sk-evidence">{_evidence(row, ids, with_text)}</dd>'
    return (
        f'<tr class="sk-fact {css}" data-fact="{ids.facts[id(row.fact)]}" tabindex="0">'
        f'<td><dl class="sk-card">{fields}{evidence}</dl></td></tr>'
    )


def _evidence(row: Row, ids: _Ids, with_text: bool) -> str:
    """A fact's evidence: links to its marks in the text, or, without the text, every span quoted in full."""
    links = []
    for index, span in enumerate(row.evidence):
        span_id = ids.spans[(id(row.fact), index)]
        words = escape(snippet([span], 60) if with_text else f"«{span.text}»")
        where = f"{span.start}–{span.end}"
        if with_text:
            links.append(f'<a class="sk-ev" href="#{span_id}" data-span="{span_id}" title="{where}">{words}</a>')
        else:
            links.append(f'<span class="sk-ev">{words} <small>{where}</small></span>')
    return "<ul>" + ("".join(f"<li>{link}</li>" for link in links) or "<li>–</li>") + "</ul>"


def _label(row: Row) -> str:
    """A fact in a few words: its headline, and the currency after an amount."""
    first = row.headline
    if "currency" in row.cells and first:
        first = f"{first} {row.cells['currency']}"
    return first or row.fact.fact_type


def _hover_css(ids: _Ids) -> str:
    """Hovering a fact lights its marks, hovering a mark lights its rows: CSS only, no script needed."""
    rules = []
    for fact_id in ids.facts.values():
        rules.append(
            f'#{ids.prefix}:has(tr[data-fact="{fact_id}"]:hover) mark[data-facts~="{fact_id}"],'
            f'#{ids.prefix}:has(mark[data-facts~="{fact_id}"]:hover) mark[data-facts~="{fact_id}"]'
            "{background:var(--sk-line);color:#fff}"
            f'#{ids.prefix}:has(mark[data-facts~="{fact_id}"]:hover) tr[data-fact="{fact_id}"]'
            "{background:var(--sk-fill)}"
        )
    return "\n".join(rules)


def _problems(report: SummitReport, misplaced: int) -> str:
    items = [
        f'<li class="sk-failure">{escape(f"{f.extractor} ({f.plugin}) failed: {f.error}: {f.message}")}</li>'
        for f in report.failures
    ]
    items += [f"<li>{escape(f'{d.code}: {d.message}')}</li>" for d in report.diagnostics]
    if misplaced:
        items.append(
            f'<li class="sk-failure">{misplaced} evidence span(s) do not match this text and are not marked: '
            "is it the text the report was read from?</li>"
        )
    return f'<div class="sk-section"><h3>Notes</h3><ul class="sk-problems">{"".join(items)}</ul></div>' if items else ""
