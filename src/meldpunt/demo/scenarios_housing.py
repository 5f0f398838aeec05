"""Housing scenarios: ads, viewings, selection, agents, leases, social housing, kot, neighbours."""

from __future__ import annotations

from meldpunt.demo.scenario import Scenario, tpls

KOT_AREAS: dict[str, float] = {"leuven_centre": 55, "heverlee": 30, "kessel_lo": 12, "wilsele": 3}
SUMMER = (6, 7, 8, 9)

SELECTION = Scenario(
    key="housing_refusal",
    domain="housing.selection",
    weight=9.0,
    criteria={
        "wealth": 36,
        "national_ethnic_origin": 13,
        "skin_colour": 6,
        "nationality": 6,
        "descent": 1.5,
        "disability": 7,
        "sexual_orientation": 5,
        "family_responsibilities": 6,
        "age": 4,
        "civil_status": 1.5,
        "religion_belief": 4,
        "sex": 2,
        "gender_identity": 1.5,
        "health_status": 1.5,
        "social_origin_condition": 1.5,
        "language": 1,
        "pregnancy": 0.5,
        "birth": 0.4,
        "none": 2.5,
    },
    forms=(("unequal_treatment", 1.0),),
    counterparties={"private_landlord": 78, "real_estate_agency": 22},
    context="housing",
    online=0.1,
    url_kind="housing",
    online_places=("advertentie op een immosite",),
    victim={
        "nl": tpls(
            """
            Ik reageerde op een advertentie voor een appartement in {area}.
            | Ik zocht een woning in {area} en had een afspraak voor een appartement in de {street}.
            | In {month} ging ik kijken naar een huis in de {street} in {area}.

            Het bezoek verliep goed en ik wilde meteen tekenen.
            | Alles leek in orde. |

            {Disclose}, was het appartement plots niet meer beschikbaar.
            | {Disclose}, zei {actor} dat er al een andere kandidaat gekozen was.
            | {Disclose}, veranderde de toon van het gesprek volledig.

            {remark_sentence}
            | Een week later stond de advertentie nog altijd online.
            | {Tester} die later belde, mocht wel een contract tekenen.
            """,
            """
            Ik ben al maanden op zoek naar een huurwoning in {area}.
            | Samen met mijn gezin zoek ik al lang een huis in {area}.

            Via de telefoon leek alles in orde met {actor} van een woning in de {street}.

            {Disclose}, kreeg ik te horen dat ik niet in aanmerking kwam.
            | {Disclose}, wilde {actor} mijn kandidatuur niet meer ontvangen.

            {remark_sentence}
            """,
        ),
        "fr": tpls(
            """
            J'ai répondu à une annonce pour un appartement à {area}.
            | Je cherchais un logement à {area} et j'avais rendez-vous pour un appartement dans la
              {street}.

            La visite s'est bien passée. |

            {Disclose}, {actor} m'a dit que l'appartement était déjà loué.
            | {Disclose}, le ton a complètement changé.

            {remark_sentence}
            | Une semaine plus tard, l'annonce était toujours en ligne.
            """,
        ),
        "en": tpls(
            """
            I responded to an ad for a flat in {area}.
            | I was looking for a place in {area} and had an appointment to see a flat on {street}.

            The viewing went well. |

            {Disclose}, {actor} suddenly said the flat was no longer available.
            | {Disclose}, the tone of the conversation changed completely.

            {remark_sentence}
            | A week later the ad was still online.
            """,
        ),
    },
)

