"""Charts for quotations: who is quoted, how much of each article is quotation, and where.

Every builder takes kit tables (QUOTES from :func:`kit.quotes`, the density table
from :func:`kit.quote_density`, the roster from :func:`kit.speakers`), aggregates
in polars, and returns an un-configured :class:`altair.Chart`; the look comes
from the kit's theme (:func:`kit.charts.use_theme`).
"""

from __future__ import annotations

import altair as alt
import polars as pl

from kit import schema

KIND_ORDER = ["speech", "scare", "title", "slogan"]


def roster_table(speakers: pl.DataFrame, *, top: int = 15) -> pl.DataFrame:
    """The ``top`` speakers by quoted words, with an ``attribution`` label.

    >>> import polars as pl
    >>> t = pl.DataFrame({"speaker": ["A", "officials"], "quotes": [2, 1], "fragments": [3, 1],
    ...     "quoted_words": [20, 5], "documents": [1, 1], "anonymous": [False, True]})
    >>> roster_table(t)["attribution"].to_list()
    ['named', 'anonymous']
    """
    return (
        speakers.sort("quoted_words", descending=True)
        .head(top)
        .with_columns(
            attribution=pl.when(pl.col("anonymous")).then(pl.lit("anonymous")).otherwise(pl.lit("named"))
        )
        .select("speaker", "quotes", "fragments", "quoted_words", "documents", "attribution")
    )


def roster_chart(speakers: pl.DataFrame, *, top: int = 15) -> alt.Chart:
    """Who is quoted most: quoted words per speaker (from :func:`kit.speakers`).

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["“We won,” Ann Lee said. “Yes,” officials said."]})
    >>> roster_chart(kit.speakers(docs)).to_dict()["mark"]["type"]
    'bar'
    """
    data = roster_table(speakers, top=top)
    return (
        alt.Chart(data, title=f"Who is quoted: the {top} speakers with the most quoted words")
        .mark_bar()
        .encode(
            y=alt.Y("speaker:N", sort="-x", title=None),
            x=alt.X("quoted_words:Q", title="quoted words"),
            color=alt.Color("attribution:N", title="attribution", scale=alt.Scale(domain=["named", "anonymous"])),
            tooltip=["speaker", "quotes", "fragments", "quoted_words", "documents", "attribution"],
        )
    )


def density_chart(density: pl.DataFrame, *, measure: str = "quoted_share", top: int = 40) -> alt.Chart:
    """How much of each article is quotation (from :func:`kit.quote_density`).

    Parameters
    ----------
    density : DataFrame
        The table from :func:`kit.quote_density`.
    measure : str, default="quoted_share"
        The column to chart: ``quoted_share``, ``quotes_per_1k``, ``speakers``,
        ``unattributed_share``...
    top : int, default=40
        Chart the ``top`` articles by ``measure`` (Altair draws at most 5,000 rows).

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": ["“We won,” Ann Lee said.", "No quotes."]})
    >>> density_chart(kit.quote_density(docs)).to_dict()["encoding"]["x"]["field"]
    'quoted_share'
    """
    schema.check(density, "DOCS_MIN", columns=["doc_id"])
    data = density.sort(measure, descending=True, nulls_last=True).head(top)
    axis = alt.Axis(format="%") if measure.endswith("_share") else alt.Axis()
    return (
        alt.Chart(data, title=f"{measure.replace('_', ' ').capitalize()} per article")
        .mark_bar()
        .encode(
            y=alt.Y("doc_id:N", sort="-x", title=None),
            x=alt.X(f"{measure}:Q", title=measure.replace("_", " "), axis=axis),
            tooltip=[
                "doc_id",
                "words",
                "quoted_words",
                alt.Tooltip("quoted_share:Q", format=".0%"),
                "quotes",
                alt.Tooltip("quotes_per_1k:Q", format=".1f"),
                "speakers",
                "unattributed",
                "anonymous",
            ],
        )
    )


