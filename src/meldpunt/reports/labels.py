"""Headings, units, notes and fixed texts of the annual report in Dutch, French and English."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

LANGS: tuple[str, ...] = ("nl", "fr", "en")

# Row code for "not given": facts may leave area, counterparty type or forms open.
UNKNOWN = "unknown"

_T = Mapping[str, str]

CATALOGUE: Mapping[str, _T] = {
    # Cover, page furniture and metadata.
    "report.title": {
        "nl": "Jaarverslag {year}",
        "fr": "Rapport annuel {year}",
        "en": "Annual report {year}",
    },
    "report.subtitle": {
        "nl": "Meldingen van discriminatie: anonieme cijfers",
        "fr": "Signalements de discrimination : chiffres anonymisés",
        "en": "Discrimination reports: anonymised figures",
    },
    "report.cover_note": {
        "nl": "Alle cijfers zijn geanonimiseerd. Kleine aantallen worden getoond als {marker}; "
        "de regels staan op de laatste pagina.",
        "fr": "Tous les chiffres sont anonymisés. Les petits nombres sont affichés comme "
        "{marker} ; les règles figurent à la dernière page.",
        "en": "All figures are anonymised. Small numbers are shown as {marker}; the rules are "
        "on the last page.",
    },
    "report.year_label": {"nl": "Verslagjaar", "fr": "Année du rapport", "en": "Reporting year"},
    "page.of": {
        "nl": "pagina {page} van {total}",
        "fr": "page {page} sur {total}",
        "en": "page {page} of {total}",
    },
    # Sections.
    "section.key_figures": {"nl": "Kerncijfers", "fr": "Chiffres clés", "en": "Key figures"},
    "section.criteria": {
        "nl": "Beschermde criteria",
        "fr": "Critères protégés",
        "en": "Protected criteria",
    },
    "section.domains": {
        "nl": "Domeinen en wonen",
        "fr": "Domaines et logement",
        "en": "Domains and housing",
    },
    "section.circumstances": {
        "nl": "Vorm, kanaal, plaats en tijd",
        "fr": "Forme, canal, lieu et moment",
        "en": "Form, channel, place and time",
    },
    "section.outcomes": {
        "nl": "Afhandeling",
        "fr": "Traitement des dossiers",
        "en": "Handling and outcomes",
    },
    "section.comparison": {
        "nl": "Vergelijking met {previous}",
        "fr": "Comparaison avec {previous}",
        "en": "Comparison with {previous}",
    },
    "section.methodology": {"nl": "Werkwijze", "fr": "Méthodologie", "en": "Methodology"},
    "section.confidentiality": {
        "nl": "Bescherming van kleine aantallen",
        "fr": "Protection des petits nombres",
        "en": "Protection of small numbers",
    },
    # Table titles.
    "table.key_figures": {"nl": "Kerncijfers", "fr": "Chiffres clés", "en": "Key figures"},
    "table.reports_by_criterion_group": {
        "nl": "Meldingen per groep van criteria",
        "fr": "Signalements par groupe de critères",
        "en": "Reports by group of criteria",
    },
    "table.reports_by_criterion": {
        "nl": "Meldingen per beschermd criterium",
        "fr": "Signalements par critère protégé",
        "en": "Reports by protected criterion",
    },
    "table.case_files_by_criterion_group": {
        "nl": "Dossiers per groep van criteria",
        "fr": "Dossiers par groupe de critères",
        "en": "Case files by group of criteria",
    },
    "table.reports_by_domain": {
        "nl": "Meldingen per domein",
        "fr": "Signalements par domaine",
        "en": "Reports by domain",
    },
    "table.case_files_by_domain": {
        "nl": "Dossiers per domein",
        "fr": "Dossiers par domaine",
        "en": "Case files by domain",
    },
    "table.reports_by_housing_subdomain": {
        "nl": "Meldingen over wonen per deeldomein",
        "fr": "Signalements relatifs au logement par sous-domaine",
        "en": "Housing reports by sub-domain",
    },
    "table.housing_case_files_by_criterion": {
        "nl": "Dossiers over wonen per criterium",
        "fr": "Dossiers relatifs au logement par critère",
        "en": "Housing case files by criterion",
    },
    "table.reports_by_form": {
        "nl": "Meldingen per vorm van discriminatie",
        "fr": "Signalements par forme de discrimination",
        "en": "Reports by form of discrimination",
    },
    "table.reports_by_channel": {
        "nl": "Meldingen per kanaal",
        "fr": "Signalements par canal",
        "en": "Reports by channel",
    },
    "table.reports_by_area": {
        "nl": "Meldingen per gebied",
        "fr": "Signalements par zone",
        "en": "Reports by area",
    },
    "table.reports_by_month": {
        "nl": "Meldingen per maand",
        "fr": "Signalements par mois",
        "en": "Reports by month",
    },
    "table.reports_by_counterparty_type": {
        "nl": "Meldingen per type tegenpartij",
        "fr": "Signalements par type de partie mise en cause",
        "en": "Reports by type of counterparty",
    },
    "table.closed_case_files_by_assessment": {
        "nl": "Afgesloten dossiers per beoordeling",
        "fr": "Dossiers clôturés par appréciation",
        "en": "Closed case files by assessment",
    },
    "table.closed_case_files_by_result": {
        "nl": "Afgesloten dossiers per resultaat",
        "fr": "Dossiers clôturés par résultat",
        "en": "Closed case files by result",
    },
    "table.reports_by_time_to_first_contact": {
        "nl": "Tijd tot het eerste contact",
        "fr": "Délai jusqu'au premier contact",
        "en": "Time to first contact",
    },
    "table.comparison_by_criterion_group": {
        "nl": "Meldingen per groep van criteria, twee jaar",
        "fr": "Signalements par groupe de critères, deux années",
        "en": "Reports by group of criteria, two years",
    },
    "table.comparison_by_domain": {
        "nl": "Meldingen per domein, twee jaar",
        "fr": "Signalements par domaine, deux années",
        "en": "Reports by domain, two years",
    },
    "table.comparison_by_channel": {
        "nl": "Meldingen per kanaal, twee jaar",
        "fr": "Signalements par canal, deux années",
        "en": "Reports by channel, two years",
    },
    # Units: every table says what it counts.
    "unit.reports": {"nl": "meldingen", "fr": "signalements", "en": "reports"},
    "unit.case_files": {"nl": "dossiers", "fr": "dossiers", "en": "case files"},
    "unit.criterion_mentions": {
        "nl": "vermeldingen van een criterium",
        "fr": "mentions d'un critère",
        "en": "mentions of a criterion",
    },
    "unit.criterion_group_mentions": {
        "nl": "vermeldingen van een groep van criteria",
        "fr": "mentions d'un groupe de critères",
        "en": "mentions of a group of criteria",
    },
    "unit.form_mentions": {
        "nl": "vermeldingen van een vorm",
        "fr": "mentions d'une forme",
        "en": "mentions of a form",
    },
    "unit.mixed": {
        "nl": "meldingen en dossiers (zie rij)",
        "fr": "signalements et dossiers (voir la ligne)",
        "en": "reports and case files (see row)",
    },
    "label.unit": {"nl": "Eenheid", "fr": "Unité", "en": "Unit"},
    # Notes under tables.
    "note.multi_criteria": {
        "nl": "Een melding met meerdere criteria telt één keer per criterium; het totaal telt "
        "meldingen.",
        "fr": "Un signalement portant sur plusieurs critères compte une fois par critère ; le "
        "total compte les signalements.",
        "en": "A report with several criteria counts once per criterion; the total counts reports.",
    },
    "note.multi_groups": {
        "nl": "Een melding telt één keer per groep waarin ze een criterium heeft; het totaal "
        "telt meldingen.",
        "fr": "Un signalement compte une fois par groupe dans lequel il a un critère ; le total "
        "compte les signalements.",
        "en": "A report counts once per group in which it has a criterion; the total counts "
        "reports.",
    },
    "note.multi_groups_files": {
        "nl": "Een dossier telt één keer per groep waarin een van zijn meldingen een criterium "
        "heeft; het totaal telt dossiers.",
        "fr": "Un dossier compte une fois par groupe dans lequel l'un de ses signalements a un "
        "critère ; le total compte les dossiers.",
        "en": "A case file counts once per group in which one of its reports has a criterion; "
        "the total counts case files.",
    },
    "note.multi_criteria_files": {
        "nl": "Een dossier met meerdere criteria telt één keer per criterium; het totaal telt "
        "dossiers.",
        "fr": "Un dossier portant sur plusieurs critères compte une fois par critère ; le total "
        "compte les dossiers.",
        "en": "A case file with several criteria counts once per criterion; the total counts "
        "case files.",
    },
    "note.multi_forms": {
        "nl": "Een melding met meerdere vormen telt één keer per vorm; het totaal telt meldingen.",
        "fr": "Un signalement portant sur plusieurs formes compte une fois par forme ; le total "
        "compte les signalements.",
        "en": "A report with several forms counts once per form; the total counts reports.",
    },
    "note.case_files": {
        "nl": "Een dossier telt één keer, in het jaar waarin het geopend is (het jaar van zijn "
        "eerste melding). Een massamelding geeft veel meldingen en één dossier.",
        "fr": "Un dossier compte une fois, l'année de son ouverture (l'année de son premier "
        "signalement). Un signalement de masse donne plusieurs signalements et un dossier.",
        "en": "A case file counts once, in the year it was opened (the year of its first "
        "report). A mass report gives many reports and one case file.",
    },
    "note.key_figures": {
        "nl": "Een massamelding: veel mensen melden hetzelfde feit; die meldingen delen één "
        "dossier.",
        "fr": "Signalement de masse : plusieurs personnes signalent le même fait ; ces "
        "signalements partagent un dossier.",
        "en": "Mass report: many people report the same fact; those reports share one case file.",
    },
    "note.housing_subdomain": {
        "nl": "Alleen meldingen in het domein wonen; het totaal is gelijk aan wonen in de tabel "
        "per domein.",
        "fr": "Uniquement les signalements du domaine logement ; le total est égal au logement "
        "dans le tableau par domaine.",
        "en": "Housing reports only; the total equals housing in the table by domain.",
    },
    "note.closed_case_files": {
        "nl": "Dossiers die dit jaar geopend en intussen afgesloten zijn.",
        "fr": "Dossiers ouverts cette année et clôturés depuis.",
        "en": "Case files opened this year and closed since.",
    },
    "note.month": {
        "nl": "Maand waarin de melding binnenkwam. Maanden worden nooit met criteria gekruist.",
        "fr": "Mois de réception du signalement. Les mois ne sont jamais croisés avec les "
        "critères.",
        "en": "Month in which the report came in. Months are never crossed with criteria.",
    },
    "note.area": {
        "nl": "Plaats van de feiten. Gebieden worden nooit met criteria gekruist.",
        "fr": "Lieu des faits. Les zones ne sont jamais croisées avec les critères.",
        "en": "Place of the facts. Areas are never crossed with criteria.",
    },
    "note.time_to_first_contact": {
        "nl": "Aantal dagen tussen het binnenkomen van de melding en het eerste contact.",
        "fr": "Nombre de jours entre la réception du signalement et le premier contact.",
        "en": "Days between receiving the report and the first contact.",
    },
    "note.comparison": {
        "nl": "Beide jaren zijn op dezelfde manier geteld.",
        "fr": "Les deux années sont comptées de la même manière.",
        "en": "Both years are counted in the same way.",
    },
    "note.chart_omits_suppressed": {
        "nl": "De grafiek toont alleen gepubliceerde aantallen; verborgen cellen staan enkel in "
        "de tabel.",
        "fr": "Le graphique ne montre que les nombres publiés ; les cellules masquées figurent "
        "uniquement dans le tableau.",
        "en": "The chart shows published counts only; suppressed cells appear in the table.",
    },
    # Table headings.
    "column.count": {"nl": "Aantal", "fr": "Nombre", "en": "Count"},
    "column.total": {"nl": "Totaal", "fr": "Total", "en": "Total"},
    "row.total": {"nl": "Totaal", "fr": "Total", "en": "Total"},
    "chart.suppressed_slice": {
        "nl": "verborgen cellen samen",
        "fr": "cellules masquées ensemble",
        "en": "suppressed cells together",
    },
    "chart.none": {
        "nl": "Geen grafiek: te weinig gepubliceerde aantallen.",
        "fr": "Pas de graphique : trop peu de nombres publiés.",
        "en": "No chart: too few published counts.",
    },
    # Dimensions (first column heading).
    "dim.measure": {"nl": "Kerncijfer", "fr": "Indicateur", "en": "Figure"},
    "dim.year": {"nl": "Jaar", "fr": "Année", "en": "Year"},
    "dim.criterion": {"nl": "Criterium", "fr": "Critère", "en": "Criterion"},
    "dim.criterion_group": {
        "nl": "Groep van criteria",
        "fr": "Groupe de critères",
        "en": "Group of criteria",
    },
    "dim.domain": {"nl": "Domein", "fr": "Domaine", "en": "Domain"},
    "dim.housing_subdomain": {"nl": "Deeldomein", "fr": "Sous-domaine", "en": "Sub-domain"},
    "dim.form": {"nl": "Vorm", "fr": "Forme", "en": "Form"},
    "dim.channel": {"nl": "Kanaal", "fr": "Canal", "en": "Channel"},
    "dim.area": {"nl": "Gebied", "fr": "Zone", "en": "Area"},
    "dim.month": {"nl": "Maand", "fr": "Mois", "en": "Month"},
    "dim.counterparty_type": {
        "nl": "Type tegenpartij",
        "fr": "Type de partie mise en cause",
        "en": "Type of counterparty",
    },
    "dim.assessment": {"nl": "Beoordeling", "fr": "Appréciation", "en": "Assessment"},
    "dim.result": {"nl": "Resultaat", "fr": "Résultat", "en": "Result"},
    "dim.contact_band": {"nl": "Termijn", "fr": "Délai", "en": "Time"},
    # Key figure rows.
    "measure.reports": {"nl": "Meldingen", "fr": "Signalements", "en": "Reports"},
    "measure.case_files": {"nl": "Dossiers", "fr": "Dossiers", "en": "Case files"},
    "measure.mass_reports": {
        "nl": "Meldingen die deel zijn van een massamelding",
        "fr": "Signalements faisant partie d'un signalement de masse",
        "en": "Reports that are part of a mass report",
    },
    "measure.mass_case_files": {
        "nl": "Dossiers van massameldingen",
        "fr": "Dossiers de signalements de masse",
        "en": "Case files of mass reports",
    },
    # Time-to-first-contact bands.
    "band.d0_2": {"nl": "0 tot 2 dagen", "fr": "0 à 2 jours", "en": "0 to 2 days"},
    "band.d3_7": {"nl": "3 tot 7 dagen", "fr": "3 à 7 jours", "en": "3 to 7 days"},
    "band.d8_30": {"nl": "8 tot 30 dagen", "fr": "8 à 30 jours", "en": "8 to 30 days"},
    "band.d31_plus": {
        "nl": "meer dan 30 dagen",
        "fr": "plus de 30 jours",
        "en": "more than 30 days",
    },
    "code.unknown": {"nl": "niet opgegeven", "fr": "non renseigné", "en": "not given"},
    # Medians (published only when enough values stand behind them).
    "median.days_to_first_contact": {
        "nl": "Mediane tijd tot het eerste contact: {value} dagen.",
        "fr": "Délai médian jusqu'au premier contact : {value} jours.",
        "en": "Median time to first contact: {value} days.",
    },
    "median.days_open": {
        "nl": "Mediane looptijd van de afgesloten dossiers: {value} dagen.",
        "fr": "Durée médiane des dossiers clôturés : {value} jours.",
        "en": "Median duration of the closed case files: {value} days.",
    },
    "median.days_to_first_contact.withheld": {
        "nl": "Mediane tijd tot het eerste contact: niet gepubliceerd (te weinig gegevens).",
        "fr": "Délai médian jusqu'au premier contact : non publié (trop peu de données).",
        "en": "Median time to first contact: not published (too few values).",
    },
    "median.days_open.withheld": {
        "nl": "Mediane looptijd van de afgesloten dossiers: niet gepubliceerd (te weinig "
        "gegevens).",
        "fr": "Durée médiane des dossiers clôturés : non publiée (trop peu de données).",
        "en": "Median duration of the closed case files: not published (too few values).",
    },
    # Methodology.
    "method.units": {
        "nl": "Elk contact met het meldpunt is een melding: een vraag, een getuigenis of een "
        "klacht. Een dossier wordt alleen geopend als het meldpunt bevoegd is en de melding "
        "meer is dan een vraag om informatie; een dossier bundelt een of meer meldingen. "
        "Elke tabel vermeldt wat ze telt.",
        "fr": "Chaque contact avec le point de contact est un signalement : une question, un "
        "témoignage ou une plainte. Un dossier n'est ouvert que si le service est compétent et "
        "que le signalement est plus qu'une demande d'information ; un dossier regroupe un ou "
        "plusieurs signalements. Chaque tableau indique ce qu'il compte.",
        "en": "Every contact with the office is a report: a question, a testimony or a "
        "complaint. A case file is opened only when the office is competent and the report is "
        "more than a request for information; a case file links one or more reports. Every "
        "table states what it counts.",
    },
    "method.multi": {
        "nl": "Een melding kan meerdere criteria en vormen hebben. Ze telt dan één keer per "
        "criterium of vorm, zodat de som van de rijen groter kan zijn dan het totaal; het "
        "totaal telt meldingen.",
        "fr": "Un signalement peut porter sur plusieurs critères et formes. Il compte alors une "
        "fois par critère ou forme, si bien que la somme des lignes peut dépasser le total ; le "
        "total compte les signalements.",
        "en": "A report can carry several criteria and forms. It then counts once per "
        "criterion or form, so the rows can add up to more than the total; the total counts "
        "reports.",
    },
    "method.case_files": {
        "nl": "Een dossier telt één keer, in het jaar van zijn eerste melding. Een dossier "
        "neemt het domein van zijn eerste melding en de criteria van al zijn meldingen. De "
        "beoordeling en het resultaat gelden voor de dossiers van dit jaar die intussen "
        "afgesloten zijn.",
        "fr": "Un dossier compte une fois, l'année de son premier signalement. Il prend le "
        "domaine de son premier signalement et les critères de tous ses signalements. "
        "L'appréciation et le résultat portent sur les dossiers de l'année clôturés depuis.",
        "en": "A case file counts once, in the year of its first report. It takes the domain "
        "of its first report and the criteria of all its reports. Assessment and result cover "
        "this year's case files that have been closed since.",
    },
    "method.renamed": {
        "nl": "De wet van 28 juni 2023 hernoemde drie criteria. Meldingen met een oude benaming "
        "worden geteld onder de nieuwe benaming, zodat jaren vergelijkbaar blijven.",
        "fr": "La loi du 28 juin 2023 a renommé trois critères. Les signalements portant une "
        "ancienne dénomination sont comptés sous la nouvelle, afin que les années restent "
        "comparables.",
        "en": "The Act of 28 June 2023 renamed three criteria. Reports with a former name are "
        "counted under the new name, so that years remain comparable.",
    },
    "method.anonymous": {
        "nl": "Het verslag bevat alleen gecodeerde gegevens: geen namen, geen verhalen, geen "
        "datums op dagniveau en geen meldings- of dossiernummers. Criteria worden nooit "
        "gekruist met gebied of met een periode korter dan een jaar.",
        "fr": "Le rapport ne contient que des données codées : ni noms, ni récits, ni dates au "
        "jour près, ni numéros de signalement ou de dossier. Les critères ne sont jamais croisés "
        "avec la zone ni avec une période de moins d'un an.",
        "en": "The report holds coded facts only: no names, no narratives, no day-level dates "
        "and no report or case file numbers. Criteria are never crossed with area or with a "
        "period shorter than a year.",
    },
    # Disclosure control.
    "suppression.rule": {
        "nl": "Aantallen van 1 tot en met {below} worden getoond als {marker}. In tabellen over "
        "gevoelige kenmerken (criteria, vorm, rol van de melder, beoordeling en resultaat) "
        "wordt ook 0 getoond als {marker}. Als een verborgen aantal berekend zou kunnen worden "
        "uit een totaal en de andere cellen van dezelfde rij of kolom, wordt ook het volgende "
        "kleinste aantal verborgen (secundaire onderdrukking), tot geen enkele rij of kolom "
        "met een totaal nog precies één verborgen cel heeft. Ook die cellen tonen {marker}: "
        "{marker} betekent dus ‘verborgen’, niet altijd ‘minder dan {threshold}’. Tabellen "
        "hebben hoogstens twee dimensies.",
        "fr": "Les nombres de 1 à {below} sont affichés comme {marker}. Dans les tableaux "
        "portant sur des caractéristiques sensibles (critères, forme, rôle du déclarant, "
        "appréciation et résultat), 0 est aussi affiché comme {marker}. Si un nombre masqué "
        "pouvait être recalculé à partir d'un total et des autres cellules de la même ligne ou "
        "colonne, le nombre suivant le plus petit est masqué aussi (suppression secondaire), "
        "jusqu'à ce qu'aucune ligne ou colonne avec un total n'ait plus exactement une cellule "
        "masquée. Ces cellules affichent aussi {marker} : {marker} signifie donc « masqué », "
        "pas toujours « moins de {threshold} ». Les tableaux ont au plus deux dimensions.",
        "en": "Counts from 1 to {below} are shown as {marker}. In tables about sensitive "
        "characteristics (criteria, form, reporter's role, assessment and result), 0 is also "
        "shown as {marker}. Where a hidden count could be recomputed from a total and the other "
        "cells of its row or column, the next smallest count is hidden too (secondary "
        "suppression), until no row or column with a total has exactly one hidden cell. Those "
        "cells show {marker} as well: {marker} means ‘hidden’, not always ‘fewer than "
        "{threshold}’. Tables have at most two dimensions.",
    },
    "suppression.count": {
        "nl": "In dit verslag zijn {count} cellen verborgen.",
        "fr": "{count} cellules sont masquées dans ce rapport.",
        "en": "{count} cells are suppressed in this report.",
    },
}

MONTHS: Mapping[str, tuple[str, ...]] = {
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

MONTHS_SHORT: Mapping[str, tuple[str, ...]] = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

# Dimensions whose codes the taxonomy labels, and the taxonomy field that holds them.
TAXONOMY_FIELDS: Mapping[str, str] = {
    "criterion": "criteria",
    "domain": "domain",
    "housing_subdomain": "domain",
    "form": "forms",
    "channel": "channel",
    "area": "area",
    "counterparty_type": "counterparty_type",
    "assessment": "assessment",
    "result": "result",
    "reporter_role": "reporter_role",
    "modifier": "modifiers",
}


class LabelSource(Protocol):
    """The part of the taxonomy that names codes."""

    def label(self, field: str, code: str, lang: str = "nl") -> str: ...

    def group_label(self, field: str, group: str, lang: str) -> str: ...


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def text(key: str, lang: str, **values: object) -> str:
    """The catalogue text for ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    template = CATALOGUE[key][check_lang(lang)]
    return template.format(**values) if values else template


