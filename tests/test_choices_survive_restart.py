"""As a new user would: change the first foot and three durations, quit, start again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from footcare_gui.core.plan import Phase
from footcare_gui.core.settings import FootChoice
from footcare_gui.core.zones import Foot
from footcare_gui.ui.duration_spin_box import DurationSpinBox
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from tests.ui_harness import make_app

CHANGED = {"stretch-toes": 75, "thumb-circles": 150, "toe-joints": 45}


def test_first_foot_and_durations_are_kept_after_quitting(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    app = make_app(qtbot, folder, foot=None)
    dialog = PreferencesDialog(app.settings, app.controller.routines, app.window)
    qtbot.addWidget(dialog)
    foot = dialog.findChild(QComboBox, "firstFootCombo")
    assert foot is not None
    index = foot.findData(FootChoice.LEFT.value)
    assert index >= 0
    foot.setCurrentIndex(index)
    foot.activated.emit(index)  # what picking it from the list does
    for step_id, seconds in CHANGED.items():
        editor = dialog.findChild(DurationSpinBox, f"duration-{step_id}")
        assert editor is not None, step_id
        editor.setValue(seconds)
    dialog.close()
    app.window.close()  # quitting flushes the debounced save

    again = make_app(qtbot, folder, foot=None, keep_file=True)
    assert again.settings.settings.first_foot is FootChoice.LEFT
    assert again.controller.first_foot is Foot.LEFT
    again.controller.begin()
    assert again.controller.session is not None
    plan = again.controller.session.plan
    for step_id, seconds in CHANGED.items():
        durations = {p.duration for p in plan if p.step.id == step_id}
        assert durations == {seconds}
    assert next(p.foot for p in plan if p.phase is Phase.FIRST_FOOT) is Foot.LEFT


def test_foot_on_the_command_line_is_for_this_run_only(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    app = make_app(qtbot, folder, foot=Foot.RIGHT)
    app.settings.update(first_foot=FootChoice.LEFT)
    assert app.controller.first_foot is Foot.RIGHT  # --foot right wins this time
    app.window.close()
    again = make_app(qtbot, folder, foot=None, keep_file=True)
    assert again.controller.first_foot is Foot.LEFT
