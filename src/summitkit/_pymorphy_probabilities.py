"""pymorphy3's P(tag | word) re-ranking, with the same results in a quarter of the time.

On a text summitkit has not read yet, ``MorphAnalyzer.parse`` is the largest single cost, and half of
it is ``ProbabilityEstimator.apply_to_parses``: for every parse it looks up ``"word:tag"`` in an
``IntCompletionDAWG`` with dawg_python's pure-Python walk, three Python calls per byte, walking the
``word:`` prefix again for every tag. ``FastProbabilityEstimator`` walks the prefix once, then each
tag's bytes from that node, with the per-byte transition inlined (the arithmetic of
``dawg_python.wrapper.Dictionary.follow_char`` and ``dawg_python.units``, on the same unit array).
The scores are pymorphy3's own arithmetic, so the parses, their order and their floats are the same.

It shares the stock estimator's loaded DAWG (nothing is read twice). When the DAWG is not
dawg_python's (the C ``dawg`` package is installed), ``install`` leaves the stock estimator in place.
"""

from __future__ import annotations

from array import array
from operator import itemgetter
from typing import Any

from pymorphy3.analyzer import ProbabilityEstimator, _Parse

__all__ = ["FastProbabilityEstimator", "install"]

_TAG_SEPARATOR = b":"


#: A parse's score, as pymorphy3's ``_score_getter``.
_score = itemgetter(3)


def _follow(units: array[int], data: bytes, index: int) -> int | None:
    """The node reached from ``index`` along ``data`` (``Dictionary.follow_bytes``), or None.

    The arithmetic of ``Dictionary.follow_char`` with ``units.offset`` and ``units.label`` written out:
    the offset is ``(base >> 10) << ((base & EXTENSION_BIT) >> 6)`` and a unit's label is its byte with
    its is-leaf bit, ``base & (IS_LEAF_BIT | 0xFF)``. Units are 32-bit (``install`` checks), so offsets
    are below 2**30 and dawg_python's ``& PRECISION_MASK`` never changes a value: it is left out.
    """
    base = units[index]
    for label in data:
        index ^= ((base >> 10) << ((base & 0x200) >> 6)) ^ label
        base = units[index]
        if base & 0x800000FF != label:
            return None
    return index


class FastProbabilityEstimator(ProbabilityEstimator):  # type: ignore[misc]  # pymorphy3 has no type hints
    """``ProbabilityEstimator`` over an already loaded one's DAWG, with a faster ``apply_to_parses``."""

    def __init__(self, stock: ProbabilityEstimator) -> None:
        # The stock constructor loads the DAWG from disk; this one takes the loaded one.
        self.p_t_given_w = stock.p_t_given_w
        self._units: array[int] = stock.p_t_given_w.dct._units
        self._multiplier: int = stock.p_t_given_w.MULTIPLIER
        self._tag_bytes: dict[str, bytes] = {}

    def _counts(self, start: int, parses: list[Any]) -> list[int]:
        """The DAWG's value for ``f"{word_lower}:{tag}"`` of each parse (0 where the key is absent).

        ``start`` is the node ``word_lower:`` leads to; each tag is walked from there.
        """
        units = self._units
        tag_bytes = self._tag_bytes
        counts: list[int] = []
        for parse in parses:
            tag = f"{parse[1]}"
            encoded = tag_bytes.get(tag)
            if encoded is None:
                encoded = tag_bytes[tag] = tag.encode("utf8")
            index = _follow(units, encoded, start)
            if index is None:
                counts.append(0)
                continue
            base = units[index]
            if not base & 0x100:  # units.has_leaf: no key ends here
                counts.append(0)
                continue
            # Dictionary.value: the leaf unit's value, without its is-leaf bit
            counts.append(units[index ^ ((base >> 10) << ((base & 0x200) >> 6))] & 0x7FFFFFFF)
        return counts

    def apply_to_parses(self, word: str, word_lower: str, parses: list[Any]) -> list[Any]:
        """pymorphy3's ``apply_to_parses``: the same parses, order and scores.

        ``tuple.__new__(_Parse, ...)`` is what ``_Parse(...)`` does, without its Python-level
        ``__new__``. The probabilities are ``count / MULTIPLIER`` as in ``ConditionalProbDistDAWG.prob``;
        their sum is 0 exactly when every count is 0 (counts are not negative).
        """
        if not parses:
            return []
        new = tuple.__new__
        start = _follow(self._units, word_lower.encode("utf8") + _TAG_SEPARATOR, 0)
        counts = None if start is None else self._counts(start, parses)
        if counts is None or not any(counts):
            # no P(t|w) information is available; return normalized estimate
            k = 1.0 / sum(map(_score, parses))
            return [
                new(_Parse, (word, tag, normal_form, score * k, methods_stack))
                for (word, tag, normal_form, score, methods_stack) in parses
            ]
        multiplier = self._multiplier
        return sorted(
            [
                new(_Parse, (word, tag, normal_form, count / multiplier, methods_stack))
                for (word, tag, normal_form, score, methods_stack), count in zip(parses, counts, strict=True)
            ],
            key=_score,
            reverse=True,
        )


def install(analyzer: Any) -> None:
    """Give ``analyzer`` the fast estimator, over its own DAWG (if it reads one with dawg_python)."""
    stock = analyzer.prob_estimator
    if type(stock) is not ProbabilityEstimator:
        return
    units = getattr(getattr(stock.p_t_given_w, "dct", None), "_units", None)
    if not isinstance(units, array) or units.typecode != "I" or units.itemsize != 4:
        return
    analyzer.prob_estimator = FastProbabilityEstimator(stock)
