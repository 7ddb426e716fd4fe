"""Run every notebook headless, top to bottom, and write the results.

    python -m kit.run_notebooks [--out output] [notebooks/03-quotes.ipynb ...]

For each notebook it writes ``<out>/<name>.ipynb`` (executed) and
``<out>/<name>.html``; charts that notebooks save go to ``<out>/charts/``
(notebooks read the ``KIT_EXPORT_DIR`` environment variable). Charts in the
HTML are static SVG, so the pages open with no network.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def execute(path: Path, *, timeout: int = 900, export_dir: Path | None = None) -> object:
    """Execute one notebook in its own folder and return the executed notebook node."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    env_before = os.environ.get("KIT_EXPORT_DIR")
    if export_dir is not None:
        os.environ["KIT_EXPORT_DIR"] = str(export_dir)
    try:
        NotebookClient(
            nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        ).execute()
    finally:
        if export_dir is not None:
            if env_before is None:
                os.environ.pop("KIT_EXPORT_DIR", None)
            else:
                os.environ["KIT_EXPORT_DIR"] = env_before
    return nb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every notebooks/*.ipynb")
    parser.add_argument("--out", type=Path, default=Path("output"), help="folder for the results")
    args = parser.parse_args(argv)
    import nbformat
    from nbconvert import HTMLExporter

    paths = args.notebooks or sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    out = args.out.resolve()
    (out / "charts").mkdir(parents=True, exist_ok=True)
    failed = []
    for path in paths:
        t0 = time.perf_counter()
        print(f"running {path.name} ...", end=" ", flush=True)
        try:
            nb = execute(path.resolve(), export_dir=out / "charts")
        except Exception as err:  # report and go on with the other notebooks
            print(f"FAILED: {type(err).__name__}: {str(err)[:500]}")
            failed.append(path.name)
            continue
        nbformat.write(nb, out / path.name)
        body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
        (out / path.with_suffix(".html").name).write_text(body, encoding="utf-8")
        print(f"ok ({time.perf_counter() - t0:.1f} s)")
    print(f"results in {out}")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
