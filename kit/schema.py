"""The kit's tables: one place that states every table's columns and dtypes.

Every analysis takes and returns polars DataFrames. The column names below are
the public contract; functions call :func:`check` on their input so a wrong
frame fails early with a message that says what is missing.

Offsets (``start``, ``end``) are character offsets into ``DOCS.text``:
``text[start:end]`` cuts out the span.

>>> import polars as pl
>>> check(pl.DataFrame({"doc_id": ["a"], "text": ["Hi."]}), "DOCS_MIN")
>>> check(pl.DataFrame({"id": ["a"]}), "DOCS_MIN")
Traceback (most recent call last):
...
kit.schema.SchemaError: DOCS_MIN table is missing column(s) doc_id, text (it has: id). ...
"""

from __future__ import annotations

import polars as pl

DOCS: dict[str, pl.DataType | type[pl.DataType]] = {
    "doc_id": pl.String,
    "title": pl.String,
    "text": pl.String,
    "raw": pl.String,
    "path": pl.String,
    "source": pl.String,
    "date": pl.String,
    "encoding": pl.String,
    "problems": pl.List(pl.String),
}
"""One row per document. ``raw`` is exactly what was read; ``text`` is the cleaned
article (the title line removed when it was taken as the title); ``problems``
lists what the loader noticed (``not-utf8``, ``empty``, ...)."""

DOCS_MIN: dict[str, pl.DataType | type[pl.DataType]] = {"doc_id": pl.String, "text": pl.String}
"""The two columns every analysis needs."""

PROBLEMS: dict[str, pl.DataType | type[pl.DataType]] = {
    "path": pl.String,
    "doc_id": pl.String,
    "problem": pl.String,
    "action": pl.String,
    "message": pl.String,
}
"""One row per problem met while loading (``action`` is ``kept`` or ``skipped``)."""

REMOVED: dict[str, pl.DataType | type[pl.DataType]] = {
    "doc_id": pl.String,
    "rule": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "removed": pl.String,
    "why": pl.String,
}
"""The cleaning audit: one row per removed stretch; offsets into ``raw`` (after
the title line, when there is one, is still counted from the start of ``raw``)."""

SENTENCES: dict[str, pl.DataType | type[pl.DataType]] = {
    "doc_id": pl.String,
    "sent_id": pl.Int64,
    "para_id": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.String,
    "rule": pl.String,
}
"""One row per sentence; ``rule`` names the rule that ended it."""

TOKENS: dict[str, pl.DataType | type[pl.DataType]] = {
    "doc_id": pl.String,
    "sent_id": pl.Int64,
    "token_id": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "token": pl.String,
    "norm": pl.String,
    "kind": pl.String,
    "is_stop": pl.Boolean,
}
"""One row per token. ``kind`` is one of :data:`TOKEN_KINDS`."""

TOKEN_KINDS = ("word", "number", "punct", "symbol", "quote", "dash", "abbrev", "url", "emoji")

QUOTES: dict[str, pl.DataType | type[pl.DataType]] = {
    "doc_id": pl.String,
    "quote_id": pl.Int64,
    "group_id": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "quote": pl.String,
    "speaker": pl.String,
    "speaker_start": pl.Int64,
    "speaker_end": pl.Int64,
    "cue": pl.String,
    "kind": pl.String,
    "para_id": pl.Int64,
    "words": pl.Int64,
}
"""One row per quoted fragment (quotation marks excluded from the span)."""

FIGURES: dict[str, pl.DataType | type[pl.DataType]] = {
    "doc_id": pl.String,
    "figure_id": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "surface": pl.String,
    "value": pl.Float64,
    "value_max": pl.Float64,
    "relation": pl.String,
    "qualifier": pl.String,
    "trend": pl.String,
    "unit": pl.String,
    "noun": pl.String,
    "kind": pl.String,
    "sentence_id": pl.Int64,
}
"""One row per figure expression."""

TABLES = {
    "DOCS": DOCS,
    "DOCS_MIN": DOCS_MIN,
    "PROBLEMS": PROBLEMS,
    "REMOVED": REMOVED,
    "SENTENCES": SENTENCES,
    "TOKENS": TOKENS,
    "QUOTES": QUOTES,
    "FIGURES": FIGURES,
}


class SchemaError(ValueError):
    """A frame does not have the columns a function needs."""


def check(frame: pl.DataFrame | pl.LazyFrame, table: str, *, columns: list[str] | None = None) -> None:
    """Fail with a clear message when ``frame`` lacks the columns of ``table``.

    Parameters
    ----------
    frame : DataFrame or LazyFrame
        The frame to check.
    table : str
        A name from :data:`TABLES`, e.g. ``"DOCS"``.
    columns : list of str, default=None
        Check only these columns of the table (all when None).
    """
    spec = TABLES[table]
    wanted = columns if columns is not None else list(spec)
    have = frame.collect_schema().names() if isinstance(frame, pl.LazyFrame) else frame.columns
    missing = [c for c in wanted if c not in have]
    if missing:
        hint = {
            "DOCS": "Make one with kit.load(...).",
            "DOCS_MIN": "Make one with kit.load(...), or pass a frame with doc_id and text columns.",
            "SENTENCES": "Make one with kit.sentences(docs).",
            "TOKENS": "Make one with kit.tokens(docs).",
            "QUOTES": "Make one with kit.quotes(docs).",
            "FIGURES": "Make one with kit.figures(docs).",
        }.get(table, "")
        raise SchemaError(
            f"{table} table is missing column(s) {', '.join(missing)} "
            f"(it has: {', '.join(have) or 'no columns'}). {hint}"
        )


def empty(table: str) -> pl.DataFrame:
    """An empty frame with the columns and dtypes of ``table``.

    >>> empty("SENTENCES").columns
    ['doc_id', 'sent_id', 'para_id', 'start', 'end', 'text', 'rule']
    """
    return pl.DataFrame(schema=TABLES[table])
