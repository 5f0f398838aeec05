"""Scenarios in public life: the street, online, schools, police, public services, leisure."""

from __future__ import annotations

from meldpunt.demo.scenario import Scenario, tpls

STREET = Scenario(
    key="public_street",
    domain="society_public_space",
    weight=5.0,
    criteria={
        "national_ethnic_origin": 22,
        "skin_colour": 14,
        "religion_belief": 16,
        "sexual_orientation": 16,
        "gender_identity": 7,
        "sex": 7,
        "disability": 5,
        "gender_expression": 3,
        "alleged_race": 1,
        "descent": 2,
        "age": 2,
        "none": 3,
    },
    forms=(("harassment", 0.6), ("hate_speech", 0.5), ("threat", 0.25)),
    counterparties={"private_person": 70, "unknown": 30},
    context="street",
    places=("{street}, {town}", "bushalte, {street}, {town}"),
    witness_share=0.25,
    representative_share=0.04,
    victim={
        "nl": tpls(
            """
            Ik wachtte aan de bushalte in de {street}.
            | Ik fietste door de {street} in {area}.
            | Ik liep 's avonds met {partner} door de {street}.

            {Actor} begon mij uit te schelden.
            | {Actor} kwam naar me toe en begon te roepen.
            | {Actor} spuwde voor mijn voeten.

            {remark_sentence}

            Niemand kwam tussenbeide.
            | Ik was erg aangedaan en ben meteen naar huis gegaan. |
            """,
        ),
        "fr": tpls(
            """
            J'attendais à l'arrêt de bus dans la {street}.
            | Je passais à vélo dans la {street} à {area}.

            {Actor} a commencé à m'insulter.
            | {Actor} est venu vers moi et a commencé à crier.

            {remark_sentence}

            Personne n'est intervenu. |
            """,
        ),
        "en": tpls(
            """
            I was waiting at the bus stop on {street}.
            | I was cycling along {street} in {area}.

            {Actor} started insulting me.
            | {Actor} came up to me and started shouting.

            {remark_sentence}

            Nobody intervened. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Gisteren zag ik in de {street} hoe {actor} {subject} uitschold.
            | Op de bus zag ik hoe {actor} {subject} lastigviel.

            {heard}

            Ik heb de persoon daarna even geholpen.
            | Ik wil dit melden omdat niemand ingreep. |
            """,
        ),
        "fr": tpls(
            """
            Hier, dans la {street}, j'ai vu {actor} insulter {subject}.

            {heard}

            Je signale ceci parce que personne n'est intervenu. |
            """,
        ),
        "en": tpls(
            """
            Yesterday on {street} I saw {actor} insulting {subject}.

            {heard}

            I am reporting this because nobody stepped in. |
            """,
        ),
    },
)

VIOLENCE = Scenario(
    key="public_violence",
    domain="society_public_space",
    weight=1.5,
    criteria={
        "sexual_orientation": 25,
        "national_ethnic_origin": 22,
        "skin_colour": 12,
        "religion_belief": 12,
        "gender_identity": 12,
        "disability": 4,
        "alleged_race": 2,
        "none": 8,
    },
    forms=(
        ("violence", 1.0),
        ("threat", 0.4),
        ("hate_speech", 0.3),
        ("property_blackmail", 0.15),
    ),
    counterparties={"unknown": 60, "private_person": 40},
    context="street",
    places=("{street}, {town}",),
    age_band="young",
    victim={
        "nl": tpls(
            """
            Toen ik 's nachts naar huis wandelde in {area}, werd ik aangevallen.
            | Na een feestje in het centrum werd ik in de {street} aangevallen door {actor}.

            Ik kreeg klappen en werd op de grond geduwd.
            | Ik werd geslagen en mijn gsm werd kapotgegooid.

            {remark_sentence}

            Ik ben naar de spoeddienst gegaan.
            | De politie heeft een pv opgesteld. |
            """,
        ),
        "fr": tpls(
            """
            En rentrant chez moi la nuit à {area}, j'ai été agressé{e}.

            J'ai reçu des coups et on m'a poussé{e} par terre.

            {remark_sentence}

            Je suis allé{e} aux urgences. |
            """,
        ),
        "en": tpls(
            """
            Walking home at night in {area}, I was attacked.
            | After a party in the centre I was attacked on {street} by {actor}.

            I was hit and pushed to the ground.
            | I was beaten and my phone was smashed.

            {remark_sentence}

            I went to the emergency department.
            | The police wrote a report. |
            """,
        ),
    },
)

