"""The Dask engine: the same batch on a dask.distributed cluster (``pip install 'summitkit[dask]'``).

A worker plugin builds the pipeline once on every worker as it joins (natasha's models load there,
once), and each task reads one text with it. At most a few tasks per worker thread are in flight,
so the input streams to the cluster as it frees up, and outcomes stream back as they finish, to be
written by the caller like the local engine's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from summitkit.batch.records import Item, Outcome
from summitkit.batch.spec import PipelineSpec

__all__ = ["run_dask"]

_AHEAD = 2


def _client(scheduler: Any) -> tuple[Any, bool]:
    try:
        from distributed import Client
    except ImportError:
        raise ImportError("the dask engine needs dask.distributed: pip install 'summitkit[dask]'") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    if scheduler is None:
        raise ValueError("the dask engine needs a scheduler address (tcp://host:8786) or a distributed.Client")
    return Client(scheduler), True


def run_dask(spec: PipelineSpec, items: Iterable[Item], scheduler: Any) -> Iterator[Outcome]:
    """Outcomes for the items, read on the cluster at ``scheduler`` (an address or a ``Client``)."""
    client, owned = _client(scheduler)
    from distributed import as_completed

    from summitkit.batch._dask_plugin import PLUGIN_NAME, PipelinePlugin, extract_on_worker

    try:
        client.register_plugin(PipelinePlugin(spec), name=PLUGIN_NAME)
        threads = max(1, sum(client.nthreads().values()))
        source = iter(items)
        queue = as_completed()
        in_flight = 0

        def submit() -> bool:
            item = next(source, None)
            if item is None:
                return False
            queue.add(client.submit(extract_on_worker, item.id, item.text or "", pure=False))
            return True

        while in_flight < threads * _AHEAD and submit():
            in_flight += 1
        for future in queue:
            outcome: Outcome = future.result()
            future.release()
            in_flight -= 1
            if submit():
                in_flight += 1
            yield outcome
    finally:
        if owned:
            client.close()
