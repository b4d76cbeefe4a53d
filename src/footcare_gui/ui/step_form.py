"""StepForm: the fields of the step being edited, each with a line under it that says what
is wrong with it (the loader's own message), hidden while the field is fine."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.i18n import translate
from footcare_gui.core.routine_draft import StepDraft
from footcare_gui.core.routines import MAX_STEP_SECONDS, MIN_STEP_SECONDS, Per, StepView, Technique
from footcare_gui.ui.duration_spin_box import DurationSpinBox

# The fields whose problems this form shows (zones are shown by the picker).
FIELDS = (
    *("title", "instruction", "say", "why", "technique", "view", "per", "optional"),
    *("duration", "min", "max", "id", ""),
)


class PlainText(QPlainTextEdit):
    """A few lines of text; Tab moves on, as in a line edit, so the keyboard can leave it."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class StepForm(QWidget):
    """Shows one StepDraft and writes every change straight into it."""

    edited = Signal()  # the shown step changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        self._step = StepDraft()
        self._switch = False
        self._loading = False
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        # A row too long for a narrow editor (the lengths, in German) goes under its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.title = QLineEdit()
        self.instruction = PlainText(3)
        self.say = PlainText(2)
        self.say.setPlaceholderText(
            self.tr("Optional: what the voice says. Empty: the instruction's first sentence.")
        )
        self.why = PlainText(2)
        self.texts: dict[str, QLineEdit | PlainText] = {
            "title": self.title,
            "instruction": self.instruction,
            "say": self.say,
            "why": self.why,
        }
        self._row(form, self.tr("&Title:"), self.title, "title")
        self._row(form, self.tr("&Instruction:"), self.instruction, "instruction")
        self._row(form, self.tr("Spo&ken line:"), self.say, "say")
        self._row(form, self.tr("W&hy:"), self.why, "why")
        for key, widget in self.texts.items():
            widget.setObjectName(f"step-{key}")
            widget.textChanged.connect(lambda *_args, k=key: self._on_text(k))

        self.technique = QComboBox()
        self.technique.setObjectName("step-technique")
        for t, text in technique_labels().items():
            self.technique.addItem(text, t.value)
        self.view = QComboBox()
        self.view.setObjectName("step-view")
        views = {
            StepView.SOLE: self.tr("Sole"),
            StepView.TOP: self.tr("Top"),
            StepView.BOTH: self.tr("Sole and top"),
        }
        for v, text in views.items():
            self.view.addItem(text, v.value)
        how = QHBoxLayout()
        how.addWidget(self.technique, 1)
        view_label = QLabel(self.tr("&View:"))
        view_label.setBuddy(self.view)
        how.addWidget(view_label)
        how.addWidget(self.view, 1)
        self._row(form, self.tr("Techni&que:"), how, "technique", buddy=self.technique)
        self.technique.activated.connect(lambda _i: self._on_choice())
        self.view.activated.connect(lambda _i: self._on_choice())

        self.each_foot = QRadioButton(self.tr("On &each foot"))
        self.each_foot.setObjectName("step-each-foot")
        self.once = QRadioButton(self.tr("&Once in the session"))
        self.once.setObjectName("step-once")
        group = QButtonGroup(self)
        group.addButton(self.each_foot)
        group.addButton(self.once)
        group.buttonClicked.connect(lambda _b: self._on_choice())
        self.optional = QCheckBox(self.tr("Optiona&l: may be skipped"))
        self.optional.setObjectName("step-optional")
        self.optional.toggled.connect(lambda _on: self._on_choice())
        # The two choices on a line, "optional" under them: the row must not widen the editor.
        choice = QHBoxLayout()
        choice.addWidget(self.each_foot)
        choice.addWidget(self.once)
        choice.addStretch(1)
        done = QVBoxLayout()
        done.setSpacing(2)
        done.addLayout(choice)
        done.addWidget(self.optional)
        self._row(form, self.tr("Done:"), done, "per", buddy=self.each_foot)

        self.duration = DurationSpinBox(self.tr("Length"), MIN_STEP_SECONDS, MAX_STEP_SECONDS)
        self.lo = DurationSpinBox(self.tr("Shortest"), MIN_STEP_SECONDS, MAX_STEP_SECONDS)
        self.hi = DurationSpinBox(self.tr("Longest"), MIN_STEP_SECONDS, MAX_STEP_SECONDS)
        times = QHBoxLayout()
        times.addWidget(self.duration)
        allowed = QLabel(self.tr("allowed &between"))
        allowed.setBuddy(self.lo)
        times.addWidget(allowed)
        times.addWidget(self.lo)
        times.addWidget(QLabel(self.tr("and")))
        times.addWidget(self.hi)
        times.addStretch(1)
        for key, box in (("duration", self.duration), ("min", self.lo), ("max", self.hi)):
            box.setObjectName(f"step-{key}")
            box.setAccessibleName(
                {
                    "duration": self.tr("Length"),
                    "min": self.tr("Shortest"),
                    "max": self.tr("Longest"),
                }[key]
            )
            box.valueChanged.connect(lambda _v: self._on_choice())
        self._row(form, self.tr("&Duration:"), times, "duration", buddy=self.duration)
        for key in ("min", "max", "optional", "id", ""):
            form.addRow(self._error_label(key))

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error-{key or 'step'}")
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget | QBoxLayout,
        key: str,
        buddy: QWidget | None = None,
    ) -> None:
        col = QVBoxLayout()
        col.setSpacing(2)
        if isinstance(field, QWidget):
            col.addWidget(field)
        else:
            col.addLayout(field)
        col.addWidget(self._error_label(key))
        label = QLabel(text)
        target = buddy or field
        if isinstance(target, QWidget):
            label.setBuddy(target)
        form.addRow(label, col)

    def unwrapped_width(self) -> int:
        """The narrowest this form is with every field beside its label, none under it."""
        form = self.layout()
        assert isinstance(form, QFormLayout)
        labels = fields = 0
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                labels = max(labels, label.minimumSize().width())
                fields = max(fields, field.minimumSize().width())
        m = form.contentsMargins()
        return labels + max(form.horizontalSpacing(), 0) + fields + m.left() + m.right()

    # -- showing ---------------------------------------------------------------------------
    def show_step(self, step: StepDraft, *, switch: bool = False) -> None:
        """Show ``step`` (the switch between the feet has no choice of when it happens)."""
        self._step, self._switch = step, switch
        self._loading = True
        try:
            for key, widget in self.texts.items():
                widget.setText(step.text(key))
            self.technique.setCurrentIndex(self.technique.findData(step.technique.value))
            self.view.setCurrentIndex(self.view.findData(step.view.value))
            self.each_foot.setChecked(step.per is Per.FOOT)
            self.once.setChecked(step.per is Per.SESSION)
            self.optional.setChecked(step.optional)
            self.duration.setValue(step.duration)
            self.lo.setValue(step.lo)
            self.hi.setValue(step.hi)
        finally:
            self._loading = False
        for w in (self.each_foot, self.once, self.optional):
            w.setEnabled(not switch)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Say under each field what is wrong with it; hide the lines of fields that are fine."""
        for key, label in self.errors.items():
            message = problems.get(key, "")
            if message and key in ("min", "max", "optional", "id", ""):
                name = {
                    "min": self.tr("Shortest"),
                    "max": self.tr("Longest"),
                    "optional": self.tr("Optional"),
                    "id": self.tr("Id"),
                    "": "",
                }[key]
                if name:  # one line a translation may punctuate its own way
                    message = self.tr("{field}: {problem}").format(field=name, problem=message)
            label.setText(f"⚠ {message}" if message else "")
            label.setVisible(bool(message))

    def commit_pending(self) -> None:
        """Take a length still being typed (a spin box commits on Enter or leaving it)."""
        for box in (self.duration, self.lo, self.hi):
            box.interpretText()

    # -- editing ---------------------------------------------------------------------------
    def _on_text(self, key: str) -> None:
        if self._loading:
            return
        self._step.texts[key] = self.texts[key].text()
        self.edited.emit()

    def _on_choice(self) -> None:
        if self._loading:
            return
        s = self._step
        s.technique = Technique(self.technique.currentData())
        s.view = StepView(self.view.currentData())
        if not self._switch:
            s.per = Per.FOOT if self.each_foot.isChecked() else Per.SESSION
            s.optional = self.optional.isChecked()
        s.duration, s.lo, s.hi = self.duration.value(), self.lo.value(), self.hi.value()
        self.edited.emit()


def technique_labels() -> dict[Technique, str]:
    """What the editor calls each technique."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("StepForm", text)

    return {
        Technique.STROKE: translate("StepForm", "Stroke"),
        Technique.PRESS: translate("StepForm", "Press"),
        Technique.STRETCH: translate("StepForm", "Stretch"),
        Technique.CIRCLES: translate("StepForm", "Circles"),
        Technique.KNEAD: translate("StepForm", "Knead"),
        Technique.ROLL: translate("StepForm", "Roll"),
        Technique.PREPARE: translate("StepForm", "Prepare"),
        Technique.REST: translate("StepForm", "Rest"),
    }
