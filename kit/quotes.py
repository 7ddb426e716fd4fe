"""Quotations: every direct quote, who said it, and how much of each article is quotation.

No model is downloaded: quotes are found by rules a teacher can read, in three steps.

1. **Find candidates for the whole corpus at once.** One polars (Rust) regular
   expression finds every quotation mark (“ ” " ‘ ’ ' « », a backtick, doubled ``''`` and
   HTML entities such as ``&quot;``), every paragraph break and every candidate
   cue ("said", "told", "according to", "was quoted as saying", ...), with
   character offsets.
2. **Pair the marks** in each document: a mark opens or closes depending on its
   glyph, the characters around it and what is open; an apostrophe (*don't*,
   *Azerbaijan’s*, *soldiers’*, *’90s*, *rock ’n’ roll*) is skipped. A quote left
   open at the end of a paragraph continues when the next paragraph reopens
   (one row per paragraph, same ``group_id``); otherwise it is closed at the
   paragraph end (sloppy sites) and the document goes on.
3. **Attribute each quote** from the cues in its sentence: after the quote
   (“Q,” she said / “Q,” said X), before it (X said: “Q” / X told lawmakers
   that “Q” / according to X), split quotes (“Q1,” he said, “Q2.”), a whole
   quoted paragraph with no cue (the previous speaker), and quotes nobody is
   saying: scare quotes (a “red line”), titles and slogans. Pronouns and titles
   are resolved to a name ("he" → *Nikol Pashinyan*): the most salient person of
   fitting gender, the subject of a recent sentence or an earlier speaker before a
   name in object position; "it" and "they" to an organisation.

``QUOTES.rule`` says which rule decided each row; :func:`explain_quotes` shows
the rules with their meaning.
"""

from __future__ import annotations

import html
import itertools
import re
import warnings
from collections import defaultdict

import polars as pl

from kit import _quote_rules as qr
from kit import schema

RULES = {
    "after:speaker-cue": "a cue follows the quote: “Q,” she said / “Q,” the ministry said",
    "after:cue-speaker": "an inverted cue follows the quote: “Q,” said Mr Hogg / “Q,” according to X",
    "after:sentence-final": "the sentence ends with the attribution: ... “Q” ..., he said.",
    "after:dash": "a name signed after the quote with a dash: “Q” - Zack Zalon, Virgin Digital president.",
    "after:participle": "a participle follows the quote: ... “Q”, saying ...: the subject of the clause",
    "after:next-sentence": "a short sentence right after the quote only attributes it: “Q.” Mr X said.",
    "before:direct": "a cue introduces the quote: X said: “Q” / X told lawmakers, “Q”",
    "before:cue": "a cue earlier in the sentence: X said the plan was “Q”",
    "before:participle": "a participle cue: ..., saying “Q” (the speaker is the clause's subject)",
    "before:according-to": "According to X, “Q”",
    "before:passive": "described as “Q” by X (passive; the speaker is the agent)",
    "before:claim-by": "a claim by X that ... “Q”: the words are X's",
    "before:possessive": "X's description of Y as “Q”, X's claim that “Q”: the words are X's",
    "before:speech-noun": "X issued a “Q” declaration (warning, pledge ...): the words are X's",
    "after:name-only": "“Q,” Mr X.  (a tag whose verb was left out: only a name follows the quote)",
    "before:inverted": "“Q1,” says X, “Q2”: an inverted cue between two quotes",
    "continuation": "no cue of its own, right after a quote: same speaker, same group",
    "continuation:later-cue": "a quotation over paragraphs with no cue at first: the cue after a later paragraph",
    "floating:reported-speech": "a quoted paragraph with no cue after reported speech (X added that ...)",
    "floating:new-subject": "a quoted paragraph with no cue after a sentence about someone new: that person",
    "floating:previous-speaker": "a quoted paragraph with no cue: the previous speaker",
    "floating:unknown": "a quoted paragraph with no cue and no earlier speaker",
    "woven:floating:reported-speech": "six words or more woven into a sentence with no cue, after reported speech",
    "woven:floating:new-subject": "six words or more woven into a sentence with no cue: the person now spoken of",
    "woven:floating:previous-speaker": "six words or more woven into a sentence with no cue: the previous speaker",
    "woven:floating:unknown": "six words or more woven into a sentence with no cue and no earlier speaker",
    "echo": "repeats words quoted earlier or later (a heading, a pull quote): that quote's speaker",
    "headline:echo": "a headline quote that repeats words quoted in the body",
    "headline:claim": (
        "a quote in a headline (BBC style): the claim of the source named in the lead (a person, a body, or a"
        " study, poll or panel and its maker), else of the first speaker"
    ),
    "headline:title": "a Title Case phrase in quotes in a headline",
    "headline:name": "one capitalised word quoted inside a headline ('Apple sues \"Tiger\" file sharers'): a name",
    "nested:cue": "a quote inside a quote with its own cue (I said, ‘...’)",
    "nested:intro": "a quote inside a quote introduced by a comma, colon or 'that'",
    "nested:scare": "a word in inner quotes inside a quote, no cue: a scare quote",
    "nested:scare-marker": "inner quotes after 'so-called', 'the term' ...",
    "nested:title": "a title in inner quotes",
    "scare:marker": "after 'so-called', 'the term', 'known as', 'what has been described as'",
    "scare:no-cue": "a fragment inside a sentence with no cue: a scare quote",
    "scare:nickname": "a nickname inside a name: Brian 'Head' Welch, “Dirty” Den Watts",
    "scare:modifier": "quoted words inside a noun phrase (an “irregular” channel) after a denial or no cue",
    "title:modifier": "a Title Case phrase inside a noun phrase (a “Welcome to Cardiff” greeting)",
    "slogan:context": "next to 'slogan', 'chanted', 'banner', 'signs reading' ...",
    "title:context": "next to 'film', 'song', 'album', 'campaign', 'titled' ...",
    "title:shape": "a Title Case phrase of three words or more with no cue",
    "title:context:list": "the next item of a list of titles (“A,” “B” and “C”)",
    "title:same-name": "the same words are quoted as a title elsewhere in the article (the film “Wild Rose”)",
    "title:named": "a Title Case name after a naming verb no speaker governs (Windows, dubbed “Longhorn”; "
    "a group calling itself “The Islamic Army in Iraq”)",
    "scare:named": "lower-case words after a naming verb no speaker governs (a new service, dubbed “otoku”)",
    "title:named:list": "the next item of a list of names after a naming verb",
    "slogan:context:list": "the next item of a list of slogans",
}
"""Names of the rules in ``QUOTES.rule`` with what they mean."""

