"""razdel's tokens, exactly, for a fraction of razdel's time: the segmentation's hottest step.

razdel's ``tokenize`` cuts the text into atoms (its ``ATOM`` regex: a run of Cyrillic letters, of
Latin letters, of digits, one punctuation mark or one other character) and then, for EVERY pair of
adjacent atoms, builds a ``TokenSplit`` record and runs its seven rules on it, although a pair
separated by whitespace is always split; at the end it finds every token in the text again with
``str.find``. Here the atoms come from the same regex (imported, not copied), a pair with whitespace
between is split at once, and only a pair of touching atoms goes through the rules, read off the
atoms by index. A token is atoms joined without a delimiter, so its offsets are its first atom's
start and its last atom's stop.

The rules below are razdel 0.5's ``RULES`` in razdel's order, each with razdel's name
(``razdel.segmenters.tokenize``); a pair is joined iff one of them says JOIN (none of them ever says
SPLIT). ``tests/test_tokens.py`` checks the tokens against razdel's on random adversarial strings.
"""

from __future__ import annotations

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, INT, LAT, OTHER, PUNCT, RU, SMILE

__all__ = ["tokenize"]

#: A token: its start, its stop and its text, ``text[start:stop]``.
Token = tuple[int, int, str]

#: The 2112 rules (razdel's ``DashRule``, ``UnderscoreRule``, ``FloatRule``, ``FractionRule``): the
#: delimiter atoms each one looks for, and the types that the atoms on either side of it must have
#: (``None``: any type but punctuation). "кто-то", "snake_case", "1,5", "1/2".
_AROUND = (
    (DASHES, None),
    ("_", None),
    (".,", INT),
    ("/\\", INT),
)

#: Atom types that razdel's ``other`` rule joins to an OTHER atom: "ΔP", "mβж".
_LETTERS_OR_OTHER = (OTHER, RU, LAT)


def tokenize(text: str) -> list[Token]:
    """razdel's ``tokenize(text)`` as ``(start, stop, text)`` triples.

    >>> tokenize("Кто-то дал 1,5 млн.")
    [(0, 6, 'Кто-то'), (7, 10, 'дал'), (11, 14, '1,5'), (15, 18, 'млн'), (18, 19, '.')]
    """
    starts: list[int] = []
    stops: list[int] = []
    types: list[str | None] = []
    for match in ATOM.finditer(text):
        starts.append(match.start())
        stops.append(match.end())
        types.append(match.lastgroup)
    tokens: list[Token] = []
    if not starts:
        return tokens
    first = 0  # the first atom of the token being built
    for index in range(1, len(starts)):
        if stops[index - 1] != starts[index] or not _joins(text, starts, stops, types, first, index):
            start, stop = starts[first], stops[index - 1]
            tokens.append((start, stop, text[start:stop]))
            first = index
    start, stop = starts[first], stops[-1]
    tokens.append((start, stop, text[start:stop]))
    return tokens


def _joins(text: str, starts: list[int], stops: list[int], types: list[str | None], first: int, index: int) -> bool:
    """razdel's ``RULES`` on the pair of touching atoms ``index - 1`` and ``index``.

    ``first`` is the first atom of the token built so far (razdel's ``split.buffer``, which the
    smile rule reads); the 2112 rules look one atom further on either side, across whitespace too,
    as razdel's window of atoms does.
    """
    left_type, right_type = types[index - 1], types[index]
    left = text[starts[index - 1] : stops[index - 1]]
    right = text[starts[index] : stops[index]]
    for delimiters, required in _AROUND:
        if left in delimiters:  # "кто-|то": the atoms before the dash and after it
            outer_left, outer_right = index - 2, index
        elif right in delimiters:  # "кто|-то"
            outer_left, outer_right = index - 1, index + 1
        else:
            continue
        if outer_left < 0 or outer_right >= len(starts):
            continue
        if required is None:
            if types[outer_left] != PUNCT and types[outer_right] != PUNCT:
                return True
        elif types[outer_left] == required and types[outer_right] == required:
            return True
    if left_type == PUNCT and right_type == PUNCT:  # razdel's ``punct``
        if SMILE.match(text[starts[first] : stops[index]]):  # ":-)", buffer + right
            return True
        if left in ENDINGS and right in ENDINGS:  # "?!", "..."
            return True
        if left + right in ("--", "**"):
            return True
    if left_type == OTHER and right_type in _LETTERS_OR_OTHER:  # razdel's ``other``
        return True
    if left_type in _LETTERS_OR_OTHER and right_type == OTHER:
        return True
    return left.lower() == "yahoo" and right == "!"  # razdel's ``yahoo``
