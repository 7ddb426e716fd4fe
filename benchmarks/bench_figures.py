"""Speed and memory of kit.figures (and compare_figures) on a corpus.

    python benchmarks/bench_figures.py ../shared/corpora/bbc-news-fulltext [--repeat 3]

Loads the corpus once (not timed), then prints documents/s, MB/s and peak
memory (resident set, with the kernel's high-water mark reset before each
step) for: the candidate search alone (polars), kit.figures with its own quick
sentence splitter (the default), and kit.figures given kit.sentences' table.
Times are the best of ``--repeat`` runs; the first run (which compiles the
regular expressions) is reported separately, and so is the least CPU time of
a run (all threads: polars' and the sentence splitter's). The machine's load
average is printed before and after: on a shared machine, other jobs slow the
wall-clock times.
"""

from __future__ import annotations

import argparse
import importlib
import os
import warnings
from pathlib import Path

from _timing import measure  # benchmarks/_timing.py (scripts run from benchmarks/)

import kit

FIG = importlib.import_module("kit.figures")


def _load() -> str:
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    docs = kit.load(args.corpus, progress=False)
    n, mb = docs.height, docs["text"].str.len_bytes().sum() / 1e6
    sents = kit.sentences(docs)
    result = kit.figures(docs)
    print(f"corpus: {args.corpus} ({n:,} documents, {mb:.1f} MB of text, {result.height:,} figures)")
    print(f"before: {_load()}")
    steps = {
        "candidates (polars regex)": lambda: FIG._candidates(docs),
        "figures (quick sentences)": lambda: kit.figures(docs),
        "figures (given kit.sentences)": lambda: kit.figures(docs, sentences=sents),
    }
    print(f"{'step':<32} {'first s':>8} {'best s':>8} {'cpu s':>7} {'docs/s':>9} {'MB/s':>7} {'peak MB':>8}")
    for name, step in steps.items():
        first, best, cpu, peak = measure(step, args.repeat)
        print(f"{name:<32} {first:8.3f} {best:8.3f} {cpu:7.3f} {n / best:9,.0f} {mb / best:7.2f} {peak:8.0f}")
    print(f"after: {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
