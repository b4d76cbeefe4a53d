"""The language before the window (issue 15): --help, argument errors, the routine commands,
the doctor and the preflight speak the language the window will, chosen the same way."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from footcare_gui import early_language
from footcare_gui.cli import build_parser, parse_args
from footcare_gui.core import i18n
from tests.test_doctor_report import doctor

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="locale variables")


def app(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    """``python -m footcare_gui ARGS`` with the test environment changed by ``env``
    (None removes a variable)."""
    full = dict(os.environ)
    for key, value in env.items():
        if value is None:
            full.pop(key, None)
        else:
            full[key] = value
    return subprocess.run(
        [sys.executable, "-m", "footcare_gui", *args],
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# --- what the user sees -------------------------------------------------------------------


def test_help_with_lang_de_is_german() -> None:
    out = app("--lang", "de", "--help")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Aufruf: footcare-gui ")
    assert "Optionen:" in out.stdout
    assert "diese Hilfe zeigen und beenden" in out.stdout
    assert "dieses System prüfen" in out.stdout


@linux_only
@pytest.mark.parametrize(
    "env",
    [{"LANGUAGE": "es"}, {"LC_ALL": None, "LANG": "es_ES.UTF-8"}],
    ids=["LANGUAGE", "LANG"],
)
def test_help_follows_the_system_language(env: dict[str, str | None]) -> None:
    out = app("--help", **env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("uso: footcare-gui ")
    assert "mostrar esta ayuda y salir" in out.stdout


def test_an_unknown_argument_is_one_german_line() -> None:
    out = app("--lang", "de", "--frobnicate")
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        "footcare-gui: unbekannte Argumente: --frobnicate (siehe footcare-gui --help)"
    ]


def test_a_setting_chooses_the_language_of_the_errors(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": "de"}), "utf-8")
    out = app("--config-dir", str(tmp_path), "--json")
    assert out.stderr.strip() == (
        "footcare-gui: Argument --json: nur zusammen mit --doctor (siehe footcare-gui --help)"
    )


def test_list_routines_in_spanish(tmp_path: Path) -> None:
    out = app("--lang", "es", "--config-dir", str(tmp_path), "--list-routines")
    assert out.returncode == 0, out.stderr
    rows = {line.split()[0]: line for line in out.stdout.splitlines()}
    assert "incluida" in rows["quick-wind-down"]
    assert rows["quick-wind-down"].endswith("Relajación rápida")


def test_the_doctor_speaks_german_and_its_json_stays_english(tmp_path: Path) -> None:
    out = doctor(tmp_path, "--lang", "de")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "footcare-gui --doctor"
    assert lines[-1] == "Hier kann eine Sitzung laufen."
    labels = [line.split("  ")[0] for line in lines[1:-1]]
    assert "Konfigurationsordner" in labels
    assert "Systembibliotheken" in labels
    assert any(line.startswith("Infobereich") for line in lines)
    # The JSON: the same English texts as without --lang, only the voices' language differs.
    german = json.loads(doctor(tmp_path, "--lang", "de", "--json").stdout)
    english = json.loads(doctor(tmp_path, "--json").stdout)
    assert german["checks"]["speech"].pop("language") == "de"
    assert english["checks"]["speech"].pop("language") == "en"
    assert german == english
    assert english["checks"]["tray"]["detail"] in ("available", "none found")


@linux_only
def test_no_display_is_said_in_german(tmp_path: Path) -> None:
    out = app(
        "--lang",
        "de",
        DISPLAY=None,
        WAYLAND_DISPLAY=None,
        WAYLAND_SOCKET=None,
        QT_QPA_PLATFORM=None,
        FOOTCARE_GUI_CONFIG_DIR=str(tmp_path),
    )
    assert out.returncode == 1
    assert out.stderr.strip() == (
        "footcare-gui braucht eine grafische Arbeitsumgebung; es wurde keine Anzeige gefunden "
        "(DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt)."
    )


def test_english_imports_nothing_of_qt() -> None:
    probe = (
        "import sys\n"
        "from footcare_gui.app import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="en_GB.UTF-8")
    env.pop("LANGUAGE", None)
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


# --- the choice equals the window's -------------------------------------------------------

SETTINGS: dict[str, bytes | None] = {
    "none": None,
    "de": b'{"language": "de"}',
    "es": b'{"schema_version": 5, "language": "es"}',
    "en": b'{"language": "en"}',
    "system": b'{"language": ""}',
    "unknown": b'{"language": "klingon"}',
    "v1": b'{"version": 1, "foot": "left", "language": "es"}',
    "newer": b'{"schema_version": 99, "language": "de"}',
    "damaged": b'{"language": "de", "volume": ',
    "not text": b'\xff\xfe{"language": "de"}',
    "unreadable": b"",  # made a folder: reading it fails
}
ARGS = ([], ["--lang", "de"], ["--lang=es"], ["--la", "en"], ["--foot", "left", "--lang", "es"])

# In a child per environment (Qt reads the system's languages once per process): the early
# choice, then the window's: install_language with --lang or the setting as load_settings
# reads it (on a copy: it repairs damaged files).
PROBE = """
import json, shutil, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from footcare_gui import early_language
from footcare_gui.cli import parse_args
from footcare_gui.core.settings_file import load_settings
from footcare_gui.ui.i18n import install_language

