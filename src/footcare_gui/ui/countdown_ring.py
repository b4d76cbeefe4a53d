"""The big countdown: a ring that empties with the step, and the time left as m:ss."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from footcare_gui.core.i18n import translate
from footcare_gui.core.texts import format_clock


class CountdownRing(QWidget):
    """Paints only when the shown second or the ring's visible length changes."""

    RING_STEPS = 720  # half-degree resolution: finer changes are invisible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(140, 140)
        self.setAccessibleName(translate("CountdownRing", "Time left in this step"))
        self._text = "0:00"
        self._caption = ""
        self._steps = self.RING_STEPS
        self._dimmed = False

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def text(self) -> str:
        return self._text

    def caption(self) -> str:
        return self._caption

    def set_time(
        self, remaining: float, duration: float, *, caption: str = "", dimmed: bool = False
    ) -> None:
        """Show ``remaining`` of ``duration`` seconds; repaint only if something visible changed."""
        text = format_clock(remaining)
        fraction = 0.0 if duration <= 0 else min(1.0, max(0.0, remaining / duration))
        steps = round(fraction * self.RING_STEPS)
        if (text, steps, caption, dimmed) == (self._text, self._steps, self._caption, self._dimmed):
            return
        self._text, self._steps, self._caption, self._dimmed = text, steps, caption, dimmed
        if caption:
            left = translate("CountdownRing", "{time} left, {caption}")
        else:
            left = translate("CountdownRing", "{time} left")
        self.setAccessibleDescription(left.format(time=text, caption=caption))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = max(6.0, side * 0.045)
        rect = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        pal = self.palette()
        track = pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        if self._dimmed:
            accent = QColor(accent)
            accent.setAlphaF(0.45)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawEllipse(rect)
        if self._steps:
            p.setPen(QPen(accent, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            # Qt angles are 1/16 degree, counter-clockwise from 3 o'clock; start at 12 o'clock
            # and shrink clockwise, like a clock hand sweeping away the time.
            span = -round(self._steps * 360 * 16 / self.RING_STEPS)
            p.drawArc(rect, 90 * 16, span)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * (0.24 if len(self._text) <= 5 else 0.18))))
        font.setWeight(QFont.Weight.DemiBold)
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: digits do not jiggle
        p.setFont(font)
        p.setPen(text_colour)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(side * 0.065)))
            p.setFont(small)
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            below = QRectF(rect.left(), rect.center().y() + side * 0.15, rect.width(), side * 0.1)
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, self._caption)
        p.end()