GRAFFITI = Scenario(
    key="public_graffiti",
    domain="society_public_space",
    weight=1.5,
    criteria={
        "national_ethnic_origin": 30,
        "religion_belief": 25,
        "sexual_orientation": 20,
        "descent": 8,
        "gender_identity": 7,
        "political_conviction": 3,
    },
    forms=(("hate_speech", 1.0), ("property_blackmail", 0.3)),
    counterparties={"unknown": 100},
    context="street",
    places=("{street}, {town}",),
    witness_share=0.6,
    organisation_share=0.05,
    quotes={
        "national_ethnic_origin": ("Vlaanderen voor de Vlamingen, buitenlanders buiten!",),
        "religion_belief": ("Geen moskee in onze straat!",),
        "sexual_orientation": ("Geen homopropaganda in onze wijk.",),
        "descent": ("Joden niet welkom.",),
        "gender_identity": ("Er zijn maar twee geslachten, de rest is ziek.",),
        "political_conviction": ("Linkse ratten, weg uit onze stad.",),
    },
    victim={
        "nl": tpls(
            """
            Op de gevel van ons huis in de {street} werd een tekst gespoten.

            Er stond: “{quote}”

            Het voelt als een rechtstreekse bedreiging.
            | We hebben foto's genomen. |
            """,
        ),
        "fr": tpls(
            """
            Sur la façade de notre maison dans la {street}, quelqu'un a tagué un texte.

            On pouvait lire : « {quote} »

            Cela ressemble à une menace directe. |
            """,
        ),
        "en": tpls(
            """
            Someone spray-painted a text on the front of our house on {street}.

            It said: “{quote}”

            It feels like a direct threat.
            | We took photos. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Op een muur in de {street} in {area} staat een gespoten tekst.
            | In de {street} hangen op verschillende plaatsen stickers.

            Er staat: “{quote}”

            Dit moet zo snel mogelijk verdwijnen.
            | Ik heb foto's genomen. |
            """,
        ),
        "fr": tpls(
            """
            Sur un mur de la {street} à {area}, il y a un tag.

            On peut y lire : « {quote} »

            Cela doit disparaître au plus vite. |
            """,
        ),
        "en": tpls(
            """
            There is a spray-painted text on a wall on {street} in {area}.

            It says: “{quote}”

            This should be removed as soon as possible. |
            """,
        ),
    },
)

