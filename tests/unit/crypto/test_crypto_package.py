"""The crypto package stays pure: stdlib and `cryptography` only, one docstring per module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import meldpunt.crypto

PACKAGE = Path(meldpunt.crypto.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "reportlab", "psycopg")


def test_the_expected_modules_exist() -> None:
    expected = {"aead", "blind_index", "encoding", "errors", "kdf", "keys", "recovery"}
    assert expected | {"selfcheck", "signing"} <= set(MODULES)


def test_importing_crypto_pulls_in_no_qt_sql_or_pdf() -> None:
    imports = "; ".join(f"import meldpunt.crypto.{m}" for m in MODULES)
    code = f"import sys; {imports}; print(','.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = result.stdout.strip().split(",")
    for name in loaded:
        assert name.split(".")[0] not in FORBIDDEN, name


def test_only_stdlib_cryptography_and_own_package_are_imported() -> None:
    for module in MODULES:
        tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in ("cryptography", "meldpunt"), (
                    module,
                    name,
                )
                assert not name.startswith("meldpunt.") or name.startswith("meldpunt.crypto"), (
                    module,
                    name,
                )


def test_every_module_starts_with_a_one_line_docstring() -> None:
    for module in [*MODULES, "__init__"]:
        tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree)
        assert doc, module
        assert doc.splitlines()[0].strip().endswith((".", ")")), module
