"""natasha's models, loaded once per process and shared by every Document.

natasha runs on pymorphy3 here (see ``summitkit._pymorphy3`` for why).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

from summitkit._pymorphy3 import morph_vocab_module

__all__ = ["Models", "models", "morph_analyzer"]


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
        vocab=morph_vocab_module().MorphVocab(),
        morph_tagger=NewsMorphTagger(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )
