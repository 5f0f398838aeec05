<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>AddToFileDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="62" />
            <source>Add to an existing case file</source>
            <translation>Toevoegen aan een bestaand dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="70" />
            <source>Add report {number} to which open case file?</source>
            <translation>Aan welk open dossier wilt u melding {number} toevoegen?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="78" />
            <source>Number, status or caseworker</source>
            <translation>Nummer, status of dossierbeheerder</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="80" />
            <source>&amp;Filter</source>
            <translation>&amp;Filteren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="88" />
            <source>Open case files</source>
            <translation>Open dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="104" />
            <source>There are no open case files.</source>
            <translation>Er zijn geen open dossiers.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="107" />
            <source>No open case file matches the filter.</source>
            <translation>Geen enkel open dossier past bij de filter.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="114" />
            <source>&amp;Add to this case file</source>
            <translation>&amp;Toevoegen aan dit dossier</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="53" />
            <source>Add a staff member</source>
            <translation>Personeelslid toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="65" />
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="66" />
            <source>&amp;Full name</source>
            <translation>&amp;Volledige naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="67" />
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="68" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="69" />
            <source>R&amp;epeat passphrase</source>
            <translation>&amp;Herhaal wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="84" />
            <source>The two passphrases differ.</source>
            <translation>De twee wachtwoordzinnen verschillen.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="102" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="363" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="368" />
            <source>Administration</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="109" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="112" />
            <source>Staff accounts</source>
            <translation>Personeelsaccounts</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>State</source>
            <translation>Toestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="120" />
            <source>&amp;Add staff member…</source>
            <translation>Personeelslid &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="122" />
            <source>Change &amp;role…</source>
            <translation>&amp;Rol wijzigen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="125" />
            <source>&amp;Disable…</source>
            <translation>&amp;Uitschakelen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="127" />
            <source>Replace a &amp;key…</source>
            <translation>Sleutel &amp;vervangen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="130" />
            <source>After someone left or changed role: a new key, the old one retired.</source>
            <translation>Nadat iemand vertrok of van rol veranderde: een nieuwe sleutel, de oude buiten gebruik.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="144" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="157" />
            <source>Audit trail</source>
            <translation>Auditlogboek</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="145" />
            <source>&amp;Verify the audit trail</source>
            <translation>Auditlogboek &amp;controleren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="151" />
            <source>Filter on action, user or record, e.g. report.viewed</source>
            <translation>Filter op actie, gebruiker, melding of dossier, bv. report.viewed</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="153" />
            <source>Filter the audit trail</source>
            <translation>Auditlogboek filteren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="160" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="161" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="162" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="163" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="164" />
            <source>Record</source>
            <translation>Betreft</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="165" />
            <source>Fields</source>
            <translation>Velden</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="180" />
            <source>Backup</source>
            <translation>Back-up</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="181" />
            <source>Make a &amp;backup…</source>
            <translation>&amp;Back-up maken…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="183" />
            <source>&amp;Restore a backup…</source>
            <translation>Back-up &amp;herstellen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="194" />
            <source>Requests from people</source>
            <translation>Verzoeken van personen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="195" />
            <source>Requests from a &amp;person…</source>
            <translation>Verzoeken van een &amp;persoon…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="199" />
            <source>Access to or erasure of everything stored about one person.</source>
            <translation>Inzage in of wissing van alles wat over één persoon bewaard wordt.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="207" />
            <source>Retention (years after a report ends)</source>
            <translation>Bewaartermijn (jaren na het einde van een melding)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="212" />
            <source>&amp;Save retention periods</source>
            <translation>Bewaartermijnen &amp;opslaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="214" />
            <source>Apply retention &amp;now…</source>
            <translation>Bewaartermijnen &amp;nu toepassen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="218" />
            <source>Erase the personal data of ended reports whose retention period has passed (Meldpunt also offers this after each sign-in).</source>
            <translation>Wis de persoonsgegevens van afgesloten meldingen waarvan de bewaartermijn verstreken is (Meldpunt stelt dit ook voor na elke aanmelding).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="243" />
            <source>As IT administrator you make and restore backups and verify the audit trail. You hold no key to the reports, so their content is never shown here.</source>
            <translation>Als IT-beheerder maakt en herstelt u back-ups en controleert u het auditlogboek. U hebt geen sleutel tot de meldingen; hun inhoud wordt hier dus nooit getoond.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="287" />
            <source>Last backup: {when}</source>
            <translation>Laatste back-up: {when}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="289" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="304" />
            <source>active</source>
            <translation>actief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="304" />
            <source>disabled</source>
            <translation>uitgeschakeld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="316" />
            <source>(unknown)</source>
            <translation>(onbekend)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="350" />
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="369" />
            <source>That did not work; details are in the log file.</source>
            <translation>Dat is niet gelukt; details staan in het logbestand.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="423" />
            <source>Change role</source>
            <translation>Rol wijzigen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="425" />
            <source>{name} no longer holds the keys of: {classes}. Keys once held may have been copied; to be certain, replace them. Replace a key now?</source>
            <translation>{name} heeft de sleutels van {classes} niet meer. Een sleutel die iemand had, kan gekopieerd zijn; vervang ze om zeker te zijn. Nu een sleutel vervangen?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="456" />
            <source>Disable {name}? They can no longer unlock Meldpunt. If they may have copied keys, replace the keys afterwards (Replace a key…).</source>
            <translation>{name} uitschakelen? Deze persoon kan Meldpunt dan niet meer ontgrendelen. Als deze persoon sleutels gekopieerd kan hebben, vervang de sleutels daarna (Sleutel vervangen…).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="454" />
            <source>Disable account</source>
            <translation>Account uitschakelen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="475" />
            <source>Verifying…</source>
            <translation>Bezig met controleren…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="492" />
            <source>Make a backup</source>
            <translation>Back-up maken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="494" />
            <source>Meldpunt backups (*.backup)</source>
            <translation>Meldpunt-back-ups (*.backup)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="501" />
            <source>Making the backup…</source>
            <translation>Bezig met back-up…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="521" />
            <source>Restore a backup</source>
            <translation>Back-up herstellen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="523" />
            <source>Meldpunt backups (*.backup *.mpbak);;All files (*)</source>
            <translation>Meldpunt-back-ups (*.backup *.mpbak);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="555" />
            <source>entry {seq} is missing: the trail ends at entry {previous} but its head names entry {head} (entries were removed from the end)</source>
            <translation>regel {seq} ontbreekt: het logboek eindigt bij regel {previous}, maar de kop noemt regel {head} (er werden regels van het einde verwijderd)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="559" />
            <source>the head of the trail (entry {seq}) does not match its entries</source>
            <translation>de kop van het logboek (regel {seq}) past niet bij de regels</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="562" />
            <source>entry {seq} is missing (deleted): entry {next} follows entry {previous}</source>
            <translation>regel {seq} ontbreekt (verwijderd): regel {next} volgt op regel {previous}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="565" />
            <source>entry {seq} does not link to entry {previous}: one of them was changed</source>
            <translation>regel {seq} sluit niet aan op regel {previous}: een van beide werd gewijzigd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="567" />
            <source>entry {seq} was changed after it was written</source>
            <translation>regel {seq} werd gewijzigd nadat ze geschreven was</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="568" />
            <source>entry {seq} is not signed</source>
            <translation>regel {seq} is niet ondertekend</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="569" />
            <source>entry {seq} has a forged or damaged signature</source>
            <translation>regel {seq} heeft een vervalste of beschadigde handtekening</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="571" />
            <source>entry {seq} is signed by a key that does not belong to its actor (forged)</source>
            <translation>regel {seq} is ondertekend met een sleutel die niet van de uitvoerder is (vervalst)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="578" />
            <source>The audit trail is broken: {problem}.</source>
            <translation>Het auditlogboek is beschadigd: {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="583" />
            <source>The audit trail ends at entry {seq}, but this workstation already saw entry {seen}: entries were removed, or an older copy of the database was restored.</source>
            <translation>Het auditlogboek eindigt bij regel {seq}, maar deze computer zag al regel {seen}: er werden regels verwijderd, of een oudere kopie van de databank werd teruggezet.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="588" />
            <source>Entry {seen} of the audit trail differs from the one this workstation saw: the trail was rewritten, or another copy of the database was put in its place.</source>
            <translation>Regel {seen} van het auditlogboek verschilt van wat deze computer zag: het logboek werd herschreven, of een andere kopie van de databank werd in de plaats gezet.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="596" />
            <source>The audit trail is intact: {count} entries, newest entry {seq}.</source>
            <translation>Het auditlogboek is intact: {count} regels, nieuwste regel {seq}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="613" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="622" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="641" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="659" />
            <source>Retention</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="614" />
            <source>No ended report has passed its retention period.</source>
            <translation>Geen enkele afgesloten melding heeft haar bewaartermijn overschreden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="624" />
            <source>{n} ended reports have passed their retention period: {numbers}. Their names, contact details, narratives and case data will be erased for good; their coded facts stay for the statistics. Erase them now?</source>
            <translation>{n} afgesloten meldingen hebben hun bewaartermijn overschreden: {numbers}. Hun namen, contactgegevens, relazen en dossiergegevens worden voorgoed gewist; hun gecodeerde feiten blijven voor de statistieken. Nu wissen?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="659" />
            <source>The retention periods were saved.</source>
            <translation>De bewaartermijnen zijn opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="80" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="81" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="82" />
            <source>Assigned to</source>
            <translation>Toegewezen aan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="83" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="84" />
            <source>Reports</source>
            <translation>Meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="85" />
            <source>Open tasks</source>
            <translation>Open taken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="103" />
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="110" />
            <source>{count} ({overdue} overdue)</source>
            <translation>{count} ({overdue} te laat)</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="212" />
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="226" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="218" />
            <source>Only o&amp;pen files</source>
            <translation>Enkel o&amp;pen dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="230" />
            <source>&amp;Open case file</source>
            <translation>Dossier &amp;openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="236" />
            <source>&amp;Settings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="240" />
            <source>Referral &amp;rules…</source>
            <translation>&amp;Regels voor doorverwijzing…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="241" />
            <source>Contact details of &amp;bodies…</source>
            <translation>Contactgegevens van &amp;instanties…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="242" />
            <source>Letter &amp;templates…</source>
            <translation>&amp;Sjablonen van brieven…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="251" />
            <source>Reports waiting for a competence check</source>
            <translation>Meldingen die wachten op een bevoegdheidscheck</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="253" />
            <source>&amp;Competence check…</source>
            <translation>&amp;Bevoegdheidscheck…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="256" />
            <source>Reports &amp;waiting for a competence check</source>
            <translation>&amp;Wachtende meldingen (bevoegdheidscheck)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="258" />
            <source>Case &amp;files</source>
            <translation>&amp;Dossiers</translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="251" />
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Terug naar de lijst</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="261" />
            <source>&amp;Competence and referral…</source>
            <translation>&amp;Bevoegdheid en doorverwijzing…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="264" />
            <source>&amp;Information letter…</source>
            <translation>&amp;Informatiebrief…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="280" />
            <source>Caseworker of the file</source>
            <translation>Dossierbeheerder</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="284" />
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="286" />
            <source>Assi&amp;gned to</source>
            <translation>Toe&amp;gewezen aan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="289" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="294" />
            <source>Reports and persons</source>
            <translation>Meldingen en personen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="365" />
            <source> (mass report)</source>
            <translation> (massamelding)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="367" />
            <source>Case file {number}{kind} — {status}</source>
            <translation>Dossier {number}{kind} — {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="374" />
            <source> · open for {days} days</source>
            <translation> · {days} dagen open</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="379" />
            <source> · closed {date}</source>
            <translation> · afgesloten op {date}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="391" />
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="467" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="484" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="497" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="524" />
            <source>this case file</source>
            <translation>dit dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="506" />
            <source>this note</source>
            <translation>deze notitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="515" />
            <source>New task</source>
            <translation>Nieuwe taak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="533" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="555" />
            <source>this task</source>
            <translation>deze taak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="541" />
            <source>Change the task</source>
            <translation>Taak wijzigen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="605" />
            <source>The information letter was stored as evidence ({name}) and put on the timeline. Select it there to save a copy.</source>
            <translation>De informatiebrief is als bewijsstuk bewaard ({name}) en staat op de tijdlijn. Selecteer hem daar om een kopie te bewaren.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="616" />
            <source>The letter could not be made; see the log file.</source>
            <translation>De brief kon niet gemaakt worden; zie het logbestand.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="635" />
            <source>Save a copy</source>
            <translation>Kopie bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="635" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="647" />
            <source>The copy could not be saved: {reason}</source>
            <translation>De kopie kon niet bewaard worden: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="652" />
            <source>Saved: {path}</source>
            <translation>Bewaard: {path}</translation>
        </message>
    </context>
    <context>
        <name>CaseScreens</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/install.py" line="38" />
            <source>{count} open tasks, {overdue} overdue</source>
            <translation>{count} open taken, {overdue} te laat</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="25" />
            <source>Change role</source>
            <translation>Rol wijzigen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="32" />
            <source>New role</source>
            <translation>Nieuwe rol</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="37" />
            <source>{name} is now {role}.</source>
            <translation>{name} is nu {role}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="43" />
            <source>&amp;New role</source>
            <translation>&amp;Nieuwe rol</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="66" />
            <source>Reads and records reports, including names and narratives.</source>
            <translation>Leest en registreert meldingen, met namen en relazen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="68" />
            <source>Reads reports and follows them up in case files, with notes and letters.</source>
            <translation>Leest meldingen en volgt ze op in dossiers, met notities en brieven.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="71" />
            <source>Everything, plus staff accounts, retention, backups and the audit trail.</source>
            <translation>Alles, plus personeelsaccounts, bewaartermijnen, back-ups en het auditlogboek.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="74" />
            <source>Only the coded facts for the annual report: never names or narratives.</source>
            <translation>Alleen de gecodeerde feiten voor het jaarrapport: nooit namen of relazen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="77" />
            <source>No reports at all: backups, restore and the audit check only.</source>
            <translation>Geen meldingen: alleen back-ups, herstellen en de controle van het auditlogboek.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="39" />
            <source>Close the case file</source>
            <translation>Dossier afsluiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="42" />
            <source>Assessment</source>
            <translation>Beoordeling</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="45" />
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="50" />
            <source>Choose…</source>
            <translation>Kies…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="57" />
            <source>&amp;Assessment</source>
            <translation>&amp;Beoordeling</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="59" />
            <source>&amp;Result</source>
            <translation>&amp;Resultaat</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="64" />
            <source>A case file is closed with an assessment of the facts and the result.</source>
            <translation>Een dossier wordt afgesloten met een beoordeling van de feiten en het resultaat.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="71" />
            <source>C&amp;lose file</source>
            <translation>Dossier a&amp;fsluiten</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/widgets/coming_soon.py" line="19" />
            <source>Coming in a later version</source>
            <translation>Komt in een volgende versie</translation>
        </message>
    </context>
    <context>
        <name>CompetenceDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="68" />
            <source>Competence and referral — report {number}</source>
            <translation>Bevoegdheid en doorverwijzing — melding {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="80" />
            <source>Suggested bodies</source>
            <translation>Voorgestelde instanties</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="81" />
            <source>Body</source>
            <translation>Instantie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="81" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="86" />
            <source>competent</source>
            <translation>bevoegd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="87" />
            <source>possible crime</source>
            <translation>mogelijk misdrijf</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="88" />
            <source>support</source>
            <translation>ondersteuning</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="106" />
            <source>&amp;Suggested by the office's rules (you decide):</source>
            <translation>&amp;Voorgesteld door de regels van het meldpunt (u beslist):</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="109" />
            <source>{body}: {reason}</source>
            <translation>{body}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="116" />
            <source>The rules suggest no body for these facts.</source>
            <translation>De regels stellen voor deze feiten geen instantie voor.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="156" />
            <source>{facts}
Reporter: {role}. Counterparty: {counterparty}.</source>
            <translation>{facts}
Melder: {role}. Tegenpartij: {counterparty}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="163" />
            <source>Refer</source>
            <translation>Doorverwijzen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="166" />
            <source>Body to refer to</source>
            <translation>Instantie waarnaar u doorverwijst</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="175" />
            <source>The reporter &amp;consents to passing on their details</source>
            <translation>De melder geeft &amp;toestemming om de gegevens door te geven</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="182" />
            <source>Language of the letter</source>
            <translation>Taal van de brief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="192" />
            <source>Make the referral &amp;letter (PDF, confidential)</source>
            <translation>Doorverwijzings&amp;brief maken (PDF, vertrouwelijk)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="197" />
            <source>Note on the referral</source>
            <translation>Notitie bij de doorverwijzing</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="198" />
            <source>&amp;Record referral</source>
            <translation>Doorverwijzing &amp;registreren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="203" />
            <source>&amp;Body</source>
            <translation>&amp;Instantie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="204" />
            <source>Letter lan&amp;guage</source>
            <translation>Taal van de &amp;brief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="205" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="220" />
            <source>Or end the competence check</source>
            <translation>Of rond de bevoegdheidscheck af</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="221" />
            <source>Open a case &amp;file</source>
            <translation>&amp;Dossier openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="224" />
            <source>&amp;Information given</source>
            <translation>&amp;Informatie gegeven</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="227" />
            <source>Registered &amp;only</source>
            <translation>&amp;Enkel geregistreerd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="252" />
            <source>No contact details entered for this body yet (Case files → Settings); the letter is addressed to its name.</source>
            <translation>Nog geen contactgegevens voor deze instantie (Dossiers → Instellingen); de brief wordt aan haar naam gericht.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="260" />
            <source>A letter with personal data needs the reporter's consent.</source>
            <translation>Een brief met persoonsgegevens vraagt de toestemming van de melder.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="293" />
            <source>Referral to {body} recorded.</source>
            <translation>Doorverwijzing naar {body} geregistreerd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="306" />
            <source>Making the referral letter…</source>
            <translation>De doorverwijzingsbrief wordt gemaakt…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="318" />
            <source>The referral letter was stored as evidence of the report ({name}).</source>
            <translation>De doorverwijzingsbrief is bewaard als bewijsstuk van de melding ({name}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="332" />
            <source>The letter could not be made; see the log file.</source>
            <translation>De brief kon niet gemaakt worden; zie het logbestand.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="364" />
            <source>The report is now: {status}.</source>
            <translation>De melding is nu: {status}.</translation>
        </message>
    </context>
    <context>
        <name>ConflictText</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="28" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="36" />
            <source>Status: {old} → {new}</source>
            <translation>Status: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="42" />
            <source>Assigned to: {old} → {new}</source>
            <translation>Toegewezen aan: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="43" />
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="71" />
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="46" />
            <source>Assessment: {new}</source>
            <translation>Beoordeling: {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="50" />
            <source>Result: {new}</source>
            <translation>Resultaat: {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="53" />
            <source>New on the timeline: {action}</source>
            <translation>Nieuw op de tijdlijn: {action}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="56" />
            <source>A note now reads: {text}</source>
            <translation>Een notitie luidt nu: {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="58" />
            <source>New task: {text}</source>
            <translation>Nieuwe taak: {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="60" />
            <source>Task done: {text}</source>
            <translation>Taak gedaan: {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="62" />
            <source>Task open again: {text}</source>
            <translation>Taak opnieuw open: {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="64" />
            <source>Task '{text}' now due on {new}</source>
            <translation>Taak '{text}' nu tegen {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="68" />
            <source>A task now reads: {text}</source>
            <translation>Een taak luidt nu: {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="70" />
            <source>Task '{text}' now for {new}</source>
            <translation>Taak '{text}' nu voor {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="74" />
            <source>Linked reports: {old} → {new}</source>
            <translation>Gekoppelde meldingen: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="82" />
            <source>• (the change is no longer visible; it may have been undone)</source>
            <translation>• (de wijziging is niet meer zichtbaar; ze werd misschien ongedaan gemaakt)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="85" />
            <source>Someone else changed {what} while you had it open. Your change was not saved and nothing of theirs was overwritten; what you typed is still there.</source>
            <translation>Iemand anders wijzigde {what} terwijl u het open had. Uw wijziging werd niet bewaard en niets van de andere persoon werd overschreven; wat u typte, staat er nog.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="88" />
            <source>What the other person changed:</source>
            <translation>Wat de andere persoon wijzigde:</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="90" />
            <source>Changed by someone else</source>
            <translation>Gewijzigd door iemand anders</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="124" />
            <source>Contact details of bodies</source>
            <translation>Contactgegevens van instanties</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="151" />
            <source>&amp;Body</source>
            <translation>&amp;Instantie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="152" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="153" />
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="154" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="155" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefoon</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="161" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="201" />
            <source>Now stored: {details}</source>
            <translation>Nu bewaard: {details}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="208" />
            <source>The contact details were saved.</source>
            <translation>De contactgegevens zijn bewaard.</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="73" />
            <source>First coordinator</source>
            <translation>Eerste coördinator</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="76" />
            <source>The coordinator manages staff accounts. Choose a passphrase of at least {n} characters: a few words you can remember work well.</source>
            <translation>De coördinator beheert de accounts van het personeel. Kies een wachtwoordzin van minstens {n} tekens: een paar woorden die u onthoudt, werken goed.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="82" />
            <source>e.g. an.peeters</source>
            <translation>bv. an.peeters</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="95" />
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="101" />
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="101" />
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="102" />
            <source>&amp;Full name</source>
            <translation>&amp;Volledige naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="102" />
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="103" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="103" />
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="104" />
            <source>&amp;Repeat passphrase</source>
            <translation>&amp;Herhaal wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="104" />
            <source>Repeat passphrase</source>
            <translation>Herhaal wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="110" />
            <source>Strength</source>
            <translation>Sterkte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="124" />
            <source>too short</source>
            <translation>te kort</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="125" />
            <source>weak</source>
            <translation>zwak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="126" />
            <source>fair</source>
            <translation>redelijk</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="127" />
            <source>good</source>
            <translation>goed</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="128" />
            <source>strong</source>
            <translation>sterk</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="139" />
            <source>A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-'.</source>
            <translation>Een gebruikersnaam heeft 2 tot 40 tekens: letters a-z, cijfers, '.', '_' of '-'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="144" />
            <source>The passphrase must have at least {n} characters.</source>
            <translation>De wachtwoordzin moet minstens {n} tekens hebben.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="148" />
            <source>The two passphrases differ.</source>
            <translation>De twee wachtwoordzinnen verschillen.</translation>
        </message>
    </context>
    <context>
        <name>CounterpartySection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="19" />
            <source>4. Who did it</source>
            <translation>4. Wie deed het</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="22" />
            <source>— not given —</source>
            <translation>— niet opgegeven —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="27" />
            <source>&amp;Kind of counterparty</source>
            <translation>&amp;Soort tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="28" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="29" />
            <source>Addr&amp;ess</source>
            <translation>Adr&amp;es</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <location filename="../../src/meldpunt/ui/crash.py" line="66" />
            <source>Meldpunt: unexpected problem</source>
            <translation>Meldpunt: onverwacht probleem</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/crash.py" line="67" />
            <source>Meldpunt ran into an unexpected problem. What you saved is safe.

Please tell your IT contact and give them the log file:
{log}</source>
            <translation>Meldpunt liep tegen een onverwacht probleem aan. Wat u bewaard hebt, is veilig.

Meld het aan uw IT-contactpersoon en bezorg hem of haar het logbestand:
{log}</translation>
        </message>
    </context>
    <context>
        <name>DraftAutosave</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/draft_autosave.py" line="93" />
            <source>The draft could not be saved: {reason}</source>
            <translation>Het klad kon niet bewaard worden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EditNoteDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="161" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="162" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="167" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
    </context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="73" />
            <source>Erase personal data</source>
            <translation>Persoonsgegevens wissen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="76" />
            <source>ERASE</source>
            <translation>WISSEN</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="79" />
            <source>The personal data of {n} report(s) will be erased for good: {numbers}. Names, contact details, narratives, case data and evidence are gone; the coded facts stay for the statistics. This cannot be undone.</source>
            <translation>De persoonsgegevens van {n} melding(en) worden definitief gewist: {numbers}. Namen, contactgegevens, verhalen, dossiergegevens en bewijsstukken verdwijnen; de gecodeerde feiten blijven voor de statistieken. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="90" />
            <source>&amp;Type {word} to confirm</source>
            <translation>&amp;Typ {word} om te bevestigen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="94" />
            <source>&amp;Erase for good</source>
            <translation>&amp;Definitief wissen</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="74" />
            <source>6. Evidence</source>
            <translation>6. Bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="85" />
            <source>Drag files here, or use the Add files button. They are stored encrypted when the report is saved (at most 50 MB per file).</source>
            <translation>Sleep bestanden hierheen of gebruik de knop Bestanden toevoegen. Ze worden versleuteld bewaard wanneer de melding bewaard wordt (maximaal 50 MB per bestand).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="92" />
            <source>Evidence files</source>
            <translation>Bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>Captured</source>
            <translation>Opgenomen op</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>State</source>
            <translation>Toestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="109" />
            <source>&amp;Add files…</source>
            <translation>Bestanden &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="112" />
            <source>Remo&amp;ve</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="114" />
            <source>Remove the selected files that are not stored yet</source>
            <translation>De geselecteerde bestanden verwijderen die nog niet bewaard zijn</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="118" />
            <source>Storing evidence files</source>
            <translation>Bewijsstukken worden bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="158" />
            <source>{name}: the file cannot be read.</source>
            <translation>{name}: het bestand kan niet gelezen worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="162" />
            <source>{name}: this is not a file.</source>
            <translation>{name}: dit is geen bestand.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="165" />
            <source>{name}: larger than 50 MB; it cannot be stored.</source>
            <translation>{name}: groter dan 50 MB; het kan niet bewaard worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="217" />
            <source>stored</source>
            <translation>bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="227" />
            <source>not stored yet</source>
            <translation>nog niet bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="246" />
            <source>Add evidence files</source>
            <translation>Bewijsstukken toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="246" />
            <source>All files (*)</source>
            <translation>Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>FactsSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="21" />
            <source>2. What happened</source>
            <translation>2. Wat is er gebeurd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="26" />
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="33" />
            <source>— not specified —</source>
            <translation>— niet nader bepaald —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="45" />
            <source>What happened, in the reporter's words: who said or did what, when, where.</source>
            <translation>Wat er gebeurd is, in de woorden van de melder: wie zei of deed wat, wanneer, waar.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="48" />
            <source>&amp;Domain</source>
            <translation>&amp;Domein</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="49" />
            <source>&amp;Housing: what exactly</source>
            <translation>&amp;Huisvesting: wat precies</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="54" />
            <source>Protected &amp;criteria</source>
            <translation>Beschermde &amp;criteria</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="56" />
            <source>&amp;Modifiers</source>
            <translation>&amp;Bijzondere vormen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="57" />
            <source>&amp;Forms of discrimination</source>
            <translation>V&amp;ormen van discriminatie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="62" />
            <source>&amp;Account of the facts</source>
            <translation>&amp;Relaas van de feiten</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="240" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="260" />
            <source>Meldpunt: new office</source>
            <translation>Meldpunt: nieuw meldpunt</translation>
        </message>
    </context>
    <context>
        <name>IncidentDates</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="53" />
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="54" />
            <source>on one day</source>
            <translation>op één dag</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="55" />
            <source>during a period</source>
            <translation>gedurende een periode</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="56" />
            <source>Kind of date</source>
            <translation>Soort datum</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="58" />
            <source>Date of the facts (or start of the period)</source>
            <translation>Datum van de feiten (of begin van de periode)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="59" />
            <source>&amp;until</source>
            <translation>&amp;tot</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="61" />
            <source>End of the period</source>
            <translation>Einde van de periode</translation>
        </message>
    </context>
    <context>
        <name>InformationLetterDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="30" />
            <source>Information letter to the counterparty</source>
            <translation>Informatiebrief aan de tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="34" />
            <source>Report the letter is about</source>
            <translation>Melding waarover de brief gaat</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="36" />
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="41" />
            <source>Language of the letter</source>
            <translation>Taal van de brief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="47" />
            <source>Note on the timeline</source>
            <translation>Notitie op de tijdlijn</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="53" />
            <source>&amp;Report</source>
            <translation>&amp;Melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="54" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="55" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="64" />
            <source>&amp;Make the letter</source>
            <translation>Brief &amp;maken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="78" />
            <source>The reporter allowed contact with the counterparty: the letter names them.</source>
            <translation>De melder gaf toestemming voor contact met de tegenpartij: de brief noemt de melder.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="81" />
            <source>The reporter did not allow contact with the counterparty: the letter names no one and gives no date.</source>
            <translation>De melder gaf geen toestemming voor contact met de tegenpartij: de brief noemt niemand en geeft geen datum.</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="148" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="150" />
            <source>Check and save the report (Ctrl+S)</source>
            <translation>De melding nakijken en bewaren (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="152" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="154" />
            <source>Leave the form (Esc)</source>
            <translation>Het formulier verlaten (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="219" />
            <source>Report {number}</source>
            <translation>Melding {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="221" />
            <source>New report</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="330" />
            <source>Draft restored. It is not saved as a report yet.</source>
            <translation>Klad teruggezet. Het is nog niet als melding bewaard.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="406" />
            <location filename="../../src/meldpunt/ui/intake/form.py" line="502" />
            <source>Not saved yet: correct the marked fields first.</source>
            <translation>Nog niet bewaard: verbeter eerst de aangeduide velden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="414" />
            <source>Saving…</source>
            <translation>Bezig met bewaren…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="461" />
            <source>Report {number} saved</source>
            <translation>Melding {number} bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="471" />
            <source>Evidence not stored</source>
            <translation>Bewijsstukken niet bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="473" />
            <source>The report was saved, but some evidence files could not be stored. They are still in the list; save again to retry.</source>
            <translation>De melding is bewaard, maar sommige bewijsstukken konden niet bewaard worden. Ze staan nog in de lijst; bewaar opnieuw om het nog eens te proberen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="489" />
            <source>Not saved: someone else changed this report.</source>
            <translation>Niet bewaard: iemand anders heeft deze melding gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="492" />
            <location filename="../../src/meldpunt/ui/intake/form.py" line="506" />
            <source>Report not saved</source>
            <translation>Melding niet bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="494" />
            <source>Someone else saved this report after you opened it, so your changes were not saved. What you typed is still in the form: copy what you need, then close the form and open the report again to see the other changes.</source>
            <translation>Iemand anders heeft deze melding bewaard nadat u ze opende; uw wijzigingen zijn daarom niet bewaard. Wat u typte, staat nog in het formulier: kopieer wat u nodig hebt, sluit dan het formulier en open de melding opnieuw om de andere wijzigingen te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="504" />
            <source>Not saved.</source>
            <translation>Niet bewaard.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="536" />
            <source>Discard the report?</source>
            <translation>Melding weggooien?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="538" />
            <source>What you typed has not been saved as a report. Discard it? This cannot be undone.</source>
            <translation>Wat u typte, is nog niet als melding bewaard. Wilt u het weggooien? Dat kan niet ongedaan gemaakt worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="545" />
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="547" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Verder invullen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="565" />
            <source>Discarded.</source>
            <translation>Weggegooid.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="72" />
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="153" />
            <location filename="../../src/meldpunt/ui/screens.py" line="22" />
            <location filename="../../src/meldpunt/ui/selftest.py" line="30" />
            <source>Reports</source>
            <translation>Meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="155" />
            <source>The list of reports with filters and search, and the intake form for a new report, will come here.</source>
            <translation>Hier komen de lijst van meldingen met filters en zoeken, en het intakeformulier voor een nieuwe melding.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/install.py" line="28" />
            <location filename="../../src/meldpunt/ui/main_window.py" line="161" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="163" />
            <source>Case files with their linked reports, status, timeline of actions, referrals and letters will come here.</source>
            <translation>Hier komen de dossiers met hun gekoppelde meldingen, status, tijdlijn van acties, doorverwijzingen en brieven.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/install.py" line="29" />
            <location filename="../../src/meldpunt/ui/main_window.py" line="169" />
            <source>Tasks</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="170" />
            <source>Your tasks with due dates, overdue ones first, will come here.</source>
            <translation>Hier komen uw taken met hun vervaldatum, de achterstallige eerst.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="174" />
            <location filename="../../src/meldpunt/ui/screens.py" line="30" />
            <source>Annual report</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="176" />
            <source>The anonymised annual report — tables, charts and the PDF for the city council and the open-data portal — will come here.</source>
            <translation>Hier komt het geanonimiseerde jaarrapport: tabellen, grafieken en de pdf voor de gemeenteraad en het opendataportaal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="182" />
            <location filename="../../src/meldpunt/ui/screens.py" line="41" />
            <source>Administration</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="184" />
            <source>Staff accounts and roles, the audit trail, retention settings and backups will come here.</source>
            <translation>Hier komen de personeelsaccounts en rollen, het auditlogboek, de bewaartermijnen en de back-ups.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="193" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="194" />
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="199" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="204" />
            <source>&amp;View</source>
            <translation>&amp;Beeld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="205" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="216" />
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="225" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="226" />
            <source>&amp;About Meldpunt</source>
            <translation>&amp;Over Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="235" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="236" />
            <source>Meldpunt will use the chosen language from its next start.</source>
            <translation>Meldpunt gebruikt de gekozen taal vanaf de volgende start.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="247" />
            <source>About Meldpunt</source>
            <translation>Over Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="249" />
            <source>Meldpunt {version}

Records reports of discrimination for the antidiscrimination office of the city of Leuven.

Log file: {log}</source>
            <translation>Meldpunt {version}

Registreert meldingen van discriminatie voor het antidiscriminatiemeldpunt van de stad Leuven.

Logbestand: {log}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="276" />
            <source>Locked after {minutes} min without activity.</source>
            <translation>Vergrendeld na {minutes} min zonder activiteit.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/common.py" line="89" />
            <source>Not done</source>
            <translation>Niet gelukt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/common.py" line="93" />
            <source>Done</source>
            <translation>Gelukt</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="46" />
            <source>Welcome to Meldpunt</source>
            <translation>Welkom bij Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="49" />
            <source>This database holds no office yet. Give the office a name; you will then create the first coordinator's account.</source>
            <translation>Deze databank bevat nog geen meldpunt. Geef het meldpunt een naam; daarna maakt u het account van de eerste coördinator aan.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="53" />
            <source>Antidiscriminatiemeldpunt Leuven</source>
            <translation>Antidiscriminatiemeldpunt Leuven</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="56" />
            <source>Office name</source>
            <translation>Naam van het meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="57" />
            <source>Office &amp;name</source>
            <translation>&amp;Naam van het meldpunt</translation>
        </message>
    </context>
    <context>
        <name>PersonRequestsDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="128" />
            <source>Requests from a person</source>
            <translation>Verzoeken van een persoon</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="139" />
            <source>Find every report of one person to answer a request for access or erasure. The search is exact: type the e-mail address, phone number or name as it was recorded.</source>
            <translation>Zoek alle meldingen van één persoon om een verzoek tot inzage of wissing te beantwoorden. De zoekopdracht is exact: typ het e-mailadres, telefoonnummer of de naam zoals die geregistreerd werd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="153" />
            <source>&amp;E-mail address</source>
            <translation>&amp;E-mailadres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="154" />
            <source>P&amp;hone number</source>
            <translation>&amp;Telefoonnummer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="155" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="165" />
            <source>&amp;Search</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="173" />
            <source>Reports of this person</source>
            <translation>Meldingen van deze persoon</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Report</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Person is</source>
            <translation>Persoon is</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="183" />
            <source>No reports found for this person.</source>
            <translation>Geen meldingen gevonden voor deze persoon.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="187" />
            <source>E&amp;xport everything (PDF + JSON)…</source>
            <translation>Alles e&amp;xporteren (PDF + JSON)…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="191" />
            <source>E&amp;rase…</source>
            <translation>&amp;Wissen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="196" />
            <source>Erases the selected reports, or every report of this person as reporter when none is selected.</source>
            <translation>Wist de geselecteerde meldingen, of alle meldingen van deze persoon als melder als er geen geselecteerd is.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="207" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="214" />
            <source>&amp;Open the folder</source>
            <translation>Map &amp;openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="285" />
            <source>Not done: {reason}</source>
            <translation>Niet gelukt: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="288" />
            <source>That did not work; details are in the log file.</source>
            <translation>Dat is niet gelukt; details staan in het logbestand.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="304" />
            <source>Type an e-mail address, a phone number or a name.</source>
            <translation>Typ een e-mailadres, een telefoonnummer of een naam.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="332" />
            <source>reporter</source>
            <translation>melder</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="332" />
            <source>other party</source>
            <translation>tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="362" />
            <source>Folder for the export</source>
            <translation>Map voor de export</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="384" />
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="396" />
            <source>{n} report(s) exported to {folder}: {name}.pdf and {name}.json.</source>
            <translation>{n} melding(en) geëxporteerd naar {folder}: {name}.pdf en {name}.json.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="417" />
            <source>Only reports in which this person is the reporter can be erased here; select one of those.</source>
            <translation>Alleen meldingen waarin deze persoon de melder is, kunnen hier gewist worden; selecteer er een van.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="430" />
            <source>Erasing…</source>
            <translation>Bezig met wissen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="443" />
            <source>Personal data of {n} report(s) erased: {numbers}. Their coded facts stay for the statistics.</source>
            <translation>Persoonsgegevens van {n} melding(en) gewist: {numbers}. De gecodeerde feiten blijven voor de statistieken.</translation>
        </message>
    </context>
    <context>
        <name>PlaceTimeSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="23" />
            <source>3. Where and when</source>
            <translation>3. Waar en wanneer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="28" />
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="32" />
            <source>— not given —</source>
            <translation>— niet opgegeven —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="35" />
            <source>street, building, shop, bus line …</source>
            <translation>straat, gebouw, winkel, buslijn …</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="39" />
            <source>&amp;Received on</source>
            <translation>&amp;Ontvangen op</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="40" />
            <source>C&amp;hannel</source>
            <translation>&amp;Kanaal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="43" />
            <source>Date of the &amp;facts</source>
            <translation>Datum van de &amp;feiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="49" />
            <source>&amp;Area in Leuven</source>
            <translation>&amp;Gebied in Leuven</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="50" />
            <source>&amp;Place</source>
            <translation>&amp;Plaats</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="51" />
            <source>&amp;Web address</source>
            <translation>&amp;Webadres</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="163" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="178" />
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="166" />
            <source>This key is shown only now. With it a new coordinator can be enrolled when every passphrase is lost. Print the recovery sheet or write the key down, and keep it locked away: whoever holds it can read every report.</source>
            <translation>Deze sleutel wordt alleen nu getoond. Hiermee kan een nieuwe coördinator worden ingeschreven als alle wachtwoordzinnen verloren zijn. Druk het herstelblad af of schrijf de sleutel op en bewaar hem achter slot: wie hem heeft, kan alle meldingen lezen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="179" />
            <source>&amp;Save recovery sheet as PDF…</source>
            <translation>Herstelblad als pdf &amp;opslaan…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="182" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>Ik heb de herstelsleutel op een veilige plaats &amp;bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="209" />
            <source>Save recovery sheet</source>
            <translation>Herstelblad opslaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="211" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="224" />
            <source>Recovery sheet</source>
            <translation>Herstelblad</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="227" />
            <source>The recovery sheet was saved. Print it, then delete the file.</source>
            <translation>Het herstelblad is opgeslagen. Druk het af en verwijder daarna het bestand.</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="111" />
            <source>Reopen the case file</source>
            <translation>Dossier heropenen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="114" />
            <source>Reason for reopening</source>
            <translation>Reden om te heropenen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="116" />
            <source>&amp;Why is the file reopened?</source>
            <translation>&amp;Waarom wordt het dossier heropend?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="122" />
            <source>&amp;Reopen</source>
            <translation>&amp;Heropenen</translation>
        </message>
    </context>
    <context>
        <name>RepeatBanner</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="163" />
            <source>&amp;Show them</source>
            <translation>&amp;Toon ze</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="189" />
            <source>1 other report about this counterparty since {year}</source>
            <translation>1 andere melding over deze tegenpartij sinds {year}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="191" />
            <source>{count} other reports about this counterparty since {year}</source>
            <translation>{count} andere meldingen over deze tegenpartij sinds {year}</translation>
        </message>
    </context>
    <context>
        <name>RepeatReportsDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="46" />
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="53" />
            <source>Other reports about this counterparty</source>
            <translation>Andere meldingen over deze tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="56" />
            <source>Report</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="57" />
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="59" />
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="60" />
            <source>Same</source>
            <translation>Zelfde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="85" />
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="104" />
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="104" />
            <source>address</source>
            <translation>adres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="123" />
            <source>{domain} · {criteria}
Counterparty: {name}, {address}</source>
            <translation>{domain} · {criteria}
Tegenpartij: {name}, {address}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="131" />
            <source>&amp;Open case file</source>
            <translation>Dossier &amp;openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="131" />
            <source>&amp;Open report</source>
            <translation>Melding &amp;openen</translation>
        </message>
    </context>
    <context>
        <name>ReportDetailPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="93" />
            <source>&amp;Edit</source>
            <translation>&amp;Wijzigen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="95" />
            <source>Change this report (Ctrl+E)</source>
            <translation>Deze melding wijzigen (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="98" />
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="288" />
            <source>&amp;Open a case file for this report</source>
            <translation>&amp;Dossier openen voor deze melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="101" />
            <source>Add to an existing case &amp;file</source>
            <translation>Toevoegen aan &amp;bestaand dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="106" />
            <source>Back to the list (Esc)</source>
            <translation>Terug naar de lijst (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="111" />
            <source>Report details</source>
            <translation>Gegevens van de melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="116" />
            <source>Evidence files</source>
            <translation>Bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>Captured</source>
            <translation>Opgenomen op</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>Added</source>
            <translation>Toegevoegd op</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="127" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporteren…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="129" />
            <source>Save a decrypted copy of the selected file</source>
            <translation>Een ontsleutelde kopie van het geselecteerde bestand opslaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="150" />
            <source>&amp;Details</source>
            <translation>&amp;Gegevens</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="151" />
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="361" />
            <source>E&amp;vidence</source>
            <translation>Be&amp;wijsstukken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="152" />
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="362" />
            <source>&amp;History</source>
            <translation>&amp;Geschiedenis</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="226" />
            <source>Report not shown</source>
            <translation>Melding niet getoond</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="231" />
            <source>Report {number}</source>
            <translation>Melding {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="237" />
            <source>E&amp;vidence ({n})</source>
            <translation>Be&amp;wijsstukken ({n})</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="238" />
            <source>&amp;History ({n})</source>
            <translation>&amp;Geschiedenis ({n})</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="295" />
            <source>Your role cannot follow up reports.</source>
            <translation>Met uw rol kunt u geen meldingen opvolgen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="302" />
            <source>Sh&amp;ow the case file</source>
            <translation>Toon het &amp;dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="304" />
            <source>Go to the case file this report belongs to</source>
            <translation>Naar het dossier waartoe deze melding behoort</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="306" />
            <source>This report is already in a case file.</source>
            <translation>Deze melding zit al in een dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="310" />
            <source>This report is closed ({status}): it cannot go into a case file.</source>
            <translation>Deze melding is afgehandeld ({status}): ze kan niet meer in een dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="325" />
            <source>Start the competence check; the case file is opened from there.</source>
            <translation>Start de bevoegdheidscheck; van daaruit opent u het dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="329" />
            <source>Continue the competence check; the case file is opened from there.</source>
            <translation>Ga verder met de bevoegdheidscheck; van daaruit opent u het dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="336" />
            <source>Link this report to a case file that is already open (mass report).</source>
            <translation>Koppel deze melding aan een dossier dat al open is (massamelding).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="356" />
            <source>Report</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="447" />
            <source>Not done</source>
            <translation>Niet gelukt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="472" />
            <source>Report {report} was added to case file {file}.</source>
            <translation>Melding {report} is toegevoegd aan dossier {file}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="501" />
            <source>Export evidence file</source>
            <translation>Bewijsstuk exporteren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="513" />
            <source>Evidence file exported.</source>
            <translation>Bewijsstuk geëxporteerd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="522" />
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="523" />
            <source>The file was not exported: {reason}</source>
            <translation>Het bestand is niet geëxporteerd: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportHistoryView</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="22" />
            <source>Change history</source>
            <translation>Wijzigingsgeschiedenis</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="27" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="27" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="27" />
            <source>Changed fields</source>
            <translation>Gewijzigde velden</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="36" />
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>ReportListPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="123" />
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="206" />
            <source>Reports</source>
            <translation>Meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="129" />
            <source>&amp;New report</source>
            <translation>&amp;Nieuwe melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="131" />
            <source>Record a new report (Ctrl+N)</source>
            <translation>Een nieuwe melding registreren (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="137" />
            <source>Status filter</source>
            <translation>Filter op status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="138" />
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="139" />
            <source>Open (all)</source>
            <translation>Open (alle)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="140" />
            <source>Closed (all)</source>
            <translation>Afgesloten (alle)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="147" />
            <source>Domain filter</source>
            <translation>Filter op domein</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="148" />
            <source>All domains</source>
            <translation>Alle domeinen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="155" />
            <source>Criterion filter</source>
            <translation>Filter op beschermd criterium</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="156" />
            <source>All criteria</source>
            <translation>Alle criteria</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="166" />
            <source>Channel filter</source>
            <translation>Filter op kanaal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="167" />
            <source>All channels</source>
            <translation>Alle kanalen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="171" />
            <source>no limit</source>
            <translation>geen grens</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="174" />
            <source>Received from month</source>
            <translation>Ontvangen vanaf maand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="177" />
            <source>Received up to month</source>
            <translation>Ontvangen tot en met maand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="178" />
            <source>Assigned to &amp;me</source>
            <translation>Aan &amp;mij toegewezen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="180" />
            <source>&amp;Reset filters</source>
            <translation>Filters &amp;wissen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="186" />
            <source>Search in</source>
            <translation>Zoeken in</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="187" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="188" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="189" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="190" />
            <source>Counterparty</source>
            <translation>Tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="193" />
            <source>Search value</source>
            <translation>Zoekwaarde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="194" />
            <source>Exact value, then Enter</source>
            <translation>Exacte waarde, dan Enter</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="198" />
            <source>Finds reports whose e-mail address, phone number, name or counterparty is exactly this value (Ctrl+F).</source>
            <translation>Vindt de meldingen waarvan het e-mailadres, telefoonnummer, de naam of de tegenpartij precies deze waarde is (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="207" />
            <source>Press Enter to open the selected report.</source>
            <translation>Druk op Enter om de gekozen melding te openen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="232" />
            <source>No reports</source>
            <translation>Geen meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="239" />
            <source>Number of reports</source>
            <translation>Aantal meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="242" />
            <source>List status</source>
            <translation>Status van de lijst</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="303" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="304" />
            <source>&amp;Domain</source>
            <translation>&amp;Domein</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="305" />
            <source>&amp;Criterion</source>
            <translation>&amp;Criterium</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="306" />
            <source>C&amp;hannel</source>
            <translation>&amp;Kanaal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="312" />
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="314" />
            <source>&amp;To</source>
            <translation>&amp;Tot</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="320" />
            <source>S&amp;earch</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="479" />
            <source>Loading criteria… %1 %</source>
            <translation>Criteria laden… %1 %</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="504" />
            <source>Your role cannot search by personal details.</source>
            <translation>Met uw rol kunt u niet zoeken op persoonsgegevens.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="564" />
            <source>Loading all reports…</source>
            <translation>Alle meldingen laden…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="570" />
            <source>1 report</source>
            <translation>1 melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="571" />
            <source>%1 reports</source>
            <translation>%1 meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="575" />
            <source>No report found for this search</source>
            <translation>Geen melding gevonden voor deze zoekopdracht</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="577" />
            <source>No reports for these filters</source>
            <translation>Geen meldingen voor deze filters</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="578" />
            <source>No reports yet</source>
            <translation>Nog geen meldingen</translation>
        </message>
    </context>
    <context>
        <name>ReportSummary</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="78" />
            <source>not asked</source>
            <translation>niet gevraagd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="79" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="79" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="104" />
            <source>Who is reporting</source>
            <translation>Wie meldt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="106" />
            <source>What happened</source>
            <translation>Wat is er gebeurd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="110" />
            <source>Where and when</source>
            <translation>Waar en wanneer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="124" />
            <source>Who did it</source>
            <translation>Wie deed het</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="128" />
            <source>What the reporter wants</source>
            <translation>Wat wil de melder</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="132" />
            <source>Evidence to store</source>
            <translation>Te bewaren bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="132" />
            <source>Evidence</source>
            <translation>Bewijsstukken</translation>
        </message>
    </context>
    <context>
        <name>ReportTableModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="105" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="106" />
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="107" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="108" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="109" />
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="110" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="111" />
            <source>Assigned to</source>
            <translation>Toegewezen aan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="113" />
            <source>damaged</source>
            <translation>beschadigd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="115" />
            <source>The coded facts of this report cannot be read: the record is damaged. Restore it from a backup or ask the IT administrator.</source>
            <translation>De gecodeerde gegevens van deze melding zijn onleesbaar: de registratie is beschadigd. Zet het terug uit een back-up of vraag het aan de IT-beheerder.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="259" />
            <source>The list could not be loaded; details are in the log.</source>
            <translation>De lijst kon niet geladen worden; de details staan in het logbestand.</translation>
        </message>
    </context>
    <context>
        <name>ReporterSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="25" />
            <source>1. Who is reporting</source>
            <translation>1. Wie meldt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="27" />
            <source>— not given —</source>
            <translation>— niet opgegeven —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="32" />
            <source>the name the person uses, if different</source>
            <translation>de naam die de persoon gebruikt, als die anders is</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="34" />
            <source>e.g. she/her, he/him, they/them</source>
            <translation>bv. zij/haar, hij/hem, hen/die</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="47" />
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="49" />
            <source>An anonymous report keeps no name or contact details.</source>
            <translation>Bij een anonieme melding worden geen naam of contactgegevens bewaard.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="54" />
            <source>&amp;Legal name</source>
            <translation>&amp;Officiële naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="55" />
            <source>&amp;Chosen name</source>
            <translation>&amp;Gekozen naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="56" />
            <source>Pro&amp;nouns</source>
            <translation>&amp;Voornaamwoorden</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="57" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="58" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefoon</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="59" />
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="60" />
            <source>&amp;Year of birth</source>
            <translation>Geboorte&amp;jaar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="61" />
            <source>Lan&amp;guage</source>
            <translation>T&amp;aal</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="105" />
            <source>Unsaved report</source>
            <translation>Niet-bewaarde melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="107" />
            <source>You were working on a report that is not saved yet ({when}). Continue it?</source>
            <translation>U werkte aan een melding die nog niet bewaard is ({when}). Wilt u verder werken?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="112" />
            <source>&amp;Continue</source>
            <translation>&amp;Verder werken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="113" />
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="64" />
            <source>Reports, persons and counterparty</source>
            <translation>Meldingen, personen en tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="65" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="65" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="74" />
            <source>not asked</source>
            <translation>niet gevraagd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="75" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="75" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="92" />
            <source>Report {number}</source>
            <translation>Melding {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="93" />
            <source>received {date} · {status}</source>
            <translation>ontvangen op {date} · {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="102" />
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="104" />
            <source>{chosen} (legal name: {legal})</source>
            <translation>{chosen} (officiële naam: {legal})</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="108" />
            <source>{date}, after {days} days</source>
            <translation>{date}, na {days} dagen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="112" />
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="115" />
            <source>Reporter</source>
            <translation>Melder</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="116" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="117" />
            <source>Pronouns</source>
            <translation>Voornaamwoorden</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="118" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="119" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="120" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="121" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="124" />
            <source>Counterparty</source>
            <translation>Tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="127" />
            <source>Counterparty's name</source>
            <translation>Naam van de tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="128" />
            <source>Counterparty's address</source>
            <translation>Adres van de tegenpartij</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="129" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="130" />
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="131" />
            <source>Forms</source>
            <translation>Vormen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="134" />
            <source>Facts</source>
            <translation>Feiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="145" />
            <source>Wants a reply</source>
            <translation>Wil een antwoord</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="148" />
            <source>May contact the counterparty</source>
            <translation>Tegenpartij mag gecontacteerd worden</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="151" />
            <source>May be referred</source>
            <translation>Mag doorverwezen worden</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="152" />
            <source>First contact</source>
            <translation>Eerste contact</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="155" />
            <source>Open for</source>
            <translation>Open sinds</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="156" />
            <source>{days} days</source>
            <translation>{days} dagen</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="62" />
            <source>Restore a backup</source>
            <translation>Back-up herstellen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="73" />
            <source>unknown date</source>
            <translation>onbekende datum</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="75" />
            <source>Backup {file} of {when}, with the audit trail up to entry {seq}.</source>
            <translation>Back-up {file} van {when}, met het auditlogboek tot regel {seq}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="84" />
            <source>The database in place is replaced by this backup: all work done since the backup was made is lost. Every desk must close Meldpunt first. This desk is locked during the restore; afterwards everybody signs in again.</source>
            <translation>De huidige databank wordt vervangen door deze back-up: al het werk sinds de back-up gaat verloren. Op elke computer moet Meldpunt eerst gesloten worden. Deze computer wordt vergrendeld tijdens het herstellen; daarna meldt iedereen zich opnieuw aan.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="95" />
            <source>This backup belongs to another office than the database in place.</source>
            <translation>Deze back-up hoort bij een ander meldpunt dan de huidige databank.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="106" />
            <source>Your passphrase</source>
            <translation>Uw wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="108" />
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="109" />
            <source>Your &amp;passphrase</source>
            <translation>Uw &amp;wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="113" />
            <source>I &amp;understand that the database in place is replaced</source>
            <translation>Ik &amp;begrijp dat de huidige databank vervangen wordt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="119" />
            <source>Restore &amp;anyway and replace the database in place</source>
            <translation>&amp;Toch herstellen en de huidige databank vervangen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="128" />
            <source>Restore progress</source>
            <translation>Voortgang van het herstellen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="136" />
            <source>&amp;Restore</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="167" />
            <source>The database in place is newer than the backup: its audit trail reaches entry {current}, the backup's entry {backup}. Restoring loses the work done since.</source>
            <translation>De huidige databank is nieuwer dan de back-up: haar auditlogboek loopt tot regel {current}, dat van de back-up tot regel {backup}. Herstellen doet het werk van sindsdien verloren gaan.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="219" />
            <source>Restore anyway</source>
            <translation>Toch herstellen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="221" />
            <source>Restore anyway? The database in place is replaced by the backup; what was recorded in it after the backup is lost for good and cannot be brought back.</source>
            <translation>Toch herstellen? De huidige databank wordt vervangen door de back-up; wat er na de back-up in geregistreerd werd, gaat definitief verloren en kan niet teruggehaald worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="236" />
            <source>Restoring the backup…</source>
            <translation>Bezig met herstellen van de back-up…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="258" />
            <source>Checking the backup and putting it in place…</source>
            <translation>De back-up wordt gecontroleerd en op zijn plaats gezet…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="271" />
            <source>The backup of {when} was restored. Its audit trail was verified up to entry {seq}; the restore itself is entry {head}. Erasures made after the backup that were applied again: {n}.

Sign in again to go on working.</source>
            <translation>De back-up van {when} is hersteld. Het auditlogboek is gecontroleerd tot regel {seq}; het herstel zelf is regel {head}. Wissingen van na de back-up die opnieuw toegepast zijn: {n}.

Meld u opnieuw aan om verder te werken.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="282" />
            <source>Other desks will warn that the audit trail went back; after a restore that is expected.</source>
            <translation>Andere computers zullen waarschuwen dat het auditlogboek teruggegaan is; na een herstel is dat normaal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="285" />
            <source>Backup restored</source>
            <translation>Back-up hersteld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="291" />
            <source>Nothing was changed.</source>
            <translation>Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="293" />
            <source>The passphrase is not correct.</source>
            <translation>De wachtwoordzin is niet juist.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="296" />
            <source>Too many failed attempts. Wait {n} seconds and try again.</source>
            <translation>Te veel mislukte pogingen. Wacht {n} seconden en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="303" />
            <source>This backup belongs to another office than the database it would replace.</source>
            <translation>Deze back-up hoort bij een ander meldpunt dan de databank die hij zou vervangen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="309" />
            <source>To restore anyway, tick the box, type your passphrase and restore.</source>
            <translation>Om toch te herstellen: vink het vakje aan, typ uw wachtwoordzin en herstel.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="316" />
            <source>The restore did not complete; details are in the log file.</source>
            <translation>Het herstellen is niet voltooid; details staan in het logbestand.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="10" />
            <source>intake</source>
            <translation>balie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="11" />
            <source>caseworker</source>
            <translation>dossierbeheerder</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="12" />
            <source>coordinator</source>
            <translation>coördinator</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="13" />
            <source>statistician</source>
            <translation>statisticus</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="14" />
            <source>IT administrator</source>
            <translation>IT-beheerder</translation>
        </message>
    </context>
    <context>
        <name>RotateKeyDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="46" />
            <source>Replace a key</source>
            <translation>Sleutel vervangen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="53" />
            <source>Replace a key when someone who held it left or changed role: every record's key is re-wrapped with the new one, and the old one stops opening anything. Colleagues who are signed in must sign in again afterwards. This can take a few minutes in a large office; it resumes by itself if it is interrupted.</source>
            <translation>Vervang een sleutel wanneer iemand die hem had vertrok of van rol veranderde: de sleutel van elk record wordt met de nieuwe ingepakt, en de oude opent daarna niets meer. Aangemelde collega's melden zich daarna opnieuw aan. In een groot meldpunt kan dit enkele minuten duren; bij een onderbreking gaat het later vanzelf verder.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="62" />
            <source>Key</source>
            <translation>Sleutel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="64" />
            <source>identity: names and contact details</source>
            <translation>identiteit: namen en contactgegevens</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="65" />
            <source>coded facts: criteria, domain, dates</source>
            <translation>gecodeerde feiten: criteria, domein, datums</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="66" />
            <source>case data: narratives, notes, evidence</source>
            <translation>dossiergegevens: relazen, notities, bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="67" />
            <source>backups</source>
            <translation>back-ups</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="74" />
            <source>&amp;Key</source>
            <translation>&amp;Sleutel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="79" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="85" />
            <source>&amp;Replace</source>
            <translation>&amp;Vervangen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="107" />
            <source>Replace the {key} key now?</source>
            <translation>De sleutel “{key}” nu vervangen?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="117" />
            <source>Replacing the key…</source>
            <translation>De sleutel wordt vervangen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="144" />
            <source>The new key is in use; {n} records still carry the old one. Meldpunt finishes them after the next sign-in of a coordinator.</source>
            <translation>De nieuwe sleutel is in gebruik; {n} records hebben nog de oude. Meldpunt werkt ze af na de volgende aanmelding van een coördinator.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="149" />
            <source>The key was replaced (version {version}); the old one opens nothing any more. Colleagues who are signed in must sign in again.</source>
            <translation>De sleutel werd vervangen (versie {version}); de oude opent niets meer. Aangemelde collega's moeten zich opnieuw aanmelden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="160" />
            <source>The session was locked; the replacement resumes after sign-in.</source>
            <translation>De sessie werd vergrendeld; het vervangen gaat verder na het aanmelden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="164" />
            <source>That did not work; details are in the log file.</source>
            <translation>Dat is niet gelukt; details staan in het logbestand.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="42" />
            <source>Referral rules</source>
            <translation>Regels voor doorverwijzing</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="48" />
            <source>Referral rules (JSON)</source>
            <translation>Regels voor doorverwijzing (JSON)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="53" />
            <source>&amp;Rules that suggest competent bodies. A rule applies when every condition under 'when' holds and none under 'unless'. The caseworker always decides.</source>
            <translation>&amp;Regels die bevoegde instanties voorstellen. Een regel geldt als elke voorwaarde onder 'when' klopt en geen enkele onder 'unless'. De dossierbeheerder beslist altijd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="61" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="64" />
            <source>Restore the &amp;default rules</source>
            <translation>&amp;Standaardregels terugzetten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="85" />
            <source>These are the default rules.</source>
            <translation>Dit zijn de standaardregels.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="87" />
            <source>These are the office's own rules.</source>
            <translation>Dit zijn de eigen regels van het meldpunt.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="90" />
            <source>Only a coordinator can change them.</source>
            <translation>Enkel een coördinator kan ze wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="104" />
            <source>The referral rules were saved.</source>
            <translation>De regels voor doorverwijzing zijn bewaard.</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="50" />
            <source>Give an e-mail address, a phone number or a name.</source>
            <translation>Geef een e-mailadres, een telefoonnummer of een naam op.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="52" />
            <source>Give the office a name of at most 200 characters.</source>
            <translation>Geef het meldpunt een naam van maximaal 200 tekens.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="53" />
            <source>This database already holds an office.</source>
            <translation>Deze databank bevat al een meldpunt.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="54" />
            <source>You cannot grant the {role} role: you lack the {keys} keys.</source>
            <translation>U kunt de rol {role} niet toekennen: u mist de sleutels {keys}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="58" />
            <source>There is already a user called '{username}'.</source>
            <translation>Er is al een gebruiker met de naam '{username}'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="59" />
            <source>You cannot change your own role.</source>
            <translation>U kunt uw eigen rol niet wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="60" />
            <source>A disabled account has no role to change.</source>
            <translation>Een uitgeschakeld account heeft geen rol om te wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="61" />
            <source>Change your own passphrase with 'user passwd'.</source>
            <translation>Wijzig uw eigen wachtwoordzin met 'user passwd'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="62" />
            <source>This office has no recovery key slot.</source>
            <translation>Dit meldpunt heeft geen sleutelslot voor de herstelsleutel.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="63" />
            <source>This recovery key does not belong to this office.</source>
            <translation>Deze herstelsleutel hoort niet bij dit meldpunt.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="64" />
            <source>The recovery key has no passphrase to change.</source>
            <translation>De herstelsleutel heeft geen wachtwoordzin die u kunt wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="65" />
            <source>Your key slot no longer exists; ask a coordinator.</source>
            <translation>Uw sleutelslot bestaat niet meer; vraag het aan een coördinator.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="66" />
            <source>You cannot disable your own account.</source>
            <translation>U kunt uw eigen account niet uitschakelen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="67" />
            <source>The last active coordinator cannot be disabled.</source>
            <translation>De laatste actieve coördinator kan niet uitgeschakeld worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="68" />
            <source>Unlock first.</source>
            <translation>Ontgrendel eerst.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="69" />
            <source>Only a coordinator can manage staff accounts.</source>
            <translation>Enkel een coördinator kan personeelsaccounts beheren.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="70" />
            <source>There is no user called '{username}'.</source>
            <translation>Er is geen gebruiker met de naam '{username}'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="72" />
            <source>Your account does not hold the backup key.</source>
            <translation>Uw account heeft de back-upsleutel niet.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="73" />
            <source>Nobody holds the backup key; a coordinator must grant it.</source>
            <translation>Niemand heeft de back-upsleutel; een coördinator moet hem toekennen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="74" />
            <source>An in-memory database cannot be backed up.</source>
            <translation>Van een databank in het geheugen kan geen back-up gemaakt worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="75" />
            <source>An in-memory database cannot be restored over.</source>
            <translation>Een back-up kan niet over een databank in het geheugen hersteld worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="76" />
            <source>This backup was made with version {version} of the backup key, which your account does not hold (any more).</source>
            <translation>Deze back-up is gemaakt met versie {version} van de back-upsleutel, die uw account niet (meer) heeft.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="81" />
            <source>Your account's keys changed after this backup was made (or it did not exist then); restore with a coordinator or administrator account that existed then.</source>
            <translation>De sleutels van uw account zijn gewijzigd nadat deze back-up gemaakt werd (of uw account bestond toen nog niet); herstel met een account van een coördinator of IT-beheerder dat toen al bestond.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="86" />
            <source>The backup's audit trail is broken ({problem}); nothing was restored.</source>
            <translation>Het auditlogboek van de back-up is gebroken ({problem}); er is niets hersteld.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="90" />
            <source>The database is in use (Meldpunt is open on this or another desk); close it everywhere and run the restore again. Nothing was changed.</source>
            <translation>De databank is in gebruik (Meldpunt is open op deze of een andere werkplek); sluit Meldpunt overal en herstel opnieuw. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="95" />
            <source>This backup was made by a newer version of Meldpunt; install that version first.</source>
            <translation>Deze back-up is gemaakt door een nieuwere versie van Meldpunt; installeer eerst die versie.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="99" />
            <source>{username} holds no key that opens this backup; restore it with a coordinator or administrator account.</source>
            <translation>{username} heeft geen sleutel die deze back-up opent; herstel ze met een account van een coördinator of IT-beheerder.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="104" />
            <source>Only a coordinator or an administrator can restore a backup.</source>
            <translation>Enkel een coördinator of een IT-beheerder kan een back-up herstellen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="108" />
            <source>The database to restore over cannot be read. Add --force to replace it.</source>
            <translation>De databank waarover hersteld moet worden, kan niet gelezen worden. Voeg --force toe om ze te vervangen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="112" />
            <source>This backup belongs to another office than the database it would replace. Add --force to replace that database anyway.</source>
            <translation>Deze back-up hoort bij een ander meldpunt dan de databank die ze zou vervangen. Voeg --force toe om die databank toch te vervangen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="117" />
            <source>The database in place is newer than the backup: its audit trail reaches entry {current_seq}, the backup's entry {backup_seq}. Restoring would lose the work done since. Add --force to restore anyway.</source>
            <translation>De huidige databank is nieuwer dan de back-up: haar auditlogboek loopt tot regel {current_seq}, dat van de back-up tot regel {backup_seq}. Herstellen zou het werk van sindsdien verloren doen gaan. Voeg --force toe om toch te herstellen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="123" />
            <source>The backup's database is damaged ({problem}).</source>
            <translation>De databank in de back-up is beschadigd ({problem}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="125" />
            <source>Your role cannot follow up reports.</source>
            <translation>Met uw rol kunt u geen meldingen opvolgen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="126" />
            <source>This report does not exist (any more).</source>
            <translation>Deze melding bestaat niet (meer).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="127" />
            <source>This report is in a case file: change the file's status.</source>
            <translation>Deze melding zit in een dossier: wijzig de status van het dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="128" />
            <source>Open a case file for this report instead; the file's status then moves the report along.</source>
            <translation>Open in de plaats een dossier voor deze melding; de status van het dossier bepaalt dan die van de melding.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="132" />
            <source>Someone else changed this report; reopen it and try again.</source>
            <translation>Iemand anders heeft deze melding gewijzigd; open ze opnieuw en probeer het nog eens.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="136" />
            <source>A case file needs at least one report.</source>
            <translation>Een dossier heeft minstens één melding nodig.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="137" />
            <source>Report {number} is already in a case file.</source>
            <translation>Melding {number} zit al in een dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="138" />
            <source>This case file does not exist (any more).</source>
            <translation>Dit dossier bestaat niet (meer).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="139" />
            <source>Someone else changed this case file after you opened it; nothing was overwritten. Reopen it to see their change.</source>
            <translation>Iemand anders heeft dit dossier gewijzigd nadat u het opende; er is niets overschreven. Open het opnieuw om de wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="144" />
            <source>Choose at least one report to add to the case file.</source>
            <translation>Kies minstens één melding om aan het dossier toe te voegen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="145" />
            <source>Case file {number} is closed: reopen it before adding reports.</source>
            <translation>Dossier {number} is afgesloten: heropen het voordat u meldingen toevoegt.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="149" />
            <source>Case file {number} has ended; no reports can be added to it.</source>
            <translation>Dossier {number} is beëindigd; er kunnen geen meldingen meer aan toegevoegd worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="153" />
            <source>Someone else changed this case file after you opened it; nothing was changed. Reopen it to see their change.</source>
            <translation>Iemand anders heeft dit dossier gewijzigd nadat u het opende; er is niets gewijzigd. Open het opnieuw om de wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="159" />
            <source>The note is too long ({length} characters, at most {limit}).</source>
            <translation>De notitie is te lang ({length} tekens, maximaal {limit}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="163" />
            <source>The task is too long ({length} characters, at most {limit}).</source>
            <translation>De taak is te lang ({length} tekens, maximaal {limit}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="167" />
            <source>Meldpunt is locked; unlock it first.</source>
            <translation>Meldpunt is vergrendeld; ontgrendel het eerst.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="168" />
            <source>Your role cannot follow up case files.</source>
            <translation>Met uw rol kunt u geen dossiers opvolgen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="169" />
            <source>This staff member cannot be assigned a case file.</source>
            <translation>Aan dit personeelslid kan geen dossier toegewezen worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="170" />
            <source>This kind of action cannot be added by hand.</source>
            <translation>Dit soort actie kan niet met de hand toegevoegd worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="171" />
            <source>An action cannot lie in the future; check the date.</source>
            <translation>Een actie kan niet in de toekomst liggen; controleer de datum.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="172" />
            <source>This case file is closed; reopen it before recording an action (a note can still be added).</source>
            <translation>Dit dossier is afgesloten; heropen het voordat u een actie registreert (een notitie kan nog wel).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="177" />
            <source>That report is not part of this case file.</source>
            <translation>Die melding hoort niet bij dit dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="178" />
            <source>This timeline entry does not exist (any more).</source>
            <translation>Deze regel van de tijdlijn bestaat niet (meer).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="179" />
            <source>Its text was erased with the personal data of the file; it cannot be changed.</source>
            <translation>De tekst is gewist met de persoonsgegevens van het dossier; hij kan niet gewijzigd worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="183" />
            <source>Someone else changed this note after you opened it; nothing was overwritten. Reload to see their change.</source>
            <translation>Iemand anders heeft deze notitie gewijzigd nadat u ze opende; er is niets overschreven. Laad opnieuw om de wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="188" />
            <source>Say what has to be done.</source>
            <translation>Zeg wat er moet gebeuren.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="189" />
            <source>This task does not exist (any more).</source>
            <translation>Deze taak bestaat niet (meer).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="190" />
            <source>Someone else changed this task after you opened it; nothing was overwritten. Reload to see their change.</source>
            <translation>Iemand anders heeft deze taak gewijzigd nadat u ze opende; er is niets overschreven. Laad opnieuw om de wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="196" />
            <source>Only a coordinator can load demo data.</source>
            <translation>Enkel een coördinator kan demogegevens laden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="198" />
            <source>Your role cannot keep drafts.</source>
            <translation>Met uw rol kunt u geen klad bewaren.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="200" />
            <source>There is no report {number}.</source>
            <translation>Er is geen melding {number}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="201" />
            <source>Unknown outcome '{outcome}'. Choose one of: {outcomes}.</source>
            <translation>Onbekende afloop '{outcome}'. Kies uit: {outcomes}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="202" />
            <source>A retention period is {low} to {high} years.</source>
            <translation>Een bewaartermijn is {low} tot {high} jaar.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="203" />
            <source>Reading end dates needs the special key.</source>
            <translation>Om einddatums te lezen is de sleutel van de gecodeerde feiten (special) nodig.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="205" />
            <source>Too many failed attempts. Wait {seconds} seconds before trying again.</source>
            <translation>Te veel mislukte pogingen. Wacht {seconds} seconden voordat u het opnieuw probeert.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="210" />
            <source>Your role cannot handle evidence files.</source>
            <translation>Met uw rol kunt u geen bewijsstukken behandelen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="211" />
            <source>The file cannot be read: {reason}.</source>
            <translation>Het bestand kan niet gelezen worden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="212" />
            <source>An evidence file can be at most 50 MB.</source>
            <translation>Een bewijsstuk mag maximaal 50 MB groot zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="213" />
            <source>This evidence file does not exist (any more).</source>
            <translation>Dit bewijsstuk bestaat niet (meer).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="215" />
            <source>Your role cannot read coded facts.</source>
            <translation>Met uw rol kunt u geen gecodeerde feiten lezen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="217" />
            <source>Your role cannot produce statistics.</source>
            <translation>Met uw rol kunt u geen statistieken maken.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="218" />
            <source>Only a coordinator or an administrator can verify the audit trail.</source>
            <translation>Enkel een coördinator of een IT-beheerder kan het auditlogboek controleren.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="222" />
            <source>Only a coordinator can read the audit trail.</source>
            <translation>Enkel een coördinator kan het auditlogboek lezen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="223" />
            <source>Only a coordinator or an administrator can make a backup.</source>
            <translation>Enkel een coördinator of een IT-beheerder kan een back-up maken.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="224" />
            <source>Only a coordinator can manage retention.</source>
            <translation>Enkel een coördinator kan de bewaartermijnen beheren.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="225" />
            <source>Only a coordinator can erase personal data.</source>
            <translation>Enkel een coördinator kan persoonsgegevens wissen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="226" />
            <source>Only a coordinator can answer an access request.</source>
            <translation>Enkel een coördinator kan een verzoek om inzage beantwoorden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="228" />
            <source>Your role cannot refer reports.</source>
            <translation>Met uw rol kunt u geen meldingen doorverwijzen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="229" />
            <source>Only a coordinator can change the referral rules and letters.</source>
            <translation>Enkel een coördinator kan de regels voor doorverwijzing en de brieven wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="233" />
            <source>The rule table is too long.</source>
            <translation>De regeltabel is te lang.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="234" />
            <source>The rule table was not saved: {problem}</source>
            <translation>De regeltabel is niet bewaard: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="235" />
            <source>Someone else saved the referral rules after you opened them; nothing was overwritten. Reopen them to see the other change.</source>
            <translation>Iemand anders heeft de regels voor doorverwijzing bewaard nadat u ze opende; er is niets overschreven. Open ze opnieuw om de andere wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="240" />
            <source>Choose a body to refer to.</source>
            <translation>Kies een instantie om naar door te verwijzen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="241" />
            <source>Unknown body.</source>
            <translation>Onbekende instantie.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="242" />
            <source>Someone else saved these contact details after you opened them; nothing was overwritten. Reopen them to see the other change.</source>
            <translation>Iemand anders heeft deze contactgegevens bewaard nadat u ze opende; er is niets overschreven. Open ze opnieuw om de andere wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="247" />
            <source>Unknown letter or language.</source>
            <translation>Onbekende brief of taal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="248" />
            <source>The letter text is too long.</source>
            <translation>De tekst van de brief is te lang.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="249" />
            <source>The letter was not saved: check {problems} in the text.</source>
            <translation>De brief is niet bewaard: controleer {problems} in de tekst.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="250" />
            <source>Someone else saved this letter after you opened it; nothing was overwritten. Reopen it to see the other change.</source>
            <translation>Iemand anders heeft deze brief bewaard nadat u hem opende; er is niets overschreven. Open hem opnieuw om de andere wijziging te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="255" />
            <source>Unknown letter language.</source>
            <translation>Onbekende taal voor de brief.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="256" />
            <source>This referral does not exist (any more).</source>
            <translation>Deze doorverwijzing bestaat niet (meer).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="257" />
            <source>The reporter did not consent to passing on their data: no referral letter with personal data can be made. Record the consent first.</source>
            <translation>De melder gaf geen toestemming om de gegevens door te geven: er kan geen doorverwijzingsbrief met persoonsgegevens gemaakt worden. Registreer eerst de toestemming.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="263" />
            <source>The report was not saved: check {fields}.</source>
            <translation>De melding is niet bewaard: controleer {fields}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="264" />
            <source>Your role cannot record or change reports.</source>
            <translation>Met uw rol kunt u geen meldingen registreren of wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="265" />
            <source>Your role cannot open reports.</source>
            <translation>Met uw rol kunt u geen meldingen openen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="266" />
            <source>The personal data of this report was erased; it cannot be edited.</source>
            <translation>De persoonsgegevens van deze melding zijn gewist; ze kan niet bewerkt worden.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="270" />
            <source>Someone else saved this report after you opened it. Your changes were not saved; reopen the report to see theirs.</source>
            <translation>Iemand anders heeft deze melding bewaard nadat u ze opende. Uw wijzigingen zijn niet bewaard; open de melding opnieuw om de andere wijzigingen te zien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="275" />
            <source>Your role cannot search by personal details.</source>
            <translation>Met uw rol kunt u niet zoeken op persoonsgegevens.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="277" />
            <source>Only a coordinator can rotate keys.</source>
            <translation>Enkel een coördinator kan sleutels vernieuwen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="278" />
            <source>A rotation of the {key} key is still running; finish it first.</source>
            <translation>Een vernieuwing van de sleutel {key} is nog bezig; rond die eerst af.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="282" />
            <source>Your keys are out of date; lock and unlock, then try again.</source>
            <translation>Uw sleutels zijn verouderd; vergrendel en ontgrendel, en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="287" />
            <source>Only a coordinator can change the threshold.</source>
            <translation>Enkel een coördinator kan de drempel wijzigen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="288" />
            <source>The threshold cannot be lower than {minimum}.</source>
            <translation>De drempel kan niet lager zijn dan {minimum}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="290" />
            <source>Unknown role '{role}'. Choose one of: {roles}.</source>
            <translation>Onbekende rol '{role}'. Kies uit: {roles}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="291" />
            <source>A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-', starting with a letter or digit.</source>
            <translation>Een gebruikersnaam heeft 2 tot 40 tekens: letters a-z, cijfers, '.', '_' of '-', en begint met een letter of cijfer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="296" />
            <source>The passphrase must have at least {minimum} characters (it has {length}). A few words you can remember work well.</source>
            <translation>De wachtwoordzin moet minstens {minimum} tekens hebben (deze heeft er {length}). Een paar woorden die u makkelijk onthoudt, werken goed.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="301" />
            <source>The passphrase may have at most {maximum} characters.</source>
            <translation>De wachtwoordzin mag maximaal {maximum} tekens hebben.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="302" />
            <source>The passphrase cannot be only spaces.</source>
            <translation>De wachtwoordzin mag niet uit alleen spaties bestaan.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="55" />
            <source>The machine-wide settings file {path} cannot be read ({reason}).</source>
            <translation>Het instellingenbestand voor deze computer {path} kan niet gelezen worden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="58" />
            <source>The machine-wide settings file {path} is not valid JSON ({reason}).</source>
            <translation>Het instellingenbestand voor deze computer {path} is geen geldige JSON ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="61" />
            <source>The machine-wide settings file {path}: expected a JSON object ({ ... }).</source>
            <translation>Het instellingenbestand voor deze computer {path}: een JSON-object ({ ... }) verwacht.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="64" />
            <source>The machine-wide settings file {path}: unknown key {keys} (known: {known}).</source>
            <translation>Het instellingenbestand voor deze computer {path}: onbekende sleutel {keys} (gekend: {known}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="68" />
            <source>The machine-wide settings file {path}: database_url must be a database URL or a file path.</source>
            <translation>Het instellingenbestand voor deze computer {path}: database_url moet een database-URL of een bestandspad zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="73" />
            <source>The machine-wide settings file {path}: language must be one of {languages}.</source>
            <translation>Het instellingenbestand voor deze computer {path}: language moet een van {languages} zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="77" />
            <source>The machine-wide settings file {path}: idle_lock_minutes must be a whole number from {low} to {high}.</source>
            <translation>Het instellingenbestand voor deze computer {path}: idle_lock_minutes moet een geheel getal van {low} tot {high} zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="82" />
            <source>The machine-wide settings file {path}: report_threshold_floor must be a whole number of at least {floor}.</source>
            <translation>Het instellingenbestand voor deze computer {path}: report_threshold_floor moet een geheel getal van minstens {floor} zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="87" />
            <source>The machine-wide settings file {path}: locked must be a list of {keys}.</source>
            <translation>Het instellingenbestand voor deze computer {path}: locked moet een lijst van {keys} zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="90" />
            <source>The machine-wide settings file {path}: locked names {keys} but the file does not set it.</source>
            <translation>Het instellingenbestand voor deze computer {path}: locked noemt {keys}, maar het bestand stelt die niet in.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="119" />
            <source>Meldpunt cannot start.</source>
            <translation>Meldpunt kan niet starten.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="123" />
            <source>Log file: {log}</source>
            <translation>Logbestand: {log}</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="91" />
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="102" />
            <source>Annual report</source>
            <translation>Jaarverslag</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="116" />
            <source>Anonymised figures for the city council and the open-data portal: no names, no narratives, and small numbers hidden.</source>
            <translation>Geanonimiseerde cijfers voor de gemeenteraad en het opendataportaal: geen namen, geen verhalen, en kleine aantallen verborgen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="125" />
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="132" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="139" />
            <source>New threshold</source>
            <translation>Nieuwe drempel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="141" />
            <source>&amp;Raise…</source>
            <translation>&amp;Verhogen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="159" />
            <source>Tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="175" />
            <source>Computing the statistics…</source>
            <translation>De cijfers worden berekend…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="195" />
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="200" />
            <source>also open data (CSV and JSON)</source>
            <translation>ook open data (CSV en JSON)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="202" />
            <source>&amp;Make PDF…</source>
            <translation>PDF ma&amp;ken…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="208" />
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="209" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="215" />
            <source>&amp;Open PDF</source>
            <translation>PDF &amp;openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="218" />
            <source>&amp;Show folder</source>
            <translation>&amp;Map tonen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="290" />
            <source>The annual report is made from the coded facts of the reports. Your role holds no key for report data, so it cannot make the report; the coordinator or the statistician can.</source>
            <translation>Het jaarverslag wordt gemaakt uit de gecodeerde gegevens van de meldingen. Uw rol heeft geen sleutel voor meldingsgegevens en kan het verslag dus niet maken; de coördinator of de statisticus kan dat wel.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="298" />
            <source>The annual report is made by the coordinator or the statistician.</source>
            <translation>Het jaarverslag wordt gemaakt door de coördinator of de statisticus.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="306" />
            <source>There are no reports yet. The annual report can be made once reports have been recorded.</source>
            <translation>Er zijn nog geen meldingen. Het jaarverslag kan gemaakt worden zodra er meldingen geregistreerd zijn.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="354" />
            <source>Counts below {threshold} are shown as {marker}.</source>
            <translation>Aantallen onder {threshold} worden getoond als {marker}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="456" />
            <source>Raise the threshold</source>
            <translation>De drempel verhogen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="458" />
            <source>Hide every count below {new} instead of below {old}, in this and every later report? The threshold cannot be lowered again.</source>
            <translation>Elk aantal onder {new} verbergen in plaats van onder {old}, in dit en elk later verslag? De drempel kan daarna niet meer omlaag.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="485" />
            <source>Save the annual report</source>
            <translation>Jaarverslag bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="487" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="522" />
            <source>Making the annual report…</source>
            <translation>Het jaarverslag wordt gemaakt…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="538" />
            <source>Cancelling…</source>
            <translation>Bezig met annuleren…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="556" />
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet bewaard worden: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="565" />
            <source>Saved as {file}, with the open-data files beside it.</source>
            <translation>Bewaard als {file}, met de opendatabestanden ernaast.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="567" />
            <source>Saved as {file}.</source>
            <translation>Bewaard als {file}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="583" />
            <source>Cancelled; no file was saved.</source>
            <translation>Geannuleerd; er is geen bestand bewaard.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="611" />
            <source>{count} damaged records could not be read and were left out; details are in the log file.</source>
            <translation>{count} beschadigde records konden niet gelezen worden en zijn weggelaten; details staan in het logbestand.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="619" />
            <source>The annual report could not be made; details are in the log file.</source>
            <translation>Het jaarverslag kon niet gemaakt worden; details staan in het logbestand.</translation>
        </message>
    </context>
    <context>
        <name>StatusPanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="169" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="182" />
            <source>Next step:</source>
            <translation>Volgende stap:</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="210" />
            <source>Assessment: {assessment}. Result: {result}.</source>
            <translation>Beoordeling: {assessment}. Resultaat: {result}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="215" />
            <source>Reopened before: {reasons}</source>
            <translation>Eerder heropend: {reasons}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="225" />
            <source>Reopen…</source>
            <translation>Heropenen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="227" />
            <source>Close…</source>
            <translation>Afsluiten…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="229" />
            <source>Withdrawn…</source>
            <translation>Ingetrokken…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="234" />
            <source>Move the file to: {status}</source>
            <translation>Dossier naar: {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="255" />
            <source>Withdraw the case file</source>
            <translation>Dossier intrekken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="257" />
            <source>The reporter withdraws or cannot be reached. The file and its reports end; this cannot be undone. Continue?</source>
            <translation>De melder trekt zich terug of is niet bereikbaar. Het dossier en de meldingen worden afgesloten; dat kan niet ongedaan gemaakt worden. Doorgaan?</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="28" />
            <source>Check and save</source>
            <translation>Nakijken en bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="29" />
            <source>This is what will be stored. Check it with the reporter.</source>
            <translation>Dit wordt bewaard. Overloop het samen met de melder.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="33" />
            <source>Summary of the report</source>
            <translation>Overzicht van de melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="38" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="42" />
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
    </context>
    <context>
        <name>TablePreview</name>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/preview.py" line="61" />
            <source>Chart</source>
            <translation>Grafiek</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/preview.py" line="82" />
            <source>Table values</source>
            <translation>Waarden van de tabel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/preview.py" line="202" />
            <source>Hidden to protect small numbers</source>
            <translation>Verborgen om kleine aantallen te beschermen</translation>
        </message>
    </context>
    <context>
        <name>TaskEditDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="179" />
            <source>Due date</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="186" />
            <source>What has to be done</source>
            <translation>Wat er moet gebeuren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="189" />
            <source>Who does it</source>
            <translation>Wie het doet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="190" />
            <source>whoever has the file</source>
            <translation>wie het dossier heeft</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="198" />
            <source>&amp;Task</source>
            <translation>&amp;Taak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="199" />
            <source>&amp;Due on</source>
            <translation>&amp;Tegen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="200" />
            <source>&amp;For</source>
            <translation>&amp;Voor</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="209" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="85" />
            <source>Due</source>
            <translation>Tegen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="86" />
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="87" />
            <source>Task</source>
            <translation>Taak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="88" />
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="89" />
            <source>State</source>
            <translation>Toestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="97" />
            <source>done</source>
            <translation>gedaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="100" />
            <source>overdue ({days} d)</source>
            <translation>te laat ({days} d.)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="102" />
            <source>due today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="103" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="118" />
            <source>(erased)</source>
            <translation>(gewist)</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="249" />
            <source>My tasks</source>
            <translation>Mijn taken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="259" />
            <source>My open tasks, overdue first</source>
            <translation>Mijn open taken, te late eerst</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="261" />
            <source>Mark &amp;done</source>
            <translation>Markeer als &amp;gedaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="264" />
            <source>&amp;Change…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="267" />
            <source>&amp;Open case file</source>
            <translation>Dossier &amp;openen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="270" />
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="328" />
            <source>{count} open tasks, {overdue} overdue.</source>
            <translation>{count} open taken, {overdue} te laat.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="333" />
            <source>You have no open tasks.</source>
            <translation>U hebt geen open taken.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="376" />
            <source>this task</source>
            <translation>deze taak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="388" />
            <source>Change the task</source>
            <translation>Taak wijzigen</translation>
        </message>
    </context>
    <context>
        <name>TasksPanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="190" />
            <source>Tasks</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="194" />
            <source>Tasks of the case file</source>
            <translation>Taken van het dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="196" />
            <source>New &amp;task…</source>
            <translation>Nieuwe &amp;taak…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="199" />
            <source>Mark &amp;done</source>
            <translation>Markeer als &amp;gedaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="202" />
            <source>C&amp;hange task…</source>
            <translation>Taak &amp;wijzigen…</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="217" />
            <source>Letter templates</source>
            <translation>Sjablonen van brieven</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="224" />
            <source>Information letter</source>
            <translation>Informatiebrief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="225" />
            <source>Referral letter</source>
            <translation>Doorverwijzingsbrief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="232" />
            <source>Letter text</source>
            <translation>Tekst van de brief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="239" />
            <source>Letterhead</source>
            <translation>Briefhoofd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="245" />
            <source>&amp;Letter</source>
            <translation>&amp;Brief</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="246" />
            <source>Lan&amp;guage</source>
            <translation>T&amp;aal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="247" />
            <source>&amp;Text</source>
            <translation>Te&amp;kst</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="248" />
            <source>Letter&amp;head (address, phone, e-mail of the office)</source>
            <translation>Brief&amp;hoofd (adres, telefoon, e-mail van het meldpunt)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="254" />
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="257" />
            <source>Restore the &amp;default text</source>
            <translation>&amp;Standaardtekst terugzetten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="284" />
            <source>Paragraphs are separated by an empty line; a line starting with '# ' is the subject. You can use: {names}.</source>
            <translation>Alinea's worden gescheiden door een lege regel; een regel die begint met '# ' is het onderwerp. U kunt gebruiken: {names}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="288" />
            <source>A paragraph starting with {flags} is kept only then.</source>
            <translation>Een alinea die begint met {flags} blijft enkel dan staan.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="292" />
            <source>(default text)</source>
            <translation>(standaardtekst)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="312" />
            <source>The letter was saved.</source>
            <translation>De brief is bewaard.</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="90" />
            <source>Status → {status}</source>
            <translation>Status → {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="98" />
            <source>Report {number}:</source>
            <translation>Melding {number}:</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="101" />
            <source>{assessment}; {result}.</source>
            <translation>{assessment}; {result}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="111" />
            <source>with consent</source>
            <translation>met toestemming</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="111" />
            <source>without consent</source>
            <translation>zonder toestemming</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="113" />
            <source>To {body}, {consent}.</source>
            <translation>Naar {body}, {consent}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="115" />
            <source>(erased)</source>
            <translation>(gewist)</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="193" />
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="201" />
            <source>Timeline of the case file</source>
            <translation>Tijdlijn van het dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="224" />
            <source>&amp;Edit note…</source>
            <translation>Notitie &amp;bewerken…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="227" />
            <source>Save a cop&amp;y of the file…</source>
            <translation>&amp;Kopie van het bestand bewaren…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="237" />
            <source>Kind of action</source>
            <translation>Soort actie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="243" />
            <source>When the action took place</source>
            <translation>Wanneer de actie plaatsvond</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="247" />
            <source>Which report the action is about</source>
            <translation>Over welke melding de actie gaat</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="250" />
            <source>Note on the action</source>
            <translation>Notitie bij de actie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="257" />
            <source>&amp;Add to timeline</source>
            <translation>&amp;Toevoegen aan de tijdlijn</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="262" />
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="264" />
            <source>&amp;When</source>
            <translation>&amp;Wanneer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="266" />
            <source>Re&amp;port</source>
            <translation>&amp;Melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="268" />
            <source>N&amp;ote</source>
            <translation>N&amp;otitie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="297" />
            <source>(the file as a whole)</source>
            <translation>(het hele dossier)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="357" />
            <source>Report {numbers}: the reporter did not allow contact with the counterparty. Do not name or describe them.</source>
            <translation>Melding {numbers}: de melder gaf geen toestemming voor contact met de tegenpartij. Noem of beschrijf de melder niet.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="389" />
            <source>Note on: {action}</source>
            <translation>Notitie bij: {action}</translation>
        </message>
    </context>
    <context>
        <name>TriStateCombo</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/codes_widgets.py" line="83" />
            <source>not asked</source>
            <translation>niet gevraagd</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/codes_widgets.py" line="84" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/codes_widgets.py" line="85" />
            <source>no</source>
            <translation>nee</translation>
        </message>
    </context>
    <context>
        <name>UnlockMaintenance</name>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="48" />
            <source>The last backup is older than 7 days: make one (meldpunt backup).</source>
            <translation>De laatste back-up is ouder dan 7 dagen: maak er een (Beheer of meldpunt backup).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="74" />
            <location filename="../../src/meldpunt/ui/maintenance.py" line="91" />
            <location filename="../../src/meldpunt/ui/maintenance.py" line="99" />
            <source>Retention</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="76" />
            <source>{n} ended reports have passed their retention period. Their names, contact details and narratives will be erased for good; their coded facts stay for the statistics. Erase them now?</source>
            <translation>{n} afgesloten meldingen hebben hun bewaartermijn bereikt. Namen, contactgegevens en verhalen worden definitief gewist; de gecodeerde feiten blijven voor de statistieken. Nu wissen?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="109" />
            <source>The personal data of {n} reports and {files} case files was erased; their coded facts remain for the statistics.</source>
            <translation>De persoonsgegevens van {n} meldingen en {files} dossiers werden gewist; hun gecodeerde feiten blijven voor de statistieken.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="102" />
            <source>Retention did not complete; details are in the log file.</source>
            <translation>De bewaartermijnen werden niet volledig toegepast; details staan in het logbestand.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="47" />
            <source>Meldpunt is locked</source>
            <translation>Meldpunt is vergrendeld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="58" />
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="63" />
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="68" />
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="70" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="78" />
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="79" />
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="96" />
            <source>Demo office with invented reports.
User: {user}   Passphrase: {pw}</source>
            <translation>Demokantoor met verzonnen meldingen.
Gebruiker: {user}   Wachtwoordzin: {pw}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="132" />
            <source>Unlocking…</source>
            <translation>Bezig met ontgrendelen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="138" />
            <source>Type your user name and passphrase.</source>
            <translation>Typ uw gebruikersnaam en wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="155" />
            <source>Too many failed attempts. Wait {n} seconds and try again.</source>
            <translation>Te veel mislukte pogingen. Wacht {n} seconden en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="159" />
            <source>Wrong user name or passphrase.</source>
            <translation>Verkeerde gebruikersnaam of wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="163" />
            <source>Your key slot is damaged or was changed. Ask a coordinator to re-enrol you.</source>
            <translation>Uw sleutelslot is beschadigd of gewijzigd. Vraag een coördinator om u opnieuw in te schrijven.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="169" />
            <source>Unlocking failed; details are in the log file.</source>
            <translation>Ontgrendelen is mislukt; details staan in het logbestand.</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Report</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>WishesSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/wishes.py" line="26" />
            <source>5. What the reporter wants</source>
            <translation>5. Wat wil de melder</translation>
        </message>
    </context>
</TS>
