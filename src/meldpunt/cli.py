"""The command line: the same services as the windows, for scripts, IT and tests."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from meldpunt import __version__
from meldpunt.config import LANGUAGES, ConfigError, MachineConfig, resolve_database_url
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.accounts import Role
from meldpunt.fileio import write_atomically
from meldpunt.paths import AppPaths, machine_config_file
from meldpunt.services.accounts import Accounts
from meldpunt.services.selftest import CheckResult

if TYPE_CHECKING:
    from meldpunt.storage.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure explained in one line for a desk worker or IT person (exit code 1)."""


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # --db is accepted before or after the command name; the one after wins.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="SQLAlchemy database URL (default: $MELDPUNT_DB, else an SQLite file in the "
        "per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meldpunt",
        description="Meldpunt: intake, casework and annual statistics for Leuven's "
        "antidiscrimination reporting office. Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"meldpunt {__version__}")
    _add_common(parser, top=True)
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the user interface")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open on a temporary demo office full of invented reports; nothing of it is kept",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "self-test",
        help="check that Qt, translations, migrations, cryptography and PDF output work",
    )
    _add_common(p, top=False)
    p.add_argument(
        "--self-test-output",
        metavar="FILE",
        type=Path,
        help="also write the result as JSON to FILE (for windowed builds without a console)",
    )
    p.set_defaults(handler=cmd_self_test)

    p = sub.add_parser("init", help="create a new office database; prints the recovery key once")
    _add_common(p, top=False)
    p.add_argument("--office", required=True, metavar="NAME", help="the office's name")
    p.add_argument("--admin", required=True, metavar="USER", help="the first coordinator")
    p.add_argument("--name", default="", metavar="TEXT", help="the coordinator's full name")
    p.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="FILE.pdf",
        help="also write the printable recovery sheet (PDF) to FILE.pdf",
    )
    p.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the sheet")
    p.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", help="staff accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    p = user.add_parser("add", help="add a staff member with a role")
    _add_common(p, top=False)
    p.add_argument("new_user", metavar="NEW_USER")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--name", default="", metavar="TEXT", help="the new user's full name")
    p.add_argument("--user", required=True, metavar="USER", help="the coordinator who acts")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("list", help="list staff accounts")
    _add_common(p, top=False)
    p.add_argument("--user", required=True, metavar="USER")
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("disable", help="disable an account (it can no longer unlock)")
    _add_common(p, top=False)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--user", required=True, metavar="USER")
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("role", help="give a user another role (coordinator)")
    _add_common(p, top=False)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--user", required=True, metavar="USER")
    p.set_defaults(handler=cmd_user_role)
    p = user.add_parser("passwd", help="change your own passphrase")
    _add_common(p, top=False)
    p.add_argument("--user", required=True, metavar="USER")
    p.set_defaults(handler=cmd_user_passwd)
    p = user.add_parser("reset", help="give a user a new passphrase (coordinator; re-enrols)")
    _add_common(p, top=False)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--user", required=True, metavar="USER")
    p.set_defaults(handler=cmd_user_reset)
    p = user.add_parser(
        "recover", help="enrol a coordinator with the recovery key when every passphrase is lost"
    )
    _add_common(p, top=False)
    p.add_argument("name", metavar="NAME", help="the coordinator to enrol (new or existing)")
    p.set_defaults(handler=cmd_user_recover)

    p = sub.add_parser("import", help="import reports from a JSON or CSV file (all or nothing)")
    _add_common(p, top=False)
    p.add_argument("file", metavar="FILE", type=Path, help="FILE.json or FILE.csv")
    p.add_argument("--user", required=True, metavar="USER")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the messages")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("demo", help="add synthetic demo reports (invented people) to an office")
    _add_common(p, top=False)
    p.add_argument("--reports", required=True, type=int, metavar="N")
    p.add_argument("--years", default="2023-2025", metavar="A-B", type=_years)
    p.add_argument("--seed", default=1, type=int, metavar="S")
    p.add_argument("--user", required=True, metavar="USER", help="a coordinator")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("report", help="the anonymised annual report as PDF (and CSV)")
    _add_common(p, top=False)
    p.add_argument("--year", required=True, type=int, metavar="YYYY")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--csv", type=Path, metavar="FILE.csv", help="also the tables as CSV")
    p.add_argument("--json", type=Path, metavar="FILE.json", help="also the tables as JSON")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")
    p.add_argument("--user", required=True, metavar="USER")
    p.set_defaults(handler=cmd_report)

    keys = sub.add_parser("key", help="key management").add_subparsers(
        dest="key_command", metavar="ACTION", required=True
    )
    p = keys.add_parser("rotate", help="rotate a class key (after someone leaves)")
    _add_common(p, top=False)
    p.add_argument("key_class", choices=[c.code for c in KeyClass])
    p.add_argument("--user", required=True, metavar="USER")
    p.add_argument("--batch-size", type=int, default=500, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_key_rotate)
    _add_records_commands(sub)
    return parser


