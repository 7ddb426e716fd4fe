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
qr = importlib.import_module("kit._quote_rules")


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


def test_a_backtick_opens_a_single_quote() -> None:
    text = 'Ms Kite told the court what had happened. "I said, `Don\'t make me believe it\'," she said.'
    rows = q(text).select("quote", "kind", "speaker", "rule").rows()
    assert rows == [("I said, `Don't make me believe it',", "speech", "Kite", "after:speaker-cue"),
                    ("Don't make me believe it", "speech", "Kite", "nested:cue")]  # fmt: skip


def test_a_sentence_adverb_before_i_is_no_name() -> None:
    names = kq._names(pl.DataFrame({"doc_id": ["a"], "text": [
        "Certainly I would not be surprised. Thankfully I was wrong. Queen Elizabeth I ruled. Whilst Angels played on."
    ]}))["a"]  # fmt: skip
    assert [" ".join(o.canon) for o in names] == ["Elizabeth I"]  # (a lone "Angels" is no name run either)


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


# --- who "he", "she", "they" and "it" are: salience, gender and number ---------------------


def spk(text: str) -> list[str | None]:
    return [s for _, s in speech(text)]


def test_two_people_alternating_he_and_she() -> None:
    text = (
        "Ann Lee met Tom Hart in Leeds on Monday. “We agreed on nothing,” she said. "
        "Mr Hart disagreed. “It went well,” he said. “We will meet again,” she added."
    )
    assert spk(text) == ["Ann Lee", "Tom Hart", "Ann Lee"]


def test_pronoun_prefers_the_sentence_subject_over_a_later_name() -> None:
    # Mr Cole is named after Tom Hart, but inside a clause ("why Mr Cole had ...")
    text = "Tom Hart was asked on Monday why Mr Cole had been allowed to leave. He replied: “It was his decision.”"
    assert spk(text) == ["Tom Hart"]
    text = (
        "On that day's programme Tom Hart was asked why Mr Cole had left. "
        "He replied: “It was his decision.”"
    )
    assert spk(text) == ["Tom Hart"]


def test_pronoun_skips_names_in_a_reported_clause() -> None:
    text = (
        "Bill Reed, who chairs the committee, said that when Mr Cole arrived he was surprised.\n\n"
        "He added that the club was “duty bound” to act."
    )
    assert spk(text) == ["Bill Reed"]


def test_pronoun_skips_a_name_after_a_preposition() -> None:
    text = (
        "Ann Lee wrote to Tom Hart on Tuesday accusing him of an error. In a furious response, "
        "Mr Hart said his comments had been distorted. He told Ms Lee: “That is untrue.”"
    )
    assert spk(text) == ["Tom Hart"]


def test_a_chain_of_pronouns_keeps_its_referent() -> None:
    # "He" twice continues Desailly; the colleagues named last are objects of a preposition
    text = (
        "Marcel Desailly is one of the most decorated players in football. Desailly won the World Cup in 1998.\n\n"
        "He is now winding down his career in Qatar. So he is full of admiration for two old colleagues "
        "- Paolo Maldini and Alessandro Costacurta. “I'm happy they have played so long,” he said."
    )
    assert spk(text) == ["Marcel Desailly"]


def test_gender_from_the_pronouns_the_article_uses() -> None:
    # "Sam" is not in the list of given names: "She opened it" tells the gender
    text = (
        "Sam Ward runs the bakery on the corner. She opened it in 1990. Tom Hart, a customer, has "
        "bought bread there for years. Ward starts work at four. “I love the early mornings,” she said."
    )
    assert spk(text) == ["Sam Ward"]


def test_she_goes_to_a_woman_described_not_named() -> None:
    text = (
        "Tom Hart, the head teacher, sent a letter home. Reporters spoke to one mother, who asked "
        "not to be named. “I was shocked,” she said."
    )
    assert spk(text) == ["one mother"]
    text = "Mr Smith was still in post, a Home Office spokeswoman confirmed. “No date was given,” she said."
    assert spk(text) == ["a Home Office spokeswoman"]


def test_a_role_resolves_through_an_inverted_cue() -> None:
    text = (
        "Voters have a clear choice, said Charles Kennedy.\n\n"
        "In his message the Liberal Democrat leader said voters were tired. He said his party was ready. "
        "On the tsunami he said it had been “very heartening” to see the response."
    )
    assert spk(text) == ["Charles Kennedy"]


def test_they_and_it_for_an_organisation() -> None:
    assert spk("Big Machine have denied doing anything wrong. “We never blocked her,” they said in a statement.") == [
        "Big Machine"
    ]
    text = (
        "The company that runs the awards, Dick Clark Productions, denies that anything is settled. "
        "“Nothing is agreed,” they said."
    )
    assert spk(text) == ["Dick Clark Productions"]
    assert spk("Acme Corp said profits rose. “It was a record year,” it said.") == ["Acme Corp"]


def test_singular_they_for_a_person_of_unknown_gender() -> None:
    text = (
        "Kym Lino, a spokesperson for Instagram, confirmed the change to reporters. "
        "“We use a model to find these accounts,” they said in an email."
    )
    assert spk(text) == ["Kym Lino"]


def test_they_is_not_a_man_or_a_woman() -> None:
    text = "Tom Hart and Ann Lee run the shop. Mr Hart said: “We are closing.” “It is sad,” they said."
    assert "Tom Hart" not in spk(text)[1:] and "Ann Lee" not in spk(text)[1:]


def test_it_after_a_reporting_verb_is_that_verbs_subject() -> None:
    # a one-word company name is not in the name inventory: the verb's subject is read directly
    text = "Deutsche Bank was also named. Vivendi has said it believes there is “no legal basis” for the claims."
    assert spk(text) == ["Vivendi"]


def test_a_name_in_apposition_is_the_subject() -> None:
    text = (
        "Police questioned Tom Hart. The BBC's correspondent, Daniel Sandford, said the case was unusual. "
        "But he said reaching a deal would be hard. “Some of these people are accused of serious crimes.”"
    )
    assert spk(text)[-1] == "Daniel Sandford"


def test_a_subject_after_and_outranks_a_possessive() -> None:
    text = (
        "Robbie Fowler's double strike helped City win and Kevin Keegan sympathised with the Norwich boss "
        "afterwards. “I feel a bit for him,” he said."
    )
    assert spk(text) == ["Kevin Keegan"]


def test_a_speaker_does_not_name_themself() -> None:
    text = (
        "Clive Woodward will name his squad on Monday.\n\n"
        "And Scotland forward Simon Taylor looks certain to get the call.\n\n"
        "“Simon Taylor is an outstanding player and he will be on the trip.”"
    )
    assert "Simon Taylor" not in spk(text)


def test_floating_quote_keeps_the_previous_speaker_mentioned_again() -> None:
    text = (
        "“We were comfortable,” said Steve Finnan.\n\n"
        "Manager Brian Kerr was pleased with the defence. Finnan's usual position is right-back but he looked assured. "
        "“As a natural right-back, it was something new for me.”"
    )
    assert spk(text) == ["Steve Finnan", "Steve Finnan"]


def test_a_role_is_not_someone_with_another_title() -> None:
    text = (
        "Tony Blair's speech opened the campaign. There was talk of his rift with Chancellor Gordon Brown. "
        "But the prime minister said Labour was united, and he added: “We will win a third term.”"
    )
    assert spk(text) == ["Tony Blair"]


def test_a_cue_ending_in_a_colon_introduces_the_next_quote() -> None:
    text = "Reminded that Tom Hart called him “a disgrace”, Ben Cole added: “I don't respond to anything.”"
    assert spk(text) == ["Tom Hart", "Ben Cole"]


def test_a_claim_by_someone() -> None:
    text = "Ann Lee has said a claim by Tom Hart that she is an “attack dog” shows Labour is “rattled”."
    out = q(text)
    assert out["speaker"].to_list() == ["Tom Hart", "Ann Lee"]
    assert out["rule"][0] == "before:claim-by"


def test_floating_quote_goes_to_a_new_subject() -> None:
    text = (
        "“We will win,” Tom Hart said.\n\n"
        "Ann Lee returned to the issue later in the hearing. “What happens in 2024?”"
    )
    out = q(text)
    assert out["speaker"].to_list() == ["Tom Hart", "Ann Lee"]
    assert out["rule"][1] == "floating:new-subject"


def test_floating_quote_keeps_the_speaker_when_nobody_new_is_the_subject() -> None:
    text = (
        "“We will win,” Tom Hart said.\n\n"
        "The hearing was adjourned after an hour by the chairman, Ann Lee.\n\n"
        "“Nobody doubts it.”"
    )
    assert spk(text) == ["Tom Hart", "Tom Hart"]


def test_a_heading_that_repeats_a_later_quote() -> None:
    text = (
        "Highlights of the hearing.\n\n“My fears have been realised”\n\n"
        "Ann Lee spoke first. Tom Hart told the committee: “I feared the worst. My fears have been realised.”"
    )
    out = q(text)
    assert out["speaker"].to_list() == ["Tom Hart", "Tom Hart"]
    assert out["rule"][0] == "echo"


def test_an_officer_shouting_is_a_speaker() -> None:
    assert spk("“Open the door!” an officer shouts.") == ["an officer"]
    assert spk("“Hands up!” an officer ordered. “Step out.”") == ["an officer", "an officer"]


def test_given_names_that_are_also_words() -> None:
    assert spk("“It was wrong,” Will Moy, chief executive of Full Fact, told the BBC.") == ["Will Moy"]
    assert spk("“It was wrong,” Theresa May said.") == ["Theresa May"]
    assert spk("Bandwidth is an issue, but Chris Early still says they are “believers” in streaming.") == [
        "Chris Early"
    ]


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    out = speech("The ambassador to Britain warned that the government “will not sit on its hands”.")
    assert out[0][1] != "Britain"


def test_quoted_thoughts_are_speech() -> None:
    out = q("“I thought, ‘this is the song,’” Jo Buckley said. “I would think, ‘why bother?’” she added.")
    inner = out.filter(pl.col("nested"))
    assert inner["kind"].to_list() == ["speech", "speech"]
    assert inner["speaker"].to_list() == ["Jo Buckley", "Jo Buckley"]


def test_a_title_quoted_again_without_context_stays_a_title() -> None:
    text = (
        "He loved a script called “Wild Rose,” a story about a singer. "
        "Buckley sings at the end of “ Wild Rose ” and the song is the best thing about it."
    )
    out = q(text)
    assert out["kind"].to_list() == ["title", "title"]
    assert out["rule"].to_list()[1] == "title:same-name"


def test_a_hyphenated_word_is_not_a_cue() -> None:
    out = q("Mary Steenburgen came to co-write the ballad at the end of “Wild Rose” — the best song of the year.")
    assert out["kind"].to_list() != ["speech"]


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
    assert set(out["rule"].unique()) <= set(kq.RULES), "every rule the extractor uses is explained"


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


