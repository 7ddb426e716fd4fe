"""kit.figures and kit.compare_figures: small sentences checked by eye, the sample pair, the gold sets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import polars as pl
import pytest

import kit
from kit import schema
from tests.conftest import ROOT, needs_shared

F = importlib.import_module("kit.figures")  # the module (kit.figures is the function)


def one(text: str) -> pl.DataFrame:
    return kit.figures(pl.DataFrame({"doc_id": ["t"], "text": [text]}))


def only(text: str) -> dict:
    got = one(text)
    assert got.height == 1, got.select("surface", "value", "kind")
    return got.row(0, named=True)


# (text, surface, value, value_max, relation, qualifier, trend, unit, noun, kind)
CASES = [
    # counts, hedges and nouns
    ("Fighting killed at least 135 Armenian soldiers.", "at least 135", 135, None, ">=", "at least", None, None, "soldiers", "count"),  # noqa: E501
    ("He said 105 of his country’s soldiers had died.", "105", 105, None, "=", None, None, None, "soldiers", "count"),
    ("More than 6,700 people died in the war.", "More than 6,700", 6700, None, ">", "More than", None, None, "people", "count"),  # noqa: E501
    ("Moscow deployed about 2,000 troops.", "about 2,000", 2000, None, "~", "about", None, None, "troops", "count"),
    ("Some 375,000 people lost power.", "Some 375,000", 375000, None, "~", "Some", None, None, "people", "count"),
    ("It could cut up to 45,000 jobs.", "up to 45,000", 45000, None, "<=", "up to", "down", None, "jobs", "count"),
    ("Fewer than 50 people came.", "Fewer than 50", 50, None, "<", "Fewer than", None, None, "people", "count"),
    ("It has nearly 300 schools.", "nearly 300", 300, None, "~", "nearly", None, None, "schools", "count"),
    ("An estimated 40 boats sank.", "An estimated 40", 40, None, "~", "An estimated", None, None, "boats", "count"),
    ("They need 200 or more volunteers.", "200 or more", 200, None, ">=", "or more", None, None, "volunteers", "count"),
    ("BA has cut 13,000 jobs since 2001.", "13,000", 13000, None, "=", None, "down", None, "jobs", "count"),
    # spelled-out numbers
    ("Two officers were charged.", "Two", 2, None, "=", None, None, None, "officers", "count"),
    ("Fifty-five people were hurt.", "Fifty-five", 55, None, "=", None, None, None, "people", "count"),
    ("One hundred and five votes were cast.", "One hundred and five", 105, None, "=", None, None, None, "votes", "count"),  # noqa: E501
    ("He bought a dozen eggs.", "a dozen", 12, None, "=", None, None, None, "eggs", "count"),
    ("He missed the entire 2004 Six Nations campaign.", "2004", 2004, None, "=", None, None, None, "campaign", "year"),
    ("Wales won two Six Nations games.", "two", 2, None, "=", None, None, None, "games", "count"),
    ("Billions of farmers' livelihoods are at risk.", "Billions", 1e9, None, "~", None, None, None, "livelihoods",
     "count"),
    ("Johnny Kelley, a two-time Boston Marathon champion, died.", "two-time", 2, None, "=", None, None, None, "times",
     "count"),
    ("They won 1-0 over two-time champion Medford.", "two-time", 2, None, "=", None, None, None, "times", "count"),
    ("It faces a civil action over three of its press releases.", "three", 3, None, "=", None, None, None, "releases",
     "count"),
    ("She wants to stay World No. 1 by winning.", "No. 1", 1, None, "=", None, None, None, None, "ordinal"),
    ("The song debuted at No 3 in the charts.", "No 3", 3, None, "=", None, None, None, None, "ordinal"),
    ("From the 1950's until the present, it ruled.", "1950's", 1950, 1959, "=", None, None, None, None, "year"),
    ("Johnny Kelley died at 97.", "97", 97, None, "=", None, None, "year", None, "age"),
    ("Approximately 1.1m of the UK's 1.6m Muslims vote.", "Approximately 1.1m", 1.1e6, None, "~", "Approximately",
     None, None, None, "count"),
    ("He lifts his stake one day after spending 17m on shares.", "17m", 17e6, None, "=", None, None, None, None,
     "count"),
    ("He won the 100m and then the 5m wall fell.", "100m", 100, None, "=", None, None, "m", None, "measure"),
    ("Alfa Group has a one-fifth stake in the brewer.", "one-fifth", 0.2, None, "=", None, None, "fraction", "stake",
     "other"),
    ("It was the band's twenty-fifth anniversary.", "twenty-fifth", 25, None, "=", None, None, None, "anniversary",
     "ordinal"),
    ("The 15 September protest came a day later.", "15 September", 15, None, "=", None, None, None, "protest", "date"),
    ("It came after the 11 September terror attacks.", "11 September", 11, None, "=", None, None, None, "attacks",
     "date"),
    ("The protesters were jockey Richard Wakeham, 34, and former royal chef Nick Wood, 41.", "41", 41, None, "=",
     None, None, "year", None, "age"),
    ("Great Britain's under 14 boys won the prize.", "under 14", 14, None, "<", "under", None, "year", "boys", "age"),
    ("He is expected to be sidelined one-to-two weeks.", "one-to-two weeks", 1, 2, "=", None, None, "week", None,
     "duration"),
    ("Matches to be played on the weekend of 8/9 January.", "8/9 January", 8, 9, "=", None, None, None, None, "date"),
    ("Pattan/Srinagar, Oct.9 : A suicide bomber struck.", "Oct.9", 9, None, "=", None, None, None, None, "date"),
    ("Growth in the three months to December was a seasonally-adjusted 0.7%.", "0.7%", 0.7, None, "=", None, "up",
     "percent", None, "percent"),
    ("Judges should reduce sentences by a third for murderers.", "a third", 1 / 3, None, "=", None, "down",
     "fraction", None, "other"),
    ("He said the one third reduction would be rare.", "one third", 1 / 3, None, "=", None, None, "fraction",
     "reduction", "other"),
    ("Stilian Petrov slid in a third after the break.", "third", 3, None, "=", None, None, None, None, "ordinal"),
    ("I was out of control. I was 18 when she was conceived.", "18", 18, None, "=", None, None, "year", None, "age"),
    ("The screens draw only three watts of power.", "three watts", 3, None, "=", None, None, "W", None, "measure"),
    ("Oil topped $50 per barrel late Monday.", "topped $50", 50, None, ">", "topped", None, "USD", None, "money"),
    ("He has worked on it for the past year and a half.", "year and a half", 1.5, None, "=", None, None, "year",
     None, "duration"),
    ("He hit a jumper with 0.5 of a second remaining.", "0.5 of a second", 0.5, None, "=", None, None, "second",
     None, "duration"),
    ("DECEMBER 02, 2004 (IDG NEWS SERVICE) - Lycos said.", "DECEMBER 02, 2004", 2, None, "=", None, None, None,
     None, "date"),
    ("Sixth-ranked Syracuse scores first.", "Sixth", 6, None, "=", None, None, None, None, "ordinal"),
    ("The Mariners ended a seven-game losing streak Thursday night.", "seven", 7, None, "=", None, None, None,
     "streak", "count"),
    ("He scored in a 3-0 drubbing of Hearts.", "3-0", 3, None, "=", None, None, None, "drubbing", "other"),
    ("Wake Forest used a 19-5 second half run.", "19-5", 19, None, "=", None, None, None, None, "other"),
    ("It received a 115-million-dollar order.", "115-million-dollar", 115e6, None, "=", None, None, "USD", None,
     "money"),
    ("It will cut as much as $700  million in debt.", "as much as $700  million", 700e6, None, "<=", "as much as",
     "down", "USD", None, "money"),
    ("He missed three drugs tests.", "three", 3, None, "=", None, None, None, "tests", "count"),
    ("He sold an 18-rated game to a child.", "18", 18, None, "=", None, None, "year", "game", "age"),
    ("GTA San Andreas has an 18 certificate.", "18", 18, None, "=", None, None, "year", "certificate", "age"),
    ("Henman opened with a 6-1 7-5 victory.", "6-1", 6, None, "=", None, None, None, "victory", "other"),
    ("She won with a 7-6 (7-4) 6-3 win.", "7-6", 7, None, "=", None, None, None, "win", "other"),
    ("His 1962 ABC album Modern Sounds was a hit.", "1962", 1962, None, "=", None, None, None, "album", "year"),
    ("Hundreds of people marched.", "Hundreds", 100, None, "~", None, None, None, "people", "count"),
    ("Tens of thousands of fans came.", "Tens of thousands", 10000, None, "~", None, None, None, "fans", "count"),
    ("The plan needs 1.5 million homes.", "1.5 million", 1.5e6, None, "=", None, None, None, "homes", "count"),
    ("The tower has 61 lifts, 34 of them double-deckers.", "34", 34, None, "=", None, None, None, "double-deckers", "count"),  # noqa: E501
    # money
    ("The firm paid $1.2bn for it.", "$1.2bn", 1.2e9, None, "=", None, None, "USD", None, "money"),
    ("It cost about $1.2bn.", "about $1.2bn", 1.2e9, None, "~", "about", None, "USD", None, "money"),
    ("Profits were £600m.", "£600m", 6e8, None, "=", None, None, "GBP", None, "money"),
    ("The fine was €3m.", "€3m", 3e6, None, "=", None, None, "EUR", None, "money"),
    ("Sales were 24.1bn euros.", "24.1bn euros", 2.41e10, None, "=", None, None, "EUR", None, "money"),
    ("Shares closed at 274.5 pence.", "274.5 pence", 2.745, None, "=", None, None, "GBP", None, "money"),
    ("He gave US$40,000 to the fund.", "US$40,000", 40000, None, "=", None, None, "USD", None, "money"),
    ("The bid was worth £3m-plus.", "£3m-plus", 3e6, None, ">", "plus", None, "GBP", None, "money"),
    # percentages, changes
    ("Profits jumped 76% last year.", "76%", 76, None, "=", None, "up", "percent", None, "percent"),
    ("Inflation is 5 per cent.", "5 per cent", 5, None, "=", None, None, "percent", None, "percent"),
    ("Sales fell five percent.", "five percent", 5, None, "=", None, "down", "percent", None, "percent"),
    ("Forty-three per cent agreed.", "Forty-three per cent", 43, None, "=", None, None, "percent", None, "percent"),
    ("It was a 40% drop.", "40%", 40, None, "=", None, "down", "percent", None, "percent"),
    ("Growth of around 5% is expected.", "around 5%", 5, None, "~", "around", "up", "percent", None, "percent"),
    ("Rates fell by a quarter-point.", "a quarter-point", 0.25, None, "=", None, "down", "percentage points", None, "percent"),  # noqa: E501
    ("The index fell 190 points.", "190 points", 190, None, "=", None, "down", "point", None, "measure"),
    ("The temperature was -5 degrees.", "-5 degrees", -5, None, "=", None, None, "degree", None, "measure"),
    # measures
    ("Winds reached 55 mph.", "55 mph", 55, None, "=", None, None, "mph", None, "measure"),
    ("The tower is 508m tall.", "508m", 508, None, "=", None, None, "m", None, "measure"),
    ("The lifts travel at 17m per second.", "17m per second", 17, None, "=", None, None, "m/s", None, "measure"),
    ("It is about 185 miles away.", "about 185 miles", 185, None, "~", "about", None, "mile", None, "measure"),
    ("Output is 70 million tonnes.", "70 million tonnes", 7e7, None, "=", None, None, "tonne", None, "measure"),
    # durations, ages
    ("During a six-week war in 2020, fighting raged.", "six-week", 6, None, "=", None, None, "week", "war", "duration"),
    ("After two days of clashes, a truce held.", "two days", 2, None, "=", None, None, "day", None, "duration"),
    ("It lasted nearly two years.", "nearly two years", 2, None, "~", "nearly", None, "year", None, "duration"),
    ("Treat them within 24 hours.", "within 24 hours", 24, None, "<=", "within", None, "hour", None, "duration"),
    ("A 56-year-old man was arrested.", "56-year-old", 56, None, "=", None, None, "year", None, "age"),
    ("Noel, 31, was charged.", "31", 31, None, "=", None, None, "year", None, "age"),
    ("The over-70s will get £50.", "over-70s", 70, None, ">", "over", None, "year", None, "age"),
    # fractions and multipliers
    ("Nearly half of voters agreed.", "Nearly half", 0.5, None, "~", "Nearly", None, "fraction", None, "other"),
    ("Two-thirds of the money went.", "Two-thirds", 2 / 3, None, "=", None, None, "fraction", None, "other"),
    ("A third of staff left.", "A third", 1 / 3, None, "=", None, None, "fraction", None, "other"),
    ("One in four said no.", "One in four", 0.25, None, "=", None, None, "fraction", None, "other"),
    ("It is ten times bigger.", "ten times", 10, None, "=", None, None, "times", None, "other"),
    # ranges
    ("Between 10 and 20 people were hurt.", "Between 10 and 20", 10, 20, "=", None, None, None, "people", "count"),
    ("They expect 200-300 guests.", "200-300", 200, 300, "=", None, None, None, "guests", "count"),
    ("A 3% to 3.5% improvement is due.", "3% to 3.5%", 3, 3.5, "=", None, "up", "percent", None, "percent"),
    # dates, years, times, ordinals
    ("On Sept. 30, 2020 the talks began.", "Sept. 30, 2020", 30, None, "=", None, None, None, None, "date"),
    ("Results to 31 December 2004 were strong.", "31 December 2004", 31, None, "=", None, None, None, None, "date"),
    ("The war ended in 1994.", "1994", 1994, None, "=", None, None, None, None, "year"),
    ("Borrowing for 2003/4 rose.", "2003/4", 2003, 2004, "=", None, None, None, None, "year"),
    ("It grew in the 1990s.", "1990s", 1990, 1999, "=", None, None, None, None, "year"),
    ("It began at 8 p.m. Wednesday.", "8 p.m.", 20, None, "=", None, None, None, None, "time"),
    ("He left at 10:30 p.m.", "10:30 p.m.", 22.5, None, "=", None, None, None, None, "time"),
    ("The deal was sealed at 0227 GMT.", "0227 GMT", 2.45, None, "=", None, None, None, None, "time"),
    ("Sales rose in the fourth quarter.", "fourth", 4, None, "=", None, None, None, "quarter", "ordinal"),
    ("It was the 21st attack.", "21st", 21, None, "=", None, None, None, "attack", "ordinal"),
    # scores
    ("Chelsea won the first leg 3-1 at home.", "3-1", 3, None, "=", None, None, None, None, "other"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_reads_each_format(case: tuple) -> None:
    text, surface, value, value_max, relation, qualifier, trend, unit, noun, kind = case
    got = one(text)
    hit = got.filter(pl.col("surface") == surface)
    assert hit.height == 1, got.select("surface", "value", "kind")
    r = hit.row(0, named=True)
    assert r["value"] == pytest.approx(value)
    assert r["value_max"] == (pytest.approx(value_max) if value_max is not None else None)
    assert (r["relation"], r["qualifier"], r["trend"], r["unit"], r["kind"]) == (relation, qualifier, trend, unit, kind)
    if noun is not None:
        assert r["noun"] == noun
    assert text[r["start"] : r["end"]] == surface


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 cases rose again.",
        "An F-16 jet flew to the G7 summit.",
        "He was charged under Section 427 of the act.",
        "The UN passed Resolution 2334.",
        "The Boeing 737-800 is popular; the 777 program was delayed.",
        "He told BBC Five Live and Radio 4 about Firefox 1.0.",
        "The S&P 500 index and Windows 95.",
        "One of the biggest firms said this one would do.",
        "She felt a second wind; at first, third party apps failed.",
        "Analysts at Credit Suisse First Boston backed the Third Way and the Second Chamber of Parliament.",
        "Ruddock warned his RBS 6 Nations rivals, and Pier 1 Imports saw sales sink.",
        "The virus locks many of the 7610's functions. It changes the screen of the 7610 phone. There were "
        "reports of 7610 owners being caught out.",
        "They'll put Kevin Morgan at 15, Rhys Williams at wing and just carry on.",
    ],
)
def test_identifiers_and_idioms_are_not_figures(text: str) -> None:
    got = one(text)
    claims = got.filter(pl.col("kind").is_in(["count", "measure", "money", "percent", "ordinal", "other"]))
    assert claims.height == 0, got


def test_offsets_cut_the_surface_and_schema_holds() -> None:
    text = "Shares rose 5% to $1.2bn, and 135 soldiers died in 2020."
    got = one(text)
    schema.check(got, "FIGURES")
    for r in got.iter_rows(named=True):
        assert text[r["start"] : r["end"]] == r["surface"]
    assert got["figure_id"].to_list() == list(range(got.height))
    assert got.schema["sentence_id"] == pl.Int64 and got.schema["flags"] == pl.List(pl.String)


def test_rise_to_a_level_is_not_a_change() -> None:
    got = one("Sales rose 2% to $11.1bn from $10.9bn.")
    assert got["trend"].to_list() == ["up", None, None]


def test_noun_from_context_is_flagged() -> None:
    r = one("Armenia said 105 soldiers died, while Azerbaijan said it lost 71.").row(1, named=True)
    assert r["noun"] == "soldiers" and "noun-from-context" in r["flags"]


def test_no_figures_and_empty_text() -> None:
    got = kit.figures(pl.DataFrame({"doc_id": ["a", "b"], "text": ["No numbers here.", ""]}))
    assert got.height == 0 and "sentence_id" in got.columns


def test_input_is_not_mutated_and_lazy_frames_work() -> None:
    docs = pl.DataFrame({"doc_id": ["a"], "text": ["It cost $5m."]})
    before = docs.clone()
    assert kit.figures(docs.lazy()).height == 1
    assert docs.equals(before)


def test_wrong_input_says_what_to_do() -> None:
    with pytest.raises(schema.SchemaError, match="doc_id"):
        kit.figures(pl.DataFrame({"text": ["5 men"]}))


def test_sentence_ids_match_kit_sentences_when_given() -> None:
    docs = pl.DataFrame({"doc_id": ["a"], "text": ["It began at 8 p.m. Wednesday. Then 5 men left. Sept. 30 came."]})
    sents = kit.sentences(docs)
    got = kit.figures(docs, sentences=sents)
    for r in got.iter_rows(named=True):
        s = sents.filter(pl.col("sent_id") == r["sentence_id"]).row(0, named=True)
        assert s["start"] <= r["start"] < s["end"]
    assert kit.figures(docs)["sentence_id"].to_list() == got["sentence_id"].to_list()


def test_candidate_reading_agrees_with_the_whole_pattern(sample_docs: pl.DataFrame) -> None:
    """Polars finds each candidate; reading its groups on its own must give the same match."""
    import kit._numbers as nb

    cands = F._candidates(sample_docs)
    texts = dict(zip(sample_docs["doc_id"], sample_docs["text"], strict=True))
    for doc_id, start, end in cands.select("doc_id", "start", "end").iter_rows():
        m = nb.CANDIDATE_RE.match(texts[doc_id], start)
        assert m is not None and m.end() == end


# --- the sample pair ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_figures(sample_docs: pl.DataFrame) -> pl.DataFrame:
    return kit.figures(sample_docs)


def test_sample_pair_figures(sample_figures: pl.DataFrame) -> None:
    a = sample_figures.filter(pl.col("doc_id") == "ceasefire-original")
    b = sample_figures.filter(pl.col("doc_id") == "ceasefire-rewrite")
    assert {"176", "105", "71", "More than 6,700", "about 2,000", "six-week", "2020", "1994"} <= set(a["surface"])
    assert {"more than 200", "at least 135", "105", "71", "around 2,000", "8 p.m."} <= set(b["surface"])
    r = b.filter(pl.col("surface") == "at least 135").row(0, named=True)
    assert (r["noun"], r["modifier"], r["verb"], r["relation"]) == ("soldiers", "Armenian", "killed", ">=")
    assert "Pashinyan" in r["source"] and r["when"] == "Friday"
    earlier = b.filter(pl.col("surface") == "105").row(0, named=True)
    assert "earlier-figure" in earlier["flags"]
    t = b.filter(pl.col("surface") == "8 p.m.").row(0, named=True)
    assert (t["kind"], t["value"]) == ("time", 20.0)


def test_compare_flags_the_figures_that_changed(sample_figures: pl.DataFrame) -> None:
    c = kit.compare_figures(sample_figures, "ceasefire-original", "ceasefire-rewrite")
    status = {(r["a_surface"], r["b_surface"]): r for r in c.iter_rows(named=True)}
    both = status[("176", "more than 200")]
    assert both["status"] == "conflict" and "both sides" in both["claim"]
    armenian = status[("105", "at least 135")]
    assert armenian["status"] == "conflict" and "Armenian" in armenian["claim"]
    assert "said Wednesday" in armenian["context"] and "On Friday" in armenian["context"]
    assert "told parliament" in armenian["context"] and "reversing his earlier statement" in armenian["context"]
    assert status[("71", "71")]["status"] == "agree"
    assert status[("about 2,000", "around 2,000")]["status"] == "hedge_changed"
    assert status[("More than 6,700", "More than 6,700")]["status"] == "agree"
    assert status[("six-week", "six-week")]["status"] == "agree" and status[("2020", "2020")]["status"] == "agree"
    conflicts = c.filter(pl.col("status") == "conflict")
    assert conflicts.height == 2
    # the rewrite's "105 were killed" is the earlier figure, folded into the 135 row, not a claim of its own
    assert c.filter(pl.col("b_surface") == "105").height == 0


def test_compare_labels_other_sources() -> None:
    docs = pl.DataFrame({"doc_id": ["a", "b"], "text": [
        "Armenia said 105 soldiers were killed.", "Azerbaijan said 50 soldiers were killed."]})  # fmt: skip
    c = kit.compare_figures(kit.figures(docs), "a", "b")
    assert c["status"].to_list() == ["different_source"]


def test_compare_needs_the_context_columns() -> None:
    f = kit.figures(pl.DataFrame({"doc_id": ["a", "b"], "text": ["5 men.", "6 men."]}))
    with pytest.raises(schema.SchemaError, match=r"kit\.figures"):
        kit.compare_figures(f.select(list(schema.FIGURES)), "a", "b")
    with pytest.raises(ValueError, match="no figures"):
        kit.compare_figures(f, "a", "zzz")


def test_intervals() -> None:
    assert F.interval(176, "=") == (176, 176, False, False)
    assert not F._overlap(F.interval(176, "="), F.interval(200, ">"))
    assert not F._overlap(F.interval(105, "="), F.interval(135, ">="))
    assert F._overlap(F.interval(2000, "~"), F.interval(2000, "~"))
    assert F._overlap(F.interval(200, ">="), F.interval(200, "="))
    assert not F._overlap(F.interval(200, ">"), F.interval(200, "="))


def test_charts_convert(sample_figures: pl.DataFrame) -> None:
    from kit.charts import figures as kf

    c = kit.compare_figures(sample_figures, "ceasefire-original", "ceasefire-rewrite")
    spec = kf.drift_chart(c, labels=("original", "rewrite")).to_dict()
    assert len(spec["layer"]) == 3
    table = kf.drift_table(c)
    assert set(table.filter(pl.col("status") == "conflict")["claim"]) == set(
        c.filter(pl.col("status") == "conflict")["claim"]
    )
    assert kf.hedge_chart(sample_figures).to_dict()["mark"]["type"] == "bar"
    shares = kf.hedge_table(sample_figures).group_by("doc_id").agg(pl.col("share").sum())
    assert all(abs(s - 1) < 0.01 for s in shares["share"])
    with_section = sample_figures.with_columns(section=pl.lit("world"))
    assert kf.kinds_chart(with_section).to_dict()["mark"]["type"] == "bar"
    assert kf.nouns_table(sample_figures)["noun"][0] == "soldiers"


# --- the gold sets -------------------------------------------------------------------------------------


def _eval_module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("eval_figures")
    finally:
        sys.path.pop(0)


def test_gold_scores_meet_the_goals() -> None:
    shared = needs_shared("corpora")
    paths = sorted((ROOT / "tests" / "gold").glob("figures_*.jsonl"))
    if not paths:
        pytest.skip("no figure gold files")
    result = _eval_module().evaluate(paths, shared=Path(shared).parent)
    s = result["scores"]["all"]
    assert s["value"]["f1"] >= 0.93
    assert s["value+unit"]["f1"] >= 0.87
    assert s["value+relation"]["f1"] >= 0.90
    # Every identifier negative the rules still read as a figure is named here with why; a new one fails the
    # test (the list may only shrink). The gold sets grow, so a rate bound (it was 3 of 172) broke as soon as a
    # blind set brought a harder name, and it would let a new miss pass while an old one is fixed.
    neg = result["negatives"]
    found = {(f["source"].rsplit("/", 2)[-2] + "/" + f["source"].rsplit("/", 1)[-1], f["surface"])
             for f in neg["found"]}  # fmt: skip
    assert found <= KNOWN_NEGATIVE_MISSES, found - KNOWN_NEGATIVE_MISSES


KNOWN_NEGATIVE_MISSES = {
    ("entertainment/377.txt", "2046"),  # the film '2046': a title made of a number
    ("entertainment/302.txt", "13"),  # the film '13 Going on 30'
    ("entertainment/302.txt", "30"),
    ("entertainment/107.txt", "6"),  # 'by 6 Music listeners': a station used as a modifier
    ("entertainment/197.txt", "100%"),  # the show '100% Homegrown'
    ("business/105.txt", "911"),  # "Porsche's 911 sports cars": a model, but 'BT's 500 staff' is a count
    ("tech/117.txt", "2000"),  # 'Windows 95, 98, ME, NT, 2000 and XP': a product in a list of names
    ("politics/208.txt", "2nd"),  # 'the 2nd Battalion Royal Gurkha Rifles': a unit's name (ordinals are read
    # apart from the identifier rules; restored with figures_fresh17's negatives and found by figures_fresh18)
    ("entertainment/173.txt", "Five"),  # the TV channel: 'Five admitted it had sent out 55,000 ...' (figures_fresh19)
    ("entertainment/217.txt", "24"),  # the show: 'The Simpsons and Dallas and 24 were among ...' (figures_fresh19)
    ("entertainment/346.txt", "19"),  # the firm: 'selling his entertainment company 19 for less' (figures_fresh20)
    ("politics/345.txt", "16"),  # the campaign: 'The Votes at 16 alliance said' (figures_fresh21)
    ("tech/045.txt", "902"),  # the phone: "Sharp's 902 3G mobile phone" (figures_fresh23)
    ("entertainment/072.txt", "Fourth"),  # the film 'Born on the Fourth of July' (figures_fresh24)
    ("entertainment/231.txt", "100%"),  # the show '100% Homegrown' again (figures_fresh26)
}
"""The identifier negatives of the gold sets that the rules still read as figures (world knowledge needed)."""


def test_whole_bbc_corpus(bbc_docs: pl.DataFrame) -> None:
    got = kit.figures(bbc_docs)
    assert got.height > 15_000
    assert got["kind"].is_in(list(F.KINDS)).all() and got["relation"].is_in(list(F.RELATIONS)).all()
    sample = got.sample(300, seed=1).join(bbc_docs.select("doc_id", "text"), on="doc_id")
    for r in sample.iter_rows(named=True):
        assert r["text"][r["start"] : r["end"]] == r["surface"]


def _rows(text: str) -> list[tuple]:
    return one(text).select("surface", "value", "relation", "trend", "unit", "noun", "kind").rows()


def _by_surface(text: str) -> dict[str, tuple]:
    """The figures of ``text`` by surface: (surface, value, relation, trend, unit, noun, kind)."""
    return {r[0]: r for r in _rows(text)}


def test_race_times_are_one_figure_in_seconds() -> None:
    got = _rows("Patel won the 1500m in 3:51.27, ahead of Moreau (3:52.09); the marathon took 2:08:41.")
    times = [r for r in got if r[6] == "duration"]
    assert [(r[0], r[1], r[4]) for r in times] == [("3:51.27", pytest.approx(231.27), "second"),
                                                   ("3:52.09", pytest.approx(232.09), "second"),
                                                   ("2:08:41", 7721.0, "second")]  # fmt: skip
    assert not any(r[0].startswith(".") for r in got)
    r = only("She ran a time of two minutes, 3.5 seconds.")
    assert (r["surface"], r["value"], r["unit"]) == ("two minutes, 3.5 seconds", pytest.approx(123.5), "second")


def test_m_before_a_race_noun_is_metres() -> None:
    got = {r[0]: r for r in _rows("She set a 100m hurdles record; he won the 200m backstroke. The club spent £40m.")}
    assert (got["100m"][1], got["100m"][4], got["100m"][6]) == (100, "m", "measure")
    assert (got["200m"][1], got["200m"][4]) == (200, "m")
    assert got["£40m"][1] == 4e7
    assert only("It will help 30m households.")["value"] == 3e7


def test_compound_halves() -> None:
    r = only("The winner was half-a-second ahead.")
    assert (r["surface"], r["value"], r["unit"], r["kind"]) == ("half-a-second", 0.5, "second", "duration")
    r = only("The party trailed by seven-and-a-half points.")
    assert (r["value"], r["unit"]) == (7.5, "point")
    r = only("The works took three and a half years.")
    assert (r["surface"], r["value"], r["unit"]) == ("three and a half years", 3.5, "year")
    assert only("They waited half an hour.")["value"] == 0.5


def test_up_before_a_figure_is_a_trend_not_a_bound() -> None:
    got = _rows("The forecast was up 1.7 percent and up 3 percent for the units.")
    assert [(r[0], r[2], r[3]) for r in got] == [("1.7 percent", "=", "up"), ("3 percent", "=", "up")]
    assert only("We need 40 or more helpers.")["relation"] == ">="


def test_year_after_fiscal_year() -> None:
    r = only("The group sees fiscal year 2021 revenue growth.")
    assert (r["surface"], r["kind"], r["trend"]) == ("2021", "year", None)


def test_pronoun_one_and_hyphenated_one() -> None:
    assert one("Not every letter was sent, just the one mentioning Paris.").height == 0
    r = only("She staged three one-woman plays.")
    assert (r["value"], r["noun"]) == (3, "plays")
    r = only("They hold a one-point lead.")
    assert r["value"] == 1
    r = only("The bank posted second-quarter profits.")
    assert (r["surface"], r["value"], r["kind"]) == ("second", 2, "ordinal")
    r = only("The bank posted fifth-quarter profits.")
    assert (r["value"], r["kind"]) == (5, "ordinal")


@pytest.mark.parametrize(
    ("text", "trend"),
    [("Shares were sliding 2.1% by noon.", "down"), ("The stock slid 4% on Monday.", "down"),
     ("The index was tumbling 3% at the open.", "down"), ("Oil was plunging 6% on Friday.", "down"),
     ("Tin was soaring 9% on Friday.", "up"), ("Gold was edging up 0.4% on Friday.", "up"),
     ("The index lost 27 points.", "down")],
)  # fmt: skip
def test_more_trend_verbs(text: str, trend: str) -> None:
    assert only(text)["trend"] == trend


def test_n_times_after_a_verb_is_occasions() -> None:
    r = only("The striker has scored five times this season.")
    assert (r["value"], r["unit"], r["noun"], r["kind"]) == (5, None, "times", "count")
    r = only("The new dam is six times bigger.")
    assert (r["unit"], r["kind"]) == ("times", "other")
    assert only("They had three times as many votes.")["kind"] == "other"


def test_prices_after_company_names_and_trade_at() -> None:
    got = _rows("ACME WIDGETS INC. 48.12 and the peso was trading at 17.45.")
    assert [r[1] for r in got] == [48.12, 17.45]
    assert only("The won recovered to trade at 1,210.")["value"] == 1210


def test_misprinted_numbers_give_one_figure() -> None:
    r = only("The index ended at 5.102.33 on Friday.")
    assert (r["surface"], r["value"]) == ("5.102.33", pytest.approx(5102.33))
    r = only("He was paid up to £95,00 for the talks.")
    assert (r["surface"], r["value"], r["relation"]) == ("up to £95,00", 95000, "<=")
    r = only("She earns between £2,501and £5,000 a year from it.")
    assert (r["value"], r["value_max"]) == (2501, 5000)


def test_unicode_case_folding_oddities_do_not_crash() -> None:
    """Python's case-insensitive regex lets 'ſ', 'ı' and the Kelvin sign match ASCII letters."""
    import kit

    for text in ["juſt over 5 people came.", "ın excess of 5 people came.", "About 5 \u212aelvin away."]:
        out = kit.figures(pl.DataFrame({"doc_id": ["d"], "text": [text]}))
        assert (out["value"] == 5).any()


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        ("The Thai baht lost 0.3% against the US currency, trading at 39.10.", "39.10", "THB", "money"),
        ("The yen strengthened 0.13% versus the greenback at 108.55 per dollar.", "108.55", "JPY", "money"),
        ("The rupee climbed to 43.305 per US dollar on Thursday.", "43.305", "INR", "money"),
        ("McSweeney broke the Irish 60m record by clocking 7.37 in the final.", "7.37", "second", "duration"),
        ("Boyle reached the 60m hurdles semi-finals with a season's best of 7.48.", "7.48", "second", "duration"),
        ("In the 60m, Jones was second behind Sarah Claxton (7.96).", "7.96", "second", "duration"),
    ],
)
def test_units_the_sentence_implies(text: str, surface: str, unit: str, kind: str) -> None:
    row = one(text).filter(pl.col("surface") == surface).row(0, named=True)
    assert (row["unit"], row["kind"]) == (unit, kind)


def test_points_in_a_vote_are_percentage_points_but_not_in_a_game() -> None:
    vote = "Polls had the race close, but the Democrat won the governor's election by 30 points."
    assert only(vote)["unit"] == "percentage points"
    game = "The Lakers won the game by 30 points."
    assert only(game)["unit"] == "point"
    plan = "Unions and the Labour party agreed a 56-point deal on rights."
    assert only(plan)["unit"] != "percentage points"
    # a plain decimal in a sentence with no currency or race stays a bare number
    assert only("The ratio rose to 1.45 last year.")["unit"] is None


def test_a_record_after_a_team_counts_for_that_team() -> None:
    got = one("The Gophers (9-1, 6-1) play the Wildcats (2-8, 0-7). Arsenal won 2-1 (1-0 at half-time).")
    assert got.select("surface", "noun").rows() == [
        ("9-1", "Gophers"), ("6-1", "Gophers"), ("2-8", "Wildcats"), ("0-7", "Wildcats"), ("2-1", None), ("1-0", None),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind"),
    [
        ("He died on Monday. He was 48.", "48", 48, "year", "age"),
        ("The man, who was 34, died.", "34", 34, "year", "age"),
        ("He was 48 when he died.", "48", 48, "year", "age"),
        ("The Fed raised rates by a quarter-percentage point.", "a quarter-percentage point", 0.25,
         "percentage points", "percent"),
        ("Oil closed at a record $US46.75 a barrel.", "$US46.75", 46.75, "USD", "money"),
        ("The deal was worth $A1.2bn.", "$A1.2bn", 1.2e9, "AUD", "money"),
    ],
)
def test_ages_rate_moves_and_dollar_prefixes(text: str, surface: str, value: float, unit: str, kind: str) -> None:
    row = only(text)
    assert (row["surface"], row["value"], row["unit"], row["kind"]) == (surface, pytest.approx(value), unit, kind)


def test_canadian_millions_slash_dates_and_ordinal_periods() -> None:
    got = one("He opened a $1-million pharmacy (Filed: 10/09/2004) after a third-quarter loss due to a charge.")
    assert got.select("surface", "value", "value_max", "kind").rows() == [
        ("$1-million", 1e6, None, "money"), ("10/09/2004", 10.0, None, "date"), ("third", 3.0, None, "ordinal"),
    ]
    assert got["noun"].to_list()[2] == "quarter"
    assert only("It had the second-highest sales volume.")["noun"] == "volume"  # (gold: "sales volume")


def test_a_count_in_a_compound_counts_the_noun_after_it() -> None:
    got = one("A 12-member delegation left. The Eagles snapped an 11-game losing streak. The squad was 20-strong.")
    assert got.select("surface", "noun").rows() == [("12", "delegation"), ("11", "streak"), ("20", "strong")]
    assert only("Stocks fell for a sixth straight session driven by oil.")["noun"] == "session"


def test_phrasal_up_is_not_a_trend_and_verbs_are_not_nouns() -> None:
    got = one("Ankiel gave up one unearned run and one hit in six innings.")
    assert got.select("surface", "noun", "trend").rows() == [
        ("one", "run", None), ("one", "hit", None), ("six", "innings", None),
    ]
    assert only("Shares were up 5% on Monday.")["trend"] == "up"
    got = one("Owens turned the first pass thrown to him into a 59-yard touchdown and gave the Eagles the lead.")
    assert got["noun"].to_list() == ["pass", "touchdown"]


def test_ing_nouns_are_nouns() -> None:
    got = one("It keyed a six-run eighth inning. He attended two meetings.")
    assert got.select("surface", "noun").rows() == [("six", "inning"), ("eighth", "inning"), ("two", "meetings")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The world number three won. Halo 2 fell one place to five, then to number nine.",
         [("three", "ordinal"), ("one", "count"), ("five", "ordinal"), ("nine", "ordinal")]),
        ("They plan to extend their pension age to 65 for people age 12 and older.",
         [("65", "age"), ("12 and older", "age")]),
        ("Nine out of 10 members played, one in four for an hour.",
         [("Nine out of 10", "other"), ("one in four", "other")]),
        ("She won in exactly an hour. In the first half he did well.",
         [("exactly an hour", "duration"), ("first", "ordinal")]),
        ("I got round in one piece. Why in the first place? Pay the second you appear at 30 frames a second.",
         [("30", "count")]),
        ("The first five games went badly.", [("five", "count")]),
        ("The suit, Number FHC/ABJ/03/095/2018, was filed. Halo 2 sells five million copies.",
         [("five million", "count")]),
        ("Unison's 70,000 and Amicus' 20,000 members are balloted.", [("70,000", "count"), ("20,000", "count")]),
    ],
)
def test_ranks_ages_fractions_idioms_and_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert one(text).select("surface", "kind").rows() == expected


def test_occasions_hedges_and_score_nouns() -> None:
    got = one("It rejected the plan twice in two months; prices are twice as high.")
    assert got.select("surface", "kind", "noun").rows()[0] == ("twice", "count", "times")
    assert got.select("surface", "kind").rows()[2] == ("twice", "other")
    assert only("Players spent an average of 91 minutes on it.")["relation"] == "="
    assert only("It cost exactly £5.")[("qualifier")] == "exactly"
    assert only("Card fraud rose an annual 6% to reach new highs.")["trend"] == "up"
    assert only("Everton earned a 3-1 win.")["noun"] == "win"


def test_engine_and_frame_rate_units_resolutions_vague_ranges_and_game_points() -> None:
    got = one("It makes 471 horsepower and 540 Nm of torque, at 60fps in 1080p.")
    assert got.select("surface", "unit").rows() == [("471 horsepower", "hp"), ("540 Nm", "Nm"), ("60fps", "fps")]
    r = only("It was four or five errors in each game.")
    assert (r["value"], r["value_max"], r["noun"]) == (4, 5, "errors")
    assert one("Knock out three enemies in one glorious swoop.")["surface"].to_list() == ["three"]
    assert one("Liverpool are five points off fourth in the table.")["kind"].to_list() == ["count", "ordinal"]
    assert only("The FTSE 100 index fell 20 points.")["kind"] == "measure"
    assert only("She won 6-3 to win the title.")["noun"] is None
    assert one("It was the third 90-day extension.")["noun"].to_list() == ["extension", "extension"]


def test_nouns_after_compounds_worth_of_and_names() -> None:
    got = one("A 10-speed automatic transmission. The four-piece band split. The four-piece met two years ago.")
    assert got.select("surface", "noun").rows() == [("10", "transmission"), ("four", "band"), ("four", "piece"),
                                                    ("two years", None)]
    assert only("It sold $4,000 worth of coffee machines.")["noun"] == "machines"
    assert one("The genius of Half Life 2 is clear; pulses go every second.").height == 0


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Fourth-quarter vehicle unit sales totalled 1,751,000, a decline.", "sales"),
        ("Total sales in 2004 were 6,798,000, an increase.", "sales"),
        ("Deaths rose to 176 on Tuesday.", "deaths"),
        ("The firm aims to reduce its workforce by between 7,000 and 8,000 a year.", "workforce"),
        ("The team won the game by 3.", None),  # (not a change of the game: no noun)
        ("They were 5 in the end.", None),
    ],
)
def test_a_count_with_no_noun_after_takes_the_subject_before(text: str, noun: str | None) -> None:
    got = one(text).filter(pl.col("kind") == "count").row(0, named=True)
    assert got["noun"] == noun
    assert ("noun-before" in got["flags"]) == (noun is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He has done the job for five years and eight months.", [("five years and eight months", 5.666667, "year")]),
        ("The flight took two hours and 15 minutes.", [("two hours and 15 minutes", 2.25, "hour")]),
        ("He served five years and his wife eight months.",
         [("five years", 5.0, "year"), ("eight months", 8.0, "month")]),
        ("It lasted between two years and three months.", [("two years", 2.0, "year"), ("three months", 3.0, "month")]),
    ],
)
def test_compound_durations_are_one_length(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert one(text).select("surface", "value", "unit").rows() == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("It has an option to buy 10 more of the triple-decker aircraft.", "aircraft"),
        ("Koreans are two of the most adventurous groups of mobile users.", "groups"),
        ("It is one particularly entertaining method of play.", "method"),
        ("The firm employs 300 highly skilled workers.", "workers"),
        ("He drove a shot from 20 yards narrowly past the post.", None),
        # an adverb after a number is not what it counts
        ("They will sell another 11 soon.", None),
        ("Of course the 1981 tour never happened.", "tour"),
        ("Women aged 50 or above almost never use a mobile phone.", None),
    ],
)
def test_nouns_after_more_of_the_most_and_adverbs(text: str, noun: str | None) -> None:
    assert one(text)["noun"][0] == noun


def test_indian_scales_metric_tons_clock_words_and_half_time() -> None:
    by = _by_surface(
        "He spent Rs 24 lakh on four attempts; the dam cost ₹3 crore. The pool holds 2,500 metric tons of water. "
        "Fans tuned in at four o'clock for the 10 O'clock News. Hearts scored twice late on, either side of "
        "half time. The British number one will play Federer."
    )
    assert by["Rs 24 lakh"][1] == 2.4e6 and by["Rs 24 lakh"][4] == "INR"
    assert by["₹3 crore"][1] == 3e7
    assert by["2,500 metric tons"][4] == "tonne" and by["2,500 metric tons"][6] == "measure"
    assert by["four o'clock"][1] == 4 and by["four o'clock"][6] == "time"
    assert "10 O'clock" not in by  # a programme's name, not a time
    assert by["twice"][5] == "times"
    assert "half" not in by  # half time is a period of play
    assert by["one"][6] == "ordinal"  # 'the British number one': a rank


def test_caps_after_a_verb_extra_amounts_floors_and_named_dollars() -> None:
    by = _by_surface(
        "Alibaba could raise up to $12.9bn and may sell up to an additional 15 per cent of shares; the rest "
        "brought the total up to 14. There could be as little as 18 days left. It raised at least 88 billion "
        "Hong Kong dollars. \"Maybe when I turn 60,\" he said."
    )
    assert by["up to $12.9bn"][2] == "<="
    assert by["up to an additional 15 per cent"][2] == "<="
    assert by["14"][2] == "="  # a level reached, not a cap
    assert by["as little as 18 days"][2] == ">="
    assert by["at least 88 billion Hong Kong dollars"][4] == "HKD"
    assert by["60"][6] == "age"


def test_a_number_after_a_year_and_a_comma_is_a_figure_but_lists_of_names_are_not() -> None:
    by = _by_surface("In 2004, 25 children died. The virus strikes Windows 95, 98 and ME. Ten PEDs buy one US dollar.")
    assert by["25"][5] == "children" and by["25"][6] == "count"
    assert "98" not in by  # a product name in a list
    assert by["one US dollar"][4] == "USD"


def test_ordinal_idioms_and_adverbial_first_are_not_figures() -> None:
    got = _rows(
        "The government needs to first reach growth. After playing second fiddle, they won. First and foremost, "
        "it is cheap. They won the first round and rose to first place."
    )
    assert [(r[0], r[5]) for r in got] == [("first", "round"), ("first", "place")]


def test_month_years_year_spans_and_substitution_minutes() -> None:
    by = _by_surface(
        "Cassini studied Saturn from 2004 to 2017, and Europa from February 2016 through May 2017.\n\n"
        "Replacements: Priscott for Roberts (71), Green for Dowd (64).\n\nThe firm (Acme 50) grew."
    )
    span = one("Cassini studied Saturn from 2004 to 2017.").row(0, named=True)
    assert (span["surface"], span["value"], span["value_max"]) == ("2004 to 2017", 2004.0, 2017.0)
    assert by["February 2016"][6] == "year" and by["February 2016"][5] is None
    assert by["71"][4] == "minute" and by["71"][6] == "duration"
    assert by["64"][6] == "duration"
    assert "50" not in by or by["50"][6] != "duration"  # no team sheet here


def test_close_guesses_are_ranges_and_small_words() -> None:
    by = _by_surface(
        "Pires will be ready in two to three weeks. You go crazy for one or two seconds. Ten or 20 people came. "
        "Layoffs of scores or hundreds of workers. We must ensure no-one waits. \"We are a band,\" said Hynde, 53. "
        "The number waiting over 12 months fell."
    )
    assert by["two to three weeks"][4] == "week" and by["one or two seconds"][4] == "second"
    assert by["Ten or 20"][5] == "people"
    assert "scores or hundreds" not in by  # two vague sizes, not one range
    assert "one" not in by  # 'no-one'
    assert by["53"][6] == "age"
    assert by["over 12 months"][2] == ">"


def test_seeds_compound_heads_and_names_after_an_ordinal() -> None:
    got = _rows(
        "He will take on second seed Joachim Johansson. Olivier Rochus beat third seed Nicolas Kiefer 6-7. "
        "Circuit City Stores, the second-largest electronics retailer in the US, agreed. It hired 40 sales staff."
    )
    nouns = {(s, n) for s, _, _, _, _, n, _ in got}
    assert {("second", "seed"), ("third", "seed"), ("40", "staff")} <= nouns
    assert ("second", "retailer") in nouns


def test_once_trillions_an_uncertain_year_and_a_spaced_dash() -> None:
    text = (
        "He broke me four times and he only broke me once. It all happened at once. Once again he won. "
        "Parliament could decide in 2011 or 2012 whether to act. It will carry out trillions of calculations. "
        "Some 10 of its 27 plants - that is around 10 - are at risk. It made a 2.5 gigapixel photo."
    )
    by = _by_surface(text)
    assert [r[0] for r in _rows(text)].count("once") == 1 and by["once"][5] == "times"
    assert by["2011 or 2012"][1:3] == (2011.0, "=") and by["2011 or 2012"][6] == "year"
    assert by["trillions"][1] == 1e12 and by["trillions"][5] == "calculations"
    assert by["around 10"][5] != "are"
    assert by["2.5 gigapixel"][4] == "gigapixel"


def test_a_capitalised_unit_word_makes_a_title_not_a_measure() -> None:
    got = _rows("Thumbsucker stars while 21 Grams actress Naomi Watts plays. The firm paid 1.2bn Australian dollars.")
    assert [r[0] for r in got] == ["1.2bn Australian dollars"]


def test_multiplier_verbs_entities_rates_and_ages_after_now() -> None:
    by = _by_surface(
        "Sales have tripled since launch. The government's majority more than halved. He had a doubled dose. "
        "It avoided the clich&#233;d style. The IMF has about 113.5m ounces of gold. The firm is earning about "
        "$1.8m an hour. Agassi, now 34, has progressed. Seventh seed Jurgen Melzer came through easily."
    )
    assert by["tripled"] == ("tripled", 3.0, "=", "up", "times", "Sales", "other")
    assert by["more than halved"][1:5] == (0.5, ">", "down", "fraction")
    assert "doubled" not in by and "233" not in by
    assert by["about 113.5m ounces"][1] == 113.5e6 and by["about 113.5m ounces"][4] == "ounce"
    assert by["about $1.8m an hour"][1] == 1.8e6 and by["about $1.8m an hour"][6] == "money"
    assert by["34"][6] == "age" and by["Seventh"][5] == "seed"


def test_a_multiplier_verb_counts_its_object() -> None:
    got = _rows(
        "Gordon Brown has doubled the level at which buyers pay stamp duty. United almost doubled their lead. "
        "The hall doubled as a venue. The country doubled the likely cost of rebuilding. Blair was told to double "
        "overseas aid."
    )  # (a lead doubled is an amount too: the blind sets figures_fresh14 and figures_fresh17 count it)
    assert [(r[0], r[5]) for r in got if r[4] == "times"] == [
        ("doubled", "level"), ("almost doubled", "lead"), ("doubled", "cost"), ("double", "aid")
    ]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Double Olympic champion Kelly Holmes has been voted athlete of the year.", "Olympic champion"),
        ("Double gold medal winner Holmes topped the category.", "gold medal"),
        ("Double try scorer Martyn Williams was keen not to talk.", "try"),
        ("She marked her first race since winning double Olympic gold.", "Olympic gold"),
    ],
)
def test_double_before_what_was_won_counts_two(text: str, noun: str) -> None:
    r = one(text).filter(pl.col("value") == 2).row(0, named=True)
    assert (r["kind"], r["noun"]) == ("count", noun)
    assert one("They slept in a double bed.").height == 0


def test_a_station_name_and_a_year_before_a_title_are_not_figures() -> None:
    got = _rows(
        "The band will present on digital radio station 6 Music for a week. He produced for Jay-Z ('03 Bonnie & "
        "Clyde). She won 3 Grammy awards. In '03 the firm grew."
    )
    assert [r[0] for r in got] == ["3", "03"]


def test_a_number_after_no_is_a_rank_only_where_a_rank_fits() -> None:
    text = "He wore the No. 42 jersey. The memo was drafted in No 10. No. 1 Wake Forest won."
    got = kit.figures(pl.DataFrame({"doc_id": ["a"], "text": [text]}))
    assert got.select("surface", "kind", "noun").rows() == [("No. 1", "ordinal", None)]


def test_a_rank_before_a_name_and_a_part_of_a_named_whole_have_no_noun() -> None:
    text = (
        "And world number one Peter Norfolk won. The world number one beat Gaudio. They reached the last eight of "
        "the Champions League because of him. The number one reason is price. Almost half of the UK population "
        "now shop online."
    )
    got = one(text).select("surface", "noun").rows()
    assert got == [("one", None), ("one", None), ("eight", None), ("one", "reason"), ("Almost half", "population")]


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "noun"),
    [
        # age groups
        ("14% of people aged between 18 and 34 said they never voted.", "between 18 and 34", "age", 18.0, None),
        ("It was 39% of people under 55.", "under 55", "age", 55.0, None),
        ("The fund has over 55 staff.", "over 55", "count", 55.0, "staff"),
        # a share after a preposition, an ordinal as a goal
        ("The economy was important for a third, and tax for 25%.", "a third", "other", 1 / 3, None),
        ("Rooney added a third.", "third", "ordinal", 3.0, None),
        # a world ranking is a rank
        ("Garcia-Lopez, ranked 106 in the world, dominated.", "106", "ordinal", 106.0, None),
        # what a year modifies: the role before a name, 'final', not a participle
        ("The 2002 champion Thomas Johansson fought back.", "2002", "year", 2002.0, "champion"),
        ("He beat him in the 2003 final.", "2003", "year", 2003.0, "final"),
        ("Frank Capra's 1946 movie starring James Stewart is a musical.", "1946", "year", 1946.0, "movie"),
        # a year that says when, not what: it opens the sentence, or a clause's subject follows it
        ("In 1995 former drummer Bill Berry collapsed.", "1995", "year", 1995.0, None),
        ("By the end of 2004 Microsoft aims to launch it.", "2004", "year", 2004.0, None),
        ("It forecast a drop in 2005 net profit.", "2005", "year", 2005.0, "profit"),
        ("His string of 1950s Atlantic R&B successes included songs.", "1950s", "year", 1950.0, "successes"),
        ("Spears picked up her first ever Grammy for her song.", "first", "ordinal", 1.0, "Grammy"),
        ("It will supply up to 50 of its forthcoming 7E7 planes.", "up to 50", "count", 50.0, "planes"),
        ("The shop sold 30 3G phones.", "30", "count", 30.0, "phones"),
        ("The wine industry, the world's second largest, has been hit.", "second", "ordinal", 2.0, None),
        ("It is the second largest producer.", "second", "ordinal", 2.0, "producer"),
        # a change whose subject says what is counted
        ("The number of camera phones in the UK more than doubled to 7.5 million.", "7.5 million", "count",
         7.5e6, "phones"),
        ("Sales of the console rose to 55 million in 2006.", "55 million", "count", 5.5e7, "sales"),
        ("The number waiting over a year also fell from 7,613 to 6,630.", "6,630", "count", 6630.0, "number"),
        ("The figures showed unemployment rose 206,900 to 4.64 million.", "4.64 million", "count", 4.64e6,
         "unemployment"),
        ("It seeks back taxes for the years from 2000 onwards.", "2000", "year", 2000.0, None),
        ("They won their 3-0 FA Cup fifth-round victory over Derby.", "3-0", "other", 3.0, "victory"),
        ("Hereford 1-1 Doncaster\n\nHereford win 3-1 on penalties.", "1-1", "other", 1.0, None),
    ],
)
def test_age_groups_shares_world_ranks_and_what_a_year_modifies(
    text: str, surface: str, kind: str, value: float, noun: str | None
) -> None:
    r = one(text).filter(pl.col("surface") == surface).row(0, named=True)
    assert (r["kind"], r["noun"]) == (kind, noun)
    assert r["value"] == pytest.approx(value)


def test_a_cost_compared_with_something_else_is_a_difference_not_a_loss() -> None:
    assert one("Indoor bays can cost up to 250% more than outdoor ones.")["trend"].to_list() == ["up"]
    assert one("Bays cost up to 25% less.")["trend"].to_list() == ["down"]
    assert one("The strike cost 5% of output.")["trend"].to_list() == ["down"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "value_max", "kind", "unit"),
    [
        ("Games are four to five times more expensive.", "four to five times", 4.0, 5.0, "other", "times"),
        ("Plants ranging from 30-600 MW were built.", "30-600 MW", 30.0, 600.0, "measure", "MW"),
        ("Even computer games from 10-15 years ago are back.", "10-15 years", 10.0, 15.0, "duration", "year"),
        ("The balance was plus 3, compared with minus 10 before.", "10", -10.0, None, "count", None),
        ("At night temperatures fall to minus 20C.", "20C", -20.0, None, "measure", "°C"),
        ("The 2004 awards will be presented in Monaco.", "2004", 2004.0, None, "year", None),
        ("Aid budgets are half their 1960 levels.", "1960", 1960.0, None, "year", None),
    ],
)
def test_ranges_after_from_times_ranges_minus_and_years_before_plural_nouns(
    text: str, surface: str, value: float, value_max: float | None, kind: str, unit: str | None
) -> None:
    r = one(text).filter(pl.col("surface") == surface).row(0, named=True)
    assert (r["value"], r["value_max"], r["kind"], r["unit"]) == (value, value_max, kind, unit)


def test_a_plus_or_minus_margin_is_not_negative_and_a_rise_from_one_point_to_another_is_two() -> None:
    assert one("The margin of error is plus or minus 3%.")["value"].to_list() == [3.0]
    assert one("Prices rose from 5 to 10.")["value"].to_list() == [5.0, 10.0]


def test_a_team_sheet_without_labels_gives_substitution_and_scoring_minutes() -> None:
    text = (
        "The home side doubled their lead.\n\n"
        "Gordon, Webster, Simmons (MacFarlane 64), Berra, Burchill (Wyness 82), Wallace.\n\n"
        "Miller 1, McAllister 10.\n\nBramble 35 og, Mellor 45.\n\n"
    )
    got = one(text).filter(pl.col("kind") == "duration")
    assert got["value"].to_list() == [64, 82, 1, 10, 35, 45]
    assert set(got["unit"]) == {"minute"}
    # a list of names and numbers with no team sheet is no scorer line
    assert "duration" not in one("The results:\n\nSmith 12, Jones 15.\n")["kind"].to_list()


@pytest.mark.parametrize(
    "text",
    [
        "Borrowing costs are tipped to rise by a quarter of a percentage point to 2.25%.",
        "The Fed has implemented quarter percentage point rises in June.",
        "It was cut by a quarter-point.",
    ],
)
def test_a_quarter_of_a_percentage_point(text: str) -> None:
    r = one(text).row(0, named=True)
    assert (r["value"], r["unit"], r["kind"]) == (0.25, "percentage points", "percent")


def test_broadband_speeds() -> None:
    by = _by_surface("A family shares a 512 kilobit service. An eight megabit service is out. It gives 10Mbps.")
    assert by["512 kilobit"][4] == "kbit" and by["eight megabit"][4] == "Mbit" and by["10Mbps"][4] == "Mbps"
    assert by["eight megabit"][6] == "measure"


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        ("About 40% of adults use the internet.", "About 40%", "adults"),
        ("Some 7% of the 120 million US adults have blogs.", "Some 7%", "adults"),
        ("GE posted an 18% jump in quarterly sales.", "18%", "sales"),
        ("Quarterly profits jumped 76% to $1.13bn.", "76%", "profits"),
        ("Its shares were down 10% at 119 pence.", "10%", "shares"),
        ("The price of crude is about 50% higher than it was.", "about 50%", None),
        ("Prices rose 5% a year.", "5%", "Prices"),
        ("Libya takes $1bn in unfrozen funds.", "$1bn", "funds"),
        ("The scheme has paid out £25m in four years.", "£25m", None),
        ("Revenues were £4.3bn in the year.", "£4.3bn", "Revenues"),
        ("Pre-tax profits rose to £546m ($1.04bn), ahead of forecasts.", "$1.04bn", "profits"),
        ("The club has won 12 of its last 15 games.", "12", "games"),
        ("A storm dumped about 2 inches of rain on the county.", "about 2 inches", "rain"),
        ("The IMF has 3,217 tonnes of gold.", "3,217 tonnes", "gold"),
        ("Tory plans mean £35bn of cuts, Labour says.", "£35bn", "cuts"),
        ("The death toll has climbed over 100,000 and continues to grow.", "over 100,000", "toll"),
        ("The number of users has risen to 5 million.", "5 million", "users"),
        # sums: what rose to them, what they value, what they went on, the noun past a conversion
        ("BP announced a 26% rise in annual profits to $16.2bn (£8.7bn).", "$16.2bn", "profits"),
        ("BP announced a 26% rise in annual profits to $16.2bn (£8.7bn).", "£8.7bn", "profits"),
        ("It placed an order in a deal valued at $4bn.", "$4bn", "deal"),
        ("It sold new stocks worth £1bn to fund the deal.", "£1bn", "stocks"),
        ("UK shoppers spent £5.3bn on plastic cards in 2003.", "£5.3bn", "cards"),
        ("The retailer earned $2.53 per diluted share.", "$2.53", "share"),
        ("It could face a fine up to 200,000 yuan.", "up to 200,000 yuan", "fine"),
        ("It sold shares to raise up to $443m.", "up to $443m", None),
        ("Yukos was presented with a $27.5bn (£13bn) tax demand.", "$27.5bn", "demand"),
        ("Yukos was presented with a $27.5bn (£13bn) tax demand.", "£13bn", "demand"),
        ("The launch price of £99 (149 euros) compares favourably.", "£99", "price"),
        ("The film had taken $500m (£264m) worldwide.", "$500m", None),
        ("The bank has 5bn rupees set aside to lend.", "5bn rupees", None),
        ("It makes 80% of its sales outside the UK.", "80%", "sales"),
        ("The ten former outside directors agreed to pay $13m.", "ten", "directors"),
        # the subject of the sum, a phrase after it allowed; not a place
        ("The UK's deficit with the EU fell to £1.9bn.", "£1.9bn", "deficit"),
        ("The country's surplus on services remained steady at £1.5bn.", "£1.5bn", "surplus"),
        ("The group reported losses had deepened to £51.6m in 2004.", "£51.6m", "losses"),
        ("Gross mortgage lending stood at £17.9bn.", "£17.9bn", "lending"),
        ("Turnover rose $7.2bn to $170.8bn.", "$7.2bn", "Turnover"),
        ("The average house price in England and Wales was £182,920.", "£182,920", None),
        ("Elan finished at $8, while Biogen fell $28.63 to $38.65.", "$28.63", "Biogen"),
        # a figure compared with the one before it counts the same thing
        ("The UK's deficit with the EU fell to £1.9bn from £2.1bn.", "£2.1bn", "deficit"),
        ("Gross mortgage lending stood at £17.9bn, compared with £21.8bn a year ago.", "£21.8bn", "lending"),
        ("Ford made a $697m improvement from $153m.", "$153m", None),
        ("Profits rose to £5m, while sales fell from £9m.", "£9m", None),
    ],
)
def test_what_a_share_a_sum_or_a_part_is_of(text: str, surface: str, noun: str | None) -> None:
    got = one(text).filter(pl.col("surface") == surface)
    assert got.height == 1, one(text).select("surface", "noun").rows()
    assert got["noun"][0] == noun


def test_a_dotted_version_number_is_no_figure() -> None:
    text = "Upgrade to iTunes version 4.7.1 now: machines running versions 4.7 and earlier are at risk, 3 said."
    assert one(text)["surface"].to_list() == ["3"]


def test_a_match_no_reading_takes_is_skipped_not_a_crash() -> None:
    # found by the robustness test: the candidate pattern folds the long s of "dozenſ" to "dozens"
    got = one("$1.2bna dozenſMr Smith")["surface"].to_list()
    assert got and not any("doz" in x for x in got)


@pytest.mark.parametrize(
    ("text", "surface", "value", "value_max"),
    [
        ("Between 1.1 and 1.5 million people were killed.", "Between 1.1 and 1.5 million", 1.1e6, 1.5e6),
        ("Some 10-20 million people watched.", "Some 10-20 million", 1e7, 2e7),
        ("It will cost $2-3bn.", "$2-3bn", 2e9, 3e9),
        ("between two and three million people", "between two and three million", 2e6, 3e6),
        ("It rose from 2 to 3 million.", "2", 2e6, None),
        ("It rose from 500 to 1.5 million.", "500", 500, None),  # (already the smaller number)
        ("between 5,000 and 10,000 people", "between 5,000 and 10,000", 5000, 10000),
        ("She ran 5-10m at a time.", "5-10m", 5, 10),  # (metres, not millions)
    ],
)
def test_a_range_shares_its_scale_word(text: str, surface: str, value: float, value_max: float | None) -> None:
    got = one(text).filter(pl.col("surface") == surface)
    assert got.height == 1, one(text).select("surface", "value", "value_max").rows()
    assert (got["value"][0], got["value_max"][0]) == (value, value_max)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The show runs from 6 to 9 January.", [("6 to 9 January", 6, 9, "date")]),
        ("It is held between 6 and 9 January.", [("between 6 and 9 January", 6, 9, "date")]),
        ("It runs January 6-9 in Las Vegas.", [("January 6-9", 6, 9, "date")]),
        ("Polls close on 6 and 9 January.", [("6", 6, None, "date"), ("9 January", 9, None, "date")]),
    ],
)
def test_days_of_one_month_written_once(text: str, rows: list[tuple]) -> None:
    assert one(text).select("surface", "value", "value_max", "kind").rows() == rows


def test_number_eight_in_a_rugby_story_is_a_position() -> None:
    rugby = ("Scotland face Italy in the Six Nations. The 25-year-old number eight made a scoring return. "
             "No 8 Foley is out.")
    assert one(rugby)["surface"].to_list() == ["25-year-old"]
    assert one("World number eight Tim Henman lost.")["surface"].to_list() == ["eight"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind", "noun"),
    [
        ("He is committed to halving the budget deficit.", "halving", 0.5, "fraction", "other", "deficit"),
        ("Broadband users are doubling every year.", "doubling", 2, "times", "other", "users"),
        ("Labour has a figure of £22 billions worth of savings.", "£22 billions", 22e9, "GBP", "money", "savings"),
        ("Blue Gene/L has managed speeds of 70.72 teraflops.", "70.72 teraflops", 70.72, "teraflops", "measure",
         "speeds"),
        ("The Cray-1 was capable of 80 megaflops.", "80 megaflops", 80, "megaflops", "measure", None),
        ("It would lead to an increase of almost 300,000 in unemployment.", "almost 300,000", 300000, None, "count",
         "unemployment"),
        ("Nationwide reported a rise of 0.4% in the first month of the year.", "0.4%", 0.4, "percent", "percent",
         "rise"),
        ("The champion has slipped to 64 in the world.", "64", 64, None, "ordinal", None),
        ("Sales rose to 64 in the country.", "64", 64, None, "count", "sales"),
        ("It hurt over the last couple of years.", "couple", 2, "year", "duration", None),
        ("Unlike 2001, there is no need for taxis.", "2001", 2001, None, "year", None),
    ],
)
def test_words_and_units_read_since_figures_fresh20(
    text: str, surface: str, value: float, unit: str | None, kind: str, noun: str | None
) -> None:
    got = one(text).filter(pl.col("surface") == surface)
    assert got.height == 1, one(text).select("surface", "value", "unit", "kind", "noun").rows()
    assert got.select("value", "unit", "kind", "noun").row(0) == (value, unit, kind, noun)


def test_a_second_after_a_rate_is_its_unit() -> None:
    assert one("It did 42.7 trillion calculations per second (teraflops).")["surface"].to_list() == ["42.7 trillion"]
    assert one("It ran 80 million operations a second.")["surface"].to_list() == ["80 million"]
    assert one("He did it a second time.")["kind"].to_list() == ["ordinal"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind", "noun"),
    [
        ("The voting age is 18.", "18", 18, "year", "age", None),
        ("The age of majority was reduced to 18 in 1969.", "18", 18, "year", "age", None),
        ("It would raise the pension age for council workers from 60 to 65.", "65", 65, "year", "age", None),
        ("In an age of austerity, 40 jobs went.", "40", 40, None, "count", "jobs"),
        ("There were 400 entries - a third more than last year.", "a third", 1 / 3, "fraction", "other", None),
        ("He won a third title.", "third", 3, None, "ordinal", "title"),
        ("The Cell will run 10-times faster than current PC chips.", "10-times", 10, "times", "other", None),
        ("It is 16 times faster than the average package.", "16 times", 16, "times", "other", None),
        ("DVDs can hold six times more data than CDs.", "six times", 6, "times", "other", "data"),
        ("a two-time champion", "two-time", 2, None, "count", "times"),
        ("The closing list gave Scott odds of 6-9, followed by Owen at 5-2.", "5-2", 5, None, "other", "odds"),
        ("They won 3-1 at home.", "3-1", 3, None, "other", None),
        ("The minimum age for candidates in both local and national votes must be 21.", "21", 21, "year", "age", None),
        ("Federer dropped a tight first set against Gaudio.", "first", 1, None, "ordinal", "set"),
    ],
)
def test_ages_fractions_multipliers_and_odds_since_figures_fresh21(
    text: str, surface: str, value: float, unit: str | None, kind: str, noun: str | None
) -> None:
    got = one(text).filter(pl.col("surface") == surface)
    assert got.height == 1, one(text).select("surface", "value", "unit", "kind", "noun").rows()
    assert got.select("value", "unit", "kind", "noun").row(0) == (pytest.approx(value), unit, kind, noun)


def test_first_before_a_past_tense_is_an_adverb() -> None:
    assert one("Scott first found fame in the TV series Soldier Soldier.").height == 0
    assert one("Ranieri first took charge of Valencia in 1997.")["surface"].to_list() == ["1997"]


def test_a_pair_and_a_trio_of_things_count_them() -> None:
    assert _rows("A pair of classic outside breaks set up tries.")[0][:2] == ("A pair", 2)
    assert _rows("Wasps sank Irish with a trio of second-half tries.")[0][:2] == ("a trio", 3)
    assert _rows("He is a safe pair of hands. She bought a pair of trainers. The pair were jailed.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "value_max", "kind", "noun"),
    [
        ("The challenge is to keep people playing in their 30s, 40s and 50s.", "50s", 50, 59, "age", None),
        ("By then I will be 35 so hopefully I will still be okay.", "35", 35, None, "age", None),
        ("Limiting the number of regional casinos to eight is cautious.", "eight", 8, None, "count", "casinos"),
        ("Giggs will be captain, it's his 50th cap and he's known about it.", "50th", 50, None, "ordinal", "cap"),
        ("The music of the 60s and 70s.", "70s", 1970, 1979, "year", None),
    ],
)
def test_ages_counts_and_ordinals_since_figures_fresh22(
    text: str, surface: str, value: float, value_max: float | None, kind: str, noun: str | None
) -> None:
    got = one(text).filter(pl.col("surface") == surface)
    assert got.height == 1, one(text).select("surface", "value", "kind", "noun").rows()
    assert got.select("value", "value_max", "kind", "noun").row(0) == (value, value_max, kind, noun)


def test_trends_by_another_and_an_improving_share() -> None:
    got = _rows("GM will cut its North American production by another 10,000 vehicles, or 1.2%.")
    assert [(r[0], r[3]) for r in got] == [("10,000", "down"), ("1.2%", "down")]
    assert _rows("Suzuki gained with sales improving 17.6% on a year ago.")[0][3] == "up"
    assert _rows("The gap narrowed, helped by a 7.5% rise in exports.")[0][3] == "up"


def test_the_back_four_is_a_defence() -> None:
    assert one("The versatile Mladenovic can also play in the back four.").height == 0
    assert one("He scored the back four goals of the game.")["surface"].to_list() == ["four"]


def test_two_clock_times_past_midnight() -> None:
    got = _rows("Bail conditions include a curfew between 2200 and 0700, except on Sundays.")
    assert [(r[0], r[1], r[6]) for r in got] == [("2200", 22, "time"), ("0700", 7, "time")]
    assert _rows("between 1200 and 1500 jobs")[0][6] == "count"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Sunday's 9.0 magnitude earthquake hit the coast.", [("9.0 magnitude", 9, "magnitude", "measure")]),
        ("Life expectancy at birth is 71 years for a manual worker.", [("71 years", 71, "year", "age")]),
        ("People who have died before they reach 65 years of age.", [("65 years", 65, "year", "age")]),
        ("He served 10 years in jail.", [("10 years", 10, "year", "duration")]),
        ("The deficit is the cause on the one hand. It has a zero tolerance policy. Two-bit Tories.", []),
    ],
)
def test_magnitudes_ages_in_years_and_number_idioms(text: str, rows: list[tuple]) -> None:
    assert [(r[0], r[1], r[4], r[6]) for r in _rows(text)] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [  # the review of this session's figure rules: each case read wrongly before the fix
        ("January 6 and 9 are holidays.", [("January 6", "date"), ("9", "date")]),
        ("Clubs rose to 20 in the league.", [("20", "count")]),
        ("At the age of 12 he moved to 15 different schools.", [("12", "age"), ("15", "count")]),
        ("odds of 6-9 on Scott, and the final score was 3-1", [("6-9", "other"), ("3-1", "other")]),
        ("He lost one hand in the accident.", [("one", "count")]),
        ("Tennis: Henman is ranked number 8 in the world.", [("8", "ordinal")]),
        ("in their late 20s and early 30s", [("late 20s", "age"), ("early 30s", "age")]),
    ],
)
def test_review_of_the_new_figure_rules(text: str, rows: list[tuple]) -> None:
    assert [(r[0], r[6]) for r in _rows(text)] == rows


def test_a_range_shares_every_scale_word() -> None:
    assert [(r[1]) for r in _rows("Rs 2-3 crore")] == [2e7]
    assert one("It will double again next year.")["noun"].to_list() == [None]
    got = one("odds of 6-9 on Scott, and the final score was 3-1")
    assert got["noun"].to_list() == ["odds", None]


def test_the_noun_skips_an_adjective_in_s() -> None:
    assert one("A mob beat three plainclothes federal agents.")["noun"].to_list() == ["agents"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("It added that One Music would support talent. One Music is not new to Radio 1.", []),  # (a brand, twice)
        ("US bank in settlement\n\nFive Bank of America subsidiaries have agreed to pay.", [("Five", 5.0)]),
        ("A survey showed Italian consumer confidence rose to 104.4 from 103.3.", [("104.4", 104.4), ("103.3", 103.3)]),
    ],
)
def test_a_number_word_opening_a_name_the_story_uses_and_a_subject_before_rose_to(text: str, rows: list) -> None:
    got = one(text)
    assert got.select("surface", "value").rows() == rows
    if rows and "confidence" in text:
        assert got["noun"].to_list() == ["confidence", "confidence"]



@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("He took two hours 15 minutes to win.", "two hours 15 minutes", 2.25),
        ("He set a record in two hours 18 minutes 15 seconds.", "two hours 18 minutes 15 seconds", 2.304167),
    ],
)
def test_a_length_in_hours_minutes_and_seconds_without_and_is_one_figure(text: str, surface: str, value: float) -> None:
    assert one(text).select("surface", "value", "unit").rows() == [(surface, value, "hour")]
