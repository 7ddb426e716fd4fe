"""The kit's one chart theme: readable on a workshop projector, colour-blind safe.

Colours are the Okabe-Ito palette (safe for the common forms of colour
blindness); fonts are large enough to read from the back of a room. Chart
builders never call ``configure_*``: the look lives here.
"""

from __future__ import annotations

from typing import Any

import altair as alt

OKABE_ITO = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
]
"""Colour-blind-safe categorical palette (Okabe & Ito 2008)."""

HIGHLIGHT = "#D55E00"
"""The colour for what a chart wants the eye to find (a conflict, a removed line)."""
MUTED = "#999999"
"""The colour for context."""

FONT = "Helvetica, Arial, sans-serif"
THEME_NAME = "newskit"


def theme_config(*, scale: float = 1.0) -> dict[str, Any]:
    """The theme as a Vega-Lite config dict (``scale`` enlarges fonts, e.g. 1.4 for slides).

    >>> theme_config()["config"]["range"]["category"][0]
    '#0072B2'
    """
    s = scale
    return {
        "config": {
            "font": FONT,
            "view": {"continuousWidth": 560, "continuousHeight": 320, "stroke": None},
            "title": {"fontSize": 20 * s, "anchor": "start", "fontWeight": "bold", "subtitleFontSize": 15 * s},
            "axis": {
                "labelFontSize": 14 * s,
                "titleFontSize": 15 * s,
                "gridColor": "#e6e6e6",
                "domainColor": "#555555",
                "tickColor": "#555555",
                "labelLimit": 320,
            },
            "legend": {"labelFontSize": 14 * s, "titleFontSize": 15 * s, "symbolSize": 140 * s},
            "header": {"labelFontSize": 15 * s, "titleFontSize": 16 * s},
            "text": {"fontSize": 13 * s},
            "range": {"category": OKABE_ITO, "ordinal": {"scheme": "blues"}, "ramp": {"scheme": "blues"}},
            "mark": {"color": OKABE_ITO[0]},
            "bar": {"color": OKABE_ITO[0]},
            "line": {"strokeWidth": 2.5},
            "point": {"size": 70 * s, "filled": True},
        }
    }


def use_theme(*, scale: float = 1.0, renderer: str | None = "default") -> None:
    """Register and enable the kit's theme, and pick an offline renderer.

    Call once at the top of a notebook. Altair 5.5's default notebook output
    is the Vega-Lite 5 mime bundle, which JupyterLab 4 draws with its built-in
    renderer: no internet, no CDN, no trusted notebook needed.

    Parameters
    ----------
    scale : float, default=1.0
        Font scale (1.4 suits slides).
    renderer : str or None, default="default"
        An Altair renderer name; None leaves the renderer alone.
    """

    @alt.theme.register(THEME_NAME, enable=True)
    def _theme() -> alt.theme.ThemeConfig:
        return theme_config(scale=scale)  # type: ignore[return-value]

    alt.renderers.register(RENDERER_NAME, offline_renderer)
    if renderer == "default":
        renderer = RENDERER_NAME
    if renderer is not None:
        alt.renderers.enable(renderer)


RENDERER_NAME = "newskit-offline"


def offline_renderer(spec: dict[str, Any], **metadata: Any) -> dict[str, Any]:
    """Display a chart with no network: Vega-Lite 5 for JupyterLab, SVG for everything else.

    JupyterLab 4 draws the ``application/vnd.vegalite.v5+json`` part with its
    built-in renderer (interactive, offline). Exported HTML, GitHub and
    viewers without Vega fall back to the static SVG drawn by vl-convert.
    """
    from altair.utils.mimebundle import spec_to_mimebundle

    bundle: dict[str, Any] = {"application/vnd.vegalite.v5+json": spec, "text/plain": "<Altair chart>"}
    try:
        svg = spec_to_mimebundle(spec, format="svg", mode="vega-lite")
        bundle.update(svg if isinstance(svg, dict) else {})
    except Exception:  # the interactive part still works without the fallback
        pass
    return bundle
