"""How well does the kit pull the article out of a real web page?

Loads the 181 pages of the Zyte/Scrapinghub article-extraction benchmark
through ``kit.load`` (the ``.html.gz`` files, as a user would) and scores the
``text`` column against the gold ``articleBody``:

- **words**: precision, recall and F1 over whitespace tokens, counted as a bag
  of words (multiset overlap), computed per page and averaged over pages;
- **shingles**: the benchmark's own metric (``evaluate.py`` in
  github.com/scrapinghub/article-extraction-benchmark): the same overlap over
  4-grams of ``\\w+`` tokens, precision and recall averaged over pages, F1 the
  harmonic mean of the two averages. It punishes text in the wrong order or
  glued together, which the bag of words does not see.

It also compares trafilatura settings (default, ``favor_precision``,
``favor_recall``, without tables) on the same pages, with a paired bootstrap of
the F1 difference, and checks that titles and dates come through.

Run from the project root::

    .venv/bin/python benchmarks/eval_extraction.py [--shared ../shared] [--no-settings]

Higher is better for every score. The pages' text is third-party copyright:
the script prints scores and page keys, never article text.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import polars as pl

import kit
from kit.clean import clean_text
from kit.corpus import extract_html

ROOT = Path(__file__).resolve().parents[1]

BENCHMARK = Path("corpora") / "article-extraction-benchmark"
SETTINGS: dict[str, dict[str, bool]] = {
    "kit (favor_precision)": {"favor_precision": True, "favor_recall": False, "include_tables": True},
    "trafilatura default": {"favor_precision": False, "favor_recall": False, "include_tables": True},
    "favor_recall": {"favor_precision": False, "favor_recall": True, "include_tables": True},
    "no tables (kit before)": {"favor_precision": False, "favor_recall": False, "include_tables": False},
    "favor_precision, no tables": {"favor_precision": True, "favor_recall": False, "include_tables": False},
}
"""Settings compared; the first is what ``kit.corpus.extract_html`` uses by default."""

_WORD = re.compile(r"\w+")


def overlap(true: Sequence[object], pred: Sequence[object]) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``pred`` against ``true``, as multisets.

    An empty prediction of an empty gold text scores 1; an empty prediction of
    a non-empty one scores 0.

    >>> overlap("a b b c".split(), "a b x".split())
    (0.6666666666666666, 0.5, 0.5714285714285715)
    """
    t, p = Counter(true), Counter(pred)
    tp = sum((t & p).values())
    n_pred, n_true = sum(p.values()), sum(t.values())
    if n_pred == 0 and n_true == 0:
        return 1.0, 1.0, 1.0
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_true if n_true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def words(text: str) -> list[str]:
    """Whitespace tokens, the unit of the bag-of-words score."""
    return (text or "").split()


def shingles(text: str, n: int = 4) -> list[tuple[str, ...]]:
    """The benchmark's units: every run of ``n`` consecutive ``\\w+`` tokens.

    A text shorter than ``n`` tokens is one shingle (none when it is empty).

    >>> shingles("It is a fine day.", 4)
    [('It', 'is', 'a', 'fine'), ('is', 'a', 'fine', 'day')]
    """
    toks = _WORD.findall(text or "")
    return [tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n]]


def score_pages(gold: dict[str, str], texts: dict[str, str | None]) -> pl.DataFrame:
    """Score every gold page; a page missing from ``texts`` counts as empty.

    Returns
    -------
    DataFrame
        ``key``, ``words_p``, ``words_r``, ``words_f1`` (bag of whitespace
        tokens), ``shingle_p``, ``shingle_r``, ``shingle_f1`` (the benchmark's
        4-gram shingles), ``exact`` (same ``\\w+`` token sequence).
    """
    rows = []
    for key, body in gold.items():
        pred = texts.get(key) or ""
        wp, wr, wf = overlap(words(body), words(pred))
        sp, sr, sf = overlap(shingles(body), shingles(pred))
        rows.append(
            {"key": key, "words_p": wp, "words_r": wr, "words_f1": wf, "shingle_p": sp,
             "shingle_r": sr, "shingle_f1": sf, "exact": _WORD.findall(body) == _WORD.findall(pred)}
        )
    return pl.DataFrame(rows)


