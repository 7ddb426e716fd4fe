"""Reading the texts that gold annotations in ``tests/gold/`` refer to.

A gold ``source`` is a path under ``../shared/corpora/`` (a BBC file, read whole and
decoded as UTF-8 with a cp1252 fallback), ``<json file>#<key>`` (the benchmark's
``articleBody`` for that page) or ``<csv file>#<doc_id>`` for AG News
(``ag-news-test/test.csv#test#41``: the item's description as :func:`kit.load` cleans
it, the way a user of the kit reads that table).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def _json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


@cache
def _ag_texts(path: Path) -> dict[str, str]:
    """AG News items by doc_id, loaded and cleaned by the kit (title in its own column)."""
    import warnings

    import kit

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = kit.load(path, has_header=False, text_column="column_2", title_column="column_1", progress=False)
    return dict(zip(docs["doc_id"].to_list(), docs["text"].to_list(), strict=True))


def source_text(source: str, shared: Path) -> str:
    """The text a gold line refers to."""
    if "#" in source:
        path, key = source.split("#", 1)
        if path.endswith(".csv"):
            return _ag_texts(shared / "corpora" / path)[key]
        return _json(shared / "corpora" / path)[key]["articleBody"]
    data = (shared / "corpora" / source).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")
