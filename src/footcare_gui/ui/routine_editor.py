"""The routine editor: the routine's name and words, its steps in order, the selected step's
fields, its zones picked on the foot, a preview of it as the session page will show it, and
the whole session's length.

Every change is checked at once with the routine loader's own rules
(:func:`footcare_gui.core.routine_draft.check`): each field in error says why, a step with a
problem is marked in the list, and Save stays disabled until nothing is wrong. Imported on
first use: start-up never pays for it.
"""

from __future__ import annotations

from itertools import count

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.routine_draft import (
    Checked,
    RoutineDraft,
    StepDraft,
    by_field,
    check,
    preview,
    total_seconds,
)
from footcare_gui.core.routine_library import LibraryError
from footcare_gui.core.routines import Per, Routine
from footcare_gui.core.texts import format_clock
from footcare_gui.ui.library_controller import LibraryController
from footcare_gui.ui.step_form import StepForm
from footcare_gui.ui.step_pane import StepPane
from footcare_gui.ui.step_widgets import KEY_ROLE, StepPreview, StepsPanel
from footcare_gui.ui.widgets import ElidedLabel, tall_enough
from footcare_gui.ui.zone_picker import ZonePicker

ROUTINE_FIELDS = ("title", "summary", "intro", "steps", "id", "switch", "")


