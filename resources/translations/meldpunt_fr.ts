<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/widgets/coming_soon.py" line="19" />
            <source>Coming in a later version</source>
            <translation>Disponible dans une prochaine version</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <location filename="../../src/meldpunt/ui/crash.py" line="66" />
            <source>Meldpunt: unexpected problem</source>
            <translation>Meldpunt : problème inattendu</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/crash.py" line="67" />
            <source>Meldpunt ran into an unexpected problem. What you saved is safe.

Please tell your IT contact and give them the log file:
{log}</source>
            <translation>Meldpunt a rencontré un problème inattendu. Ce que vous avez enregistré est en sécurité.

Prévenez votre contact informatique et transmettez-lui le fichier journal :
{log}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="41" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="68" />
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="74" />
            <location filename="../../src/meldpunt/ui/selftest.py" line="29" />
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="76" />
            <source>The list of reports with filters and search, and the intake form for a new report, will come here.</source>
            <translation>La liste des signalements avec filtres et recherche, et le formulaire d’accueil pour un nouveau signalement, viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="82" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="84" />
            <source>Case files with their linked reports, status, timeline of actions, referrals and letters will come here.</source>
            <translation>Les dossiers avec leurs signalements liés, leur statut, la chronologie des actions, les réorientations et les lettres viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="90" />
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="91" />
            <source>Your tasks with due dates, overdue ones first, will come here.</source>
            <translation>Vos tâches avec leur échéance, les tâches en retard en premier, viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="95" />
            <source>Annual report</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="97" />
            <source>The anonymised annual report — tables, charts and the PDF for the city council and the open-data portal — will come here.</source>
            <translation>Le rapport annuel anonymisé — tableaux, graphiques et le PDF pour le conseil communal et le portail de données ouvertes — viendra ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="103" />
            <source>Administration</source>
            <translation>Gestion</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="105" />
            <source>Staff accounts and roles, the audit trail, retention settings and backups will come here.</source>
            <translation>Les comptes du personnel et leurs rôles, le journal d’audit, les délais de conservation et les sauvegardes viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="112" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="113" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="118" />
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="126" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="127" />
            <source>&amp;About Meldpunt</source>
            <translation>À &amp;propos de Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="134" />
            <source>About Meldpunt</source>
            <translation>À propos de Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="136" />
            <source>Meldpunt {version}

Records reports of discrimination for the antidiscrimination office of the city of Leuven.

Log file: {log}</source>
            <translation>Meldpunt {version}

Enregistre les signalements de discrimination pour le point de contact antidiscrimination de la ville de Louvain.

Fichier journal : {log}</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="43" />
            <source>Meldpunt cannot start.</source>
            <translation>Meldpunt ne peut pas démarrer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="47" />
            <source>Log file: {log}</source>
            <translation>Fichier journal : {log}</translation>
        </message>
    </context>
</TS>
