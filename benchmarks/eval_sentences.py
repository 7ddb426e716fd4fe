"""Compare sentence splitters on the gold sentence-boundary cases.

Usage::

    python benchmarks/eval_sentences.py [--shared ../shared] [--gold tests/gold/sentences.jsonl]
                                        [--only NAME ...] [--errors] [--json out.json]

Each gold case (``tests/gold/sentences.jsonl``, described in ``tests/gold/sentences.md``)
names a source text and a candidate point inside it: the point sits at ``len(left)`` inside
the exact string ``left + right``, right after sentence-final punctuation and any closing
quotes or brackets, and ``boundary`` says whether a sentence really ends there.

The script loads every source text once, runs each splitter on the *whole* text once,
turns the splitter's sentences into a set of boundary offsets (the end offset of each
sentence after stripping trailing whitespace) and counts a case as a predicted boundary
iff its point is in that set. It prints accuracy, precision / recall / F1 on
``boundary=true``, errors per category and speed (MB/s of UTF-8 source text, timing only
the splitter calls, including the conversion of their output to offsets).

Splitters: pysbd, syntok, blingfire and the kit's own ``kit.sentences``. A splitter that
cannot be imported or fails is reported as unavailable; the others still run. blingfire
imports numpy at module level; when numpy is missing the script calls blingfire's bundled
shared library directly through ctypes (same C function, no numpy needed).

:func:`evaluate` is the reusable core, so a test can score any splitter::

    result = evaluate(per_text(my_split), cases, texts)
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import json
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = PROJECT_ROOT.parent / "shared"
DEFAULT_GOLD = PROJECT_ROOT / "tests" / "gold" / "sentences.jsonl"
BENCHMARK_JSON = "article-extraction-benchmark/ground-truth.json"

Span = tuple[int, int]
#: A splitter takes a batch of texts and returns, for each text, its sentence spans
#: ``(start, end)`` as character offsets into that text.
BatchSplitter = Callable[[Sequence[str]], list[list[Span]]]
Case = dict[str, Any]


class LocateError(ValueError):
    """Raised when a gold case cannot be found in its source text."""


# --------------------------------------------------------------------------- loading


def decode(data: bytes) -> str:
    """Decode a source file as UTF-8, falling back to cp1252 (BBC sport/199.txt is cp1252)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def load_cases(path: Path) -> list[Case]:
    """Read the gold cases, one JSON object per line (blank lines are ignored)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def source_path(shared: Path, source: str) -> Path:
    """Map a case's ``source`` to the file that holds it under the shared folder.

    ``seeds/...`` lives in ``shared/seeds``; everything else in ``shared/corpora``. For the
    article-extraction benchmark the ``#key`` suffix is dropped (the key selects an entry
    of ``ground-truth.json``).
    """
    name = source.split("#", 1)[0]
    if name.startswith("seeds/"):
        return shared / name
    return shared / "corpora" / name


def load_texts(shared: Path, sources: Iterable[str]) -> dict[str, str]:
    """Load each distinct source text once.

    BBC files and seeds are decoded whole (headline line included); a benchmark source
    ``article-extraction-benchmark/ground-truth.json#<key>`` is that entry's ``articleBody``.
    """
    texts: dict[str, str] = {}
    benchmark: dict[str, Any] | None = None
    for source in sources:
        if source in texts:
            continue
        path = source_path(shared, source)
        if "#" in source:
            if benchmark is None:
                benchmark = json.loads(path.read_text(encoding="utf-8"))
            texts[source] = benchmark[source.split("#", 1)[1]]["articleBody"]
        else:
            texts[source] = decode(path.read_bytes())
    return texts


def locate(case: Case, text: str) -> int:
    """Return the character offset of the case's candidate point in ``text``.

    The point is ``len(left)`` characters into the ``occurrence``-th (0-based, default 0)
    match of ``left + right``.
    """
    needle = case["left"] + case["right"]
    wanted = int(case.get("occurrence", 0))
    index = -1
    for _ in range(wanted + 1):
        index = text.find(needle, index + 1)
        if index < 0:
            raise LocateError(f"{case['source']}: occurrence {wanted} of {needle!r} not found")
    return index + len(case["left"])


# --------------------------------------------------------------------------- offsets


def spans_from_strings(text: str, sentences: Iterable[str]) -> list[Span]:
    """Map sentence strings back to offsets in ``text`` by sequential ``str.find``.

    Each sentence is stripped and searched for from the end of the previous match;
    a sentence that cannot be found (a splitter that rewrote the text) is skipped.
    """
    spans: list[Span] = []
    pos = 0
    for sentence in sentences:
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:
            continue
        spans.append((start, start + len(piece)))
        pos = start + len(piece)
    return spans


def boundary_offsets(text: str, spans: Iterable[Span]) -> set[int]:
    """End offset of every sentence after stripping its trailing whitespace."""
    ends: set[int] = set()
    for start, end in spans:
        piece = text[start:end].rstrip()
        if piece:
            ends.add(start + len(piece))
    return ends


def per_text(split: Callable[[str], list[Span]]) -> BatchSplitter:
    """Turn a one-text splitter (``text -> spans``) into a :data:`BatchSplitter`."""

    def batch(texts: Sequence[str]) -> list[list[Span]]:
        return [split(text) for text in texts]

    return batch


# --------------------------------------------------------------------------- splitters


def pysbd_splitter() -> BatchSplitter:
    """pysbd 0.3 (rule-based, Golden Rules), English, no cleaning, with char spans."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> list[Span]:
        return spans_from_strings(text, (span.sent for span in segmenter.segment(text)))

    return per_text(split)