KINDS = ("speech", "scare", "title", "slogan")


class KitQuoteWarning(UserWarning):
    """A document the quote rules could not read; it is skipped and the others are kept."""


COLUMNS = {
    **schema.QUOTES,
    "speaker_mention": pl.String,
    "mention_type": pl.String,
    "channel": pl.String,
    "anonymous": pl.Boolean,
    "nested": pl.Boolean,
    "closed": pl.Boolean,
    "rule": pl.String,
}
_WORDS = r"[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*"


def _match_spans(frame: pl.DataFrame | pl.LazyFrame, pattern: str, name: str) -> pl.LazyFrame:
    """Every match of ``pattern`` in every text as ``doc_id``, ``start``, ``end`` and ``<name>``.

    Polars gives matches but not offsets, so each match's end is the running length of
    the text up to and including it (the lazy ``.*?`` pieces before each match).
    """
    return (
        frame.lazy()
        .select(
            "doc_id",
            match=pl.col("text").fill_null("").str.extract_all(pattern),
            piece=pl.col("text").fill_null("").str.extract_all(f"(?s).*?(?:{pattern})"),
        )
        .explode("match", "piece")
        .drop_nulls("match")
        .with_columns(end=pl.col("piece").str.len_chars().cum_sum().over("doc_id"))
        .select("doc_id", start=pl.col("end") - pl.col("match").str.len_chars(), end="end", **{name: "match"})
    )


