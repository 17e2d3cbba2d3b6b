"""natasha's models, loaded once per process, each on first use, and shared by every Document.

natasha runs on pymorphy3 here (see ``summitkit._pymorphy3`` for why), and one pymorphy3 dictionary
serves both natasha's ``MorphVocab`` and summitkit's own word parsing.

The slovnet models run on numpy; on a machine with many cores numpy's BLAS would start a thread per
core for matrix products of a few hundred rows, which costs more than it brings and slows a batch
run with several workers. summitkit does not change the caller's process-wide setting: set
``OPENBLAS_NUM_THREADS=1`` (or ``OMP_NUM_THREADS=1``) before numpy is imported; ``summitkit batch``
workers do so themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from summitkit._pymorphy3 import shared_vocab

__all__ = ["Models", "embedding", "models", "morph_analyzer", "morph_tagger", "ner_tagger", "segmenter", "vocab"]


#: How many word forms each per-word cache keeps (parses, inflections, word tests). Enough for the
#: words a news archive repeats; bounded, because a text's vocabulary is not: 1 MB of varied Russian
#: has some 80,000 distinct forms, and at 65,536 entries a cache of them cost more than the models.
WORD_FORMS = 16_384


@cache
def morph_analyzer() -> Any:
    """A plain pymorphy3 analyser (OpenCorpora tags) for parsing and inflecting words.

    Its known-word test is cached and its P(tag | word) re-ranking is ``_pymorphy_probabilities``'
    (the same parses, faster); natasha's ``vocab`` shares both.
    """
    import pymorphy3

    from summitkit import _pymorphy_probabilities

    analyzer = pymorphy3.MorphAnalyzer()
    _remember_known_words(analyzer)
    _pymorphy_probabilities.install(analyzer)
    return analyzer


def _remember_known_words(analyzer: Any) -> None:
    """Cache the dictionary's ``word_is_known``, which ``Parse.is_known`` calls on every use.

    pymorphy3 walks its DAWG with every character substitution (е/ё) each time; news ask about the
    same few thousand words again and again (names, posts), so the answers are kept, per word, for
    the analyser's own substitutions.
    """
    dictionary = analyzer.dictionary
    lookup = dictionary.word_is_known
    usual = analyzer.char_substitutes

    @lru_cache(maxsize=WORD_FORMS)
    def known(word: str) -> bool:
        return bool(lookup(word, substitutes_compiled=usual))

    def word_is_known(word: str, substitutes_compiled: Any = None) -> bool:
        if substitutes_compiled is usual:
            return known(word)
        return bool(lookup(word, substitutes_compiled=substitutes_compiled))

    dictionary.word_is_known = word_is_known


@cache
def vocab() -> Any:
    """natasha's ``MorphVocab`` (for normalising entities), over the same dictionary as ``morph_analyzer``."""
    return shared_vocab(morph_analyzer())


@cache
def segmenter() -> Any:
    """natasha's segmenter (razdel): cheap, loaded apart so that sentences need no neural model."""
    from natasha import Segmenter

    return Segmenter()


@cache
def embedding() -> Any:
    """The navec embedding the morphology and NER taggers share (``_natasha_models.load_embedding``)."""
    from summitkit._natasha_models import load_embedding

    return load_embedding()


@cache
def morph_tagger() -> Any:
    """natasha's ``NewsMorphTagger``, sharing navec's word vocabulary (``_natasha_models.load_tagger``)."""
    from summitkit._natasha_models import load_tagger

    return load_tagger("morph", embedding())


@cache
def ner_tagger() -> Any:
    """natasha's ``NewsNERTagger``, sharing navec's word vocabulary (``_natasha_models.load_tagger``)."""
    from summitkit._natasha_models import load_tagger

    return load_tagger("ner", embedding())


@dataclass(frozen=True, slots=True)
class Models:
    """The natasha components a Document uses."""

    segmenter: Any
    vocab: Any
    morph_tagger: Any
    ner_tagger: Any


@cache
def models() -> Models:
    """Every model at once (about a second), then the same ones: for callers that want them all loaded."""
    return Models(segmenter=segmenter(), vocab=vocab(), morph_tagger=morph_tagger(), ner_tagger=ner_tagger())
