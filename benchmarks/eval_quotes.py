"""Evaluate :func:`kit.quotes` against the hand-annotated gold quotes.

Usage::

    python benchmarks/eval_quotes.py [--shared ../shared] [--gold tests/gold/quotes_bbc.jsonl ...]
                                     [--top-level] [--errors]

Each gold line names a source text (a BBC file, decoded UTF-8 with a cp1252
fallback, headline included; or an ``articleBody`` of the article-extraction
benchmark) and lists its quotes by exact text and occurrence. The source is
fed to ``kit.quotes`` as a one-row docs frame (``doc_id``, ``text``).

Metrics
-------
* **Direct-quote precision / recall / F1** at word overlap 0.3 and 0.8. The
  target is every gold ``speech`` fragment; predictions are fragments
  predicted as ``speech``. Overlap is the number of shared word tokens (by
  position in the text) divided by the larger of the two spans' word counts
  (so a prediction twice as long as the gold span scores 0.5). Pairs are
  matched one-to-one, best overlap first. Gold scare quotes, titles and
  slogans are not in the target: a speech prediction on one is a false
  positive.
* **Kind accuracy**: every gold fragment (any kind) matched at 0.8 to a
  prediction of any kind; the share whose kind agrees.
* **Speaker accuracy**: speech fragments found at 0.8 whose gold speaker is
  not null; a prediction is right when, compared case-insensitively without
  punctuation or a leading "the"/"a", the two are equal, or one's last word
  equals the other's, or one contains the other. Reported separately for
  pronoun mentions.

``--top-level`` leaves out quotes inside quotes on both sides.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _gold import source_text as _gold_source_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = [ROOT / "tests/gold/quotes_bbc.jsonl", ROOT / "tests/gold/quotes_web.jsonl"]
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her"}
_WORD = re.compile(r"\w+")


def read_source(source: str, shared: Path) -> str:
    """The text a gold line refers to (benchmarks/_gold.py)."""
    return _gold_source_text(source, shared)


def locate(text: str, quote: str, occurrence: int) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th (0-based) appearance of ``quote`` in ``text``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(quote)


def _norm_speaker(s: str | None) -> str:
    if not s:
        return ""
    s = re.sub(r"[^\w\s]", "", s.lower().replace("’s", "").replace("'s", "")).strip()
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    return re.sub(r"\s+", " ", s)


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """Equal, same last word, or one contains the other (case-insensitive, no punctuation).

    >>> same_speaker("Nikol Pashinyan", "Pashinyan"), same_speaker("the Pentagon", "The Pentagon")
    (True, True)
    >>> same_speaker("Tony Blair", "Gordon Brown"), same_speaker("Tony Blair", None)
    (False, False)
    """
    g, p = _norm_speaker(gold), _norm_speaker(pred)
    if not g or not p:
        return False
    return g == p or g.split()[-1] == p.split()[-1] or g in p or p in g


@dataclass
class Tally:
    """Counts for one corpus."""

    docs: int = 0
    gold_speech: int = 0
    pred_speech: int = 0
    tp: dict[float, int] = field(default_factory=lambda: {0.3: 0, 0.8: 0})
    kind_total: int = 0
    kind_right: int = 0
    spk_total: int = 0
    spk_right: int = 0
    pron_total: int = 0
    pron_right: int = 0
    missing_gold: int = 0
    confusion: Counter = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in ("docs", "gold_speech", "pred_speech", "kind_total", "kind_right", "spk_total",
                     "spk_right", "pron_total", "pron_right", "missing_gold"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for t in self.tp:
            self.tp[t] += other.tp[t]
        self.confusion.update(other.confusion)

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for t, tp in self.tp.items():
            p = tp / self.pred_speech if self.pred_speech else 0.0
            r = tp / self.gold_speech if self.gold_speech else 0.0
            out[f"precision@{t}"] = p
            out[f"recall@{t}"] = r
            out[f"f1@{t}"] = 2 * p * r / (p + r) if p + r else 0.0
        out["kind_accuracy"] = self.kind_right / self.kind_total if self.kind_total else 0.0
        out["speaker_accuracy"] = self.spk_right / self.spk_total if self.spk_total else 0.0
        out["pronoun_speaker_accuracy"] = self.pron_right / self.pron_total if self.pron_total else 0.0
        return out


def _word_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _words_in(index: list[tuple[int, int]], starts: list[int], s: int, e: int) -> set[int]:
    import bisect

    i = bisect.bisect_left(starts, s)
    out = set()
    while i < len(index) and index[i][0] < e:
        if index[i][1] <= e:
            out.add(i)
        i += 1
    return out


def overlap(a: set[int], b: set[int]) -> float:
    """Shared words over the larger span's word count.

    >>> overlap({1, 2, 3, 4}, {2, 3, 4, 5, 6})
    0.6
    """
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def _match(gold: list[set[int]], pred: list[set[int]], threshold: float) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = overlap(g, p)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def evaluate_doc(text: str, gold: list[dict], pred: pl.DataFrame, *, top_level: bool = False,
                 errors: list[str] | None = None, label: str = "") -> Tally:  # fmt: skip
    """Score one document's predictions (a QUOTES frame) against its gold quotes."""
    t = Tally(docs=1)
    index = _word_index(text)
    starts = [s for s, _ in index]
    g_rows = []
    for q in gold:
        if top_level and q.get("nested"):
            continue
        span = locate(text, q["quote"], q.get("occurrence", 0))
        if span is None:
            t.missing_gold += 1
            continue
        g_rows.append((q, _words_in(index, starts, *span), span))
    p_rows = [
        (r, _words_in(index, starts, r["start"], r["end"]))
        for r in pred.iter_rows(named=True)
        if not (top_level and r["nested"])
    ]
    g_speech = [g for g in g_rows if g[0]["kind"] == "speech"]
    p_speech = [p for p in p_rows if p[0]["kind"] == "speech"]
    t.gold_speech, t.pred_speech = len(g_speech), len(p_speech)
    for thr in t.tp:
        t.tp[thr] = len(_match([g[1] for g in g_speech], [p[1] for p in p_speech], thr))
    found = _match([g[1] for g in g_speech], [p[1] for p in p_speech], 0.8)
    for i, j in found:
        gq, pr = g_speech[i][0], p_speech[j][0]
        if gq.get("speaker") is None:
            continue
        ok = same_speaker(gq["speaker"], pr["speaker"])
        t.spk_total += 1
        t.spk_right += ok
        if (gq.get("speaker_mention") or "").lower() in PRONOUNS:
            t.pron_total += 1
            t.pron_right += ok
        if not ok and errors is not None:
            errors.append(
                f"{label} SPEAKER gold={gq['speaker']!r} ({gq.get('speaker_mention')!r}) "
                f"pred={pr['speaker']!r} ({pr['speaker_mention']!r}, {pr['rule']}) :: {gq['quote'][:60]!r}"
            )
    for i, j in _match([g[1] for g in g_rows], [p[1] for p in p_rows], 0.8):
        gk, pk = g_rows[i][0]["kind"], p_rows[j][0]["kind"]
        t.kind_total += 1
        t.kind_right += gk == pk
        t.confusion[(gk, pk)] += 1
    if errors is not None:
        _report_misses(errors, label, g_speech, p_speech, found, g_rows, text)
    return t


