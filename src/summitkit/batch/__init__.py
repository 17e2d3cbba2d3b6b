"""Many texts at once: inputs to a resumable JSONL, on local worker processes or a Dask cluster.

>>> from summitkit.batch import run_batch
>>> run_batch(["articles/"], Path("out.jsonl"), workers=2, resume=True)  # doctest: +SKIP
"""

from summitkit.batch.inputs import InputError
from summitkit.batch.records import Item, Outcome
from summitkit.batch.run import Engine, Summary, outcomes, run_batch
from summitkit.batch.spec import PipelineSpec

__all__ = ["Engine", "InputError", "Item", "Outcome", "PipelineSpec", "Summary", "outcomes", "run_batch"]