HATE_POST = Scenario(
    key="media_hate_post",
    domain="media_internet",
    weight=5.0,
    criteria={
        "national_ethnic_origin": 25,
        "religion_belief": 22,
        "sexual_orientation": 16,
        "gender_identity": 10,
        "skin_colour": 10,
        "descent": 4,
        "sex": 5,
        "disability": 3,
        "political_conviction": 2,
    },
    forms=(("hate_speech", 0.9), ("harassment", 0.15), ("threat", 0.1)),
    counterparties={"private_person": 55, "unknown": 35, "business": 10},
    pools={"business": "media"},
    actors={
        "nl": ("de schrijver van het bericht",),
        "fr": ("l'auteur du message",),
        "en": ("the author of the post",),
    },
    context="street",
    areas={"online": 100},
    online=1.0,
    url_kind="social",
    online_places=(
        "openbare groep op sociale media",
        "reactie onder een nieuwsartikel",
        "filmpje op een videoplatform",
    ),
    witness_share=0.5,
    organisation_share=0.05,
    quotes={
        "national_ethnic_origin": (
            "Al die buitenlanders in Kessel-Lo profiteren alleen maar van ons geld.",
            "Stuur ze allemaal terug, Leuven is geen vluchtelingenkamp.",
        ),
        "religion_belief": (
            "Moslims zijn een gevaar voor onze stad.",
            "Geen enkele moskee meer in Leuven, ze horen hier niet.",
        ),
        "sexual_orientation": (
            "Die regenboogvlaggen aan het stadhuis moeten weg, homo's moeten zich niet zo tonen.",
            "Homo's zijn ziek, dat is gewoon mijn mening.",
        ),
        "gender_identity": ("Trans mensen zijn gestoord en een gevaar voor onze kinderen.",),
        "skin_colour": ("Weer een zwarte die hier komt stelen, typisch.",),
        "descent": ("De Joden zitten weer achter alles.",),
        "sex": ("Vrouwen horen achter het fornuis, niet in de gemeenteraad.",),
        "disability": ("Gehandicapten kosten de maatschappij alleen maar geld.",),
        "political_conviction": ("Alle linkse mensen zouden opgepakt moeten worden.",),
    },
    victim={
        "nl": tpls(
            """
            In een openbare Facebookgroep over Leuven verscheen een bericht.
            | Onder een nieuwsartikel over Leuven staat een reactie die honderden keren geliket is.

            Er staat letterlijk: “{quote}”

            Ik voel me daardoor persoonlijk geviseerd.
            | Er staan tientallen instemmende reacties onder. |

            Ik heb het bericht gemeld bij het platform, maar het staat er nog. |
            """,
        ),
        "fr": tpls(
            """
            Dans un groupe Facebook public sur Louvain, un message a été publié.

            On peut y lire : « {quote} »

            Je me sens personnellement visé{e}.
            | Il y a des dizaines de réactions approbatrices. |

            J'ai signalé le message à la plateforme, mais il est toujours en ligne. |
            """,
        ),
        "en": tpls(
            """
            A message was posted in a public Facebook group about Leuven.

            It literally says: “{quote}”

            I feel personally targeted.
            | There are dozens of approving comments below it. |

            I reported it to the platform, but it is still online. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Ik zag in een openbare Facebookgroep over Leuven een bericht.
            | Onder een nieuwsartikel over onze stad las ik een reactie.

            Er staat: “{quote}”

            Dit is pure haat en mag niet online blijven.
            | Ik heb een screenshot gemaakt. |
            """,
        ),
        "fr": tpls(
            """
            J'ai vu un message dans un groupe Facebook public sur Louvain.

            On peut y lire : « {quote} »

            C'est de la haine pure et cela ne doit pas rester en ligne. |
            """,
        ),
        "en": tpls(
            """
            I saw a message in a public Facebook group about Leuven.

            It says: “{quote}”

            This is pure hatred and should not stay online.
            | I took a screenshot. |
            """,
        ),
    },
)

ONLINE_HARASSMENT = Scenario(
    key="media_online_harassment",
    domain="media_internet",
    weight=2.0,
    criteria={
        "sexual_orientation": 22,
        "gender_identity": 14,
        "national_ethnic_origin": 16,
        "religion_belief": 10,
        "sex": 14,
        "skin_colour": 8,
        "disability": 4,
        "political_conviction": 3,
        "none": 5,
    },
    forms=(
        ("harassment", 0.9),
        ("threat", 0.3),
        ("property_blackmail", 0.12),
        ("hate_speech", 0.2),
    ),
    criterion_forms={"sexual_orientation": (("property_blackmail", 0.3),)},
    counterparties={"private_person": 60, "unknown": 40},
    actors={
        "nl": ("de afzender",),
        "fr": ("l'expéditeur",),
        "en": ("the sender",),
    },
    context="street",
    areas={"online": 100},
    online=1.0,
    url_kind="social",
    online_places=("privéberichten op sociale media", "reacties onder mijn eigen berichten"),
    age_band="young",
    victim={
        "nl": tpls(
            """
            Sinds enkele weken krijg ik berichten van een anoniem account.
            | Een oud-klasgenoot stuurt me voortdurend berichten via sociale media.

            {Disclose}, werden de berichten steeds grover.
            | De berichten gaan altijd over {noun}.

            {remark_sentence}
            | Er wordt gedreigd om foto's van mij te verspreiden. |

            Ik heb alles bewaard als screenshot. |
            """,
        ),
        "fr": tpls(
            """
            Depuis quelques semaines, je reçois des messages d'un compte anonyme.

            Les messages portent toujours sur {noun}.

            {remark_sentence}
            | On menace de diffuser des photos de moi. |

            J'ai tout gardé en captures d'écran. |
            """,
        ),
        "en": tpls(
            """
            For a few weeks I have been receiving messages from an anonymous account.

            The messages are always about {noun}.

            {remark_sentence}
            | They threaten to spread pictures of me. |

            I have kept screenshots of everything. |
            """,
        ),
    },
)

