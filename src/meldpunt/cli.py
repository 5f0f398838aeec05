"""The command line: the same services as the windows, for scripts, IT and tests."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from meldpunt import __version__
from meldpunt.config import LANGUAGES
from meldpunt.paths import AppPaths

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
    return parser


def cmd_self_test(args: argparse.Namespace, paths: AppPaths) -> int:
    from meldpunt.services.selftest import core_checks
    from meldpunt.ui.selftest import qt_checks

    results = qt_checks() + core_checks()
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
    from meldpunt.storage.errors import StorageError

    handler: Callable[[argparse.Namespace, AppPaths], int] = args.handler
    try:
        return handler(args, paths)
    except (CommandError, StorageError) as exc:
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