def test_inverted_cue_speakers_stop_before_time_and_manner() -> None:
    text = (
        '"We will win," said officials on Monday. "It is over," said a spokesman for the Home Office in a '
        'statement. "Go," said police last week. "No," said the man in the street.'
    )
    assert [r[0] for r in rows(text, "speaker")] == [
        "officials", "a spokesman for the Home Office", "police", "the man in the street",
    ]


def test_a_verb_after_a_quoted_noun_is_not_a_cue_with_a_speaker() -> None:
    got = rows("SA 'mercenaries' plead not guilty\n\nSixty-six men accused of plotting a coup deny it.", "speaker")
    assert got == [(None,)]


def test_a_pronoun_inside_a_quote_is_not_the_quoter() -> None:
    text = (
        'Mr Brown was angry. "She kept yelling, \'The terrorists put it there,\'" he said. '
        '"And I said, \'I want more.\'"'
    )
    got = {r[0]: r[1] for r in rows(text, "quote", "speaker")}
    assert got["The terrorists put it there,"] is None  # "she", someone the quoter speaks of
    assert got["I want more."] == "Brown"  # "I" inside his quote is the quoter himself


def test_contracted_pronoun_and_aspect_verb_before_a_cue() -> None:
    got = rows("Ann Lee smiled. \"I've asked for more,\" she kept saying. Bob Carr waited. \"No,\" he began shouting.")
    assert [(r[0], r[1]) for r in got] == [("I've asked for more,", "Ann Lee"), ("No,", "Bob Carr")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is serious," the Food and Drug Administration said.', "Food and Drug Administration"),
        ('"Good," said the Department of Health and Human Services.', "Department of Health and Human Services"),
        ('"We are concerned," said the Muslim Council of Britain.', "Muslim Council of Britain"),
        ('"Yes," said Johnson & Johnson.', "Johnson & Johnson"),
        ('"Fine," said John Smith of Reuters.', "John Smith"),
    ],
)
def test_organisation_names_with_and_and_of(text: str, speaker: str) -> None:
    assert rows(text, "speaker") == [(speaker,)]


def test_datelines_and_titles_before_a_participle_subject() -> None:
    text = (
        "Browns coach resigns\n\nBEREA, Ohio (Ticker) - One day after admitting that his job status was a "
        '"distraction", Butch Davis resigned.\n\nOlympic champion Kostas Kederis left hospital vowing: '
        '"After the crucifixion comes the resurrection."'
    )
    got = rows(text, "quote", "speaker")
    assert ("After the crucifixion comes the resurrection.", "Kostas Kederis") in got
    assert all(speaker not in ("BEREA", "One") for _, speaker in got)
    qr = importlib.import_module("kit._quote_rules")
    for line, dateline in [
        ("WASHINGTON (AP) -- The agency", "WASHINGTON (AP) -- "),
        ("Ha Noi, Nov. 11 (VNA) - The", "Ha Noi, Nov. 11 (VNA) - "),
        ("BAGHDAD, Iraq - An Islamic group", "BAGHDAD, Iraq - "),
        ("Tony Blair - the prime minister - said", None),
    ]:
        m = qr.DATELINE.match(line)
        assert (m.group() if m else None) == dateline


def test_the_object_of_a_cue_stays_short() -> None:
    got = rows(
        'China has warned Singapore officials against visiting Taiwan after a "private" trip. '
        'Tony Blair spoke, urging a "fractured, divided and uncertain" world to unite. '
        'Mr Brown told reporters on Monday: "Yes."',
        "cue",
    )
    assert [r[0] for r in got] == ["has warned Singapore officials", "urging", "told reporters"]


def test_places_are_not_people_and_broken_entities_are_marks() -> None:
    text = (
        'Sudan condemned as  quot;unfair quot; a new UN resolution.  quot;We will abide, quot; the minister said. '
        'Baroness Scotland spoke. "Murder is the most serious of crimes," she said.'
    )
    got = rows(text, "quote", "speaker")
    assert ("We will abide,", "the minister") in got  # not "Sudan": a country is nobody's "the minister"
    assert ("Murder is the most serious of crimes,", "Baroness Scotland") in got
    assert rows("Blair said:  #39;We are ready. #39; He doesn #39;t know.", "quote") == [("We are ready.",)]


def test_a_cue_word_inside_a_name_is_not_a_cue() -> None:
    text = 'The United States stopped short but did say the country would be a "solid candidate."'
    assert rows(text, "speaker") == [("United States",)]


def test_a_surname_that_is_a_month_or_a_modal() -> None:
    text = 'Theresa May, shadow secretary, told the BBC the plans were "inadequate". Mrs May said: "No."'
    assert rows(text, "speaker") == [("Theresa May",), ("Theresa May",)]
    assert rows('Brian May said: "Rock." Tony Blair Monday said "yes".', "speaker") == [("Brian May",), ("Tony Blair",)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Solicitor Gareth Pierce claimed the detention drove them to "madness", saying two were held.',
         "Gareth Pierce"),
        ('Pompeo said Washington had concluded the settlements were "not illegal", saying he trusted the courts.',
         "Pompeo"),
        ('"These awards mean everything," said producer Michael London, adding they were a "huge first step".',
         "Michael London"),
        ('Caprice, who left in the fourth eviction, afterwards said: "I am so happy."', "Caprice"),
        ('In a report by Transparency International, graft was said to be "pervasive" in Cameroon.', None),
    ],
)
def test_participles_passives_and_adverbs_around_cues(text: str, speaker: str | None) -> None:
    assert rows(text, "speaker")[-1] == (speaker,)


def test_continued_to_is_not_a_cue() -> None:
    assert rows('Thanks to these "bot nets", spam continued to be a problem.', "kind", "speaker") == [("scare", None)]


def test_cue_checks_ignore_the_quote_and_adjectives() -> None:
    got = rows('"Go," added Mr Brown. "No," insisted the minister. "Some," said one.', "quote", "cue", "rule")
    assert [r[1] for r in got] == ["added", "insisted", "said"]
    assert all(r[2] == "after:cue-speaker" for r in got)
    got = rows('Honeywell sued Apple for alleged infringement of a technology that "increases the brightness".', "kind")
    assert got == [("scare",)]
    assert rows("US, 'EU-three' agree on demand\n\nThe administration reached a deal.", "speaker") == [(None,)]


def test_inverted_cues_after_a_quote() -> None:
    got = rows(
        '"You do not get the chance very often," agreed Cram. "It was easy to trace," read the statement. '
        'Doing what you "honestly and instinctively" believed was necessary is the test.',
        "quote", "speaker",
    )
    assert got[:2] == [("You do not get the chance very often,", "Cram"), ("It was easy to trace,", "the statement")]
    assert got[2][1] is None  # 'believed' needs a subject of its own


def test_one_office_per_person_in_a_story() -> None:
    # (politics/234: once "the home secretary" was Blunkett, "the prime minister" is Blair)
    text = (
        "People could be given the number of their local officer under plans unveiled by David Blunkett.\n\n"
        'The home secretary said targets would be set. Local people would be able to "trigger" action.\n\n'
        "Mr Blunkett was joined by Tony Blair at a school in south east London. Mr Blunkett said he wanted "
        '"to go back to a time when the police were part of the community". The prime minister said the '
        'citizen should be in charge and "not the minority who want to cause trouble".'
    )
    assert speech(text) == [
        ("to go back to a time when the police were part of the community", "David Blunkett"),
        ("not the minority who want to cause trouble", "Tony Blair"),
    ]


def test_office_clash_rules() -> None:
    assert qr._office("secretary", ["home"]) == "home secretary"
    assert qr._office("premier", []) == "prime minister"
    assert qr._office("singer", []) is None
    clash = qr._office_clash
    assert clash({"home secretary"}, "prime minister")
    assert not clash({"prime minister"}, "minister")
    assert not clash(None, "prime minister")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverb between the subject and the cue is not the subject
        ('Prince Andrew gave an interview. He instead told the BBC: "I took the judgement call."', "Andrew"),
        # a participle's subject is the clause subject, not the object of its verb
        ("The show's producers defended the script, saying the jokes were \"humorous digs\".", "producers"),
        ('The retired general addressed the crowd, saying: "We will win."', "general"),
        # "Name, the <description>, Name2, said": Name2 belongs to the description
        ('Prince Andrew, the brother of the heir to the throne, Charles, has told friends it was a "great success".',
         "Andrew"),
        ('In London, the ambassador to Britain, Liu Xiaoming, warned: "This is wrong."', "Liu Xiaoming"),
    ],
)
def test_subjects_past_adverbs_participles_and_nested_appositions(text: str, speaker: str) -> None:
    got = speech(text)
    assert len(got) == 1 and got[0][1] is not None and speaker.lower() in got[0][1].lower(), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a long appositive (with commas of its own) between the name and the cue after a quote
        (
            "Paul Torrey spoke first. “Numerical experiments are successful when you get out more than you put"
            " in,” Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich,"
            " Germany, and co-author of the study, said in a statement.",
            "Dylan Nelson",
        ),
        # "the airline" is the organisation an earlier appositive called an airline
        (
            "Union officials at US Airways, the seventh-largest US airline, face a pay cut.\n\n"
            'The airline said it was "embarrassed by the situation".',
            "US Airways",
        ),
        ('Passengers were stranded by the airline Ryanair. The airline said it was "embarrassed".', "Ryanair"),
        # an introductory place is not an appositive: the company stays the company
        ('In California, the company is fighting opposition. The company says it is "deeply concerned".',
         "the company"),
    ],
)
def test_long_appositives_and_organisations_named_by_an_appositive(text: str, speaker: str) -> None:
    assert speech(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "fox" names a broadcaster, but "Dr Fox" and "Liam Fox" are a man (politics/374)
        (
            'Liam Fox and Oliver Letwin spoke. "We will cut tax," Mr Letwin said.\n\nEarlier, Dr Fox had said'
            " Labour's rule had been poor. He also attacked the record. A Tory government would sort out the"
            ' "shambles" of immigration, he said.',
            "Liam Fox",
        ),
        # a job appositive makes a name a person; "Head of Fundamental Research" is nobody
        (
            "Vinod Nair, Head of Fundamental Research at Geojit Financial Services, said markets fell.\n\n"
            "Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a stock-specific"
            ' market.\n\n"It is a stock-specific market," he said.',
            "Pankaj Pandey",
        ),
        ('Fox News ran the story. "We stand by it," the network said.', "the network"),
    ],
)
def test_surnames_that_are_organisation_words_and_job_appositives(text: str, speaker: str) -> None:
    assert speech(text)[-1][1] == speaker


def test_a_cue_after_a_later_paragraph_names_a_floating_quotation() -> None:
    text = (
        '"We are delighted," said Karen Walsh, from the UK National Tremor Foundation.\n\n'
        "The adapter is the brainchild of IBM researcher Jim Levine, who built the prototype."
        ' "I knew that there must be way to improve the situation for him.\n\n'
        '"The number of elderly computer users will increase as the population ages," he said.'
    )
    got = q(text).select("speaker", "group_id", "rule").rows()
    assert [s for s, _, _ in got] == ["Karen Walsh", "Jim Levine", "Jim Levine"]
    assert got[1][1] == got[2][1] and got[1][2] == "continuation:later-cue"


