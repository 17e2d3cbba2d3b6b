"""The local engine: texts read by worker processes on this machine, each loading the models once.

``workers=1`` reads in the calling process. With more, a process pool is started from a fork
server that has already imported the rules, loaded natasha's models, built the common pipelines and
read a sample text (where the platform has one; elsewhere the workers are spawned and load the
models themselves). Each worker takes or builds the caller's pipeline in its initializer. Texts go
out in small chunks, a few per worker in flight, so the input is read as the workers free up and
never held in memory at once. Results come back in the order they finish.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import Any

from summitkit.batch.records import Item, Outcome
from summitkit.batch.spec import PipelineSpec, pin_threads, process_item

__all__ = ["run_local"]

#: Chunks queued per worker beyond the one it reads: enough to keep it busy, few enough to bound memory.
_AHEAD = 2
#: Texts per task: fewer round trips between processes, while results still come back soon.
_CHUNK = 4

_pipeline: Any = None


def _start_worker(spec: PipelineSpec) -> None:
    global _pipeline
    pin_threads()
    warm = sys.modules.get("summitkit.batch._warm")  # there when forked from the fork server
    prebuilt = getattr(warm, "PREBUILT", {})
    _pipeline = prebuilt[spec] if spec in prebuilt else spec.build()


def _work(chunk: list[tuple[Any, str]]) -> list[Outcome]:
    return [process_item(_pipeline, item_id, text) for item_id, text in chunk]


def _context() -> Any:
    """A fork server that has loaded the models and warmed the caches, or spawn where there is none."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")  # not fork: the caller may hold BLAS threads
    context.set_forkserver_preload(["summitkit.batch._warm"])
    return context


def run_local(spec: PipelineSpec, items: Iterable[Item], workers: int = 1, pipeline: Any = None) -> Iterator[Outcome]:
    """Outcomes for the items (those with a ``problem`` are the caller's to report, not sent here)."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers == 1:
        local = pipeline if pipeline is not None else spec.build()
        for item in items:
            yield process_item(local, item.id, item.text or "")
        return
    source = ((item.id, item.text or "") for item in items)
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=(spec,)) as pool:
        pending: set[Future[list[Outcome]]] = set()
        exhausted = False
        while True:
            while not exhausted and len(pending) < workers * _AHEAD:
                chunk = list(islice(source, _CHUNK))
                if not chunk:
                    exhausted = True
                    break
                pending.add(pool.submit(_work, chunk))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
