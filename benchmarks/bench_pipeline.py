"""summitkit against natasha's own pipeline, side by side, on the same texts, in one run.

Four tables:

1. **Throughput**: natasha's full pipeline (what its README shows: segment, morphology, syntax,
   NER, then normalising every span and parsing names) and ``summitkit.extract`` with every
   built-in extractor, in characters per CPU second, and their ratio. Both use the same loaded
   models (loading is timed apart); rounds alternate which side goes first, and the figure is the
   median over rounds of each round's ratio (its two sides ran back to back, under the same load).
   Rounds after the first read texts the process has read before, where per-word-form caches help;
   so beside it, **first sight**: each side in a fresh process, warmed up on the bundled sample only,
   times one pass over the corpus it has never read (median of a few alternating runs).
2. **Cold start**: a fresh process that loads natasha and runs its full pipeline on one article,
   against ``summitkit extract`` on the same article: wall and CPU time, peak RSS (medians).
3. **Size scaling**: one text of 10 kB → 10 MB made of the corpus repeated, a text of ever new word
   forms (pymorphy's dictionary shuffled: the worst case for per-word caches), and degenerate texts
   (one line without punctuation, one word repeated, no Cyrillic), each in a fresh process: CPU
   time per character relative to the smallest, and peak RSS.
4. **Workers**: the same batch of over a thousand texts with 1 and 2 worker processes
   (``Pipeline.extract_many``), alternating, each side's fastest round: wall time including the
   workers' start, and the speed-up.

Every process is pinned to one BLAS thread (``OPENBLAS_NUM_THREADS=1`` and friends), on both sides.

    python benchmarks/bench_pipeline.py [--corpus DIR] [--rounds N] [--short]

``--short`` (what CI runs) uses small sizes and few rounds, only to show that every table works.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"  # before numpy: both sides on one BLAS thread

#: A script that loads natasha cold and runs its full pipeline on the file named by argv[1].
NATASHA_COLD = """
import sys
import summitkit._pymorphy3  # natasha's pymorphy2 cannot start on this Python: run it on pymorphy3
from natasha import (Doc, MorphVocab, NamesExtractor, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                     NewsSyntaxParser, Segmenter)
text = open(sys.argv[1], encoding="utf-8").read()
embedding = NewsEmbedding()
segmenter, vocab = Segmenter(), MorphVocab()
morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
names = NamesExtractor(vocab)
doc = Doc(text)
doc.segment(segmenter)
doc.tag_morph(morph)
doc.parse_syntax(syntax)
doc.tag_ner(ner)
for span in doc.spans:
    span.normalize(vocab)
    if span.type == "PER":
        span.extract_fact(names)
