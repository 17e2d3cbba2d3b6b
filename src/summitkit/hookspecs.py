"""The plugin author's manual: every hook summitkit calls, with what it passes and expects.

A plugin is any object or module with functions marked ``@summitkit.hookimpl``. Declare it in the
``summitkit`` entry-point group of your package, or register it at run time with
``Pipeline(plugins=[...])``. The built-in extractors are plugins of exactly this kind
(``summitkit.extractors``).
"""

from __future__ import annotations

from collections.abc import Callable

import pluggy

from summitkit.extractor import Extractor

__all__ = ["PROJECT", "hookimpl", "hookspec", "register_extractors"]

#: The pluggy project name and the entry-point group.
PROJECT = "summitkit"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register extractors by calling ``register(extractor)`` once for each.

    An extractor has a unique ``name``, the report ``fills`` it writes, the Document ``requires`` it
    reads, and ``extract(document)`` yielding facts (see ``summitkit.Extractor``). An extractor named
    like a built-in one replaces it. Example::

        @summitkit.hookimpl
        def register_extractors(register):
            register(MyExtractor())
    """
