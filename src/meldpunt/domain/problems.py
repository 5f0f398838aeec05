"""A problem found in a report or an import file: field, machine code, translatable message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field

from meldpunt.domain.i18n import ParamValue, message

__all__ = ["ParamValue", "Problem"]


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one field, never the value itself.

    ``field`` is in contract form (``"reporter.email"``, ``"criteria"``); ``code`` is a
    stable machine key for callers and tests (``"required"``, ``"too_long"`` …);
    ``message_key`` and ``params`` select and fill the text a desk worker reads. Params hold
    codes, counts and positions only — personal data must never reach a log or a dialog
    through a problem.
    """

    field: str
    code: str
    message_key: str
    params: Mapping[str, ParamValue] = dc_field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # A private copy: the caller's dict may change after the problem was made.
        object.__setattr__(self, "params", dict(self.params))

    def message(self, lang: str = "nl") -> str:
        """The explanation in ``lang`` (nl, fr or en)."""
        return message(self.message_key, lang, **{"field": self.field, **self.params})
