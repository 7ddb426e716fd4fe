"""Sentences and tokens for news text, computed for the whole corpus at once.

The algorithm, in plain steps (each step is a polars expression over every
document, no Python loop per token):

1. **Pieces.** One regular expression cuts each text into pieces that cover it
   with no gaps: URLs, abbreviations with their full stops (``U.S.``, ``p.m.``,
   ``Sept.``, ``Gov.``), numbers kept whole (``6,700``, ``1.5bn``, ``$1.2``,
   ``40%``, ``2020-21``, ``’90s``), words with inner hyphens and apostrophes
   (``Nagorno-Karabakh``, ``Azerbaijan’s``, ``don't``), ellipses, dashes, quote
   marks, other punctuation, whitespace, and a catch-all for anything else.
   Summing piece lengths gives every token's offsets, so ``text[start:end]`` is
   always the token.
2. **Gaps.** Whitespace pieces are dropped, but first each token learns what
   follows it: nothing, spaces, a line break or a paragraph break (a blank
   line).
3. **Candidates.** A sentence may end after ``.``, ``!``, ``?``, an ellipsis
   or an abbreviation, plus any closing quotes or brackets glued to it
   (``...," he said.`` ends after the full stop; ``win." He`` after the quote).
4. **Decisions.** Each candidate is decided by the first rule that applies;
   the rule's name is kept in ``SENTENCES.rule`` so a teacher can see why a
   sentence ended (see :data:`RULES`).

Paragraphs (blank lines) are hard boundaries; so is a single line break unless
the next line starts in lower case (a hard-wrapped line).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import polars as pl

from kit import schema

# --- step 1: the piece pattern -------------------------------------------------

TITLE_ABBREVS = (
    "Mr Mrs Ms Mx Dr Prof Gov Sen Rep Gen Col Lt Sgt Capt Cmdr Adm Maj Rev Fr St Hon Pres "
    "Supt Insp Det Cpl Pte Brig Mt Ft Messrs Mme Mlle Sr Sra Sens Reps Govs Gens Amb Atty Lieut"
).split()
MONTH_ABBREVS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
NUMBER_ABBREVS = "No Nos Vol Vols Art Fig Figs Ch Pt Pts Ref Ex Para pp p".split()
OTHER_ABBREVS = (
    "Inc Ltd Co Corp Cos Bros Plc Jr Jnr Snr LLC vs etc approx est Ave Blvd Rd Dept Univ Assn "
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo Gen"
).split()
ALL_ABBREVS = sorted(
    set(TITLE_ABBREVS + MONTH_ABBREVS + NUMBER_ABBREVS + OTHER_ABBREVS), key=len, reverse=True
)

_L = r"\p{L}\p{M}"
_APOS = "'’"
PIECE_PATTERN = "|".join(
    [
        r"(?:https?://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]'’]",  # URLs
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
        r"(?:\b\p{L}\.){2,}",  # initialisms: U.S. p.m. e.g.
        r"\b(?:" + "|".join(ALL_ABBREVS) + r")\.",  # known abbreviations
        r"[’']\d\ds\b",  # ’90s
        # numbers: currency, thousands, decimals, ranges, times, % and suffixes
        r"[$£€¥]?\d+(?:,\d{3})*(?:\.\d+)?(?:[-–/:]\d+(?:[.,]\d+)*)*"
        r"(?:%|(?:bn|mn|tn|trn|m|k|s|st|nd|rd|th|am|pm|km|kg|mph|mm|cm|ml|ft|GW|MW|kW)\b)?"
        rf"(?:-[{_L}]+)*",
        # words, with inner hyphens, apostrophes, ampersands and digits
        rf"[{_L}][{_L}\p{{N}}]*(?:(?:[-‑{_APOS}&]|\.\b)[{_L}\p{{N}}]+)*",
        r"\.{3,}|…|(?:\. ){2}\.",  # ellipses
        r"[.!?]+",  # sentence punctuation runs (?!, !!)
        r"—|–|--+|‒|―",  # dashes
        r"[\"“”‘’'«»„‟‹›]",  # quote marks
        r"\s+",  # whitespace
        r"[\s\S]",  # anything else, one character at a time
    ]
)
"""The regular expression (Rust syntax, no look-around) that cuts text into pieces."""

QUOTE_MARKS = "\"“”‘’'«»„‟‹›"
CLOSERS = ["”", '"', "’", "'", "»", "›", ")", "]", "}"]
OPENERS = ["“", '"', "‘", "'", "«", "‹", "(", "[", "{", "„"]
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
TIME_WORDS = ["et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet"]

RULES = {
    "paragraph": "a blank line follows: paragraphs are hard boundaries",
    "line": "a line break follows and the next line does not start in lower case",
    "end": "end of the document",
    "terminal": "a full stop, question or exclamation mark followed by a capital, digit or quote",
    "after-abbrev": "an abbreviation followed by a word that usually starts a sentence (The, He, But...)",
    "after-time": "'a.m.'/'p.m.' followed by a capital that is not a weekday, month or time zone",
    # rules that say "not here" are reported by explain(), not in SENTENCES
    "no:lowercase-next": "the next word starts in lower case",
    "no:title-abbrev": "a title before a name (Mr., Gov., Dr., St.)",
    "no:number-abbrev": "'No.', 'Sept.', 'Vol.' ... before a number",
    "no:abbrev-name": "an abbreviation or initial followed by a name",
    "no:no-space": "no space after the full stop (a domain name or a typo)",
    "no:inside-word": "punctuation run inside a token",
}
"""Names of the rules that end (or refuse to end) a sentence, with what they mean."""


@cache
def stopwords() -> frozenset[str]:
    """The kit's English stop words (lower case).

    >>> "the" in stopwords(), "soldiers" in stopwords()
    (True, False)
    """
    text = resources.files("kit").joinpath("resources/stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


def _kind_expr(tok: pl.Expr) -> pl.Expr:
    return (
        pl.when(tok.str.contains(r"^\s+$"))
        .then(pl.lit("space"))
        .when(tok.str.contains(r"^(?:https?://|www\.)"))
        .then(pl.lit("url"))
        .when(tok.str.contains(r"@\w"))
        .then(pl.lit("url"))
        .when(tok.str.contains(r"^[$£€¥]?\d[\d,.:/%–-]*(?:bn|mn|tn|trn|m|k|s|st|nd|rd|th|am|pm)?$"))
        .then(pl.lit("number"))
        .when(tok.str.contains(r"^[’']\d\ds$"))
        .then(pl.lit("number"))
        .when(tok.str.contains(r"^\p{L}.*\.$"))
        .then(pl.lit("abbrev"))
        .when(tok.str.contains(r"^[\p{L}\p{N}]"))
        .then(pl.lit("word"))
        .when(tok.str.contains(r"^(?:\.{3,}|…|\. \. \.)$"))
        .then(pl.lit("punct"))
        .when(tok.str.contains(r"^[\"“”‘’'«»„‟‹›]$"))
        .then(pl.lit("quote"))
        .when(tok.str.contains(r"^(?:—|–|--+|‒|―)$"))
        .then(pl.lit("dash"))
        .when(tok.str.contains(r"^[\p{P}]+$"))
        .then(pl.lit("punct"))
        .when(tok.str.contains(r"^[\p{S}]$"))
        .then(pl.lit("symbol"))
        .otherwise(pl.lit("symbol"))
    )


def _pieces(docs: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Every piece of every text with offsets, kind and the gap that follows."""
    lf = docs.lazy().select("doc_id", "text")
    return (
        lf.with_columns(piece=pl.col("text").fill_null("").str.extract_all(PIECE_PATTERN))
        .select("doc_id", "piece")
        .explode("piece")
        .filter(pl.col("piece").is_not_null())
        .with_columns(n=pl.col("piece").str.len_chars())
        .with_columns(end=pl.col("n").cum_sum().over("doc_id"))
        .with_columns(start=pl.col("end") - pl.col("n"), kind=_kind_expr(pl.col("piece")))
        .with_columns(
            # what follows each piece: the next piece when it is whitespace
            gap_next=pl.when(pl.col("kind").shift(-1).over("doc_id") == "space")
            .then(pl.col("piece").shift(-1).over("doc_id"))
            .otherwise(pl.lit("")),
            last=pl.col("end") == pl.col("end").max().over("doc_id"),
        )
    )