INCOME_RULE = Scenario(
    key="housing_income_rule",
    domain="housing.selection",
    weight=2.5,
    criteria={
        "wealth": 70,
        "family_responsibilities": 8,
        "sex": 5,
        "nationality": 5,
        "age": 4,
        "national_ethnic_origin": 4,
        "none": 4,
    },
    forms=(("indirect_discrimination", 1.0), ("unequal_treatment", 0.15)),
    counterparties={"real_estate_agency": 55, "private_landlord": 45},
    context="housing",
    victim={
        "nl": tpls(
            """
            Voor een appartement in {area} vroeg {actor} een netto-inkomen van drie keer de
              huurprijs.
            | {Actor} van een woning in de {street} eist dat kandidaat-huurders drie loonfiches van
              een vast contract voorleggen.
            | In de voorwaarden van {cp} staat dat je minstens drie keer de huur moet verdienen.

            Ik kan de huur van {rent} euro zonder problemen betalen, maar ik haal die drempel
              niet.
            | Ik betaal al jaren stipt een gelijkaardige huur, maar dat telde niet. |

            {Disclose}, bleef {actor} bij die regel.
            | Zo'n regel sluit mensen met een uitkering of deeltijds werk gewoon uit.

            {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Pour un appartement à {area}, {actor} exigeait un revenu net de trois fois le loyer.

            Je peux payer sans problème un loyer de {rent} euros, mais je n'atteins pas ce seuil.

            Une telle règle exclut simplement les personnes qui vivent d'allocations.
            | {remark_sentence}
            """,
        ),
        "en": tpls(
            """
            For a flat in {area}, {actor} required a net income of three times the rent.

            I can easily pay the rent of {rent} euros, but I don't meet that threshold.

            A rule like that simply excludes people on benefits or in part-time work.
            | {remark_sentence}
            """,
        ),
    },
)

AD = Scenario(
    key="housing_ad",
    domain="housing.ad",
    weight=5.5,
    criteria={
        "wealth": 45,
        "nationality": 12,
        "national_ethnic_origin": 12,
        "family_responsibilities": 6,
        "age": 5,
        "language": 6,
        "sexual_orientation": 1,
        "religion_belief": 1,
        "none": 4,
    },
    forms=(("discriminatory_statement_ad", 1.0), ("unequal_treatment", 0.2)),
    counterparties={"private_landlord": 45, "real_estate_agency": 40, "rental_platform": 15},
    context="housing",
    online=0.6,
    url_kind="housing",
    places=("raamaffiche, {street}, {town}", "{address}"),
    online_places=("advertentie op een immosite", "zoekertje in een Facebookgroep"),
    witness_share=0.2,
    organisation_share=0.05,
    quotes={
        "wealth": (
            "Geen leefloon of OCMW.",
            "Enkel voor mensen met een vast contract, geen uitkeringen.",
            "OCMW-huurwaarborg niet aanvaard.",
        ),
        "nationality": (
            "Enkel Belgische huurders.",
            "Alleen voor Belgen of EU-burgers met vast werk.",
        ),
        "national_ethnic_origin": ("Niet voor buitenlanders.", "Liefst Vlaamse huurders."),
        "family_responsibilities": ("Niet geschikt voor gezinnen met kinderen.", "Geen kinderen."),
        "age": (
            "Ideaal voor jonge werkende mensen, geen gepensioneerden.",
            "Huurders ouder dan 65 jaar niet gewenst.",
        ),
        "language": (
            "Huurders moeten vlot Nederlands spreken.",
            "Enkel Nederlandstalige kandidaten.",
        ),
        "sexual_orientation": ("Enkel voor een ‘normaal’ koppel (man en vrouw).",),
        "religion_belief": ("Geen hoofddoeken in het gebouw.",),
        "none": ("Geen huisdieren en geen rokers.",),
    },
    victim={
        "nl": tpls(
            """
            Ik zag een advertentie voor een appartement in {area}.
            | Op een immosite vond ik een woning in {area} die perfect leek.
            | Aan het raam van een huis in de {street} hing een affiche ‘te huur’.

            Onderaan stond letterlijk: “{quote}”
            | In de tekst stond: “{quote}”

            Daardoor kon ik niet eens reageren.
            | Ik voel me daardoor bij voorbaat uitgesloten. |
            """,
        ),
        "fr": tpls(
            """
            J'ai vu une annonce pour un appartement à {area}.

            L'annonce disait textuellement : « {quote} »

            Je me sens exclu{e} d'avance. |
            """,
        ),
        "en": tpls(
            """
            I saw an ad for a flat in {area}.

            It literally said: “{quote}”

            I feel excluded before I could even apply. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Ik zag een advertentie van {cp} voor een woning in {area}.
            | Een vriend stuurde me een zoekertje door voor een appartement in {area}.

            Er stond letterlijk in: “{quote}”
            | De advertentie vermeldt: “{quote}”

            Dat is toch discriminatie?
            | Ik vind dat dit niet kan en wil het melden. |
            """,
        ),
        "fr": tpls(
            """
            J'ai vu une annonce pour un logement à {area}.

            On pouvait y lire : « {quote} »

            Ce n'est pas acceptable. |
            """,
        ),
        "en": tpls(
            """
            I came across an ad for a flat in {area}.

            It said: “{quote}”

            Surely that is discrimination? |
            """,
        ),
    },
)

VIEWING = Scenario(
    key="housing_viewing",
    domain="housing.viewing",
    weight=4.0,
    criteria={
        "national_ethnic_origin": 40,
        "skin_colour": 12,
        "nationality": 12,
        "descent": 4,
        "religion_belief": 6,
        "wealth": 12,
        "disability": 5,
        "language": 4,
        "sexual_orientation": 3,
        "none": 2,
    },
    forms=(("unequal_treatment", 1.0),),
    counterparties={"private_landlord": 55, "real_estate_agency": 40, "rental_platform": 5},
    context="housing",
    online=0.2,
    url_kind="housing",
    online_places=("advertentie op een immosite",),
    victim={
        "nl": tpls(
            """
            Ik heb al een tiental keer gereageerd op advertenties in {area}, maar ik mag nooit
              komen kijken.
            | Ik mailde {actor} van een appartement in de {street} om het te bezoeken.
            | Ik belde voor een bezichtiging van een woning in {area}.

            {Disclose}, kreeg ik geen antwoord meer.
            | {Disclose}, was er plots geen bezoekmoment meer vrij.
            | {Disclose}, hoorde ik dat alle bezoeken volzet waren.

            {Tester} die dezelfde dag belde, mocht de volgende dag al komen kijken.
            | {remark_sentence}
            """,
        ),
        "fr": tpls(
            """
            J'ai écrit pour visiter un appartement à {area}.

            {Disclose}, je n'ai plus reçu de réponse.
            | {Disclose}, il n'y avait soudain plus aucun créneau de visite.

            {Tester} qui a appelé le même jour a pu visiter le lendemain.
            | {remark_sentence}
            """,
        ),
        "en": tpls(
            """
            I emailed to arrange a viewing of a flat in {area}.

            {Disclose}, I never heard back.
            | {Disclose}, suddenly there were no viewing slots left.

            {Tester} who called the same day could view it the next morning.
            | {remark_sentence}
            """,
        ),
    },
)

AGENT = Scenario(
    key="housing_agent",
    domain="housing.agent",
    weight=3.0,
    criteria={
        "national_ethnic_origin": 35,
        "skin_colour": 10,
        "nationality": 10,
        "wealth": 25,
        "family_responsibilities": 5,
        "disability": 5,
        "sexual_orientation": 3,
        "religion_belief": 4,
        "none": 3,
    },
    forms=(("instruction_to_discriminate", 1.0), ("unequal_treatment", 0.7)),
    counterparties={"real_estate_agency": 100},
    context="housing",
    organisation_share=0.06,
    victim={
        "nl": tpls(
            """
            Via {cp} wilde ik een appartement in {area} huren.
            | Ik was kandidaat-huurder bij {cp} voor een woning in de {street}.

            {Disclose}, zei de medewerker dat de eigenaar ‘bepaalde profielen’ niet wil.
            | {Disclose}, gaf {actor} toe dat de eigenaar geen kandidaten zoals mij wil.

            {remark_sentence}
            | Het kantoor voert gewoon de instructies van de eigenaar uit.
            | Volgens {actor} kon het kantoor daar niets aan doen.
            """,
        ),
        "fr": tpls(
            """
            Je voulais louer un appartement à {area} via {cp}.

            {Disclose}, l'employé m'a dit que le propriétaire ne veut pas de « certains profils ».

            {remark_sentence}
            | L'agence applique simplement les consignes du propriétaire.
            """,
        ),
        "en": tpls(
            """
            I wanted to rent a flat in {area} through {cp}.

            {Disclose}, the agent admitted that the owner doesn't want 'certain profiles'.

            {remark_sentence}
            | The agency simply follows the owner's instructions.
            """,
        ),
    },
)

