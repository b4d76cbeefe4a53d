"""DurationSpinBox: seconds within a step's range, shown and typed as ``m:ss``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from footcare_gui.core.durations_view import could_become_mss, mss, out_of_range_hint, parse_mss


class DurationSpinBox(QSpinBox):
    """Letters are refused as typed. A complete value out of range is only "intermediate", so
    it can still be corrected; if it is left that way, Qt puts back the last good value and
    :attr:`hint` says what is allowed."""

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

    def textFromValue(self, value: int) -> str:
        return mss(value)

    def valueFromText(self, text: str) -> int:
        value = parse_mss(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not could_become_mss(text):
            return (QValidator.State.Invalid, text, pos)
        value = parse_mss(text)
        if value is not None and self.minimum() <= value <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def _on_text_edited(self, text: str) -> None:
        value = parse_mss(text)
        if value is not None and not self.minimum() <= value <= self.maximum():
            self._rejected = value
            self.hint.emit(
                out_of_range_hint(self._title, value, self.minimum(), self.maximum(), None)
            )
        else:
            self._rejected = None
            self.hint.emit("")

    def _on_editing_finished(self) -> None:
        if self._rejected is not None:
            lo, hi = self.minimum(), self.maximum()
            self.hint.emit(out_of_range_hint(self._title, self._rejected, lo, hi, self.value()))
            self._rejected = None