def _add_records_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Backup, restore, audit trail, retention, erasure and right of access."""
    p = sub.add_parser("backup", help="write an encrypted backup of the office")
    _add_common(p, top=False)
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--user", required=True, metavar="USER", help="administrator or coordinator")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore an encrypted backup (checked before it replaces)")
    _add_common(p, top=False)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--user", required=True, metavar="USER", help="administrator or coordinator")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace a database that is newer than the backup or belongs to another office",
    )
    p.set_defaults(handler=cmd_restore)

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    p = audit.add_parser("verify", help="check every entry; names the first bad one (exit 1)")
    _add_common(p, top=False)
    p.add_argument("--user", required=True, metavar="USER")
    p.add_argument(
        "--accept",
        action="store_true",
        help="after a restore made elsewhere: this workstation accepts the trail as it is now",
    )
    p.set_defaults(handler=cmd_audit_verify)

    retention = sub.add_parser(
        "retention", help="erase personal data after its period"
    ).add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = retention.add_parser("run", help="erase what is due (shows what first)")
    _add_common(p, top=False)
    p.add_argument("--dry-run", action="store_true", help="only show what would be erased")
    p.add_argument("--user", required=True, metavar="USER", help="a coordinator")
    p.set_defaults(handler=cmd_retention_run)
    p = retention.add_parser("set", help="years after the end, per outcome")
    _add_common(p, top=False)
    p.add_argument("outcome", metavar="OUTCOME")
    p.add_argument("years", type=int, metavar="YEARS")
    p.add_argument("--user", required=True, metavar="USER", help="a coordinator")
    p.set_defaults(handler=cmd_retention_set)

    p = sub.add_parser("erase", help="erase a person's personal data (cannot be undone)")
    _add_common(p, top=False)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--report", metavar="NUMBER", help="one report, e.g. 2025-0042")
    which.add_argument("--email", metavar="E", help="every report with this e-mail address")
    which.add_argument("--phone", metavar="P", help="every report with this phone number")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--user", required=True, metavar="USER", help="a coordinator")
    p.set_defaults(handler=cmd_erase)

    p = sub.add_parser("access", help="export everything stored about one person (PDF + JSON)")
    _add_common(p, top=False)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--email", metavar="E")
    which.add_argument("--phone", metavar="P")
    which.add_argument("--name", metavar="N")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")
    p.add_argument("--user", required=True, metavar="USER", help="a coordinator")
    p.set_defaults(handler=cmd_access)


def _years(value: str) -> tuple[int, int]:
    first, _, last = value.partition("-")
    try:
        years = (int(first), int(last or first))
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-YYYY, e.g. 2023-2025") from None
    if not 1990 <= years[0] <= years[1] <= 2100:
        raise argparse.ArgumentTypeError("use YYYY-YYYY with the first year not after the last")
    return years


# --- passphrases and the database --------------------------------------------------------


def read_passphrase(env: str, prompt: str, *, confirm: bool = False) -> str:
    """From the environment variable, else a prompt without echo (never an argument)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"No passphrase: set {env} or run the command in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CommandError("The two passphrases differ; nothing was changed.")
    return first


