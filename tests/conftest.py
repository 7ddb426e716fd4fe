"""Shared fixtures: the sample corpus, and the real corpora in ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
SAMPLE = ROOT / "data" / "sample"


def needs_shared(path: str = "") -> Path:
    """Return ``../shared/<path>``, skipping the test cleanly when it is absent."""
    p = SHARED / path
    if not p.exists():
        pytest.skip(f"{p} is absent (the licensed corpora live beside the project, not in it)")
    return p


@pytest.fixture(scope="session")
def sample_docs() -> pl.DataFrame:
    import kit

    return kit.load(SAMPLE)


@pytest.fixture(scope="session")
def bbc_docs() -> pl.DataFrame:
    import warnings

    import kit

    with warnings.catch_warnings():  # sport/199.txt is cp1252: flagged on purpose, tested elsewhere
        warnings.simplefilter("ignore")
        return kit.load(needs_shared("corpora/bbc-news-fulltext"), progress=False)