"""


def natasha_pipeline(texts: list[str]) -> Callable[[], None]:
    from natasha import Doc, NamesExtractor, NewsSyntaxParser

    from summitkit import nlp

    loaded = nlp.models()
    syntax = NewsSyntaxParser(nlp.embedding())
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
    from summitkit import Pipeline

    pipeline = Pipeline(entry_points=False)

    def run() -> None:
        for text in texts:
            pipeline(text)

    return run


def load_texts(corpus: Path | None) -> list[str]:
    if corpus is not None:
        return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    return [resources.files("summitkit.data").joinpath("sample_summit.txt").read_text("utf-8")]


def throughput(texts: list[str], rounds: int) -> dict[str, Any]:
    from summitkit import nlp

    started = time.perf_counter()
    nlp.models()
    load = time.perf_counter() - started
    sides = {"natasha": natasha_pipeline(texts), "summitkit": summitkit_pipeline(texts)}
    for run in sides.values():  # warm caches once (lazy imports, pymorphy caches)
        run()
    timings: dict[str, list[float]] = {name: [] for name in sides}
    for round_ in range(rounds):
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for name in order:
            started = time.process_time()
            sides[name]()
            timings[name].append(time.process_time() - started)
    chars = sum(len(t) for t in texts)
    medians = {name: statistics.median(values) for name, values in timings.items()}
    print(f"\n## Throughput: {len(texts)} texts, {chars / 1000:.1f} k chars, {rounds} rounds")
    print(f"(models loaded once, in {load:.2f} s)")
    print("| side | chars/s (CPU) | median ms/round | range ms |")
    print("| --- | --- | --- | --- |")
    for name, median in medians.items():
        low, high = min(timings[name]) * 1000, max(timings[name]) * 1000
        print(f"| {name} | {chars / median:,.0f} | {median * 1000:.1f} | {low:.0f}-{high:.0f} |")
    # Each round's two sides ran back to back, so their ratio cancels the load of that moment; the
    # median over rounds is the figure, the ratio of the medians is shown beside it.
    paired = zip(timings["summitkit"], timings["natasha"], strict=True)
    ratio = statistics.median(ours / theirs for ours, theirs in paired)
    print(
        f"summitkit / natasha (time): **{ratio:.2f}** (median of the rounds' ratios;"
        f" ratio of the medians {medians['summitkit'] / medians['natasha']:.2f})"
    )
    return {"ratio": ratio}


def _run_child(corpus: Path | None, *mode: str) -> str:
    """This script in a fresh process, in one of its child modes, on the same corpus: its output (a failed
    child fails the benchmark)."""
    command = [sys.executable, __file__, *mode, *(["--corpus", str(corpus)] if corpus is not None else [])]
    return subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True).stdout


def _first_sight_child(side: str, corpus: Path | None) -> None:
    """In a fresh process: one side warmed up on the bundled sample only, then one timed pass over the corpus."""
    from summitkit import nlp

    nlp.models()
    make = natasha_pipeline if side == "natasha" else summitkit_pipeline
    make(load_texts(None))()  # lazy imports and first parses, on a text that is not in the corpus
    run = make(load_texts(corpus))
    started = time.process_time()
    run()
    print(json.dumps({"cpu": time.process_time() - started}))


def first_sight(corpus: Path | None, repeats: int) -> dict[str, Any]:
    """Both sides on texts their process has not read: fresh processes, alternating, ``repeats`` each."""
    runs: dict[str, list[float]] = {"natasha": [], "summitkit": []}
    for repeat in range(repeats):
        for side in list(runs) if repeat % 2 == 0 else list(reversed(runs)):
            output = _run_child(corpus, "--first-sight", side)
            runs[side].append(json.loads(output)["cpu"])
    medians = {side: statistics.median(values) for side, values in runs.items()}
    paired = zip(runs["summitkit"], runs["natasha"], strict=True)
    ratio = statistics.median(ours / theirs for ours, theirs in paired)
    print(f"\nFirst sight (fresh process, warmed on the bundled sample, one pass; median of {repeats}):")
    print("| side | CPU ms, one pass |")
    print("| --- | --- |")
    for side, median in medians.items():
        print(f"| {side} | {median * 1000:.1f} |")
    print(
        f"summitkit / natasha at first sight: **{ratio:.2f}** (median of the runs' ratios;"
        f" ratio of the medians {medians['summitkit'] / medians['natasha']:.2f})"
    )
    return {"ratio": ratio}


def _measured(command: list[str]) -> dict[str, float]:
    """Run a command; its wall time, CPU time (user + system) and its own peak RSS in MiB.

    Linux keeps a process's ``ru_maxrss`` across ``exec``, so a child's figure from ``wait4`` is never
    below what this process held when it started the child (the models of the throughput table, say).
    The child's own peak is its ``VmHWM``, read until it exits.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0.0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, _high_water(process.pid) or 0.0)
        time.sleep(0.005)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed with status {status}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": peak or usage.ru_maxrss / 1024}


