"""Every message a service raises is a template the desk can translate.

The services raise ``ServiceError`` (and subclasses) with an English template and named
parameters; ``meldpunt.ui.service_errors`` lists every template for ``make lupdate``. These
tests read the source with ``ast``: a new or changed message that is missing from that list
(or an entry nobody raises any more) fails here, before a desk worker sees English.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

import meldpunt
import meldpunt.services
from meldpunt.domain.accounts import PolicyError
from meldpunt.services.errors import ServiceError

SOURCE = Path(meldpunt.__file__).parent
# The domain's account rules reach the desk as InvalidInput with the same template.
SCANNED = [*sorted((SOURCE / "services").glob("*.py")), SOURCE / "domain" / "accounts.py"]
UI_LIST = SOURCE / "ui" / "service_errors.py"
CONTEXT = "ServiceErrors"

# First arguments that are not a template of their own, with the reason they need none.
PASSED_ON = {
    ("accounts.py", "exc.template"): "a PolicyError's template, checked in domain/accounts.py",
    ("accounts.py", "str(exc)"): "a recovery key typo: recovery is on the command line only",
    ("accounts.py", "wait"): "TooManyAttempts(seconds): its template is in its __init__",
    ("cases.py", "refused"): "RefusedTransition: the domain translates workflow refusals",
    ("importing.py", "exc.message(lang)"): "import errors: the domain translates them",
    ("reports.py", "problems"): "InvalidReport(problems): its template is in its __init__",
}


@dataclass(frozen=True)
class Site:
    """One place that makes a service error: ``raise X(arg, ...)`` or ``super().__init__``."""

    path: Path
    line: int
    arg: ast.expr | None
    keywords: frozenset[str] | None  # None when the call passes **params on

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(SOURCE)}:{self.line}"


def error_classes() -> set[str]:
    """The names of ServiceError and every subclass (all service modules imported first)."""
    for info in pkgutil.iter_modules(meldpunt.services.__path__):
        importlib.import_module(f"meldpunt.services.{info.name}")
    names: set[str] = set()
    stack: list[type[Exception]] = [ServiceError, PolicyError]
    while stack:
        cls = stack.pop()
        if cls.__module__.startswith("meldpunt."):
            names.add(cls.__name__)
        stack.extend(cls.__subclasses__())
    return names


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def module_constants(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level ``NAME = "text"`` and ``NAME = {key: "text", ...}``."""
    constants: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        if (text := _string(value)) is not None:
            constants[target.id] = [text]
        elif isinstance(value, ast.Dict) and value.values:
            texts = [_string(v) for v in value.values]
            if all(t is not None for t in texts):
                constants[target.id] = [t for t in texts if t is not None]
    return constants


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _site(path: Path, call: ast.Call) -> Site:
    keywords = (
        None
        if any(k.arg is None for k in call.keywords)
        else frozenset(k.arg for k in call.keywords if k.arg is not None)
    )
    return Site(path, call.lineno, call.args[0] if call.args else None, keywords)


def sites(path: Path, classes: set[str]) -> list[Site]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Site] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) in classes:
            found.append(_site(path, node))
        elif isinstance(node, ast.ClassDef) and node.name in classes:
            # A subclass with its own __init__ may pass a literal template to super().
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "__init__"
                    and isinstance(call.func.value, ast.Call)
                    and _called_name(call.func.value) == "super"
                    and call.args
                    and isinstance(call.args[0], ast.Constant | ast.JoinedStr)
                ):
                    found.append(_site(path, call))
    return found


@dataclass
class Scan:
    templates: dict[str, list[Site]]  # template -> where it is raised
    unresolved: dict[tuple[str, str], list[Site]]  # (file, argument) -> where
    fstrings: list[Site]


def scan() -> Scan:
    classes = error_classes()
    result = Scan({}, {}, [])
    for path in SCANNED:
        constants = module_constants(ast.parse(path.read_text(encoding="utf-8")))
        for site in sites(path, classes):
            arg = site.arg
            if arg is None:
                continue
            if isinstance(arg, ast.JoinedStr):
                result.fstrings.append(site)
                continue
            if (text := _string(arg)) is not None:
                texts = [text]
            elif isinstance(arg, ast.Name) and arg.id in constants:
                texts = constants[arg.id]
            elif (
                isinstance(arg, ast.Subscript)
                and isinstance(arg.value, ast.Name)
                and arg.value.id in constants
            ):
                texts = constants[arg.value.id]
            else:
                key = (path.name, ast.unparse(arg))
                result.unresolved.setdefault(key, []).append(site)
                continue
            for text in texts:
                result.templates.setdefault(text, []).append(site)
    return result


