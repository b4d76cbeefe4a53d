"""--background: no window, waiting for the reminder; a second launch brings the window up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from footcare_gui.cli import parse_args
from footcare_gui.core.settings import Settings
from footcare_gui.ui.application import BACKGROUND_OFF, show_at_start
from footcare_gui.ui.single_instance import SingleInstance
from tests.ui_harness import make_app

ON = Settings(precautions_acknowledged=True, reminder=True)


def test_background_shows_no_window(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    assert show_at_start(parse_args(["--background"]), app.controller) == ""
    assert not app.window.isVisible()


def test_background_with_the_reminder_off_refuses(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg")
    assert show_at_start(parse_args(["--background"]), app.controller) == BACKGROUND_OFF
    assert not app.window.isVisible()


def test_without_background_the_window_shows(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    assert show_at_start(parse_args([]), app.controller) == ""
    assert app.window.isVisible()


def test_a_second_launch_brings_the_background_window_up(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path / "cfg", settings=ON)
    show_at_start(parse_args(["--background"]), app.controller)
    first = SingleInstance(tmp_path / "cfg")
    assert first.try_become_primary()
    assert first.listen()
    first.activate_requested.connect(app.window.bring_forward)  # as run() wires it
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=5000):
            assert not SingleInstance(tmp_path / "cfg").try_become_primary()
        assert app.window.isVisible()
    finally:
        first.release()


def test_the_command_says_why_it_does_not_wait(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FOOTCARE_GUI_CONFIG_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "footcare_gui", "--background"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0
    assert done.stderr.strip().endswith(BACKGROUND_OFF)
