"""Do the cleaning rules remove boilerplate, and only boilerplate, on real text?

Three measurements on the corpora in ``../shared/corpora``:

(a) **BBC** (2,225 clean articles): the files hold no web boilerplate, so every
    line or credit removal there is a false positive. Counted by rule, with
    examples. Entity decodings (``&#233;`` -> ``é``) are listed apart: the files
    do carry a few raw entities, and decoding them is a fix, not a removal.
(b) **Article-extraction benchmark** (181 real pages): ``clean_text`` runs on
    the text trafilatura extracted (``kit.load(..., clean=False)``) and each
    removal is checked against the gold article body. A removed line that is in
    the gold body is a false positive; a removed line that is not is a true
    removal. Lines left in the cleaned text that are not in the gold body are
    misses (boilerplate the extractor and the rules let through).
(c) **AG News** (7,600 rows): in-line fixes counted (entities, including the
    broken ``doesn #39;t`` form, HTML tags left as text, backslashes that stood
    for line breaks), and what is left of them after cleaning.

Run from the project root::

    .venv/bin/python benchmarks/eval_cleaning.py [--shared ../shared] [--examples 5]

A line counts as "in the gold body" when, after whitespace is normalized and a
list bullet is dropped, it is a whole gold line, or (four words or more) it is
part of the gold text or at least 60% of its word trigrams occur in it.
The corpora are third-party copyright: examples are printed for the reader,
cut to 100 characters, and never saved.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

import kit
from kit.clean import clean_text

ROOT = Path(__file__).resolve().parents[1]
INLINE_FIXES = ("entity", "markup", "backslash")
"""Rules that change characters inside a kept line instead of removing text."""

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")


def normalize(line: str) -> str:
    """Collapse whitespace and drop a leading list bullet.

    >>> normalize("  - Two   words ")
    'Two words'
    """
    return " ".join(_BULLET.sub("", line).split())


def _trigrams(text: str) -> list[tuple[str, ...]]:
    toks = [t.lower() for t in _WORD.findall(text)]
    return [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]


@dataclass
class Gold:
    """A gold article body, indexed for :meth:`contains`."""

    text: str
    flat: str = ""
    lines: set[str] = field(default_factory=set)
    grams: set[tuple[str, ...]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.flat = " ".join(self.text.split())
        self.lines = {normalize(x) for x in self.text.splitlines() if x.strip()}
        self.grams = set(_trigrams(self.text))

    def contains(self, fragment: str) -> bool:
        """Whether a line (or a cut piece of one) belongs to the gold body.

        >>> g = Gold("Email\\n\\nThe council met on Monday to vote on the plan.")
        >>> g.contains("Email"), g.contains("the council met on Monday"), g.contains("Share")
        (True, True, False)
        """
        frag = normalize(fragment)
        if not frag:
            return True
        if frag in self.lines:
            return True
        if len(frag.split()) < 4:
            return False
        if frag in self.flat:
            return True
        grams = _trigrams(frag)
        return bool(grams) and sum(g in self.grams for g in grams) / len(grams) >= 0.6


def _quiet_load(source: object, **kwargs: object) -> pl.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # problems are counted by the report, not shown here
        return kit.load(source, progress=False, **kwargs)  # type: ignore[arg-type]


def _cut(text: str, n: int = 100) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def bbc(folder: Path, examples: int) -> dict[str, int]:
    """(a) Removals on the clean BBC articles, by rule; every one is a false positive."""
    docs = _quiet_load(folder)
    rem = kit.removed(docs)
    wrong = rem.filter(~pl.col("rule").is_in(INLINE_FIXES))
    fixes = rem.filter(pl.col("rule").is_in(INLINE_FIXES))
    print(f"(a) BBC: {docs.height} articles; false-positive removals: {wrong.height} "
          f"in {wrong['doc_id'].n_unique()} articles; in-line fixes: {fixes.height}")
    counts = {}
    for (rule,), group in wrong.group_by(["rule"], maintain_order=True):
        counts[str(rule)] = group.height
        print(f"    {rule:18} {group.height:5}")
        for doc_id, text in group.select("doc_id", "removed").head(examples).iter_rows():
            print(f"        {doc_id}: {_cut(text)!r}")
    for (rule,), group in fixes.group_by(["rule"], maintain_order=True):
        shown = Counter(group["removed"].to_list()).most_common(8)
        print(f"    fix {rule:14} {group.height:5}  {', '.join(f'{k!r}×{v}' for k, v in shown)}")
    return counts


def benchmark(folder: Path, examples: int) -> dict[str, Counter[str]]:
    """(b) Removals on the extracted benchmark pages judged against the gold body; misses listed."""
    import json

    gold = {k: Gold(v["articleBody"]) for k, v in
            json.loads((folder / "ground-truth.json").read_text(encoding="utf-8")).items()}
    docs = _quiet_load(folder / "html", clean=False)
    fp: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    fixes: Counter[str] = Counter()
    fp_ex: dict[str, list[str]] = defaultdict(list)
    ok_ex: dict[str, list[str]] = defaultdict(list)
    gold_words_lost = junk_words_removed = 0
    misses: list[tuple[str, str]] = []
    for key, text in docs.select("doc_id", "text").iter_rows():
        g = gold.get(key)
        if g is None:
            continue
        cleaned, removals, _ = clean_text(text or "")
        for r in removals:
            rule, piece = str(r["rule"]), str(r["removed"])
            if rule in INLINE_FIXES:
                fixes[rule] += 1
            elif g.contains(piece):
                fp[rule] += 1
                gold_words_lost += len(piece.split())
                fp_ex[rule].append(f"{key[:8]}: {_cut(piece)!r}")
            else:
                ok[rule] += 1
                junk_words_removed += len(piece.split())
                ok_ex[rule].append(f"{key[:8]}: {_cut(piece)!r}")
        misses.extend((key, line) for line in cleaned.splitlines() if line.strip() and not g.contains(line))
    print(f"\n(b) Benchmark: {docs.height} pages; removed lines in the gold body (false positives): "
          f"{sum(fp.values())}; removed lines not in it: {sum(ok.values())}; in-line fixes: {dict(fixes)}")
    print(f"    words removed that the gold keeps: {gold_words_lost}; words removed that it does not: "
          f"{junk_words_removed}")
    print(f"    {'rule':18} {'false pos.':>10} {'removed ok':>10}")
    for rule in sorted(set(fp) | set(ok)):
        print(f"    {rule:18} {fp[rule]:10} {ok[rule]:10}")
        for ex in fp_ex[rule][:examples]:
            print(f"        FP {ex}")
        for ex in ok_ex[rule][:examples]:
            print(f"        ok {ex}")
    short = [m for m in misses if len(m[1].split()) <= 12]
    print(f"    misses: {len(misses)} lines left that are not in the gold body "
          f"({sum(len(m[1].split()) for m in misses)} words), {len(short)} of them 12 words or fewer; "
          f"on {len({m[0] for m in misses})} pages")
    common = Counter(normalize(m[1]).lower() for m in short).most_common(examples)
    for line, n in common:
        print(f"        ×{n} {_cut(line)!r}")
    for key, line in short[: examples * 3]:
        print(f"        {key[:8]}: {_cut(line)!r}")
    return {"false_positives": fp, "removed_ok": ok, "misses": Counter(miss=len(misses))}


def ag_news(path: Path, examples: int) -> dict[str, int]:
    """(c) In-line fixes on AG News descriptions, and what is left after cleaning."""
    table = pl.read_csv(path, has_header=False, infer_schema=False, quote_char='"')
    _label, title, text = table.columns[:3]
    docs = _quiet_load(table, text_column=text, title_column=title)
    rem = kit.removed(docs)
    counts = {str(r): n for r, n in rem.group_by("rule").len().sort("len", descending=True).iter_rows()}
    print(f"\n(c) AG News: {docs.height} rows; fixes and removals by rule: {counts}; "
          f"rows touched: {rem['doc_id'].n_unique()}")
    for rule in INLINE_FIXES:
        top = Counter(rem.filter(pl.col("rule") == rule)["removed"].to_list()).most_common(examples)
        print(f"    {rule:10} {', '.join(f'{_cut(k, 40)!r}×{v}' for k, v in top)}")
    other = rem.filter(~pl.col("rule").is_in(INLINE_FIXES))
    for doc_id, rule, piece in other.select("doc_id", "rule", "removed").head(examples).iter_rows():
        print(f"    removed {rule}: {doc_id}: {_cut(piece)!r}")
    left = {
        "entity-like": r"&#?\w{2,8};| #\d{2,4};| (?:quot|amp|lt|gt|hellip|nbsp);",
        "tag-like": r"</?(?:a|b|i|font|p|br)\b",
        "backslash": r"\\",
    }
    remaining = {k: docs.filter(pl.col("text").str.contains(v)).height for k, v in left.items()}
    before = {k: docs.filter(pl.col("raw").str.contains(v)).height for k, v in left.items()}
    print("    rows with artifacts, raw -> cleaned: "
          + ", ".join(f"{k} {before[k]} -> {remaining[k]}" for k in left))
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three measurements and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder holding corpora/ (default: ../shared)")
    parser.add_argument("--examples", type=int, default=5, help="examples shown per rule")
    args = parser.parse_args(argv)
    corpora = args.shared / "corpora"
    if not corpora.is_dir():
        print(f"{corpora} not found: pass --shared <folder holding corpora/>", file=sys.stderr)
        return 2
    bbc(corpora / "bbc-news-fulltext", args.examples)
    benchmark(corpora / "article-extraction-benchmark", args.examples)
    ag_news(corpora / "ag-news-test" / "test.csv", args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
