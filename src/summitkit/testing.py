"""Helpers for plugin authors' tests: run your plugin on a sentence you wrote, see what it gives.

>>> from summitkit.testing import run_plugin
>>> report = run_plugin(my_plugin, "Следующий саммит пройдёт в Астане.")  # doctest: +SKIP
>>> report.facts(UpcomingEvent)  # doctest: +SKIP

``run_plugin`` builds a pipeline with your plugin only (no installed entry points) in strict mode,
so a fault in your plugin raises with its traceback instead of being recorded as a failure; the
built-in extractors run too unless ``builtins=False``.
"""

from __future__ import annotations

from summitkit.models import SummitReport
from summitkit.pipeline import Pipeline
from summitkit.plugins import BUILTIN_PLUGINS

__all__ = ["make_pipeline", "run_plugin"]


def make_pipeline(plugin: object, *, builtins: bool = True, strict: bool = True) -> Pipeline:
    """A pipeline with ``plugin`` (a module, an object with hooks, or a bare extractor) and no entry points."""
    return Pipeline([plugin], entry_points=False, strict=strict, exclude_plugins=() if builtins else BUILTIN_PLUGINS)


def run_plugin(plugin: object, text: str, *, builtins: bool = True, strict: bool = True) -> SummitReport:
    """The report for ``text`` with ``plugin`` registered; also checks the report round-trips its JSON."""
    report = make_pipeline(plugin, builtins=builtins, strict=strict)(text)
    again = SummitReport.model_validate_json(report.model_dump_json())
    if again != report:
        raise AssertionError("the report does not read back equal from its JSON: register its fact types")
    return report
