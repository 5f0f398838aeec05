"""Compose a report's narrative from a scenario template, the facts and who tells the story."""

from __future__ import annotations

import random
from dataclasses import dataclass

from meldpunt.demo import counterparties, sentences
from meldpunt.demo.people import Subject
from meldpunt.demo.phrases import CRITERIA
from meldpunt.demo.places import MONTHS, Locality, area_name
from meldpunt.demo.sampling import chance
from meldpunt.demo.scenario import ACTORS, GENERIC_PARTY, Scenario, Template
from meldpunt.demo.texts import Texts

RACIAL = frozenset(
    {"national_ethnic_origin", "skin_colour", "nationality", "descent", "alleged_race"}
)
# Counterparties the office can write to; the others are strangers or private people.
_UNREACHABLE = ("private_person", "unknown")
MAX_SENTENCES = 6
# Where a remark is looked up when the scenario's own context has none.
_CONTEXT_FALLBACK = {"nightlife": ("service",), "finance": ("service",)}


@dataclass(frozen=True)
class Facts:
    """What every report of one event shares, as far as its narrative is concerned."""

    scenario: Scenario
    primary: str
    second: str | None
    intersectional: bool
    perceived: bool
    association: bool
    quote: str | None
    area: str
    locality: Locality
    street: str
    address: str
    month: int
    party_type: str
    party_name: str | None
    pool: str | None


@dataclass(frozen=True)
class Wishes:
    """The reporter's wishes as far as the closing sentence is concerned."""

    register_only: bool
    wants_reply: bool
    may_contact_counterparty: bool


def _fitting(alternatives: tuple[str, ...], gender: str) -> list[str]:
    """The alternatives without a gender prefix or with the given one, prefixes removed."""
    return [
        alt[2:] if alt[1:2] == ":" else alt
        for alt in alternatives
        if alt[1:2] != ":" or alt[:1] == gender
    ]


def pick(rng: random.Random, alternatives: tuple[str, ...], gender: str) -> str:
    """One alternative that fits the gender (``f:``/``m:`` prefixes), else any of them."""
    fitting = _fitting(alternatives, gender) or _fitting(alternatives, "m") + _fitting(
        alternatives, "f"
    )
    return rng.choice(fitting)


def _texts(texts: Texts, lang: str) -> tuple[str, ...]:
    return texts.get(lang) or texts["nl"]


