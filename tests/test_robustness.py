"""No input crashes an analysis, and every span it reports can be cut out of the text (hypothesis)."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

import kit

NEWSY = st.lists(
    st.sampled_from(
        ["“", "”", '"', "‘", "’", "'", " said ", " he ", "Mr Smith", " told ", "According to ", ": ", ".", ",",
         "\n\n", "\n", " ", "at least ", "more than ", "about ", "$1.2bn", "£600m", "40%", "5 per cent", "6,700",
         "176", "two-thirds", "half", "a dozen", "Sept. 30, 2020", "8 p.m.", "1994", "COVID-19", "fell ", "rose ",
         "soldiers", "ſ", "ı", "\u212a", "🙂", "&amp;", "<script>", "—", "–", "…", "3:46.04", "60m"]
    ),
    max_size=60,
).map("".join)


def _spans_hold(text: str, frame: pl.DataFrame, column: str) -> None:
    for a, b, s in frame.select("start", "end", column).iter_rows():
        assert 0 <= a <= b <= len(text)
        assert text[a:b] == s


@settings(max_examples=200, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_quotes_and_figures_never_crash(text: str) -> None:
    docs = pl.DataFrame({"doc_id": ["d"], "text": [text]})
    quotes = kit.quotes(docs)
    _spans_hold(text, quotes, "quote")
    figures = kit.figures(docs)
    _spans_hold(text, figures, "surface")
    density = kit.quote_density(docs)
    assert density.height == 1


def test_highlight_escapes_html() -> None:
    docs = pl.DataFrame({"doc_id": ["d"], "text": ['<script>alert(1)</script> “Hello,” she said.']})
    html = str(kit.highlight_quotes(docs, "d"))
    assert "<script>" not in html and "&lt;script&gt;" in html
