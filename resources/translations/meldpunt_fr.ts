<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>AddToFileDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="62" />
            <source>Add to an existing case file</source>
            <translation>Ajouter à un dossier existant</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="70" />
            <source>Add report {number} to which open case file?</source>
            <translation>À quel dossier ouvert ajouter le signalement {number} ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="78" />
            <source>Number, status or caseworker</source>
            <translation>Numéro, statut ou gestionnaire du dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="80" />
            <source>&amp;Filter</source>
            <translation>&amp;Filtrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="88" />
            <source>Open case files</source>
            <translation>Dossiers ouverts</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="104" />
            <source>There are no open case files.</source>
            <translation>Il n'y a aucun dossier ouvert.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="107" />
            <source>No open case file matches the filter.</source>
            <translation>Aucun dossier ouvert ne correspond au filtre.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/add_to_file_dialog.py" line="114" />
            <source>&amp;Add to this case file</source>
            <translation>&amp;Ajouter à ce dossier</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="53" />
            <source>Add a staff member</source>
            <translation>Ajouter un membre du personnel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="65" />
            <source>&amp;User name</source>
            <translation>Nom d’&amp;utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="66" />
            <source>&amp;Full name</source>
            <translation>Nom &amp;complet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="67" />
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="68" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="69" />
            <source>R&amp;epeat passphrase</source>
            <translation>R&amp;épéter la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="84" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe sont différentes.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="102" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="363" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="368" />
            <source>Administration</source>
            <translation>Gestion</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="109" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="112" />
            <source>Staff accounts</source>
            <translation>Comptes du personnel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="114" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="120" />
            <source>&amp;Add staff member…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="122" />
            <source>Change &amp;role…</source>
            <translation>&amp;Changer de rôle…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="125" />
            <source>&amp;Disable…</source>
            <translation>&amp;Désactiver…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="127" />
            <source>Replace a &amp;key…</source>
            <translation>Remplacer une c&amp;lé…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="130" />
            <source>After someone left or changed role: a new key, the old one retired.</source>
            <translation>Après le départ ou le changement de rôle de quelqu’un : une nouvelle clé, l’ancienne retirée.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="144" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="157" />
            <source>Audit trail</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="145" />
            <source>&amp;Verify the audit trail</source>
            <translation>&amp;Vérifier le journal d’audit</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="151" />
            <source>Filter on action, user or record, e.g. report.viewed</source>
            <translation>Filtrer par action, utilisateur, signalement ou dossier, p. ex. report.viewed</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="153" />
            <source>Filter the audit trail</source>
            <translation>Filtrer le journal d’audit</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="160" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="161" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="162" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="163" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="164" />
            <source>Record</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="165" />
            <source>Fields</source>
            <translation>Champs</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="180" />
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="181" />
            <source>Make a &amp;backup…</source>
            <translation>Faire une &amp;sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="183" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="194" />
            <source>Requests from people</source>
            <translation>Demandes de personnes</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="195" />
            <source>Requests from a &amp;person…</source>
            <translation>Demandes d’une &amp;personne…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="199" />
            <source>Access to or erasure of everything stored about one person.</source>
            <translation>Accès à tout ce qui est conservé sur une personne, ou effacement.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="207" />
            <source>Retention (years after a report ends)</source>
            <translation>Conservation (années après la clôture d’un signalement)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="212" />
            <source>&amp;Save retention periods</source>
            <translation>&amp;Enregistrer les délais</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="214" />
            <source>Apply retention &amp;now…</source>
            <translation>Appliquer la conservation &amp;maintenant…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="218" />
            <source>Erase the personal data of ended reports whose retention period has passed (Meldpunt also offers this after each sign-in).</source>
            <translation>Efface les données personnelles des signalements clôturés dont le délai de conservation est écoulé (Meldpunt le propose aussi après chaque connexion).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="243" />
            <source>As IT administrator you make and restore backups and verify the audit trail. You hold no key to the reports, so their content is never shown here.</source>
            <translation>En tant qu’administrateur informatique, vous créez et restaurez les sauvegardes et vérifiez le journal d’audit. Vous ne détenez aucune clé des signalements : leur contenu n’est jamais affiché ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="287" />
            <source>Last backup: {when}</source>
            <translation>Dernière sauvegarde : {when}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="289" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="304" />
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="304" />
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="316" />
            <source>(unknown)</source>
            <translation>(inconnu)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="350" />
            <source> years</source>
            <translation> ans</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="369" />
            <source>That did not work; details are in the log file.</source>
            <translation>Cela n’a pas fonctionné ; les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="423" />
            <source>Change role</source>
            <translation>Changer de rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="425" />
            <source>{name} no longer holds the keys of: {classes}. Keys once held may have been copied; to be certain, replace them. Replace a key now?</source>
            <translation>{name} ne détient plus les clés de : {classes}. Une clé détenue a pu être copiée ; pour en être certain, remplacez-la. Remplacer une clé maintenant ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="456" />
            <source>Disable {name}? They can no longer unlock Meldpunt. If they may have copied keys, replace the keys afterwards (Replace a key…).</source>
            <translation>Désactiver {name} ? Cette personne ne pourra plus déverrouiller Meldpunt. Si elle a pu copier des clés, remplacez-les ensuite (Remplacer une clé…).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="454" />
            <source>Disable account</source>
            <translation>Désactiver le compte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="475" />
            <source>Verifying…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="492" />
            <source>Make a backup</source>
            <translation>Faire une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="494" />
            <source>Meldpunt backups (*.backup)</source>
            <translation>Sauvegardes Meldpunt (*.backup)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="501" />
            <source>Making the backup…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="521" />
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="523" />
            <source>Meldpunt backups (*.backup *.mpbak);;All files (*)</source>
            <translation>Sauvegardes Meldpunt (*.backup *.mpbak);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="555" />
            <source>entry {seq} is missing: the trail ends at entry {previous} but its head names entry {head} (entries were removed from the end)</source>
            <translation>l’entrée {seq} manque : le journal s’arrête à l’entrée {previous}, mais sa tête nomme l’entrée {head} (des entrées ont été supprimées à la fin)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="559" />
            <source>the head of the trail (entry {seq}) does not match its entries</source>
            <translation>la tête du journal (entrée {seq}) ne correspond pas à ses entrées</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="562" />
            <source>entry {seq} is missing (deleted): entry {next} follows entry {previous}</source>
            <translation>l’entrée {seq} manque (supprimée) : l’entrée {next} suit l’entrée {previous}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="565" />
            <source>entry {seq} does not link to entry {previous}: one of them was changed</source>
            <translation>l’entrée {seq} ne s’enchaîne pas à l’entrée {previous} : l’une des deux a été modifiée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="567" />
            <source>entry {seq} was changed after it was written</source>
            <translation>l’entrée {seq} a été modifiée après son écriture</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="568" />
            <source>entry {seq} is not signed</source>
            <translation>l’entrée {seq} n’est pas signée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="569" />
            <source>entry {seq} has a forged or damaged signature</source>
            <translation>l’entrée {seq} porte une signature falsifiée ou endommagée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="571" />
            <source>entry {seq} is signed by a key that does not belong to its actor (forged)</source>
            <translation>l’entrée {seq} est signée par une clé qui n’appartient pas à son auteur (falsifiée)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="578" />
            <source>The audit trail is broken: {problem}.</source>
            <translation>Le journal d’audit est rompu : {problem}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="583" />
            <source>The audit trail ends at entry {seq}, but this workstation already saw entry {seen}: entries were removed, or an older copy of the database was restored.</source>
            <translation>Le journal d’audit s’arrête à l’entrée {seq}, mais ce poste a déjà vu l’entrée {seen} : des entrées ont été supprimées, ou une copie plus ancienne de la base de données a été restaurée.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="588" />
            <source>Entry {seen} of the audit trail differs from the one this workstation saw: the trail was rewritten, or another copy of the database was put in its place.</source>
            <translation>L’entrée {seen} du journal d’audit diffère de celle que ce poste a vue : le journal a été réécrit, ou une autre copie de la base de données a été mise à sa place.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="596" />
            <source>The audit trail is intact: {count} entries, newest entry {seq}.</source>
            <translation>Le journal d’audit est intact : {count} entrées, la plus récente est l’entrée {seq}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="613" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="622" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="641" />
            <location filename="../../src/meldpunt/ui/admin/page.py" line="659" />
            <source>Retention</source>
            <translation>Conservation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="614" />
            <source>No ended report has passed its retention period.</source>
            <translation>Aucun signalement clôturé n’a dépassé son délai de conservation.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="624" />
            <source>{n} ended reports have passed their retention period: {numbers}. Their names, contact details, narratives and case data will be erased for good; their coded facts stay for the statistics. Erase them now?</source>
            <translation>{n} signalements clôturés ont dépassé leur délai de conservation : {numbers}. Leurs noms, coordonnées, récits et données de dossier seront effacés définitivement ; leurs faits codés restent pour les statistiques. Les effacer maintenant ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/page.py" line="659" />
            <source>The retention periods were saved.</source>
            <translation>Les délais de conservation ont été enregistrés.</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="80" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="81" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="82" />
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="83" />
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="84" />
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="85" />
            <source>Open tasks</source>
            <translation>Tâches ouvertes</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="103" />
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="110" />
            <source>{count} ({overdue} overdue)</source>
            <translation>{count} ({overdue} en retard)</translation>
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
            <translation>Uniquement les dossiers &amp;ouverts</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="230" />
            <source>&amp;Open case file</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="236" />
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="240" />
            <source>Referral &amp;rules…</source>
            <translation>&amp;Règles de réorientation…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="241" />
            <source>Contact details of &amp;bodies…</source>
            <translation>Coordonnées des &amp;organismes…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="242" />
            <source>Letter &amp;templates…</source>
            <translation>&amp;Modèles de lettres…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="251" />
            <source>Reports waiting for a competence check</source>
            <translation>Signalements en attente d'un examen de compétence</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="253" />
            <source>&amp;Competence check…</source>
            <translation>Examen de &amp;compétence…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="256" />
            <source>Reports &amp;waiting for a competence check</source>
            <translation>Signalements en &amp;attente d'un examen de compétence</translation>
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
            <translation>← &amp;Retour à la liste</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="261" />
            <source>&amp;Competence and referral…</source>
            <translation>&amp;Compétence et réorientation…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="264" />
            <source>&amp;Information letter…</source>
            <translation>Lettre d'&amp;information…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="280" />
            <source>Caseworker of the file</source>
            <translation>Gestionnaire du dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="284" />
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="286" />
            <source>Assi&amp;gned to</source>
            <translation>Attri&amp;bué à</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="289" />
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="294" />
            <source>Reports and persons</source>
            <translation>Signalements et personnes</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="365" />
            <source> (mass report)</source>
            <translation> (signalement de masse)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="367" />
            <source>Case file {number}{kind} — {status}</source>
            <translation>Dossier {number}{kind} — {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="374" />
            <source> · open for {days} days</source>
            <translation> · ouvert depuis {days} jours</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="379" />
            <source> · closed {date}</source>
            <translation> · clôturé le {date}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="391" />
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="467" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="484" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="497" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="524" />
            <source>this case file</source>
            <translation>ce dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="506" />
            <source>this note</source>
            <translation>cette note</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="515" />
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="533" />
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="555" />
            <source>this task</source>
            <translation>cette tâche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="541" />
            <source>Change the task</source>
            <translation>Modifier la tâche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="605" />
            <source>The information letter was stored as evidence ({name}) and put on the timeline. Select it there to save a copy.</source>
            <translation>La lettre d'information a été enregistrée comme pièce ({name}) et ajoutée à l'historique. Sélectionnez-la pour en enregistrer une copie.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="616" />
            <source>The letter could not be made; see the log file.</source>
            <translation>La lettre n'a pas pu être créée ; voir le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="635" />
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="635" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="647" />
            <source>The copy could not be saved: {reason}</source>
            <translation>La copie n'a pas pu être enregistrée : {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="652" />
            <source>Saved: {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
    </context>
    <context>
        <name>CaseScreens</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/install.py" line="38" />
            <source>{count} open tasks, {overdue} overdue</source>
            <translation>{count} tâches ouvertes, {overdue} en retard</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="25" />
            <source>Change role</source>
            <translation>Changer de rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="32" />
            <source>New role</source>
            <translation>Nouveau rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="37" />
            <source>{name} is now {role}.</source>
            <translation>{name} est actuellement {role}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="43" />
            <source>&amp;New role</source>
            <translation>&amp;Nouveau rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="66" />
            <source>Reads and records reports, including names and narratives.</source>
            <translation>Lit et enregistre les signalements, y compris les noms et les récits.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="68" />
            <source>Reads reports and follows them up in case files, with notes and letters.</source>
            <translation>Lit les signalements et les suit dans des dossiers, avec notes et lettres.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="71" />
            <source>Everything, plus staff accounts, retention, backups and the audit trail.</source>
            <translation>Tout, plus les comptes du personnel, la conservation, les sauvegardes et le journal d’audit.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="74" />
            <source>Only the coded facts for the annual report: never names or narratives.</source>
            <translation>Uniquement les faits codés pour le rapport annuel : jamais de noms ni de récits.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/role_dialog.py" line="77" />
            <source>No reports at all: backups, restore and the audit check only.</source>
            <translation>Aucun signalement : uniquement les sauvegardes, la restauration et la vérification du journal d’audit.</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="39" />
            <source>Close the case file</source>
            <translation>Clôturer le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="42" />
            <source>Assessment</source>
            <translation>Appréciation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="45" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="50" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="57" />
            <source>&amp;Assessment</source>
            <translation>&amp;Appréciation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="59" />
            <source>&amp;Result</source>
            <translation>&amp;Résultat</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="64" />
            <source>A case file is closed with an assessment of the facts and the result.</source>
            <translation>Un dossier est clôturé avec une appréciation des faits et le résultat.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="71" />
            <source>C&amp;lose file</source>
            <translation>C&amp;lôturer le dossier</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/widgets/coming_soon.py" line="19" />
            <source>Coming in a later version</source>
            <translation>Disponible dans une prochaine version</translation>
        </message>
    </context>
    <context>
        <name>CompetenceDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="68" />
            <source>Competence and referral — report {number}</source>
            <translation>Compétence et réorientation — signalement {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="80" />
            <source>Suggested bodies</source>
            <translation>Organismes proposés</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="81" />
            <source>Body</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="81" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="86" />
            <source>competent</source>
            <translation>compétent</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="87" />
            <source>possible crime</source>
            <translation>infraction possible</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="88" />
            <source>support</source>
            <translation>soutien</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="106" />
            <source>&amp;Suggested by the office's rules (you decide):</source>
            <translation>&amp;Proposé par les règles du service (vous décidez) :</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="109" />
            <source>{body}: {reason}</source>
            <translation>{body} : {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="116" />
            <source>The rules suggest no body for these facts.</source>
            <translation>Les règles ne proposent aucun organisme pour ces faits.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="156" />
            <source>{facts}
Reporter: {role}. Counterparty: {counterparty}.</source>
            <translation>{facts}
Personne qui signale : {role}. Partie adverse : {counterparty}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="163" />
            <source>Refer</source>
            <translation>Réorienter</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="166" />
            <source>Body to refer to</source>
            <translation>Organisme vers lequel réorienter</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="175" />
            <source>The reporter &amp;consents to passing on their details</source>
            <translation>La personne &amp;accepte la transmission de ses données</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="182" />
            <source>Language of the letter</source>
            <translation>Langue de la lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="192" />
            <source>Make the referral &amp;letter (PDF, confidential)</source>
            <translation>Créer la &amp;lettre de réorientation (PDF, confidentielle)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="197" />
            <source>Note on the referral</source>
            <translation>Note sur la réorientation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="198" />
            <source>&amp;Record referral</source>
            <translation>&amp;Enregistrer la réorientation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="203" />
            <source>&amp;Body</source>
            <translation>&amp;Organisme</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="204" />
            <source>Letter lan&amp;guage</source>
            <translation>Lan&amp;gue de la lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="205" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="220" />
            <source>Or end the competence check</source>
            <translation>Ou terminer l'examen de compétence</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="221" />
            <source>Open a case &amp;file</source>
            <translation>Ouvrir un &amp;dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="224" />
            <source>&amp;Information given</source>
            <translation>&amp;Information donnée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="227" />
            <source>Registered &amp;only</source>
            <translation>&amp;Uniquement enregistré</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="252" />
            <source>No contact details entered for this body yet (Case files → Settings); the letter is addressed to its name.</source>
            <translation>Aucune coordonnée pour cet organisme (Dossiers → Paramètres) ; la lettre est adressée à son nom.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="260" />
            <source>A letter with personal data needs the reporter's consent.</source>
            <translation>Une lettre contenant des données personnelles nécessite l'accord de la personne.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="293" />
            <source>Referral to {body} recorded.</source>
            <translation>Réorientation vers {body} enregistrée.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="306" />
            <source>Making the referral letter…</source>
            <translation>Création de la lettre de réorientation…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="318" />
            <source>The referral letter was stored as evidence of the report ({name}).</source>
            <translation>La lettre de réorientation a été enregistrée comme pièce du signalement ({name}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="332" />
            <source>The letter could not be made; see the log file.</source>
            <translation>La lettre n'a pas pu être créée ; voir le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/referral_dialog.py" line="364" />
            <source>The report is now: {status}.</source>
            <translation>Le signalement est maintenant : {status}.</translation>
        </message>
    </context>
    <context>
        <name>ConflictText</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="28" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="36" />
            <source>Status: {old} → {new}</source>
            <translation>Statut : {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="42" />
            <source>Assigned to: {old} → {new}</source>
            <translation>Attribué à : {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="43" />
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="71" />
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="46" />
            <source>Assessment: {new}</source>
            <translation>Appréciation : {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="50" />
            <source>Result: {new}</source>
            <translation>Résultat : {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="53" />
            <source>New on the timeline: {action}</source>
            <translation>Nouveau dans l'historique : {action}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="56" />
            <source>A note now reads: {text}</source>
            <translation>Une note indique désormais : {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="58" />
            <source>New task: {text}</source>
            <translation>Nouvelle tâche : {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="60" />
            <source>Task done: {text}</source>
            <translation>Tâche faite : {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="62" />
            <source>Task open again: {text}</source>
            <translation>Tâche rouverte : {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="64" />
            <source>Task '{text}' now due on {new}</source>
            <translation>Tâche « {text} » désormais pour le {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="68" />
            <source>A task now reads: {text}</source>
            <translation>Une tâche indique désormais : {text}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="70" />
            <source>Task '{text}' now for {new}</source>
            <translation>Tâche « {text} » désormais pour {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="74" />
            <source>Linked reports: {old} → {new}</source>
            <translation>Signalements liés : {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="82" />
            <source>• (the change is no longer visible; it may have been undone)</source>
            <translation>• (la modification n'est plus visible ; elle a peut-être été annulée)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="85" />
            <source>Someone else changed {what} while you had it open. Your change was not saved and nothing of theirs was overwritten; what you typed is still there.</source>
            <translation>Quelqu'un d'autre a modifié {what} pendant que vous l'aviez ouvert. Votre modification n'a pas été enregistrée et rien de la sienne n'a été écrasé ; ce que vous avez tapé est conservé.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="88" />
            <source>What the other person changed:</source>
            <translation>Ce que l'autre personne a modifié :</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/conflict.py" line="90" />
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu'un d'autre</translation>
        </message>
    </context>
    <context>
        <name>ContactsDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="124" />
            <source>Contact details of bodies</source>
            <translation>Coordonnées des organismes</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="151" />
            <source>&amp;Body</source>
            <translation>&amp;Organisme</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="152" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="153" />
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="154" />
            <source>&amp;E-mail</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="155" />
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="161" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="201" />
            <source>Now stored: {details}</source>
            <translation>Actuellement enregistré : {details}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="208" />
            <source>The contact details were saved.</source>
            <translation>Les coordonnées ont été enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="73" />
            <source>First coordinator</source>
            <translation>Premier coordinateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="76" />
            <source>The coordinator manages staff accounts. Choose a passphrase of at least {n} characters: a few words you can remember work well.</source>
            <translation>Le coordinateur gère les comptes du personnel. Choisissez une phrase de passe d’au moins {n} caractères : quelques mots dont vous vous souvenez conviennent bien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="82" />
            <source>e.g. an.peeters</source>
            <translation>p. ex. an.peeters</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="95" />
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="101" />
            <source>&amp;User name</source>
            <translation>Nom d’&amp;utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="101" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="102" />
            <source>&amp;Full name</source>
            <translation>Nom &amp;complet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="102" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="103" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="103" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="104" />
            <source>&amp;Repeat passphrase</source>
            <translation>&amp;Répéter la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="104" />
            <source>Repeat passphrase</source>
            <translation>Répéter la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="110" />
            <source>Strength</source>
            <translation>Solidité</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="124" />
            <source>too short</source>
            <translation>trop courte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="125" />
            <source>weak</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="126" />
            <source>fair</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="127" />
            <source>good</source>
            <translation>bonne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="128" />
            <source>strong</source>
            <translation>forte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="139" />
            <source>A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-'.</source>
            <translation>Un nom d’utilisateur compte de 2 à 40 caractères : lettres a-z, chiffres, « . », « _ » ou « - ».</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="144" />
            <source>The passphrase must have at least {n} characters.</source>
            <translation>La phrase de passe doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="148" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe sont différentes.</translation>
        </message>
    </context>
    <context>
        <name>CounterpartySection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="19" />
            <source>4. Who did it</source>
            <translation>4. Qui en est l'auteur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="22" />
            <source>— not given —</source>
            <translation>— non communiqué —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="27" />
            <source>&amp;Kind of counterparty</source>
            <translation>&amp;Type de partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="28" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/counterparty.py" line="29" />
            <source>Addr&amp;ess</source>
            <translation>Adr&amp;esse</translation>
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
        <name>DraftAutosave</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/draft_autosave.py" line="93" />
            <source>The draft could not be saved: {reason}</source>
            <translation>Le brouillon n'a pas pu être enregistré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>EditNoteDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="161" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="162" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="167" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="73" />
            <source>Erase personal data</source>
            <translation>Effacer les données personnelles</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="76" />
            <source>ERASE</source>
            <translation>EFFACER</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="79" />
            <source>The personal data of {n} report(s) will be erased for good: {numbers}. Names, contact details, narratives, case data and evidence are gone; the coded facts stay for the statistics. This cannot be undone.</source>
            <translation>Les données personnelles de {n} signalement(s) seront définitivement effacées : {numbers}. Noms, coordonnées, récits, données du dossier et pièces justificatives disparaissent ; les faits codés restent pour les statistiques. Cette opération est irréversible.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="90" />
            <source>&amp;Type {word} to confirm</source>
            <translation>&amp;Tapez {word} pour confirmer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="94" />
            <source>&amp;Erase for good</source>
            <translation>&amp;Effacer définitivement</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="74" />
            <source>6. Evidence</source>
            <translation>6. Pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="85" />
            <source>Drag files here, or use the Add files button. They are stored encrypted when the report is saved (at most 50 MB per file).</source>
            <translation>Glissez des fichiers ici ou utilisez le bouton Ajouter des fichiers. Ils sont conservés chiffrés lors de l'enregistrement du signalement (50 Mo maximum par fichier).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="92" />
            <source>Evidence files</source>
            <translation>Pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>Captured</source>
            <translation>Saisi le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="97" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="109" />
            <source>&amp;Add files…</source>
            <translation>&amp;Ajouter des fichiers…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="112" />
            <source>Remo&amp;ve</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="114" />
            <source>Remove the selected files that are not stored yet</source>
            <translation>Retirer les fichiers sélectionnés qui ne sont pas encore conservés</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="118" />
            <source>Storing evidence files</source>
            <translation>Enregistrement des pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="158" />
            <source>{name}: the file cannot be read.</source>
            <translation>{name} : le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="162" />
            <source>{name}: this is not a file.</source>
            <translation>{name} : ce n'est pas un fichier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="165" />
            <source>{name}: larger than 50 MB; it cannot be stored.</source>
            <translation>{name} : plus de 50 Mo ; il ne peut pas être conservé.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="217" />
            <source>stored</source>
            <translation>conservé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="227" />
            <source>not stored yet</source>
            <translation>pas encore conservé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="246" />
            <source>Add evidence files</source>
            <translation>Ajouter des pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/evidence_panel.py" line="246" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>FactsSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="21" />
            <source>2. What happened</source>
            <translation>2. Que s'est-il passé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="26" />
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="33" />
            <source>— not specified —</source>
            <translation>— non précisé —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="45" />
            <source>What happened, in the reporter's words: who said or did what, when, where.</source>
            <translation>Ce qui s'est passé, avec les mots de la personne qui signale : qui a dit ou fait quoi, quand, où.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="48" />
            <source>&amp;Domain</source>
            <translation>&amp;Domaine</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="49" />
            <source>&amp;Housing: what exactly</source>
            <translation>&amp;Logement : quoi exactement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="54" />
            <source>Protected &amp;criteria</source>
            <translation>&amp;Critères protégés</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="56" />
            <source>&amp;Modifiers</source>
            <translation>&amp;Formes particulières</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="57" />
            <source>&amp;Forms of discrimination</source>
            <translation>Formes de &amp;discrimination</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/facts.py" line="62" />
            <source>&amp;Account of the facts</source>
            <translation>&amp;Récit des faits</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="240" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="260" />
            <source>Meldpunt: new office</source>
            <translation>Meldpunt : nouveau point de contact</translation>
        </message>
    </context>
    <context>
        <name>IncidentDates</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="53" />
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="54" />
            <source>on one day</source>
            <translation>un jour précis</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="55" />
            <source>during a period</source>
            <translation>pendant une période</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="56" />
            <source>Kind of date</source>
            <translation>Type de date</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="58" />
            <source>Date of the facts (or start of the period)</source>
            <translation>Date des faits (ou début de la période)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="59" />
            <source>&amp;until</source>
            <translation>&amp;jusqu'au</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/dates.py" line="61" />
            <source>End of the period</source>
            <translation>Fin de la période</translation>
        </message>
    </context>
    <context>
        <name>InformationLetterDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="30" />
            <source>Information letter to the counterparty</source>
            <translation>Lettre d'information à la partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="34" />
            <source>Report the letter is about</source>
            <translation>Signalement concerné par la lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="36" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="41" />
            <source>Language of the letter</source>
            <translation>Langue de la lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="47" />
            <source>Note on the timeline</source>
            <translation>Note dans l'historique</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="53" />
            <source>&amp;Report</source>
            <translation>&amp;Signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="54" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="55" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="64" />
            <source>&amp;Make the letter</source>
            <translation>&amp;Créer la lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="78" />
            <source>The reporter allowed contact with the counterparty: the letter names them.</source>
            <translation>La personne a autorisé le contact avec la partie adverse : la lettre la nomme.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/letters_dialog.py" line="81" />
            <source>The reporter did not allow contact with the counterparty: the letter names no one and gives no date.</source>
            <translation>La personne n'a pas autorisé le contact avec la partie adverse : la lettre ne nomme personne et ne donne aucune date.</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="148" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="150" />
            <source>Check and save the report (Ctrl+S)</source>
            <translation>Vérifier et enregistrer le signalement (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="152" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="154" />
            <source>Leave the form (Esc)</source>
            <translation>Quitter le formulaire (Échap)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="219" />
            <source>Report {number}</source>
            <translation>Signalement {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="221" />
            <source>New report</source>
            <translation>Nouveau signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="330" />
            <source>Draft restored. It is not saved as a report yet.</source>
            <translation>Brouillon restauré. Il n'est pas encore enregistré comme signalement.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="406" />
            <location filename="../../src/meldpunt/ui/intake/form.py" line="502" />
            <source>Not saved yet: correct the marked fields first.</source>
            <translation>Pas encore enregistré : corrigez d'abord les champs signalés.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="414" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="461" />
            <source>Report {number} saved</source>
            <translation>Signalement {number} enregistré</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="471" />
            <source>Evidence not stored</source>
            <translation>Pièces justificatives non conservées</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="473" />
            <source>The report was saved, but some evidence files could not be stored. They are still in the list; save again to retry.</source>
            <translation>Le signalement a été enregistré, mais certaines pièces justificatives n'ont pas pu être conservées. Elles sont toujours dans la liste ; enregistrez à nouveau pour réessayer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="489" />
            <source>Not saved: someone else changed this report.</source>
            <translation>Non enregistré : quelqu'un d'autre a modifié ce signalement.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="492" />
            <location filename="../../src/meldpunt/ui/intake/form.py" line="506" />
            <source>Report not saved</source>
            <translation>Signalement non enregistré</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="494" />
            <source>Someone else saved this report after you opened it, so your changes were not saved. What you typed is still in the form: copy what you need, then close the form and open the report again to see the other changes.</source>
            <translation>Quelqu'un d'autre a enregistré ce signalement après que vous l'avez ouvert ; vos modifications n'ont donc pas été enregistrées. Ce que vous avez saisi est toujours dans le formulaire : copiez ce dont vous avez besoin, puis fermez le formulaire et rouvrez le signalement pour voir les autres modifications.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="504" />
            <source>Not saved.</source>
            <translation>Non enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="536" />
            <source>Discard the report?</source>
            <translation>Abandonner le signalement ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="538" />
            <source>What you typed has not been saved as a report. Discard it? This cannot be undone.</source>
            <translation>Ce que vous avez saisi n'a pas été enregistré comme signalement. Voulez-vous l'abandonner ? Cette action est irréversible.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="545" />
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="547" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/form.py" line="565" />
            <source>Discarded.</source>
            <translation>Abandonné.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="72" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="153" />
            <location filename="../../src/meldpunt/ui/screens.py" line="22" />
            <location filename="../../src/meldpunt/ui/selftest.py" line="30" />
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="155" />
            <source>The list of reports with filters and search, and the intake form for a new report, will come here.</source>
            <translation>La liste des signalements avec filtres et recherche, et le formulaire d’accueil pour un nouveau signalement, viendront ici.</translation>
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
            <translation>Les dossiers avec leurs signalements liés, leur statut, la chronologie des actions, les réorientations et les lettres viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/install.py" line="29" />
            <location filename="../../src/meldpunt/ui/main_window.py" line="169" />
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="170" />
            <source>Your tasks with due dates, overdue ones first, will come here.</source>
            <translation>Vos tâches avec leur échéance, les tâches en retard en premier, viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="174" />
            <location filename="../../src/meldpunt/ui/screens.py" line="30" />
            <source>Annual report</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="176" />
            <source>The anonymised annual report — tables, charts and the PDF for the city council and the open-data portal — will come here.</source>
            <translation>Le rapport annuel anonymisé — tableaux, graphiques et le PDF pour le conseil communal et le portail de données ouvertes — viendra ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="182" />
            <location filename="../../src/meldpunt/ui/screens.py" line="41" />
            <source>Administration</source>
            <translation>Gestion</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="184" />
            <source>Staff accounts and roles, the audit trail, retention settings and backups will come here.</source>
            <translation>Les comptes du personnel et leurs rôles, le journal d’audit, les délais de conservation et les sauvegardes viendront ici.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="193" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="194" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="199" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="204" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="205" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="216" />
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="225" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="226" />
            <source>&amp;About Meldpunt</source>
            <translation>À &amp;propos de Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="235" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="236" />
            <source>Meldpunt will use the chosen language from its next start.</source>
            <translation>Meldpunt utilisera la langue choisie au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="247" />
            <source>About Meldpunt</source>
            <translation>À propos de Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="249" />
            <source>Meldpunt {version}

Records reports of discrimination for the antidiscrimination office of the city of Leuven.

Log file: {log}</source>
            <translation>Meldpunt {version}

Enregistre les signalements de discrimination pour le point de contact antidiscrimination de la ville de Louvain.

Fichier journal : {log}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/main_window.py" line="276" />
            <source>Locked after {minutes} min without activity.</source>
            <translation>Verrouillé après {minutes} min sans activité.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/common.py" line="89" />
            <source>Not done</source>
            <translation>Non effectué</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/common.py" line="93" />
            <source>Done</source>
            <translation>Effectué</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="46" />
            <source>Welcome to Meldpunt</source>
            <translation>Bienvenue dans Meldpunt</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="49" />
            <source>This database holds no office yet. Give the office a name; you will then create the first coordinator's account.</source>
            <translation>Cette base de données ne contient pas encore de point de contact. Donnez-lui un nom ; vous créerez ensuite le compte du premier coordinateur.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="53" />
            <source>Antidiscriminatiemeldpunt Leuven</source>
            <translation>Point de contact antidiscrimination de Louvain</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="56" />
            <source>Office name</source>
            <translation>Nom du point de contact</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="57" />
            <source>Office &amp;name</source>
            <translation>&amp;Nom du point de contact</translation>
        </message>
    </context>
    <context>
        <name>PersonRequestsDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="128" />
            <source>Requests from a person</source>
            <translation>Demandes d’une personne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="139" />
            <source>Find every report of one person to answer a request for access or erasure. The search is exact: type the e-mail address, phone number or name as it was recorded.</source>
            <translation>Trouvez tous les signalements d’une personne pour répondre à une demande d’accès ou d’effacement. La recherche est exacte : saisissez l’adresse e-mail, le numéro de téléphone ou le nom tel qu’il a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="153" />
            <source>&amp;E-mail address</source>
            <translation>Adresse &amp;e-mail</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="154" />
            <source>P&amp;hone number</source>
            <translation>Numéro de &amp;téléphone</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="155" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="165" />
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="173" />
            <source>Reports of this person</source>
            <translation>Signalements de cette personne</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Report</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Received</source>
            <translation>Reçu le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="175" />
            <source>Person is</source>
            <translation>La personne est</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="183" />
            <source>No reports found for this person.</source>
            <translation>Aucun signalement trouvé pour cette personne.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="187" />
            <source>E&amp;xport everything (PDF + JSON)…</source>
            <translation>E&amp;xporter tout (PDF + JSON)…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="191" />
            <source>E&amp;rase…</source>
            <translation>E&amp;ffacer…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="196" />
            <source>Erases the selected reports, or every report of this person as reporter when none is selected.</source>
            <translation>Efface les signalements sélectionnés, ou tous les signalements de cette personne en tant que personne qui signale si aucun n’est sélectionné.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="207" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="214" />
            <source>&amp;Open the folder</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="285" />
            <source>Not done: {reason}</source>
            <translation>Non effectué : {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="288" />
            <source>That did not work; details are in the log file.</source>
            <translation>Cela n’a pas fonctionné ; les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="304" />
            <source>Type an e-mail address, a phone number or a name.</source>
            <translation>Saisissez une adresse e-mail, un numéro de téléphone ou un nom.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="332" />
            <source>reporter</source>
            <translation>personne qui signale</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="332" />
            <source>other party</source>
            <translation>partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="362" />
            <source>Folder for the export</source>
            <translation>Dossier pour l’export</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="384" />
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="396" />
            <source>{n} report(s) exported to {folder}: {name}.pdf and {name}.json.</source>
            <translation>{n} signalement(s) exporté(s) vers {folder} : {name}.pdf et {name}.json.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="417" />
            <source>Only reports in which this person is the reporter can be erased here; select one of those.</source>
            <translation>Seuls les signalements où cette personne est la personne qui signale peuvent être effacés ici ; sélectionnez-en un.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="430" />
            <source>Erasing…</source>
            <translation>Effacement en cours…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/person_requests.py" line="443" />
            <source>Personal data of {n} report(s) erased: {numbers}. Their coded facts stay for the statistics.</source>
            <translation>Données personnelles de {n} signalement(s) effacées : {numbers}. Les faits codés restent pour les statistiques.</translation>
        </message>
    </context>
    <context>
        <name>PlaceTimeSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="23" />
            <source>3. Where and when</source>
            <translation>3. Où et quand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="28" />
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="32" />
            <source>— not given —</source>
            <translation>— non communiqué —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="35" />
            <source>street, building, shop, bus line …</source>
            <translation>rue, bâtiment, commerce, ligne de bus …</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="39" />
            <source>&amp;Received on</source>
            <translation>&amp;Reçu le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="40" />
            <source>C&amp;hannel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="43" />
            <source>Date of the &amp;facts</source>
            <translation>Date des &amp;faits</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="49" />
            <source>&amp;Area in Leuven</source>
            <translation>&amp;Zone à Louvain</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="50" />
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/place_time.py" line="51" />
            <source>&amp;Web address</source>
            <translation>Adresse &amp;web</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="163" />
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="178" />
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="166" />
            <source>This key is shown only now. With it a new coordinator can be enrolled when every passphrase is lost. Print the recovery sheet or write the key down, and keep it locked away: whoever holds it can read every report.</source>
            <translation>Cette clé n’est affichée que maintenant. Elle permet d’inscrire un nouveau coordinateur si toutes les phrases de passe sont perdues. Imprimez la feuille de récupération ou notez la clé et gardez-la sous clé : qui la détient peut lire tous les signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="179" />
            <source>&amp;Save recovery sheet as PDF…</source>
            <translation>&amp;Enregistrer la feuille de récupération en PDF…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="182" />
            <source>I have &amp;stored the recovery key in a safe place</source>
            <translation>J’ai &amp;rangé la clé de récupération en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="209" />
            <source>Save recovery sheet</source>
            <translation>Enregistrer la feuille de récupération</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="211" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="224" />
            <source>Recovery sheet</source>
            <translation>Feuille de récupération</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/firstrun/wizard.py" line="227" />
            <source>The recovery sheet was saved. Print it, then delete the file.</source>
            <translation>La feuille de récupération a été enregistrée. Imprimez-la, puis supprimez le fichier.</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="111" />
            <source>Reopen the case file</source>
            <translation>Rouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="114" />
            <source>Reason for reopening</source>
            <translation>Raison de la réouverture</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="116" />
            <source>&amp;Why is the file reopened?</source>
            <translation>&amp;Pourquoi le dossier est-il rouvert ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="122" />
            <source>&amp;Reopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
    </context>
    <context>
        <name>RepeatBanner</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="163" />
            <source>&amp;Show them</source>
            <translation>&amp;Les afficher</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="189" />
            <source>1 other report about this counterparty since {year}</source>
            <translation>1 autre signalement concernant cette partie adverse depuis {year}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="191" />
            <source>{count} other reports about this counterparty since {year}</source>
            <translation>{count} autres signalements concernant cette partie adverse depuis {year}</translation>
        </message>
    </context>
    <context>
        <name>RepeatReportsDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="46" />
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="53" />
            <source>Other reports about this counterparty</source>
            <translation>Autres signalements concernant cette partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="56" />
            <source>Report</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="57" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="58" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="59" />
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="60" />
            <source>Same</source>
            <translation>Identique</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="85" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="104" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="104" />
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="123" />
            <source>{domain} · {criteria}
Counterparty: {name}, {address}</source>
            <translation>{domain} · {criteria}
Partie adverse : {name}, {address}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="131" />
            <source>&amp;Open case file</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/repeat_banner.py" line="131" />
            <source>&amp;Open report</source>
            <translation>&amp;Ouvrir le signalement</translation>
        </message>
    </context>
    <context>
        <name>ReportDetailPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="93" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="95" />
            <source>Change this report (Ctrl+E)</source>
            <translation>Modifier ce signalement (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="98" />
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="288" />
            <source>&amp;Open a case file for this report</source>
            <translation>&amp;Ouvrir un dossier pour ce signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="101" />
            <source>Add to an existing case &amp;file</source>
            <translation>Ajouter à un dossier &amp;existant</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="106" />
            <source>Back to the list (Esc)</source>
            <translation>Retour à la liste (Échap)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="111" />
            <source>Report details</source>
            <translation>Détails du signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="116" />
            <source>Evidence files</source>
            <translation>Pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>Captured</source>
            <translation>Saisi le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="120" />
            <source>Added</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="127" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="129" />
            <source>Save a decrypted copy of the selected file</source>
            <translation>Enregistrer une copie déchiffrée du fichier sélectionné</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="150" />
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="151" />
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="361" />
            <source>E&amp;vidence</source>
            <translation>&amp;Pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="152" />
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="362" />
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="226" />
            <source>Report not shown</source>
            <translation>Signalement non affiché</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="231" />
            <source>Report {number}</source>
            <translation>Signalement {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="237" />
            <source>E&amp;vidence ({n})</source>
            <translation>&amp;Pièces justificatives ({n})</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="238" />
            <source>&amp;History ({n})</source>
            <translation>&amp;Historique ({n})</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="295" />
            <source>Your role cannot follow up reports.</source>
            <translation>Votre rôle ne permet pas d'assurer le suivi des signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="302" />
            <source>Sh&amp;ow the case file</source>
            <translation>V&amp;oir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="304" />
            <source>Go to the case file this report belongs to</source>
            <translation>Aller au dossier auquel appartient ce signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="306" />
            <source>This report is already in a case file.</source>
            <translation>Ce signalement fait déjà partie d'un dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="310" />
            <source>This report is closed ({status}): it cannot go into a case file.</source>
            <translation>Ce signalement est clôturé ({status}) : il ne peut plus être placé dans un dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="325" />
            <source>Start the competence check; the case file is opened from there.</source>
            <translation>Commencer l'examen de compétence ; le dossier s'ouvre à partir de là.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="329" />
            <source>Continue the competence check; the case file is opened from there.</source>
            <translation>Poursuivre l'examen de compétence ; le dossier s'ouvre à partir de là.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="336" />
            <source>Link this report to a case file that is already open (mass report).</source>
            <translation>Rattacher ce signalement à un dossier déjà ouvert (signalement de masse).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="356" />
            <source>Report</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="447" />
            <source>Not done</source>
            <translation>Non effectué</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="472" />
            <source>Report {report} was added to case file {file}.</source>
            <translation>Le signalement {report} a été ajouté au dossier {file}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="501" />
            <source>Export evidence file</source>
            <translation>Exporter la pièce justificative</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="513" />
            <source>Evidence file exported.</source>
            <translation>Pièce justificative exportée.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="522" />
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/detail.py" line="523" />
            <source>The file was not exported: {reason}</source>
            <translation>Le fichier n'a pas été exporté : {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportHistoryView</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="22" />
            <source>Change history</source>
            <translation>Historique des modifications</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="27" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="27" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="27" />
            <source>Changed fields</source>
            <translation>Champs modifiés</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/history.py" line="36" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
    </context>
    <context>
        <name>ReportListPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="123" />
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="206" />
            <source>Reports</source>
            <translation>Signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="129" />
            <source>&amp;New report</source>
            <translation>&amp;Nouveau signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="131" />
            <source>Record a new report (Ctrl+N)</source>
            <translation>Enregistrer un nouveau signalement (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="137" />
            <source>Status filter</source>
            <translation>Filtre par statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="138" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="139" />
            <source>Open (all)</source>
            <translation>Ouverts (tous)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="140" />
            <source>Closed (all)</source>
            <translation>Clôturés (tous)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="147" />
            <source>Domain filter</source>
            <translation>Filtre par domaine</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="148" />
            <source>All domains</source>
            <translation>Tous les domaines</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="155" />
            <source>Criterion filter</source>
            <translation>Filtre par critère protégé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="156" />
            <source>All criteria</source>
            <translation>Tous les critères</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="166" />
            <source>Channel filter</source>
            <translation>Filtre par canal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="167" />
            <source>All channels</source>
            <translation>Tous les canaux</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="171" />
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="174" />
            <source>Received from month</source>
            <translation>Reçu à partir du mois</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="177" />
            <source>Received up to month</source>
            <translation>Reçu jusqu'au mois</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="178" />
            <source>Assigned to &amp;me</source>
            <translation>Qui &amp;me sont attribués</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="180" />
            <source>&amp;Reset filters</source>
            <translation>&amp;Réinitialiser les filtres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="186" />
            <source>Search in</source>
            <translation>Rechercher dans</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="187" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="188" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="189" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="190" />
            <source>Counterparty</source>
            <translation>Partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="193" />
            <source>Search value</source>
            <translation>Valeur recherchée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="194" />
            <source>Exact value, then Enter</source>
            <translation>Valeur exacte, puis Entrée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="198" />
            <source>Finds reports whose e-mail address, phone number, name or counterparty is exactly this value (Ctrl+F).</source>
            <translation>Trouve les signalements dont l'adresse e-mail, le numéro de téléphone, le nom ou la partie adverse correspond exactement à cette valeur (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="207" />
            <source>Press Enter to open the selected report.</source>
            <translation>Appuyez sur Entrée pour ouvrir le signalement sélectionné.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="232" />
            <source>No reports</source>
            <translation>Aucun signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="239" />
            <source>Number of reports</source>
            <translation>Nombre de signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="242" />
            <source>List status</source>
            <translation>État de la liste</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="303" />
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="304" />
            <source>&amp;Domain</source>
            <translation>&amp;Domaine</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="305" />
            <source>&amp;Criterion</source>
            <translation>&amp;Critère</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="306" />
            <source>C&amp;hannel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="312" />
            <source>&amp;From</source>
            <translation>D&amp;u</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="314" />
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="320" />
            <source>S&amp;earch</source>
            <translation>Rec&amp;hercher</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="479" />
            <source>Loading criteria… %1 %</source>
            <translation>Chargement des critères… %1 %</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="504" />
            <source>Your role cannot search by personal details.</source>
            <translation>Votre rôle ne permet pas de rechercher sur des données personnelles.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="564" />
            <source>Loading all reports…</source>
            <translation>Chargement de tous les signalements…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="570" />
            <source>1 report</source>
            <translation>1 signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="571" />
            <source>%1 reports</source>
            <translation>%1 signalements</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="575" />
            <source>No report found for this search</source>
            <translation>Aucun signalement trouvé pour cette recherche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="577" />
            <source>No reports for these filters</source>
            <translation>Aucun signalement pour ces filtres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/list_page.py" line="578" />
            <source>No reports yet</source>
            <translation>Aucun signalement pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>ReportSummary</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="78" />
            <source>not asked</source>
            <translation>pas demandé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="79" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="79" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="104" />
            <source>Who is reporting</source>
            <translation>Qui fait le signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="106" />
            <source>What happened</source>
            <translation>Que s'est-il passé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="110" />
            <source>Where and when</source>
            <translation>Où et quand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="124" />
            <source>Who did it</source>
            <translation>Qui en est l'auteur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="128" />
            <source>What the reporter wants</source>
            <translation>Ce que souhaite la personne qui signale</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="132" />
            <source>Evidence to store</source>
            <translation>Pièces justificatives à conserver</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/report_summary.py" line="132" />
            <source>Evidence</source>
            <translation>Pièces justificatives</translation>
        </message>
    </context>
    <context>
        <name>ReportTableModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="105" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="106" />
            <source>Received</source>
            <translation>Reçu le</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="107" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="108" />
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="109" />
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="110" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="111" />
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="113" />
            <source>damaged</source>
            <translation>endommagé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="115" />
            <source>The coded facts of this report cannot be read: the record is damaged. Restore it from a backup or ask the IT administrator.</source>
            <translation>Les données codées de ce signalement sont illisibles : l'enregistrement est endommagé. Restaurez-le à partir d'une sauvegarde ou adressez-vous à l'administrateur informatique.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/models/report_table.py" line="259" />
            <source>The list could not be loaded; details are in the log.</source>
            <translation>La liste n'a pas pu être chargée ; les détails figurent dans le journal.</translation>
        </message>
    </context>
    <context>
        <name>ReporterSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="25" />
            <source>1. Who is reporting</source>
            <translation>1. Qui fait le signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="27" />
            <source>— not given —</source>
            <translation>— non communiqué —</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="32" />
            <source>the name the person uses, if different</source>
            <translation>le nom que la personne utilise, s'il est différent</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="34" />
            <source>e.g. she/her, he/him, they/them</source>
            <translation>p. ex. elle, il, iel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="47" />
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="49" />
            <source>An anonymous report keeps no name or contact details.</source>
            <translation>Un signalement anonyme ne conserve ni nom ni coordonnées.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="54" />
            <source>&amp;Legal name</source>
            <translation>Nom &amp;officiel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="55" />
            <source>&amp;Chosen name</source>
            <translation>Nom &amp;choisi</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="56" />
            <source>Pro&amp;nouns</source>
            <translation>&amp;Pronoms</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="57" />
            <source>&amp;E-mail</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="58" />
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="59" />
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="60" />
            <source>&amp;Year of birth</source>
            <translation>A&amp;nnée de naissance</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/reporter.py" line="61" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="105" />
            <source>Unsaved report</source>
            <translation>Signalement non enregistré</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="107" />
            <source>You were working on a report that is not saved yet ({when}). Continue it?</source>
            <translation>Vous travailliez sur un signalement qui n’est pas encore enregistré ({when}). Voulez-vous continuer ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="112" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/reports/area.py" line="113" />
            <source>&amp;Later</source>
            <translation>Plus &amp;tard</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="64" />
            <source>Reports, persons and counterparty</source>
            <translation>Signalements, personnes et partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="65" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="65" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="74" />
            <source>not asked</source>
            <translation>pas demandé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="75" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="75" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="92" />
            <source>Report {number}</source>
            <translation>Signalement {number}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="93" />
            <source>received {date} · {status}</source>
            <translation>reçu le {date} · {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="102" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="104" />
            <source>{chosen} (legal name: {legal})</source>
            <translation>{chosen} (nom officiel : {legal})</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="108" />
            <source>{date}, after {days} days</source>
            <translation>{date}, après {days} jours</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="112" />
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="115" />
            <source>Reporter</source>
            <translation>Personne qui signale</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="116" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="117" />
            <source>Pronouns</source>
            <translation>Pronoms</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="118" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="119" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="120" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="121" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="124" />
            <source>Counterparty</source>
            <translation>Partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="127" />
            <source>Counterparty's name</source>
            <translation>Nom de la partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="128" />
            <source>Counterparty's address</source>
            <translation>Adresse de la partie adverse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="129" />
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="130" />
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="131" />
            <source>Forms</source>
            <translation>Formes</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="134" />
            <source>Facts</source>
            <translation>Faits</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="145" />
            <source>Wants a reply</source>
            <translation>Souhaite une réponse</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="148" />
            <source>May contact the counterparty</source>
            <translation>La partie adverse peut être contactée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="151" />
            <source>May be referred</source>
            <translation>Peut être réorienté(e)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="152" />
            <source>First contact</source>
            <translation>Premier contact</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="155" />
            <source>Open for</source>
            <translation>Ouvert depuis</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="156" />
            <source>{days} days</source>
            <translation>{days} jours</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="62" />
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="73" />
            <source>unknown date</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="75" />
            <source>Backup {file} of {when}, with the audit trail up to entry {seq}.</source>
            <translation>Sauvegarde {file} du {when}, avec le journal d’audit jusqu’à l’entrée {seq}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="84" />
            <source>The database in place is replaced by this backup: all work done since the backup was made is lost. Every desk must close Meldpunt first. This desk is locked during the restore; afterwards everybody signs in again.</source>
            <translation>La base de données actuelle est remplacée par cette sauvegarde : tout le travail effectué depuis la sauvegarde est perdu. Chaque poste doit d’abord fermer Meldpunt. Ce poste est verrouillé pendant la restauration ; ensuite, chacun se reconnecte.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="95" />
            <source>This backup belongs to another office than the database in place.</source>
            <translation>Cette sauvegarde appartient à un autre bureau que la base de données actuelle.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="106" />
            <source>Your passphrase</source>
            <translation>Votre phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="108" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="109" />
            <source>Your &amp;passphrase</source>
            <translation>Votre &amp;phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="113" />
            <source>I &amp;understand that the database in place is replaced</source>
            <translation>Je &amp;comprends que la base de données actuelle sera remplacée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="119" />
            <source>Restore &amp;anyway and replace the database in place</source>
            <translation>Restaurer &amp;quand même et remplacer la base de données actuelle</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="128" />
            <source>Restore progress</source>
            <translation>Progression de la restauration</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="136" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="167" />
            <source>The database in place is newer than the backup: its audit trail reaches entry {current}, the backup's entry {backup}. Restoring loses the work done since.</source>
            <translation>La base de données actuelle est plus récente que la sauvegarde : son journal d’audit va jusqu’à l’entrée {current}, celui de la sauvegarde jusqu’à l’entrée {backup}. La restauration fait perdre le travail effectué depuis.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="219" />
            <source>Restore anyway</source>
            <translation>Restaurer quand même</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="221" />
            <source>Restore anyway? The database in place is replaced by the backup; what was recorded in it after the backup is lost for good and cannot be brought back.</source>
            <translation>Restaurer quand même ? La base de données actuelle est remplacée par la sauvegarde ; ce qui y a été enregistré après la sauvegarde est définitivement perdu et ne peut pas être récupéré.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="236" />
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="258" />
            <source>Checking the backup and putting it in place…</source>
            <translation>Vérification de la sauvegarde et mise en place…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="271" />
            <source>The backup of {when} was restored. Its audit trail was verified up to entry {seq}; the restore itself is entry {head}. Erasures made after the backup that were applied again: {n}.

Sign in again to go on working.</source>
            <translation>La sauvegarde du {when} a été restaurée. Son journal d’audit a été vérifié jusqu’à l’entrée {seq} ; la restauration elle-même est l’entrée {head}. Effacements postérieurs à la sauvegarde appliqués à nouveau : {n}.

Reconnectez-vous pour continuer à travailler.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="282" />
            <source>Other desks will warn that the audit trail went back; after a restore that is expected.</source>
            <translation>Les autres postes signaleront que le journal d’audit a reculé ; après une restauration, c’est normal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="285" />
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="291" />
            <source>Nothing was changed.</source>
            <translation>Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="293" />
            <source>The passphrase is not correct.</source>
            <translation>La phrase de passe est incorrecte.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="296" />
            <source>Too many failed attempts. Wait {n} seconds and try again.</source>
            <translation>Trop de tentatives échouées. Attendez {n} secondes et réessayez.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="303" />
            <source>This backup belongs to another office than the database it would replace.</source>
            <translation>Cette sauvegarde appartient à un autre bureau que la base de données qu’elle remplacerait.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="309" />
            <source>To restore anyway, tick the box, type your passphrase and restore.</source>
            <translation>Pour restaurer quand même : cochez la case, saisissez votre phrase de passe et restaurez.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/restore_dialog.py" line="316" />
            <source>The restore did not complete; details are in the log file.</source>
            <translation>La restauration n’a pas abouti ; les détails figurent dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="10" />
            <source>intake</source>
            <translation>accueil</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="11" />
            <source>caseworker</source>
            <translation>gestionnaire de dossiers</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="12" />
            <source>coordinator</source>
            <translation>coordinateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="13" />
            <source>statistician</source>
            <translation>statisticien</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/roles.py" line="14" />
            <source>IT administrator</source>
            <translation>administrateur informatique</translation>
        </message>
    </context>
    <context>
        <name>RotateKeyDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="46" />
            <source>Replace a key</source>
            <translation>Remplacer une clé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="53" />
            <source>Replace a key when someone who held it left or changed role: every record's key is re-wrapped with the new one, and the old one stops opening anything. Colleagues who are signed in must sign in again afterwards. This can take a few minutes in a large office; it resumes by itself if it is interrupted.</source>
            <translation>Remplacez une clé quand une personne qui la détenait est partie ou a changé de rôle : la clé de chaque enregistrement est rechiffrée avec la nouvelle, et l’ancienne n’ouvre plus rien. Les collègues connectés doivent se reconnecter ensuite. Cela peut prendre quelques minutes dans un grand bureau ; en cas d’interruption, l’opération reprend d’elle-même.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="62" />
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="64" />
            <source>identity: names and contact details</source>
            <translation>identité : noms et coordonnées</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="65" />
            <source>coded facts: criteria, domain, dates</source>
            <translation>faits codés : critères, domaine, dates</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="66" />
            <source>case data: narratives, notes, evidence</source>
            <translation>données de dossier : récits, notes, pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="67" />
            <source>backups</source>
            <translation>sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="74" />
            <source>&amp;Key</source>
            <translation>&amp;Clé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="79" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="85" />
            <source>&amp;Replace</source>
            <translation>&amp;Remplacer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="107" />
            <source>Replace the {key} key now?</source>
            <translation>Remplacer maintenant la clé « {key} » ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="117" />
            <source>Replacing the key…</source>
            <translation>Remplacement de la clé…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="144" />
            <source>The new key is in use; {n} records still carry the old one. Meldpunt finishes them after the next sign-in of a coordinator.</source>
            <translation>La nouvelle clé est en service ; {n} enregistrements portent encore l’ancienne. Meldpunt les termine à la prochaine connexion d’un coordinateur.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="149" />
            <source>The key was replaced (version {version}); the old one opens nothing any more. Colleagues who are signed in must sign in again.</source>
            <translation>La clé a été remplacée (version {version}) ; l’ancienne n’ouvre plus rien. Les collègues connectés doivent se reconnecter.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="160" />
            <source>The session was locked; the replacement resumes after sign-in.</source>
            <translation>La session a été verrouillée ; le remplacement reprend après la connexion.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/admin/rotate_dialog.py" line="164" />
            <source>That did not work; details are in the log file.</source>
            <translation>Cela n’a pas fonctionné ; les détails figurent dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="42" />
            <source>Referral rules</source>
            <translation>Règles de réorientation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="48" />
            <source>Referral rules (JSON)</source>
            <translation>Règles de réorientation (JSON)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="53" />
            <source>&amp;Rules that suggest competent bodies. A rule applies when every condition under 'when' holds and none under 'unless'. The caseworker always decides.</source>
            <translation>&amp;Règles qui proposent les organismes compétents. Une règle s'applique quand chaque condition sous « when » est remplie et aucune sous « unless ». Le ou la gestionnaire du dossier décide toujours.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="61" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="64" />
            <source>Restore the &amp;default rules</source>
            <translation>Rétablir les règles par &amp;défaut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="85" />
            <source>These are the default rules.</source>
            <translation>Ce sont les règles par défaut.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="87" />
            <source>These are the office's own rules.</source>
            <translation>Ce sont les règles propres au service.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="90" />
            <source>Only a coordinator can change them.</source>
            <translation>Seul·e un·e coordinateur·rice peut les modifier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="104" />
            <source>The referral rules were saved.</source>
            <translation>Les règles de réorientation ont été enregistrées.</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="50" />
            <source>Give an e-mail address, a phone number or a name.</source>
            <translation>Indiquez une adresse e-mail, un numéro de téléphone ou un nom.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="52" />
            <source>Give the office a name of at most 200 characters.</source>
            <translation>Donnez au point de contact un nom de 200 caractères au maximum.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="53" />
            <source>This database already holds an office.</source>
            <translation>Cette base de données contient déjà un point de contact.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="54" />
            <source>You cannot grant the {role} role: you lack the {keys} keys.</source>
            <translation>Vous ne pouvez pas attribuer le rôle {role} : il vous manque les clés {keys}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="58" />
            <source>There is already a user called '{username}'.</source>
            <translation>Il existe déjà un utilisateur nommé '{username}'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="59" />
            <source>You cannot change your own role.</source>
            <translation>Vous ne pouvez pas changer votre propre rôle.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="60" />
            <source>A disabled account has no role to change.</source>
            <translation>Un compte désactivé n’a pas de rôle à changer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="61" />
            <source>Change your own passphrase with 'user passwd'.</source>
            <translation>Modifiez votre propre phrase de passe avec 'user passwd'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="62" />
            <source>This office has no recovery key slot.</source>
            <translation>Ce point de contact n'a pas d'emplacement pour la clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="63" />
            <source>This recovery key does not belong to this office.</source>
            <translation>Cette clé de récupération n'appartient pas à ce point de contact.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="64" />
            <source>The recovery key has no passphrase to change.</source>
            <translation>La clé de récupération n'a pas de phrase de passe à modifier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="65" />
            <source>Your key slot no longer exists; ask a coordinator.</source>
            <translation>Votre emplacement de clé n'existe plus ; adressez-vous à un coordinateur.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="66" />
            <source>You cannot disable your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="67" />
            <source>The last active coordinator cannot be disabled.</source>
            <translation>Le dernier coordinateur actif ne peut pas être désactivé.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="68" />
            <source>Unlock first.</source>
            <translation>Déverrouillez d'abord.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="69" />
            <source>Only a coordinator can manage staff accounts.</source>
            <translation>Seul un coordinateur peut gérer les comptes du personnel.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="70" />
            <source>There is no user called '{username}'.</source>
            <translation>Il n'existe aucun utilisateur nommé '{username}'.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="72" />
            <source>Your account does not hold the backup key.</source>
            <translation>Votre compte ne détient pas la clé de sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="73" />
            <source>Nobody holds the backup key; a coordinator must grant it.</source>
            <translation>Personne ne détient la clé de sauvegarde ; un coordinateur doit l'attribuer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="74" />
            <source>An in-memory database cannot be backed up.</source>
            <translation>Une base de données en mémoire ne peut pas être sauvegardée.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="75" />
            <source>An in-memory database cannot be restored over.</source>
            <translation>Une sauvegarde ne peut pas être restaurée sur une base de données en mémoire.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="76" />
            <source>This backup was made with version {version} of the backup key, which your account does not hold (any more).</source>
            <translation>Cette sauvegarde a été faite avec la version {version} de la clé de sauvegarde, que votre compte ne détient pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="81" />
            <source>Your account's keys changed after this backup was made (or it did not exist then); restore with a coordinator or administrator account that existed then.</source>
            <translation>Les clés de votre compte ont changé après cette sauvegarde (ou votre compte n'existait pas encore) ; restaurez avec un compte de coordinateur ou d'administrateur informatique qui existait alors.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="86" />
            <source>The backup's audit trail is broken ({problem}); nothing was restored.</source>
            <translation>Le journal d'audit de la sauvegarde est rompu ({problem}) ; rien n'a été restauré.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="90" />
            <source>The database is in use (Meldpunt is open on this or another desk); close it everywhere and run the restore again. Nothing was changed.</source>
            <translation>La base de données est en cours d'utilisation (Meldpunt est ouvert sur ce poste ou un autre) ; fermez-le partout et relancez la restauration. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="95" />
            <source>This backup was made by a newer version of Meldpunt; install that version first.</source>
            <translation>Cette sauvegarde a été faite par une version plus récente de Meldpunt ; installez d'abord cette version.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="99" />
            <source>{username} holds no key that opens this backup; restore it with a coordinator or administrator account.</source>
            <translation>{username} ne détient aucune clé qui ouvre cette sauvegarde ; restaurez-la avec un compte de coordinateur ou d'administrateur informatique.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="104" />
            <source>Only a coordinator or an administrator can restore a backup.</source>
            <translation>Seul un coordinateur ou un administrateur informatique peut restaurer une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="108" />
            <source>The database to restore over cannot be read. Add --force to replace it.</source>
            <translation>La base de données à remplacer ne peut pas être lue. Ajoutez --force pour la remplacer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="112" />
            <source>This backup belongs to another office than the database it would replace. Add --force to replace that database anyway.</source>
            <translation>Cette sauvegarde appartient à un autre point de contact que la base de données qu'elle remplacerait. Ajoutez --force pour remplacer quand même cette base de données.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="117" />
            <source>The database in place is newer than the backup: its audit trail reaches entry {current_seq}, the backup's entry {backup_seq}. Restoring would lose the work done since. Add --force to restore anyway.</source>
            <translation>La base de données actuelle est plus récente que la sauvegarde : son journal d'audit va jusqu'à l'entrée {current_seq}, celui de la sauvegarde jusqu'à l'entrée {backup_seq}. La restauration ferait perdre le travail effectué depuis. Ajoutez --force pour restaurer quand même.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="123" />
            <source>The backup's database is damaged ({problem}).</source>
            <translation>La base de données de la sauvegarde est endommagée ({problem}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="125" />
            <source>Your role cannot follow up reports.</source>
            <translation>Votre rôle ne permet pas d'assurer le suivi des signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="126" />
            <source>This report does not exist (any more).</source>
            <translation>Ce signalement n'existe pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="127" />
            <source>This report is in a case file: change the file's status.</source>
            <translation>Ce signalement fait partie d'un dossier : modifiez le statut du dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="128" />
            <source>Open a case file for this report instead; the file's status then moves the report along.</source>
            <translation>Ouvrez plutôt un dossier pour ce signalement ; le statut du dossier fait ensuite avancer le signalement.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="132" />
            <source>Someone else changed this report; reopen it and try again.</source>
            <translation>Quelqu'un d'autre a modifié ce signalement ; rouvrez-le et réessayez.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="136" />
            <source>A case file needs at least one report.</source>
            <translation>Un dossier doit contenir au moins un signalement.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="137" />
            <source>Report {number} is already in a case file.</source>
            <translation>Le signalement {number} fait déjà partie d'un dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="138" />
            <source>This case file does not exist (any more).</source>
            <translation>Ce dossier n'existe pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="139" />
            <source>Someone else changed this case file after you opened it; nothing was overwritten. Reopen it to see their change.</source>
            <translation>Quelqu'un d'autre a modifié ce dossier après que vous l'avez ouvert ; rien n'a été écrasé. Rouvrez-le pour voir sa modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="144" />
            <source>Choose at least one report to add to the case file.</source>
            <translation>Choisissez au moins un signalement à ajouter au dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="145" />
            <source>Case file {number} is closed: reopen it before adding reports.</source>
            <translation>Le dossier {number} est clôturé : rouvrez-le avant d'ajouter des signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="149" />
            <source>Case file {number} has ended; no reports can be added to it.</source>
            <translation>Le dossier {number} est terminé ; aucun signalement ne peut plus y être ajouté.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="153" />
            <source>Someone else changed this case file after you opened it; nothing was changed. Reopen it to see their change.</source>
            <translation>Quelqu'un d'autre a modifié ce dossier après que vous l'avez ouvert ; rien n'a été modifié. Rouvrez-le pour voir sa modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="159" />
            <source>The note is too long ({length} characters, at most {limit}).</source>
            <translation>La note est trop longue ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="163" />
            <source>The task is too long ({length} characters, at most {limit}).</source>
            <translation>La tâche est trop longue ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="167" />
            <source>Meldpunt is locked; unlock it first.</source>
            <translation>Meldpunt est verrouillé ; déverrouillez-le d'abord.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="168" />
            <source>Your role cannot follow up case files.</source>
            <translation>Votre rôle ne permet pas d'assurer le suivi des dossiers.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="169" />
            <source>This staff member cannot be assigned a case file.</source>
            <translation>Aucun dossier ne peut être attribué à ce membre du personnel.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="170" />
            <source>This kind of action cannot be added by hand.</source>
            <translation>Ce type d'action ne peut pas être ajouté manuellement.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="171" />
            <source>An action cannot lie in the future; check the date.</source>
            <translation>Une action ne peut pas se situer dans le futur ; vérifiez la date.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="172" />
            <source>This case file is closed; reopen it before recording an action (a note can still be added).</source>
            <translation>Ce dossier est clôturé ; rouvrez-le avant d'enregistrer une action (une note peut encore être ajoutée).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="177" />
            <source>That report is not part of this case file.</source>
            <translation>Ce signalement ne fait pas partie de ce dossier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="178" />
            <source>This timeline entry does not exist (any more).</source>
            <translation>Cette entrée de l'historique n'existe pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="179" />
            <source>Its text was erased with the personal data of the file; it cannot be changed.</source>
            <translation>Son texte a été effacé avec les données personnelles du dossier ; il ne peut pas être modifié.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="183" />
            <source>Someone else changed this note after you opened it; nothing was overwritten. Reload to see their change.</source>
            <translation>Quelqu'un d'autre a modifié cette note après que vous l'avez ouverte ; rien n'a été écrasé. Rechargez pour voir sa modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="188" />
            <source>Say what has to be done.</source>
            <translation>Indiquez ce qui doit être fait.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="189" />
            <source>This task does not exist (any more).</source>
            <translation>Cette tâche n'existe pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="190" />
            <source>Someone else changed this task after you opened it; nothing was overwritten. Reload to see their change.</source>
            <translation>Quelqu'un d'autre a modifié cette tâche après que vous l'avez ouverte ; rien n'a été écrasé. Rechargez pour voir sa modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="196" />
            <source>Only a coordinator can load demo data.</source>
            <translation>Seul un coordinateur peut charger des données de démonstration.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="198" />
            <source>Your role cannot keep drafts.</source>
            <translation>Votre rôle ne permet pas de conserver des brouillons.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="200" />
            <source>There is no report {number}.</source>
            <translation>Il n'existe pas de signalement {number}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="201" />
            <source>Unknown outcome '{outcome}'. Choose one of: {outcomes}.</source>
            <translation>Issue inconnue '{outcome}'. Choisissez parmi : {outcomes}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="202" />
            <source>A retention period is {low} to {high} years.</source>
            <translation>Un délai de conservation va de {low} à {high} ans.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="203" />
            <source>Reading end dates needs the special key.</source>
            <translation>La lecture des dates de fin nécessite la clé des faits codés (special).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="205" />
            <source>Too many failed attempts. Wait {seconds} seconds before trying again.</source>
            <translation>Trop de tentatives échouées. Attendez {seconds} secondes avant de réessayer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="210" />
            <source>Your role cannot handle evidence files.</source>
            <translation>Votre rôle ne permet pas de traiter des pièces justificatives.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="211" />
            <source>The file cannot be read: {reason}.</source>
            <translation>Le fichier ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="212" />
            <source>An evidence file can be at most 50 MB.</source>
            <translation>Une pièce justificative ne peut pas dépasser 50 Mo.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="213" />
            <source>This evidence file does not exist (any more).</source>
            <translation>Cette pièce justificative n'existe pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="215" />
            <source>Your role cannot read coded facts.</source>
            <translation>Votre rôle ne permet pas de lire les faits codés.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="217" />
            <source>Your role cannot produce statistics.</source>
            <translation>Votre rôle ne permet pas de produire des statistiques.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="218" />
            <source>Only a coordinator or an administrator can verify the audit trail.</source>
            <translation>Seul un coordinateur ou un administrateur informatique peut vérifier le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="222" />
            <source>Only a coordinator can read the audit trail.</source>
            <translation>Seul un coordinateur peut lire le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="223" />
            <source>Only a coordinator or an administrator can make a backup.</source>
            <translation>Seul un coordinateur ou un administrateur informatique peut faire une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="224" />
            <source>Only a coordinator can manage retention.</source>
            <translation>Seul un coordinateur peut gérer les délais de conservation.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="225" />
            <source>Only a coordinator can erase personal data.</source>
            <translation>Seul un coordinateur peut effacer des données personnelles.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="226" />
            <source>Only a coordinator can answer an access request.</source>
            <translation>Seul un coordinateur peut répondre à une demande d'accès.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="228" />
            <source>Your role cannot refer reports.</source>
            <translation>Votre rôle ne permet pas de réorienter des signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="229" />
            <source>Only a coordinator can change the referral rules and letters.</source>
            <translation>Seul un coordinateur peut modifier les règles de réorientation et les lettres.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="233" />
            <source>The rule table is too long.</source>
            <translation>La table des règles est trop longue.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="234" />
            <source>The rule table was not saved: {problem}</source>
            <translation>La table des règles n'a pas été enregistrée : {problem}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="235" />
            <source>Someone else saved the referral rules after you opened them; nothing was overwritten. Reopen them to see the other change.</source>
            <translation>Quelqu'un d'autre a enregistré les règles de réorientation après que vous les avez ouvertes ; rien n'a été écrasé. Rouvrez-les pour voir l'autre modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="240" />
            <source>Choose a body to refer to.</source>
            <translation>Choisissez un organisme vers lequel réorienter.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="241" />
            <source>Unknown body.</source>
            <translation>Organisme inconnu.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="242" />
            <source>Someone else saved these contact details after you opened them; nothing was overwritten. Reopen them to see the other change.</source>
            <translation>Quelqu'un d'autre a enregistré ces coordonnées après que vous les avez ouvertes ; rien n'a été écrasé. Rouvrez-les pour voir l'autre modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="247" />
            <source>Unknown letter or language.</source>
            <translation>Lettre ou langue inconnue.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="248" />
            <source>The letter text is too long.</source>
            <translation>Le texte de la lettre est trop long.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="249" />
            <source>The letter was not saved: check {problems} in the text.</source>
            <translation>La lettre n'a pas été enregistrée : vérifiez {problems} dans le texte.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="250" />
            <source>Someone else saved this letter after you opened it; nothing was overwritten. Reopen it to see the other change.</source>
            <translation>Quelqu'un d'autre a enregistré cette lettre après que vous l'avez ouverte ; rien n'a été écrasé. Rouvrez-la pour voir l'autre modification.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="255" />
            <source>Unknown letter language.</source>
            <translation>Langue de lettre inconnue.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="256" />
            <source>This referral does not exist (any more).</source>
            <translation>Cette réorientation n'existe pas (plus).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="257" />
            <source>The reporter did not consent to passing on their data: no referral letter with personal data can be made. Record the consent first.</source>
            <translation>La personne qui signale n'a pas accepté la transmission de ses données : aucune lettre de réorientation contenant des données personnelles ne peut être créée. Enregistrez d'abord son accord.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="263" />
            <source>The report was not saved: check {fields}.</source>
            <translation>Le signalement n'a pas été enregistré : vérifiez {fields}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="264" />
            <source>Your role cannot record or change reports.</source>
            <translation>Votre rôle ne permet pas d'enregistrer ni de modifier des signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="265" />
            <source>Your role cannot open reports.</source>
            <translation>Votre rôle ne permet pas d'ouvrir des signalements.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="266" />
            <source>The personal data of this report was erased; it cannot be edited.</source>
            <translation>Les données personnelles de ce signalement ont été effacées ; il ne peut pas être modifié.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="270" />
            <source>Someone else saved this report after you opened it. Your changes were not saved; reopen the report to see theirs.</source>
            <translation>Quelqu'un d'autre a enregistré ce signalement après que vous l'avez ouvert. Vos modifications n'ont pas été enregistrées ; rouvrez le signalement pour voir les siennes.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="275" />
            <source>Your role cannot search by personal details.</source>
            <translation>Votre rôle ne permet pas de rechercher sur des données personnelles.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="277" />
            <source>Only a coordinator can rotate keys.</source>
            <translation>Seul un coordinateur peut renouveler les clés.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="278" />
            <source>A rotation of the {key} key is still running; finish it first.</source>
            <translation>Un renouvellement de la clé {key} est encore en cours ; terminez-le d'abord.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="282" />
            <source>Your keys are out of date; lock and unlock, then try again.</source>
            <translation>Vos clés ne sont plus à jour ; verrouillez puis déverrouillez, et réessayez.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="287" />
            <source>Only a coordinator can change the threshold.</source>
            <translation>Seul un coordinateur peut modifier le seuil.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="288" />
            <source>The threshold cannot be lower than {minimum}.</source>
            <translation>Le seuil ne peut pas être inférieur à {minimum}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="290" />
            <source>Unknown role '{role}'. Choose one of: {roles}.</source>
            <translation>Rôle inconnu '{role}'. Choisissez parmi : {roles}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="291" />
            <source>A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-', starting with a letter or digit.</source>
            <translation>Un nom d'utilisateur compte de 2 à 40 caractères : lettres a-z, chiffres, '.', '_' ou '-', et commence par une lettre ou un chiffre.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="296" />
            <source>The passphrase must have at least {minimum} characters (it has {length}). A few words you can remember work well.</source>
            <translation>La phrase de passe doit compter au moins {minimum} caractères (elle en a {length}). Quelques mots faciles à retenir font très bien l'affaire.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="301" />
            <source>The passphrase may have at most {maximum} characters.</source>
            <translation>La phrase de passe peut compter au maximum {maximum} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/service_errors.py" line="302" />
            <source>The passphrase cannot be only spaces.</source>
            <translation>La phrase de passe ne peut pas être composée uniquement d'espaces.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="55" />
            <source>The machine-wide settings file {path} cannot be read ({reason}).</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="58" />
            <source>The machine-wide settings file {path} is not valid JSON ({reason}).</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} n'est pas du JSON valide ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="61" />
            <source>The machine-wide settings file {path}: expected a JSON object ({ ... }).</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : un objet JSON ({ ... }) est attendu.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="64" />
            <source>The machine-wide settings file {path}: unknown key {keys} (known: {known}).</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : clé inconnue {keys} (clés connues : {known}).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="68" />
            <source>The machine-wide settings file {path}: database_url must be a database URL or a file path.</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : database_url doit être une URL de base de données ou un chemin de fichier.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="73" />
            <source>The machine-wide settings file {path}: language must be one of {languages}.</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : language doit être l'une des valeurs {languages}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="77" />
            <source>The machine-wide settings file {path}: idle_lock_minutes must be a whole number from {low} to {high}.</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : idle_lock_minutes doit être un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="82" />
            <source>The machine-wide settings file {path}: report_threshold_floor must be a whole number of at least {floor}.</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : report_threshold_floor doit être un nombre entier d'au moins {floor}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="87" />
            <source>The machine-wide settings file {path}: locked must be a list of {keys}.</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : locked doit être une liste parmi {keys}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="90" />
            <source>The machine-wide settings file {path}: locked names {keys} but the file does not set it.</source>
            <translation>Le fichier de paramètres de cet ordinateur {path} : locked cite {keys}, mais le fichier ne le définit pas.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="119" />
            <source>Meldpunt cannot start.</source>
            <translation>Meldpunt ne peut pas démarrer.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/application.py" line="123" />
            <source>Log file: {log}</source>
            <translation>Fichier journal : {log}</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="91" />
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="102" />
            <source>Annual report</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="116" />
            <source>Anonymised figures for the city council and the open-data portal: no names, no narratives, and small numbers hidden.</source>
            <translation>Chiffres anonymisés pour le conseil communal et le portail de données ouvertes : pas de noms, pas de récits, et les petits nombres masqués.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="125" />
            <source>&amp;Year</source>
            <translation>&amp;Année</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="132" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="139" />
            <source>New threshold</source>
            <translation>Nouveau seuil</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="141" />
            <source>&amp;Raise…</source>
            <translation>&amp;Relever…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="159" />
            <source>Tables</source>
            <translation>Tableaux</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="175" />
            <source>Computing the statistics…</source>
            <translation>Calcul des statistiques…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="195" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="200" />
            <source>also open data (CSV and JSON)</source>
            <translation>aussi les données ouvertes (CSV et JSON)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="202" />
            <source>&amp;Make PDF…</source>
            <translation>&amp;Créer le PDF…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="208" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="209" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="215" />
            <source>&amp;Open PDF</source>
            <translation>&amp;Ouvrir le PDF</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="218" />
            <source>&amp;Show folder</source>
            <translation>Afficher le &amp;dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="290" />
            <source>The annual report is made from the coded facts of the reports. Your role holds no key for report data, so it cannot make the report; the coordinator or the statistician can.</source>
            <translation>Le rapport annuel est établi à partir des données codées des signalements. Votre rôle ne détient aucune clé pour ces données et ne peut donc pas établir le rapport ; le coordinateur ou le statisticien le peut.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="298" />
            <source>The annual report is made by the coordinator or the statistician.</source>
            <translation>Le rapport annuel est établi par le coordinateur ou le statisticien.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="306" />
            <source>There are no reports yet. The annual report can be made once reports have been recorded.</source>
            <translation>Il n’y a pas encore de signalements. Le rapport annuel pourra être établi dès que des signalements auront été enregistrés.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="354" />
            <source>Counts below {threshold} are shown as {marker}.</source>
            <translation>Les nombres inférieurs à {threshold} sont affichés comme {marker}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="456" />
            <source>Raise the threshold</source>
            <translation>Relever le seuil</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="458" />
            <source>Hide every count below {new} instead of below {old}, in this and every later report? The threshold cannot be lowered again.</source>
            <translation>Masquer chaque nombre inférieur à {new} au lieu de {old}, dans ce rapport et dans tous les suivants ? Le seuil ne pourra plus être abaissé.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="485" />
            <source>Save the annual report</source>
            <translation>Enregistrer le rapport annuel</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="487" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="522" />
            <source>Making the annual report…</source>
            <translation>Création du rapport annuel…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="538" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="556" />
            <source>The file could not be saved: {reason}</source>
            <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="565" />
            <source>Saved as {file}, with the open-data files beside it.</source>
            <translation>Enregistré sous {file}, avec les fichiers de données ouvertes à côté.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="567" />
            <source>Saved as {file}.</source>
            <translation>Enregistré sous {file}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="583" />
            <source>Cancelled; no file was saved.</source>
            <translation>Annulé ; aucun fichier n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="611" />
            <source>{count} damaged records could not be read and were left out; details are in the log file.</source>
            <translation>{count} enregistrements endommagés n’ont pas pu être lus et ont été omis ; les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/page.py" line="619" />
            <source>The annual report could not be made; details are in the log file.</source>
            <translation>Le rapport annuel n’a pas pu être établi ; les détails figurent dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>StatusPanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="169" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="182" />
            <source>Next step:</source>
            <translation>Étape suivante :</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="210" />
            <source>Assessment: {assessment}. Result: {result}.</source>
            <translation>Appréciation : {assessment}. Résultat : {result}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="215" />
            <source>Reopened before: {reasons}</source>
            <translation>Rouvert auparavant : {reasons}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="225" />
            <source>Reopen…</source>
            <translation>Rouvrir…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="227" />
            <source>Close…</source>
            <translation>Clôturer…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="229" />
            <source>Withdrawn…</source>
            <translation>Retiré…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="234" />
            <source>Move the file to: {status}</source>
            <translation>Passer le dossier à : {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="255" />
            <source>Withdraw the case file</source>
            <translation>Retirer le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/status_panel.py" line="257" />
            <source>The reporter withdraws or cannot be reached. The file and its reports end; this cannot be undone. Continue?</source>
            <translation>La personne se retire ou est injoignable. Le dossier et ses signalements prennent fin ; c'est irréversible. Continuer ?</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="28" />
            <source>Check and save</source>
            <translation>Vérifier et enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="29" />
            <source>This is what will be stored. Check it with the reporter.</source>
            <translation>Voici ce qui sera enregistré. Vérifiez-le avec la personne qui signale.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="33" />
            <source>Summary of the report</source>
            <translation>Résumé du signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="38" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/summary_dialog.py" line="42" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
    </context>
    <context>
        <name>TablePreview</name>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/preview.py" line="61" />
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/preview.py" line="82" />
            <source>Table values</source>
            <translation>Valeurs du tableau</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/statistics/preview.py" line="202" />
            <source>Hidden to protect small numbers</source>
            <translation>Masqué pour protéger les petits nombres</translation>
        </message>
    </context>
    <context>
        <name>TaskEditDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="179" />
            <source>Due date</source>
            <translation>Date d'échéance</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="186" />
            <source>What has to be done</source>
            <translation>Ce qu'il faut faire</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="189" />
            <source>Who does it</source>
            <translation>Qui s'en charge</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="190" />
            <source>whoever has the file</source>
            <translation>la personne qui a le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="198" />
            <source>&amp;Task</source>
            <translation>&amp;Tâche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="199" />
            <source>&amp;Due on</source>
            <translation>É&amp;chéance</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="200" />
            <source>&amp;For</source>
            <translation>&amp;Pour</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="209" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="85" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="86" />
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="87" />
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="88" />
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="89" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="97" />
            <source>done</source>
            <translation>faite</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="100" />
            <source>overdue ({days} d)</source>
            <translation>en retard ({days} j)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="102" />
            <source>due today</source>
            <translation>pour aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="103" />
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="118" />
            <source>(erased)</source>
            <translation>(effacé)</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="249" />
            <source>My tasks</source>
            <translation>Mes tâches</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="259" />
            <source>My open tasks, overdue first</source>
            <translation>Mes tâches ouvertes, en retard d'abord</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="261" />
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;faite</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="264" />
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="267" />
            <source>&amp;Open case file</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="270" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="328" />
            <source>{count} open tasks, {overdue} overdue.</source>
            <translation>{count} tâches ouvertes, {overdue} en retard.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="333" />
            <source>You have no open tasks.</source>
            <translation>Vous n'avez aucune tâche ouverte.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="376" />
            <source>this task</source>
            <translation>cette tâche</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/tasks_page.py" line="388" />
            <source>Change the task</source>
            <translation>Modifier la tâche</translation>
        </message>
    </context>
    <context>
        <name>TasksPanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="190" />
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="194" />
            <source>Tasks of the case file</source>
            <translation>Tâches du dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="196" />
            <source>New &amp;task…</source>
            <translation>Nouvelle &amp;tâche…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="199" />
            <source>Mark &amp;done</source>
            <translation>Marquer comme &amp;faite</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_page.py" line="202" />
            <source>C&amp;hange task…</source>
            <translation>&amp;Modifier la tâche…</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="217" />
            <source>Letter templates</source>
            <translation>Modèles de lettres</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="224" />
            <source>Information letter</source>
            <translation>Lettre d'information</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="225" />
            <source>Referral letter</source>
            <translation>Lettre de réorientation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="232" />
            <source>Letter text</source>
            <translation>Texte de la lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="239" />
            <source>Letterhead</source>
            <translation>En-tête</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="245" />
            <source>&amp;Letter</source>
            <translation>&amp;Lettre</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="246" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="247" />
            <source>&amp;Text</source>
            <translation>&amp;Texte</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="248" />
            <source>Letter&amp;head (address, phone, e-mail of the office)</source>
            <translation>&amp;En-tête (adresse, téléphone, courriel du service)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="254" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="257" />
            <source>Restore the &amp;default text</source>
            <translation>Rétablir le texte par &amp;défaut</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="284" />
            <source>Paragraphs are separated by an empty line; a line starting with '# ' is the subject. You can use: {names}.</source>
            <translation>Les paragraphes sont séparés par une ligne vide ; une ligne commençant par « # » est l'objet. Vous pouvez utiliser : {names}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="288" />
            <source>A paragraph starting with {flags} is kept only then.</source>
            <translation>Un paragraphe commençant par {flags} n'est conservé que dans ce cas.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="292" />
            <source>(default text)</source>
            <translation>(texte par défaut)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/settings_dialogs.py" line="312" />
            <source>The letter was saved.</source>
            <translation>La lettre a été enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="84" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="90" />
            <source>Status → {status}</source>
            <translation>Statut → {status}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="98" />
            <source>Report {number}:</source>
            <translation>Signalement {number} :</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="101" />
            <source>{assessment}; {result}.</source>
            <translation>{assessment} ; {result}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="111" />
            <source>with consent</source>
            <translation>avec accord</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="111" />
            <source>without consent</source>
            <translation>sans accord</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="113" />
            <source>To {body}, {consent}.</source>
            <translation>Vers {body}, {consent}.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="115" />
            <source>(erased)</source>
            <translation>(effacé)</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="193" />
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="201" />
            <source>Timeline of the case file</source>
            <translation>Historique du dossier</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="224" />
            <source>&amp;Edit note…</source>
            <translation>&amp;Modifier la note…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="227" />
            <source>Save a cop&amp;y of the file…</source>
            <translation>Enregistrer une &amp;copie du fichier…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="237" />
            <source>Kind of action</source>
            <translation>Type d'action</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="243" />
            <source>When the action took place</source>
            <translation>Quand l'action a eu lieu</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="247" />
            <source>Which report the action is about</source>
            <translation>Signalement concerné par l'action</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="250" />
            <source>Note on the action</source>
            <translation>Note sur l'action</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="257" />
            <source>&amp;Add to timeline</source>
            <translation>&amp;Ajouter à l'historique</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="262" />
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="264" />
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="266" />
            <source>Re&amp;port</source>
            <translation>&amp;Signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="268" />
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="297" />
            <source>(the file as a whole)</source>
            <translation>(le dossier dans son ensemble)</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="357" />
            <source>Report {numbers}: the reporter did not allow contact with the counterparty. Do not name or describe them.</source>
            <translation>Signalement {numbers} : la personne n'a pas autorisé le contact avec la partie adverse. Ne la nommez pas et ne la décrivez pas.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/timeline.py" line="389" />
            <source>Note on: {action}</source>
            <translation>Note sur : {action}</translation>
        </message>
    </context>
    <context>
        <name>TriStateCombo</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/codes_widgets.py" line="83" />
            <source>not asked</source>
            <translation>pas demandé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/codes_widgets.py" line="84" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/intake/codes_widgets.py" line="85" />
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>UnlockMaintenance</name>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="48" />
            <source>The last backup is older than 7 days: make one (meldpunt backup).</source>
            <translation>La dernière sauvegarde date de plus de 7 jours : faites-en une (Gestion ou meldpunt backup).</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="74" />
            <location filename="../../src/meldpunt/ui/maintenance.py" line="91" />
            <location filename="../../src/meldpunt/ui/maintenance.py" line="99" />
            <source>Retention</source>
            <translation>Conservation</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="76" />
            <source>{n} ended reports have passed their retention period. Their names, contact details and narratives will be erased for good; their coded facts stay for the statistics. Erase them now?</source>
            <translation>{n} signalements clôturés ont dépassé leur délai de conservation. Les noms, coordonnées et récits seront définitivement effacés ; les faits codés restent pour les statistiques. Effacer maintenant ?</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="109" />
            <source>The personal data of {n} reports and {files} case files was erased; their coded facts remain for the statistics.</source>
            <translation>Les données personnelles de {n} signalements et de {files} dossiers ont été effacées ; leurs faits codés restent pour les statistiques.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/maintenance.py" line="102" />
            <source>Retention did not complete; details are in the log file.</source>
            <translation>La conservation n’a pas pu être appliquée entièrement ; les détails figurent dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="47" />
            <source>Meldpunt is locked</source>
            <translation>Meldpunt est verrouillé</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="58" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="63" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="68" />
            <source>&amp;User name</source>
            <translation>Nom d’&amp;utilisateur</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="70" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="78" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="79" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="96" />
            <source>Demo office with invented reports.
User: {user}   Passphrase: {pw}</source>
            <translation>Bureau de démonstration avec des signalements fictifs.
Utilisateur : {user}   Phrase de passe : {pw}</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="132" />
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="138" />
            <source>Type your user name and passphrase.</source>
            <translation>Saisissez votre nom d’utilisateur et votre phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="155" />
            <source>Too many failed attempts. Wait {n} seconds and try again.</source>
            <translation>Trop de tentatives échouées. Attendez {n} secondes et réessayez.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="159" />
            <source>Wrong user name or passphrase.</source>
            <translation>Nom d’utilisateur ou phrase de passe incorrect.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="163" />
            <source>Your key slot is damaged or was changed. Ask a coordinator to re-enrol you.</source>
            <translation>Votre emplacement de clé est endommagé ou a été modifié. Demandez à un coordinateur de vous réinscrire.</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/unlock/page.py" line="169" />
            <source>Unlocking failed; details are in the log file.</source>
            <translation>Le déverrouillage a échoué ; les détails figurent dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Report</source>
            <translation>Signalement</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../../src/meldpunt/ui/cases/case_list.py" line="152" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>WishesSection</name>
        <message>
            <location filename="../../src/meldpunt/ui/intake/sections/wishes.py" line="26" />
            <source>5. What the reporter wants</source>
            <translation>5. Ce que souhaite la personne qui signale</translation>
        </message>
    </context>
</TS>
