"""Loading: formats, ids, titles, bad input, and the sample corpus."""

from __future__ import annotations

import gzip
import warnings
from pathlib import Path

import polars as pl
import pytest

import kit
from kit.corpus import DuplicateIdError, KitLoadWarning, LoadError
from tests.conftest import SAMPLE, needs_shared


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_sample_corpus_loads_with_contract_columns(sample_docs: pl.DataFrame) -> None:
    assert sample_docs.height == 2
    for col in ("doc_id", "title", "text", "raw", "path", "source", "date"):
        assert col in sample_docs.columns
    assert sample_docs["doc_id"].to_list() == ["ceasefire-original", "ceasefire-rewrite"]
    assert sample_docs["doc_id"].is_unique().all()
    rewrite = sample_docs.row(1, named=True)
    assert rewrite["title"].startswith("Live update about Armenia")
    assert not rewrite["text"].startswith("Live update")
    original = sample_docs.row(0, named=True)
    assert original["title"] is None  # its first line is a sentence, not a headline
    assert original["source"] == "Nbcnews.com"
    assert "Leave a Reply" not in original["text"] and "Leave a Reply" in original["raw"]
    assert "You May Also Like" not in original["text"]
    assert "Getty Images" not in original["text"]
    assert "202001:09" not in original["text"]
    assert "Serve for the Motherland" in original["text"]  # the caption's prose stays


def test_raw_is_exactly_what_was_read(sample_docs: pl.DataFrame) -> None:
    for row in sample_docs.iter_rows(named=True):
        assert row["raw"] == Path(row["path"]).read_text(encoding="utf-8")


def test_formats_folder_recursive(tmp_path: Path) -> None:
    write(tmp_path / "a" / "one.txt", "A headline here\n\nBody of one.")
    write(tmp_path / "b" / "two.md", "# Markdown title\n\nBody of two.")
    write(
        tmp_path / "c" / "three.html",
        "<html><head><title>T3</title></head><body><article>"
        + "<p>"
        + "A real paragraph of article text that goes on. " * 8
        + "</p></article></body></html>",
    )
    write(tmp_path / "rows.jsonl", '{"id": "j1", "text": "Json one."}\n{"id": "j2", "text": "Json two."}\n')
    write(tmp_path / "rows.csv", "doc_id,headline,body\nc1,H,Csv one.\n")
    pl.DataFrame({"text": ["Parquet one."]}).write_parquet(tmp_path / "rows.parquet")
    write(tmp_path / "README.md", "not an article")
    docs = kit.load(tmp_path)
    ids = set(docs["doc_id"])
    assert {"a/one", "b/two", "c/three", "j1", "j2", "c1", "rows#0"} <= ids
    assert "README" not in ids
    by = {r["doc_id"]: r for r in docs.iter_rows(named=True)}
    assert by["a/one"]["title"] == "A headline here" and by["a/one"]["text"] == "Body of one."
    assert by["b/two"]["title"] == "Markdown title"
    assert "real paragraph" in by["c/three"]["text"] and "<p>" not in by["c/three"]["text"]
    assert by["c1"]["title"] == "H" and by["c1"]["text"] == "Csv one."


def test_file_glob_list_and_gz(tmp_path: Path) -> None:
    a = write(tmp_path / "x" / "a.txt", "Alpha text.")
    b = write(tmp_path / "y" / "b.txt", "Beta text.")
    write(tmp_path / "z.txt.gz", gzip.compress(b"Gamma text."))
    assert kit.load(a)["doc_id"].to_list() == ["a"]
    assert sorted(kit.load(str(tmp_path / "*" / "*.txt"))["doc_id"]) == ["x/a", "y/b"]
    assert sorted(kit.load([a, b])["doc_id"]) == ["x/a", "y/b"]
    assert kit.load(tmp_path / "z.txt.gz")["text"].to_list() == ["Gamma text."]


def test_frame_input_keeps_ids_and_options() -> None:
    frame = pl.DataFrame({"doc_id": ["b", "a"], "text": ["Two.", "One."], "section": ["x", "y"]})
    docs = kit.load(frame)
    assert docs["doc_id"].to_list() == ["b", "a"]
    assert docs["section"].to_list() == ["x", "y"]
    other = kit.load(pl.DataFrame({"key": ["k"], "story": ["S."]}), text_column="story", id_column="key")
    assert other.select("doc_id", "text").rows() == [("k", "S.")]
    with pytest.raises(LoadError, match="text column"):
        kit.load(pl.DataFrame({"foo": ["x"]}))


def test_duplicate_ids_are_an_error_naming_them() -> None:
    with pytest.raises(DuplicateIdError, match="'a'"):
        kit.load(pl.DataFrame({"doc_id": ["a", "a", "b"], "text": ["1", "2", "3"]}))


