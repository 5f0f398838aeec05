"""Leuven's areas, streets, nearby towns and invented web addresses for synthetic reports."""

from __future__ import annotations

import random
from dataclasses import dataclass

from meldpunt.demo.sampling import Weighted

# The Leuven areas of domain.md that are places on a map; `online` and `unknown` are not.
LEUVEN_AREAS = ("leuven_centre", "heverlee", "kessel_lo", "wilsele", "wijgmaal")
AREA_CODES = (*LEUVEN_AREAS, "elsewhere", "online", "unknown")


@dataclass(frozen=True)
class Locality:
    """A postcode and town with some of its streets and its name in each language."""

    postcode: str
    town: str
    names: dict[str, str]
    streets: tuple[str, ...]


_LOCALITIES: dict[str, Locality] = {
    "leuven_centre": Locality(
        "3000",
        "Leuven",
        {"nl": "het centrum van Leuven", "fr": "Louvain (centre)", "en": "Leuven city centre"},
        (
            "Naamsestraat",
            "Tiensestraat",
            "Diestsestraat",
            "Brusselsestraat",
            "Tervuursevest",
            "Kapucijnenvoer",
            "Parijsstraat",
            "Mechelsestraat",
            "Vital Decosterstraat",
            "Blijde-Inkomststraat",
            "Minderbroedersstraat",
            "Schapenstraat",
            "Ridderstraat",
            "Bondgenotenlaan",
            "Tiensevest",
            "Diestsevest",
            "Janseniusstraat",
            "Sint-Maartenstraat",
        ),
    ),
    "heverlee": Locality(
        "3001",
        "Heverlee",
        {"nl": "Heverlee", "fr": "Heverlee", "en": "Heverlee"},
        (
            "Naamsesteenweg",
            "Celestijnenlaan",
            "Waversebaan",
            "Tervuursesteenweg",
            "Kardinaal Mercierlaan",
            "Geldenaaksebaan",
            "Groeneweg",
        ),
    ),
    "kessel_lo": Locality(
        "3010",
        "Kessel-Lo",
        {"nl": "Kessel-Lo", "fr": "Kessel-Lo", "en": "Kessel-Lo"},
        (
            "Martelarenlaan",
            "Diestsesteenweg",
            "Tiensesteenweg",
            "Koetsweg",
            "Holsbeeksesteenweg",
            "Gemeentestraat",
            "Platte-Lostraat",
        ),
    ),
    "wilsele": Locality(
        "3012",
        "Wilsele",
        {"nl": "Wilsele", "fr": "Wilsele", "en": "Wilsele"},
        ("Aarschotsesteenweg", "Wilselsesteenweg", "Kolonel Begaultlaan", "Vaartdijk"),
    ),
    "wijgmaal": Locality(
        "3018",
        "Wijgmaal",
        {"nl": "Wijgmaal", "fr": "Wijgmaal", "en": "Wijgmaal"},
        ("Wijgmaalsesteenweg", "Dorpsstraat", "Molenstraat", "Stationsstraat"),
    ),
}

_GENERIC_STREETS = ("Stationsstraat", "Kerkstraat", "Dorpsstraat", "Nieuwstraat", "Molenstraat")

_ELSEWHERE: tuple[Locality, ...] = tuple(
    Locality(postcode, town, {"nl": town, "fr": french, "en": town}, _GENERIC_STREETS)
    for postcode, town, french in (
        ("3020", "Herent", "Herent"),
        ("3070", "Kortenberg", "Kortenberg"),
        ("3360", "Bierbeek", "Bierbeek"),
        ("3220", "Holsbeek", "Holsbeek"),
        ("3060", "Bertem", "Bertem"),
        ("3050", "Oud-Heverlee", "Oud-Heverlee"),
        ("3300", "Tienen", "Tirlemont"),
        ("3000", "Leuven", "Louvain"),
        ("1000", "Brussel", "Bruxelles"),
        ("3080", "Tervuren", "Tervuren"),
    )
)

