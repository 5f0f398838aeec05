"""The versioned code lists of domain.md (criteria, domains, forms, statuses …) and their labels."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cache
from types import MappingProxyType
from typing import Any

from meldpunt.resources import read_text

__all__ = [
    "DEFAULT_LANGUAGE",
    "FIELDS",
    "LANGUAGES",
    "TAXONOMY_FORMAT",
    "Code",
    "Taxonomy",
    "TaxonomyError",
    "load_taxonomy",
    "normalise_language",
]

LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
TAXONOMY_FORMAT = "meldpunt-taxonomy/1"

# The coded fields every taxonomy file must define (it may define more).
FIELDS: tuple[str, ...] = (
    "criteria",
    "modifiers",
    "domain",
    "forms",
    "channel",
    "reporter_role",
    "counterparty_type",
    "area",
    "wishes",
    "status",
    "assessment",
    "result",
    "referral_body",
    "action_type",
    "language",
)

# Codes are ASCII so that their length in characters is also their length in UTF-8 bytes,
# which the fixed-width field encryption relies on (see Taxonomy.max_codes_length).
_CODE_RE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?\Z")
_CODE_SEPARATOR = ";"


class TaxonomyError(ValueError):
    """The taxonomy data is malformed: a packaging or editing mistake, never a user error."""


def normalise_language(lang: str | None) -> str:
    """``"fr_BE"``, ``"FR"`` or ``"fr-be"`` → ``"fr"``; anything unsupported → Dutch."""
    if not lang:
        return DEFAULT_LANGUAGE
    short = lang.replace("-", "_").split("_", 1)[0].lower()
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def _safe_code(code: object) -> str:
    """The code for an error message, or a placeholder when it is not code-shaped.

    A caller may pass whatever a file or a form contained; only a code-shaped value is
    repeated, so a name typed into the wrong column never ends up in a log.
    """
    if isinstance(code, str) and len(code) <= 64 and _CODE_RE.match(code):
        return code
    return "<not a code>"


@dataclass(frozen=True, slots=True)
class Code:
    """One code of one field, with its labels and the period in which it may be used."""

    field: str
    code: str
    labels: Mapping[str, str] = dc_field(hash=False)
    group: str | None = None
    parent: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor: str | None = None
    labels_before: Mapping[str, str] | None = dc_field(default=None, hash=False)
    renamed_on: dt.date | None = None
    assimilated_to: str | None = None

    def __post_init__(self) -> None:
        # The taxonomy is one cached object shared by the whole process: read-only labels
        # keep one caller from changing what every other caller sees.
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))
        if self.labels_before is not None:
            object.__setattr__(self, "labels_before", MappingProxyType(dict(self.labels_before)))

    def is_valid_on(self, day: dt.date) -> bool:
        """Whether the code may be used for a report dated ``day`` (both ends inclusive)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    def label(self, lang: str = DEFAULT_LANGUAGE, *, on: dt.date | None = None) -> str:
        """The label in ``lang``; the label used before a rename for dates before it."""
        lang = normalise_language(lang)
        if (
            on is not None
            and self.labels_before is not None
            and self.renamed_on is not None
            and on < self.renamed_on
        ):
            return self.labels_before[lang]
        return self.labels[lang]