LANDLORD_HARASSMENT = Scenario(
    key="housing_lease_harassment",
    domain="housing.during_lease",
    weight=3.0,
    criteria={
        "sexual_orientation": 18,
        "gender_identity": 10,
        "medical_social_transition": 2,
        "national_ethnic_origin": 18,
        "skin_colour": 5,
        "religion_belief": 8,
        "disability": 8,
        "wealth": 8,
        "family_responsibilities": 5,
        "health_status": 4,
        "age": 4,
        "sex": 4,
        "none": 4,
    },
    forms=(
        ("harassment", 0.85),
        ("unequal_treatment", 0.35),
        ("retaliation", 0.12),
        ("threat", 0.12),
        ("property_blackmail", 0.05),
    ),
    counterparties={"private_landlord": 80, "real_estate_agency": 10, "social_housing_company": 10},
    context="housing",
    special={
        "gender_identity": {
            "nl": tpls(
                """
                Ik huur sinds een paar jaar een appartement in {area}.

                Toen ik {actor} vroeg om mijn nieuwe voornaam op het huurcontract te zetten, werd
                  dat botweg geweigerd.

                Sindsdien spreekt {actor} mij bewust aan met mijn oude naam en komt er geregeld
                  onaangekondigd binnen.

                {remark_sentence}
                | Ik voel me niet meer veilig in mijn eigen huis.
                """,
            ),
            "fr": tpls(
                """
                Je loue un appartement à {area} depuis quelques années.

                Quand j'ai demandé de mettre mon nouveau prénom sur le bail, {actor} a refusé.

                Depuis, {actor} m'appelle exprès par mon ancien prénom et passe sans prévenir.

                {remark_sentence}
                | Je ne me sens plus en sécurité chez moi.
                """,
            ),
            "en": tpls(
                """
                I have been renting a flat in {area} for a few years.

                When I asked {actor} to put my new first name on the lease, the request was
                  refused outright.

                Since then {actor} deliberately uses my old name and drops by unannounced.

                {remark_sentence}
                | I no longer feel safe in my own home.
                """,
            ),
        },
        "sexual_orientation": {
            "nl": tpls(
                """
                Ik huur al twee jaar een woning in de {street}.

                Sinds {actor} weet dat ik samenwoon met {partner}, is alles veranderd.

                {Actor} stuurde ons een opzegging zonder geldige reden.
                | {Actor} maakt voortdurend opmerkingen als we samen thuiskomen.

                {remark_sentence}
                """,
            ),
            "fr": tpls(
                """
                Je loue un logement dans la {street} depuis deux ans.

                Depuis que {actor} sait que je vis avec {partner}, tout a changé.

                {remark_sentence}
                """,
            ),
            "en": tpls(
                """
                I have been renting a house on {street} for two years.

                Since {actor} found out that I live with {partner}, everything has changed.

                {remark_sentence}
                """,
            ),
        },
    },
    victim={
        "nl": tpls(
            """
            Ik huur al enkele jaren een appartement in {area}.
            | Sinds vorig jaar huur ik een studio in de {street}.

            {Disclose}, begon {actor} mij het leven zuur te maken.
            | {Disclose}, veranderde de houding van {actor} volledig.

            Er komen nu voortdurend berichten en onaangekondigde bezoekjes.
            | Herstellingen worden niet meer uitgevoerd en ik krijg dreigende sms'jes.
            | {Actor} dreigt de huur op te zeggen.

            {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Je loue un appartement à {area} depuis quelques années.

            {Disclose}, {actor} a commencé à me rendre la vie impossible.

            Je reçois sans cesse des messages et des visites à l'improviste.
            | Les réparations ne sont plus faites et je reçois des SMS menaçants.

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I have been renting a flat in {area} for a few years.

            {Disclose}, {actor} started making my life miserable.

            There are constant messages and unannounced visits.
            | Repairs are no longer done and I receive threatening texts.

            {remark_sentence} |
            """,
        ),
    },
)