def _high_water(pid: int | str = "self") -> float | None:
    """A process's own peak RSS in MiB (``VmHWM``), or None where /proc does not say."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def cold_start(article: Path, repeats: int) -> dict[str, Any]:
    script = Path(os.environ.get("TMPDIR", "/tmp")) / "summitkit_bench_natasha_cold.py"
    script.write_text(NATASHA_COLD, encoding="utf-8")
    commands = {
        "natasha": [sys.executable, str(script), str(article)],
        "summitkit": [sys.executable, "-m", "summitkit", "extract", "--format", "json", str(article)],
    }
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for repeat in range(repeats):
        for name in commands if repeat % 2 == 0 else reversed(commands):
            runs[name].append(_measured(commands[name]))
    table = {
        name: {key: statistics.median(r[key] for r in values) for key in ("wall", "cpu", "rss")}
        for name, values in runs.items()
    }
    print(f"\n## Cold start: one article ({article.name}), fresh process, median of {repeats}")
    print("| side | wall s | CPU s | peak RSS MB |")
    print("| --- | --- | --- | --- |")
    for name, row in table.items():
        print(f"| {name} | {row['wall']:.2f} | {row['cpu']:.2f} | {row['rss']:.0f} |")
    print(
        f"summitkit / natasha: wall **{table['summitkit']['wall'] / table['natasha']['wall']:.2f}**,"
        f" CPU **{table['summitkit']['cpu'] / table['natasha']['cpu']:.2f}**"
    )
    return table


def make_text(kind: str, size: int, texts: list[str]) -> str:
    """A text of about ``size`` characters: the corpus repeated, or a degenerate one."""
    corpus = "\n\n".join(texts)
    if kind == "news":
        base = corpus
    elif kind == "one-line":  # no line breaks, no punctuation
        base = " ".join("".join(c if c.isalnum() else " " for c in corpus).split()) + " "
    elif kind == "one-word":
        base = "саммит "
    elif kind == "latin":
        base = " ".join(corpus.encode("ascii", "ignore").decode().split()) + " lorem ipsum dolor sit amet. "
    elif kind == "vocabulary":  # a new word form at nearly every step: the worst case for per-word caches
        base = _vocabulary_text()
    else:
        raise ValueError(kind)
    return (base * (size // len(base) + 1))[:size]


def _vocabulary_text(words: int = 300_000) -> str:
    """pymorphy's dictionary forms in a fixed shuffled order, twelve to a sentence, paragraphs between."""
    from summitkit.nlp import morph_analyzer

    forms: list[str] = []
    for i, (word, *_) in enumerate(morph_analyzer().dictionary.iter_known_words()):
        if i % 7 == 0 and word.isalpha():
            forms.append(word)
            if len(forms) == words:
                break
    random.Random(7).shuffle(forms)
    sentences = (
        " ".join(forms[k : k + 12]).capitalize() + (".\n\n" if k % 120 == 0 else ". ") for k in range(0, len(forms), 12)
    )
    return "".join(sentences)


def _child(kind: str, size: int, corpus: Path | None) -> None:
    """In a fresh process: extract once after warming up on a short text; print CPU, wall and peak RSS."""
    import resource

    import summitkit

    texts = load_texts(corpus)
    text = make_text(kind, size, texts)
    summitkit.extract(make_text("news", 2000, texts))  # models loaded, caches warm
    started, wall = time.process_time(), time.perf_counter()
    summitkit.extract(text)
    cpu, wall = time.process_time() - started, time.perf_counter() - wall
    # ru_maxrss would also count what the benchmark held when it started this process (see _measured)
    rss = _high_water() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"cpu": cpu, "wall": wall, "rss": rss}))


def scaling(sizes: list[int], degenerate_size: int, corpus: Path | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    others = ("one-line", "one-word", "latin", "vocabulary")
    cases = [("news", size) for size in sizes] + [(k, degenerate_size) for k in others]
    for kind, size in cases:
        out = _run_child(corpus, "--child", kind, str(size))
        rows.append({"kind": kind, "size": size, **json.loads(out)})
    base = rows[0]["cpu"] / rows[0]["size"]
    print("\n## Size scaling: one text, fresh process each; CPU per character against the first row")
    print("| text | chars | CPU s | µs/char | × first | wall s | peak RSS MB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        per = row["cpu"] / row["size"]
        print(
            f"| {row['kind']} | {row['size']:,} | {row['cpu']:.2f} | {per * 1e6:.1f} | {per / base:.2f}"
            f" | {row['wall']:.2f} | {row['rss']:.0f} |"
        )
    return rows


def _batch_child(workers: int, copies: int, corpus: Path | None) -> None:
    """In a fresh process: the corpus ``copies`` times through ``extract_many``; print wall times (all of
    it, and from the first result on, once the workers are up) and this process's CPU time."""
    import resource

    from summitkit import Pipeline

    texts = load_texts(corpus) * copies
    started = time.perf_counter()
    first = None
    count = 0
    for _ in Pipeline(entry_points=False).extract_many(texts, workers=workers):
        first = first or time.perf_counter()
        count += 1
    wall = time.perf_counter() - started
    steady = time.perf_counter() - (first or started)
    usage = resource.getrusage(resource.RUSAGE_SELF)  # the workers are the fork server's children, not ours
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"wall": wall, "steady": steady, "cpu": cpu, "texts": count}))


