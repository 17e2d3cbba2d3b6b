"""A clean working copy of a text, with an offset map back to the original.

News text fights back: stress marks (``долла́ров``), soft hyphens, NUL and other control
characters, decomposed letters, and Latin letters that look Cyrillic inside Cyrillic words
(``дoлларов`` with a Latin o, ``mлрд``, ``Тoкaeв``). Each of them hides a word from the
lexicons and grammars. ``normalize`` builds a working copy without them; the extractors read the
copy, and ``Normalized.remap`` moves every evidence span back into the original, so that
``original[span.start:span.end] == span.text`` holds for the text the user gave.

What changes in the working copy:

- combining stress marks (U+0301, U+0300) are dropped, and ѐ/ѝ lose their grave accent;
- soft hyphens, zero-width characters, the byte-order mark, NUL and other control characters are
  dropped (tab, line feed and carriage return stay; CRLF is left as it is);
- vertical tab, form feed, NEL and the Unicode line/paragraph separators become a line feed;
  no-break, thin and other fixed-width spaces become a plain space;
- lone surrogates (bad bytes smuggled through ``surrogateescape``) become U+FFFD;
- every letter with its combining marks is put in NFC (``е`` + U+0308 is ``ё``);
- inside a word that has Cyrillic letters and whose Latin letters all look Cyrillic, the Latin
  letters are replaced by their Cyrillic twins. A word of Latin letters only (``OOO``, ``IT``) stays.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Mapping
from typing import TypeVar

from summitkit.models import Span
from summitkit.models.base import moved

__all__ = ["LOOKALIKES", "Normalized", "normalize"]

_T = TypeVar("_T")

#: Latin letters (and accented Latin vowels used as stress marks) that print like a Cyrillic letter.
LOOKALIKES: Mapping[str, str] = {
    **dict(zip("aceopxykmABCEHKMOPTXY", "асеорхукмАВСЕНКМОРТХУ", strict=True)),
    **dict(zip("áéóýàèòëÁÉÓÀÈÒË", "аеоуаеоёАЕОАЕОЁ", strict=True)),
}

_LOOKALIKE_TABLE = str.maketrans(dict(LOOKALIKES))

#: Characters dropped from the working copy.
_DROPPED = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c\x1c\x1d\x1e"]
    + [chr(c) for c in range(0x7F, 0xA0) if c != 0x85]
    + ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u0301", "\u0300"]
)

#: Characters replaced one for one.
_REPLACED: Mapping[str, str] = {
    **dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"),
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", " "),
    "\u0450": "\u0435",  # ѐ: е with a grave accent used as a stress mark
    "\u045d": "\u0438",  # ѝ
}

_COMBINING = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

#: Anything the working copy would change, apart from look-alikes and non-NFC text.
_SPECIAL = re.compile(
    "[" + "".join(re.escape(c) for c in sorted({*_DROPPED, *_REPLACED})) + _COMBINING + "\ud800-\udfff]"
)

#: A character with the combining marks that follow it.
_CLUSTER = re.compile(f".[{_COMBINING}]*", re.DOTALL)

#: What the working copy changes: a letter with combining marks, or a character dropped or replaced.
_EVENT = re.compile(f".[{_COMBINING}]+|{_SPECIAL.pattern}", re.DOTALL)

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_MIXED = re.compile("[а-яёА-ЯЁ][A-Za-z\u00c0-\u024f]|[A-Za-z\u00c0-\u024f][а-яёА-ЯЁ]")


class _Runs:
    """The offset map, one entry per run rather than per character, so its size follows the changes.

    A run is a stretch of the working copy that is either copied from the original (each character
    maps to its own place) or one cleaned piece (each of its characters maps to the whole cluster it
    came from). Consecutive copied stretches with the same shift are one run.
    """

    __slots__ = ("length", "original", "original_end", "working")

    def __init__(self) -> None:
        self.working: array[int] = array("q")  # where each run starts in the working copy
        self.original: array[int] = array("q")  # where it starts in the original
        self.original_end: array[int] = array("q")  # a piece's cluster end; -1 for a copied run
        self.length = 0  # the working copy's length so far

    def copy(self, start: int, end: int) -> None:
        """``original[start:end]`` copied unchanged."""
        if start == end:
            return
        if self.working and self.original_end[-1] < 0 and self.original[-1] + self.length - self.working[-1] == start:
            self.length += end - start  # the same shift as the run before: it just grows
            return
        self._add(start, -1)
        self.length += end - start

    def piece(self, start: int, end: int, size: int) -> None:
        """``size`` working characters cleaned from the cluster ``original[start:end]``."""
        self._add(start, end)
        self.length += size

    def _add(self, original_start: int, original_end: int) -> None:
        self.working.append(self.length)
        self.original.append(original_start)
        self.original_end.append(original_end)

    def start(self, index: int) -> int:
        """Where the working character ``index`` starts in the original."""
        run = bisect_right(self.working, index) - 1
        if self.original_end[run] < 0:
            return self.original[run] + index - self.working[run]
        return self.original[run]

    def end(self, index: int) -> int:
        """Where the working character ``index`` ends in the original."""
        run = bisect_right(self.working, index) - 1
        if self.original_end[run] < 0:
            return self.original[run] + index - self.working[run] + 1
        return self.original_end[run]


class Normalized:
    """The working copy ``text`` of ``original``, and the map from working offsets to original ones."""

    __slots__ = ("_runs", "original", "text")

    def __init__(self, original: str, text: str, runs: _Runs | None) -> None:
        #: The text as the user gave it; evidence points into it.
        self.original = original
        #: The working copy the extractors read.
        self.text = text
        self._runs = runs

    def __repr__(self) -> str:
        return f"Normalized(changed={self.changed}, length={len(self.original)}->{len(self.text)})"

    @property
    def changed(self) -> bool:
        """Whether the working copy differs from the original."""
        return self._runs is not None

    def offsets(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of ``text[start:end]``; dropped characters inside the span are kept."""
        if self._runs is None:
            return start, end
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the working text (length {len(self.text)})")
        if start == end:
            at = self._runs.start(start) if start < len(self.text) else len(self.original)
            return at, at
        return self._runs.start(start), self._runs.end(end - 1)

    def span(self, start: int, end: int) -> Span:
        """Evidence in the original text for ``text[start:end]`` of the working copy."""
        return Span.of(self.original, *self.offsets(start, end))

    def remap(self, value: _T) -> _T:
        """``value`` (a report, a fact, a list of them...) with every ``Span`` moved to the original."""
        if self._runs is None:
            return value
        return moved(value, self.span)  # type: ignore[no-any-return]


