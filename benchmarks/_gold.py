"""Reading the texts that gold annotations in ``tests/gold/`` refer to.

A gold ``source`` is a path under ``../shared/corpora/`` (a BBC file, read whole and
decoded as UTF-8 with a cp1252 fallback) or ``<json file>#<key>`` (the benchmark's
``articleBody`` for that page).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def _json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def source_text(source: str, shared: Path) -> str:
    """The text a gold line refers to."""
    if "#" in source:
        path, key = source.split("#", 1)
        return _json(shared / "corpora" / path)[key]["articleBody"]
    data = (shared / "corpora" / source).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")