class RoutineEditor(QDialog):
    """Edits one routine draft; Save writes it through the library and closes."""

    saved = Signal(object)  # the Routine as saved

    def __init__(
        self, draft: RoutineDraft, library: LibraryController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.draft, self.library = draft, library
        self.setWindowTitle(
            self.tr("Edit “{0}”").format(draft.title) if draft.id else self.tr("New routine")
        )
        self._keys: dict[int, StepDraft] = {}
        self._counter = count(1)
        self._current: StepDraft | None = None
        self._dirty = False
        self._discard = False
        self._checked: Checked | None = None
        self.errors: dict[str, QLabel] = {}

        col = QVBoxLayout(self)
        col.addWidget(self._build_routine_box())
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_steps_panel(), 0)
        self.form = StepForm()
        self.form.edited.connect(self._on_step_edited)
        self.preview = StepPreview()
        self.picker = ZonePicker()
        self.picker.toggled.connect(self._on_zone_toggled)
        self.pane = StepPane(self.form, self.picker, self.preview)
        body.addWidget(self.pane, 1)
        col.addLayout(body, 1)
        col.addLayout(self._build_bottom())

        for step in draft.steps:
            self._add_item(step, self.steps.count())
        if self.steps.count():
            self.steps.setCurrentRow(0)
        else:
            self._show_switch()
        self._refresh()
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.95)), min(820, int(screen.height() * 0.92)))
        tall_enough(self)

    # -- building --------------------------------------------------------------------------
    def _error(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error-routine-{key or 'all'}")
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _build_routine_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Routine"))
        form = QFormLayout(box)
        form.setVerticalSpacing(4)
        self.name = QLineEdit(self.draft.title)
        self.name.setObjectName("routine-title")
        self.summary = QLineEdit(self.draft.summary)
        self.summary.setObjectName("routine-summary")
        self.intro = QLineEdit(self.draft.intro)
        self.intro.setObjectName("routine-intro")
        self.intro.setPlaceholderText(self.tr("Optional: one or two sentences for the start page"))
        fields = (
            (self.tr("&Name:"), self.name, "title"),
            (self.tr("S&ummary:"), self.summary, "summary"),
            (self.tr("Start-&page intro:"), self.intro, "intro"),
        )
        for text, edit, key in fields:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(self._error(key))
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, cell)
            edit.textChanged.connect(self._on_routine_edited)
        self.file_note = ElidedLabel()  # a long folder path must not widen the editor
        self.file_note.setObjectName("routineFileNote")
        self.file_note.setProperty("role", "muted")
        form.addRow(self.file_note)
        for key in ("id", ""):
            form.addRow(self._error(key))
        return box

    def _build_steps_panel(self) -> QWidget:
        panel = self.steps_panel = StepsPanel()
        self.steps = panel.list
        self.steps.currentRowChanged.connect(self._on_row_changed)
        self.steps.moved.connect(self._on_moved)
        self.errors["steps"] = panel.error
        self.add_button, self.duplicate_button = panel.add, panel.duplicate
        self.remove_button, self.up_button, self.down_button = panel.remove, panel.up, panel.down
        self.switch_button = panel.switch
        panel.add.clicked.connect(self.add_step)
        panel.duplicate.clicked.connect(self.duplicate_step)
        panel.remove.clicked.connect(self.remove_step)
        panel.switch.clicked.connect(self._show_switch)
        return panel

    def _build_bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.total = QLabel()
        self.total.setObjectName("routineTotal")
        f = self.total.font()
        f.setBold(True)
        self.total.setFont(f)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveRoutineButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the routine (Ctrl+S)"))
        for b in self.buttons.buttons():
            if isinstance(b, QPushButton):
                b.setAutoDefault(False)  # Enter in a field must not save or close
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.total)
        row.addWidget(self.status, 1)
        row.addWidget(self.buttons)
        return row

    # -- the step list ---------------------------------------------------------------------
    def _add_item(self, step: StepDraft, row: int) -> QListWidgetItem:
        key = next(self._counter)
        self._keys[key] = step
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        self.steps.insertItem(row, item)
        return item

    def current_index(self) -> int | None:
        """The selected step's position, or None while the switch is shown."""
        row = self.steps.currentRow()
        return None if self._current is self.draft.switch or row < 0 else row

    def _insert(self, step: StepDraft) -> None:
        row = self.steps.currentRow() + 1 if self.steps.currentRow() >= 0 else self.steps.count()
        self.draft.steps.insert(row, step)
        self._add_item(step, row)
        self.steps.setCurrentRow(row)
        self._changed()
        self.form.title.setFocus()

    def add_step(self) -> None:
        """A new step after the selected one: pressed on each foot, on the sole."""
        self._insert(StepDraft())

    def duplicate_step(self) -> None:
        index = self.current_index()
        if index is not None:
            self._insert(self.draft.steps[index].copy())

    def remove_step(self) -> None:
        index = self.current_index()
        if index is None:
            return
        item = self.steps.takeItem(index)
        del self._keys[int(item.data(KEY_ROLE))]
        del self.draft.steps[index]
        if self.steps.count():
            self.steps.setCurrentRow(min(index, self.steps.count() - 1))
        else:
            self._show_switch()
        self._changed()

    def _on_moved(self) -> None:
        self.draft.steps[:] = [self._keys[k] for k in self.steps.step_keys()]
        self._changed()

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._current = self._keys[int(self.steps.item(row).data(KEY_ROLE))]
        self.switch_button.setChecked(False)
        self.form.show_step(self._current)
        self._refresh()

    def _show_switch(self) -> None:
        self.steps.setCurrentRow(-1)
        self._current = self.draft.switch
        self.switch_button.setChecked(True)
        self.form.show_step(self.draft.switch, switch=True)
        self._refresh()

    # -- editing ---------------------------------------------------------------------------
    def _on_routine_edited(self) -> None:
        self.draft.title = self.name.text()
        self.draft.summary = self.summary.text()
        self.draft.intro = self.intro.text()
        self._changed()

    def _on_step_edited(self) -> None:
        self._changed()

    def _on_zone_toggled(self, zone: str) -> None:
        if self._current is not None:
            self._current.toggle(zone)
            self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self._refresh()

    def routine_id(self) -> str:
        """The id the routine is (or will be) saved under."""
        return self.draft.id or self.library.new_id(self.draft.title)

    def _refresh(self) -> None:
        """Check the draft and show the outcome everywhere."""
        rid = self.routine_id()
        checked = self._checked = check(self.draft, rid)
        problems = checked.problems
        routine_problems = by_field(problems.routine)
        for key, label in self.errors.items():
            message = routine_problems.get(key, "")
            label.setText(f"⚠ {message}" if message else "")
            label.setVisible(bool(message))
        for row in range(self.steps.count()):
            step = self._keys[int(self.steps.item(row).data(KEY_ROLE))]
            errs = problems.steps[row] if row < len(problems.steps) else ()
            self._label_item(self.steps.item(row), row, step, errs[0].message if errs else "")
        switch_errs = problems.switch
        mark = "⚠ " if switch_errs else ""
        self.switch_button.setText(mark + (self.draft.switch.text("title") or self.tr("Switch")))
        self.switch_button.setToolTip(switch_errs[0].message if switch_errs else "")
        index = self.current_index()
        if self._current is not None:
            errs = (
                switch_errs
                if index is None
                else (problems.steps[index] if index < len(problems.steps) else ())
            )
            found = by_field(errs)
            self.form.show_problems(found)
            self.picker.show_problem(found.get("zones", ""))
            step = self._current
            self.picker.show_step(step.zones, step.view)
            words = preview(self.draft, index)
            self.preview.show_words(
                words, step.duration, step.per is Per.FOOT and index is not None
            )
        for b in (self.duplicate_button, self.remove_button, self.up_button, self.down_button):
            b.setEnabled(index is not None)
        total = total_seconds(self.draft)
        lean = total_seconds(self.draft, include_optional=False)
        if lean != total:
            text = self.tr("Whole session: {0} ({1} without the optional steps)").format(
                format_clock(total), format_clock(lean)
            )
        else:
            text = self.tr("Whole session: {0}").format(format_clock(total))
        self.total.setText(text)
        n = len(problems.all())
        self.save_button.setEnabled(checked.routine is not None)
        if not n:
            self.status.setText(self.tr("Ready to save."))
        elif n == 1:
            self.status.setText(self.tr("One thing to put right before saving."))
        else:
            self.status.setText(self.tr("{0} things to put right before saving.").format(n))
        where = self.library.library.folder
        file_name = f"{rid}.toml"
        self.file_note.set_whole_text(
            self.tr("Saved as {0} in {1}").format(file_name, where)
            if where
            else self.tr("Saved as {0}").format(file_name)
        )

    def _label_item(self, item: QListWidgetItem, row: int, step: StepDraft, problem: str) -> None:
        how = self.tr("each foot") if step.per is Per.FOOT else self.tr("once")
        title = step.text("title").strip() or self.tr("(no title yet)")
        mark = "⚠ " if problem else ""
        item.setText(f"{mark}{row + 1}. {title}\n      {how} · {format_clock(step.duration)}")
        item.setToolTip(problem)

    # -- saving and closing ----------------------------------------------------------------
    def save(self) -> Routine | None:
        """Write the routine if nothing is wrong with it; the dialog then closes."""
        self.form.commit_pending()  # Ctrl+S while a length is half typed
        checked = check(self.draft, self.routine_id())
        if checked.routine is None:
            return None
        try:
            saved = self.library.save(checked.routine)
        except LibraryError as exc:
            self.status.setText(f"⚠ {exc}")
            return None
        self._dirty = False
        self.saved.emit(saved)
        self.accept()
        return saved

    def reject(self) -> None:
        """Cancel; with unsaved changes, ask first."""
        if not self._dirty or self._discard:
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("discardChangesBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard changes?"))
        box.setText(self.tr("This routine has changes that are not saved."))
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button: object) -> None:
            if button is discard:
                self._discard = True
                self.reject()

        box.buttonClicked.connect(chosen)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self._discard:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
