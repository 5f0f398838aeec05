<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/widgets/coming_soon.py" line="19" />
            <source>Coming in a later version</source>
            <translation>Komt in een volgende versie</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="66" />
            <source>First coordinator</source>
            <translation>Eerste coördinator</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="69" />
            <source>The coordinator manages staff accounts. Choose a passphrase of at least {n} characters: a few words you can remember work well.</source>
            <translation>De coördinator beheert de accounts van het personeel. Kies een wachtwoordzin van minstens {n} tekens: een paar woorden die u onthoudt, werken goed.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="75" />
            <source>e.g. an.peeters</source>
            <translation>bv. an.peeters</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="88" />
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="94" />
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="94" />
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="95" />
            <source>&amp;Full name</source>
            <translation>&amp;Volledige naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="95" />
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="96" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="96" />
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="97" />
            <source>&amp;Repeat passphrase</source>
            <translation>&amp;Herhaal wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="97" />
            <source>Repeat passphrase</source>
            <translation>Herhaal wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="103" />
            <source>Strength</source>
            <translation>Sterkte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="117" />
            <source>too short</source>
            <translation>te kort</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="118" />
            <source>weak</source>
            <translation>zwak</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="119" />
            <source>fair</source>
            <translation>redelijk</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="120" />
            <source>good</source>
            <translation>goed</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="121" />
            <source>strong</source>
            <translation>sterk</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="132" />
            <source>A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-'.</source>
            <translation>Een gebruikersnaam heeft 2 tot 40 tekens: letters a-z, cijfers, '.', '_' of '-'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="137" />
            <source>The passphrase must have at least {n} characters.</source>
            <translation>De wachtwoordzin moet minstens {n} tekens hebben.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="141" />
            <source>The two passphrases differ.</source>
            <translation>De twee wachtwoordzinnen verschillen.</translation>
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
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="233" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="253" />
            <source>Meldpunt: new office</source>
            <translation>Meldpunt: nieuw meldpunt</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="68" />
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="147" />
            <location filename="../../src/meldpunt/ui/selftest.py" line="30" />
            <source>Reports</source>
            <translation>Meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="149" />
            <source>The list of reports with filters and search, and the intake form for a new report, will come here.</source>
            <translation>Hier komen de lijst van meldingen met filters en zoeken, en het intakeformulier voor een nieuwe melding.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="155" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="157" />
            <source>Case files with their linked reports, status, timeline of actions, referrals and letters will come here.</source>
            <translation>Hier komen de dossiers met hun gekoppelde meldingen, status, tijdlijn van acties, doorverwijzingen en brieven.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="163" />
            <source>Tasks</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="164" />
            <source>Your tasks with due dates, overdue ones first, will come here.</source>
            <translation>Hier komen uw taken met hun vervaldatum, de achterstallige eerst.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="168" />
            <source>Annual report</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="170" />
            <source>The anonymised annual report — tables, charts and the PDF for the city council and the open-data portal — will come here.</source>
            <translation>Hier komt het geanonimiseerde jaarrapport: tabellen, grafieken en de pdf voor de gemeenteraad en het opendataportaal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="176" />
            <source>Administration</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="178" />
            <source>Staff accounts and roles, the audit trail, retention settings and backups will come here.</source>
            <translation>Hier komen de personeelsaccounts en rollen, het auditlogboek, de bewaartermijnen en de back-ups.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="187" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="188" />
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="193" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="198" />
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="207" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="208" />
            <source>&amp;About Meldpunt</source>
            <translation>&amp;Over Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="220" />
            <source>About Meldpunt</source>
            <translation>Over Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="222" />
            <source>Meldpunt {version}

Records reports of discrimination for the antidiscrimination office of the city of Leuven.

Log file: {log}</source>
            <translation>Meldpunt {version}

Registreert meldingen van discriminatie voor het antidiscriminatiemeldpunt van de stad Leuven.

Logbestand: {log}</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="45" />
            <source>Welcome to Meldpunt</source>
            <translation>Welkom bij Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="48" />
            <source>This database holds no office yet. Give the office a name; you will then create the first coordinator's account.</source>
            <translation>Deze databank bevat nog geen meldpunt. Geef het meldpunt een naam; daarna maakt u het account van de eerste coördinator aan.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="52" />
            <source>Antidiscriminatiemeldpunt Leuven</source>
            <translation>Antidiscriminatiemeldpunt Leuven</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="55" />
            <source>Office name</source>
            <translation>Naam van het meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="56" />
            <source>Office &amp;name</source>
            <translation>&amp;Naam van het meldpunt</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="156" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="171" />
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="159" />
            <source>This key is shown only now. With it a new coordinator can be enrolled when every passphrase is lost. Print the recovery sheet or write the key down, and keep it locked away: whoever holds it can read every report.</source>
            <translation>Deze sleutel wordt alleen nu getoond. Hiermee kan een nieuwe coördinator worden ingeschreven als alle wachtwoordzinnen verloren zijn. Druk het herstelblad af of schrijf de sleutel op en bewaar hem achter slot: wie hem heeft, kan alle meldingen lezen.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="172" />
            <source>&amp;Save recovery sheet as PDF…</source>
            <translation>Herstelblad als pdf &amp;opslaan…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="175" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>Ik heb de herstelsleutel op een veilige plaats &amp;bewaard</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="202" />
            <source>Save recovery sheet</source>
            <translation>Herstelblad opslaan</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="204" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="217" />
            <source>Recovery sheet</source>
            <translation>Herstelblad</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="220" />
            <source>The recovery sheet was saved. Print it, then delete the file.</source>
            <translation>Het herstelblad is opgeslagen. Druk het af en verwijder daarna het bestand.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="46" />
            <source>Meldpunt cannot start.</source>
            <translation>Meldpunt kan niet starten.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="50" />
            <source>Log file: {log}</source>
            <translation>Logbestand: {log}</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="46" />
            <source>Meldpunt is locked</source>
            <translation>Meldpunt is vergrendeld</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="57" />
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="62" />
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="67" />
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="69" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="77" />
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="78" />
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="95" />
            <source>Demo office with invented reports.
User: {user}   Passphrase: {pw}</source>
            <translation>Demokantoor met verzonnen meldingen.
Gebruiker: {user}   Wachtwoordzin: {pw}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="131" />
            <source>Unlocking…</source>
            <translation>Bezig met ontgrendelen…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="137" />
            <source>Type your user name and passphrase.</source>
            <translation>Typ uw gebruikersnaam en wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="154" />
            <source>Too many failed attempts. Wait {n} seconds and try again.</source>
            <translation>Te veel mislukte pogingen. Wacht {n} seconden en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="158" />
            <source>Wrong user name or passphrase.</source>
            <translation>Verkeerde gebruikersnaam of wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="162" />
            <source>Your key slot is damaged or was changed. Ask a coordinator to re-enrol you.</source>
            <translation>Uw sleutelslot is beschadigd of gewijzigd. Vraag een coördinator om u opnieuw in te schrijven.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="168" />
            <source>Unlocking failed; details are in the log file.</source>
            <translation>Ontgrendelen is mislukt; details staan in het logbestand.</translation>
        </message>
    </context>
</TS>