def workers_table(copies: int, corpus: Path | None, rounds: int) -> dict[int, dict[str, float]]:
    """1 and 2 workers, alternating, ``rounds`` times each; the figures are each side's fastest round
    (a shared machine only ever slows a run down, so the fastest is the least disturbed)."""
    runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    for _ in range(rounds):
        for workers in (1, 2):
            output = _run_child(corpus, "--batch-child", str(workers), str(copies))
            runs[workers].append(json.loads(output))
    rows = {workers: min(found, key=lambda row: row["wall"]) for workers, found in runs.items()}
    texts = rows[1]["texts"]
    load = os.getloadavg()[0]
    print(
        f"\n## Workers: {texts:.0f} texts through extract_many, fastest of {rounds} alternating rounds"
        f" (load average {load:.1f} on {os.cpu_count()} cores)"
    )
    print("| workers | wall s, with start-up | texts/s | wall s from the first result | CPU s, this process |")
    print("| --- | --- | --- | --- | --- |")
    for workers, row in rows.items():
        print(f"| {workers} | {row['wall']:.1f} | {texts / row['wall']:.1f} | {row['steady']:.1f} | {row['cpu']:.1f} |")
    print(
        f"speed-up with 2 workers: **{rows[1]['wall'] / rows[2]['wall']:.2f}×** with start-up,"
        f" {rows[1]['steady'] / rows[2]['steady']:.2f}× from the first result"
        " (a shared, loaded machine gives a second worker little of a second core)"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles (default: the bundled sample)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--short", action="store_true", help="small sizes, few rounds: show that it works")
    parser.add_argument("--sizes", nargs="+", type=int, help="text sizes of the scaling table (characters)")
    parser.add_argument("--degenerate-size", type=int, help="size of the degenerate texts of the scaling table")
    parser.add_argument("--only", nargs="+", choices=("throughput", "cold", "scaling", "workers"), help="some tables")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--batch-child", nargs=2, type=int, metavar=("WORKERS", "COPIES"), help=argparse.SUPPRESS)
    parser.add_argument("--first-sight", choices=("natasha", "summitkit"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # tables appear as they are done
    if args.child:
        return _child(args.child[0], int(args.child[1]), args.corpus)
    if args.batch_child:
        return _batch_child(args.batch_child[0], args.batch_child[1], args.corpus)
    if args.first_sight:
        return _first_sight_child(args.first_sight, args.corpus)

    texts = load_texts(args.corpus)
    tables = set(args.only or ("throughput", "cold", "scaling", "workers"))
    mode = "short" if args.short else "full"
    print(f"# summitkit benchmark ({mode}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")
    if "throughput" in tables:
        throughput(texts, 2 if args.short else args.rounds)
        first_sight(args.corpus, 1 if args.short else 3)
    if "cold" in tables:
        article = max(sorted(args.corpus.glob("*.txt")), key=lambda p: p.stat().st_size) if args.corpus else None
        if article is None:
            article = Path(os.environ.get("TMPDIR", "/tmp")) / "summitkit_bench_sample.txt"
            article.write_text(texts[0], encoding="utf-8")
        cold_start(article, 1 if args.short else 5)
    if "scaling" in tables:
        sizes = args.sizes or ([10_000, 100_000] if args.short else [10_000, 100_000, 1_000_000, 10_000_000])
        degenerate = args.degenerate_size or (100_000 if args.short else 5_000_000)
        scaling(sizes, degenerate, args.corpus)
    if "workers" in tables:
        workers_table(2 if args.short else 18, args.corpus, 1 if args.short else 3)


if __name__ == "__main__":
    main()