def capitalise(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def _remark(rng: random.Random, criterion: str, context: str, lang: str, gender: str) -> str | None:
    """A remark the other party made about the criterion, when one fits the context."""
    remarks = CRITERIA[criterion].remarks
    for key in (context, *_CONTEXT_FALLBACK.get(context, ()), "any"):
        if key in remarks:
            fitting = _fitting(_texts(remarks[key], lang), gender)
            return rng.choice(fitting) if fitting else None
    return None


def _disclosure(rng: random.Random, facts: Facts, lang: str, gender: str) -> str:
    text = CRITERIA[facts.primary]
    if facts.association and text.association is not None:
        return pick(rng, _texts(text.association[0], lang), gender)
    if facts.perceived and text.perceived is not None:
        return pick(rng, _texts(text.perceived[0], lang), gender)
    alternatives = _texts(text.disclose["any"], lang)
    specific = text.disclose.get(facts.scenario.context)
    if specific is not None:
        alternatives = alternatives + _texts(specific, lang)
    return pick(rng, alternatives, gender)


def _noun(facts: Facts, lang: str) -> str:
    text = CRITERIA[facts.primary]
    if facts.association and text.association is not None:
        return text.association[1][lang]
    return text.noun[lang]


def context_values(rng: random.Random, facts: Facts, lang: str, subject: Subject) -> dict[str, str]:
    """Every placeholder a template may use, in the narrative's language."""
    scenario = facts.scenario
    words = sentences.PERSON_WORDS[lang][subject.gender]
    actors = scenario.actors or ACTORS[facts.party_type]
    candidates = actors.get(lang) or actors["nl"]
    # "een vrouw viel een vrouw lastig" reads as a mistake; let the two differ.
    actor = rng.choice([a for a in candidates if a != words["subject"]] or candidates)
    generic = GENERIC_PARTY[facts.pool or facts.party_type]
    party = facts.party_name or generic[lang]
    noun = _noun(facts, lang)
    person = dict(words)
    disclose = _disclosure(rng, facts, lang, subject.gender).format_map(person)
    remark = _remark(rng, facts.primary, scenario.context, lang, subject.gender)
    if facts.perceived:
        remark_sentence = rng.choice(_texts(sentences.NO_REASON, lang))
    elif remark is not None and chance(rng, 0.9 if scenario.context == "street" else 0.75):
        remark_sentence = rng.choice(_texts(sentences.REMARK, lang)).format(
            actor=actor, Actor=capitalise(actor), q=remark
        )
    else:
        unsaid = sentences.INSULTED if scenario.context == "street" else sentences.UNSAID
        remark_sentence = rng.choice(_texts(unsaid, lang)).format(noun=noun)
    if remark is not None:
        heard = rng.choice(_texts(sentences.HEARD, lang)).format(q=remark)
    else:
        heard = rng.choice(_texts(sentences.HEARD_NOTHING, lang))
    jobs = counterparties.EMPLOYER_JOBS.get(facts.party_name or "") or range(
        len(sentences.JOBS["nl"])
    )
    tester = sentences.TESTER["racial" if facts.primary in RACIAL else "other"][lang]
    ordinal = rng.randint(3, 6)
    values = {
        **person,
        "Partner": capitalise(words["partner"]),
        "area": area_name(facts.area, facts.locality, lang),
        "street": facts.street,
        "address": facts.address,
        "town": facts.locality.town,
        "month": MONTHS[lang][facts.month - 1],
        "rent": str(rng.randrange(450, 1150, 25)),
        "kot_rent": str(rng.randrange(330, 560, 10)),
        "years": str(rng.randint(2, 9)),
        "nth": sentences.ORDINALS_EN[ordinal - 3] if lang == "en" else f"{ordinal}e",
        "job": sentences.JOBS[lang][rng.choice(jobs)],
        "cp": party,
        "actor": actor,
        "Actor": capitalise(actor),
        "disclose": disclose,
        "Disclose": capitalise(disclose),
        "noun": noun,
        "remark_sentence": remark_sentence,
        "heard": heard,
        "tester": tester,
        "Tester": capitalise(tester),
        "quote": facts.quote or "",
    }
    return values


def fill(rng: random.Random, template: Template, values: dict[str, str]) -> list[str]:
    """The sentences of one template, with one alternative drawn per slot."""
    chosen = (rng.choice(slot) for slot in template)
    return [sentence.format_map(values) for sentence in chosen if sentence]


def _templates(scenario: Scenario, kind: str, lang: str) -> tuple[tuple[Template, ...], str]:
    by_language = scenario.witness if kind == "witness" else scenario.victim
    if lang in by_language:
        return by_language[lang], lang
    return by_language["nl"], "nl"


def _extras(rng: random.Random, facts: Facts, lang: str, values: dict[str, str]) -> list[str]:
    """Sentences about an assumed trait or a second criterion (first person)."""
    extra: list[str] = []
    perceived = CRITERIA[facts.primary].perceived
    if facts.perceived and perceived is not None:
        extra.append(rng.choice(_texts(perceived[1], lang)).format_map(values))
    if facts.second is not None:
        texts = sentences.INTERSECTIONAL if facts.intersectional else sentences.CUMULATIVE
        noun2 = CRITERIA[facts.second].noun[lang]
        extra.append(rng.choice(_texts(texts, lang)).format(noun=values["noun"], noun2=noun2))
    return extra


def closing(rng: random.Random, facts: Facts, lang: str, wishes: Wishes, actor: str) -> str | None:
    """A last sentence that says what the reporter wants, or ``None``."""
    if not chance(rng, 0.55):
        return None
    if wishes.register_only:
        texts = sentences.CLOSING_REGISTER
    elif facts.party_type not in _UNREACHABLE and chance(rng, 0.6):
        if wishes.may_contact_counterparty:
            texts = sentences.CLOSING_CONTACT
        else:
            texts = sentences.CLOSING_NO_CONTACT
    elif wishes.wants_reply:
        texts = sentences.CLOSING_ADVICE
    else:
        return None
    return rng.choice(_texts(texts, lang)).format(actor=actor)


def compose(
    rng: random.Random,
    facts: Facts,
    *,
    voice: str,
    lang: str,
    subject: Subject,
    wishes: Wishes,
    speaker: str | None = None,
    special: bool = False,
) -> str:
    """The narrative of one report.

    ``voice`` is ``victim`` (first person), ``witness`` (the reporter saw it), or
    ``representative`` / ``organisation`` (an opener, then the victim's own words in quotes).
    ``speaker`` names the organisation; ``special`` prefers the scenario's criterion template.
    """
    scenario = facts.scenario
    kind = "witness" if voice == "witness" else "victim"
    templates, lang = _templates(scenario, kind, lang)
    special_templates = scenario.special.get(facts.primary) if kind == "victim" else None
    # Special templates tell of the reporter's own trait: not for assumed or a relative's traits.
    own_trait = not (facts.perceived or facts.association)
    if special_templates and own_trait and (special or chance(rng, 0.6)):
        templates = special_templates.get(lang) or special_templates["nl"]
    values = context_values(rng, facts, lang, subject)
    story = fill(rng, rng.choice(templates), values)
    opener: str | None = None
    if voice == "representative":
        client = rng.choice(sentences.CLIENTS[lang][subject.gender])
        opener = rng.choice(_texts(sentences.REPRESENTATIVE_OPENER, lang)).format(client=client)
    elif voice == "organisation":
        opener = rng.choice(_texts(sentences.ORGANISATION_OPENER, lang)).format(org=speaker)
    budget = MAX_SENTENCES - len(story) - (1 if opener else 0)
    if kind == "victim":
        story.extend(_extras(rng, facts, lang, values)[: max(budget, 0)])
        budget = MAX_SENTENCES - len(story) - (1 if opener else 0)
    # Closings speak for one person; an organisation's report ends with its story.
    wants_closing = budget > 0 and speaker is None
    last = closing(rng, facts, lang, wishes, values["actor"]) if wants_closing else None
    text = " ".join(story)
    if opener is not None:
        for outer, inner in sentences.NESTED_QUOTES[lang]:
            text = text.replace(outer, inner)
        left, right = sentences.QUOTE_MARKS[lang]
        text = f"{opener} {left}{text}{right}"
    if last is not None:
        text = f"{text} {last}"
    return text
