"""The domain's own messages (validation, import, workflow) in Dutch, French and English."""

from __future__ import annotations

from collections.abc import Mapping

from meldpunt.domain.taxonomy import load_taxonomy, normalise_language

__all__ = ["CATALOGUE", "FIELD_LABELS", "ParamValue", "field_label", "message"]

# What a message parameter may hold: codes, counts, positions, ISO dates — never free text
# from a report, so a rendered message is safe to log.
ParamValue = str | int | tuple[str, ...]

_T = Mapping[str, str]


def _t(nl: str, fr: str, en: str) -> _T:
    return {"nl": nl, "fr": fr, "en": en}


# Placeholders: {field_label} is the translated name of the ``field`` parameter
# ({Field_label} the same with a capital, to open a sentence);
# {X_label} the translated label of a code parameter X (status, modifier …); lists of codes
# are joined with commas. See ``message``.
CATALOGUE: Mapping[str, _T] = {
    # -- validation of one report ----------------------------------------------------------
    "validation.required": _t(
        "Vul {field_label} in.",
        "Veuillez remplir le champ « {field_label} ».",
        "Please fill in {field_label}.",
    ),
    "validation.received_on_required": _t(
        "Vul de datum in waarop de melding binnenkwam.",
        "Indiquez la date à laquelle le signalement a été reçu.",
        "Enter the date on which the report was received.",
    ),
    "validation.channel_required": _t(
        "Kies langs welk kanaal de melding binnenkwam (loket, telefoon, e-mail …).",
        "Choisissez le canal par lequel le signalement est arrivé (guichet, téléphone, "
        "courriel …).",
        "Choose the channel through which the report came in (desk, phone, e-mail …).",
    ),
    "validation.domain_required": _t(
        "Kies het domein waarin de feiten gebeurden (bijvoorbeeld huisvesting).",
        "Choisissez le domaine dans lequel les faits se sont produits (par exemple le logement).",
        "Choose the domain in which the facts took place (for example housing).",
    ),
    "validation.criteria_required": _t(
        "Kies minstens één criterium, of 'geen beschermd criterium'.",
        "Choisissez au moins un critère, ou « aucun critère protégé ».",
        "Choose at least one criterion, or 'no protected criterion'.",
    ),
    "validation.too_long": _t(
        "{Field_label}: de tekst is te lang ({length} tekens, maximaal {max}). Kort hem in.",
        "{Field_label} : le texte est trop long ({length} caractères, maximum {max}). "
        "Raccourcissez-le.",
        "{Field_label}: the text is too long ({length} characters, at most {max}). Please "
        "shorten it.",
    ),
    "validation.lone_surrogate": _t(
        "{Field_label}: de tekst bevat een beschadigd teken (positie {position}). De tekst werd "
        "waarschijnlijk verkeerd gekopieerd of omgezet; typ dat stuk opnieuw.",
        "{Field_label} : le texte contient un caractère endommagé (position {position}). "
        "Il a probablement été mal copié ou converti ; retapez ce passage.",
        "{Field_label}: the text contains a damaged character (position {position}). The text was "
        "probably copied or converted wrongly; please retype that part.",
    ),
    "validation.control_character": _t(
        "{Field_label}: de tekst bevat een onzichtbaar stuurteken ({char}) op positie {position}. "
        "Verwijder het.",
        "{Field_label} : le texte contient un caractère de contrôle invisible ({char}) à la "
        "position {position}. Supprimez-le.",
        "{Field_label}: the text contains an invisible control character ({char}) at position "
        "{position}. Please remove it.",
    ),
    "validation.line_break": _t(
        "{Field_label}: dit moet op één regel staan.",
        "{Field_label} : ce champ doit tenir sur une seule ligne.",
        "{Field_label}: this must be on a single line.",
    ),
    "validation.email_format": _t(
        "Het e-mailadres is niet volledig of bevat een fout (voorbeeld: naam@voorbeeld.be).",
        "L'adresse e-mail est incomplète ou contient une erreur (exemple : nom@exemple.be).",
        "The e-mail address is incomplete or contains a mistake (example: name@example.be).",
    ),
    "validation.phone_format": _t(
        "Het telefoonnummer is niet leesbaar. Gebruik 8 tot 15 cijfers, eventueel met +32 "
        "vooraan (voorbeeld: 016 12 34 56 of +32 470 12 34 56).",
        "Le numéro de téléphone est illisible. Utilisez 8 à 15 chiffres, éventuellement "
        "précédés de +32 (exemple : 016 12 34 56 ou +32 470 12 34 56).",
        "The phone number cannot be read. Use 8 to 15 digits, optionally starting with +32 "
        "(example: 016 12 34 56 or +32 470 12 34 56).",
    ),
    "validation.url_scheme": _t(
        "Het webadres moet beginnen met http:// of https://.",
        "L'adresse web doit commencer par http:// ou https://.",
        "The web address must start with http:// or https://.",
    ),
    "validation.unknown_code": _t(
        "{Field_label}: deze waarde staat niet in de lijst. Mogelijk zijn: {allowed}.",
        "{Field_label} : cette valeur ne figure pas dans la liste. Valeurs possibles : {allowed}.",
        "{Field_label}: this value is not in the list. Possible values: {allowed}.",
    ),
    "validation.unknown_list_code": _t(
        "{Field_label}: waarde nr. {index} staat niet in de lijst. Mogelijk zijn: {allowed}.",
        "{Field_label} : la valeur n° {index} ne figure pas dans la liste. Valeurs "
        "possibles : {allowed}.",
        "{Field_label}: value no. {index} is not in the list. Possible values: {allowed}.",
    ),
    "validation.code_not_valid_on_date": _t(
        "{Field_label}: '{code_label}' bestond nog niet of niet meer op {date}.",
        "{Field_label} : « {code_label} » n'existait pas encore ou plus le {date}.",
        "{Field_label}: '{code_label}' did not exist (yet or any more) on {date}.",
    ),
    "validation.code_replaced": _t(
        "{Field_label}: '{code_label}' werd vervangen; gebruik '{successor_label}' voor "
        "meldingen van {date}.",
        "{Field_label} : « {code_label} » a été remplacé ; utilisez « {successor_label} » "
        "pour les signalements du {date}.",
        "{Field_label}: '{code_label}' has been replaced; use '{successor_label}' for reports "
        "of {date}.",
    ),
    "validation.duplicate_code": _t(
        "{Field_label}: waarde nr. {index} komt twee keer voor.",
        "{Field_label} : la valeur n° {index} figure deux fois.",
        "{Field_label}: value no. {index} appears twice.",
    ),
    "validation.date_in_future": _t(
        "{Field_label}: deze datum ligt in de toekomst. Controleer hem.",
        "{Field_label} : cette date se situe dans le futur. Vérifiez-la.",
        "{Field_label}: this date is in the future. Please check it.",
    ),
    "validation.date_too_early": _t(
        "{Field_label}: deze datum ligt vóór {min_date}. Controleer het jaartal.",
        "{Field_label} : cette date est antérieure au {min_date}. Vérifiez l'année.",
        "{Field_label}: this date is before {min_date}. Please check the year.",
    ),
    "validation.birth_year_range": _t(
        "Het geboortejaar moet tussen {min} en {max} liggen.",
        "L'année de naissance doit se situer entre {min} et {max}.",
        "The year of birth must be between {min} and {max}.",
    ),
    "validation.incident_after_received": _t(
        "De datum van de feiten ligt na de datum waarop de melding binnenkwam.",
        "La date des faits est postérieure à la date de réception du signalement.",
        "The date of the incident is after the date on which the report was received.",
    ),
    "validation.period_without_start": _t(
        "Er is een einddatum maar geen begindatum van de feiten. Vul ook de begindatum in.",
        "Une date de fin des faits est indiquée, mais pas de date de début. Indiquez aussi "
        "la date de début.",
        "There is an end date but no start date for the incident. Please add the start date.",
    ),
    "validation.period_end_before_start": _t(
        "Het einde van de periode ligt vóór het begin.",
        "La fin de la période précède son début.",
        "The end of the period is before its start.",
    ),
    "validation.none_combined": _t(
        "'Geen beschermd criterium' kan niet samen met een ander criterium gekozen worden.",
        "« Aucun critère protégé » ne peut pas être combiné avec un autre critère.",
        "'No protected criterion' cannot be combined with another criterion.",
    ),
    "validation.modifier_with_none": _t(
        "'{modifier_label}' kan niet samen met 'geen beschermd criterium'.",
        "« {modifier_label} » ne peut pas être combiné avec « aucun critère protégé ».",
        "'{modifier_label}' cannot be combined with 'no protected criterion'.",
    ),
    "validation.modifier_needs_two_criteria": _t(
        "'{modifier_label}' vraagt minstens twee criteria.",
        "« {modifier_label} » suppose au moins deux critères.",
        "'{modifier_label}' needs at least two criteria.",
    ),
    "validation.anonymous_with_identity": _t(
        "Een anonieme melder heeft geen naam of contactgegevens. Maak het veld '{field_label}' "
        "leeg of kies een andere rol.",
        "Une personne qui signale anonymement n'a ni nom ni coordonnées. Videz le champ "
        "« {field_label} » ou choisissez un autre rôle.",
        "An anonymous reporter has no name or contact details. Clear the field '{field_label}' "
        "or choose another role.",
    ),
    "validation.register_only_and_refer": _t(
        "De melder wil de melding enkel laten registreren, maar geeft ook toestemming om door "
        "te verwijzen. Vraag na wat de melder wil.",
        "La personne souhaite uniquement l'enregistrement du signalement, mais autorise aussi "
        "une réorientation. Vérifiez ce qu'elle souhaite.",
        "The reporter wants the report registered only, but also allows a referral. Please "
        "check what the reporter wants.",
    ),
    "validation.register_only_and_contact": _t(
        "De melder wil de melding enkel laten registreren, maar geeft ook toestemming om de "
        "tegenpartij te contacteren. Vraag na wat de melder wil.",
        "La personne souhaite uniquement l'enregistrement du signalement, mais autorise aussi "
        "un contact avec la partie adverse. Vérifiez ce qu'elle souhaite.",
        "The reporter wants the report registered only, but also allows contact with the "
        "counterparty. Please check what the reporter wants.",
    ),
    "validation.report_number": _t(
        "Het meldingsnummer heeft niet de vorm jaar-volgnummer (bijvoorbeeld 2025-0042).",
        "Le numéro de signalement n'a pas la forme année-numéro (par exemple 2025-0042).",
        "The report number is not in the form year-sequence (for example 2025-0042).",
    ),
    "validation.report_id": _t(
        "De interne sleutel van de melding is ongeldig (programmafout).",
        "L'identifiant interne du signalement n'est pas valide (erreur du programme).",
        "The report's internal id is not valid (a program error).",
    ),
    # -- reading import files --------------------------------------------------------------
    "import.where_file": _t(
        "Bestand: {message}",
        "Fichier : {message}",
        "File: {message}",
    ),
    "import.where_report": _t(
        "Melding {position}: {message}",
        "Signalement {position} : {message}",
        "Report {position}: {message}",
    ),
    "import.where_report_ref": _t(
        "Melding {position} ({external_ref}): {message}",
        "Signalement {position} ({external_ref}) : {message}",
        "Report {position} ({external_ref}): {message}",
    ),
    "import.report_not_object": _t(
        "Deze melding is geen groep velden (JSON-object) maar {found}.",
        "Ce signalement n'est pas un groupe de champs (objet JSON) mais {found}.",
        "This report is not a group of fields (JSON object) but {found}.",
    ),
    "import.wrong_type": _t(
        "{Field_label}: verwacht {expected}, maar het bestand bevat {found}.",
        "{Field_label} : attendu {expected}, mais le fichier contient {found}.",
        "{Field_label}: expected {expected}, but the file contains {found}.",
    ),
    "import.wrong_item_type": _t(
        "{Field_label}: element nr. {index} moet {expected} zijn, maar is {found}.",
        "{Field_label} : l'élément n° {index} doit être {expected}, mais c'est {found}.",
        "{Field_label}: item no. {index} must be {expected}, but is {found}.",
    ),
    "import.invalid_date": _t(
        "{Field_label}: geen geldige datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-14.",
        "{Field_label} : date non valide. Écrivez AAAA-MM-JJ, par exemple 2025-03-14.",
        "{Field_label}: not a valid date. Write YYYY-MM-DD, for example 2025-03-14.",
    ),
    "import.invalid_integer": _t(
        "{Field_label}: schrijf een geheel getal, bijvoorbeeld 1998.",
        "{Field_label} : écrivez un nombre entier, par exemple 1998.",
        "{Field_label}: write a whole number, for example 1998.",
    ),
    "import.invalid_boolean": _t(
        "{Field_label}: schrijf ja of nee (ook true/false of 1/0).",
        "{Field_label} : écrivez oui ou non (ou true/false, 1/0).",
        "{Field_label}: write yes or no (also true/false or 1/0).",
    ),
    "import.unknown_key": _t(
        "Onbekend veld '{field}'. Controleer de schrijfwijze in het importformaat.",
        "Champ inconnu « {field} ». Vérifiez l'orthographe dans le format d'importation.",
        "Unknown field '{field}'. Check its spelling against the import format.",
    ),
    "import.duplicate_key": _t(
        "Het veld '{field}' komt twee keer voor; laat er één over.",
        "Le champ « {field} » figure deux fois ; n'en gardez qu'un.",
        "The field '{field}' appears twice; keep only one.",
    ),
    "import.duplicate_external_ref": _t(
        "Dit extern kenmerk komt al voor bij melding {first} in hetzelfde bestand.",
        "Cette référence externe figure déjà au signalement {first} du même fichier.",
        "This external reference is already used by report {first} in the same file.",
    ),
    "import.too_large": _t(
        "Het bestand is te groot ({size_mb} MB; maximaal {max_mb} MB). Is dit wel het "
        "juiste bestand?",
        "Le fichier est trop volumineux ({size_mb} Mo ; maximum {max_mb} Mo). Est-ce bien le "
        "bon fichier ?",
        "The file is too large ({size_mb} MB; at most {max_mb} MB). Is this the right file?",
    ),
    "import.unknown_type": _t(
        "Dit bestand wordt niet herkend. Kies een .json- of .csv-bestand in het importformaat "
        "van Meldpunt.",
        "Ce fichier n'est pas reconnu. Choisissez un fichier .json ou .csv au format "
        "d'importation de Meldpunt.",
        "This file is not recognised. Choose a .json or .csv file in Meldpunt's import format.",
    ),
    "import.empty_file": _t(
        "Het bestand is leeg.",
        "Le fichier est vide.",
        "The file is empty.",
    ),
    "import.no_reports": _t(
        "Het bestand bevat geen meldingen.",
        "Le fichier ne contient aucun signalement.",
        "The file contains no reports.",
    ),
    "import.not_utf8": _t(
        "Het bestand is niet als UTF-8 opgeslagen (fout op regel {line}). Bewaar het in Excel "
        "opnieuw als 'CSV UTF-8 (door komma's gescheiden)'.",
        "Le fichier n'est pas enregistré en UTF-8 (erreur à la ligne {line}). Dans Excel, "
        "enregistrez-le à nouveau au format « CSV UTF-8 (délimité par des virgules) ».",
        "The file is not saved as UTF-8 (error on line {line}). In Excel, save it again as "
        "'CSV UTF-8 (Comma delimited)'.",
    ),
    "import.not_json": _t(
        "Het bestand is geen geldige JSON (regel {line}, kolom {column}).",
        "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}).",
        "The file is not valid JSON (line {line}, column {column}).",
    ),
    "import.not_json_value": _t(
        "Het bestand bevat een waarde die niet gelezen kan worden (bijvoorbeeld een getal van "
        "duizenden cijfers).",
        "Le fichier contient une valeur illisible (par exemple un nombre de milliers de chiffres).",
        "The file contains a value that cannot be read (for example a number thousands of "
        "digits long).",
    ),
    "import.too_deep": _t(
        "Het bestand is te diep genest om te lezen; het is geen importbestand van Meldpunt.",
        "Le fichier est trop profondément imbriqué pour être lu ; ce n'est pas un fichier "
        "d'importation de Meldpunt.",
        "The file is nested too deeply to read; it is not a Meldpunt import file.",
    ),
    "import.not_object": _t(
        "Het bestand moet één JSON-object zijn met 'format' en 'reports'.",
        "Le fichier doit être un objet JSON contenant « format » et « reports ».",
        "The file must be one JSON object with 'format' and 'reports'.",
    ),
    "import.format_missing": _t(
        "Het veld 'format' ontbreekt; het moet '{expected}' zijn.",
        "Le champ « format » manque ; il doit valoir « {expected} ».",
        "The field 'format' is missing; it must be '{expected}'.",
    ),
    "import.format_unsupported": _t(
        "Dit importformaat wordt niet ondersteund; 'format' moet '{expected}' zijn.",
        "Ce format d'importation n'est pas pris en charge ; « format » doit valoir « {expected} ».",
        "This import format is not supported; 'format' must be '{expected}'.",
    ),
    "import.reports_missing": _t(
        "Het veld 'reports' ontbreekt of is geen lijst van meldingen.",
        "Le champ « reports » manque ou n'est pas une liste de signalements.",
        "The field 'reports' is missing or is not a list of reports.",
    ),
    "import.unterminated_quote": _t(
        'Een aanhalingsteken (") vanaf regel {line} wordt nooit gesloten; de rest van het '
        "bestand kan niet gelezen worden.",
        "Un guillemet (\") ouvert à la ligne {line} n'est jamais fermé ; la suite du fichier "
        "ne peut pas être lue.",
        'A quotation mark (") opened on line {line} is never closed; the rest of the file '
        "cannot be read.",
    ),
    "import.csv_no_header": _t(
        "De eerste regel moet de kolomnamen bevatten (received_on, channel, domain, criteria …).",
        "La première ligne doit contenir les noms de colonnes (received_on, channel, domain, "
        "criteria …).",
        "The first line must hold the column names (received_on, channel, domain, criteria …).",
    ),
    "import.unknown_column": _t(
        "Kolom {column} ('{field}') is onbekend. Controleer de kolomnaam.",
        "La colonne {column} (« {field} ») est inconnue. Vérifiez le nom de la colonne.",
        "Column {column} ('{field}') is unknown. Check the column name.",
    ),
    "import.unnamed_column": _t(
        "Kolom {column} bevat gegevens maar heeft geen naam.",
        "La colonne {column} contient des données mais n'a pas de nom.",
        "Column {column} holds data but has no name.",
    ),
    "import.duplicate_column": _t(
        "Kolom {column} herhaalt de kolom '{field}'; laat er één over.",
        "La colonne {column} répète la colonne « {field} » ; n'en gardez qu'une.",
        "Column {column} repeats the column '{field}'; keep only one.",
    ),
    "import.too_many_cells": _t(
        "Deze rij heeft {cells} cellen voor {columns} kolommen. Staat er een ; of , in een "
        "tekst zonder aanhalingstekens?",
        "Cette ligne a {cells} cellules pour {columns} colonnes. Un ; ou une , figure-t-il "
        "dans un texte sans guillemets ?",
        "This row has {cells} cells for {columns} columns. Is there a ; or , in a text "
        "without quotation marks?",
    ),
    # -- workflow ---------------------------------------------------------------------------
    "workflow.unknown_status": _t(
        "Onbekende status (programmafout).",
        "Statut inconnu (erreur du programme).",
        "Unknown status (a program error).",
    ),
    "workflow.same_status": _t(
        "De melding heeft de status '{status_label}' al.",
        "Le signalement a déjà le statut « {status_label} ».",
        "The report already has the status '{status_label}'.",
    ),
    "workflow.ended": _t(
        "Een melding met status '{status_label}' is afgehandeld en kan niet meer van status "
        "veranderen. Registreer een nieuwe melding als er iets nieuws is.",
        "Un signalement au statut « {status_label} » est clôturé et ne peut plus changer de "
        "statut. Enregistrez un nouveau signalement s'il y a du nouveau.",
        "A report with the status '{status_label}' is finished and cannot change status any "
        "more. Record a new report if something new came up.",
    ),
    "workflow.closed_only_reopen": _t(
        "Een afgesloten dossier kan enkel heropend worden (naar '{reopen_label}'), niet naar "
        "'{target_label}'.",
        "Un dossier clôturé peut seulement être rouvert (vers « {reopen_label} »), pas passer "
        "à « {target_label} ».",
        "A closed case file can only be reopened (to '{reopen_label}'), not moved to "
        "'{target_label}'.",
    ),
    "workflow.reopen_needs_reason": _t(
        "Geef een reden om het afgesloten dossier te heropenen.",
        "Indiquez la raison pour laquelle le dossier clôturé est rouvert.",
        "Give a reason for reopening the closed case file.",
    ),
    "workflow.not_allowed": _t(
        "Van '{current_label}' kan een melding niet naar '{target_label}'. Mogelijk: "
        "{allowed_statuses}.",
        "Un signalement ne peut pas passer de « {current_label} » à « {target_label} ». "
        "Possible : {allowed_statuses}.",
        "A report cannot go from '{current_label}' to '{target_label}'. Possible: "
        "{allowed_statuses}.",
    ),
    "workflow.close_needs_assessment_and_result": _t(
        "Om het dossier af te sluiten zijn een beoordeling en een resultaat nodig.",
        "Pour clôturer le dossier, il faut une appréciation et un résultat.",
        "Closing the case file needs an assessment and a result.",
    ),
    "workflow.close_needs_assessment": _t(
        "Om het dossier af te sluiten is een beoordeling nodig (bijvoorbeeld 'onvoldoende "
        "bewijs').",
        "Pour clôturer le dossier, il faut une appréciation (par exemple « preuves "
        "insuffisantes »).",
        "Closing the case file needs an assessment (for example 'insufficient evidence').",
    ),
    "workflow.close_needs_result": _t(
        "Om het dossier af te sluiten is een resultaat nodig (bijvoorbeeld 'geen resultaat').",
        "Pour clôturer le dossier, il faut un résultat (par exemple « pas de résultat »).",
        "Closing the case file needs a result (for example 'no result').",
    ),
    "workflow.unknown_assessment": _t(
        "Deze beoordeling bestaat niet. Mogelijk zijn: {allowed}.",
        "Cette appréciation n'existe pas. Valeurs possibles : {allowed}.",
        "This assessment does not exist. Possible values: {allowed}.",
    ),
    "workflow.unknown_result": _t(
        "Dit resultaat bestaat niet. Mogelijk zijn: {allowed}.",
        "Ce résultat n'existe pas. Valeurs possibles : {allowed}.",
        "This result does not exist. Possible values: {allowed}.",
    ),
    # -- advice (the caseworker decides) ----------------------------------------------------
    "advice.hate_speech_witness": _t(
        "Haatspraak gemeld door een getuige: Unia opent hiervoor enkel een dossier op vraag "
        "van het slachtoffer. Registreer de melding.",
        "Discours de haine signalé par un témoin : Unia n'ouvre un dossier qu'à la demande "
        "de la victime. Enregistrez le signalement.",
        "Hate speech reported by a witness: Unia opens a file only at the victim's request. "
        "Register the report.",
    ),
    "advice.register_only": _t(
        "De melder vroeg om de melding enkel te registreren.",
        "La personne a demandé que le signalement soit uniquement enregistré.",
        "The reporter asked for the report to be registered only.",
    ),
}

