"""The worker plugin of the Dask engine, apart because it subclasses dask's (an optional dependency)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin, get_worker

from summitkit.batch.records import Outcome
from summitkit.batch.spec import PipelineSpec, pin_threads, process_item

__all__ = ["PLUGIN_NAME", "PipelinePlugin", "extract_on_worker"]

#: The name the worker plugin is registered under on the cluster.
PLUGIN_NAME = "summitkit-pipeline"


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
    """Builds the pipeline in ``setup``, once per worker process, as the worker joins."""

    name = PLUGIN_NAME

    def __init__(self, spec: PipelineSpec) -> None:
        self.spec = spec
        self.pipeline: Any = None

    def setup(self, worker: Any) -> None:
        pin_threads()
        self.pipeline = self.spec.build()

    def teardown(self, worker: Any) -> None:
        self.pipeline = None


def extract_on_worker(item_id: Any, text: str) -> Outcome:
    """One text, read with the pipeline this worker built."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    return process_item(plugin.pipeline, item_id, text)
