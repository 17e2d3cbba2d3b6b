"""The local engine: texts read by worker processes on this machine, each loading the models once.

``workers=1`` reads in the calling process. With more, the workers must start with the models
loaded, and start soon: a second worker only pays if it does not first spend seconds getting ready.

- On Linux, when the calling process runs no other thread (its BLAS pinned to one thread, as
  ``summitkit batch`` does), it loads the models and reads the bundled sample itself, then forks
  the workers: each starts at once, warm, with the caller's own pipeline (run-time plugins
  included), and the models' pages are shared between all of them.
  A process with other threads is never forked: a lock one of them held would stay locked in the
  child for ever.
- Otherwise the workers come from a fork server that has done the same loading (where the platform
  has one; elsewhere they are spawned and load the models themselves), and each rebuilds the
  caller's pipeline from its recipe (``PipelineSpec``).

Texts go out in small chunks, a few per worker in flight, so the input is read as the workers free
up and never held in memory at once. Results come back in the order they finish.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import Any

from summitkit.batch.records import Item, Outcome
from summitkit.batch.spec import PipelineSpec, pin_threads, process_item, warm_up

__all__ = ["run_local"]

#: Chunks queued per worker beyond the one it reads: enough to keep it busy, few enough to bound memory.
_AHEAD = 2
#: Texts per task: fewer round trips between processes, while results still come back soon.
_CHUNK = 4

#: prctl's option that sends the calling process a signal when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1

_pipeline: Any = None


def _adopt(pipeline: Any, caller: int) -> None:
    """A forked worker's start: the caller's warm pipeline is already in its memory.

    The worker also dies with the caller. Forked, it holds the caller's end of the task pipe too, so
    a caller killed outright would leave it waiting for tasks for ever.
    """
    global _pipeline
    _pipeline = pipeline
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):  # no prctl: look for the caller once a second instead
        threading.Thread(target=_watch, args=(caller,), daemon=True).start()
    if os.getppid() != caller:  # the caller died before the worker could ask to die with it
        os._exit(1)


def _watch(caller: int) -> None:
    while os.getppid() == caller:
        time.sleep(1)
    os._exit(1)


def _start_worker(spec: PipelineSpec) -> None:
    """A fork server's or spawned worker's start: the pipeline the fork server built, or a new one."""
    global _pipeline
    pin_threads()
    warm = sys.modules.get("summitkit.batch._warm")  # there when forked from the fork server
    prebuilt = getattr(warm, "PREBUILT", {})
    _pipeline = prebuilt[spec] if spec in prebuilt else spec.build()


def _work(chunk: list[tuple[Any, str]]) -> list[Outcome]:
    return [process_item(_pipeline, item_id, text) for item_id, text in chunk]


def forkable() -> bool:
    """Whether the workers may be forked from this process: Linux, no thread but this one (Python's
    or native, such as a BLAS pool started before the thread count was pinned), and a
    ``ProcessPoolExecutor`` that forks every worker before its own threads start (Python 3.11)."""
    return sys.platform.startswith("linux") and sys.version_info >= (3, 11) and _threads() == 1


def _threads() -> int:
    """The threads of this process, native ones included."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _server_context() -> Any:
    """A fork server that has loaded the models and warmed the caches, or spawn where there is none."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["summitkit.batch._warm"])
    return context


def _starting(spec: PipelineSpec, pipeline: Any) -> tuple[Any, Callable[..., None], tuple[Any, ...]]:
    """The multiprocessing context, and the workers' initializer with its arguments."""
    if forkable():
        ready = pipeline if pipeline is not None else spec.build()
        warm_up()
        return multiprocessing.get_context("fork"), _adopt, (ready, os.getpid())
    return _server_context(), _start_worker, (spec,)


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
    context, initializer, initargs = _starting(spec, pipeline)
    forking = context.get_start_method() == "fork"
    with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        pending: set[Future[list[Outcome]]] = set()
        exhausted = False
        while True:
            if forking:  # the first submission forks every worker: the models stay out of their collections
                gc.freeze()
            try:
                while not exhausted and len(pending) < workers * _AHEAD:
                    chunk = list(islice(source, _CHUNK))
                    if not chunk:
                        exhausted = True
                        break
                    pending.add(pool.submit(_work, chunk))
            finally:
                if forking:
                    gc.unfreeze()
                    forking = False
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
