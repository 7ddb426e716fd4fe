"""Speed and memory of kit.quotes and kit.quote_density on a corpus.

    python benchmarks/bench_quotes.py ../shared/corpora/bbc-news-fulltext [--repeat 5] [--raw]

Loads the corpus once (not timed; ``--raw`` reads the files as they are, with no
title split or cleaning, the way the gold evaluation does), then prints documents/s,
MB/s and peak memory (resident set, with the kernel's high-water mark reset
before each step) for: the candidate search alone (polars: marks, breaks, cues
and names for the whole corpus), kit.quotes, and kit.quotes + kit.quote_density
(the density reuses the quotes table). Times are the best of ``--repeat`` runs
(the machine may be shared); the first run is reported separately. CPU seconds
count every thread, so they exceed wall seconds when polars runs in parallel.
"""

from __future__ import annotations

import argparse
import importlib
import warnings
from pathlib import Path

import polars as pl
from _timing import measure  # benchmarks/_timing.py (scripts run from benchmarks/)

import kit

QUOTES = importlib.import_module("kit.quotes")


def read_raw(path: Path) -> pl.DataFrame:
    """Every .txt file under ``path`` as it is (UTF-8, cp1252 fallback), one row each."""
    ids, texts = [], []
    for f in sorted(path.rglob("*.txt")):
        if f.name in ("README.TXT", "SOURCE.txt", "LICENSE.txt"):
            continue
        data = f.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
        ids.append(str(f.relative_to(path)))
    return pl.DataFrame({"doc_id": ids, "text": texts})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--raw", action="store_true", help="read .txt files as they are (no kit.load)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    docs = read_raw(args.corpus) if args.raw else kit.load(args.corpus, progress=False).select("doc_id", "text")
    n, mb = docs.height, docs["text"].str.len_bytes().sum() / 1e6
    table = kit.quotes(docs)
    speech = table.filter(pl.col("kind") == "speech")
    print(
        f"corpus: {args.corpus} ({n:,} documents, {mb:.1f} MB of text; {table.height:,} quoted fragments, "
        f"{speech.height:,} speech, {speech['speaker'].is_not_null().mean():.0%} with a speaker)"
    )

    def both() -> None:
        kit.quote_density(docs, quotes_table=kit.quotes(docs))

    steps = {
        "candidates (polars)": lambda: (QUOTES._events(docs), QUOTES._names(docs)),
        "quotes": lambda: kit.quotes(docs),
        "quotes + density": both,
    }
    print(f"{'step':<22} {'first s':>8} {'best s':>8} {'cpu s':>7} {'docs/s':>9} {'MB/s':>7} {'peak MB':>8}")
    for name, step in steps.items():
        first, best, cpu, peak = measure(step, args.repeat)
        print(f"{name:<22} {first:8.3f} {best:8.3f} {cpu:7.3f} {n / best:9,.0f} {mb / best:7.2f} {peak:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
