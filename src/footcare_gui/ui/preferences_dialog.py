"""The Preferences dialog: every setting, applied at once through the SettingsController.

Two tabs: "General" (session, sound, look, screen) and "Durations" (each step of the chosen
routine in ``m:ss``, the whole-session total, scale-to-N-minutes and reset). The dialog keeps
no state of its own: it writes through the controller and redraws from its ``changed``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.routines import Per, Routine
from footcare_gui.core.settings import (
    FootChoice,
    Settings,
    Theme,
    reset_durations,
    scale_to_total,
    session_total,
    step_durations,
    total_range,
    with_duration,
    with_durations,
)
from footcare_gui.core.texts import format_clock
from footcare_gui.ui.settings_controller import SettingsController

_TEXT = re.compile(r"\s*(\d{0,3})(?::(\d{0,2}))?\s*")

FOOT_LABELS = {
    FootChoice.LEFT: "Left foot",
    FootChoice.RIGHT: "Right foot",
    FootChoice.ASK: "Ask each time",
}
THEME_LABELS = {
    Theme.SYSTEM: "Same as the system",
    Theme.LIGHT: "Light",
    Theme.DARK: "Dark",
    Theme.NIGHT: "Night (very dim)",
}


def mss(seconds: int) -> str:
    """Seconds as ``m:ss``; minutes may pass 59, since one step never reaches hours."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def parse_mss(text: str) -> int | None:
    """``"1:30"`` -> 90 and ``"2"`` -> 120 (a bare number is minutes); None if incomplete."""
    m = _TEXT.fullmatch(text)
    if m is None or not m.group(1):
        return None
    minutes, secs = int(m.group(1)), m.group(2)
    if secs is None:
        return minutes * 60
    if len(secs) != 2 or int(secs) > 59:
        return None
    return minutes * 60 + int(secs)