SCHOOL = Scenario(
    key="education_admission",
    domain="education",
    weight=1.5,
    criteria={
        "religion_belief": 35,
        "national_ethnic_origin": 18,
        "disability": 15,
        "language": 10,
        "nationality": 5,
        "skin_colour": 5,
        "family_responsibilities": 2,
        "wealth": 5,
        "none": 5,
    },
    forms=(("unequal_treatment", 0.9), ("indirect_discrimination", 0.15)),
    criterion_forms={"disability": (("reasonable_accommodation_denied", 0.4),)},
    counterparties={"school": 100},
    context="school",
    age_band="young",
    representative_share=0.35,
    victim={
        "nl": tpls(
            """
            Ik wilde me inschrijven in {cp}.
            | Mijn inschrijving voor een opleiding aan {cp} werd besproken met de directie.

            {Disclose}, werd mijn inschrijving geweigerd.
            | {Disclose}, kreeg ik te horen dat ik beter een andere school zoek.

            {remark_sentence}
            | Andere leerlingen met dezelfde resultaten werden wel toegelaten. |
            """,
        ),
        "fr": tpls(
            """
            Je voulais m'inscrire à {cp}.

            {Disclose}, mon inscription a été refusée.
            | {Disclose}, on m'a dit de chercher une autre école.

            {remark_sentence}
            | D'autres élèves avec les mêmes résultats ont été admis. |
            """,
        ),
        "en": tpls(
            """
            I wanted to enrol at {cp}.

            {Disclose}, my enrolment was refused.
            | {Disclose}, I was told I had better look for another school.

            {remark_sentence}
            | Other pupils with the same results were admitted. |
            """,
        ),
    },
)

BULLYING = Scenario(
    key="education_bullying",
    domain="education",
    weight=1.5,
    criteria={
        "national_ethnic_origin": 20,
        "sexual_orientation": 20,
        "gender_identity": 12,
        "skin_colour": 10,
        "religion_belief": 10,
        "disability": 12,
        "physical_genetic_trait": 6,
        "none": 7,
    },
    forms=(("harassment", 1.0), ("hate_speech", 0.1), ("threat", 0.1)),
    counterparties={"school": 100},
    context="school",
    age_band="young",
    representative_share=0.4,
    victim={
        "nl": tpls(
            """
            Ik zit in het vijfde middelbaar in {cp}.
            | Ik studeer aan {cp} in {area}.

            {Disclose}, werd ik door klasgenoten gepest.
            | {Disclose}, begon een leerkracht in de klas grappen over mij te maken.

            {remark_sentence}
            | De school zegt dat het ‘maar plagen’ is en doet niets. |

            Ik wil niet meer naar school. |
            """,
        ),
        "fr": tpls(
            """
            J'étudie à {cp} à {area}.

            {Disclose}, des camarades de classe ont commencé à me harceler.
            | {Disclose}, un enseignant a commencé à faire des blagues sur moi en classe.

            {remark_sentence}
            | L'école dit que ce ne sont « que des taquineries » et ne fait rien. |
            """,
        ),
        "en": tpls(
            """
            I study at {cp} in {area}.

            {Disclose}, classmates started bullying me.
            | {Disclose}, a teacher started making jokes about me in class.

            {remark_sentence}
            | The school says it is 'just teasing' and does nothing. |
            """,
        ),
    },
)

SCHOOL_ACCOMMODATION = Scenario(
    key="education_accommodation",
    assumes_trait=True,
    domain="education",
    weight=1.0,
    criteria={"disability": 85, "health_status": 10, "pregnancy": 5},
    forms=(("reasonable_accommodation_denied", 1.0),),
    counterparties={"school": 100},
    context="school",
    age_band="student",
    student=True,
    victim={
        "nl": tpls(
            """
            Ik studeer aan {cp}.

            Door {noun} heb ik recht op extra examentijd en een aparte ruimte.
            | {Disclose}, vroeg ik om aangepast lesmateriaal.

            {Actor} weigerde dat, omdat het ‘niet eerlijk is tegenover de anderen’.
            | {remark_sentence}

            Daardoor ben ik voor twee examens gezakt. |
            """,
        ),
        "fr": tpls(
            """
            J'étudie à {cp}.

            En raison de {noun}, j'ai droit à du temps supplémentaire aux examens.

            {Actor} a refusé, parce que ce ne serait « pas juste envers les autres ».
            | {remark_sentence}

            J'ai donc raté deux examens. |
            """,
        ),
        "en": tpls(
            """
            I study at {cp}.

            Because of {noun} I am entitled to extra exam time and a separate room.

            {Actor} refused, saying it would 'not be fair to the others'.
            | {remark_sentence}

            Because of that I failed two exams. |
            """,
        ),
    },
)