def open_office(args: argparse.Namespace, paths: AppPaths) -> Database:
    from meldpunt.storage.database import open_database

    return open_database(resolve_database_url(args.db, paths))


@contextmanager
def unlocked_office(
    args: argparse.Namespace, paths: AppPaths
) -> Iterator[tuple[Database, Accounts, KeyRing]]:
    """The office database with ``--user`` unlocked; keys wiped and database closed after."""
    database = open_office(args, paths)
    try:
        accounts = Accounts(database.sessions)
        actor = unlock(accounts, args.user)
        try:
            yield database, accounts, actor
        finally:
            actor.wipe()
    finally:
        database.dispose()


def unlock(accounts: Accounts, username: str) -> KeyRing:
    ring = accounts.unlock(
        username, read_passphrase("MELDPUNT_PASSWORD", f"Passphrase for {username}: ")
    )
    check = accounts.audit.workstation_check()
    if not check.ok:
        print(f"meldpunt: warning: {check.message}", file=sys.stderr)
    return ring


def progress_printer(label: str) -> Callable[[int, int], None]:
    """Progress on standard error when it is a terminal; silent in scripts."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return show


# --- commands ---------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.reports.recovery_sheet import build_recovery_sheet

    database = open_office(args, paths)
    try:
        accounts = Accounts(database.sessions)
        if accounts.office_exists():
            raise CommandError("This database already holds an office; nothing was changed.")
        passphrase = read_passphrase(
            "MELDPUNT_PASSWORD", f"New passphrase for {args.admin}: ", confirm=True
        )
        office = accounts.create_office(args.office, args.admin, passphrase, args.name)
        office.ring.wipe()
    finally:
        database.dispose()
    print(f"Office '{args.office.strip()}' created; {args.admin} is its first coordinator.")
    print()
    print("RECOVERY KEY — shown only this once. Print it or write it down and keep it locked away:")
    print()
    print(f"    {office.recovery_key}")
    print()
    if args.recovery_sheet:
        write_atomically(
            args.recovery_sheet,
            build_recovery_sheet(office.recovery_key, args.office.strip(), date.today(), args.lang),
        )
        print(f"The printable recovery sheet was written to {args.recovery_sheet}.")
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace, paths: AppPaths) -> int:
    with unlocked_office(args, paths) as (_database, accounts, actor):
        new = read_passphrase(
            "MELDPUNT_NEW_PASSWORD", f"Passphrase for {args.new_user}: ", confirm=True
        )
        info = accounts.add_user(actor, args.new_user, args.role, new, args.name)
    print(f"User {info.username} added with role {info.role}.")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, paths: AppPaths) -> int:
    with unlocked_office(args, paths) as (_database, accounts, actor):
        users = accounts.list_users(actor)
    print(f"{'USER':<20} {'ROLE':<14} {'STATE':<9} NAME")
    for u in users:
        state = "active" if u.active else "disabled"
        print(f"{u.username:<20} {u.role:<14} {state:<9} {u.display_name}")
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace, paths: AppPaths) -> int:
    with unlocked_office(args, paths) as (_database, accounts, actor):
        accounts.disable_user(actor, args.name)
    print(f"User {args.name} is disabled and can no longer unlock.")
    print("If they may have copied keys, rotate the class keys: meldpunt key rotate CLASS.")
    return EXIT_OK


def cmd_user_role(args: argparse.Namespace, paths: AppPaths) -> int:
    with unlocked_office(args, paths) as (_database, accounts, actor):
        change = accounts.change_role(actor, args.name, args.role)
    if change.old_role == change.new_role:
        print(f"User {change.username} already has the role {change.new_role}.")
        return EXIT_OK
    print(f"User {change.username}: role {change.old_role} -> {change.new_role}.")
    for key_class in sorted(c.code for c in change.withdrawn):
        print(f"Keys withdrawn: {key_class}; to be certain, run: meldpunt key rotate {key_class}")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, paths: AppPaths) -> int:
    database = open_office(args, paths)
    try:
        accounts = Accounts(database.sessions)
        old = read_passphrase("MELDPUNT_PASSWORD", f"Current passphrase for {args.user}: ")
        actor = accounts.unlock(args.user, old)
        try:
            new = read_passphrase("MELDPUNT_NEW_PASSWORD", "New passphrase: ", confirm=True)
            accounts.change_passphrase(actor, old, new)
        finally:
            actor.wipe()
    finally:
        database.dispose()
    print("Your passphrase was changed.")
    return EXIT_OK


def cmd_user_reset(args: argparse.Namespace, paths: AppPaths) -> int:
    with unlocked_office(args, paths) as (_database, accounts, actor):
        new = read_passphrase(
            "MELDPUNT_NEW_PASSWORD", f"New passphrase for {args.name}: ", confirm=True
        )
        accounts.reset_passphrase(actor, args.name, new)
    print(f"User {args.name} has a new passphrase.")
    return EXIT_OK


def cmd_user_recover(args: argparse.Namespace, paths: AppPaths) -> int:
    database = open_office(args, paths)
    try:
        accounts = Accounts(database.sessions)
        key = os.environ.get("MELDPUNT_RECOVERY_KEY")
        if key is None:
            if not sys.stdin.isatty():
                raise CommandError(
                    "No recovery key: set MELDPUNT_RECOVERY_KEY or run in a terminal."
                )
            key = getpass.getpass("Recovery key: ")
        new = read_passphrase(
            "MELDPUNT_NEW_PASSWORD", f"New passphrase for {args.name}: ", confirm=True
        )
        ring = accounts.enroll_with_recovery_key(key, args.name, new)
        ring.wipe()
    finally:
        database.dispose()
    print(f"{args.name} is enrolled as coordinator with the recovery key.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.importing import ImportService

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read {args.file}: {exc.strerror}.") from None
    with unlocked_office(args, paths) as (database, _accounts, actor):
        outcome = ImportService(database.sessions).import_bytes(
            actor,
            data,
            args.file.name,
            lang=args.lang,
            progress=progress_printer("Importing reports"),
        )
    if outcome.problems:
        for problem in outcome.problems:
            print(problem.describe(args.lang), file=sys.stderr)
        reports = {p.position for p in outcome.problems if p.position is not None}
        print(
            f"meldpunt: nothing was imported: {len(outcome.problems)} problem(s) in "
            f"{len(reports)} of {outcome.total} report(s).",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    if outcome.already_present and not outcome.added:
        print(f"Nothing new: all {len(outcome.already_present)} reports were imported before.")
    else:
        print(f"Imported {len(outcome.added)} report(s).")
        if outcome.already_present:
            print(f"{len(outcome.already_present)} report(s) were already present and skipped.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.demo_office import DemoLoader

    if args.reports < 1:
        raise CommandError("--reports must be at least 1.")
    with unlocked_office(args, paths) as (database, _accounts, actor):
        summary = DemoLoader(database.sessions).load(
            actor,
            args.reports,
            years=args.years,
            seed=args.seed,
            progress=progress_printer("Storing demo reports"),
        )
    print(f"Added {summary.reports} demo reports and {summary.case_files} case files.")
    if summary.skipped:
        print(f"{summary.skipped} demo reports were already present and skipped.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.statistics import StatisticsService

    with unlocked_office(args, paths) as (database, accounts, actor):
        service = StatisticsService(
            database.sessions, floor=MachineConfig.load().report_threshold_floor
        )
        if args.year not in service.years():
            raise CommandError(f"There are no reports received in {args.year}.")
        output = service.annual(
            actor,
            args.year,
            lang=args.lang,
            office_name=accounts.office_name() or "",
            progress=progress_printer("Reading coded facts"),
        )
    write_atomically(args.out, output.pdf)
    print(
        f"Annual report {args.year} written to {args.out} "
        f"({output.published.suppressed_count} cells suppressed)."
    )
    if args.csv:
        write_atomically(args.csv, output.csv)
        print(f"Tables written to {args.csv}.")
    if args.json:
        write_atomically(args.json, output.json)
        print(f"Tables written to {args.json}.")
    if output.damaged:
        print(f"meldpunt: {output.damaged} damaged record(s) were left out.", file=sys.stderr)
    return EXIT_OK


def cmd_key_rotate(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.rotation import KeyRotation

    with unlocked_office(args, paths) as (database, _accounts, actor):
        rotation = KeyRotation(database.sessions)
        key_class = KeyClass.from_code(args.key_class)
        show = progress_printer(f"Re-wrapping {key_class.code} data keys")
        for status in rotation.resume_all(actor, show):
            print(f"Finished the interrupted rotation of the {status.key_class.code} key.")
        if key_class in rotation.pending():
            raise CommandError(f"The rotation of the {key_class.code} key did not finish.")
        status = rotation.rotate(actor, key_class, batch_size=args.batch_size, progress=show)
    print(f"The {status.key_class.code} key is now at version {status.new_version}.")
    return EXIT_OK


def machine_config_check() -> CheckResult:
    """IT runs the self-test after deploying the machine-wide file: say what was read."""
    path = machine_config_file()
    try:
        config = MachineConfig.load(path)
    except ConfigError as exc:
        return CheckResult("machine settings", False, str(exc))
    if config.path is None:
        return CheckResult("machine settings", True, f"none ({path})")
    keys = [
        name
        for name in ("database_url", "language", "idle_lock_minutes")
        if getattr(config, name) is not None
    ]
    keys.append(f"report_threshold_floor {config.report_threshold_floor}")
    if config.locked:
        keys.append("locked " + "+".join(sorted(config.locked)))
    return CheckResult("machine settings", True, f"{path}: {', '.join(keys)}")


# --- backup, audit, retention, erasure, access --------------------------------------------


def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.backup import BackupService

    with unlocked_office(args, paths) as (database, _accounts, actor):
        info = BackupService(database.sessions).create(
            actor, args.out, progress=progress_printer("Encrypting")
        )
    print(
        f"Backup written to {info.path} ({info.size} bytes before encryption, "
        f"audit trail up to entry {info.audit_seq})."
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.backup import restore_backup

    if not args.file.is_file():
        raise CommandError(f"There is no backup file {args.file}.")
    url = resolve_database_url(args.db, paths)
    passphrase = read_passphrase("MELDPUNT_PASSWORD", f"Passphrase for {args.user}: ")
    result = restore_backup(
        args.file,
        url,
        args.user,
        passphrase,
        force=args.force,
        progress=progress_printer("Decrypting"),
    )
    print(
        f"Backup of {result.made_at} restored: audit trail verified up to entry "
        f"{result.backup_seq}; {result.reapplied} later erasure(s) applied again."
    )
    if result.forced:
        print("Other workstations will warn that the audit trail went back; that is expected.")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    database = open_office(args, paths)
    try:
        accounts = Accounts(database.sessions)
        actor = accounts.unlock(
            args.user, read_passphrase("MELDPUNT_PASSWORD", f"Passphrase for {args.user}: ")
        )
        try:
            result = accounts.audit.verify(actor)
            if args.accept and result.chain.ok and not result.ok:
                accepted = accounts.audit.accept_current_head(actor)
                seq = result.chain.head_seq
                print(f"This workstation now accepts the audit trail up to entry {seq}.")
                return EXIT_OK if accepted.ok else EXIT_FAILURE
        finally:
            actor.wipe()
    finally:
        database.dispose()
    if not result.ok:
        print(f"meldpunt: {result.message()}", file=sys.stderr)
        return EXIT_FAILURE
    print(result.message())
    return EXIT_OK


def cmd_retention_run(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.erasure import RetentionService

    with unlocked_office(args, paths) as (database, _accounts, actor):
        service = RetentionService(database.sessions)
        plan = service.plan(actor)
        periods = ", ".join(f"{k} {v} y" for k, v in sorted(plan.periods.items()))
        print(f"Retention periods: {periods}.")
        for item in plan.due:
            print(f"  {item.number}  {item.outcome:<16} ended {item.ended_on}  due {item.erase_on}")
        if plan.damaged:
            print(f"meldpunt: {plan.damaged} damaged report(s) were left alone.", file=sys.stderr)
        if args.dry_run or not plan.due:
            print(f"{len(plan.due)} report(s) due for erasure; nothing was changed.")
            return EXIT_OK
        outcome = service.run(actor, plan)
    print(
        f"Personal data of {len(outcome.numbers)} report(s) and {outcome.case_files} case "
        "file(s) erased; their coded facts remain for the statistics."
    )
    return EXIT_OK


def cmd_retention_set(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.erasure import RetentionService

    with unlocked_office(args, paths) as (database, _accounts, actor):
        periods = RetentionService(database.sessions).set_periods(actor, {args.outcome: args.years})
    print("Retention periods: " + ", ".join(f"{k} {v} y" for k, v in sorted(periods.items())))
    return EXIT_OK


def _confirm(question: str) -> bool:
    return input(f"{question} Type YES to go on: ").strip() == "YES"


def cmd_erase(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.erasure import ErasureService

    if not args.yes and not sys.stdin.isatty():
        raise CommandError("Erasure cannot be undone: add --yes to confirm it in a script.")
    with unlocked_office(args, paths) as (database, _accounts, actor):
        service = ErasureService(database.sessions)
        if args.report:
            ids = [service.report_id(args.report)]
        else:
            ids = service.find_person(actor, email=args.email, phone=args.phone)
        if not ids:
            raise CommandError("No report matches; nothing was erased.")
        if not args.yes and not _confirm(
            f"The personal data of {len(ids)} report(s) will be erased for good."
        ):
            raise CommandError("Nothing was erased.")
        outcome = service.erase_reports(actor, ids)
    numbers = ", ".join(outcome.numbers) or "none (erased before)"
    print(f"Personal data erased: {numbers}. Coded facts remain for the statistics.")
    if not outcome.compacted:
        print(
            "meldpunt: another program kept the database busy; old pages are overwritten at "
            "the next checkpoint (the keys are gone already).",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_access(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.access import AccessRequestService, export_file_stem

    with unlocked_office(args, paths) as (database, accounts, actor):
        export = AccessRequestService(database.sessions).export(
            actor,
            email=args.email,
            phone=args.phone,
            name=args.name,
            lang=args.lang,
            office_name=accounts.office_name() or "",
        )
    # File names say nothing about the person: a date and a random part.
    stem = export_file_stem(date.today())
    write_atomically(args.out / f"{stem}.pdf", export.pdf)
    write_atomically(args.out / f"{stem}.json", export.json)
    print(f"{len(export.matches)} report(s) found; written to {args.out / stem}.pdf and .json.")
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.selftest import core_checks
    from meldpunt.ui.selftest import qt_checks

    results = [*qt_checks(), *core_checks(), machine_config_check()]
    for r in results:
        print(f"{'ok  ' if r.ok else 'FAIL'}  {r.name:<18} {r.detail}")
    ok = all(r.ok for r in results)
    print("self-test passed" if ok else "self-test FAILED")
    if args.self_test_output:
        args.self_test_output.write_text(
            json.dumps(
                {
                    "version": __version__,
                    "ok": ok,
                    "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail} for r in results],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return EXIT_OK if ok else EXIT_FAILURE


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run a parsed command; known failures become one line on stderr and exit code 1."""
    from meldpunt.crypto.errors import CryptoError
    from meldpunt.services.errors import ServiceError
    from meldpunt.storage.errors import StorageError

    handler: Callable[[argparse.Namespace, AppPaths], int] = args.handler
    try:
        return handler(args, paths)
    except (CommandError, ConfigError, StorageError, ServiceError, CryptoError) as exc:
        if isinstance(exc, StorageError) and exc.__cause__ is not None:
            # The line on stderr says what to check; the log keeps why (a refused
            # certificate, a pg_hba.conf rule), as that line promises.
            log.warning("Command %s failed: %s", args.command, exc, exc_info=exc.__cause__)
        print(f"meldpunt: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("meldpunt: interrupted", file=sys.stderr)
        return EXIT_FAILURE
    except Exception:
        log.exception("Command %s failed", args.command)
        print(
            f"meldpunt: an unexpected error stopped the command; details are in {paths.log_file}",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