# Names of the fields problems refer to (contract form), as a desk worker calls them.
FIELD_LABELS: Mapping[str, _T] = {
    "file": _t("bestand", "fichier", "file"),
    "report": _t("melding", "signalement", "report"),
    "format": _t("format", "format", "format"),
    "reports": _t("meldingen", "signalements", "reports"),
    "id": _t("interne sleutel", "identifiant interne", "internal id"),
    "number": _t("meldingsnummer", "numéro du signalement", "report number"),
    "status": _t("status", "statut", "status"),
    "external_ref": _t("extern kenmerk", "référence externe", "external reference"),
    "received_on": _t("datum van ontvangst", "date de réception", "date received"),
    "channel": _t("kanaal", "canal", "channel"),
    "reporter": _t("melder", "personne qui signale", "reporter"),
    "reporter.role": _t("rol van de melder", "rôle de la personne qui signale", "reporter's role"),
    "reporter.legal_name": _t("officiële naam", "nom officiel", "legal name"),
    "reporter.chosen_name": _t("gekozen naam", "nom choisi", "chosen name"),
    "reporter.pronouns": _t("voornaamwoorden", "pronoms", "pronouns"),
    "reporter.email": _t("e-mailadres", "adresse e-mail", "e-mail address"),
    "reporter.phone": _t("telefoonnummer", "numéro de téléphone", "phone number"),
    "reporter.address": _t("adres van de melder", "adresse de la personne", "reporter's address"),
    "reporter.birth_year": _t("geboortejaar", "année de naissance", "year of birth"),
    "reporter.language": _t("taal van de melder", "langue de la personne", "reporter's language"),
    "incident": _t("feiten", "faits", "incident"),
    "incident.date": _t("datum van de feiten", "date des faits", "date of the incident"),
    "incident.date_end": _t(
        "einddatum van de feiten", "date de fin des faits", "end date of the incident"
    ),
    "incident.area": _t("gebied", "zone", "area"),
    "incident.place": _t("plaats", "lieu", "place"),
    "incident.url": _t("webadres", "adresse web", "web address"),
    "domain": _t("domein", "domaine", "domain"),
    "criteria": _t("criteria", "critères", "criteria"),
    "modifiers": _t("bijzondere vormen", "formes particulières", "modifiers"),
    "forms": _t("vormen van discriminatie", "formes de discrimination", "forms of discrimination"),
    "counterparty": _t("tegenpartij", "partie adverse", "counterparty"),
    "counterparty.type": _t("soort tegenpartij", "type de partie adverse", "type of counterparty"),
    "counterparty.name": _t(
        "naam van de tegenpartij", "nom de la partie adverse", "counterparty's name"
    ),
    "counterparty.address": _t(
        "adres van de tegenpartij", "adresse de la partie adverse", "counterparty's address"
    ),
    "narrative": _t("relaas", "récit", "account of the facts"),
    "wishes": _t("wensen van de melder", "souhaits de la personne", "reporter's wishes"),
    "wishes.register_only": _t(
        "wens 'enkel registreren'", "souhait « enregistrement uniquement »", "wish 'register only'"
    ),
    "wishes.wants_reply": _t(
        "wens 'wil een antwoord'", "souhait « souhaite une réponse »", "wish 'wants a reply'"
    ),
    "wishes.may_contact_counterparty": _t(
        "toestemming om de tegenpartij te contacteren",
        "accord pour contacter la partie adverse",
        "consent to contact the counterparty",
    ),
    "wishes.may_refer": _t(
        "toestemming om door te verwijzen", "accord pour une réorientation", "consent to refer"
    ),
    "wishes.may_use_anonymised": _t(
        "toestemming voor anoniem gebruik",
        "accord pour une utilisation anonymisée",
        "consent to anonymised use",
    ),
    "assessment": _t("beoordeling", "appréciation", "assessment"),
    "result": _t("resultaat", "résultat", "result"),
    "reason": _t("reden", "raison", "reason"),
}

