"""Messages the core builds, in the user's language (issue 15): the settings file's (damaged,
newer, migrated), a routine file's (the loader's framing, the library's notes), the editor's
live checks and the screen hold's, translated when they are made, placeholders filled."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footcare_gui.assets import asset_path
from footcare_gui.cli import parse_args
from footcare_gui.core import i18n
from footcare_gui.core.routine_library import LibraryError, RoutineLibrary, read_routine_file
from footcare_gui.core.routines import RoutineError, load_routines
from footcare_gui.core.settings import SCHEMA_VERSION
from footcare_gui.core.settings_file import load_settings
from footcare_gui.core.zones import ZONES, Foot, View
from footcare_gui.paths import routines_dir
from footcare_gui.ui.app_controller import AppController
from footcare_gui.ui.awake import NullBackend, ScreenAwake
from footcare_gui.ui.main_window import MainWindow
from tests.test_pseudo_locale import Pseudo
from tests.test_routine_editor import click_zone, open_editor
from tests.ui_harness import make_app

BAD_ZONE = """\
id = "mine"
title = "Mine"
summary = "My own."
[[steps]]
id = "press"
title = "Press"
instruction = "Press."
why = "Why not."
technique = "press"
view = "sole"
zones = ["nowhere"]
duration = 30
min = 10
max = 60
per = "foot"
[switch]
id = "switch"
title = "Switch"
instruction = "Switch."
why = "Change."
duration = 10
min = 5
max = 20
"""


def _build(qtbot: QtBot, cfg: Path, *args: str) -> tuple[MainWindow, AppController]:
    """The real app, as ui/application.py builds it, on the config folder ``cfg``."""
    from footcare_gui.ui.application import build

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    routines = load_routines(asset_path("routines"))
    window, controller = build(parse_args(["--config-dir", str(cfg), *args]), routines, app)
    qtbot.addWidget(window)
    return window, controller


def _settings_file(cfg: Path, content: str) -> None:
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "settings.json").write_text(content, "utf-8")


@pytest.mark.parametrize(
    ("content", "german"),
    [
        (
            "{not json",
            "Ihre Einstellungsdatei konnte nicht verwendet werden (sie ist kein gültiges JSON), "
            "daher wurden alle Einstellungen auf die Standardwerte zurückgesetzt. "
            "Das Original ist als settings.json.corrupt-",
        ),
        (
            json.dumps({"schema_version": 99, "volume": 40}),
            "Ihre Einstellungsdatei stammt von einer neueren Version von footcare-gui "
            f"(Einstellungsversion 99; diese Version kennt {SCHEMA_VERSION}).",
        ),
        (
            json.dumps({"schema_version": 4, "volume": 40}),
            "Ihre Einstellungen wurden von einer älteren Version der App übernommen und "
            "aktualisiert. Das Original ist als settings.json.v4-backup gesichert.",
        ),
    ],
    ids=["damaged", "newer", "migrated"],
)
def test_the_settings_files_message_is_german_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, content: str, german: str
) -> None:
    _settings_file(tmp_path, content)
    window, _ = _build(qtbot, tmp_path, "--lang", "de")
    shown = window.statusBar().currentMessage()
    assert shown.startswith(german), shown
    assert "{" not in shown


def test_the_language_the_settings_file_asks_for_words_its_own_message(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # No --lang: the file's own language setting must be in place before the file is judged.
    _settings_file(tmp_path, json.dumps({"schema_version": 5, "language": "de", "theme": 7}))
    window, _ = _build(qtbot, tmp_path)
    assert i18n.language() == "de"
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            "Ihre Einstellungsdatei hatte Fehler; diese Einstellungen wurden auf die "
            "Standardwerte zurückgesetzt: theme. Das Original ist als settings.json.corrupt-"
        )
    )


def test_a_damaged_own_routine_is_named_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    folder = routines_dir(str(tmp_path))
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("steps = [", "utf-8")
    (folder / "zoned.toml").write_text(BAD_ZONE, "utf-8")
    window, controller = _build(qtbot, tmp_path, "--lang", "de")
    broken, zoned = controller.library.library.messages
    assert broken.startswith("Problem in Ihrer Ablaufdatei broken.toml: ist kein gültiges TOML (")
    assert ". Die Datei wurde als broken.toml.damaged-" in broken
    assert broken.endswith(" beiseitegelegt.")
    assert zoned.startswith(
        "Problem in Ihrer Ablaufdatei zoned.toml, Schritt 'press', Feld 'zones': "
        "unbekannte Zone 'nowhere'. Die Datei wurde als zoned.toml.damaged-"
    )
    assert zoned.endswith(" beiseitegelegt.")
    assert window.statusBar().currentMessage() == zoned  # the last of them, as it was emitted


def test_the_editor_checks_a_step_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", lang="de")
    app.controller.library.library.folder = tmp_path / "routines"
    editor = open_editor(qtbot, app)
    assert editor.draft.switch.text("title") == "Zum anderen Fuß wechseln"
    zone = next(z for z, info in ZONES.items() if info.view is View.SOLE)
    click_zone(qtbot, editor, Foot.LEFT, View.SOLE, zone)
    form = editor.form
    form.view.setCurrentIndex(form.view.findData("top"))
    form.view.activated.emit(form.view.currentIndex())  # as a choice by hand
    error = editor.picker.error
    assert error.isVisible()
    assert error.text() == f"⚠ Zone '{zone}' liegt nicht auf der Oberseite"


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    """Every text of the .ts files marked ⟦…⟧ under its own context."""
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    i18n.install(QCoreApplication.translate, "xx")
    yield
    qapp.removeTranslator(translator)


def _marked(message: str) -> bool:
    """Whether a message is one translated sentence after another, placeholders filled."""
    return message.startswith("⟦") and message.endswith("⟧") and "{" not in message


@pytest.mark.parametrize(
    ("content", "inside"),
    [
        (b"", "(⟦it is empty⟧)"),
        (b"[1]", "(⟦it does not hold a JSON object⟧)"),
        (b"\xff\xfe", "(⟦it is not text⟧)"),
        (json.dumps({"schema_version": 99}).encode(), "version 99; this one knows"),
        (json.dumps({"schema_version": 1, "foot": "left"}).encode(), "settings.json.v1-backup"),
        (json.dumps({"theme": "purple", "volume": -1}).encode(), "defaults: volume, theme."),
        (json.dumps({"schema_version": "x"}).encode(), "defaults: schema_version."),
    ],
)
def test_every_settings_file_message_is_translated_whole(
    tmp_path: Path, pseudo: None, content: bytes, inside: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    (message,) = load_settings(path).messages
    assert _marked(message), message
    assert inside in message


def test_an_unreadable_settings_file_is_worded_whole(tmp_path: Path, pseudo: None) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # there, but cannot be read as a file
    (message,) = load_settings(path).messages
    assert _marked(message) and f"{path} cannot be read (" in message, message
    assert load_settings(tmp_path / "gone" / "settings.json").messages == ()


def test_routine_errors_are_framed_in_the_app_language(tmp_path: Path, pseudo: None) -> None:
    for error in (
        RoutineError("a.toml", "is missing"),
        RoutineError("a.toml", "is missing", "press"),
        RoutineError("a.toml", "is missing", None, "title"),
        RoutineError("a.toml", "is missing", "press", "title"),
    ):
        assert _marked(str(error)) and "a.toml" in str(error), error
    assert str(RoutineError("a.toml", "x", "press", "title")) == (
        "⟦a.toml, step 'press', field 'title': x⟧"
    )
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 300_000)
    with pytest.raises(RoutineError) as raised:
        read_routine_file(big)
    assert raised.value.message == "⟦is too large for a routine (over 262144 bytes)⟧"
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "broken.toml").write_text("steps = [", "utf-8")
    (folder / "zoned.toml").write_text(BAD_ZONE, "utf-8")
    builtin = load_routines(asset_path("routines")).routines
    library = RoutineLibrary.load(builtin, folder)
    assert len(library.messages) == 2
    for message in library.messages:
        assert _marked(message) and ".damaged-" in message, message
    assert "⟦unknown zone 'nowhere'⟧" in library.messages[1]
    with pytest.raises(LibraryError) as refused:
        library.export("quick-wind-down", tmp_path)  # a folder is not a file to write
    assert _marked(str(refused.value)), refused.value
    with pytest.raises(LibraryError) as unknown:
        library.delete("nobody")
    assert str(unknown.value) == "⟦'nobody' is not one of your routines.⟧"


def test_the_screen_hold_says_why_in_the_app_language(pseudo: None) -> None:
    awake = ScreenAwake(NullBackend())
    assert not awake.hold()
    assert awake.status == "⟦Could not keep the screen awake (⟦not supported here⟧).⟧"
