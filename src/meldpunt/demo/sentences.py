"""Sentences shared by all scenarios (nl, fr, en): quotes, openers, closings, word forms."""

from __future__ import annotations

from meldpunt.demo.texts import texts

# A remark of the other party, quoted; {q} is the remark.
REMARK = texts(
    "Letterlijk zei {actor}: “{q}” | {Actor} zei: “{q}” | Ik kreeg te horen: “{q}”",
    "{Actor} m'a dit textuellement : « {q} » | On m'a répondu : « {q} »",
    "{Actor} literally said: “{q}” | I was told: “{q}”",
)
# When nobody said it in so many words.
UNSAID = texts(
    "Niemand zei het hardop, maar het ging duidelijk om {noun}."
    " | Ik ben ervan overtuigd dat het om {noun} ging.",
    "Personne ne l'a dit ouvertement, mais il s'agissait clairement de {noun}."
    " | J'ai la nette impression que tout tournait autour de {noun}.",
    "Nobody said it out loud, but it was clearly about {noun}."
    " | I am convinced it was because of {noun}.",
)
# When the trait was only assumed, a quoted remark would say too much.
NO_REASON = texts(
    "Een andere reden kreeg ik niet. | Een echte uitleg kreeg ik nooit.",
    "On ne m'a donné aucune autre raison.",
    "I was given no other reason.",
)
# When insults were shouted but not written down.
INSULTED = texts(
    "De scheldwoorden gingen duidelijk over {noun}.",
    "Les insultes visaient clairement {noun}.",
    "The insults were clearly about {noun}.",
)
# What a witness heard; {q} is the remark.
HEARD = texts(
    "Ik hoorde letterlijk: “{q}” | Er werd geroepen: “{q}”",
    "J'ai entendu textuellement : « {q} »",
    "I heard, word for word: “{q}”",
)
HEARD_NOTHING = texts(
    "Het was duidelijk discriminerend bedoeld.",
    "C'était clairement discriminatoire.",
    "It was clearly meant in a discriminatory way.",
)

# A second criterion: {noun} is the first, {noun2} the second.
CUMULATIVE = texts(
    "Daarnaast kreeg ik ook nog een opmerking over {noun2}.",
    "En plus, on m'a aussi fait une remarque sur {noun2}.",
    "On top of that, they also remarked on {noun2}.",
)
INTERSECTIONAL = texts(
    "Ik denk dat net de combinatie van {noun} en {noun2} hier meespeelt.",
    "Je pense que c'est justement la combinaison de {noun} et de {noun2} qui joue ici.",
    "I think it is precisely the combination of {noun} and {noun2} that is at play here.",
)

# Closing sentences, by what the reporter wants.
CLOSING_REGISTER = texts(
    "Ik wil dit enkel laten registreren, zodat het meegeteld wordt."
    " | Ik verwacht geen verdere stappen, maar wil dat het gekend is.",
    "Je souhaite seulement que ce soit enregistré.",
    "I only want this to be registered.",
)
CLOSING_CONTACT = texts(
    "Jullie mogen {actor} hierover gerust contacteren."
    " | Ik hoop dat jullie {actor} hierop kunnen aanspreken.",
    "Vous pouvez contacter {actor} à ce sujet.",
    "You may contact {actor} about this.",
)
CLOSING_NO_CONTACT = texts(
    "Ik wil liever niet dat jullie {actor} contacteren, ik ben bang voor de gevolgen.",
    "Je préfère que vous ne contactiez pas {actor}, j'ai peur des conséquences.",
    "Please don't contact {actor} for now; I am afraid of the consequences.",
)
CLOSING_ADVICE = texts(
    "Ik wil graag weten wat mijn rechten zijn. | Kunnen jullie mij zeggen wat ik nu kan doen?"
    " | Graag had ik advies over de volgende stappen.",
    "J'aimerais connaître mes droits. | Pouvez-vous me dire ce que je peux faire ?",
    "I would like to know what my rights are. | Can you tell me what I can do now?",
)

# Someone else's story, told by a representative or an organisation; {client}, {org}.
REPRESENTATIVE_OPENER = texts(
    "Ik meld dit namens {client}, die me het volgende vertelde:"
    " | Ik doe deze melding voor {client}; dit is het verhaal in eigen woorden:",
    "Je fais ce signalement au nom de {client}, qui m'a raconté ceci :",
    "I am reporting this on behalf of {client}, who told me the following:",
)
ORGANISATION_OPENER = texts(
    "Wij zijn {org} en melden dit op vraag van een bezoeker van onze werking:",
    "Nous sommes {org} et signalons ceci à la demande d'une personne que nous accompagnons :",
    "We are {org} and report this at the request of someone we support:",
)
QUOTE_MARKS = {"nl": ("“", "”"), "fr": ("« ", " »"), "en": ("“", "”")}
# Quotes inside a quoted story take the other kind of marks.
NESTED_QUOTES = {
    "nl": (("“", "‘"), ("”", "’")),
    "fr": (("« ", "“"), (" »", "”")),
    "en": (("“", "‘"), ("”", "’")),
}