def test_agreed_to_is_not_a_cue() -> None:
    text = "WeWork deal agreed\n\nNeumann had resigned. He also agreed to return the cash he got for the use of “We.”"
    assert rows(text, "quote", "kind") == [("We.", "scare")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name with an unknown given name is someone's when a reporting verb and "he" follow it
        ("Ayman al-Zawahiri, second in command of al-Qaida, said last night that the US faced defeat. "
         'In a videotape broadcast by al-Jazeera, he said: "The Americans are losing."', "Ayman al-Zawahiri"),
        # "al-" joins the surname: "al-Zarqawi" and "Zarqawi" are the same man
        ('Abu Musab al-Zarqawi\'s group released a tape. "We will win," Zarqawi added.', "Abu Musab al-Zarqawi"),
        # a relative named by given name only
        ('Hughes had been ill for months, his wife Barbara said. "He died at home," she said.', "Barbara"),
        # the given name after an initial
        ('G. Michael Caggiano Jr. lies awake at night. "I think about signs constantly," he says.',
         "G. Michael Caggiano Jr."),
        # a firm followed by "said" is not a person a later "he" stands for
        ("Deutsche Boerse said it would lift its dividend. \"There is a whiff of a sweetener,\" Anais Faraj, "
         'an analyst at Nomura, told the BBC. Deutsche Boerse is "trying to buy them off", he said.', "Anais Faraj"),
        # nor is a show title ("Stars In Their Eyes said"), whatever pronoun follows
        ("TV presenter Deeley drops CD:UK\n\nCat Deeley has resigned as host of CD:UK after six years. "
         "The 28-year-old host who also presents Stars In "
         'Their Eyes said she wanted new projects. "I\'ve had a great few years," the presenter said.', "Cat Deeley"),
    ],
)
def test_person_evidence_for_unusual_names(text: str, speaker: str) -> None:
    assert speech(text)[-1][1] == speaker


def test_naming_passives_are_terms_unless_someone_said_them() -> None:
    got = q(
        "When the offending substance is feathers in a duvet, HP is called “feather duvet lung.” "
        'Depp was called the "fifth child of the group" by the film\'s director Marc Forster. '
        'Research team head Jennifer Ngo-Anh says the idea "is actually not so crazy."'
    ).select("quote", "kind", "speaker").rows()
    assert got == [
        ("feather duvet lung.", "scare", None),
        ("fifth child of the group", "speech", "Marc Forster"),
        ("is actually not so crazy.", "speech", "Jennifer Ngo-Anh"),
    ]


def test_a_stray_closing_mark_after_a_tag_is_no_quote() -> None:
    text = ('Last month he said: "We answer this every election campaign and the answer is no," '
            'he said at his monthly news conference."')
    assert [r[0] for r in speech(text)] == ["We answer this every election campaign and the answer is no,"]


def test_think_tank_is_no_cue_and_a_long_appositive_may_lack_its_comma() -> None:
    text = ("“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the "
            "Delhi-based Council on Energy, Environment and Water think tank told CBS News.")
    assert speech(text) == [("This is mainly due to the change in wind direction,", "Kurinji Selvaraj")]


def test_a_headline_claim_belongs_to_the_source_named_in_the_lead() -> None:
    text = (
        "US bank 'loses' customer details\n\n"
        "The Bank of America has revealed it has lost computer tapes containing account details. "
        '"We deeply regret this," said spokeswoman Alexandra Tower.'
    )
    assert speech(text)[0] == ("loses", "Bank of America")
    # a place, or the headline's own subject, is not the source of its claim
    text = (
        "Brando 'rejected Godfather role'\n\n"
        "Marlon Brando said he did not want the part, according to a new book. "
        '"He turned it down flat," writer Budd Schulberg said.'
    )
    assert speech(text)[0] == ("rejected Godfather role", "Budd Schulberg")


def test_a_headline_claim_from_a_study_belongs_to_the_study_or_its_maker() -> None:
    # "..., says a report": the report's maker, named in the next sentences, not the analyst quoted later
    text = (
        "Shoppers 'shun smart watches'\n\n"
        "Shoppers want cheap phones rather than watches, says a report.\n\n"
        "Produced by Delta Insight the survey of 4,000 adults found little demand. "
        '"People are not convinced," said Tom Reed, an analyst at Delta Insight.'
    )
    assert speech(text)[0] == ("shun smart watches", "Delta Insight")
    # "research suggests" and later "a study by handset maker X"
    text = (
        "Style 'drives phone sales'\n\n"
        "Faster chips alone will not sell more handsets, research suggests.\n\n"
        "Buyers care about looks, shows a study by handset maker Norvik. "
        '"The chip is not the story," said Anna Berg of Norvik.'
    )
    assert speech(text)[0] == ("drives phone sales", "Norvik")
    # a panel with no maker named is its own source; a person named after a poll is not its source
    text = (
        "Streaming 'here to stay'\n\n"
        "Streaming services are here to stay, says a panel of industry experts.\n\n"
        '"It is the future," said Mark Dunn, a panel member.'
    )
    assert speech(text)[0] == ("here to stay", "a panel of industry experts")
    text = (
        "Voters 'doubt party promises'\n\n"
        "Most voters doubt what parties promise, a new poll conducted for the Herald suggests.\n\n"
        'The poll comes after Home Secretary Jane Cole predicted trust would be "the key issue".'
    )
    assert speech(text)[0] == ("doubt party promises", "Herald")
    # a group of people in a role is the source too, not the first person named after it
    text = (
        "US 'tired' of award shows\n\n"
        "Viewers are sick of award ceremonies, according to some film critics.\n\n"
        "Bob Strand, from the Daily News, thinks there are too many of them."
    )
    assert speech(text)[0] == ("tired", "some film critics")


def test_a_public_body_is_the_body_last_named_as_a_subject_not_an_earlier_document() -> None:
    text = (
        'Seven doctors wrote to Congress. "Lives are at risk," says the letter signed by the doctors. '
        "In August, CBP announced that it would not vaccinate families. At the time, the agency said in a "
        'statement that it chose not to because of the "short-term" stays of migrants.'
    )
    assert speech(text)[-1] == ("short-term", "CBP")


def test_who_says_a_lead_claim_is_its_subject_and_a_tag_pronoun_is_not_the_claims_subject() -> None:
    text = (
        "Rail plan 'a failure' - Ward\n\n"
        "Peter Lane has had the chance to fix the railways and has failed, Adam Ward has said.\n\n"
        '"The trains are late," the opposition leader said. Mr Lane has failed to act, he claimed, saying he '
        'has the "wrong plan" for it.'
    )
    assert speech(text)[1:] == [("The trains are late,", "Adam Ward"), ("wrong plan", "Adam Ward")]


def test_a_passive_cue_with_no_agent_takes_the_sentences_earlier_speaker() -> None:
    text = (
        "Chancellor Gordon Brown said the meeting would be remembered as \"the debt relief summit\". "
        "For the Lib Dems, Simon Hughes said students who were told there would be no fees "
        '"have been given exactly the opposite".'
    )
    assert speech(text) == [("the debt relief summit", "Gordon Brown"), ("have been given exactly the opposite",
                                                                       "Simon Hughes")]


def test_a_participle_after_a_relative_clause_belongs_to_its_name_when_no_one_else_is_the_subject() -> None:
    text = (
        "This echoed the views of comedian Chris Rock, who whipped up a storm for saying he rarely watched "
        'them, calling award shows "idiotic".'
    )
    assert speech(text) == [("idiotic", "Chris Rock")]


def test_a_floating_quote_is_not_said_by_someone_it_names_in_a_later_paragraph() -> None:
    text = (
        'Lions coach Clive Woodward says he will pick in-form players. "I don\'t think you can ever say never," '
        "said Woodward.\n\nAnd Scotland forward Simon Taylor looks certain to get the call. \"I took lessons "
        'from 2001 about fitness.\n\n"Simon Taylor is an outstanding player and he will be on the trip."'
    )
    assert [r[1] for r in speech(text)] == ["Clive Woodward"] * 3


def test_a_one_word_name_after_a_job_only_people_have_is_a_person() -> None:
    text = (
        "Edu blasts Arsenal\n\nArsenal's Brazilian midfielder Edu has hit out at the club and at manager "
        "Arsene Wenger over his contract.\n\nEdu's deal expires next summer and he has been linked with Real "
        'Madrid. He told BBC Sport: "I\'m not sure if I want to stay."'
    )
    assert speech(text) == [("I'm not sure if I want to stay.", "Edu")]


def test_a_lead_that_names_a_role_is_about_the_person_named_next() -> None:
    text = (
        "Minister in 'drunk' remark row\n\n"
        "Scotland's first minister has told pupils that it is okay to get drunk \"once in a while\".\n\n"
        "Jack McConnell was speaking to more than 100 pupils. Later his lawyer said: \"It was a joke.\" "
        "Judge Robert Sweet ruled on the case."
    )
    got = speech(text)
    assert got[1] == ("once in a while", "Jack McConnell")
    assert got[2][1] != "Robert Sweet"  # only a lead's role looks ahead


def test_say_in_an_idiom_reports_nobody() -> None:
    text = (
        "Steve Ash, from Activcard, told the BBC there are two parts to the process. The hardest is to know "
        'whether an individual is who they say they are.\n\n"The end solution is to combine what the user knows '
        'with what they have."'
    )
    assert speech(text) == [("The end solution is to combine what the user knows with what they have.", "Steve Ash")]


def test_a_capitalised_word_quoted_inside_a_headline_is_a_name_not_a_claim() -> None:
    text = "Apple sues 'Tiger' file sharers\n\nApple has taken more legal action to stop leaks of its software."
    assert q(text).select("quote", "kind").rows() == [("Tiger", "scare")]


def test_the_scottish_executive_is_a_government_not_a_chief_executive() -> None:
    text = (
        "Jack McConnell spoke to pupils about drink. But the Scottish Executive has insisted his comments were "
        '"a recognition that people will get drunk".'
    )
    assert speech(text) == [("a recognition that people will get drunk", "the Scottish Executive")]


def test_a_named_body_and_the_government_speak_for_themselves_not_for_the_last_body_quoted() -> None:
    text = (
        'The Police Federation said the officers were "not trained". But the government said the move would '
        'help police "build safe communities". The Commons home affairs committee called it "a muddle".'
    )
    assert [r[1] for r in speech(text)] == [
        "Police Federation", "the government", "the Commons home affairs committee",
    ]


def test_a_role_after_a_name_and_a_comma_is_that_persons_even_with_a_clause_after_it() -> None:
    text = (
        "Rory O'Neill, editor of union-backed Hazards magazine, which conducted the research, said: "
        '"Giving union safety reps more rights is the ultimate win-win."'
    )
    assert speech(text) == [("Giving union safety reps more rights is the ultimate win-win.", "Rory O'Neill")]


