"""Employment and goods-and-services scenarios: hiring, job ads, the workplace, shops, banks."""

from __future__ import annotations

from meldpunt.demo.scenario import Scenario, tpls

RECRUITMENT = Scenario(
    key="employment_recruitment",
    domain="employment",
    weight=5.5,
    criteria={
        "national_ethnic_origin": 22,
        "age": 18,
        "religion_belief": 10,
        "disability": 9,
        "sex": 7,
        "pregnancy": 5,
        "skin_colour": 5,
        "nationality": 4,
        "health_status": 4,
        "language": 3,
        "family_responsibilities": 3,
        "sexual_orientation": 2,
        "gender_identity": 1.5,
        "physical_genetic_trait": 2,
        "birth": 0.5,
        "sex_characteristics": 0.5,
        "none": 4,
    },
    forms=(("unequal_treatment", 1.0),),
    counterparties={"employer": 100},
    context="work",
    victim={
        "nl": tpls(
            """
            Ik solliciteerde bij {cp} voor een job als {job}.
            | Via een interimkantoor had ik een sollicitatiegesprek bij {cp}.
            | Ik reageerde op een vacature van {cp} in {area}.

            Mijn cv past perfect bij het profiel.
            | Het eerste telefoongesprek verliep heel goed. |

            {Disclose}, werd het gesprek snel afgerond.
            | {Disclose}, kreeg ik een dag later een afwijzing.
            | {Disclose}, was de vacature plots ingevuld.

            {remark_sentence}
            | {Tester}, met hetzelfde profiel, werd wel uitgenodigd. |
            """,
        ),
        "fr": tpls(
            """
            J'ai postulé chez {cp} pour travailler comme {job}.

            {Disclose}, l'entretien a été vite écourté.
            | {Disclose}, j'ai reçu un refus le lendemain.

            {remark_sentence}
            | {Tester} avec le même profil a bien reçu une invitation. |
            """,
        ),
        "en": tpls(
            """
            I applied to {cp} for a {job} position.

            {Disclose}, the interview was quickly cut short.
            | {Disclose}, I got a rejection the next day.

            {remark_sentence}
            | {Tester}, who has the same profile, was invited. |
            """,
        ),
    },
)

JOB_AD = Scenario(
    key="employment_job_ad",
    domain="employment",
    weight=1.5,
    criteria={
        "age": 40,
        "language": 20,
        "sex": 12,
        "nationality": 10,
        "national_ethnic_origin": 6,
        "physical_genetic_trait": 4,
        "health_status": 4,
        "none": 4,
    },
    forms=(("discriminatory_statement_ad", 1.0), ("indirect_discrimination", 0.1)),
    counterparties={"employer": 100},
    context="work",
    online=0.8,
    url_kind="jobs",
    online_places=("vacature op een jobsite",),
    places=("vacature aan het raam, {street}, {town}",),
    witness_share=0.3,
    organisation_share=0.05,
    quotes={
        "age": (
            "Jong en dynamisch team zoekt collega van maximaal 30 jaar.",
            "Ideaal voor een schoolverlater (max. 25 jaar).",
        ),
        "language": ("Moedertaal Nederlands vereist.",),
        "sex": (
            "Wij zoeken een vrouwelijke onthaalmedewerker.",
            "Stevige kerel gezocht voor magazijnwerk.",
        ),
        "nationality": ("Enkel kandidaten met de Belgische nationaliteit.",),
        "national_ethnic_origin": ("Liefst geen allochtonen, onze klanten zijn veeleisend.",),
        "physical_genetic_trait": ("Verzorgd uiterlijk en slank postuur vereist.",),
        "health_status": ("Kandidaten met een ziekteverleden worden niet weerhouden.",),
        "none": ("Enkel kandidaten met een eigen wagen.",),
    },
    victim={
        "nl": tpls(
            """
            Ik zag een vacature van {cp} voor een job als {job}.

            In de advertentie staat: “{quote}”

            Daardoor heb ik niet eens durven solliciteren.
            | Ik voldoe aan alle andere voorwaarden. |
            """,
        ),
        "fr": tpls(
            """
            J'ai vu une offre d'emploi publiée par {cp}, pour travailler comme {job}.

            L'annonce dit : « {quote} »

            Je remplis toutes les autres conditions. |
            """,
        ),
        "en": tpls(
            """
            I saw a vacancy posted by {cp} for a {job} position.

            The ad says: “{quote}”

            I meet all the other requirements. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Op een jobsite zag ik een vacature van {cp}.

            Er staat letterlijk: “{quote}”

            Dat lijkt me in strijd met de wet. |
            """,
        ),
        "fr": tpls(
            """
            Sur un site d'emploi, j'ai vu une offre publiée par {cp}.

            On peut y lire : « {quote} »

            Cela me semble contraire à la loi. |
            """,
        ),
        "en": tpls(
            """
            On a job site I saw a vacancy posted by {cp}.

            It literally says: “{quote}”

            That seems illegal to me. |
            """,
        ),
    },
)

