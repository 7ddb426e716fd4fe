"""One entry point for setup and everyday jobs, needing only Python 3.11 and pip.

    python3 tasks.py lab       # set up (first time) and open JupyterLab on the notebooks
    python3 tasks.py test      # set up (first time) and run the whole test suite
    python3 tasks.py export    # run every notebook headless; write HTML and charts to output/

Setup creates ``.venv`` beside this file and installs the kit with every
version pinned by ``constraints.txt``, so every laptop in a workshop gets the
same kit. It reinstalls only when ``pyproject.toml`` or ``constraints.txt``
change.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".newskit-installed"


def _fingerprint() -> str:
    h = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def setup(*, force: bool = False) -> None:
    """Create .venv and install the kit with pinned versions (skipped when up to date)."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be run by any python3
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print(f"creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not force and STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    print("installing the kit and its pinned dependencies (about a minute the first time) ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(_fingerprint())


def _run(args: list[str], **kw: object) -> int:
    return subprocess.run(args, cwd=ROOT, **kw).returncode  # type: ignore[call-overload]


def lab(extra: list[str]) -> int:
    """Open JupyterLab on the notebooks folder, starting with 00-start-here."""
    setup()
    args = [str(BIN / "jupyter"), "lab", "--notebook-dir", str(ROOT / "notebooks")]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")  # jupyter refuses to run as root without it
    args += ["--LabApp.default_url=/lab/tree/00-start-here.ipynb", *extra]
    return _run(args)


def test(extra: list[str]) -> int:
    """Run unit tests, docstring examples, every notebook, and ruff."""
    setup()
    return _run([str(PYTHON), "-m", "pytest", *extra])


def export(extra: list[str]) -> int:
    """Execute every notebook headless; write executed notebooks, HTML and charts."""
    setup()
    return _run([str(PYTHON), "-m", "kit.run_notebooks", *extra])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("job", choices=["setup", "lab", "test", "export"])
    parser.add_argument("--force", action="store_true", help="reinstall even when up to date (setup)")
    args, extra = parser.parse_known_args()
    if args.job == "setup":
        setup(force=args.force)
        return 0
    return {"lab": lab, "test": test, "export": export}[args.job](extra)


if __name__ == "__main__":
    sys.exit(main())
