"""Readers: bytes and pages to text, and text to a clean working copy with an offset map.

The ground floor of summitkit: nothing here imports the rest of the package except ``models``.
"""

from summitkit.readers.encoding import Decoded, NotTextError, decode
from summitkit.readers.html import Page, html_to_text, looks_like_html
from summitkit.readers.language import NOT_RUSSIAN, not_russian
from summitkit.readers.normalize import Normalized, normalize
from summitkit.readers.source import Source, read_bytes, read_text, text_sha256

__all__ = [
    "NOT_RUSSIAN",
    "Decoded",
    "Normalized",
    "NotTextError",
    "Page",
    "Source",
    "decode",
    "html_to_text",
    "looks_like_html",
    "normalize",
    "not_russian",
    "read_bytes",
    "read_text",
    "text_sha256",
]