def syntok_splitter() -> BatchSplitter:
    """syntok's ``segmenter.analyze``: paragraphs of sentences of tokens with offsets."""
    from syntok import segmenter

    def split(text: str) -> list[Span]:
        spans: list[Span] = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                tokens = list(sentence)
                if tokens:
                    last = tokens[-1]
                    spans.append((tokens[0].offset, last.offset + len(last.value)))
        return spans

    return per_text(split)


def _utf8_to_char_index(data: bytes) -> list[int]:
    """``index[b]`` = number of characters that start before byte ``b`` (``len = n+1``)."""
    index = [0] * (len(data) + 1)
    count = 0
    for b, byte in enumerate(data):
        index[b] = count
        if byte & 0xC0 != 0x80:
            count += 1
    index[len(data)] = count
    return index


def _blingfire_library() -> Any:
    """Load blingfire's bundled C library without importing the package (and numpy)."""
    spec = importlib.util.find_spec("blingfire")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("blingfire is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    name = {"Windows": "blingfiretokdll.dll", "Darwin": "libblingfiretokdll.dylib"}.get(
        platform.system(), "libblingfiretokdll.so"
    )
    return ctypes.CDLL(str(folder / name))


def _blingfire_ctypes(lib: Any, text: str) -> list[Span]:
    """Call ``TextToSentencesWithOffsets`` directly; offsets are UTF-8 bytes, end inclusive."""
    data = text.encode("utf-8")
    if not data:
        return []
    capacity = 2 * len(data) + 1
    out = ctypes.create_string_buffer(capacity)
    starts = (ctypes.c_int32 * capacity)()
    ends = (ctypes.c_int32 * capacity)()
    size = lib.TextToSentencesWithOffsets(
        ctypes.c_char_p(data),
        ctypes.c_int(len(data)),
        ctypes.byref(out),
        ctypes.byref(starts),
        ctypes.byref(ends),
        ctypes.c_int(capacity),
    )
    if size < 0 or size > capacity:
        return []
    count = out.value.count(b"\n") + 1
    index = _utf8_to_char_index(data)
    return [(index[starts[i]], index[min(ends[i] + 1, len(data))]) for i in range(count)]


