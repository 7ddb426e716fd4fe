"""Charts for the foundation tables: documents, cleaning, sentences and tokens.

Every builder takes kit tables, aggregates in polars, and returns an
un-configured :class:`altair.Chart` the caller can still change.
"""

from __future__ import annotations

import altair as alt
import polars as pl

from kit import schema


def sentence_lengths(sentences: pl.DataFrame, *, tokens: pl.DataFrame | None = None) -> alt.Chart:
    """Sentence length in words, sentence by sentence through each article.

    Parameters
    ----------
    sentences : DataFrame
        SENTENCES table.
    tokens : DataFrame, default=None
        TOKENS table; when given, words are counted as word and number tokens,
        otherwise by splitting the sentence text on whitespace.

    Examples
    --------
    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["One two. Three four five."]})
    >>> sentence_lengths(kit.sentences(docs)).to_dict()["mark"]["type"]
    'bar'
    """
    schema.check(sentences, "SENTENCES", columns=["doc_id", "sent_id", "text"])
    data = sentence_length_table(sentences, tokens=tokens)
    return (
        alt.Chart(data, title="Sentence length through each article")
        .mark_bar()
        .encode(
            x=alt.X("sent_id:O", title="sentence (in reading order)", axis=alt.Axis(labelAngle=0, labelOverlap=True)),
            y=alt.Y("words:Q", title="words"),
            color=alt.Color("doc_id:N", title="article", legend=alt.Legend(orient="bottom")),
            row=alt.Row("doc_id:N", title=None),
            tooltip=["doc_id", "sent_id", "words", "preview"],
        )
        .properties(height=140)
    )


def sentence_length_table(sentences: pl.DataFrame, *, tokens: pl.DataFrame | None = None) -> pl.DataFrame:
    """Words per sentence: ``doc_id``, ``sent_id``, ``para_id``, ``words``, ``preview``.

    >>> import polars as pl, kit
    >>> s = kit.sentences(pl.DataFrame({"doc_id": ["a"], "text": ["One two. Three four five."]}))
    >>> sentence_length_table(s)["words"].to_list()
    [2, 3]
    """
    if tokens is not None:
        counts = (
            tokens.filter(pl.col("kind").is_in(["word", "number", "abbrev"]))
            .group_by("doc_id", "sent_id")
            .agg(words=pl.len())
        )
        base = sentences.join(counts, on=["doc_id", "sent_id"], how="left").with_columns(pl.col("words").fill_null(0))
    else:
        base = sentences.with_columns(
            words=pl.col("text").str.count_matches(r"[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*").cast(pl.Int64)
        )
    return base.select(
        "doc_id",
        "sent_id",
        *(["para_id"] if "para_id" in base.columns else []),
        "words",
        preview=pl.col("text").str.slice(0, 80),
    ).sort("doc_id", "sent_id")


def cleaning_summary(removed: pl.DataFrame) -> alt.Chart:
    """Characters removed by each cleaning rule in each document (from :func:`kit.removed`).

    >>> import polars as pl, kit
    >>> docs = kit.load(pl.DataFrame({"doc_id": ["a"], "text": ["Text.\\n\\nLeave a Reply"]}))
    >>> cleaning_summary(kit.removed(docs)).to_dict()["mark"]["type"]
    'bar'
    """
    schema.check(removed, "REMOVED", columns=["doc_id", "rule", "removed"])
    data = (
        removed.group_by("doc_id", "rule")
        .agg(characters=pl.col("removed").str.len_chars().sum(), pieces=pl.len())
        .sort("doc_id", "rule")
    )
    return (
        alt.Chart(data, title="What cleaning removed, by rule")
        .mark_bar()
        .encode(
            y=alt.Y("doc_id:N", title=None),
            x=alt.X("characters:Q", title="characters removed", stack="zero"),
            color=alt.Color("rule:N", title="rule"),
            tooltip=["doc_id", "rule", "characters", "pieces"],
        )
    )