def _report_misses(errors: list[str], label: str, g_speech: list, p_speech: list,
                   found: list[tuple[int, int]], g_rows: list, text: str) -> None:  # fmt: skip
    fg = {i for i, _ in found}
    fp = {j for _, j in found}
    for i, g in enumerate(g_speech):
        if i not in fg:
            errors.append(f"{label} MISSED gold speech {g[0]['quote'][:70]!r}")
    kinds = {}
    for g in g_rows:
        for w in g[1]:
            kinds[w] = g[0]["kind"]
    for j, p in enumerate(p_speech):
        if j not in fp:
            on = Counter(kinds.get(w, "-") for w in p[1]).most_common(1)
            errors.append(f"{label} FALSE speech ({p[0]['rule']}; gold {on[0][0] if on else '-'}) "
                          f"{p[0]['quote'][:70]!r}")  # fmt: skip


def evaluate(gold_paths: list[Path] | None = None, *, shared: Path | str = "../shared",
             top_level: bool = False, errors: list[str] | None = None, quotes_fn: Any = None,
             ) -> dict[str, dict[str, float]]:  # fmt: skip
    """Score ``kit.quotes`` on the gold files; one dict of scores per corpus plus ``all``.

    Parameters
    ----------
    gold_paths : list of Path, default=None
        JSONL gold files (default: ``tests/gold/quotes_bbc.jsonl`` and ``quotes_web.jsonl``).
    shared : Path or str, default="../shared"
        The folder holding ``corpora/``.
    top_level : bool, default=False
        Leave quotes inside quotes out on both sides.
    errors : list, default=None
        When given, one line per miss, false positive and wrong speaker is appended.
    quotes_fn : callable, default=None
        The extractor (default :func:`kit.quotes`).
    """
    if quotes_fn is None:
        import kit

        quotes_fn = kit.quotes
    shared = Path(shared)
    if not shared.exists():
        shared = ROOT.parent / "shared"
    paths = [Path(p) for p in (gold_paths or DEFAULT_GOLD) if Path(p).exists()]
    result: dict[str, dict[str, float]] = {}
    total = Tally(docs=0)
    for path in paths:
        corpus = path.stem.replace("quotes_", "")
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        texts = [read_source(r["source"], shared) for r in records]
        ids = [f"{corpus}:{i}" for i in range(len(records))]
        pred = quotes_fn(pl.DataFrame({"doc_id": ids, "text": texts}))
        tally = Tally(docs=0)
        for doc_id, rec, text in zip(ids, records, texts, strict=True):
            label = f"[{corpus} {rec['source'].split('/')[-1][-16:]}]"
            tally.add(evaluate_doc(text, rec["quotes"], pred.filter(pl.col("doc_id") == doc_id),
                                   top_level=top_level, errors=errors, label=label))  # fmt: skip
        result[corpus] = {**tally.scores(), "docs": tally.docs, "gold_speech": tally.gold_speech,
                          "pred_speech": tally.pred_speech, "missing_gold": tally.missing_gold}  # fmt: skip
        total.add(tally)
    result["all"] = {**total.scores(), "docs": total.docs, "gold_speech": total.gold_speech,
                     "pred_speech": total.pred_speech, "missing_gold": total.missing_gold}  # fmt: skip
    result["_confusion"] = {f"{g}->{p}": n for (g, p), n in sorted(total.confusion.items())}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared", help="folder with corpora/ (default ../shared)")
    ap.add_argument("--gold", nargs="*", type=Path, default=None, help="gold JSONL files")
    ap.add_argument("--top-level", action="store_true", help="leave out quotes inside quotes")
    ap.add_argument("--errors", action="store_true", help="print every miss, false positive, wrong speaker")
    args = ap.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    t0 = time.perf_counter()
    res = evaluate(args.gold, shared=args.shared, top_level=args.top_level, errors=errors)
    if errors:
        print("\n".join(errors))
        print()
    cols = ["docs", "gold_speech", "pred_speech", "precision@0.3", "recall@0.3", "f1@0.3",
            "precision@0.8", "recall@0.8", "f1@0.8", "kind_accuracy", "speaker_accuracy",
            "pronoun_speaker_accuracy"]  # fmt: skip
    print(f"{'corpus':8}" + "".join(f"{c.replace('_accuracy', '_acc'):>14}" for c in cols))
    for corpus, sc in res.items():
        if corpus.startswith("_"):
            continue
        cells = "".join(f"{sc[c]:>14.3f}" if isinstance(sc[c], float) else f"{sc[c]:>14}" for c in cols)
        print(f"{corpus:8}{cells}")
    print("kind confusion (gold->pred):", res["_confusion"])
    print(f"overlap = shared words / max(words in gold, words in prediction); {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