def normalize(original: str) -> Normalized:
    """The working copy of ``original`` (see the module's docstring for what changes).

    Linear in the text: plain runs are copied in slices, and only the characters that change are
    looked at one by one.
    """
    if not isinstance(original, str):
        raise TypeError(f"text must be str, not {type(original).__name__}")
    if not _SPECIAL.search(original) and unicodedata.is_normalized("NFC", original) and not _lookalike_words(original):
        return Normalized(original, original, None)
    # Text that NFC changes outside combining sequences (rare singletons such as U+2126 OHM) is read
    # character by character; everything else only where something changes.
    events = _CLUSTER if not unicodedata.is_normalized("NFC", _SPECIAL.sub("", original)) else _EVENT
    pieces: list[str] = []
    runs = _Runs()
    done = 0
    for match in events.finditer(original):
        start, end = match.span()
        if start > done:
            pieces.append(original[done:start])
            runs.copy(done, start)
        done = end
        cluster = match.group()
        piece = _clean_cluster(cluster)
        if piece == cluster:
            pieces.append(cluster)
            runs.copy(start, end)
        elif piece:
            pieces.append(piece)
            runs.piece(start, end, len(piece))
    if done < len(original):
        pieces.append(original[done:])
        runs.copy(done, len(original))
    text = "".join(pieces)
    del pieces
    words = _lookalike_words(text)
    if words:  # one for one: the map stays as it is
        parts, done = [], 0
        for word_start, word_end in words:
            parts += [text[done:word_start], text[word_start:word_end].translate(_LOOKALIKE_TABLE)]
            done = word_end
        text = "".join([*parts, text[done:]])
    if text == original:
        return Normalized(original, original, None)
    return Normalized(original, text, runs)


def _clean_cluster(cluster: str) -> str:
    """A character with its combining marks, cleaned: dropped, replaced, stress removed, NFC."""
    base = cluster[0]
    if base in _DROPPED:
        return ""
    base = _REPLACED.get(base, base)
    if "\ud800" <= base <= "\udfff":
        base = "\ufffd"
    marks = "".join(m for m in cluster[1:] if m not in _DROPPED and not "\ud800" <= m <= "\udfff")
    return unicodedata.normalize("NFC", base + marks)


def _lookalike_words(text: str) -> list[tuple[int, int]]:
    """Words mixing Cyrillic letters with Latin ones that all look Cyrillic."""
    if not _MIXED.search(text):  # the common case: no word mixes the two scripts
        return []
    out = []
    for word in _WORD.finditer(text):
        value = word.group()
        if _CYRILLIC.search(value) and _LATIN.search(value):
            latin = [c for c in value if _LATIN.match(c)]
            if all(c in LOOKALIKES for c in latin):
                out.append(word.span())
    return out
