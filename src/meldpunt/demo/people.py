"""Invented reporters: Belgian names, chosen names and pronouns, contact details, birth years."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from meldpunt.demo import places
from meldpunt.demo.sampling import Weighted, chance


@dataclass(frozen=True)
class NamePool:
    """Given names and family names of one background."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    gendered_surnames: bool = False  # Polish -ski/-cki become -ska/-cka for women


def _names(text: str) -> tuple[str, ...]:
    """A comma-separated list of names as a tuple."""
    return tuple(name.strip() for name in text.split(","))


NAME_POOLS: dict[str, NamePool] = {
    "flemish": NamePool(
        _names(
            "Jan, Pieter, Wout, Thomas, Jef, Lucas, Arne, Stijn, Bram, Koen, Dries, Lars, "
            "Sander, Jonas, Wim, Luc, Marc, Raf, Seppe, Robbe, Ward, Kobe, Mathias, Tibo, "
            "Jens, Geert"
        ),
        _names(
            "An, Els, Sofie, Lotte, Marie, Hanne, Eline, Fien, Lies, Katrien, Griet, Nele, "
            "Ine, Femke, Sara, Anke, Leen, Mieke, Julie, Emma, Lore, Jana, Amber, Ilse"
        ),
        _names(
            "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, "
            "De Smet, Vermeulen, Van den Broeck, Hermans, Aerts, Vandenberghe, Van Damme, "
            "Verstraeten, Smets, Michiels, Leysen, Vanderlinden, Coppens, Van Hoof, Verbeke, "
            "Lemmens, Dewulf, Wuyts, Van Roey, Geerts, Stevens, Vangeel, Timmermans, "
            "Vandevelde, Luyten"
        ),
    ),
    "walloon": NamePool(
        _names(
            "Julien, Maxime, Antoine, Nicolas, Olivier, Benoît, Quentin, Arnaud, Thibault, "
            "Cédric, François, Grégory"
        ),
        _names(
            "Amélie, Camille, Charlotte, Manon, Aurélie, Céline, Justine, Élodie, Noémie, "
            "Pauline, Sophie, Valérie"
        ),
        _names(
            "Dubois, Lambert, Dupont, Martin, Leclercq, Lejeune, Renard, Simon, Laurent, "
            "Collignon, Gérard, Hardy, Delvaux, Noël, Lemaire, Dumont"
        ),
    ),
    "moroccan": NamePool(
        _names(
            "Mohamed, Youssef, Karim, Bilal, Mehdi, Hamza, Anas, Ayoub, Rachid, Samir, "
            "Nabil, Ilias, Adil, Soufiane"
        ),
        _names(
            "Fatima, Nadia, Khadija, Sanae, Imane, Salma, Hajar, Yasmina, Loubna, Meryem, "
            "Souad, Najat, Ikram, Siham"
        ),
        _names(
            "El Amrani, Benali, Bouzid, El Idrissi, Azzouzi, Ouali, Bakkali, El Khattabi, "
            "Ait Ahmed, Haddouchi, Ziani, Boukhari, Mansouri, Tahiri, El Ouardi, Amrani"
        ),
    ),
    "turkish": NamePool(
        _names("Mehmet, Emre, Burak, Murat, Kaan, Yusuf, Serkan, Can, Ömer, Hakan"),
        _names("Ayşe, Elif, Zeynep, Esra, Merve, Büşra, Derya, Fatma, Hatice, Selin"),
        _names(
            "Yılmaz, Demir, Kaya, Çelik, Şahin, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan, Koç"
        ),
    ),
    "congolese": NamePool(
        _names(
            "Patrick, Jean-Pierre, Christian, Serge, Glody, Dieudonné, Fabrice, Héritier, "
            "Blaise, Cédrick"
        ),
        _names("Grâce, Nadège, Merveille, Chantal, Divine, Ruth, Esther, Sarah, Gloria, Bénédicte"),
        _names(
            "Mbuyi, Kabongo, Ilunga, Tshibanda, Mukendi, Kasongo, Lukusa, Nsimba, Makiadi, "
            "Mbala, Kalala, Mwamba, Ngalula, Banza"
        ),
    ),
    "polish": NamePool(
        _names("Piotr, Tomasz, Krzysztof, Paweł, Michał, Marcin, Kamil, Łukasz"),
        _names("Agnieszka, Katarzyna, Magdalena, Joanna, Anna, Ewa, Monika, Justyna"),
        _names(
            "Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, "
            "Szymański, Dąbrowski, Kozłowski, Mazur, Krawczyk"
        ),
        gendered_surnames=True,
    ),
    "south_asian": NamePool(
        _names("Arjun, Rahul, Vikram, Aditya, Karthik, Rohan, Imran, Sanjay"),
        _names("Priya, Ananya, Divya, Kavya, Meera, Shreya, Aisha, Nisha"),
        _names("Sharma, Patel, Iyer, Reddy, Nair, Gupta, Khan, Menon"),
    ),
    "east_asian": NamePool(
        _names("Wei, Hao, Jun, Minh, Tuan, Kenji, Jin"),
        _names("Mei, Xin, Yan, Linh, Thu, Yuki, Hana"),
        _names("Zhang, Wang, Liu, Chen, Nguyen, Tran, Tanaka, Kim"),
    ),
    "southern_european": NamePool(
        _names("Diego, Mateo, Luca, Javier, Marco, Tiago, Nikos, Andrea"),
        _names("Lucía, Giulia, Sofia, Maria, Chiara, Inês, Elena, Carmen"),
        _names("García, Fernández, Rossi, Bianchi, Pereira, Silva, Papadopoulos, Romano"),
    ),
    "west_african": NamePool(
        _names("Kwame, Kofi, Chinedu, Emeka, Moussa, Ibrahima, Yaw"),
        _names("Ama, Nkechi, Adaeze, Aminata, Fatou, Efua, Chioma"),
        _names("Mensah, Boateng, Okafor, Adeyemi, Diallo, Traoré, Owusu, Nwosu"),
    ),
    "arab_afghan": NamePool(
        _names("Ahmad, Omar, Mustafa, Ali, Reza, Khaled, Hassan, Farid"),
        _names("Amina, Rania, Huda, Zahra, Maryam, Nour, Lina, Farah"),
        _names("Alhassan, Haddad, Khalil, Al-Masri, Hussaini, Rahimi, Sabbagh, Nazari"),
    ),
    "eritrean": NamePool(
        _names("Tesfay, Yonas, Dawit, Samuel, Filmon, Biniam"),
        _names("Selam, Helen, Senait, Yordanos, Mebrat, Ruta"),
        _names("Tesfaye, Gebremedhin, Haile, Kidane, Berhane, Tekle"),
    ),
    "ukrainian": NamePool(
        _names("Dmytro, Oleksandr, Andrii, Serhii, Bohdan, Taras"),
        _names("Olena, Iryna, Oksana, Yuliia, Kateryna, Nataliia"),
        _names("Kovalenko, Bondarenko, Shevchuk, Melnyk, Tkachenko, Kravets"),
    ),
}

