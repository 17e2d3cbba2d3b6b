"""Reports from what users hold: saved web pages and the bytes of files in any encoding.

``summitkit.extract`` reads a string; these read a page or raw bytes through ``summitkit.readers``
and put on the report what was read (``report.source``) and what the reader noticed on the way.
"""

from __future__ import annotations

from summitkit.models import SummitReport
from summitkit.pipeline import Pipeline, extract
from summitkit.readers import Source, read_bytes, read_text

__all__ = ["extract_bytes", "extract_html", "extract_source"]


def extract_html(html: str | bytes, pipeline: Pipeline | None = None) -> SummitReport:
    """The report for a saved news page: its main text (trafilatura), with title, date and URL in ``source``.

    Evidence offsets point into ``report.source.text``, the text that was read.
    """
    source = read_bytes(html, html=True) if isinstance(html, bytes) else read_text(html, html=True)
    return extract_source(source, pipeline)


def extract_bytes(
    data: bytes, *, encoding: str | None = None, html: bool | None = None, pipeline: Pipeline | None = None
) -> SummitReport:
    """The report for the bytes of a text file or a page; the encoding is detected unless given.

    Raises ``summitkit.readers.NotTextError`` for data that is not text (a PDF, an image...).
    """
    return extract_source(read_bytes(data, encoding=encoding, html=html), pipeline)


def extract_source(source: Source, pipeline: Pipeline | None = None) -> SummitReport:
    """The report for text a reader produced, carrying its ``source`` and the reader's diagnostics."""
    report = pipeline(source.text) if pipeline is not None else extract(source.text)
    return report.model_copy(update={"source": source.info, "diagnostics": [*source.diagnostics, *report.diagnostics]})
