"""Charts for figures: drift between two versions, hedging, and what a corpus counts.

Every builder takes a kit table (:func:`kit.figures` or
:func:`kit.compare_figures`), aggregates it in polars, and returns an
un-configured Altair chart the caller can still change (``.properties()``,
``+``, ``|``). The ``*_table`` functions return the data behind each chart.
"""

from __future__ import annotations

import math

import altair as alt
import polars as pl

from kit import schema

CLAIM_KINDS = ("count", "money", "percent", "measure", "other")
"""Kinds of figure that make a claim that can drift (dates, years and times are anchors)."""

HEDGE_LABELS = {
    "=": "exact (=)",
    "~": "approximate (~)",
    ">": "more than (>, ≥)",
    ">=": "more than (>, ≥)",
    "<": "less than (<, ≤)",
    "<=": "less than (<, ≤)",
}
HEDGE_ORDER = ["exact (=)", "approximate (~)", "more than (>, ≥)", "less than (<, ≤)"]
_HEDGE_RANK = {h: i for i, h in enumerate(HEDGE_ORDER)}
STATUS_ORDER = ["conflict", "different_source", "hedge_changed", "agree", "only_a", "only_b"]
STATUS_COLORS = ["#D55E00", "#CC79A7", "#E69F00", "#009E73", "#999999", "#BBBBBB"]


def drift_table(comparison: pl.DataFrame, *, kinds: tuple[str, ...] = CLAIM_KINDS) -> pl.DataFrame:
    """One row per claim and version: the stated value and the interval it allows.

    Columns: ``claim``, ``order`` (the claim's position), ``version`` (``a``/``b``),
    ``surface``, ``value``, ``low``, ``high`` (the interval, with an open end
    drawn to 1.5x the claim's largest value), ``open`` (``above``/``below``/
    ``none``), ``status``.

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "It killed 176 soldiers on both sides.", "It killed more than 200 soldiers on both sides."]})
    >>> drift_table(kit.compare_figures(kit.figures(docs), "a", "b")).select("version", "value", "low", "high", "open")
    shape: (2, 5)
    ┌─────────┬───────┬───────┬───────┬───────┐
    │ version ┆ value ┆ low   ┆ high  ┆ open  │
    │ ---     ┆ ---   ┆ ---   ┆ ---   ┆ ---   │
    │ str     ┆ f64   ┆ f64   ┆ f64   ┆ str   │
    ╞═════════╪═══════╪═══════╪═══════╪═══════╡
    │ a       ┆ 176.0 ┆ 176.0 ┆ 176.0 ┆ none  │
    │ b       ┆ 200.0 ┆ 200.0 ┆ 300.0 ┆ above │
    └─────────┴───────┴───────┴───────┴───────┘
    """
    rows = comparison.with_row_index("order").filter(pl.col("kind").is_in(list(kinds)))
    long = pl.concat(
        [
            rows.select(
                "claim", "order", "status", version=pl.lit(v), surface=f"{v}_surface", value=f"{v}_value",
                value_max=f"{v}_value_max", low=f"{v}_low", high=f"{v}_high", relation=f"{v}_relation",
            )
            for v in ("a", "b")
        ]
    ).filter(pl.col("value").is_not_null())
    top = pl.max_horizontal("value", "value_max", "low", "high").max().over("claim") * 1.5
    floor = pl.min_horizontal("value", "low").min().over("claim") / 1.5
    return (
        long.with_columns(
            open=pl.when(pl.col("high").is_null()).then(pl.lit("above"))
            .when(pl.col("low").is_null()).then(pl.lit("below")).otherwise(pl.lit("none")),
            low=pl.col("low").fill_null(floor),
            high=pl.col("high").fill_null(top),
        )
        .select("claim", "order", "version", "surface", "value", "low", "high", "open", "status", "relation")
        .sort("order", "version")
    )