def blingfire_splitter() -> BatchSplitter:
    """blingfire's ``text_to_sentences_and_offsets`` (through ctypes if numpy is missing)."""
    try:
        import blingfire
    except ImportError:
        lib = _blingfire_library()

        def split(text: str) -> list[Span]:
            return _blingfire_ctypes(lib, text)

        return per_text(split)

    def split_package(text: str) -> list[Span]:
        return [(int(s), int(e)) for s, e in blingfire.text_to_sentences_and_offsets(text)[1]]

    return per_text(split_package)


def kit_splitter() -> BatchSplitter:
    """The kit's ``kit.sentences`` on ``kit.load(frame, clean=False)``, all texts in one call."""
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    import polars as pl

    import kit

    def split(texts: Sequence[str]) -> list[list[Span]]:
        ids = [f"d{i}" for i in range(len(texts))]
        docs = kit.load(pl.DataFrame({"doc_id": ids, "text": list(texts)}), clean=False)
        sents = kit.sentences(docs)
        position = {doc_id: i for i, doc_id in enumerate(ids)}
        kept = dict(zip(docs["doc_id"].to_list(), docs["text"].to_list(), strict=True))
        out: list[list[Span]] = [[] for _ in texts]
        strings: list[list[str]] = [[] for _ in texts]
        for doc_id, start, end, sentence in sents.select(
            "doc_id", "start", "end", "text"
        ).iter_rows():
            out[position[doc_id]].append((start, end))
            strings[position[doc_id]].append(sentence)
        for i, text in enumerate(texts):
            if kept.get(ids[i]) != text:  # offsets refer to a changed text: fall back to find
                out[i] = spans_from_strings(text, strings[i])
        return out

    return split


SPLITTERS: dict[str, Callable[[], BatchSplitter]] = {
    "pysbd": pysbd_splitter,
    "syntok": syntok_splitter,
    "blingfire": blingfire_splitter,
    "kit": kit_splitter,
}


# --------------------------------------------------------------------------- scoring


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def evaluate(splitter_fn: BatchSplitter, cases: Sequence[Case], texts: dict[str, str]) -> dict:
    """Score one splitter on the gold cases.

    Parameters
    ----------
    splitter_fn : BatchSplitter
        Takes a list of texts, returns one list of ``(start, end)`` sentence spans per text
        (wrap a one-text function with :func:`per_text`). Called once, on every distinct
        source text of ``cases``.
    cases : sequence of dict
        Gold cases with ``source, left, right, boundary, category`` (and ``occurrence``).
    texts : dict
        Source name -> full source text (see :func:`load_texts`).

    Returns
    -------
    dict
        ``n, accuracy, precision, recall, f1`` (on ``boundary=true``), ``tp, fp, fn, tn``,
        ``errors`` (total), ``errors_by_category`` and ``cases_by_category`` (category ->
        count), ``bytes``, ``seconds``, ``mb_per_s`` and ``wrong`` (the misclassified
        cases, each with ``predicted`` added).
    """
    sources = list(dict.fromkeys(case["source"] for case in cases))
    batch = [texts[source] for source in sources]
    started = time.perf_counter()
    spans = splitter_fn(batch)
    seconds = time.perf_counter() - started
    bounds = {
        source: boundary_offsets(text, sp)
        for source, text, sp in zip(sources, batch, spans, strict=True)
    }
    counts = Counter[str]()
    errors = Counter[str]()
    wrong: list[Case] = []
    for case in cases:
        predicted = locate(case, texts[case["source"]]) in bounds[case["source"]]
        gold = bool(case["boundary"])
        counts[("t" if predicted == gold else "f") + ("p" if predicted else "n")] += 1
        if predicted != gold:
            errors[case["category"]] += 1
            wrong.append({**case, "predicted": predicted})
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    size = sum(len(text.encode("utf-8")) for text in batch)
    return {
        "n": len(cases),
        "accuracy": _ratio(tp + tn, len(cases)),
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "errors": fp + fn,
        "errors_by_category": dict(sorted(errors.items())),
        "cases_by_category": dict(sorted(Counter(c["category"] for c in cases).items())),
        "bytes": size,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / max(seconds, 1e-9),
        "wrong": wrong,
    }


