"""Imported once by the fork server that local batch workers are forked from.

Importing the rules, loading natasha's models, building the pipelines most batches ask for and
reading the bundled sample here, before any worker exists, means every worker is forked ready: no
model load or plugin discovery of its own, warm caches, and the models' pages shared between the
workers instead of copied into each.
"""

import gc

from summitkit.batch.spec import PipelineSpec, pin_threads, warm_up

pin_threads()

from summitkit.pipeline import Pipeline  # noqa: E402

#: Pipelines for the recipes of ``Pipeline(entry_points=False)`` and of a plain ``summitkit batch``;
#: a worker whose recipe is among them takes its pipeline from here.
PREBUILT: dict[PipelineSpec, Pipeline] = {
    spec: spec.build() for spec in (PipelineSpec(entry_points=False), PipelineSpec())
}

# The caches the sample warms are the rules' own, shared by every pipeline: one reading fills them.
warm_up(PREBUILT[PipelineSpec(entry_points=False)])

# All of the above lives as long as the workers: keep it out of their garbage collections, which
# would otherwise walk it again and again (and copy its pages into every worker as they do).
gc.freeze()