app = QCoreApplication([])
settings, args, root = json.loads(sys.argv[1]), json.loads(sys.argv[2]), Path(sys.argv[3])
rows = []
for name, data in settings.items():
    folder = root / name
    folder.mkdir()
    path = folder / "settings.json"
    if name == "unreadable":
        path.mkdir()
    elif data is not None:
        path.write_bytes(data.encode("latin-1"))
    for arg in args:
        argv = [*arg, "--config-dir", str(folder)]
        before = sorted(p.name for p in folder.iterdir())
        early = early_language.choose(argv)
        assert sorted(p.name for p in folder.iterdir()) == before, "early wrote"
        copy = root / "copy"
        shutil.rmtree(copy, ignore_errors=True)
        copy.mkdir()
        if path.is_file():
            shutil.copyfile(path, copy / "settings.json")
        asked = parse_args(argv).lang or load_settings(copy / "settings.json").settings.language
        rows.append([name, arg, early, install_language(app, asked)])
print(json.dumps(rows))
"""

ENVIRONMENTS = {
    "C": {"LC_ALL": "C.UTF-8"},
    "en_US": {"LANG": "en_US.UTF-8"},
    "en_DE": {"LANG": "en_DE.UTF-8"},
    "es_ES": {"LANG": "es_ES.UTF-8"},
    "LANGUAGE fr:de": {"LC_ALL": "C.UTF-8", "LANGUAGE": "fr:de"},
    "fr_FR": {"LANG": "fr_FR.UTF-8"},
    "deu": {"LANG": "deu"},
    "de_AT messages C": {"LANG": "de_AT.UTF-8", "LC_MESSAGES": "C"},
    "LC_MESSAGES es": {"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_MX.UTF-8"},
}


@linux_only
@pytest.mark.parametrize("name", list(ENVIRONMENTS))
def test_the_early_choice_is_the_windows_choice(name: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in early_language.LOCALE_VARIABLES}
    env.update(ENVIRONMENTS[name], QT_QPA_PLATFORM="offscreen")
    settings = {k: None if v is None else v.decode("latin-1") for k, v in SETTINGS.items()}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(settings), json.dumps(ARGS), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(rows) == len(SETTINGS) * len(ARGS)
    assert [r for r in rows if r[2] != r[3]] == []
    if name == "C":  # and the rows say what each input chose
        chosen = {(r[0], tuple(r[1])): r[2] for r in rows}
        assert chosen["none", ()] == "en"
        assert chosen["de", ()] == "de"
        assert chosen["v1", ()] == "es"
        assert chosen["newer", ()] == "de"
        assert chosen["damaged", ()] == "en"
        assert chosen["de", ("--la", "en")] == "en"
        assert chosen["en", ("--foot", "left", "--lang", "es")] == "es"


# --- its pieces ---------------------------------------------------------------------------


def test_the_options_known_early_are_the_parsers() -> None:
    parser = build_parser()
    found = {}
    for action in parser._actions:
        for option in action.option_strings:
            if option.startswith("--"):
                found[option] = {None: 1, 0: 0}.get(action.nargs, action.nargs)
    assert found == early_language.OPTIONS


def test_lang_and_config_dir_are_found_as_argparse_finds_them() -> None:
    scan = early_language.scan
    assert scan(["--lang", "de", "--config-dir=/x"]) == {"--lang": "de", "--config-dir": "/x"}
    assert scan(["--la=es", "--conf", "/y"]) == {"--lang": "es", "--config-dir": "/y"}
    assert scan(["--routine", "--lang"]) == {}  # a value, not an option
    assert scan(["--export-routine", "--lang", "de"]) == {}  # both its values
    assert scan(["--lang", "de", "--lang", "es"]) == {"--lang": "es"}  # the last counts
    assert scan(["--l", "de"]) == {}  # --lang or --list-routines: argparse refuses it too
    assert scan(["--", "--lang", "de"]) == {}
    assert scan(["--lang"]) == {}


@pytest.mark.parametrize(
    ("env", "english"),
    [
        ({}, True),
        ({"LC_ALL": "C.UTF-8"}, True),
        ({"LANG": "POSIX", "LANGUAGE": "en_GB:en"}, True),
        ({"LANG": "en_US.UTF-8@euro"}, True),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:de"}, False),
        ({"LANG": "fr_FR.UTF-8"}, False),
        ({"LANG": "english"}, False),
        ({"LC_MESSAGES": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, False),
    ],
)
def test_surely_english_only_when_every_locale_variable_says_so(
    env: dict[str, str], english: bool
) -> None:
    assert early_language.surely_english(env, "linux") is english
    assert early_language.surely_english(env, "win32") is False  # only Qt knows there


@pytest.mark.parametrize(
    "data", [b'{"language": "de", "volume": ', b"\xff\x00", b"[1, 2]", b'{"language": 3}']
)
def test_a_damaged_settings_file_gives_a_language_and_is_left_alone(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(data)
    env = {"LC_ALL": "C.UTF-8", "FOOTCARE_GUI_CONFIG_DIR": str(tmp_path)}
    assert early_language.choose([], env) == "en"
    assert early_language.choose(["--config-dir", str(tmp_path)], {"LANG": "C"}) == "en"
    assert path.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_an_unreadable_settings_file_gives_a_language(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()  # reading it fails
    assert early_language.choose(["--config-dir", str(tmp_path)], {"LANG": "C"}) == "en"
    assert early_language.choose(["--config-dir", str(tmp_path / "none")], {}) == "en"


def test_the_translator_counts_and_falls_back_to_english() -> None:
    assert early_language.install(["--lang", "es"], {}) == "es"
    assert i18n.language() == "es"
    assert i18n.translate("RoutineCommands", "built-in") == "incluida"
    line = i18n.translate(
        "DesktopInstall", "kept    %n file(s) already in place and up to date", None, 3
    )
    assert line.startswith("conservados") and "3 archivos" in line
    assert i18n.translate("Nowhere", "Not in the file (%n)", None, 2) == "Not in the file (2)"
    assert early_language.install(["--lang", "en"], {}) == "en"
    assert i18n.translate("RoutineCommands", "built-in") == "built-in"


def test_argparse_gets_its_own_words_back_after_parsing() -> None:
    before = argparse._  # type: ignore[attr-defined]
    early_language.install(["--lang", "de"], {})
    with pytest.raises(SystemExit):
        parse_args(["--lang", "de", "--foot", "middle"])
    assert argparse._ is before  # type: ignore[attr-defined]
    assert parse_args(["--lang", "de"]).lang == "de"
