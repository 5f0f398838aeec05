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
        <name>CoordinatorPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="66" />
            <source>First coordinator</source>
            <translation>Premier coordinateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="69" />
            <source>The coordinator manages staff accounts. Choose a passphrase of at least {n} characters: a few words you can remember work well.</source>
            <translation>Le coordinateur gère les comptes du personnel. Choisissez une phrase de passe d’au moins {n} caractères : quelques mots dont vous vous souvenez conviennent bien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="75" />
            <source>e.g. an.peeters</source>
            <translation>p. ex. an.peeters</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="88" />
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="94" />
            <source>&amp;User name</source>
            <translation>Nom d’&amp;utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="94" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="95" />
            <source>&amp;Full name</source>
            <translation>Nom &amp;complet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="95" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="96" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="96" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="97" />
            <source>&amp;Repeat passphrase</source>
            <translation>&amp;Répéter la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="97" />
            <source>Repeat passphrase</source>
            <translation>Répéter la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="103" />
            <source>Strength</source>
            <translation>Solidité</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="117" />
            <source>too short</source>
            <translation>trop courte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="118" />
            <source>weak</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="119" />
            <source>fair</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="120" />
            <source>good</source>
            <translation>bonne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="121" />
            <source>strong</source>
            <translation>forte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="132" />
            <source>A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-'.</source>
            <translation>Un nom d’utilisateur compte de 2 à 40 caractères : lettres a-z, chiffres, « . », « _ » ou « - ».</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="137" />
            <source>The passphrase must have at least {n} characters.</source>
            <translation>La phrase de passe doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="141" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe sont différentes.</translation>
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
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="233" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="253" />
            <source>Meldpunt: new office</source>
            <translation>Meldpunt : nouveau point de contact</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="68" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="147" />
            <location filename="../../src/meldpunt/ui/selftest.py" line="30" />
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="149" />
            <source>The list of reports with filters and search, and the intake form for a new report, will come here.</source>
            <translation>La liste des signalements avec filtres et recherche, et le formulaire d’accueil pour un nouveau signalement, viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="155" />
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="157" />
            <source>Case files with their linked reports, status, timeline of actions, referrals and letters will come here.</source>
            <translation>Les dossiers avec leurs signalements liés, leur statut, la chronologie des actions, les réorientations et les lettres viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="163" />
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="164" />
            <source>Your tasks with due dates, overdue ones first, will come here.</source>
            <translation>Vos tâches avec leur échéance, les tâches en retard en premier, viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="168" />
            <source>Annual report</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="170" />
            <source>The anonymised annual report — tables, charts and the PDF for the city council and the open-data portal — will come here.</source>
            <translation>Le rapport annuel anonymisé — tableaux, graphiques et le PDF pour le conseil communal et le portail de données ouvertes — viendra ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="176" />
            <source>Administration</source>
            <translation>Gestion</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="178" />
            <source>Staff accounts and roles, the audit trail, retention settings and backups will come here.</source>
            <translation>Les comptes du personnel et leurs rôles, le journal d’audit, les délais de conservation et les sauvegardes viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="187" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="188" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="193" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="198" />
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="207" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="208" />
            <source>&amp;About Meldpunt</source>
            <translation>À &amp;propos de Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="220" />
            <source>About Meldpunt</source>
            <translation>À propos de Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="222" />
            <source>Meldpunt {version}

Records reports of discrimination for the antidiscrimination office of the city of Leuven.

Log file: {log}</source>
            <translation>Meldpunt {version}

Enregistre les signalements de discrimination pour le point de contact antidiscrimination de la ville de Louvain.

Fichier journal : {log}</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="45" />
            <source>Welcome to Meldpunt</source>
            <translation>Bienvenue dans Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="48" />
            <source>This database holds no office yet. Give the office a name; you will then create the first coordinator's account.</source>
            <translation>Cette base de données ne contient pas encore de point de contact. Donnez-lui un nom ; vous créerez ensuite le compte du premier coordinateur.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="52" />
            <source>Antidiscriminatiemeldpunt Leuven</source>
            <translation>Point de contact antidiscrimination de Louvain</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="55" />
            <source>Office name</source>
            <translation>Nom du point de contact</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="56" />
            <source>Office &amp;name</source>
            <translation>&amp;Nom du point de contact</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="156" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="171" />
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="159" />
            <source>This key is shown only now. With it a new coordinator can be enrolled when every passphrase is lost. Print the recovery sheet or write the key down, and keep it locked away: whoever holds it can read every report.</source>
            <translation>Cette clé n’est affichée que maintenant. Elle permet d’inscrire un nouveau coordinateur si toutes les phrases de passe sont perdues. Imprimez la feuille de récupération ou notez la clé et gardez-la sous clé : qui la détient peut lire tous les signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="172" />
            <source>&amp;Save recovery sheet as PDF…</source>
            <translation>&amp;Enregistrer la feuille de récupération en PDF…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="175" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>J’ai &amp;rangé la clé de récupération en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="202" />
            <source>Save recovery sheet</source>
            <translation>Enregistrer la feuille de récupération</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="204" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="217" />
            <source>Recovery sheet</source>
            <translation>Feuille de récupération</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="220" />
            <source>The recovery sheet was saved. Print it, then delete the file.</source>
            <translation>La feuille de récupération a été enregistrée. Imprimez-la, puis supprimez le fichier.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="46" />
            <source>Meldpunt cannot start.</source>
            <translation>Meldpunt ne peut pas démarrer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="50" />
            <source>Log file: {log}</source>
            <translation>Fichier journal : {log}</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="46" />
            <source>Meldpunt is locked</source>
            <translation>Meldpunt est verrouillé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="57" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="62" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="67" />
            <source>&amp;User name</source>
            <translation>Nom d’&amp;utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="69" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="77" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="78" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="95" />
            <source>Demo office with invented reports.
User: {user}   Passphrase: {pw}</source>
            <translation>Bureau de démonstration avec des signalements fictifs.
Utilisateur : {user}   Phrase de passe : {pw}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="131" />
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="137" />
            <source>Type your user name and passphrase.</source>
            <translation>Saisissez votre nom d’utilisateur et votre phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="154" />
            <source>Too many failed attempts. Wait {n} seconds and try again.</source>
            <translation>Trop de tentatives échouées. Attendez {n} secondes et réessayez.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="158" />
            <source>Wrong user name or passphrase.</source>
            <translation>Nom d’utilisateur ou phrase de passe incorrect.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="162" />
            <source>Your key slot is damaged or was changed. Ask a coordinator to re-enrol you.</source>
            <translation>Votre emplacement de clé est endommagé ou a été modifié. Demandez à un coordinateur de vous réinscrire.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="168" />
            <source>Unlocking failed; details are in the log file.</source>
            <translation>Le déverrouillage a échoué ; les détails figurent dans le fichier journal.</translation>
        </message>
    </context>
</TS>