ACCOMMODATION = Scenario(
    key="housing_accommodation",
    assumes_trait=True,
    domain="housing.during_lease",
    weight=1.2,
    criteria={"disability": 92, "health_status": 5, "age": 3},
    forms=(("reasonable_accommodation_denied", 1.0), ("unequal_treatment", 0.1)),
    counterparties={"private_landlord": 60, "social_housing_company": 25, "real_estate_agency": 15},
    context="housing",
    victim={
        "nl": tpls(
            """
            Ik zit in een rolstoel en huur een gelijkvloers appartement in {area}.
            | Ik huur een benedenverdieping in de {street} en verplaats me met een rolstoel.

            Ik vroeg {actor} toestemming om op eigen kosten een hellend vlak aan de voordeur te
              plaatsen.
            | Ik vroeg om een beugel in de badkamer en een oprit over de drempel aan de ingang.

            {Actor} weigerde, zonder uitleg.
            | {Actor} weigerde omdat het ‘het uitzicht van het gebouw verandert’.

            Zonder die aanpassing kan ik mijn woning niet zelfstandig in of uit.
            | {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Je me déplace en fauteuil roulant et je loue un appartement au rez-de-chaussée à
              {area}.

            J'ai demandé l'autorisation d'installer à mes frais une rampe devant la porte
              d'entrée.

            {Actor} a refusé sans explication.
            | {Actor} a refusé parce que cela « change l'aspect de l'immeuble ».

            Sans cette adaptation, je ne peux pas entrer ni sortir seul{e}. |
            """,
        ),
        "en": tpls(
            """
            I use a wheelchair and rent a ground-floor flat in {area}.

            I asked {actor} for permission to install a ramp at the front door at my own cost.

            {Actor} refused without any explanation.
            | {Actor} refused because it would 'change the look of the building'.

            Without it I cannot get in or out of my home on my own. |
            """,
        ),
    },
)

SOCIAL = Scenario(
    key="housing_social",
    domain="housing.social",
    weight=3.0,
    criteria={
        "language": 18,
        "national_ethnic_origin": 18,
        "nationality": 8,
        "disability": 14,
        "family_responsibilities": 12,
        "wealth": 8,
        "age": 5,
        "health_status": 4,
        "religion_belief": 3,
        "social_origin_condition": 4,
        "none": 4,
    },
    forms=(("unequal_treatment", 0.8), ("indirect_discrimination", 0.3)),
    criterion_forms={
        "language": (("indirect_discrimination", 0.5),),
        "disability": (("reasonable_accommodation_denied", 0.4),),
    },
    counterparties={"social_housing_company": 65, "social_rental_agency": 35},
    context="housing",
    representative_share=0.15,
    victim={
        "nl": tpls(
            """
            Ik sta al {years} jaar op de wachtlijst voor een sociale woning in Leuven.
            | Ik schreef me in bij {cp} voor een sociale woning in {area}.

            {Disclose}, werd mijn dossier opnieuw onderaan de lijst gezet.
            | {Disclose}, zei {actor} dat ik niet in aanmerking kom.
            | Bij de toewijzing werd ik overgeslagen, terwijl anderen die later kwamen wel een
              woning kregen.

            {remark_sentence}
            | Ik begrijp niet volgens welke regels dat gebeurt. |
            """,
        ),
        "fr": tpls(
            """
            Je suis sur la liste d'attente pour un logement social depuis {years} ans.

            {Disclose}, mon dossier a été remis en bas de la liste.
            | {Disclose}, {actor} m'a dit que je n'étais pas éligible.

            {remark_sentence}
            | Je ne comprends pas selon quelles règles cela se passe.
            """,
        ),
        "en": tpls(
            """
            I have been on the waiting list for social housing for {years} years.

            {Disclose}, my file was put back at the bottom of the list.
            | {Disclose}, {actor} told me I was not eligible.

            {remark_sentence}
            | I don't understand which rules they apply.
            """,
        ),
    },
)

