"""natasha on pymorphy3, on every Python: imported by ``summitkit/__init__`` before anything else.

natasha depends on pymorphy2, which is unmaintained: it imports ``pkg_resources`` when a
``MorphAnalyzer`` is made (absent from fresh Python 3.12+ environments) and calls
``inspect.getargspec`` (gone since 3.11). Its maintained fork pymorphy3 has the same API, so the
``pymorphy2`` module names natasha and yargy import are pointed at pymorphy3's before they import
them. Every Python version then runs the same analyser with the same dictionaries, with no step for
users. Where natasha was imported first (by the caller), its vocabulary module is reloaded.

natasha's ``MorphVocab`` and summitkit's plain analyser (OpenCorpora tags, ``Parse.inflect`` on
OpenCorpora grammemes) differ only in the type their parses come back as. Loading the dictionary
twice cost a tenth of a second and 20 MB at every start, so ``shared_vocab`` is built over the
plain analyser's dictionary instead of loading its own.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

__all__ = ["morph_vocab_module", "shared_vocab"]

_SUBMODULES = ("", ".analyzer", ".units", ".units.base", ".tagset")


def _alias() -> None:
    for suffix in _SUBMODULES:
        sys.modules["pymorphy2" + suffix] = importlib.import_module("pymorphy3" + suffix)


def morph_vocab_module() -> ModuleType:
    """``natasha.morph.vocab``, built on pymorphy3 (reloaded if it was imported on pymorphy2)."""
    import pymorphy3

    module = importlib.import_module("natasha.morph.vocab")
    if not issubclass(module.MorphVocab, pymorphy3.MorphAnalyzer):
        _alias()
        module = importlib.reload(module)
    return module


def shared_vocab(analyzer: Any) -> Any:
    """A natasha ``MorphVocab`` over ``analyzer``'s loaded dictionary (nothing is read from disk).

    pymorphy3's constructor always loads a dictionary, so the vocabulary is made without it: it takes
    the analyser's state (dictionary, probability estimator, character substitutes), then binds its
    own result type (natasha's ``MorphForm``) and its own copy of the analysis units, as
    ``MorphAnalyzer.__init__`` does.
    """
    module = morph_vocab_module()
    vocab_type = module.MorphVocab
    vocab = vocab_type.__new__(vocab_type)
    vocab.__dict__.update(analyzer.__dict__)
    result_type = module.MorphForm
    vocab._result_type_orig = result_type
    vocab._result_type = type(result_type.__name__, (result_type,), {"_morph": vocab, "_dict": vocab.dictionary})
    vocab._init_units(analyzer._units_unbound)
    return vocab


_alias()
