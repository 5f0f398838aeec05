"""Where the database URL and the preferences come from: --db, MELDPUNT_DB, IT's file, the user."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from meldpunt.config import (
    CONFIG_PROBLEMS,
    ConfigError,
    MachineConfig,
    UserSettings,
    fill,
    resolve_database_url,
)
from meldpunt.paths import AppPaths, machine_config_file

PG = "postgresql+psycopg://meldpunt_desk@db.example.org/meldpunt?sslmode=verify-full"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", tmp_path / "logs", tmp_path / "config")


def write_machine(path: Path, content: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


@pytest.fixture
def machine_file() -> Path:
    """The file MELDPUNT_CONFIG points at (tests/conftest.py gives each test its own)."""
    return machine_config_file()


# --- the database URL -----------------------------------------------------------------------


def test_default_is_the_sqlite_file_in_the_data_folder(paths: AppPaths) -> None:
    assert resolve_database_url(None, paths) == f"sqlite:///{paths.default_database}"


def test_machine_file_beats_the_default(paths: AppPaths, machine_file: Path) -> None:
    write_machine(machine_file, {"database_url": PG})
    assert resolve_database_url(None, paths) == PG


def test_environment_beats_the_machine_file(
    paths: AppPaths, machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_machine(machine_file, {"database_url": PG})
    monkeypatch.setenv("MELDPUNT_DB", "sqlite:///from-env.db")
    assert resolve_database_url(None, paths) == "sqlite:///from-env.db"


def test_command_line_beats_everything(
    paths: AppPaths, machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_machine(machine_file, {"database_url": PG})
    monkeypatch.setenv("MELDPUNT_DB", "sqlite:///from-env.db")
    assert resolve_database_url("sqlite:///cli.db", paths) == "sqlite:///cli.db"


def test_a_plain_path_in_the_machine_file_is_an_sqlite_file(
    paths: AppPaths, machine_file: Path, tmp_path: Path
) -> None:
    write_machine(machine_file, {"database_url": str(tmp_path / "office.db")})
    assert resolve_database_url(None, paths) == f"sqlite:///{tmp_path / 'office.db'}"


def test_an_explicit_database_does_not_read_a_broken_machine_file(
    paths: AppPaths, machine_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_machine(machine_file, "{ not json")
    assert resolve_database_url("sqlite:///cli.db", paths) == "sqlite:///cli.db"
    monkeypatch.setenv("MELDPUNT_DB", "sqlite:///env.db")
    assert resolve_database_url(None, paths) == "sqlite:///env.db"
    monkeypatch.delenv("MELDPUNT_DB")
    with pytest.raises(ConfigError, match="not valid JSON"):
        resolve_database_url(None, paths)


def test_a_given_machine_config_is_used_as_is(paths: AppPaths) -> None:
    machine = MachineConfig(database_url=PG)
    assert resolve_database_url(None, paths, machine) == PG
    assert resolve_database_url(None, paths, MachineConfig()).startswith("sqlite:///")


# --- the machine-wide file ------------------------------------------------------------------


def test_where_the_machine_file_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MELDPUNT_CONFIG", str(tmp_path / "trial.json"))
    assert machine_config_file() == tmp_path / "trial.json"
    monkeypatch.delenv("MELDPUNT_CONFIG")
    if sys.platform.startswith("linux"):
        assert machine_config_file() == Path("/etc/meldpunt/meldpunt.json")
    else:
        assert machine_config_file().name == "meldpunt.json"


def test_no_file_means_no_machine_settings(machine_file: Path) -> None:
    config = MachineConfig.load()
    assert config == MachineConfig()
    assert config.path is None and config.report_threshold_floor == 5


def test_every_key_is_read(machine_file: Path) -> None:
    write_machine(
        machine_file,
        {
            "_comment": "Deployed by IT; keys starting with _ are comments",
            "database_url": PG,
            "language": "fr",
            "idle_lock_minutes": 3,
            "report_threshold_floor": 10,
            "locked": ["idle_lock_minutes"],
        },
    )
    config = MachineConfig.load()
    assert config.path == machine_file
    assert config.database_url == PG
    assert config.language == "fr"
    assert config.idle_lock_minutes == 3
    assert config.report_threshold_floor == 10
    assert config.locked == {"idle_lock_minutes"}


def test_a_byte_order_mark_from_notepad_is_accepted(machine_file: Path) -> None:
    machine_file.parent.mkdir(parents=True)
    machine_file.write_bytes(b"\xef\xbb\xbf" + json.dumps({"language": "en"}).encode())
    assert MachineConfig.load().language == "en"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{ not json", "not valid JSON"),
        ([], "expected a JSON object"),
        ({"databse_url": PG}, "unknown key databse_url"),
        ({"database_url": ""}, "database_url must be"),
        ({"database_url": 5}, "database_url must be"),
        ({"language": "de"}, "language must be one of nl, fr, en"),
        ({"idle_lock_minutes": 0}, "idle_lock_minutes must be"),
        ({"idle_lock_minutes": 500}, "idle_lock_minutes must be"),
        ({"idle_lock_minutes": "5"}, "idle_lock_minutes must be"),
        ({"idle_lock_minutes": True}, "idle_lock_minutes must be"),
        ({"report_threshold_floor": 3}, "at least 5"),
        ({"report_threshold_floor": 7.5}, "at least 5"),
        ({"locked": ["database_url"]}, "locked must be a list of language, idle_lock_minutes"),
        ({"locked": "language"}, "locked must be a list"),
        ({"locked": ["language"]}, "locked names language but the file does not set it"),
    ],
)
def test_a_wrong_file_is_refused_with_its_path(
    machine_file: Path, content: object, problem: str
) -> None:
    write_machine(machine_file, content)
    with pytest.raises(ConfigError) as caught:
        MachineConfig.load()
    assert problem in str(caught.value)
    assert str(machine_file) in str(caught.value)


def test_the_error_carries_its_kind_and_values_for_the_desk(machine_file: Path) -> None:
    """The desk translates ``kind`` and fills in ``params``; str() stays English (logs, CLI)."""
    write_machine(machine_file, {"language": "de", "locked": ["language"]})
    with pytest.raises(ConfigError) as caught:
        MachineConfig.load()
    error = caught.value
    assert error.kind == "language"
    assert error.params == {"path": str(machine_file), "languages": "nl, fr, en"}
    assert str(error) == fill(CONFIG_PROBLEMS["language"], error.params)
    assert "{" not in str(error)


def test_every_problem_fills_all_its_placeholders(machine_file: Path) -> None:
    seen: set[str] = set()
    for content in (
        "[]",
        "{not json",
        {"colour": 1},
        {"database_url": ""},
        {"language": "xx"},
        {"idle_lock_minutes": 0},
        {"report_threshold_floor": 1},
        {"locked": ["database_url"]},
        {"locked": ["idle_lock_minutes"]},
    ):
        write_machine(machine_file, content)
        with pytest.raises(ConfigError) as caught:
            MachineConfig.load()
        assert not re.search(r"\{[a-z_]+\}", str(caught.value)), caught.value.kind
        seen.add(caught.value.kind)
    machine_file.unlink()
    machine_file.mkdir()
    with pytest.raises(ConfigError) as caught:
        MachineConfig.load()
    seen.add(caught.value.kind)
    assert seen == set(CONFIG_PROBLEMS)


def test_the_error_never_repeats_the_database_url(machine_file: Path) -> None:
    secret = "postgresql+psycopg://desk:S3cret-pass@db/meldpunt"
    write_machine(machine_file, {"database_url": secret, "language": "xx"})
    with pytest.raises(ConfigError) as caught:
        MachineConfig.load()
    assert "S3cret" not in str(caught.value)


def test_an_unreadable_file_is_refused(machine_file: Path) -> None:
    machine_file.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(ConfigError, match="cannot be read"):
        MachineConfig.load()


# --- the user's settings over the machine-wide ones ---------------------------------------


def user_file(paths: AppPaths, content: dict[str, object]) -> Path:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps(content), "utf-8")
    return paths.settings_file


def test_without_either_file_the_defaults_hold(paths: AppPaths) -> None:
    assert UserSettings.load(paths.settings_file) == UserSettings("nl", 5)
    assert UserSettings.load(paths.settings_file, MachineConfig()) == UserSettings("nl", 5)


def test_machine_values_are_the_defaults_for_users_without_a_choice(paths: AppPaths) -> None:
    machine = MachineConfig(language="fr", idle_lock_minutes=3)
    assert UserSettings.load(paths.settings_file, machine) == UserSettings("fr", 3)


def test_the_users_choice_beats_an_unlocked_machine_value(paths: AppPaths) -> None:
    user_file(paths, {"language": "en", "idle_lock_minutes": 15})
    machine = MachineConfig(language="fr", idle_lock_minutes=3)
    assert UserSettings.load(paths.settings_file, machine) == UserSettings("en", 15)


def test_a_locked_machine_value_beats_the_users_choice(paths: AppPaths) -> None:
    user_file(paths, {"language": "en", "idle_lock_minutes": 60})
    machine = MachineConfig(
        language="fr", idle_lock_minutes=3, locked=frozenset({"idle_lock_minutes"})
    )
    assert UserSettings.load(paths.settings_file, machine) == UserSettings("en", 3)


def test_a_bad_user_language_falls_back_to_the_machine_language(paths: AppPaths) -> None:
    user_file(paths, {"language": "xx", "idle_lock_minutes": 999})
    settings = UserSettings.load(paths.settings_file, MachineConfig(language="fr"))
    assert settings == UserSettings("fr", 120)


def test_an_unreadable_user_file_keeps_the_machine_values(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("{ broken", "utf-8")
    settings = UserSettings.load(paths.settings_file, MachineConfig(idle_lock_minutes=2))
    assert settings == UserSettings("nl", 2)