def test_a_description_takes_the_name_it_is_written_with_elsewhere() -> None:
    text = (
        "China’s ambassador to Britain accused the UK of meddling and warned that China “will not sit on our "
        "hands”.\n\nChina’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” "
        "to end the unrest. A spokesman for Michael Howard said it was “nonsense”."
    )
    assert speech(text) == [
        ("will not sit on our hands", "Liu Xiaming"),
        ("resolution and power", "Liu Xiaming"),
        ("nonsense", "a spokesman for Michael Howard"),
    ]


def test_weak_title_words_inside_names() -> None:
    text = (
        'Credit Suisse First Boston said it was "still cautious". First Minister Jack McConnell said it was '
        '"a disgrace". But Chief Secretary to the Treasury Paul Boateng attacked the plans. "They are wrong," '
        "he said."
    )
    assert [r[1] for r in speech(text)] == ["Credit Suisse First Boston", "Jack McConnell", "Paul Boateng"]


def test_given_names_that_look_like_nationalities() -> None:
    assert qr._demonym_word("Russian") and qr._demonym_word("Iraqi") and qr._demonym_word("Kenyan")
    assert not qr._demonym_word("Milan") and not qr._demonym_word("Dimitri") and not qr._demonym_word("Jayanti")
    text = (
        "Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans. "
        'Baros denied reports of a row. He told a newspaper: "I don\'t know why I didn\'t play."'
    )
    assert speech(text) == [("I don't know why I didn't play.", "Milan Baros")]


def test_an_unnamed_judge_is_nobody_else_in_the_story() -> None:
    text = (
        "John Buhecha from Cambridge was sentenced on Tuesday. Buhecha was called "
        '"one of the biggest pirates in the UK" by the sentencing judge.'
    )
    assert speech(text) == [("one of the biggest pirates in the UK", "the sentencing judge")]


def test_an_acronym_speaker_takes_its_full_name_and_who_is_not_a_pronoun_there() -> None:
    text = (
        "The World Health Organization has warned about rabies. WHO said the disease was \"always fatal\". "
        'The NAO said it was "a mess".'
    )
    assert speech(text) == [("always fatal", "World Health Organization"), ("a mess", "NAO")]


def test_one_document_that_breaks_the_rules_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    real = qr.extract

    def flaky(text: str, *args: object) -> list:
        if "boom" in text:
            raise IndexError("a rule failed")
        return real(text, *args)

    monkeypatch.setattr(qr, "extract", flaky)
    docs = pl.DataFrame({"doc_id": ["a", "b"], "text": ['boom "Q1," he said.', '"Q2," Ann Lee said.']})
    with pytest.warns(kq.KitQuoteWarning, match="skipped document 'a'"):
        got = kit.quotes(docs)
    assert got["doc_id"].to_list() == ["b"] and got["speaker"].to_list() == ["Ann Lee"]


def test_a_closing_mark_after_a_stray_space_and_a_description_after_campaign_a() -> None:
    got = rows(
        "NASA released two reports that depicted “technical challenges and schedule delays ”. The report came "
        'as lawmakers met. Noem called the new campaign a "bold, innovative effort like the nation has never '
        'before seen."'
    )
    assert [r[0] for r in got] == [
        "technical challenges and schedule delays",
        "bold, innovative effort like the nation has never before seen.",
    ]
    assert got[1][2] == "speech"


def test_a_role_for_places_and_a_person_named_in_the_next_sentence() -> None:
    text = (
        'The Conservatives have been "a lot smarter" in the campaign, a Labour backbencher has said.\n\n'
        'Derek Wyatt said the long campaign bored voters. The MP for Sittingbourne and Sheppey said Tony Blair '
        'had been "trying very hard". Prices will "soar", a report has said. John Smith said it was wrong.'
    )
    assert speech(text) == [
        ("a lot smarter", "Derek Wyatt"),
        ("trying very hard", "Derek Wyatt"),  # (the MP the story is about; quotes_fresh5 gold)
        ("soar", "a report"),
    ]


def test_a_conduit_that_reports_someone_as_saying_and_two_roles_of_one_person() -> None:
    text = (
        '"The works council has concerns," Reuters news agency reports a union source as saying. '
        '"What is really fun to think about is organics," JPL scientist and study co-author Michael Malaska said.'
    )
    assert speech(text) == [
        ("The works council has concerns,", "a union source"),
        ("What is really fun to think about is organics,", "Michael Malaska"),
    ]


def test_he_added_after_words_about_someone_else_is_the_last_speaker() -> None:
    text = (
        'Derek Wyatt said the campaign was long. The MP said Tony Blair had been "trying very hard". But Mr Blair '
        'had been "hurt" by the Iraq controversy, he added.'
    )
    assert speech(text) == [("trying very hard", "Derek Wyatt"), ("hurt", "Derek Wyatt")]


def test_thanked_quotes_the_thanker() -> None:
    text = 'US actor Will Smith, who won an award, thanked his family and his "hero", Nelson Mandela, in his speech.'
    assert speech(text) == [("hero", "Will Smith")]


def test_an_unclosed_role_appositive_a_content_sentence_and_a_lead_agent() -> None:
    text = (
        "'Christmas song formula' unveiled\n\nA formula for the ultimate Christmas single has been revealed by "
        "chart bible British Hit Singles.\n\nThe recipe includes sleigh bells. Howard Archer, economist at Global "
        'Insight said the MPC "may well consider the risks". "Mobile gaming is a big business." Currently, India '
        "has six big games developers and four mobile operators that offer games, said the report."
    )
    assert speech(text) == [
        ("Christmas song formula", "British Hit Singles"),
        ("may well consider the risks", "Howard Archer"),
        ("Mobile gaming is a big business.", "Howard Archer"),
    ]


def test_called_for_quotes_the_caller_but_called_on_does_not() -> None:
    text = (
        'TUC General Secretary Brendan Barber called for "practical measures" to help pensioners. '
        'The minister called on Mr Smith to resign over the "scandal". The group called "Friends" met.'
    )
    out = q(text).select("quote", "speaker", "kind", "cue").rows()
    assert out[0] == ("practical measures", "Brendan Barber", "speech", "called for")
    assert [r[2] for r in out[1:]] == ["scare", "title"]


def test_a_lower_case_quote_after_campaign_is_not_its_title() -> None:
    text = (
        'Labour MP Derek Wyatt said having a five month campaign "turned off voters". '
        'The "Make Poverty History" campaign began.'
    )
    assert rows(text) == [("turned off voters", "Derek Wyatt", "speech"), ("Make Poverty History", None, "title")]


def test_a_sentence_final_tag_with_a_long_setting_and_a_ruling() -> None:
    text = (
        'South Dakota\'s meth crisis is "growing at an alarming rate" and affects every community, Kristi Noem '
        "said in the campaign's public service announcement. "
        'The film was recently ruled "too American" by a Paris court. '
        'But a judge ruled that Assange should stay in jail because of his "history of absconding". '
        'The government has ruled out changing the law, which allows "reasonable force".'
    )
    assert rows(text) == [
        ("growing at an alarming rate", "Kristi Noem", "speech"),
        ("too American", "a Paris court", "speech"),
        ("history of absconding", "a judge", "speech"),
        ("reasonable force", None, "scare"),
    ]


def test_a_day_before_the_cue_is_nobody() -> None:
    text = (
        "''A law firm will put a case forward,'' said Newry boss Roy McCreadie. ''This is a big issue, now that we "
        "have an appeal pending,'' On Wednesday, a fresh IFA hearing into the registration saga, ruled that the "
        "verdict had been correct."
    )
    assert [s for _, s in speech(text)] == ["Roy McCreadie", "Roy McCreadie"]


def test_six_words_woven_without_a_cue_are_speech_a_short_term_or_a_list_is_not() -> None:
    text = (
        "Cara Diemont said staff were tired. There are \"no big differences in wait time and call resolution\" between "
        'the centres. The centres are a "game changer" here. Targets were met by "naming, shaming and faming" '
        "the worst."
    )
    assert rows(text, "quote", "kind", "speaker", "rule") == [
        ("no big differences in wait time and call resolution", "speech", "Cara Diemont",
         "woven:floating:reported-speech"),
        ("game changer", "scare", None, "scare:no-cue"),
        ("naming, shaming and faming", "scare", None, "scare:no-cue"),
    ]


def test_a_name_after_a_possessive_place_and_a_name_after_an_inverted_tag_are_people() -> None:
    text = (
        "Double Olympic champion Hicham El Guerrouj will race.\n\n"
        '"If I am to compete, it is only if I can win," said the 30-year-old. "I am almost there," said El Guerrouj.'
        "\n\nBritain's Jason Gardener won the 60m. "
        '"It\'s a very hard record to break," said the world indoor champion.'
    )
    assert [s for _, s in speech(text)] == ["Hicham El Guerrouj", "El Guerrouj", "Jason Gardener"]
    names = kq._names(pl.DataFrame({"doc_id": ["t"], "text": [text]}))["t"]
    assert ("Jason", "Gardener") in {o.canon for o in names}


def test_the_subject_after_a_time_phrase_is_the_main_subject() -> None:
    text = (
        "UK Foreign Secretary Jack Straw has said the ban will go. French President Jacques Chirac has called for "
        "it to end. Britain has been more cautious, but on Wednesday Mr Straw said he also wanted it to end. "
        '"I have long understood China\'s argument," he told the committee.'
    )
    assert speech(text) == [("I have long understood China's argument,", "Jack Straw")]


def test_the_firm_is_the_company_that_was_last_the_subject() -> None:
    text = (
        "Payoff for former Shell boss\n\nShell is to pay $1m to the ex-finance chief.\n\n"
        "Judy Boynton left the firm in December. In January 2004, Shell told investors its reserves were smaller. "
        'She was leaving "by mutual agreement to pursue other career opportunities", the firm said in a statement.'
    )
    assert speech(text) == [("by mutual agreement to pursue other career opportunities", "Shell")]
    other = 'Airline in trouble\n\nShares in Continental Airlines have tumbled. "We have cash," the airline said.'
    assert speech(other) == [("We have cash,", "Continental Airlines")]  # (the story's airline, not "Shares")


def test_an_inverted_sentence_final_tag_a_who_clause_and_to_point_out() -> None:
    text = (
        'Given the expense of a cruise ship, "slowing supply growth" is a certainty, said David Anders at Merrill '
        'Lynch on Thursday. It is a view shared by Wayne Rooney, who believes "if we can get past Milan, we have a '
        'great chance". The EU was keen to point out that a tax should not hurt the "competitiveness of the '
        'airlines". "If a person has 10 billion lira this will decrease," shop owner Hayriye Evren, told '
        "Associated Press."
    )
    assert rows(text, "quote", "speaker", "kind")[:3] == [
        ("slowing supply growth", "David Anders", "speech"),
        ("if we can get past Milan, we have a great chance", "Wayne Rooney", "speech"),
        ("competitiveness of the airlines", "EU", "speech"),
    ]
    assert speech(text)[3][1] != "Associated Press"


