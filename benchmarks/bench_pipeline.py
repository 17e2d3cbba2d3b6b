"""summitkit's extraction against natasha's own pipeline, side by side, on the same texts, in one run.

natasha's pipeline is what its README shows: segment, morphology, syntax, NER, then normalising
every span and parsing names. summitkit runs all of its built-in extractors. Both use the same
loaded models (loading is timed apart). Rounds alternate which side goes first, and the figure is
the median over rounds of CPU time per round, so a noisy shared machine skews both sides alike.

    python benchmarks/bench_pipeline.py [--corpus DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from summitkit import Pipeline
from summitkit.nlp import models


def natasha_pipeline(texts: list[str]) -> Callable[[], None]:
    from natasha import Doc, NamesExtractor, NewsEmbedding, NewsSyntaxParser

    loaded = models()
    syntax = NewsSyntaxParser(NewsEmbedding())
    names = NamesExtractor(loaded.vocab)

    def run() -> None:
        for text in texts:
            doc = Doc(text)
            doc.segment(loaded.segmenter)
            doc.tag_morph(loaded.morph_tagger)
            doc.parse_syntax(syntax)
            doc.tag_ner(loaded.ner_tagger)
            for span in doc.spans:
                span.normalize(loaded.vocab)
                if span.type == "PER":
                    span.extract_fact(names)

    return run


def summitkit_pipeline(texts: list[str]) -> Callable[[], None]:
    pipeline = Pipeline(entry_points=False)

    def run() -> None:
        for text in texts:
            pipeline(text)

    return run


def load_texts(corpus: Path | None) -> list[str]:
    if corpus is not None:
        return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    return [resources.files("summitkit.data").joinpath("sample_summit.txt").read_text("utf-8")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles (default: the bundled sample)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    texts = load_texts(args.corpus)
    started = time.perf_counter()
    models()
    load = time.perf_counter() - started
    sides = {"natasha": natasha_pipeline(texts), "summitkit": summitkit_pipeline(texts)}
    for run in sides.values():  # warm caches once (lazy imports, pymorphy caches)
        run()
    timings: dict[str, list[float]] = {name: [] for name in sides}
    for round_ in range(args.rounds):
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for name in order:
            started = time.process_time()
            sides[name]()
            timings[name].append(time.process_time() - started)

    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} texts, {chars / 1000:.1f} kB; models loaded once in {load:.2f} s; {args.rounds} rounds")
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, median in medians.items():
        spread = f"{min(timings[name]) * 1000:.0f}-{max(timings[name]) * 1000:.0f}"
        print(f"{name:10} median {median * 1000:8.1f} ms CPU per round  (range {spread} ms)")
    print(f"summitkit / natasha: {medians['summitkit'] / medians['natasha']:.2f}")


if __name__ == "__main__":
    main()
