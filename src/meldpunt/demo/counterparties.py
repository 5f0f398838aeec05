"""Invented other parties: landlords, agencies, employers, businesses, schools, services."""

from __future__ import annotations

import random
from typing import Any

from meldpunt.demo import places
from meldpunt.demo.people import NAME_POOLS, given_name, surname
from meldpunt.demo.sampling import chance


def _pool(text: str) -> tuple[str, ...]:
    """A ``|``-separated list of invented names as a tuple."""
    return tuple(name.strip() for name in text.split("|"))


# Invented names, by the kind of party a scenario needs (see Scenario.pools).
NAMES: dict[str, tuple[str, ...]] = {
    "agency": _pool(
        "Immo Dijlevallei | Immo Vaartkom Wonen | Vastgoed Keizersberg | Immo Arenberg Woonadvies"
        " | Huis & Haard Vastgoed | Immo De Vest | Makelaardij Abdijpark | Immo Hageland Select"
        " | Immo Sleutelbos"
    ),
    "social_housing": _pool(
        "Woonmaatschappij Groene Dijle | Woonmaatschappij Vaartkant"
        " | Woonmaatschappij Oost-Brabant Thuis"
    ),
    "social_rental": _pool(
        "Sociaal Verhuurkantoor Ter Kempe | SVK Dak en Deur | Sociaal Verhuurkantoor De Brugwoning"
    ),
    "kot": _pool(
        "Residentie Sint-Donatus | Kothuis De Wolk | Studentenhuis Ter Mate"
        " | Residentie Vesalius-Hof"
        " | Kotcomplex De Ploeg | Studio's Arenbergpark"
    ),
    "platform": _pool("Kotplatform KamerKlik | HuurHuis-zoekertjes | Woonmarkt Online"),
    "employer": _pool(
        "Logistiek Dijleland NV | Schoonmaakbedrijf Glansrijk | Callcenter Sprekend BV"
        " | Technova Leuven BV | Zorgcentrum Ter Linde | Bakkerij Van Hove | Restaurant De Kaasboer"
        " | Interimkantoor Werkhaven | Bouwbedrijf Steen & Zoon | IT-bedrijf Dijlesoft"
    ),
    "nightlife": _pool(
        "Club Nachtvlinder | Café De Blauwe Hoed | Dancing Vaartkom 21 | Bar Zolder"
        " | Studentencafé De Wiskunde"
    ),
    "shop": _pool(
        "Supermarkt Dagvers | Kledingzaak Modehuis Lien | Kapsalon Schaar & Co"
        " | Apotheek De Vijzel | Bakkerij Het Korenaar | Optiek Helder Zicht"
    ),
    "retail": _pool(
        "Elektrozaak Volt | Telecomwinkel Bel-Mij | Fietsenwinkel De Ketting"
        " | Meubelhuis Dijlewoon | Webwinkel Klikklaar"
    ),
    "finance": _pool(
        "Bank Dijlefinance | Verzekeringen Zekerheid NV | Kredietkantoor Hypodijle"
        " | Brandverzekeraar Veilig Thuis"
    ),
    "transport": _pool("Taxi Leuven Snel | Taxibedrijf Citycab Dijle | Busmaatschappij (lijnbus)"),
    "gym": _pool("Fitness Spierkracht | Fitnesscentrum Dijlefit | Sportschool Kracht & Balans"),
    "pool": _pool("Zwembad Het Dijlebad | Recreatiebad De Golf"),
    "school": _pool(
        "Collegium Dijlehof | Atheneum Ter Dijle | Technisch Instituut Vaartkom"
        " | Hogeschool Dijleland | Secundaire school Het Park | Taalcentrum Babel"
    ),
    "counter": _pool(
        "OCMW – sociale dienst | Stadsdienst Burgerzaken | Stadsdienst Wonen"
        " | Jobcentrum Leuven (loket) | Dienst Vreemdelingenzaken"
    ),
    "city_leisure": _pool("Stedelijk sportcentrum | Stedelijke bibliotheek | Stedelijk zwembad"),
    "public_service": _pool(
        "OCMW – sociale dienst | Stadsdienst Burgerzaken | Stedelijk sportcentrum"
        " | Stadsdienst Wonen | Stedelijke bibliotheek | Jobcentrum Leuven (loket)"
    ),
    "police": _pool(
        "Lokale politie – interventieploeg | Lokale politie – onthaal | Lokale politie – wijkteam"
    ),
    "media": _pool(
        "Regionale nieuwssite (reacties) | Sociaal medium (openbare groep) | Videokanaal"
    ),
    "club": _pool(
        "Voetbalclub FC Dijlestreek | Jeugdbeweging (lokale afdeling) | Hockeyclub Park Heverlee"
        " | Tennisclub Kesselberg"
    ),
}