WORKPLACE = Scenario(
    key="employment_workplace",
    domain="employment",
    weight=3.5,
    criteria={
        "national_ethnic_origin": 22,
        "sexual_orientation": 12,
        "religion_belief": 10,
        "skin_colour": 8,
        "sex": 10,
        "gender_identity": 5,
        "disability": 6,
        "age": 5,
        "health_status": 4,
        "trade_union_conviction": 3,
        "political_conviction": 2,
        "gender_expression": 2,
        "none": 6,
    },
    forms=(
        ("harassment", 0.95),
        ("retaliation", 0.15),
        ("hate_speech", 0.05),
        ("threat", 0.05),
    ),
    counterparties={"employer": 100},
    context="work",
    victim={
        "nl": tpls(
            """
            Ik werk al {years} jaar als {job} bij {cp}.

            {Disclose}, begonnen collega's voortdurend grappen en opmerkingen te maken.
            | {Disclose}, werd ik door mijn leidinggevende anders behandeld dan de rest van het
              team.

            {remark_sentence}
            | Ik heb het gemeld bij HR, maar er gebeurde niets.
            | Sindsdien krijg ik de slechtste shiften.
            """,
        ),
        "fr": tpls(
            """
            Je travaille depuis {years} ans comme {job} chez {cp}.

            {Disclose}, mes collègues ont commencé à faire sans cesse des blagues et des remarques.

            {remark_sentence}
            | Je l'ai signalé aux RH, mais rien n'a été fait.
            """,
        ),
        "en": tpls(
            """
            I have worked as a {job} at {cp} for {years} years.

            {Disclose}, my colleagues started making jokes and remarks all the time.
            | {Disclose}, my manager started treating me differently from the rest of the team.

            {remark_sentence}
            | I reported it to HR, but nothing happened.
            """,
        ),
    },
)

WORK_ACCOMMODATION = Scenario(
    key="employment_accommodation",
    assumes_trait=True,
    domain="employment",
    weight=1.2,
    criteria={"disability": 80, "health_status": 15, "pregnancy": 5},
    forms=(("reasonable_accommodation_denied", 1.0), ("unequal_treatment", 0.2)),
    counterparties={"employer": 100},
    context="work",
    victim={
        "nl": tpls(
            """
            Ik werk als {job} bij {cp}.
            | Na een lange afwezigheid wilde ik opnieuw beginnen bij {cp}.

            Door {noun} heb ik een aangepaste werkplek nodig.
            | Ik vroeg om een aangepast uurrooster en een ergonomische stoel, zoals de
              arbeidsgeneesheer aanraadde.

            {Actor} weigerde dat, omdat het ‘te veel gedoe’ zou zijn.
            | {remark_sentence}

            Nu dreig ik mijn job te verliezen. |
            """,
        ),
        "fr": tpls(
            """
            Je travaille comme {job} chez {cp}.

            En raison de {noun}, j'ai besoin d'un poste de travail adapté.

            {Actor} a refusé, parce que ce serait « trop compliqué ».
            | {remark_sentence}

            Maintenant, je risque de perdre mon emploi. |
            """,
        ),
        "en": tpls(
            """
            I work as a {job} at {cp}.

            Because of {noun} I need an adapted workstation.

            {Actor} refused, saying it would be 'too much hassle'.
            | {remark_sentence}

            Now I risk losing my job. |
            """,
        ),
    },
)