def _events(docs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Every mark, break and candidate cue of every document, with character offsets."""
    return _match_spans(docs, qr.EVENT_PATTERN, "ev").collect()


def _alt(words: set[str] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _name_patterns() -> dict[str, str]:
    stops = {w[:1].upper() + w[1:] for w in qr.CAP_STOP | qr.WEEKDAYS_MONTHS}
    strong = qr.TITLES - qr.WEAK_TITLES  # (a weak title before a strong one is cut with it)
    weak = {w[:1].upper() + w[1:] for w in qr.WEAK_TITLES}
    titles = {w[:1].upper() + w[1:] for w in strong} | {w.upper() for w in strong if len(w) <= 4}
    months = {w[:1].upper() + w[1:] for w in qr.WEEKDAYS_MONTHS}
    male = {w[:1].upper() + w[1:] for w in qr.HONORIFICS_M}
    female = {w[:1].upper() + w[1:] for w in qr.HONORIFICS_F}
    given = {w[:1].upper() + w[1:] for w in qr.MALE_NAMES | qr.FEMALE_NAMES}
    jobs = {w[:1].upper() + w[1:] for w in qr.NAME_JOBS}
    return {
        "lead": rf"^((?:(?:{_alt(stops)})\s+)*)",
        "job": rf"^((?:{_alt(jobs)})\s+)",
        "trail": rf"(?:\s+(?:{_alt(months)}))+$",
        "given_month": rf"(?:^|\s)(?:{_alt(given)})\s+(?:{_alt(months)})$",
        "regnal": rf"^(?:{_alt(given)})\s+I$",  # ('Elizabeth I'; not 'Certainly I')
        # (a weak title counts before a given name: "Chief Secretary to the Treasury Paul Boateng"; the
        # name is captured and put back, Rust regex having no look-ahead)
        "title": rf"^(?:.*\s)?(?:(?:{_alt(titles)})\.?\s+|(?:{_alt(weak)})\s+((?:{_alt(given)})\s))",
        "male": rf"(?:^|\s)(?:{_alt(male)})\.?\s",
        "female": rf"(?:^|\s)(?:{_alt(female)})\.?\s",
        "org": rf"(?i)(?:^|\s)(?:{_alt(qr.ORG_WORDS)})(?:\s|$)",
    }


def _names(frame: pl.DataFrame) -> dict[str, list[qr._Occ]]:
    """Every capitalised run that may name someone, for the whole corpus at once.

    Leading sentence words ("The", "However"), possessives, titles ("President",
    "Mr") and trailing dates are stripped with polars expressions; a one-word run
    is kept only when the same word ends a longer name in the document.
    """
    p = _name_patterns()
    found = (
        _match_spans(frame, qr.NAME_PATTERN, "name")
        .collect()
        .with_columns(lead=pl.col("name").str.extract(p["lead"], 1).str.len_chars())
        .with_columns(  # "Guitarist Brian May": a job opening the run before a two-word name goes too
            lead=pl.col("lead") + pl.when(pl.col("name").str.slice(pl.col("lead")).str.count_matches(r"\s+") >= 2)
            .then(pl.col("name").str.slice(pl.col("lead")).str.extract(p["job"], 1).str.len_chars().fill_null(0))
            .otherwise(0)
        )
        .with_columns(
            start=pl.col("start") + pl.col("lead"),
            n1=pl.col("name").str.slice(pl.col("lead")),
        )
    )
    after = (  # "Britain's Jason Gardener": the name after a possessive is a run of its own
        found.with_columns(rest=pl.col("n1").str.extract(qr.AFTER_POSSESSIVE, 1))
        .filter(pl.col("rest").is_not_null())
        .select("doc_id", start=pl.col("start") + pl.col("n1").str.len_chars() - pl.col("rest").str.len_chars(),
                n1=pl.col("rest"))
        .with_columns(pl.col("start").cast(found.schema["start"]))
    )
    runs = (
        pl.concat([found.select("doc_id", "start", "n1"), after])
        .with_columns(
            n2=pl.coalesce(pl.col("n1").str.extract(r"^(.*?\S)['’]s(?:\s|$)", 1), pl.col("n1"))
        )
        .with_columns(  # a trailing date goes ("Tony Blair Monday"), a surname does not ("Theresa May")
            n3=pl.when(pl.col("n2").str.contains(p["given_month"]))
            .then(pl.col("n2"))
            .otherwise(pl.col("n2").str.replace(p["trail"], ""))
        )
        .filter(pl.col("n3").str.len_chars() > 0)
        .with_columns(canon=pl.col("n3").str.replace(p["title"], "${1}"))
        .with_columns(
            org=pl.col("canon").str.contains(p["org"]) | pl.col("canon").str.contains(r"^[A-Z]{2,}$")
            | (pl.col("canon").str.len_chars() == 0),
        )
        .with_columns(
            canon=pl.when(pl.col("org")).then(pl.col("n3")).otherwise(pl.col("canon")),
            gender=pl.when(pl.col("org"))
            .then(None)
            .when(pl.col("n3").str.contains(p["female"]))
            .then(pl.lit("f"))
            .when(pl.col("n3").str.contains(p["male"]))
            .then(pl.lit("m")),
        )
        .with_columns(
            titled=~pl.col("org") & (pl.col("canon") != pl.col("n3")),
            start=pl.col("start") + pl.col("n3").str.len_chars() - pl.col("canon").str.len_chars(),
            key=pl.col("canon")
            .str.replace(r"(?:\s+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?)$", "")
            .str.extract(r"(\S+)$", 1)
            .str.to_lowercase()
            .str.strip_suffix(".")
            .str.replace(qr.NAME_PARTICLE.pattern, ""),
            multi=pl.col("canon").str.contains(r"\s"),
        )
        .with_columns(end=pl.col("start") + pl.col("canon").str.len_chars())
        .filter((pl.col("key") != "i") | pl.col("canon").str.contains(p["regnal"]))
        .select("doc_id", "start", "end", "canon", "key", "titled", "gender", "org", "multi")
    )
    kin = (  # "his wife Barbara", "her father Al": a lone given name that is someone's
        _match_spans(frame, qr.KIN_NAME_PATTERN, "kin")
        .select("doc_id", start=pl.col("end") - pl.col("kin").str.extract(r"(\S+)$", 1).str.len_chars(),
                kin_gender=pl.col("kin").str.extract(r"^\S+\s+(\S+)", 1).str.to_lowercase().replace_strict(
                    qr.KIN_GENDER, default=None, return_dtype=pl.String))
        .collect()
    )
    if kin.height:
        runs = (
            runs.join(kin, on=["doc_id", "start"], how="left")
            .with_columns(gender=pl.when(~pl.col("multi") & ~pl.col("org")).then(
                pl.coalesce("gender", "kin_gender")).otherwise(pl.col("gender")))
            .drop("kin_gender")
        )
    role = (  # "midfielder Edu": a lone name that is a person's
        _match_spans(frame, qr.ROLE_NAME_PATTERN, "role")
        .select("doc_id", start=pl.col("end") - pl.col("role").str.extract(r"(\S+)$", 1).str.len_chars(),
                by_role=pl.lit(True))
        .collect()
    )
    if role.height:
        runs = (
            runs.join(role, on=["doc_id", "start"], how="left")
            .with_columns(titled=pl.col("titled") | (pl.col("by_role").fill_null(False) & ~pl.col("org")
                                                     & ~pl.col("multi")))
            .drop("by_role")
        )
    multi_keys = runs.filter(pl.col("multi") | pl.col("titled")).select("doc_id", "key").unique()
    singles = runs.filter(~pl.col("multi") & ~pl.col("titled") & pl.col("gender").is_null()).join(
        multi_keys, on=["doc_id", "key"], how="semi"
    )
    keep = pl.concat([runs.filter(pl.col("multi") | pl.col("titled") | pl.col("gender").is_not_null()), singles])
    table = keep.select("doc_id", "start", "end", "canon", "key", "titled", "gender", "org").sort(
        "doc_id", "start"
    )
    out: dict[str, list[qr._Occ]] = defaultdict(list)
    for d, s0, e0, canon, key, titled, gender, org in table.iter_rows():
        out[d].append(qr._Occ(s0, e0, tuple(canon.split()), key, titled, gender, org))
    return out


def _frame(rows: dict[str, list]) -> pl.DataFrame:
    out = pl.DataFrame(rows, schema={k: v for k, v in COLUMNS.items() if k in rows})
    return out.with_columns(
        quote_id=pl.int_range(pl.len(), dtype=pl.Int64).over("doc_id"),
        words=pl.col("quote").str.count_matches(_WORDS).cast(pl.Int64),
    ).select(list(COLUMNS))


def quotes(docs: pl.DataFrame | pl.LazyFrame, *, kinds: tuple[str, ...] | None = None) -> pl.DataFrame:
    """Find every direct quotation, who said it, and how it is attributed.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text`` (see :func:`kit.load`).
    kinds : tuple of str, default=None
        Keep only these kinds (``"speech"``, ``"scare"``, ``"title"``,
        ``"slogan"``); all when None.

    Returns
    -------
    DataFrame
        QUOTES, one row per quoted fragment: ``doc_id``, ``quote_id`` (0-based in
        the document), ``group_id`` (fragments of one split or multi-paragraph
        quotation share it), ``start``, ``end`` (offsets into ``text`` of the
        quoted words, marks excluded), ``quote``, ``speaker`` (resolved name, or
        the description as written such as "a spokesman for the Home Office";
        null when unknown), ``speaker_start``, ``speaker_end`` (the mention the
        attribution rests on), ``cue``, ``kind`` (speech, scare, title, slogan),
        ``para_id``, ``words``; plus ``speaker_mention``, ``mention_type``
        (name, pronoun, description), ``channel`` (a conduit such as a news
        agency), ``anonymous`` ("officials said"), ``nested`` (a quote inside a
        quote), ``closed`` (False when the closing mark was missing) and
        ``rule`` (see :data:`RULES`).

    Examples
    --------
    >>> import polars as pl
    >>> text = ("Nikol Pashinyan spoke on Wednesday. “We want peace,” he said, “and security.” "
    ...         "Crowds passed a billboard with the slogan “Serve for the Motherland”.")
    >>> q = quotes(pl.DataFrame({"doc_id": ["a"], "text": [text]}))
    >>> for row in q.select("quote", "speaker", "cue", "kind", "group_id").rows():
    ...     print(row)
    ('We want peace,', 'Nikol Pashinyan', 'said', 'speech', 0)
    ('and security.', 'Nikol Pashinyan', 'said', 'speech', 0)
    ('Serve for the Motherland', None, None, 'slogan', 1)
    """
    schema.check(docs, "DOCS_MIN")
    frame = docs.lazy().select("doc_id", "text").collect()
    events = (
        _events(frame)
        .group_by("doc_id", maintain_order=True)
        .agg("start", "end", "ev", quoted=pl.col("ev").is_in(list(qr.DOUBLE | qr.SINGLE)).any())
        .filter("quoted")
    )
    by_doc = {d: list(zip(s, e, g, strict=True)) for d, s, e, g, _ in events.iter_rows()}
    names = _names(frame.filter(pl.col("doc_id").is_in(events["doc_id"].implode())))
    rows: dict[str, list] = {k: [] for k in COLUMNS if k not in ("quote_id", "words")}
    done: dict[str, list[qr.Frag]] = {}  # (a story filed twice, as wire copies often are, is read once)
    for doc_id, text in frame.iter_rows():
        evs = by_doc.get(doc_id)
        if not evs or text is None:
            continue
        try:
            frags = done.get(text)
            if frags is None:
                frags = done[text] = qr.extract(text, evs, names.get(doc_id, []))
        except Exception as exc:  # one document's failure must not stop the corpus
            warnings.warn(
                f"kit.quotes skipped document {doc_id!r} ({type(exc).__name__}: {exc}); the other documents are "
                "complete. Please report it with the document's text.",
                KitQuoteWarning,
                stacklevel=2,
            )
            continue
        for f in frags:
            if kinds is not None and f.kind not in kinds:
                continue
            _append(rows, doc_id, text, f)
    return _frame(rows)


def _append(rows: dict[str, list], doc_id: str, text: str, f: qr.Frag) -> None:
    speech = f.kind == "speech"
    rows["doc_id"].append(doc_id)
    rows["group_id"].append(f.group)
    rows["start"].append(f.start)
    rows["end"].append(f.end)
    rows["quote"].append(text[f.start : f.end])
    rows["speaker"].append(f.speaker if speech else None)
    rows["speaker_start"].append(f.ms if speech else None)
    rows["speaker_end"].append(f.me if speech else None)
    rows["cue"].append(f.cue.strip() if speech and f.cue else None)
    rows["kind"].append(f.kind)
    rows["para_id"].append(f.para)
    rows["speaker_mention"].append(f.mention if speech else None)
    rows["mention_type"].append(f.mention_type if speech else None)
    rows["channel"].append(f.channel if speech else None)
    rows["anonymous"].append(bool(f.anonymous) and speech)
    rows["nested"].append(f.depth > 0)
    rows["closed"].append(f.closed)
    rows["rule"].append(f.rule)


def explain_quotes() -> pl.DataFrame:
    """The attribution rules with what they mean (a teaching aid).

    >>> explain_quotes().filter(pl.col("rule") == "continuation")["meaning"][0]
    'no cue of its own, right after a quote: same speaker, same group'
    """
    return pl.DataFrame({"rule": list(RULES), "meaning": list(RULES.values())})


def _quotes_arg(docs: pl.DataFrame | pl.LazyFrame, quotes_table: pl.DataFrame | None) -> pl.DataFrame:
    if quotes_table is not None:
        schema.check(quotes_table, "QUOTES")
        return quotes_table
    return quotes(docs)


def quote_density(
    docs: pl.DataFrame | pl.LazyFrame, *, quotes_table: pl.DataFrame | None = None
) -> pl.DataFrame:
    """How much of each article is direct quotation, and how well it is attributed.

    Only speech counts (scare quotes, titles and slogans do not), quotes inside
    quotes are not counted twice, and the fragments of one split or
    multi-paragraph quotation (one ``group_id``) count as one quote.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text``.
    quotes_table : DataFrame, default=None
        A QUOTES table already computed with :func:`quotes` (computed when None).

    Returns
    -------
    DataFrame
        One row per document (documents without quotes included): ``doc_id``,
        ``words``, ``quoted_words``, ``quoted_share`` (0-1), ``quotes``,
        ``quotes_per_1k`` (quotes per 1,000 words), ``speakers`` (distinct
        speakers), ``unattributed`` and ``unattributed_share`` (quotes with no
        identified speaker), ``anonymous`` and ``anonymous_share`` ("officials
        said", "a source said"), ``scare_quotes`` (scare quotes, titles and
        slogans).

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "“We won,” she said. “It was hard.” Officials said it was “historic”.", "No quotes."]})
    >>> quote_density(docs).select("doc_id", "words", "quoted_words", "quotes", "anonymous").rows()
    [('a', 12, 6, 2, 1), ('b', 2, 0, 0, 0)]
    """
    schema.check(docs, "DOCS_MIN")
    q = _quotes_arg(docs, quotes_table)
    base = docs.lazy().select(
        "doc_id", words=pl.col("text").fill_null("").str.count_matches(_WORDS).cast(pl.Int64)
    )
    speech = q.lazy().filter((pl.col("kind") == "speech") & ~pl.col("nested"))
    groups = speech.group_by("doc_id", "group_id").agg(
        speaker=pl.col("speaker").drop_nulls().first(),
        anonymous=pl.col("anonymous").any(),
        quoted_words=pl.col("words").sum(),
    )
    per_doc = groups.group_by("doc_id").agg(
        quoted_words=pl.col("quoted_words").sum(),
        quotes=pl.len(),
        speakers=pl.col("speaker").drop_nulls().n_unique(),
        unattributed=pl.col("speaker").is_null().sum(),
        anonymous=pl.col("anonymous").sum(),
    )
    other = q.lazy().filter(pl.col("kind") != "speech").group_by("doc_id").agg(scare_quotes=pl.len())
    ints = ["quoted_words", "quotes", "speakers", "unattributed", "anonymous", "scare_quotes"]
    return (
        base.join(per_doc, on="doc_id", how="left", maintain_order="left")
        .join(other, on="doc_id", how="left", maintain_order="left")
        .with_columns(pl.col(c).fill_null(0).cast(pl.Int64) for c in ints)
        .with_columns(
            quoted_share=pl.when(pl.col("words") > 0).then(pl.col("quoted_words") / pl.col("words")),
            quotes_per_1k=pl.when(pl.col("words") > 0).then(pl.col("quotes") * 1000 / pl.col("words")),
            unattributed_share=pl.when(pl.col("quotes") > 0).then(pl.col("unattributed") / pl.col("quotes")),
            anonymous_share=pl.when(pl.col("quotes") > 0).then(pl.col("anonymous") / pl.col("quotes")),
        )
        .select(
            "doc_id", "words", "quoted_words", "quoted_share", "quotes", "quotes_per_1k", "speakers",
            "unattributed", "unattributed_share", "anonymous", "anonymous_share", "scare_quotes",
        )
        .collect()
    )


def speakers(docs: pl.DataFrame | pl.LazyFrame, *, quotes_table: pl.DataFrame | None = None) -> pl.DataFrame:
    """The roster: who is quoted, how often, how much, and in how many articles.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text``.
    quotes_table : DataFrame, default=None
        A QUOTES table already computed with :func:`quotes`.

    Returns
    -------
    DataFrame
        One row per speaker (speech quotes with a speaker), most quoted words
        first: ``speaker``, ``quotes`` (quotations, split fragments counted
        once), ``fragments``, ``quoted_words``, ``documents``, ``doc_ids``,
        ``anonymous`` (True when the attribution is anonymous), ``example``
        (the speaker's longest fragment).

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "“We won,” Ann Lee said. “It was hard.”", "“Again,” Ann Lee said."]})
    >>> speakers(docs).select("speaker", "quotes", "fragments", "quoted_words", "documents").rows()
    [('Ann Lee', 2, 3, 6, 2)]
    """
    schema.check(docs, "DOCS_MIN")
    q = _quotes_arg(docs, quotes_table)
    speech = q.filter((pl.col("kind") == "speech") & ~pl.col("nested") & pl.col("speaker").is_not_null())
    return (
        speech.group_by("speaker")
        .agg(
            quotes=pl.struct("doc_id", "group_id").n_unique().cast(pl.Int64),
            fragments=pl.len().cast(pl.Int64),
            quoted_words=pl.col("words").sum().cast(pl.Int64),
            documents=pl.col("doc_id").n_unique().cast(pl.Int64),
            doc_ids=pl.col("doc_id").unique(maintain_order=True),
            anonymous=pl.col("anonymous").any(),
            example=pl.col("quote").sort_by(pl.col("words"), descending=True).first(),
        )
        .sort(["quoted_words", "quotes", "speaker"], descending=[True, True, False])
    )


def compare_quotes(
    quotes_table: pl.DataFrame, a: str, b: str, *, threshold: float = 0.5
) -> pl.DataFrame:
    """Line up the speech quotations of two versions of a story: which survived, which changed.

    Each quotation (fragments of one ``group_id`` joined) of ``a`` is paired with the
    most similar one of ``b``; similarity is shared words over the longer
    quotation's words (1.0 = the same words).

    Parameters
    ----------
    quotes_table : DataFrame
        QUOTES for (at least) documents ``a`` and ``b``.
    a, b : str
        The two ``doc_id`` values.
    threshold : float, default=0.5
        The least similarity for two quotations to count as one that changed.

    Returns
    -------
    DataFrame
        One row per quotation: ``status`` (``same``: the same words, ``changed``,
        ``only_a``, ``only_b``), ``similarity``, ``a_quote``, ``b_quote``,
        ``a_speaker``, ``b_speaker``, ``speaker_changed``, ``words`` (of the longer
        version).

    Examples
    --------
    >>> import polars as pl, kit
    >>> docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [
    ...     "“We want peace,” Ann Lee said. “No deal,” Bo Li said.",
    ...     "“We want peace now,” Ann Lee said."]})
    >>> compare_quotes(kit.quotes(docs), "a", "b").select("status", "a_quote", "b_quote").rows()
    [('changed', 'We want peace,', 'We want peace now,'), ('only_a', 'No deal,', None)]
    """
    schema.check(quotes_table, "QUOTES")

    def groups(doc: str) -> list[dict]:
        sel = quotes_table.filter(
            (pl.col("doc_id") == doc) & (pl.col("kind") == "speech") & ~pl.col("nested")
        )
        return (
            sel.group_by("group_id", maintain_order=True)
            .agg(quote=pl.col("quote").str.join(" "), speaker=pl.col("speaker").drop_nulls().first())
            .to_dicts()
        )

    def words(t: str) -> set[str]:
        return set(re.findall(r"\w+", t.lower().replace("’", "'")))

    ga, gb = groups(a), groups(b)
    pairs = []
    for i, x in enumerate(ga):
        for j, y in enumerate(gb):
            wa, wb = words(x["quote"]), words(y["quote"])
            sim = len(wa & wb) / max(len(wa), len(wb), 1)
            if sim >= threshold:
                pairs.append((sim, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_a: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    for sim, i, j in pairs:
        if i not in used_a and j not in used_b:
            used_a[i] = (j, sim)
            used_b.add(j)
    out = []
    for i, x in enumerate(ga):
        j, sim = used_a.get(i, (None, 0.0))
        y = gb[j] if j is not None else None
        status = "only_a" if y is None else ("same" if sim >= 0.999 else "changed")
        out.append((status, sim, x["quote"], y and y["quote"], x["speaker"], y and y["speaker"]))
    for j, y in enumerate(gb):
        if j not in used_b:
            out.append(("only_b", 0.0, None, y["quote"], None, y["speaker"]))
    frame = pl.DataFrame(
        out,
        schema=dict.fromkeys(["status", "similarity", "a_quote", "b_quote", "a_speaker", "b_speaker"], pl.String)
        | {"similarity": pl.Float64},
        orient="row",
    )
    longer = pl.max_horizontal(
        pl.col("a_quote").fill_null("").str.count_matches(_WORDS),
        pl.col("b_quote").fill_null("").str.count_matches(_WORDS),
    )
    return frame.with_columns(
        speaker_changed=(pl.col("a_speaker") != pl.col("b_speaker")).fill_null(False)
        & pl.col("a_quote").is_not_null()
        & pl.col("b_quote").is_not_null(),
        words=longer.cast(pl.Int64),
    )


class QuoteHTML(str):
    """An HTML string that Jupyter displays as HTML (``_repr_html_``)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return str(self)


