"""Small building blocks shared by the pages: labels with a role, buttons with a shortcut hint."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def label(
    text: str = "",
    *,
    role: str = "",
    size: float = 1.0,
    bold: bool = False,
    wrap: bool = True,
    name: str = "",
    parent: QWidget | None = None,
    kind: type[QLabel] = QLabel,
) -> QLabel:
    """A label; ``size`` is relative to the page's base font, applied by :func:`scale_fonts`
    (so keep it as an attribute of its page)."""
    w = kind(text, parent)
    w.setWordWrap(wrap)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setProperty("scale", size)
    if role:
        w.setProperty("role", role)
    if bold:
        f = w.font()
        f.setWeight(QFont.Weight.DemiBold)
        w.setFont(f)
    if name:
        w.setObjectName(name)
    return w


class OneLineFirst(QLabel):
    """A word-wrapped label that asks for its words' width on one line, so it wraps only when
    its layout gives it less (QLabel asks for less than that for wrapped words)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        frame = self.width() - self.contentsRect().width() + 2 * self.margin()
        one = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self.text())) + 1 + frame
        return QSize(max(hint.width(), one), hint.height())


class ElidedLabel(QLabel):
    """One line that may be longer than its room (a folder's path): shortened in the middle
    with an ellipsis to the width it gets, whole in its tooltip; it never widens its window."""

    def __init__(self) -> None:
        super().__init__()
        self._whole = ""

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self._elide()

    def whole_text(self) -> str:
        return self._whole

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self._whole) + 2 * self.margin(), fm.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideMiddle, room)
        if shown != self.text():
            self.setText(shown)


def button(
    text: str,
    *,
    tip: str,
    shortcut_hint: str = "",
    name: str = "",
    primary: bool = False,
    size: float = 1.0,
) -> QPushButton:
    """A button whose tooltip names its shortcut and whose accessible name is its action."""
    b = QPushButton(text)
    b.setToolTip(f"{tip} ({shortcut_hint})" if shortcut_hint else tip)
    b.setAccessibleName(text.replace("&", ""))
    b.setAccessibleDescription(b.toolTip())
    b.setProperty("scale", size)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    if primary:
        b.setProperty("primary", True)
    if name:
        b.setObjectName(name)
    return b


def scale_fonts(page: QWidget, base_px: float) -> None:
    """Give each of the page's widgets that has a scale a pixel size of ``base_px`` times it.

    The page's widgets are the ones it keeps as attributes (all its labels and buttons are):
    ``findChildren`` would make a Python wrapper for every one of Qt's internal children, and
    a wrapper type for each of their classes, which costs start-up time.
    """
    for w in vars(page).values():
        if not isinstance(w, QWidget):
            continue
        scale = w.property("scale")
        if isinstance(scale, (int, float)):
            f = w.font()
            px = max(11, round(base_px * float(scale)))
            if f.pixelSize() != px:
                f.setPixelSize(px)
                w.setFont(f)


def natural_size(dialog: QWidget) -> None:
    """Give a dialog its natural size, at most the screen's (call before it is shown).

    Qt's own first size is at most two thirds of the screen: on a small screen that squeezed
    longer translations (issue 15), when the screen had room for them.
    """
    dialog.ensurePolished()  # the style sheet's fonts and paddings count
    room = dialog.screen().availableGeometry().size()
    hint = dialog.sizeHint().expandedTo(dialog.minimumSize())
    width = min(hint.width(), room.width())
    layout = dialog.layout()
    height = hint.height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, min(height, room.height()))


class _TallEnough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                watched.setMinimumHeight(layout.totalMinimumHeightForWidth(watched.width()))
        return False


def tall_enough(window: QWidget) -> None:
    """Keep ``window`` at least as tall as its wrapped words need at its width: Qt's minimum
    size of a window ignores them, and a smaller window squeezed its fields into each other."""
    window.installEventFilter(_TallEnough(window))
