"""From the bytes of a file or a page to the text the extractors read, and what the report says about it.

``read_bytes`` decodes (``encoding``), recognises a web page (``html``) and keeps the facts about
the input for the report's ``source``: format, encoding, the text's SHA-256 and length, and for a
page its main text, title, date and URL. What the reader noticed on the way (undecodable bytes
replaced, a page without a main text) comes back as diagnostics for the report.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from summitkit.models import Diagnostic, SourceInfo
from summitkit.readers.encoding import Decoded, NotTextError, decode
from summitkit.readers.html import declared_charset, html_to_text, looks_like_html

__all__ = ["Source", "read_bytes", "read_text", "text_sha256"]

#: The ``source`` of diagnostics the readers record.
READER = "reader"


@dataclass(frozen=True, slots=True)
class Source:
    """The text to extract from, what the report says about it, and what the reader noticed."""

    text: str
    info: SourceInfo
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)


def read_bytes(data: bytes, *, encoding: str | None = None, html: bool | None = None) -> Source:
    """Decode ``data`` (detecting the encoding unless given) and read it as a page or as text.

    ``html=None`` recognises a page by its content; ``True`` or ``False`` says what it is. Raises
    ``NotTextError`` for data that is not text.
    """
    decoded = _decode(data, encoding, html)
    notes: list[Diagnostic] = []
    if decoded.replaced:
        notes.append(
            Diagnostic(
                code="reader.bad_bytes",
                message=f"{decoded.replaced} byte(s) were not valid {decoded.encoding} and were read as U+FFFD",
                source=READER,
            )
        )
    source = read_text(decoded.text, html=html, encoding=decoded.encoding)
    return Source(source.text, source.info, (*notes, *source.diagnostics))


def read_text(text: str, *, html: bool | None = None, encoding: str | None = None) -> Source:
    """``text`` as given, or the main text of the page it is (``html``: see ``read_bytes``)."""
    if html is None:
        html = looks_like_html(text)
    if not html:
        return Source(text, _info(text, "text", encoding))
    page = html_to_text(text)
    notes: tuple[Diagnostic, ...] = ()
    if not page.main_text:
        notes = (
            Diagnostic(
                code="reader.no_main_text",
                message="no article found in the page; all its visible text was read",
                source=READER,
            ),
        )
    info = _info(page.text, "html", encoding).model_copy(
        update={"text": page.text, "title": page.title, "date": page.date, "url": page.url}
    )
    return Source(page.text, info, notes)


def _decode(data: bytes, encoding: str | None, html: bool | None) -> Decoded:
    """``decode``, trying first the charset a page declares when its bytes are not UTF-8."""
    if encoding is None and html is not False and (declared := declared_charset(data)):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return decode(data, declared)
            except NotTextError:
                pass  # a wrong declaration: detect instead
    return decode(data, encoding)


def text_sha256(text: str) -> str:
    """The SHA-256 of a text as UTF-8 (a lone surrogate kept as is): ``SourceInfo.sha256``, and the
    key that makes the summit memory store one article once."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _info(text: str, format: str, encoding: str | None) -> SourceInfo:
    return SourceInfo(format=format, encoding=encoding, sha256=text_sha256(text), length=len(text))