KOT = Scenario(
    key="housing_kot",
    domain="housing.student",
    weight=7.5,
    criteria={
        "national_ethnic_origin": 20,
        "nationality": 14,
        "skin_colour": 9,
        "sexual_orientation": 12,
        "religion_belief": 8,
        "wealth": 9,
        "disability": 6,
        "gender_identity": 4,
        "sex": 3,
        "language": 5,
        "health_status": 2,
        "none": 4,
    },
    forms=(("unequal_treatment", 1.0), ("discriminatory_statement_ad", 0.08)),
    counterparties={"student_housing_landlord": 75, "rental_platform": 12, "private_landlord": 13},
    context="housing",
    areas=KOT_AREAS,
    online=0.25,
    url_kind="kot",
    places=("kot, {address}", "{address}"),
    online_places=("zoekertje op een kotplatform", "bericht in een Facebookgroep voor koten"),
    peak_months=SUMMER,
    age_band="student",
    student=True,
    representative_share=0.05,
    special={
        "sexual_orientation": {
            "nl": tpls(
                """
                {Partner} en ik zochten een kot in {area}.
                | Ik zocht samen met {partner} een duokot in {area}.

                Toen ik vertelde dat we {couple} zijn, was het kot plots al verhuurd.

                Een vriend die een uur later belde, mocht wel komen kijken.
                | {remark_sentence}
                """,
            ),
            "fr": tpls(
                """
                {Partner} et moi cherchions un kot à {area}.

                Quand j'ai dit que nous sommes {couple}, le kot était soudain déjà loué.

                Un ami qui a appelé une heure plus tard a pu venir visiter.
                """,
            ),
            "en": tpls(
                """
                {Partner} and I were looking for a student room in {area}.

                When I said that we are {couple}, the room was suddenly already taken.

                A friend who called an hour later was invited to come and see it.
                """,
            ),
        },
    },
    victim={
        "nl": tpls(
            """
            Ik zocht een kot in {area} voor het nieuwe academiejaar.
            | Via een zoekertje vond ik een kamer in de {street} voor {kot_rent} euro per maand.
            | Voor mijn masterjaar zocht ik een studio in {area}.

            {Disclose}, was het kot plots al verhuurd.
            | {Disclose}, zei {actor} dat er al genoeg kandidaten waren.
            | {Disclose}, kreeg ik geen antwoord meer op mijn berichten.

            {Tester} die een uur later belde, mocht wel komen kijken.
            | Twee dagen later stond de kamer nog altijd online.
            | {remark_sentence} |
            """,
        ),
        "fr": tpls(
            """
            Je cherchais un kot à {area} pour la nouvelle année académique.

            {Disclose}, le kot était soudain déjà loué.
            | {Disclose}, {actor} a dit qu'il y avait déjà assez de candidats.

            {Tester} qui a appelé une heure plus tard a pu visiter.
            | {remark_sentence}
            """,
        ),
        "en": tpls(
            """
            I was looking for a student room (kot) in {area} for the new academic year.
            | Through an ad I found a room on {street} for {kot_rent} euros a month.

            {Disclose}, the room was suddenly already taken.
            | {Disclose}, {actor} said there were already enough candidates.
            | {Disclose}, my messages were no longer answered.

            {Tester} who called an hour later was invited for a viewing.
            | {remark_sentence}
            """,
        ),
    },
)

KOT_HARASSMENT = Scenario(
    key="housing_kot_harassment",
    domain="housing.student",
    weight=1.3,
    criteria={
        "sexual_orientation": 20,
        "national_ethnic_origin": 20,
        "religion_belief": 12,
        "gender_identity": 8,
        "sex": 10,
        "disability": 6,
        "skin_colour": 8,
        "nationality": 10,
        "none": 6,
    },
    forms=(
        ("harassment", 0.9),
        ("unequal_treatment", 0.2),
        ("threat", 0.1),
        ("retaliation", 0.1),
    ),
    counterparties={"student_housing_landlord": 85, "private_landlord": 15},
    context="housing",
    areas=KOT_AREAS,
    places=("kot, {address}",),
    age_band="student",
    student=True,
    victim={
        "nl": tpls(
            """
            Ik woon sinds september op kot in de {street}.
            | Ik huur een kamer in een studentenhuis in {area}.

            {Disclose}, begon {actor} voortdurend opmerkingen te maken.
            | {Disclose}, kwam {actor} steeds vaker onaangekondigd mijn kamer binnen.

            {remark_sentence}
            | Mijn medebewoners hebben het ook gehoord.
            | Ik durf bijna niet meer thuis te komen.
            """,
        ),
        "fr": tpls(
            """
            J'habite dans un kot à {area} depuis septembre.

            {Disclose}, {actor} a commencé à faire sans cesse des remarques.
            | {Disclose}, {actor} a commencé à entrer dans ma chambre sans prévenir.

            {remark_sentence}
            | Mes colocataires l'ont entendu aussi.
            """,
        ),
        "en": tpls(
            """
            I have been living in a student room in {area} since September.

            {Disclose}, {actor} started making remarks all the time.
            | {Disclose}, {actor} started walking into my room unannounced.

            {remark_sentence}
            | My housemates heard it too.
            """,
        ),
    },
)

