"""The routine editor's step widgets: StepPreview (the step being edited, worded as the
session page will show it), StepList (the steps in order, reordered by drag or by Alt+Up /
Alt+Down) and StepsPanel (the list with its buttons and the switch between the feet)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footcare_gui.core.session_view import StepWords
from footcare_gui.core.texts import format_clock

KEY_ROLE = Qt.ItemDataRole.UserRole


class StepPreview(QFrame):
    """Eyebrow, title, instruction, why, what the voice says and what comes next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Preview of the step in a session"))

        def line(name: str, *, role: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
            w = QLabel()
            w.setObjectName(name)
            w.setWordWrap(True)
            w.setTextFormat(Qt.TextFormat.PlainText)
            if role:
                w.setProperty("role", role)
            f = QFont(w.font())
            f.setPointSizeF(f.pointSizeF() * scale)
            f.setBold(bold)
            w.setFont(f)
            return w

        self.eyebrow = line("previewEyebrow", role="eyebrow", scale=0.9)
        self.title = line("previewTitle", scale=1.5, bold=True)
        self.clock = line("previewClock", role="muted")
        self.instruction = line("previewInstruction", scale=1.05)
        self.why = line("previewWhy", role="muted")
        f = self.why.font()
        f.setItalic(True)
        self.why.setFont(f)
        self.spoken = line("previewSpoken", role="muted", scale=0.9)
        self.next_line = line("previewNext", role="muted", scale=0.9)
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 10, 14, 10)
        col.setSpacing(4)
        for w in (self.eyebrow, self.title, self.clock, self.instruction, self.why):
            col.addWidget(w)
        col.addSpacing(4)
        col.addWidget(self.spoken)
        col.addWidget(self.next_line)

    def show_words(self, words: StepWords, seconds: int, each_foot: bool) -> None:
        self.eyebrow.setText(words.eyebrow)
        self.title.setText(words.title)
        how_often = self.tr("on each foot") if each_foot else self.tr("once")
        self.clock.setText(f"{format_clock(seconds)} · {how_often}")
        self.instruction.setText(words.instruction)
        self.why.setText(words.why)
        self.spoken.setText(self.tr("Spoken: {0}").format(words.announcement))
        self.next_line.setText(words.next_line)


class StepList(QListWidget):
    """The steps in order; each item carries its step's key. Dragging an item, or Alt+Up and
    Alt+Down, reorders them and says so with ``moved``."""

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setToolTip(self.tr("Drag a step, or press Alt+Up / Alt+Down, to move it"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        model = self.model()
        model.rowsMoved.connect(lambda *_args: self.moved.emit())

    def step_keys(self) -> list[int]:
        """The steps' keys in the order shown."""
        return [int(self.item(i).data(KEY_ROLE)) for i in range(self.count())]

    def move_current(self, delta: int) -> bool:
        """Move the current step up (-1) or down (+1); False when it cannot go further."""
        row = self.currentRow()
        to = row + delta
        if row < 0 or not 0 <= to < self.count():
            return False
        item = self.takeItem(row)
        self.insertItem(to, item)
        self.setCurrentRow(to)
        self.moved.emit()
        return True


class StepsPanel(QWidget):
    """The step list, its buttons (Add, Duplicate, Remove, up, down) and the switch between
    the feet; Alt+Up and Alt+Down move the selected step while focus is in the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepsPanel")
        self.setMaximumWidth(340)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Steps, in order:"))
        self.list = StepList()
        heading.setBuddy(self.list)
        col.addWidget(heading)
        col.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setObjectName("error-routine-steps")
        self.error.setWordWrap(True)
        self.error.hide()
        col.addWidget(self.error)

        def make(text: str, name: str, tip: str) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            return b

        self.add = make(self.tr("&Add"), "addStepButton", self.tr("A new step after this one"))
        self.duplicate = make(
            self.tr("Dupli&cate"), "duplicateStepButton", self.tr("A copy of this step")
        )
        self.remove = make(self.tr("&Remove"), "removeStepButton", self.tr("Remove this step"))
        self.up = make(self.tr("▲ Up"), "moveUpButton", self.tr("Move the step up (Alt+Up)"))
        self.down = make(
            self.tr("▼ Down"), "moveDownButton", self.tr("Move the step down (Alt+Down)")
        )
        for row in ((self.add, self.duplicate, self.remove), (self.up, self.down)):
            buttons = QHBoxLayout()
            buttons.setSpacing(6)
            for b in row:
                b.setStyleSheet("padding: 6px 8px;")  # the theme's roomy padding does not fit
                buttons.addWidget(b, 1)
            col.addLayout(buttons)
        self.up.clicked.connect(lambda: self.list.move_current(-1))
        self.down.clicked.connect(lambda: self.list.move_current(1))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.list.move_current(d))
        col.addWidget(QLabel(self.tr("Between the feet:")))
        self.switch = make("", "switchStepButton", self.tr("The short pause between the feet"))
        self.switch.setCheckable(True)
        col.addWidget(self.switch)

    def sizeHint(self) -> QSize:
        # 280 px where there is room; as narrow as its buttons on a small screen.
        return super().sizeHint().expandedTo(QSize(280, 0))

    def show_problem(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
