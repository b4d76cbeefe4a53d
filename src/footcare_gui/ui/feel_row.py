""" "How do your feet feel?": one tap on one of five faces (or keys 1-5); tapping the chosen
face again clears it, so skipping is always fine. The faces are drawn with QPainter, so they
look the same everywhere and take the theme's colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QWidget

from footcare_gui.core.feel import FEELS

CONTEXT = "FeelRow"
_MOUTH = {1: -1.0, 2: -0.45, 3: 0.0, 4: 0.5, 5: 1.0}  # how far the mouth curves up


def feel_word(feel: int) -> str:
    """The word under a face (translated)."""
    words = {
        1: QCoreApplication.translate("FeelRow", "Sore"),
        2: QCoreApplication.translate("FeelRow", "Tired"),
        3: QCoreApplication.translate("FeelRow", "Okay"),
        4: QCoreApplication.translate("FeelRow", "Relaxed"),
        5: QCoreApplication.translate("FeelRow", "Wonderful"),
    }
    return words[feel]


def draw_face(p: QPainter, box: QRectF, feel: int, ink: QColor, fill: QColor | None) -> None:
    """A round face in ``box`` whose mouth goes from a frown (1) to a wide smile (5)."""
    side = min(box.width(), box.height())
    r = QRectF(0, 0, side, side)
    r.moveCenter(box.center())
    line = max(1.2, side / 18)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(ink, line))
    if fill is not None:
        p.setBrush(fill)
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
    inner = r.adjusted(line / 2, line / 2, -line / 2, -line / 2)
    p.drawEllipse(inner)
    x, y, w = inner.x(), inner.y(), inner.width()
    p.setBrush(ink)
    p.setPen(Qt.PenStyle.NoPen)
    eye = w * 0.06
    for ex in (0.35, 0.65):
        p.drawEllipse(QPointF(x + w * ex, y + w * 0.40), eye, eye)
    pen = QPen(ink, line)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if feel == 1:  # worried brows
        p.drawLine(QPointF(x + w * 0.25, y + w * 0.30), QPointF(x + w * 0.40, y + w * 0.25))
        p.drawLine(QPointF(x + w * 0.75, y + w * 0.30), QPointF(x + w * 0.60, y + w * 0.25))
    curve = _MOUTH[feel]
    mouth_y = y + w * (0.64 if curve >= 0 else 0.72)
    half = 0.23 if feel == 5 else 0.20
    left, right = QPointF(x + w * (0.5 - half), mouth_y), QPointF(x + w * (0.5 + half), mouth_y)
    path = QPainterPath(left)
    path.quadTo(QPointF(x + w * 0.5, mouth_y + curve * w * 0.22), right)
    if feel == 5:  # an open smile: the upper lip curves a little too
        path.quadTo(QPointF(x + w * 0.5, mouth_y + w * 0.05), left)
        p.setBrush(ink)
    p.drawPath(path)
    p.restore()


class FaceButton(QAbstractButton):
    """One face with its word under it; checked when chosen."""

    def __init__(self, feel: int, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.feel = feel
        self.compact = compact  # no word under the face (the row shows the chosen one)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        word = feel_word(feel)
        self.setText(word)
        self.setAccessibleName(f"{feel}: {word}")
        tip = QCoreApplication.translate("FeelRow", "{word} (key {key})")
        self.setToolTip(tip.format(word=word, key=feel))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self.compact:
            side = round(fm.height() * 2.3)
            return QSize(side, side)
        face = round(fm.height() * 2.4)
        width = max(face, fm.horizontalAdvance(self.text())) + fm.height()
        return QSize(width, face + fm.height() * 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        fm = self.fontMetrics()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.compact:
            face_side = self.height() * 0.8
            box = QRectF(0, 0, face_side, face_side)
            box.moveCenter(QRectF(self.rect()).center())
        else:
            face_side = self.height() - fm.height() * 2
            box = QRectF((self.width() - face_side) / 2, fm.height() * 0.3, face_side, face_side)
        accent = pal.color(QPalette.ColorRole.Highlight)
        if self.isChecked():
            draw_face(p, box, self.feel, pal.color(QPalette.ColorRole.HighlightedText), accent)
        else:
            hovered = self.underMouse()
            ink = accent if hovered else pal.color(QPalette.ColorRole.WindowText)
            draw_face(p, box, self.feel, ink, None)
        if not self.compact:
            word = QRectF(0, box.bottom() + fm.height() * 0.2, self.width(), fm.height() * 1.3)
            muted = pal.color(QPalette.ColorRole.PlaceholderText)
            p.setPen(pal.color(QPalette.ColorRole.WindowText) if self.isChecked() else muted)
            p.drawText(word, Qt.AlignmentFlag.AlignCenter, self.text())
        if self.hasFocus():
            pen = QPen(accent, 2)
            pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        p.end()


class FeelRow(QWidget):
    """Five faces; :attr:`changed` gives the chosen one (1-5) or None when cleared."""

    changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.faces = [FaceButton(f, self, compact=compact) for f in FEELS]
        # Compact: the faces alone, the chosen one's word after them.
        self.word = QLabel(self)
        self.word.setProperty("role", "muted")
        if not compact:
            self.word.hide()
        self.compact = compact
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2 if compact else 6)
        for b in self.faces:
            row.addWidget(b)
            b.clicked.connect(lambda _checked=False, f=b.feel: self.choose(f))
            # Keys 1-5 wherever focus is in the window, but only while this row is shown.
            keys = [QKeySequence(str(b.feel)), QKeySequence(f"Num+{b.feel}")]
            shortcut = QShortcut(self)
            shortcut.setKeys(keys)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda f=b.feel: self.choose(f))
        row.addSpacing(6)
        row.addWidget(self.word)
        row.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.compact:
            # As wide as the widest word, so choosing a face never shifts the row.
            fm = self.word.fontMetrics()
            self.word.setMinimumWidth(max(fm.horizontalAdvance(feel_word(f)) for f in FEELS))

    def value(self) -> int | None:
        return self._value

    def choose(self, feel: int | None) -> None:
        """Choose a face; choosing the chosen one again clears it."""
        new = None if feel == self._value else feel
        self.set_value(new)
        self.changed.emit(new)

    def set_value(self, feel: int | None) -> None:
        """Show a choice without announcing it."""
        self._value = feel
        for b in self.faces:
            b.setChecked(b.feel == feel)
        self.word.setText(feel_word(feel) if feel is not None else "")