def test_a_role_after_the_and_the_company_a_story_is_about() -> None:
    text = (
        "Ronnie Corbett has attacked TV standards, as Victoria Wood did. Corbett is 74.\n\n"
        "Speaking to the Radio Times, the Two Ronnies star said there is too much bad language. "
        '"You get fed up watching shows," he complained.\n\n'
        "Lycos Europe's campaign began in November. Lycos Europe has shut it down. Monitoring firm Netcraft found "
        "sites were offline. According to figures gathered by Netcraft, some of the sites were knocked offline. In "
        "a statement from Lycos Europe, the company denied that this was its fault. "
        '"There is nothing to suggest that it brought down any sites," the company said.'
    )
    assert [s for _, s in speech(text)] == ["Ronnie Corbett", "Lycos Europe"]


def test_attacked_quotes_the_attacker() -> None:
    text = (
        'Pop star Britney Spears has attacked "false" and "desperate" US tabloid magazines. '
        'Tory co-chairman Liam Fox opened the forum. He also attacked the government\'s "failure" on crime.'
    )
    assert speech(text) == [("false", "Britney Spears"), ("desperate", "Britney Spears"), ("failure", "Liam Fox")]


def test_a_participle_after_a_quote_and_a_subject_after_but_and_a_name_acting_with_her() -> None:
    text = (
        'Gerry Conlon said the families were delighted. He said Mr Blair had spoken with "such sincerity", adding: '
        '"He went beyond what we thought he would." But Richard Dunne is keen to put that behind him and said: '
        '"I have grown up a lot." Hilary Swank picked up her second Oscar, beating stars including Kate Winslet. '
        '"I don\'t know what I did to deserve this," she told the audience.'
    )
    assert [s for _, s in speech(text)] == ["Gerry Conlon", "Gerry Conlon", "Richard Dunne", "Hilary Swank"]


def test_a_sentence_subject_followed_by_he_in_the_next_sentence_is_someone() -> None:
    text = (
        "Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize. He thanked "
        'Eastwood and described the film as "a labour of love".'
    )
    assert speech(text) == [("a labour of love", "Morgan Freeman")]


def test_a_name_after_of_and_a_title_is_no_subject() -> None:
    text = (
        'Juninho had earlier told the Daily Record: "I want to go." The attacking midfielder also claims he has not '
        "had the backing of boss Martin O'Neill since his move. \"I can't understand why I am in this situation,\" "
        "he continued."
    )
    assert speech(text)[1] == ("I can't understand why I am in this situation,", "Juninho")


def test_a_winner_and_a_nationality_noun_stand_for_the_person() -> None:
    text = (
        "Lord of the Rings director Peter Jackson has said the film is years away.\n\n"
        'The Oscar winner said there was a "desire" to make it. "I think it will take lawyers," said the '
        "New Zealander."
    )
    assert [s for _, s in speech(text)] == ["Peter Jackson", "Peter Jackson"]


def test_a_name_after_a_role_followed_by_he_in_the_next_sentence_is_someone() -> None:
    text = (
        'Arsene Wenger said: "We are still in the tie." But Wenger\'s Bayern counterpart Felix Magath was in no '
        'mood to celebrate either. He said: "I am far from happy despite the win."'
    )
    assert [s for _, s in speech(text)] == ["Arsene Wenger", "Felix Magath"]


def test_a_paper_that_quotes_someone_as_saying_passes_their_words_on() -> None:
    text = (
        'News Corp chief Peter Chernin spoke to the FT. Music was "big business", the paper quoted Mr Chernin as '
        'saying. Coach Tom Smith spoke after the game. Reuters quoted him as saying: "We will win." Chief executive '
        'Geoff Dixon was quoted by The Australian newspaper as saying the carrier was no longer "all-Australian".'
    )
    assert [s for _, s in speech(text)] == ["Peter Chernin", "Tom Smith", "Geoff Dixon"]


def test_an_inverted_tag_inside_a_sentence_before_the_quote() -> None:
    text = (
        '"This is a big messy argument," explained Curt Hopkins. But the way these issues get tested is through the '
        'courts which, said Mr Hopkins, "is part of the whole messy conversation."'
    )
    assert [s for _, s in speech(text)] == ["Curt Hopkins", "Curt Hopkins"]


def test_time_words_stay_time_phrases_and_days_are_nobody() -> None:
    # (a second set of day names once shadowed the time words that _time_phrase reads)
    assert qr._time_phrase([(0, 9, "yesterday")], 0) and qr._time_phrase([(0, 7, "Earlier")], 0)
    assert qr._when(qr._Mention(0, 12, "name", "On Wednesday")) and not qr._when(qr._Mention(0, 3, "name", "May"))


def test_a_person_from_an_organisation_is_the_person() -> None:
    text = (
        '"We are in talks," Eric Schnaible of the PCO told the BBC. "Everything is going digital," Kirsten Pfeifer '
        'from the Consumer Electronics Association told the BBC. The Royal Bank of Scotland said: "Rates stay." '
        'The British Chamber of Commerce (BCC) has said it sees "serious challenges" ahead.'
    )
    assert [s for _, s in speech(text)] == [
        "Eric Schnaible", "Kirsten Pfeifer", "Royal Bank of Scotland", "British Chamber of Commerce"
    ]  # fmt: skip


def test_a_stray_comma_between_a_name_and_its_verb() -> None:
    text = (
        'Sales grew. "Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told '
        'the BBC News website. "If a person has lira this will suddenly decrease", shop owner Hayriye Evren, told '
        'Associated Press. "Xavi was worthy of Maradona," the paper beams, adding, "What a work-rate."'
    )
    got = speech(text)
    assert [s for _, s in got[:2]] == ["Kirsten Pfeifer", "Hayriye Evren"]
    assert all(s != "the paper beams" for _, s in got)


def test_told_never_comes_before_its_subject() -> None:
    text = (
        'Mr Mubanga said the "MI6 agent" told him the passport had been found in a cave. '
        '"Under the guise of protecting investors, they defrauded the public," said US Attorney Roslynn Mauskopf.'
    )
    assert [s for _, s in speech(text)] == ["Mubanga", "Roslynn Mauskopf"]


def test_reported_speech_before_a_floating_quote_needs_someone_who_says_it() -> None:
    text = (
        "Matthew Herren from EduVision told the BBC how the organisation uses handheld computers called E-slates.\n\n"
        '"The E-slates connect via a wireless connection to a base station."\n\n'
        "Although the step will be bypassed, this will only save a day's work, says Mr Dean. It is slow.\n\n"
        '"If the decision on the studio side is that they put more on the disks, it could be more expensive."'
    )
    assert [s for _, s in speech(text)] == ["Matthew Herren", "Mr Dean"]


def test_who_and_which_refer_to_the_noun_phrase_right_before_them() -> None:
    text = (
        'The grind will only get harder for Holmes, who has already admitted she "does not like the training". '
        'The review follows a Law Commission report which branded the murder law as "a mess". '
        'He met the head of the IMF, who said it was "a disaster".'
    )
    assert [s for _, s in speech(text)] == ["Holmes", "a Law Commission report", "the head of the IMF"]


def test_a_gendered_role_before_a_name_tells_the_gender() -> None:
    text = (
        "The Aviator took five prizes including best supporting actress for Cate Blanchett.\n\n"
        "Cate Blanchett, who won for playing late screen legend Katharine Hepburn in The Aviator, said her award "
        'was "an indescribable surprise". Of Hepburn, she said: "The longevity of her career is inspiring to everyone."'
    )
    assert [s for _, s in speech(text)] == ["Cate Blanchett", "Cate Blanchett"]


def test_sport_positions_and_other_person_nouns_stand_for_the_person_named() -> None:
    text = (
        "Jason Robinson starts for England on Saturday.\n\n"
        'The Sale full-back said: "We are ready." Cardinal John Kerr spoke at Westminster. "Peace '
        'is possible," the cardinal said.'
    )
    assert [s for _, s in speech(text)] == ["Jason Robinson", "John Kerr"]


def test_the_statement_speaks_for_whoever_issued_it_and_the_company_for_the_last_firm_that_spoke() -> None:
    text = (
        'An insider told the outlet: "He is frustrated." On Monday, Big Machine Records issued a statement. '
        '"It should be noted that artists do not need label approval," the statement continued. Dick Clark '
        'Productions denied that it had settled. "At no time did we agree to it," the production company said. '
        'GMAC has been strong but GM said it will do less well. "Earnings of $10 a share remain the goal," the '
        "company said."
    )
    assert [s for _, s in speech(text)] == ["an insider", "Big Machine Records", "Dick Clark Productions", "GM"]


def test_it_can_stand_for_a_one_word_organisation_that_spoke() -> None:
    text = (
        '"It is a good deal," said Southcorp chairman Brian Finn.\n\n'
        'Southcorp said the offer was "opportunistic". However, it said the offer may be an "opening bid".'
    )
    assert [s for _, s in speech(text)] == ["Brian Finn", "Southcorp", "Southcorp"]


def test_a_clause_subject_after_a_lead_word_and_a_tag_between_commas() -> None:
    text = (
        'Meanwhile Ms Hutt defended her record, saying waiting times were "only 10% of the health agenda". '
        "But in an interview with the Financial Times, Mr Blair refused to be pinned down, saying Britain would "
        'hold a poll "some time in 2006". But, says Nick Donofrio of IBM, it was not "the thing" itself. '
        'Jeffrey Richards, the show\'s co-producer, said Connick was "an actor of enormous charisma".'
    )
    assert [s for _, s in speech(text)] == ["Hutt", "Blair", "Nick Donofrio", "Jeffrey Richards"]


def test_a_tag_after_a_reopened_quote_in_the_same_paragraph_is_the_first_parts_too() -> None:
    text = (
        "Mr Dean works at Lucasfilm. More clarity on screen means film makers must take care. "
        '"When we did the first HD version, everybody was very sun-tanned, but that was make-up. "In the HD '
        'version, all these make-up lines showed up," explains Mr Dean.'
    )
    assert [s for _, s in speech(text)] == ["Mr Dean", "Mr Dean"]


def test_a_sentence_final_tag_followed_by_an_adjunct() -> None:
    text = (
        'Economic sanctions against North Korea are "one option," but care is needed in deciding whether to take '
        "that step, Japanese Foreign Minister Nobutaka Machimura said on Thursday, a day after Pyongyang warned Japan."
    )
    assert [s for _, s in speech(text)] == ["Nobutaka Machimura"]