def drift_chart(
    comparison: pl.DataFrame,
    *,
    labels: tuple[str, str] | None = None,
    kinds: tuple[str, ...] = CLAIM_KINDS,
    log: bool | None = None,
    matched_only: bool = True,
) -> alt.LayerChart:
    """Each claim, its value or interval in each version; conflicts stand out.

    A dot marks the stated number, a line the values the wording allows
    ("more than 200" reaches to the right edge, dashed); claims whose intervals
    do not meet are drawn in full colour with their status written beside them.

    Parameters
    ----------
    comparison : DataFrame
        The output of :func:`kit.compare_figures`.
    labels : (str, str), default=None
        Names for versions a and b in the legend (default "a", "b").
    kinds : tuple of str, default=CLAIM_KINDS
        Which kinds of figure to draw.
    log : bool, default=None
        Log scale for the values; by default when they span more than two orders of magnitude.
    matched_only : bool, default=True
        Leave out figures only one version has (``only_a``, ``only_b``).

    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "It killed 176 soldiers on both sides.", "It killed more than 200 soldiers on both sides."]})
    >>> spec = drift_chart(kit.compare_figures(kit.figures(docs), "a", "b")).to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['rule', 'point', 'text']
    """
    data = drift_table(comparison, kinds=kinds)
    if matched_only:
        data = data.filter(~pl.col("status").is_in(["only_a", "only_b"]))
    names = {"a": (labels or ("a", "b"))[0], "b": (labels or ("a", "b"))[1]}
    data = data.with_columns(
        version=pl.col("version").replace_strict(names),
        conflict=pl.col("status").is_in(["conflict", "different_source"]),
    )
    if log is None:
        positive = data.filter(pl.col("low") > 0)
        log = positive.height == data.height and data.height > 0 and (
            math.log10(float(positive["high"].max()) / float(positive["low"].min())) > 2
        )
    scale = alt.Scale(type="log") if log else alt.Scale(zero=False)
    order = data.unique("claim", keep="first").sort("order")["claim"].to_list()
    y = alt.Y("claim:N", sort=order, title=None, axis=alt.Axis(labelLimit=260))
    color = alt.Color("version:N", title="version", legend=alt.Legend(orient="top"))
    opacity = alt.condition("datum.conflict", alt.value(1.0), alt.value(0.45))
    base = alt.Chart(data, title="Figures that changed between the two versions")
    rule = base.mark_rule(strokeWidth=3).encode(
        y=y, yOffset="version:N", x=alt.X("low:Q", scale=scale, title="value (dot) and the range its wording allows"),
        x2="high:Q", color=alt.Color("version:N", legend=None), opacity=opacity,
        strokeDash=alt.condition("datum.open != 'none'", alt.value([4, 3]), alt.value([1, 0])),
    )
    points = base.mark_point(filled=True, size=70).encode(
        y=y, yOffset="version:N", x=alt.X("value:Q", scale=scale), color=color, opacity=opacity,
        shape=alt.Shape("relation:N", title="stated as", scale=alt.Scale(
            domain=["=", "~", ">", ">=", "<", "<="],
            range=["circle", "diamond", "triangle-right", "triangle-right", "triangle-left", "triangle-left"])),
        tooltip=["claim", "version", "surface", "relation", "status"],
    )
    labels_ = (
        alt.Chart(data.filter(pl.col("version") == names["b"]))
        .mark_text(align="left", dx=6, fontWeight="bold")
        .encode(y=y, x=alt.X("high:Q", scale=scale), text="status:N",
                color=alt.Color("status:N", scale=alt.Scale(domain=STATUS_ORDER, range=STATUS_COLORS), legend=None))
        .transform_filter("datum.conflict")
    )
    return alt.layer(rule, points, labels_).resolve_scale(color="independent")


def hedge_table(figures: pl.DataFrame, *, kinds: tuple[str, ...] = CLAIM_KINDS) -> pl.DataFrame:
    """Figures per document and kind of hedge: ``doc_id``, ``hedge``, ``figures``, ``share``.

    >>> import polars as pl, kit
    >>> f = kit.figures(pl.DataFrame({"doc_id": ["a"], "text": ["About 20 men and 5 women, over 30 dogs."]}))
    >>> hedge_table(f).select("hedge", "figures")
    shape: (3, 2)
    ┌──────────────────┬─────────┐
    │ hedge            ┆ figures │
    │ ---              ┆ ---     │
    │ str              ┆ u32     │
    ╞══════════════════╪═════════╡
    │ exact (=)        ┆ 1       │
    │ approximate (~)  ┆ 1       │
    │ more than (>, ≥) ┆ 1       │
    └──────────────────┴─────────┘
    """
    schema.check(figures, "FIGURES", columns=["doc_id", "relation", "kind"])
    return (
        figures.filter(pl.col("kind").is_in(list(kinds)))
        .with_columns(hedge=pl.col("relation").replace_strict(HEDGE_LABELS, default="exact (=)"))
        .group_by("doc_id", "hedge")
        .agg(figures=pl.len())
        .with_columns(share=(pl.col("figures") / pl.col("figures").sum().over("doc_id")).round(3))
        .with_columns(_o=pl.col("hedge").replace_strict(_HEDGE_RANK, return_dtype=pl.Int64))
        .sort("doc_id", "_o")
        .drop("_o")
    )


def hedge_chart(figures: pl.DataFrame, *, kinds: tuple[str, ...] = CLAIM_KINDS) -> alt.Chart:
    """How certain does each version sound? The share of its figures given exactly, approximately, or as a bound.

    >>> import polars as pl, kit
    >>> f = kit.figures(pl.DataFrame({"doc_id": ["a"], "text": ["About 20 men and 5 women."]}))
    >>> hedge_chart(f).to_dict()["mark"]["type"]
    'bar'
    """
    data = hedge_table(figures, kinds=kinds)
    return (
        alt.Chart(data, title="How each article states its numbers")
        .mark_bar()
        .encode(
            y=alt.Y("doc_id:N", title=None),
            x=alt.X("share:Q", stack="normalize", title="share of the article's figures", axis=alt.Axis(format="%")),
            color=alt.Color("hedge:N", sort=HEDGE_ORDER, scale=alt.Scale(domain=HEDGE_ORDER), title="stated as",
                            legend=alt.Legend(orient="bottom")),
            order=alt.Order("hedge_order:Q"),
            tooltip=["doc_id", "hedge", "figures", alt.Tooltip("share:Q", format=".0%")],
        )
        .transform_calculate(hedge_order=f"indexof({HEDGE_ORDER!r}, datum.hedge)")
    )