# Chosen first names that trans and non-binary reporters use.
CHOSEN_NAMES = {
    "f": ("Pia", "Lena", "Zoë", "Noor", "Eva", "Lisa", "Mila", "Roos", "Jade", "Amira"),
    "m": ("Finn", "Milan", "Noah", "Elias", "Jules", "Adam", "Vic", "Louis", "Tuur", "Rayan"),
    "x": ("Lou", "Sam", "Robin", "Alex", "Noa", "Kai", "Charlie", "Mika", "Jo", "Jesse", "Ari"),
}

PRONOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {"m": ("hij/hem",), "f": ("zij/haar",), "x": ("hen/hun", "die/diens")},
    "fr": {"m": ("il",), "f": ("elle",), "x": ("iel",)},
    "en": {"m": ("he/him",), "f": ("she/her",), "x": ("they/them",)},
}

# Languages a reporter of each background uses with the office.
LANGUAGES: dict[str, Weighted[str]] = {
    "flemish": Weighted({"nl": 97, "en": 3}),
    "walloon": Weighted({"fr": 70, "nl": 30}),
    "moroccan": Weighted({"nl": 85, "fr": 15}),
    "turkish": Weighted({"nl": 90, "fr": 5, "en": 5}),
    "congolese": Weighted({"fr": 45, "nl": 55}),
    "polish": Weighted({"nl": 55, "en": 45}),
    "south_asian": Weighted({"en": 92, "nl": 8}),
    "east_asian": Weighted({"en": 95, "nl": 5}),
    "southern_european": Weighted({"en": 70, "fr": 20, "nl": 10}),
    "west_african": Weighted({"en": 65, "fr": 25, "nl": 10}),
    "arab_afghan": Weighted({"nl": 45, "en": 40, "fr": 15}),
    "eritrean": Weighted({"nl": 50, "en": 50}),
    "ukrainian": Weighted({"en": 60, "nl": 40}),
}