DISMISSAL = Scenario(
    key="employment_dismissal",
    domain="employment",
    weight=2.3,
    criteria={
        "pregnancy": 14,
        "age": 14,
        "health_status": 14,
        "national_ethnic_origin": 10,
        "trade_union_conviction": 6,
        "sexual_orientation": 6,
        "gender_identity": 4,
        "medical_social_transition": 3,
        "religion_belief": 6,
        "disability": 8,
        "family_responsibilities": 6,
        "maternity": 4,
        "medically_assisted_reproduction": 1.5,
        "breastfeeding": 1,
        "childbirth": 1,
        "none": 4,
    },
    forms=(("unequal_treatment", 0.9), ("retaliation", 0.25)),
    counterparties={"employer": 100},
    context="work",
    victim={
        "nl": tpls(
            """
            Ik werkte {years} jaar als {job} bij {cp}.
            | Ik had een contract van onbepaalde duur bij {cp} in {area}.

            {Disclose}, werd ik plots ontslagen.
            | {Disclose}, werd mijn contract niet verlengd, terwijl mijn evaluaties altijd goed
              waren.

            {remark_sentence}
            | Als reden kreeg ik ‘herstructurering’, maar mijn functie werd meteen opnieuw ingevuld.
            """,
        ),
        "fr": tpls(
            """
            J'ai travaillé {years} ans comme {job} chez {cp}.

            {Disclose}, j'ai été licencié{e} du jour au lendemain.
            | {Disclose}, mon contrat n'a pas été renouvelé, alors que mes évaluations étaient
              toujours bonnes.

            {remark_sentence}
            | On m'a parlé de « restructuration », mais mon poste a aussitôt été repourvu.
            """,
        ),
        "en": tpls(
            """
            I worked as a {job} at {cp} for {years} years.

            {Disclose}, I was suddenly dismissed.
            | {Disclose}, my contract was not renewed, although my evaluations were always good.

            {remark_sentence}
            | The reason given was 'restructuring', but my job was filled again right away.
            """,
        ),
    },
)

NIGHTLIFE = Scenario(
    key="goods_nightlife",
    domain="goods_services",
    weight=2.5,
    criteria={
        "national_ethnic_origin": 40,
        "skin_colour": 30,
        "religion_belief": 5,
        "sexual_orientation": 5,
        "gender_identity": 4,
        "disability": 6,
        "age": 3,
        "none": 7,
    },
    forms=(("unequal_treatment", 1.0), ("harassment", 0.1)),
    counterparties={"business": 100},
    pools={"business": "nightlife"},
    actors={
        "nl": ("de portier", "de uitbater"),
        "fr": ("le portier", "le gérant"),
        "en": ("the bouncer", "the manager"),
    },
    context="nightlife",
    areas={"leuven_centre": 85, "kessel_lo": 5, "heverlee": 5, "elsewhere": 5},
    places=("{cp}, {street}, {town}",),
    age_band="young",
    witness_share=0.2,
    victim={
        "nl": tpls(
            """
            Op zaterdagavond wilde ik met vrienden naar {cp} in de {street}.
            | Na een examen gingen we met een groep naar {cp}.

            {Disclose}, mocht ik niet binnen.
            | {Actor} liet mijn vrienden binnen, maar mij niet.

            {remark_sentence}
            | Er werd gezegd dat het een privéfeest was, maar andere mensen mochten gewoon binnen. |
            """,
        ),
        "fr": tpls(
            """
            Samedi soir, je voulais aller en boîte avec des amis dans la {street}.

            {Disclose}, je n'ai pas pu entrer.
            | {Actor} a laissé entrer mes amis, mais pas moi.

            {remark_sentence}
            | On m'a dit que c'était une soirée privée, mais d'autres personnes entraient
              normalement. |
            """,
        ),
        "en": tpls(
            """
            On Saturday night I wanted to go to {cp} on {street} with friends.

            {Disclose}, I was not allowed in.
            | {Actor} let my friends in, but not me.

            {remark_sentence}
            | They said it was a private party, but others just walked in. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Gisteren stond ik in de rij aan {cp} in de {street}.

            {Actor} weigerde {subject} voor mij in de rij, terwijl wij wel binnen mochten.

            {heard} |
            """,
        ),
        "fr": tpls(
            """
            Hier soir, je faisais la file devant une boîte de la {street}.

            {Actor} a refusé l'entrée à {subject} devant moi, alors que nous, nous pouvions
              entrer.

            {heard} |
            """,
        ),
        "en": tpls(
            """
            Last night I was in the queue for {cp} on {street}.

            {Actor} turned away {subject} in front of me, while we were let in.

            {heard} |
            """,
        ),
    },
)

