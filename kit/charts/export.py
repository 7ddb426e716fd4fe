"""Save any chart as PNG, SVG and HTML next to a CSV of the data behind it.

Everything is drawn locally by vl-convert: no browser, no network. The HTML
file embeds Vega's JavaScript inline, so it opens offline too.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import altair as alt
import polars as pl

FORMATS = ("png", "svg", "html")


def chart_data(chart: alt.TopLevelMixin) -> dict[str, pl.DataFrame]:
    """The tables behind a chart (its own data and that of any layer or panel), by name.

    >>> import polars as pl, altair as alt
    >>> c = alt.Chart(pl.DataFrame({"x": [1, 2]})).mark_point().encode(x="x")
    >>> {k: v.height for k, v in chart_data(c).items()}
    {'data': 2}
    """
    found: dict[str, pl.DataFrame] = {}

    def visit(obj: Any, name: str) -> None:
        data = getattr(obj, "data", alt.Undefined)
        if isinstance(data, pl.DataFrame):
            found[name] = data
        elif data is not alt.Undefined and hasattr(data, "to_dict") and hasattr(data, "columns"):
            found[name] = pl.DataFrame(data)
        for attr in ("layer", "hconcat", "vconcat", "concat"):
            subs = getattr(obj, attr, None)
            if subs is None or subs is alt.Undefined:
                continue
            for i, sub in enumerate(subs):
                visit(sub, f"{name}-{attr}{i}" if name != "data" or found else f"{attr}{i}")
        spec = getattr(obj, "spec", alt.Undefined)
        if spec is not alt.Undefined and spec is not None:
            visit(spec, f"{name}-spec")

    visit(chart, "data")
    return found


def save(
    chart: alt.TopLevelMixin,
    stem: str | Path,
    *,
    formats: tuple[str, ...] = FORMATS,
    data: bool = True,
    scale_factor: float = 2.0,
) -> dict[str, Path]:
    """Save a chart for slides and reports, with the data behind it.

    Writes ``<stem>.png`` (at ``scale_factor`` for sharp slides), ``<stem>.svg``,
    ``<stem>.html`` (opens offline), ``<stem>.csv`` (one per table when the chart
    has several) and ``<stem>.json``, a manifest naming every file, the chart's
    title and when it was made.

    Parameters
    ----------
    chart : alt.Chart
        Any Altair chart, layered or concatenated.
    stem : str or Path
        Path without extension; folders are created.
    formats : tuple of str, default=("png", "svg", "html")
        Which image formats to write.
    data : bool, default=True
        Also write the data as CSV.
    scale_factor : float, default=2.0
        PNG resolution multiplier.

    Returns
    -------
    dict
        Format name to the path written.

    Examples
    --------
    >>> import polars as pl, altair as alt, tempfile, pathlib
    >>> c = alt.Chart(pl.DataFrame({"x": [1, 2]})).mark_bar().encode(x="x")
    >>> out = save(c, pathlib.Path(tempfile.mkdtemp()) / "demo")
    >>> sorted(out)
    ['csv', 'html', 'json', 'png', 'svg']
    """
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for fmt in formats:
        if fmt not in ("png", "svg", "html", "pdf", "json"):
            raise ValueError(f"cannot save as {fmt!r}; choose from png, svg, html, pdf, json")
        path = stem.with_suffix(f".{fmt}")
        if fmt == "png":
            chart.save(str(path), scale_factor=scale_factor)
        elif fmt == "html":
            chart.save(str(path), inline=True)
        else:
            chart.save(str(path))
        written[fmt] = path
    if data:
        tables = chart_data(chart)
        for i, (name, frame) in enumerate(tables.items()):
            path = stem.with_suffix(".csv") if i == 0 else stem.parent / f"{stem.name}.{name}.csv"
            _flatten(frame).write_csv(path)
            written["csv" if i == 0 else f"csv:{name}"] = path
    spec = chart.to_dict()
    title = spec.get("title")
    manifest = {
        "title": title.get("text") if isinstance(title, dict) else title,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": {k: p.name for k, p in written.items()},
        "rows": {name: f.height for name, f in chart_data(chart).items()},
        "vega_lite_schema": spec.get("$schema"),
    }
    manifest_path = stem.with_suffix(".json") if "json" not in formats else stem.parent / f"{stem.name}.manifest.json"
    manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    written["json" if "json" not in formats else "manifest"] = manifest_path
    return written


def _flatten(frame: pl.DataFrame) -> pl.DataFrame:
    """CSV cannot hold lists or structs: join lists with '; ' and unnest structs."""
    out = frame
    for name, dtype in frame.schema.items():
        if isinstance(dtype, pl.List):
            out = out.with_columns(pl.col(name).cast(pl.List(pl.String)).list.join("; "))
        elif isinstance(dtype, pl.Struct):
            out = out.with_columns(pl.col(name).struct.json_encode())
    return out
