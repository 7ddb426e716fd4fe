"""newskit: explore corpora of news articles in Jupyter.

Load a corpus, clean it, split sentences and tokens, and compute vocabulary,
readability, quotes and figures. Every function takes and returns polars
DataFrames; see :mod:`kit.schema` for the tables.
"""

from kit.clean import removed
from kit.corpus import LoadError, LoadReport, load, load_with_report
from kit.figures import compare_figures, figures
from kit.quotes import highlight_quotes, quote_density, quotes, speakers
from kit.tokenize import explain, segment, sentences, tokens

__all__ = [
    "LoadError",
    "LoadReport",
    "compare_figures",
    "explain",
    "figures",
    "highlight_quotes",
    "load",
    "load_with_report",
    "quote_density",
    "quotes",
    "removed",
    "segment",
    "sentences",
    "speakers",
    "tokens",
]
__version__ = "0.1.0"
