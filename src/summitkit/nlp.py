"""natasha's models, loaded once per process and shared by every Document.

natasha depends on pymorphy2, which is unmaintained: it imports ``pkg_resources`` when a
``MorphAnalyzer`` is made (absent from fresh Python 3.12+ environments) and calls
``inspect.getargspec`` (gone since 3.11). Its maintained fork pymorphy3 has the same API, so
summitkit points the ``pymorphy2`` module names at pymorphy3 before natasha and yargy import them.
Every Python version then runs the same analyser with the same dictionaries, with no step for users.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["Models", "models", "morph_analyzer"]

_PYMORPHY_MODULES = ("", ".analyzer", ".units", ".units.base", ".tagset")


def _use_pymorphy3() -> None:
    """Alias ``pymorphy2`` and the submodules natasha and yargy import to pymorphy3's."""
    if sys.modules.get("pymorphy2") is importlib.import_module("pymorphy3"):
        return
    for suffix in _PYMORPHY_MODULES:
        sys.modules["pymorphy2" + suffix] = importlib.import_module("pymorphy3" + suffix)


_use_pymorphy3()

# natasha is imported after the alias on purpose.
from natasha import (  # noqa: E402
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    Segmenter,
)


@dataclass(frozen=True, slots=True)
class Models:
    """The natasha components a Document uses."""

    segmenter: Any
    vocab: Any
    morph_tagger: Any
    ner_tagger: Any


@cache
def morph_analyzer() -> Any:
    """A plain pymorphy3 analyser (OpenCorpora tags) for parsing and inflecting words."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def models() -> Models:
    """Load natasha's models on first use (about a second), then hand out the same ones."""
    embedding = NewsEmbedding()
    return Models(
        segmenter=Segmenter(),
        vocab=MorphVocab(),
        morph_tagger=NewsMorphTagger(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )
