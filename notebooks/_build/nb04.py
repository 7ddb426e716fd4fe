"""Builds notebooks/04-figures.ipynb (run: python notebooks/_build/nb04.py)."""

from pathlib import Path

import nbformat as nbf

md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
cells = [
    md("""# 04 · Figures: which numbers changed between the two versions?

**The question.** News is full of numbers: casualties, money, percentages, dates. When a story is rewritten or updated, do its numbers survive, and when they change, is it a correction, an update from a later official, or an error? A number rarely stands alone: "more than 200" is not the same claim as "200", and "at least 135" given on Friday by the prime minister is not the same as "105" he gave on Wednesday.

**By the end you will be able to**
- find every figure in a corpus with `kit.figures` and read what it counts, its unit and how it is hedged ("at least", "about", "more than");
- tell counts from dates, years, clock times, ordinals and identifiers such as "COVID-19" or "Section 427";
- line up the claims two versions of a story make with `kit.compare_figures`, and see which numbers drifted, with who gave each and when;
- chart the drift, and how certain each version sounds;
- ask what a whole corpus counts, and where it talks about money and percentages.

**Prerequisites:** notebook 00 (loading a corpus). **Time:** 45–60 minutes. **Works offline.**

**The data.** The sample pair from notebook 00: an NBC report on the September 2022 fighting between Armenia and Azerbaijan, and a rewrite from another site that mixes in later facts and changes figures. Optionally, the BBC News corpus (2,225 articles in five sections, 2004–5) if it sits beside the project in `../shared`; that part is skipped when it is absent.
"""),
    code("""import os
import time
from pathlib import Path

import polars as pl

import kit
import kit.charts as kc
from kit.charts import figures as kf

kc.use_theme()  # the kit's look, and charts that draw with no internet
pl.Config.set_fmt_str_lengths(80)
pl.Config.set_tbl_width_chars(160)
_ = pl.Config.set_tbl_rows(40)"""),
    md("**Parameters.** Change these to run the notebook on your own pair of articles (any folder `kit.load` reads) and your own larger corpus."),
    code("""corpus = "../data/sample"  # two versions of one story
a = None  # doc_id of the first version; None takes the first document
b = None  # doc_id of the second version; None takes the second
big_corpus = "../../shared/corpora/bbc-news-fulltext"  # a larger corpus; skipped when absent
export_dir = None  # a folder to save charts into, e.g. "exports"; None saves nothing""", metadata={"tags": ["parameters"]}),
    code("""export_dir = export_dir or os.environ.get("KIT_EXPORT_DIR")  # set by `python3 tasks.py export`"""),
    md("""## 1. Every figure in the two versions

`kit.figures` finds every number expression and reads it. One row per figure: `surface` is the figure as written (hedge and unit words included), `value` the number in its own unit ("$1.2bn" is 1.2e9 with unit USD, "40%" is 40 with unit percent, "five" is 5), `value_max` the end of a range, `relation` what the wording claims about the true number (`=` exactly, `~` about, `>` more than, `>=` at least, `<` fewer than, `<=` up to), `qualifier` the hedge words themselves, `trend` whether the figure is a change ("rose 5%"), `noun` what is counted and `kind`."""),
    code("""docs = kit.load(corpus)
a = a or docs["doc_id"][0]
b = b or docs["doc_id"][1]
figs = kit.figures(docs)
figs.select("doc_id", "surface", "value", "value_max", "relation", "qualifier", "trend", "unit", "noun", "kind")"""),
    md("""**What this shows:** the original counts 176 soldiers killed on both sides, 105 Armenian dead (given by Pashinyan on Wednesday) and 71 Azerbaijani dead; the rewrite says "more than 200" and "at least 135". Dates ("Sept. 30"), years (1994, 2020), a clock time ("8 p.m.") and a duration ("six-week" war) are found but typed apart from counts, so they are never mistaken for casualty figures.
**What it cannot show:** whether a number is *true*. The kit reads what each article claims; checking it against a source is still the journalist's job."""),
    md("""### How a figure was read

Each row also carries its context: the `modifier` between the number and the noun, the event `verb`, the `scope` ("on both sides"), who gave it (`attribution`, `source`) and `when`. `rule` names the rule that read it, and `flags` marks the judgement calls. "it lost 71" names no noun: the kit takes the noun from the sentence's earlier count and says so (`noun-from-context`); "reversing his earlier statement that 105 were killed" is flagged `earlier-figure`."""),
    code("""figs.filter(pl.col("kind") == "count").select(
    "doc_id", "surface", "modifier", "noun", "verb", "scope", "source", "when", "rule", "flags")"""),
    md("""## 2. Which numbers changed?

`kit.compare_figures` lines up the claims the two versions make: the same counted thing, the same event ("killed", "died" and "lost" count as one) and scope ("on both sides", "Armenian"). It compares *intervals*, not bare numbers: "more than 200" allows anything above 200, so 176 cannot be right if it is; "about 2,000" and "around 2,000" allow the same range, so only the hedge changed.

`status` is one of `agree`, `hedge_changed`, `conflict`, `different_source` (the numbers differ but come from different people, so it is not drift), `only_a` and `only_b`."""),
    code("""comparison = kit.compare_figures(figs, a, b)
comparison.select("claim", "a_surface", "b_surface", "status")"""),
    md("""For every claim whose numbers disagree, `context` says who gave each figure and when:"""),
    code("""for row in comparison.filter(pl.col("status").is_in(["conflict", "different_source"])).iter_rows(named=True):
    print(f"{row['claim']}: {row['a_surface']!r} vs {row['b_surface']!r}  [{row['status']}]")
    print("   ", row["context"])"""),
    md("""**What this shows:** two numbers changed. The soldiers killed on both sides went from 176 to "more than 200": no source is named in either version, so nothing explains the change. The Armenian toll went from 105 (Pashinyan, Wednesday) to "at least 135" (Pashinyan, Friday, to parliament), and the rewrite itself says he was *reversing his earlier statement*: an update from the same official, not an error. The rewrite's own mention of 105 is reported with that claim rather than as a claim of its own.
**What it cannot show:** intent. An interval conflict is a flag for a human reader, not a verdict."""),
    md("""### The drift chart

A dot marks the number each version states; the line shows the values its wording allows (a dashed line runs on: "more than 200" has no upper end). Claims whose intervals do not meet are drawn in full colour."""),
    code("""chart = kf.drift_chart(comparison, labels=(a, b))
if export_dir:
    kc.save(chart, Path(export_dir) / "04-figure-drift")
chart"""),
    md("""**What this shows:** the two conflicts sit apart from everything else: 176 lies left of the rewrite's open-ended "more than 200", and 105 left of "at least 135". The 71 Azerbaijani dead, the 6,700 killed in 2020 and the 2,000 peacekeepers agree (the value axis is logarithmic, so small and large claims fit on one chart).
**What it cannot show:** which version is right, or when each figure was true."""),
    md("""## 3. How certain does each version sound?

Hedges change what a number claims. The share of each article's figures (counts, money, percentages and measures; dates and years left out) given exactly, approximately, or as a lower or upper bound:"""),
    code("""chart = kf.hedge_chart(figs)
if export_dir:
    kc.save(chart, Path(export_dir) / "04-hedges")
chart"""),
    code("""kf.hedge_table(figs)"""),
    code("""figs.filter(pl.col("qualifier").is_not_null()).group_by("doc_id", "qualifier").len().sort("doc_id", "len", descending=[False, True])"""),
    md("""**What this shows:** the rewrite states more of its numbers as bounds ("more than 200", "at least 135") where the original gave exact counts. Bounds are safer for a writer and vaguer for a reader.
**What it cannot show:** whether the hedges are justified; with a handful of figures per article a single number moves the shares a lot."""),
    md("""## 4. A bigger corpus: what does the news count?

The same functions run over a whole corpus at once. This section uses the BBC News corpus when it sits beside the project; otherwise it prints a message and the cells below do nothing. The BBC folder names the section (business, entertainment, politics, sport, tech), which we keep as a column."""),
    code("""big = None
if Path(big_corpus).exists():
    started = time.perf_counter()
    big_docs = kit.load(big_corpus, progress=False)
    big = kit.figures(big_docs).with_columns(section=pl.col("doc_id").str.split("/").list.first())
    sections = big_docs.select("doc_id", section=pl.col("doc_id").str.split("/").list.first())
    print(f"{big.height:,} figures in {big_docs.height:,} articles ({time.perf_counter() - started:.1f} s, loading included)")
else:
    print(f"{big_corpus} is absent: the corpus section is skipped. Set big_corpus to a folder of your own.")"""),
    code("""if big is not None:
    display(big.group_by("kind").len().sort("len", descending=True))"""),
    md("""### The most common counted things"""),
    code("""if big is not None:
    chart = kf.nouns_chart(big, top=15)
    if export_dir:
        kc.save(chart, Path(export_dir) / "04-counted-nouns")
    display(chart)"""),
    md("""**What this shows:** what the news counts most: people, far ahead of everything else, then games, jobs, award nominations and countries. **What it cannot show:** what the counts are *for*; read the sentences (`big.filter(pl.col("noun") == "people")["sentence"]`)."""),
    md("""### Money and percentages by section"""),
    code("""if big is not None:
    chart = kf.kinds_chart(big, by="section", kinds=("money", "percent"), documents=sections)
    if export_dir:
        kc.save(chart, Path(export_dir) / "04-money-percent-by-section")
    display(chart)"""),
    code("""if big is not None:
    display(big.filter(pl.col("kind") == "money").group_by("section", "unit").len()
               .sort("section", "len", descending=[False, True]).group_by("section", maintain_order=True).head(3))"""),
    md("""**What this shows:** business articles carry several money figures and percentages each; sport and entertainment far fewer. Money is mostly in pounds and dollars. **What it cannot show:** the size of the sums: one "£1bn" and one "£5" count the same here. Try `big.filter(pl.col("unit") == "GBP")["value"].describe()`."""),
    md("""## Try it

These cells run as they stand. Change the sentences and run them again."""),
    code("""mine = pl.DataFrame({"doc_id": ["mine"], "text": [
    "Shares rose 5% to $1.2bn on Tuesday, while some 2,000 jobs will go by 2025. "
    "Nearly half of the 1,981 voters polled said the minister, 56, should resign."]})
kit.figures(mine).select("surface", "value", "relation", "trend", "unit", "noun", "kind")"""),
    code("""two = pl.DataFrame({"doc_id": ["early", "late"], "text": [
    "Police said 12 people were hurt in the blast on Monday.",
    "At least 30 people were hurt in the blast, the mayor said on Tuesday."]})
kit.compare_figures(kit.figures(two), "early", "late").select("claim", "a_surface", "b_surface", "status", "context")"""),
    code("""# identifiers are not figures
kit.figures(pl.DataFrame({"doc_id": ["ids"], "text": [
    "COVID-19 grounded F-16 jets; the G7 cited Resolution 2334 and Section 427 at 8 p.m. Wednesday."]})
).select("surface", "kind")"""),
    md("""## Exercises

1. **(Warm-up)** How many figures does each version contain, and how many of them are counts?
2. **(Find the number that changed and say why it matters)** List the claims whose status is `conflict`. For each, write one sentence: which number changed, who gave each version of it and when, and whether the change looks like an update, a correction or an error.
3. **(Hedges)** Which hedge words does each version use? Which figure kept its number but changed its hedge?
4. **(Your corpus)** In the bigger corpus, which section has the most percentages per article? Which figure is the largest sum of money, and is it a real figure or a misreading?

<details><summary>Solutions (click to open)</summary>

The cells below compute the answers. For exercise 2: 176 → "more than 200" (soldiers killed on both sides) has no named source in either version, so the reader cannot tell why it grew: it matters because it is the headline casualty figure. 105 → "at least 135" (Armenian soldiers) is Pashinyan's own update, given to parliament on Friday after his Wednesday figure: the rewrite is newer, not wrong, but it should say so, and it does ("reversing his earlier statement").
</details>"""),
    code("""# 1. figures and counts per version
figs.group_by("doc_id").agg(figures=pl.len(), counts=(pl.col("kind") == "count").sum()).sort("doc_id")"""),
    code("""# 2. the numbers that changed, with who gave them and when
comparison.filter(pl.col("status") == "conflict").select("claim", "a_surface", "b_surface", "context")"""),
    code("""# 3. hedge words per version, and the claims whose hedge changed
display(figs.filter(pl.col("qualifier").is_not_null()).group_by("doc_id").agg(pl.col("qualifier").unique().sort()))
comparison.filter(pl.col("status") == "hedge_changed").select("claim", "a_surface", "b_surface")"""),
    code("""# 4. percentages per article by section, and the largest sum of money
if big is not None:
    display(kf.kinds_table(big, by="section", kinds=("percent",), documents=sections).sort("per_article", descending=True))
    display(big.filter(pl.col("kind") == "money").sort("value", descending=True).select("doc_id", "surface", "unit", "sentence").head(3))"""),
    md("""## Summary

- `kit.figures` finds every number and reads its value, range, hedge (`relation`, `qualifier`), trend, unit, counted noun and kind, with the sentence, who said it and when; dates, years, times, ordinals and identifiers are kept apart from counts.
- `kit.compare_figures` matches the claims two versions make and compares the intervals their wording allows, so "176" against "more than 200" is a conflict while "about 2,000" against "around 2,000" is only a changed hedge.
- `kit.charts.figures` draws the drift between versions, the hedging of each article, and what a corpus counts.

## What's next

- **05 · Comparing versions:** which sentences a rewrite kept, changed or dropped, and how the figures and quotes moved with them.
- Run `python benchmarks/eval_figures.py` to see how well the kit reads figures on hand-annotated BBC and web articles, and where it still goes wrong.
"""),
]

nb = nbf.v4.new_notebook()
nb["cells"] = cells
nb["metadata"] = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
out = Path(__file__).resolve().parents[1] / "04-figures.ipynb"
nbf.write(nb, out)
print(f"wrote {out}")
