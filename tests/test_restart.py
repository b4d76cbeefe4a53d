"""Preferences → Language → Restart now (issue 15): offered when the chosen language is not the
one shown, never during a session; it closes the window and the process starts again with the
same command, less ``--lang``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from footcare_gui.ui import restart
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from tests.ui_harness import App, make_app


@pytest.fixture(autouse=True)
def _no_restart_left() -> Iterator[None]:
    yield
    restart.forget()


@pytest.mark.parametrize(
    ("argv", "kept"),
    [
        (
            ["py", "-m", "footcare_gui", "--lang", "de", "--foot", "left"],
            ["-m", "footcare_gui", "--foot", "left"],
        ),
        (["py", "/venv/bin/footcare-gui", "--lang=es"], ["/venv/bin/footcare-gui"]),
        (["py", "/venv/bin/footcare-gui", "--background"], ["/venv/bin/footcare-gui"]),
        (
            ["py", "-m", "footcare_gui", "--la", "de", "--config-dir", "/x"],
            ["-m", "footcare_gui", "--config-dir", "/x"],
        ),
        (
            ["py", "-X", "importtime", "-m", "footcare_gui"],
            ["-X", "importtime", "-m", "footcare_gui"],
        ),
    ],
)
def test_the_command_is_the_same_without_lang(argv: list[str], kept: list[str]) -> None:
    assert restart.command(argv) == [sys.executable, *kept]


def test_replacing_the_process_runs_that_command(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(sys, "orig_argv", ["python", "-m", "footcare_gui", "--lang", "de"])
    monkeypatch.setattr(restart.os, "execv", lambda path, args: calls.append((path, args)))
    restart.replace_process()
    assert calls == [(sys.executable, [sys.executable, "-m", "footcare_gui"])]


def _preferences(app: App, qtbot: QtBot) -> PreferencesDialog:
    app.controller.dialogs.preferences()
    dialog = app.window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: PreferencesDialog, code: str) -> None:
    combo = dialog.general.language.combo
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_restart_is_offered_for_another_language_and_closes_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = make_app(qtbot, tmp_path)
    app.window.show()
    dialog = _preferences(app, qtbot)
    button = dialog.general.language.restart_button
    assert button.isHidden()  # English is shown and the system's (C) is English
    _choose(dialog, "de")
    assert app.settings.settings.language == "de"
    assert not button.isHidden() and button.isEnabled()
    _choose(dialog, "en")
    assert button.isHidden()
    _choose(dialog, "es")
    button.click()
    assert restart.wanted()
    assert not app.window.isVisible()
    assert app.settings.path.read_text(encoding="utf-8").count('"language": "es"') == 1


def test_during_a_session_restart_waits(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path)
    app.window.show()
    app.controller.begin()
    dialog = _preferences(app, qtbot)
    _choose(dialog, "de")
    button = dialog.general.language.restart_button
    assert not button.isHidden() and not button.isEnabled()
    assert "session" in button.toolTip()
    button.click()  # a disabled button does nothing; a direct call is refused too
    app.controller.dialogs.restart.now()  # type: ignore[union-attr]
    assert not restart.wanted()
    assert app.window.isVisible()