# The jobs (indexes into sentences.JOBS) that fit each invented employer.
EMPLOYER_JOBS: dict[str, tuple[int, ...]] = {
    "Logistiek Dijleland NV": (0, 3, 4),
    "Schoonmaakbedrijf Glansrijk": (5, 3),
    "Callcenter Sprekend BV": (4, 1),
    "Technova Leuven BV": (6, 3, 4),
    "Zorgcentrum Ter Linde": (2, 8, 7, 5),
    "Bakkerij Van Hove": (1,),
    "Restaurant De Kaasboer": (7, 5),
    "Bouwbedrijf Steen & Zoon": (0, 3),
    "IT-bedrijf Dijlesoft": (6, 4),
}

# Types whose party is a person; a name is given only sometimes.
_PERSON_TYPES = ("private_landlord", "neighbour", "private_person")
# Types that are reached at a street address.
_ADDRESSED_TYPES = (
    "private_landlord",
    "real_estate_agency",
    "social_housing_company",
    "social_rental_agency",
    "student_housing_landlord",
    "employer",
    "business",
    "school",
    "public_service",
)


def counterparty(
    rng: random.Random,
    *,
    party_type: str,
    pool: str | None,
    area: str,
) -> dict[str, Any]:
    """The counterparty block: type always, name and address when the reporter knows them."""
    block: dict[str, Any] = {"type": party_type}
    name: str | None = None
    if party_type in _PERSON_TYPES:
        if chance(rng, 0.55 if party_type == "private_landlord" else 0.3):
            family = NAME_POOLS["flemish" if chance(rng, 0.8) else "walloon"]
            gender = "m" if chance(rng, 0.6) else "f"
            title = "" if chance(rng, 0.5) else ("Dhr. " if gender == "m" else "Mevr. ")
            name = f"{title}{given_name(family, gender, rng)} {surname(family, gender, rng)}"
    elif party_type == "student_housing_landlord" and chance(rng, 0.4):
        name = f"Kotbaas {surname(NAME_POOLS['flemish'], 'm', rng)}"
    elif party_type != "unknown" and pool is not None:
        name = rng.choice(NAMES[pool])
    if name is not None:
        block["name"] = name
    if party_type in _ADDRESSED_TYPES and chance(rng, 0.6):
        where = area if area in places.LEUVEN_AREAS else "leuven_centre"
        block["address"] = places.spot(where, rng).address
    elif party_type == "neighbour" and chance(rng, 0.5):
        block["address"] = places.spot(area, rng).address
    return block


def default_pool(party_type: str) -> str | None:
    """The name pool for a counterparty type when the scenario names none."""
    return {
        "real_estate_agency": "agency",
        "social_housing_company": "social_housing",
        "social_rental_agency": "social_rental",
        "student_housing_landlord": "kot",
        "rental_platform": "platform",
        "employer": "employer",
        "business": "shop",
        "school": "school",
        "public_service": "public_service",
        "police": "police",
    }.get(party_type)