def _segment(docs: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Tokens with their sentence decision (internal: both public functions use it)."""
    stops = sorted(stopwords())
    nxt = pl.col("token").shift(-1).over("doc_id")
    nxt_kind = pl.col("kind").shift(-1).over("doc_id")
    nxt2 = pl.col("token").shift(-2).over("doc_id")
    prv = pl.col("token").shift(1).over("doc_id")
    # the first word after the candidate, skipping one opening quote or bracket
    after = pl.when(nxt.is_in(OPENERS)).then(nxt2).otherwise(nxt)
    after_low = after.str.to_lowercase()
    after_upper = after.str.contains(r"^\p{Lu}")
    after_lower = after.str.contains(r"^\p{Ll}")
    after_digit = after.str.contains(r"^[$£€¥]?\d")
    after_stop = after_upper & after_low.is_in(stops)
    bare = pl.col("token").str.strip_suffix(".")

    tok = (
        _pieces(docs)
        .with_columns(
            para_break=pl.col("gap_next").str.contains(r"\n[^\S\n]*\n"),
            line_break=pl.col("gap_next").str.contains("\n"),
            spaced=pl.col("gap_next") != "",
        )
        .filter(pl.col("kind") != "space")
        .rename({"piece": "token"})
        .with_columns(
            ender=pl.col("token").str.contains(r"^(?:[.!?]+|\.{3,}|…|\. \. \.)$")
            | (pl.col("kind") == "abbrev"),
            closer=pl.col("token").is_in(CLOSERS),
        )
    )
    # a candidate is an ender, or a closer glued to one; a candidate glued to a
    # further closer passes the decision on to it
    glued_prev = ~pl.col("spaced").shift(1).over("doc_id").fill_null(True)
    chain = (
        pl.col("ender")
        | (
            pl.col("closer")
            & glued_prev
            & (
                pl.col("ender").shift(1).over("doc_id").fill_null(False)
                | (
                    pl.col("closer").shift(1).over("doc_id").fill_null(False)
                    & ~pl.col("spaced").shift(2).over("doc_id").fill_null(True)
                    & pl.col("ender").shift(2).over("doc_id").fill_null(False)
                )
            )
        )
    )
    tok = tok.with_columns(chain=chain)
    # the ender of this chain (the token itself, or one or two back)
    ender_tok = (
        pl.when(pl.col("ender"))
        .then(pl.col("token"))
        .when(pl.col("ender").shift(1).over("doc_id").fill_null(False))
        .then(prv)
        .otherwise(pl.col("token").shift(2).over("doc_id"))
    )
    passes_on = pl.col("spaced").not_() & nxt.is_in(CLOSERS) & (pl.col("chain"))
    e_bare = ender_tok.str.strip_suffix(".")
    is_abbrev = ender_tok.str.contains(r"^\p{L}.*\.$")
    is_title = e_bare.is_in(TITLE_ABBREVS) | ender_tok.str.contains(r"^\p{Lu}\.$")
    is_numabbrev = e_bare.is_in(NUMBER_ABBREVS + MONTH_ABBREVS)
    is_time = ender_tok.str.to_lowercase().is_in(["a.m.", "p.m."])
    is_qe = ender_tok.str.contains(r"[!?]")

    rule = (
        pl.when(pl.col("last"))
        .then(pl.lit("end"))
        .when(pl.col("para_break"))
        .then(pl.lit("paragraph"))
        .when(pl.col("line_break") & ~after_lower)
        .then(pl.lit("line"))
        .when(~pl.col("chain"))
        .then(pl.lit(None, dtype=pl.String))
        .when(passes_on)
        .then(pl.lit(None, dtype=pl.String))
        .when(~pl.col("spaced"))
        .then(pl.lit("no:no-space"))
        .when(after_lower)
        .then(pl.lit("no:lowercase-next"))
        .when(is_qe)
        .then(pl.lit("terminal"))
        .when(is_numabbrev & after_digit)
        .then(pl.lit("no:number-abbrev"))
        .when(is_time & after_upper & ~after_low.is_in(WEEKDAYS + MONTHS + TIME_WORDS))
        .then(pl.lit("after-time"))
        .when(is_time)
        .then(pl.lit("no:abbrev-name"))
        .when(is_abbrev & is_title & ~(after_stop & ~e_bare.is_in(TITLE_ABBREVS)))
        .then(pl.lit("no:title-abbrev"))
        .when(is_abbrev & after_stop)
        .then(pl.lit("after-abbrev"))
        .when(is_abbrev)
        .then(pl.lit("no:abbrev-name"))
        .when(after_upper | after_digit | nxt.is_in(OPENERS) | (nxt_kind == "symbol"))
        .then(pl.lit("terminal"))
        .otherwise(pl.lit("no:lowercase-next"))
    )
    del bare
    return (
        tok.with_columns(rule=rule)
        .with_columns(is_end=pl.col("rule").is_not_null() & ~pl.col("rule").str.starts_with("no:"))
        .with_columns(
            sent_id=pl.col("is_end").shift(1).fill_null(False).cum_sum().over("doc_id").cast(pl.Int64),
            para_id=pl.col("para_break").shift(1).fill_null(False).cum_sum().over("doc_id").cast(pl.Int64),
            token_id=pl.int_range(pl.len()).over("doc_id").cast(pl.Int64),
            norm=pl.col("token").str.to_lowercase().str.replace_all("[’‘`´]", "'"),
        )
        .with_columns(is_stop=pl.col("norm").is_in(stops))
    )


def tokens(docs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Split every document into tokens.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text`` (see :func:`kit.load`).

    Returns
    -------
    DataFrame
        One row per token: ``doc_id``, ``sent_id``, ``token_id``, ``start``, ``end``,
        ``token`` (``text[start:end]``), ``norm`` (lower case, curly apostrophes
        made straight), ``kind`` (word, number, abbrev, punct, quote, dash,
        symbol, url), ``is_stop``, and ``para_id``.

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["Azerbaijan’s $1.2bn deal at 8 p.m. Wednesday."]})
    >>> tokens(docs)["token"].to_list()
    ['Azerbaijan’s', '$1.2bn', 'deal', 'at', '8', 'p.m.', 'Wednesday', '.']
    """
    schema.check(docs, "DOCS_MIN")
    return (
        _segment(docs)
        .select("doc_id", "sent_id", "token_id", "start", "end", "token", "norm", "kind", "is_stop", "para_id")
        .with_columns(pl.col("start").cast(pl.Int64), pl.col("end").cast(pl.Int64))
        .collect()
    )


def sentences(docs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Split every document into sentences, with news conventions.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text``.

    Returns
    -------
    DataFrame
        One row per sentence: ``doc_id``, ``sent_id`` (0-based within the
        document), ``para_id``, ``start``, ``end`` (offsets into ``text``),
        ``text`` and ``rule`` (why the sentence ended; see :data:`RULES`).

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a"],
    ...     "text": ["It began at 8 p.m. Wednesday in the U.S. Senate. “We won,” he said.\\n\\nNext"]})
    >>> sentences(docs).select("sent_id", "para_id", "text", "rule")
    shape: (3, 4)
    ┌─────────┬─────────┬─────────────────────────────────┬───────────┐
    │ sent_id ┆ para_id ┆ text                            ┆ rule      │
    │ ---     ┆ ---     ┆ ---                             ┆ ---       │
    │ i64     ┆ i64     ┆ str                             ┆ str       │
    ╞═════════╪═════════╪═════════════════════════════════╪═══════════╡
    │ 0       ┆ 0       ┆ It began at 8 p.m. Wednesday i… ┆ terminal  │
    │ 1       ┆ 0       ┆ “We won,” he said.              ┆ paragraph │
    │ 2       ┆ 1       ┆ Next                            ┆ end       │
    └─────────┴─────────┴─────────────────────────────────┴───────────┘
    """
    schema.check(docs, "DOCS_MIN")
    seg = _segment(docs)
    return _sentences_from_segments(seg, docs)


def _sentences_from_segments(seg: pl.LazyFrame, docs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    spans = seg.group_by("doc_id", "sent_id").agg(
        para_id=pl.col("para_id").first(),
        start=pl.col("start").min().cast(pl.Int64),
        end=pl.col("end").max().cast(pl.Int64),
        rule=pl.col("rule").filter(pl.col("is_end")).last(),
    )
    return (
        spans.join(docs.lazy().select("doc_id", "text"), on="doc_id", how="left")
        .with_columns(text=pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start")))
        .select("doc_id", "sent_id", "para_id", "start", "end", "text", "rule")
        .sort("doc_id", "sent_id", maintain_order=True)
        .collect()
    )


def segment(docs: pl.DataFrame | pl.LazyFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sentences and tokens from one pass (cheaper than calling both).

    >>> import polars as pl
    >>> s, t = segment(pl.DataFrame({"doc_id": ["a"], "text": ["One. Two."]}))
    >>> s.height, t.height
    (2, 4)
    """
    schema.check(docs, "DOCS_MIN")
    seg = _segment(docs).collect()
    sents = _sentences_from_segments(seg.lazy(), docs)
    toks = seg.select(
        "doc_id", "sent_id", "token_id", "start", "end", "token", "norm", "kind", "is_stop", "para_id"
    ).with_columns(pl.col("start").cast(pl.Int64), pl.col("end").cast(pl.Int64))
    return sents, toks


