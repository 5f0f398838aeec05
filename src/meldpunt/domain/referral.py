"""Which bodies may be competent for a report: an editable rule table, evaluated purely."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from meldpunt.domain.model import Report
from meldpunt.domain.taxonomy import LANGUAGES, Taxonomy, load_taxonomy, normalise_language
from meldpunt.resources import read_text

__all__ = [
    "KINDS",
    "RULES_FORMAT",
    "Condition",
    "NotSuggested",
    "ReferralAdvice",
    "ReferralFacts",
    "Rule",
    "RuleTable",
    "RuleTableError",
    "Suggestion",
    "default_rules_text",
    "parse_rules",
    "suggest",
]

RULES_FORMAT = "meldpunt-referral-rules/1"
# The order in which suggestions are shown: who is competent, then crimes, then support.
KINDS: tuple[str, ...] = ("competent", "crime", "support")
GROUP_PREFIX = "group:"

# Condition key → the taxonomy field its codes come from.
_CONDITION_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "domains": "domain",
        "criteria": "criteria",
        "forms": "forms",
        "counterparty_types": "counterparty_type",
        "reporter_roles": "reporter_role",
    }
)
_RULE_KEYS = frozenset({"id", "body", "kind", "when", "unless", "note", "unless_note"})


class RuleTableError(ValueError):
    """The rule table cannot be used; ``where`` points at the part to correct."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """The coded facts the rules look at; nothing that identifies anyone."""

    domain: str | None = None
    criteria: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    counterparty_type: str | None = None
    reporter_role: str | None = None

    @classmethod
    def from_report(cls, report: Report) -> ReferralFacts:
        return cls(
            domain=report.domain,
            criteria=tuple(report.criteria),
            forms=tuple(report.forms),
            counterparty_type=report.counterparty.type,
            reporter_role=report.reporter.role,
        )


@dataclass(frozen=True, slots=True)
class Condition:
    """Codes per key; an empty key is not looked at. Criteria are already expanded."""

    domains: frozenset[str] = frozenset()
    criteria: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    counterparty_types: frozenset[str] = frozenset()
    reporter_roles: frozenset[str] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, key) for key in _CONDITION_FIELDS)

    def matching_keys(self, facts: ReferralFacts, taxonomy: Taxonomy) -> list[str]:
        """The non-empty keys whose codes the facts hit."""
        hits = []
        if self.domains and _domain_hit(self.domains, facts.domain):
            hits.append("domains")
        if self.criteria and _criteria_hit(self.criteria, facts.criteria, taxonomy):
            hits.append("criteria")
        if self.forms and self.forms.intersection(facts.forms):
            hits.append("forms")
        if self.counterparty_types and facts.counterparty_type in self.counterparty_types:
            hits.append("counterparty_types")
        if self.reporter_roles and facts.reporter_role in self.reporter_roles:
            hits.append("reporter_roles")
        return hits

    def used_keys(self) -> list[str]:
        return [key for key in _CONDITION_FIELDS if getattr(self, key)]


def _domain_hit(wanted: frozenset[str], domain: str | None) -> bool:
    # "housing" in a rule covers every housing.<sub>; a sub-domain covers only itself.
    if not domain:
        return False
    return domain in wanted or domain.split(".", 1)[0] in wanted


def _criteria_hit(wanted: frozenset[str], criteria: Sequence[str], taxonomy: Taxonomy) -> bool:
    for code in criteria:
        if code in wanted:
            return True
        # A renamed code counts under its successor, as in the statistics.
        if taxonomy.is_known("criteria", code) and (
            taxonomy.statistical_code("criteria", code) in wanted
        ):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``when`` holds (every key) and ``unless`` does not (any key), suggest ``body``."""

    id: str
    body: str
    kind: str
    when: Condition
    unless: Condition = field(default_factory=Condition)
    note: Mapping[str, str] = field(default_factory=dict, hash=False)
    unless_note: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class RuleTable:
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A body the rules point to; ``notes`` say why, one per rule that matched."""

    body: str
    kind: str
    rule_ids: tuple[str, ...]
    notes: tuple[Mapping[str, str], ...] = field(hash=False)

    def reasons(self, lang: str) -> list[str]:
        lang = normalise_language(lang)
        return [note[lang] for note in self.notes if note.get(lang)]


@dataclass(frozen=True, slots=True)
class NotSuggested:
    """A body whose rule matched but was excluded (``unless``), and why."""

    body: str
    rule_id: str
    note: Mapping[str, str] = field(hash=False)

    def reason(self, lang: str) -> str:
        return self.note.get(normalise_language(lang), "")


@dataclass(frozen=True, slots=True)
class ReferralAdvice:
    suggestions: tuple[Suggestion, ...]
    not_suggested: tuple[NotSuggested, ...]

    def bodies(self, kind: str | None = None) -> list[str]:
        return [s.body for s in self.suggestions if kind is None or s.kind == kind]


# --- reading the table -----------------------------------------------------------------


def default_rules_text() -> str:
    """The bundled rule table (resources/referral/rules.json), as the coordinator sees it."""
    return str(read_text("referral", "rules.json"))


def parse_rules(text: str, taxonomy: Taxonomy | None = None) -> RuleTable:
    """Read and check a rule table; every code must exist in the taxonomy."""
    taxonomy = taxonomy or load_taxonomy()
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise RuleTableError("", f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise RuleTableError("", "the table must be a JSON object")
    if data.get("format") != RULES_FORMAT:
        raise RuleTableError("format", f"must be {RULES_FORMAT!r}")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RuleTableError("rules", "must be a non-empty list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        rule = _rule(raw, f"rules[{index}]", taxonomy)
        if rule.id in seen:
            raise RuleTableError(f"rules[{index}].id", f"{rule.id!r} is used twice")
        seen.add(rule.id)
        rules.append(rule)
    return RuleTable(tuple(rules))


def _rule(raw: object, where: str, taxonomy: Taxonomy) -> Rule:
    if not isinstance(raw, dict):
        raise RuleTableError(where, "a rule must be an object")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RuleTableError(where, f"unknown keys {', '.join(sorted(unknown))}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RuleTableError(f"{where}.id", "every rule needs an id")
    body = raw.get("body")
    if not taxonomy.is_known("referral_body", body):
        allowed = ", ".join(c.code for c in taxonomy.codes("referral_body"))
        raise RuleTableError(f"{where}.body", f"must be one of {allowed}")
    assert isinstance(body, str)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise RuleTableError(f"{where}.kind", f"must be one of {', '.join(KINDS)}")
    when = _condition(raw.get("when"), f"{where}.when", taxonomy)
    if when.is_empty:
        raise RuleTableError(f"{where}.when", "needs at least one condition")
    unless = _condition(raw.get("unless", {}), f"{where}.unless", taxonomy)
    note = _labels(raw.get("note"), f"{where}.note")
    unless_note = _labels(raw.get("unless_note"), f"{where}.unless_note", required=False)
    return Rule(rule_id, body, str(kind), when, unless, note, unless_note)


def _condition(raw: object, where: str, taxonomy: Taxonomy) -> Condition:
    if not isinstance(raw, dict):
        raise RuleTableError(where, "must be an object")
    unknown = set(raw) - set(_CONDITION_FIELDS)
    if unknown:
        allowed = ", ".join(_CONDITION_FIELDS)
        raise RuleTableError(where, f"unknown keys {', '.join(sorted(unknown))} (use {allowed})")
    values: dict[str, frozenset[str]] = {}
    for key, taxonomy_field in _CONDITION_FIELDS.items():
        codes = raw.get(key, [])
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise RuleTableError(f"{where}.{key}", "must be a list of codes")
        values[key] = frozenset(_expand(codes, taxonomy_field, f"{where}.{key}", taxonomy))
    return Condition(**values)


def _expand(codes: Iterable[str], taxonomy_field: str, where: str, taxonomy: Taxonomy) -> set[str]:
    out: set[str] = set()
    for code in codes:
        if taxonomy_field == "criteria" and code.startswith(GROUP_PREFIX):
            group = code[len(GROUP_PREFIX) :]
            if group not in taxonomy.groups("criteria"):
                raise RuleTableError(where, f"unknown criteria group {group!r}")
            out.update(c.code for c in taxonomy.codes("criteria") if c.group == group)
        elif taxonomy.is_known(taxonomy_field, code):
            out.add(code)
        else:
            raise RuleTableError(where, f"unknown code {code!r}")
    return out


def _labels(raw: object, where: str, *, required: bool = True) -> Mapping[str, str]:
    if raw is None and not required:
        return MappingProxyType({})
    if not isinstance(raw, dict):
        raise RuleTableError(where, "needs a text in nl, fr and en")
    labels: dict[str, str] = {}
    for lang in LANGUAGES:
        value = raw.get(lang)
        if not isinstance(value, str) or not value.strip():
            raise RuleTableError(f"{where}.{lang}", "the text is missing")
        labels[lang] = value.strip()
    return MappingProxyType(labels)


# --- evaluating ------------------------------------------------------------------------


def suggest(
    table: RuleTable, facts: ReferralFacts, taxonomy: Taxonomy | None = None
) -> ReferralAdvice:
    """The bodies the rules suggest for ``facts``, competent ones first; one entry per body."""
    taxonomy = taxonomy or load_taxonomy()
    merged: dict[str, dict[str, Any]] = {}
    excluded: list[NotSuggested] = []
    for rule in table.rules:
        hits = rule.when.matching_keys(facts, taxonomy)
        if len(hits) != len(rule.when.used_keys()):
            continue
        if rule.unless.matching_keys(facts, taxonomy):
            excluded.append(NotSuggested(rule.body, rule.id, rule.unless_note or rule.note))
            continue
        entry = merged.setdefault(
            rule.body, {"kind": rule.kind, "rule_ids": [], "notes": [], "order": len(merged)}
        )
        # One body may be matched as support by one rule and as competent by another.
        if KINDS.index(rule.kind) < KINDS.index(entry["kind"]):
            entry["kind"] = rule.kind
        entry["rule_ids"].append(rule.id)
        entry["notes"].append(rule.note)
    suggestions = sorted(
        (
            Suggestion(body, e["kind"], tuple(e["rule_ids"]), tuple(e["notes"]))
            for body, e in merged.items()
        ),
        key=lambda s: (KINDS.index(s.kind), merged[s.body]["order"]),
    )
    seen: set[str] = set()
    not_suggested = []
    for item in excluded:
        if item.body not in merged and item.body not in seen:
            seen.add(item.body)
            not_suggested.append(item)
    return ReferralAdvice(tuple(suggestions), tuple(not_suggested))
