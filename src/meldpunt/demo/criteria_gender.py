"""Narrative phrases for sexual orientation, the gender criteria and family responsibilities."""

from __future__ import annotations

from meldpunt.demo.texts import CriterionText, phrase, texts

GENDER_CRITERIA: dict[str, CriterionText] = {
    "sexual_orientation": CriterionText(
        noun=phrase(
            "mijn seksuele oriëntatie", "mon orientation sexuelle", "my sexual orientation"
        ),
        disclose={
            "any": texts(
                "toen ik vertelde dat {partner} en ik {couple} zijn"
                " | toen ik zei dat ik met {partner} wil samenwonen"
                " | m:toen ze hoorden dat ik homo ben | f:toen ze hoorden dat ik lesbisch ben",
                "quand j'ai dit que {partner} et moi sommes {couple}"
                " | quand j'ai dit que je voulais habiter avec {partner}",
                "when I said that {partner} and I are {couple}"
                " | when I said that I wanted to move in with {partner}"
                " | m:when they heard that I am gay | f:when they heard that I am a lesbian",
            ),
        },
        remarks={
            "housing": texts(
                "Zulke koppels wil ik niet in mijn huis."
                " | De andere huurders zouden daar niet mee kunnen leven.",
                "Je ne veux pas de ce genre de couple chez moi.",
                "I don't want couples like that in my house.",
            ),
            "work": texts(
                "Hou dat maar privé, de klanten hoeven dat niet te weten."
                " | Met zo'n levensstijl pas je niet in ons team.",
                "Garde ça pour toi, les clients n'ont pas à le savoir.",
                "Keep that private, customers don't need to know.",
            ),
            "street": texts(
                "Hier willen we geen homo's, verdwijn! | Dat moet je niet in het openbaar tonen.",
                "On ne veut pas d'homos ici, dégagez !",
                "We don't want gays around here, get lost!",
            ),
            "service": texts(
                "Zulke koppels bedienen we hier niet.",
                "On ne sert pas ce genre de couple ici.",
                "We don't serve couples like that here.",
            ),
        },
        perceived=(
            texts(
                "toen ik met {friend} kwam kijken",
                "quand je suis venu{e} avec {friend}",
                "when I came along with {friend}",
            ),
            texts(
                "We zijn gewoon vrienden, maar ze gingen ervan uit dat we een koppel zijn.",
                "Nous sommes simplement amis, mais ils ont supposé que nous étions en couple.",
                "We are just friends, but they assumed we were a couple.",
            ),
        ),
        association=(
            texts(
                "toen ik vertelde dat mijn zoon en zijn vriend bij mij komen wonen",
                "quand j'ai dit que mon fils et son compagnon allaient habiter chez moi",
                "when I said that my son and his boyfriend would live with me",
            ),
            phrase(
                "de seksuele oriëntatie van mijn zoon",
                "l'orientation sexuelle de mon fils",
                "my son's sexual orientation",
            ),
        ),
    ),
    "gender_identity": CriterionText(
        noun=phrase("mijn genderidentiteit", "mon identité de genre", "my gender identity"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik {trans_self} ben"
                " | toen ik vroeg om mijn nieuwe voornaam te gebruiken"
                " | toen ze zagen dat op mijn identiteitskaart nog een andere naam staat",
                "quand j'ai dit que je suis {trans_self}"
                " | quand j'ai demandé qu'on utilise mon nouveau prénom"
                " | quand ils ont vu que ma carte d'identité porte encore un autre prénom",
                "when I said that I am {trans_self} | when I asked them to use my new first name"
                " | when they saw that my ID card still shows a different name",
            ),
        },
        remarks={
            "housing": texts(
                "Op het contract komt de naam van je identiteitskaart, punt."
                " | Ik wil geen gedoe met zulke mensen in mijn huis.",
                "Sur le contrat, c'est le nom de ta carte d'identité, point.",
                "The contract has the name on your ID card, full stop.",
            ),
            "service": texts(
                "Zulke mensen kunnen hier niet in de kleedkamers."
                " | Kom maar terug als je weet wat je bent.",
                "Ces gens-là n'ont pas accès aux vestiaires ici.",
                "People like that can't use the changing rooms here.",
            ),
            "work": texts(
                "Voor de klanten gebruik je gewoon je oude naam.",
                "Pour les clients, tu gardes ton ancien prénom.",
                "For the customers you just keep using your old name.",
            ),
            "street": texts(
                "Wat ben jij eigenlijk, een man of een vrouw?",
                "T'es quoi, toi, un homme ou une femme ?",
                "What are you, a man or a woman?",
            ),
        },
    ),
    "gender_expression": CriterionText(
        noun=phrase("mijn genderexpressie", "mon expression de genre", "my gender expression"),
        disclose={
            "any": texts(
                "toen ik met make-up en gelakte nagels kwam"
                " | toen ik kleren droeg die ze niet ‘passend’ vonden voor mijn geslacht",
                "quand je suis venu{e} maquillé{e}"
                " | quand je portais des vêtements qu'ils ne trouvaient pas"
                " « adaptés » à mon genre",
                "when I showed up wearing make-up"
                " | when I wore clothes they did not find 'appropriate' for my gender",
            ),
        },
        remarks={
            "work": texts(
                "Zo kan je niet voor klanten staan, kleed je normaal.",
                "Tu ne peux pas te présenter comme ça devant les clients, habille-toi normalement.",
                "You can't face customers like that, dress normally.",
            ),
            "street": texts(
                "Wat is dat voor een verkleedpartij?",
                "C'est quoi ce déguisement ?",
                "What kind of costume is that?",
            ),
        },
    ),
    "medical_social_transition": CriterionText(
        noun=phrase("mijn transitie", "ma transition", "my transition"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik in transitie ben"
                " | toen ik verlof vroeg voor een operatie in het kader van mijn transitie",
                "quand j'ai dit que je suis en transition"
                " | quand j'ai demandé un congé pour une opération liée à ma transition",
                "when I said that I am transitioning"
                " | when I asked for leave for surgery related to my transition",
            ),
        },
        remarks={
            "work": texts(
                "Zo'n operatie is jouw keuze, daar hoeft het bedrijf niet voor op te draaien.",
                "Cette opération, c'est ton choix, l'entreprise n'a pas à en payer le prix.",
                "That surgery is your choice, the company shouldn't have to pay for it.",
            ),
        },
    ),
    "sex_characteristics": CriterionText(
        noun=phrase("mijn intersekse-variatie", "ma variation intersexe", "my intersex variation"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik intersekse ben",
                "quand j'ai dit que je suis intersexe",
                "when I said that I am intersex",
            ),
        },
    ),
    "sex": CriterionText(
        noun=phrase("mijn geslacht", "mon sexe", "my sex"),
        disclose={
            "any": texts(
                "f:toen ze hoorden dat ik een vrouw ben | m:toen bleek dat ik een man ben",
                "f:quand ils ont compris que je suis une femme"
                " | m:quand ils ont vu que je suis un homme",
                "f:when they realised that I am a woman | m:when it turned out that I am a man",
            ),
            "work": texts(
                "toen ze mijn voornaam op het cv zagen | f:toen ze hoorden dat ik een vrouw ben",
                "quand ils ont vu mon prénom sur le CV",
                "when they saw my first name on the CV",
            ),
        },
        remarks={
            "work": texts(
                "f:Voor deze job nemen we liever een man, het is zwaar werk."
                " | f:Vrouwen vallen toch uit zodra er kinderen komen."
                " | m:Voor de kinderopvang nemen we liever een vrouw.",
                "f:Pour ce poste, on préfère un homme, c'est un travail physique."
                " | m:Pour la crèche, on préfère une femme.",
                "f:We'd rather have a man for this job, it's heavy work."
                " | m:For childcare we'd rather have a woman.",
            ),
            "housing": texts(
                "f:Aan een alleenstaande vrouw verhuur ik niet, er moet een man in huis zijn.",
                "f:Je ne loue pas à une femme seule, il faut un homme dans la maison.",
                "f:I don't rent to a woman on her own, there has to be a man in the house.",
            ),
            "street": texts(
                "f:Een vrouw zoals jij moet niet alleen over straat.",
                "f:Une femme comme toi ne devrait pas traîner seule dans la rue.",
                "f:A woman like you shouldn't be out on her own.",
            ),
        },
    ),
    "pregnancy": CriterionText(
        noun=phrase("mijn zwangerschap", "ma grossesse", "my pregnancy"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik zwanger ben | toen mijn zwangerschap zichtbaar werd",
                "quand j'ai annoncé que je suis enceinte | quand ma grossesse est devenue visible",
                "when I said that I am pregnant | when my pregnancy started to show",
            ),
        },
        remarks={
            "work": texts(
                "Een zwangere werkneemster, dat kunnen we nu echt niet gebruiken."
                " | Had je dat niet eerder kunnen zeggen?",
                "Une employée enceinte, ce n'est vraiment pas le moment.",
                "A pregnant employee is really the last thing we need right now.",
            ),
            "housing": texts(
                "Met een baby op komst is dit niets voor jou, de buren willen rust.",
                "Avec un bébé en route, ce n'est pas pour vous, les voisins veulent du calme.",
                "With a baby on the way this isn't for you, the neighbours want quiet.",
            ),
        },
    ),
    "maternity": CriterionText(
        noun=phrase("mijn moederschap", "ma maternité", "my being a new mother"),
        disclose={
            "any": texts(
                "toen ik terugkwam van mijn bevallingsverlof",
                "quand je suis revenue de mon congé de maternité",
                "when I came back from maternity leave",
            ),
        },
        remarks={
            "work": texts(
                "Jouw functie is intussen ingevuld, we hebben iets anders voor je.",
                "Ton poste a été pourvu entre-temps, on a autre chose pour toi.",
                "Your position has been filled in the meantime, we have something else for you.",
            ),
        },
    ),
    "childbirth": CriterionText(
        noun=phrase("mijn recente bevalling", "mon accouchement récent", "my recent childbirth"),
        disclose={
            "any": texts(
                "toen ik vertelde dat ik net bevallen ben",
                "quand j'ai dit que je venais d'accoucher",
                "when I said that I had just given birth",
            ),
        },
    ),
    "breastfeeding": CriterionText(
        noun=phrase("het feit dat ik borstvoeding geef", "mon allaitement", "my breastfeeding"),
        disclose={
            "any": texts(
                "toen ik mijn baby borstvoeding gaf | toen ik vroeg om een ruimte om te kolven",
                "quand j'allaitais mon bébé | quand j'ai demandé un local pour tirer mon lait",
                "when I was breastfeeding my baby | when I asked for a room to express milk",
            ),
        },
        remarks={
            "service": texts(
                "Dat doet u maar op het toilet, niet hier in de zaak.",
                "Faites ça aux toilettes, pas ici.",
                "Do that in the toilets, not in here.",
            ),
        },
    ),
    "medically_assisted_reproduction": CriterionText(
        noun=phrase(
            "mijn vruchtbaarheidsbehandeling", "mon parcours de PMA", "my fertility treatment"
        ),
        disclose={
            "any": texts(
                "toen ik verlof vroeg voor mijn IVF-behandeling",
                "quand j'ai demandé un congé pour mon traitement de FIV",
                "when I asked for leave for my IVF treatment",
            ),
        },
    ),
    "family_responsibilities": CriterionText(
        noun=phrase("mijn gezinssituatie", "ma situation familiale", "my family responsibilities"),
        disclose={
            "any": texts(
                "toen ik zei dat ik drie kinderen heb"
                " | toen ik vertelde dat ik alleenstaande ouder ben"
                " | toen ik zei dat mijn kinderen om de week bij mij wonen",
                "quand j'ai dit que j'ai trois enfants"
                " | quand j'ai dit que j'élève seul{e} mes enfants",
                "when I said that I have three children | when I said that I am a single parent"
                " | when I said that my children live with me every other week",
            ),
            "work": texts(
                "toen ik vroeg om flexibele uren om mijn kinderen van school te halen",
                "quand j'ai demandé des horaires flexibles pour aller chercher mes enfants",
                "when I asked for flexible hours to pick up my children from school",
            ),
        },
        remarks={
            "housing": texts(
                "Met kinderen is dit appartement niets, denk aan het lawaai voor de buren."
                " | Geen gezinnen, dat is te veel slijtage.",
                "Avec des enfants, ça ne va pas, pensez au bruit pour les voisins.",
                "With children this flat won't do, think of the noise for the neighbours.",
            ),
            "work": texts(
                "Met kleine kinderen ben je toch nooit beschikbaar.",
                "Avec de jeunes enfants, tu ne seras jamais disponible.",
                "With small children you'll never be available.",
            ),
        },
    ),
}