def test_a_quoted_modifier_in_a_sentence_with_a_final_tag_is_the_speakers() -> None:
    text = (
        'Valencia may have to adopt an "ugly" defensive approach if they are to beat Inter Milan, according to club '
        'captain David Albelda. The council backed the "bold" plan last week.'
    )
    got = kit.quotes(pl.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert got["kind"].to_list() == ["speech", "scare"]
    assert got["speaker"].to_list()[0] == "David Albelda"


def test_participles_that_report_nobody_and_a_name_before_a_product_noun() -> None:
    text = (
        'Dick Cheney said Tuesday that voters must not make the "wrong choice" on Election Day, suggesting that Sen. '
        "John Kerry would be weak. Bested by a Republican campaign emphasizing Christian faith, some Democrats hope "
        'to organize the "religious left." IBM on Monday revealed plans for the powerful new "Cell" processor.'
    )
    got = kit.quotes(pl.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert got["speaker"].to_list()[:2] == ["Dick Cheney", None]
    assert got["kind"].to_list() == ["speech", "scare", "title"]


def test_a_quote_signed_with_a_dash() -> None:
    text = '"We do not see this market as crowded" - Zack Zalon, Virgin Digital president. Story in full.'
    got = kit.quotes(pl.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert got.select("speaker", "rule").row(0) == ("Zack Zalon", "after:dash")


def test_a_titled_person_of_a_country_a_tag_before_an_ellipsis_and_a_quoted_declaration() -> None:
    text = (
        'The conflicts resulted from the "foolish" move by Georgia, President Vladimir Putin of Russia was quoted as '
        'saying on ... Scottie Pippen issued a "This is probably it for me" declaration last season.'
    )
    got = kit.quotes(pl.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert got["speaker"].to_list()[0] == "Vladimir Putin"
    assert got["kind"].to_list() == ["speech", "speech"]


def test_a_knight_named_by_title_and_given_name() -> None:
    text = (
        "National Audit Office chief Sir John Bourn said a new scheme was being looked at. Later, Sir John said "
        'Defra had paid most bills, "but has not agreed a final settlement". Dame Judi Dench and Lord Falconer '
        'were there. "It was wonderful," said Dame Judi.'
    )
    assert speech(text) == [
        ("but has not agreed a final settlement", "John Bourn"),
        ("It was wonderful,", "Judi Dench"),
    ]


def test_headline_pm_is_the_prime_minister() -> None:
    text = "School sport 'is back', says PM\n\nTony Blair has promised more sport in schools. He spoke in London."
    assert speech(text) == [("is back", "Tony Blair")]


def test_a_pronoun_inside_a_quote_is_not_the_quoter_nor_the_person_addressed_by_first_name() -> None:
    text = (
        "Arsenal boss Arsene Wenger was angry after the game. Alex Ferguson said on Saturday: \"He ran at me with "
        "hands raised saying 'what do you want to do about it?'\" Portsmouth chairman Milan Mandaric was shocked. "
        "According to Mandaric, Harry Redknapp vowed he would not join Southampton. \"I said to Harry 'I hope you "
        "don't go', and he told me 'absolutely not',\" he said."
    )
    got = q(text).select("quote", "speaker").rows()
    assert got == [
        ("He ran at me with hands raised saying 'what do you want to do about it?'", "Alex Ferguson"),
        ("what do you want to do about it?", "Arsene Wenger"),
        ("I said to Harry 'I hope you don't go', and he told me 'absolutely not',", "Milan Mandaric"),
        ("I hope you don't go", "Milan Mandaric"),
        ("absolutely not", "Harry Redknapp"),
    ]


def test_a_role_with_a_complement_is_the_person_in_the_story_and_an_object_mention_does_not_hold_the_floor() -> None:
    text = (
        'The Conservatives have been "a lot smarter", a Labour backbencher has said. Derek Wyatt said the campaign '
        "was long. However, Mr Wyatt predicted the campaign would get under way. The MP for Sittingbourne and "
        'Sheppey said Tony Blair had been "trying very hard" to improve. A Labour party spokesman played down '
        'differences with Mr Wyatt and said Mr Brown had a role. "This election is a choice for voters."'
    )
    got = speech(text)
    assert got[1] == ("trying very hard", "Derek Wyatt")
    assert got[2] == ("This election is a choice for voters.", "a Labour party spokesman")


def test_a_firm_described_as_a_giant_is_the_company_of_the_story() -> None:
    text = (
        "Volkswagen has confirmed it is looking at building a car factory in India. The German giant said it was "
        'studying the possibility, but that it remained only a "potential" idea.'
    )
    assert speech(text) == [("potential", "Volkswagen")]


def test_the_subject_of_a_reported_clause_is_not_the_sentence_subject_and_titles_joined_under_a_role() -> None:
    text = (
        "Agassi beaten\n\nAndre Agassi lost to Jurgen Melzer. Melzer has now beaten Agassi in two of their three "
        'meetings.\n\n"I had a good game plan," he said. And Agassi, who was matched for power by his opponent, said '
        'Melzer was an example of several players. "A lot more guys are capable of it now," said the American.'
    )
    assert speech(text)[1] == ("A lot more guys are capable of it now,", "Andre Agassi")
    text = (
        "Hoffman hits out\n\nHollywood legend Dustin Hoffman has hit out at films. The star of Rain Man and "
        'Tootsie said the culture was "in the craphouse".'
    )
    assert speech(text) == [("in the craphouse", "Dustin Hoffman")]


def test_a_quote_after_a_naming_verb_that_no_speaker_governs_is_a_name() -> None:
    text = (
        "Microsoft says it plans to release the update to Windows, dubbed 'Longhorn', in 2006. A predator dubbed "
        'the "Frankenfish" has invaded the lakes, authorities said. A group calling itself "The Islamic Army in '
        'Iraq" said Italy must withdraw. It was a move branded a "humiliating retreat" by the Tories.'
    )
    got = q(text).select("quote", "kind", "speaker").rows()
    assert got == [
        ("Longhorn", "title", None),
        ("Frankenfish", "title", None),
        ("The Islamic Army in Iraq", "title", None),
        ("humiliating retreat", "scare", None),
    ]
    assert q(text)["rule"].to_list()[-1] != "scare:named"  # (branded ... by the Tories: their words, not a name)


def test_a_title_case_name_before_a_product_noun_is_a_title() -> None:
    text = "A Jive Records publicist confirmed Federline is featured in Spears' upcoming \"My Prerogative\" video."
    assert q(text).select("kind", "rule").rows() == [("title", "title:modifier")]


def test_a_word_cited_as_a_word_is_a_scare_quote() -> None:
    text = (
        'A US dictionary publisher declares "blog" as one of the words of the year. Blog - short for "Weblog" - '
        'was requested most, the publisher says. Merriam-Webster said "blog" was the word people asked about.'
    )
    assert q(text)["kind"].to_list() == ["scare", "scare", "scare"]


def test_a_title_case_headline_verb_is_a_cue_but_a_capital_opening_a_sentence_is_not() -> None:
    text = (
        "'Down With the FCC!' Howard Stern Says at New York Rally\n\n"
        "Radio host Howard Stern waited as thousands of his fans lined up. Asked why, he said: \"Because I can.\""
    )
    assert speech(text) == [("Down With the FCC!", "Howard Stern"), ("Because I can.", "Howard Stern")]
    assert q(text)["cue"].to_list() == ["Says", "said"]
    assert qr.HEADLINE_CUES >= {"Says", "Tells", "Warns"}


def test_a_tag_after_an_exclamation_or_question_goes_on_but_a_reported_clause_is_not_a_tag() -> None:
    text = (
        '"Will I have the commitment to go through a major championship?" Holmes asked in the New Year. '
        '"That is what I don\'t know."\n\n'
        'The row went on. "How could you have thought anything else?" Mr Milburn replied that they were not. '
        'The question was: "Should the UK approve the treaty?" The Electoral Commission said it was satisfied.'
    )
    got = dict(speech(text))
    assert got["Will I have the commitment to go through a major championship?"] == "Holmes"
    assert got["That is what I don't know."] == "Holmes"
    assert got["How could you have thought anything else?"] != "Milburn"
    assert got.get("Should the UK approve the treaty?") != "Electoral Commission"


def test_less_common_reporting_verbs_are_cues() -> None:
    text = (
        '"That was a total disaster," a crestfallen Mr Lim confided. "It is a scandal," fumed Jane Doe. '
        '"We will be back," Ann Lee bragged.'
    )
    assert speech(text) == [
        ("That was a total disaster,", "Lim"),
        ("It is a scandal,", "Jane Doe"),
        ("We will be back,", "Ann Lee"),
    ]


def test_a_pronoun_inside_a_quote_the_name_is_not_in_does_not_give_the_name_a_gender() -> None:
    # the "She" of the quote is somebody else: Sanders is the "he" who says it
    text = "Her colleague, Sen. Bernie Sanders, agreed. “She’s right,” he said."
    assert speech(text) == [("She’s right,", "Bernie Sanders")]


def test_a_name_opening_a_sentence_then_a_quote_that_he_says_is_a_person() -> None:
    assert speech("Bernie Sanders agreed. “That is right,” he said.") == [("That is right,", "Bernie Sanders")]


def test_a_noun_in_ly_is_not_an_adverb() -> None:
    assert speech("“We are heartbroken,” the family said in a statement.") == [("We are heartbroken,", "the family")]
    assert speech("“We are heartbroken,” his family said.") == [("We are heartbroken,", "his family")]


def test_the_cue_of_a_relative_clause_is_not_the_tag() -> None:
    text = "“I don’t know what happened,” the woman, who asked not to be named, told NBC News."
    assert q(text).select("speaker", "cue").rows() == [("the woman", "told NBC News")]


def test_a_role_is_not_the_person_it_tells() -> None:
    text = "The senator told CNN’s Jake Tapper that the bill was “dead on arrival.”"
    assert speech(text) == [("dead on arrival.", "the senator")]


def test_a_surname_that_is_also_a_title_and_a_plural_acronym_that_is_nobody() -> None:
    text = (
        'For Rick Dean, of THX, the future is exciting. "It will change everything," he told the BBC. '
        "High-definition DVDs can hold six times more data. It will take time to persuade people to buy DVDs. "
        'Mr Dean is confident though: "I think if they see real HD, there is such a remarkable difference."'
    )
    assert [s for _, s in speech(text)] == ["Rick Dean", "Rick Dean"]


def test_a_tag_opening_a_sentence_names_its_subject_after_the_verb() -> None:
    text = (
        'Mr Fogg was cautious. "It is not ready yet," he said. Said Mr Fogg: "It\'s very much a computer." '
        "One dissenting opinion came from Brian Gammage, of Gartner. He said: \"I don't think it changes the world.\""
    )
    assert [s for _, s in speech(text)] == ["Fogg", "Fogg", "Brian Gammage"]
    assert q(text)["cue"].to_list()[1] == "Said"


def test_an_acronym_speaks_as_the_name_spelt_out_before_it() -> None:
    text = (
        "The State Administration of Radio, Film and Television (SARFT), which regulates TV, was firm. "
        'The SARFT said: "There is a strong ideological component."'
    )
    body = "State Administration of Radio, Film and Television"
    assert speech(text) == [("There is a strong ideological component.", body)]


def test_a_role_in_a_place_is_one_speaker_and_a_time_before_the_subject_is_skipped() -> None:
    assert speech('The judge in the case said that "a heavy penalty was called for".') == [
        ("a heavy penalty was called for", "the judge in the case")
    ]
    text = 'In January the MPs on the committee published a report, noting the chief executive "has now left".'
    assert speech(text) == [("has now left", "MPs")]


def test_a_quote_inside_a_quote_after_i_thought_is_the_quoters() -> None:
    text = (
        "Mary Jones was nervous. “The first session was a total disaster, and I literally went back to my hotel "
        "room in tears, cried my eyes out, and thought ‘Why would anyone be so stupid at 54?’” she said. “We were "
        "looking at a buck and my friend said "
        "‘If you just had a gun for that’,” she added."
    )
    got = dict(q(text).filter(pl.col("nested")).select("quote", "speaker").rows())
    assert got["Why would anyone be so stupid at 54?"] == "Mary Jones"
    assert got["If you just had a gun for that"] == "my friend"


def test_a_surname_misspelt_by_two_swapped_letters_is_the_full_name() -> None:
    text = (
        'Jose Barrionuevo, the minister, spoke on Monday. "It is a permanent measure," said Mr Barrioneuvo. '
        '"We will see," said Mr Brown.'
    )
    assert [s for _, s in speech(text)] == ["Jose Barrionuevo", "Brown"]
    assert qr._swapped("Barrionuevo", "Barrioneuvo") and not qr._swapped("Brown", "Crown")


def test_a_statement_speaks_for_whoever_issued_it_named_after_a_comma() -> None:
    text = "The statement, issued by the Kremlin, said Russia “will respond appropriately.”"
    assert speech(text) == [("will respond appropriately.", "Kremlin")]
    text = 'The letter, from the Home Office, says: "I am writing to inform you of the decision."'
    assert speech(text) == [("I am writing to inform you of the decision.", "Home Office")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Lynton Crosby is the Tory strategist. Mr Crosby\'s statement said: "We are making an impact."',
         ['Lynton Crosby']),
        (('Chelsea sacked the striker on Friday. Chelsea\'s statement added: "Drugs have no place at our '
          'club."'),
         ['Chelsea']),
        ('Lord Butler led the inquiry. Lord Butler\'s report said the evidence was "very thin".',
         ["Lord Butler's report"]),
        (("Manchester United's board has agreed to give Malcolm Glazer access to its books. Manchester "
          'United\'s fans are against him. In a statement, the club said it would allow Mr Glazer "limited '
          'due diligence".'),
         ['Manchester United']),
        (('The North American Court of Arbitration for Sport (CAS) banned Michelle Collins. A CAS '
          'statement said: "Collins used these substances to enhance her performance."'),
         ['Court of Arbitration for Sport']),
        ('"The referee has confirmed that he is satisfied," an FA statement said.',
         ['FA']),
        (('World number one Lindsay Davenport has criticised Wimbledon. "Women play three sets," said '
          'Daveport.'),
         ['Lindsay Davenport']),
        (('England prop Julian White has been in fine form. Leicester, who signed White from Bristol when '
          'the West Country side were relegated from the Zurich Premiership in 2003, are top. "I am '
          'pleased with my form," he said.'),
         ['Julian White']),
        (("Tony Blair's intervention angered London mayor Mr Livingstone. Mr Livingstone would not "
          'apologise even if Mr Blair asked. Later the prime minister said: "He should apologise."'),
         ['Tony Blair']),
        (('Steve Beeks runs the studio. "We believe in it," he said. "There are people who will want it." '
          'Four movies have already been announced for PSP.'),
         ['Steve Beeks', 'Steve Beeks']),
        (('New foot and mouth action urged\n\nA senior Tory MP has criticised Defra\'s "lackadaisical" '
          'approach.\n\nPublic accounts committee chairman Edward Leigh was giving his reaction to a report.'),
         ['Edward Leigh']),
        (('Tea row\n\nThe firm is "in a mess", a leading industry figure has said.\n\nTim Renner, the head of '
          'Universal Music until last year, told the BBC that it had failed.'),
         ['Tim Renner']),
        (('Tea row\n\nThe plan is "in a mess", a spokesman has said.\n\nMark Oaten, the home affairs '
          'spokesman, was giving his view.'),
         ['a spokesman']),  # (a spokesman is not the next person named)
        (('Pasquale D\'Amuro of the FBI called the vendors key to "the process of cooking the books" at '
          'Ahold.'),
         ["Pasquale D'Amuro"]),  # (a surname with a capital inside it)
        ('Rafael Nadal won in Madrid. "What a great way to finish the year," said Nadal afterwards.',
         ['Rafael Nadal']),
        (('The International Atomic Energy Agency found flaws at the plant. "Failure to replace the '
          'hardware is a risk," an agency statement said.'),
         ['International Atomic Energy Agency']),
        (('"Every game is going to be playable in HD," Dr Mark Tuffy games systems director at digital '
          'content firm THX told the BBC News website.'),
         ['Mark Tuffy']),
        ('"This is highly unlikely," William Hill spokesman Rupert Adams said.',
         ['Rupert Adams']),
        (('A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said DOD was not motivated '
          'by money. He told the BBC News website: "They were interested in how fast they could crack the '
          'code."'),
         ['Boyd']),
        ('"The economy has some soft patches," said Economic and Fiscal Policy Minister Heizo Takenaka.',
         ['Heizo Takenaka']),  # (one title joined by "and")
        ('"There is a whiff of a sweetener," Anais Faraj, an analyst at Nomura told the BBC.',
         ['Anais Faraj']),  # (an apposition with no closing comma)
        ('"We must act," said Tony Blair and Foreign Secretary Jack Straw.',
         ['Tony Blair']),  # (two people, not one title)
        ('"We will win," Tuesday.',
         [None]),  # (a tag with no verb names only a person)
    ],
)
def test_who_speaks_through_a_tag_a_role_or_a_statement(text: str, speakers: list[str | None]) -> None:
    """Speakers read from tags, roles and statements (each case from an error in a blind gold set)."""
    assert [s for _, s in speech(text)] == speakers


def test_a_surname_misspelt_by_one_dropped_letter() -> None:
    assert qr._letter_dropped("Davenport", "Daveport") and not qr._letter_dropped("Martins", "Martin")



def test_words_made_into_a_declaration_are_the_makers() -> None:
    text = 'Six months ago, Scottie Pippen issued a "This is probably it for me" declaration about his career.'
    assert q(text).select("quote", "kind", "speaker", "rule").rows() == [
        ("This is probably it for me", "speech", "Scottie Pippen", "before:speech-noun")
    ]
    assert q('Tony Blair has made an "unequivocal" apology.')["kind"].to_list() == ["scare"]  # (one word: a label)



def test_called_on_someone_to_do_the_quoted_thing_is_a_cue() -> None:
    text = 'Michael Howard spoke. He called on the prime minister to "enter into constructive discussions" now.'
    assert q(text).select("kind", "speaker").rows() == [("speech", "Michael Howard")]
    assert q('The Tories called on voters to back their "fair deal" plan.')["kind"].to_list() == ["scare"]



def test_reflected_before_an_object_quotes_nobody() -> None:
    text = ('Jack Straw, who argues the constitution reflected a "British vision for Europe", has said the '
            "referendum could be held in 2006.")
    assert q(text).select("speaker", "cue").rows() == [("Jack Straw", "argues")]
    assert q('"It was hard," he reflected.')["cue"].to_list() == ["reflected"]


def test_a_tag_with_its_verb_left_out() -> None:
    text = 'Roger Bootle runs Deloitte. "It will mark the start of a more difficult period," Mr Bootle.'
    assert q(text).select("speaker", "cue", "rule").rows() == [("Roger Bootle", None, "after:name-only")]
    assert q('"It will be a more difficult period." Mr Bootle left.')["rule"].to_list() != ["after:name-only"]



def test_a_cue_with_an_addressee_stops_at_the_end_of_its_sentence() -> None:
    text = 'Police Chief Sarah Long spoke. "He is dangerous," she warned. Detectives believe he fled to Spain.'
    assert q(text).select("speaker", "cue").rows() == [("Sarah Long", "warned")]
    text = 'A fan "rugby-tackled" the singer, he told a fan club. "It was frightening," Mr Smith told a reporter.'
    assert q(text).filter(pl.col("kind") == "speech")["cue"].to_list()[-1] == "told a reporter"


def test_a_given_name_in_the_quote_rules_out_only_the_person_it_names() -> None:
    text = (
        "England coach Andy Robinson named his squad on Monday. Captain Jason Robinson is fit.\n\n"
        '"Jason has trained well," he said.'
    )
    assert speech(text) == [("Jason has trained well,", "Andy Robinson")]


def test_they_are_the_plural_people_or_party_that_open_the_sentence() -> None:
    assert speech('Residents of the village were angry. "We were never consulted," they said.') == [
        ("We were never consulted,", "Residents")
    ]
    text = 'The Tories said the Budget had leaked in what they describe as a "serious breach of confidentiality".'
    assert speech(text) == [("serious breach of confidentiality", "Tories")]


def test_an_opening_participle_phrase_belongs_to_the_main_clause_subject() -> None:
    text = (
        'One day after admitting that his job status was a "distraction" to his players, Butch Davis resigned '
        'as coach. Having described the plan as "a disaster waiting to happen", Tom Jones resigned.'
    )
    assert speech(text) == [("distraction", "Butch Davis"), ("a disaster waiting to happen", "Tom Jones")]


def test_a_participle_after_a_quote_does_not_invert_its_subject() -> None:
    text = (
        "Michael Howard rebuffed Peter Hain's description of him as an \"attack mongrel\", claiming such personal "
        'abuse meant Labour was "rattled" by the Tory challenge.'
    )
    assert dict(speech(text))["rattled"] == "Michael Howard"
    text = 'Keys said she was "very excited", describing Charles as "an artist I admire, miss and respect".'
    assert dict(speech(text))["an artist I admire, miss and respect"] == "Keys"


def test_a_pronoun_in_a_parenthetical_tag_is_the_topic_of_its_sentence() -> None:
    text = (
        "Oliver Letwin affects bewilderment. The Peter Hain \"mongrel\" attack, he says, is the latest example of "
        "Labour getting the tone wrong - a by-product, he claims, of the Tories setting the agenda.\n\n"
        '"I have to say I don\'t understand what they are doing."'
    )
    assert speech(text)[-1] == ("I have to say I don't understand what they are doing.", "Oliver Letwin")


def test_forecast_is_a_cue_after_its_subject_but_not_a_noun() -> None:
    text = 'Mr Cherkasky forecast growth "with an operating margin in the upper-teens". The Bank said risks to the '
    text += 'inflation forecast were "sufficiently to the downside".'
    got = dict(q(text).select("quote", "cue").rows())
    assert got["with an operating margin in the upper-teens"] == "forecast"
    assert got["sufficiently to the downside"] == "said"


def test_a_description_someone_made_is_their_words() -> None:
    text = (
        "Michael Howard delivered a rebuff to Peter Hain's description of him as an \"attack mongrel\", claiming "
        'such abuse meant Labour was "rattled".'
    )
    got = dict(speech(text))
    assert got == {"attack mongrel": "Peter Hain", "rattled": "Michael Howard"}


def test_claim_is_a_cue_after_a_pronoun_or_name_only() -> None:
    text = 'They are taking action against a show they claim is "a blatant and wholescale copycat" of theirs.'
    assert q(text).select("kind", "cue").row(0) == ("speech", "claim")
    text = 'Glyn Davies said that for the minister to claim that little will change "is taking spin too far".'
    assert speech(text) == [("is taking spin too far", "Glyn Davies")]


def test_a_name_that_a_relative_clause_follows_is_its_subject() -> None:
    text = (
        "Michael Howard spoke in Brighton. The speech, which was peppered with references to Mr Howard's humble "
        "beginnings, had been introduced by his son Nick, a trainee vicar, who praised his father's honesty. "
        '"I always know where I am with him," he said.'
    )
    assert speech(text) == [("I always know where I am with him,", "Nick")]


def test_they_are_a_plural_subject_written_with_a_capitalised_modifier() -> None:
    text = 'The British producers of the show are taking action against a rival they claim is "a blatant copycat".'
    assert speech(text) == [("a blatant copycat", "The British producers")]


def test_a_firm_described_with_modifiers_joined_by_and_is_the_firm() -> None:
    text = (
        "Reuters also managed to slow a decline in revenues. The news and financial data seller said the year "
        'had begun well, adding it expected "further gradual improvement" in the second quarter.'
    )
    assert speech(text) == [("further gradual improvement", "Reuters")]
    text = (
        "Work and pensions minister Alan Johnson spoke on Monday. "
        '"The myth that ageing is a barrier must be exploded," the work and pensions minister said.'
    )
    assert [s for _, s in speech(text)] == ["Alan Johnson"]


def test_the_role_is_not_someone_introduced_as_the_role_holders_friend_or_assistant() -> None:
    text = (
        "Brando 'rejected Godfather role'\n\nLate film star Marlon Brando turned down his role in The Godfather.\n\n"
        "The actor's friend Budd Schulberg told Vanity Fair magazine that Brando's assistant suggested he read "
        'the novel. The actor repeatedly refused, throwing the book at her and saying: "For the last time, I '
        "won't glorify the mafia\"."
    )
    assert speech(text)[-1] == ("For the last time, I won't glorify the mafia", "Marlon Brando")
    assert qr._someones_other("Brando's assistant", "actor") and qr._someones_other("his wife", "actor")
    assert not qr._someones_other("the actor", "actor") and not qr._someones_other("the film star", "actor")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Robert Jackson, 58, MP for Wantage in Oxfordshire, said the party had "dangerous" views on Europe.',
         "Robert Jackson"),  # (an age between commas is not the subject)
        ('"We are a double act," says King, 30, who describes the host as "an extremely professional broadcaster".',
         "King"),
        ('Some 87% said politicians broke promises, while 92% said they never gave "a straight answer".', "92%"),
        ('Instead, he pointed to how Tony Blair had in 1997 complained about "personalised abusive campaigning".',
         "Tony Blair"),  # (a year after "in" is a time phrase)
        ('Lord Dubs spoke in the debate. Later the Labour peer and former minister said: "The monarchy should '
         'symbolise the values of this country."', "Lord Dubs"),
    ],
)
def test_ages_years_shares_and_two_roles_around_the_subject(text: str, speaker: str) -> None:
    """Each case from the full BBC corpus, where the speaker read was '58', '30', '92', '1997' or 'minister'."""
    assert speech(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"All the chat in France has been about how France will play," said Castaignede ahead of the 12 March tie.',
         "Castaignede"),  # (a time phrase after the name is not part of it)
        ('It was met with protests by the National Council for Adoption, which said it "exploits" emotions.',
         "National Council for Adoption"),
        ('In a statement, the Department of Trade and Industry said the policy meant a "sixfold reduction".',
         "the Department of Trade and Industry"),
        ("Work and pensions minister Alan Johnson said it was wrong to suggest the chancellor would usurp Mr "
         'Milburn, adding they would "work as a team".', "Alan Johnson"),  # ("to suggest" has no subject)
        ('Mr Brown spoke.\n\nOn Monday, Mr Blair\'s spokesman said: "The prime minister is determined."',
         "Mr Blair's spokesman"),
        ('But Alain Terzian, president of Cesar organisers, said the rules allowed films "of French expression".',
         "Alain Terzian"),
    ],
)
def test_the_name_of_an_organisation_or_a_person_ends_where_it_should(text: str, speaker: str) -> None:
    """Each case from the full BBC corpus, where the speaker read was 'Castaignede ahead of the 12 March tie',
    'Adoption', 'Industry', 'Work', 'On Monday' or 'But Alain Terzian'."""
    assert speech(text)[-1][1] == speaker