CREDIT = Scenario(
    key="housing_credit",
    domain="housing.purchase_credit_insurance",
    weight=1.0,
    criteria={
        "age": 25,
        "health_status": 20,
        "disability": 15,
        "nationality": 12,
        "national_ethnic_origin": 10,
        "wealth": 10,
        "sex": 3,
        "none": 5,
    },
    forms=(("unequal_treatment", 1.0), ("indirect_discrimination", 0.15)),
    counterparties={"business": 100},
    pools={"business": "finance"},
    context="finance",
    areas={
        "leuven_centre": 30,
        "heverlee": 15,
        "kessel_lo": 15,
        "wilsele": 5,
        "elsewhere": 25,
        "unknown": 10,
    },
    age_band="adult",
    victim={
        "nl": tpls(
            """
            Ik wilde een woning kopen in {area} en vroeg een hypothecaire lening aan bij {cp}.
            | Voor ons nieuwe huis in {area} vroeg ik een woonverzekering aan bij {cp}.

            {Disclose}, werd mijn aanvraag geweigerd.
            | {Disclose}, kreeg ik een veel slechter voorstel dan anderen.

            {remark_sentence}
            | Een andere bank deed zonder problemen een voorstel. |
            """,
        ),
        "fr": tpls(
            """
            Je voulais acheter un logement à {area} et j'ai demandé un crédit hypothécaire chez
              {cp}.

            {Disclose}, ma demande a été refusée.
            | {Disclose}, on m'a fait une offre bien moins favorable que pour les autres.

            {remark_sentence} |
            """,
        ),
        "en": tpls(
            """
            I wanted to buy a home in {area} and applied for a mortgage with {cp}.

            {Disclose}, my application was refused.
            | {Disclose}, I was offered much worse terms than others.

            {remark_sentence}
            | Another bank made an offer without any problem.
            """,
        ),
    },
)

NEIGHBOURS = Scenario(
    key="housing_neighbours",
    domain="housing.neighbours",
    weight=3.5,
    criteria={
        "sexual_orientation": 24,
        "national_ethnic_origin": 24,
        "skin_colour": 10,
        "religion_belief": 10,
        "gender_identity": 6,
        "disability": 6,
        "nationality": 4,
        "none": 10,
    },
    forms=(
        ("harassment", 0.85),
        ("hate_speech", 0.3),
        ("threat", 0.3),
        ("property_blackmail", 0.12),
        ("violence", 0.06),
    ),
    counterparties={"neighbour": 100},
    context="street",
    witness_share=0.12,
    special={
        "sexual_orientation": {
            "nl": tpls(
                """
                {Partner} en ik wonen sinds {years} jaar in {area}.
                | We wonen in de {street} in {area}.

                {Actor} roept ons bijna dagelijks homofobe scheldwoorden na.

                {remark_sentence}
                | Vorige week werd er ook op onze deur gespuwd.
                | We durven niet meer samen buiten te komen.

                We willen dat dit stopt, eventueel met hulp van de politie. |
                """,
            ),
            "fr": tpls(
                """
                {Partner} et moi habitons à {area} depuis {years} ans.

                {Actor} nous crie presque tous les jours des insultes homophobes.

                {remark_sentence}
                | Nous n'osons plus sortir ensemble.
                """,
            ),
            "en": tpls(
                """
                {Partner} and I have lived in {area} for {years} years.

                {Actor} shouts homophobic insults at us almost every day.

                {remark_sentence}
                | We no longer dare to go outside together.
                """,
            ),
        },
    },
    victim={
        "nl": tpls(
            """
            Ik woon in een appartement in {area}.
            | Sinds we in de {street} wonen, hebben we problemen met {actor}.

            {Disclose}, begon {actor} ons uit te schelden.
            | {Actor} maakt al maanden kwetsende opmerkingen als ik voorbijkom.

            {remark_sentence}
            | Onze brievenbus werd beschadigd en er hing een briefje aan de deur.
            | Mijn kinderen durven niet meer alleen buiten spelen.
            """,
        ),
        "fr": tpls(
            """
            J'habite dans un appartement à {area}.

            Depuis des mois, {actor} me fait des remarques blessantes quand je passe.

            {remark_sentence}
            | Notre boîte aux lettres a été abîmée.
            """,
        ),
        "en": tpls(
            """
            I live in a flat in {area}.

            For months {actor} has been making hurtful remarks when I walk by.

            {remark_sentence}
            | Our letterbox was damaged and a note was stuck on the door.
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            Ik woon in de {street} en zie al maanden hoe {actor} {subject} uit de buurt
              lastigvalt.
            | Ik was erbij toen {actor} {subject} uit de buurt op straat uitschold.

            {heard}

            Ik wil dit melden omdat het blijft duren.
            | Ik ben bereid om te getuigen. |
            """,
        ),
        "fr": tpls(
            """
            J'habite dans la {street} et je vois depuis des mois {actor} harceler {subject} du
              quartier.

            {heard}

            Je suis prêt à témoigner. |
            """,
        ),
        "en": tpls(
            """
            I live on {street} and have seen for months how {actor} harasses {subject} from the
              neighbourhood.

            {heard}

            I am willing to testify. |
            """,
        ),
    },
)