def summarize(scores: pl.DataFrame) -> dict[str, float]:
    """Average the per-page scores.

    ``words_*`` are means over pages (``words_f1`` is the mean per-page F1);
    ``shingle_f1`` is computed as the benchmark does, from the mean precision
    and the mean recall. Also the median word F1, the pages with word F1 below
    0.5, and the share of exact matches.
    """
    sp, sr = scores["shingle_p"].mean(), scores["shingle_r"].mean()
    return {
        "pages": scores.height,
        "words_p": scores["words_p"].mean(),
        "words_r": scores["words_r"].mean(),
        "words_f1": scores["words_f1"].mean(),
        "words_f1_median": scores["words_f1"].median(),
        "pages_f1_below_0.5": scores.filter(pl.col("words_f1") < 0.5).height,
        "shingle_p": sp,
        "shingle_r": sr,
        "shingle_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
        "exact": scores["exact"].mean(),
    }


def paired_bootstrap(
    a: Sequence[float], b: Sequence[float], *, n: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean of ``a - b`` over pages and its 95% bootstrap interval (pages resampled)."""
    rng = random.Random(seed)
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    means = sorted(statistics.fmean(rng.choices(diffs, k=len(diffs))) for _ in range(n))
    return statistics.fmean(diffs), means[int(0.025 * n)], means[int(0.975 * n) - 1]


def sign_test(better: int, worse: int) -> float:
    """Two-sided sign-test p-value: how surprising ``better`` vs ``worse`` pages are if neither setting is better.

    >>> round(sign_test(8, 2), 3)
    0.109
    """
    n, k = better + worse, min(better, worse)
    if n == 0:
        return 1.0
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2**n)


def load_gold(folder: Path) -> dict[str, dict[str, str]]:
    """``{key: {"url", "articleBody"}}`` from the benchmark's ``ground-truth.json``."""
    return json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))


def load_pages(folder: Path) -> tuple[pl.DataFrame, float]:
    """Load every page with ``kit.load`` (cleaning on, as a user gets it); returns docs and seconds."""
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # charset notes for pages that declare none
        docs = kit.load(folder / "html", progress=False)
    return docs, time.perf_counter() - start


def extract_with(docs: pl.DataFrame, settings: dict[str, bool], *, clean: bool = True) -> tuple[dict[str, str], float]:
    """Re-extract every page's ``raw`` HTML with other trafilatura settings (then clean, as the kit does)."""
    texts: dict[str, str] = {}
    start = time.perf_counter()
    for key, raw in zip(docs["doc_id"], docs["raw"], strict=True):
        text = extract_html(raw, **settings)["text"] or ""
        texts[key] = clean_text(text)[0] if clean else text
    return texts, time.perf_counter() - start


_URL_DATE = re.compile(r"/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$)|/(20\d\d)(\d\d)(\d\d)/")


def url_date(url: str) -> str | None:
    """A ``YYYY-MM-DD`` date written in a URL path, if there is one.

    >>> url_date("https://www.vox.com/science/2019/11/8/20948348/delhi")
    '2019-11-08'
    """
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (g for g in m.groups() if g is not None)
    return f"{y}-{int(mo):02d}-{int(d):02d}"


def check_metadata(docs: pl.DataFrame, gold: dict[str, dict[str, str]]) -> dict[str, int]:
    """Count pages with a title, a date and a site name; compare dates with dates in URLs.

    Titles have no gold: a title counts as plausible when at least half of its
    words (3+ letters) appear in the URL or the gold body.
    """
    out = {"pages": docs.height, "title": 0, "title_plausible": 0, "date": 0, "source": 0,
           "url_has_date": 0, "date_matches_url": 0}
    for key, title, date, source in docs.select("doc_id", "title", "date", "source").iter_rows():
        g = gold.get(key, {})
        out["title"] += bool(title)
        out["date"] += bool(date)
        out["source"] += bool(source)
        if title:
            ref = (g.get("url", "") + " " + g.get("articleBody", "")).lower()
            tw = [w for w in re.findall(r"\w{3,}", title.lower())]
            out["title_plausible"] += bool(tw) and sum(w in ref for w in tw) >= len(tw) / 2
        ud = url_date(g.get("url", ""))
        if ud:
            out["url_has_date"] += 1
            out["date_matches_url"] += date == ud
    return out