class Taxonomy:
    """All code lists of one taxonomy version; immutable after construction.

    Codes keep their meaning forever. A new label for the same meaning keeps the code
    (``labels_before`` and ``renamed_on``); a code whose meaning is replaced gets a
    ``valid_to`` date and a ``successor``, and statistics count it as the last code of its
    successor chain so that year-on-year figures stay comparable.
    """

    def __init__(
        self,
        *,
        version: str,
        codes: Mapping[str, Sequence[Code]],
        groups: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None,
        field_labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self._version = version
        self._lists: dict[str, tuple[Code, ...]] = {f: tuple(c) for f, c in codes.items()}
        self._index: dict[str, dict[str, Code]] = {}
        self._groups: dict[str, dict[str, dict[str, str]]] = {
            f: {g: dict(labels) for g, labels in by_group.items()}
            for f, by_group in (groups or {}).items()
        }
        self._field_labels = {f: dict(labels) for f, labels in (field_labels or {}).items()}
        for field_name, entries in self._lists.items():
            index: dict[str, Code] = {}
            for entry in entries:
                if entry.field != field_name:
                    raise TaxonomyError(
                        f"{field_name}: entry {entry.code} says field {entry.field}"
                    )
                if entry.code in index:
                    raise TaxonomyError(f"{field_name}: code {entry.code} appears twice")
                index[entry.code] = entry
            self._index[field_name] = index
        self._check()

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_json(cls, text: str) -> Taxonomy:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise TaxonomyError(f"taxonomy file is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise TaxonomyError("taxonomy file must hold a JSON object")
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from the parsed taxonomy file; every field of FIELDS must be present."""
        if data.get("format") != TAXONOMY_FORMAT:
            raise TaxonomyError(f"taxonomy format must be {TAXONOMY_FORMAT!r}")
        version = data.get("version")
        if not isinstance(version, str) or not version:
            raise TaxonomyError("taxonomy version is missing")
        missing = [f for f in FIELDS if f not in data]
        if missing:
            raise TaxonomyError(f"taxonomy lacks the fields {', '.join(missing)}")
        reserved = {"format", "version", "about", "field_labels", "groups"}
        codes: dict[str, list[Code]] = {}
        for field_name, entries in data.items():
            if field_name in reserved:
                continue
            if not isinstance(entries, list):
                raise TaxonomyError(f"{field_name}: expected a list of codes")
            codes[field_name] = [_code_from_dict(field_name, entry) for entry in entries]
        groups: dict[str, dict[str, dict[str, str]]] = {}
        raw_groups = data.get("groups", {})
        if not isinstance(raw_groups, dict):
            raise TaxonomyError("groups: expected an object")
        for field_name, entries in raw_groups.items():
            if not isinstance(entries, list):
                raise TaxonomyError(f"groups.{field_name}: expected a list")
            by_code: dict[str, dict[str, str]] = {}
            for entry in entries:
                if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
                    raise TaxonomyError(f"groups.{field_name}: every group needs a code")
                where = f"groups.{field_name}.{entry['code']}"
                by_code[entry["code"]] = _labels(entry.get("labels"), where)
            groups[field_name] = by_code
        raw_field_labels = data.get("field_labels", {})
        if not isinstance(raw_field_labels, dict):
            raise TaxonomyError("field_labels: expected an object")
        field_labels = {
            name: _labels(labels, f"field_labels.{name}")
            for name, labels in raw_field_labels.items()
        }
        return cls(version=version, codes=codes, groups=groups, field_labels=field_labels)

    def _check(self) -> None:
        """Refuse inconsistent data at load time rather than mis-count at report time."""
        for field_name, index in self._index.items():
            groups = self._groups.get(field_name)
            for entry in index.values():
                where = f"{field_name}.{entry.code}"
                if not _CODE_RE.match(entry.code):
                    raise TaxonomyError(f"{where}: codes are lower-case ASCII words")
                if groups is not None and entry.group not in groups:
                    raise TaxonomyError(f"{where}: group {entry.group!r} is not defined")
                if entry.parent is not None:
                    parent = index.get(entry.parent)
                    if parent is None or parent.parent is not None:
                        raise TaxonomyError(f"{where}: parent must be a top-level code")
                    if not entry.code.startswith(entry.parent + "."):
                        raise TaxonomyError(f"{where}: a sub-code starts with '<parent>.'")
                elif "." in entry.code:
                    raise TaxonomyError(f"{where}: a dotted code needs a parent")
                if entry.valid_from and entry.valid_to and entry.valid_from > entry.valid_to:
                    raise TaxonomyError(f"{where}: valid_from is after valid_to")
                if entry.successor is not None:
                    if entry.successor not in index or entry.successor == entry.code:
                        raise TaxonomyError(f"{where}: successor must be another code of the field")
                    if entry.valid_to is None:
                        raise TaxonomyError(f"{where}: a code with a successor needs valid_to")
                if (entry.labels_before is None) != (entry.renamed_on is None):
                    raise TaxonomyError(f"{where}: labels_before and renamed_on go together")
                if entry.assimilated_to is not None and entry.assimilated_to not in index:
                    raise TaxonomyError(f"{where}: assimilated_to must be a code of the field")
            for code in index:
                self.successor_chain(field_name, code)  # raises on a cycle

    # -- queries ------------------------------------------------------------------------

    @property
    def version(self) -> str:
        return self._version

    def fields(self) -> tuple[str, ...]:
        return tuple(self._lists)

    def _field(self, field: str) -> dict[str, Code]:
        try:
            return self._index[field]
        except KeyError:
            raise KeyError(f"unknown taxonomy field {_safe_code(field)}") from None

    def codes(self, field: str, *, on: dt.date | None = None) -> list[Code]:
        """The codes of ``field`` in file order; with ``on``, only those valid that day."""
        self._field(field)
        entries = self._lists[field]
        if on is None:
            return list(entries)
        return [entry for entry in entries if entry.is_valid_on(on)]

    def get(self, field: str, code: str) -> Code:
        """The code's entry; ``KeyError`` for an unknown field or code."""
        index = self._field(field)
        try:
            return index[code]
        except (KeyError, TypeError):
            raise KeyError(f"unknown code {_safe_code(code)} in {field}") from None

    def is_known(self, field: str, code: object) -> bool:
        """Whether ``code`` was ever a code of ``field`` (whatever its validity period)."""
        return isinstance(code, str) and code in self._index.get(field, {})

    def is_valid(self, field: str, code: object, *, on: dt.date | None = None) -> bool:
        """Known, and (when ``on`` is given) valid on that day."""
        if not isinstance(code, str):
            return False
        entry = self._index.get(field, {}).get(code)
        if entry is None:
            return False
        return on is None or entry.is_valid_on(on)

    def label(
        self, field: str, code: str, lang: str = DEFAULT_LANGUAGE, *, on: dt.date | None = None
    ) -> str:
        """The label of a code in ``lang``; before a rename, the label then in force."""
        return self.get(field, code).label(lang, on=on)

    def field_label(self, field: str, lang: str = DEFAULT_LANGUAGE) -> str:
        """The name of a field (``"criteria"`` → "beschermde criteria"); the code if unnamed."""
        labels = self._field_labels.get(field)
        return labels[normalise_language(lang)] if labels else field

    def groups(self, field: str) -> list[str]:
        """The group codes of ``field`` (``criteria``: racial, general, gender, none)."""
        return list(self._groups.get(field, {}))

    def group_label(self, field: str, group: str, lang: str = DEFAULT_LANGUAGE) -> str:
        try:
            labels = self._groups[field][group]
        except KeyError:
            raise KeyError(f"unknown group {_safe_code(group)} in {field}") from None
        return labels[normalise_language(lang)]

    def successor_chain(self, field: str, code: str) -> list[str]:
        """``[code, successor, successor's successor, …]``; ``KeyError`` if unknown."""
        chain = [self.get(field, code).code]
        index = self._index[field]
        while (successor := index[chain[-1]].successor) is not None:
            if successor in chain:
                raise TaxonomyError(f"{field}: successors of {code} form a cycle")
            chain.append(successor)
        return chain

    def statistical_code(self, field: str, code: str) -> str:
        """The code statistics count ``code`` under: the end of its successor chain."""
        return self.successor_chain(field, code)[-1]

    def predecessors(self, field: str, code: str) -> list[str]:
        """Codes (other than ``code``) whose statistical code is ``code``."""
        self.get(field, code)
        return [
            other
            for other in self._index[field]
            if other != code and self.statistical_code(field, other) == code
        ]

    def children(self, field: str, code: str, *, on: dt.date | None = None) -> list[Code]:
        """The sub-codes of a top-level code (only ``domain`` has them today)."""
        self.get(field, code)
        return [entry for entry in self.codes(field, on=on) if entry.parent == code]

    def housing_subdomains(self, *, on: dt.date | None = None) -> list[Code]:
        """The ``housing.<sub>`` domain codes in file order."""
        return self.children("domain", "housing", on=on)

    def top_domain(self, code: str) -> str:
        """``"housing.student"`` → ``"housing"``; a top-level domain is its own top."""
        entry = self.get("domain", code)
        return entry.parent if entry.parent is not None else entry.code

    def max_code_length(self, field: str) -> int:
        """The longest code of ``field``, in characters (= UTF-8 bytes: codes are ASCII)."""
        return max((len(code) for code in self._field(field)), default=0)

    def max_codes_length(self, field: str) -> int:
        """The longest ';'-joined list of distinct codes of ``field`` (every code once).

        An upper bound for list fields (criteria, modifiers, forms), used to pad their
        encrypted form to one fixed width so the ciphertext length reveals nothing.
        """
        codes = self._field(field)
        if not codes:
            return 0
        return sum(len(code) for code in codes) + len(_CODE_SEPARATOR) * (len(codes) - 1)


def _labels(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TaxonomyError(f"{where}: labels must be an object")
    labels: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise TaxonomyError(f"{where}: label in {lang!r} is missing")
        labels[lang] = text
    return labels


def _date(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TaxonomyError(f"{where}: dates are ISO strings or null")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TaxonomyError(f"{where}: {value!r} is not an ISO date") from None


def _optional_str(value: object, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TaxonomyError(f"{where}: expected a string or null")


_ENTRY_KEYS = frozenset(
    {
        "code",
        "group",
        "parent",
        "assimilated_to",
        "labels",
        "labels_before",
        "renamed_on",
        "valid_from",
        "valid_to",
        "successor",
        "note",
    }
)


def _code_from_dict(field: str, entry: object) -> Code:
    if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
        raise TaxonomyError(f"{field}: every entry needs a code")
    code = entry["code"]
    where = f"{field}.{code}"
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise TaxonomyError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    before = entry.get("labels_before")
    return Code(
        field=field,
        code=code,
        labels=_labels(entry.get("labels"), where),
        group=_optional_str(entry.get("group"), f"{where}.group"),
        parent=_optional_str(entry.get("parent"), f"{where}.parent"),
        valid_from=_date(entry.get("valid_from"), f"{where}.valid_from"),
        valid_to=_date(entry.get("valid_to"), f"{where}.valid_to"),
        successor=_optional_str(entry.get("successor"), f"{where}.successor"),
        labels_before=None if before is None else _labels(before, f"{where}.labels_before"),
        renamed_on=_date(entry.get("renamed_on"), f"{where}.renamed_on"),
        assimilated_to=_optional_str(entry.get("assimilated_to"), f"{where}.assimilated_to"),
    )


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped with Meldpunt, read once per process."""
    return Taxonomy.from_json(read_text("taxonomy", "taxonomy.json"))
