"""Bytes to text: the encodings Russian news arrive in, detected, and non-text refused in one line.

Order of evidence: a byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8, which
almost never decodes anything else by accident; then charset-normalizer, which tells cp1251,
KOI8-R, MacCyrillic and ISO 8859-5 apart from the letter statistics. A file whose first bytes are a
known binary signature (PDF, ZIP/DOCX, images, executables) or that is full of NUL bytes is refused.

Offsets: the text is decoded as is, without newline translation (CRLF stays two characters, as
``open(path, newline="")`` reads it), and without the byte-order mark. Every evidence offset counts
characters of this text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Decoded", "NotTextError", "decode"]

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: File signatures of formats people mistake for text, with what to do instead.
_SIGNATURES = (
    (b"%PDF", "a PDF document; convert it to text first (pdftotext FILE)"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT); save the article as plain text or HTML first"),
    (b"\xd0\xcf\x11\xe0", "an old MS Office document; save the article as plain text first"),
    (b"{\\rtf", "an RTF document; save the article as plain text first"),
    (b"\x7fELF", "an executable, not an article"),
    (b"MZ\x90\x00", "an executable, not an article"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\x1f\x8b", "a gzip archive; unpack it first (gunzip FILE)"),
    (b"BZh", "a bzip2 archive; unpack it first"),
    (b"\xfd7zXZ\x00", "an xz archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
)

#: Share of undecodable bytes up to which a mostly-UTF-8 text is read with U+FFFD in their place.
_TOLERATED_BAD_BYTES = 0.01


#: Bytes that text in any 8-bit encoding or UTF-8 almost never holds (NUL and the C0 controls but tab, LF, FF, CR, ESC).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


class NotTextError(ValueError):
    """The bytes are not text summitkit can read; the message says what they look like and what to do."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text read from bytes, and how: ``encoding`` is a Python codec name such as ``cp1251``."""

    text: str
    encoding: str
    #: Whether a byte-order mark was found (and left out of ``text``).
    bom: bool = False
    #: Bytes that could not be decoded and became U+FFFD REPLACEMENT CHARACTER.
    replaced: int = 0


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """``data`` as text: decoded with ``encoding`` if given, else detected.

    Raises ``NotTextError`` for binary data, and for bytes that are not valid in the given encoding.
    """
    if encoding is not None:
        return _decode_as(data, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec)
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if bad <= max(1, int(len(data) * _TOLERATED_BAD_BYTES)):  # UTF-8 with a stray bad byte or two
        return Decoded(text, "utf-8", replaced=bad)
    detected = _detect(data)
    if detected is not None:
        return detected
    raise NotTextError("not text in any encoding summitkit knows; if it is text, name its encoding with --encoding")


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise NotTextError(f"unknown encoding {encoding!r}; use a Python codec name such as cp1251 or koi8-r") from None
    bom = False
    if codec in ("utf-8", "utf-8-sig") and data.startswith(codecs.BOM_UTF8):
        codec, bom = "utf-8-sig", True
    elif codec in ("utf-16", "utf-32"):
        bom = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise NotTextError(
            f"not valid {codec} ({error.reason} at byte {error.start}); check --encoding, or leave it out to detect"
        ) from None
    return Decoded(text, "utf-8" if codec == "utf-8-sig" else codec, bom=bom)


def _refuse_binary(data: bytes) -> None:
    head = data[:8]
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise NotTextError(f"looks like {what}")
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(4, len(sample) // 100) and not _utf16_without_bom(data):
        raise NotTextError("binary data, not text (full of control bytes); give summitkit a text or HTML file")


def _utf16_without_bom(data: bytes) -> bool:
    """Text in UTF-16 without a mark: NUL bytes sit at every other position."""
    sample = data[:2000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) // 4 and min(even, odd) < len(sample) // 50


_LETTERS = re.compile(r"[^\W\d_]")


def _detect(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess, if it decodes the whole text into something made of letters."""
    from charset_normalizer import from_bytes  # imported on demand: most input is UTF-8

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    codec = codecs.lookup(best.encoding).name
    if codec in ("utf-8", "utf-8-sig"):
        return None  # it forgives bad bytes; the caller counts them instead
    if not text.strip() or len(_LETTERS.findall(text)) < len(text.strip()) // 3:
        return None
    if codec in ("utf-16", "utf-32") or codec.startswith(("utf-16", "utf-32")):
        text = text.removeprefix("\ufeff")
    return Decoded(text, codec)
