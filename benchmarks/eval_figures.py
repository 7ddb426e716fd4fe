"""Score kit.figures against the hand-annotated gold sets.

Usage::

    python benchmarks/eval_figures.py [--shared ../shared] [--gold tests/gold] [--errors N]

Each gold line names its source (a BBC file, decoded whole, UTF-8 with a cp1252
fallback, headline included; or ``articleBody`` of an entry of the
article-extraction benchmark's ground-truth.json), the sentence, the surface and
its occurrence in the sentence. The source text goes to :func:`kit.figures` as a
one-row docs frame; each gold figure is located (sentence, then surface) and
matched one-to-one to the prediction that overlaps it most. The gold sets are
exhaustive per article, so every unmatched prediction counts against precision.

Scores (precision, recall, F1 over all gold figures and all predictions):

- ``value``: value and value_max equal (relative tolerance 1e-3).
- ``value+unit``: also the unit; when gold has no unit, the prediction must have
  none either and the counted noun must match (head word, case and plural ``s``
  ignored; both null counts as a match).
- ``value+relation``, ``value+trend``: also the relation, the trend.
- ``value+noun``: also what the figure counts or is a share of, whatever the unit (head word
  as above; both null counts as a match): '40% of adults' is adults, 'profits jumped 76%' profits.
- ``kind``: accuracy over matched pairs.
- ``negatives``: identifier-like numbers listed in the gold notes that must not be
  found, plus a built-in list (``COVID-19``, ``F-16``, ``Section 427``...).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _gold import source_text as _gold_source_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kit  # noqa: E402

METRICS = ("value", "value+unit", "value+relation", "value+trend", "value+noun")

BUILTIN_NEGATIVES = [
    ("COVID-19 cases rose again.", "19"),
    ("Two F-16 jets were scrambled.", "16"),
    ("G7 leaders met in Cornwall.", "7"),
    ("He was charged under Section 427 of the act.", "427"),
    ("The UN passed Resolution 2334 in 2016.", "2334"),
    ("The new PS5 and Xbox 360 went on sale.", "360"),
    ("Fans of MP3 players and 3G phones.", "3"),
    ("The Boeing 737-800 is popular.", "737"),
    ("Take the M25 to junction 10.", "25"),
    ("Windows 95 was a hit.", "95"),
    ("Call 911 calls centre.", "911"),
    ("The H1N1 virus spread.", "1"),
]
"""Sentences with an identifier (and the digits of it) that kit.figures must not report."""


# --- reading the gold -------------------------------------------------------------------------------


def source_text(source: str, shared: Path) -> str:
    """The text a gold line refers to (benchmarks/_gold.py)."""
    return _gold_source_text(source, shared)


def _find_occurrence(sentence: str, surface: str, occurrence: int, *, boundary: bool) -> int:
    pos, seen = -1, -1
    while True:
        pos = sentence.find(surface, pos + 1)
        if pos < 0:
            return -1
        if boundary:
            before = sentence[pos - 1] if pos else " "
            after = sentence[pos + len(surface)] if pos + len(surface) < len(sentence) else " "
            if before.isalnum() or after.isalnum():
                continue
        seen += 1
        if seen == occurrence:
            return pos


def load_gold(path: Path, shared: Path) -> list[dict]:
    """Gold lines with ``start``/``end`` offsets into their source text.

    Occurrences are counted as plain substrings in the BBC set and as
    substrings that do not touch a letter or digit in the web set (each file's
    notes say which).
    """
    boundary = "web" in path.name
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        text = source_text(r["source"], shared)
        s0 = text.find(r["sentence"])
        k = _find_occurrence(r["sentence"], r["surface"], r.get("occurrence", 0), boundary=boundary)
        if s0 < 0 or k < 0:
            raise ValueError(f"cannot locate gold figure {r['surface']!r} in {r['source']}")
        r["start"], r["end"] = s0 + k, s0 + k + len(r["surface"])
        r["corpus"] = path.stem.removeprefix("figures_")
        rows.append(r)
    return rows


def load_negatives(gold_dir: Path, shared: Path) -> list[dict]:
    """Identifier-like numbers the gold notes list as not figures, located in their sources."""
    out: list[dict] = []
    for md in sorted(gold_dir.glob("figures_*.md")):
        text = md.read_text("utf-8")
        for line in re.findall(r'^\{"source".*"context".*\}$', text, flags=re.M):
            r = json.loads(line)
            src = source_text(r["source"], shared)
            c = src.find(r["context"])
            k = r["context"].find(r["surface"])
            if c >= 0 and k >= 0:
                out.append({"source": r["source"], "surface": r["surface"], "start": c + k,
                            "end": c + k + len(r["surface"])})  # fmt: skip
        out.extend(_negatives_from_table(text, shared))
    return out


def _negatives_from_table(md: str, shared: Path) -> list[dict]:
    """The web notes list identifiers in a table: backticked strings and a source prefix."""
    section = re.search(r"## Negative examples: identifiers.*?\n(.*?)\n\n", md, flags=re.S)
    if not section:
        return []
    gt = shared / "corpora" / "article-extraction-benchmark" / "ground-truth.json"
    keys = list(json.loads(gt.read_text("utf-8"))) if gt.exists() else []
    out = []
    for row in section.group(1).splitlines():
        cells = row.split("|")
        if len(cells) < 3 or "`" not in cells[2]:
            continue
        src_ref = re.findall(r"`([^`]+)`", cells[2])[0]
        prefix = src_ref.split("#")[-1].rstrip("…")
        if src_ref.startswith("bbc-news"):
            source = src_ref
        else:
            match = [k for k in keys if k.startswith(prefix)]
            if not match:
                continue
            source = f"article-extraction-benchmark/ground-truth.json#{match[0]}"
        text = source_text(source, shared)
        for item in re.findall(r"`([^`]+)`", cells[1]):
            tokens = [t for t in re.split(r"\s+", item) if re.search(r"\d", t)] or [
                t for t in item.split() if t.lower() in ("one", "two", "five")
            ]
            token = tokens[-1] if tokens else None
            if token is None:
                continue
            for m in re.finditer(re.escape(item), text):
                k = item.find(token)
                out.append({"source": source, "surface": token, "start": m.start() + k,
                            "end": m.start() + k + len(token)})  # fmt: skip
    return out


# --- matching and scoring ------------------------------------------------------------------------------


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-6)


def _head(noun: str | None) -> str | None:
    if not noun:
        return None
    w = re.split(r"[\s-]+", noun.strip().lower())[-1].replace("’", "'").removesuffix("'s")
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _checks(g: dict, p: dict) -> dict[str, bool]:
    value = _same(g["value"], p["value"]) and _same(g["value_max"], p["value_max"])
    if g["unit"] is not None:
        unit = p["unit"] == g["unit"]
    else:
        unit = p["unit"] is None and _head(g["noun"]) == _head(p["noun"])
    return {
        "value": value,
        "value+unit": value and unit,
        "value+relation": value and p["relation"] == g["relation"],
        "value+trend": value and p["trend"] == g["trend"],
        "value+noun": value and _head(g["noun"]) == _head(p["noun"]),
        "kind": p["kind"] == g["kind"],
    }


def _match(gold: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(preds):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((overlap, -abs(g["start"] - p["start"]), i, j))
    used_g, used_p, out = set(), set(), []
    for _, _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _prf(correct: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(
    gold_paths: Iterable[Path] | None = None,
    *,
    shared: Path | str = ROOT.parent / "shared",
    figures: Callable[[pl.DataFrame], pl.DataFrame] = kit.figures,
) -> dict:
    """Score ``figures`` on the gold files.

    Parameters
    ----------
    gold_paths : iterable of Path, default=None
        The gold ``.jsonl`` files (default: ``tests/gold/figures_*.jsonl``).
    shared : Path or str, default=``../shared``
        The folder that holds ``corpora/``.
    figures : callable, default=kit.figures
        The extractor to score (docs frame in, FIGURES frame out).

    Returns
    -------
    dict
        ``scores`` (per corpus and ``all``: metric -> precision/recall/f1, plus
        ``kind_accuracy``, ``n_gold``, ``n_pred``), ``negatives`` (how many
        identifier negatives were wrongly found, of how many) and ``errors`` (a
        frame with one row per missed, spurious or wrong figure).
    """
    shared = Path(shared)
    paths = sorted(gold_paths) if gold_paths is not None else sorted((ROOT / "tests" / "gold").glob("figures_*.jsonl"))
    gold = [r for p in paths for r in load_gold(p, shared)]
    sources = list(dict.fromkeys(r["source"] for r in gold))
    docs = pl.DataFrame({"doc_id": sources, "text": [source_text(s, shared) for s in sources]})
    pred = figures(docs)
    by_doc = {s: [] for s in sources}
    for row in pred.iter_rows(named=True):
        by_doc[row["doc_id"]].append(row)
    corpus_of = {r["source"]: r["corpus"] for r in gold}
    tallies: dict[str, dict[str, int]] = {}
    errors = []
    for src in sources:
        g_rows = [r for r in gold if r["source"] == src]
        p_rows = by_doc[src]
        text = docs.filter(pl.col("doc_id") == src)["text"][0]
        pairs = _match(g_rows, p_rows)
        for c in (corpus_of[src], "all"):
            t = tallies.setdefault(c, {"n_gold": 0, "n_pred": 0, "matched": 0, "kind": 0} | dict.fromkeys(METRICS, 0))
            t["n_gold"] += len(g_rows)
            t["n_pred"] += len(p_rows)
            t["matched"] += len(pairs)
            for i, j in pairs:
                for name, ok in _checks(g_rows[i], p_rows[j]).items():
                    t[name] += ok
        errors.extend(_errors(src, text, g_rows, p_rows, pairs))
    scores = {}
    for c, t in tallies.items():
        scores[c] = {m: _prf(t[m], t["n_pred"], t["n_gold"]) for m in METRICS}
        scores[c]["kind_accuracy"] = t["kind"] / t["matched"] if t["matched"] else 0.0
        scores[c]["n_gold"], scores[c]["n_pred"] = t["n_gold"], t["n_pred"]
    return {"scores": scores, "negatives": _check_negatives(paths, shared, figures), "errors": pl.DataFrame(errors)}


def _errors(src: str, text: str, g_rows: list[dict], p_rows: list[dict], pairs: list) -> list[dict]:
    out = []
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}

    def ctx(s: int, e: int) -> str:
        return (text[max(0, s - 40) : s] + "[[" + text[s:e] + "]]" + text[e : e + 40]).replace("\n", " ")

    for i, g in enumerate(g_rows):
        if i not in matched_g:
            out.append({"source": src, "problem": "missed", "field": "", "gold": g["surface"], "pred": "",
                        "context": ctx(g["start"], g["end"])})  # fmt: skip
    for j, p in enumerate(p_rows):
        if j not in matched_p:
            out.append({"source": src, "problem": "spurious", "field": "", "gold": "", "pred": p["surface"],
                        "context": ctx(p["start"], p["end"])})  # fmt: skip
    for i, j in pairs:
        g, p = g_rows[i], p_rows[j]
        checks = _checks(g, p)
        for name in ("value", "value+unit", "value+relation", "value+trend", "kind"):
            if not checks[name] and (name == "value" or checks["value"] or name == "kind"):
                fld = {"value": "value", "value+unit": "unit", "value+relation": "relation",
                       "value+trend": "trend", "kind": "kind"}[name]  # fmt: skip
                gv = (g["value"], g["value_max"]) if fld == "value" else g[fld]
                pv = (p["value"], p["value_max"]) if fld == "value" else p[fld]
                if fld == "unit":
                    gv, pv = f"{g['unit']}/{g['noun']}", f"{p['unit']}/{p['noun']}"
                out.append({"source": src, "problem": "wrong", "field": fld, "gold": str(gv), "pred": str(pv),
                            "context": ctx(p["start"], p["end"])})  # fmt: skip
    return out


def _check_negatives(paths: list[Path], shared: Path, figures: Callable) -> dict:
    gold_dir = paths[0].parent if paths else ROOT / "tests" / "gold"
    negs = load_negatives(gold_dir, shared)
    found = []
    texts = {n["source"]: source_text(n["source"], shared) for n in negs}
    for i, (sentence, digits) in enumerate(BUILTIN_NEGATIVES):
        k = sentence.find(digits)
        texts[f"builtin:{i}"] = sentence
        negs.append({"source": f"builtin:{i}", "surface": digits, "start": k, "end": k + len(digits)})
    docs = pl.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    pred = figures(docs)
    for n in negs:
        hit = pred.filter(
            (pl.col("doc_id") == n["source"]) & (pl.col("start") < n["end"]) & (pl.col("end") > n["start"])
        )
        if hit.height:
            found.append({"source": n["source"], "surface": n["surface"], "found_as": hit["surface"][0]})
    return {"total": len(negs), "wrongly_found": len(found), "found": found}


def _print_report(result: dict) -> None:
    scores = result["scores"]
    print(f"{'corpus':<8} {'metric':<15} {'P':>6} {'R':>6} {'F1':>6}")
    for corpus in sorted(scores, key=lambda c: (c == "all", c)):
        s = scores[corpus]
        for m in METRICS:
            print(f"{corpus:<8} {m:<15} {s[m]['precision']:6.3f} {s[m]['recall']:6.3f} {s[m]['f1']:6.3f}")
        counts = f"(gold {s['n_gold']}, predicted {s['n_pred']})"
        print(f"{corpus:<8} {'kind accuracy':<15} {s['kind_accuracy']:6.3f}   {counts}")
    neg = result["negatives"]
    print(f"identifier negatives wrongly found: {neg['wrongly_found']} of {neg['total']}")
    for f in neg["found"]:
        print(f"  {f['source']}: {f['surface']!r} found as {f['found_as']!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="folder holding corpora/")
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"), help="folder holding figures_*.jsonl")
    ap.add_argument("--errors", type=int, default=0, help="print this many error rows")
    ap.add_argument("--field", default=None, help="only errors of this field (value, unit, relation, trend, kind)")
    args = ap.parse_args(argv)
    paths = sorted(Path(args.gold).glob("figures_*.jsonl"))
    if not paths:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 2
    result = evaluate(paths, shared=Path(args.shared))
    _print_report(result)
    if args.errors:
        err = result["errors"]
        if args.field:
            column = "problem" if args.field in ("missed", "spurious") else "field"
            err = err.filter(pl.col(column) == args.field)
        with pl.Config(tbl_rows=args.errors, fmt_str_lengths=110, tbl_width_chars=250):
            print(err.head(args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