# Names of value types in "expected … but found …" messages.
_TYPE_NAMES: Mapping[str, _T] = {
    "text": _t("tekst", "du texte", "text"),
    "code": _t("een code (tekst)", "un code (texte)", "a code (text)"),
    "date": _t(
        "een datum (tekst JJJJ-MM-DD)", "une date (texte AAAA-MM-JJ)", "a date (text YYYY-MM-DD)"
    ),
    "integer": _t("een geheel getal", "un nombre entier", "a whole number"),
    "number": _t("een kommagetal", "un nombre décimal", "a decimal number"),
    "boolean": _t("true of false", "true ou false", "true or false"),
    "list": _t("een lijst", "une liste", "a list"),
    "object": _t(
        "een groep velden (object)", "un groupe de champs (objet)", "a group of fields (object)"
    ),
    "null": _t("null (leeg)", "null (vide)", "null (empty)"),
    "other": _t("iets anders", "autre chose", "something else"),
}

# Parameters holding a code of a taxonomy field get a translated ``<name>_label`` as well.
_CODE_PARAMS: Mapping[str, str] = {
    "status": "status",
    "current": "status",
    "target": "status",
    "reopen": "status",
    "modifier": "modifiers",
}


class _Params(dict[str, object]):
    """Leaves an unknown placeholder visible instead of failing while reporting a failure."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def field_label(field: str, lang: str = "nl") -> str:
    """The name of a contract field for people (``"reporter.email"`` → "e-mailadres")."""
    labels = FIELD_LABELS.get(field)
    return labels[normalise_language(lang)] if labels else field


def _code_label(taxonomy_field: str, code: object, lang: str) -> str:
    taxonomy = load_taxonomy()
    if isinstance(code, str) and taxonomy.is_known(taxonomy_field, code):
        return taxonomy.label(taxonomy_field, code, lang)
    return str(code)


def message(key: str, lang: str = "nl", **params: ParamValue) -> str:
    """The message ``key`` in ``lang`` (nl, fr or en; others fall back to Dutch), filled in.

    Besides the given params, a template may use ``{field_label}`` (the translated name of
    ``field``), ``{<code>_label}`` for status and modifier codes, ``{code_label}`` and
    ``{successor_label}`` when ``taxonomy_field`` names their field.
    Tuples of codes are joined with commas. ``KeyError`` for an unknown key (a bug).
    """
    lang = normalise_language(lang)
    template = CATALOGUE[key][lang]
    values = _Params(params)
    if "field" in params:
        label = field_label(str(params["field"]), lang)
        values.setdefault("field_label", label)
        # for a label that opens a sentence
        values.setdefault("Field_label", label[:1].upper() + label[1:])
    for name, code_field in _CODE_PARAMS.items():
        if name in values:
            values.setdefault(f"{name}_label", _code_label(code_field, values[name], lang))
    named_field = params.get("taxonomy_field")
    if isinstance(named_field, str):
        for name in ("code", "successor"):
            if name in params:
                values.setdefault(f"{name}_label", _code_label(named_field, params[name], lang))
    statuses = params.get("allowed_statuses")
    if isinstance(statuses, tuple):
        values["allowed_statuses"] = ", ".join(_code_label("status", s, lang) for s in statuses)
    for name in ("expected", "found"):
        type_name = params.get(name)
        if isinstance(type_name, str) and type_name in _TYPE_NAMES:
            values[name] = _TYPE_NAMES[type_name][lang]
    for name, value in params.items():
        if isinstance(value, tuple) and name != "allowed_statuses":
            values[name] = ", ".join(value)
    return template.format_map(values)
