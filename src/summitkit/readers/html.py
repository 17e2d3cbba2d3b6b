"""Saved news pages to the article's text, through trafilatura.

A page carries scripts, navigation, related-news blocks and entities (``&laquo;``, ``&nbsp;``); read
as text, its scripts' numbers become money facts. trafilatura finds the main text and the page's
title, date and URL. Where it finds no main text (a page that is all navigation, say), the page's
whole visible text is used instead, and the caller is told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Page", "declared_charset", "html_to_text", "looks_like_html"]

#: The start of an HTML document, or its first structural tag, near the top of the file.
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta\s|title>)", re.IGNORECASE)
_HEAD = 4096

_DOCUMENT = re.compile(r"<(?:html|body)\b", re.IGNORECASE)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of a page and what the page says about itself."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    #: False when trafilatura found no main text and ``text`` is all the page's visible text.
    main_text: bool = True


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page: a doctype, ``<html>``, ``<head>`` or ``<body>`` near its top."""
    return _HTML_START.search(text[:_HEAD]) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset=...>`` or ``http-equiv``, if any."""
    match = _CHARSET.search(data[:_HEAD])
    return match.group(1).decode("ascii").lower() if match else None


def html_to_text(html: str) -> Page:
    """The article in ``html``: main text, title, date (ISO 8601) and URL, as far as trafilatura finds them."""
    import trafilatura  # imported on demand: it takes half a second, and most input is plain text

    if not _DOCUMENT.search(html[:_HEAD]):
        html = f"<html><body>{html}</body></html>"  # a fragment: trafilatura wants a document
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    text = _field(found, "text")
    if text and text.strip():
        return Page(text=text, title=_field(found, "title"), date=_field(found, "date"), url=_field(found, "url"))
    return Page(text=trafilatura.html2txt(html) or "", main_text=False)


def _field(found: object, name: str) -> str | None:
    """A field of trafilatura's result, which is a ``Document`` or, in some versions, a dict."""
    value = found.get(name) if isinstance(found, dict) else getattr(found, name, None)
    return value if isinstance(value, str) and value else None
