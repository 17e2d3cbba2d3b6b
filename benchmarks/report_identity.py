"""Reports before and after a change, byte for byte: for changes that must not change any output.

Run it once on the code before the change (``dump``) and once after (``compare``), in the same
directory of reports:

    python benchmarks/report_identity.py dump /tmp/before --corpus DIR
    python benchmarks/report_identity.py compare /tmp/before --corpus DIR

The texts are every article of the corpus, a long text made of the corpus repeated (read in
windows) and the degenerate texts of ``bench_pipeline.py``; each report is compared as
``model_dump_json()``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_pipeline import load_texts, make_text


def cases(corpus: Path, long_size: int, degenerate_size: int) -> Iterator[tuple[str, str]]:
    """``(name, text)`` of every text compared."""
    for path in sorted(corpus.glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")
    texts = load_texts(corpus)
    yield f"news-{long_size}", make_text("news", long_size, texts)
    for kind in ("one-line", "one-word", "latin"):
        yield f"{kind}-{degenerate_size}", make_text(kind, degenerate_size, texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["dump", "compare"])
    parser.add_argument("reports", type=Path, help="directory of the reports dumped before the change")
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--long-size", type=int, default=2_000_000)
    parser.add_argument("--degenerate-size", type=int, default=300_000)
    args = parser.parse_args()

    import summitkit

    args.reports.mkdir(parents=True, exist_ok=True)
    differ = 0
    for name, text in cases(args.corpus, args.long_size, args.degenerate_size):
        report = summitkit.extract(text).model_dump_json().encode()
        path = args.reports / f"{name}.json"
        if args.mode == "dump":
            path.write_bytes(report)
            continue
        same = path.read_bytes() == report
        differ += not same
        print(f"{'same' if same else 'DIFFERENT'} {name} {len(report)} bytes {hashlib.sha256(report).hexdigest()[:12]}")
    if args.mode == "compare":
        print(f"{differ} report(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
