"""The local engine: texts read by worker processes on this machine, each loading the models once.

``workers=1`` reads in the calling process. With more, a process pool is started; each worker
builds the pipeline in its initializer, and at most a few texts per worker are in flight, so the
input is read as the workers free up and never held in memory at once. Results come back in the
order they finish.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from summitkit.batch.records import Item, Outcome
from summitkit.batch.spec import PipelineSpec, pin_threads, process_item

__all__ = ["run_local"]

#: Texts queued per worker beyond the one it reads: enough to keep it busy, few enough to bound memory.
_AHEAD = 2

_pipeline: Any = None


def _start_worker(spec: PipelineSpec) -> None:
    global _pipeline
    pin_threads()
    _pipeline = spec.build()


def _work(item_id: Any, text: str) -> Outcome:
    return process_item(_pipeline, item_id, text)


def run_local(spec: PipelineSpec, items: Iterable[Item], workers: int = 1, pipeline: Any = None) -> Iterator[Outcome]:
    """Outcomes for the items (those with a ``problem`` are the caller's to report, not sent here)."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers == 1:
        local = pipeline if pipeline is not None else spec.build()
        for item in items:
            yield process_item(local, item.id, item.text or "")
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold BLAS threads
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(spec,)) as pool:
        pending: set[Future[Outcome]] = set()
        source = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < workers * _AHEAD:
                following = next(source, None)
                if following is None:
                    exhausted = True
                    break
                pending.add(pool.submit(_work, following.id, following.text or ""))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
