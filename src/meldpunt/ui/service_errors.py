"""Service errors in the user's language: the English template is the key, as in Qt.

A service raises ``ServiceError("Report {number} is already in a case file.", number=...)``;
``str(exc)`` is the English text (command line, log), and ``error_text(exc)`` is what a
screen shows: the template translated in the context "ServiceErrors", then filled in. Every
template is listed below with ``QT_TRANSLATE_NOOP`` so that ``make lupdate`` (which reads only
the ui package) finds it; tests/unit/test_service_messages.py keeps the list complete.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from meldpunt.ui.roles import role_label

log = logging.getLogger(__name__)

CONTEXT = "ServiceErrors"


def error_text(exc: BaseException) -> str:
    """The message of a service error in the user's language; other errors as they are.

    Parameter values are numbers, codes and user names and stay as they are, except a role,
    which is shown by its name in the user's language.
    """
    template = getattr(exc, "template", None)
    params = getattr(exc, "params", None)
    if not isinstance(template, str) or not template or not isinstance(params, dict):
        return str(exc)
    text = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return text
    values = {
        name: role_label(str(value)) if name == "role" else value for name, value in params.items()
    }
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder: English beats an unreadable message.
        log.warning("The translation of a service error does not fit its parameters")
        return str(exc)


# Every template a service raises (the domain's account rules too), grouped by module.
TEMPLATES = (
    # services/access.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Give an e-mail address, a phone number or a name."),
    # services/accounts.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Give the office a name of at most 200 characters."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This database already holds an office."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "You cannot grant the {role} role: you lack the {keys} keys.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "There is already a user called '{username}'."),
    QT_TRANSLATE_NOOP("ServiceErrors", "You cannot change your own role."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A disabled account has no role to change."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Change your own passphrase with 'user passwd'."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This office has no recovery key slot."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This recovery key does not belong to this office."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The recovery key has no passphrase to change."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Your key slot no longer exists; ask a coordinator."),
    QT_TRANSLATE_NOOP("ServiceErrors", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The last active coordinator cannot be disabled."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Unlock first."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can manage staff accounts."),
    QT_TRANSLATE_NOOP("ServiceErrors", "There is no user called '{username}'."),
    # services/backup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your account does not hold the backup key."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Nobody holds the backup key; a coordinator must grant it."),
    QT_TRANSLATE_NOOP("ServiceErrors", "An in-memory database cannot be backed up."),
    QT_TRANSLATE_NOOP("ServiceErrors", "An in-memory database cannot be restored over."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "This backup was made with version {version} of the backup key, which your account does "
        "not hold (any more).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Your account's keys changed after this backup was made (or it did not exist then); "
        "restore with a coordinator or administrator account that existed then.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The backup's audit trail is broken ({problem}); nothing was restored.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The database is in use (Meldpunt is open on this or another desk); close it everywhere "
        "and run the restore again. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "This backup was made by a newer version of Meldpunt; install that version first.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{username} holds no key that opens this backup; restore it with a coordinator or "
        "administrator account.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Only a coordinator or an administrator can restore a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The database to restore over cannot be read. Add --force to replace it.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "This backup belongs to another office than the database it would replace. Add --force to "
        "replace that database anyway.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The database in place is newer than the backup: its audit trail reaches entry "
        "{current_seq}, the backup's entry {backup_seq}. Restoring would lose the work done "
        "since. Add --force to restore anyway.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "The backup's database is damaged ({problem})."),
    # services/cases.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot follow up reports."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This report does not exist (any more)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This report is in a case file: change the file's status."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Open a case file for this report instead; the file's status then moves the report along.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed this report; reopen it and try again.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "A case file needs at least one report."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Report {number} is already in a case file."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This case file does not exist (any more)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed this case file after you opened it; nothing was overwritten. Reopen "
        "it to see their change.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Choose at least one report to add to the case file."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Case file {number} is closed: reopen it before adding reports.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Case file {number} has ended; no reports can be added to it.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed this case file after you opened it; nothing was changed. Reopen it "
        "to see their change.",
    ),
    # services/casework.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The note is too long ({length} characters, at most {limit}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The task is too long ({length} characters, at most {limit}).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Meldpunt is locked; unlock it first."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot follow up case files."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This staff member cannot be assigned a case file."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This kind of action cannot be added by hand."),
    QT_TRANSLATE_NOOP("ServiceErrors", "An action cannot lie in the future; check the date."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "This case file is closed; reopen it before recording an action (a note can still be "
        "added).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "That report is not part of this case file."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This timeline entry does not exist (any more)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Its text was erased with the personal data of the file; it cannot be changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed this note after you opened it; nothing was overwritten. Reload to "
        "see their change.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Say what has to be done."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This task does not exist (any more)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else changed this task after you opened it; nothing was overwritten. Reload to "
        "see their change.",
    ),
    # services/demo_office.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can load demo data."),
    # services/drafts.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot keep drafts."),
    # services/erasure.py
    QT_TRANSLATE_NOOP("ServiceErrors", "There is no report {number}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Unknown outcome '{outcome}'. Choose one of: {outcomes}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "A retention period is {low} to {high} years."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Reading end dates needs the special key."),
    # services/errors.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Too many failed attempts. Wait {seconds} seconds before trying again.",
    ),
    # services/evidence.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot handle evidence files."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The file cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "An evidence file can be at most 50 MB."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This evidence file does not exist (any more)."),
    # services/listing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot read coded facts."),
    # services/permissions.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot produce statistics."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Only a coordinator or an administrator can verify the audit trail.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can read the audit trail."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator or an administrator can make a backup."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can manage retention."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can erase personal data."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can answer an access request."),
    # services/referrals.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot refer reports."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Only a coordinator can change the referral rules and letters.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "The rule table is too long."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The rule table was not saved: {problem}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else saved the referral rules after you opened them; nothing was overwritten. "
        "Reopen them to see the other change.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Choose a body to refer to."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Unknown body."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else saved these contact details after you opened them; nothing was overwritten. "
        "Reopen them to see the other change.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Unknown letter or language."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The letter text is too long."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The letter was not saved: check {problems} in the text."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else saved this letter after you opened it; nothing was overwritten. Reopen it "
        "to see the other change.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Unknown letter language."),
    QT_TRANSLATE_NOOP("ServiceErrors", "This referral does not exist (any more)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The reporter did not consent to passing on their data: no referral letter with personal "
        "data can be made. Record the consent first.",
    ),
    # services/reports.py
    QT_TRANSLATE_NOOP("ServiceErrors", "The report was not saved: check {fields}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot record or change reports."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot open reports."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The personal data of this report was erased; it cannot be edited.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Someone else saved this report after you opened it. Your changes were not saved; reopen "
        "the report to see theirs.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Your role cannot search by personal details."),
    # services/rotation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can rotate keys."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "A rotation of the {key} key is still running; finish it first.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Your keys are out of date; lock and unlock, then try again.",
    ),
    # services/statistics.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Only a coordinator can change the threshold."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The threshold cannot be lower than {minimum}."),
    # domain/accounts.py
    QT_TRANSLATE_NOOP("ServiceErrors", "Unknown role '{role}'. Choose one of: {roles}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-', starting with "
        "a letter or digit.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The passphrase must have at least {minimum} characters (it has {length}). A few words "
        "you can remember work well.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "The passphrase may have at most {maximum} characters."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The passphrase cannot be only spaces."),
)