ID_CHECKS = Scenario(
    key="police_checks",
    domain="police_justice",
    weight=2.0,
    criteria={
        "national_ethnic_origin": 45,
        "skin_colour": 35,
        "religion_belief": 5,
        "nationality": 5,
        "descent": 2,
        "none": 8,
    },
    forms=(("unequal_treatment", 0.8), ("harassment", 0.35), ("violence", 0.05)),
    counterparties={"police": 100},
    context="police",
    areas={"leuven_centre": 75, "kessel_lo": 10, "heverlee": 10, "wilsele": 5},
    places=("station Leuven", "Ladeuzeplein, Leuven", "{street}, {town}"),
    age_band="young",
    witness_share=0.1,
    victim={
        "nl": tpls(
            """
            Ik werd deze maand al voor de {nth} keer gecontroleerd aan het station.
            | Met vrienden zat ik op een bank op het Ladeuzeplein toen de politie ons aansprak.

            Alleen wij werden gecontroleerd, de andere groepjes niet.
            | {Actor} vroeg onze identiteitskaarten en fouilleerde ons zonder uitleg.

            {remark_sentence}

            Ik voel me behandeld als een verdachte in mijn eigen stad. |
            """,
        ),
        "fr": tpls(
            """
            Ce mois-ci, j'ai été contrôlé{e} pour la {nth} fois à la gare.

            Nous seuls avons été contrôlés, pas les autres groupes.
            | {Actor} a demandé nos cartes d'identité et nous a fouillés sans explication.

            {remark_sentence}

            Je me sens traité{e} comme un suspect dans ma propre ville. |
            """,
        ),
        "en": tpls(
            """
            This month I was stopped at the station for the {nth} time.

            Only we were checked, not the other groups.
            | {Actor} asked for our ID cards and searched us without explanation.

            {remark_sentence}

            I feel treated like a suspect in my own city. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Aan het station zag ik hoe {actor} {subject} controleerde, terwijl niemand anders werd
              aangesproken.

            {heard}

            Ik vond het een duidelijk geval van etnisch profileren. |
            """,
        ),
        "fr": tpls(
            """
            À la gare, j'ai vu {actor} contrôler {subject}, alors que personne d'autre n'a été
              interpellé.

            {heard} |
            """,
        ),
        "en": tpls(
            """
            At the station I saw {actor} checking {subject}, while nobody else was stopped.

            {heard}

            It looked like a clear case of ethnic profiling. |
            """,
        ),
    },
)

POLICE_COMPLAINT = Scenario(
    key="police_complaint",
    domain="police_justice",
    weight=1.0,
    criteria={
        "sexual_orientation": 20,
        "gender_identity": 15,
        "national_ethnic_origin": 20,
        "language": 10,
        "sex": 15,
        "disability": 10,
        "none": 10,
    },
    forms=(("unequal_treatment", 0.8), ("harassment", 0.2)),
    counterparties={"police": 100},
    context="police",
    places=("politiekantoor, Leuven", "{address}"),
    victim={
        "nl": tpls(
            """
            Ik ging naar het politiekantoor om klacht neer te leggen.
            | Na een inbraak kwam de politie bij mij thuis in {area}.

            {Disclose}, werd mijn klacht niet ernstig genomen.
            | {Disclose}, weigerde {actor} een pv op te stellen.

            {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Je suis allé{e} au commissariat pour porter plainte.

            {Disclose}, ma plainte n'a pas été prise au sérieux.
            | {Disclose}, {actor} a refusé de dresser un procès-verbal.

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I went to the police station to file a complaint.

            {Disclose}, my complaint was not taken seriously.
            | {Disclose}, {actor} refused to write up a report.

            {remark_sentence} |
            """,
        ),
    },
)

