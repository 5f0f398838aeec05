"""Building blocks for narrative phrases: alternatives per language and per-criterion texts.

Alternatives are separated by ``|``. An alternative that starts with ``f:`` or ``m:`` fits only a
woman or a man. Placeholders such as ``{partner}``, ``{couple}``, ``{trans_self}``, ``{friend}``
and ``{e}`` (French agreement) are filled by the generator for the person concerned.
Disclosures are clauses that begin a sentence ("toen ik vertelde…") and end before a comma.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("nl", "fr", "en")

# language -> alternatives
Texts = dict[str, tuple[str, ...]]


def texts(nl: str, fr: str, en: str) -> Texts:
    """Alternatives per language, each given as one ``|``-separated string."""
    return {
        lang: tuple(part.strip() for part in text.split("|"))
        for lang, text in (("nl", nl), ("fr", fr), ("en", en))
    }


def phrase(nl: str, fr: str, en: str) -> dict[str, str]:
    """One phrase per language."""
    return {"nl": nl, "fr": fr, "en": en}


@dataclass(frozen=True)
class CriterionText:
    """What narratives say about one criterion.

    ``disclose`` and ``remarks`` are keyed by context (``any``, ``housing``, ``work``,
    ``service``, ``finance``, ``nightlife``, ``street``, ``school``, ``police``); a remark is
    looked up in the scenario's context, then the contexts it falls back on, then ``any``.
    ``perceived`` is a disclosure plus a sentence for a trait that was only assumed;
    ``association`` is a disclosure plus a noun for a trait of someone close to the reporter.
    """

    noun: dict[str, str]
    disclose: dict[str, Texts]
    remarks: dict[str, Texts] = field(default_factory=dict)
    perceived: tuple[Texts, Texts] | None = None
    association: tuple[Texts, dict[str, str]] | None = None
