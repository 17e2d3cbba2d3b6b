"""How a worker process rebuilds the caller's pipeline: the options it was made with, picklable.

A pluggy manager holds modules and cannot be pickled, so a worker gets the recipe instead: the
run-time plugin objects, the extractors left out, whether entry points are read, strict mode. Each
worker builds its pipeline (and loads natasha's models) once, then reads every text it is given.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from summitkit.batch.records import Outcome

if TYPE_CHECKING:
    from summitkit.pipeline import Pipeline

__all__ = ["PipelineSpec", "pin_threads", "process_item", "warm_up"]

#: Thread counts a batch worker sets for numpy's BLAS before numpy is imported, unless the user did.
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def pin_threads() -> None:
    """One BLAS thread per worker: the workers are the parallelism (a no-op once numpy is imported)."""
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """The recipe of a ``Pipeline``: ``build()`` makes an equivalent one in another process."""

    plugins: tuple[object, ...] = ()
    disable: tuple[str, ...] = ()
    entry_points: bool = True
    strict: bool = False

    @classmethod
    def of(cls, pipeline: Pipeline) -> PipelineSpec:
        """The recipe of an existing pipeline, read from its plugin manager."""
        from summitkit.plugins import BUILTIN_PLUGINS, collect_extractors

        manager = pipeline.manager
        from_entry_points = {id(plugin) for plugin, _ in manager.list_plugin_distinfo()}
        builtin = {id(manager.get_plugin(name)) for name in BUILTIN_PLUGINS}
        run_time = tuple(plugin for plugin in manager.get_plugins() if id(plugin) not in from_entry_points | builtin)
        running = {entry.name for entry in pipeline.extractors}
        disabled = tuple(entry.name for entry in collect_extractors(manager) if entry.name not in running)
        return cls(run_time, disabled, bool(from_entry_points), pipeline.strict)

    def build(self) -> Pipeline:
        """The pipeline, with natasha's models loaded now rather than on the first text."""
        from summitkit import nlp
        from summitkit.pipeline import Pipeline

        pipeline = Pipeline(self.plugins, disable=self.disable, entry_points=self.entry_points, strict=self.strict)
        nlp.models()
        return pipeline


def warm_up(builtin: Pipeline | None = None) -> None:
    """Load the models and read the bundled sample once: the caches it fills are the rules' own,
    shared by every pipeline, so workers made from this process start warm.

    The sample is read by the built-in extractors only (``builtin``, or a pipeline made for it),
    never by the caller's pipeline: a plugin's hooks may act on what they read, and the sample is
    not one of the caller's texts.
    """
    from importlib.resources import files

    from summitkit import nlp
    from summitkit.pipeline import Pipeline

    nlp.models()
    reader = builtin if builtin is not None else Pipeline(entry_points=False)
    reader(files("summitkit.data").joinpath("sample_summit.txt").read_text(encoding="utf-8"))


def process_item(pipeline: Any, item_id: Any, text: str) -> Outcome:
    """One text through the pipeline; any error becomes the outcome instead of stopping the batch."""
    try:
        return Outcome(item_id, pipeline(text))
    except Exception as error:
        return Outcome(item_id, None, type(error).__name__, str(error))
