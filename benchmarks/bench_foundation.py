"""Speed and memory of the foundation steps on a corpus.

    python benchmarks/bench_foundation.py ../shared/corpora/bbc-news-fulltext [--repeat 3]

Prints documents/s, MB/s and peak memory (resident set, measured by resetting
the kernel's high-water mark before each step) for load, clean, sentences,
tokens and segment (sentences + tokens in one pass). Times are the best of
``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import warnings
from collections.abc import Callable
from pathlib import Path

from _timing import measure  # benchmarks/_timing.py (scripts run from benchmarks/)

import kit
from kit.clean import clean_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    raw = kit.load(args.corpus, clean=False, progress=False)
    docs = kit.load(args.corpus, progress=False).select("doc_id", "text")
    n = docs.height
    mb = sum(len(t.encode("utf-8")) for t in docs["text"]) / 1e6
    print(f"{args.corpus}: {n:,} documents, {mb:.2f} MB of text")
    steps: dict[str, Callable[[], object]] = {
        "load (read, decode, titles)": lambda: kit.load(args.corpus, clean=False, progress=False),
        "clean": lambda: [clean_text(t) for t in raw["text"]],
        "load + clean": lambda: kit.load(args.corpus, progress=False),
        "sentences": lambda: kit.sentences(docs),
        "tokens": lambda: kit.tokens(docs),
        "segment (both)": lambda: kit.segment(docs),
    }
    print(f"{'step':30} {'first s':>8} {'best s':>8} {'cpu s':>7} {'docs/s':>10} {'MB/s':>8} {'peak MB':>8}")
    for name, step in steps.items():
        first, secs, cpu, peak = measure(step, args.repeat)
        print(f"{name:30} {first:8.3f} {secs:8.3f} {cpu:7.3f} {n / secs:10,.0f} {mb / secs:8.1f} {peak:8.0f}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