def ui_templates() -> list[str]:
    """The templates ``QT_TRANSLATE_NOOP("ServiceErrors", ...)`` in ui/service_errors.py."""
    tree = ast.parse(UI_LIST.read_text(encoding="utf-8"))
    listed = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and _called_name(node) == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2
            and _string(node.args[0]) == CONTEXT
        ):
            text = _string(node.args[1])
            assert text is not None, f"line {node.lineno}: the template must be a literal"
            listed.append(text)
    return listed


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.fixture(scope="module")
def found() -> Scan:
    return scan()


def test_the_scan_finds_the_services_messages(found: Scan) -> None:
    assert "This report does not exist (any more)." in found.templates
    assert "Report {number} is already in a case file." in found.templates
    assert "Meldpunt is locked; unlock it first." in found.templates
    assert "Only a coordinator can erase personal data." in found.templates  # permissions
    assert "The passphrase cannot be only spaces." in found.templates  # domain/accounts.py
    assert len(found.templates) > 100


def test_every_raised_template_is_listed_for_translation(found: Scan) -> None:
    listed = set(ui_templates())
    missing = {
        text: [site.where for site in where]
        for text, where in found.templates.items()
        if text not in listed
    }
    assert missing == {}, "add these to src/meldpunt/ui/service_errors.py (and translate them)"


def test_the_list_has_no_stale_or_double_entries(found: Scan) -> None:
    listed = ui_templates()
    assert len(listed) == len(set(listed)), "a template is listed twice"
    stale = set(listed) - set(found.templates)
    assert stale == set(), "no service raises these any more: remove them"


def test_no_service_error_is_made_from_an_f_string(found: Scan) -> None:
    where = [site.where for site in found.fstrings]
    assert where == [], "use a template with named parameters: X('... {name} ...', name=value)"


def test_every_other_first_argument_is_a_known_pass_through(found: Scan) -> None:
    unknown = {key: [s.where for s in where] for key, where in found.unresolved.items()}
    assert set(unknown) == set(PASSED_ON), (
        "a message must be a literal or a module-level constant (or dict of them)",
        unknown,
    )


def test_every_placeholder_is_given_and_named_simply(found: Scan) -> None:
    for text, where in found.templates.items():
        names = placeholders(text)
        assert all(name.isidentifier() and name == name.lower() for name in names), text
        for site in where:
            if site.keywords is not None:
                assert names <= site.keywords, (site.where, text, names - site.keywords)


def test_a_template_with_parameters_fills_in_and_keeps_its_parts() -> None:
    from meldpunt.services.backup import RestoreRefused
    from meldpunt.services.errors import Conflict, TooManyAttempts

    exc = Conflict("Report {number} is already in a case file.", number="2024-0007")
    assert str(exc) == "Report 2024-0007 is already in a case file."
    assert exc.template == "Report {number} is already in a case file."
    assert exc.params == {"number": "2024-0007"}
    plain = ServiceError("Check {name} in the text.")  # no parameters: braces stay
    assert str(plain) == "Check {name} in the text."
    assert plain.params == {}
    waiting = TooManyAttempts(30)
    assert str(waiting) == "Too many failed attempts. Wait 30 seconds before trying again."
    assert waiting.params == {"seconds": 30}
    newer = RestoreRefused("Entry {current_seq} against {backup_seq}.", current_seq=9, backup_seq=4)
    assert str(newer) == "Entry 9 against 4."
    assert (newer.current_seq, newer.backup_seq) == (9, 4)


def test_a_policy_error_keeps_its_template_through_the_service() -> None:
    from meldpunt.domain.accounts import check_passphrase
    from meldpunt.services.accounts import _policy
    from meldpunt.services.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught, _policy():
        check_passphrase("too short")
    assert caught.value.template.startswith("The passphrase must have at least {minimum}")
    assert caught.value.params == {"minimum": 12, "length": 9}
    assert str(caught.value).startswith(
        "The passphrase must have at least 12 characters (it has 9)."
    )
