"""Builds notebooks/00-start-here.ipynb (run: python notebooks/_build/nb00.py)."""

from pathlib import Path

import nbformat as nbf

md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
cells = [
    md("""# 00 · Start here: what is in a news article?

**The question.** When we count words, sentences or quotes in a news story we have found online, what exactly are we counting? A web page carries far more than the article: comment forms, lists of other stories, photo credits, video players. This lesson loads two real articles, shows what the kit strips away and why, and cuts what is left into sentences and words.

**By the end you will be able to**
- load a corpus (a folder of articles, or a table) with `kit.load` and read the documents table;
- see every line cleaning removed from each article, and the rule that removed it;
- split articles into sentences and tokens, and ask the kit *why* a sentence ended where it did;
- draw a chart and export it for slides (PNG, SVG, HTML and the data as CSV).

**Prerequisites:** none beyond running a cell (Shift+Enter). **Time:** 30–40 minutes. **Works offline.**

**The data.** Two articles about one event, the September 2022 border fighting between Armenia and Azerbaijan: an original news report, and a rewrite from another site that copies and garbles it, swaps in synonyms, mixes in later facts and changes figures. Both were scraped as plain text and still carry web boilerplate. See `data/README.md` for the data card. Later notebooks compare the two versions.
"""),
    code("""import os
from pathlib import Path

import polars as pl

import kit
import kit.charts as kc

kc.use_theme()  # the kit's look, and charts that draw with no internet
pl.Config.set_fmt_str_lengths(90)
_ = pl.Config.set_tbl_rows(30)"""),
    md("**Parameters.** Change these to run the whole notebook on your own corpus (a folder, a file, a glob such as `\"my-news/*.txt\"`, or a `.csv`/`.jsonl`/`.parquet` table)."),
    code("""corpus = "../data/sample"  # folder of articles
export_dir = None  # a folder to save charts into, e.g. "exports"; None saves nothing""", metadata={"tags": ["parameters"]}),
    code("""export_dir = export_dir or os.environ.get("KIT_EXPORT_DIR")  # set by `python3 tasks.py export`"""),
    md("""## 1. Load the corpus

`kit.load_with_report` reads every file on its own, so one broken file never stops the rest. It tells us how many files it found, loaded, flagged (loaded, but with a problem such as a wrong text encoding) and skipped (with the reason and what to do)."""),
    code("""report = kit.load_with_report(corpus)
docs = report.docs
report"""),
    code("""report.problems  # one row per problem; empty when every file was clean"""),
    md("""The **documents table** has one row per article. `raw` is exactly what was read from the file and is never changed; `text` is the cleaned article that every later statistic uses; `title` is the first line when it looks like a headline."""),
    code("""docs.select("doc_id", "title", "source", pl.col("raw").str.len_chars().alias("raw_chars"),
            pl.col("text").str.len_chars().alias("text_chars"))"""),
    md("""**What this shows:** the rewrite's first line became its title; the original had none (its first line is a full sentence). The original also got a `source` (Nbcnews.com) from an attribution line at its end.
**What it cannot show:** whether the title is the *publisher's* headline. A scraper may have kept an SEO title instead."""),
    md("""## 2. What did cleaning remove, and why does it matter?

Every removal is listed with the rule that made it and the reason. A teacher can show this table to explain why the kit's word counts differ from a naive count."""),
    code("""removed = kit.removed(docs)
removed.select("doc_id", "rule", "removed", "why")"""),
    code("""chart = kc.cleaning_summary(removed)
chart"""),
    md("""**What this shows:** the original article drags along a whole list of other stories (the *teaser list*: headlines and snippets about CIOs, Fisker and John Fetterman), a comment form and a photo credit; the rewrite only a comment form.
**What it cannot show:** boilerplate that no rule recognises. Read the cleaned `text` of a few articles of your own corpus before trusting any count.

Why it matters: without cleaning, every statistic about the original would include words from other stories."""),
    code("""raw_docs = kit.load(corpus, clean=False)
words = lambda frame: kit.tokens(frame).filter(pl.col("kind") == "word").group_by("doc_id").len("words")  # noqa: E731
words(raw_docs).join(words(docs), on="doc_id", suffix="_cleaned").with_columns(
    share_removed=(1 - pl.col("words_cleaned") / pl.col("words")).round(3)
).sort("doc_id")"""),
    md("""## 3. Sentences

`kit.segment` splits every article into sentences and tokens in one pass (`kit.sentences` and `kit.tokens` give one table each). News writing is hard on sentence splitters: "8 p.m. Wednesday", "Sept. 30", "U.S. Senate" and "Gov. Smith" contain full stops that do not end sentences, while "at 8 p.m. The next day" does end one. Each sentence records the `rule` that ended it."""),
    code("""sents, toks = kit.segment(docs)
sents.filter(pl.col("doc_id") == docs["doc_id"][-1]).select("sent_id", "para_id", "rule", "text").head(8)"""),
    md("""Every sentence and token has `start` and `end` offsets into `text`, so any of them can be cut out again: `text[start:end]`. This is what lets later notebooks highlight quotes and figures in the article."""),
    code("""first = docs.row(0, named=True)
s = sents.filter(pl.col("doc_id") == first["doc_id"]).row(2, named=True)
first["text"][s["start"]:s["end"]] == s["text"]"""),
    md("""**Why did a sentence end (or not)?** `kit.explain` shows every full stop, question mark or closing quote in a text and the rule that decided it."""),
    code("""kit.explain("The ceasefire began at 8 p.m. Wednesday in the U.S. view. “Will it hold?” he asked. It did.")"""),
    md("""## 4. Tokens

Tokens are words, numbers, punctuation and symbols. Numbers are kept whole ("6,700", "$1.2bn", "40%"), as are hyphenated words ("Nagorno-Karabakh") and words with apostrophes ("Azerbaijan’s"). `norm` is the lower-cased form used for counting; `is_stop` marks very common words ("the", "of")."""),
    code("""toks.filter(pl.col("doc_id") == first["doc_id"]).select("token", "norm", "kind", "is_stop").head(12)"""),
    code("""toks.group_by("doc_id", "kind").len().pivot("kind", index="doc_id", values="len").fill_null(0).sort("doc_id")"""),
    md("""## 5. One chart: sentence length through each article

Long sentences are harder to read; a rewrite that merges or splits sentences changes the rhythm of a story."""),
    code("""chart = kc.sentence_lengths(sents, tokens=toks)
if export_dir:
    kc.save(chart, Path(export_dir) / "00-sentence-lengths")
chart"""),
    md("""**What this shows:** sentence by sentence, how many words each article uses. **What it cannot show:** whether the sentences say the same things — for that, see the comparison in the later notebooks. Word counts also depend on what counts as a word (here: words, numbers and abbreviations, not punctuation).

**Export for slides.** `kc.save(chart, "exports/sentence-lengths")` writes PNG, SVG and HTML files (all made offline) next to a CSV of the data behind the chart and a small manifest."""),
    md("""## Try it

These cells run as they stand. Change the text and run them again."""),
    code("""kit.explain("Mr. Smith arrived at 10 a.m. Monday. He left at 5 p.m. The talks failed.")"""),
    code("""mine = pl.DataFrame({"doc_id": ["mine"], "text": ["Paste a paragraph of news here. It can have “quotes,” he said, and 6,700 numbers."]})
kit.tokens(mine).select("token", "kind")"""),
    md("""## Exercises

1. **(Warm-up)** How many sentences does each article have? Which article has the longest sentence?
2. **(Cleaning)** Which rule removed the most characters from the original? Why would a word-frequency list be wrong without it?
3. **(Sentences)** Find a sentence in the sample that contains "p.m." or "Sept." and use `kit.explain` to show why it did not end there.
4. **(Your corpus)** Set `corpus` in the parameters cell to a folder of your own and run the notebook again. Which problems does `report.problems` list?

<details><summary>Solutions (click to open)</summary>

The cells below compute the answers for exercises 1–3.
</details>"""),
    code("""# 1. sentences per article, and the longest sentence in words
(sents.with_columns(words=pl.col("text").str.count_matches(r"\\w+"))
      .group_by("doc_id").agg(sentences=pl.len(), longest=pl.col("words").max()).sort("doc_id"))"""),
    code("""# 2. characters removed per rule
removed.group_by("doc_id", "rule").agg(chars=pl.col("removed").str.len_chars().sum()).sort("chars", descending=True).head(3)"""),
    code("""# 3. sentences with an abbreviation inside, and the rules for them
hit = sents.filter(pl.col("text").str.contains(r"p\\.m\\.|Sept\\.")).row(0, named=True)
kit.explain(hit["text"])"""),
    md("""## Summary

- `kit.load` reads a corpus without losing a document, keeps `raw` untouched, and cleans `text`; `kit.removed` says what went and why.
- `kit.segment` gives sentences and tokens with offsets into `text`; `kit.explain` says why a sentence ended.
- Charts come from `kit.charts` and export with `kc.save`.

## What's next

- **03 · Quotes:** who is quoted in each version, and how much of each article is quotation.
- **04 · Figures:** every number, what it counts and how it is hedged, and which figures changed between the two versions.
"""),
]
nb = nbf.v4.new_notebook(cells=cells)
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
nb.metadata["language_info"] = {"name": "python"}
out = Path(__file__).resolve().parents[1] / "00-start-here.ipynb"
nbf.write(nb, out)
print("wrote", out)
