"""natasha on pymorphy3, on every Python: imported by ``summitkit/__init__`` before anything else.

natasha depends on pymorphy2, which is unmaintained: it imports ``pkg_resources`` when a
``MorphAnalyzer`` is made (absent from fresh Python 3.12+ environments) and calls
``inspect.getargspec`` (gone since 3.11). Its maintained fork pymorphy3 has the same API, so the
``pymorphy2`` module names natasha and yargy import are pointed at pymorphy3's before they import
them. Every Python version then runs the same analyser with the same dictionaries, with no step for
users. Where natasha was imported first (by the caller), its vocabulary module is reloaded.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

__all__ = ["morph_vocab_module"]

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


_alias()
