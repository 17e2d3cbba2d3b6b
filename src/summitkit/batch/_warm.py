"""Imported once by the fork server that local batch workers are forked from.

Importing the rules, loading natasha's models and reading the bundled sample here, before any
worker exists, means every worker is forked ready: no model load of its own, warm caches, and the
models' pages shared between the workers instead of copied into each.
"""

from importlib.resources import files

from summitkit.batch.spec import pin_threads

pin_threads()

from summitkit import nlp  # noqa: E402
from summitkit.pipeline import Pipeline  # noqa: E402

nlp.models()
Pipeline(entry_points=False)(files("summitkit.data").joinpath("sample_summit.txt").read_text(encoding="utf-8"))
