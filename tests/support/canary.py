"""Canary values planted in tests, and a search for them in every file the app wrote."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

CANARIES = (
    "Wannes Vercammen-Canary",
    "canary.vercammen@voorbeeld.be",
    "+32470998877",
    "Canarystraat 77, 3010 Kessel-Lo",
    "Immo Kanarie Dijlevallei",
    "De verhuurder zei dat er geen koppels van twee mannen in het kot mochten wonen.",
    "Zoë Çanary-Ñúñez 🏳️‍🌈",
)


def encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")]


def files_below(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(p for p in root.rglob("*") if p.is_file())
    return found


def find_canaries(files: Iterable[Path], canaries: Iterable[str] = CANARIES) -> list[str]:
    """Every (file, canary) where the canary's bytes appear, in UTF-8 or UTF-16."""
    hits = []
    patterns = [(c, enc) for c in canaries for enc in encodings(c)]
    for path in files:
        data = path.read_bytes()
        for canary, pattern in patterns:
            if pattern in data:
                hits.append(f"{path.name}: {canary!r}")
    return hits
