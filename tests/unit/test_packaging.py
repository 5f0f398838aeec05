"""The wheel must contain every package and the resources, whatever the source tree grows."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_source_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(src).parts)
        for init in src.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    found.add("meldpunt.resources")
    assert found == listed


def test_resources_are_reached_through_the_package() -> None:
    from meldpunt.resources import as_path, resource

    assert resource("translations").is_dir()
    assert as_path("translations", "meldpunt_nl.ts").is_file()