def test_bad_files_never_stop_the_rest(tmp_path: Path) -> None:
    for i in range(10):
        write(tmp_path / f"ok{i}.txt", f"Article number {i}.")
    write(tmp_path / "latin.txt", "Price \xa3300 today.".encode("cp1252"))
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "binary.txt", b"\x00\x01\x02PK\x03\x04" * 100)
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "broken.parquet", b"not a parquet file at all")
    with pytest.warns(KitLoadWarning) as caught:
        docs = kit.load(tmp_path)
    message = str(caught[0].message)
    assert "binary.txt" in message and "image.png" in message and "broken.parquet" in message
    assert docs.height == 12  # 10 good + latin (flagged) + empty (flagged)
    latin = docs.filter(pl.col("doc_id") == "latin").row(0, named=True)
    assert latin["text"] == "Price £300 today." and latin["problems"][0].startswith("not-utf8")
    assert docs.filter(pl.col("doc_id") == "empty")["problems"].to_list() == [["empty"]]
    report = kit.load_with_report(tmp_path)
    assert report.counts == {"found": 15, "loaded": 12, "flagged": 2, "skipped": 3}
    skipped = report.problems.filter(pl.col("action") == "skipped")
    assert set(skipped["problem"]) == {"binary", "unsupported-format", "unreadable"}
    assert all(str(tmp_path) in m for m in skipped["message"])


def test_missing_path_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="not a file, a folder or a glob"):
        kit.load(tmp_path / "nope")
    write(tmp_path / "only.csv", "a,b\n1,2\n")
    with pytest.raises(LoadError, match=r"only\.csv.*text column"):
        kit.load(tmp_path / "only.csv")
    with pytest.raises(LoadError, match="matched no files"):
        kit.load(str(tmp_path / "*.txt"))


def test_cleaning_can_be_turned_off() -> None:
    raw = (SAMPLE / "ceasefire-original.txt").read_text(encoding="utf-8")
    docs = kit.load(SAMPLE / "ceasefire-original.txt", clean=False)
    assert docs["text"][0] == raw.strip()
    assert kit.removed(docs).height == 0


def test_loader_never_writes_into_data(tmp_path: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in SAMPLE.rglob("*")}
    kit.load(SAMPLE)
    assert {p: p.stat().st_mtime_ns for p in SAMPLE.rglob("*")} == before


def test_bbc_corpus_loses_nothing() -> None:
    folder = needs_shared("corpora/bbc-news-fulltext")
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        report = kit.load_with_report(folder, progress=False)
    assert report.docs.height == 2225
    assert report.docs["doc_id"].is_unique().all()
    odd = report.docs.filter(pl.col("doc_id") == "sport/199").row(0, named=True)
    assert odd["encoding"] == "cp1252" and "£" in odd["raw"]
    assert report.problems.filter(pl.col("action") == "kept")["doc_id"].to_list() == ["sport/199"]
    assert report.docs["title"].null_count() == 0


def test_ag_news_csv_without_header() -> None:
    path = needs_shared("corpora/ag-news-test/test.csv")
    docs = kit.load(path, has_header=False, text_column="column_2", title_column="column_1")
    assert docs.height == 7600
    assert not docs["text"].str.contains(" #39;").any()
    assert not docs["text"].str.contains(" (?:quot|amp|gt|hellip);").any()  # '&' lost before a named entity
    assert docs["text"].str.contains('condemned as  ?"unfair"').any()
    assert not docs["text"].str.contains("&lt;").any()


def test_a_csv_whose_first_row_is_data_is_read_without_a_header(tmp_path: Path) -> None:
    rows = [
        '"3","Fears for pension after talks","Unions representing workers at Turner Newall say they are '
        'disappointed after talks with the parent firm."',
        '"4","Team sets launch date","A second team of rocketeers has announced the first launch date for its '
        'manned rocket, officials said on Monday."',
    ]
    (tmp_path / "items.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = kit.load_with_report(tmp_path, progress=False)
    with pytest.warns(KitLoadWarning, match="first row is data"):
        kit.load(tmp_path, progress=False)  # the user is told
    assert report.docs.height == 2  # the first row is an article, not lost as a header
    assert report.docs["title"].to_list() == ["Fears for pension after talks", "Team sets launch date"]
    assert report.docs["text"][0].startswith("Unions representing")
    note = report.problems.filter(pl.col("problem") == "no-header")
    assert note.height == 1 and "text from column_2, titles from column_1" in note["message"][0]
    # a table with real column names is read as before
    (tmp_path / "items.csv").write_text("id,headline,body\n" + rows[0].replace('"3"', '"a"') + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs = kit.load(tmp_path, progress=False)
    assert docs["title"].to_list() == ["Fears for pension after talks"]


def test_ag_news_csv_loads_with_no_arguments() -> None:
    path = needs_shared("corpora/ag-news-test/test.csv")
    with pytest.warns(KitLoadWarning, match="first row is data"):
        docs = kit.load(path)
    assert docs.height == 7600
    assert docs["title"][0] == "Fears for T N pension after talks"