LEUVEN_NAME = {"nl": "Leuven", "fr": "Louvain", "en": "Leuven"}

# Where incidents happen when a scenario says nothing else (share of all incidents).
DEFAULT_INCIDENT_AREAS = Weighted(
    {
        "leuven_centre": 38,
        "kessel_lo": 20,
        "heverlee": 16,
        "wilsele": 8,
        "wijgmaal": 3,
        "elsewhere": 10,
        "unknown": 5,
    }
)
# Where reporters live.
RESIDENCE_AREAS = Weighted(
    {
        "leuven_centre": 33,
        "kessel_lo": 22,
        "heverlee": 17,
        "wilsele": 8,
        "wijgmaal": 3,
        "elsewhere": 17,
    }
)

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


@dataclass(frozen=True)
class Spot:
    """One concrete place: a street address in a locality, named in the report's language."""

    area: str
    locality: Locality
    street: str
    number: str

    @property
    def address(self) -> str:
        """The postal address, e.g. ``Tiensestraat 41 bus 2, 3000 Leuven``."""
        return f"{self.street} {self.number}, {self.locality.postcode} {self.locality.town}"


def locality(area: str, rng: random.Random) -> Locality:
    """The locality of a Leuven area; a random nearby town for ``elsewhere``, else Leuven."""
    if area in _LOCALITIES:
        return _LOCALITIES[area]
    if area == "elsewhere":
        return rng.choice(_ELSEWHERE)
    return _LOCALITIES["leuven_centre"]


def house_number(rng: random.Random) -> str:
    """An invented house number, sometimes with a box (``bus``) number."""
    number = str(rng.randint(1, 240))
    roll = rng.random()
    if roll < 0.22:
        return f"{number} bus {rng.randint(1, 12)}"
    if roll < 0.28:
        return f"{number}{rng.choice('ABC')}"
    return number


def spot(area: str, rng: random.Random) -> Spot:
    """A street address in ``area`` (``online`` and ``unknown`` fall back to the centre)."""
    place = locality(area, rng)
    return Spot(area, place, rng.choice(place.streets), house_number(rng))


def area_name(area: str, place: Locality, language: str) -> str:
    """How a narrative names the area: the town for ``elsewhere``, Leuven when not a place."""
    if area in _LOCALITIES or area == "elsewhere":
        return place.names[language]
    return LEUVEN_NAME[language]


# Invented web addresses on reserved example domains, one family per kind of site.
URL_PATTERNS: dict[str, tuple[str, ...]] = {
    "social": (
        "https://social.example.com/groups/te-huur-leuven/posts/{id}",
        "https://social.example.com/{handle}/posts/{id}",
        "https://chat.example.net/channel/leuven-{handle}/{id}",
    ),
    "housing": (
        "https://immo.example.be/te-huur/leuven/{id}",
        "https://zoekertjes.voorbeeld.be/woning/{id}",
        "https://social.example.com/groups/te-huur-leuven/posts/{id}",
    ),
    "kot": (
        "https://kotzoeker.example.be/kamer/{id}",
        "https://social.example.com/groups/koten-leuven/posts/{id}",
    ),
    "jobs": ("https://jobs.example.be/vacature/{id}", "https://werk.voorbeeld.be/job/{id}"),
    "news": (
        "https://nieuws.example.be/regio/leuven/artikel-{id}",
        "https://video.example.com/watch/{handle}{id}",
    ),
    "shop": ("https://winkel.example.be/reviews/{id}",),
}


def url(kind: str, rng: random.Random) -> str:
    """An invented URL of the given kind (``social``, ``housing``, ``kot``, ``jobs``…)."""
    pattern = rng.choice(URL_PATTERNS[kind])
    handle = rng.choice(("dijlebewoner", "leuven_echt", "kotbaas", "vrijspraak", "anon"))
    return pattern.format(id=rng.randint(10_000, 9_999_999), handle=handle)
