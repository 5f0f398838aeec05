"""Packaged resources: taxonomy data, translations, icons, fonts and templates.

This folder sits at the top of the repository and is installed as the
``meldpunt.resources`` package, so source checkouts (editable installs), wheels
and frozen bundles all reach it through ``importlib.resources``.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["as_path", "read_bytes", "read_text", "resource"]


def resource(*parts: str) -> Traversable:
    """The resource at ``parts`` below this package (it may not exist)."""
    node: Traversable = files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def as_path(*parts: str) -> Path:
    """A real file system path for APIs that need one (Qt translators, fonts).

    Source, wheel and frozen installs keep resources as plain files, so the
    context manager of ``as_file`` returns the file itself and nothing is
    extracted to a temporary location.
    """
    with as_file(resource(*parts)) as path:
        return Path(path)
