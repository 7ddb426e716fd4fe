"""Checks on the gold sentence-boundary cases (``tests/gold/sentences.jsonl``).

The format checks run everywhere; locating each case in its source text needs the shared
corpora beside the project (``../shared``) and is skipped when they are absent. The scorer
in ``benchmarks/eval_sentences.py`` is exercised on a small hand-written text.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "sentences.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
EVAL_SCRIPT = HERE.parent / "benchmarks" / "eval_sentences.py"

SOURCE_PATTERN = re.compile(
    r"bbc-news-fulltext/[a-z]+/\d{3}\.txt"
    r"|article-extraction-benchmark/ground-truth\.json#[0-9a-f]{64}"
    r"|seeds/[\w.-]+\.txt"
)
KEYS = {"source", "left", "right", "boundary", "category"}


def load_gold() -> list[dict[str, Any]]:
    """Read the gold file, one JSON object per non-blank line."""
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_eval_module() -> ModuleType:
    """Import ``benchmarks/eval_sentences.py`` by path (``benchmarks`` is not a package)."""
    spec = importlib.util.spec_from_file_location("eval_sentences", EVAL_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = load_gold()


def test_enough_cases() -> None:
    """At least 150 cases, from all three kinds of source."""
    assert len(CASES) >= 150
    kinds = Counter(case["source"].split("/", 1)[0] for case in CASES)
    assert kinds["bbc-news-fulltext"] >= 80
    assert kinds["article-extraction-benchmark"] >= 40
    assert kinds["seeds"] >= 1


def test_fields_and_types() -> None:
    """Every case has the required fields, a boolean label and a category tag."""
    for case in CASES:
        assert KEYS <= set(case) <= KEYS | {"occurrence"}, case
        assert isinstance(case["boundary"], bool), case
        assert isinstance(case["category"], str) and case["category"].strip(), case
        assert SOURCE_PATTERN.fullmatch(case["source"]), case["source"]
        if "occurrence" in case:
            assert isinstance(case["occurrence"], int) and case["occurrence"] >= 0, case


def test_context_shape() -> None:
    """Snippets stay short (licences) and the point sits just before whitespace."""
    for case in CASES:
        assert 20 <= len(case["left"]) <= 70, case
        assert 10 <= len(case["right"]) <= 50, case
        assert case["right"][0].isspace(), case
        assert not case["left"][-1].isspace(), case


def test_labels_are_balanced() -> None:
    """Roughly half true and half false boundaries."""
    share = sum(case["boundary"] for case in CASES) / len(CASES)
    assert 0.35 <= share <= 0.65


def test_no_duplicate_cases() -> None:
    """No candidate point is annotated twice."""
    keys = [
        (c["source"], c["left"] + c["right"], c.get("occurrence", 0), len(c["left"])) for c in CASES
    ]
    assert len(keys) == len(set(keys))


def test_every_case_is_located() -> None:
    """Each ``left + right`` occurs in its source; repeated strings carry ``occurrence``."""
    if not SHARED.is_dir():
        pytest.skip(f"shared corpora not found at {SHARED}")
    ev = load_eval_module()
    texts = ev.load_texts(SHARED, (case["source"] for case in CASES))
    for case in CASES:
        text = texts[case["source"]]
        needle = case["left"] + case["right"]
        count = text.count(needle)
        assert count >= 1, case
        if count > 1:
            assert "occurrence" in case and case["occurrence"] < count, case
        point = ev.locate(case, text)
        assert text[point - len(case["left"]) : point + len(case["right"])] == needle


def test_evaluate_scores_a_splitter() -> None:
    """``evaluate`` turns spans into boundaries and counts hits, misses and categories."""
    ev = load_eval_module()
    text = "It opened at 8 p.m. Wednesday. Sales rose 2.5%. Mr. Smith left."
    texts = {"doc": text}
    cases = [
        {
            "source": "doc",
            "left": "It opened at 8 p.m.",
            "right": " Wednesday.",
            "boundary": False,
            "category": "abbrev-time",
        },
        {
            "source": "doc",
            "left": "at 8 p.m. Wednesday.",
            "right": " Sales rose",
            "boundary": True,
            "category": "plain",
        },
        {
            "source": "doc",
            "left": "Sales rose 2.5%.",
            "right": " Mr. Smith",
            "boundary": True,
            "category": "number-end",
        },
        {
            "source": "doc",
            "left": "rose 2.5%. Mr.",
            "right": " Smith left.",
            "boundary": False,
            "category": "title-abbrev",
        },
    ]

    def naive(one: str) -> list[tuple[int, int]]:
        """Split after every full stop followed by a space (with trailing whitespace)."""
        spans, start = [], 0
        for match in re.finditer(r"\.\s+", one):
            spans.append((start, match.end()))
            start = match.end()
        return [*spans, (start, len(one))]

    result = ev.evaluate(ev.per_text(naive), cases, texts)
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == (2, 2, 0, 0)
    assert result["accuracy"] == 0.5
    assert result["recall"] == 1.0
    assert result["errors_by_category"] == {"abbrev-time": 1, "title-abbrev": 1}
    assert ev.spans_from_strings(text, ["It opened at 8 p.m. Wednesday. ", "Sales rose 2.5%."]) == [
        (0, 30),
        (31, 47),
    ]


def test_kit_beats_other_splitters_on_news() -> None:
    """The kit's splitter is measured on the gold cases, side by side with syntok and pysbd."""
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is absent")
    ev = load_eval_module()
    cases = ev.load_cases(GOLD)
    texts = ev.load_texts(SHARED, {c["source"] if isinstance(c, dict) else c.source for c in cases})
    kit_result = ev.evaluate(ev.kit_splitter(), cases, texts)
    syntok_result = ev.evaluate(ev.syntok_splitter(), cases, texts)
    pysbd_result = ev.evaluate(ev.pysbd_splitter(), cases, texts)
    assert kit_result["accuracy"] >= 0.92
    assert kit_result["accuracy"] > syntok_result["accuracy"]
    assert kit_result["accuracy"] > pysbd_result["accuracy"]
