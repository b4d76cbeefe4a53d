"""The Preferences dialog: every control writes through the controller and is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from footcare_gui.core.durations_view import parse_mss
from footcare_gui.core.routines import parse_routine
from footcare_gui.core.settings import FootChoice, Settings, Theme, session_total
from footcare_gui.core.settings_file import load_settings
from footcare_gui.ui.duration_spin_box import DurationSpinBox
from footcare_gui.ui.preferences_dialog import PreferencesDialog
from footcare_gui.ui.settings_controller import SettingsController

FIXTURES = Path(__file__).parent / "fixtures" / "settings"
ROUTINE = parse_routine((FIXTURES / "routine.toml").read_text(encoding="utf-8"), "routine.toml")


@pytest.fixture
def controller(tmp_path: Path, qtbot: Any) -> SettingsController:
    c = SettingsController(tmp_path / "settings.json")
    c.update(routine=ROUTINE.id)
    c.flush()
    return c


@pytest.fixture
def dialog(controller: SettingsController, qtbot: Any) -> PreferencesDialog:
    d = PreferencesDialog(controller, {ROUTINE.id: ROUTINE})
    qtbot.addWidget(d)
    return d


def _find(dialog: QWidget, kind: type[Any], name: str) -> Any:
    w = dialog.findChild(kind, name)
    assert w is not None, name
    return w


def _saved(controller: SettingsController) -> Settings:
    controller.flush()
    return load_settings(controller.path).settings


def _type_into(qtbot: Any, editor: DurationSpinBox, text: str) -> None:
    editor.setFocus()
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), text)
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)


def test_every_control_is_named_and_explained(dialog: PreferencesDialog) -> None:
    kinds = (QComboBox, QCheckBox, QRadioButton, QSlider, QSpinBox, QPushButton)
    controls = [w for kind in kinds for w in dialog.findChildren(kind)]
    controls = [w for w in controls if w.objectName() != "qt_spinbox_lineedit"]
    assert len(controls) >= 11 + len(ROUTINE.all_steps)
    for w in controls:
        assert w.objectName(), w
        assert w.accessibleName(), w.objectName()
        assert w.toolTip(), w.objectName()


def test_general_controls_apply_and_save(
    dialog: PreferencesDialog, controller: SettingsController, qtbot: Any
) -> None:
    combo = _find(dialog, QComboBox, "firstFootCombo")
    combo.setCurrentIndex(combo.findData("right"))
    combo.activated.emit(combo.currentIndex())
    theme = _find(dialog, QComboBox, "themeCombo")
    theme.setCurrentIndex(theme.findData("night"))
    theme.activated.emit(theme.currentIndex())
    _find(dialog, QRadioButton, "waitEachStepRadio").click()
    _find(dialog, QSpinBox, "warnSecondsSpin").setValue(0)
    _find(dialog, QSlider, "volumeSlider").setValue(25)
    for name in ("soundCheck", "keepAwakeCheck", "startInFocusCheck"):
        _find(dialog, QCheckBox, name).toggle()
    saved = _saved(controller)
    assert (saved.first_foot, saved.theme) == (FootChoice.RIGHT, Theme.NIGHT)
    assert (saved.auto_advance, saved.warn_seconds, saved.volume) == (False, 0, 25)
    assert (saved.sound, saved.keep_awake, saved.start_in_focus) == (
        False,
        False,
        True,
    )
    assert not _find(dialog, QSlider, "volumeSlider").isEnabled()  # no sound, no volume
    assert _find(dialog, QLabel, "volumeValueLabel").text() == "25 %"


def test_dialog_follows_outside_changes(
    dialog: PreferencesDialog, controller: SettingsController
) -> None:
    controller.update(theme=Theme.DARK, auto_advance=False, volume=5)
    assert _find(dialog, QComboBox, "themeCombo").currentData() == "dark"
    assert _find(dialog, QRadioButton, "waitEachStepRadio").isChecked()
    assert _find(dialog, QSlider, "volumeSlider").value() == 5


def test_changing_a_duration_updates_total_and_is_saved(
    dialog: PreferencesDialog, controller: SettingsController, qtbot: Any
) -> None:
    total = _find(dialog, QLabel, "sessionTotalLabel")
    assert total.text() == "Whole session: 9:15"  # 60 + 2 * (90 + 120) + 60 + 15 = 555 s
    editor = _find(dialog, DurationSpinBox, "duration-toes")
    assert editor.text() == "1:30"
    with qtbot.waitSignal(controller.changed):
        _type_into(qtbot, editor, "2:00")
    assert editor.value() == 120
    assert total.text() == "Whole session: 10:15"  # a per-foot step counts twice
    assert _saved(controller).durations == {ROUTINE.id: {"toes": 120}}


def test_out_of_range_input_is_refused_with_a_hint(
    dialog: PreferencesDialog, controller: SettingsController, qtbot: Any
) -> None:
    editor = _find(dialog, DurationSpinBox, "duration-toes")  # 0:45 to 3:00
    hint = _find(dialog, QLabel, "durationHintLabel")
    with qtbot.assertNotEmitted(controller.changed):
        _type_into(qtbot, editor, "9:00")
    assert editor.value() == 90
    assert editor.text() == "1:30"
    assert "0:45 to 3:00" in hint.text()
    assert "stays at 1:30" in hint.text()
    assert controller.settings.durations == {}


def test_duration_text_rules() -> None:
    editor = DurationSpinBox("Toes", 45, 180)
    try:
        invalid, intermediate, ok = (
            QValidator.State.Invalid,
            QValidator.State.Intermediate,
            QValidator.State.Acceptable,
        )
        assert editor.validate("abc", 0)[0] is invalid
        assert editor.validate("1:75", 0)[0] is invalid
        assert editor.validate("1:", 0)[0] is intermediate
        assert editor.validate("0:10", 0)[0] is intermediate  # complete but too short
        assert editor.validate("2:30", 0)[0] is ok
        assert editor.validate("2", 0)[0] is ok  # a bare number is minutes
        assert [parse_mss(t) for t in ("1:30", "2", "1:3", "", "x")] == [90, 120, None, None, None]
    finally:
        editor.deleteLater()


def test_scale_to_minutes_stays_in_ranges(
    dialog: PreferencesDialog, controller: SettingsController
) -> None:
    spin = _find(dialog, QSpinBox, "targetMinutesSpin")
    apply = _find(dialog, QPushButton, "applyTargetButton")
    note = _find(dialog, QLabel, "scaleNoteLabel")
    spin.setValue(15)
    apply.click()
    assert session_total(controller.settings, ROUTINE) == 15 * 60
    assert _find(dialog, QLabel, "sessionTotalLabel").text() == "Whole session: 15:00"
    assert "15:00" in note.text()
    spin.setValue(120)  # far beyond what the steps allow
    apply.click()
    assert session_total(controller.settings, ROUTINE) == 22 * 60  # every step at its maximum
    assert "22:00" in note.text()
    assert "allowed" in note.text()
    for step in ROUTINE.all_steps:
        editor = _find(dialog, DurationSpinBox, f"duration-{step.id}")
        assert step.min_duration <= editor.value() <= step.max_duration
        assert editor.value() == step.max_duration
    assert _saved(controller).durations[ROUTINE.id]["toes"] == 180


def test_reset_restores_defaults(
    dialog: PreferencesDialog, controller: SettingsController, qtbot: Any
) -> None:
    _type_into(qtbot, _find(dialog, DurationSpinBox, "duration-arch"), "3:00")
    assert controller.settings.durations == {ROUTINE.id: {"arch": 180}}
    _find(dialog, QPushButton, "resetDurationsButton").click()
    assert controller.settings.durations == {}
    assert _find(dialog, DurationSpinBox, "duration-arch").value() == 120
    assert _find(dialog, QLabel, "sessionTotalLabel").text() == "Whole session: 9:15"
    assert _saved(controller).durations == {}


def test_enter_does_not_close_the_dialog(dialog: PreferencesDialog, qtbot: Any) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.tabs.setCurrentIndex(1)
    _type_into(qtbot, _find(dialog, DurationSpinBox, "duration-rest"), "2:00")
    assert dialog.isVisible()
    buttons = [b for b in dialog.findChildren(QAbstractButton) if isinstance(b, QPushButton)]
    assert not any(b.isDefault() for b in buttons)


def test_no_routines_is_not_an_error(controller: SettingsController, qtbot: Any) -> None:
    d = PreferencesDialog(controller, {})
    qtbot.addWidget(d)
    assert "No routine" in _find(d, QLabel, "durationsRoutineLabel").text()
    assert not _find(d, QPushButton, "applyTargetButton").isEnabled()
    assert not _find(d, QComboBox, "routineCombo").isEnabled()


def test_the_animations_checkbox_turns_the_technique_motion_on_and_off(
    dialog: PreferencesDialog, controller: SettingsController
) -> None:
    # It was left out while the motion did not exist (issue 11); issue 17 built it.
    check = _find(dialog, QCheckBox, "animationsCheck")
    assert check.isChecked()  # on by default
    assert "reduced motion" in check.toolTip()
    check.toggle()
    assert _saved(controller).animations is False
    controller.update(animations=True)  # and it follows changes made elsewhere
    assert check.isChecked()