def test_the_subject_of_a_where_clause_is_background_not_the_topic() -> None:
    text = (
        "Howard backs stem cell research\n\nMichael Howard has backed stem cell research.\n\nThe issue was a "
        "feature of the US election, where George Bush opposed extending it. But the Tory leader argued there was "
        'a moral case for science. "I believe we have a duty to offer hope," he said.'
    )
    assert speech(text) == [("I believe we have a duty to offer hope,", "Michael Howard")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Michael Howard spoke in Leeds. He urged the chancellor to admit he had been responsible for dragging "
         '"millions of people in to the net".', "Michael Howard"),  # (who urged, not "the chancellor to")
        ('Prop Jones ready\n\nAdam Jones says the Wales forwards are determined.\n\nThe prop said: "If we get '
         'stuffed in the front five our backs have had it."', "Adam Jones"),
        ('Katherine Jackson said her son was innocent. Describing him as "a good person", the mother-of-nine said '
         'she feared he would be "crucified".', "Katherine Jackson"),
        ("Nearly three out of four girls said they used make-up. According to the Datamonitor report the trend "
         'marked British teenagers out as "particularly important to cosmetics manufacturers".',
         "the Datamonitor report"),
    ],
)
def test_infinitive_cues_sport_roles_parents_and_according_to_without_a_comma(text: str, speaker: str) -> None:
    """Each case from the full BBC corpus, where the speaker read was 'the chancellor to', 'the prop', 'the
    mother-of-nine' or 'the trend marked British teenagers out'."""
    assert speech(text)[-1][1] == speaker


