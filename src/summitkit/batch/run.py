"""A batch from inputs to a JSONL file: resume, engine, one line per text as it finishes, progress."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from summitkit.batch.inputs import count_items, expand, read_items
from summitkit.batch.output import JsonlWriter, done_ids
from summitkit.batch.records import Item, Outcome, error_record, id_key, result_record
from summitkit.batch.spec import PipelineSpec

__all__ = ["Engine", "Summary", "outcomes", "run_batch"]

Engine = Literal["local", "dask"]


@dataclass(slots=True)
class Summary:
    """What a batch did: texts read, of them failed, and items skipped as already done."""

    read: int = 0
    errors: int = 0
    skipped: int = 0


def outcomes(
    spec: PipelineSpec,
    items: Iterable[Item],
    *,
    workers: int = 1,
    engine: Engine = "local",
    scheduler: Any = None,
    pipeline: Any = None,
) -> Iterator[Outcome]:
    """The engine's outcomes for the items, in the order they finish."""
    if engine == "local":
        from summitkit.batch.local import run_local

        return run_local(spec, items, workers, pipeline)
    if engine == "dask":
        from summitkit.batch.dask import run_dask

        return run_dask(spec, items, scheduler)
    raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")


def run_batch(
    inputs: Iterable[str],
    output: Path | None,
    *,
    spec: PipelineSpec | None = None,
    workers: int = 1,
    engine: Engine = "local",
    scheduler: Any = None,
    resume: bool = False,
    progress: bool | None = None,
) -> Summary:
    """Read every item of ``inputs`` and write its line to ``output`` (standard output if None).

    ``resume`` keeps the lines already in ``output`` and skips their ids; ``progress`` shows a bar on
    standard error (by default only when it is a terminal).
    """
    files = expand(inputs)
    if resume and output is None:
        raise ValueError("--resume needs --output: standard output cannot be read back")
    done = done_ids(output) if resume and output is not None else set()
    summary = Summary()
    waiting: dict[str, Item] = {}
    show = sys.stderr.isatty() if progress is None else progress
    bar = _bar(max(0, count_items(files) - len(done)), show)

    with JsonlWriter(output, append=resume) as writer:

        def fresh() -> Iterator[Item]:
            for item in read_items(files):
                key = id_key(item.id)
                if key in done:
                    summary.skipped += 1
                    continue
                done.add(key)  # an id given twice is read once
                if item.problem is not None:
                    writer.write(error_record(item, "InputError", item.problem))
                    _count(summary, bar, error=True)
                    continue
                waiting[key] = item
                yield item

        try:
            for outcome in outcomes(
                spec or PipelineSpec(), fresh(), workers=workers, engine=engine, scheduler=scheduler
            ):
                item = waiting.pop(id_key(outcome.id))
                if outcome.report is not None:
                    writer.write(result_record(item, outcome.report))
                else:
                    writer.write(error_record(item, outcome.error_type or "Error", outcome.error_message or ""))
                _count(summary, bar, error=outcome.report is None)
        finally:
            bar.close()
    return summary


def _count(summary: Summary, bar: Any, *, error: bool) -> None:
    summary.read += 1
    summary.errors += error
    if error:
        bar.set_postfix(errors=summary.errors, refresh=False)
    bar.update(1)


def _bar(total: int, show: bool) -> Any:
    """A tqdm bar on standard error (count, rate, ETA, errors), or a silent stand-in."""
    from tqdm import tqdm

    # No monitor thread: local workers are forked only from a process with no other thread.
    quiet = type("Bar", (tqdm,), {"monitor_interval": 0})
    return quiet(total=total, disable=not show, unit="text", dynamic_ncols=True, postfix={"errors": 0}, file=sys.stderr)
