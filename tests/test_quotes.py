"""Quotes: hand-written articles whose answers can be checked by eye, the sample pair, and the gold sets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import polars as pl
import pytest

import kit
from kit import schema
from tests.conftest import ROOT, SAMPLE, needs_shared

kq = importlib.import_module("kit.quotes")


def q(text: str, **kw: object) -> pl.DataFrame:
    return kit.quotes(pl.DataFrame({"doc_id": ["t"], "text": [text]}), **kw)


def rows(text: str, *cols: str) -> list[tuple]:
    return q(text).select(cols or ("quote", "speaker", "kind")).rows()


def speech(text: str) -> list[tuple[str, str | None]]:
    return q(text).filter(pl.col("kind") == "speech").select("quote", "speaker").rows()


# --- the table ----------------------------------------------------------------------


def test_columns_follow_the_schema() -> None:
    out = q("“We won,” Ann Lee said.")
    schema.check(out, "QUOTES")
    for col, dtype in schema.QUOTES.items():
        assert out.schema[col] == dtype, col
    assert {"speaker_mention", "channel", "rule", "anonymous", "nested"} <= set(out.columns)


def test_offsets_cut_the_quote_out_of_the_text() -> None:
    text = "Intro.\n\n“Alpha beta,” she said. He called it a “red line”. ‘Gamma,’ said Bo Li."
    out = q(text)
    assert out.height == 3
    for r in out.iter_rows(named=True):
        assert text[r["start"] : r["end"]] == r["quote"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_mention"]


def test_empty_and_quote_free_documents() -> None:
    docs = pl.DataFrame({"doc_id": ["a", "b", "c"], "text": ["", "No quotes here.", None]})
    out = kit.quotes(docs)
    assert out.height == 0
    schema.check(out, "QUOTES")
    dens = kit.quote_density(docs)
    assert dens["quotes"].to_list() == [0, 0, 0]


def test_input_is_not_mutated_and_lazy_frames_work() -> None:
    docs = pl.DataFrame({"doc_id": ["a"], "text": ["“Yes,” Ann Lee said."], "extra": [1]})
    before = docs.clone()
    out = kit.quotes(docs.lazy())
    assert docs.equals(before)
    assert out["speaker"].to_list() == ["Ann Lee"]


def test_missing_columns_fail_clearly() -> None:
    with pytest.raises(schema.SchemaError, match="doc_id"):
        kit.quotes(pl.DataFrame({"text": ["x"]}))


# --- marks --------------------------------------------------------------------------


def test_curly_and_straight_double_quotes() -> None:
    assert speech('"Straight," Ann Lee said. “Curly,” she added.') == [
        ("Straight,", "Ann Lee"),
        ("Curly,", "Ann Lee"),
    ]


def test_mixed_and_doubled_marks() -> None:
    assert speech("“Mixed marks,\" Ann Lee said. ''Doubled singles,'' she added.") == [
        ("Mixed marks,", "Ann Lee"),
        ("Doubled singles,", "Ann Lee"),
    ]


def test_british_single_quotes_and_apostrophes() -> None:
    text = (
        "Azerbaijan’s soldiers’ families, who don't trust the ’90s deals, sang rock ’n’ roll. "
        "‘We will not give up,’ said Jo Marsh, the soldiers' spokeswoman. "
        "'It's the families' choice,' she added."
    )
    assert speech(text) == [
        ("We will not give up,", "Jo Marsh"),
        ("It's the families' choice,", "Jo Marsh"),
    ]


def test_html_entities_as_marks() -> None:
    text = "&quot;We are ready,&quot; Ann Lee said. &ldquo;Very ready,&rdquo; she added."
    out = q(text)
    assert out["quote"].to_list() == ["We are ready,", "Very ready,"]
    assert out["speaker"].to_list() == ["Ann Lee", "Ann Lee"]


def test_unbalanced_marks_recover_and_continue() -> None:
    text = (
        "“We lost everything, Ann Lee said.\n\n"
        "The town was quiet.\n\n"
        "“But we will rebuild,” said Bo Li. “Soon.”"
    )
    out = q(text)
    assert out["quote"].to_list()[-2:] == ["But we will rebuild,", "Soon."]
    assert out["speaker"].to_list()[-2:] == ["Bo Li", "Bo Li"]
    first = out.row(0, named=True)
    assert first["quote"].startswith("We lost everything") and not first["closed"]


def test_missing_opening_mark_is_recovered() -> None:
    text = "Mr Hopkins was surprised. It came out of the blue,\" he said, \"I never guessed.\""
    out = q(text)
    assert out["quote"].to_list() == ["It came out of the blue,", "I never guessed."]
    assert set(out["speaker"].to_list()) == {"Hopkins"}


# --- fragments and groups -----------------------------------------------------------


def test_split_quote_is_one_group() -> None:
    out = q("“Q one,” he said, “Q two.” Later Ann Lee spoke. “Other,” she said.")
    assert out["group_id"].to_list()[:2] == [0, 0]
    assert out["group_id"][2] != 0


def test_continuation_sentences_join_the_group() -> None:
    out = q("“That’s perfect,” Bruce Boudreau said. “It’s the mark of a competitor.”")
    assert out["group_id"].to_list() == [0, 0]
    assert out["speaker"].to_list() == ["Bruce Boudreau"] * 2


def test_multi_paragraph_quote() -> None:
    text = (
        "Ann Lee told the meeting: “First paragraph of the statement.\n\n"
        "“Second paragraph, still her.\n\n"
        "“Third and last.”\n\n"
        "The meeting ended."
    )
    out = q(text)
    assert out["quote"].to_list() == [
        "First paragraph of the statement.",
        "Second paragraph, still her.",
        "Third and last.",
    ]
    assert out["group_id"].to_list() == [0, 0, 0]
    assert out["para_id"].to_list() == [0, 1, 2]
    assert set(out["speaker"].to_list()) == {"Ann Lee"}
    assert out["cue"][0] == "told the meeting"


def test_flattened_paragraphs_reopen_inside_a_line() -> None:
    text = 'Mr Blair said: "I am sorry. "It was wrong. "We move on."'
    out = q(text)
    assert out["quote"].to_list() == ["I am sorry.", "It was wrong.", "We move on."]
    assert out["group_id"].n_unique() == 1


def test_partial_quotes_in_one_sentence_are_separate_groups() -> None:
    out = q("Ann Lee said the plan was “stronger” and “more viable” than before.")
    assert out["quote"].to_list() == ["stronger", "more viable"]
    assert out["kind"].to_list() == ["speech", "speech"]
    assert out["group_id"].n_unique() == 2


def test_nested_quotes() -> None:
    text = "“I said, ‘I want more,’ and they laughed,” Ann Lee recalled."
    out = q(text).sort("nested")
    assert out["quote"].to_list() == ["I said, ‘I want more,’ and they laughed,", "I want more,"]
    assert out["nested"].to_list() == [False, True]
    assert out["speaker"].to_list() == ["Ann Lee", "Ann Lee"]


def test_nested_scare_quote() -> None:
    out = q("“Their ‘impeachment’ is a charade,” Ann Lee said.")
    inner = out.filter(pl.col("nested"))
    assert inner["kind"].to_list() == ["scare"]


# --- cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We won,” Ann Lee said.", "Ann Lee", "said"),
        ("“We won,” said Ann Lee, the prime minister.", "Ann Lee", "said"),
        ("Ann Lee said: “We won.”", "Ann Lee", "said"),
        ("Ann Lee told lawmakers: “We won.”", "Ann Lee", "told lawmakers"),
        ("Ann Lee told lawmakers that “we won” the vote.", "Ann Lee", "told lawmakers"),
        ("“We won,” according to Ann Lee.", "Ann Lee", "according to"),
        ("According to Ann Lee, “we won”.", "Ann Lee", "According to"),
        ("“We won,” Ann Lee, who led the team, said on Tuesday.", "Ann Lee", "said"),
        ("“We won,” the ministry said in a statement.", "the ministry", "said in a statement"),
        ("“We won,” Ann Lee was quoted as saying.", "Ann Lee", "was quoted as saying"),
        ("The team “played well” and “deserved it”, Ann Lee said.", "Ann Lee", "said"),
    ],
)
def test_every_cue_position(text: str, speaker: str, cue: str) -> None:
    out = q(text).filter(pl.col("kind") == "speech")
    assert out.height >= 1
    assert out["speaker"].to_list()[0] == speaker
    assert out["cue"].to_list()[0] == cue


def test_floating_quote_inherits_previous_speaker() -> None:
    text = (
        "“We will rebuild,” Mayor Ann Lee said.\n\n"
        "“Every street, every house. Nobody will be left behind.”\n\n"
        "The rain stopped."
    )
    out = q(text)
    assert out["speaker"].to_list() == ["Ann Lee", "Ann Lee"]
    assert out["rule"][1].startswith("floating")


def test_floating_quote_after_reported_speech() -> None:
    text = "Ms Hewitt added that progress had been made. “The gap is still there.”"
    assert speech(text) == [("The gap is still there.", "Hewitt")]


def test_pronoun_speakers_resolve_to_the_fullest_name() -> None:
    text = (
        "Gerry Conlon, one of the Guildford Four, met Tony Blair. Mr Blair apologised. "
        "Anne Maguire and members of her family were there.\n\n"
        "“It was a day I never thought would come,” he said. "
        "Mrs Maguire agreed. “We were totally innocent,” she said."
    )
    assert speech(text) == [
        ("It was a day I never thought would come,", "Tony Blair"),
        ("We were totally innocent,", "Anne Maguire"),
    ]


def test_pronoun_prefers_the_subject_not_a_name_in_a_quote() -> None:
    text = (
        "Roy Keane was angry. “Patrick Vieira tried it with Gary Neville,” he said. "
        "“It will not work,” he added."
    )
    assert [s for _, s in speech(text)] == ["Roy Keane", "Roy Keane"]


def test_title_speakers_resolve_to_the_person() -> None:
    text = (
        "French President Jacques Chirac met Tony Blair, the prime minister.\n\n"
        "“Europe must be strong,” the French president said. "
        "“We agree,” the prime minister said."
    )
    assert [s for _, s in speech(text)] == ["Jacques Chirac", "Tony Blair"]


def test_conduit_is_the_channel_not_the_speaker() -> None:
    text = (
        "Armenian Prime Minister Nikol Pashinyan spoke on Friday. "
        "“When we say aggression, we mean it,” he was quoted as saying by the Russian news agency Tass."
    )
    r = q(text).row(0, named=True)
    assert r["speaker"] == "Nikol Pashinyan"
    assert r["cue"] == "was quoted as saying"
    assert r["channel"] == "the Russian news agency Tass"


def test_direct_speaker_wins_over_a_reporting_office() -> None:
    text = "Carlineo called. He said, “someone should act,” the prosecutor’s office said."
    r = q(text).row(0, named=True)
    assert r["speaker_mention"] == "He"
    assert r["channel"] == "the prosecutor’s office"


def test_anonymous_sources() -> None:
    text = "“It is over,” officials said. “No,” a source close to the talks said. “Yes,” Ann Lee said."
    out = q(text)
    assert out["anonymous"].to_list() == [True, True, False]


# --- kinds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A billboard with the slogan “Serve for the Motherland” stood by the road.", "slogan"),
        ("Teachers chanted, “Fund our schools,” outside.", "slogan"),
        ("The so-called “Guildford Four” were freed.", "scare"),
        ("The ceasefire crossed a “red line” for the army.", "scare"),
        ("She starred in the film “A Concert of Hope” last year.", "title"),
        ("The band played “We’re Not Gonna Take It” twice.", "title"),
        ("Brian 'Head' Welch left the band.", "scare"),
    ],
)
def test_quotes_nobody_is_saying(text: str, kind: str) -> None:
    out = q(text)
    assert out["kind"].to_list() == [kind]
    assert out["speaker"].to_list() == [None]


def test_title_lists_keep_their_kind() -> None:
    out = q("Expect hits including “Listen To The Music,” “China Grove,” and “Black Water” on tour.")
    assert out["kind"].to_list() == ["title"] * 3


def test_short_quote_after_a_cue_is_speech() -> None:
    assert rows("Turkey had insisted it would not bow, calling the issue a “red line”.") == [
        ("red line", "Turkey", "speech")
    ]


def test_headline_quotes_are_claims() -> None:
    text = "Hewitt decries 'career sexism'\n\nPatricia Hewitt said \"career sexism\" limits women."
    out = q(text)
    assert out["kind"].to_list() == ["speech", "speech"]
    assert out["speaker"].to_list() == ["Patricia Hewitt", "Patricia Hewitt"]


# --- the sample pair ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> pl.DataFrame:
    files = {
        "original": SAMPLE / "ceasefire-original.txt",
        "rewrite": SAMPLE / "ceasefire-rewrite.txt",
    }
    if not all(p.exists() for p in files.values()):
        files = {k: ROOT.parent / "shared" / "seeds" / p.name for k, p in files.items()}
    if not all(p.exists() for p in files.values()):
        pytest.skip("the sample pair is absent")
    return pl.DataFrame({"doc_id": list(files), "text": [p.read_text("utf-8") for p in files.values()]})


def test_sample_rewrite_conduit(seeds: pl.DataFrame) -> None:
    r = kit.quotes(seeds).filter(pl.col("quote").str.starts_with("When we say")).row(0, named=True)
    assert r["speaker"] == "Nikol Pashinyan"
    assert r["speaker_mention"] == "he"
    assert r["channel"] == "the Russian news agency Tass"
    assert r["cue"] == "was quoted as saying"


def test_sample_original_speakers_and_slogan(seeds: pl.DataFrame) -> None:
    out = kit.quotes(seeds).filter(pl.col("doc_id") == "original")
    by_start = {r["quote"][:20]: r for r in out.iter_rows(named=True)}
    assert by_start["we don’t see militar"]["speaker"] == "Nikol Pashinyan"
    assert by_start["we don’t see militar"]["cue"] == "added"
    assert by_start["We want to sign a do"]["speaker"] == "Nikol Pashinyan"
    assert by_start["Serve for the Motherl"[:20]]["kind"] == "slogan"


def test_sample_loaded_with_kit_load() -> None:
    if not (SAMPLE / "ceasefire-original.txt").exists():
        pytest.skip("data/sample is absent")
    docs = kit.load(SAMPLE)
    out = kit.quotes(docs)
    assert out.filter(pl.col("kind") == "speech")["speaker"].drop_nulls().unique().to_list() == ["Nikol Pashinyan"]


# --- density, roster, highlight ------------------------------------------------------


def test_density_counts_groups_once() -> None:
    docs = pl.DataFrame(
        {
            "doc_id": ["a"],
            "text": ["“One two,” Ann Lee said, “three four.” Officials said it was “fine”. A “red line”."],
        }
    )
    d = kit.quote_density(docs).row(0, named=True)
    assert d["quotes"] == 2  # the split quote is one quotation; the scare quote is not speech
    assert d["quoted_words"] == 5
    assert d["speakers"] == 2
    assert d["anonymous"] == 1
    assert d["scare_quotes"] == 1
    assert d["words"] == 15
    assert d["quoted_share"] == pytest.approx(5 / 15)
    assert d["quotes_per_1k"] == pytest.approx(2000 / 15)
    assert d["unattributed_share"] == 0


def test_density_reuses_a_quotes_table() -> None:
    docs = pl.DataFrame({"doc_id": ["a"], "text": ["“Hi,” Ann Lee said."]})
    table = kit.quotes(docs)
    assert kit.quote_density(docs, quotes_table=table).equals(kit.quote_density(docs))


def test_speakers_roster() -> None:
    docs = pl.DataFrame(
        {"doc_id": ["a", "b"], "text": ["“We won,” Ann Lee said. “Again,” she said.", "“Yes,” Ann Lee said."]}
    )
    roster = kit.speakers(docs)
    assert roster.columns[:5] == ["speaker", "quotes", "fragments", "quoted_words", "documents"]
    assert roster.row(0, named=True)["documents"] == 2


def test_highlight_escapes_the_article() -> None:
    docs = pl.DataFrame({"doc_id": ["a"], "text": ["<script>alert(1)</script> “Hi,” Ann Lee said. A “red line”."]})
    page = kit.highlight_quotes(docs, "a")
    assert isinstance(page, str) and page._repr_html_() == page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Ann Lee" in page and "scare" in page


def test_highlight_unknown_doc_id() -> None:
    with pytest.raises(KeyError, match="no document"):
        kit.highlight_quotes(pl.DataFrame({"doc_id": ["a"], "text": ["x"]}), "zzz")


def test_explain_lists_every_rule() -> None:
    table = kq.explain_quotes()
    assert {"after:speaker-cue", "continuation", "scare:no-cue"} <= set(table["rule"])


# --- real corpora (skipped when absent) ----------------------------------------------


def test_whole_bbc_corpus_runs(bbc_docs: pl.DataFrame) -> None:
    out = kit.quotes(bbc_docs)
    assert out.height > 5000
    assert (out["end"] > out["start"]).all()
    dens = kit.quote_density(bbc_docs, quotes_table=out)
    assert dens.height == bbc_docs.height
    assert dens["quoted_share"].drop_nulls().max() <= 1.0


def test_gold_scores() -> None:
    needs_shared("corpora/bbc-news-fulltext")
    gold = [ROOT / "tests/gold/quotes_bbc.jsonl", ROOT / "tests/gold/quotes_web.jsonl"]
    if not all(p.exists() for p in gold):
        pytest.skip("gold quotes are absent")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from eval_quotes import evaluate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    res = evaluate(gold, shared=Path(ROOT.parent / "shared"))
    assert res["all"]["f1@0.8"] >= 0.95
    assert res["all"]["speaker_accuracy"] >= 0.85
