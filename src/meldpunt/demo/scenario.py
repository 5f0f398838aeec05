"""The shape of a scenario: a kind of situation with its codes, weights and narrative templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from meldpunt.demo.texts import Texts, texts

# A template is a sequence of sentence slots; each slot holds alternatives (``""`` = skip it).
Template = tuple[tuple[str, ...], ...]
# language -> templates
Templates = dict[str, tuple[Template, ...]]


def tpl(text: str) -> Template:
    """A template written as paragraphs: one sentence slot per paragraph.

    Lines of a paragraph are joined with spaces and ``|`` separates the alternatives; a
    paragraph that ends in ``|`` has an empty alternative, so that sentence is sometimes left out.
    """
    slots: list[tuple[str, ...]] = []
    for paragraph in text.strip().split("\n\n"):
        joined = " ".join(line.strip() for line in paragraph.splitlines() if line.strip())
        if joined:
            slots.append(tuple(part.strip() for part in joined.split("|")))
    return tuple(slots)


def tpls(*texts: str) -> tuple[Template, ...]:
    """Several templates written with :func:`tpl`."""
    return tuple(tpl(text) for text in texts)


@dataclass(frozen=True)
class Scenario:
    """One kind of situation reported to the office.

    ``criteria`` and ``counterparties`` are relative weights; ``forms`` gives each form's
    probability (the first is used when none is drawn); ``criterion_forms`` adds forms when a
    criterion is present. ``victim`` templates are first person; ``witness`` templates (when
    present) let witnesses and organisations tell it in their own words. ``special`` holds
    templates for one criterion (the situations of domain.md). ``quotes`` are Dutch texts of an
    advertisement or post, per criterion; a scenario with quotes uses only those criteria.
    A scenario with weight 0 is only drawn for mass reports. When ``assumes_trait`` is set, the
    templates state the reporter's own trait, so the trait is never only assumed or a relative's.
    """

    key: str
    domain: str
    weight: float
    criteria: dict[str, float]
    forms: tuple[tuple[str, float], ...]
    counterparties: dict[str, float]
    victim: Templates
    witness: Templates = field(default_factory=dict)
    special: dict[str, Templates] = field(default_factory=dict)
    criterion_forms: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    context: str = "any"
    areas: dict[str, float] | None = None
    online: float = 0.0
    url_kind: str = "social"
    places: tuple[str, ...] = ("{address}",)
    online_places: tuple[str, ...] = ("sociale media",)
    peak_months: tuple[int, ...] = ()
    age_band: str = "adult"
    student: bool = False
    witness_share: float = 0.0
    representative_share: float = 0.07
    organisation_share: float = 0.015
    pools: dict[str, str] = field(default_factory=dict)
    actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    quotes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    assumes_trait: bool = False  # the text states the reporter's own trait


# How narratives name the other party, by counterparty type (language -> alternatives).
ACTORS: dict[str, Texts] = {
    "private_landlord": texts(
        "de verhuurder | de eigenaar", "le propriétaire", "the landlord | the owner"
    ),
    "real_estate_agency": texts(
        "de makelaar | de medewerker van het immokantoor", "l'agent immobilier", "the estate agent"
    ),
    "social_housing_company": texts(
        "de woonmaatschappij | de medewerker van de woonmaatschappij",
        "la société de logement",
        "the housing company",
    ),
    "social_rental_agency": texts(
        "het sociaal verhuurkantoor", "l'agence immobilière sociale", "the social rental agency"
    ),
    "student_housing_landlord": texts(
        "de kotbaas | de eigenaar van het kot", "le propriétaire du kot", "the landlord"
    ),
    "rental_platform": texts(
        "de beheerder van het platform",
        "le gestionnaire de la plateforme",
        "the platform moderator",
    ),
    "neighbour": texts("de buurman | de buurvrouw", "le voisin | la voisine", "the neighbour"),
    "employer": texts(
        "de werkgever | de zaakvoerder | de HR-verantwoordelijke",
        "l'employeur | le gérant",
        "the employer | the manager",
    ),
    "business": texts(
        "de uitbater | de medewerker", "le gérant | l'employé", "the manager | the staff member"
    ),
    "school": texts(
        "de directeur | de leerkracht",
        "le directeur | l'enseignant",
        "the head teacher | the teacher",
    ),
    "public_service": texts(
        "de loketbediende | de ambtenaar", "l'agent au guichet", "the counter clerk | the official"
    ),
    "police": texts(
        "de agent | de politieagent", "l'agent de police | le policier", "the police officer"
    ),
    "private_person": texts(
        "een man | een vrouw | een voorbijganger",
        "un homme | une femme | un passant",
        "a man | a woman | a passer-by",
    ),
    "unknown": texts(
        "een onbekende man | een groep jongeren",
        "un inconnu | un groupe de jeunes",
        "an unknown man | a group of young people",
    ),
}

# How narratives name the party when its name is not known (by name pool, else by type).
GENERIC_PARTY: dict[str, dict[str, str]] = {
    "private_landlord": {
        "nl": "een particuliere verhuurder",
        "fr": "un propriétaire privé",
        "en": "a private landlord",
    },
    "agency": {"nl": "een immokantoor", "fr": "une agence immobilière", "en": "an estate agency"},
    "social_housing": {
        "nl": "de woonmaatschappij",
        "fr": "la société de logement social",
        "en": "the social housing company",
    },
    "social_rental": {
        "nl": "het sociaal verhuurkantoor",
        "fr": "l'agence immobilière sociale",
        "en": "the social rental agency",
    },
    "kot": {
        "nl": "een kotbaas",
        "fr": "un propriétaire de kots",
        "en": "a student-housing landlord",
    },
    "platform": {
        "nl": "een verhuurplatform",
        "fr": "une plateforme de location",
        "en": "a rental platform",
    },
    "neighbour": {"nl": "een buur", "fr": "un voisin", "en": "a neighbour"},
    "employer": {"nl": "een bedrijf", "fr": "une entreprise", "en": "a company"},
    "nightlife": {"nl": "een club", "fr": "une boîte de nuit", "en": "a club"},
    "shop": {"nl": "een winkel", "fr": "un commerce", "en": "a shop"},
    "retail": {"nl": "een winkel", "fr": "un magasin", "en": "a shop"},
    "finance": {"nl": "een bank", "fr": "une banque", "en": "a bank"},
    "transport": {"nl": "een taxibedrijf", "fr": "une compagnie de taxis", "en": "a taxi company"},
    "gym": {"nl": "een fitnesscentrum", "fr": "une salle de sport", "en": "a gym"},
    "pool": {"nl": "het zwembad", "fr": "la piscine", "en": "the swimming pool"},
    "club": {"nl": "een sportclub", "fr": "un club de sport", "en": "a sports club"},
    "media": {"nl": "een nieuwssite", "fr": "un site d'information", "en": "a news site"},
    "school": {"nl": "een school", "fr": "une école", "en": "a school"},
    "counter": {"nl": "een stadsdienst", "fr": "un service communal", "en": "a city service"},
    "city_leisure": {
        "nl": "de stedelijke sportdienst",
        "fr": "le service communal des sports",
        "en": "the city sports service",
    },
    "public_service": {
        "nl": "een stadsdienst",
        "fr": "un service communal",
        "en": "a city service",
    },
    "police": {"nl": "de politie", "fr": "la police", "en": "the police"},
    "private_person": {"nl": "iemand", "fr": "quelqu'un", "en": "someone"},
    "unknown": {"nl": "een onbekende", "fr": "un inconnu", "en": "a stranger"},
}