# Backgrounds of the person concerned, by what the report is about.
GROUPS_GENERAL = Weighted(
    {
        "flemish": 70,
        "walloon": 6,
        "moroccan": 7,
        "turkish": 4,
        "congolese": 3,
        "polish": 3,
        "south_asian": 1,
        "east_asian": 1,
        "southern_european": 1.5,
        "west_african": 0.5,
        "arab_afghan": 1.5,
        "eritrean": 0.5,
        "ukrainian": 1,
    }
)
GROUPS_STUDENT = Weighted(
    {
        "flemish": 50,
        "walloon": 5,
        "moroccan": 7,
        "turkish": 4,
        "congolese": 4,
        "polish": 2,
        "south_asian": 8,
        "east_asian": 7,
        "southern_european": 6,
        "west_african": 4,
        "arab_afghan": 2,
        "ukrainian": 1,
    }
)
GROUPS_BY_CRITERION: dict[str, Weighted[str]] = {
    "national_ethnic_origin": Weighted(
        {
            "moroccan": 34,
            "turkish": 16,
            "congolese": 12,
            "arab_afghan": 10,
            "eritrean": 4,
            "south_asian": 4,
            "west_african": 4,
            "polish": 8,
            "flemish": 6,
        }
    ),
    "skin_colour": Weighted(
        {"congolese": 55, "west_african": 18, "eritrean": 12, "moroccan": 8, "flemish": 7}
    ),
    "nationality": Weighted(
        {
            "arab_afghan": 15,
            "ukrainian": 12,
            "eritrean": 5,
            "south_asian": 10,
            "east_asian": 8,
            "southern_european": 7,
            "polish": 20,
            "moroccan": 12,
            "turkish": 6,
            "congolese": 5,
        }
    ),
    "descent": Weighted({"moroccan": 35, "turkish": 25, "congolese": 15, "flemish": 25}),
    "alleged_race": Weighted({"congolese": 50, "moroccan": 25, "west_african": 25}),
    "religion_belief": Weighted(
        {"moroccan": 45, "turkish": 25, "arab_afghan": 15, "flemish": 10, "south_asian": 5}
    ),
    "language": Weighted(
        {
            "walloon": 35,
            "southern_european": 15,
            "south_asian": 10,
            "arab_afghan": 10,
            "ukrainian": 10,
            "polish": 20,
        }
    ),
}

EMAIL_DOMAINS = Weighted(
    {
        "example.be": 30,
        "example.com": 22,
        "voorbeeld.be": 20,
        "mail.example.be": 10,
        "example.net": 10,
        "post.voorbeeld.be": 8,
    }
)

ORGANISATIONS = (
    "Huurdersplatform Dijleland vzw",
    "Vzw Samen Thuis",
    "Buurtwerk Vaartkom vzw",
    "Netwerk Gelijke Kansen Dijle vzw",
    "Vzw Zonder Drempels",
    "Internationale Studentenvereniging Arenberg",
    "Vzw Open Deur Leuven",
    "Regenboogwerking De Kapel vzw",
)

