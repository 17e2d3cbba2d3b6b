"""Comparison form of words, names and titles."""

from __future__ import annotations

from summitkit.text import fold


def test_fold_lowers_and_reads_yo_as_ye() -> None:
    assert fold("Мирзиёев") == fold("МИРЗИЕЕВ") == "мирзиеев"
    assert fold("Объём") == "объем"