def _fmt(row: dict[str, float]) -> str:
    return (
        f"words P={row['words_p']:.3f} R={row['words_r']:.3f} F1={row['words_f1']:.3f} "
        f"(median {row['words_f1_median']:.3f}, {row['pages_f1_below_0.5']} pages < 0.5) | "
        f"shingles P={row['shingle_p']:.3f} R={row['shingle_r']:.3f} F1={row['shingle_f1']:.3f} "
        f"| exact {row['exact']:.3f}"
    )


def compare_settings(docs: pl.DataFrame, gold: dict[str, str], show: Callable[[str], None]) -> pl.DataFrame:
    """Score every setting in :data:`SETTINGS` on the same pages; print and return the table."""
    rows, per_page = [], {}
    for name, settings in SETTINGS.items():
        texts, seconds = extract_with(docs, settings)
        scores = score_pages(gold, texts)
        per_page[name] = scores
        summary = summarize(scores)
        rows.append({"setting": name, **summary, "pages_per_s": len(texts) / seconds})
        show(f"{name:28} {_fmt(summary)} | {len(texts) / seconds:.1f} pages/s")
    base = next(iter(SETTINGS))
    show(f"\nPaired bootstrap over pages, {base} minus each other setting (mean [95% interval]):")
    for name in list(SETTINGS)[1:]:
        for col in ("words_f1", "shingle_f1"):
            d, lo, hi = paired_bootstrap(per_page[base][col].to_list(), per_page[name][col].to_list())
            better = (per_page[base][col] > per_page[name][col] + 1e-9).sum()
            worse = (per_page[base][col] < per_page[name][col] - 1e-9).sum()
            show(
                f"  vs {name:28} {col:10} {d:+.4f} [{lo:+.4f}, {hi:+.4f}]  pages better {better}, "
                f"worse {worse} (sign test p={sign_test(better, worse):.3f})"
            )
    return pl.DataFrame(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder holding corpora/ (default: ../shared)")
    parser.add_argument("--no-settings", action="store_true", help="skip the comparison of trafilatura settings")
    args = parser.parse_args(argv)
    folder = args.shared / BENCHMARK
    if not (folder / "ground-truth.json").exists():
        print(f"{folder} not found: pass --shared <folder holding corpora/>", file=sys.stderr)
        return 2
    gold_all = load_gold(folder)
    gold = {k: v["articleBody"] for k, v in gold_all.items()}

    docs, seconds = load_pages(folder)
    print(f"kit.load: {docs.height} pages in {seconds:.1f} s = {docs.height / seconds:.1f} pages/s "
          "(decode + trafilatura + cleaning)")
    missing = set(gold) - set(docs["doc_id"])
    if missing:
        print(f"  {len(missing)} gold pages did not load: {sorted(missing)[:5]}")
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    scores = score_pages(gold, texts)
    print(f"\nkit.load text (cleaned):   {_fmt(summarize(scores))}")
    raw_docs_text = {k: extract_html(r)["text"] for k, r in zip(docs["doc_id"], docs["raw"], strict=True)}
    print(f"extracted, before cleaning: {_fmt(summarize(score_pages(gold, raw_docs_text)))}")

    worst = scores.filter(pl.col("words_f1") < 0.5).sort("words_f1")
    if worst.height:
        print("\nPages with word F1 < 0.5 (key, url, P, R):")
        for key, p, r in worst.select("key", "words_p", "words_r").iter_rows():
            print(f"  {key[:12]}  {gold_all[key]['url'][:90]}  P={p:.2f} R={r:.2f}")

    meta = check_metadata(docs, gold_all)
    print(
        f"\nMetadata: title {meta['title']}/{meta['pages']} (plausible {meta['title_plausible']}), "
        f"date {meta['date']}/{meta['pages']}, site name {meta['source']}/{meta['pages']}; "
        f"date equals the date in the URL on {meta['date_matches_url']}/{meta['url_has_date']} pages "
        "whose URL has one"
    )

    if not args.no_settings:
        print("\nTrafilatura settings, each re-extracted from the same raw pages and cleaned:")
        compare_settings(docs, gold, print)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
