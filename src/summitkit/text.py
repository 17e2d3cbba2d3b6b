"""How Russian words, names and titles are compared: lower case, with ё read as е.

News write ё irregularly ("Мирзиёев", "Мирзиеев"), so every lexicon key, merge key and comparison
goes through ``fold``.
"""

from __future__ import annotations

__all__ = ["fold"]


def fold(text: str) -> str:
    """Lower case with ё as е: "Мирзиёев" -> "мирзиеев"."""
    return text.lower().replace("ё", "е")
