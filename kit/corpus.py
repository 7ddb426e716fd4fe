"""Load a corpus: a folder of articles, files, a glob, or a table of them.

:func:`load` returns the documents table (DOCS). Every file is read on its own:
one broken file is reported and skipped, never stopping the rest, and
:func:`load_with_report` says how many files were found, loaded, flagged and
skipped, with one row per problem.
"""

from __future__ import annotations

import glob as globlib
import gzip
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

import polars as pl

from kit import schema
from kit.clean import clean_text

TEXT_FORMATS = {".txt", ".text", ".md", ".markdown"}
HTML_FORMATS = {".html", ".htm", ".xhtml"}
TABLE_FORMATS = {".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".json"}
FORMATS = TEXT_FORMATS | HTML_FORMATS | TABLE_FORMATS
DEFAULT_EXCLUDE = ("README*", "LICENSE*", "LICENCE*", "SOURCE.txt", ".*", "*~", "Thumbs.db")
"""File names skipped in folders (reported as ``excluded``, never silently)."""

TEXT_COLUMNS = ("text", "body", "content", "article", "articleBody", "article_text", "story", "description")
ID_COLUMNS = ("doc_id", "id", "article_id", "uid", "key")
TITLE_COLUMNS = ("title", "headline", "heading")
DATE_COLUMNS = ("date", "published", "publish_date", "published_at", "pubdate", "datetime")
SOURCE_COLUMNS = ("source", "outlet", "publisher", "site", "sitename", "domain")


class LoadError(ValueError):
    """The corpus cannot be loaded as asked (the message says what to do)."""


class DuplicateIdError(LoadError):
    """Two or more documents share an id."""


class KitLoadWarning(UserWarning):
    """Some files were flagged or skipped while loading (see ``load_with_report``)."""


@dataclass
class LoadReport:
    """What :func:`load_with_report` found: the documents, every problem, and counts."""

    docs: pl.DataFrame
    problems: pl.DataFrame
    found: int = 0
    loaded: int = 0
    flagged: int = 0
    skipped: int = 0
    skipped_files: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Files found, loaded, flagged (loaded with a problem) and skipped."""
        return {"found": self.found, "loaded": self.loaded, "flagged": self.flagged, "skipped": self.skipped}

    def __repr__(self) -> str:
        c = self.counts
        return (
            f"LoadReport(found={c['found']} files, loaded={c['loaded']}, flagged={c['flagged']}, "
            f"skipped={c['skipped']}; {self.docs.height} documents, {self.problems.height} problems)"
        )


# --- reading one file ------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, falling back to cp1252 then latin-1.

    Returns the text and the encoding used.

    >>> decode("£5".encode("cp1252"))
    ('£5', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfplain")
    ('plain', 'utf-8')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def split_title(text: str, *, markdown: bool = False) -> tuple[str | None, int]:
    """Find a title on the first line of a text file.

    The first line is a title when it is short (at most 25 words and 200
    characters), does not end like a sentence ("." or ","), and more text
    follows it. Returns the title (or None) and where the body starts.

    >>> split_title("Ad sales boost Time Warner profit\\n\\nQuarterly profits rose.")
    ('Ad sales boost Time Warner profit', 35)
    >>> split_title("After two days of clashes, a truce held.\\n\\nMore text.")
    (None, 0)
    """
    lead = len(text) - len(text.lstrip())
    first, sep, rest = text[lead:].partition("\n")
    if not sep or not rest.strip():
        return None, 0
    line = first.strip()
    if markdown and line.startswith("#"):
        line = line.lstrip("#").strip()
    elif (
        not line
        or len(line.split()) > 25
        or len(line) > 200
        or (line.endswith((".", ",", ";", ":")) and not line.endswith(("...", "…")))
    ):
        return None, 0
    body_start = lead + len(first) + 1
    body_start += len(text[body_start:]) - len(text[body_start:].lstrip())
    return line, body_start


def extract_html(
    page: str,
    *,
    favor_precision: bool = True,
    favor_recall: bool = False,
    include_tables: bool = True,
) -> dict[str, str | None]:
    """Extract the main article text and metadata from a web page with trafilatura.

    Paragraphs are separated by blank lines. Returns ``text``, ``title``, ``date``
    and ``source`` (the site name); ``text`` is None when no article was found.
    When the text starts with the title again, that first line is dropped (the
    title is in ``title``).

    The defaults scored best on the article-extraction benchmark (181 real news
    pages; ``benchmarks/eval_extraction.py``): ``favor_precision`` leaves out
    more page furniture (teasers, newsletter boxes) for a small loss of recall;
    ``include_tables`` keeps tables that are part of the article. When precision
    mode finds almost nothing (under 50 words) and the balanced mode finds four
    times as many words, the balanced result is used.
    """
    import trafilatura  # heavy: imported only when HTML is read
    from trafilatura.settings import Document

    def run(precise: bool) -> Document | None:
        return trafilatura.bare_extraction(
            page,
            include_comments=False,
            include_tables=include_tables,
            favor_precision=precise,
            favor_recall=favor_recall,
            with_metadata=True,
        )

    doc = run(favor_precision)
    n_words = len((doc.text or "").split()) if doc is not None else 0
    if favor_precision and n_words < 50:
        # precision mode sometimes drops the article itself: a few words where the
        # balanced mode finds four times as many is a failure, not a short article
        fuller = run(False)
        if fuller is not None and len((fuller.text or "").split()) >= 4 * max(n_words, 1):
            doc = fuller
    if doc is None:
        return {"text": None, "title": None, "date": None, "source": None}
    text = re.sub(r"\n+", "\n\n", doc.text or "").strip()
    first, _, rest = text.partition("\n\n")
    if doc.title and rest and " ".join(first.split()) == " ".join(doc.title.split()):
        text = rest
    return {"text": text or None, "title": doc.title, "date": doc.date, "source": doc.sitename}


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        data = gzip.decompress(data)
    return data


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.1


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))


@dataclass
class _Doc:
    doc_id: str
    raw: str
    text: str
    title: str | None = None
    path: str | None = None
    source: str | None = None
    date: str | None = None
    fmt: str = "txt"
    encoding: str | None = "utf-8"
    body_offset: int = 0
    problems: list[str] = field(default_factory=list)
    cleaning: list[dict[str, object]] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)


def _finish(doc: _Doc, *, clean: bool) -> _Doc:
    """Clean the body and record the audit; offsets are kept relative to ``raw`` for text."""
    if not clean:
        return doc
    cleaned, removals, source = clean_text(doc.text)
    shift = doc.body_offset if doc.fmt in ("txt", "md", "table") else 0
    doc.cleaning = [{**r, "start": r["start"] + shift, "end": r["end"] + shift} for r in removals]
    doc.text = cleaned
    doc.source = doc.source or source
    return doc


def _text_doc(doc_id: str, path: Path, data: bytes, fmt: str, *, clean: bool, title: bool) -> _Doc:
    raw, encoding = decode(data)
    problems = []
    if encoding != "utf-8":
        problems.append(f"not-utf8: decoded as {encoding}")
    if not raw.strip():
        problems.append("empty")
    head, body_start = split_title(raw, markdown=fmt == "md") if title else (None, 0)
    body = raw[body_start:].strip() if head else raw.strip()
    body_offset = body_start if head else len(raw) - len(raw.lstrip())
    doc = _Doc(
        doc_id,
        raw,
        body,
        title=head,
        path=str(path),
        fmt=fmt,
        encoding=encoding,
        body_offset=body_offset,
        problems=problems,
    )
    return _finish(doc, clean=clean)


def _html_doc(doc_id: str, path: Path, data: bytes, *, clean: bool) -> _Doc:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:5000], re.IGNORECASE)
    raw, encoding = decode(data)
    if declared and encoding == "utf-8":
        encoding = declared.group(1).decode("ascii", "replace").lower()
    problems = [] if encoding in ("utf-8", "utf8") else [f"not-utf8: decoded as {encoding}"]
    meta = extract_html(raw)
    text = meta["text"] or ""
    if not text:
        problems.append("no-article-text: no main text found in the page")
    doc = _Doc(
        doc_id,
        raw,
        text,
        title=meta["title"],
        path=str(path),
        source=meta["source"],
        date=meta["date"],
        fmt="html",
        encoding=encoding,
        problems=problems,
    )
    return _finish(doc, clean=clean)


# --- tables ----------------------------------------------------------------------


def _pick(columns: Sequence[str], wanted: str | None, candidates: Iterable[str], what: str) -> str | None:
    if wanted is not None:
        if wanted not in columns:
            raise LoadError(
                f"{what} column {wanted!r} not found; the table has: {', '.join(columns)}. "
                f"Pass {what}_column= one of those."
            )
        return wanted
    lower = {c.lower(): c for c in columns}
    return next((lower[c.lower()] for c in candidates if c.lower() in lower), None)


def _read_table(path: Path, fmt: str, *, has_header: bool) -> pl.DataFrame:
    if fmt == ".parquet":
        return pl.read_parquet(path)
    if fmt in (".jsonl", ".ndjson"):
        return pl.read_ndjson(_read_bytes(path))
    if fmt == ".json":
        return pl.read_json(_read_bytes(path))
    sep = "\t" if fmt == ".tsv" else ","
    text, _ = decode(_read_bytes(path))
    return pl.read_csv(text.encode("utf-8"), separator=sep, has_header=has_header, infer_schema=False, quote_char='"')


def _header_is_data(columns: Sequence[str]) -> bool:
    """Whether a CSV's first row reads as data, not column names: no known text column, and a
    "name" that is a sentence (five words or more) or a bare number ('"3","Fears for T N pension ..."')."""
    if _pick(columns, None, TEXT_COLUMNS, "text") is not None:
        return False
    return any(len(c.split()) >= 5 or c.strip().replace(".", "", 1).isdigit() for c in columns)


def _guess_text_columns(table: pl.DataFrame) -> tuple[str, str | None]:
    """For a table without a header: the text is the column with the longest values on average; the
    title, a shorter column of several words (AG News: class, title, description)."""
    lengths = {
        c: (table[c].cast(pl.String).str.len_chars().mean() or 0.0,
            table[c].cast(pl.String).str.count_matches(r"\s+").mean() or 0.0)
        for c in table.columns
    }  # fmt: skip
    ranked = sorted(lengths, key=lambda c: lengths[c][0], reverse=True)
    text = ranked[0]
    title = next(
        (c for c in ranked[1:] if lengths[c][1] >= 2 and 15 <= lengths[c][0] <= 0.8 * lengths[text][0]), None
    )
    return text, title


def _no_header_note(
    path: Path, doc_id: str, columns: Sequence[str], text: str, title: str | None
) -> dict[str, str | None]:
    titled = f", titles from {title}" if title else ""
    return {
        "path": str(path),
        "doc_id": doc_id,
        "problem": "no-header",
        "action": "kept",
        "message": f"{path}: the first row is data, not column names, so the table was read without a header "
        f"(columns {', '.join(columns)}): text from {text}{titled}. To choose other columns, pass "
        "has_header=False with text_column= and title_column=.",
    }


def _table_docs(
    frame: pl.DataFrame,
    *,
    prefix: str | None,
    path: str | None,
    text_column: str | None,
    id_column: str | None,
    title_column: str | None,
    clean: bool,
) -> list[_Doc]:
    cols = frame.columns
    tcol = _pick(cols, text_column, TEXT_COLUMNS, "text")
    if tcol is None:
        where = f" in {path}" if path else ""
        raise LoadError(
            f"no text column found{where}; the table has: {', '.join(cols)}. Pass text_column='<name>' to kit.load."
        )
    icol = _pick(cols, id_column, ID_COLUMNS, "id")
    hcol = _pick(cols, title_column, TITLE_COLUMNS, "title")
    dcol = _pick(cols, None, DATE_COLUMNS, "date")
    scol = _pick(cols, None, SOURCE_COLUMNS, "source")
    used = {c for c in (tcol, icol, hcol, dcol, scol) if c}
    extra_cols = [c for c in cols if c not in used and c not in schema.DOCS]
    docs = []
    for i, row in enumerate(frame.iter_rows(named=True)):
        raw = row[tcol]
        raw = "" if raw is None else str(raw)
        ident = row[icol] if icol else None
        if ident is None:
            ident = f"{prefix}#{i}" if prefix else f"row-{i:06d}"
        problems = [] if raw.strip() else ["empty"]
        date = row[dcol] if dcol else None
        doc = _Doc(
            str(ident),
            raw,
            raw.strip(),
            title=row[hcol] if hcol else None,
            path=path,
            source=row[scol] if scol else None,
            date=None if date is None else str(date),
            fmt="table",
            body_offset=len(raw) - len(raw.lstrip()),
            encoding=None,
            problems=problems,
            extra={c: row[c] for c in extra_cols},
        )
        docs.append(_finish(doc, clean=clean))
    return docs


# --- finding files -----------------------------------------------------------------


def _expand(
    source: str | Path | Sequence[str | Path], *, exclude: Sequence[str]
) -> tuple[list[Path], Path, list[Path]]:
    """The files a source names, the folder ids are relative to, and files excluded by name."""
    if isinstance(source, (str, Path)):
        s = str(source)
        p = Path(s).expanduser()
        if p.is_dir():
            everything = sorted(q for q in p.rglob("*") if q.is_file())
            keep = [q for q in everything if not any(fnmatch(q.name, pat) for pat in exclude)]
            kept = set(keep)
            dropped = [q for q in everything if q not in kept]
            return keep, p, dropped
        if p.is_file():
            return [p], p.parent, []
        if any(ch in s for ch in "*?["):
            files = sorted(Path(f) for f in globlib.glob(s, recursive=True) if Path(f).is_file())
            if not files:
                raise LoadError(f"the pattern {s!r} matched no files. Check the path and the pattern.")
            return files, _common_root(files), []
        raise LoadError(
            f"{s!r} is not a file, a folder or a glob pattern that exists "
            f"(looked in {Path.cwd()}). Check the path, or pass a polars DataFrame."
        )
    files = [Path(f).expanduser() for f in source]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise LoadError(f"these files do not exist: {', '.join(missing[:10])}. Remove them from the list.")
    return files, _common_root(files), []


def _common_root(files: Sequence[Path]) -> Path:
    parents = [f.resolve().parent for f in files]
    root = parents[0]
    for par in parents[1:]:
        while root not in (par, *par.parents):
            root = root.parent
    return root


def _doc_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        try:
            rel = path.resolve().relative_to(root.resolve())
        except ValueError:
            rel = Path(path.name)
    rel_str = rel.as_posix()
    for suffix in (".gz",):
        rel_str = rel_str.removesuffix(suffix)
    return rel_str.rsplit(".", 1)[0] if "." in Path(rel_str).name else rel_str


# --- assembling -------------------------------------------------------------------


def _frame(docs: list[_Doc]) -> pl.DataFrame:
    fields = {k: v for k, v in schema.REMOVED.items() if k != "doc_id"}
    base = pl.DataFrame(
        {
            "doc_id": [d.doc_id for d in docs],
            "title": [d.title for d in docs],
            "text": [d.text for d in docs],
            "raw": [d.raw for d in docs],
            "path": [d.path for d in docs],
            "source": [d.source for d in docs],
            "date": [d.date for d in docs],
            "format": [d.fmt for d in docs],
            "encoding": [d.encoding for d in docs],
            "problems": [d.problems or None for d in docs],
            "body_offset": [d.body_offset for d in docs],
            "_i": list(range(len(docs))),
        },
        schema={**schema.DOCS, "format": pl.String, "body_offset": pl.Int64, "_i": pl.Int64},
    ).with_columns(pl.col("problems").fill_null([]))
    # the audit: built flat (fast), then gathered into one list of removals per document
    flat = pl.DataFrame(
        [{"_i": i, **{k: r[k] for k in fields}} for i, d in enumerate(docs) for r in d.cleaning],
        schema={"_i": pl.Int64, **fields},
    )
    audit = flat.group_by("_i").agg(cleaning=pl.struct(*fields))
    base = (
        base.join(audit, on="_i", how="left", maintain_order="left")
        .with_columns(pl.col("cleaning").fill_null([]))
        .drop("_i")
        .select(
            "doc_id",
            "title",
            "text",
            "raw",
            "path",
            "source",
            "date",
            "format",
            "encoding",
            "problems",
            "body_offset",
            "cleaning",
        )
    )
    extra_keys = sorted({k for d in docs for k in d.extra})
    if extra_keys:
        base = base.with_columns(pl.Series(k, [d.extra.get(k) for d in docs], strict=False) for k in extra_keys)
    return base


def _check_unique(ids: Sequence[str], what: str) -> None:
    seen: dict[str, int] = {}
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
    dups = [i for i, n in seen.items() if n > 1]
    if dups:
        shown = ", ".join(repr(d) for d in dups[:10]) + (f" and {len(dups) - 10} more" if len(dups) > 10 else "")
        raise DuplicateIdError(
            f"duplicate document ids {what}: {shown}. Ids must be unique: fix the id column, "
            "or pass id_column=None to number the rows instead."
        )


def _progress(items: Sequence[Path], show: bool | None) -> Iterable[Path]:
    if show is None:
        show = len(items) >= 200
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="loading", unit="file")


def load_with_report(
    source: str | Path | Sequence[str | Path] | pl.DataFrame,
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    title_column: str | None = None,
    clean: bool = True,
    titles: bool = True,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
    has_header: bool = True,
    progress: bool | None = None,
) -> LoadReport:
    """Load a corpus and report every file found, loaded, flagged or skipped.

    Takes the same arguments as :func:`load`; returns a :class:`LoadReport` with
    ``docs``, ``problems`` (``path``, ``doc_id``, ``problem``, ``action``,
    ``message``) and ``counts``.
    """
    if isinstance(source, pl.LazyFrame):
        source = source.collect()
    if isinstance(source, pl.DataFrame):
        if "doc_id" in source.columns and "text" in source.columns and text_column is None and id_column is None:
            icol, tcol = "doc_id", "text"
        else:
            icol, tcol = id_column, text_column
        if icol is not None or _pick(source.columns, None, ID_COLUMNS, "id"):
            col = icol or _pick(source.columns, None, ID_COLUMNS, "id")
            _check_unique([str(x) for x in source[col].to_list()], f"in column {col!r}")
        docs = _table_docs(
            source,
            prefix=None,
            path=None,
            text_column=tcol,
            id_column=icol,
            title_column=title_column,
            clean=clean,
        )
        frame = _frame(docs)
        problems = _problem_rows(docs)
        flagged = sum(1 for d in docs if d.problems)
        return LoadReport(frame, problems, found=0, loaded=len(docs), flagged=flagged)

    files, root, excluded = _expand(source, exclude=exclude)
    docs: list[_Doc] = []
    skipped: list[dict[str, str | None]] = [
        {
            "path": str(p),
            "doc_id": None,
            "problem": "excluded",
            "action": "skipped",
            "message": f"{p}: skipped because its name matches exclude={tuple(exclude)}",
        }
        for p in excluded
    ]
    notes: list[dict[str, str | None]] = []  # files read in a way the user did not ask for
    for path in _progress(files, progress):
        fmt = _format_of(path)
        doc_id = _doc_id(path, root)
        try:
            if fmt not in FORMATS:
                raise _Skip(
                    "unsupported-format",
                    f"{path}: not a format the kit reads ({', '.join(sorted(FORMATS))}); "
                    "convert it or move it out of the folder",
                )
            if fmt in TABLE_FORMATS:
                table = _read_table(path, fmt, has_header=has_header)
                tcol, hcol = text_column, title_column
                if has_header and fmt in (".csv", ".tsv") and tcol is None and _header_is_data(table.columns):
                    table = _read_table(path, fmt, has_header=False)
                    tcol, guessed = _guess_text_columns(table)
                    hcol = hcol or guessed
                    notes.append(_no_header_note(path, doc_id, table.columns, tcol, hcol))
                docs.extend(
                    _table_docs(
                        table,
                        prefix=doc_id,
                        path=str(path),
                        text_column=tcol,
                        id_column=id_column,
                        title_column=hcol,
                        clean=clean,
                    )
                )
                continue
            data = _read_bytes(path)
            if _looks_binary(data):
                raise _Skip(
                    "binary",
                    f"{path}: looks like a binary file, not text; skipped. "
                    "Remove it from the folder or convert it to .txt",
                )
            if fmt in HTML_FORMATS:
                docs.append(_html_doc(doc_id, path, data, clean=clean))
            else:
                docs.append(
                    _text_doc(doc_id, path, data, fmt.lstrip(".") if fmt == ".md" else "txt", clean=clean, title=titles)
                )
        except _Skip as skip:
            skipped.append(
                {
                    "path": str(path),
                    "doc_id": doc_id,
                    "problem": skip.problem,
                    "action": "skipped",
                    "message": skip.message,
                }
            )
        except DuplicateIdError:
            raise
        except (OSError, ValueError, pl.exceptions.PolarsError, EOFError) as err:
            skipped.append(
                {
                    "path": str(path),
                    "doc_id": doc_id,
                    "problem": "unreadable",
                    "action": "skipped",
                    "message": f"{path}: could not be read ({type(err).__name__}: {err}); "
                    "check the file or remove it from the folder",
                }
            )
    _dedupe_ids(docs)
    if files and not docs and len(skipped) > len(excluded):
        reasons = "\n  ".join(str(s["message"]) for s in skipped if s["problem"] != "excluded")
        raise LoadError(f"no document could be loaded from {source}:\n  {reasons}")
    frame = _frame(docs)
    problems = pl.concat(
        [_problem_rows(docs), *(pl.DataFrame(rows, schema=schema.PROBLEMS) for rows in (notes, skipped))]
    )
    n_skipped = sum(1 for s in skipped if s["problem"] != "excluded")
    report = LoadReport(
        frame,
        problems,
        found=len(files) + len(excluded),
        loaded=len(files) - n_skipped,
        flagged=sum(1 for d in docs if d.problems),
        skipped=n_skipped + len(excluded),
        skipped_files=[str(s["path"]) for s in skipped],
    )
    return report


class _Skip(Exception):
    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem, self.message = problem, message


def _dedupe_ids(docs: list[_Doc]) -> None:
    """Ids from paths collide only when two files differ by extension: keep the extension then."""
    counts: dict[str, int] = {}
    for d in docs:
        counts[d.doc_id] = counts.get(d.doc_id, 0) + 1
    for d in docs:
        if counts[d.doc_id] > 1 and d.path and "#" not in d.doc_id:
            d.doc_id = d.doc_id + Path(d.path).suffix
    _check_unique([d.doc_id for d in docs], "in the files loaded")


def _problem_rows(docs: list[_Doc]) -> pl.DataFrame:
    rows = []
    for d in docs:
        for p in d.problems:
            rows.append(
                {
                    "path": d.path,
                    "doc_id": d.doc_id,
                    "problem": p.split(":")[0],
                    "action": "kept",
                    "message": f"{d.path or d.doc_id}: {p}; kept and flagged",
                }
            )
    return pl.DataFrame(rows, schema=schema.PROBLEMS)


def load(
    source: str | Path | Sequence[str | Path] | pl.DataFrame,
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    title_column: str | None = None,
    clean: bool = True,
    titles: bool = True,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
    has_header: bool = True,
    progress: bool | None = None,
) -> pl.DataFrame:
    """Load a corpus into the documents table.

    Parameters
    ----------
    source : str, Path, list of paths, or DataFrame
        A folder (read recursively), a file, a glob pattern (``"news/*/*.txt"``),
        a list of paths, or a polars DataFrame with a text column. Files:
        ``.txt``/``.md`` (the first line is the title when it looks like one),
        ``.html``/``.htm`` (main text extracted with trafilatura), ``.jsonl``,
        ``.csv``, ``.tsv``, ``.parquet`` (one document per row); any of them may be
        gzipped (``.html.gz``).
    text_column, id_column, title_column : str, default=None
        Columns to use in tables; found by name when None (``text``/``body``/
        ``content``..., ``doc_id``/``id``..., ``title``/``headline``). A frame
        with ``doc_id`` and ``text`` is taken as it is, ids kept.
    clean : bool, default=True
        Remove web boilerplate from ``text`` (``raw`` always keeps everything;
        :func:`kit.removed` lists what went and why).
    titles : bool, default=True
        Take the first line of text files as the title when it looks like one.
    exclude : sequence of str, default=DEFAULT_EXCLUDE
        File-name patterns skipped in folders (README, LICENSE, hidden files).
    has_header : bool, default=True
        Whether CSV files have a header row (without one, columns are
        ``column_0``, ``column_1``...). When a CSV's first row reads as data
        (a sentence or a bare number where a column name should be) and no
        ``text_column`` is given, it is read without a header: the text is
        the column with the longest values, the title a shorter column of
        several words, and the report says so (problem ``no-header``).
    progress : bool, default=None
        Show a progress bar; by default when there are 200 files or more.

    Returns
    -------
    DataFrame
        DOCS: ``doc_id`` (relative path without extension, or the id column),
        ``title``, ``text``, ``raw``, ``path``, ``source``, ``date``, ``format``,
        ``encoding``, ``problems`` (list of flags such as ``not-utf8``, ``empty``),
        ``body_offset`` and ``cleaning`` (the audit), plus any other table columns.

    Problems never stop the load: files that cannot be read are skipped and
    listed in a :class:`KitLoadWarning`; use :func:`load_with_report` for the
    full table and counts.

    Examples
    --------
    >>> import polars as pl
    >>> docs = load(pl.DataFrame({"id": ["x"], "body": ["A text.\\n\\nLeave a Reply"]}))
    >>> docs.select("doc_id", "text").rows()
    [('x', 'A text.')]
    """
    report = load_with_report(
        source,
        text_column=text_column,
        id_column=id_column,
        title_column=title_column,
        clean=clean,
        titles=titles,
        exclude=exclude,
        has_header=has_header,
        progress=progress,
    )
    shown = report.problems.filter(pl.col("problem") != "excluded")
    if shown.height:
        lines = shown["message"].to_list()
        more = f"\n  ... and {len(lines) - 20} more" if len(lines) > 20 else ""
        warnings.warn(
            f"{report!r}\n  "
            + "\n  ".join(lines[:20])
            + more
            + "\nSee kit.load_with_report(...).problems for the full list.",
            KitLoadWarning,
            stacklevel=2,
        )
    return report.docs
