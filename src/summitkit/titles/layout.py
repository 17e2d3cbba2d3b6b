"""Lines, lists, headlines and sentences of a text, and how alike two titles are.

Both extractors read enumerated lists after an intro's colon, yield a headline's facts to the body's,
and merge a title named twice; these helpers say where those zones are and compare titles by stems
(the way the gold scorer does: the first five letters of each word of three letters or more).
"""

from __future__ import annotations

import re

from summitkit.text import fold
from summitkit.titles.words import Tok

__all__ = ["clause_bounds", "dice", "headline_end", "list_items", "overlap", "stems"]


def headline_end(text: str) -> int:
    """Where the headline zone ends: lines before the first body line (four words or more, ending in
    a sentence's or a list intro's punctuation). Headlines restate the body loosely, so their facts yield to the body's.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and stripped[-1] in ".!?…:;" and len(stripped.split()) >= 4:
            return offset
        offset += len(line)
    return 0


def stems(title: str) -> frozenset[str]:
    """Five-letter stems of a title's words: how two titles are compared."""
    words = re.findall(r"[0-9a-zа-я]+", fold(title))
    return frozenset(w[:5] for w in words if len(w) >= 3 or w.isdigit())


def dice(a: str, b: str) -> float:
    """Overlap of two titles' stems (1.0: the same words)."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


_BULLET = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-–—―•*])[ \t]*")


def list_items(text: str, colon: int) -> list[tuple[int, int]]:
    """Character ranges of the items after an intro's colon (same line, bullets, or a ;-line)."""
    line_end = text.find("\n", colon)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[colon + 1 : line_end]
    if rest.strip():
        # Items on the intro's own line are a list only when semicolons part them.
        return _split_items(text, colon + 1, line_end) if ";" in rest else []
    items: list[tuple[int, int]] = []
    pos = line_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            pos = end + 1
            continue
        bullet = _BULLET.match(line)
        if bullet and not re.match(r"^\s*\d{1,2}[.)]\d", line):
            items.extend(_split_items(text, pos + bullet.end(), end)[:1])
        elif not items:
            return _split_items(text, pos, end)
        else:
            break
        pos = end + 1
    return items


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of one line, separated by semicolons, without their numbers ("1) Соглашение ...; 2) ...")."""
    items = []
    for m in re.finditer(r"[^;]+", text[start:end]):
        bullet = _INLINE_NUMBER.match(m.group())
        items.append((start + m.start() + (bullet.end() if bullet else 0), start + m.end()))
    return items


_INLINE_NUMBER = re.compile(r"^\s*\d{1,2}\)\s*")


def overlap(a: str, b: str) -> float:
    """Share of the shorter title's stems found in the other (1.0: one restates the other)."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


# -- sentences --------------------------------------------------------------------------------------


def clause_bounds(toks: tuple[Tok, ...], i: int) -> tuple[int, int]:
    """The sentence around token ``i`` as token indices [start, end): split at . ! ? and line breaks."""
    start = i
    while start > 0 and not toks[start].newline_before and toks[start - 1].text not in {".", "!", "?", "…"}:
        start -= 1
    end = i + 1
    while end < len(toks) and not toks[end].newline_before and toks[end - 1].text not in {".", "!", "?", "…"}:
        end += 1
    return start, end