def nouns_table(figures: pl.DataFrame, *, top: int = 15) -> pl.DataFrame:
    """The most common counted things: ``noun`` (lower case), ``figures``, ``documents``.

    >>> import polars as pl, kit
    >>> f = kit.figures(pl.DataFrame({"doc_id": ["a"], "text": ["Five people and 20 People, two dogs."]}))
    >>> nouns_table(f)["noun"].to_list()
    ['people', 'dogs']
    """
    schema.check(figures, "FIGURES", columns=["doc_id", "noun", "kind"])
    return (
        figures.filter((pl.col("kind") == "count") & pl.col("noun").is_not_null())
        .with_columns(noun=pl.col("noun").str.to_lowercase())
        .group_by("noun")
        .agg(figures=pl.len(), documents=pl.col("doc_id").n_unique())
        .sort(["figures", "noun"], descending=[True, False])
        .head(top)
    )


def nouns_chart(figures: pl.DataFrame, *, top: int = 15) -> alt.Chart:
    """What does the corpus count? The nouns most often counted, with how many articles count them.

    >>> import polars as pl, kit
    >>> f = kit.figures(pl.DataFrame({"doc_id": ["a"], "text": ["Five people and 20 people."]}))
    >>> nouns_chart(f).to_dict()["encoding"]["x"]["field"]
    'figures'
    """
    data = nouns_table(figures, top=top)
    return (
        alt.Chart(data, title=f"The {top} things counted most often")
        .mark_bar()
        .encode(
            y=alt.Y("noun:N", sort="-x", title=None),
            x=alt.X("figures:Q", title="figures counting it"),
            tooltip=["noun", "figures", "documents"],
        )
    )


def kinds_table(
    figures: pl.DataFrame,
    *,
    by: str = "section",
    kinds: tuple[str, ...] = ("money", "percent"),
    documents: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Figures of some kinds per article in each group: ``<by>``, ``kind``, ``figures``, ``articles``, ``per_article``.

    ``by`` is a column of ``figures`` (add one, e.g. the BBC section from the
    doc_id). Articles are counted from ``documents`` (with ``doc_id`` and
    ``by``) when given, otherwise from the articles that have any figure.

    >>> import polars as pl, kit
    >>> f = kit.figures(pl.DataFrame({"doc_id": ["a", "b"], "text": ["£5m and 3%.", "Up 4%."]}))
    >>> kinds_table(f.with_columns(section=pl.lit("x")))["per_article"].to_list()
    [0.5, 1.0]
    """
    if by not in figures.columns:
        raise schema.SchemaError(f"figures has no column {by!r}; add one first, e.g. "
                                 "figures.with_columns(section=pl.col('doc_id').str.split('/').list.first())")
    docs = documents if documents is not None else figures
    articles = docs.group_by(by).agg(articles=pl.col("doc_id").n_unique())
    counts = figures.filter(pl.col("kind").is_in(list(kinds))).group_by(by, "kind").agg(figures=pl.len())
    grid = articles.select(by).join(pl.DataFrame({"kind": list(kinds)}), how="cross")
    return (
        grid.join(counts, on=[by, "kind"], how="left")
        .join(articles, on=by)
        .with_columns(pl.col("figures").fill_null(0))
        .with_columns(per_article=(pl.col("figures") / pl.col("articles")).round(2))
        .sort(by, "kind")
    )


def kinds_chart(
    figures: pl.DataFrame,
    *,
    by: str = "section",
    kinds: tuple[str, ...] = ("money", "percent"),
    documents: pl.DataFrame | None = None,
) -> alt.Chart:
    """Money and percentages (or other kinds) per article, group by group.

    >>> import polars as pl, kit
    >>> f = kit.figures(pl.DataFrame({"doc_id": ["a"], "text": ["£5m and 3%."]}))
    >>> kinds_chart(f.with_columns(section=pl.lit("x"))).to_dict()["mark"]["type"]
    'bar'
    """
    data = kinds_table(figures, by=by, kinds=kinds, documents=documents)
    return (
        alt.Chart(data, title=f"{' and '.join(kinds).capitalize()} figures per article, by {by}")
        .mark_bar()
        .encode(
            y=alt.Y(f"{by}:N", title=None),
            yOffset="kind:N",
            x=alt.X("per_article:Q", title="figures per article"),
            color=alt.Color("kind:N", title="kind", legend=alt.Legend(orient="top")),
            tooltip=[by, "kind", "figures", "articles", "per_article"],
        )
    )