# Twelve people reporting the same rental post: only drawn as a mass report.
FACEBOOK_POST = Scenario(
    key="housing_facebook_post",
    domain="housing.ad",
    weight=0.0,
    criteria={
        "national_ethnic_origin": 30,
        "nationality": 25,
        "wealth": 30,
        "skin_colour": 10,
        "religion_belief": 5,
    },
    forms=(("discriminatory_statement_ad", 1.0), ("unequal_treatment", 0.1)),
    counterparties={"private_landlord": 85, "rental_platform": 15},
    context="housing",
    online=1.0,
    url_kind="housing",
    online_places=("Facebookgroep ‘Te huur in Leuven’",),
    witness_share=0.6,
    organisation_share=0.05,
    quotes={
        "national_ethnic_origin": (
            "Appartement te huur, 750 euro. Geen buitenlanders!",
            "Studio vrij vanaf 1 september. Enkel voor Vlamingen.",
        ),
        "nationality": ("Mooi appartement te huur. Enkel Belgen, geen uitzonderingen.",),
        "wealth": ("Huis te huur. Geen OCMW, geen leefloon, geen werklozen!",),
        "skin_colour": ("Kamer te huur. Geen zwarten aub.",),
        "religion_belief": ("Studio te huur, liefst geen moslims.",),
    },
    victim={
        "nl": tpls(
            """
            Ik zoek al lang een woning en zag in een Facebookgroep een zoekertje voor een huis in
              {area}.

            Er staat: “{quote}”

            Daardoor hoef ik niet eens te reageren.
            | Ik voel me uitgesloten. |
            """,
        ),
        "fr": tpls(
            """
            Je cherche un logement depuis longtemps et j'ai vu dans un groupe Facebook une annonce
              pour {area}.

            On peut y lire : « {quote} »

            Je me sens exclu{e}. |
            """,
        ),
        "en": tpls(
            """
            I have been looking for a home for a long time and saw an ad for a place in {area} in
              a Facebook group.

            It says: “{quote}”

            I feel excluded. |
            """,
        ),
    },
    witness={
        "nl": tpls(
            """
            In de Facebookgroep ‘Te huur in Leuven’ staat een zoekertje voor een woning in {area}.
            | Iemand deelde een bericht in een Facebookgroep over huren in Leuven.

            Er staat letterlijk: “{quote}”

            Dit is toch verboden?
            | Ik zie dat al heel wat mensen erop reageerden.
            | Ik heb een screenshot genomen. |
            """,
        ),
        "fr": tpls(
            """
            Dans le groupe Facebook « Te huur in Leuven », il y a une annonce pour un logement à
              {area}.

            On peut y lire : « {quote} »

            C'est interdit, non ?
            | J'ai fait une capture d'écran. |
            """,
        ),
        "en": tpls(
            """
            In the Facebook group ‘Te huur in Leuven’ there is an ad for a home in {area}.

            It literally says: “{quote}”

            Surely this is not allowed?
            | I took a screenshot. |
            """,
        ),
    },
)

HOUSING_SCENARIOS = (
    SELECTION,
    INCOME_RULE,
    AD,
    VIEWING,
    AGENT,
    LANDLORD_HARASSMENT,
    ACCOMMODATION,
    SOCIAL,
    KOT,
    KOT_HARASSMENT,
    CREDIT,
    NEIGHBOURS,
    FACEBOOK_POST,
)