_KIND_STYLE = {
    "speech": "background:#cfe8f7;border-bottom:2px solid #0072B2",
    "scare": "background:#fbe3c9;border-bottom:2px dashed #E69F00",
    "title": "background:#e3d3ec;border-bottom:2px dotted #CC79A7",
    "slogan": "background:#d2efe3;border-bottom:2px dotted #009E73",
}


def highlight_quotes(
    docs: pl.DataFrame | pl.LazyFrame,
    doc_id: str,
    *,
    quotes_table: pl.DataFrame | None = None,
    show_rules: bool = False,
) -> QuoteHTML:
    """Render one article as HTML with its quotes highlighted and speakers labelled.

    The article text is escaped (a ``<script>`` in the text shows as text).
    Speech is blue with the speaker in a label; scare quotes are orange,
    titles purple, slogans green; the mention the attribution rests on is
    underlined and the cue is in italics.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text``.
    doc_id : str
        The article to show.
    quotes_table : DataFrame, default=None
        A QUOTES table already computed with :func:`quotes`.
    show_rules : bool, default=False
        Add the rule that attributed each quote to its label.

    Returns
    -------
    QuoteHTML
        A ``str`` of HTML that Jupyter displays as HTML.

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": ["<script>x</script> “Hi,” Ann Lee said."]})
    >>> page = highlight_quotes(docs, "a")
    >>> "&lt;script&gt;" in page, "<script>" in page, "Ann Lee" in page
    (True, False, True)
    """
    schema.check(docs, "DOCS_MIN")
    frame = docs.lazy().filter(pl.col("doc_id") == doc_id).select("doc_id", "text").collect()
    if frame.height == 0:
        first = docs.lazy().select("doc_id").head(5).collect()["doc_id"].to_list()
        raise KeyError(f"no document with doc_id {doc_id!r}; the first ids are {first}")
    text = frame["text"][0] or ""
    q = quotes_table.filter(pl.col("doc_id") == doc_id) if quotes_table is not None else quotes(frame)
    return QuoteHTML(_render(text, q, show_rules=show_rules))