PUBLIC_COUNTER = Scenario(
    key="public_service_counter",
    domain="social_protection_public_services",
    weight=2.5,
    criteria={
        "language": 22,
        "national_ethnic_origin": 18,
        "nationality": 12,
        "disability": 10,
        "wealth": 8,
        "religion_belief": 6,
        "social_origin_condition": 6,
        "age": 5,
        "gender_identity": 3,
        "none": 7,
    },
    forms=(
        ("unequal_treatment", 0.9),
        ("indirect_discrimination", 0.15),
        ("harassment", 0.05),
    ),
    counterparties={"public_service": 100},
    pools={"public_service": "counter"},
    context="service",
    representative_share=0.15,
    victim={
        "nl": tpls(
            """
            Ik ging naar het loket van {cp} voor een aanvraag.
            | Ik had een afspraak bij {cp} over mijn dossier.

            {Disclose}, werd ik van het kastje naar de muur gestuurd.
            | {Disclose}, weigerde {actor} mijn aanvraag in behandeling te nemen.

            {remark_sentence}
            | Ik moest drie keer terugkomen met dezelfde documenten. |
            """,
        ),
        "fr": tpls(
            """
            Je me suis rendu{e} à un guichet de la ville pour une demande.

            {Disclose}, on m'a renvoyé{e} d'un service à l'autre.
            | {Disclose}, {actor} a refusé de traiter ma demande.

            {remark_sentence}
            | J'ai dû revenir trois fois avec les mêmes documents. |
            """,
        ),
        "en": tpls(
            """
            I went to the counter of {cp} with an application.

            {Disclose}, I was sent from pillar to post.
            | {Disclose}, {actor} refused to process my application.

            {remark_sentence}
            | I had to come back three times with the same documents. |
            """,
        ),
    },
)

PUBLIC_ACCESS = Scenario(
    key="public_service_access",
    assumes_trait=True,
    domain="social_protection_public_services",
    weight=1.5,
    criteria={"disability": 85, "age": 10, "health_status": 5},
    forms=(("reasonable_accommodation_denied", 0.8), ("unequal_treatment", 0.3)),
    counterparties={"public_service": 100},
    pools={"public_service": "counter"},
    context="service",
    victim={
        "nl": tpls(
            """
            De ingang van {cp} is niet bereikbaar met een rolstoel.
            | Bij {cp} is er geen gebarentolk of schriftelijke ondersteuning mogelijk.

            Ik vroeg of ze mij op een andere manier konden helpen.
            | Ik vroeg om een afspraak op een toegankelijke plaats.

            {Actor} zei dat daar geen budget voor is.
            | {remark_sentence}

            Zo kan ik mijn zaken niet zelfstandig regelen. |
            """,
        ),
        "fr": tpls(
            """
            L'entrée du service communal n'est pas accessible en fauteuil roulant.

            J'ai demandé un rendez-vous dans un lieu accessible.

            {Actor} m'a dit qu'il n'y a pas de budget pour cela.
            | {remark_sentence}

            Je ne peux donc pas régler mes affaires de manière autonome. |
            """,
        ),
        "en": tpls(
            """
            The entrance of {cp} is not accessible by wheelchair.

            I asked for an appointment at an accessible location.

            {Actor} said there is no budget for that.
            | {remark_sentence}

            So I cannot arrange my affairs independently. |
            """,
        ),
    },
)

SPORTS_CLUB = Scenario(
    key="leisure_club",
    domain="leisure",
    weight=1.5,
    criteria={
        "national_ethnic_origin": 20,
        "disability": 20,
        "sexual_orientation": 12,
        "gender_identity": 12,
        "religion_belief": 10,
        "age": 6,
        "skin_colour": 8,
        "none": 8,
    },
    forms=(("unequal_treatment", 0.8), ("harassment", 0.25)),
    counterparties={"business": 60, "public_service": 30, "private_person": 10},
    pools={"business": "club", "public_service": "city_leisure"},
    actors={"nl": ("de trainer", "het bestuur"), "fr": ("l'entraîneur",), "en": ("the coach",)},
    context="service",
    victim={
        "nl": tpls(
            """
            Ik wilde lid worden van {cp}.
            | Ik speel al twee jaar bij {cp}.

            {Disclose}, werd ik niet meer opgesteld.
            | {Disclose}, zei {actor} dat er ‘geen plaats’ meer was.

            {remark_sentence}
            | Een week later werd een ander nieuw lid wel aanvaard. |
            """,
        ),
        "fr": tpls(
            """
            Je voulais m'inscrire dans {cp}.

            {Disclose}, on ne m'a plus fait jouer.
            | {Disclose}, {actor} a dit qu'il n'y avait « plus de place ».

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I wanted to join {cp}.

            {Disclose}, I was no longer picked for matches.
            | {Disclose}, {actor} said there was 'no room' any more.

            {remark_sentence}
            | A week later another new member was accepted. |
            """,
        ),
    },
)

