"""Narrative phrases for the racial and general criteria (wealth, disability, age, religion…)."""

from __future__ import annotations

from meldpunt.demo.texts import CriterionText, phrase, texts

GENERAL_CRITERIA: dict[str, CriterionText] = {
    "wealth": CriterionText(
        noun=phrase("mijn inkomen (een uitkering)", "ma source de revenus", "my source of income"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik een leefloon van het OCMW krijg"
                " | toen ik zei dat de huurwaarborg via het OCMW zou komen"
                " | toen ik vertelde dat ik van een werkloosheidsuitkering leef"
                " | toen ik zei dat ik een invaliditeitsuitkering heb",
                "quand j'ai dit que je touche le revenu d'intégration du CPAS"
                " | quand j'ai expliqué que la garantie locative serait payée par le CPAS"
                " | quand j'ai dit que je vis d'allocations de chômage",
                "when I mentioned that I receive a living wage (leefloon) from the OCMW"
                " | when I said that the rental deposit would be paid through the OCMW"
                " | when I said that I live on unemployment benefits",
            ),
        },
        remarks={
            "housing": texts(
                "Geen OCMW, dat is ons beleid."
                " | Met mensen van het OCMW hebben we slechte ervaringen."
                " | We zoeken iemand met een vast contract,"
                " niet iemand die van een uitkering leeft."
                " | Een leefloon, dat is geen inkomen.",
                "Pas de CPAS, c'est notre politique."
                " | Avec les gens du CPAS, on a eu de mauvaises expériences.",
                "No OCMW, that's our policy. | We've had bad experiences with OCMW people.",
            ),
            "finance": texts(
                "Met een uitkering krijgt u bij ons geen krediet.",
                "Avec des allocations, vous n'aurez pas de crédit chez nous.",
                "On benefits you won't get credit with us.",
            ),
        },
        association=(
            texts(
                "toen ik zei dat mijn partner een leefloon krijgt",
                "quand j'ai dit que la personne avec qui je vis touche le revenu d'intégration",
                "when I said that my partner receives a living wage",
            ),
            phrase(
                "het leefloon van mijn partner",
                "la source de revenus de mon ménage",
                "my partner's income",
            ),
        ),
    ),
    "national_ethnic_origin": CriterionText(
        noun=phrase("mijn afkomst", "mes origines", "my ethnic background"),
        disclose={
            "any": texts(
                "toen ze mijn naam hoorden | zodra ik mijn naam had gezegd"
                " | toen ik vertelde waar mijn ouders vandaan komen | toen ze mijn accent hoorden",
                "dès que j'ai donné mon nom | quand j'ai dit d'où viennent mes parents"
                " | quand ils ont entendu mon accent",
                "as soon as I gave my name | when I said where my parents come from"
                " | when they heard my accent",
            ),
        },
        remarks={
            "housing": texts(
                "Ik verhuur liever aan Belgen."
                " | De buren willen geen buitenlanders meer in het gebouw.",
                "Je préfère louer à des Belges."
                " | Les voisins ne veulent plus d'étrangers dans l'immeuble.",
                "I prefer to rent to Belgians."
                " | The neighbours don't want any more foreigners in the building.",
            ),
            "work": texts(
                "Onze klanten willen een Vlaams gezicht aan de balie."
                " | Het team is niet klaar voor iemand zoals jij.",
                "Nos clients veulent un visage flamand à l'accueil."
                " | L'équipe n'est pas prête pour quelqu'un comme toi.",
                "Our customers want a Flemish face at the front desk."
                " | The team isn't ready for someone like you.",
            ),
            "nightlife": texts(
                "Vanavond is het vol voor jullie soort.",
                "Ce soir, c'est complet pour les gens comme vous.",
                "It's full tonight for your kind.",
            ),
            "service": texts(
                "Voor jullie soort hebben we hier niets.",
                "Pour les gens comme vous, on n'a rien ici.",
                "We have nothing for your kind here.",
            ),
            "street": texts(
                "Ga terug naar je eigen land! | Jullie pakken hier alles af.",
                "Retourne dans ton pays ! | Vous nous prenez tout.",
                "Go back to your own country! | You people take everything here.",
            ),
            "police": texts(
                "Mensen zoals jij controleren we nu eenmaal vaker.",
                "Les gens comme toi, on les contrôle plus souvent, c'est comme ça.",
                "People like you simply get checked more often.",
            ),
            "school": texts(
                "Kinderen zoals jij halen het hier toch niet.",
                "Les enfants comme toi n'y arriveront pas ici.",
                "Kids like you won't make it here anyway.",
            ),
        },
        perceived=(
            texts("toen ze mij zagen", "quand ils m'ont vu{e}", "when they saw me"),
            texts(
                "Ik ben hier geboren en getogen, net als mijn ouders, maar door mijn uiterlijk"
                " denken mensen dat ik van elders kom.",
                "Je suis né{e} ici, comme mes parents, mais à cause de mon apparence les gens"
                " pensent que je viens d'ailleurs.",
                "I was born and raised here, as were my parents, but because of my looks people"
                " assume I am from elsewhere.",
            ),
        ),
        association=(
            texts(
                "toen ik vertelde dat mijn partner van Marokkaanse afkomst is",
                "quand j'ai dit que la personne avec qui je vis est d'origine marocaine",
                "when I said that my partner is of Moroccan descent",
            ),
            phrase(
                "de afkomst van mijn partner",
                "l'origine de la personne avec qui je vis",
                "my partner's background",
            ),
        ),
    ),
    "skin_colour": CriterionText(
        noun=phrase("mijn huidskleur", "ma couleur de peau", "the colour of my skin"),
        disclose={
            "any": texts(
                "toen ze zagen dat ik zwart ben"
                " | zodra ik voor de deur stond en ze mijn huidskleur zagen",
                "quand ils ont vu ma couleur de peau | dès que je me suis présenté{e} à la porte",
                "when they saw that I am Black"
                " | as soon as I stood at the door and they saw my skin colour",
            ),
        },
        remarks={
            "housing": texts(
                "Het appartement is niet voor mensen zoals jij.",
                "L'appartement n'est pas pour des gens comme vous.",
                "The flat is not for people like you.",
            ),
            "nightlife": texts(
                "Geen zwarten meer vanavond, bevel van de baas. | Voor jou is het hier vol.",
                "Plus de Noirs ce soir, ordre du patron.",
                "No more Black people tonight, boss's orders.",
            ),
            "service": texts(
                "Wij bedienen hier geen zwarten.",
                "On ne sert pas les Noirs ici.",
                "We don't serve Black people here.",
            ),
            "street": texts(
                "Ga terug naar Afrika! | Zwarten horen hier niet.",
                "Retourne en Afrique !",
                "Go back to Africa!",
            ),
            "work": texts(
                "Klanten schrikken als ze jou aan de deur zien.",
                "Les clients ont peur quand ils te voient à la porte.",
                "Customers get scared when they see you at the door.",
            ),
            "police": texts(
                "Jij past in het profiel.", "Tu corresponds au profil.", "You fit the profile."
            ),
        },
        association=(
            texts(
                "toen ze zagen dat mijn kinderen zwart zijn",
                "quand ils ont vu que mes enfants sont noirs",
                "when they saw that my children are Black",
            ),
            phrase(
                "de huidskleur van mijn kinderen",
                "la couleur de peau de mes enfants",
                "the colour of my children's skin",
            ),
        ),
    ),
    "nationality": CriterionText(
        noun=phrase("mijn nationaliteit", "ma nationalité", "my nationality"),
        disclose={
            "any": texts(
                "toen ik mijn verblijfskaart liet zien"
                " | toen ik zei dat ik de Belgische nationaliteit niet heb"
                " | toen ze mijn buitenlandse identiteitskaart zagen",
                "quand j'ai montré mon titre de séjour"
                " | quand j'ai dit que je n'ai pas la nationalité belge",
                "when I showed my residence card"
                " | when I said that I do not have Belgian nationality",
            ),
        },
        remarks={
            "housing": texts(
                "Wij verhuren enkel aan Belgen."
                " | Zonder Belgische identiteitskaart begin ik er niet aan.",
                "Nous louons uniquement à des Belges.",
                "We only rent to Belgians.",
            ),
            "finance": texts(
                "Met een tijdelijke verblijfskaart openen wij geen rekening.",
                "Avec un titre de séjour temporaire, nous n'ouvrons pas de compte.",
                "We don't open accounts for people with a temporary residence card.",
            ),
            "work": texts(
                "We nemen alleen mensen met een Belgisch of Nederlands paspoort aan.",
                "Nous n'engageons que des personnes avec un passeport belge ou néerlandais.",
                "We only hire people with a Belgian or Dutch passport.",
            ),
        },
        perceived=(
            texts("toen ze mijn naam lazen", "quand ils ont lu mon nom", "when they read my name"),
            texts(
                "Ik heb nochtans gewoon de Belgische nationaliteit.",
                "J'ai pourtant la nationalité belge.",
                "I do have Belgian nationality, though.",
            ),
        ),
    ),
    "descent": CriterionText(
        noun=phrase("mijn afstamming", "mon ascendance", "my descent"),
        disclose={
            "any": texts(
                "toen ze mijn familienaam lazen | toen ik vertelde dat mijn familie Joods is",
                "quand ils ont lu mon nom de famille | quand j'ai dit que ma famille est juive",
                "when they read my family name | when I mentioned that my family is Jewish",
            ),
        },
        remarks={
            "street": texts(
                "Jullie soort hoort hier niet thuis.",
                "Les gens de ton espèce n'ont rien à faire ici.",
                "Your kind doesn't belong here.",
            ),
        },
    ),
    "alleged_race": CriterionText(
        noun=phrase(
            "wat zij mijn ‘ras’ noemden", "ma soi-disant « race »", "what they called my 'race'"
        ),
        disclose={"any": texts("toen ze mij zagen", "quand ils m'ont vu{e}", "when they saw me")},
        remarks={
            "street": texts(
                "Jullie ras hoort niet in onze buurt.",
                "Votre race n'a pas sa place dans notre quartier.",
                "Your race doesn't belong in our neighbourhood.",
            ),
        },
    ),
    "disability": CriterionText(
        noun=phrase("mijn handicap", "mon handicap", "my disability"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik in een rolstoel zit"
                " | toen ik zei dat ik met mijn assistentiehond kom"
                " | toen ik vertelde dat ik slechtziend ben | toen ik zei dat ik autisme heb"
                " | toen ze merkten dat ik doof ben",
                "quand j'ai dit que je me déplace en fauteuil roulant"
                " | quand j'ai parlé de mon chien d'assistance"
                " | quand j'ai expliqué que j'ai une déficience visuelle"
                " | quand ils ont remarqué que je suis sourd{e}",
                "when I said that I use a wheelchair | when I mentioned my assistance dog"
                " | when I explained that I am visually impaired | when I said that I am autistic"
                " | when they noticed that I am deaf",
            ),
            "school": texts(
                "toen ik vroeg om extra examentijd vanwege mijn dyslexie"
                " | toen ik vertelde dat ik ADHD heb",
                "quand j'ai demandé du temps supplémentaire aux examens à cause de ma dyslexie",
                "when I asked for extra exam time because of my dyslexia"
                " | when I said that I have ADHD",
            ),
        },
        remarks={
            "housing": texts(
                "Met een rolstoel is dat hier niet praktisch, zoek maar iets anders."
                " | Ik wil geen aanpassingen aan mijn pand.",
                "Avec un fauteuil roulant, ce n'est pas pratique ici, cherchez ailleurs.",
                "With a wheelchair it isn't practical here, look elsewhere.",
            ),
            "service": texts(
                "Honden zijn hier niet toegelaten, ook geen assistentiehonden."
                " | Daar hebben wij geen tijd voor.",
                "Les chiens sont interdits ici, même les chiens d'assistance.",
                "No dogs allowed here, assistance dogs included.",
            ),
            "work": texts(
                "Wij zoeken iemand die volledig inzetbaar is."
                " | Aanpassingen zijn te duur voor een klein bedrijf.",
                "Nous cherchons quelqu'un de pleinement opérationnel.",
                "We need someone who can do everything.",
            ),
            "school": texts(
                "Voor zulke uitzonderingen is hier geen plaats.",
                "Il n'y a pas de place ici pour ce genre d'exceptions.",
                "There is no room here for exceptions like that.",
            ),
            "street": texts(
                "Mensen zoals jij moeten binnen blijven.",
                "Les gens comme toi devraient rester chez eux.",
                "People like you should stay indoors.",
            ),
        },
        perceived=(
            texts(
                "toen ik met krukken binnenkwam",
                "quand je suis entré{e} avec des béquilles",
                "when I came in on crutches",
            ),
            texts(
                "Ik heb helemaal geen handicap; het ging om een tijdelijke sportblessure.",
                "Je n'ai aucun handicap ; c'était une blessure sportive passagère.",
                "I don't even have a disability; it was a temporary sports injury.",
            ),
        ),
        association=(
            texts(
                "toen ik vertelde dat mijn dochter in een rolstoel zit"
                " | toen ik zei dat mijn zoon autisme heeft",
                "quand j'ai dit que ma fille se déplace en fauteuil roulant",
                "when I said that my daughter uses a wheelchair"
                " | when I said that my son is autistic",
            ),
            phrase(
                "de handicap van mijn kind",
                "la situation de handicap de mon enfant",
                "my child's disability",
            ),
        ),
    ),
    "age": CriterionText(
        noun=phrase("mijn leeftijd", "mon âge", "my age"),
        disclose={
            "any": texts(
                "toen ik mijn leeftijd vermeldde | toen ik mijn geboortedatum invulde"
                " | toen ze zagen hoe oud ik ben",
                "quand j'ai indiqué mon âge | quand j'ai donné ma date de naissance",
                "when I mentioned my age | when I filled in my date of birth"
                " | when they saw how old I am",
            ),
        },
        remarks={
            "work": texts(
                "We zoeken eigenlijk iemand jonger voor ons dynamische team."
                " | Op jouw leeftijd leer je zo'n systeem toch niet meer.",
                "On cherche plutôt quelqu'un de plus jeune pour notre équipe dynamique.",
                "We're really looking for someone younger for our dynamic team.",
            ),
            "housing": texts(
                "Oudere huurders, daar begin ik niet meer aan.",
                "Les locataires âgés, je n'en veux plus.",
                "Older tenants, I don't do that any more.",
            ),
            "finance": texts(
                "Boven de 70 verzekeren we niet meer."
                " | Voor een lening van twintig jaar bent u te oud.",
                "Au-delà de 70 ans, nous n'assurons plus.",
                "We don't insure anyone over 70.",
            ),
        },
    ),
    "religion_belief": CriterionText(
        noun=phrase("mijn geloof", "ma religion", "my religion"),
        disclose={
            "any": texts(
                "toen ik zei dat ik moslim ben | f:toen ik met mijn hoofddoek binnenkwam"
                " | m:toen ze mijn keppel zagen",
                "quand j'ai dit que je suis de confession musulmane"
                " | f:quand je suis arrivée avec mon foulard | m:quand ils ont vu ma kippa",
                "when I said that I am Muslim | f:when I came in wearing my headscarf"
                " | m:when they saw my kippah",
            ),
            "work": texts(
                "toen ik vroeg of ik tijdens mijn pauze mocht bidden"
                " | f:toen ik zei dat ik mijn hoofddoek wil blijven dragen",
                "quand j'ai demandé si je pouvais prier pendant ma pause"
                " | f:quand j'ai dit que je voulais garder mon foulard",
                "when I asked whether I could pray during my break"
                " | f:when I said that I want to keep wearing my headscarf",
            ),
        },
        remarks={
            "housing": texts(
                "Ik wil geen moslims in mijn huis. | Religie breng je hier maar niet binnen.",
                "Je ne veux pas de musulmans chez moi.",
                "I don't want Muslims in my house.",
            ),
            "work": texts(
                "Religieuze tekens zijn voor onze klanten te confronterend."
                " | Bidden doe je maar thuis.",
                "Les signes religieux sont trop confrontants pour nos clients.",
                "Religious symbols are too confronting for our customers.",
            ),
            "service": texts(
                "Met dat ding op je hoofd kom je hier niet binnen.",
                "Avec ce truc sur la tête, tu n'entres pas ici.",
                "You're not coming in with that thing on your head.",
            ),
            "street": texts(
                "Terroristen zoals jij horen hier niet. | Ga terug naar je moskee.",
                "Les terroristes comme toi n'ont rien à faire ici.",
                "Terrorists like you don't belong here.",
            ),
            "school": texts(
                "Op deze school geen religieuze symbolen, ook niet tijdens de stage.",
                "Pas de signes religieux dans cette école, même pendant le stage.",
                "No religious symbols at this school, not even during the internship.",
            ),
        },
        perceived=(
            texts(
                "toen ze mijn naam hoorden",
                "dès que j'ai donné mon nom",
                "as soon as I gave my name",
            ),
            texts(
                "Ik ben niet eens moslim; ze gingen daar gewoon van uit door mijn naam.",
                "Je ne suis même pas musulman{e} ; ils l'ont supposé à cause de mon nom.",
                "I am not even Muslim; they assumed so because of my name.",
            ),
        ),
        association=(
            texts(
                "toen ik vertelde dat mijn partner moslim is",
                "quand j'ai dit que la personne avec qui je vis est musulmane",
                "when I said that my partner is Muslim",
            ),
            phrase(
                "het geloof van mijn partner",
                "la religion de la personne avec qui je vis",
                "my partner's religion",
            ),
        ),
    ),
    "health_status": CriterionText(
        noun=phrase("mijn gezondheidstoestand", "mon état de santé", "my state of health"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik een chronische ziekte heb"
                " | toen ik zei dat ik hiv-positief ben | toen ze hoorden dat ik kanker heb gehad"
                " | toen ik vertelde dat ik herstel van een burn-out",
                "quand j'ai dit que j'ai une maladie chronique"
                " | quand j'ai dit que je vis avec le VIH"
                " | quand ils ont appris que j'ai eu un cancer",
                "when I said that I have a chronic illness | when I said that I am living with HIV"
                " | when they learned that I have had cancer"
                " | when I said that I am recovering from burn-out",
            ),
        },
        remarks={
            "finance": texts(
                "Met uw medisch verleden moeten we een bijpremie van 300 procent vragen."
                " | Met die ziekte kunnen we u niet verzekeren.",
                "Avec vos antécédents médicaux, nous devons appliquer une surprime de 300 %.",
                "With your medical history we have to charge a 300 percent surcharge.",
            ),
            "work": texts(
                "Iemand die vaak ziek is, kunnen we niet gebruiken.",
                "Quelqu'un qui est souvent malade, on ne peut pas se le permettre.",
                "We can't use someone who is often ill.",
            ),
            "housing": texts(
                "Ik wil geen zieke mensen in mijn huis, wat als er iets gebeurt?",
                "Je ne veux pas de malades chez moi, et s'il arrive quelque chose ?",
                "I don't want sick people in my house, what if something happens?",
            ),
        },
    ),
    "language": CriterionText(
        noun=phrase("mijn taal", "ma langue", "my language"),
        disclose={
            "any": texts(
                "toen ik Frans sprak aan het loket"
                " | toen bleek dat ik nog maar weinig Nederlands spreek"
                " | toen ik in het Engels antwoordde",
                "quand j'ai parlé français au guichet"
                " | quand ils ont vu que je parle encore peu le néerlandais",
                "when I spoke English at the counter"
                " | when they noticed that I speak little Dutch so far",
            ),
        },
        remarks={
            "any": texts(
                "Hier spreken we Nederlands, anders kan je buiten."
                " | Leer eerst Nederlands en kom dan terug.",
                "Ici, on parle néerlandais, sinon vous pouvez sortir.",
                "Here we speak Dutch, otherwise you can leave.",
            ),
            "housing": texts(
                "Zonder bewijs van taalkennis Nederlands kan u niet op de lijst."
                " | Ik verhuur alleen aan mensen die Nederlands spreken.",
                "Sans preuve de connaissance du néerlandais, vous ne pouvez pas être sur la liste.",
                "Without proof of Dutch language skills you can't be put on the list.",
            ),
        },
    ),
    "civil_status": CriterionText(
        noun=phrase("mijn burgerlijke staat", "mon état civil", "my civil status"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik gescheiden ben | toen ik zei dat we niet getrouwd zijn",
                "quand j'ai dit que je suis divorcé{e}"
                " | quand j'ai dit que nous ne sommes pas mariés",
                "when I said that I am divorced | when I said that we are not married",
            ),
        },
        remarks={
            "housing": texts(
                "Ik verhuur alleen aan getrouwde koppels. | Gescheiden mensen betalen slecht.",
                "Je loue uniquement à des couples mariés.",
                "I only rent to married couples.",
            ),
        },
    ),
    "social_origin_condition": CriterionText(
        noun=phrase("mijn sociale achtergrond", "mon origine sociale", "my social background"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik een tijd dakloos ben geweest"
                " | toen ik zei dat ik nu in een opvanghuis verblijf"
                " | toen ze hoorden dat ik uit de jeugdhulp kom",
                "quand j'ai dit que j'ai été sans-abri pendant un moment"
                " | quand j'ai dit que je loge dans un centre d'accueil",
                "when I said that I was homeless for a while"
                " | when I said that I am staying at a shelter"
                " | when they heard that I grew up in youth care",
            ),
        },
        remarks={
            "any": texts(
                "Mensen uit de opvang, daar krijg je alleen maar problemen mee.",
                "Les gens des centres d'accueil, ça ne donne que des problèmes.",
                "People from shelters only bring trouble.",
            ),
        },
    ),
    "political_conviction": CriterionText(
        noun=phrase(
            "mijn politieke overtuiging", "mes convictions politiques", "my political convictions"
        ),
        disclose={
            "any": texts(
                "toen ze hoorden dat ik actief ben in een politieke partij"
                " | toen ze mijn verkiezingsaffiche zagen",
                "quand ils ont appris que je milite dans un parti politique",
                "when they found out that I am active in a political party"
                " | when they saw my election poster",
            ),
        },
        remarks={
            "any": texts(
                "Met jouw politieke ideeën hoor je hier niet thuis.",
                "Avec tes idées politiques, tu n'as pas ta place ici.",
                "With your political ideas you don't belong here.",
            ),
        },
    ),
    "trade_union_conviction": CriterionText(
        noun=phrase(
            "mijn vakbondsengagement", "mon engagement syndical", "my trade union membership"
        ),
        disclose={
            "any": texts(
                "toen ze hoorden dat ik vakbondsafgevaardigde wil worden"
                " | toen ik me kandidaat stelde bij de sociale verkiezingen",
                "quand ils ont appris mon engagement syndical"
                " | quand je me suis présenté{e} aux élections sociales",
                "when they heard that I want to become a union representative"
                " | when I stood as a candidate in the social elections",
            ),
        },
        remarks={
            "work": texts(
                "Vakbondsmensen brengen alleen onrust in het team.",
                "Les syndicalistes ne font que semer la pagaille dans l'équipe.",
                "Union people only cause trouble in the team.",
            ),
        },
    ),
    "physical_genetic_trait": CriterionText(
        noun=phrase("mijn uiterlijk", "mon apparence physique", "my physical appearance"),
        disclose={
            "any": texts(
                "toen ze de littekens in mijn gezicht zagen | toen ze zagen hoe klein ik ben"
                " | toen ze mijn gewicht opmerkten",
                "quand ils ont vu les cicatrices sur mon visage"
                " | quand ils ont remarqué ma petite taille",
                "when they saw the scars on my face | when they saw how short I am"
                " | when they commented on my weight",
            ),
        },
        remarks={
            "work": texts(
                "Met jouw uiterlijk kan je niet aan de balie staan.",
                "Avec ton physique, tu ne peux pas être à l'accueil.",
                "With your looks you can't work at the front desk.",
            ),
        },
    ),
    "birth": CriterionText(
        noun=phrase(
            "mijn geboorte buiten het huwelijk",
            "ma naissance hors mariage",
            "being born outside marriage",
        ),
        disclose={
            "any": texts(
                "toen ze hoorden dat ik buiten het huwelijk geboren ben",
                "quand ils ont appris que je suis né{e} hors mariage",
                "when they learned that I was born outside marriage",
            ),
        },
    ),
    "none": CriterionText(
        noun=phrase("mijn situatie", "ma situation", "my situation"),
        disclose={
            "any": texts(
                "toen ik zei dat ik een hond heb | toen ik zei dat ik rook"
                " | toen ik kritiek gaf op de manier waarop ik behandeld werd",
                "quand j'ai dit que j'ai un chien | quand j'ai dit que je fume",
                "when I said that I have a dog | when I said that I smoke"
                " | when I complained about the way I was treated",
            ),
            "housing": texts(
                "toen ik zei dat ik een hond heb | toen ik vertelde dat ik als zelfstandige werk",
                "quand j'ai dit que j'ai un chien"
                " | quand j'ai dit que je travaille comme indépendant{e}",
                "when I said that I have a dog | when I said that I am self-employed",
            ),
        },
        remarks={
            "any": texts(
                "Als het u niet bevalt, gaat u maar ergens anders.",
                "Si ça ne vous plaît pas, allez ailleurs.",
                "If you don't like it, go somewhere else.",
            ),
            "housing": texts(
                "Geen huisdieren en geen zelfstandigen, zo simpel is het.",
                "Pas d'animaux et pas d'indépendants, c'est simple.",
                "No pets and no self-employed people, simple as that.",
            ),
        },
    ),
}