def explain(text: str) -> pl.DataFrame:
    """Show, for one text, every place a sentence could end and the rule that decided it.

    A teaching aid, like spaCy's ``tokenizer.explain``.

    >>> explain("Call me at 8 p.m. Wednesday. Fine.").select("token", "rule", "ends_sentence")
    shape: (3, 3)
    ┌───────┬──────────────────┬───────────────┐
    │ token ┆ rule             ┆ ends_sentence │
    │ ---   ┆ ---              ┆ ---           │
    │ str   ┆ str              ┆ bool          │
    ╞═══════╪══════════════════╪═══════════════╡
    │ p.m.  ┆ no:abbrev-name   ┆ false         │
    │ .     ┆ terminal         ┆ true          │
    │ .     ┆ end              ┆ true          │
    └───────┴──────────────────┴───────────────┘
    """
    seg = _segment(pl.DataFrame({"doc_id": ["_"], "text": [text]})).collect()
    return (
        seg.filter(pl.col("rule").is_not_null())
        .with_columns(
            ends_sentence=pl.col("is_end"),
            context=pl.lit(text).str.slice((pl.col("start") - 25).clip(0), 50),
            why=pl.col("rule").replace_strict(RULES, default=None),
        )
        .select("start", "end", "token", "rule", "ends_sentence", "why", "context")
    )