def along_table(quotes: pl.DataFrame, docs: pl.DataFrame, *, bins: int = 10) -> pl.DataFrame:
    """Quoted words in each tenth (``bins``) of each article, by kind.

    Returns ``doc_id``, ``part`` (0 = the opening tenth), ``kind``, ``quoted_words``;
    every part of every article appears (zeros included), so lines do not skip.

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["Intro words here. “We won the match,” Ann Lee said."]})
    >>> t = along_table(kit.quotes(docs), docs, bins=2)
    >>> t.filter(pl.col("kind") == "speech")["quoted_words"].to_list()
    [4, 0]
    """
    schema.check(quotes, "QUOTES", columns=["doc_id", "start", "kind", "words", "nested"])
    lengths = docs.lazy().select("doc_id", n=pl.col("text").fill_null("").str.len_chars()).collect()
    counted = (
        quotes.lazy()
        .filter(~pl.col("nested"))
        .join(lengths.lazy(), on="doc_id")
        .with_columns(
            part=(pl.col("start") * bins // pl.col("n").clip(1)).clip(0, bins - 1).cast(pl.Int64),
        )
        .group_by("doc_id", "part", "kind")
        .agg(quoted_words=pl.col("words").sum())
        .collect()
    )
    grid = (
        lengths.select("doc_id")
        .join(pl.DataFrame({"part": list(range(bins))}, schema={"part": pl.Int64}), how="cross")
        .join(pl.DataFrame({"kind": KIND_ORDER}), how="cross")
    )
    return (
        grid.join(counted, on=["doc_id", "part", "kind"], how="left")
        .with_columns(pl.col("quoted_words").fill_null(0).cast(pl.Int64))
        .sort("doc_id", "kind", "part")
    )


def along_chart(quotes: pl.DataFrame, docs: pl.DataFrame, *, bins: int = 10, kinds: tuple[str, ...] = ("speech",)
                ) -> alt.Chart:  # fmt: skip
    """Where the quotes sit: quoted words in each tenth of each article.

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["“We won,” Ann Lee said."]})
    >>> along_chart(kit.quotes(docs), docs).to_dict()["mark"]["type"]
    'area'
    """
    data = along_table(quotes, docs, bins=bins).filter(pl.col("kind").is_in(list(kinds)))
    return (
        alt.Chart(data, title="Where in the article the quotes sit")
        .mark_area(line=True, opacity=0.35)
        .encode(
            x=alt.X("part:O", title=f"part of the article (0 = opening 1/{bins})", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("quoted_words:Q", title="quoted words"),
            color=alt.Color("doc_id:N", title="article", legend=alt.Legend(orient="bottom")),
            row=alt.Row("doc_id:N", title=None),
            tooltip=["doc_id", "part", "kind", "quoted_words"],
        )
        .properties(height=110)
    )


def kinds_chart(quotes: pl.DataFrame) -> alt.Chart:
    """Speech, scare quotes, titles and slogans per article.

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["“We won,” Ann Lee said. A “red line”."]})
    >>> kinds_chart(kit.quotes(docs)).to_dict()["mark"]["type"]
    'bar'
    """
    data = (
        quotes.filter(~pl.col("nested"))
        .group_by("doc_id", "kind")
        .agg(fragments=pl.len(), quoted_words=pl.col("words").sum())
        .sort("doc_id", "kind")
    )
    return (
        alt.Chart(data, title="What the quotation marks are doing")
        .mark_bar()
        .encode(
            y=alt.Y("doc_id:N", title=None),
            x=alt.X("fragments:Q", title="quoted fragments", stack="zero"),
            color=alt.Color("kind:N", title="kind", scale=alt.Scale(domain=KIND_ORDER)),
            tooltip=["doc_id", "kind", "fragments", "quoted_words"],
        )
    )


def comparison_chart(comparison: pl.DataFrame) -> alt.Chart:
    """Which quotes survived a rewrite (from :func:`kit.quotes.compare_quotes`).

    >>> import polars as pl
    >>> from kit.quotes import compare_quotes
    >>> import kit
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": ["“We won,” Ann Lee said.", "“We won!” Ann Lee said."]})
    >>> comparison_chart(compare_quotes(kit.quotes(docs), "a", "b")).to_dict()["mark"]["type"]
    'bar'
    """
    data = comparison.group_by("status").agg(quotes=pl.len(), words=pl.col("words").sum()).sort("status")
    return (
        alt.Chart(data, title="What happened to each quotation")
        .mark_bar()
        .encode(
            y=alt.Y("status:N", title=None, sort=["same", "changed", "only_a", "only_b"]),
            x=alt.X("quotes:Q", title="quotations"),
            color=alt.Color("status:N", legend=None),
            tooltip=["status", "quotes", "words"],
        )
    )
