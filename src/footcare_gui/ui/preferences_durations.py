"""The Durations tab of Preferences: each step of the routine that will run, in ``m:ss``;
the whole session's length; scale to N minutes; reset."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.durations_view import duration_rows, heading, scale_note, total_line
from footcare_gui.core.i18n import translate
from footcare_gui.core.routines import Routine
from footcare_gui.core.settings import (
    Settings,
    chosen_routine,
    reset_durations,
    scale_to_total,
    session_total,
    step_durations,
    total_range,
    with_duration,
    with_durations,
)
from footcare_gui.ui.duration_spin_box import DurationSpinBox
from footcare_gui.ui.preferences_widgets import describe
from footcare_gui.ui.settings_controller import SettingsController


class DurationsTab(QWidget):
    """Edits the durations of the routine the settings choose (the one the next session
    follows); rebuilt when that choice changes."""

    def __init__(
        self,
        controller: SettingsController,
        routines: Mapping[str, Routine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("durationsPage")
        self._controller = controller
        self._routines = routines  # may be a live view of the routine library
        self._editors: dict[str, DurationSpinBox] = {}
        self._built_for: str | None = None  # the routine whose rows are built
        col = QVBoxLayout(self)
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
        self.duration_hint.setAccessibleName(translate("DurationsTab", "Duration hint"))
        col.addWidget(self.duration_hint)

        self.total_label = QLabel()
        self.total_label.setObjectName("sessionTotalLabel")
        self.total_label.setAccessibleName(translate("DurationsTab", "Whole session length"))
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        col.addWidget(self.total_label)
        col.addLayout(self._build_scale())

        self.scale_note = QLabel()
        self.scale_note.setObjectName("scaleNoteLabel")
        self.scale_note.setWordWrap(True)
        self.scale_note.setAccessibleName(translate("DurationsTab", "Routine length note"))
        col.addWidget(self.scale_note)

    def _build_scale(self) -> QHBoxLayout:
        scale = QHBoxLayout()
        scale_label = QLabel(translate("DurationsTab", "Set the whole routine to"))
        self.target_minutes = QSpinBox()
        self.target_minutes.setRange(1, 600)
        self.target_minutes.setSuffix(translate("DurationsTab", " minutes"))
        describe(
            self.target_minutes,
            "targetMinutesSpin",
            translate("DurationsTab", "Whole routine length in minutes"),
            translate(
                "DurationsTab",
                "The session length to aim for; every step is scaled in proportion",
            ),
        )
        scale_label.setBuddy(self.target_minutes)
        self.apply_target = QPushButton(translate("DurationsTab", "&Apply"))
        describe(
            self.apply_target,
            "applyTargetButton",
            translate("DurationsTab", "Apply routine length"),
            translate(
                "DurationsTab",
                "Scale every step so the whole session takes this long, within each step's range",
            ),
        )
        self.apply_target.clicked.connect(self._on_apply_target)
        self.reset = QPushButton(translate("DurationsTab", "&Reset to defaults"))
        describe(
            self.reset,
            "resetDurationsButton",
            translate("DurationsTab", "Reset durations to defaults"),
            translate("DurationsTab", "Put every step of this routine back to its default length"),
        )
        self.reset.clicked.connect(self._on_reset)
        scale.addWidget(scale_label)
        scale.addWidget(self.target_minutes)
        scale.addWidget(self.apply_target)
        scale.addStretch(1)
        scale.addWidget(self.reset)
        return scale

    def current_routine(self) -> Routine | None:
        """The routine this tab edits: the one the next session follows."""
        return chosen_routine(self._controller.settings, self._routines)

    def _build_rows(self, routine: Routine | None) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            if (w := item.widget()) is not None:
                w.deleteLater()
        self._editors.clear()
        self._built_for = routine.id if routine else ""
        for w in (self.target_minutes, self.apply_target, self.reset):
            w.setEnabled(routine is not None)
        self.durations_title.setText(heading(routine))
        if routine is None:
            return
        heads = (
            translate("DurationsTab", "Step"),
            "",
            translate("DurationsTab", "Length"),
            translate("DurationsTab", "Allowed"),
        )
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setEnabled(False)  # drawn muted: a column heading, not content
            self._rows.addWidget(head, 0, col)
        rows = duration_rows(routine)
        for row, d in enumerate(rows, start=1):
            title = QLabel(d.title)
            title.setObjectName(f"durationTitle-{d.step_id}")
            how = QLabel(d.often)
            how.setObjectName(f"durationPer-{d.step_id}")
            how.setEnabled(False)
            editor = DurationSpinBox(d.title, d.lo, d.hi)
            length = translate("DurationsTab", "{step} length").format(step=d.title)
            describe(editor, f"duration-{d.step_id}", length, d.tip)
            editor.setMinimumWidth(editor.fontMetrics().horizontalAdvance("00:00") + 48)
            editor.hint.connect(self.duration_hint.setText)
            editor.valueChanged.connect(lambda v, sid=d.step_id: self._on_duration(sid, v))
            allowed = QLabel(d.allowed)
            allowed.setEnabled(False)
            title.setBuddy(editor)
            for column, w in enumerate((title, how, editor, allowed)):
                self._rows.addWidget(w, row, column)
            self._editors[d.step_id] = editor
        self._rows.setColumnStretch(0, 1)
        self._rows.setRowStretch(len(rows) + 1, 1)
        # Tall enough for a usual routine without a scroll bar; longer ones scroll.
        self._scroll.setMinimumHeight(min(self._rows_host.sizeHint().height() + 2, 520))
        # As wide as the rows (and a vertical scroll bar): they never scroll sideways.
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._rows_host.sizeHint().width() + bar)

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
        result = scale_to_total(routine, self.target_minutes.value() * 60)
        self._controller.apply(with_durations(self._controller.settings, routine, result.durations))
        self.scale_note.setText(scale_note(result, total_range(routine)))

    def _on_reset(self) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        self._controller.apply(reset_durations(self._controller.settings, routine))
        self.scale_note.setText(
            translate(
                "DurationsTab",
                "Every step is back at its default length.",
            )
        )

    def routines_changed(self) -> None:
        """The routines changed (one may have been edited): build the rows again."""
        self._built_for = None

    def sync(self, settings: Settings) -> None:
        """Show the chosen routine's durations (rebuilding the rows if it changed)."""
        routine = chosen_routine(settings, self._routines)
        if (routine.id if routine else "") != self._built_for:
            self._build_rows(routine)
            self.scale_note.clear()
        if routine is None:
            self.total_label.clear()
            return
        for sid, seconds in step_durations(settings, routine).items():
            editor = self._editors[sid]
            was = editor.blockSignals(True)
            editor.setValue(seconds)
            editor.blockSignals(was)
        total = session_total(settings, routine)
        self.total_label.setText(total_line(total))
        if not self.target_minutes.hasFocus():
            self.target_minutes.setValue(max(1, round(total / 60)))