# --------------------------------------------------------------------------- report


def format_summary(results: dict[str, dict], unavailable: dict[str, str]) -> str:
    """The main table: one row per splitter."""
    lines = [
        f"{'splitter':<10} {'accuracy':>8} {'P':>6} {'R':>6} {'F1':>6} {'errors':>6} {'MB/s':>7}",
        "-" * 55,
    ]
    for name, r in results.items():
        lines.append(
            f"{name:<10} {r['accuracy']:>8.3f} {r['precision']:>6.3f} {r['recall']:>6.3f} "
            f"{r['f1']:>6.3f} {r['errors']:>6d} {r['mb_per_s']:>7.2f}"
        )
    for name, reason in unavailable.items():
        lines.append(f"{name}: unavailable ({reason})")
    return "\n".join(lines)


def format_categories(results: dict[str, dict], cases: Sequence[Case]) -> str:
    """Errors per category (rows) and splitter (columns); ``n`` counts true/false cases."""
    names = list(results)
    truth = Counter((c["category"], bool(c["boundary"])) for c in cases)
    categories = sorted({c["category"] for c in cases})
    header = f"{'category':<26} {'n (T/F)':>9} " + " ".join(f"{n:>9}" for n in names)
    lines = [header, "-" * len(header)]
    for cat in categories:
        label = f"{truth[(cat, True)]}/{truth[(cat, False)]}"
        cells = " ".join(f"{results[n]['errors_by_category'].get(cat, 0):>9d}" for n in names)
        lines.append(f"{cat:<26} {label:>9} {cells}")
    return "\n".join(lines)


def format_wrong(name: str, result: dict) -> str:
    """List a splitter's misclassified cases (``|`` marks the candidate point)."""
    lines = [f"== {name}: {result['errors']} errors"]
    for case in result["wrong"]:
        gold = "boundary" if case["boundary"] else "no boundary"
        text = (case["left"][-45:] + " | " + case["right"][:35]).replace("\n", "\\n")
        lines.append(f"  [{case['category']}] gold={gold}: {text}")
    return "\n".join(lines)


def run(
    names: Sequence[str], cases: Sequence[Case], texts: dict[str, str]
) -> tuple[dict[str, dict], dict[str, str]]:
    """Evaluate each named splitter; collect failures instead of stopping."""
    results: dict[str, dict] = {}
    unavailable: dict[str, str] = {}
    for name in names:
        try:
            results[name] = evaluate(SPLITTERS[name](), cases, texts)
        except Exception as exc:  # a splitter being missing or broken must not stop the others
            unavailable[name] = f"{type(exc).__name__}: {exc}"
    return results, unavailable


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="folder holding corpora/ and seeds/ (default: %(default)s)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=DEFAULT_GOLD,
        help="gold cases, JSON lines (default: %(default)s)",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(SPLITTERS),
        default=list(SPLITTERS),
        help="splitters to run (default: all)",
    )
    parser.add_argument("--errors", action="store_true", help="list every misclassified case")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)

    cases = load_cases(args.gold)
    texts = load_texts(args.shared, (c["source"] for c in cases))
    for case in cases:  # fail early and clearly on a broken gold file
        locate(case, texts[case["source"]])
    results, unavailable = run(args.only, cases, texts)

    n_true = sum(bool(c["boundary"]) for c in cases)
    print(
        f"{len(cases)} cases ({n_true} boundary, {len(cases) - n_true} not) "
        f"from {len(texts)} source texts, {sum(len(t) for t in texts.values()):,} characters\n"
    )
    print(format_summary(results, unavailable))
    print()
    print(format_categories(results, cases))
    if args.errors:
        for name, result in results.items():
            print()
            print(format_wrong(name, result))
    if args.json:
        payload = {
            "gold": str(args.gold),
            "n_cases": len(cases),
            "splitters": results,
            "unavailable": unavailable,
        }
        args.json.write_text(
            json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