def code_label(taxonomy: LabelSource, dimension: str, code: str, lang: str) -> str:
    """The printed name of one row or column code of a table."""
    check_lang(lang)
    if dimension == "month":
        return MONTHS[lang][int(code) - 1]
    if dimension == "year":
        return code
    if dimension in ("measure", "contact_band", "criterion_group") and code == UNKNOWN:
        return text("code.unknown", lang)
    if dimension == "measure":
        return text(f"measure.{code}", lang)
    if dimension == "contact_band":
        return text(f"band.{code}", lang)
    if dimension == "criterion_group":
        return taxonomy.group_label("criteria", code, lang)
    field = TAXONOMY_FIELDS.get(dimension)
    if field is None:
        raise ValueError(f"no labels for dimension {dimension!r}")
    try:
        return taxonomy.label(field, code, lang)
    except (LookupError, ValueError):
        # "unknown" is a code of some fields (area, counterparty) but not of all; the
        # statistics add it wherever a fact left the field open.
        if code == UNKNOWN:
            return text("code.unknown", lang)
        raise


def labelled(label: str, value: object, lang: str) -> str:
    """ "label: value", with the space French puts before a colon."""
    return f"{label}{' : ' if check_lang(lang) == 'fr' else ': '}{value}"


def percent(value: int, lang: str) -> str:
    # French and Dutch style guides write a space before the percent sign; English does not.
    return f"{value}%" if check_lang(lang) == "en" else f"{value}\u00a0%"


def format_number(value: float, lang: str) -> str:
    """A median in the language's notation (decimal comma in Dutch and French)."""
    rounded = round(value, 1)
    shown = str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
    return shown if lang == "en" else shown.replace(".", ",")