_ASCII_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss"})


@dataclass(frozen=True)
class Subject:
    """The person the facts happened to, which fixes the grammar of a first-person narrative."""

    gender: str  # "m", "f" or "x" (non-binary)
    trans: bool
    group: str
    language: str
    birth_year: int


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def given_name(pool: NamePool, gender: str, rng: random.Random) -> str:
    """A first name of the pool; non-binary people get one of either list."""
    if gender == "x":
        gender = "f" if chance(rng, 0.5) else "m"
    return rng.choice(pool.male if gender == "m" else pool.female)


def surname(pool: NamePool, gender: str, rng: random.Random) -> str:
    """A family name of the pool, in its feminine form where the language has one."""
    name = rng.choice(pool.surnames)
    if pool.gendered_surnames and gender == "f" and name.endswith(("ski", "cki")):
        return name[:-1] + "a"
    return name


def pronouns(language: str, gender: str, rng: random.Random) -> str:
    """Pronouns as the reporter would write them in their language."""
    return rng.choice(PRONOUNS[language][gender])


def mobile_number(rng: random.Random) -> str:
    """An invented Belgian mobile number (04xx, subscriber part starting 00, not in use)."""
    prefix = rng.randint(70, 99)
    tail = f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
    if chance(rng, 0.1):
        return f"+32 4{prefix} 00 {tail}"
    return f"04{prefix} 00 {tail}"


def landline_number(rng: random.Random) -> str:
    """An invented Leuven landline number (016, subscriber part starting 00, not in use)."""
    return f"016 00 {rng.randint(10, 99)} {rng.randint(10, 99)}"


def email_address(first: str, last: str, rng: random.Random, *, student: bool = False) -> str:
    """An invented address on a reserved or non-existent domain."""
    f, l_ = ascii_slug(first), ascii_slug(last)
    style = rng.randint(0, 5)
    if style == 0:
        local = f"{f}{l_}"
    elif style == 1:
        local = f"{f[:1]}.{l_}"
    elif style == 2:
        local = f"{f}.{l_}{rng.randint(1, 99)}"
    elif style == 3:
        local = f"{f}_{l_[:4]}"
    else:
        local = f"{f}.{l_}"
    domain = "student.example.be" if student and chance(rng, 0.6) else EMAIL_DOMAINS.pick(rng)
    return f"{local}@{domain}"


def birth_year(received_year: int, age_band: str, rng: random.Random) -> int:
    """A plausible birth year for someone of ``age_band`` who reports in ``received_year``."""
    if age_band == "student":
        return received_year - rng.randint(18, 25)
    if age_band == "older_worker":
        return received_year - rng.randint(50, 64)
    if age_band == "senior":
        return received_year - rng.randint(62, 88)
    if age_band == "young":
        return received_year - rng.randint(18, 30)
    if age_band == "parent":
        return received_year - rng.randint(24, 44)
    return received_year - int(rng.triangular(18, 82, 33))


def make_subject(
    rng: random.Random,
    *,
    criteria: list[str],
    received_year: int,
    age_band: str,
    student: bool,
) -> Subject:
    """The person concerned: gender, trans status, background and language fit the criteria."""
    crit = set(criteria)
    gendered = {"gender_identity", "medical_social_transition", "gender_expression"}
    if crit & {"pregnancy", "childbirth", "breastfeeding", "maternity"}:
        gender, trans = "f", False
    elif crit & gendered:
        gender = Weighted({"f": 45, "m": 25, "x": 30}).pick(rng)
        trans = True
    elif "sex_characteristics" in crit:
        gender, trans = Weighted({"f": 45, "m": 35, "x": 20}).pick(rng), False
    elif "sex" in crit or ("religion_belief" in crit and chance(rng, 0.6)):
        gender, trans = ("f" if chance(rng, 0.82) else "m"), False
    else:
        roll = rng.random()
        gender = "f" if roll < 0.51 else ("m" if roll < 0.992 else "x")
        trans = gender == "x" or chance(rng, 0.005)
    for criterion in criteria:
        if criterion in GROUPS_BY_CRITERION:
            group = GROUPS_BY_CRITERION[criterion].pick(rng)
            break
    else:
        group = (GROUPS_STUDENT if student else GROUPS_GENERAL).pick(rng)
    language = LANGUAGES[group].pick(rng)
    if "language" in crit and language == "nl":
        language = "fr" if chance(rng, 0.5) else "en"
    return Subject(gender, trans, group, language, birth_year(received_year, age_band, rng))