SHOP = Scenario(
    key="goods_shop",
    domain="goods_services",
    weight=3.0,
    criteria={
        "religion_belief": 22,
        "disability": 22,
        "national_ethnic_origin": 15,
        "skin_colour": 8,
        "sexual_orientation": 6,
        "gender_identity": 4,
        "breastfeeding": 3,
        "language": 5,
        "age": 3,
        "health_status": 4,
        "none": 8,
    },
    forms=(("unequal_treatment", 0.9), ("harassment", 0.1)),
    criterion_forms={"disability": (("reasonable_accommodation_denied", 0.5),)},
    counterparties={"business": 100},
    pools={"business": "shop"},
    context="service",
    places=("{cp}, {street}, {town}",),
    witness_share=0.12,
    victim={
        "nl": tpls(
            """
            Ik ging naar {cp} in de {street}.
            | Vorige week ging ik langs bij {cp} in {area}.

            {Disclose}, werd ik gevraagd om te vertrekken.
            | {Disclose}, weigerde {actor} mij te helpen.
            | {Disclose}, werd ik genegeerd terwijl anderen na mij wel geholpen werden.

            {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Je suis allé{e} chez {cp} dans la {street}.

            {Disclose}, on m'a demandé de partir.
            | {Disclose}, {actor} a refusé de me servir.

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I went to {cp} on {street}.

            {Disclose}, I was asked to leave.
            | {Disclose}, {actor} refused to serve me.
            | {Disclose}, I was ignored while people after me were served.

            {remark_sentence} |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Ik stond in {cp} in de {street} toen {actor} {subject} de deur wees.

            {heard}

            Niemand reageerde, dus wil ik het melden. |
            """,
        ),
        "fr": tpls(
            """
            J'étais chez {cp} dans la {street} quand {actor} a mis {subject} à la porte.

            {heard} |
            """,
        ),
        "en": tpls(
            """
            I was at {cp} on {street} when {actor} showed {subject} the door.

            {heard}

            Nobody reacted, so I am reporting it. |
            """,
        ),
    },
)

FINANCE = Scenario(
    key="goods_finance",
    domain="goods_services",
    weight=2.0,
    criteria={
        "nationality": 25,
        "age": 20,
        "health_status": 18,
        "national_ethnic_origin": 10,
        "disability": 10,
        "wealth": 10,
        "sex": 2,
        "none": 5,
    },
    forms=(("unequal_treatment", 0.9), ("indirect_discrimination", 0.2)),
    counterparties={"business": 100},
    pools={"business": "finance"},
    actors={
        "nl": ("de bankbediende", "de verzekeraar", "de adviseur"),
        "fr": ("le conseiller", "l'employé de la banque"),
        "en": ("the bank clerk", "the adviser"),
    },
    context="finance",
    areas={"leuven_centre": 45, "heverlee": 10, "kessel_lo": 10, "elsewhere": 20, "unknown": 15},
    victim={
        "nl": tpls(
            """
            Ik wilde een rekening openen bij {cp}.
            | Ik vroeg een autoverzekering aan bij {cp}.
            | Voor een kleine lening ging ik langs bij {cp} in {area}.

            {Disclose}, werd mijn aanvraag meteen geweigerd.
            | {Disclose}, moest ik plots veel meer documenten voorleggen dan anderen.
            | {Disclose}, kreeg ik een premie die twee keer zo hoog was als normaal.

            {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Je voulais ouvrir un compte chez {cp}.
            | J'ai demandé une assurance auto chez {cp}.

            {Disclose}, ma demande a été refusée immédiatement.
            | {Disclose}, j'ai dû présenter beaucoup plus de documents que les autres.

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I wanted to open an account with {cp}.
            | I applied for car insurance with {cp}.

            {Disclose}, my application was refused on the spot.
            | {Disclose}, I suddenly had to provide far more documents than others.

            {remark_sentence} |
            """,
        ),
    },
)

