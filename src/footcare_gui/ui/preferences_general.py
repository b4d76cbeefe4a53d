"""The General tab of Preferences: session, sound, look and screen settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import FootChoice, Settings, Theme, chosen_routine
from footcare_gui.ui.preferences_language import LanguageBox
from footcare_gui.ui.preferences_widgets import describe, form_box
from footcare_gui.ui.settings_controller import SettingsController

if TYPE_CHECKING:
    from footcare_gui.ui.restart import Restart
    from footcare_gui.ui.routine_actions import RoutineActions

FOOT_LABELS = {
    FootChoice.LEFT: QT_TRANSLATE_NOOP("GeneralTab", "Left foot"),
    FootChoice.RIGHT: QT_TRANSLATE_NOOP("GeneralTab", "Right foot"),
    FootChoice.ASK: QT_TRANSLATE_NOOP("GeneralTab", "Ask each time"),
}
THEME_LABELS = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("GeneralTab", "Same as the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("GeneralTab", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("GeneralTab", "Dark"),
    Theme.NIGHT: QT_TRANSLATE_NOOP("GeneralTab", "Night (very dim)"),
}


class GeneralTab(QWidget):
    """Each control writes its setting at once; :meth:`sync` shows the settings."""

    def __init__(
        self,
        controller: SettingsController,
        routines: Mapping[str, Routine],
        parent: QWidget | None = None,
        *,
        routine_actions: RoutineActions | None = None,
        restart: Restart | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("generalPage")
        self._controller = controller
        self._routines = routines  # may be a live view of the routine library
        self._routine_actions = routine_actions
        col = QVBoxLayout(self)
        col.setSpacing(12)
        boxes = [self._build_session(), self._build_sound(), self._build_look()]
        boxes.append(self._build_screen())
        self.language = LanguageBox(controller, restart)
        boxes.append(self.language.box)
        for box in boxes:
            col.addWidget(box)
        col.addStretch(1)
        _align_labels(boxes)

    def _set(self, **changes: object) -> None:
        self._controller.update(**changes)

    def _build_session(self) -> QGroupBox:
        box, form = form_box(translate("GeneralTab", "Session"), "sessionGroup")
        self.first_foot = QComboBox()
        for choice, text in FOOT_LABELS.items():
            self.first_foot.addItem(translate("GeneralTab", text), choice.value)
        describe(
            self.first_foot,
            "firstFootCombo",
            translate("GeneralTab", "First foot"),
            translate("GeneralTab", "Which foot to start with"),
        )
        self.first_foot.activated.connect(
            lambda _i: self._set(first_foot=FootChoice(self.first_foot.currentData()))
        )
        form.addRow(translate("GeneralTab", "&First foot:"), self.first_foot)

        self.routine = QComboBox()
        self.routines_changed()
        describe(
            self.routine,
            "routineCombo",
            translate("GeneralTab", "Routine"),
            translate("GeneralTab", "The routine a session follows"),
        )
        self.routine.activated.connect(lambda _i: self._set(routine=self.routine.currentData()))
        if self._routine_actions is None:
            form.addRow(translate("GeneralTab", "&Routine:"), self.routine)
        else:  # the routine editor, from here too (over Preferences)
            actions = self._routine_actions
            row = QHBoxLayout()
            row.addWidget(self.routine, 1)
            for text, name, tip, slot in (
                (
                    translate("GeneralTab", "&Edit…"),
                    "editRoutineButton",
                    translate("GeneralTab", "Change this routine"),
                    lambda: actions.edit(self.window()),
                ),
                (
                    translate("GeneralTab", "&New…"),
                    "newRoutineButton",
                    translate("GeneralTab", "Make a routine of your own"),
                    lambda: actions.new_routine(self.window()),
                ),
            ):
                b = QPushButton(text)
                describe(b, name, text.replace("&", ""), tip)
                b.setAutoDefault(False)
                b.clicked.connect(slot)
                row.addWidget(b)
            form.addRow(translate("GeneralTab", "&Routine:"), row)
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(self.routine)

        self.auto_advance = QRadioButton(
            translate("GeneralTab", "Move on by itself when a step ends")
        )
        describe(
            self.auto_advance,
            "autoAdvanceRadio",
            translate("GeneralTab", "Move on by itself"),
            translate("GeneralTab", "Start the next step automatically when the time is up"),
        )
        self.wait_each = QRadioButton(translate("GeneralTab", "Wait for me at each step"))
        describe(
            self.wait_each,
            "waitEachStepRadio",
            translate("GeneralTab", "Wait at each step"),
            translate("GeneralTab", "When a step's time is up, wait until you go on"),
        )
        group = QButtonGroup(self)
        group.addButton(self.auto_advance)
        group.addButton(self.wait_each)
        group.buttonClicked.connect(lambda b: self._set(auto_advance=b is self.auto_advance))
        advance = QWidget()
        advance_col = QVBoxLayout(advance)
        advance_col.setContentsMargins(0, 0, 0, 0)
        advance_col.addWidget(self.auto_advance)
        advance_col.addWidget(self.wait_each)
        form.addRow(translate("GeneralTab", "Between steps:"), advance)

        self.warn_seconds = QSpinBox()
        self.warn_seconds.setRange(0, 10)
        self.warn_seconds.setSpecialValueText(translate("GeneralTab", "Off"))
        self.warn_seconds.setSuffix(translate("GeneralTab", " s before the end"))
        describe(
            self.warn_seconds,
            "warnSecondsSpin",
            translate("GeneralTab", "Warning before a step ends"),
            translate("GeneralTab", "A soft signal this many seconds before a step ends (0 = off)"),
        )
        self.warn_seconds.valueChanged.connect(lambda v: self._set(warn_seconds=v))
        form.addRow(translate("GeneralTab", "&Warning:"), self.warn_seconds)
        return box

    def _build_sound(self) -> QGroupBox:
        box, form = form_box(translate("GeneralTab", "Sound"), "soundGroup")
        self.sound = QCheckBox(translate("GeneralTab", "Play sounds"))
        describe(
            self.sound,
            "soundCheck",
            translate("GeneralTab", "Play sounds"),
            translate("GeneralTab", "Chimes between steps and warnings"),
        )
        self.sound.toggled.connect(lambda on: self._set(sound=on))
        form.addRow(QLabel(), self.sound)

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        describe(
            self.volume,
            "volumeSlider",
            translate("GeneralTab", "Volume"),
            translate("GeneralTab", "How loud the sounds are, 0 to 100"),
        )
        self.volume.valueChanged.connect(lambda v: self._set(volume=v))
        self.volume_value = QLabel()
        self.volume_value.setObjectName("volumeValueLabel")
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        self.volume_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_value)
        form.addRow(translate("GeneralTab", "&Volume:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.volume)
        return box

    def _build_look(self) -> QGroupBox:
        box, form = form_box(translate("GeneralTab", "Look"), "lookGroup")
        self.theme = QComboBox()
        for theme, text in THEME_LABELS.items():
            self.theme.addItem(translate("GeneralTab", text), theme.value)
        describe(
            self.theme,
            "themeCombo",
            translate("GeneralTab", "Theme"),
            translate(
                "GeneralTab",
                "Colours: follow the system, light, dark, or night (dim, for a dark room)",
            ),
        )
        self.theme.activated.connect(lambda _i: self._set(theme=Theme(self.theme.currentData())))
        form.addRow(translate("GeneralTab", "&Theme:"), self.theme)

        self.start_in_focus = QCheckBox(translate("GeneralTab", "Start sessions in focus mode"))
        describe(
            self.start_in_focus,
            "startInFocusCheck",
            translate("GeneralTab", "Start in focus mode"),
            translate(
                "GeneralTab", "Show only the current step, full screen, when a session starts"
            ),
        )
        self.start_in_focus.toggled.connect(lambda on: self._set(start_in_focus=on))
        form.addRow(QLabel(), self.start_in_focus)

        self.animations = QCheckBox(
            translate("GeneralTab", "Animate the hands' motion on the feet")
        )
        describe(
            self.animations,
            "animationsCheck",
            translate("GeneralTab", "Animate the technique"),
            translate(
                "GeneralTab",
                "During a session, a soft marker moves the way your hands do; off, still arrows "
                "show the way. Off at first when your system asks for reduced motion.",
            ),
        )
        self.animations.toggled.connect(lambda on: self._set(animations=on))
        form.addRow(QLabel(), self.animations)
        return box

    def _build_screen(self) -> QGroupBox:
        box, form = form_box(translate("GeneralTab", "Screen"), "screenGroup")
        self.keep_awake = QCheckBox(translate("GeneralTab", "Keep the screen on during a session"))
        describe(
            self.keep_awake,
            "keepAwakeCheck",
            translate("GeneralTab", "Keep the screen on"),
            translate("GeneralTab", "Stop the screen from dimming or locking while a session runs"),
        )
        self.keep_awake.toggled.connect(lambda on: self._set(keep_awake=on))
        form.addRow(QLabel(), self.keep_awake)
        return box

    def routines_changed(self) -> None:
        """Fill the routine list again (a routine was added, renamed or removed)."""
        was = self.routine.blockSignals(True)
        self.routine.clear()
        for rid, routine in self._routines.items():
            self.routine.addItem(routine.title, rid)
        self.routine.blockSignals(was)
        self.routine.setEnabled(bool(self._routines))

    def sync(self, settings: Settings) -> None:
        """Show ``settings`` in every control without feeding the change back."""
        routine = chosen_routine(settings, self._routines)
        widgets: list[QWidget] = [
            self.first_foot,
            self.routine,
            self.auto_advance,
            self.wait_each,
            self.warn_seconds,
            self.sound,
            self.volume,
            self.theme,
            self.start_in_focus,
            self.animations,
            self.keep_awake,
        ]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.first_foot.setCurrentIndex(self.first_foot.findData(settings.first_foot.value))
            self.routine.setCurrentIndex(self.routine.findData(routine.id if routine else ""))
            button: QAbstractButton = self.auto_advance if settings.auto_advance else self.wait_each
            button.setChecked(True)
            self.warn_seconds.setValue(settings.warn_seconds)
            self.sound.setChecked(settings.sound)
            self.volume.setValue(settings.volume)
            self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))
            self.start_in_focus.setChecked(settings.start_in_focus)
            self.animations.setChecked(settings.animations)
            self.keep_awake.setChecked(settings.keep_awake)
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)
        self.volume.setEnabled(settings.sound)
        self.volume_value.setText(f"{settings.volume} %")
        self.language.sync(settings)
        self.volume_value.setEnabled(settings.sound)


def _align_labels(boxes: list[QGroupBox]) -> None:
    """One label column for all groups, so every control lines up down the page."""
    labels = [
        item.widget()
        for box in boxes
        if isinstance(form := box.layout(), QFormLayout)
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    width = max(w.sizeHint().width() for w in labels if w is not None)
    for w in labels:
        if w is not None:
            w.setMinimumWidth(width)