def test_in_a_family_each_given_name_has_its_own_gender() -> None:
    text = (
        "Hendrix honoured\n\nJimi Hendrix grew up in Seattle, where his father Al Hendrix worked. Janie Hendrix, the "
        "guitarist's stepsister, said the family hoped for a road named after him. "
        '"That\'s something my father really wanted to see," she said.'
    )
    assert speech(text) == [("That's something my father really wanted to see,", "Janie Hendrix")]


def test_a_name_with_initials_written_without_dots_is_a_person() -> None:
    text = (
        "JF Sullivan, spokesman for e-mail software firm Sendmail said organisations were starting to realise it. "
        '"The key thing is being able to manage all this information," he said.'
    )
    assert speech(text) == [("The key thing is being able to manage all this information,", "JF Sullivan")]
    assert qr._initials("JK") and not qr._initials("UK") and not qr._initials("Jo")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Queen to tour\n\nGuitarist Brian May has said he expects to be on the road from April. May said: "
         '"Suddenly the Queen Phoenix is rising again."', "Brian May"),  # (a job before the name, a month-word surname)
        ("Blair talks\n\nIn his first comments, Mr Blair told BBC News he had not yet read the report in detail. "
         'But told BBC News: "As far as I\'m concerned, we have drawn a line under this."', "Blair"),
        ('Jowell talks\n\nMs Jowell insisted: "We have a good track record." And continued: "We can be proud."',
         "Jowell"),  # (a verb whose subject is left out after "But"/"And": the last sentence's subject)
    ],
)
def test_a_job_before_a_name_a_month_word_surname_and_a_left_out_subject(text: str, speaker: str) -> None:
    """Each case from the full BBC corpus, where the quote had no speaker."""
    assert speech(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("England 'to launch ref protest'\n\nEngland will protest to the IRB about the referee's performance, "
         "reports the Daily Mail.\n\nEngland coach Andy Robinson has called on referees to review the match.",
         "Daily Mail"),
        ("Elvis 'set for chart hat-trick'\n\nElvis Presley is likely to score his third UK number one on Sunday, "
         "according to early sales figures.\n\nThe king of rock 'n' roll has had two chart-toppers.",
         "early sales figures"),
        ("EastEnders 'is set for US remake'\n\nPlans for a US soap have been drawn up by the Fox TV network.\n\n"
         "Writer Tony Jordan is involved, according to reports in the Hollywood Reporter.", "Hollywood Reporter"),
        ("Sony PSP tipped as a 'must-have'\n\nSony's Playstation Portable is the top gadget for 2005, according to "
         "a round-up of ultimate gizmos compiled by Stuff Magazine.\n\nIt beats the iPod.", "Stuff Magazine"),
        ("Manufacturing recovery 'slowing'\n\nUK manufacturing grew at its slowest pace in January, according to a "
         "survey.\n\nThe Chartered Institute of Purchasing and Supply (CIPS) said its index fell to 51.8.",
         "Chartered Institute of Purchasing and Supply"),  # (a study named by its maker in the next sentence)
    ],
)
def test_a_headline_claim_is_the_source_the_lead_names_after_according_to_or_reports(text: str, speaker: str) -> None:
    """Headline claims whose lead names its source with "according to" or ", reports X" (blind-set errors)."""
    assert q(text).row(0, named=True)["speaker"] == speaker


def test_a_name_with_a_dashed_appositive_then_said_and_he_is_a_person() -> None:
    text = (
        "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he would only invest more if he got "
        'a greater say. "I demand better transparency," he is quoted as saying by Germany\'s Manager Magazin.'
    )
    assert [s for _, s in speech(text)] == ["Florian Hamm"]


def test_a_pronoun_is_not_someone_the_next_part_of_the_quote_names() -> None:
    text = (
        "Edu describes tunnel fracas\n\nArsenal's Edu has lifted the lid on the scenes after the game. Edu tried to "
        'play down the incidents, adding: "There was nothing that I haven\'t seen in Brazilian derbies." But Edu was '
        'critical of the challenges, particularly on Jose Antonio Reyes. "I think we were a lot fairer in the '
        'tackles than United," he said. "Reyes was being kicked all over the park."'
    )
    assert {s for _, s in speech(text)} == {"Edu"}


def test_a_story_filed_twice_gives_the_same_quotes_under_each_id() -> None:
    text = 'Nikol Pashinyan spoke. "We want peace," he said.'
    got = kit.quotes(pl.DataFrame({"doc_id": ["a", "b"], "text": [text, text]}))
    assert got["doc_id"].to_list() == ["a", "b"]
    assert got.filter(pl.col("doc_id") == "a").drop("doc_id").equals(got.filter(pl.col("doc_id") == "b").drop("doc_id"))
