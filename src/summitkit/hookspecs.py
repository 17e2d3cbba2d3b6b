"""The plugin author's manual: every hook summitkit calls, with what it passes and expects.

A plugin is any object or module with functions marked ``@summitkit.hookimpl``. Declare it in the
``summitkit`` entry-point group of your package, or register it at run time with
``Pipeline(plugins=[...])``. The built-in extractors are plugins of exactly this kind
(``summitkit.extractors``). Implement only the hooks you need; every hook is called inside the
isolation boundary, so a plugin that raises is left out (or, for ``process_report``, named in the
report's ``failures``) and the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

from summitkit.extractor import Extractor

if TYPE_CHECKING:
    from summitkit.models import Fact, SummitReport

__all__ = [
    "PROJECT",
    "hookimpl",
    "hookspec",
    "process_report",
    "register_extractors",
    "register_fact_types",
    "register_gazetteer",
]

#: The pluggy project name and the entry-point group.
PROJECT = "summitkit"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register extractors by calling ``register(extractor)`` once for each.

    An extractor has a unique ``name``, the report ``fills`` it writes, the Document ``requires`` it
    reads, and ``extract(document)`` yielding facts (see ``summitkit.Extractor``). An extractor named
    like a built-in one (``leaders``, ``money``, ``documents``, ``conventions``, ``event``) replaces it.
    Example::

        @summitkit.hookimpl
        def register_extractors(register):
            register(DeadlineExtractor())
    """


@hookspec
def register_fact_types(register: Callable[[type[Fact]], None]) -> None:
    """Register the fact classes your extractors yield, by calling ``register(cls)`` once for each.

    A registered type is in the report's JSON Schema (``summitkit schema``) and is read back typed
    from a report's JSON. Its ``fact_type`` must be its own, an identifier, and not a report field
    or a built-in fact type (``leader``, ``event``, ...); a clash is refused with a message. A
    subclass of a built-in fact (``Leader``) goes to that field and keeps its extra fields.
    Example::

        class Deadline(summitkit.Fact):
            fact_type: ClassVar[str] = "deadline"
            year: int

        @summitkit.hookimpl
        def register_fact_types(register):
            register(Deadline)
    """


@hookspec
def register_gazetteer(add: Callable[[str, Iterable[Mapping[str, Any]]], None]) -> None:
    """Teach the built-in extractors new names, by calling ``add(kind, entries)``.

    ``kind`` is one of ``summitkit.gazetteer.KINDS`` (``officeholders``, ``currencies``, ``organisations``,
    ``documents``, ``institutions``); each entry is a mapping whose keys ``summitkit.gazetteer``
    documents. Entries are checked when the plugin registers and added to the process-wide lexicons
    once. Example (an official the built-in leaders extractor should know when a text names him
    without his post, a document noun and the noun of a body a summit may propose)::

        @summitkit.hookimpl
        def register_gazetteer(add):
            add("officeholders", [{"name": "Иван Петров", "post": "премьер-министр",
                                   "country": "KZ", "from": 2025, "to": None}])
            add("documents", [{"noun": "конкордат"}])
            add("institutions", [{"noun": "хранилище"}])
    """


@hookspec
def process_report(report: SummitReport, text: str) -> SummitReport | None:
    """Look at (or change) a finished report: return a new report, or ``None`` to keep it.

    Called once per text after the facts are merged, in registration order, each plugin getting
    the report the one before returned. Reports are immutable: build the new one with
    ``report.model_copy(update=...)``. A plugin that raises is named in ``failures``. Keep only the
    leaders whose country is known, for example::

        @summitkit.hookimpl
        def process_report(report, text):
            known = [leader for leader in report.leaders if leader.country]
            return report.model_copy(update={"leaders": known})
    """
