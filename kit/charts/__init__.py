"""Chart builders (each returns an un-configured ``alt.Chart``), the theme, and export.

Call :func:`use_theme` once in a notebook; save any chart with :func:`save`.
"""

from kit.charts.base import cleaning_summary, sentence_length_table, sentence_lengths
from kit.charts.export import chart_data, save
from kit.charts.theme import OKABE_ITO, offline_renderer, theme_config, use_theme

__all__ = [
    "OKABE_ITO",
    "chart_data",
    "cleaning_summary",
    "offline_renderer",
    "save",
    "sentence_length_table",
    "sentence_lengths",
    "theme_config",
    "use_theme",
]
