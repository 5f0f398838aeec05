"""The Dutch and French translations are complete and keep placeholders and mnemonics."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from meldpunt.resources import as_path

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(lang: str) -> list[tuple[str, str, str | None]]:
    tree = ET.parse(as_path("translations", f"meldpunt_{lang}.ts"))  # noqa: S314 - our own file
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            text = translation.text if kind != "unfinished" else None
            out.append((name, message.findtext("source") or "", text))
    return out


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_string_is_translated(lang: str) -> None:
    missing = [f"{ctx}: {src!r}" for ctx, src, text in messages(lang) if not (text or "").strip()]
    assert missing == []


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_placeholders_and_mnemonics_survive_translation(lang: str) -> None:
    for ctx, source, text in messages(lang):
        assert text is not None
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            ctx,
            source,
        )
        has_mnemonic = re.search(r"&[^&\s]", source) is not None
        assert has_mnemonic == (re.search(r"&[^&\s]", text) is not None), (ctx, source)