# Word forms for the person concerned: language -> gender ("m", "f", "x") -> word -> text.
PERSON_WORDS: dict[str, dict[str, dict[str, str]]] = {
    "nl": {
        "m": {
            "partner": "mijn vriend",
            "couple": "twee mannen",
            "trans_self": "een transman",
            "friend": "mijn beste vriend",
            "e": "",
            "subject": "een man",
        },
        "f": {
            "partner": "mijn vriendin",
            "couple": "twee vrouwen",
            "trans_self": "een transvrouw",
            "friend": "mijn beste vriendin",
            "e": "",
            "subject": "een vrouw",
        },
        "x": {
            "partner": "mijn partner",
            "couple": "een queer koppel",
            "trans_self": "non-binair",
            "friend": "mijn beste vriend",
            "e": "",
            "subject": "iemand",
        },
    },
    "fr": {
        "m": {
            "partner": "mon compagnon",
            "couple": "deux hommes",
            "trans_self": "un homme trans",
            "friend": "mon meilleur ami",
            "e": "",
            "subject": "un homme",
        },
        "f": {
            "partner": "ma compagne",
            "couple": "deux femmes",
            "trans_self": "une femme trans",
            "friend": "ma meilleure amie",
            "e": "e",
            "subject": "une femme",
        },
        "x": {
            "partner": "mon partenaire",
            "couple": "un couple queer",
            "trans_self": "non-binaire",
            "friend": "mon meilleur ami",
            "e": "·e",
            "subject": "une personne",
        },
    },
    "en": {
        "m": {
            "partner": "my boyfriend",
            "couple": "two men",
            "trans_self": "a trans man",
            "friend": "my best friend",
            "e": "",
            "subject": "a man",
        },
        "f": {
            "partner": "my girlfriend",
            "couple": "two women",
            "trans_self": "a trans woman",
            "friend": "my best friend",
            "e": "",
            "subject": "a woman",
        },
        "x": {
            "partner": "my partner",
            "couple": "a queer couple",
            "trans_self": "non-binary",
            "friend": "my best friend",
            "e": "",
            "subject": "someone",
        },
    },
}

# Whom a representative speaks for: language -> gender -> alternatives.
CLIENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "m": ("mijn cliënt", "mijn zoon", "mijn buurman", "een bewoner die ik begeleid"),
        "f": ("mijn cliënte", "mijn dochter", "mijn buurvrouw", "een bewoonster die ik begeleid"),
        "x": ("mijn cliënt", "mijn kind", "een persoon die ik begeleid"),
    },
    "fr": {
        "m": ("mon client", "mon fils", "mon voisin"),
        "f": ("ma cliente", "ma fille", "ma voisine"),
        "x": ("la personne que j'accompagne", "mon enfant"),
    },
    "en": {
        "m": ("my client", "my son", "my neighbour"),
        "f": ("my client", "my daughter", "my neighbour"),
        "x": ("my client", "my child", "a person I support"),
    },
}

# A person who tried the same and was treated differently ("situation testing").
TESTER = {
    "racial": {
        "nl": "een collega met een Vlaams klinkende naam",
        "fr": "un collègue au nom flamand",
        "en": "a colleague with a Flemish-sounding name",
    },
    "other": {"nl": "een kennis", "fr": "une connaissance", "en": "an acquaintance"},
}

JOBS = {
    "nl": (
        "magazijnier",
        "verkoper",
        "verpleegkundige",
        "boekhouder",
        "onthaalmedewerker",
        "schoonmaker",
        "softwareontwikkelaar",
        "kok",
        "zorgkundige",
    ),
    "fr": (
        "magasinier",
        "vendeur",
        "infirmier",
        "comptable",
        "réceptionniste",
        "nettoyeur",
        "développeur",
        "cuisinier",
        "aide-soignant",
    ),
    "en": (
        "warehouse worker",
        "sales assistant",
        "nurse",
        "bookkeeper",
        "receptionist",
        "cleaner",
        "software developer",
        "cook",
        "care worker",
    ),
}

ORDINALS_EN = ("third", "fourth", "fifth", "sixth")
