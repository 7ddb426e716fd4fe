"""Builds notebooks/03-quotes.ipynb (run: python notebooks/_build/nb03.py)."""

from pathlib import Path

import nbformat as nbf

md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
cells = [
    md("""# 03 · Quotes: who is quoted, and which voices survived the rewrite?

**The question.** A news story is built from other people's words. Who gets to speak in it, how much of the article is quotation, and who is left to be paraphrased, or not heard at all? When a story is rewritten by another site, do the quotations survive, change, or vanish, and do they keep the name of the person who said them?

**By the end you will be able to**
- find every direct quotation in a corpus with `kit.quotes`, with who said it (`speaker`), the words the attribution rests on (`speaker_mention`: a name, a title such as "the minister", or a pronoun) and the reporting verb (`cue`);
- tell speech from quotation marks nobody is "saying": scare quotes (a "red line"), titles of works and slogans;
- see *why* the kit attributed a quote (`rule`) and check it in a highlighted article;
- measure how much of each article is quotation with `kit.quote_density`, and where in the article the quotes sit;
- build a roster of speakers with `kit.speakers`, and spot anonymous sources;
- compare the quotes of two versions of a story.

**Prerequisites:** notebook 00 (loading a corpus). **Time:** 45–60 minutes. **Works offline:** no model is downloaded; quotes are found by rules you can read.

**The data.** The sample pair from notebook 00: an NBC report on the September 2022 fighting between Armenia and Azerbaijan, and a rewrite from another site. Optionally, the BBC News corpus (2,225 articles, 2004–5) if it sits beside the project in `../shared`; that part is skipped when it is absent.
"""),
    code("""import os
import time
from pathlib import Path

import polars as pl

import kit
import kit.charts as kc
from kit.charts import quotes as kq
from kit.quotes import compare_quotes, explain_quotes

kc.use_theme()  # the kit's look, and charts that draw with no internet
pl.Config.set_fmt_str_lengths(90)
pl.Config.set_tbl_width_chars(180)
_ = pl.Config.set_tbl_rows(40)"""),
    md("**Parameters.** Change these to run the notebook on your own pair of articles (any folder `kit.load` reads) and your own larger corpus."),
    code("""corpus = "../data/sample"  # two versions of one story
a = None  # doc_id of the first version; None takes the first document
b = None  # doc_id of the second version; None takes the second
big_corpus = "../../shared/corpora/bbc-news-fulltext"  # a larger corpus; skipped when absent
export_dir = None  # a folder to save charts into, e.g. "exports"; None saves nothing""", metadata={"tags": ["parameters"]}),
    code("""export_dir = export_dir or os.environ.get("KIT_EXPORT_DIR")  # set by `python3 tasks.py export`"""),
    md("""## 1. Every quotation in the two versions

`kit.quotes` returns one row per quoted fragment. `start`/`end` are offsets into the article's `text` (the quotation marks are left out), so `text[start:end]` is always the quote. A quote split by its attribution (“We want peace,” he said, “and security.”) gives two fragments with one `group_id`; so does a quote that runs over several paragraphs."""),
    code("""docs = kit.load(corpus)
a = a or docs["doc_id"][0]
b = b or docs["doc_id"][1]
quotes = kit.quotes(docs)
quotes.select("doc_id", "quote", "speaker", "speaker_mention", "cue", "kind", "channel")"""),
    md("""**What this shows:** the original quotes Armenia's prime minister twice. One attribution rests on his name ("Pashinyan said"); the other on a pronoun ("He added that …"), which the kit resolves to the nearest fitting name and then to the fullest form of it in the article, *Nikol Pashinyan*. The rewrite keeps a single quotation, attributed to "he … as quoted by the Russian news agency Tass": the kit names Pashinyan as the speaker and Tass as the `channel` the words came through. The fourth row, *Serve for the Motherland*, is a slogan on a billboard: nobody in the story is saying it.
**What it cannot show:** whether a quote is accurate. The kit reads what the article attributes to whom; it cannot check that the person said it."""),
    md("""### Why a quote was attributed the way it was

Every row names the `rule` that decided it. `explain_quotes()` lists them all."""),
    code("""quotes.select("doc_id", "quote", "speaker_mention", "cue", "rule")"""),
    code("""explain_quotes()"""),
    md("""### Read it in place

`kit.highlight_quotes` shows an article with its quotes highlighted: speech in blue with the speaker in a label, scare quotes in orange, titles in purple, slogans in green. The mention the attribution rests on is underlined. Hover over a quote to see its cue. The article is escaped, so any HTML or script in a scraped page shows as text."""),
    code("""kit.highlight_quotes(docs, a, quotes_table=quotes)"""),
    code("""kit.highlight_quotes(docs, b, quotes_table=quotes, show_rules=True)"""),
    md("""## 2. Quotation marks that are not quotes

Quotation marks do more than report speech. A workshop needs three more kinds:

- **Scare quotes** hold a word at arm's length: the “so-called” Guildford Four, a “red line”, an “irregular” channel. Nobody is quoted; the writer signals *this is someone's term, not mine*. They are worth counting on their own: a story that puts “peace process” or “experts” in scare quotes is taking a position.
- **Titles** name works and named things: a film, a song, a campaign named by its tagline.
- **Slogans** are chanted, printed on banners and billboards, repeated as mottos.

The kit decides from the words around the marks ("so-called", "the term", "film", "chanted", "the slogan") and from the shape of the quoted words. A short fragment with no reporting verb in its sentence is a scare quote; the same fragment after "calling the issue a" is speech, because someone is said to have called it that."""),
    code("""examples = pl.DataFrame({"doc_id": [f"ex{i}" for i in range(6)], "text": [
    "The so-called “Guildford Four” were freed in 1989.",
    "Turkey had insisted it would not bow, calling the issue a “red line”.",
    "The army said the attack crossed a “red line” for the region.",
    "Teachers chanted, “Fund our schools,” outside the Statehouse.",
    "She starred in the film “A Concert of Hope” last year.",
    "Mr Blair said the families deserved “to be completely and publicly exonerated”.",
]})
kit.quotes(examples).select("doc_id", "quote", "kind", "speaker", "cue", "rule")"""),
    md("""**What this shows:** the same words can be speech or not. "red line" is Turkey's word when the sentence says Turkey called it that (speech); the third example is also speech, because *the army said* it, while a "red line" with no one saying it would be a scare quote. The last example is a *partial quote*: a fragment woven into the writer's sentence, still Blair's words.
**What it cannot show:** irony. A scare quote and a quoted term can look the same; read the sentence (`highlight_quotes`) before you count."""),
    md("""### Anonymous sources

"Officials said", "a source close to the talks said", "people familiar with the matter": the reader cannot check who is speaking. `kit.quotes` marks these attributions `anonymous`, and `kit.quote_density` counts them per article. A spokesman *for* a named organisation is not counted as anonymous: the organisation stands behind the words."""),
    code("""sources = pl.DataFrame({"doc_id": ["s"], "text": [
    "“The talks are over,” officials said. “Nothing is agreed,” a source close to the talks said. "
    "“We remain hopeful,” a spokesman for the Foreign Office said. “We will sign,” Ann Lee said."]})
kit.quotes(sources).select("quote", "speaker", "speaker_mention", "anonymous")"""),
    md("""## 3. Who is quoted in each version, and which quotes survived?

`compare_quotes` lines up the speech quotations of two versions: each quotation of the first is paired with the most similar of the second (shared words over the longer one's words). `same` kept every word, `changed` kept at least half, `only_a` vanished in the rewrite and `only_b` is new."""),
    code("""comparison = compare_quotes(quotes, a, b)
comparison.select("status", "similarity", "a_quote", "b_quote", "a_speaker", "b_speaker")"""),
    code("""chart = kq.comparison_chart(comparison)
if export_dir:
    kc.save(chart, Path(export_dir) / "03-quote-survival")
chart"""),
    md("""Which speakers vanished, and which appeared?"""),
    code("""speech = quotes.filter(pl.col("kind") == "speech")
in_a = set(speech.filter(pl.col("doc_id") == a)["speaker"].drop_nulls())
in_b = set(speech.filter(pl.col("doc_id") == b)["speaker"].drop_nulls())
print("quoted in both:", sorted(in_a & in_b))
print("only in", a, ":", sorted(in_a - in_b))
print("only in", b, ":", sorted(in_b - in_a))"""),
    md("""**What this shows:** none of the original's quotations survive the rewrite. Both of Pashinyan's quotes (the appeal for a peace document, and "we don't see military intervention as the only possibility") are gone; the rewrite quotes a different statement of his, taken from Tass. Pashinyan is still the only person quoted, so no *speaker* vanished, but his words changed completely, and the rewrite's quote arrives second-hand through a news agency.
**What it cannot show:** paraphrase. A quote that the rewrite turned into reported speech ("Pashinyan said his government has asked Russia for military support") counts as vanished here; compare the sentences (notebook 05) to see it."""),
    md("""## 4. How much of each article is quotation?

`kit.quote_density` gives one row per article: `words`, `quoted_words`, `quoted_share`, `quotes` (split and multi-paragraph quotes count once), `quotes_per_1k` words, distinct `speakers`, quotes with no identified speaker (`unattributed`, `unattributed_share`), `anonymous` attributions, and `scare_quotes` (scare quotes, titles and slogans). Only speech counts as quotation."""),
    code("""density = kit.quote_density(docs, quotes_table=quotes)
density"""),
    code("""chart = kq.density_chart(density)
if export_dir:
    kc.save(chart, Path(export_dir) / "03-quoted-share")
chart"""),
    md("""**What this shows:** about an eighth of the original's words are Pashinyan's own; in the rewrite the share falls to about one word in twenty-five. The rewrite tells more of the story in its own voice.
**What it cannot show:** how *much* of the story comes from sources: reported speech ("the ministry said the situation was calm") is attribution without quotation marks and is not counted here."""),
    md("""### Where in the article the quotes sit

News writing often opens with the writer's summary and brings the voices in later. `along_chart` splits each article into tenths and counts the quoted words in each."""),
    code("""chart = kq.along_chart(quotes, docs)
if export_dir:
    kc.save(chart, Path(export_dir) / "03-quotes-along")
chart"""),
    md("""**What this shows:** in both versions the opening tenths are quote-free; the original brings Pashinyan's words in from the middle to the end, the rewrite in its second quarter.
**What it cannot show:** anything general from two articles. Run it over a corpus (below) before drawing conclusions about a site's style."""),
    md("""## 5. The roster: who is quoted across a corpus

`kit.speakers` makes one row per speaker: quotations (split quotes counted once), fragments, quoted words, and the documents they appear in."""),
    code("""roster = kit.speakers(docs, quotes_table=quotes)
roster"""),
    md("""The same functions run over a whole corpus at once. This section uses the BBC News corpus when it sits beside the project; otherwise it prints a message and the cells below do nothing."""),
    code("""big = big_quotes = None
if Path(big_corpus).exists():
    started = time.perf_counter()
    big = kit.load(big_corpus, progress=False)
    loaded = time.perf_counter()
    big_quotes = kit.quotes(big)
    print(f"{big_quotes.height:,} quoted fragments in {big.height:,} articles: "
          f"loading {loaded - started:.1f} s, quotes {time.perf_counter() - loaded:.1f} s")
else:
    print(f"{big_corpus} is absent: the corpus section is skipped. Set big_corpus to a folder of your own.")"""),
    code("""if big is not None:
    big_roster = kit.speakers(big, quotes_table=big_quotes)
    chart = kq.roster_chart(big_roster, top=20)
    if export_dir:
        kc.save(chart, Path(export_dir) / "03-roster")
    display(chart)"""),
    md("""**What this shows:** who dominates the quotations of a corpus. In the BBC corpus of 2004–5 (an election year) the prime minister Tony Blair is quoted far more than anyone, followed by the Conservative leader Michael Howard, the chancellor Gordon Brown and the Liberal Democrat leader Charles Kennedy; then come football and rugby managers (Alex Ferguson, Andy Robinson, Rafael Benitez, Jose Mourinho).
**What it cannot show:** that two rows are one person across articles. Speakers are resolved *within* each article ("Mr Blair" → "Tony Blair"), and rows are merged by the name as resolved; a person named differently in two articles appears twice."""),
    code("""if big is not None:
    big_density = kit.quote_density(big, quotes_table=big_quotes).with_columns(
        section=pl.col("doc_id").str.split("/").list.first())
    display(big_density.group_by("section").agg(
        articles=pl.len(),
        quoted_share=pl.col("quoted_share").mean(),
        quotes_per_1k=pl.col("quotes_per_1k").mean(),
        anonymous=pl.col("anonymous").sum(),
        unattributed_share=pl.col("unattributed_share").mean(),
    ).sort("quoted_share", descending=True))"""),
    md("""**What this shows:** how much each section of the BBC relies on direct quotation, and how often it quotes someone it does not name.
**What it cannot show:** the reason. A sports report quoting a manager's post-match remarks and a politics story quoting an anonymous aide both raise the share."""),
    md("""## Try it

These cells run as they stand. Change the sentences and run them again."""),
    code("""mine = pl.DataFrame({"doc_id": ["mine"], "text": [
    "Mayor Ann Lee visited the flooded town on Monday.\\n\\n"
    "“We will rebuild every street,” she said. “Nobody will be left behind.”\\n\\n"
    "“It is too little, too late,” said Tom Reyes, a local shopkeeper, who called the plan a “sticking plaster”.\\n\\n"
    "“We have lost everything.”"]})
kit.quotes(mine).select("quote", "speaker", "speaker_mention", "cue", "kind", "group_id", "rule")"""),
    code("""kit.highlight_quotes(mine, "mine", show_rules=True)"""),
    code("""# single quotes as quotation marks (British style), apostrophes left alone
british = pl.DataFrame({"doc_id": ["uk"], "text": [
    "Azerbaijan’s soldiers’ families, who don't trust the ’90s deals, gathered. "
    "‘We will not give up,’ said Jo Marsh, their spokeswoman. 'It's our choice,' she added."]})
kit.quotes(british).select("quote", "speaker", "cue")"""),
    md("""## Exercises

1. **(Warm-up)** How many speech quotations (count a split quote once) does each version contain, and how many words do they quote?
2. **(Check the kit)** Open the highlighted original. Find the quote attributed through a pronoun. Which sentence does the pronoun point back to, and would a reader agree?
3. **(Scare quotes)** Write three sentences of your own that use quotation marks in three different ways (speech, scare quote, title) and check how the kit classifies them. Find one sentence the kit gets wrong and explain why its rule fails.
4. **(Your corpus)** In the bigger corpus, which five articles have the highest share of quoted words, and which five speakers are quoted anonymously most often?

<details><summary>Solutions (click to open)</summary>

The cells below compute the answers. For exercise 2: "He added that “we don’t see military intervention…”" points back to "Pashinyan said that his government has asked Russia for military support", the sentence before: the subject of the last reporting verb. For exercise 3, a classic failure is a quoted *word* after a reporting verb in the same sentence ("He said the plan was a “masterpiece” of timing") which the kit calls speech; whether it is speech or irony depends on tone, which rules cannot read.
</details>"""),
    code("""# 1. quotations and quoted words per version
density.select("doc_id", "quotes", "quoted_words", "quoted_share")"""),
    code("""# 2. the quote attributed through a pronoun, with the rule that decided it
quotes.filter(pl.col("mention_type") == "pronoun").select("doc_id", "quote", "speaker_mention", "speaker", "rule")"""),
    code("""# 3. three uses of quotation marks
three = pl.DataFrame({"doc_id": ["speech", "scare", "title"], "text": [
    "“We are ready,” the coach said.",
    "The club's “new era” began with a defeat.",
    "The band closed with the song “Hey Jude” at midnight."]})
kit.quotes(three).select("doc_id", "quote", "kind", "rule")"""),
    code("""# 4. the most quote-heavy articles and the anonymous speakers
if big is not None:
    display(big_density.sort("quoted_share", descending=True).select("doc_id", "quoted_share", "quotes", "speakers").head(5))
    display(big_quotes.filter(pl.col("anonymous")).group_by("speaker").len().sort("len", descending=True).head(5))"""),
    md("""## Summary

- `kit.quotes` finds every quoted fragment (curly, straight and single marks, split and multi-paragraph quotes, quotes inside quotes) and attributes it from the reporting verb around it, resolving pronouns and titles to the fullest name in the article. Every row says which `rule` decided it.
- Quotation marks also make scare quotes, titles and slogans; the kit keeps them apart from speech (`kind`), so they do not inflate who is quoted.
- `kit.quote_density` measures how much of each article is quotation, how many voices it has and how many are anonymous; `kit.speakers` builds the roster; `kit.highlight_quotes` lets you check any article by eye.
- The rewrite in the sample pair kept the speaker but none of his quoted words, and its only quote comes second-hand through a news agency.

## What's next

- **04 · Figures:** which numbers changed between the two versions, and who gave them.
- **05 · Comparing versions:** which sentences a rewrite kept, changed or dropped, including the paraphrased quotes this notebook counts as vanished.
- Run `python benchmarks/eval_quotes.py` to see how well the kit finds and attributes quotes on hand-annotated BBC and web articles, and `python benchmarks/eval_quotes.py --errors` to read every mistake it still makes.
"""),
]

nb = nbf.v4.new_notebook()
nb["cells"] = cells
nb["metadata"] = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
out = Path(__file__).resolve().parents[1] / "03-quotes.ipynb"
nbf.write(nb, out)
print(f"wrote {out}")
