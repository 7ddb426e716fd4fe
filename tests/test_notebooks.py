"""Every notebook runs top to bottom, offline, with no error (as a workshop would run it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.run_notebooks import NOTEBOOKS, execute

NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))


def test_there_are_notebooks() -> None:
    assert any(p.name == "00-start-here.ipynb" for p in NOTEBOOK_PATHS)


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=[p.name for p in NOTEBOOK_PATHS])
def test_notebook_runs(path: Path, tmp_path: Path) -> None:
    nb = execute(path, export_dir=tmp_path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    # every chart shown carries a Vega-Lite 5 spec (drawn offline by JupyterLab) and an SVG fallback
    charts = [
        o["data"]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if "data" in o and any(k.startswith("application/vnd.vegalite") for k in o["data"])
    ]
    for data in charts:
        assert "application/vnd.vegalite.v5+json" in data
        assert "image/svg+xml" in data
    html = [o for c in nb.cells for o in c.get("outputs", []) if "data" in o and "text/html" in o["data"]]
    for o in html:  # nothing in the notebook's output loads a script from the web
        assert "cdn.jsdelivr" not in o["data"]["text/html"] and '<script src="http' not in o["data"]["text/html"]


def test_notebooks_are_stored_without_outputs() -> None:
    import nbformat

    for path in NOTEBOOK_PATHS:
        nb = nbformat.read(path, as_version=4)
        assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells), path.name
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), f"{path.name} has outputs"