GYM = Scenario(
    key="goods_gym",
    domain="goods_services",
    weight=1.0,
    criteria={
        "gender_identity": 35,
        "gender_expression": 10,
        "sex_characteristics": 3,
        "sex": 20,
        "sexual_orientation": 10,
        "religion_belief": 10,
        "physical_genetic_trait": 5,
        "disability": 5,
        "none": 5,
    },
    forms=(("unequal_treatment", 0.9), ("harassment", 0.2)),
    counterparties={"business": 100},
    pools={"business": "gym"},
    context="service",
    victim={
        "nl": tpls(
            """
            Ik ben al een jaar lid van {cp}.
            | Ik sport al een tijd bij {cp} in {area}.

            {Disclose}, mocht ik de kleedkamer niet meer gebruiken.
            | {Disclose}, werd mijn lidmaatschap opgezegd.

            {remark_sentence}
            | Ik betaal hetzelfde lidgeld als iedereen. |
            """,
        ),
        "fr": tpls(
            """
            Je suis inscrit{e} chez {cp} depuis un an.

            {Disclose}, je n'ai plus pu utiliser le vestiaire.
            | {Disclose}, mon abonnement a été résilié.

            {remark_sentence}
            | Je paie la même cotisation que tout le monde. |
            """,
        ),
        "en": tpls(
            """
            I have been a member of {cp} for a year.

            {Disclose}, I was no longer allowed to use the changing room.
            | {Disclose}, my membership was cancelled.

            {remark_sentence}
            | I pay the same fee as everyone else. |
            """,
        ),
    },
)

TRANSPORT = Scenario(
    key="goods_transport",
    domain="goods_services",
    weight=1.2,
    criteria={
        "disability": 45,
        "skin_colour": 15,
        "national_ethnic_origin": 15,
        "religion_belief": 5,
        "sexual_orientation": 5,
        "none": 10,
    },
    forms=(("unequal_treatment", 0.8),),
    criterion_forms={"disability": (("reasonable_accommodation_denied", 0.5),)},
    counterparties={"business": 100},
    pools={"business": "transport"},
    actors={"nl": ("de chauffeur",), "fr": ("le chauffeur",), "en": ("the driver",)},
    context="service",
    victim={
        "nl": tpls(
            """
            Ik bestelde een taxi aan het station van Leuven.
            | Ik wilde de bus nemen aan de halte in de {street}.

            {Disclose}, reed {actor} gewoon door.
            | {Disclose}, weigerde {actor} mij mee te nemen.

            {remark_sentence}
            | De volgende rit kwam pas een uur later. |
            """,
        ),
        "fr": tpls(
            """
            J'ai commandé un taxi à la gare de Louvain.
            | Je voulais prendre le bus à l'arrêt de la {street}.

            {Disclose}, {actor} a simplement continué sa route.
            | {Disclose}, {actor} a refusé de me prendre.

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I ordered a taxi at Leuven station.
            | I wanted to take the bus at the stop on {street}.

            {Disclose}, {actor} simply drove on.
            | {Disclose}, {actor} refused to take me.

            {remark_sentence}
            | The next ride only came an hour later. |
            """,
        ),
    },
)

SERVICE_COMPLAINT = Scenario(
    key="goods_complaint",
    domain="goods_services",
    weight=0.7,
    criteria={"none": 85, "age": 5, "language": 5, "wealth": 5},
    forms=(("unequal_treatment", 1.0),),
    counterparties={"business": 100},
    pools={"business": "retail"},
    context="service",
    victim={
        "nl": tpls(
            """
            Ik kocht een toestel bij {cp} en het was na een week kapot.
            | Ik had een afspraak bij {cp} en moest anderhalf uur wachten.

            {Disclose}, werd ik onvriendelijk afgewimpeld.
            | {Actor} weigerde mij te helpen en was erg onbeleefd.

            {remark_sentence}
            | Ik vind dat ik oneerlijk behandeld ben. |
            """,
        ),
        "fr": tpls(
            """
            J'ai acheté un appareil chez {cp} et il était cassé au bout d'une semaine.

            {Actor} a refusé de m'aider, très sèchement.

            {remark_sentence}
            | Je trouve que j'ai été traité{e} injustement. |
            """,
        ),
        "en": tpls(
            """
            I bought a device at {cp} and it broke after a week.

            {Actor} refused to help me and was very rude.

            {remark_sentence}
            | I feel I was treated unfairly. |
            """,
        ),
    },
)

WORK_SCENARIOS = (
    RECRUITMENT,
    JOB_AD,
    WORKPLACE,
    WORK_ACCOMMODATION,
    DISMISSAL,
    NIGHTLIFE,
    SHOP,
    FINANCE,
    GYM,
    TRANSPORT,
    SERVICE_COMPLAINT,
)