def _render(text: str, q: pl.DataFrame, *, show_rules: bool) -> str:
    opens: dict[int, list[str]] = defaultdict(list)
    closes: dict[int, list[str]] = defaultdict(list)
    for row in q.sort("start").iter_rows(named=True):
        kind = row["kind"]
        label = row["speaker"] or ("unknown speaker" if kind == "speech" else kind)
        if show_rules:
            label = f"{label} · {row['rule']}"
        title = html.escape(f"{kind}: {label}; cue: {row['cue'] or '-'}", quote=True)
        opens[row["start"]].append(f'<mark style="{_KIND_STYLE.get(kind, "")};color:inherit" title="{title}">')
        closes[row["end"]].insert(
            0, f'</mark><sup style="font-size:70%;color:#555">[{html.escape(label)}]</sup>'
        )
        if kind == "speech" and row["speaker_start"] is not None and not row["nested"]:
            opens[row["speaker_start"]].append('<u style="text-decoration-thickness:2px">')
            closes[row["speaker_end"]].insert(0, "</u>")
    cuts = sorted(set(opens) | set(closes) | {0, len(text)})
    parts = ['<div style="font-family:Georgia,serif;line-height:1.6;max-width:46em">']
    legend = " ".join(
        f'<mark style="{style};color:inherit">{kind}</mark>' for kind, style in _KIND_STYLE.items()
    )
    parts.append(f'<p style="font-family:sans-serif;font-size:80%">{legend}</p><p>')
    for a, b in itertools.pairwise(cuts):
        parts.extend(closes.get(a, []))
        parts.extend(opens.get(a, []))
        parts.append(html.escape(text[a:b]).replace("\n\n", "</p><p>").replace("\n", "<br>"))
    parts.extend(closes.get(len(text), []))
    parts.append("</p></div>")
    return "".join(parts)
