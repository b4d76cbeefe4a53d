"""The translation workflow (issue 15): .ts files current with the code, .qm files current with
the .ts, every entry translated with its placeholders, the language choice and its fallback."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.cli import parse_args
from footcare_gui.core import i18n
from footcare_gui.core.routines import load_routines
from footcare_gui.core.settings import SCHEMA_VERSION
from footcare_gui.core.settings_file import load_settings, migrate

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("de", "es")
BIN = Path(sys.executable).parent


def _ts(lang: str) -> Path:
    return ROOT / "translations" / f"footcare_gui_{lang}.ts"


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(_ts(lang)).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        out += [(name, m) for m in context.iter("message")]
    return out


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_qm_is_compiled_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "out.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(_ts(lang)), "-qm", str(out)], check=True
    )
    shipped = asset_path("translations", f"footcare_gui_{lang}.qm")
    assert shipped.read_bytes() == out.read_bytes(), "run `make translations`"


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "footcare_gui").rglob("*.py"))
    copy = tmp_path / "footcare_gui_de.ts"
    shutil.copyfile(_ts("de"), copy)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *sources,
            "-ts",
            str(copy),
        ],
        check=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }

    assert keys(copy) == keys(_ts("de")), "run `make translations`"
    assert keys(_ts("es")) == keys(_ts("de"))


_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d")


def _texts(m: ET.Element) -> list[str]:
    t = m.find("translation")
    assert t is not None
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated_with_its_placeholders(lang: str) -> None:
    missing, broken = [], []
    for context, m in _messages(lang):
        source = m.findtext("source") or ""
        t = m.find("translation")
        assert t is not None
        texts = _texts(m)
        if t.get("type") == "unfinished" or not all(s.strip() for s in texts):
            missing.append(f"{context}: {source}")
            continue
        want = sorted(set(_PLACEHOLDER.findall(source)) - {"%n"})
        for text in texts:
            if sorted(set(_PLACEHOLDER.findall(text)) - {"%n"}) != want:
                broken.append(f"{context}: {source!r} -> {text!r}")
    assert not missing, f"{len(missing)} untranslated in {lang}:\n" + "\n".join(missing)
    assert not broken, "placeholders differ:\n" + "\n".join(broken)


def test_the_language_falls_back_to_english() -> None:
    assert i18n.pick_language("", ["de-DE", "en-US"]) == "de"
    assert i18n.pick_language("", ["fr_FR", "es_MX"]) == "es"
    assert i18n.pick_language("", ["fr_FR", "ja"]) == "en"
    assert i18n.pick_language("es", ["de_DE"]) == "es"
    assert i18n.pick_language("xx", ["C"]) == "en"
    assert i18n.translate("StartPage", "Evening foot care") == "Evening foot care"
    assert i18n.translate("StartView", "About %n minute(s).", None, 1) == "About 1 minute."
    assert i18n.translate("StartView", "About %n minute(s).", None, 22) == "About 22 minutes."


def test_lang_on_the_command_line() -> None:
    assert parse_args(["--lang", "de"]).lang == "de"
    assert parse_args([]).lang is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "xx"])


def test_settings_v4_gets_the_system_language(tmp_path: Path) -> None:
    data = {"schema_version": 4, "volume": 30, "reminder": True, "future": 1}
    assert migrate(dict(data), 4) == {**data, "schema_version": 5}
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data), "utf-8")
    outcome = load_settings(path)
    assert outcome.settings.language == ""
    assert outcome.settings.volume == 30
    assert outcome.backup == tmp_path / "settings.json.v4-backup"
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION == 5
    path.write_text(json.dumps({"schema_version": 5, "language": "klingon"}), "utf-8")
    assert load_settings(path).reset_fields == ("language",)


def _start(qtbot: QtBot, tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    from footcare_gui.ui.application import build

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    routines = load_routines(asset_path("routines"))
    window, controller = build(parse_args(["--config-dir", str(tmp_path), *args]), routines, app)
    qtbot.addWidget(window)
    return window, controller


def test_lang_de_shows_german_on_the_start_page(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _start(qtbot, tmp_path, "--lang", "de", "--foot", "left")
    page = window.start_page
    assert i18n.language() == "de"
    assert page.heading.text() == "Fußpflege am Abend"
    assert page.question.text() == "Welcher Fuß ist müder?"
    assert page.left.text() == "Linker Fuß"
    assert "Minuten" in page.routine_info.text()


def test_a_language_without_a_translation_stays_english(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": "es"}), "utf-8")
    window, _ = _start(qtbot, tmp_path, "--lang", "en")
    assert window.start_page.heading.text() == "Evening foot care"
    assert i18n.language() == "en"
