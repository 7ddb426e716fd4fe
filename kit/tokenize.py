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
ALL_ABBREVS = sorted(set(TITLE_ABBREVS + MONTH_ABBREVS + NUMBER_ABBREVS + OTHER_ABBREVS), key=len, reverse=True)

_L = r"\p{L}\p{M}"
_APOS = "'’"
PIECE_PATTERN = "|".join(
    [
        r"(?:https?://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]'’]",  # URLs
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
        r"(?:\b\p{L}\.){2,}|\b\p{Lu}\.",  # initialisms (U.S. p.m. e.g.) and initials (W.)
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
    "no:quote-attribution": "a question or exclamation in quotes followed by a name and 'said'",
    "no:dash-next": "a question or exclamation mark followed by a dash: a title inside a sentence",
    "no:list-marker": "a number at the start of a line: a list item ('2. The next point')",
}
"""Names of the rules that end (or refuse to end) a sentence, with what they mean."""
RULE_ENUM = pl.Enum(list(RULES))
ENDING_RULES = [r for r in RULES if not r.startswith("no:")]


TOKEN_COLUMNS = ["doc_id", "sent_id", "token_id", "start", "end", "token", "norm", "kind", "is_stop", "para_id"]
BATCH_SIZE = 5000
"""Documents processed at once: bounds memory on big corpora (about 0.3 GB per 2,000 BBC articles)."""


@cache
def stopwords() -> frozenset[str]:
    """The kit's English stop words (lower case).

    >>> "the" in stopwords(), "soldiers" in stopwords()
    (True, False)
    """
    text = resources.files("kit").joinpath("resources/stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


QUOTE_CHARS = list(QUOTE_MARKS)
ENDERS = [".", "!", "?", "?!", "!?", "!!", "??", "!!!", "?!?", "…", ". . ."]
DASHES = ["—", "–", "‒", "―"]
ELLIPSES = ["…", ". . ."]


KIND_ENUM = pl.Enum(["url", "number", "abbrev", "word", "punct", "quote", "dash", "symbol"])


def _kind_expr(tok: pl.Expr) -> pl.Expr:
    """Token kind from cheap tests on the first character (the piece pattern did the hard work).

    Kinds: url, number, abbrev (a word with its full stop), word, punct, quote, dash, symbol.
    """
    first = tok.str.head(1)
    letter = first.str.contains(r"^\p{L}")
    return (
        pl.when(tok.str.starts_with("http") | tok.str.starts_with("www.") | tok.str.contains("@", literal=True))
        .then(pl.lit("url", dtype=KIND_ENUM))
        .when(first.str.contains(r"^[\d$£€¥]") | (first.is_in(["’", "'"]) & tok.str.ends_with("s")))
        .then(pl.lit("number", dtype=KIND_ENUM))
        .when(letter & tok.str.ends_with(".") & (tok.str.len_chars() > 1))
        .then(pl.lit("abbrev", dtype=KIND_ENUM))
        .when(letter | first.str.contains(r"^\p{N}"))
        .then(pl.lit("word", dtype=KIND_ENUM))
        .when(tok.is_in(ELLIPSES) | tok.str.starts_with("..."))
        .then(pl.lit("punct", dtype=KIND_ENUM))
        .when(tok.is_in(QUOTE_CHARS))
        .then(pl.lit("quote", dtype=KIND_ENUM))
        .when(tok.is_in(DASHES) | tok.str.starts_with("--"))
        .then(pl.lit("dash", dtype=KIND_ENUM))
        .when(first.str.contains(r"^\p{P}"))
        .then(pl.lit("punct", dtype=KIND_ENUM))
        .otherwise(pl.lit("symbol", dtype=KIND_ENUM))
    )


def _pieces(docs: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Every non-space piece of every text, with offsets, kind and the gap that follows it.

    Rows stay in reading order, document after document; ``doc_i`` numbers the
    documents so that neighbouring rows can be compared without window functions.
    """
    lf = docs.lazy().select("doc_id", "text")
    pieces = (
        lf.with_columns(
            doc_i=pl.int_range(pl.len(), dtype=pl.Int64),
            piece=pl.col("text").fill_null("").str.extract_all(PIECE_PATTERN),
        )
        .with_columns(end=pl.col("piece").list.eval(pl.element().str.len_chars().cum_sum()))
        .select("doc_id", "doc_i", "piece", "end")
        .explode("piece", "end")
        .filter(pl.col("piece").is_not_null())
        .with_columns(
            end=pl.col("end").cast(pl.Int64),
            space=pl.col("piece").str.contains(r"^\s"),
        )
        .with_columns(start=pl.col("end") - pl.col("piece").str.len_chars().cast(pl.Int64))
    )
    same_next = pl.col("doc_i").shift(-1) == pl.col("doc_i")
    return (
        pieces.with_columns(
            gap_next=pl.when(same_next & pl.col("space").shift(-1))
            .then(pl.col("piece").shift(-1))
            .otherwise(pl.lit("")),
        )
        .filter(~pl.col("space"))
        .with_columns(kind=_kind_expr(pl.col("piece")))
        .with_columns(last=pl.col("doc_i").shift(-1).fill_null(-1) != pl.col("doc_i"))
    )


SPEECH_VERBS = [
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "added",
    "adds",
    "replied",
    "wrote",
    "insisted",
    "explained",
    "shouted",
    "cried",
    "exclaimed",
    "admitted",
    "continued",
    "recalled",
    "noted",
    "joked",
    "quipped",
]


LEX_STOP, LEX_TIME, LEX_SPEECH, LEX_AMPM, LEX_ETC = 1, 2, 4, 8, 16


@cache
def _lexicon() -> dict[str, int]:
    """Lower-case word to a bit set of the word lists it belongs to."""
    lex: dict[str, int] = {}
    for words, flag in (
        (stopwords(), LEX_STOP),
        (WEEKDAYS + MONTHS + TIME_WORDS + [w + "." for w in MONTHS + TIME_WORDS], LEX_TIME),
        (SPEECH_VERBS, LEX_SPEECH),
        (["a.m.", "p.m."], LEX_AMPM),
        (["etc."], LEX_ETC),
    ):
        for w in words:
            lex[w] = lex.get(w, 0) | flag
    return lex


def _segment(docs: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Tokens with their sentence decision (internal: both public functions use it).

    Features are computed once per token as booleans, then shifted to the
    neighbouring tokens: no strings are copied between rows.
    """
    low = pl.col("low")
    base = (
        _pieces(docs)
        .rename({"piece": "token"})
        .with_columns(
            low=pl.col("token").str.to_lowercase(),
            _row=pl.int_range(pl.len(), dtype=pl.Int64),
            para_break=pl.col("gap_next").str.contains(r"\n[^\S\n]*\n"),
            line_break=pl.col("gap_next").str.contains("\n", literal=True),
            # could a sentence end here? (full stops, ?!, abbreviations, closing quotes, line ends)
            _cand=pl.col("token").is_in(ENDERS + CLOSERS)
            | pl.col("kind").is_in(["abbrev", "punct"]) & pl.col("token").str.starts_with("...")
            | (pl.col("kind") == "abbrev")
            | pl.col("gap_next").str.contains("\n", literal=True)
            | pl.col("last"),
        )
        .with_columns(
            # one hash lookup gives every word-list feature at once
            _lex=pl.col("low").replace_strict(_lexicon(), default=0, return_dtype=pl.UInt8),
            # the rules look two tokens back and four ahead of a candidate: only those rows need features
            _near=pl.any_horizontal(pl.col("_cand").shift(j).fill_null(False) for j in range(-2, 5)),
        )
    )
    tok = (
        base.filter(pl.col("_near"))
        .with_columns(
            # masks: is the row k rows away the next-but-k token of the same document?
            *[
                ((pl.col("doc_i").shift(-k) == pl.col("doc_i")) & (pl.col("_row").shift(-k) == pl.col("_row") + k))
                .fill_null(False)
                .alias(f"_same{k}")
                for k in (-2, -1, 1, 2, 3, 4)
            ],
        )
        .with_columns(
            spaced=pl.col("gap_next") != "",
            ender=pl.col("token").is_in(ENDERS)
            | ((pl.col("kind") == "punct") & pl.col("token").str.starts_with("..."))
            | (pl.col("kind") == "abbrev"),
            closer=pl.col("token").is_in(CLOSERS),
            opener=pl.col("token").is_in(OPENERS),
            # "iPhone" and "eBay" start a sentence like a capitalised word
            upper=pl.col("token").str.contains(r"^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})"),
            _ll=pl.col("token").str.contains(r"^\p{Ll}"),
            digit=pl.col("kind") == "number",
            symbol=pl.col("kind") == "symbol",
            stopword=(pl.col("_lex") & LEX_STOP) != 0,
            timeword=(pl.col("_lex") & LEX_TIME) != 0,
            dash=pl.col("kind") == "dash",
            speech=(pl.col("_lex") & LEX_SPEECH) != 0,
            stoppunct=pl.col("token").is_in([".", ",", ":"]),
            small_number=pl.col("token").str.contains(r"^\d{1,2}$"),
        )
        .with_columns(
            # what kind of full stop this token is, when it is one
            e_title=pl.col("token").str.strip_suffix(".").is_in(TITLE_ABBREVS),
            e_initial=(pl.col("kind") == "abbrev") & (pl.col("token").str.len_chars() == 2) & pl.col("upper"),
            e_numabbrev=pl.col("token").str.strip_suffix(".").is_in(NUMBER_ABBREVS + MONTH_ABBREVS),
            lower=pl.col("_ll") & ~pl.col("upper"),
            e_time=(pl.col("_lex") & LEX_AMPM) != 0,
            e_qe=pl.col("ender")
            & (pl.col("token").str.contains("?", literal=True) | pl.col("token").str.contains("!", literal=True)),
            e_etc=(pl.col("_lex") & LEX_ETC) != 0,
            e_abbrev=pl.col("kind") == "abbrev",
            e_dot=pl.col("token") == ".",
        )
    )
    feats = ["upper", "lower", "digit", "stopword", "timeword", "opener", "closer", "symbol", "speech", "dash"]
    ender_feats = ["e_title", "e_initial", "e_numabbrev", "e_time", "e_qe", "e_abbrev", "e_dot", "e_etc"]
    other = ["ender", "spaced", "stoppunct", "small_number", "line_break"]
    # every boolean feature packed into one integer, so that looking at a neighbour is one
    # shift of one column instead of one shift per feature
    names = feats + ender_feats + other
    bit = {f: 1 << i for i, f in enumerate(names)}
    tok = tok.with_columns(_bits=pl.sum_horizontal(pl.col(f).cast(pl.UInt32) * bit[f] for f in names))
    tok = tok.with_columns(
        (pl.col("_bits").shift(-k).fill_null(0) * pl.col(f"_same{k}").cast(pl.UInt32)).alias(f"_b{k}")
        for k in (-2, -1, 1, 2, 3, 4)
    )

    def nb(f: str, k: int) -> pl.Expr:
        """Feature ``f`` of the token ``k`` rows away (negative: before); False across documents."""
        return (pl.col(f"_b{k}") & bit[f]) != 0

    tok = tok.with_columns(
        *[nb(f, k).alias(f"{f}_{k}") for f in feats for k in (1, 2, 3)],
        *[nb(f, -k).alias(f"{f}_m{k}") for f in ["ender", "closer", "spaced"] for k in (1, 2)],
        *[nb(f, -k).alias(f"{f}_m{k}") for f in ender_feats for k in (1, 2)],
        *[nb("stoppunct", k).alias(f"stoppunct_{k}") for k in (1, 2, 3, 4)],
        small_number_m1=nb("small_number", -1),
        line_start_m1=nb("line_break", -2) | ~pl.col("_same-2"),
    )

    def after(f: str) -> pl.Expr:
        """Feature of the first token after the candidate, skipping one opening quote or bracket."""
        return pl.when(pl.col("opener_1")).then(pl.col(f"{f}_2")).otherwise(pl.col(f"{f}_1")).fill_null(False)

    def of_ender(f: str) -> pl.Expr:
        """Feature of the chain's full stop: this token, or the one or two before it."""
        return (
            pl.when(pl.col("ender"))
            .then(pl.col(f))
            .when(pl.col("ender_m1").fill_null(False))
            .then(pl.col(f"{f}_m1"))
            .otherwise(pl.col(f"{f}_m2"))
            .fill_null(False)
        )

    # a candidate is an ender, or a closer glued to one (one or two closers deep);
    # a candidate glued to a further closer passes the decision on to it
    chain = pl.col("ender") | (
        pl.col("closer")
        & pl.col("_same-1")
        & ~pl.col("spaced_m1")
        & (
            pl.col("ender_m1").fill_null(False)
            | (pl.col("closer_m1") & pl.col("_same-2") & ~pl.col("spaced_m2") & pl.col("ender_m2"))
        )
    )
    tok = tok.with_columns(
        chain=chain,
        a_upper=after("upper"),
        a_lower=after("lower"),
        a_digit=after("digit"),
        a_stop=after("upper") & after("stopword"),
        a_time=after("timeword"),
        # a name (one or two capitalised words), a verb of saying, and the end of the clause:
        # '...doping?" Dechy said.' (but not '?" Mr Blair said he would...')
        a_name_said=(
            pl.col("upper_1")
            & (
                (pl.col("speech_2") & pl.col("stoppunct_3"))
                | (pl.col("upper_2") & pl.col("speech_3") & pl.col("stoppunct_4"))
            )
        ).fill_null(False),
        is_title=of_ender("e_title") | of_ender("e_initial"),
        bare_title=of_ender("e_title"),
        is_numabbrev=of_ender("e_numabbrev"),
        is_etc=of_ender("e_etc"),
        is_time=of_ender("e_time"),
        is_qe=of_ender("e_qe"),
        is_abbrev=of_ender("e_abbrev"),
        list_marker=pl.col("e_dot") & pl.col("small_number_m1").fill_null(False) & pl.col("line_start_m1"),
    )
    in_quote = pl.col("closer") & pl.col("chain")
    passes_on = ~pl.col("spaced") & pl.col("closer_1").fill_null(False) & pl.col("chain")
    rule = (
        pl.when(pl.col("last"))
        .then(pl.lit("end", dtype=RULE_ENUM))
        .when(pl.col("para_break"))
        .then(pl.lit("paragraph", dtype=RULE_ENUM))
        .when(pl.col("line_break") & ~pl.col("a_lower"))
        .then(pl.lit("line", dtype=RULE_ENUM))
        .when(~pl.col("chain") | passes_on)
        .then(pl.lit(None, dtype=RULE_ENUM))
        .when(~pl.col("spaced"))
        .then(pl.lit("no:no-space", dtype=RULE_ENUM))
        .when(pl.col("a_lower"))
        .then(pl.lit("no:lowercase-next", dtype=RULE_ENUM))
        .when(pl.col("is_qe") & in_quote & pl.col("a_name_said"))
        .then(pl.lit("no:quote-attribution", dtype=RULE_ENUM))
        .when(pl.col("is_qe") & pl.col("dash_1"))
        .then(pl.lit("no:dash-next", dtype=RULE_ENUM))
        .when(pl.col("is_qe"))
        .then(pl.lit("terminal", dtype=RULE_ENUM))
        .when(pl.col("list_marker"))
        .then(pl.lit("no:list-marker", dtype=RULE_ENUM))
        .when(pl.col("is_numabbrev") & pl.col("a_digit"))
        .then(pl.lit("no:number-abbrev", dtype=RULE_ENUM))
        .when(pl.col("is_time") & pl.col("a_upper") & ~pl.col("a_time"))
        .then(pl.lit("after-time", dtype=RULE_ENUM))
        .when(pl.col("is_time"))
        .then(pl.lit("no:abbrev-name", dtype=RULE_ENUM))
        .when(pl.col("is_abbrev") & pl.col("is_title") & ~(pl.col("a_stop") & ~pl.col("bare_title")))
        .then(pl.lit("no:title-abbrev", dtype=RULE_ENUM))
        .when(pl.col("is_abbrev") & (pl.col("a_stop") | (pl.col("is_etc") & pl.col("a_upper"))))
        .then(pl.lit("after-abbrev", dtype=RULE_ENUM))
        .when(pl.col("is_abbrev"))
        .then(pl.lit("no:abbrev-name", dtype=RULE_ENUM))
        .when(
            pl.col("a_upper")
            | pl.col("a_digit")
            | pl.col("opener_1").fill_null(False)
            | pl.col("symbol_1").fill_null(False)
        )
        .then(pl.lit("terminal", dtype=RULE_ENUM))
        .otherwise(pl.lit("no:lowercase-next", dtype=RULE_ENUM))
    )
    same_prev = pl.col("doc_i").shift(1) == pl.col("doc_i")
    decided = tok.with_columns(rule=rule).select("_row", "rule")
    return (
        base.join(decided, on="_row", how="left", maintain_order="left")
        .with_columns(
            is_end=pl.col("rule").is_in(ENDING_RULES).fill_null(False),
            stopword=(pl.col("_lex") & LEX_STOP) != 0,
        )
        .with_columns(
            # numbering restarts with each document: global running counts minus the
            # count at the document's first token
            _new_sent=pl.when(same_prev).then(pl.col("is_end").shift(1)).otherwise(False).cast(pl.Int64),
            _new_para=pl.when(same_prev).then(pl.col("para_break").shift(1)).otherwise(False).cast(pl.Int64),
            _first=~same_prev.fill_null(False),
        )
        .with_columns(
            _cs=pl.col("_new_sent").cum_sum(),
            _cp=pl.col("_new_para").cum_sum(),
        )
        .with_columns(
            sent_id=pl.col("_cs") - pl.when(pl.col("_first")).then(pl.col("_cs")).forward_fill(),
            para_id=pl.col("_cp") - pl.when(pl.col("_first")).then(pl.col("_cp")).forward_fill(),
            token_id=pl.col("_row") - pl.when(pl.col("_first")).then(pl.col("_row")).forward_fill(),
            norm=low.str.replace_all("[’‘`´]", "'"),
        )
        .with_columns(is_stop=pl.col("stopword"))
    )


def tokens(docs: pl.DataFrame | pl.LazyFrame, *, batch_size: int = BATCH_SIZE) -> pl.DataFrame:
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
    return segment(docs, batch_size=batch_size, want=("tokens",))[1]


def sentences(docs: pl.DataFrame | pl.LazyFrame, *, batch_size: int = BATCH_SIZE) -> pl.DataFrame:
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
    return segment(docs, batch_size=batch_size, want=("sentences",))[0]


def _sentences_from_segments(seg: pl.LazyFrame, docs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    spans = seg.group_by("doc_id", "sent_id").agg(
        para_id=pl.col("para_id").first(),
        start=pl.col("start").min().cast(pl.Int64),
        end=pl.col("end").max().cast(pl.Int64),
        rule=pl.col("rule").filter(pl.col("is_end")).last().cast(pl.String),
    )
    return (
        spans.join(docs.lazy().select("doc_id", "text"), on="doc_id", how="left")
        .with_columns(text=pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start")))
        .select("doc_id", "sent_id", "para_id", "start", "end", "text", "rule")
        .sort("doc_id", "sent_id", maintain_order=True)
        .collect()
    )


def segment(
    docs: pl.DataFrame | pl.LazyFrame,
    *,
    batch_size: int = BATCH_SIZE,
    want: tuple[str, ...] = ("sentences", "tokens"),
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sentences and tokens from one pass (cheaper than calling both).

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text``.
    batch_size : int, default=5000
        Documents processed at once; the per-batch tables are concatenated, so a
        corpus larger than memory allows still works in pieces.
    want : tuple of str, default=("sentences", "tokens")
        Which tables to build (the other comes back empty).

    Returns
    -------
    tuple of DataFrame
        ``(sentences, tokens)``, as :func:`sentences` and :func:`tokens` describe.

    >>> import polars as pl
    >>> s, t = segment(pl.DataFrame({"doc_id": ["a"], "text": ["One. Two."]}))
    >>> s.height, t.height
    (2, 4)
    """
    schema.check(docs, "DOCS_MIN")
    frame = docs.collect() if isinstance(docs, pl.LazyFrame) else docs
    frame = frame.select("doc_id", "text")
    sents, toks = [], []
    for i in range(0, max(frame.height, 1), max(batch_size, 1)):
        part = frame.slice(i, batch_size)
        seg = _segment(part).collect()
        if "sentences" in want:
            sents.append(_sentences_from_segments(seg.lazy(), part))
        if "tokens" in want:
            toks.append(
                seg.select(TOKEN_COLUMNS).with_columns(
                    pl.col("start", "end").cast(pl.Int64), pl.col("kind").cast(pl.String)
                )
            )
    s = pl.concat(sents) if sents else schema.empty("SENTENCES")
    t = pl.concat(toks) if toks else pl.DataFrame(schema={**schema.TOKENS, "para_id": pl.Int64})
    return s, t


def explain(text: str) -> pl.DataFrame:
    """Show, for one text, every place a sentence could end and the rule that decided it.

    A teaching aid, like spaCy's ``tokenizer.explain``.

    >>> explain("Call me at 8 p.m. Wednesday. Fine.").select("token", "rule", "ends_sentence").rows()
    [('p.m.', 'no:abbrev-name', False), ('.', 'terminal', True), ('.', 'end', True)]
    """
    seg = _segment(pl.DataFrame({"doc_id": ["_"], "text": [text]})).collect()
    return (
        seg.filter(pl.col("rule").is_not_null())
        .with_columns(
            ends_sentence=pl.col("is_end"),
            context=pl.lit(text).str.slice((pl.col("start") - 25).clip(0), 50),
            rule=pl.col("rule").cast(pl.String),
            why=pl.col("rule").cast(pl.String).replace_strict(RULES, default=None),
        )
        .select("start", "end", "token", "rule", "ends_sentence", "why", "context")
    )