def _contact_fields(channel: str, rng: random.Random) -> tuple[bool, bool, bool]:
    """Whether the intake has an e-mail address, a phone number and a postal address."""
    email, phone, address = {
        "email": (1.0, 0.35, 0.25),
        "online_form": (1.0, 0.5, 0.3),
        "phone": (0.35, 1.0, 0.3),
        "desk": (0.5, 0.75, 0.6),
        "letter": (0.1, 0.3, 1.0),
        "outreach": (0.3, 0.7, 0.2),
        "referral_in": (0.6, 0.6, 0.4),
    }[channel]
    has = (chance(rng, email), chance(rng, phone), chance(rng, address))
    return has if any(has) else (False, True, False)


def person_reporter(
    rng: random.Random,
    *,
    role: str,
    gender: str,
    trans: bool,
    group: str,
    language: str,
    year_of_birth: int | None,
    channel: str,
    student: bool,
) -> dict[str, Any]:
    """The reporter block of a person (victim, witness or representative)."""
    pool = NAME_POOLS[group]
    family = surname(pool, gender, rng)
    chosen: str | None = None
    if trans:
        # The legal name still carries the sex registered at birth, or a name of either list
        # for non-binary people; the chosen name is what the office must use.
        legal_gender = {"f": "m", "m": "f"}.get(gender, "x")
        legal_first = given_name(pool, legal_gender, rng)
        chosen = f"{rng.choice(CHOSEN_NAMES[gender])} {family}"
        first_for_mail = chosen.split(" ")[0]
    else:
        legal_first = given_name(pool, gender, rng)
        first_for_mail = legal_first
    legal_name = f"{legal_first} {family}"
    has_email, has_phone, has_address = _contact_fields(channel, rng)
    reporter: dict[str, Any] = {"role": role, "legal_name": legal_name}
    if chosen is not None and chosen != legal_name:
        reporter["chosen_name"] = chosen
    if trans or chance(rng, 0.06):
        reporter["pronouns"] = pronouns(language, gender, rng)
    if has_email:
        reporter["email"] = email_address(first_for_mail, family, rng, student=student)
    if has_phone:
        reporter["phone"] = mobile_number(rng) if chance(rng, 0.85) else landline_number(rng)
    if has_address:
        area = "leuven_centre" if student and chance(rng, 0.6) else places.RESIDENCE_AREAS.pick(rng)
        reporter["address"] = places.spot(area, rng).address
    birth_share = {"victim": 0.75, "witness": 0.35, "representative": 0.3}.get(role, 0.0)
    if year_of_birth is not None and chance(rng, birth_share):
        reporter["birth_year"] = year_of_birth
    reporter["language"] = language
    return reporter


def organisation_reporter(rng: random.Random, *, language: str, channel: str) -> dict[str, Any]:
    """The reporter block of an organisation (an association, a tenants' platform…)."""
    name = rng.choice(ORGANISATIONS)
    slug = ascii_slug(name.replace("vzw", "").replace("Vzw", ""))[:18]
    reporter: dict[str, Any] = {"role": "organisation", "legal_name": name}
    reporter["email"] = f"info@{slug}.example.be"
    if channel in ("phone", "desk", "letter") or chance(rng, 0.5):
        reporter["phone"] = landline_number(rng)
    if chance(rng, 0.6):
        reporter["address"] = places.spot(places.RESIDENCE_AREAS.pick(rng), rng).address
    reporter["language"] = language
    return reporter
