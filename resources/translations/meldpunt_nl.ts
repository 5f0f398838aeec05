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
        <name>MainWindow</name>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="41" />
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="68" />
            <source>Ready</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="74" />
            <location filename="../../src/meldpunt/ui/selftest.py" line="29" />
            <source>Reports</source>
            <translation>Meldingen</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="76" />
            <source>The list of reports with filters and search, and the intake form for a new report, will come here.</source>
            <translation>Hier komen de lijst van meldingen met filters en zoeken, en het intakeformulier voor een nieuwe melding.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="82" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="84" />
            <source>Case files with their linked reports, status, timeline of actions, referrals and letters will come here.</source>
            <translation>Hier komen de dossiers met hun gekoppelde meldingen, status, tijdlijn van acties, doorverwijzingen en brieven.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="90" />
            <source>Tasks</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="91" />
            <source>Your tasks with due dates, overdue ones first, will come here.</source>
            <translation>Hier komen uw taken met hun vervaldatum, de achterstallige eerst.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="95" />
            <source>Annual report</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="97" />
            <source>The anonymised annual report — tables, charts and the PDF for the city council and the open-data portal — will come here.</source>
            <translation>Hier komt het geanonimiseerde jaarrapport: tabellen, grafieken en de pdf voor de gemeenteraad en het opendataportaal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="103" />
            <source>Administration</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="105" />
            <source>Staff accounts and roles, the audit trail, retention settings and backups will come here.</source>
            <translation>Hier komen de personeelsaccounts en rollen, het auditlogboek, de bewaartermijnen en de back-ups.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="112" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="113" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="118" />
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="126" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="127" />
            <source>&amp;About Meldpunt</source>
            <translation>&amp;Over Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="134" />
            <source>About Meldpunt</source>
            <translation>Over Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="136" />
            <source>Meldpunt {version}

Records reports of discrimination for the antidiscrimination office of the city of Leuven.

Log file: {log}</source>
            <translation>Meldpunt {version}

Registreert meldingen van discriminatie voor het antidiscriminatiemeldpunt van de stad Leuven.

Logbestand: {log}</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="43" />
            <source>Meldpunt cannot start.</source>
            <translation>Meldpunt kan niet starten.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="47" />
            <source>Log file: {log}</source>
            <translation>Logbestand: {log}</translation>
        </message>
    </context>
</TS>