def _describe(widget: QWidget, name: str, accessible: str, tip: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    widget.setAccessibleDescription(tip)


class DurationSpinBox(QSpinBox):
    """Seconds within a step's range, shown and typed as ``m:ss``.

    Letters are refused as typed. A complete value out of range is only "intermediate", so it
    can still be corrected; if it is left that way, Qt puts back the last good value and
    :attr:`hint` says what is allowed.
    """

    hint = Signal(str)  # "" once the input is fine again

    def __init__(self, title: str, lo: int, hi: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._rejected: int | None = None
        self.setRange(lo, hi)
        self.setSingleStep(5)
        self.setAccelerated(True)
        # Commit on Enter, focus-out or arrows only: "1" on the way to "1:30" is not a value.
        self.setKeyboardTracking(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    def range_text(self) -> str:
        return f"{mss(self.minimum())} to {mss(self.maximum())}"

    def textFromValue(self, value: int) -> str:
        return mss(value)

    def valueFromText(self, text: str) -> int:
        value = parse_mss(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        m = _TEXT.fullmatch(text)
        secs = (m.group(2) or "") if m else ""
        if m is None or (len(secs) == 2 and int(secs) > 59):
            return (QValidator.State.Invalid, text, pos)
        value = parse_mss(text)
        if value is not None and self.minimum() <= value <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def _on_text_edited(self, text: str) -> None:
        value = parse_mss(text)
        if value is not None and not self.minimum() <= value <= self.maximum():
            self._rejected = value
            self.hint.emit(f"{self._title}: choose a time from {self.range_text()}.")
        else:
            self._rejected = None
            self.hint.emit("")

    def _on_editing_finished(self) -> None:
        if self._rejected is not None:
            self.hint.emit(
                f"{self._title}: {mss(self._rejected)} is outside the allowed "
                f"{self.range_text()}, so it stays at {mss(self.value())}."
            )
            self._rejected = None


class PreferencesDialog(QDialog):
    """Every setting in one place; each change is applied (and saved) at once."""

    def __init__(
        self,
        controller: SettingsController,
        routines: Mapping[str, Routine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self._controller = controller
        self._routines = dict(routines)
        self._editors: dict[str, DurationSpinBox] = {}
        self._durations_for = ""  # the routine whose editors are built

        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_general(), "&General")
        self.tabs.addTab(self._build_durations_tab(), "&Durations")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("preferencesButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        _describe(close, "closeButton", "Close", "Close Preferences; changes are already saved")
        buttons.rejected.connect(self.reject)
        # Enter commits a typed value; it must not also close the dialog or press Apply.
        for b in (close, self.apply_target, self.reset):
            b.setAutoDefault(False)
            b.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        controller.changed.connect(self._sync)
        self._sync(controller.settings)

    # --- building ------------------------------------------------------------------------

    def _build_general(self) -> QWidget:
        page = QWidget()
        page.setObjectName("generalPage")
        col = QVBoxLayout(page)
        col.setSpacing(12)
        boxes = [self._build_session(), self._build_sound(), self._build_look()]
        boxes.append(self._build_screen())
        for box in boxes:
            col.addWidget(box)
        col.addStretch(1)
        # One label column for all groups, so every control lines up down the page.
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
        return page

    @staticmethod
    def _form(title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        return box, form

    def _build_session(self) -> QGroupBox:
        box, form = self._form("Session", "sessionGroup")
        self.first_foot = QComboBox()
        for choice, text in FOOT_LABELS.items():
            self.first_foot.addItem(text, choice.value)
        _describe(self.first_foot, "firstFootCombo", "First foot", "Which foot to start with")
        self.first_foot.activated.connect(
            lambda _i: self._set(first_foot=FootChoice(self.first_foot.currentData()))
        )
        form.addRow("&First foot:", self.first_foot)

        self.routine = QComboBox()
        for rid, routine in self._routines.items():
            self.routine.addItem(routine.title, rid)
        self.routine.setEnabled(bool(self._routines))
        _describe(self.routine, "routineCombo", "Routine", "The routine a session follows")
        self.routine.activated.connect(lambda _i: self._set(routine=self.routine.currentData()))
        form.addRow("&Routine:", self.routine)

        self.auto_advance = QRadioButton("Move on by itself when a step ends")
        _describe(
            self.auto_advance,
            "autoAdvanceRadio",
            "Move on by itself",
            "Start the next step automatically when the time is up",
        )
        self.wait_each = QRadioButton("Wait for me at each step")
        _describe(
            self.wait_each,
            "waitEachStepRadio",
            "Wait at each step",
            "When a step's time is up, wait until you go on",
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
        form.addRow("Between steps:", advance)

        self.warn_seconds = QSpinBox()
        self.warn_seconds.setRange(0, 10)
        self.warn_seconds.setSpecialValueText("Off")
        self.warn_seconds.setSuffix(" s before the end")
        _describe(
            self.warn_seconds,
            "warnSecondsSpin",
            "Warning before a step ends",
            "A soft signal this many seconds before a step ends (0 = off)",
        )
        self.warn_seconds.valueChanged.connect(lambda v: self._set(warn_seconds=v))
        form.addRow("&Warning:", self.warn_seconds)
        return box

    def _build_sound(self) -> QGroupBox:
        box, form = self._form("Sound", "soundGroup")
        self.sound = QCheckBox("Play sounds")
        _describe(self.sound, "soundCheck", "Play sounds", "Chimes between steps and warnings")
        self.sound.toggled.connect(lambda on: self._set(sound=on))
        form.addRow(QLabel(), self.sound)

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        _describe(self.volume, "volumeSlider", "Volume", "How loud the sounds are, 0 to 100")
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
        form.addRow("&Volume:", row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.volume)
        return box

    def _build_look(self) -> QGroupBox:
        box, form = self._form("Look", "lookGroup")
        self.theme = QComboBox()
        for theme, text in THEME_LABELS.items():
            self.theme.addItem(text, theme.value)
        _describe(
            self.theme,
            "themeCombo",
            "Theme",
            "Colours: follow the system, light, dark, or night (dim, for a dark room)",
        )
        self.theme.activated.connect(lambda _i: self._set(theme=Theme(self.theme.currentData())))
        form.addRow("&Theme:", self.theme)

        self.start_in_focus = QCheckBox("Start sessions in focus mode")
        _describe(
            self.start_in_focus,
            "startInFocusCheck",
            "Start in focus mode",
            "Show only the current step, full screen, when a session starts",
        )
        self.start_in_focus.toggled.connect(lambda on: self._set(start_in_focus=on))
        form.addRow(QLabel(), self.start_in_focus)

        self.animations = QCheckBox("Animations")
        _describe(
            self.animations,
            "animationsCheck",
            "Animations",
            "Animate the hand motions and transitions (off saves power and calms the screen)",
        )
        self.animations.toggled.connect(lambda on: self._set(animations=on))
        form.addRow(QLabel(), self.animations)
        return box

    def _build_screen(self) -> QGroupBox:
        box, form = self._form("Screen", "screenGroup")
        self.keep_awake = QCheckBox("Keep the screen on during a session")
        _describe(
            self.keep_awake,
            "keepAwakeCheck",
            "Keep the screen on",
            "Stop the screen from dimming or locking while a session runs",
        )
        self.keep_awake.toggled.connect(lambda on: self._set(keep_awake=on))
        form.addRow(QLabel(), self.keep_awake)
        return box

    def _build_durations_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("durationsPage")
        col = QVBoxLayout(page)
        col.setSpacing(10)
        self.durations_title = QLabel()
        self.durations_title.setObjectName("durationsRoutineLabel")
        self.durations_title.setWordWrap(True)
        col.addWidget(self.durations_title)

        self._rows_host = QWidget()
        self._rows_host.setObjectName("durationRows")
        self._rows = QGridLayout(self._rows_host)
        self._rows.setHorizontalSpacing(14)
        self._rows.setVerticalSpacing(6)
        scroll = self._scroll = QScrollArea()
        scroll.setObjectName("durationsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows_host)
        col.addWidget(scroll, 1)

        self.duration_hint = QLabel()
        self.duration_hint.setObjectName("durationHintLabel")
        self.duration_hint.setWordWrap(True)
        self.duration_hint.setAccessibleName("Duration hint")
        col.addWidget(self.duration_hint)

        self.total_label = QLabel()
        self.total_label.setObjectName("sessionTotalLabel")
        self.total_label.setAccessibleName("Whole session length")
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        col.addWidget(self.total_label)

        scale = QHBoxLayout()
        scale_label = QLabel("Set the whole routine to")
        self.target_minutes = QSpinBox()
        self.target_minutes.setRange(1, 600)
        self.target_minutes.setSuffix(" minutes")
        _describe(
            self.target_minutes,
            "targetMinutesSpin",
            "Whole routine length in minutes",
            "The session length to aim for; every step is scaled in proportion",
        )
        scale_label.setBuddy(self.target_minutes)
        self.apply_target = QPushButton("&Apply")
        _describe(
            self.apply_target,
            "applyTargetButton",
            "Apply routine length",
            "Scale every step so the whole session takes this long, within each step's range",
        )
        self.apply_target.clicked.connect(self._on_apply_target)
        self.reset = QPushButton("&Reset to defaults")
        _describe(
            self.reset,
            "resetDurationsButton",
            "Reset durations to defaults",
            "Put every step of this routine back to its default length",
        )
        self.reset.clicked.connect(self._on_reset)
        scale.addWidget(scale_label)
        scale.addWidget(self.target_minutes)
        scale.addWidget(self.apply_target)
        scale.addStretch(1)
        scale.addWidget(self.reset)
        col.addLayout(scale)

        self.scale_note = QLabel()
        self.scale_note.setObjectName("scaleNoteLabel")
        self.scale_note.setWordWrap(True)
        self.scale_note.setAccessibleName("Routine length note")
        col.addWidget(self.scale_note)
        return page

    def _build_rows(self, routine: Routine | None) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            if (w := item.widget()) is not None:
                w.deleteLater()
        self._editors.clear()
        self._durations_for = routine.id if routine else ""
        for w in (self.target_minutes, self.apply_target, self.reset):
            w.setEnabled(routine is not None)
        if routine is None:
            self.durations_title.setText("No routine is installed, so there is nothing to time.")
            return
        self.durations_title.setText(
            f"Step lengths for “{routine.title}”. Steps marked “each foot” run twice."
        )
        for col, text in enumerate(("Step", "", "Length", "Allowed")):
            head = QLabel(text)
            head.setEnabled(False)  # drawn muted: a column heading, not content
            self._rows.addWidget(head, 0, col)
        for row, step in enumerate(routine.all_steps, start=1):
            title = QLabel(step.title)
            title.setObjectName(f"durationTitle-{step.id}")
            often = "each foot" if step.per is Per.FOOT and step is not routine.switch else "once"
            how = QLabel(often)
            how.setObjectName(f"durationPer-{step.id}")
            how.setEnabled(False)
            editor = DurationSpinBox(step.title, step.min_duration, step.max_duration)
            _describe(
                editor,
                f"duration-{step.id}",
                f"{step.title} length",
                f"{step.title} ({often}): {mss(step.min_duration)} to "
                f"{mss(step.max_duration)}, default {mss(step.duration)}. Type m:ss.",
            )
            editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance("00:00") + 48)
            editor.hint.connect(self.duration_hint.setText)
            editor.valueChanged.connect(lambda v, sid=step.id: self._on_duration(sid, v))
            allowed = QLabel(f"{mss(step.min_duration)} to {mss(step.max_duration)}")
            allowed.setEnabled(False)
            title.setBuddy(editor)
            self._rows.addWidget(title, row, 0)
            self._rows.addWidget(how, row, 1)
            self._rows.addWidget(editor, row, 2)
            self._rows.addWidget(allowed, row, 3)
            self._editors[step.id] = editor
        self._rows.setColumnStretch(0, 1)
        self._rows.setRowStretch(len(routine.all_steps) + 1, 1)
        # Tall enough for a usual routine without a scroll bar; longer ones scroll.
        self._scroll.setMinimumHeight(min(self._rows_host.sizeHint().height() + 2, 520))

    # --- reacting ------------------------------------------------------------------------

    def current_routine(self) -> Routine | None:
        """The routine the Durations tab edits: the chosen one, else the first known one."""
        rid = self._controller.settings.routine
        if rid in self._routines:
            return self._routines[rid]
        return next(iter(self._routines.values()), None)

    def _set(self, **changes: object) -> None:
        self._controller.update(**changes)

    def _on_duration(self, step_id: str, seconds: int) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        self.scale_note.clear()
        self._controller.apply(with_duration(self._controller.settings, routine, step_id, seconds))

    def _on_apply_target(self) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        target = self.target_minutes.value() * 60
        result = scale_to_total(routine, target)
        self._controller.apply(with_durations(self._controller.settings, routine, result.durations))
        lo, hi = total_range(routine)
        if result.exact:
            note = f"Every step was scaled to make {format_clock(target)}."
        elif target < lo or target > hi:
            note = (
                f"The steps' allowed lengths give a session of {format_clock(lo)} to "
                f"{format_clock(hi)}, so it is now {format_clock(result.total)}."
            )
        else:
            note = (
                f"Whole seconds cannot make exactly {format_clock(target)}; "
                f"the closest is {format_clock(result.total)}."
            )
        self.scale_note.setText(note)

    def _on_reset(self) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        self._controller.apply(reset_durations(self._controller.settings, routine))
        self.scale_note.setText("Every step is back at its default length.")

    def _sync(self, settings: Settings) -> None:
        """Show ``settings`` in every control without feeding the change back."""
        routine = self.current_routine()
        if (routine.id if routine else "") != self._durations_for or not self._editors:
            self._build_rows(routine)
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
            *self._editors.values(),
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
            if routine is not None:
                for sid, seconds in step_durations(settings, routine).items():
                    self._editors[sid].setValue(seconds)
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)
        self.volume.setEnabled(settings.sound)
        self.volume_value.setText(f"{settings.volume} %")
        self.volume_value.setEnabled(settings.sound)
        if routine is None:
            self.total_label.clear()
            return
        total = session_total(settings, routine)
        self.total_label.setText(f"Whole session: {format_clock(total)}")
        if not self.target_minutes.hasFocus():
            self.target_minutes.setValue(max(1, round(total / 60)))
