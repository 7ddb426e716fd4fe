"""Sentences and tokens: news conventions, invariants (hypothesis), and the sample corpus."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kit


def split(text: str) -> list[str]:
    return kit.sentences(pl.DataFrame({"doc_id": ["d"], "text": [text]}))["text"].to_list()


def toks(text: str) -> list[str]:
    return kit.tokens(pl.DataFrame({"doc_id": ["d"], "text": [text]}))["token"].to_list()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce took effect at 8 p.m. Wednesday and held.", 1),
        ("It started at 8 p.m. The next day it was over.", 2),
        ("On Sept. 30 the talks began. They failed.", 2),
        ("The U.S. Senate voted. It was close.", 2),
        ("He moved to the U.S. The move was quiet.", 2),
        ("Gov. Smith and Dr. Jones met at No. 10 Downing Street.", 1),
        ("Prices rose in Jan. 2005 and fell later.", 1),
        ("George W. Bush spoke. Then he left.", 2),
        ("“We will win,” he said. “Nobody doubts it.”", 2),
        ("“We will win.” He smiled.", 2),
        ("“Why?” he asked. Nobody answered.", 2),
        ("It grew 1.5% to $1.2bn. Shares rose.", 2),
        ("Wait... What happened next?", 2),
        ("Apple Inc. shares rose. Apple Inc. The firm said so.", 3),
        ("A headline with no full stop\n\nThe body starts here.", 2),
        ("First line ends here\nSecond line starts here.", 2),
        ("A hard-wrapped line goes\non in lower case.", 1),
        ("Visit nbcnews.com for more. Thanks.", 2),
    ],
)
def test_news_sentence_boundaries(text: str, expected: int) -> None:
    assert len(split(text)) == expected, split(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("It cost 6,700 people", "6,700"),
        ("a 1.5bn deal", "1.5bn"),
        ("just $1.2 today", "$1.2"),
        ("up 40% now", "40%"),
        ("the 2020-21 season", "2020-21"),
        ("Azerbaijan’s army", "Azerbaijan’s"),
        ("we don't know", "don't"),
        ("back in the ’90s", "’90s"),
        ("in Nagorno-Karabakh", "Nagorno-Karabakh"),
        ("the ex-Soviet states", "ex-Soviet"),
        ("a six-week war", "six-week"),
        ("at 8 p.m. sharp", "p.m."),
        ("in the U.S. Senate", "U.S."),
        ("a 56-year-old man", "56-year-old"),
    ],
)
def test_tokens_kept_whole(text: str, token: str) -> None:
    assert token in toks(text)


def test_dashes_ellipses_and_quotes_are_their_own_tokens() -> None:
    out = kit.tokens(pl.DataFrame({"doc_id": ["d"], "text": ["Peace—at last… “Yes,” she said – twice."]}))
    kinds = dict(zip(out["token"], out["kind"], strict=True))
    assert kinds["—"] == "dash" and kinds["–"] == "dash" and kinds["…"] == "punct"
    assert kinds["“"] == "quote" and kinds["”"] == "quote"


def test_token_columns_norm_and_stopwords() -> None:
    out = kit.tokens(pl.DataFrame({"doc_id": ["d"], "text": ["The Army’s 6,700 troops."]}))
    assert out.columns[:9] == ["doc_id", "sent_id", "token_id", "start", "end", "token", "norm", "kind", "is_stop"]
    row = out.filter(pl.col("token") == "Army’s").row(0, named=True)
    assert row["norm"] == "army's" and row["kind"] == "word" and not row["is_stop"]
    assert out.filter(pl.col("token") == "The")["is_stop"].item()
    assert out.filter(pl.col("token") == "6,700")["kind"].item() == "number"


def test_sample_sentences(sample_docs: pl.DataFrame) -> None:
    sents, tokens = kit.segment(sample_docs)
    texts = sents["text"].to_list()
    assert "The ceasefire came into effect at 8 p.m. Wednesday and no violations were reported." in texts
    assert any(t.startswith("“We want to sign a document") and t.endswith("Pashinyan said.") for t in texts)
    for d in sample_docs.iter_rows(named=True):
        s = sents.filter(pl.col("doc_id") == d["doc_id"])
        assert all(d["text"][a:b] == t for a, b, t in s.select("start", "end", "text").iter_rows())
    # paragraphs are hard boundaries: no sentence spans a blank line
    assert not sents["text"].str.contains("\n\n").any()
    assert tokens.group_by("doc_id").agg(pl.col("sent_id").max()).sort("doc_id").rows() == (
        sents.group_by("doc_id").agg(pl.col("sent_id").max()).sort("doc_id").rows()
    )


def test_explain_names_the_rule() -> None:
    out = kit.explain("Meet at 8 p.m. Wednesday. Then go.")
    assert out.filter(pl.col("token") == "p.m.")["rule"].item() == "no:abbrev-name"
    assert out["why"].null_count() == 0


def test_empty_and_null_texts() -> None:
    docs = pl.DataFrame({"doc_id": ["a", "b", "c"], "text": ["", None, "Only one."]})
    assert kit.sentences(docs)["doc_id"].to_list() == ["c"]
    assert set(kit.tokens(docs)["doc_id"]) == {"c"}


def _check_invariants(text: str) -> None:
    docs = pl.DataFrame({"doc_id": ["d"], "text": [text]})
    sents, tokens = kit.segment(docs)
    n = len(text)
    prev_end = 0
    for a, b, tok in tokens.select("start", "end", "token").iter_rows():
        assert 0 <= a < b <= n
        assert text[a:b] == tok
        assert a >= prev_end  # tokens never overlap
        assert text[prev_end:a].strip() == ""  # only whitespace between tokens
        prev_end = b
    assert text[prev_end:].strip() == ""
    prev_end = 0
    for a, b in sents.select("start", "end").iter_rows():
        assert 0 <= a < b <= n
        assert text[prev_end:a].strip() == ""  # sentences cover the text, gaps are whitespace
        prev_end = b
    assert text[prev_end:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_invariants_any_unicode(text: str) -> None:
    _check_invariants(text)


NEWSY = st.lists(
    st.sampled_from(
        [
            "U.S.",
            "p.m.",
            "Sept.",
            "30",
            "6,700",
            "$1.2bn",
            "40%",
            "“",
            "”",
            '"',
            "’",
            "'",
            ".",
            ",",
            "?",
            "!",
            "…",
            "—",
            "-",
            "\n",
            "\n\n",
            " ",
            "He",
            "said",
            "the",
            "Mr.",
            "No.",
            "Azerbaijan’s",
            "don't",
            "’90s",
            "e.g.",
            "...",
            "(",
            ")",
            "\t",
            "\r\n",
            "🙂",
            "é",
            "\u200b",
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_invariants_news_like_text(text: str) -> None:
    _check_invariants(text)


def test_bbc_offsets_hold(bbc_docs: pl.DataFrame) -> None:
    docs = bbc_docs.head(300)
    sents, tokens = kit.segment(docs)
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    joined = tokens.with_columns(full=pl.col("doc_id").replace_strict(texts))
    bad = joined.filter(pl.col("full").str.slice(pl.col("start"), pl.col("end") - pl.col("start")) != pl.col("token"))
    assert bad.height == 0
    assert sents.group_by("doc_id").len()["len"].min() >= 2