SWIMMING_POOL = Scenario(
    key="leisure_pool",
    domain="leisure",
    weight=1.5,
    criteria={
        "religion_belief": 30,
        "gender_identity": 15,
        "disability": 20,
        "skin_colour": 10,
        "national_ethnic_origin": 10,
        "sex": 5,
        "none": 6,
    },
    forms=(("unequal_treatment", 0.8), ("indirect_discrimination", 0.2)),
    criterion_forms={"disability": (("reasonable_accommodation_denied", 0.4),)},
    counterparties={"public_service": 50, "business": 50},
    pools={"business": "pool", "public_service": "city_leisure"},
    actors={"nl": ("de redder",), "fr": ("le maître-nageur",), "en": ("the lifeguard",)},
    context="service",
    peak_months=(6, 7, 8),
    victim={
        "nl": tpls(
            """
            Op een warme dag ging ik zwemmen in het zwembad.
            | Ik wilde met mijn kinderen naar {cp}.

            {Disclose}, mocht ik niet binnen.
            | {Disclose}, werd ik door {actor} uit het water gehaald.

            {remark_sentence}
            | Er werd verwezen naar het huishoudelijk reglement, maar niemand kon zeggen welke regel
              ik overtrad. |
            """,
        ),
        "fr": tpls(
            """
            Par une journée chaude, je suis allé{e} nager à la piscine.

            {Disclose}, on m'a refusé l'entrée.
            | {Disclose}, {actor} m'a fait sortir de l'eau.

            {remark_sentence}
            | On m'a renvoyé{e} au règlement, mais personne n'a pu dire quelle règle j'avais
              enfreinte. |
            """,
        ),
        "en": tpls(
            """
            On a hot day I went swimming at the pool.

            {Disclose}, I was refused entry.
            | {Disclose}, {actor} made me get out of the water.

            {remark_sentence}
            | They referred to the house rules, but nobody could say which rule I had broken. |
            """,
        ),
    },
)

PRIVATE = Scenario(
    key="private_other",
    domain="private_other",
    weight=1.5,
    criteria={
        "none": 35,
        "sexual_orientation": 15,
        "religion_belief": 10,
        "gender_identity": 10,
        "national_ethnic_origin": 10,
        "disability": 5,
        "age": 5,
    },
    forms=(("harassment", 0.7), ("unequal_treatment", 0.3), ("threat", 0.1)),
    counterparties={"private_person": 90, "unknown": 10},
    actors={"nl": ("een familielid",), "fr": ("un membre de ma famille",), "en": ("a relative",)},
    areas={
        "leuven_centre": 25,
        "kessel_lo": 15,
        "heverlee": 15,
        "wilsele": 5,
        "elsewhere": 25,
        "unknown": 15,
    },
    victim={
        "nl": tpls(
            """
            In mijn familie wordt al lang gedaan alsof ik er niet bij hoor.
            | Binnen onze vriendengroep loopt het al een tijd mis.

            {Disclose}, werd ik niet meer uitgenodigd voor familiefeesten.
            | {Disclose}, kreeg ik de ene kwetsende opmerking na de andere.

            {remark_sentence}
            | Ik weet niet of jullie hier iets mee kunnen, maar ik wilde het kwijt. |
            """,
        ),
        "fr": tpls(
            """
            Dans ma famille, on fait depuis longtemps comme si je n'en faisais pas partie.

            {Disclose}, je n'ai plus été invité{e} aux fêtes de famille.
            | {Disclose}, j'ai reçu remarque blessante sur remarque blessante.

            {remark_sentence}
            | Je ne sais pas si vous pouvez faire quelque chose, mais je voulais le dire. |
            """,
        ),
        "en": tpls(
            """
            In my family they have long acted as if I don't belong.

            {Disclose}, I was no longer invited to family gatherings.
            | {Disclose}, I got one hurtful remark after another.

            {remark_sentence}
            | I don't know if you can do anything with this, but I wanted to get it off my chest. |
            """,
        ),
    },
)

PUBLIC_SCENARIOS = (
    STREET,
    VIOLENCE,
    GRAFFITI,
    HATE_POST,
    ONLINE_HARASSMENT,
    SCHOOL,
    BULLYING,
    SCHOOL_ACCOMMODATION,
    ID_CHECKS,
    POLICE_COMPLAINT,
    PUBLIC_COUNTER,
    PUBLIC_ACCESS,
    SPORTS_CLUB,
    SWIMMING_POOL,
    PRIVATE,
)
